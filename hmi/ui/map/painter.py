"""The frame the map item paints: composed on the GUI thread from the camera and the overlays, immutable once
published, drawn by :func:`paint` (which touches only the frame, so it is safe on the render thread).

QtGui only. Draw order, bottom to top: road tiles; the map outside the reachable area dimmed (still visible);
the range outlines; the route (driven part grey); street names; the destination pin; charger icons and
clusters (kept off the car); the scale bar and the attribution in the area no panel covers; the car.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from hmi.nav import projection as proj
from hmi.ui import map_render as mr
from hmi.ui.map import labels as lb
from hmi.ui.map import markers as mk
from hmi.ui.map.camera import Camera
from hmi.ui.map.layout import MARGIN_PX, Rect, corner_items
from hmi.ui.map.route_line import RouteLine
from hmi.ui.map.tile_layer import TileFrame, TileLayer, tile_zoom
from hmi.ui.map_style import MapStyle, label_classes, route_widths, style_for, visible_classes

#: The frame's time budget on the GUI thread is 8 ms: tiles render until TILE budget (tile_layer), street names
#: are placed until LABEL_PLACE_UNTIL_S and drawn into new images until LABEL_RENDER_UNTIL_S after the frame
#: started; what is left waits for the next frames (a name not drawn for this map turn yet shows its image for
#: the nearest cached turn, within 4°).
LABEL_PLACE_UNTIL_S = 0.005
LABEL_RENDER_UNTIL_S = 0.007
#: Charger icons are shown from this zoom.
CHARGERS_MIN_ZOOM = 11.0
SCALE_BAR_MAX_PX = 130
SCALE_TEXT_PX = 15
ATTRIBUTION_PX = 13


@dataclass(frozen=True)
class Frame:
    """Everything :func:`paint` needs; immutable once published."""

    width: float
    height: float
    style: MapStyle
    message: tuple[str, str] | None = None
    tiles: tuple[tuple[QImage, QRectF, QRectF], ...] = ()
    tile_transform: QTransform | None = None
    smooth: bool = False
    world_transform: QTransform | None = None
    naive: tuple[mr.MapScene, float, object] | None = None
    dim: QPainterPath | None = None
    reachable: tuple[QPolygonF, ...] = ()
    route_driven: QPolygonF | None = None
    route_ahead: QPolygonF | None = None
    route_w: tuple[float, float] = (0.0, 0.0)
    labels: tuple[tuple[QImage, int, int], ...] = ()
    markers: tuple[tuple[QImage, float, float], ...] = ()
    pin: tuple[QImage, int, int] | None = None
    car: tuple[QImage, int, int] | None = None
    scale_bar: tuple[float, QImage | None, Rect | None] = (0.0, None, None)
    attribution: tuple[QImage, Rect] | None = None
    # what tests and tools read back: the car marker's and the labels' rectangles in item pixels
    car_rect: Rect | None = None
    shown_labels: tuple[lb.Shown, ...] = ()


@dataclass
class Overlays:
    """The overlay state of the item (world coordinates), as the facade holds it."""

    car: tuple[float, float] | None = None
    car_heading: float | None = None
    car_stale: bool = False
    highlight: tuple[float, float] | None = None
    route: RouteLine | None = None
    progress_m: float = 0.0
    reachable: tuple[QPolygonF, ...] = ()
    chargers_visible: bool = True
    imperial: bool = False
    label_px: int = 20
    covered: tuple[Rect, ...] = ()


class QtTextMetrics:
    """The label font's metrics (``labels.TextMetrics``) at ``px`` pixels."""

    def __init__(self, px: int) -> None:
        self.px = px
        self.font = QFont(mr.LABEL_FONT)
        self.font.setPixelSize(px)
        self.bold = QFont(self.font)
        self.bold.setBold(True)
        self._fm = QFontMetricsF(self.font)
        self._fm_bold = QFontMetricsF(self.bold)
        self.height = self._fm.height()

    def advances(self, text: str, bold: bool) -> list[float]:
        fm = self._fm_bold if bold else self._fm
        return [fm.horizontalAdvance(ch) for ch in text]

    def baseline(self, bold: bool) -> float:
        """Offset from a letter's vertical centre to its baseline."""
        fm = self._fm_bold if bold else self._fm
        return (fm.ascent() - fm.descent()) / 2


class Sprites:
    """The item's cached overlay images (bounded)."""

    def __init__(self) -> None:
        self._cache: dict[tuple, QImage] = {}
        self._labels: dict[tuple, tuple[QImage, float, float]] = {}
        self.label_renders = 0

    def get(self, key: tuple, make: Callable[[], QImage]) -> QImage:
        img = self._cache.get(key)
        if img is None:
            if len(self._cache) > 1500:
                self._cache.clear()
            img = make()
            self._cache[key] = img
        return img

    def text(self, text: str, style: MapStyle, px: int) -> QImage:
        def make() -> QImage:
            font = QFont(mr.LABEL_FONT)
            font.setPixelSize(px)
            return mr.text_image(text, style, font)

        return self.get(("text", text, style.name, px), make)

    def text_lines(self, lines: tuple[str, ...], style: MapStyle, px: int) -> QImage:
        """Several lines of :meth:`text`, right-aligned one under the other (one image)."""

        def make() -> QImage:
            parts = [self.text(line, style, px) for line in lines]
            img = QImage(max(i.width() for i in parts), sum(i.height() for i in parts), parts[0].format())
            img.fill(Qt.GlobalColor.transparent)
            painter = QPainter(img)
            y = 0
            for part in parts:
                painter.drawImage(img.width() - part.width(), y, part)
                y += part.height()
            painter.end()
            return img

        return self.get(("lines", lines, style.name, px), make)

    def label(
        self, shown: lb.Shown, deg: int, style: MapStyle, metrics: QtTextMetrics, allow_render: bool
    ) -> tuple[QImage, float, float] | None:
        """The street name turned for bearing ``deg`` and the anchor's position in the image; when no image for
        that bearing exists and ``allow_render`` is False, the nearest cached bearing within 4° (or None)."""
        lab = shown.label
        base = (lab.uid, shown.backward, style.name, lab.px)
        got = self._labels.get((*base, deg))
        if got is not None:
            return got
        if not allow_render:
            for d in (1, -1, 2, -2, 3, -3, 4, -4):
                got = self._labels.get((*base, (deg + d) % 360))
                if got is not None:
                    return got
            return None
        if len(self._labels) > 4000:  # bounded: a few kB each
            self._labels.clear()
        got = label_image(shown, deg, style, metrics)
        self._labels[(*base, deg)] = got
        self.label_renders += 1
        return got


def label_image(shown: lb.Shown, deg: int, style: MapStyle, metrics: QtTextMetrics) -> tuple[QImage, float, float]:
    """A street name with a halo, every letter on the road line, for a map turned by ``deg`` degrees."""
    lab = shown.label
    glyphs = lab.backward if shown.backward else lab.forward
    b = math.radians(deg)
    c, s = math.cos(b), math.sin(b)
    pos = [(g.dx * c + g.dy * s, -g.dx * s + g.dy * c) for g in glyphs]
    pad = lab.radius + 4
    x0 = min(p[0] for p in pos) - pad
    y0 = min(p[1] for p in pos) - pad
    w = math.ceil(max(p[0] for p in pos) + pad - x0)
    h = math.ceil(max(p[1] for p in pos) + pad - y0)
    font = metrics.bold if lab.major else metrics.font
    base = metrics.baseline(lab.major)
    path = QPainterPath()
    for g, (px, py) in zip(glyphs, pos, strict=True):
        glyph = QPainterPath()
        glyph.addText(QPointF(-g.adv / 2, base), font, g.ch)
        t = QTransform()
        t.translate(px - x0, py - y0)
        t.rotate(math.degrees(g.angle) - deg)
        path.addPath(t.map(glyph))
    img = QImage(max(1, w), max(1, h), QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    halo = QPen(mr.qcolor(style.label_halo), max(3.5, lab.px * 0.2))
    halo.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.strokePath(path, halo)
    p.fillPath(path, mr.qcolor(style.label_major_text if lab.major else style.label_text))
    p.end()
    return img, -x0, -y0


class Composer:
    """Builds frames for one loaded map: its tiles, labels and sprites."""

    def __init__(self, scene: mr.MapScene) -> None:
        self.scene = scene
        self.tiles = TileLayer(scene)
        self.sprites = Sprites()
        self.use_tile_cache = True
        self._metrics: QtTextMetrics | None = None
        self._labels: lb.LabelLayer | None = None

    def labels_for(self, px: int) -> tuple[lb.LabelLayer, QtTextMetrics]:
        """The label layer for street names of ``px`` pixels (re-placed when the size changes)."""
        if self._metrics is None or self._labels is None or self._metrics.px != px:
            self._metrics = QtTextMetrics(px)
            self._labels = lb.LabelLayer(self.scene.chains, self._metrics)
        return self._labels, self._metrics

    def compose(
        self, cam: Camera, ov: Overlays, style: MapStyle, attribution: str, t0: float, now: float
    ) -> tuple[Frame, TileFrame, int]:
        """(frame, tile scheduling hints, street-name blocks and images still to make) for the camera's view."""
        v = cam.viewport()
        w, h = v.width, v.height
        cx, cy = v.center_world
        wt = QTransform()  # world → item pixels
        wt.translate(w / 2, h / 2)
        wt.rotate(-v.bearing)
        wt.scale(v.scale, v.scale)
        wt.translate(-cx, -cy)

        tf = TileFrame()
        naive = None
        if self.use_tile_cache:
            tf = self.tiles.frame(style, v, now, t0)
        else:
            ids = self.scene.edges_in(-1, -1, 2, 2, mr.class_mask(visible_classes(style, tile_zoom(v.zoom))))
            naive = (self.scene, v.zoom, ids)

        def screen(world: tuple[float, float]) -> tuple[float, float]:
            q = wt.map(QPointF(*world))
            return q.x(), q.y()

        car = car_rect = None
        car_disc = None
        if ov.car is not None:
            x, y = screen(ov.car)
            deg = None if ov.car_heading is None else round(ov.car_heading - v.bearing) % 360
            img = self.sprites.get(
                ("car", style.name, deg, ov.car_stale), lambda: mr.car_image(style, deg, ov.car_stale)
            )
            car = (img, round(x) - img.width() // 2, round(y) - img.height() // 2)
            r = mr.CAR_RADIUS_PX
            car_rect = Rect(x - r, y - r, 2 * r, 2 * r)
            car_disc = (x, y, r)
        markers = self._markers(style, v, screen, car_disc) if ov.chargers_visible else ()
        keep_clear = [(x, y, img.width() / 2 + 2) for img, x, y in markers]
        if car_disc is not None:
            keep_clear.append((car_disc[0], car_disc[1], car_disc[2] + 4))
        pin = None
        if ov.highlight is not None:
            x, y = screen(ov.highlight)
            img = self.sprites.get(("pin", style.name), lambda: mr.pin_image(style))
            pin = (img, round(x) - img.width() // 2, round(y) - img.height() + mr.PIN_TIP_MARGIN)
            keep_clear.append((x, y - 25, 30.0))
        shown, labels, missing = self._street_names(style, v, screen, ov, keep_clear, t0)

        driven = ahead = None
        if ov.route is not None:
            d, a = ov.route.split(ov.progress_m)
            driven = QPolygonF([QPointF(px, py) for px, py in d]) if len(d) >= 2 else None
            ahead = QPolygonF([QPointF(px, py) for px, py in a]) if len(a) >= 2 else None

        free = cam.free_rect()
        bar_px, bar_text = proj.scale_bar(v.meters_per_pixel, SCALE_BAR_MAX_PX, ov.imperial)
        bar_img = self.sprites.text(bar_text, style, SCALE_TEXT_PX) if bar_text else None
        attr_img = self.sprites.text(attribution, style, ATTRIBUTION_PX)
        if attr_img.width() + 8 + 2 * MARGIN_PX > free.w and " " in attribution:
            # a narrow free area (a small screen while guiding): the attribution on two lines, still whole
            attr_img = self.sprites.text_lines(tuple(attribution.rsplit(" ", 1)), style, ATTRIBUTION_PX)
        bar_size = (max(bar_px, bar_img.width() if bar_img else 0) + 8, 12 + (bar_img.height() if bar_img else 0))
        bar_rect, attr_rect = corner_items(free, bar_size, (attr_img.width() + 8, attr_img.height() + 2))
        frame = Frame(
            w,
            h,
            style,
            tiles=tuple(tf.tiles),
            tile_transform=tf.transform,
            smooth=tf.smooth,
            world_transform=wt,
            naive=naive,
            dim=_dim_path(ov.reachable, wt, w, h),
            reachable=ov.reachable,
            route_driven=driven,
            route_ahead=ahead,
            route_w=route_widths(v.zoom),
            labels=labels,
            markers=markers,
            pin=pin,
            car=car,
            scale_bar=(bar_px, bar_img, bar_rect),
            attribution=(attr_img, attr_rect),
            car_rect=car_rect,
            shown_labels=tuple(shown),
        )
        return frame, tf, missing

    def _markers(
        self,
        style: MapStyle,
        v: proj.Viewport,
        screen: Callable[[tuple[float, float]], tuple[float, float]],
        car: tuple[float, float, float] | None,
    ) -> tuple[tuple[QImage, float, float], ...]:
        return tuple((self.marker_image(style, m), m.x, m.y) for m in self.markers(v, screen, car))

    def markers(
        self,
        v: proj.Viewport,
        screen: Callable[[tuple[float, float]], tuple[float, float]],
        car: tuple[float, float, float] | None,
    ) -> list[mk.Marker]:
        """The charger markers of the view (clustered, off the car)."""
        if v.zoom < CHARGERS_MIN_ZOOM:
            return []
        inview = []
        for ch, world in zip(self.scene.chargers, self.scene.charger_world, strict=True):
            x, y = screen(world)
            if -30 < x < v.width + 30 and -30 < y < v.height + 30:
                inview.append(mk.Charger(ch["id"], x, y, ch["power_kw"] >= 50, ch["estimated"]))
                if len(inview) >= 400:
                    break
        return mk.place(inview, v.zoom, car)

    def marker_image(self, style: MapStyle, m: mk.Marker) -> QImage:
        if m.cluster:
            n = len(m.ids)
            return self.sprites.get(
                ("cluster", style.name, n, m.estimated), lambda: mr.cluster_icon(style, n, m.estimated)
            )
        return self.sprites.get(
            ("charger", style.name, m.estimated, m.fast, m.small),
            lambda: mr.charger_icon(style, m.estimated, m.fast, m.small),
        )

    def _street_names(
        self,
        style: MapStyle,
        v: proj.Viewport,
        screen: Callable[[tuple[float, float]], tuple[float, float]],
        ov: Overlays,
        keep_clear: Sequence[tuple[float, float, float]],
        t0: float,
    ) -> tuple[list[lb.Shown], tuple[tuple[QImage, int, int], ...], int]:
        layer, metrics = self.labels_for(ov.label_px)
        z = tile_zoom(v.zoom)
        classes = label_classes(style, z)
        bw = lb.BLOCK_PX / proj.world_size_px(z)
        x0, y0, x1, y1 = v.visible_world_bounds(margin_px=60)
        candidates: list[lb.Label] = []
        missing = 0
        for by in range(int(y0 // bw), int(y1 // bw) + 1):
            for bx in range(int(x0 // bw), int(x1 // bw) + 1):
                if not layer.has_block(z, bx, by, classes) and time.perf_counter() - t0 > LABEL_PLACE_UNTIL_S:
                    missing += 1
                    continue
                candidates.extend(layer.block(z, bx, by, classes))
        shown = lb.visible(
            candidates, lambda wx, wy: screen((wx, wy)), v.bearing, v.width, v.height, keep_clear, ov.covered
        )
        deg = round(v.bearing) % 360
        out = []
        kept = []
        for sh in shown:
            allow = time.perf_counter() - t0 < LABEL_RENDER_UNTIL_S
            got = self.sprites.label(sh, deg, style, metrics, allow)
            if got is None:
                missing += 1
                continue
            img, ax, ay = got
            out.append((img, round(sh.x - ax), round(sh.y - ay)))
            kept.append(sh)
        return kept, tuple(out), missing


def _dim_path(rings: tuple[QPolygonF, ...], wt: QTransform, w: float, h: float) -> QPainterPath | None:
    """The item less the reachable area (outer rings only: a reserve ring inside the range is not cut out)."""
    if not rings:
        return None
    screen = [wt.map(r) for r in rings]
    outer = [
        r
        for i, r in enumerate(screen)
        if not any(j != i and len(o) and o.containsPoint(r[0], Qt.FillRule.OddEvenFill) for j, o in enumerate(screen))
    ]
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    path.addRect(QRectF(-2, -2, w + 4, h + 4))
    for r in outer:
        path.addPolygon(r)
        path.closeSubpath()
    return path


def paint(p: QPainter, f: Frame | None, w: float, h: float) -> None:
    """Draw frame ``f`` (touches only the frame: safe on the render thread)."""
    if f is None:
        p.fillRect(QRectF(0, 0, w, h), mr.qcolor(style_for(False).background))
        return
    style = f.style
    p.fillRect(QRectF(0, 0, f.width, f.height), mr.qcolor(style.background))
    if f.message is not None:
        _paint_message(p, f)
        return
    if f.tiles and f.tile_transform is not None:
        p.save()
        p.setTransform(f.tile_transform, True)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, f.smooth)
        for img, target, source in f.tiles:
            p.drawImage(target, img, source)
        p.restore()
    wt = f.world_transform
    if f.naive is not None and wt is not None:
        scene, zoom, ids = f.naive
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setTransform(wt, True)
        mr.draw_roads(p, scene, style, zoom, ids)  # type: ignore[arg-type]
        p.restore()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    if f.dim is not None:
        p.fillPath(f.dim, mr.qcolor(style.unreachable_dim))
    if wt is not None and (f.reachable or f.route_ahead is not None or f.route_driven is not None):
        p.save()
        p.setTransform(wt, True)
        for i, poly in enumerate(f.reachable):
            pen = QPen(mr.qcolor(style.reachable_outline), 3.0 if i == 0 else 2.0)
            pen.setCosmetic(True)
            if i:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.setBrush(mr.qcolor(style.reachable_fill) if i == 0 else Qt.BrushStyle.NoBrush)
            p.drawPolygon(poly)
        fill_w, casing_w = f.route_w
        for poly, fill, casing in (
            (f.route_driven, style.route_driven, style.route_driven_casing),
            (f.route_ahead, style.route, style.route_casing),
        ):
            if poly is not None and len(poly) >= 2:
                p.setPen(mr._pen(casing, casing_w))
                p.drawPolyline(poly)
                p.setPen(mr._pen(fill, fill_w))
                p.drawPolyline(poly)
        p.restore()
    for img, x, y in f.labels:
        p.drawImage(x, y, img)
    if f.pin is not None:
        p.drawImage(f.pin[1], f.pin[2], f.pin[0])
    for img, x, y in f.markers:
        p.drawImage(round(x - img.width() / 2), round(y - img.height() / 2), img)
    _paint_corner_items(p, f)
    if f.car is not None:  # last: nothing covers the car
        p.drawImage(f.car[1], f.car[2], f.car[0])


def _paint_corner_items(p: QPainter, f: Frame) -> None:
    style = f.style
    if f.attribution is not None:
        img, r = f.attribution
        p.fillRect(QRectF(r.x, r.y, r.w, r.h), mr.qcolor(style.plate))
        p.drawImage(QPointF(r.x + 4, r.y + 1), img)
    bar_px, label, rect = f.scale_bar
    if bar_px > 0 and rect is not None:
        x0, y = rect.x + 4, rect.bottom - 2
        halo = QPen(mr.qcolor(style.overlay_halo), 6)
        halo.setCapStyle(Qt.PenCapStyle.FlatCap)
        ink = QPen(mr.qcolor(style.overlay_text), 2.5)
        ink.setCapStyle(Qt.PenCapStyle.FlatCap)
        bar = [QPointF(x0, y - 8), QPointF(x0, y), QPointF(x0 + bar_px, y), QPointF(x0 + bar_px, y - 8)]
        for pen in (halo, ink):
            p.setPen(pen)
            p.drawPolyline(QPolygonF(bar))
        if label is not None:
            p.drawImage(QPointF(x0 + 2, y - 8 - label.height()), label)


def _paint_message(p: QPainter, f: Frame) -> None:
    assert f.message is not None
    title, detail = f.message
    font = QFont(mr.LABEL_FONT)
    font.setPixelSize(28)
    font.setBold(True)
    p.setPen(mr.qcolor(f.style.message_text))
    p.setFont(font)
    box = QRectF(f.width * 0.1, f.height * 0.5 - 60, f.width * 0.8, 40)
    p.drawText(box, int(Qt.AlignmentFlag.AlignCenter), title)
    font.setBold(False)
    font.setPixelSize(19)
    p.setFont(font)
    col = QColor(mr.qcolor(f.style.message_text))
    col.setAlphaF(0.75)
    p.setPen(col)
    p.drawText(
        QRectF(f.width * 0.1, f.height * 0.5, f.width * 0.8, f.height * 0.4),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
        detail,
    )
