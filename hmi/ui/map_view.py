"""``MapView`` — the road map as a QML item (``import Hmi.Map 1.0``): the small QML-facing facade over the map's
pieces in :mod:`hmi.ui.map` (camera, gestures, tiles, labels, markers, heading, painter).

The item is a :class:`QQuickPaintedItem`. Its properties take what the page knows — the map folder, the car
(position, heading, speed and whether each is fresh), the route and guidance progress, the reachable area,
the destination pin, and ``panels``: the items the page draws over the map. The camera keeps the car and
the next maneuver in the part of the map no panel covers, at every size; the scale bar and the attribution
go there too.

Threading: all state changes, tile rendering and label placement happen on the GUI thread, in
:meth:`MapView.updatePolish` (once per frame before the scene graph syncs), which composes an immutable
:class:`~hmi.ui.map.painter.Frame` and publishes it with one attribute assignment. :meth:`MapView.paint` —
which the threaded render loop calls on the render thread — reads only that frame.

Interaction: mouse drag / one-finger pan, wheel / pinch zoom, double tap zooms in, a single tap emits
``tapped(lat, lon)`` or ``chargerTapped(id)`` (a tap on a cluster of chargers zooms in on it). Panning by hand
turns ``follow`` off; it turns back on after ``followResumeMs`` without interaction.

Register the type with :func:`register_qml_types` before loading QML.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QPainter, QPolygonF
from PySide6.QtQml import qmlRegisterType
from PySide6.QtQuick import QQuickItem, QQuickPaintedItem

from hmi.i18n import QT_TRANSLATE_NOOP, Text
from hmi.lazy import np
from hmi.nav import projection as proj
from hmi.nav.graph import ATTRIBUTION, MapFormatError
from hmi.ui import map_render as mr
from hmi.ui.map import inputs
from hmi.ui.map import markers as mk
from hmi.ui.map.camera import MAX_ZOOM, MIN_ZOOM, Camera, clamp_zoom
from hmi.ui.map.car import Car
from hmi.ui.map.interaction import Interaction, single_shot_timer
from hmi.ui.map.layout import Rect, free_area
from hmi.ui.map.painter import Composer, Frame, Overlays, paint
from hmi.ui.map.route_line import RouteLine
from hmi.ui.map_style import MIN_LABEL_PX, label_px, style_for
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
CHARGER_HIT_PX = 30.0


class MapView(QQuickPaintedItem):
    """The map item. See the module docstring; each property is documented where it is declared."""

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
    displayHeadingChanged = Signal()
    routeChanged = Signal()
    guidanceChanged = Signal()
    chargersVisibleChanged = Signal()
    reachablePolygonChanged = Signal()
    highlightChanged = Signal()
    imperialChanged = Signal()
    tilesPendingChanged = Signal()
    interactingChanged = Signal()
    panelsChanged = Signal()
    freeAreaChanged = Signal()
    labelPixelSizeChanged = Signal()
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
        self._message: str | Text = _text("no-map")
        self._scene: mr.MapScene | None = None
        self._composer: Composer | None = None
        self._night = False
        self._cam = Camera()
        self._center_set = False
        self._tiles_pending = 0
        self._car = Car()
        self._route_raw: list[list[float]] = []
        self._route_progress = 0.0
        self._maneuver_m = math.nan
        self._reachable_raw: list[Any] = []
        self._reachable_fit_pending = False
        self._hl: tuple[float | None, float | None] = (None, None)
        self._ov = Overlays()
        self._label_px = MIN_LABEL_PX
        self._panels: list[QQuickItem] = []
        self._free_key: tuple = ()
        self._free = Rect(0.0, 0.0, 1.0, 1.0)
        self._input = Interaction(self, self)
        self._input.interactingChanged.connect(self.interactingChanged)
        self._input.tapped.connect(self.tapped)
        self._input.chargerTapped.connect(self.chargerTapped)

        self._frame: Frame | None = None
        self.frame_prep_s = 0.0  # last updatePolish duration (bench/diagnostics)
        self.frame_prep_cpu_s = 0.0  # its CPU time on the GUI thread
        self.paint_s = 0.0  # last paint() duration (bench/diagnostics)

        self._more_timer = single_shot_timer(self, self.polish, 0)  # continues work in the next event-loop turns
        self._anim_timer = single_shot_timer(self, self._changed, 16)  # the car arrow still turning
        self._recheck_timer = single_shot_timer(self, self.polish)  # settling to smooth tiles / turned tiles
        self._prefetch_timer = single_shot_timer(self, self._prefetch, 30)

    # =========================================================================================== properties
    # ------------------------------------------------------------------ map data
    def _set_map_dir(self, value: str) -> None:
        value = "" if value is None else str(value)
        if value == self._map_dir and self._status != "empty":
            return
        self._map_dir = value
        self._load(value)
        self.mapDirChanged.emit()

    #: Directory of a built map (``hmi mapbuild`` output). Empty, missing or corrupt → ``status`` "empty" or
    #: "error" with a readable ``message`` drawn in the item.
    mapDir = Property(str, lambda self: self._map_dir, _set_map_dir, notify=mapDirChanged)
    #: "empty" (no mapDir), "ready" or "error".
    status = Property(str, lambda self: self._status, notify=statusChanged)
    #: Why there is no map ("" when ready).
    message = Property(str, lambda self: tr(self._message), notify=statusChanged)
    #: The data attribution drawn in the corner.
    attribution = Property(
        str, lambda self: self._scene.attribution if self._scene else ATTRIBUTION, notify=statusChanged
    )
    #: Number of charging stations loaded with the map.
    chargerCount = Property(int, lambda self: len(self._scene.chargers) if self._scene else 0, notify=statusChanged)

    @Slot()
    def retranslate(self) -> None:
        """Redraw texts painted on the map (the no-map message) in the current language."""
        self.statusChanged.emit()
        self._changed()

    def _load(self, path: str) -> None:
        self._scene = self._composer = None
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
                self._composer = Composer(scene)
                self._composer.use_tile_cache = self.use_tile_cache
                log.info(
                    "map %s ready in %.0f ms (%d drawn edges, %d chargers)",
                    path,
                    (time.perf_counter() - t0) * 1000,
                    scene.num_drawn,
                    len(scene.chargers),
                )
                if not self._center_set and not (self._cam.follow and self._cam.car):
                    self._cam.center_lat, self._cam.center_lon = scene.center_lat_lon
                    self.centerChanged.emit()
                self._set_status("ready", "")
        self._changed()

    def _set_status(self, status: str, message: str | Text) -> None:
        if (status, message) != (self._status, self._message):
            self._status, self._message = status, message
            self.statusChanged.emit()

    # ------------------------------------------------------------------ view
    def _set_night(self, value: bool) -> None:
        if bool(value) != self._night:
            self._night = bool(value)
            self.nightChanged.emit()
            self._changed()

    #: Night style (dark, low glare).
    night = Property(bool, lambda self: self._night, _set_night, notify=nightChanged)

    def _set_center(self, index: int, value: Any) -> None:
        v = inputs.finite(value)
        limit = (85, 180)[index]
        if v is None or not -limit <= v <= limit:
            log.warning("%s %r rejected", ("centerLat", "centerLon")[index], value)
            return
        self._center_set = True
        with self._view_change():
            if index == 0:
                self._cam.center_lat = v
            else:
                self._cam.center_lon = v

    #: Latitude / longitude at the centre of the item.
    centerLat = Property(
        float, lambda self: self._cam.center_lat, lambda self, v: self._set_center(0, v), notify=centerChanged
    )
    centerLon = Property(
        float, lambda self: self._cam.center_lon, lambda self, v: self._set_center(1, v), notify=centerChanged
    )

    def _set_zoom(self, value: float) -> None:
        z = inputs.finite(value)
        if z is None:
            log.warning("zoom %r rejected", value)
            return
        with self._view_change():
            self._cam.zoom = self._cam.user_zoom = clamp_zoom(z)
            self._cam.fit_suspended = self._cam.maneuver is not None  # the driver's choice holds
            self._cam.follow_car()

    #: Web-Mercator zoom, 10 (region) … 19 (street); fractional values scale the nearest tile level. While
    #: following with a route, the map may show less detail to keep the next maneuver in view.
    zoom = Property(float, lambda self: self._cam.zoom, _set_zoom, notify=zoomChanged)
    minZoom = Property(float, lambda self: MIN_ZOOM, constant=True)
    maxZoom = Property(float, lambda self: MAX_ZOOM, constant=True)

    def _set_bearing(self, value: float) -> None:
        b = inputs.finite(value)
        if b is None:
            log.warning("bearing %r rejected", value)
            return
        with self._view_change():
            self._cam.bearing = b % 360.0
            self._cam.follow_car()

    #: Map rotation: the compass direction pointing up on screen (degrees clockwise from north). Heading-up
    #: mode drives it from the car's (smoothed) direction.
    bearing = Property(float, lambda self: self._cam.bearing, _set_bearing, notify=bearingChanged)

    def _set_heading_up(self, value: bool) -> None:
        if bool(value) == self._cam.heading_up:
            return
        with self._view_change():
            self._cam.heading_up = bool(value)
            # heading-up turns the map in whole degrees: a steady heading then reuses turned tiles (1:1 blits)
            h = self._car.arrow.heading
            self._cam.bearing = (round(h) % 360 if h is not None else 0.0) if self._cam.heading_up else 0.0
            self._cam.follow_car()
        self.headingUpChanged.emit()

    #: Heading-up (True: the map turns so the car's direction points up) or north-up (False, bearing 0).
    headingUp = Property(bool, lambda self: self._cam.heading_up, _set_heading_up, notify=headingUpChanged)

    def _set_follow(self, value: bool) -> None:
        self._input.explicit_follow()  # an explicit choice: no automatic resume
        self.set_follow_internal(bool(value))

    def set_follow_internal(self, value: bool) -> None:
        """Follow mode on or off (the input pauses and resumes it around hand pans)."""
        if value == self._cam.follow:
            return
        with self._view_change():
            self._cam.follow = value
            if value:
                self._cam.fit_suspended = False
                self._cam.follow_car()

    #: Keep the car in view (in the area no panel covers; low in it heading-up). Panning by hand turns it off;
    #: it turns back on after ``followResumeMs`` without interaction.
    follow = Property(bool, lambda self: self._cam.follow, _set_follow, notify=followChanged)

    def _set_follow_resume_ms(self, value: int) -> None:
        v = inputs.finite(value)
        if v is None or v < 0:
            log.warning("followResumeMs %r rejected", value)
            return
        v = int(min(v, 3_600_000))
        if v != self._input.follow_resume_ms:
            self._input.follow_resume_ms = v
            self.followResumeMsChanged.emit()

    #: Milliseconds without interaction after which a hand-interrupted follow mode resumes (0 = never).
    followResumeMs = Property(
        int, lambda self: self._input.follow_resume_ms, _set_follow_resume_ms, notify=followResumeMsChanged
    )
    #: True while a finger or the mouse is moving the map.
    interacting = Property(bool, lambda self: self._input.interacting, notify=interactingChanged)

    # ------------------------------------------------------------------ panels over the map
    def _set_panels(self, value: Any) -> None:
        items = [v for v in (value if isinstance(value, list | tuple) else []) if isinstance(v, QQuickItem)]
        for old in self._panels:
            self._watch(old, False)
        self._panels = items
        for item in items:
            self._watch(item, True)
        self.panelsChanged.emit()
        self._changed()

    def _watch(self, item: QQuickItem, on: bool) -> None:
        for sig in (item.visibleChanged, item.xChanged, item.yChanged, item.widthChanged, item.heightChanged):
            try:
                sig.connect(self._changed) if on else sig.disconnect(self._changed)
            except (RuntimeError, TypeError):  # an item already destroyed, or never connected
                pass

    #: The items the page draws over the map (cards, buttons, bars): the camera keeps the car and the next
    #: maneuver, the scale bar and the attribution out from under the visible ones.
    panels = Property("QVariantList", lambda self: list(self._panels), _set_panels, notify=panelsChanged)

    def _covered(self) -> list[Rect]:
        out = []
        for item in self._panels:
            try:
                if not item.isVisible() or item.opacity() == 0 or item.width() <= 0 or item.height() <= 0:
                    continue
                r = item.mapRectToItem(self, QRectF(0, 0, item.width(), item.height()))
            except RuntimeError:  # deleted by QML
                continue
            out.append(Rect(r.x(), r.y(), r.width(), r.height()))
        return out

    def _get_free_area(self) -> QRectF:
        f = self._cam.free_rect()
        return QRectF(f.x, f.y, f.w, f.h)

    #: The largest part of the map no visible panel covers (item pixels).
    freeArea = Property(QRectF, _get_free_area, notify=freeAreaChanged)

    def _set_label_px(self, value: float) -> None:
        v = inputs.finite(value)
        if v is None:
            log.warning("labelPixelSize %r rejected", value)
            return
        px = label_px(v)
        if px != self._label_px:
            self._label_px = px
            self.labelPixelSizeChanged.emit()
            self._changed()

    #: Street-name size in pixels (at least 20; the page passes its font size for the screen and text setting).
    labelPixelSize = Property(int, lambda self: self._label_px, _set_label_px, notify=labelPixelSizeChanged)

    # ------------------------------------------------------------------ car
    def _set_car(self, name: str, value: Any) -> None:
        v = value if isinstance(value, bool) else inputs.finite(value)  # NaN, undefined: unknown
        changed = self._car.set(name, v)
        if v is not None and getattr(self._car, name) is None:
            log.warning("car %s %r out of range: unknown", name, value)
        if not changed:
            return
        world = self._car.world()
        if world != self._cam.car:
            with self._view_change():
                self._cam.car = world
                self._cam.follow_car()
        self._changed()
        self.carChanged.emit()

    def _get_car(self, name: str) -> float:
        v = getattr(self._car, name)
        return math.nan if v is None else v

    #: Car position (NaN = unknown: no marker). ``carStale``: the position is only "last known" (grey marker).
    carLat = Property(
        float, lambda self: self._get_car("lat"), lambda self, v: self._set_car("lat", v), notify=carChanged
    )
    carLon = Property(
        float, lambda self: self._get_car("lon"), lambda self, v: self._set_car("lon", v), notify=carChanged
    )
    carStale = Property(
        bool, lambda self: self._car.stale, lambda self, v: self._set_car("stale", bool(v)), notify=carChanged
    )
    #: The car's reported heading (degrees from north; NaN = unknown) and speed (km/h), each with its
    #: staleness: a stale value is never used to point the arrow.
    carHeading = Property(
        float, lambda self: self._get_car("heading"), lambda self, v: self._set_car("heading", v), notify=carChanged
    )
    carHeadingStale = Property(
        bool, lambda self: self._car.heading_stale, lambda self, v: self._set_car("heading_stale", bool(v)),
        notify=carChanged,
    )  # fmt: skip
    carSpeed = Property(
        float, lambda self: self._get_car("speed"), lambda self, v: self._set_car("speed", v), notify=carChanged
    )
    carSpeedStale = Property(
        bool, lambda self: self._car.speed_stale, lambda self, v: self._set_car("speed_stale", bool(v)),
        notify=carChanged,
    )  # fmt: skip
    #: The direction the car arrow shows (degrees, NaN until known): from the route while on it, else from the
    #: car's heading or course while moving, smoothed.
    displayHeading = Property(
        float, lambda self: math.nan if self._car.arrow.heading is None else self._car.arrow.heading,
        notify=displayHeadingChanged,
    )  # fmt: skip

    @Slot(result=QRectF)
    def carMarkerRect(self) -> QRectF:
        """The car marker's rectangle in item pixels as last drawn (empty when there is none)."""
        r = self._frame.car_rect if self._frame is not None else None
        return QRectF(r.x, r.y, r.w, r.h) if r is not None else QRectF()

    def _update_heading(self, now: float) -> None:
        """The arrow's direction for this frame; heading-up turns the map with it (in whole degrees)."""
        if self._car.update(now, self._ov.route, self._route_progress):
            self.displayHeadingChanged.emit()
            h = self._car.arrow.heading
            if self._cam.heading_up and h is not None:
                with self._view_change():
                    self._cam.bearing = float(round(h) % 360)
                    self._cam.follow_car()
        if not self._car.arrow.settled:
            self._anim_timer.start()

    # ------------------------------------------------------------------ route and guidance
    def _set_route(self, value: Any) -> None:
        points = inputs.lat_lon_list(value, "route")
        self._route_raw = [list(p) for p in points]
        self._ov.route = RouteLine(points) if len(points) >= 2 else None
        self._car.route_changed()
        self._update_maneuver()
        self.routeChanged.emit()
        self._changed()

    #: Route as a list of [lat, lon] pairs, drawn as a thick line with casing ([] = none).
    route = Property("QVariantList", lambda self: self._route_raw, _set_route, notify=routeChanged)

    def _set_progress(self, value: Any) -> None:
        v = inputs.finite(value)
        if v is None:
            log.warning("routeProgressM %r rejected", value)
            return
        self._set_guidance("_route_progress", max(0.0, v))

    def _set_maneuver_distance(self, value: Any) -> None:
        v = inputs.finite(value)
        self._set_guidance("_maneuver_m", math.nan if v is None or v < 0 else v)

    def _set_guidance(self, attr: str, v: float) -> None:
        old = getattr(self, attr)
        if v == old or (math.isnan(v) and math.isnan(old)):
            return
        setattr(self, attr, v)
        self._ov.progress_m = self._route_progress
        self._car.route_changed()
        self._update_maneuver()
        self.guidanceChanged.emit()
        self._changed()

    #: Metres of the route already driven (drawn grey).
    routeProgressM = Property(float, lambda self: self._route_progress, _set_progress, notify=guidanceChanged)
    #: Metres from the car to the next maneuver along the route (NaN or negative: none); the camera keeps that
    #: point in view while following.
    maneuverDistanceM = Property(float, lambda self: self._maneuver_m, _set_maneuver_distance, notify=guidanceChanged)

    def _update_maneuver(self) -> None:
        route = self._ov.route
        with self._view_change():
            if route is None or math.isnan(self._maneuver_m):
                self._cam.set_maneuver(None, None)
            else:
                along = min(route.length_m, self._route_progress + self._maneuver_m)
                self._cam.set_maneuver(route.world_at(along), along)

    # ------------------------------------------------------------------ overlays
    def _set_chargers_visible(self, value: bool) -> None:
        if bool(value) != self._ov.chargers_visible:
            self._ov.chargers_visible = bool(value)
            self.chargersVisibleChanged.emit()
            self._changed()

    #: Draw the map's charging stations (estimated data drawn hollow with a dashed ring).
    chargersVisible = Property(
        bool, lambda self: self._ov.chargers_visible, _set_chargers_visible, notify=chargersVisibleChanged
    )

    def _set_reachable(self, value: Any) -> None:
        rings = inputs.rings(value, "reachablePolygon")
        was_empty = not self._ov.reachable
        polys = []
        for pts in rings:
            wx, wy = proj.lat_lon_to_world_array(np.array([p[0] for p in pts]), np.array([p[1] for p in pts]))
            polys.append(QPolygonF([QPointF(x, y) for x, y in zip(wx.tolist(), wy.tolist(), strict=True)]))
        self._ov.reachable = tuple(polys)
        raw = [[list(p) for p in ring] for ring in rings]
        self._reachable_raw = raw[0] if len(raw) == 1 and not inputs.is_ring_list(value) else raw
        if was_empty and polys:
            self._reachable_fit_pending = True  # show the whole area once it first appears (after layout)
        self.reachablePolygonChanged.emit()
        self._changed()

    #: Reachable-range area: a list of [lat, lon] (or a list of such rings; the first is the range, later ones
    #: e.g. the reserve are outlined). The map outside it is dimmed, still visible. When it first appears the
    #: view fits it.
    reachablePolygon = Property(
        "QVariantList", lambda self: self._reachable_raw, _set_reachable, notify=reachablePolygonChanged
    )

    def _set_highlight(self, index: int, value: float) -> None:
        hl = list(self._hl)
        hl[index] = inputs.finite(value)
        self._hl = (hl[0], hl[1])
        p = inputs.lat_lon(*self._hl) if None not in self._hl else None
        world = proj.lat_lon_to_world(*p) if p is not None else None
        if world != self._ov.highlight:
            self._ov.highlight = world
            self._changed()
        self.highlightChanged.emit()

    #: Destination pin position (NaN = no pin).
    highlightLat = Property(
        float, lambda self: self._nan(self._hl[0]), lambda self, v: self._set_highlight(0, v), notify=highlightChanged
    )
    highlightLon = Property(
        float, lambda self: self._nan(self._hl[1]), lambda self, v: self._set_highlight(1, v), notify=highlightChanged
    )

    def _set_imperial(self, value: bool) -> None:
        if bool(value) != self._ov.imperial:
            self._ov.imperial = bool(value)
            self.imperialChanged.emit()
            self._changed()

    #: Scale bar in miles/feet instead of km/m.
    imperial = Property(bool, lambda self: self._ov.imperial, _set_imperial, notify=imperialChanged)
    #: Visible tiles and street-name blocks not drawn yet (0 = the frame on screen is complete).
    tilesPending = Property(int, lambda self: self._tiles_pending, notify=tilesPendingChanged)

    # =========================================================================================== slots
    @Slot()
    def zoomIn(self) -> None:
        """Zoom in one level (animated), about the car when following, else about the centre."""
        self._input.animate_zoom(self._input.zoom_target() + 1, *self._input.pivot(), user=True)

    @Slot()
    def zoomOut(self) -> None:
        """Zoom out one level (animated)."""
        self._input.animate_zoom(self._input.zoom_target() - 1, *self._input.pivot(), user=True)

    @Slot()
    def recenter(self) -> None:
        """Follow the car again now, at the driver's zoom (and frame the next maneuver again)."""
        self._cam.fit_suspended = False
        self._set_follow(True)
        self._changed()

    @Slot()
    def toggleHeadingUp(self) -> None:
        """Switch between heading-up and north-up."""
        self._set_heading_up(not self._cam.heading_up)

    @Slot(float, float, result="QVariantList")
    def toScreen(self, lat: float, lon: float) -> list:
        """Item pixel [x, y] of a WGS84 point (for QML overlays)."""
        x, y = self._cam.viewport().to_screen(lat, lon)
        return [x, y]

    @Slot(float, float, result="QVariantList")
    def toCoordinate(self, x: float, y: float) -> list:
        """WGS84 [lat, lon] under item pixel (x, y)."""
        lat, lon = self._cam.viewport().from_screen(x, y)
        return [lat, lon]

    @Slot()
    def showRoute(self) -> None:
        """Stop following and fit the whole route into the free area (route overview)."""
        if self._ov.route is not None:
            self._fit(*self._ov.route.bounds)

    @Slot()
    def showWholeMap(self) -> None:
        """Stop following and fit the loaded map."""
        if self._scene is not None:
            self._fit(*self._scene.bounds)

    def _fit(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self._input.explicit_follow()
        self._input.zoom_anim.stop()
        with self._view_change():
            self._cam.free = self._free_area()
            self._cam.fit(x0, y0, x1, y1)

    @Slot(str, result="QVariantMap")
    def findCharger(self, query: str) -> dict[str, Any]:
        """The map's charger whose id is ``query``, else the first whose name contains it (any case):
        {id, name, lat, lon}; {} when none does."""
        chargers = self._scene.chargers if self._scene is not None else []
        q = str(query or "").strip().casefold()
        found = next((c for c in chargers if c["id"] == query), None) or next(
            (c for c in chargers if q and q in c["name"].casefold()), None
        )
        return {k: found[k] for k in ("id", "name", "lat", "lon")} if found else {}

    @Slot(float, float, result=str)
    def chargerAt(self, x: float, y: float) -> str:
        """Id of the charger icon under item pixel (x, y) ("" when none, or a cluster of several)."""
        return self.charger_at(x, y) or ""

    def charger_at(self, x: float, y: float) -> str | None:
        """Id of the single charger icon under item pixel (x, y), if any (and chargers are shown)."""
        m = self.marker_at(x, y)
        return m.ids[0] if m is not None and not m.cluster else None

    def marker_at(self, x: float, y: float) -> mk.Marker | None:
        """The charger icon or cluster under item pixel (x, y), as drawn (None when chargers are hidden)."""
        if self._composer is None or not self._ov.chargers_visible:
            return None
        v = self._cam.viewport()
        car = None
        if self._cam.car is not None:
            cx, cy = v.world_to_screen(*self._cam.car)
            car = (cx, cy, mr.CAR_RADIUS_PX)
        return mk.marker_at(self._composer.markers(v, lambda w: v.world_to_screen(*w), car), x, y, CHARGER_HIT_PX)

    # =========================================================================================== view helpers
    @property
    def camera(self) -> Camera:
        """The view state (``hmi.ui.map.camera``)."""
        return self._cam

    def scene_bounds(self) -> tuple[float, float, float, float] | None:
        """World bounds of the loaded map (None without one)."""
        return self._scene.bounds if self._scene is not None else None

    def view_change(self) -> AbstractContextManager[None]:
        """A block that moves the camera: change signals and a repaint follow (for the input)."""
        return self._view_change()

    @contextmanager
    def _view_change(self) -> Iterator[None]:
        """Compare the camera before and after the block: emit the change signals and repaint."""
        before = self._cam.snapshot()
        yield
        after = self._cam.snapshot()
        if after == before:
            return
        signals = (self.centerChanged, self.centerChanged, self.zoomChanged, self.bearingChanged)
        for i, sig in enumerate((*signals, self.followChanged, self.headingUpChanged)):
            if after[i] != before[i] and not (i == 1 and after[0] != before[0]):
                sig.emit()
        self._changed()

    def _free_area(self) -> Rect:
        """The uncovered area for the panels as they are now (recomputed only when a panel or the size changed:
        with a dozen panels the search costs milliseconds, too much for every frame)."""
        covered = tuple(self._covered())
        key = (self.width(), self.height(), covered)
        if key != self._free_key:
            self._free_key = key
            self._free = free_area(max(1.0, self.width()), max(1.0, self.height()), covered)
        self._ov.covered = covered
        return self._free

    def _changed(self) -> None:
        """Something visible changed: rebuild the frame before the next render."""
        self.polish()

    def geometryChange(self, new: QRectF, old: QRectF) -> None:
        super().geometryChange(new, old)
        if new.size() != old.size():
            with self._view_change():
                self._cam.width, self._cam.height = max(1.0, new.width()), max(1.0, new.height())
                self._cam.free = self._free_area()
                self._cam.follow_car()
            self.freeAreaChanged.emit()

    def itemChange(self, change: QQuickItem.ItemChange, value: Any) -> None:
        super().itemChange(change, value)
        # a hidden item (a page not on screen) is not polished: rebuild the frame when it shows again
        if change in (QQuickItem.ItemChange.ItemVisibleHasChanged, QQuickItem.ItemChange.ItemSceneChange):
            self._changed()

    def componentComplete(self) -> None:
        super().componentComplete()
        self._changed()

    # =========================================================================================== frames
    def updatePolish(self) -> None:  # GUI thread, once per frame
        t0, c0 = time.perf_counter(), time.thread_time()
        try:
            self._frame = self._build_frame(t0)
        except Exception:  # a bug here must not take the HMI down: show the last frame and log
            log.exception("map frame failed")
        self.frame_prep_s = time.perf_counter() - t0
        self.frame_prep_cpu_s = time.thread_time() - c0  # the same, without time the machine gave to others
        self.update()

    def _build_frame(self, t0: float) -> Frame:
        now = time.monotonic()
        style = style_for(self._night)
        free = self._free_area()
        if free != self._cam.free:
            with self._view_change():
                self._cam.free = free
                self._cam.follow_car()
            self.freeAreaChanged.emit()
        self._update_heading(now)
        self._frame_zoom()
        if self._reachable_fit_pending and self._ov.reachable and self.isVisible():
            self._reachable_fit_pending = False
            rect = QPolygonF()
            for poly in self._ov.reachable:
                rect = rect.united(poly)
            b = rect.boundingRect()
            self._fit(b.left(), b.top(), b.right(), b.bottom())
        composer = self._composer
        if self._scene is None or composer is None:
            self._set_pending(0)
            title = _text("unavailable" if self._status == "error" else "no-map")
            detail = "" if self._message == title else tr(self._message)
            return Frame(self.width(), self.height(), style, message=(tr(title), detail))
        composer.use_tile_cache = self.use_tile_cache
        self._ov.car = self._cam.car
        self._ov.car_heading = self._car.arrow.heading
        self._ov.car_stale = self._car.stale
        self._ov.label_px = self._label_px
        frame, hints, labels_missing = composer.compose(self._cam, self._ov, style, self._scene.attribution, t0, now)
        self._set_pending(hints.pending + labels_missing)
        if hints.more or labels_missing:
            self._more_timer.start()
        elif hints.prefetch and not self._prefetch_timer.isActive():
            self._prefetch_timer.start()
        if hints.recheck_ms and not self._recheck_timer.isActive():
            self._recheck_timer.start(hints.recheck_ms)
        return frame

    def _frame_zoom(self) -> None:
        """While following with a maneuver ahead: animate to the zoom that frames it (whole levels)."""
        if not self._cam.follow or self._input.zooming or self._input.pinching:
            return
        want = self._cam.wanted_zoom()
        if abs(want - self._cam.zoom) > 1e-6:
            self._input.animate_zoom(want, *self._cam.anchor(), user=False)

    def _prefetch(self) -> None:
        """Idle time: render the ring of tiles around the view so the next pan finds them cached."""
        style, v = style_for(self._night), self._cam.viewport()
        if self._composer is not None and self.use_tile_cache and not self._composer.tiles.prefetch(style, v):
            self._prefetch_timer.start()

    def _set_pending(self, n: int) -> None:
        if n != self._tiles_pending:
            self._tiles_pending = n
            self.tilesPendingChanged.emit()

    def paint(self, p: QPainter) -> None:
        """Draw the published frame (render thread with the threaded loop: touches only the frame)."""
        t0 = time.perf_counter()
        try:
            paint(p, self._frame, self.width(), self.height())
        finally:
            self.paint_s = time.perf_counter() - t0

    # =========================================================================================== input
    def mousePressEvent(self, event: Any) -> None:
        self._input.mouse_press(event)

    def mouseMoveEvent(self, event: Any) -> None:
        self._input.mouse_move(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        self._input.mouse_release(event)

    def mouseDoubleClickEvent(self, event: Any) -> None:
        event.accept()  # double taps are recognised from press/release timing (same for touch)

    def mouseUngrabEvent(self) -> None:
        self._input.ungrab()

    def touchUngrabEvent(self) -> None:
        self._input.ungrab()

    def wheelEvent(self, event: Any) -> None:
        self._input.wheel(event)

    def touchEvent(self, event: Any) -> None:
        self._input.touch(event)


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
            for panel in item._panels:
                item._watch(panel, False)
            item._panels = []
            item._scene = item._composer = None
            item._frame = None
        stack.extend(item.childItems())


def register_qml_types() -> None:
    """Register ``MapView`` as ``import Hmi.Map 1.0`` (idempotent; call before loading QML)."""
    global _registered
    if not _registered:
        qmlRegisterType(MapView, QML_MODULE, 1, 0, "MapView")
        _registered = True
