"""The map item's input: Qt mouse, touch and wheel events through the gesture recogniser to camera moves, taps
and animated zooms; follow mode paused by a hand pan and resumed after ``follow_resume_ms`` without input.

The Qt side of :mod:`.gestures` (which holds the rules): this object owns the timers (the double-tap interval,
the follow resume) and the zoom animation, and works on the facade through :class:`MapItem`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any, Protocol

from PySide6.QtCore import QEasingCurve, QObject, QPointF, Qt, QTimer, QVariantAnimation, Signal

from hmi.nav import projection as proj
from hmi.ui.map import gestures as gs
from hmi.ui.map import markers as mk
from hmi.ui.map.camera import Camera, clamp_zoom

ZOOM_ANIM_MS = 260
#: A tap on a cluster of chargers zooms in this many levels about it.
CLUSTER_ZOOM_STEP = 2.0


class MapItem(Protocol):
    """What the input needs from the map item (``hmi.ui.map_view.MapView``)."""

    camera: Camera

    def view_change(self) -> AbstractContextManager[None]: ...
    def set_follow_internal(self, value: bool) -> None: ...
    def marker_at(self, x: float, y: float) -> mk.Marker | None: ...
    def scene_bounds(self) -> tuple[float, float, float, float] | None: ...
    def width(self) -> float: ...
    def height(self) -> float: ...
    def setKeepMouseGrab(self, on: bool) -> None: ...
    def setKeepTouchGrab(self, on: bool) -> None: ...


class Interaction(QObject):
    """Input handling for one map item (see the module docstring)."""

    interactingChanged = Signal()
    tapped = Signal(float, float)
    chargerTapped = Signal(str)

    def __init__(self, item: MapItem, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.gestures = gs.Gestures()
        self.interacting = False
        self.follow_resume_ms = 5000
        self.auto_resume = False
        self._grab: tuple[float, float] | None = None  # world point held under the finger
        self._pinch: tuple[float, float, float] | None = None  # zoom, world x, y at the pinch start
        self.resume_timer = single_shot_timer(self, self._resume_follow)
        self.tap_timer = single_shot_timer(self, self._on_tap_timeout, gs.DOUBLE_TAP_MS)
        self.zoom_anim = QVariantAnimation(self)
        self.zoom_anim.setDuration(ZOOM_ANIM_MS)
        self.zoom_anim.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.zoom_anim.valueChanged.connect(self._on_zoom_anim)
        self._zoom_from: tuple[float, float, proj.Viewport] | None = None

    @property
    def cam(self) -> Camera:
        return self.item.camera

    @property
    def pinching(self) -> bool:
        return self._pinch is not None

    @property
    def zooming(self) -> bool:
        return self.zoom_anim.state() == QVariantAnimation.State.Running

    # ------------------------------------------------------------------ follow
    def explicit_follow(self) -> None:
        """The page or the driver set follow mode explicitly: no automatic resume pending."""
        self.auto_resume = False
        self.resume_timer.stop()

    def _set_interacting(self, on: bool) -> None:
        if on != self.interacting:
            self.interacting = on
            self.interactingChanged.emit()

    def _begin(self) -> None:
        """A hand pan or pinch starts."""
        self.resume_timer.stop()
        self.zoom_anim.stop()
        self._set_interacting(True)

    def _end(self) -> None:
        self._set_interacting(False)
        if self.auto_resume and self.follow_resume_ms > 0:
            self.resume_timer.start(self.follow_resume_ms)

    def _resume_follow(self) -> None:
        if self.auto_resume and not self.interacting:
            self.auto_resume = False
            self.item.set_follow_internal(True)

    # ------------------------------------------------------------------ intents
    def _clamp(self) -> None:
        bounds = self.item.scene_bounds()
        if bounds is not None:
            self.cam.clamp_to(bounds)

    def handle(self, intents: list[gs.Intent]) -> None:
        for it in intents:
            if isinstance(it, gs.DragStart):
                self.tap_timer.stop()
                self.item.setKeepMouseGrab(True)
                self.item.setKeepTouchGrab(True)
                self._begin()
                if self.cam.follow:  # a hand pan pauses following; it resumes by itself
                    self.auto_resume = True
                    self.item.set_follow_internal(False)
                self._grab = self.cam.viewport().screen_to_world(it.x, it.y)
            elif isinstance(it, gs.DragTo) and self._grab is not None:
                with self.item.view_change():
                    self.cam.keep(*self._grab, it.x, it.y)
                    self._clamp()
            elif isinstance(it, gs.DragEnd | gs.PinchEnd):
                self._grab = self._pinch = None
                self.item.setKeepMouseGrab(False)
                self.item.setKeepTouchGrab(False)
                self._end()
            elif isinstance(it, gs.PinchStart):
                self.tap_timer.stop()
                self._begin()
                self.item.setKeepTouchGrab(True)
                self._pinch = (self.cam.zoom, *self.cam.viewport().screen_to_world(it.x, it.y))
            elif isinstance(it, gs.PinchTo) and self._pinch is not None:
                z0, wx, wy = self._pinch
                with self.item.view_change():
                    z = clamp_zoom(z0 + it.dzoom)
                    self.user_zoom(z)
                    if self.cam.follow:  # zooming keeps following: scale about the car
                        self.cam.zoom_about(*self.pivot(), z)
                        self.cam.follow_car()
                    else:
                        self.cam.zoom = z
                        self.cam.keep(wx, wy, it.x, it.y)
                        self._clamp()
            elif isinstance(it, gs.DoubleTap):
                self.tap_timer.stop()
                pivot = (it.x, it.y) if not self.cam.follow else self.pivot()
                self.animate_zoom(self.zoom_target() + 1, *pivot, user=True)
            elif isinstance(it, gs.Tap):
                self._tap(it.x, it.y)

    def _tap(self, x: float, y: float) -> None:
        m = self.item.marker_at(x, y)
        if m is not None and m.cluster:
            self.animate_zoom(self.zoom_target() + CLUSTER_ZOOM_STEP, m.x, m.y, user=True)
        elif m is not None:
            self.chargerTapped.emit(m.ids[0])
        else:
            lat, lon = self.cam.viewport().from_screen(x, y)
            self.tapped.emit(lat, lon)

    def _on_tap_timeout(self) -> None:
        self.handle(self.gestures.tap_timeout())

    def _press(self, x: float, y: float) -> None:
        self.zoom_anim.stop()
        self.resume_timer.stop()
        self.handle(self.gestures.press(x, y))

    def _release(self, x: float, y: float) -> None:
        was_drag = self.gestures.dragging
        self.handle(self.gestures.release(x, y, time.monotonic()))
        if self.gestures.pending_tap is not None:
            self.tap_timer.start()
        if not was_drag and self.auto_resume and not self.cam.follow:
            self._end()

    # ------------------------------------------------------------------ Qt events
    def mouse_press(self, event: Any) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        pos = event.position()
        self._press(pos.x(), pos.y())
        event.accept()

    def mouse_move(self, event: Any) -> None:
        pos = event.position()
        self.handle(self.gestures.move(pos.x(), pos.y()))
        event.accept()

    def mouse_release(self, event: Any) -> None:
        pos = event.position()
        self._release(pos.x(), pos.y())
        event.accept()

    def ungrab(self) -> None:
        self.handle(self.gestures.cancel())

    def wheel(self, event: Any) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps == 0:
            event.ignore()
            return
        pos = event.position()
        px, py = (pos.x(), pos.y()) if not self.cam.follow else self.pivot()
        self.zoom_anim.stop()
        with self.item.view_change():
            z = clamp_zoom(self.cam.zoom + steps / 2)
            self.user_zoom(z)
            self.cam.zoom_about(px, py, z)
            self.cam.follow_car()
        event.accept()

    def touch(self, event: Any) -> None:
        if event.type() == event.Type.TouchCancel:
            self.ungrab()
            event.accept()
            return
        points = [pt for pt in event.points() if pt.state() != pt.State.Released]
        if len(points) >= 2:
            a, b = points[0].position(), points[1].position()
            self.handle(self.gestures.pinch((a.x(), a.y()), (b.x(), b.y())))
        elif self.gestures.pinching:
            if not points:  # all fingers up after a pinch
                self.handle(self.gestures.pinch_release())
        elif event.type() == event.Type.TouchBegin and points:
            pos = points[0].position()
            self._press(pos.x(), pos.y())
        elif points:
            pos = points[0].position()
            self.handle(self.gestures.move(pos.x(), pos.y()))
        else:
            released = [pt for pt in event.points() if pt.state() == pt.State.Released]
            pos = released[0].position() if released else QPointF(0, 0)
            self._release(pos.x(), pos.y())
        event.accept()

    # ------------------------------------------------------------------ zoom
    def user_zoom(self, z: float) -> None:
        """The driver chose zoom ``z``: it holds, also over framing the current maneuver."""
        self.cam.user_zoom = z
        if self.cam.follow and self.cam.maneuver is not None:
            self.cam.fit_suspended = True

    def pivot(self) -> tuple[float, float]:
        """Screen point zooming keeps fixed: the car while following, else the centre."""
        if self.cam.follow and self.cam.car is not None:
            return self.cam.viewport().world_to_screen(*self.cam.car)
        return self.item.width() / 2, self.item.height() / 2

    def zoom_target(self) -> float:
        """Where zoom is heading: a second button press during the animation adds to its end value."""
        return float(self.zoom_anim.endValue()) if self.zooming else self.cam.zoom

    def animate_zoom(self, target: float, px: float, py: float, *, user: bool) -> None:
        """Zoom to ``target`` in ZOOM_ANIM_MS keeping (px, py) in place; ``user``: the driver's choice."""
        target = clamp_zoom(target)
        if user:
            self.user_zoom(target)
        self.zoom_anim.stop()
        self._zoom_from = (px, py, self.cam.viewport())
        self.zoom_anim.setStartValue(float(self.cam.zoom))
        self.zoom_anim.setEndValue(float(target))
        self.zoom_anim.start()

    def _on_zoom_anim(self, value: Any) -> None:
        if self._zoom_from is None:
            return
        px, py, v0 = self._zoom_from
        with self.item.view_change():
            self.cam.set_view(v0.zoomed_about(px, py, clamp_zoom(float(value))))
            self.cam.follow_car()


def single_shot_timer(parent: QObject, slot: Callable[[], None], interval: int | None = None) -> QTimer:
    """A single-shot timer calling ``slot``."""
    t = QTimer(parent)
    t.setSingleShot(True)
    if interval is not None:
        t.setInterval(interval)
    t.timeout.connect(slot)
    return t
