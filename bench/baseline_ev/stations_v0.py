"""Frozen copy of the fastest-path charger graph (benchmark baseline only; see planner_v0.py).

The "charger graph": origin, compatible chargers and destination with driving time and energy between pairs.

Each hop is the *fastest* road path (time Dijkstra on the CSR graph) with its energy from the consumption model
accumulated along the path. Besides the total energy ``c`` a hop keeps what the battery limits need:

* ``peak``  — the largest energy drawn at any point of the path (≥ c when the path climbs and then descends), so
  departing with ``b`` never goes below ``b − peak``;
* ``relief`` — the most energy recovered below the path's start (``−min prefix``): with the battery clamped at
  100 %, arrival is ``min(b − c, 100 % − c + (−relief))``;
* ``drawdown`` — the largest drop after a low point (only matters when regen fills the battery).

Shortest-path trees are cached on the graph per (source node, consumption model), so the chargers' trees are
computed once per vehicle/temperature and a new plan only needs the origin's tree.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field
from typing import Any

from hmi.lazy import np
from hmi.nav.ev.consumption import ConsumptionModel, edge_energies

_TREE_CACHE_MAX = 1024


@dataclass
class Tree:
    """Fastest-path tree from one source with energy statistics along the tree paths (kWh, s, m).

    Per-node lists indexed by node id; ``time[n]`` is ``inf`` for nodes not reached.
    """

    source: int
    time: list[float]
    pred_edge: list[int]
    energy: list[float]
    peak: list[float]
    low: list[float]
    drawdown: list[float]
    length: list[float]
    reached: list[int]  # nodes in settling order

    def reaches(self, node: int) -> bool:
        """True when ``node`` is in the tree."""
        return self.time[node] < math.inf

    def path_edges(self, target: int, graph: Any) -> list[int]:
        """Edge ids of the tree path source → target (empty when target is the source or unreached)."""
        edges: list[int] = []
        src_of = graph.edge_sources
        v = target
        while v != self.source:
            e = self.pred_edge[v]
            if e < 0:
                return []
            edges.append(e)
            v = int(src_of[e])
        edges.reverse()
        return edges


@dataclass(frozen=True)
class Hop:
    """Driving from one station to another along the fastest road path."""

    time_s: float
    distance_m: float
    energy_kwh: float
    peak_kwh: float
    relief_kwh: float
    drawdown_kwh: float


@dataclass
class StationGraph:
    """Stations (index 0 = origin, last = destination) and the hops between them."""

    nodes: list[int]
    hops: dict[tuple[int, int], Hop]
    trees: dict[int, Tree] = field(default_factory=dict)  # by station index (origin and chargers)


def _adjacency(graph: Any) -> tuple[list[int], list[int], list[float], list[float]]:
    cache = graph._aux if isinstance(getattr(graph, "_aux", None), dict) else {}
    adj = cache.get("ev_adjacency")
    if adj is None:
        adj = (
            np.asarray(graph.indptr).tolist(),
            np.asarray(graph.edge_target).tolist(),
            np.asarray(graph.edge_time_s, dtype=np.float64).tolist(),
            np.asarray(graph.edge_length_m, dtype=np.float64).tolist(),
        )
        cache["ev_adjacency"] = adj
    return adj


def fastest_tree(
    graph: Any, model: ConsumptionModel, source: int, max_peak_kwh: float = math.inf, cache: bool = True
) -> Tree:
    """Time-Dijkstra from ``source`` accumulating energy along the tree; prunes where ``peak > max_peak_kwh``."""
    store = graph._aux.setdefault("ev_trees", {}) if cache and isinstance(getattr(graph, "_aux", None), dict) else None
    key = (source, model.key, max_peak_kwh)
    if store is not None and key in store:
        return store[key]
    indptr, target, etime, elen = _adjacency(graph)
    ekwh = graph._aux.get(("ev_edge_kwh_list", model.key)) if store is not None else None
    if ekwh is None:
        ekwh = edge_energies(graph, model).tolist()
        if store is not None:
            graph._aux[("ev_edge_kwh_list", model.key)] = ekwh
    n = len(indptr) - 1
    inf = math.inf
    time = [inf] * n
    energy = [0.0] * n
    peak = [0.0] * n
    low = [0.0] * n
    draw = [0.0] * n
    length = [0.0] * n
    pred = [-1] * n
    done = bytearray(n)
    reached: list[int] = []
    time[source] = 0.0
    heap = [(0.0, source)]
    pop, push = heapq.heappop, heapq.heappush
    while heap:
        t, u = pop(heap)
        if done[u]:
            continue
        done[u] = 1
        reached.append(u)
        eu, pu, lu, du, len_u = energy[u], peak[u], low[u], draw[u], length[u]
        for e in range(indptr[u], indptr[u + 1]):
            v = target[e]
            nt = t + etime[e]
            if nt >= time[v] or done[v]:
                continue
            ev = eu + ekwh[e]
            pv = pu if pu > ev else ev
            if pv > max_peak_kwh:
                continue
            time[v] = nt
            pred[v] = e
            energy[v] = ev
            peak[v] = pv
            low[v] = lu if lu < ev else ev
            dd = ev - lu
            draw[v] = du if du > dd else dd
            length[v] = len_u + elen[e]
            push(heap, (nt, v))
    tree = Tree(source, time, pred, energy, peak, low, draw, length, reached)
    if store is not None:
        if len(store) >= _TREE_CACHE_MAX:
            store.pop(next(iter(store)))
        store[key] = tree
    return tree


def build_station_graph(
    graph: Any, model: ConsumptionModel, origin: int, destination: int, charger_nodes: list[int], cache: bool = True
) -> StationGraph:
    """Hops between all stations (origin → chargers/destination, charger → chargers/destination).

    Trees are pruned where the energy peak exceeds a full battery, so far-apart stations on a big map have no hop.
    """
    nodes = [origin, *charger_nodes, destination]
    full = model.profile.usable_capacity_kwh
    sg = StationGraph(nodes=nodes, hops={})
    last = len(nodes) - 1
    for i in range(last):  # no hops out of the destination
        tree = fastest_tree(graph, model, nodes[i], max_peak_kwh=full, cache=cache)
        sg.trees[i] = tree
        for j in range(1, last + 1):
            if j == i:
                continue
            n = nodes[j]
            t = tree.time[n]
            if t == math.inf:
                continue
            sg.hops[(i, j)] = Hop(
                time_s=t,
                distance_m=tree.length[n],
                energy_kwh=tree.energy[n],
                peak_kwh=tree.peak[n],
                relief_kwh=-tree.low[n],
                drawdown_kwh=tree.drawdown[n],
            )
    return sg
