"""Follow a road path at plausible speeds: accelerate, respect edge speeds, slow for turns."""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass

from hmi.sim.physics import bearing_between

EARTH_RADIUS_M = 6_371_008.8
#: Lateral acceleration the simulated driver accepts in turns (m/s²).
COMFORT_LATERAL_ACCEL = 2.0
#: How far ahead the driver looks for the next turn (m).
LOOKAHEAD_M = 80.0


def _dist_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class DrivePath:
    """A polyline with the speed limit (km/h) of the road each segment lies on."""

    points: list[tuple[float, float]]
    limits_kmh: list[float]
    """One per segment (``len(points) - 1``)."""

    def __post_init__(self) -> None:
        if len(self.points) < 2 or len(self.limits_kmh) != len(self.points) - 1:
            raise ValueError("a drive path needs ≥ 2 points and one speed limit per segment")
        self.cum_m = [0.0]
        for (a, b), (c, d) in zip(self.points, self.points[1:], strict=False):
            self.cum_m.append(self.cum_m[-1] + _dist_m(a, b, c, d))
        # Advisory speed at each vertex from the turn angle there (tighter turn → slower).
        self.vertex_kmh = [math.inf] * len(self.points)
        for i in range(1, len(self.points) - 1):
            h1 = bearing_between(*self.points[i - 1], *self.points[i])
            h2 = bearing_between(*self.points[i], *self.points[i + 1])
            turn = abs((h2 - h1 + 180) % 360 - 180)
            if turn > 20:
                seg = max(5.0, min(self.cum_m[i] - self.cum_m[i - 1], self.cum_m[i + 1] - self.cum_m[i], 30.0))
                radius = seg / max(math.radians(turn), 1e-3)
                self.vertex_kmh[i] = max(12.0, math.sqrt(COMFORT_LATERAL_ACCEL * radius) * 3.6)

    @property
    def length_m(self) -> float:
        """Total length of the path."""
        return self.cum_m[-1]

    def locate(self, s: float) -> tuple[float, float, float, int]:
        """Position (lat, lon), heading and segment index at distance ``s`` along the path."""
        s = min(max(s, 0.0), self.length_m)
        i = min(max(bisect.bisect_right(self.cum_m, s) - 1, 0), len(self.points) - 2)
        seg = self.cum_m[i + 1] - self.cum_m[i]
        f = 0.0 if seg <= 0 else (s - self.cum_m[i]) / seg
        (a, b), (c, d) = self.points[i], self.points[i + 1]
        return a + (c - a) * f, b + (d - b) * f, bearing_between(a, b, c, d), i

    def target_speed_kmh(self, s: float) -> float:
        """Speed the driver aims for at ``s``: the road's limit, lower before a turn or the end."""
        _, _, _, i = self.locate(s)
        target = self.limits_kmh[i]
        j = i + 1
        while j < len(self.points) and self.cum_m[j] - s < LOOKAHEAD_M:
            ahead = self.cum_m[j] - s
            # Speed from which we can still brake to the advisory speed at the vertex.
            v_adv = self.vertex_kmh[j] / 3.6 if j < len(self.points) - 1 else 0.0
            reachable = math.sqrt(v_adv * v_adv + 2 * 1.5 * max(ahead, 0.0)) * 3.6
            target = min(target, reachable)
            j += 1
        return target


def path_from_route(graph, route) -> DrivePath:
    """A drive path along a ``hmi.nav.route.Route`` with each edge's mean speed as its limit."""
    points: list[tuple[float, float]] = []
    limits: list[float] = []
    for e in route.edges:
        poly = graph.edge_polyline(int(e))
        length = float(graph.edge_length_m[e])
        time_s = float(graph.edge_time_s[e])
        kmh = min(130.0, max(15.0, length / time_s * 3.6 if time_s > 0 else 30.0))
        start = 1 if points else 0
        for lat, lon in poly[start:]:
            if points and points[-1] == (float(lat), float(lon)):
                continue
            if points:
                limits.append(kmh)
            points.append((float(lat), float(lon)))
    return DrivePath(points, limits)


def concat(paths: Sequence[DrivePath]) -> DrivePath:
    """Join paths end to start into one."""
    points: list[tuple[float, float]] = []
    limits: list[float] = []
    for p in paths:
        pts, lim = p.points, p.limits_kmh
        if points and points[-1] == pts[0]:
            pts = pts[1:]
        elif points:
            limits.append(lim[0])
        points.extend(pts)
        limits.extend(lim)
    return DrivePath(points, limits)
