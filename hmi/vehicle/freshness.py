"""The freshness rule: how old a value is, and when it may decide something that matters for safety.

Plain Python (no Qt, no MQTT). The rule, in one place (documented for integrators in
``docs/agent-interface.md``, "HMI behaviour"):

* **Age.** A value's age comes from the ``ts`` the agent stamped on it, bounded below by the time since we
  received it::

      age = max(now_wall − ts, now_monotonic − received_monotonic, 0)

  A ``ts`` slightly ahead of our clock (agent clock fast, ≤ ``MAX_FUTURE_SKEW_S``, checked by
  :mod:`hmi.link.validate`) cannot make a value younger than its time with us; further ahead is rejected. An
  agent clock that lags ours makes values look older — the safe side: they stop counting as current, and the
  link reports the lag (``ClockCheck``) so the driver sees why instead of a silent "no data". Our own wall
  clock jumping back cannot make a value fresh either: the receive time is on the monotonic clock.
* **Current** (shown normally): received *live* — not a retained copy the broker replayed on subscribe — in
  the current link epoch (since the last connect, disconnect or "agent offline"), and
  ``age ≤ STALE_AFTER_S``. Anything else is "last known": shown dimmed with its age ("last known 3 h ago"),
  never used to decide.
* **Fresh for a safety decision**: current *and* ``age ≤ SAFETY_MAX_AGE_S``, with the broker connected and
  the agent online (retained ``agent/status`` with last will). The decisions — the OTA gate (UPDATE,
  ACTIVATE, ROLLBACK and "install when parked"), unlocking text entry, starting battery preconditioning —
  take a :class:`SafetyInputs` snapshot and refuse when it is not usable; the driver sees
  ``WAITING_FOR_DATA``.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from hmi.i18n import QT_TRANSLATE_NOOP, Text
from hmi.link import signals as sig
from hmi.link.validate import MAX_FUTURE_SKEW_S

# A value with no live update for this long is "last known" (dimmed, with its age).
STALE_AFTER_S = 10.0
# The deciding signals of a safety decision must be younger than this (seconds). The agent publishes speed
# at 10 Hz and gear and state of charge at 1 Hz, so two lost updates in a row still leave them fresh.
SAFETY_MAX_AGE_S = 3.0

# The decisions and the signals each one is decided on.
OTA_SIGNALS: tuple[str, ...] = (sig.SPEED, sig.GEAR, sig.SOC)
"""UPDATE / ACTIVATE / ROLLBACK and "install when parked": parked, not moving, battery above the floor."""
PARKED_SIGNALS: tuple[str, ...] = (sig.SPEED, sig.GEAR)
"""Unlocking text entry: the car is parked and not moving."""
PRECONDITION_SIGNALS: tuple[str, ...] = (sig.SOC, sig.LATITUDE, sig.LONGITUDE)
"""Starting battery preconditioning: where the car is (the plan's progress) and its charge."""
DECIDING_SIGNALS: frozenset[str] = frozenset(OTA_SIGNALS + PARKED_SIGNALS + PRECONDITION_SIGNALS)

# What the driver sees when a safety decision waits for data (context "link").
#: Shown where the HMI refuses to decide (install an update, unlock typing, warm the battery) because the
#: car's latest values are too old or the car is not connected.
WAITING_FOR_DATA_TEMPLATE = QT_TRANSLATE_NOOP("link", "Waiting for current data from the car")
WAITING_FOR_DATA = Text("link", WAITING_FOR_DATA_TEMPLATE)
# Ages are shown from this on: a few seconds of silence (a reconnect) are told by the dimming alone.
SHOW_AGE_AFTER_S = 60.0
#: How old the values on screen are, after the link's status: "last known 3 h ago". {age} is e.g. "3 h".
LAST_KNOWN = QT_TRANSLATE_NOOP("link", "last known {age} ago")
# Ages in the coarsest unit that fits, abbreviated (no plural forms needed).
AGE_UNITS = (
    #: an age in whole days, abbreviated ("2 d")
    (86_400.0, QT_TRANSLATE_NOOP("link", "{n} d")),
    (3_600.0, QT_TRANSLATE_NOOP("link", "{n} h")),
    (60.0, QT_TRANSLATE_NOOP("link", "{n} min")),
    (1.0, QT_TRANSLATE_NOOP("link", "{n} s")),
)


def age_of(ts: float, received: float, now_wall: float, now_mono: float) -> float:
    """The rule: ``max(now_wall − ts, now_mono − received, 0)`` (``received`` on the monotonic clock)."""
    return max(0.0, now_wall - ts, now_mono - received)


def age_text(seconds: float) -> Text:
    """``3 h``, ``12 min``, ``40 s``, ``2 d``: the age in its coarsest whole unit (rounded down)."""
    seconds = max(0.0, seconds) if math.isfinite(seconds) else 0.0
    for size, template in AGE_UNITS:
        if seconds >= size or size == 1.0:
            return Text("link", template, n=int(seconds // size))
    raise AssertionError("unreachable")  # pragma: no cover


def last_known_text(seconds: float) -> Text:
    """``last known 3 h ago``."""
    return Text("link", LAST_KNOWN, age=age_text(seconds))


@dataclass(frozen=True)
class SafetyInputs:
    """The inputs of one safety decision, judged at one moment (``measured_at``, wall clock).

    ``values`` holds only the deciding signals that were fresh then; ``missing`` names the others. The snapshot
    stays usable for at most ``valid_for_s`` after ``measured_at`` — the time until its first value would
    pass ``SAFETY_MAX_AGE_S`` — so a decision taken a little later (a scheduled install, a tap) never rests on
    data that has gone stale in between. A wall clock that moved backwards voids it too.
    """

    values: Mapping[str, Any]
    missing: tuple[str, ...]
    connected: bool
    agent_online: bool
    measured_at: float
    valid_for_s: float

    @property
    def ok(self) -> bool:
        """Broker connected, agent online and every deciding signal fresh (when measured)."""
        return self.connected and self.agent_online and not self.missing

    def usable(self, now: float) -> bool:
        """``ok`` and still within its validity at wall time ``now``."""
        return self.ok and 0.0 <= now - self.measured_at <= self.valid_for_s

    def get(self, path: str) -> Any:
        """The fresh value of ``path`` (None when it was not fresh)."""
        return self.values.get(path)

    def parked(self, now: float) -> bool:
        """Usable, and speed and gear say parked and not moving (the contract's "moving" negated)."""
        return self.usable(now) and not sig.is_moving(self.get(sig.SPEED), self.get(sig.GEAR))

    @classmethod
    def unknown(cls, now: float = 0.0) -> SafetyInputs:
        """Nothing known (the state before the first measurement)."""
        return cls({}, tuple(sorted(DECIDING_SIGNALS)), False, False, now, 0.0)

    @classmethod
    def measured(cls, now: float, valid_for_s: float = SAFETY_MAX_AGE_S, **values: Any) -> SafetyInputs:
        """Inputs measured just now with the given fresh values (``speed``, ``gear``, ``soc``; None = not fresh),
        link up and agent online: for callers (and tests) that judge freshness themselves."""
        paths = {"speed": sig.SPEED, "gear": sig.GEAR, "soc": sig.SOC, "lat": sig.LATITUDE, "lon": sig.LONGITUDE}
        fresh = {paths[k]: v for k, v in values.items() if v is not None}
        missing = tuple(paths[k] for k, v in values.items() if v is None)
        return cls(fresh, missing, True, True, now, valid_for_s)


@dataclass
class ClockCheck:
    """Notices an agent clock so far from ours that no value can ever count as current.

    Fed the lag (``now_wall − ts``) of every *live* signal that was accepted or refused for a ``ts`` in the
    future. Each second keeps its smallest and largest lag; over the last ``window_s``:

    * the smallest lag above ``SAFETY_MAX_AGE_S``: even the fastest message arrived too old — a live message is
      sent the moment it is stamped, so that is the agent's clock lagging, not old data;
    * the largest lag below ``−max_ahead_s``: every message was stamped too far in our future (refused).

    Either is reported (``skew``) so the driver sees why nothing is current instead of a bare "no data".
    """

    window_s: float = STALE_AFTER_S
    max_ahead_s: float = MAX_FUTURE_SKEW_S
    _seconds: deque[list[float]] = field(default_factory=deque)
    """``[second, smallest lag, largest lag]`` per second of our monotonic clock, oldest first."""

    def observe(self, lag_s: float, now_mono: float) -> None:
        """One live message's ``now_wall − ts``, received at ``now_mono``."""
        second = float(int(now_mono))
        last = self._seconds[-1] if self._seconds else None
        if last is not None and last[0] == second:
            last[1] = min(last[1], lag_s)
            last[2] = max(last[2], lag_s)
        else:
            self._seconds.append([second, lag_s, lag_s])
        self._trim(now_mono)

    def _trim(self, now_mono: float) -> None:
        while self._seconds and self._seconds[0][0] < now_mono - self.window_s:
            self._seconds.popleft()

    def skew(self, now_mono: float) -> float | None:
        """How far the agent's clock is off when it is beyond the bounds (positive: behind ours), else None."""
        self._trim(now_mono)
        if not self._seconds:
            return None
        smallest = min(s[1] for s in self._seconds)
        largest = max(s[2] for s in self._seconds)
        if smallest > SAFETY_MAX_AGE_S:
            return smallest
        if largest < -self.max_ahead_s:
            return largest
        return None

    def reset(self) -> None:
        """Forget (a new connection: the agent may have been restarted with another clock)."""
        self._seconds.clear()
