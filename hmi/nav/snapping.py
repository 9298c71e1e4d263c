"""Positions on the road network: a point becomes a place *along a road edge* (edge, fraction), not a junction.

Routing from the nearest junction would start a car that stands just before a junction *at* the junction, free
to turn where the road rules forbid it (the car is on the approach road and must obey its restrictions). So a
start or destination is the closest point of the closest road polyline: both directions of a two-way road are
candidates (a parked car may leave either way; with a known heading only the matching direction is kept).

:class:`SegmentGrid` indexes every polyline segment in a uniform lat/lon grid (long segments are registered in
every cell they cross), so a lookup costs microseconds at country scale instead of a scan of all points.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from hmi.nav.graph import RoadGraph
from hmi.nav.per_graph import PerGraph
from hmi.nav.turns import reverse_twins

#: grid cell size in degrees of latitude (~220 m)
CELL_DEG = 0.002
#: a direction is "the one the car drives" when its bearing is within this of the car's heading
HEADING_TOLERANCE_DEG = 90.0
#: two candidates this close (metres) are the same road (the two directions of a two-way road)
SAME_ROAD_M = 0.5


def project_onto_segments(
    a_lat: np.ndarray, a_lon: np.ndarray, b_lat: np.ndarray, b_lon: np.ndarray, lat: float, lon: float, cos: float
) -> tuple[np.ndarray, np.ndarray]:
    """(fraction along each segment a→b of the closest point to (lat, lon), its distance in metres), in a local
    flat projection (``cos`` = cosine of the latitude)."""
    ay, ax = (a_lat - lat) * 111_320.0, (a_lon - lon) * 111_320.0 * cos
    by, bx = (b_lat - lat) * 111_320.0, (b_lon - lon) * 111_320.0 * cos
    dx, dy = bx - ax, by - ay
    l2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(l2 > 0, -(ax * dx + ay * dy) / l2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    return t, np.hypot(ax + t * dx, ay + t * dy)


@dataclass(frozen=True)
class EdgePos:
    """A point on road edge ``edge`` at ``fraction`` (0 tail … 1 head) of its length, ``distance_m`` from the
    point that was snapped."""

    edge: int
    fraction: float
    distance_m: float


class SegmentGrid:
    """Polyline segments of a graph in a lat/lon grid (see the module docstring)."""

    def __init__(self, graph: RoadGraph) -> None:
        """Index ``graph`` (vectorised; a second or two for a country)."""
        self.graph = graph
        lat = np.asarray(graph.geom_lat, dtype=np.float64)
        lon = np.asarray(graph.geom_lon, dtype=np.float64)
        go = np.asarray(graph.geom_offsets, dtype=np.int64)
        self.cos = math.cos(math.radians(float(np.mean(lat)))) if len(lat) else 1.0
        cos = self.cos
        # segment i joins point i and i+1; keep those inside one edge
        seg = np.arange(max(len(lat) - 1, 0), dtype=np.int64)
        seg_edge = np.searchsorted(go, seg, side="right") - 1
        inside = (seg + 1) < go[seg_edge + 1]
        self.seg = seg[inside]
        self.seg_edge = seg_edge[inside]
        dy = (lat[self.seg + 1] - lat[self.seg]) * 111_320.0
        dx = (lon[self.seg + 1] - lon[self.seg]) * 111_320.0 * cos
        self.seg_len = np.hypot(dx, dy)
        # metres along the edge at each point (flat projection, as the fractions of the router use)
        step = np.zeros(len(lat))
        step[self.seg + 1] = self.seg_len
        pos = np.cumsum(step)
        self.pos = pos
        self.edge_start = pos[go[:-1]] if len(go) > 1 else np.zeros(0)
        self.edge_len = pos[np.maximum(go[1:] - 1, go[:-1])] - self.edge_start if len(go) > 1 else np.zeros(0)
        self.lat, self.lon = lat, lon
        self.twin = reverse_twins(graph)
        # register each segment in the cells of sample points every half cell along it
        cell_m = CELL_DEG * 111_320.0 * min(1.0, cos)
        k = np.ceil(self.seg_len / (cell_m / 2)).astype(np.int64) + 1
        rep = np.repeat(np.arange(len(self.seg)), k)
        first = np.cumsum(k) - k
        t = (np.arange(len(rep)) - np.repeat(first, k)) / np.maximum(np.repeat(k - 1, k), 1)
        s_lat = lat[self.seg[rep]] + t * (lat[self.seg[rep] + 1] - lat[self.seg[rep]])
        s_lon = lon[self.seg[rep]] + t * (lon[self.seg[rep] + 1] - lon[self.seg[rep]])
        key = self._key(np.floor(s_lat / CELL_DEG), np.floor(s_lon / CELL_DEG))
        pairs = np.unique(np.stack((key, rep.astype(np.int64))), axis=1) if len(rep) else np.zeros((2, 0), np.int64)
        self.keys = pairs[0]
        self.items = pairs[1]

    @staticmethod
    def _key(ci: np.ndarray, cj: np.ndarray) -> np.ndarray:
        return (np.asarray(ci, np.int64) + (1 << 20)) * (1 << 22) + (np.asarray(cj, np.int64) + (1 << 21))

    def near(self, lat: float, lon: float, radius_m: float) -> np.ndarray:
        """Indices (into this grid's segment arrays) of segments registered in cells within ``radius_m``."""
        dlat = radius_m / 111_320.0
        dlon = radius_m / (111_320.0 * max(0.01, self.cos))
        i0, i1 = math.floor((lat - dlat) / CELL_DEG), math.floor((lat + dlat) / CELL_DEG)
        j0, j1 = math.floor((lon - dlon) / CELL_DEG), math.floor((lon + dlon) / CELL_DEG)
        if (i1 - i0 + 1) * (j1 - j0 + 1) > 40_000:
            return np.arange(len(self.seg))
        out = []
        for i in range(i0, i1 + 1):
            lo_key = int(self._key(np.array([i]), np.array([j0]))[0])
            hi_key = int(self._key(np.array([i]), np.array([j1]))[0])
            a = np.searchsorted(self.keys, lo_key, side="left")
            b = np.searchsorted(self.keys, hi_key, side="right")
            if b > a:
                out.append(self.items[a:b])
        return np.unique(np.concatenate(out)) if out else np.zeros(0, np.int64)

    def candidates(self, lat: float, lon: float, radius_m: float) -> list[EdgePos]:
        """Every edge with a segment within ``radius_m`` of (lat, lon): its closest point, nearest first."""
        idx = self.near(lat, lon, radius_m)
        if len(idx) == 0:
            return []
        s = self.seg[idx]
        t, d = project_onto_segments(self.lat[s], self.lon[s], self.lat[s + 1], self.lon[s + 1], lat, lon, self.cos)
        ok = d <= radius_m
        if not ok.any():
            return []
        idx, t, d = idx[ok], t[ok], d[ok]
        edges = self.seg_edge[idx]
        order = np.lexsort((d, edges))
        edges, idx, t, d = edges[order], idx[order], t[order], d[order]
        first = np.r_[True, edges[1:] != edges[:-1]]  # closest segment of each edge
        edges, idx, t, d = edges[first], idx[first], t[first], d[first]
        along = self.pos[self.seg[idx]] + t * self.seg_len[idx] - self.edge_start[edges]
        length = self.edge_len[edges]
        frac = np.where(length > 0, np.clip(along / np.where(length > 0, length, 1.0), 0.0, 1.0), 0.0)
        rank = np.argsort(d, kind="stable")
        return [EdgePos(int(edges[k]), float(frac[k]), float(d[k])) for k in rank]

    def bearing_at(self, pos: EdgePos) -> float:
        """Compass bearing of the edge's polyline at ``pos`` (degrees)."""
        g = self.graph
        a, b = int(g.geom_offsets[pos.edge]), int(g.geom_offsets[pos.edge + 1])
        target = self.edge_start[pos.edge] + pos.fraction * self.edge_len[pos.edge]
        k = int(np.searchsorted(self.pos[a:b], target, side="right")) - 1
        k = min(max(k, 0), max(b - a - 2, 0)) + a
        if k + 1 >= b:
            return 0.0
        dy = (self.lat[k + 1] - self.lat[k]) * 111_320.0
        dx = (self.lon[k + 1] - self.lon[k]) * 111_320.0 * self.cos
        return math.degrees(math.atan2(dx, dy)) % 360.0

    def point_at(self, edge: int, fraction: float) -> tuple[float, float]:
        """(lat, lon) at ``fraction`` of edge ``edge``'s length."""
        g = self.graph
        a, b = int(g.geom_offsets[edge]), int(g.geom_offsets[edge + 1])
        target = self.edge_start[edge] + min(max(fraction, 0.0), 1.0) * self.edge_len[edge]
        k = int(np.searchsorted(self.pos[a:b], target, side="right")) - 1
        k = min(max(k, 0), max(b - a - 2, 0)) + a
        if k + 1 >= b:
            return float(self.lat[k]), float(self.lon[k])
        seg = self.pos[k + 1] - self.pos[k]
        f = (target - self.pos[k]) / seg if seg > 0 else 0.0
        f = min(max(f, 0.0), 1.0)
        return (
            float(self.lat[k] + f * (self.lat[k + 1] - self.lat[k])),
            float(self.lon[k] + f * (self.lon[k + 1] - self.lon[k])),
        )

    def cut(self, edge: int, f0: float, f1: float) -> list[tuple[float, float]]:
        """Polyline of ``edge`` from fraction ``f0`` to ``f1`` (f0 ≤ f1), end points interpolated."""
        g = self.graph
        a, b = int(g.geom_offsets[edge]), int(g.geom_offsets[edge + 1])
        if f0 <= 0.0 and f1 >= 1.0:
            return list(zip(self.lat[a:b].tolist(), self.lon[a:b].tolist(), strict=True))
        lo = self.edge_start[edge] + f0 * self.edge_len[edge]
        hi = self.edge_start[edge] + f1 * self.edge_len[edge]
        inner = [k for k in range(a, b) if lo < self.pos[k] < hi]
        pts = [self.point_at(edge, f0)]
        pts += [(float(self.lat[k]), float(self.lon[k])) for k in inner]
        pts.append(self.point_at(edge, f1))
        return pts


_GRID: PerGraph[SegmentGrid] = PerGraph("segment grid")


def segment_grid(graph: RoadGraph) -> SegmentGrid:
    """The graph's segment grid (built on first use, shared)."""
    return _GRID.get(graph, SegmentGrid)
