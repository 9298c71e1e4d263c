"""Frozen copy of the reachable range before the minimum-energy model (benchmark baseline only).

Reachable range: the area the car can reach on the current charge, as polygons for the map.

One energy-bounded search from the car's position: the fastest-path tree (time Dijkstra) with the consumption
model's energy accumulated along it and pruned where the energy drawn exceeds the battery — the same paths and
energies the planner and the guidance use. A road node is reachable if the peak energy on its path fits the
budget; where the budget runs out inside an edge, the exact point along the edge's polyline is added. Two budgets
come out of the one search: down to 0 % ("with the current SoC") and down to the reserve.

The outline is a radial sweep: around the start, the farthest reachable point in each of ``sectors`` angular
sectors, in angle order — a star-shaped polygon that follows the road network's reach (valleys stay narrow)
where a convex hull would paint over mountains.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from bench.baseline_ev.stations_v0 import fastest_tree
from hmi.lazy import np
from hmi.nav.ev.consumption import ConsumptionModel, edge_energies

_M_PER_DEG = 111_320.0


@dataclass
class ReachableArea:
    """Outlines (lists of (lat, lon), not closed) and figures of the reachable area."""

    polygon: list[tuple[float, float]] = field(default_factory=list)  # down to 0 %
    polygon_reserve: list[tuple[float, float]] = field(default_factory=list)  # down to the reserve
    nodes: int = 0
    nodes_reserve: int = 0
    max_distance_m: float = 0.0  # farthest reachable road distance (0 %)

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form for the map layer and the CLI."""
        return {
            "polygon": [list(p) for p in self.polygon],
            "polygon_reserve": [list(p) for p in self.polygon_reserve],
            "nodes": self.nodes,
            "nodes_reserve": self.nodes_reserve,
            "max_distance_m": round(self.max_distance_m, 1),
        }


def _point_along(graph: Any, e: int, frac: float) -> tuple[float, float]:
    """(lat, lon) at fraction ``frac`` of edge ``e``'s polyline length."""
    poly = np.asarray(graph.edge_polyline(e), dtype=np.float64)
    if len(poly) < 2:
        return float(poly[0][0]), float(poly[0][1])
    cos_lat = math.cos(math.radians(float(poly[0][0])))
    d = np.hypot(np.diff(poly[:, 0]), np.diff(poly[:, 1]) * cos_lat)
    cum = np.concatenate(([0.0], np.cumsum(d)))
    if cum[-1] <= 0:
        return float(poly[0][0]), float(poly[0][1])
    x = frac * cum[-1]
    k = int(min(np.searchsorted(cum, x, side="right") - 1, len(d) - 1))
    t = (x - cum[k]) / d[k] if d[k] > 0 else 0.0
    p = poly[k] + t * (poly[k + 1] - poly[k])
    return float(p[0]), float(p[1])


def _sweep(lat0: float, lon0: float, pts: list[tuple[float, float]], sectors: int) -> list[tuple[float, float]]:
    if not pts:
        return []
    a = np.asarray(pts, dtype=np.float64)
    cos_lat = math.cos(math.radians(lat0))
    y = (a[:, 0] - lat0) * _M_PER_DEG
    x = (a[:, 1] - lon0) * _M_PER_DEG * cos_lat
    r = np.hypot(x, y)
    sector = ((np.arctan2(y, x) + math.pi) / (2 * math.pi) * sectors).astype(np.int64) % sectors
    order = np.lexsort((-r, sector))  # per sector, farthest first
    first = np.ones(len(order), dtype=bool)
    first[1:] = sector[order][1:] != sector[order][:-1]
    pick = order[first]
    pick = pick[r[pick] > 1.0] if len(pick) > 2 else pick
    if len(pick) < 3:  # too little reach for an area: a small diamond around the start
        rad = max(float(r.max()) if len(r) else 0.0, 50.0)
        dlat, dlon = rad / _M_PER_DEG, rad / (_M_PER_DEG * cos_lat)
        return [(lat0 + dlat, lon0), (lat0, lon0 + dlon), (lat0 - dlat, lon0), (lat0, lon0 - dlon)]
    return [(float(a[i, 0]), float(a[i, 1])) for i in pick]


def reachable_area(
    graph: Any,
    model: ConsumptionModel,
    lat: float,
    lon: float,
    soc_pct: float,
    reserve_pct: float = 0.0,
    sectors: int = 72,
) -> ReachableArea:
    """Reachable area from (lat, lon) with ``soc_pct`` % (outline to 0 % and to ``reserve_pct`` %).

    Raises ValueError for non-finite or out-of-range input and when the point is off the map.
    """
    for name, v, lo, hi in (
        ("soc", soc_pct, 0, 100),
        ("reserve", reserve_pct, 0, 100),
        ("lat", lat, -90, 90),
        ("lon", lon, -180, 180),
    ):
        if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v) or not lo <= v <= hi:
            raise ValueError(f"{name} {v!r} is outside {lo} … {hi}")
    node, dist = graph.nearest_node_with_distance(lat, lon)
    if node < 0 or dist > 3000.0:
        raise ValueError("position is off the map")
    cap = model.profile.usable_capacity_kwh
    budget = cap * soc_pct / 100.0
    budget_res = cap * max(0.0, soc_pct - reserve_pct) / 100.0
    tree = fastest_tree(graph, model, node, max_peak_kwh=budget, cache=False)
    ekwh = edge_energies(graph, model)
    indptr, target = np.asarray(graph.indptr), np.asarray(graph.edge_target)
    lat0, lon0 = float(graph.node_lat[node]), float(graph.node_lon[node])
    area = ReachableArea()
    for budget_kwh, which in ((budget, "full"), (budget_res, "reserve")):
        pts: list[tuple[float, float]] = []
        count = 0
        far = 0.0
        for u in tree.reached:
            if tree.peak[u] > budget_kwh + 1e-12:
                continue
            count += 1
            pts.append((float(graph.node_lat[u]), float(graph.node_lon[u])))
            far = max(far, tree.length[u])
            left = budget_kwh - tree.energy[u]
            for e in range(int(indptr[u]), int(indptr[u + 1])):
                v = int(target[e])
                ek = float(ekwh[e])
                if ek > left and ek > 0 and (not tree.reaches(v) or tree.peak[v] > budget_kwh):
                    pts.append(_point_along(graph, e, max(0.0, left) / ek))
        poly = _sweep(lat0, lon0, pts, sectors)
        if which == "full":
            area.polygon, area.nodes, area.max_distance_m = poly, count, far
        else:
            area.polygon_reserve, area.nodes_reserve = poly, count
    return area
