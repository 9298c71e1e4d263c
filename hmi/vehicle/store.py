"""The vehicle state store: one place for the last good value of every signal.

Plain Python (no Qt). ``hmi.link`` writes validated updates into it; the Qt
adapters read from it and are told which signals changed, at most once per
signal per frame (see ``Coalescer``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from hmi.link import signals as sig

#: A signal with no update for this long is shown as stale (greyed).
STALE_AFTER_S = 10.0


@dataclass
class SignalState:
    """Last accepted value of one signal."""

    value: Any
    ts: float
    """Timestamp from the payload (agent's clock)."""
    received: float
    """Our monotonic clock when it arrived (staleness is measured on this clock)."""


class VehicleStore:
    """Last good value, timestamp and staleness for every contract signal."""

    def __init__(self, stale_after_s: float = STALE_AFTER_S, clock: Callable[[], float] = time.monotonic) -> None:
        self._states: dict[str, SignalState] = {}
        self._listeners: list[Callable[[str, Any, float], None]] = []
        self.stale_after_s = stale_after_s
        self._clock = clock
        self.last_update: float | None = None

    def update(self, path: str, value: Any, ts: float) -> bool:
        """Store a validated value; returns True when the value changed."""
        now = self._clock()
        self.last_update = now
        old = self._states.get(path)
        self._states[path] = SignalState(value, ts, now)
        changed = old is None or old.value != value
        for listener in self._listeners:
            listener(path, value, ts)
        return changed

    def subscribe(self, listener: Callable[[str, Any, float], None]) -> None:
        """Call ``listener(path, value, ts)`` for every accepted update (domain cores use this)."""
        self._listeners.append(listener)

    def get(self, path: str, default: Any = None) -> Any:
        """Last good value of ``path`` or ``default`` when none arrived yet."""
        state = self._states.get(path)
        return default if state is None else state.value

    def state(self, path: str) -> SignalState | None:
        """Full state (value, ts, received) of ``path``."""
        return self._states.get(path)

    def last_ts(self, path: str) -> float | None:
        """Payload timestamp of the last accepted update of ``path``."""
        state = self._states.get(path)
        return None if state is None else state.ts

    def age(self, path: str) -> float | None:
        """Seconds since ``path`` was last updated (None when never)."""
        state = self._states.get(path)
        return None if state is None else self._clock() - state.received

    def is_stale(self, path: str) -> bool:
        """True when ``path`` never arrived or is older than the staleness window."""
        age = self.age(path)
        return age is None or age > self.stale_after_s

    def seconds_since_any(self) -> float | None:
        """Seconds since any signal arrived (None when none ever did)."""
        return None if self.last_update is None else self._clock() - self.last_update

    def moving(self) -> bool:
        """The contract's "moving" (unknown speed or gear counts as moving)."""
        return sig.is_moving(self.get(sig.SPEED), self.get(sig.GEAR))

    def paths(self) -> Iterable[str]:
        """Paths that have a value."""
        return self._states.keys()


class Coalescer:
    """Collects changed keys so the UI sees at most one change per key per frame.

    ``mark`` returns the delay after which the owner should call ``drain``:
    0 when the last flush was at least one frame ago (so an isolated update is
    shown at once), otherwise the rest of the current frame. ``None`` means a
    flush is already scheduled.
    """

    def __init__(self, frame_s: float = 1 / 60, clock: Callable[[], float] = time.monotonic) -> None:
        self.frame_s = frame_s
        self._clock = clock
        self._dirty: dict[str, None] = {}
        self._scheduled = False
        self._last_flush = -1e9

    def mark(self, key: str) -> float | None:
        """Record that ``key`` changed; see the class doc for the return value."""
        self._dirty[key] = None
        if self._scheduled:
            return None
        self._scheduled = True
        return max(0.0, self._last_flush + self.frame_s - self._clock())

    def drain(self) -> list[str]:
        """Keys changed since the last drain, in first-change order."""
        keys = list(self._dirty)
        self._dirty.clear()
        self._scheduled = False
        self._last_flush = self._clock()
        return keys
