"""Charger-graph hops from the routing index: the planner's hops on maps too big for a Pareto search per charger.

On a country-size map a Pareto search from every charger of a corridor takes minutes (pure Python, hundreds of
thousands of road nodes within a battery's reach of each). Here the hops come from the routing index
(:mod:`hmi.nav.routing_index`, RoutingKit's customizable contraction hierarchy over the turn graph) instead.

**Model.** Between two stations a hop is one of two road paths of the turn graph (turn restrictions, one-ways,
barriers and turn costs obeyed, as in guidance):

* the **quickest** — least ETA (edge times + turn and traffic-signal times; no routing penalties), metric
  :data:`ETA_METRIC`;
* the **most frugal** — least battery energy for the plan's consumption model (vehicle × outside temperature),
  one customization per model (:func:`energy_metric_name`).

The planner's search (:class:`hmi.nav.ev.planner._Solver`) then picks, per hop, whichever of the two makes the
whole trip fastest, with the same charging and SoC rules as on small maps. This is *two* points of the Pareto
set the small-map planner keeps (every non-dominated path): exact for feasibility on maps that never recuperate
(a trip that exists on any roads exists on the most frugal ones, since only energy limits it), and never slower
than the fastest-road plan; a path in between the two can be missed. The small-map planner stays the exact one
(proved against the exhaustive oracle); this one is checked against it (``tests/ev/test_ev_index_hops.py``).
CCH weights are unsigned, so maps where some road recuperates energy use the Pareto search (:func:`usable`).

**Lazily.** Three one-to-many queries per station give bounds for every pair at once (allowing for the integer
rounding of the weights): the least ETA ``T``, the least energy ``E`` and the least blended cost ``D`` of
``ETA + λ·energy``. Every path has ``t + λe ≥ D``, so the quickest needs at least ``(D − T)/λ`` kWh and the most
frugal takes at least ``D − λE`` s: a pair starts as these two optimistic options, and
:meth:`IndexStationGraph.resolve_options` replaces each by the real path it bounds (one point-to-point query).
The planner (``planner._search``) resolves the options the best trip uses, and the most promising others, and
searches again until the best trip uses real paths only (optimal on the model: every option left was offered at a
bound no real path beats) or a real trip is within :data:`GAP` of the bound.
"""

from __future__ import annotations

import logging
import math
import os
import threading
import zlib
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from hmi.nav.ev.cache import caches_of
from hmi.nav.ev.charger_nodes import charger_node
from hmi.nav.ev.chargers import Charger
from hmi.nav.ev.consumption import ConsumptionModel, edge_energies
from hmi.nav.ev.stations import Hop, StationGraph
from hmi.nav.graph import RoadGraph
from hmi.nav.routing_index import RoutingIndex, routing_index
from hmi.nav.snapping import segment_grid
from hmi.nav.turns import TIME_SCALE, TurnGraph, as_weights

log = logging.getLogger(__name__)

#: Maps with at least this many road edges plan on the routing index (a Pareto search per charger costs
#: seconds from about 50 000 edges reachable on one battery and minutes at country scale); smaller maps use the
#: exact Pareto search.
MIN_EDGES = 150_000
#: The routing index's metric of the quickest hops: ETA in ms (edge + turn times, no routing penalties).
ETA_METRIC = "ev-eta"
#: The blended metric ``ETA + BLEND_S_PER_KWH × energy`` (s per kWh: about what a kWh costs at a charging stop,
#: with its share of the stop's overhead). Its least cost bounds the *other* figure of each real path (the energy of
#: the quickest, the ETA of the most frugal), so an unresolved pair is offered as two bounds instead of one.
BLEND_S_PER_KWH = 300.0
#: Integer energy weights: units per kWh (1 mWh; 40 kWh is 4·10⁷, far below the 2³¹ weight limit).
ENERGY_SCALE = 1_000_000.0
#: Lower bounds allow for the rounding of integer weights (half a unit per arc): this share plus …
_BOUND_SHARE = 0.995
#: … these absolute margins (s, kWh).
_BOUND_S = 1.0
_BOUND_KWH = 0.001
#: The lazy search stops when its best real trip is within this share of the lower bound (a proven gap; 0 = exact).
GAP = 0.01
#: Unresolved pairs resolved per round besides the best trip's own: the most promising by a lower bound.
BATCH = 64
#: Customizing a metric on a country map takes seconds; a planner waits at most this long for one (s).
WAIT_S = 600.0


class IndexUnavailable(RuntimeError):
    """The routing index cannot answer (no hierarchy, or a metric was not customized in time)."""


def usable(graph: RoadGraph, model: ConsumptionModel) -> bool:
    """True when ``graph`` may plan on the index: no road recuperates energy for ``model`` (weights ≥ 0)."""
    return float(edge_energies(graph, model).min(initial=0.0)) >= 0.0


def energy_metric_name(model: ConsumptionModel) -> str:
    """The routing index's metric name of ``model``'s energy weights (one per vehicle and temperature)."""
    return f"ev-energy-{zlib.crc32(repr(model.key).encode()):08x}"


def blend_metric_name(model: ConsumptionModel) -> str:
    """The routing index's metric name of ``model``'s blended weights (ETA + :data:`BLEND_S_PER_KWH` × energy)."""
    return f"ev-blend-{zlib.crc32(repr(model.key).encode()):08x}"


def eta_weights(turns: TurnGraph) -> np.ndarray:
    """uint32[A]: ETA of every arc in ms (entered edge + turn), no routing penalty."""
    return as_weights(turns.arc_time_s() * TIME_SCALE)


def energy_weights(turns: TurnGraph, ekwh: np.ndarray) -> np.ndarray:
    """uint32[A]: battery energy of the edge each arc enters, in 1/:data:`ENERGY_SCALE` kWh (``ekwh`` ≥ 0)."""
    return as_weights(ekwh[turns.state_edge[turns.target]] * ENERGY_SCALE)


def blend_weights(turns: TurnGraph, ekwh: np.ndarray) -> np.ndarray:
    """uint32[A]: ETA + :data:`BLEND_S_PER_KWH` × energy of every arc, in ms."""
    return as_weights((turns.arc_time_s() + BLEND_S_PER_KWH * ekwh[turns.state_edge[turns.target]]) * TIME_SCALE)


_PREPARE_LOCK = threading.Lock()

#: Threads the one-to-many queries of a plan's bounds are spread over (RoutingKit runs without the GIL).
QUERY_THREADS = max(1, min(2, os.cpu_count() or 1))
_POOL: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    """The query threads, made on first use and kept (RoutingKit's query objects live with their thread)."""
    global _POOL
    with _PREPARE_LOCK:
        if _POOL is None:
            _POOL = ThreadPoolExecutor(max_workers=QUERY_THREADS, thread_name_prefix="ev-index-query")
        return _POOL


# What an option of a pair stands for (IndexStationGraph.slots).
_REAL, _QUICK, _FRUGAL, _BOTH = "real", "quick", "frugal", "both"


def prepare_index(graph: RoadGraph, model: ConsumptionModel, timeout_s: float = WAIT_S) -> RoutingIndex:
    """The graph's routing index with the ETA and ``model``'s energy metrics customized (waits for them).

    Costs the hierarchy (if the map was just loaded) and one customization per metric not done yet: call it from
    a worker, or early (the app does when it loads a map) so the first plan finds them ready. Raises
    :class:`IndexUnavailable` when the hierarchy cannot be built or a customization does not finish in time.
    """
    if not usable(graph, model):
        raise IndexUnavailable("some roads recuperate energy: the index takes no negative weights")
    idx = routing_index(graph)
    if not idx.wait_ready(timeout_s):
        raise IndexUnavailable("the routing index is not available")
    metrics = {
        ETA_METRIC: lambda: eta_weights(idx.turns),
        energy_metric_name(model): lambda: energy_weights(idx.turns, edge_energies(graph, model)),
        blend_metric_name(model): lambda: blend_weights(idx.turns, edge_energies(graph, model)),
    }
    with _PREPARE_LOCK:  # two planners asking at once customize once
        for metric, weights in metrics.items():
            if not idx.has_metric(metric):
                idx.customize(metric, weights())
    for metric in metrics:
        if not idx.wait_metric(metric, timeout_s):
            raise IndexUnavailable(f"routing metric {metric} is not ready")
    return idx


class IndexStationGraph(StationGraph):
    """A charger graph whose hops are the index's quickest and most frugal paths, resolved on demand.

    ``options[(i, j)]`` holds the pair's options, each a bound (``slots``: of the quickest, the most frugal or
    both) until :meth:`resolve_options` makes it the real path; the real ones come quickest first, one when both
    are the same path. Pairs whose least energy exceeds the battery budget have none. ``resolved`` holds the pairs
    whose options are all real.
    """

    def __init__(
        self,
        graph: RoadGraph,
        model: ConsumptionModel,
        nodes: list[int],
        budgets_kwh: tuple[float, float],
        index: RoutingIndex | None = None,
        cache: bool = True,
    ) -> None:
        """``nodes``: origin, chargers, destination (road nodes); ``budgets_kwh``: the most energy a hop out of
        the origin / out of a charger may need (pairs whose least energy is above it are left out). ``cache``:
        keep resolved paths in the graph's bounded cache (:mod:`hmi.nav.ev.cache`) for the next plans."""
        super().__init__(nodes=list(nodes), options={})
        self.graph = graph
        self.model = model
        self.index = index or prepare_index(graph, model)
        self.turns = self.index.turns
        self.energy_metric = energy_metric_name(model)
        #: pairs whose every option is a real path
        self.resolved: set[tuple[int, int]] = set()
        #: what each option of a pair stands for: a real path, or the bound of the quickest / most frugal / both
        self.slots: dict[tuple[int, int], list[str]] = {}
        #: see :data:`GAP` and :data:`BATCH`
        self.gap = GAP
        self.batch = BATCH
        self.queries = 0
        #: every real path handed out, by hop label: (road edges, turn-graph arcs)
        self._raw: list[tuple[np.ndarray, np.ndarray]] = []
        #: this plan's paths by (metric, quick/frugal, from node, to node), also when the graph's cache is off
        self._local: dict[tuple[str, str, int, int], tuple[tuple[np.ndarray, np.ndarray] | None]] = {}
        self._ekwh = edge_energies(graph, model)
        self._edge_ms = self.turns.edge_weights("time")
        arrays = _arrays(graph, model, self.turns, self._ekwh)
        self._edge_units, self._edge_blend, self._arc_s, self._edge_s, self._edge_m = arrays
        caches = caches_of(graph) if cache else None
        self._shared = None if caches is None else caches.index_paths
        self._bounds_cache = None if caches is None else caches.index_bounds
        self.lb_time, self.lb_energy, self.lb_quick_kwh, self.lb_frugal_s = self._bounds()
        quick_kwh, frugal_s = self.lb_quick_kwh, self.lb_frugal_s
        n = len(self.nodes)
        for i in range(n - 1):  # no hops out of the destination
            budget = budgets_kwh[0] if i == 0 else budgets_kwh[1]
            for j in range(1, n):
                if j == i or not math.isfinite(self.lb_energy[i, j]) or self.lb_energy[i, j] > budget:
                    continue
                if self.nodes[i] == self.nodes[j]:  # a charger at the origin's node: no driving at all
                    self.options[(i, j)] = [Hop(0.0, 0.0, 0.0, 0.0, 0.0, 0.0)]
                    self.slots[(i, j)] = [_REAL]
                    self.resolved.add((i, j))
                    continue
                t, e = float(self.lb_time[i, j]), float(self.lb_energy[i, j])
                eq, tf = float(quick_kwh[i, j]), float(frugal_s[i, j])
                if tf > t or eq > e:
                    # the quickest path: its ETA, and at least this energy; the most frugal: its energy, at least
                    # this ETA — each resolved on its own when a trip wants it
                    self.options[(i, j)] = [Hop(t, 0.0, eq, eq, 0.0, eq), Hop(tf, 0.0, e, e, 0.0, e)]
                    self.slots[(i, j)] = [_QUICK, _FRUGAL]
                else:
                    self.options[(i, j)] = [Hop(t, 0.0, e, e, 0.0, e)]
                    self.slots[(i, j)] = [_BOTH]

    # ---------------------------------------------------------------------------------------------- bounds
    def _sources(self, node: int, edge_weights: np.ndarray) -> list[tuple[int, int]]:
        """Every road leaving ``node``, driven whole (as the router starts at a junction)."""
        return [(self.turns.home_state(f), int(edge_weights[f])) for f in self.graph.out_edges(node)]

    def _target_states(self, node: int) -> list[int]:
        """Every state of every road entering ``node`` (arriving there)."""
        rip, redges = self.graph.reverse_csr()
        return [int(s) for e in redges[rip[node] : rip[node + 1]].tolist() for s in self.turns.states_of_edge(e)]

    def _bounds(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Lower bounds between every station pair (inf where unreachable): least ETA ``T`` (s), least energy ``E``
        (kWh), the energy of the quickest path and the ETA of the most frugal one.

        With ``λ`` = :data:`BLEND_S_PER_KWH` and ``D`` the least blended cost, every path has ``t + λ·e ≥ D``: the
        quickest (ETA ``T``) needs ``e ≥ (D − T) / λ``, the most frugal (energy ``E``) takes ``t ≥ D − λ·E``. The
        integer weights round each arc by half a unit, so every figure is widened by a margin first.
        """
        n = len(self.nodes)
        metrics = (
            (ETA_METRIC, self._edge_ms, TIME_SCALE),
            (self.energy_metric, self._edge_units, ENERGY_SCALE),
            (blend_metric_name(self.model), self._edge_blend, TIME_SCALE),
        )
        raw = np.full((3, n, n), math.inf)
        # pairs asked before (a replan, a second destination: the chargers' pairs mostly are) come from the cache
        missing: dict[int, list[int]] = {}
        for i in range(n - 1):
            for j in range(1, n):  # (i itself too: then every source of a first plan shares one target set)
                key = (self.energy_metric, self.nodes[i], self.nodes[j])
                hit = None if self._bounds_cache is None else self._bounds_cache.get(key)
                if hit is None:
                    missing.setdefault(i, []).append(j)
                else:
                    raw[:, i, j] = hit
        groups: dict[tuple[int, ...], list[int]] = {}
        for i, targets in missing.items():
            groups.setdefault(tuple(targets), []).append(i)
        for targets, sources in groups.items():
            per = [self._target_states(self.nodes[j]) for j in targets]
            pinned = [s for states in per for s in states]
            owner = np.repeat(np.asarray(targets, dtype=np.int64), [len(s) for s in per])
            if not pinned:
                continue
            # RoutingKit releases the GIL: the rows are split over the cores (each thread has its own queries)
            if len(sources) < 2 * QUERY_THREADS:
                self._rows(raw, metrics, sources, targets, pinned, owner)
            else:
                parts = [sources[k::QUERY_THREADS] for k in range(QUERY_THREADS)]
                jobs = [_pool().submit(self._rows, raw, metrics, part, targets, pinned, owner) for part in parts]
                for job in jobs:
                    job.result()
            if self._bounds_cache is not None:
                for i in sources:
                    for j in targets:
                        key = (self.energy_metric, self.nodes[i], self.nodes[j])
                        self._bounds_cache.put(key, tuple(float(x) for x in raw[:, i, j]))
        for m in range(3):
            np.fill_diagonal(raw[m], 0.0)
        t, e, d = raw[0], raw[1], raw[2]
        with np.errstate(invalid="ignore"):  # inf − inf where unreachable: stays unreachable below
            t_lo, t_hi = np.maximum(0.0, t * _BOUND_SHARE - _BOUND_S), t / _BOUND_SHARE + _BOUND_S
            e_lo, e_hi = np.maximum(0.0, e * _BOUND_SHARE - _BOUND_KWH), e / _BOUND_SHARE + _BOUND_KWH
            d_lo = np.maximum(0.0, d * _BOUND_SHARE - _BOUND_S)
            quick_kwh = np.fmax(e_lo, (d_lo - t_hi) / BLEND_S_PER_KWH)
            frugal_s = np.fmax(t_lo, d_lo - BLEND_S_PER_KWH * e_hi)
        quick_kwh = np.where(np.isfinite(e_lo), quick_kwh, math.inf)
        return t_lo, e_lo, quick_kwh, np.where(np.isfinite(t_lo), frugal_s, math.inf)

    def _rows(
        self,
        raw: np.ndarray,
        metrics: tuple[tuple[str, np.ndarray, float], ...],
        sources: Sequence[int],
        targets: Sequence[int],
        pinned: list[int],
        owner: np.ndarray,
    ) -> None:
        """Fill ``raw[metric, i, targets]`` for the stations ``sources``: one one-to-many query per metric each
        (``pinned``: the target stations' states, ``owner``: the station of each)."""
        n, cols = len(self.nodes), list(targets)
        for m, (metric, edge_w, scale) in enumerate(metrics):
            for i in sources:
                src = self._sources(self.nodes[i], edge_w)
                if not src:
                    continue
                d = self.index.distances_from(metric, src, pinned).astype(np.float64)
                d[d < 0] = math.inf
                best = np.full(n, math.inf)
                np.minimum.at(best, owner, d)
                raw[m, i, cols] = best[cols] / scale

    # ------------------------------------------------------------------------------------------ resolving
    def _path(self, metric: str, edge_w: np.ndarray, u: int, v: int) -> tuple[np.ndarray, np.ndarray] | None:
        """(road edges, turn-graph arcs) as int32 arrays of the cheapest path junction ``u`` → ``v`` by ``metric``."""
        sources, targets = self._sources(u, edge_w), [(s, 0) for s in self._target_states(v)]
        self.queries += 1
        arcs = self.index.route_arcs(metric, sources, targets)
        if arcs is None:
            return None
        if len(arcs):
            states = np.concatenate(([self.turns.arc_source[arcs[0]]], self.turns.target[arcs]))
        else:  # one road from u straight to v
            res = self.index.route(metric, sources, targets)
            states = np.asarray(res.states if res is not None else [], dtype=np.int64)
        return self.turns.state_edge[states].astype(np.int32), arcs.astype(np.int32)

    def _hop(self, path: tuple[np.ndarray, np.ndarray]) -> tuple[Hop, list[int]]:
        """The hop of a path (ETA with its turns, energy figures), numbered for :meth:`path_edges`."""
        e64, arcs = path[0].astype(np.int64), path[1].astype(np.int64)
        time_s = float(self._edge_s[e64[0]]) + float(self._arc_s[arcs].sum())
        prefix = np.cumsum(self._ekwh[e64])
        low_run = np.minimum.accumulate(np.minimum(prefix, 0.0))
        hop = Hop(
            time_s=time_s,
            distance_m=float(self._edge_m[e64].sum()),
            energy_kwh=float(prefix[-1]),
            peak_kwh=max(0.0, float(prefix.max())),
            relief_kwh=-float(low_run[-1]),
            drawdown_kwh=max(0.0, float((prefix - low_run).max())),
            label=len(self._raw),
        )
        self._raw.append(path)
        return hop, e64.tolist()

    def _cached_path(self, which: str, a: int, b: int) -> tuple[np.ndarray, np.ndarray] | None:
        """The quickest (``which`` = quick) or most frugal path junction ``a`` → ``b``, from the graph's cache."""
        metric = self._metric_of(which)
        edge_w = self._edge_ms if which == _QUICK else self._edge_units
        key = (metric, which, a, b)
        hit = self._local.get(key) or (None if self._shared is None else self._shared.get(key))
        if hit is None:
            found = self._path(metric, edge_w, a, b)
            hit = (found,)  # (None,) caches "unreachable" too
            self._local[key] = hit
            if self._shared is not None:
                self._shared.put(key, hit)
        return hit[0]

    def _fetch(self, wanted: Sequence[tuple[str, int, int]]) -> None:
        """Compute the paths ``(which, a, b)`` not known yet, spread over the query threads (RoutingKit releases the
        GIL), so the next :meth:`_cached_path` calls find them."""
        todo = [w for w in dict.fromkeys(wanted) if (self._metric_of(w[0]), *w) not in self._local]
        if len(todo) < 2 * QUERY_THREADS:
            return
        parts = [todo[k::QUERY_THREADS] for k in range(QUERY_THREADS)]
        jobs = [_pool().submit(lambda part: [self._cached_path(*w) for w in part], part) for part in parts]
        for job in jobs:
            job.result()

    def _metric_of(self, which: str) -> str:
        """The routing metric of the quickest (``which`` = quick) or the most frugal paths."""
        return ETA_METRIC if which == _QUICK else self.energy_metric

    def paths(self, u: int, v: int) -> list[tuple[Hop, list[int]]]:
        """The real paths station ``u`` → ``v`` (quickest first; one when they are the same path)."""
        a, b = self.nodes[u], self.nodes[v]
        if a == b:
            return [(Hop(0.0, 0.0, 0.0, 0.0, 0.0, 0.0), [])]
        found = [p for p in (self._cached_path(_QUICK, a, b), self._cached_path(_FRUGAL, a, b)) if p is not None]
        if len(found) == 2 and _same(found[0], found[1]):
            found.pop()
        hops = [self._hop(path) for path in found]
        if len(hops) == 2 and hops[1][0].time_s < hops[0][0].time_s:
            hops.reverse()  # a tie in ETA broken the other way: keep "quickest first"
        return hops

    def resolve(self, pairs: Sequence[tuple[int, int]]) -> int:
        """Replace every bound of each pair by its real paths; returns how many pairs were new."""
        return self.resolve_options([(pair, k) for pair in pairs for k in range(len(self.slots.get(pair, ())))])

    def resolve_options(self, items: Sequence[tuple[tuple[int, int], int]]) -> int:
        """Replace option ``k`` of each ``(pair, k)`` by the real path it bounds; returns how many were bounds."""
        wanted = []
        for pair, k in items:
            slots = self.slots.get(pair)
            if slots is not None and k < len(slots) and slots[k] != _REAL:
                kinds = (_QUICK, _FRUGAL) if slots[k] == _BOTH else (slots[k],)
                wanted += [(kind, self.nodes[pair[0]], self.nodes[pair[1]]) for kind in kinds]
        self._fetch(wanted)
        new = 0
        for pair, k in items:
            slots = self.slots.get(pair)
            if slots is None or k >= len(slots) or slots[k] == _REAL:
                continue
            new += 1
            if slots[k] == _BOTH:
                self.options[pair] = [hop for hop, _ in self.paths(*pair)]
                self.slots[pair] = [_REAL] * len(self.options[pair])
            else:
                a, b = self.nodes[pair[0]], self.nodes[pair[1]]
                path = self._cached_path(slots[k], a, b)
                other = 1 - k
                if path is None:  # unreachable after all (cannot happen with a finite bound): no such option
                    del self.options[pair][k], slots[k]
                elif slots[other] == _REAL and _same(path, self._path_of(self.options[pair][other])):
                    del self.options[pair][k], slots[k]  # the same road as the other, resolved already
                else:
                    self.options[pair][k] = self._hop(path)[0]
                    slots[k] = _REAL
            if all(x == _REAL for x in self.slots[pair]):
                self.resolved.add(pair)
                if len(self.options[pair]) == 2 and self.options[pair][1].time_s < self.options[pair][0].time_s:
                    self.options[pair].reverse()  # keep "quickest first"
                    self.slots[pair].reverse()
        return new

    def is_real(self, pair: tuple[int, int], hop: Hop) -> bool:
        """True when ``hop`` (an option of ``pair``) is a real path, not a bound."""
        slots = self.slots.get(pair, ())
        return any(o is hop and x == _REAL for o, x in zip(self.options.get(pair, ()), slots, strict=True))

    def real_options(self) -> dict[tuple[int, int], list[Hop]]:
        """Only the real paths of every pair (pairs with none left out)."""
        out = {}
        for pair, opts in self.options.items():
            real = [h for h, x in zip(opts, self.slots[pair], strict=True) if x == _REAL]
            if real:
                out[pair] = real
        return out

    def bounds(self) -> list[tuple[tuple[int, int], int, Hop]]:
        """Every option that is still a bound: (pair, option number, bound)."""
        return [
            (pair, k, opts[k])
            for pair, opts in self.options.items()
            for k, x in enumerate(self.slots[pair])
            if x != _REAL
        ]

    def _path_of(self, hop: Hop) -> tuple[np.ndarray, np.ndarray] | None:
        return self._raw[hop.label] if hop.label >= 0 else None

    def quickest(self, u: int, v: int) -> tuple[Hop, list[int]] | None:
        """The quickest real path between two stations (for explaining a slower leg)."""
        found = self.paths(u, v)
        return found[0] if found else None

    def path_edges(self, u: int, hop: Hop) -> list[int]:
        """Road edges of a resolved hop."""
        return [] if hop.label < 0 else self._raw[hop.label][0].astype(np.int64).tolist()


def _same(p: tuple[np.ndarray, np.ndarray] | None, q: tuple[np.ndarray, np.ndarray] | None) -> bool:
    """True when two (edges, arcs) paths are the same road path."""
    return p is not None and q is not None and np.array_equal(p[0], q[0]) and np.array_equal(p[1], q[1])


def warm_up(graph: RoadGraph, model: ConsumptionModel, chargers: Sequence[Charger] = ()) -> threading.Thread | None:
    """On a map that plans on the index: customize its metrics for ``model`` in a thread, now, and snap the map's
    ``chargers`` to their roads (the app calls it when it loads a map, so the driver's first plan does not wait
    for them). None on maps that do not need it."""
    if graph.num_edges < MIN_EDGES:
        return None

    def run() -> None:
        try:
            if usable(graph, model):  # (the edge energies of a country take a moment: not on the caller's thread)
                idx = prepare_index(graph, model)
                # what a first plan would otherwise build: per-map arrays, state and reverse indexes, node buckets
                _arrays(graph, model, idx.turns, edge_energies(graph, model))
                idx.turns.states_of_edge(0)
                idx.turns.edge_weights("time")
                graph.reverse_csr()
                graph.nearest_node_with_distance(float(graph.node_lat[0]), float(graph.node_lon[0]))
                for c in chargers:
                    charger_node(graph, c)
                # a replan from a car between junctions snaps onto the road's geometry (the app's nav worker
                # builds this grid too; it is one per graph)
                segment_grid(graph)
        except Exception:  # the first plan tries again and reports what fails
            log.exception("could not prepare the routing index for the planner")

    # not a daemon: RoutingKit inside a daemon thread at interpreter exit aborts the process (routing_index)
    thread = threading.Thread(target=run, name="ev-index-warm-up", daemon=False)
    thread.start()
    return thread


def _arrays(
    graph: RoadGraph, model: ConsumptionModel, turns: TurnGraph, ekwh: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per-map arrays every plan reads, cached with the edge energies: edge energy units and edge blended weights
    (per consumption model), arc ETAs (s), edge times (s) and lengths (m) as float64 (one set per map: on a country
    they are ~130 MB, not to be kept again for every temperature)."""
    caches = caches_of(graph)

    def cached(key: tuple, make: Callable[[], tuple[np.ndarray, ...]]) -> tuple[np.ndarray, ...]:
        hit = None if caches is None else caches.edge_kwh.get(key)
        if hit is None:
            hit = make()
            if caches is not None:
                caches.edge_kwh.put(key, hit)
        return hit

    arc_s, edge_s, edge_m = cached(
        ("index-map-arrays",),
        lambda: (
            turns.arc_time_s(),
            np.asarray(graph.edge_time_s, dtype=np.float64),
            np.asarray(graph.edge_length_m, dtype=np.float64),
        ),
    )
    units, blend = cached(
        ("index-model-arrays", model.key),
        lambda: (as_weights(ekwh * ENERGY_SCALE), as_weights((edge_s + BLEND_S_PER_KWH * ekwh) * TIME_SCALE)),
    )
    return units, blend, arc_s, edge_s, edge_m
