"""Which way the car arrow points (and a heading-up map turns): from the route while the car is on it, from
the car's own heading or its course over ground while it moves, smoothed, never from stale data.

Plain Python. The sources, in order:

1. **route** — the bearing of the route where the car is snapped to it (the road the car is on, without GPS
   heading noise; the facade only passes it while the car is within a few metres of the route);
2. **heading** — the car's reported heading, while it moves (a heading at a standstill is noise);
3. **course** — the direction of the last few metres driven, when moving without a heading;
4. **heading at rest** — only to give a first direction (or when no speed is known at all).

Values the caller knows to be stale (the signal's age, a retained "last known" value) must be passed as None.
Without a fresh source the last direction is held. Changes are smoothed by exponential smoothing on the unit
circle (the mean of unit vectors, so 359° → 1° turns 2°, not 358°) with time constant :data:`TAU_S`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from hmi.nav.graph import bearing_deg, haversine_m

#: Smoothing time constant: the arrow covers 63 % of a change in this time.
TAU_S = 0.45
#: At or above this speed the car counts as moving (its heading and course mean something).
MOVING_KMH = 4.0
#: Course over ground is taken over at least this many metres driven.
COURSE_MIN_M = 4.0
#: The arrow counts as settled within this many degrees of its target.
SETTLED_DEG = 0.5


@dataclass(frozen=True)
class HeadingInput:
    """One observation; every field None when unknown *or stale*."""

    t: float
    """Seconds on a monotonic clock."""
    position: tuple[float, float] | None = None
    """(lat, lon)."""
    heading: float | None = None
    """The car's reported heading, degrees clockwise from north."""
    speed_kmh: float | None = None
    route_bearing: float | None = None
    """Bearing of the route at the car's snapped position, while the car is on the route."""


def angle_diff(a: float, b: float) -> float:
    """Signed smallest difference a − b in degrees, in (−180, 180]."""
    d = (a - b) % 360.0
    return d - 360.0 if d > 180.0 else d


class HeadingEstimator:
    """Smoothed arrow direction from :class:`HeadingInput` observations (see the module docstring)."""

    def __init__(self, tau_s: float = TAU_S) -> None:
        self.tau_s = tau_s
        self._vec: tuple[float, float] | None = None  # smoothed unit-circle vector (east, north)
        self._target: float | None = None
        self._t: float | None = None
        self._course_from: tuple[float, float] | None = None
        self.source = ""
        """Where the current target came from: route, heading, course, rest (or "" for none yet)."""

    @property
    def heading(self) -> float | None:
        """The smoothed direction in degrees [0, 360), or None while no source ever gave one."""
        if self._vec is None:
            return None
        return math.degrees(math.atan2(self._vec[0], self._vec[1])) % 360.0

    @property
    def settled(self) -> bool:
        """True when the arrow has reached its target (no further frames needed to animate it)."""
        h = self.heading
        return h is None or self._target is None or abs(angle_diff(h, self._target)) < SETTLED_DEG

    def reset(self) -> None:
        """Forget everything (a new car position source, e.g. after the map was reloaded)."""
        self.__init__(self.tau_s)

    def update(self, obs: HeadingInput) -> float | None:
        """Take one observation; returns the smoothed heading."""
        target = self._choose(obs)
        if target is not None:
            self._target = target % 360.0
        return self.advance(obs.t)

    def advance(self, t: float) -> float | None:
        """Move the smoothed heading towards its target for the time since the last call."""
        if self._target is None:
            self._t = t
            return self.heading
        ux, uy = math.sin(math.radians(self._target)), math.cos(math.radians(self._target))
        if self._vec is None or self._t is None:
            self._vec = (ux, uy)
        else:
            a = 1.0 - math.exp(-max(0.0, t - self._t) / self.tau_s)
            vx, vy = self._vec[0] + a * (ux - self._vec[0]), self._vec[1] + a * (uy - self._vec[1])
            n = math.hypot(vx, vy)
            # opposite vectors cancel out: take the target rather than an undefined direction
            self._vec = (vx / n, vy / n) if n > 1e-6 else (ux, uy)
            if abs(angle_diff(self.heading or 0.0, self._target)) < SETTLED_DEG / 4:
                self._vec = (ux, uy)
        self._t = t
        return self.heading

    def _choose(self, obs: HeadingInput) -> float | None:
        course = self._course(obs.position)
        moving = obs.speed_kmh is not None and obs.speed_kmh >= MOVING_KMH
        if obs.route_bearing is not None and obs.position is not None:
            self.source = "route"
            return obs.route_bearing
        if moving and obs.heading is not None:
            self.source = "heading"
            return obs.heading
        if moving and course is not None:
            self.source = "course"
            return course
        if obs.heading is not None and (obs.speed_kmh is None or self._target is None):
            self.source = "rest"
            return obs.heading
        return None

    def _course(self, position: tuple[float, float] | None) -> float | None:
        """Bearing of the last ≥ COURSE_MIN_M driven, once that far from the previous reference point."""
        if position is None:
            self._course_from = None
            return None
        ref = self._course_from
        if ref is None:
            self._course_from = position
            return None
        if haversine_m(*ref, *position) < COURSE_MIN_M:
            return None
        self._course_from = position
        return bearing_deg(*ref, *position)
