"""The route as the map draws and follows it: world coordinates, metres along it, driven/ahead split.

Plain Python and numpy. Distances along the route are great-circle metres between its points, the same
measure guidance reports progress in, so ``routeProgressM`` and the next maneuver's distance land on the
drawn line.
"""

from __future__ import annotations

import itertools

from hmi.lazy import np
from hmi.nav import projection as proj
from hmi.nav.graph import bearing_deg, haversine_m

#: The arrow follows the route's direction over this stretch ahead of the car (not a single tiny segment).
BEARING_LOOKAHEAD_M = 12.0


class RouteLine:
    """A route polyline of (lat, lon) points (two or more)."""

    def __init__(self, points: list[tuple[float, float]]) -> None:
        if len(points) < 2:
            raise ValueError("a route needs two points")
        self.points = points
        lat = np.array([p[0] for p in points])
        lon = np.array([p[1] for p in points])
        self.wx, self.wy = proj.lat_lon_to_world_array(lat, lon)
        seg = [haversine_m(a[0], a[1], b[0], b[1]) for a, b in itertools.pairwise(points)]
        self.cum = np.r_[0.0, np.cumsum(seg)]
        self.bounds = (float(self.wx.min()), float(self.wy.min()), float(self.wx.max()), float(self.wy.max()))

    @property
    def length_m(self) -> float:
        """Total length in metres."""
        return float(self.cum[-1])

    def _locate(self, along_m: float) -> tuple[int, float]:
        """(segment index, fraction along it) of the point ``along_m`` metres along the route (clamped)."""
        along = min(max(along_m, 0.0), self.length_m)
        k = int(np.searchsorted(self.cum, along, side="right")) - 1
        k = min(max(k, 0), len(self.points) - 2)
        seg = float(self.cum[k + 1] - self.cum[k])
        return k, (along - float(self.cum[k])) / seg if seg > 0 else 0.0

    def world_at(self, along_m: float) -> tuple[float, float]:
        """World coordinates of the point ``along_m`` metres along the route."""
        k, t = self._locate(along_m)
        return (
            float(self.wx[k] + t * (self.wx[k + 1] - self.wx[k])),
            float(self.wy[k] + t * (self.wy[k + 1] - self.wy[k])),
        )

    def lat_lon_at(self, along_m: float) -> tuple[float, float]:
        """(lat, lon) of the point ``along_m`` metres along the route."""
        k, t = self._locate(along_m)
        (a0, b0), (a1, b1) = self.points[k], self.points[k + 1]
        return a0 + t * (a1 - a0), b0 + t * (b1 - b0)

    def bearing_at(self, along_m: float, lookahead_m: float = BEARING_LOOKAHEAD_M) -> float:
        """Compass bearing of the route at ``along_m``: towards the point ``lookahead_m`` further on (or, at the
        very end, from a point that far back)."""
        a = min(max(along_m, 0.0), self.length_m)
        b = min(a + lookahead_m, self.length_m)
        if b - a < 1.0:
            a = max(0.0, b - lookahead_m)
        p, q = self.lat_lon_at(a), self.lat_lon_at(b)
        if haversine_m(*p, *q) < 0.01:
            k, _ = self._locate(a)
            p, q = self.points[k], self.points[k + 1]
        return bearing_deg(*p, *q)

    def split(self, progress_m: float) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
        """World points of the driven part and of the part ahead at ``progress_m`` (the cut point in both)."""
        xy = list(zip(self.wx.tolist(), self.wy.tolist(), strict=True))
        if progress_m <= 0:
            return [], xy
        if progress_m >= self.length_m:
            return xy, []
        k, _ = self._locate(progress_m)
        cut = self.world_at(progress_m)
        return [*xy[: k + 1], cut], [cut, *xy[k + 1 :]]

    def distance_to(self, along_m: float, lat: float, lon: float) -> float:
        """Metres between (lat, lon) and the route point ``along_m`` along it."""
        p = self.lat_lon_at(along_m)
        return haversine_m(p[0], p[1], lat, lon)
