"""``MapView`` — the vector road map as a QML item (``import Hmi.Map 1.0``), drawn with QPainter from cached tiles.

The item is a :class:`QQuickPaintedItem`. Roads are rendered into 256 px tiles per integer zoom
(:class:`~hmi.ui.map_render.TileCache`); a frame blits the visible tiles (scaled and rotated for fractional zoom
and heading-up) and draws the live overlays on top: reachable-range polygon, route line (driven part greyed),
street names, chargers, destination pin, the car, scale bar and the "© OpenStreetMap contributors" attribution.

Threading: all state changes, tile rendering and label placement happen on the GUI thread, in
:meth:`MapView.updatePolish` (called once per frame before the scene graph syncs). It builds an immutable
:class:`_Frame` and publishes it with one attribute assignment. :meth:`MapView.paint` — which the threaded
render loop calls on the render thread — reads only that frame object and the immutable images it holds, never
the item's mutable state, so it is safe with the basic, threaded and software render loops alike.

Interaction: mouse drag / one-finger pan, wheel / pinch zoom, double tap zooms in, single tap emits
``tapped(lat, lon)`` or ``chargerTapped(id)`` (after the double-tap interval, so a double tap is not also a tap).
Panning by hand turns ``follow`` off; it turns back on after ``followResumeMs`` without interaction.

Register the type with :func:`register_qml_types` before loading QML.
"""

from __future__ import annotations

import itertools
import logging
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    Property,
    QEasingCurve,
    QPointF,
    QRectF,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF, QTransform
from PySide6.QtQml import qmlRegisterType
from PySide6.QtQuick import QQuickItem, QQuickPaintedItem

from hmi.i18n import QT_TRANSLATE_NOOP, Text
from hmi.lazy import np
from hmi.nav import projection as proj
from hmi.nav.graph import ATTRIBUTION, MapFormatError, haversine_m
from hmi.ui import map_render as mr
from hmi.ui.map_style import MapStyle, route_widths, style_for, visible_classes
from hmi.ui.translator import tr

log = logging.getLogger(__name__)

#: Texts painted on the map when there is none to draw.
MESSAGES = {
    "no-map": QT_TRANSLATE_NOOP("map", "No map loaded"),
    "unavailable": QT_TRANSLATE_NOOP("map", "Map unavailable"),
    "no-folder": QT_TRANSLATE_NOOP("map", "Map folder not found: {path}"),
    "unreadable": QT_TRANSLATE_NOOP("map", "{path}: cannot read the map ({error})"),
}


def _text(key: str, **args: Any) -> Text:
    return Text("map", MESSAGES[key], **args)


QML_MODULE = "Hmi.Map"
MIN_ZOOM = 10.0
MAX_ZOOM = 19.0
DEFAULT_ZOOM = 15.0
DRAG_THRESHOLD_PX = 8.0
DOUBLE_TAP_MS = 280
DOUBLE_TAP_PX = 40.0
CHARGER_HIT_PX = 30.0
#: Tile rendering allowed per frame before the rest is deferred to the next frames (keeps panning smooth).
FRAME_BUDGET_S = 0.010
#: In heading-up follow mode the car sits this far down the screen, so the road ahead is visible.
HEADING_UP_CAR_Y = 0.72
FONT = mr.LABEL_FONT
#: The view counts as moving (fast nearest-neighbour tile resampling) until it was still this long.
SETTLE_MS = 250
#: A heading-up view that keeps its (whole-degree) bearing this long switches to tiles of the turned map.
TURN_STEADY_MS = 400
TURN_BUDGET_S = 0.004


@dataclass(frozen=True)
class _Frame:
    """Everything paint() needs, computed on the GUI thread; immutable once published."""

    width: float
    height: float
    style: MapStyle
    message: tuple[str, str] | None = None
    tiles: tuple[tuple[QImage, QRectF, QRectF], ...] = ()
    tile_transform: QTransform | None = None
    smooth: bool = False
    world_transform: QTransform | None = None
    naive: tuple[Any, float, np.ndarray] | None = None
    reachable: tuple[QPolygonF, ...] = ()
    route_driven: QPolygonF | None = None
    route_ahead: QPolygonF | None = None
    route_w: tuple[float, float] = (0.0, 0.0)
    labels: tuple[tuple[QImage, int, int], ...] = ()  # pre-rotated images at their top-left pixel
    chargers: tuple[tuple[QImage, float, float], ...] = ()
    pin: tuple[QImage, int, int] | None = None
    car: tuple[QImage, int, int] | None = None
    scale_bar: tuple[float, QImage | None] = (0.0, None)
    attribution: QImage | None = None


def _finite(value: Any) -> float | None:
    """``value`` as a finite float, else None (QML may hand us NaN, undefined → NaN, strings, …)."""
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def parse_lat_lon_list(value: Any, what: str, limit: int = mr.MAX_OVERLAY_POINTS) -> list[tuple[float, float]]:
    """Validate a QML list of ``[lat, lon]`` pairs (untrusted): bad points are skipped and logged."""
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        log.warning("%s: expected a list of [lat, lon] pairs, got %s", what, type(value).__name__)
        return []
    if len(value) > limit:
        log.warning("%s: %d points, more than the %d accepted; ignored", what, len(value), limit)
        return []
    out: list[tuple[float, float]] = []
    bad = 0
    for item in value:
        if isinstance(item, dict):
            lat, lon = _finite(item.get("lat")), _finite(item.get("lon"))
        elif isinstance(item, list | tuple) and len(item) >= 2:
            lat, lon = _finite(item[0]), _finite(item[1])
        else:
            lat = lon = None
        if lat is None or lon is None or not (-85.06 <= lat <= 85.06 and -180 <= lon <= 180):
            bad += 1
            continue
        out.append((lat, lon))
    if bad:
        log.warning("%s: skipped %d malformed point(s)", what, bad)
    return out


def _nested(value: Any) -> bool:
    """True for a list of polygons (a list whose first element is itself a list of pairs)."""
    return (
        isinstance(value, list | tuple)
        and bool(value)
        and isinstance(value[0], list | tuple)
        and bool(value[0])
        and isinstance(value[0][0], list | tuple | dict)
    )


def _label_hits(lab: mr.Label, x: float, y: float, bearing: float, cx: float, cy: float, r: float) -> bool:
    """True when a circle (cx, cy, r) on screen touches the label drawn centred at (x, y)."""
    a = lab.angle - math.radians(bearing)
    dx, dy = cx - x, cy - y
    # the circle centre in the label's own axes
    u = dx * math.cos(a) + dy * math.sin(a)
    v = -dx * math.sin(a) + dy * math.cos(a)
    nu = max(-lab.w / 2, min(lab.w / 2, u))
    nv = max(-lab.h / 2, min(lab.h / 2, v))
    return math.hypot(u - nu, v - nv) < r


class _Route:
    """A route polyline prepared for drawing: world points and cumulative metres for the driven split."""

    def __init__(self, points: list[tuple[float, float]]) -> None:
        self.points = points
        lat = np.array([p[0] for p in points])
        lon = np.array([p[1] for p in points])
        self.wx, self.wy = proj.lat_lon_to_world_array(lat, lon)
        self.qpoints = [QPointF(x, y) for x, y in zip(self.wx.tolist(), self.wy.tolist(), strict=True)]
        if len(points) >= 2:
            seg = [haversine_m(a[0], a[1], b[0], b[1]) for a, b in itertools.pairwise(points)]
            self.cum = np.r_[0.0, np.cumsum(seg)]
        else:
            self.cum = np.zeros(len(points))
        self.bounds = (float(self.wx.min()), float(self.wy.min()), float(self.wx.max()), float(self.wy.max()))

    def split(self, progress_m: float) -> tuple[QPolygonF | None, QPolygonF]:
        """(driven part or None, part ahead) at ``progress_m`` metres along the route."""
        if progress_m <= 0 or len(self.points) < 2:
            return None, QPolygonF(self.qpoints)
        total = float(self.cum[-1])
        if progress_m >= total:
            return QPolygonF(self.qpoints), QPolygonF()
        k = int(np.searchsorted(self.cum, progress_m, side="right")) - 1
        seg = self.cum[k + 1] - self.cum[k]
        t = (progress_m - self.cum[k]) / seg if seg > 0 else 0.0
        x = self.wx[k] + t * (self.wx[k + 1] - self.wx[k])
        y = self.wy[k] + t * (self.wy[k + 1] - self.wy[k])
        cut = QPointF(float(x), float(y))
        return QPolygonF([*self.qpoints[: k + 1], cut]), QPolygonF([cut, *self.qpoints[k + 1 :]])


class MapView(QQuickPaintedItem):
    """The map item. See the module docstring; properties are documented on their getters."""

    mapDirChanged = Signal()
    statusChanged = Signal()
    nightChanged = Signal()
    centerChanged = Signal()
    zoomChanged = Signal()
    bearingChanged = Signal()
    headingUpChanged = Signal()
    followChanged = Signal()
    followResumeMsChanged = Signal()
    carChanged = Signal()
    routeChanged = Signal()
    routeProgressMChanged = Signal()
    chargersVisibleChanged = Signal()
    reachablePolygonChanged = Signal()
    highlightChanged = Signal()
    imperialChanged = Signal()
    tilesPendingChanged = Signal()
    interactingChanged = Signal()
    tapped = Signal(float, float, arguments=["lat", "lon"])
    chargerTapped = Signal(str, arguments=["id"])

    def __init__(self, parent: QQuickItem | None = None) -> None:
        super().__init__(parent)
        self.setOpaquePainting(True)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setAcceptTouchEvents(True)
        self.setFlag(QQuickItem.ItemHasContents, True)
        self.setAntialiasing(False)
        #: bench/debug switch: False draws every edge each frame (the no-tile-cache baseline)
        self.use_tile_cache = True

        self._map_dir = ""
        self._status = "empty"
        self._message: str = _text("no-map")
        self._scene: mr.MapScene | None = None
        self._tiles: mr.TileCache | None = None
        self._labels: mr.LabelLayer | None = None
        self._label_images: dict[tuple[str, bool, str, int], QImage] = {}
        self._sprites: dict[tuple, QImage] = {}
        self._charger_icons: dict[tuple[str, bool, bool, bool], QImage] = {}
        self._text_images: dict[tuple[str, str, int], QImage] = {}

        self._night = False
        self._center = (47.141, 9.521)  # Vaduz until a map or the car says otherwise
        self._center_set = False
        self._zoom = DEFAULT_ZOOM
        self._bearing = 0.0
        self._heading_up = False
        self._follow = False
        self._auto_resume = False
        self._follow_resume_ms = 5000
        self._car: tuple[float, float] | None = None
        self._car_lat: float | None = None
        self._car_lon: float | None = None
        self._car_heading = 0.0
        self._route_raw: list[Any] = []
        self._route: _Route | None = None
        self._route_split: tuple[QPolygonF | None, QPolygonF | None] = (None, None)
        self._route_progress = 0.0
        self._chargers_visible = True
        self._reachable_raw: list[Any] = []
        self._reachable: tuple[QPolygonF, ...] = ()
        self._highlight: tuple[float, float] | None = None
        self._hl_lat: float | None = None
        self._hl_lon: float | None = None
        self._imperial = False
        self._tiles_pending = 0
        self._interacting = False

        self._frame: _Frame | None = None
        self.frame_prep_s = 0.0  # last updatePolish duration (bench/diagnostics)
        self.paint_s = 0.0  # last paint() duration (bench/diagnostics)

        # gesture state
        self._press: tuple[float, float, float, float] | None = None  # screen x, y, world x, y
        self._dragging = False
        self._pinch: tuple[float, float, float, float] | None = None  # start distance, zoom, world x, y
        self._last_tap: tuple[float, float, float] | None = None  # time, x, y

        self._resume_timer = QTimer(self)
        self._resume_timer.setSingleShot(True)
        self._resume_timer.timeout.connect(self._resume_follow)
        self._tap_timer = QTimer(self)
        self._tap_timer.setSingleShot(True)
        self._tap_timer.setInterval(DOUBLE_TAP_MS)
        self._tap_timer.timeout.connect(self._emit_single_tap)
        self._more_timer = QTimer(self)  # continues tile rendering in the next event-loop turns
        self._more_timer.setSingleShot(True)
        self._more_timer.setInterval(0)
        self._more_timer.timeout.connect(self.polish)
        self._prefetch_timer = QTimer(self)
        self._prefetch_timer.setSingleShot(True)
        self._prefetch_timer.setInterval(30)
        self._prefetch_timer.timeout.connect(self._prefetch)
        self._zoom_anim = QVariantAnimation(self)
        self._zoom_anim.setDuration(260)
        self._zoom_anim.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._zoom_anim.valueChanged.connect(self._on_zoom_anim)
        self._last_view_key: tuple = ()
        self._turn_key: tuple = ()
        self._turn_since = 0.0
        self._turned_pending = False
        self._turn_timer = QTimer(self)
        self._turn_timer.setSingleShot(True)
        self._turn_timer.setInterval(TURN_STEADY_MS + 10)
        self._turn_timer.timeout.connect(self.polish)
        self._moving_until = 0.0
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_MS + 10)
        self._settle_timer.timeout.connect(self.polish)
        self._zoom_anim_pivot: tuple[float, float, proj.Viewport] | None = None

    # =========================================================================================== properties
    # ------------------------------------------------------------------ map data
    def _get_map_dir(self) -> str:
        return self._map_dir

    def _set_map_dir(self, value: str) -> None:
        value = "" if value is None else str(value)
        if value == self._map_dir and self._status != "empty":
            return
        self._map_dir = value
        self._load(value)
        self.mapDirChanged.emit()

    #: Directory of a built map (``hmi mapbuild`` output). Empty, missing or corrupt → ``status`` "empty" or
    #: "error" with a readable ``message`` drawn in the item.
    mapDir = Property(str, _get_map_dir, _set_map_dir, notify=mapDirChanged)

    def _get_status(self) -> str:
        return self._status

    #: "empty" (no mapDir), "ready" or "error".
    status = Property(str, _get_status, notify=statusChanged)

    def _get_message(self) -> str:
        return tr(self._message)

    @Slot()
    def retranslate(self) -> None:
        """Redraw texts painted on the map (the no-map message) in the current language."""
        self.statusChanged.emit()
        self._changed()

    #: Why there is no map ("" when ready).
    message = Property(str, _get_message, notify=statusChanged)

    def _get_attribution(self) -> str:
        return self._scene.attribution if self._scene else ATTRIBUTION

    #: The data attribution drawn in the corner.
    attribution = Property(str, _get_attribution, notify=statusChanged)

    def _get_charger_count(self) -> int:
        return len(self._scene.chargers) if self._scene else 0

    #: Number of charging stations loaded with the map.
    chargerCount = Property(int, _get_charger_count, notify=statusChanged)

    def _load(self, path: str) -> None:
        self._scene = self._tiles = self._labels = None
        self._label_images.clear()
        if not path:
            self._set_status("empty", _text("no-map"))
        elif not Path(path).is_dir():
            self._set_status("error", _text("no-folder", path=path))
        else:
            try:
                t0 = time.perf_counter()
                scene = mr.MapScene.shared(path)
            except MapFormatError as exc:
                log.warning("map %s unusable: %s", path, exc)
                self._set_status("error", str(exc))
            except Exception as exc:  # a damaged file can fail in numpy in many ways: never take the HMI down
                log.exception("map %s failed to load", path)
                self._set_status("error", _text("unreadable", path=path, error=f"{type(exc).__name__}: {exc}"))
            else:
                self._scene = scene
                self._tiles = mr.TileCache(scene)
                self._labels = mr.LabelLayer(scene)
                log.info(
                    "map %s ready in %.0f ms (%d drawn edges, %d chargers)",
                    path,
                    (time.perf_counter() - t0) * 1000,
                    scene.num_drawn,
                    len(scene.chargers),
                )
                if not self._center_set and not (self._follow and self._car):
                    self._center = scene.center_lat_lon
                    self.centerChanged.emit()
                self._set_status("ready", "")
        self._changed()

    def _set_status(self, status: str, message: str) -> None:
        if (status, message) != (self._status, self._message):
            self._status, self._message = status, message
            self.statusChanged.emit()

    # ------------------------------------------------------------------ view
    def _get_night(self) -> bool:
        return self._night

    def _set_night(self, value: bool) -> None:
        if bool(value) != self._night:
            self._night = bool(value)
            self.nightChanged.emit()
            self._changed()

    #: Night style (dark, low glare).
    night = Property(bool, _get_night, _set_night, notify=nightChanged)

    def _get_center_lat(self) -> float:
        return self._center[0]

    def _set_center_lat(self, value: float) -> None:
        lat = _finite(value)
        if lat is None or not -85 <= lat <= 85:
            log.warning("centerLat %r rejected", value)
            return
        self._center_set = True
        if lat != self._center[0]:
            self._center = (lat, self._center[1])
            self.centerChanged.emit()
            self._changed()

    #: Latitude at the centre of the item.
    centerLat = Property(float, _get_center_lat, _set_center_lat, notify=centerChanged)

    def _get_center_lon(self) -> float:
        return self._center[1]

    def _set_center_lon(self, value: float) -> None:
        lon = _finite(value)
        if lon is None or not -180 <= lon <= 180:
            log.warning("centerLon %r rejected", value)
            return
        self._center_set = True
        if lon != self._center[1]:
            self._center = (self._center[0], lon)
            self.centerChanged.emit()
            self._changed()

    #: Longitude at the centre of the item.
    centerLon = Property(float, _get_center_lon, _set_center_lon, notify=centerChanged)

    def _get_zoom(self) -> float:
        return self._zoom

    def _set_zoom(self, value: float) -> None:
        z = _finite(value)
        if z is None:
            log.warning("zoom %r rejected", value)
            return
        z = min(MAX_ZOOM, max(MIN_ZOOM, z))
        if z != self._zoom:
            self._zoom = z
            self.zoomChanged.emit()
            if self._follow:
                self._recenter_on_car()
            self._changed()

    #: Web-Mercator zoom, 10 (region) … 19 (street); fractional values scale the nearest tile level.
    zoom = Property(float, _get_zoom, _set_zoom, notify=zoomChanged)

    def _get_min_zoom(self) -> float:
        return MIN_ZOOM

    minZoom = Property(float, _get_min_zoom, constant=True)

    def _get_max_zoom(self) -> float:
        return MAX_ZOOM

    maxZoom = Property(float, _get_max_zoom, constant=True)

    def _get_bearing(self) -> float:
        return self._bearing

    def _set_bearing(self, value: float) -> None:
        b = _finite(value)
        if b is None:
            log.warning("bearing %r rejected", value)
            return
        self._set_bearing_internal(b % 360.0)

    def _set_bearing_internal(self, b: float) -> None:
        if b != self._bearing:
            self._bearing = b
            self.bearingChanged.emit()
            if self._follow:
                self._recenter_on_car()
            self._changed()

    #: Map rotation: the compass direction pointing up on screen (degrees clockwise from north). Heading-up
    #: mode drives it from ``carHeading``.
    bearing = Property(float, _get_bearing, _set_bearing, notify=bearingChanged)

    def _get_heading_up(self) -> bool:
        return self._heading_up

    def _set_heading_up(self, value: bool) -> None:
        if bool(value) == self._heading_up:
            return
        self._heading_up = bool(value)
        self.headingUpChanged.emit()
        # heading-up turns the map in whole degrees: a steady heading then reuses turned tiles (1:1 blits)
        self._set_bearing_internal(round(self._car_heading) % 360 if self._heading_up else 0.0)
        if self._follow:
            self._recenter_on_car()
        self._changed()

    #: Heading-up (True: the map turns so the car's heading points up) or north-up (False, bearing 0).
    headingUp = Property(bool, _get_heading_up, _set_heading_up, notify=headingUpChanged)

    def _get_follow(self) -> bool:
        return self._follow

    def _set_follow(self, value: bool) -> None:
        self._auto_resume = False  # an explicit choice: no automatic resume
        self._resume_timer.stop()
        self._set_follow_internal(bool(value))

    def _set_follow_internal(self, value: bool) -> None:
        if value == self._follow:
            return
        self._follow = value
        self.followChanged.emit()
        if value:
            self._recenter_on_car()
            self._changed()

    #: Keep the car in view (centre; lower third in heading-up). Panning by hand turns it off; it turns back
    #: on after ``followResumeMs`` without interaction.
    follow = Property(bool, _get_follow, _set_follow, notify=followChanged)

    def _get_follow_resume_ms(self) -> int:
        return self._follow_resume_ms

    def _set_follow_resume_ms(self, value: int) -> None:
        v = _finite(value)
        if v is None or v < 0:
            log.warning("followResumeMs %r rejected", value)
            return
        v = int(min(v, 3_600_000))
        if v != self._follow_resume_ms:
            self._follow_resume_ms = v
            self.followResumeMsChanged.emit()

    #: Milliseconds without interaction after which a hand-interrupted follow mode resumes (0 = never).
    followResumeMs = Property(int, _get_follow_resume_ms, _set_follow_resume_ms, notify=followResumeMsChanged)

    def _get_interacting(self) -> bool:
        return self._interacting

    #: True while a finger or the mouse is moving the map.
    interacting = Property(bool, _get_interacting, notify=interactingChanged)

    # ------------------------------------------------------------------ car
    def _get_car_lat(self) -> float:
        return math.nan if self._car_lat is None else self._car_lat

    def _set_car_lat(self, value: float) -> None:
        lat = _finite(value)
        if lat is not None and not -85 <= lat <= 85:
            log.warning("carLat %r out of range", value)
            lat = None
        self._car_lat = lat
        self._update_car()

    #: Car latitude (NaN = unknown: no marker).
    carLat = Property(float, _get_car_lat, _set_car_lat, notify=carChanged)

    def _get_car_lon(self) -> float:
        return math.nan if self._car_lon is None else self._car_lon

    def _set_car_lon(self, value: float) -> None:
        lon = _finite(value)
        if lon is not None and not -180 <= lon <= 180:
            log.warning("carLon %r out of range", value)
            lon = None
        self._car_lon = lon
        self._update_car()

    #: Car longitude (NaN = unknown).
    carLon = Property(float, _get_car_lon, _set_car_lon, notify=carChanged)

    def _update_car(self) -> None:
        car = (self._car_lat, self._car_lon) if self._car_lat is not None and self._car_lon is not None else None
        if car != self._car:
            self._car = car
            if self._follow:
                self._recenter_on_car()
            self._changed()
        self.carChanged.emit()

    def _get_car_heading(self) -> float:
        return self._car_heading

    def _set_car_heading(self, value: float) -> None:
        h = _finite(value)
        if h is None:
            return  # unknown heading: keep the last one
        h %= 360.0
        if h != self._car_heading:
            self._car_heading = h
            self.carChanged.emit()
            if self._heading_up:
                self._set_bearing_internal(round(h) % 360)
            self._changed()

    #: Car heading, degrees clockwise from north (arrow direction; map rotation in heading-up).
    carHeading = Property(float, _get_car_heading, _set_car_heading, notify=carChanged)

    # ------------------------------------------------------------------ overlays
    def _get_route(self) -> list:
        return self._route_raw

    def _set_route(self, value: Any) -> None:
        points = parse_lat_lon_list(value, "route")
        self._route_raw = [list(p) for p in points]
        self._route = _Route(points) if len(points) >= 2 else None
        self._split_route()
        self.routeChanged.emit()
        self._changed()

    #: Route as a list of [lat, lon] pairs, drawn as a thick line with casing ([] = none).
    route = Property("QVariantList", _get_route, _set_route, notify=routeChanged)

    def _get_route_progress(self) -> float:
        return self._route_progress

    def _set_route_progress(self, value: float) -> None:
        v = _finite(value)
        if v is None:
            log.warning("routeProgressM %r rejected", value)
            return
        v = max(0.0, v)
        if v != self._route_progress:
            self._route_progress = v
            self._split_route()
            self.routeProgressMChanged.emit()
            self._changed()

    #: Metres of the route already driven (drawn grey).
    routeProgressM = Property(float, _get_route_progress, _set_route_progress, notify=routeProgressMChanged)

    def _split_route(self) -> None:
        self._route_split = self._route.split(self._route_progress) if self._route else (None, None)

    def _get_chargers_visible(self) -> bool:
        return self._chargers_visible

    def _set_chargers_visible(self, value: bool) -> None:
        if bool(value) != self._chargers_visible:
            self._chargers_visible = bool(value)
            self.chargersVisibleChanged.emit()
            self._changed()

    #: Draw the map's charging stations (estimated data drawn hollow with a dashed ring).
    chargersVisible = Property(bool, _get_chargers_visible, _set_chargers_visible, notify=chargersVisibleChanged)

    def _get_reachable(self) -> list:
        return self._reachable_raw

    def _set_reachable(self, value: Any) -> None:
        rings = value if _nested(value) else [value]
        polys = []
        raw = []
        for ring in rings[:1000] if isinstance(rings, list | tuple) else []:
            pts = parse_lat_lon_list(ring, "reachablePolygon")
            if len(pts) >= 3:
                wx, wy = proj.lat_lon_to_world_array(np.array([p[0] for p in pts]), np.array([p[1] for p in pts]))
                polys.append(mr._poly(wx, wy))
                raw.append([list(p) for p in pts])
        self._reachable = tuple(polys)
        self._reachable_raw = raw[0] if len(raw) == 1 and not _nested(value) else raw
        self.reachablePolygonChanged.emit()
        self._changed()

    #: Reachable-range area: a list of [lat, lon] (or a list of such rings), drawn as a translucent fill.
    reachablePolygon = Property("QVariantList", _get_reachable, _set_reachable, notify=reachablePolygonChanged)

    def _get_highlight_lat(self) -> float:
        return math.nan if self._hl_lat is None else self._hl_lat

    def _set_highlight_lat(self, value: float) -> None:
        self._hl_lat = _finite(value)
        self._update_highlight()

    #: Destination pin latitude (NaN = no pin).
    highlightLat = Property(float, _get_highlight_lat, _set_highlight_lat, notify=highlightChanged)

    def _get_highlight_lon(self) -> float:
        return math.nan if self._hl_lon is None else self._hl_lon

    def _set_highlight_lon(self, value: float) -> None:
        self._hl_lon = _finite(value)
        self._update_highlight()

    #: Destination pin longitude (NaN = no pin).
    highlightLon = Property(float, _get_highlight_lon, _set_highlight_lon, notify=highlightChanged)

    def _update_highlight(self) -> None:
        lat, lon = self._hl_lat, self._hl_lon
        hl = (lat, lon) if lat is not None and lon is not None and -85 <= lat <= 85 and -180 <= lon <= 180 else None
        if hl != self._highlight:
            self._highlight = hl
            self._changed()
        self.highlightChanged.emit()

    def _get_imperial(self) -> bool:
        return self._imperial

    def _set_imperial(self, value: bool) -> None:
        if bool(value) != self._imperial:
            self._imperial = bool(value)
            self.imperialChanged.emit()
            self._changed()

    #: Scale bar in miles/feet instead of km/m.
    imperial = Property(bool, _get_imperial, _set_imperial, notify=imperialChanged)

    def _get_tiles_pending(self) -> int:
        return self._tiles_pending

    #: Visible tiles not rendered yet (0 = the frame on screen is complete).
    tilesPending = Property(int, _get_tiles_pending, notify=tilesPendingChanged)

    # =========================================================================================== slots
    @Slot()
    def zoomIn(self) -> None:
        """Zoom in one level (animated), about the car when following, else about the centre."""
        self._animate_zoom(self._zoom_target() + 1, *self._zoom_pivot())

    @Slot()
    def zoomOut(self) -> None:
        """Zoom out one level (animated)."""
        self._animate_zoom(self._zoom_target() - 1, *self._zoom_pivot())

    @Slot()
    def recenter(self) -> None:
        """Follow the car again now."""
        self._set_follow(True)

    @Slot()
    def toggleHeadingUp(self) -> None:
        """Switch between heading-up and north-up."""
        self._set_heading_up(not self._heading_up)

    @Slot(float, float, result="QVariantList")
    def toScreen(self, lat: float, lon: float) -> list:
        """Item pixel [x, y] of a WGS84 point (for QML overlays)."""
        x, y = self._viewport().to_screen(lat, lon)
        return [x, y]

    @Slot(float, float, result="QVariantList")
    def toCoordinate(self, x: float, y: float) -> list:
        """WGS84 [lat, lon] under item pixel (x, y)."""
        lat, lon = self._viewport().from_screen(x, y)
        return [lat, lon]

    @Slot()
    def showRoute(self) -> None:
        """Stop following and fit the whole route (route overview)."""
        if self._route is None:
            return
        x0, y0, x1, y1 = self._route.bounds
        self._fit_world(x0, y0, x1, y1)

    @Slot()
    def showWholeMap(self) -> None:
        """Stop following and fit the loaded map."""
        if self._scene is not None:
            self._fit_world(*self._scene.bounds)

    def _fit_world(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self._set_follow(False)
        w, h = max(1.0, self.width() - 160), max(1.0, self.height() - 160)
        span = max((x1 - x0) / w, (y1 - y0) / h, 1e-12)
        zoom = min(MAX_ZOOM, max(MIN_ZOOM, math.log2(1.0 / (span * proj.TILE_SIZE))))
        self._set_bearing_internal(0.0 if not self._heading_up else self._bearing)
        self._apply_view(
            proj.Viewport(
                *proj.world_to_lat_lon((x0 + x1) / 2, (y0 + y1) / 2), zoom, self._bearing, self.width(), self.height()
            )
        )

    # =========================================================================================== view helpers
    def _viewport(self) -> proj.Viewport:
        return proj.Viewport(
            self._center[0], self._center[1], self._zoom, self._bearing, max(1.0, self.width()), max(1.0, self.height())
        )

    def _apply_view(self, v: proj.Viewport, clamp: bool = False) -> None:
        lat, lon = v.center_lat, v.center_lon
        if clamp and self._scene is not None:
            # keep some map on screen: the centre may leave the map's extent by half its size at most
            x0, y0, x1, y1 = self._scene.bounds
            mx, my = (x1 - x0) / 2 + 1e-6, (y1 - y0) / 2 + 1e-6
            wx, wy = proj.lat_lon_to_world(lat, lon)
            wx, wy = min(x1 + mx, max(x0 - mx, wx)), min(y1 + my, max(y0 - my, wy))
            lat, lon = proj.world_to_lat_lon(wx, wy)
        changed = False
        if (lat, lon) != self._center:
            self._center = (lat, lon)
            self._center_set = True
            self.centerChanged.emit()
            changed = True
        z = min(MAX_ZOOM, max(MIN_ZOOM, v.zoom))
        if z != self._zoom:
            self._zoom = z
            self.zoomChanged.emit()
            changed = True
        if changed:
            self._changed()

    def _recenter_on_car(self) -> None:
        if self._car is None:
            return
        v = self._viewport()
        cw = proj.lat_lon_to_world(*self._car)
        if self._heading_up:
            v = v.keeping(cw[0], cw[1], v.width / 2, v.height * HEADING_UP_CAR_Y)
        else:
            v = v.with_center_world(*cw)
        if (v.center_lat, v.center_lon) != self._center:
            self._center = (v.center_lat, v.center_lon)
            self.centerChanged.emit()

    def _changed(self) -> None:
        """Something visible changed: rebuild the frame before the next render."""
        self.polish()

    def geometryChange(self, new: QRectF, old: QRectF) -> None:
        super().geometryChange(new, old)
        if new.size() != old.size():
            if self._follow:
                self._recenter_on_car()
            self._changed()

    def itemChange(self, change: QQuickItem.ItemChange, value) -> None:
        super().itemChange(change, value)
        # a hidden item (a page not on screen) is not polished: rebuild the frame when it shows again
        if change in (QQuickItem.ItemChange.ItemVisibleHasChanged, QQuickItem.ItemChange.ItemSceneChange):
            self._changed()

    def componentComplete(self) -> None:
        super().componentComplete()
        self._changed()

    # =========================================================================================== frame building
    def updatePolish(self) -> None:  # GUI thread, once per frame
        t0 = time.perf_counter()
        try:
            self._frame = self._build_frame(t0)
        except Exception:  # a bug here must not take the HMI down: show the last frame and log
            log.exception("map frame failed")
        self.frame_prep_s = time.perf_counter() - t0
        self.update()

    def _style(self) -> MapStyle:
        return style_for(self._night)

    def _build_frame(self, t0: float) -> _Frame:
        w, h = self.width(), self.height()
        style = self._style()
        if self._scene is None or self._tiles is None:
            self._set_pending(0)
            title = _text("unavailable" if self._status == "error" else "no-map")
            detail = "" if self._message == title else tr(self._message)
            return _Frame(w, h, style, message=(tr(title), detail))
        v = self._viewport()
        scene = self._scene
        zt = int(min(MAX_ZOOM, max(MIN_ZOOM, math.floor(self._zoom + 0.5))))
        s = 2.0 ** (self._zoom - zt)
        k = proj.world_size_px(zt)
        cx, cy = v.center_world
        # tile pixels (at zt) → item pixels
        tt = QTransform()
        tt.translate(w / 2, h / 2)
        tt.rotate(-self._bearing)
        tt.scale(s, s)
        transformed = abs(s - 1) > 1e-9 or self._bearing % 360 != 0
        # bilinear resampling of rotated/scaled tiles costs 2-3x nearest-neighbour in the software rasteriser:
        # while the view moves (gestures, heading-up driving) frames use nearest; once it has been still for
        # SETTLE_MS the settle timer repaints smoothly
        view_key = (self._center, self._zoom, self._bearing, w, h)
        now = time.monotonic()
        if view_key != self._last_view_key:
            self._last_view_key = view_key
            self._moving_until = now + SETTLE_MS / 1000
            self._settle_timer.start()
        smooth = transformed and now >= self._moving_until
        ox, oy = -cx * k, -cy * k
        if not transformed:  # pixel-aligned 1:1 blits are the fast path: snap the offset
            ox, oy = round(ox + w / 2) - w / 2, round(oy + h / 2) - h / 2
        tt.translate(ox, oy)
        wt = QTransform()
        wt.translate(w / 2, h / 2)
        wt.rotate(-self._bearing)
        wt.scale(v.scale, v.scale)
        wt.translate(-cx, -cy)

        tiles: list[tuple[QImage, QRectF, QRectF]] = []
        naive = None
        pending = 0
        turned = self._turned_tiles(style, zt, s, v, w, h, now, t0) if self.use_tile_cache else None
        if turned is not None:
            tiles, tt = turned
            smooth = False
        elif self.use_tile_cache:
            x0, y0, x1, y1 = v.visible_world_bounds()
            needed = proj.tiles_covering(zt, x0, y0, x1, y1)
            ctx, cty = cx * 2**zt, cy * 2**zt
            needed.sort(key=lambda t: (t[0] + 0.5 - ctx) ** 2 + (t[1] + 0.5 - cty) ** 2)
            for tx, ty in needed:
                key = (style.name, zt, tx, ty)
                found, img = self._tiles.get(key)
                if not found and time.perf_counter() - t0 < FRAME_BUDGET_S:
                    img, found = self._tiles.render(style, zt, tx, ty), True
                if found:
                    if img is not None:
                        tiles.append((img, QRectF(tx * 256, ty * 256, 256, 256), QRectF(0, 0, 256, 256)))
                else:
                    pending += 1
                    tiles.extend(self._fallback_tiles(style, zt, tx, ty))
            if pending or self._turned_pending:
                self._more_timer.start()
            elif not self._prefetch_timer.isActive():
                self._prefetch_timer.start()
        if not self.use_tile_cache:
            ids = scene.edges_in(-1, -1, 2, 2, mr.class_mask(visible_classes(style, zt)))
            naive = (scene, self._zoom, ids)
        self._set_pending(pending)

        chargers = self._frame_chargers(style, wt, w, h) if self._chargers_visible else ()
        keep_clear = [(x, y, img.width() / 2 + 2) for img, x, y in chargers]  # icons are centred on (x, y)
        car = pin = None
        # street names stay clear of the car, the pin and the chargers (the things the driver looks for)
        if self._car is not None:
            px = wt.map(QPointF(*proj.lat_lon_to_world(*self._car)))
            deg = round(self._car_heading - self._bearing) % 360
            img = self._sprite(("car", style.name, deg), lambda: mr.car_image(style, deg))
            car = (img, round(px.x()) - img.width() // 2, round(px.y()) - img.height() // 2)
            keep_clear.append((px.x(), px.y(), 34.0))
        if self._highlight is not None:
            px = wt.map(QPointF(*proj.lat_lon_to_world(*self._highlight)))
            img = self._sprite(("pin", style.name), lambda: mr.pin_image(style))
            pin = (img, round(px.x()) - img.width() // 2, round(px.y()) - img.height() + mr.PIN_TIP_MARGIN)
            keep_clear.append((px.x(), px.y() - 25, 30.0))
        labels = self._frame_labels(style, zt, v, wt, t0, keep_clear)
        bar_px, bar_text = proj.scale_bar(v.meters_per_pixel, 130, self._imperial)
        driven, ahead = self._route_split
        return _Frame(
            w,
            h,
            style,
            tiles=tuple(tiles),
            tile_transform=tt,
            smooth=smooth,
            world_transform=wt,
            naive=naive,
            reachable=self._reachable,
            route_driven=driven,
            route_ahead=ahead,
            route_w=route_widths(self._zoom),
            labels=labels,
            chargers=chargers,
            pin=pin,
            car=car,
            scale_bar=(bar_px, self._text_image(bar_text, style, 15) if bar_text else None),
            attribution=self._text_image(scene.attribution, style, 13),
        )

    def _turned_tiles(
        self, style: MapStyle, zt: int, s: float, v: proj.Viewport, w: float, h: float, now: float, t0: float
    ) -> tuple[list[tuple[QImage, QRectF, QRectF]], QTransform] | None:
        """Tiles of the map turned by the current (whole-degree) bearing, when the view has kept that bearing
        and an integer zoom for TURN_STEADY_MS and they are all rendered; else None (north-up tiles are turned
        per frame instead). Missing ones are rendered with the frame's leftover budget."""
        self._turned_pending = False
        b = self._bearing
        if b == 0 or b != round(b) or abs(s - 1) > 1e-9:
            return None
        if (b, zt) != self._turn_key:
            self._turn_key, self._turn_since = (b, zt), now
            self._turn_timer.start()  # look again once steady
        if now - self._turn_since < TURN_STEADY_MS / 1000:
            return None
        assert self._tiles is not None
        bi = int(b) % 360
        to_turned = mr.turned_transform(zt, bi)
        c = to_turned.map(QPointF(*v.center_world))
        # the screen is an axis-aligned rectangle in turned tile space
        ox, oy = round(c.x() - w / 2), round(c.y() - h / 2)
        needed = [
            (tx, ty)
            for ty in range(math.floor(oy / 256), math.floor((oy + h) / 256) + 1)
            for tx in range(math.floor(ox / 256), math.floor((ox + w) / 256) + 1)
        ]
        out: list[tuple[QImage, QRectF, QRectF]] = []
        missing = rendered = 0
        for tx, ty in needed:
            found, img = self._tiles.get(mr.tile_key(style, zt, tx, ty, bi))
            # a small share of the frame: the north-up path still draws this frame while these fill in;
            # at least one tile per frame, so a slow (loaded) machine still gets there
            if not found and (rendered == 0 or time.perf_counter() - t0 < TURN_BUDGET_S):
                img, found = self._tiles.render(style, zt, tx, ty, bi), True
                rendered += 1
            if not found:
                missing += 1
            elif img is not None:
                out.append((img, QRectF(tx * 256, ty * 256, 256, 256), QRectF(0, 0, 256, 256)))
        if missing:
            self._turned_pending = True
            return None
        return out, QTransform.fromTranslate(-ox, -oy)

    def _fallback_tiles(self, style: MapStyle, z: int, tx: int, ty: int) -> list[tuple[QImage, QRectF, QRectF]]:
        """A missing tile drawn from a cached parent (upscaled quadrant) or its four children (downscaled)."""
        assert self._tiles is not None
        for d in (1, 2, 3):
            found, img = self._tiles.get((style.name, z - d, tx >> d, ty >> d))
            if found:
                if img is None:
                    return []
                part = 256 / 2**d
                src = QRectF((tx % 2**d) * part, (ty % 2**d) * part, part, part)
                return [(img, QRectF(tx * 256, ty * 256, 256, 256), src)]
        out = []
        for dx in (0, 1):
            for dy in (0, 1):
                found, img = self._tiles.get((style.name, z + 1, tx * 2 + dx, ty * 2 + dy))
                if found and img is not None:
                    out.append(
                        (img, QRectF(tx * 256 + dx * 128, ty * 256 + dy * 128, 128, 128), QRectF(0, 0, 256, 256))
                    )
        return out

    def _prefetch(self) -> None:
        """Idle time: render the ring of tiles around the view so the next pan finds them cached."""
        if self._tiles is None or not self.use_tile_cache:
            return
        style = self._style()
        zt = int(min(MAX_ZOOM, max(MIN_ZOOM, math.floor(self._zoom + 0.5))))
        x0, y0, x1, y1 = self._viewport().visible_world_bounds(margin_px=256 * 2.0 ** (self._zoom - zt))
        t0 = time.perf_counter()
        for tx, ty in proj.tiles_covering(zt, x0, y0, x1, y1):
            if (style.name, zt, tx, ty) not in self._tiles:
                if time.perf_counter() - t0 > FRAME_BUDGET_S:
                    self._prefetch_timer.start()
                    return
                self._tiles.render(style, zt, tx, ty)

    def _set_pending(self, n: int) -> None:
        if n != self._tiles_pending:
            self._tiles_pending = n
            self.tilesPendingChanged.emit()

    def _frame_labels(
        self,
        style: MapStyle,
        z: int,
        v: proj.Viewport,
        wt: QTransform,
        t0: float,
        keep_clear: Sequence[tuple[float, float, float]] = (),
    ) -> tuple[tuple[QImage, int, int], ...]:
        layer = self._labels
        if layer is None:
            return ()
        bw = mr.LABEL_BLOCK / proj.world_size_px(z)
        x0, y0, x1, y1 = v.visible_world_bounds(margin_px=60)
        out = []
        w, h = v.width, v.height
        missing = False
        for by in range(int(y0 // bw), int(y1 // bw) + 1):
            for bx in range(int(x0 // bw), int(x1 // bw) + 1):
                if not layer.has_block(style, z, bx, by) and time.perf_counter() - t0 > 2 * FRAME_BUDGET_S:
                    missing = True
                    continue
                for lab in layer.block(style, z, bx, by):
                    p = wt.map(QPointF(lab.wx, lab.wy))
                    if not (-lab.w < p.x() < w + lab.w and -lab.w < p.y() < h + lab.w):
                        continue
                    if any(_label_hits(lab, p.x(), p.y(), self._bearing, cx, cy, r) for cx, cy, r in keep_clear):
                        continue
                    deg = (math.degrees(lab.angle) - self._bearing) % 360
                    if 90 < deg <= 270:  # keep text upright
                        deg -= 180
                    # pre-rotated to the whole degree: a frame then only copies images (no per-frame resampling)
                    img = self._label_image(lab, style, round(deg) % 360, layer.font)
                    out.append((img, round(p.x() - img.width() / 2), round(p.y() - img.height() / 2)))
        if missing:
            self._more_timer.start()
        return tuple(out)

    def _label_image(self, lab: mr.Label, style: MapStyle, deg: int, font: QFont) -> QImage:
        key = (lab.text, lab.major, style.name, deg)
        img = self._label_images.get(key)
        if img is None:
            if len(self._label_images) > 4000:  # bounded: a few kB each
                self._label_images.clear()
            flat = self._label_images.get((lab.text, lab.major, style.name, 0))
            if flat is None:
                flat = mr.label_image(lab.text, lab.major, style, font)
                self._label_images[(lab.text, lab.major, style.name, 0)] = flat
            img = (
                flat
                if deg == 0
                else flat.transformed(QTransform().rotate(deg), Qt.TransformationMode.SmoothTransformation)
            )
            self._label_images[key] = img
        return img

    def _sprite(self, key: tuple, make: Callable[[], QImage]) -> QImage:
        """A cached overlay image (car arrow per degree, pin per style)."""
        img = self._sprites.get(key)
        if img is None:
            if len(self._sprites) > 1000:
                self._sprites.clear()
            img = make()
            self._sprites[key] = img
        return img

    def _frame_chargers(
        self, style: MapStyle, wt: QTransform, w: float, h: float
    ) -> tuple[tuple[QImage, float, float], ...]:
        scene = self._scene
        if scene is None or self._zoom < 11:
            return ()
        out = []
        small = self._zoom < 13.5
        for ch, (x, y) in zip(scene.chargers, scene.charger_world, strict=True):
            p = wt.map(QPointF(x, y))
            if -30 < p.x() < w + 30 and -30 < p.y() < h + 30:
                fast = ch["power_kw"] >= 50
                key = (style.name, ch["estimated"], fast, small)
                icon = self._charger_icons.get(key)
                if icon is None:
                    icon = mr.charger_icon(style, ch["estimated"], fast, small)
                    self._charger_icons[key] = icon
                out.append((icon, p.x(), p.y()))
                if len(out) >= 400:
                    break
        return tuple(out)

    def _text_image(self, text: str, style: MapStyle, px: int) -> QImage:
        key = (text, style.name, px)
        img = self._text_images.get(key)
        if img is None:
            font = QFont(FONT)
            font.setPixelSize(px)
            img = mr.label_image(text, False, style, font)
            if len(self._text_images) > 200:
                self._text_images.clear()
            self._text_images[key] = img
        return img

    # =========================================================================================== painting
    def paint(self, p: QPainter) -> None:
        """Draw the published frame (render thread with the threaded loop: touches only the frame)."""
        t0 = time.perf_counter()
        try:
            self._paint_frame(p, self._frame)
        finally:
            self.paint_s = time.perf_counter() - t0

    def _paint_frame(self, p: QPainter, f: _Frame | None) -> None:
        w, h = self.width(), self.height()
        if f is None:
            p.fillRect(QRectF(0, 0, w, h), mr.qcolor(style_for(False).background))
            return
        style = f.style
        p.fillRect(QRectF(0, 0, f.width, f.height), mr.qcolor(style.background))
        if f.message is not None:
            self._paint_message(p, f)
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
            mr.draw_roads(p, scene, style, zoom, ids)
            p.restore()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if wt is not None and (f.reachable or f.route_ahead is not None or f.route_driven is not None):
            p.save()
            p.setTransform(wt, True)
            if f.reachable:
                pen = QPen(mr.qcolor(style.reachable_outline), 2.5)
                pen.setCosmetic(True)
                p.setPen(pen)
                p.setBrush(mr.qcolor(style.reachable_fill))
                for poly in f.reachable:
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
        for img, x, y in f.chargers:
            p.drawImage(round(x - img.width() / 2), round(y - img.height() / 2), img)
        if f.car is not None:
            p.drawImage(f.car[1], f.car[2], f.car[0])
        self._paint_scale_and_attribution(p, f)

    def _paint_scale_and_attribution(self, p: QPainter, f: _Frame) -> None:
        style = f.style
        margin = 12
        if f.attribution is not None:
            a = f.attribution
            r = QRectF(f.width - a.width() - margin, f.height - a.height() - margin + 4, a.width(), a.height())
            p.fillRect(r.adjusted(-4, -1, 4, 1), mr.qcolor(style.plate))
            p.drawImage(r.topLeft(), a)
        bar_px, label = f.scale_bar
        if bar_px > 0:
            x0, y = margin + 4, f.height - margin - 4
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

    def _paint_message(self, p: QPainter, f: _Frame) -> None:
        assert f.message is not None
        title, detail = f.message
        font = QFont(FONT)
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

    # =========================================================================================== interaction
    def _set_interacting(self, on: bool) -> None:
        if on != self._interacting:
            self._interacting = on
            self.interactingChanged.emit()

    def _begin_pan(self) -> None:
        """A hand pan starts: follow mode pauses (and resumes later by itself)."""
        self._resume_timer.stop()
        self._zoom_anim.stop()
        self._set_interacting(True)
        if self._follow:
            self._auto_resume = True
            self._set_follow_internal(False)

    def _end_interaction(self) -> None:
        self._set_interacting(False)
        if self._auto_resume and self._follow_resume_ms > 0:
            self._resume_timer.start(self._follow_resume_ms)

    def _resume_follow(self) -> None:
        if self._auto_resume and not self._interacting:
            self._auto_resume = False
            self._set_follow_internal(True)

    def _press_at(self, x: float, y: float) -> None:
        wx, wy = self._viewport().screen_to_world(x, y)
        self._press = (x, y, wx, wy)
        self._dragging = False
        self._resume_timer.stop()

    def _move_to(self, x: float, y: float) -> None:
        if self._press is None:
            return
        px, py, wx, wy = self._press
        if not self._dragging:
            if math.hypot(x - px, y - py) < DRAG_THRESHOLD_PX:
                return
            self._dragging = True
            self._tap_timer.stop()
            self.setKeepMouseGrab(True)
            self.setKeepTouchGrab(True)
            self._begin_pan()
        self._apply_view(self._viewport().keeping(wx, wy, x, y), clamp=True)

    def _release_at(self, x: float, y: float) -> None:
        if self._press is None:
            return
        dragging = self._dragging
        self._press = None
        self._dragging = False
        self.setKeepMouseGrab(False)
        self.setKeepTouchGrab(False)
        if dragging:
            self._end_interaction()
        else:
            self._tap(x, y)
            if self._auto_resume and not self._follow:
                self._end_interaction()

    def _tap(self, x: float, y: float) -> None:
        now = time.monotonic()
        last = self._last_tap
        if (
            last is not None
            and (now - last[0]) * 1000 < DOUBLE_TAP_MS
            and math.hypot(x - last[1], y - last[2]) < DOUBLE_TAP_PX
        ):
            self._last_tap = None
            self._tap_timer.stop()
            self._animate_zoom(self._zoom_target() + 1, *((x, y) if not self._follow else self._zoom_pivot()))
            return
        self._last_tap = (now, x, y)
        self._tap_timer.start()

    def _emit_single_tap(self) -> None:
        if self._last_tap is None:
            return
        _, x, y = self._last_tap
        self._last_tap = None
        cid = self.charger_at(x, y)
        if cid is not None:
            self.chargerTapped.emit(cid)
            return
        lat, lon = self._viewport().from_screen(x, y)
        self.tapped.emit(lat, lon)

    def charger_at(self, x: float, y: float) -> str | None:
        """Id of the charger icon under item pixel (x, y), if any (and chargers are shown)."""
        if self._scene is None or not self._chargers_visible or self._zoom < 11:
            return None
        v = self._viewport()
        best, best_d = None, CHARGER_HIT_PX
        for ch, (wx, wy) in zip(self._scene.chargers, self._scene.charger_world, strict=True):
            sx, sy = v.world_to_screen(wx, wy)
            d = math.hypot(sx - x, sy - y)
            if d < best_d:
                best, best_d = ch["id"], d
        return best

    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        pos = event.position()
        self._zoom_anim.stop()
        self._press_at(pos.x(), pos.y())
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        self._move_to(pos.x(), pos.y())
        event.accept()

    def mouseReleaseEvent(self, event) -> None:
        pos = event.position()
        self._release_at(pos.x(), pos.y())
        event.accept()

    def mouseDoubleClickEvent(self, event) -> None:
        event.accept()  # double taps are recognised from press/release timing (same for touch)

    def mouseUngrabEvent(self) -> None:
        if self._press is not None and self._dragging:
            self._end_interaction()
        self._press = None
        self._dragging = False

    def wheelEvent(self, event) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps == 0:
            event.ignore()
            return
        pos = event.position()
        px, py = (pos.x(), pos.y()) if not self._follow else self._zoom_pivot()
        self._zoom_anim.stop()
        self._apply_view(self._viewport().zoomed_about(px, py, min(MAX_ZOOM, max(MIN_ZOOM, self._zoom + steps / 2))))
        if self._follow:
            self._recenter_on_car()
        event.accept()

    def touchEvent(self, event) -> None:
        points = [pt for pt in event.points() if pt.state() != pt.State.Released]
        etype = event.type()
        if etype == event.Type.TouchCancel:
            self.touchUngrabEvent()
            event.accept()
            return
        if len(points) >= 2:
            a, b = points[0].position(), points[1].position()
            mid = ((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)
            dist = max(1.0, math.hypot(a.x() - b.x(), a.y() - b.y()))
            if self._pinch is None:
                self._tap_timer.stop()
                self._last_tap = None
                self._press = None
                self._dragging = False
                self._zoom_anim.stop()
                self._set_interacting(True)
                self._resume_timer.stop()
                wx, wy = self._viewport().screen_to_world(*mid)
                self._pinch = (dist, self._zoom, wx, wy)
                self.setKeepTouchGrab(True)
            else:
                d0, z0, wx, wy = self._pinch
                z = min(MAX_ZOOM, max(MIN_ZOOM, z0 + math.log2(dist / d0)))
                if self._follow:  # zooming keeps following: scale about the car
                    self._apply_view(self._viewport().zoomed_about(*self._zoom_pivot(), z))
                    self._recenter_on_car()
                else:
                    v = self._viewport()
                    v = proj.Viewport(v.center_lat, v.center_lon, z, v.bearing, v.width, v.height)
                    self._apply_view(v.keeping(wx, wy, *mid), clamp=True)
            event.accept()
            return
        if self._pinch is not None:
            if not points:  # all fingers up after a pinch
                self._pinch = None
                self.setKeepTouchGrab(False)
                self._end_interaction()
            event.accept()
            return
        if etype == event.Type.TouchBegin and points:
            pos = points[0].position()
            self._zoom_anim.stop()
            self._press_at(pos.x(), pos.y())
        elif points:
            pos = points[0].position()
            self._move_to(pos.x(), pos.y())
        else:
            released = [pt for pt in event.points() if pt.state() == pt.State.Released]
            pos = released[0].position() if released else QPointF(0, 0)
            self._release_at(pos.x(), pos.y())
        event.accept()

    def touchUngrabEvent(self) -> None:
        if self._pinch is not None or self._dragging:
            self._end_interaction()
        self._pinch = None
        self._press = None
        self._dragging = False

    # ------------------------------------------------------------------ zoom animation
    def _zoom_pivot(self) -> tuple[float, float]:
        """Screen point zooming keeps fixed: the car while following, else the centre."""
        if self._follow and self._car is not None:
            return self._viewport().to_screen(*self._car)
        return self.width() / 2, self.height() / 2

    def _zoom_target(self) -> float:
        """Where zoom is heading: a second button press during the animation adds to its end value."""
        if self._zoom_anim.state() == QVariantAnimation.State.Running:
            return float(self._zoom_anim.endValue())
        return self._zoom

    def _animate_zoom(self, target: float, px: float, py: float) -> None:
        target = min(MAX_ZOOM, max(MIN_ZOOM, target))
        self._zoom_anim.stop()
        self._zoom_anim_pivot = (px, py, self._viewport())
        self._zoom_anim.setStartValue(float(self._zoom))
        self._zoom_anim.setEndValue(float(target))
        self._zoom_anim.start()

    def _on_zoom_anim(self, value: Any) -> None:
        if self._zoom_anim_pivot is None:
            return
        px, py, v0 = self._zoom_anim_pivot
        self._apply_view(v0.zoomed_about(px, py, float(value)))
        if self._follow:
            self._recenter_on_car()


_registered = False


def release_all(root: QQuickItem) -> None:
    """Drop the map data of every MapView under ``root`` (call before deleting the QML tree).

    PySide may keep a QML-created Python item alive after its C++ side is gone; releasing the
    scene frees the memory-mapped road graph (one file descriptor per array) right away.
    """
    stack = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, MapView):
            item._scene = item._tiles = item._labels = None
            item._frame = None
        stack.extend(item.childItems())


def register_qml_types() -> None:
    """Register ``MapView`` as ``import Hmi.Map 1.0`` (idempotent; call before loading QML)."""
    global _registered
    if not _registered:
        qmlRegisterType(MapView, QML_MODULE, 1, 0, "MapView")
        _registered = True
