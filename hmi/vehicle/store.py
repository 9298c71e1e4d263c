"""The vehicle state store: one place for the last good value of every signal, and how current it is.

Plain Python (no Qt). ``hmi.link`` writes validated updates into it, saying whether each arrived live or as a
retained copy the broker replayed; the Qt adapters read from it and are told which signals changed, at most
once per signal per frame (see ``Coalescer``).

Every value keeps the agent's ``ts``, our monotonic receive time, whether it arrived live, and the link
*epoch* it arrived in: ``invalidate()`` (called by the link on every connect, disconnect and "agent offline")
starts a new epoch, so everything known before it is "last known" until the car says it again. Ages and the
"current"/"fresh" judgements follow :mod:`hmi.vehicle.freshness`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from hmi.link import signals as sig
from hmi.vehicle.freshness import STALE_AFTER_S, age_of

__all__ = ["STALE_AFTER_S", "Coalescer", "SignalState", "VehicleStore"]


@dataclass
class SignalState:
    """Last accepted value of one signal."""

    value: Any
    ts: float
    """Timestamp from the payload (agent's clock)."""
    received: float
    """Our monotonic clock when it arrived."""
    live: bool = True
    """Delivered live, not as a retained copy replayed by the broker on (re)subscribe."""
    epoch: int = 0
    """The store's epoch when it arrived (see ``VehicleStore.invalidate``)."""


class VehicleStore:
    """Last good value, timestamp and freshness for every contract signal."""

    def __init__(
        self,
        stale_after_s: float = STALE_AFTER_S,
        clock: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self._states: dict[str, SignalState] = {}
        self._listeners: list[Callable[[str, Any, float], None]] = []
        self.stale_after_s = stale_after_s
        self._clock = clock
        self._wall = wall
        self.epoch = 0

    def update(self, path: str, value: Any, ts: float, *, retained: bool = False) -> bool:
        """Store a validated value (``retained``: a replayed retained copy); returns True when the value changed."""
        old = self._states.get(path)
        self._states[path] = SignalState(value, ts, self._clock(), not retained, self.epoch)
        changed = old is None or old.value != value
        for listener in self._listeners:
            listener(path, value, ts)
        return changed

    def invalidate(self) -> None:
        """Everything known so far becomes "last known" (a new link epoch: reconnect, disconnect, agent offline)."""
        self.epoch += 1

    def subscribe(self, listener: Callable[[str, Any, float], None]) -> None:
        """Call ``listener(path, value, ts)`` for every accepted update (domain cores use this)."""
        self._listeners.append(listener)

    def get(self, path: str, default: Any = None) -> Any:
        """Last good value of ``path`` or ``default`` when none arrived yet (current or not)."""
        state = self._states.get(path)
        return default if state is None else state.value

    def state(self, path: str) -> SignalState | None:
        """Full state (value, ts, received, live, epoch) of ``path``."""
        return self._states.get(path)

    def last_ts(self, path: str) -> float | None:
        """Payload timestamp of the last accepted update of ``path``."""
        state = self._states.get(path)
        return None if state is None else state.ts

    def age(self, path: str) -> float | None:
        """Seconds since ``path`` was true by the freshness rule (None when never received)."""
        state = self._states.get(path)
        return None if state is None else age_of(state.ts, state.received, self._wall(), self._clock())

    def current_for(self, path: str, max_age_s: float | None = None) -> float:
        """Seconds ``path`` stays current within ``max_age_s`` (default: the staleness window); 0 when it is not."""
        state = self._states.get(path)
        if state is None or not state.live or state.epoch != self.epoch:
            return 0.0
        limit = self.stale_after_s if max_age_s is None else max_age_s
        return max(0.0, limit - age_of(state.ts, state.received, self._wall(), self._clock()))

    def is_current(self, path: str, max_age_s: float | None = None) -> bool:
        """Live, in this epoch and no older than ``max_age_s`` (default: the staleness window)."""
        return self.current_for(path, max_age_s) > 0.0

    def is_stale(self, path: str) -> bool:
        """True when ``path`` is not current: never arrived, last known from before, or too old (shown dimmed)."""
        return not self.is_current(path)

    def any_current(self) -> bool:
        """True when at least one signal is current (the car is talking to us now)."""
        return any(self.is_current(path) for path in self._states)

    def newest_age(self) -> float | None:
        """Age of the youngest value (what "last known … ago" says), None when nothing ever arrived."""
        ages = [self.age(path) for path in self._states]
        return min((a for a in ages if a is not None), default=None)

    def moving(self) -> bool:
        """The contract's "moving" from the last known values (unknown speed or gear counts as moving).

        For display; safety decisions use :class:`hmi.vehicle.freshness.SafetyInputs` (fresh values only).
        """
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
