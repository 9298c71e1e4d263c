"""Drawing the road map with QPainter: the prepared map scene, cached raster tiles, overlay sprites.

Used by the map view's pieces (:mod:`hmi.ui.map`) and ``bench/bench_mapview.py``. Only QtGui (QImage, QPainter),
so everything here runs on any thread that owns its objects; the item keeps all of it on the GUI thread.

* :class:`MapScene` — a :class:`~hmi.nav.graph.RoadGraph` prepared once for drawing: geometry projected to
  Web-Mercator world coordinates, the two directions of a two-way street merged into one drawn line, edges
  sorted minor → major (so the major roads end up on top), a bucket grid for "edges in this rectangle", and
  street-name chains (consecutive edges with the same name joined) for labels.
* :class:`TileCache` — 256 px tiles at integer zooms rendered on demand into ``QImage``s, LRU bounded. Panning
  then only blits cached images; a tile is rendered once per zoom level and style.
* helper painters for the overlays (car marker, charger icons and cluster badges, destination pin, text).

Street names are placed by :mod:`hmi.ui.map.labels` along the chains built here.
"""

from __future__ import annotations

import itertools
import json
import logging
import math
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)

from hmi.lazy import np
from hmi.nav import projection as proj
from hmi.nav.graph import EdgeFlag, RoadClass, RoadGraph
from hmi.ui.map.markers import CLUSTER_PX, ICON_PX
from hmi.ui.map_style import MapStyle, road_colors, road_widths, visible_classes

log = logging.getLogger(__name__)

TILE = proj.TILE_SIZE
#: Tiles kept in memory (256×256×4 bytes each → 32 MB): a 1280×800 view rotated needs ~40, the rest is history.
TILE_CACHE_SIZE = 128
#: World units per bucket of the edge grid: a zoom-12 tile (~6 km at 47° N).
GRID_CELL = 1.0 / 4096
#: The map's text font (street names, scale bar, attribution): the UI's font (Theme.fontFamily).
LABEL_FONT = "DejaVu Sans"
MAX_CHARGERS = 20_000


def qcolor(spec: str) -> QColor:
    """QColor from ``#rrggbb`` / ``#aarrggbb``."""
    return QColor(spec)


def _poly(xs: np.ndarray, ys: np.ndarray) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in zip(xs.tolist(), ys.tolist(), strict=True)])


# --------------------------------------------------------------------------------------------------- the scene
@dataclass
class Chain:
    """A run of same-named edges joined end to end (one street between junctions with other names)."""

    name: str
    road_class: int
    xs: np.ndarray
    ys: np.ndarray
    cum: np.ndarray  # cumulative length along the chain, world units
    bbox: tuple[float, float, float, float]


_SHARED: dict[tuple, MapScene] = {}


def _folder_key(d: Path) -> tuple:
    """Identity of a map folder's content: its resolved path and each file's name, size and mtime."""
    files = []
    try:
        for f in d.iterdir():
            st = f.stat()
            files.append((f.name, st.st_size, st.st_mtime_ns))
    except OSError:
        pass  # a vanished folder or file: a key nobody has, so load() reports the problem
    return (str(d.resolve()), tuple(sorted(files)))


class MapScene:
    """A road graph prepared for drawing (see the module docstring). Build with :meth:`load` or the constructor."""

    def __init__(self, graph: RoadGraph, chargers: list[dict[str, Any]] | None = None) -> None:
        t0 = time.perf_counter()
        self.graph = graph
        self.attribution = graph.attribution
        gx, gy = proj.lat_lon_to_world_array(np.asarray(graph.geom_lat), np.asarray(graph.geom_lon))
        self.gx, self.gy = gx, gy
        offsets = np.asarray(graph.geom_offsets)
        e = graph.num_edges
        src = graph.edge_sources.astype(np.int64)
        tgt = np.asarray(graph.edge_target).astype(np.int64)
        # The two directions of a two-way street are two edges with the same geometry: draw one of them.
        lo, hi = np.minimum(src, tgt), np.maximum(src, tgt)
        length_dm = np.round(np.asarray(graph.edge_length_m, dtype=np.float64) * 10).astype(np.int64)
        if e:
            _, first = np.unique(np.stack([lo, hi, length_dm], axis=1), axis=0, return_index=True)
        else:
            first = np.zeros(0, np.int64)
        cls = np.asarray(graph.edge_class).astype(np.int64)
        # draw order: minor classes first so majors end up on top; stable by edge id
        order = first[np.lexsort((first, -cls[first]))]
        self.edges = order.astype(np.int64)  # original edge ids, in draw order
        self.cls = cls[order]
        self.tunnel = (np.asarray(graph.edge_flags)[order] & int(EdgeFlag.TUNNEL)) != 0
        starts = offsets[:-1][order]
        ends = offsets[1:][order]
        self._starts, self._ends = starts, ends
        if len(order):
            # per drawn edge bounding box (reduceat over each polyline's points)
            idx = offsets[:-1]
            minx = np.minimum.reduceat(gx, idx)[order] if len(gx) else np.zeros(0)
            maxx = np.maximum.reduceat(gx, idx)[order] if len(gx) else np.zeros(0)
            miny = np.minimum.reduceat(gy, idx)[order] if len(gy) else np.zeros(0)
            maxy = np.maximum.reduceat(gy, idx)[order] if len(gy) else np.zeros(0)
        else:
            minx = maxx = miny = maxy = np.zeros(0)
        self.minx, self.maxx, self.miny, self.maxy = minx, maxx, miny, maxy
        self._polys: list[QPolygonF | None] = [None] * len(order)
        if len(order):
            self.bounds = (float(minx.min()), float(miny.min()), float(maxx.max()), float(maxy.max()))
        else:
            self.bounds = (0.0, 0.0, 0.0, 0.0)
        self._build_grid()
        self.chains = self._build_chains()
        self.chargers = chargers or []
        self.charger_world = [proj.lat_lon_to_world(c["lat"], c["lon"]) for c in self.chargers]
        self.prepare_seconds = time.perf_counter() - t0

    @classmethod
    def load(cls, map_dir: str | Path) -> MapScene:
        """Load the map in ``map_dir`` (raises :class:`~hmi.nav.graph.MapFormatError`) and its chargers."""
        graph = RoadGraph.load(map_dir)
        return cls(graph, load_chargers(Path(map_dir) / "chargers.json"))

    @classmethod
    def shared(cls, map_dir: str | Path) -> MapScene:
        """:meth:`load`, reusing the scene prepared for the same folder while its files are unchanged.

        Preparing the scene takes ~0.25 s; a live-reloaded UI (a new window with a new map item) and a
        second map view on the same map reuse it. A scene is read-only after construction (its lazily
        built polygons are the same for every user); views keep their own tiles and labels.
        """
        key = _folder_key(Path(map_dir))
        scene = _SHARED.get(key)
        if scene is None:
            scene = cls.load(map_dir)
            _SHARED.clear()  # one map at a time: a rebuilt or replaced map frees the old scene
            _SHARED[key] = scene
        return scene

    # ------------------------------------------------------------------ geometry access
    @property
    def num_drawn(self) -> int:
        """Number of drawn (direction-merged) edges."""
        return len(self.edges)

    @property
    def center_lat_lon(self) -> tuple[float, float]:
        """Centre of the map's extent."""
        x0, y0, x1, y1 = self.bounds
        return proj.world_to_lat_lon((x0 + x1) / 2, (y0 + y1) / 2)

    def polygon(self, i: int) -> QPolygonF:
        """Drawn edge ``i``'s polyline in world coordinates (built on first use, then kept)."""
        p = self._polys[i]
        if p is None:
            a, b = int(self._starts[i]), int(self._ends[i])
            p = _poly(self.gx[a:b], self.gy[a:b])
            self._polys[i] = p
        return p

    def _build_grid(self) -> None:
        """Bucket the drawn edges by GRID_CELL cells, so a tile only looks at the edges near it."""
        n = len(self.edges)
        self._grid: dict[tuple[int, int], np.ndarray] = {}
        if not n:
            return
        cx0 = np.floor(self.minx / GRID_CELL).astype(np.int64)
        cx1 = np.floor(self.maxx / GRID_CELL).astype(np.int64)
        cy0 = np.floor(self.miny / GRID_CELL).astype(np.int64)
        cy1 = np.floor(self.maxy / GRID_CELL).astype(np.int64)
        buckets: dict[tuple[int, int], list[np.ndarray]] = {}
        single = (cx0 == cx1) & (cy0 == cy1)
        ids = np.flatnonzero(single)
        if len(ids):
            key = cx0[ids] * 1_000_003 + cy0[ids]
            srt = np.argsort(key, kind="stable")
            ks = key[srt]
            cut = np.flatnonzero(np.r_[True, ks[1:] != ks[:-1], True])
            for s, t in itertools.pairwise(cut):
                i0 = ids[srt[s]]
                buckets.setdefault((int(cx0[i0]), int(cy0[i0])), []).append(ids[srt[s:t]])
        for i in np.flatnonzero(~single).tolist():  # edges crossing cell borders: list them in each cell
            for gx in range(int(cx0[i]), int(cx1[i]) + 1):
                for gy in range(int(cy0[i]), int(cy1[i]) + 1):
                    buckets.setdefault((gx, gy), []).append(np.array([i], np.int64))
        self._grid = {k: np.unique(np.concatenate(v)) for k, v in buckets.items()}

    def edges_in(self, x0: float, y0: float, x1: float, y1: float, class_mask: np.ndarray) -> np.ndarray:
        """Drawn-edge indices (ascending = draw order) whose box meets the world rectangle, classes in mask."""
        if (
            not len(self.edges)
            or x1 < self.bounds[0]
            or x0 > self.bounds[2]
            or y1 < self.bounds[1]
            or y0 > (self.bounds[3])
        ):
            return np.zeros(0, np.int64)
        gx0, gx1 = math.floor(x0 / GRID_CELL), math.floor(x1 / GRID_CELL)
        gy0, gy1 = math.floor(y0 / GRID_CELL), math.floor(y1 / GRID_CELL)
        if (gx1 - gx0 + 1) * (gy1 - gy0 + 1) <= 16:
            parts = [
                self._grid[(gx, gy)]
                for gx in range(gx0, gx1 + 1)
                for gy in range(gy0, gy1 + 1)
                if (gx, gy) in self._grid
            ]
            if not parts:
                return np.zeros(0, np.int64)
            cand = np.unique(np.concatenate(parts)) if len(parts) > 1 else parts[0]
        else:
            cand = np.arange(len(self.edges))
        keep = class_mask[self.cls[cand]]
        keep &= (self.minx[cand] <= x1) & (self.maxx[cand] >= x0) & (self.miny[cand] <= y1) & (self.maxy[cand] >= y0)
        return cand[keep]

    # ------------------------------------------------------------------ label chains
    def _build_chains(self) -> list[Chain]:
        """Join same-named drawn edges at nodes where the street simply continues (degree 2 within the name)."""
        g = self.graph
        names = np.asarray(g.edge_name)[self.edges]
        src = g.edge_sources[self.edges].astype(np.int64)
        tgt = np.asarray(g.edge_target)[self.edges].astype(np.int64)
        chains: list[Chain] = []
        named = np.flatnonzero(names >= 0)
        if not len(named):
            return chains
        srt = named[np.argsort(names[named], kind="stable")]
        ks = names[srt]
        cut = np.flatnonzero(np.r_[True, ks[1:] != ks[:-1], True])
        for s, t in itertools.pairwise(cut):
            group = srt[s:t].tolist()
            name = g.names[int(ks[s])]
            if not name.strip():
                continue
            adj: dict[int, list[int]] = {}
            for i in group:
                adj.setdefault(int(src[i]), []).append(i)
                adj.setdefault(int(tgt[i]), []).append(i)
            used: set[int] = set()
            starts = [n for n, es in adj.items() if len(es) != 2] + list(adj)  # ends first, then loops
            for node in starts:
                for e in adj[node]:
                    if e not in used:
                        chains.append(self._chain(name, _walk(adj, used, src, tgt, node, e)))
        return chains

    def _chain(self, name: str, path: list[tuple[int, bool]]) -> Chain:
        xs_parts, ys_parts = [], []
        for k, (i, forward) in enumerate(path):
            a, b = int(self._starts[i]), int(self._ends[i])
            xs, ys = self.gx[a:b], self.gy[a:b]
            if not forward:
                xs, ys = xs[::-1], ys[::-1]
            if k:
                xs, ys = xs[1:], ys[1:]
            xs_parts.append(xs)
            ys_parts.append(ys)
        xs = np.concatenate(xs_parts)
        ys = np.concatenate(ys_parts)
        seg = np.hypot(np.diff(xs), np.diff(ys))
        cum = np.r_[0.0, np.cumsum(seg)]
        road_class = int(min(self.cls[i] for i, _ in path))
        return Chain(
            name, road_class, xs, ys, cum, (float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max()))
        )


def _walk(
    adj: dict[int, list[int]], used: set[int], src: np.ndarray, tgt: np.ndarray, node: int, e: int | None
) -> list[tuple[int, bool]]:
    """Follow a street from ``node`` along edge ``e`` through nodes where only it continues."""
    path = []
    while e is not None and e not in used:
        used.add(e)
        forward = int(src[e]) == node
        path.append((e, forward))
        node = int(tgt[e]) if forward else int(src[e])
        nxt = [x for x in adj[node] if x not in used]
        e = nxt[0] if len(adj[node]) == 2 and nxt else None
    return path


def load_chargers(path: Path) -> list[dict[str, Any]]:
    """Charging stations from ``chargers.json``, keeping only well-formed entries (untrusted file).

    A missing file means no chargers; an unreadable one is logged and also gives none (the map still works).
    """
    if not path.is_file():
        return []
    try:
        if path.stat().st_size > 64 * 1024 * 1024:
            raise ValueError("file larger than 64 MB")
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        log.warning("ignoring charger file %s: %s", path, exc)
        return []
    if not isinstance(raw, list):
        log.warning("ignoring charger file %s: not a list", path)
        return []
    out = []
    for item in raw[:MAX_CHARGERS]:
        ch = clean_charger(item)
        if ch is None:
            log.debug("skipping malformed charger entry %r", item)
        else:
            out.append(ch)
    if len(out) < min(len(raw), MAX_CHARGERS):
        log.warning("%s: skipped %d malformed charger entries", path, min(len(raw), MAX_CHARGERS) - len(out))
    return out


def clean_charger(item: Any) -> dict[str, Any] | None:
    """A validated charger dict (id, lat, lon, name, power_kw, estimated) or None."""
    if not isinstance(item, dict):
        return None
    cid, lat, lon = item.get("id"), item.get("lat"), item.get("lon")
    if not isinstance(cid, str) or not cid or len(cid) > 200:
        return None
    if (
        isinstance(lat, bool)
        or isinstance(lon, bool)
        or not isinstance(lat, int | float)
        or not isinstance(lon, int | float)
    ):
        return None
    if not (math.isfinite(lat) and math.isfinite(lon) and -85 <= lat <= 85 and -180 <= lon <= 180):
        return None
    power = item.get("power_kw")
    power = (
        float(power) if isinstance(power, int | float) and not isinstance(power, bool) and math.isfinite(power) else 0.0
    )
    estimated = any(bool(item.get(k)) for k in ("power_estimated", "plugs_estimated"))
    name = item.get("name") if isinstance(item.get("name"), str) else ""
    return {
        "id": cid,
        "lat": float(lat),
        "lon": float(lon),
        "name": name[:200],
        "power_kw": power,
        "estimated": estimated,
    }


# --------------------------------------------------------------------------------------------------- tiles
def _pen(color: str, width: float, cap: Qt.PenCapStyle = Qt.PenCapStyle.RoundCap) -> QPen:
    pen = QPen(qcolor(color), width)
    pen.setCosmetic(True)  # widths in device pixels while the painter maps world coordinates
    pen.setCapStyle(cap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def class_mask(classes: Iterable[int]) -> np.ndarray:
    """Boolean lookup table over road classes."""
    mask = np.zeros(len(RoadClass) + 1, bool)
    for c in classes:
        mask[int(c)] = True
    return mask


def draw_roads(painter: QPainter, scene: MapScene, style: MapStyle, zoom: float, ids: np.ndarray) -> None:
    """Draw drawn-edge ``ids`` (in draw order) with the painter's current world→device transform.

    Tunnels first and faded, then every casing, then every fill, so junctions merge cleanly and major roads
    (drawn last in each pass) sit on top.
    """
    if not len(ids):
        return
    cls = scene.cls[ids]
    tunnel = scene.tunnel[ids]
    pens: dict[int, tuple[QPen, QPen | None]] = {}
    for c in np.unique(cls).tolist():
        fill_w, casing_w = road_widths(style, c, zoom)
        fill_c, casing_c = road_colors(style, c, zoom)
        pens[c] = (_pen(fill_c, fill_w), _pen(casing_c, casing_w) if casing_w > 0 else None)
    # group boundaries (ids are sorted by class, descending)
    cut = np.flatnonzero(np.r_[True, cls[1:] != cls[:-1], True])
    groups = [(int(cls[s]), ids[s:t], tunnel[s:t]) for s, t in itertools.pairwise(cut)]
    if tunnel.any():
        painter.setOpacity(style.tunnel_alpha)
        for c, g, tun in groups:
            fill, casing = pens[c]
            for pen in (casing, fill):
                if pen is None:
                    continue
                painter.setPen(pen)
                for i in g[tun].tolist():
                    painter.drawPolyline(scene.polygon(i))
        painter.setOpacity(1.0)
    for layer in (1, 0):  # casings, then fills
        for c, g, tun in groups:
            pen = pens[c][layer]
            if pen is None:
                continue
            painter.setPen(pen)
            for i in g[~tun].tolist() if tun.any() else g.tolist():
                painter.drawPolyline(scene.polygon(i))


def road_padding_px(style: MapStyle, zoom: float) -> float:
    """Half the widest line at ``zoom`` plus a pixel: how far a road can reach beyond its geometry."""
    return max(road_widths(style, c, zoom)[1] for c in style.roads) / 2 + 1


class TileCache:
    """Rendered 256 px tiles keyed by (style, zoom, x, y); ``None`` marks an empty tile (no roads).

    Not thread-safe: used from the GUI thread only (the item's ``updatePolish``).
    """

    def __init__(self, scene: MapScene, capacity: int = TILE_CACHE_SIZE) -> None:
        self.scene = scene
        self.capacity = capacity
        self._tiles: OrderedDict[tuple, QImage | None] = OrderedDict()
        self.rendered = 0
        self.render_seconds = 0.0

    def __contains__(self, key: tuple) -> bool:
        return key in self._tiles

    def get(self, key: tuple) -> tuple[bool, QImage | None]:
        """(found, image) — touching the entry for the LRU."""
        if key in self._tiles:
            self._tiles.move_to_end(key)
            return True, self._tiles[key]
        return False, None

    def render(self, style: MapStyle, z: int, tx: int, ty: int, bearing: int = 0) -> QImage | None:
        """Render (or fetch) tile ``(z, tx, ty)`` in ``style``; ``bearing`` ≠ 0 is a tile of the map turned by
        that many whole degrees (see :func:`render_tile`)."""
        key = tile_key(style, z, tx, ty, bearing)
        found, img = self.get(key)
        if found:
            return img
        t0 = time.perf_counter()
        img = render_tile(self.scene, style, z, tx, ty, bearing=bearing)
        self.render_seconds += time.perf_counter() - t0
        self.rendered += 1
        self._tiles[key] = img
        while len(self._tiles) > self.capacity:
            self._tiles.popitem(last=False)
        return img

    def clear(self) -> None:
        """Drop every tile (style change keeps them keyed apart, so this is only for memory)."""
        self._tiles.clear()

    def __len__(self) -> int:
        return len(self._tiles)


def tile_key(style: MapStyle, z: int, tx: int, ty: int, bearing: int = 0) -> tuple:
    """Cache key of a tile (north-up tiles keep the short key)."""
    return (style.name, z, tx, ty) if bearing == 0 else (style.name, z, tx, ty, bearing)


def turned_transform(z: int, bearing: int) -> QTransform:
    """World → turned tile space at zoom ``z``: the world scaled to pixels, then turned by ``-bearing`` degrees
    (so the bearing points up). Turned tiles are the 256 px squares of that space."""
    t = QTransform()
    t.rotate(-bearing)
    k = TILE * 2.0**z
    t.scale(k, k)
    return t


def render_tile(
    scene: MapScene, style: MapStyle, z: int, tx: int, ty: int, size: int = TILE, bearing: int = 0
) -> QImage | None:
    """One tile as an opaque image, or None when no road touches it (the view fills the background).

    With ``bearing`` ≠ 0 the tile is a square of the map turned by that many degrees (heading-up): a steady
    heading-up view then blits tiles 1:1 instead of resampling north-up tiles every frame.
    """
    scale = size * 2**z
    if bearing:
        to_tile = turned_transform(z, bearing) * QTransform.fromTranslate(-tx * size, -ty * size)
        inv, _ = to_tile.inverted()
        corners = [inv.map(QPointF(px, py)) for px, py in ((0, 0), (size, 0), (0, size), (size, size))]
        x0, y0 = min(c.x() for c in corners), min(c.y() for c in corners)
        x1, y1 = max(c.x() for c in corners), max(c.y() for c in corners)
    else:
        x0, y0, x1, y1 = proj.tile_bounds(z, tx, ty)
        to_tile = QTransform(scale, 0, 0, scale, -x0 * scale, -y0 * scale)
    pad = road_padding_px(style, z) / scale
    ids = scene.edges_in(x0 - pad, y0 - pad, x1 + pad, y1 + pad, class_mask(visible_classes(style, z)))
    if not len(ids):
        return None
    img = QImage(size, size, QImage.Format.Format_RGB32)  # opaque: 1:1 blits are plain copies
    img.fill(qcolor(style.background))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setTransform(to_tile)
    draw_roads(p, scene, style, z, ids)
    p.end()
    return img


# --------------------------------------------------------------------------------------------------- text
def text_image(text: str, style: MapStyle, font: QFont, major: bool = False) -> QImage:
    """One line of text with a halo (scale bar, attribution), rendered once and blitted."""
    f = QFont(font)
    f.setBold(major)
    fm = QFontMetricsF(f)
    w = math.ceil(fm.horizontalAdvance(text)) + 8
    h = math.ceil(fm.height()) + 6
    img = QImage(w, h, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    path.addText(QPointF(4, 3 + fm.ascent()), f, text)
    halo = QPen(qcolor(style.label_halo), 3.5)
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.strokePath(path, halo)
    p.fillPath(path, qcolor(style.label_major_text if major else style.label_text))
    p.end()
    return img


# --------------------------------------------------------------------------------------------------- overlays
def charger_icon(style: MapStyle, estimated: bool, fast: bool, small: bool = False) -> QImage:
    """A round charger badge with a lightning bolt; estimated data is drawn hollow with a dashed ring.

    ``small`` is the zoomed-out variant, so chargers do not cover the whole region view.
    """
    size = ICON_PX[(fast, small)]
    img, p, c, r = _badge(style, size, estimated, small)
    bolt = QPolygonF(
        [
            QPointF(0.10, -0.62),
            QPointF(-0.32, 0.08),
            QPointF(-0.02, 0.08),
            QPointF(-0.12, 0.62),
            QPointF(0.32, -0.10),
            QPointF(0.02, -0.10),
            QPointF(0.10, -0.62),
        ]
    )
    t = QTransform()
    t.translate(c.x(), c.y())
    t.scale(r, r)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(qcolor(style.charger_fill if estimated else style.charger_symbol))
    p.drawPolygon(t.map(bolt))
    p.end()
    return img


def cluster_icon(style: MapStyle, count: int, estimated: bool) -> QImage:
    """Several chargers too close to tell apart at this zoom: a badge with their number."""
    img, p, c, r = _badge(style, CLUSTER_PX, estimated, False)
    font = QFont(LABEL_FONT)
    font.setPixelSize(round(r * 1.05))
    font.setBold(True)
    p.setFont(font)
    p.setPen(qcolor(style.charger_fill if estimated else style.charger_symbol))
    p.drawText(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r), int(Qt.AlignmentFlag.AlignCenter), str(min(count, 99)))
    p.end()
    return img


def _badge(style: MapStyle, size: int, estimated: bool, small: bool) -> tuple[QImage, QPainter, QPointF, float]:
    """A round badge with a shadow and ring, painter left open for its symbol: (image, painter, centre, radius)."""
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = size / 2 - 2.5
    c = QPointF(size / 2, size / 2)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(0, 0, 0, 60))
    p.drawEllipse(QPointF(c.x(), c.y() + 1.5), r + 1, r + 1)
    fill = qcolor(style.charger_estimated_fill if estimated else style.charger_fill)
    ring = QPen(qcolor(style.charger_fill if estimated else style.charger_outline), 1.8 if small else 2.5)
    if estimated:
        ring.setStyle(Qt.PenStyle.DashLine)
    p.setBrush(fill)
    p.setPen(ring)
    p.drawEllipse(c, r, r)
    return img, p, c, r


#: The car marker image's size and the radius of its halo (px): what must stay clear of panels and pins.
CAR_IMAGE_PX = 64
CAR_RADIUS_PX = 30.0


def draw_car(p: QPainter, style: MapStyle, x: float, y: float, angle_deg: float | None, stale: bool = False) -> None:
    """The car at (x, y): a navigation arrow pointing ``angle_deg`` clockwise from screen-up on a soft halo; a
    plain dot when the direction is unknown; grey (no halo) when the position is only "last known"."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.translate(x, y)
    p.setPen(Qt.PenStyle.NoPen)
    fill = qcolor(style.car_stale if stale else style.car_fill)
    if not stale:
        p.setBrush(qcolor(style.car_halo))
        p.drawEllipse(QPointF(0, 0), CAR_RADIUS_PX, CAR_RADIUS_PX)
    p.setBrush(QColor(0, 0, 0, 70))
    p.drawEllipse(QPointF(0, 2), 20, 20)
    p.setBrush(qcolor(style.car_outline))
    p.drawEllipse(QPointF(0, 0), 19, 19)
    if angle_deg is None:
        p.setBrush(fill)
        p.drawEllipse(QPointF(0, 0), 11, 11)
    else:
        p.rotate(angle_deg)
        arrow = QPolygonF([QPointF(0, -13), QPointF(10, 11), QPointF(0, 5.5), QPointF(-10, 11)])
        p.setBrush(fill)
        pen = QPen(fill, 2)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.drawPolygon(arrow)
    p.restore()


def draw_pin(p: QPainter, style: MapStyle, x: float, y: float) -> None:
    """Destination pin with its tip at (x, y)."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.translate(x, y)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(0, 0, 0, 60))
    p.drawEllipse(QPointF(0, 0), 7, 3)
    path = QPainterPath()
    path.moveTo(0, 0)
    path.cubicTo(-4, -12, -16, -22, -16, -34)
    path.arcTo(QRectF(-16, -50, 32, 32), 180, -180)
    path.cubicTo(16, -22, 4, -12, 0, 0)
    p.setBrush(qcolor(style.pin_fill))
    p.setPen(QPen(qcolor(style.pin_outline), 1.5))
    p.drawPath(path)
    p.setBrush(QColor("#ffffff"))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawEllipse(QPointF(0, -34), 6, 6)
    p.restore()


PIN_TIP_MARGIN = 6  # pixels below the pin's tip in pin_image (room for its shadow)


def car_image(style: MapStyle, angle_deg: int | None, stale: bool = False) -> QImage:
    """The car marker as a CAR_IMAGE_PX image (cached per whole degree by the caller)."""
    img = QImage(CAR_IMAGE_PX, CAR_IMAGE_PX, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    draw_car(p, style, CAR_IMAGE_PX / 2, CAR_IMAGE_PX / 2, angle_deg, stale)
    p.end()
    return img


def pin_image(style: MapStyle) -> QImage:
    """The destination pin (tip at the bottom centre, ``PIN_TIP_MARGIN`` px above the image's bottom edge)."""
    img = QImage(40, 56 + PIN_TIP_MARGIN, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    draw_pin(p, style, 20, 56)
    p.end()
    return img
