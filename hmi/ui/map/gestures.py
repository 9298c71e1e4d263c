"""Touch and mouse input on the map, recognised as intents: drag, pinch, tap, double tap.

Plain Python: the facade feeds pointer positions with a timestamp and acts on the returned intents (it owns
the timers and the camera). Rules:

* a press that moves less than :data:`DRAG_THRESHOLD_PX` is a tap, otherwise a drag (the map follows the finger);
* a tap is reported :data:`DOUBLE_TAP_MS` after its release unless a second tap close by makes it a double tap
  (so a double tap is never also a tap);
* two fingers pinch: the zoom changes with the log of their distance ratio about their midpoint.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

DRAG_THRESHOLD_PX = 8.0
DOUBLE_TAP_MS = 280
DOUBLE_TAP_PX = 40.0


@dataclass(frozen=True)
class DragStart:
    """A drag began at the press point (x, y): keep the map point under it attached to the finger."""

    x: float
    y: float


@dataclass(frozen=True)
class DragTo:
    """The finger is at (x, y)."""

    x: float
    y: float


@dataclass(frozen=True)
class DragEnd:
    """The drag is over (finger lifted or the grab lost)."""


@dataclass(frozen=True)
class Tap:
    """A single tap at (x, y) (reported after the double-tap interval)."""

    x: float
    y: float


@dataclass(frozen=True)
class DoubleTap:
    """A double tap at (x, y)."""

    x: float
    y: float


@dataclass(frozen=True)
class PinchStart:
    """Two fingers down; their midpoint."""

    x: float
    y: float


@dataclass(frozen=True)
class PinchTo:
    """Fingers moved: midpoint and zoom change (log2 of the distance ratio since the start)."""

    x: float
    y: float
    dzoom: float


@dataclass(frozen=True)
class PinchEnd:
    """All fingers up after a pinch."""


Intent = DragStart | DragTo | DragEnd | Tap | DoubleTap | PinchStart | PinchTo | PinchEnd


class Gestures:
    """The recogniser's state (one pointer or one pinch at a time)."""

    def __init__(self) -> None:
        self._press: tuple[float, float] | None = None
        self.dragging = False
        self._pinch_d0: float | None = None
        self._last_tap: tuple[float, float, float] | None = None  # t (s), x, y
        self.pending_tap: tuple[float, float] | None = None
        """A tap waiting for the double-tap interval; the facade calls :meth:`tap_timeout` when it ends."""

    @property
    def pinching(self) -> bool:
        return self._pinch_d0 is not None

    @property
    def pressed(self) -> bool:
        return self._press is not None

    def press(self, x: float, y: float) -> list[Intent]:
        self._press = (x, y)
        self.dragging = False
        return []

    def move(self, x: float, y: float) -> list[Intent]:
        if self._press is None:
            return []
        out: list[Intent] = []
        if not self.dragging:
            px, py = self._press
            if math.hypot(x - px, y - py) < DRAG_THRESHOLD_PX:
                return []
            self.dragging = True
            self.pending_tap = None
            out.append(DragStart(px, py))
        out.append(DragTo(x, y))
        return out

    def release(self, x: float, y: float, t: float) -> list[Intent]:
        if self._press is None:
            return []
        dragging = self.dragging
        self._press = None
        self.dragging = False
        if dragging:
            return [DragEnd()]
        last = self._last_tap
        close = last is not None and math.hypot(x - last[1], y - last[2]) < DOUBLE_TAP_PX
        if last is not None and close and (t - last[0]) * 1000 < DOUBLE_TAP_MS:
            self._last_tap = None
            self.pending_tap = None
            return [DoubleTap(x, y)]
        self._last_tap = (t, x, y)
        self.pending_tap = (x, y)
        return []

    def tap_timeout(self) -> list[Intent]:
        """The double-tap interval after a tap ended without a second tap: report the tap."""
        tap, self.pending_tap = self.pending_tap, None
        self._last_tap = None
        return [Tap(*tap)] if tap is not None else []

    def cancel(self) -> list[Intent]:
        """The grab was taken away (another item, a touch cancel)."""
        out: list[Intent] = [DragEnd()] if self.dragging or self._pinch_d0 is not None else []
        self._press = None
        self.dragging = False
        self._pinch_d0 = None
        return out

    def pinch(self, a: tuple[float, float], b: tuple[float, float]) -> list[Intent]:
        """Two fingers at ``a`` and ``b``."""
        mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
        dist = max(1.0, math.hypot(a[0] - b[0], a[1] - b[1]))
        if self._pinch_d0 is None:
            self._pinch_d0 = dist
            self._press = None
            self.dragging = False
            self.pending_tap = None
            self._last_tap = None
            return [PinchStart(mx, my)]
        return [PinchTo(mx, my, math.log2(dist / self._pinch_d0))]

    def pinch_release(self) -> list[Intent]:
        """All fingers up after a pinch."""
        if self._pinch_d0 is None:
            return []
        self._pinch_d0 = None
        return [PinchEnd()]
