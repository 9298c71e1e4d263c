"""Reachable range: the area the car can reach on the current charge, as polygons for the map.

A node is reachable when *some* road path gets there without the battery going below the floor — not only the
fastest one (a slower road often needs much less energy). The search is the planner's minimum-energy model with
the battery's limits: from the car's position it maximises the battery energy left at every node, where driving
an edge of energy ``e`` turns ``b`` into ``min(full, b − e)`` and is allowed only while ``b − e ≥ floor``.
Because that step is monotone in ``b`` and a closed loop always costs energy, a label-correcting search (a max-heap
on the energy left, re-opening a node when a downhill path later leaves more) ends with the exact maximum at every
node, with recuperation and a full battery handled. Where the energy runs out inside an edge, the exact point along
the edge's polyline is added. Two searches give the two outlines: down to 0 % ("with the current SoC") and down
to the reserve.

On a map where no edge recuperates energy (no elevation data, or no descent steep enough to recuperate more
than the drive costs) the battery only drains, so the energy left is the start minus the minimum-energy path: one
compiled Dijkstra (scipy) with the budget as its limit serves both outlines. The label-correcting search is used
whenever some edge recuperates.

The outline is a radial sweep: around the start, the farthest reachable point in each of ``sectors`` angular
sectors, in angle order — a star-shaped polygon that follows the road network's reach (valleys stay narrow)
where a convex hull would paint over mountains.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field
from typing import Any

from hmi.lazy import np
from hmi.nav.ev.cache import caches_of
from hmi.nav.ev.consumption import ConsumptionModel, edge_energies, edge_energy_list

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


def _points_along(graph: Any, edges: np.ndarray, frac: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(lat, lon) arrays: the point at fraction ``frac[i]`` of edge ``edges[i]``'s polyline length, for all at once
    (a country's range ends inside thousands of edges)."""
    if not len(edges):
        return np.zeros(0), np.zeros(0)
    offsets = np.asarray(graph.geom_offsets, dtype=np.int64)
    a, b = offsets[edges], offsets[edges + 1]
    counts = b - a
    first = np.cumsum(counts) - counts  # each edge's first point in the flat arrays below
    flat = np.repeat(a - first, counts) + np.arange(int(counts.sum()))
    lat = np.asarray(graph.geom_lat, dtype=np.float64)[flat]
    lon = np.asarray(graph.geom_lon, dtype=np.float64)[flat]
    cos_lat = np.cos(np.radians(lat))
    seg = np.hypot(np.diff(lat), np.diff(lon) * cos_lat[:-1])
    seg[first[1:] - 1] = 0.0  # no segment between one edge's last point and the next edge's first
    cum = np.concatenate(([0.0], np.cumsum(seg)))  # running length at every flat point
    start, stop = first, first + counts - 1
    x = cum[start] + np.clip(frac, 0.0, 1.0) * (cum[stop] - cum[start])
    k = np.clip(np.searchsorted(cum, x, side="right") - 1, start, np.maximum(start, stop - 1))
    nxt = np.minimum(k + 1, stop)
    span = cum[nxt] - cum[k]
    t = np.where(span > 0, (x - cum[k]) / np.where(span > 0, span, 1.0), 0.0)
    return lat[k] + t * (lat[nxt] - lat[k]), lon[k] + t * (lon[nxt] - lon[k])


def _sweep(lat0: float, lon0: float, lat: np.ndarray, lon: np.ndarray, sectors: int) -> list[tuple[float, float]]:
    if not len(lat):
        return []
    a = np.column_stack((np.asarray(lat, dtype=np.float64), np.asarray(lon, dtype=np.float64)))
    cos_lat = math.cos(math.radians(lat0))
    y = (a[:, 0] - lat0) * _M_PER_DEG
    x = (a[:, 1] - lon0) * _M_PER_DEG * cos_lat
    r = np.hypot(x, y)
    sector = ((np.arctan2(y, x) + math.pi) / (2 * math.pi) * sectors).astype(np.int64) % sectors
    # per sector its farthest point (the first one on ties), in sector order — in linear time: a country's range
    # has hundreds of thousands of points, and sorting them all was a third of the range's time
    far = np.full(sectors, -np.inf)
    np.maximum.at(far, sector, r)
    is_far = r == far[sector]
    first = np.full(sectors, len(r), dtype=np.int64)
    np.minimum.at(first, sector[is_far], np.flatnonzero(is_far))
    pick = first[first < len(r)]
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
    b0 = cap * soc_pct / 100.0
    floors = (0.0, cap * reserve_pct / 100.0)
    ekwh_arr = edge_energies(graph, model)
    lat0, lon0 = float(graph.node_lat[node]), float(graph.node_lon[node])
    area = ReachableArea()
    if float(ekwh_arr.min(initial=0.0)) >= 0.0:
        results = _reach_nonnegative(graph, model, ekwh_arr, node, b0, floors)
    else:
        results = [_reach_general(graph, model, node, b0, f, cap) for f in floors]
    node_lat, node_lon = np.asarray(graph.node_lat), np.asarray(graph.node_lon)
    indptr, target = np.asarray(graph.indptr), np.asarray(graph.edge_target)
    src = np.asarray(graph.edge_sources)
    for (nodes, left, length), floor_kwh, which in zip(results, floors, ("full", "reserve"), strict=True):
        reached = np.zeros(len(node_lat), dtype=bool)
        reached[nodes] = True
        spare = np.full(len(node_lat), -np.inf)
        spare[nodes] = left - floor_kwh
        # edges out of reached nodes into unreached ones that the energy left cannot finish: their end point
        starts, counts = indptr[nodes], indptr[nodes + 1] - indptr[nodes]
        out_e = np.repeat(starts - np.cumsum(counts) + counts, counts) + np.arange(int(counts.sum()))
        ek_out = ekwh_arr[out_e]
        cand = out_e[~reached[target[out_e]] & (ek_out > spare[src[out_e]]) & (ek_out > 0)]
        pts_lat = [node_lat[nodes]]
        pts_lon = [node_lon[nodes]]
        if len(cand):
            ex_lat, ex_lon = _points_along(graph, cand, np.maximum(0.0, spare[src[cand]]) / ekwh_arr[cand])
            pts_lat.append(ex_lat)
            pts_lon.append(ex_lon)
        poly = _sweep(lat0, lon0, np.concatenate(pts_lat), np.concatenate(pts_lon), sectors)
        count = len(nodes)
        far = float(length.max()) if len(length) else 0.0
        if which == "full":
            area.polygon, area.nodes, area.max_distance_m = poly, count, far
        else:
            area.polygon_reserve, area.nodes_reserve = poly, count
    return area


def _reach_general(
    graph: Any, model: ConsumptionModel, node: int, b0: float, floor_kwh: float, cap: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(nodes, energy left, path length) by the label-correcting search (any sign of edge energy)."""
    left, length = max_energy_left(
        np.asarray(graph.indptr).tolist(),
        np.asarray(graph.edge_target).tolist(),
        edge_energy_list(graph, model),
        np.asarray(graph.edge_length_m, dtype=np.float64).tolist(),
        node,
        b0,
        floor_kwh,
        cap,
    )
    nodes = np.fromiter(left.keys(), dtype=np.int64, count=len(left))
    return (
        nodes,
        np.fromiter(left.values(), dtype=np.float64, count=len(left)),
        np.array([length[int(n)] for n in nodes], dtype=np.float64),
    )


def _reach_nonnegative(
    graph: Any, model: ConsumptionModel, ekwh: np.ndarray, node: int, b0: float, floors: tuple[float, ...]
) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    """The same result when every edge costs energy (a flat map): the battery only drains, never clamps, so the
    most energy left is ``b0 −`` the minimum-energy path — one compiled Dijkstra (scipy) for all floors."""
    from scipy.sparse.csgraph import dijkstra

    matrix, keys, kept = _energy_matrix(graph, model, ekwh)
    budget = b0 - min(floors)
    if budget < 0:
        return [(np.array([node]), np.array([b0]), np.array([0.0])) for _ in floors]
    dist, pred = dijkstra(matrix, indices=node, limit=budget + 1e-12, return_predecessors=True)
    reached = np.flatnonzero(np.isfinite(dist))
    # road length along the minimum-energy tree: the edge into each node from its predecessor, then path sums
    # by pointer jumping (log2(depth) vector steps), on the reached nodes only
    n = len(dist)
    local = np.full(n, -1, dtype=np.int64)
    local[reached] = np.arange(len(reached))
    p_node = pred[reached]
    has = p_node >= 0
    parent = np.arange(len(reached))
    parent[has] = local[p_node[has]]
    step = np.zeros(len(reached))
    k = np.searchsorted(keys, p_node[has].astype(np.int64) * n + reached[has])
    step[has] = np.asarray(graph.edge_length_m, dtype=np.float64)[kept[k]]
    length_local, hop = step, parent
    ids = np.arange(len(reached))
    while True:
        length_local = length_local + np.where(hop != ids, length_local[hop], 0.0)
        nxt = hop[hop]
        if np.array_equal(nxt, hop):
            break
        hop = nxt
    length = np.zeros(n)
    length[reached] = length_local
    out = []
    for f in floors:
        keep = reached[dist[reached] <= b0 - f + 1e-12]
        if node not in keep:
            keep = np.concatenate(([node], keep))
        out.append((keep, b0 - dist[keep], length[keep]))
    return out


def max_energy_left(
    indptr: list[int],
    target: list[int],
    ekwh: list[float],
    elen: list[float],
    source: int,
    start_kwh: float,
    floor_kwh: float,
    full_kwh: float,
) -> tuple[dict[int, float], dict[int, float]]:
    """Most battery energy left (kWh) at every node reachable from ``source`` without going below ``floor_kwh``.

    Returns ({node: energy left}, {node: road length of that path}); the source is always in it.
    """
    left: dict[int, float] = {source: start_kwh}
    length: dict[int, float] = {source: 0.0}
    heap = [(-start_kwh, source)]
    pop, push = heapq.heappop, heapq.heappush
    while heap:
        nb, u = pop(heap)
        b = -nb
        if b < left[u]:
            continue  # a better label of u was found since
        lu = length[u]
        for e in range(indptr[u], indptr[u + 1]):
            r = b - ekwh[e]
            if r < floor_kwh:
                continue
            if r > full_kwh:
                r = full_kwh
            v = target[e]
            if r > left.get(v, -math.inf) + 1e-12:
                left[v] = r
                length[v] = lu + elen[e]
                push(heap, (-r, v))
    return left, length


def _energy_matrix(graph: Any, model: ConsumptionModel, ekwh: np.ndarray) -> tuple[Any, np.ndarray, np.ndarray]:
    """(CSR matrix of the least energy between adjacent nodes, sorted keys ``u·n + v``, edge id per key), cached."""
    from scipy.sparse import csr_matrix

    caches = caches_of(graph)
    key = ("energy_csr", model.key)
    hit = caches.edge_kwh.get(key) if caches is not None else None
    if hit is not None:
        return hit
    n = len(graph.node_lat)
    src = np.asarray(graph.edge_sources, dtype=np.int64)
    tgt = np.asarray(graph.edge_target, dtype=np.int64)
    pair = src * n + tgt
    order = np.lexsort((ekwh, pair))  # per node pair the least-energy parallel edge first
    first = np.ones(len(order), dtype=bool)
    first[1:] = pair[order][1:] != pair[order][:-1]
    kept = order[first]
    keys = pair[kept]
    # a stored zero would be dropped as "no edge" by some sparse operations: keep free edges as a tiny cost
    matrix = csr_matrix((np.maximum(ekwh[kept], 1e-15), (src[kept], tgt[kept])), shape=(n, n))
    out = (matrix, keys, kept)
    if caches is not None:
        caches.edge_kwh.put(key, out)
    return out
