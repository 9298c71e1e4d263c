"""The road tiles a frame blits: north-up tiles scaled and turned, or tiles of the turned map; fallbacks while
tiles render; prefetch of the ring around the view.

QtGui only (images, transforms), used on the GUI thread by the facade. Rules:

* tiles are rendered at the nearest integer zoom and scaled by the fractional rest;
* a frame renders missing tiles for at most :data:`FRAME_BUDGET_S`; the others show a cached parent
  (upscaled quadrant) or children (downscaled) meanwhile, and the facade asks for more frames;
* while the view moves, tiles are resampled nearest-neighbour (2–3× cheaper in the software rasteriser);
  once it has been still for :data:`SETTLE_MS`, smoothly;
* a heading-up view that keeps its whole-degree bearing and an integer zoom for :data:`TURN_STEADY_MS`
  switches to tiles of the turned map (1:1 blits, no resampling per frame).
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QTransform

from hmi.nav import projection as proj
from hmi.ui import map_render as mr
from hmi.ui.map.camera import MAX_ZOOM, MIN_ZOOM
from hmi.ui.map_style import MapStyle

#: Tile rendering allowed per frame before the rest is deferred to the next frames (keeps panning smooth; the
#: frame's whole GUI-thread budget is 8 ms, see ``painter``).
FRAME_BUDGET_S = 0.004
#: The view counts as moving (fast nearest-neighbour tile resampling) until it was still this long.
SETTLE_MS = 250
#: A heading-up view that keeps its (whole-degree) bearing this long switches to tiles of the turned map.
TURN_STEADY_MS = 400
TURN_BUDGET_S = 0.004

#: (image, target rectangle, source rectangle) in tile-space pixels.
Blit = tuple[QImage, QRectF, QRectF]


def tile_zoom(zoom: float) -> int:
    """The integer zoom whose tiles a view at ``zoom`` uses."""
    return int(min(MAX_ZOOM, max(MIN_ZOOM, math.floor(zoom + 0.5))))


@dataclass
class TileFrame:
    """The tiles of one frame and what the facade should schedule next."""

    tiles: list[Blit] = field(default_factory=list)
    transform: QTransform = field(default_factory=QTransform)
    smooth: bool = False
    pending: int = 0
    more: bool = False
    """Tiles are missing: render more in the next event-loop turn."""
    recheck_ms: int = 0
    """Look again after this many ms (settling to smooth resampling, or to turned tiles); 0 = no need."""
    prefetch: bool = False
    """Everything visible is there: render the ring around the view when idle."""


class TileLayer:
    """Tile selection for one map item (its own cache; the scene is shared)."""

    def __init__(self, scene: mr.MapScene) -> None:
        self.cache = mr.TileCache(scene)
        self._view_key: tuple = ()
        self._moving_until = 0.0
        self._turn_key: tuple = ()
        self._turn_since = 0.0
        self.turn_steady_ms = TURN_STEADY_MS

    def frame(self, style: MapStyle, v: proj.Viewport, now: float, t0: float) -> TileFrame:
        """The tiles for viewport ``v`` (``now``: monotonic time; ``t0``: the frame's start, perf_counter)."""
        w, h = v.width, v.height
        zt = tile_zoom(v.zoom)
        s = 2.0 ** (v.zoom - zt)
        k = proj.world_size_px(zt)
        cx, cy = v.center_world
        out = TileFrame()
        tt = QTransform()  # tile pixels (at zt) → item pixels
        tt.translate(w / 2, h / 2)
        tt.rotate(-v.bearing)
        tt.scale(s, s)
        transformed = abs(s - 1) > 1e-9 or v.bearing % 360 != 0
        view_key = (v.center_lat, v.center_lon, v.zoom, v.bearing, w, h)
        if view_key != self._view_key:
            self._view_key = view_key
            self._moving_until = now + SETTLE_MS / 1000
            out.recheck_ms = SETTLE_MS + 10
        out.smooth = transformed and now >= self._moving_until
        ox, oy = -cx * k, -cy * k
        if not transformed:  # pixel-aligned 1:1 blits are the fast path: snap the offset
            ox, oy = round(ox + w / 2) - w / 2, round(oy + h / 2) - h / 2
        tt.translate(ox, oy)
        out.transform = tt
        turned, turned_pending = self._turned(style, zt, s, v, now, t0, out)
        if turned is not None:
            out.tiles, out.transform = turned
            out.smooth = False
            return out
        x0, y0, x1, y1 = v.visible_world_bounds()
        needed = proj.tiles_covering(zt, x0, y0, x1, y1)
        ctx, cty = cx * 2**zt, cy * 2**zt
        needed.sort(key=lambda t: (t[0] + 0.5 - ctx) ** 2 + (t[1] + 0.5 - cty) ** 2)  # centre first
        for tx, ty in needed:
            found, img = self.cache.get(mr.tile_key(style, zt, tx, ty))
            if not found and time.perf_counter() - t0 < FRAME_BUDGET_S:
                img, found = self.cache.render(style, zt, tx, ty), True
            if found:
                if img is not None:
                    out.tiles.append((img, QRectF(tx * 256, ty * 256, 256, 256), QRectF(0, 0, 256, 256)))
            else:
                out.pending += 1
                out.tiles.extend(self._fallback(style, zt, tx, ty))
        out.more = bool(out.pending) or turned_pending
        out.prefetch = not out.more
        return out

    def _turned(
        self, style: MapStyle, zt: int, s: float, v: proj.Viewport, now: float, t0: float, out: TileFrame
    ) -> tuple[tuple[list[Blit], QTransform] | None, bool]:
        """Tiles of the map turned by the current (whole-degree) bearing, when the view has kept that bearing
        and an integer zoom for TURN_STEADY_MS and they are all rendered; else None (north-up tiles are turned
        per frame instead). Missing ones are rendered with a small share of the frame. Second value: some are
        still missing."""
        b = v.bearing
        if b == 0 or b != round(b) or abs(s - 1) > 1e-9:
            return None, False
        if (b, zt) != self._turn_key:
            self._turn_key, self._turn_since = (b, zt), now
            out.recheck_ms = max(out.recheck_ms, self.turn_steady_ms + 10)  # look again once steady
        if now - self._turn_since < self.turn_steady_ms / 1000:
            return None, False
        bi = int(b) % 360
        c = mr.turned_transform(zt, bi).map(QPointF(*v.center_world))
        # the screen is an axis-aligned rectangle in turned tile space
        ox, oy = round(c.x() - v.width / 2), round(c.y() - v.height / 2)
        tiles: list[Blit] = []
        missing = rendered = 0
        for ty in range(math.floor(oy / 256), math.floor((oy + v.height) / 256) + 1):
            for tx in range(math.floor(ox / 256), math.floor((ox + v.width) / 256) + 1):
                found, img = self.cache.get(mr.tile_key(style, zt, tx, ty, bi))
                # at least one tile per frame, so a slow (loaded) machine still gets there
                if not found and (rendered == 0 or time.perf_counter() - t0 < TURN_BUDGET_S):
                    img, found = self.cache.render(style, zt, tx, ty, bi), True
                    rendered += 1
                if not found:
                    missing += 1
                elif img is not None:
                    tiles.append((img, QRectF(tx * 256, ty * 256, 256, 256), QRectF(0, 0, 256, 256)))
        if missing:
            return None, True
        return (tiles, QTransform.fromTranslate(-ox, -oy)), False

    def _fallback(self, style: MapStyle, z: int, tx: int, ty: int) -> list[Blit]:
        """A missing tile drawn from a cached parent (upscaled quadrant) or its four children (downscaled)."""
        for d in (1, 2, 3):
            found, img = self.cache.get(mr.tile_key(style, z - d, tx >> d, ty >> d))
            if found:
                if img is None:
                    return []
                part = 256 / 2**d
                src = QRectF((tx % 2**d) * part, (ty % 2**d) * part, part, part)
                return [(img, QRectF(tx * 256, ty * 256, 256, 256), src)]
        out = []
        for dx in (0, 1):
            for dy in (0, 1):
                found, img = self.cache.get(mr.tile_key(style, z + 1, tx * 2 + dx, ty * 2 + dy))
                if found and img is not None:
                    out.append(
                        (img, QRectF(tx * 256 + dx * 128, ty * 256 + dy * 128, 128, 128), QRectF(0, 0, 256, 256))
                    )
        return out

    def prefetch(self, style: MapStyle, v: proj.Viewport) -> bool:
        """Idle time: render the ring of tiles around the view (within FRAME_BUDGET_S); True when done."""
        zt = tile_zoom(v.zoom)
        x0, y0, x1, y1 = v.visible_world_bounds(margin_px=256 * 2.0 ** (v.zoom - zt))
        t0 = time.perf_counter()
        for tx, ty in proj.tiles_covering(zt, x0, y0, x1, y1):
            if mr.tile_key(style, zt, tx, ty) not in self.cache:
                if time.perf_counter() - t0 > FRAME_BUDGET_S:
                    return False
                self.cache.render(style, zt, tx, ty)
        return True
