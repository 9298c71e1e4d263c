"""What a routing answer is: :class:`Route` and the routing errors (no logic, no imports of the router).

Kept apart from :mod:`hmi.nav.route` so guidance, the simulator and the UI can name a route without importing
the router (and the router can build maneuvers without an import cycle).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any


class RoutingError(Exception):
    """Base class: no route could be computed. ``str(err)`` is a human-readable one-line message."""


class OutsideMap(RoutingError):
    """The start or the destination lies outside the loaded map."""


class NoRoute(RoutingError):
    """Start and destination are both on the map but not connected by drivable roads in that direction."""


class BadInput(RoutingError):
    """Coordinates or parameters are not usable (NaN, out of range, unknown metric, …)."""


@dataclass
class Route:
    """A computed route. ``coordinates`` is the full polyline; ``maneuvers`` the turn-by-turn list.

    The route starts ``start_fraction`` of the way along ``edges[0]`` and ends ``end_fraction`` of the way along
    ``edges[-1]`` (0 and 1 for a route between junctions); ``nodes`` are the edges' tails and the last head, and
    ``node_index`` their positions in ``coordinates`` (the first and last are the route's end points).
    ``duration_s`` includes the turn times (``turn_s[i]`` is spent at the junction before ``edges[i]``); ``cost``
    is the routing cost of ``metric`` (routing-only penalties included).
    """

    nodes: list[int]
    edges: list[int]
    distance_m: float
    duration_s: float
    coordinates: list[tuple[float, float]]
    maneuvers: list[Any]
    metric: str = "time"
    cost: float = 0.0
    #: metres from the start at the end of each edge (same length as ``edges``), for snapping and guidance
    cum_distance_m: list[float] = field(default_factory=list, repr=False)
    #: seconds from the start at the end of each edge, turn times included
    cum_duration_s: list[float] = field(default_factory=list, repr=False)
    #: position in ``coordinates`` of each node of ``nodes``
    node_index: list[int] = field(default_factory=list, repr=False)
    #: turn-graph states of the edges (copies where a restriction needed memory), empty when not known
    states: list[int] = field(default_factory=list, repr=False)
    #: seconds of turning (and traffic lights) at the junction before each edge (``turn_s[0]`` is 0)
    turn_s: list[float] = field(default_factory=list, repr=False)
    start_fraction: float = 0.0
    end_fraction: float = 1.0
    #: legal limit (km/h) on each segment of ``coordinates``: None unknown, ``math.inf`` no limit
    speed_limits_kmh: list[float | None] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``hmi route --json`` and ``hmi/navigation/active``.

        ``speed_limits_kmh`` has one entry per segment of ``coordinates``: km/h, ``null`` where unknown and
        ``"none"`` where the road has no limit."""
        return {
            "distance_m": round(self.distance_m, 1),
            "duration_s": round(self.duration_s, 1),
            "coordinates": [[round(a, 7), round(b, 7)] for a, b in self.coordinates],
            "speed_limits_kmh": [_limit_json(v) for v in self.speed_limits_kmh],
            "maneuvers": [m.to_dict() for m in self.maneuvers],
        }


def _limit_json(v: float | None) -> float | str | None:
    if v is None or math.isnan(v):
        return None
    if math.isinf(v):
        return "none"
    return round(v, 1)
