"""The "charger graph": origin, compatible chargers and destination, with *every* useful road path between them.

Between two stations the fastest road is often not the best one for an EV: a slower country road can need much
less energy than a motorway and save a charging stop or make a trip possible at all. So a hop is not one path
but a **Pareto set** of paths, found by a multi-criteria label-setting search (Martins' algorithm) on the road
graph from each station. A label is one path from the source and carries

* ``time`` — driving time (s), the order in which labels are settled;
* ``energy`` — net battery energy ``c`` (kWh; negative parts are recovered downhill);
* ``peak`` — the largest energy drawn at any point of the path (≥ c when the path climbs and then descends), so
  departing with ``b`` never goes below ``b − peak``;
* ``low`` — the lowest prefix energy (≤ 0): with the battery clamped at 100 %, arrival is
  ``min(b − c, 100 % − c + low)``; ``relief = −low``;
* ``drawdown`` — the largest drop after a low point (only matters when regen has filled the battery).

These four numbers describe exactly what the battery does on the path for every departure SoC (SoC at a point
``k`` is ``min(b − E_k, min_{j ≤ k} 100 % − E_k + E_j)``), so a label is dropped only when another label at the
same node is no slower, draws no more energy, peaks no higher, recovers no less below its start and has no
larger drawdown: nothing a later decision could use is lost. Paths that need more than a full battery
(``peak`` or ``drawdown`` above the usable capacity) are pruned. With positive times and no energy-gaining
cycles (a closed loop always costs energy) the search ends, and the labels at a station node are every
non-dominated road path to it. The first label settled at a node is the fastest path (the old single hop).

The search is node-based: it does not see turn restrictions or turn costs of the turn-expanded graph
(:mod:`hmi.nav.turns`); the guidance routes each leg again with the router when the plan is driven.

Searches are cached per graph in a bounded LRU (:mod:`hmi.nav.ev.cache`) by (source, consumption model, peak
limit), so the chargers' searches are done once per vehicle/temperature and a new plan needs only the origin's.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field
from typing import Any

from hmi.lazy import np
from hmi.nav.ev.cache import caches_of
from hmi.nav.ev.consumption import ConsumptionModel, edge_energies, edge_energy_list

#: Energies within this (kWh) count as equal when comparing labels.
_E_EPS = 1e-9


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
    """Driving from one station to another along one road path (a label of the Pareto search)."""

    time_s: float
    distance_m: float
    energy_kwh: float
    peak_kwh: float
    relief_kwh: float
    drawdown_kwh: float
    #: the label of the source station's :class:`ParetoSearch` this hop is (-1: made up, e.g. in tests)
    label: int = field(default=-1, compare=False)


@dataclass
class ParetoSearch:
    """All non-dominated paths from ``source``: per-label lists, and the labels settled at every node."""

    source: int
    time: list[float]
    energy: list[float]
    peak: list[float]
    low: list[float]
    drawdown: list[float]
    length: list[float]
    pred: list[int]  # previous label, -1 at the source
    edge: list[int]  # edge that led to the label, -1 at the source
    at_node: dict[int, list[int]]  # node → its labels, fastest first

    @property
    def num_labels(self) -> int:
        """Number of settled labels (the search's size)."""
        return len(self.time)

    def hops_to(self, node: int) -> list[Hop]:
        """The Pareto set of paths to ``node`` as hops, fastest first (empty when unreachable)."""
        return [
            Hop(
                time_s=self.time[i],
                distance_m=self.length[i],
                energy_kwh=self.energy[i],
                peak_kwh=self.peak[i],
                relief_kwh=-self.low[i],
                drawdown_kwh=self.drawdown[i],
                label=i,
            )
            for i in self.at_node.get(node, ())
        ]

    def path_edges(self, label: int) -> list[int]:
        """Edge ids of the path of ``label`` from the source."""
        edges: list[int] = []
        i = label
        while i >= 0 and self.edge[i] >= 0:
            edges.append(self.edge[i])
            i = self.pred[i]
        edges.reverse()
        return edges


@dataclass
class StationGraph:
    """Stations (index 0 = origin, last = destination) and the Pareto hops between them."""

    nodes: list[int]
    #: (from station, to station) → the non-dominated paths, fastest first
    options: dict[tuple[int, int], list[Hop]]
    searches: dict[int, ParetoSearch] = field(default_factory=dict)  # by station index (origin and chargers)

    @property
    def hops(self) -> dict[tuple[int, int], Hop]:
        """The fastest hop of every station pair (what the planner used before it knew slower roads)."""
        return {k: v[0] for k, v in self.options.items() if v}

    def path_edges(self, u: int, hop: Hop) -> list[int]:
        """Road edges of ``hop`` out of station ``u``."""
        if hop.label < 0:
            return []
        return self.searches[u].path_edges(hop.label)


def _adjacency(graph: Any) -> tuple[list[int], list[int], list[float], list[float]]:
    caches = caches_of(graph)
    key = ("adjacency",)
    if caches is not None:
        hit = caches.edge_kwh.get(key)
        if hit is not None:
            return hit
    adj = (
        np.asarray(graph.indptr).tolist(),
        np.asarray(graph.edge_target).tolist(),
        np.asarray(graph.edge_time_s, dtype=np.float64).tolist(),
        np.asarray(graph.edge_length_m, dtype=np.float64).tolist(),
    )
    if caches is not None:
        caches.edge_kwh.put(key, adj)
    return adj


def fastest_tree(
    graph: Any, model: ConsumptionModel, source: int, max_peak_kwh: float = math.inf, cache: bool = True
) -> Tree:
    """Time-Dijkstra from ``source`` accumulating energy along the tree; prunes where ``peak > max_peak_kwh``."""
    caches = caches_of(graph) if cache else None
    key = ("tree", source, model.key, max_peak_kwh)
    if caches is not None:
        hit = caches.searches.get(key)
        if hit is not None:
            return hit
    indptr, target, etime, elen = _adjacency(graph)
    ekwh = edge_energy_list(graph, model)
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
    if caches is not None:
        caches.searches.put(key, tree)
    return tree


def fastest_path(graph: Any, model: ConsumptionModel, source: int, target: int) -> tuple[Hop, list[int]] | None:
    """The fastest road path ``source → target`` whatever its energy (time Dijkstra stopping at the target), as a
    hop with its energy statistics and its edges; None when the target is unreachable."""
    indptr, tgt, etime, _elen = _adjacency(graph)
    ekwh = edge_energy_list(graph, model)
    elen = _adjacency(graph)[3]
    best: dict[int, float] = {source: 0.0}
    pred: dict[int, int] = {}
    done: set[int] = set()
    heap = [(0.0, source)]
    pop, push = heapq.heappop, heapq.heappush
    while heap:
        t, u = pop(heap)
        if u in done:
            continue
        done.add(u)
        if u == target:
            break
        for e in range(indptr[u], indptr[u + 1]):
            v = tgt[e]
            nt = t + etime[e]
            if v not in done and nt < best.get(v, math.inf):
                best[v] = nt
                pred[v] = e
                push(heap, (nt, v))
    if target not in done:
        return None
    edges: list[int] = []
    v = target
    src_of = graph.edge_sources
    while v != source:
        e = pred[v]
        edges.append(e)
        v = int(src_of[e])
    edges.reverse()
    energy = peak = low = draw = length = 0.0
    for e in edges:
        energy += ekwh[e]
        peak = max(peak, energy)
        draw = max(draw, energy - low)
        low = min(low, energy)
        length += elen[e]
    hop = Hop(best[target], length, energy, peak, -low, draw)
    return hop, edges


def pareto_search(
    graph: Any,
    model: ConsumptionModel,
    source: int,
    max_peak_kwh: float = math.inf,
    cache: bool = True,
    max_drawdown_kwh: float | None = None,
    origin: bool = False,
) -> ParetoSearch:
    """Every non-dominated (time, energy, peak, low, drawdown) path from ``source`` (see the module docstring).

    Labels whose ``peak`` exceeds ``max_peak_kwh`` (the most energy the car can leave the source with, above its
    floor) or whose ``drawdown`` exceeds ``max_drawdown_kwh`` (default: ``max_peak_kwh``) are pruned: no
    departure SoC could drive them. ``origin``: a trip's origin, cached apart from the chargers' searches.
    """
    max_draw = max_peak_kwh if max_drawdown_kwh is None else max_drawdown_kwh
    ev_caches = caches_of(graph) if cache else None
    caches = None if ev_caches is None else (ev_caches.origins if origin else ev_caches.searches)
    key = ("pareto", source, model.key, max_peak_kwh, max_draw)
    if caches is not None:
        hit = caches.get(key)
        if hit is not None:
            return hit
    indptr, target, etime, elen = _adjacency(graph)
    ekwh = edge_energy_list(graph, model)
    # settled labels (permanent)
    L_t: list[float] = []
    L_e: list[float] = []
    L_p: list[float] = []
    L_lo: list[float] = []
    L_d: list[float] = []
    L_len: list[float] = []
    L_pred: list[int] = []
    L_edge: list[int] = []
    at_node: dict[int, list[int]] = {}
    best_e = [math.inf] * (len(indptr) - 1)  # least energy of the labels settled at each node
    eps = _E_EPS

    # With no recuperating edge every prefix energy grows: peak = energy, low = 0, drawdown = energy, and the
    # least-energy settled label dominates whatever it does not beat — one comparison instead of a scan.
    flat = float(edge_energies(graph, model).min(initial=0.0)) >= 0.0

    def dominated(v: int, e: float, p: float, lo: float, d: float) -> bool:
        # every settled label at v is no slower (settling is in time order); called when e ≥ best_e[v] − eps
        for i in at_node.get(v, ()):
            if L_e[i] <= e + eps and L_p[i] <= p + eps and L_lo[i] >= lo - eps and L_d[i] <= d + eps:
                return True
        return False

    # heap entries: (time, energy, seq, node, peak, low, drawdown, length, pred label, edge)
    heap: list[tuple[float, float, int, int, float, float, float, float, int, int]] = [
        (0.0, 0.0, 0, source, 0.0, 0.0, 0.0, 0.0, -1, -1)
    ]
    seq = 1
    pop, push = heapq.heappop, heapq.heappush
    while heap:
        t, e, _, u, p, lo, d, ln, pr, ed = pop(heap)
        if e >= best_e[u] - eps and (flat or dominated(u, e, p, lo, d)):
            continue
        lab = len(L_t)
        L_t.append(t)
        L_e.append(e)
        L_p.append(p)
        L_lo.append(lo)
        L_d.append(d)
        L_len.append(ln)
        L_pred.append(pr)
        L_edge.append(ed)
        at_node.setdefault(u, []).append(lab)
        if e < best_e[u]:
            best_e[u] = e
        for k in range(indptr[u], indptr[u + 1]):
            v = target[k]
            ev = e + ekwh[k]
            pv = p if p > ev else ev
            if pv > max_peak_kwh:
                continue
            lov = lo if lo < ev else ev
            dd = ev - lo
            dv = d if d > dd else dd
            if dv > max_draw:
                continue
            if ev >= best_e[v] - eps and (flat or dominated(v, ev, pv, lov, dv)):
                continue
            push(heap, (t + etime[k], ev, seq, v, pv, lov, dv, ln + elen[k], lab, k))
            seq += 1
    result = ParetoSearch(source, L_t, L_e, L_p, L_lo, L_d, L_len, L_pred, L_edge, at_node)
    if caches is not None:
        caches.put(key, result)
    return result


def build_station_graph(
    graph: Any,
    model: ConsumptionModel,
    origin: int,
    destination: int,
    charger_nodes: list[int],
    cache: bool = True,
    origin_budget_kwh: float | None = None,
    charger_budget_kwh: float | None = None,
) -> StationGraph:
    """Pareto hops between all stations (origin → chargers/destination, charger → chargers/destination).

    Paths are pruned where they need more energy than the car can have above its floor when it leaves:
    ``origin_budget_kwh`` (start SoC − floor) out of the origin, ``charger_budget_kwh`` (charge limit − reserve)
    out of a charger — both default to a full battery. Pruning a charger's hops at the limit loses nothing: a
    car that leaves a charger above the limit did not charge there, and the hop from where it last left covers
    that path (through the charger's node) with a floor no higher.
    """
    nodes = [origin, *charger_nodes, destination]
    full = model.profile.usable_capacity_kwh
    budgets = (
        full if origin_budget_kwh is None else min(full, max(0.0, origin_budget_kwh)),
        full if charger_budget_kwh is None else min(full, max(0.0, charger_budget_kwh)),
    )
    sg = StationGraph(nodes=nodes, options={})
    last = len(nodes) - 1
    for i in range(last):  # no hops out of the destination
        budget = budgets[0] if i == 0 else budgets[1]
        search = pareto_search(
            graph, model, nodes[i], max_peak_kwh=budget, cache=cache, max_drawdown_kwh=full, origin=i == 0
        )
        sg.searches[i] = search
        for j in range(1, last + 1):
            if j == i:
                continue
            hops = search.hops_to(nodes[j])
            if hops:
                sg.options[(i, j)] = hops
    return sg
