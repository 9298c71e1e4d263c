"""The car as the map shows it: where it is (grey while its position is only "last known") and which way its
arrow points.

Plain Python. The facade passes what the page reports — position, heading, speed, and whether each is stale —
as it changes; once per frame :meth:`Car.update` gives the fresh ones (never a stale one) to the
:class:`~hmi.ui.map.heading.HeadingEstimator`, with the route's bearing where guidance snapped the car to the
route, while the car is within :data:`ON_ROUTE_M` of that point.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hmi.nav import projection as proj
from hmi.ui.map.heading import HeadingEstimator, HeadingInput
from hmi.ui.map.route_line import RouteLine

#: The car counts as on its route while within this many metres of the route point guidance snapped it to.
ON_ROUTE_M = 25.0
#: Accepted ranges of the reported values (others are treated as unknown).
LIMITS = {"lat": (-85.0, 85.0), "lon": (-180.0, 180.0), "heading": (0.0, 360.0), "speed": (0.0, 500.0)}


@dataclass
class Car:
    """The reported values (None = unknown) and their staleness; the arrow's smoothed direction."""

    lat: float | None = None
    lon: float | None = None
    heading: float | None = None
    speed: float | None = None
    stale: bool = False
    heading_stale: bool = False
    speed_stale: bool = False
    arrow: HeadingEstimator = field(default_factory=HeadingEstimator)
    _dirty: bool = True

    def set(self, name: str, value: float | bool | None) -> bool:
        """Take one reported value (``lat``, ``lon``, ``heading``, ``speed`` or a staleness flag); True when it
        changed. A number outside its range (see LIMITS) counts as unknown."""
        if name in LIMITS and value is not None:
            lo, hi = LIMITS[name]
            value = float(value) % 360.0 if name == "heading" else float(value)
            if not lo <= value <= hi:
                value = None
        if getattr(self, name) == value:
            return False
        setattr(self, name, value)
        self._dirty = True
        return True

    def world(self) -> tuple[float, float] | None:
        """World coordinates of the car (None while its position is unknown)."""
        if self.lat is None or self.lon is None:
            return None
        return proj.lat_lon_to_world(self.lat, self.lon)

    def update(self, now: float, route: RouteLine | None, progress_m: float) -> bool:
        """Once per frame: the arrow's direction from the fresh values (or its smoothing going on); True when
        the shown direction changed."""
        before = self.arrow.heading
        if not self._dirty:
            self.arrow.advance(now)
            return self.arrow.heading != before
        self._dirty = False
        position = (self.lat, self.lon) if self.lat is not None and self.lon is not None and not self.stale else None
        route_bearing = None
        if route is not None and position is not None and route.distance_to(progress_m, *position) < ON_ROUTE_M:
            route_bearing = route.bearing_at(progress_m)
        self.arrow.update(
            HeadingInput(
                now,
                position,
                None if self.heading_stale else self.heading,
                None if self.speed_stale else self.speed,
                route_bearing,
            )
        )
        return self.arrow.heading != before

    def route_changed(self) -> None:
        """The route or the progress along it changed: look at the route's bearing again next frame."""
        self._dirty = True
