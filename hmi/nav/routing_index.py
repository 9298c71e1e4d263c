"""Country-scale queries on the turn graph: customizable contraction hierarchies (RoutingKit's CCH).

A CCH splits preprocessing in two. The **ordering** of the states (nested dissection by inertial flow) depends
only on the topology, costs seconds to minutes, and is computed once at map-build time (:func:`preprocess`) and
stored with the map. The **hierarchy** is built from that order at load and **customized** per metric (integer
arc weights) in a worker thread — milliseconds for Liechtenstein, tens of seconds for a country. Until it is
ready, queries run on the vectorised bucket search (:mod:`hmi.nav.bucket_search`) over the same weights, so
answers never wait and never differ.

:class:`RoutingIndex` keeps customizations by name: ``"time"`` (milliseconds, turn costs and routing penalties
included, customized at load) and ``"distance"`` (decimetres, customized on its first query — rarely asked for,
it would cost a second customization's time and memory at every load); callers add their own (e.g. the EV
planner's energy per vehicle and temperature) with :meth:`RoutingIndex.customize`, kept in a bounded LRU. It is
safe to share between threads: RoutingKit's query objects are not, so each thread gets its own, and a result is
dropped before the next query on the same object (RoutingKit panics otherwise).

Weights are uint32 per arc; 2**31 - 2 and above mean "no arc". A source is ``(state, initial weight)``: the
route starts part-way along the state's edge with that much of it still to drive; a target ``(state, final
weight)`` adds its weight when the path ends at that state.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import weakref
import zlib
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from hmi.nav import bucket_search
from hmi.nav.graph import RoadGraph
from hmi.nav.per_graph import PerGraph
from hmi.nav.road_attrs import road_attrs
from hmi.nav.turns import MODEL_VERSION, TurnGraph

log = logging.getLogger(__name__)

#: sub-directory of a map with the turn graph and the CCH ordering
PREPROCESS_DIR = "turns"
#: customizations kept besides "time" and "distance" (each costs about 8 bytes per hierarchy arc)
MAX_EXTRA_METRICS = 4
#: built-in metrics, never evicted; "time" is customized at load, "distance" (rarely asked for) on first use
BUILTIN = ("time", "distance")
#: built-in metrics customized only when first queried (until then, and while it runs, the bucket search answers)
ON_FIRST_USE = ("distance",)

Endpoint = tuple[int, int]


@dataclass(frozen=True)
class IndexPath:
    """A query answer: integer cost and the state path (``arcs[i]`` joins ``states[i]`` → ``states[i+1]``)."""

    cost: int
    states: list[int]
    arcs: list[int]


class _Metric:
    """One customization: its weights and, once the hierarchy exists, RoutingKit's metric object."""

    __slots__ = ("cch_metric", "done", "generation", "lazy", "name", "started", "weights")

    def __init__(self, name: str, weights: np.ndarray, generation: int, lazy: bool = False) -> None:
        self.name = name
        self.weights = weights
        self.generation = generation
        self.cch_metric: object | None = None
        #: customized on first use only; ``started`` once its customization is under way
        self.lazy = lazy
        self.started = False
        #: set once customized (or when that failed)
        self.done = threading.Event()


def graph_checksum(graph: RoadGraph) -> str:
    """Checksum of what the turn graph is built from (topology, restrictions, flags, access, model version)."""
    attrs = road_attrs(graph)
    h = zlib.crc32(np.ascontiguousarray(graph.indptr).tobytes())
    h = zlib.crc32(np.ascontiguousarray(graph.edge_target).tobytes(), h)
    h = zlib.crc32(np.ascontiguousarray(graph.geom_offsets).tobytes(), h)
    h = zlib.crc32(np.ascontiguousarray(attrs.node_flags).tobytes(), h)
    h = zlib.crc32(np.ascontiguousarray(attrs.edge_access).tobytes(), h)
    h = zlib.crc32(repr(attrs.restrictions).encode(), h)
    return f"m{MODEL_VERSION}-{graph.num_nodes}-{graph.num_edges}-{h:08x}"


def compute_order(turns: TurnGraph) -> np.ndarray:
    """int32[S]: a nested-dissection order of the states (least important first).

    Inertial flow runs on the road graph's junctions, not on the ~2.5× larger turn graph: a junction separator
    ``X`` of the road graph makes the edges touching ``X`` a separator of the turn graph (every transition
    between the two sides passes a junction of ``X``), so each state is ranked by the higher, then the lower
    rank of its edge's two junctions. That is 4–5× faster than ordering the states directly, for a hierarchy
    about 30 % more expensive to customize (measured on synthetic road networks, see ``bench/bench_nav.py``).
    Copies of a state rank right after it.
    """
    import routingkit_cch as rk

    g = turns.graph
    n = g.num_nodes
    node_order = np.asarray(
        rk.compute_order_inertial(
            n,
            np.asarray(g.edge_sources, np.uint32),
            np.asarray(g.edge_target, np.uint32),
            np.asarray(g.node_lat, np.float64),
            np.asarray(g.node_lon, np.float64),
        ),
        dtype=np.int64,
    )
    rank = np.empty(n, np.int64)
    rank[node_order] = np.arange(n)
    e = turns.state_edge
    a, b = rank[g.edge_sources[e]], rank[g.edge_target[e]]
    key = np.maximum(a, b) * n + np.minimum(a, b)
    return np.argsort(key, kind="stable").astype(np.int32)


def preprocess(map_dir: Path, graph: RoadGraph, progress: Callable[[float], None] | None = None) -> dict:
    """Map-build step: build the turn graph and its CCH ordering and store them in ``map_dir/turns``.

    Returns statistics for the build report (states, arcs, restrictions applied, seconds, …)."""
    t0 = time.perf_counter()
    turns = TurnGraph.build(graph)
    if progress:
        progress(0.2)
    t1 = time.perf_counter()
    order = compute_order(turns)
    t2 = time.perf_counter()
    out = Path(map_dir) / PREPROCESS_DIR
    turns.save(out)
    np.save(out / "order.npy", order, allow_pickle=False)
    meta = {"checksum": graph_checksum(graph), "fingerprint": turns.fingerprint()}
    (out / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    if progress:
        progress(1.0)
    return {
        **turns.stats,
        "turn_graph_s": round(t1 - t0, 2),
        "order_s": round(t2 - t1, 2),
        "restrictions_rejected": len(road_attrs(graph).rejected),
    }


def _load_preprocessed(graph: RoadGraph) -> tuple[TurnGraph, np.ndarray] | None:
    d = graph.map_dir / PREPROCESS_DIR if graph.map_dir is not None else None
    if d is None or not (d / "meta.json").is_file():
        return None
    try:
        meta = json.loads((d / "meta.json").read_text(encoding="utf-8"))
        if meta.get("checksum") != graph_checksum(graph):
            log.info("routing preprocessing in %s is for another graph or model; rebuilding it in memory", d)
            return None
        turns = TurnGraph.load(d, graph)
        order = np.load(d / "order.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray)
        if len(order) != turns.num_states or turns.fingerprint() != meta.get("fingerprint"):
            raise ValueError("ordering does not match the turn graph")
        return turns, order
    except (OSError, ValueError, json.JSONDecodeError) as exc:
        log.warning("routing preprocessing in %s is unusable, rebuilding it in memory: %s", d, exc)
        return None


class RoutingIndex:
    """Customizable contraction hierarchy over a :class:`TurnGraph` (see the module docstring)."""

    def __init__(
        self,
        turns: TurnGraph,
        order: np.ndarray | None = None,
        *,
        background: bool = True,
        max_extra_metrics: int = MAX_EXTRA_METRICS,
        hierarchy: bool = True,
    ) -> None:
        """Start building the hierarchy (in a worker thread when ``background``); queries work at once.

        ``hierarchy=False`` never builds it: every query runs on the bucket search (tests, benchmark baseline)."""
        self.turns = turns
        self._order = order
        self._lock = threading.RLock()
        self._ready = threading.Event()
        self._failed: str | None = None
        self._cch: object | None = None
        self._metrics: OrderedDict[str, _Metric] = OrderedDict()
        self._generation = 0
        self._max_extra = max(0, int(max_extra_metrics))
        self._fallback: tuple[bucket_search.Csr, bucket_search.Csr] | None = None
        #: seconds spent on each preparation stage (for benchmarks and the log)
        self.timings: dict[str, float] = {}
        for name in BUILTIN:
            self._register(name, turns.weights(name), lazy=name in ON_FIRST_USE)
        if not hierarchy:
            self._failed = "no hierarchy requested"
            self._ready.set()
        elif background:
            # not a daemon: a daemon thread inside RoutingKit when the interpreter exits is torn down by forced
            # unwinding through Rust frames, which aborts the process; exit waits for the build instead
            threading.Thread(target=self._build, name="cch-build", daemon=False).start()
        else:
            self._build()

    # ------------------------------------------------------------------------------------------- preparation
    def _build(self) -> None:
        try:
            import routingkit_cch as rk

            t0 = time.perf_counter()
            order = self._order if self._order is not None else compute_order(self.turns)
            t1 = time.perf_counter()
            tail = self.turns.arc_source.astype(np.uint32)
            head = self.turns.target.astype(np.uint32)
            cch = rk.CCH(np.asarray(order, dtype=np.uint32), tail, head, False)
            t2 = time.perf_counter()
            with self._lock:
                self._cch = cch
                pending = [m for m in self._metrics.values() if not m.lazy]
            for m in pending:
                self._customize(m)
            t3 = time.perf_counter()
            self.timings.update(order_s=t1 - t0, cch_s=t2 - t1, customize_s=t3 - t2)
            log.info(
                "routing index ready: %d states, %d arcs (order %.2f s, hierarchy %.2f s, customization %.2f s)",
                self.turns.num_states,
                self.turns.num_arcs,
                t1 - t0,
                t2 - t1,
                t3 - t2,
            )
        except Exception as exc:  # the fallback search keeps answering; say why the fast path is missing
            self._failed = f"{type(exc).__name__}: {exc}"
            log.exception("routing index could not be built; queries use the bucket search")
        finally:
            self._ready.set()

    def _customize(self, m: _Metric) -> None:
        import routingkit_cch as rk

        m.started = True
        try:
            cm = rk.CCHMetric(self._cch, m.weights)
            with self._lock:
                if self._metrics.get(m.name) is m:
                    m.cch_metric = cm
        finally:
            m.done.set()

    @property
    def ready(self) -> bool:
        """True once the hierarchy is built and the built-in metrics are customized."""
        return self._ready.is_set() and self._failed is None

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Block until the hierarchy is ready (or failed); returns :attr:`ready`."""
        self._ready.wait(timeout)
        return self.ready

    # ------------------------------------------------------------------------------------------ customization
    def _register(self, name: str, weights: np.ndarray, lazy: bool = False) -> _Metric:
        w = np.ascontiguousarray(weights, dtype=np.uint32)
        if len(w) != self.turns.num_arcs:
            raise ValueError(f"metric {name!r} has {len(w)} weights for {self.turns.num_arcs} arcs")
        with self._lock:
            self._generation += 1
            m = _Metric(name, w, self._generation, lazy)
            self._metrics[name] = m
            self._metrics.move_to_end(name)
            extra = [k for k in self._metrics if k not in BUILTIN]
            while len(extra) > self._max_extra:
                del self._metrics[extra.pop(0)]
        return m

    def customize(self, name: str, weights: np.ndarray) -> None:
        """Add or replace the metric ``name`` (uint32 weight per arc); customizes now when the hierarchy is ready
        (seconds at country scale: call it from a worker). The least recently used extra metric is dropped
        beyond ``max_extra_metrics``."""
        m = self._register(name, weights)
        if self._cch is not None:
            self._customize(m)

    def wait_metric(self, name: str, timeout: float | None = None) -> bool:
        """Block until metric ``name`` is customized on the hierarchy (True), or ``timeout`` passes / the hierarchy
        is unavailable (False). A metric customized on first use is started by this call."""
        if not self.wait_ready(timeout):
            return False
        m = self._metric(name)  # starts an on-first-use metric
        return m.done.wait(timeout) and m.cch_metric is not None

    def has_metric(self, name: str) -> bool:
        """True when ``name`` is customized (or queued for customization)."""
        with self._lock:
            return name in self._metrics

    def metric_weights(self, name: str) -> np.ndarray:
        """The uint32 arc weights of metric ``name`` (``KeyError`` if unknown)."""
        return self._metric(name).weights

    def _metric(self, name: str) -> _Metric:
        with self._lock:
            m = self._metrics.get(name)
            if m is None:
                raise KeyError(f"no routing metric {name!r} (customize it first)")
            self._metrics.move_to_end(name)
            start = m.cch_metric is None and not m.started and self._cch is not None
            if start:
                m.started = True
        if start:  # first use of an on-first-use metric: customize it aside, this query takes the bucket search
            threading.Thread(target=self._customize_logged, args=(m,), name="cch-customize", daemon=False).start()
        return m

    def _customize_logged(self, m: _Metric) -> None:
        try:
            self._customize(m)
        except Exception:  # the bucket search keeps answering for this metric
            log.exception("routing metric %r could not be customized", m.name)

    def _thread_objects(self, m: _Metric) -> dict[str, object]:
        """This thread's RoutingKit query objects for metric ``m`` (created on first use)."""
        cache = _thread_cache(self)
        got = cache.get(m.name)
        if got is None or got[0] != m.generation:
            got = (m.generation, {})
            cache[m.name] = got
        return got[1]

    # ------------------------------------------------------------------------------------------------ queries
    def route(self, metric: str, sources: Sequence[Endpoint], targets: Sequence[Endpoint]) -> IndexPath | None:
        """Cheapest path from any source to any target (see the module docstring); None when unreachable."""
        found = self._query(metric, sources, targets, states=True)
        return found if found is None or isinstance(found, IndexPath) else None

    def route_arcs(self, metric: str, sources: Sequence[Endpoint], targets: Sequence[Endpoint]) -> np.ndarray | None:
        """The arcs (int64) of the cheapest path from any source to any target, None when unreachable — for callers
        that need no state list (it costs as much to fetch as the query on long paths). A path of no arc (a source
        state that is a target) answers with its states: use :meth:`route` then."""
        found = self._query(metric, sources, targets, states=False)
        if isinstance(found, IndexPath):
            return np.asarray(found.arcs, dtype=np.int64)
        return found

    def _query(
        self, metric: str, sources: Sequence[Endpoint], targets: Sequence[Endpoint], states: bool
    ) -> IndexPath | np.ndarray | None:
        """One point-to-point query: the path (with its states when ``states``, else only its arcs), or None."""
        if not sources or not targets:
            return None
        m = self._metric(metric)
        if m.cch_metric is None:
            return self._fallback_route(m, sources, targets)
        import routingkit_cch as rk

        objs = self._thread_objects(m)
        q = objs.get("query")
        if q is None:
            q = objs["query"] = rk.CCHQuery(m.cch_metric)
        res = q.run_multi([(int(s), int(d)) for s, d in sources], [(int(t), int(d)) for t, d in targets])
        try:
            if res.distance is None:
                return None
            if states:
                return IndexPath(int(res.distance), list(res.node_path), list(res.arc_path))
            return np.asarray(res.arc_path, dtype=np.int64)
        finally:
            del res  # RoutingKit: a result must be gone before the query object runs again

    def distances_from(self, metric: str, sources: Sequence[Endpoint], targets: Sequence[int]) -> np.ndarray:
        """int64[len(targets)]: cost from the sources to each target state, -1 where unreachable."""
        return self._many(metric, targets, sources, forward=True)

    def distances_to(self, metric: str, sources: Sequence[int], targets: Sequence[Endpoint]) -> np.ndarray:
        """int64[len(sources)]: cost from each source state to the targets, -1 where unreachable."""
        return self._many(metric, sources, targets, forward=False)

    def _many(self, metric: str, pinned: Sequence[int], ends: Sequence[Endpoint], forward: bool) -> np.ndarray:
        """Costs between the ``ends`` (with offsets) and each ``pinned`` state: one-to-many when ``forward``
        (from the ends to the pinned states), many-to-one otherwise. The pinned set is kept per thread, so a
        caller asking about the same states again reuses RoutingKit's buckets."""
        m = self._metric(metric)
        if m.cch_metric is None:
            fwd, bwd = self._csr()
            d = bucket_search.one_to_all(fwd if forward else bwd, m.weights, [(int(s), float(o)) for s, o in ends])
            return _as_costs(d[np.asarray(pinned, dtype=np.int64)])
        import routingkit_cch as rk

        objs = self._thread_objects(m)
        kind = "one_to_many" if forward else "many_to_one"
        key = tuple(int(x) for x in pinned)
        q = objs.get(kind)
        if q is None or objs.get(f"{kind}_key") != key:
            q = objs[kind] = (rk.CCHOneToMany if forward else rk.CCHManyToOne)(m.cch_metric, list(key))
            objs[f"{kind}_key"] = key
        multi = [(int(s), int(o)) for s, o in ends]
        got = q.distances_from_multi(multi) if forward else q.distances_to_multi(multi)
        return np.asarray([-1 if x is None else x for x in got], dtype=np.int64)

    # ----------------------------------------------------------------------------------------------- fallback
    def _csr(self) -> tuple[bucket_search.Csr, bucket_search.Csr]:
        with self._lock:
            if self._fallback is None:
                t = self.turns
                rip, rarc = t.reverse_csr()
                self._fallback = (
                    bucket_search.Csr(np.asarray(t.indptr, np.int64), None, np.asarray(t.target, np.int64)),
                    bucket_search.Csr(rip, rarc, np.asarray(t.arc_source, np.int64)),
                )
            return self._fallback

    def _fallback_route(self, m: _Metric, sources: Sequence[Endpoint], targets: Sequence[Endpoint]) -> IndexPath | None:
        fwd, bwd = self._csr()
        w = m.weights.astype(np.float64)
        w[m.weights >= 2**31 - 2] = np.inf
        res = bucket_search.bidirectional(
            fwd,
            bwd,
            np.asarray(self.turns.arc_source, np.int64),
            np.asarray(self.turns.target, np.int64),
            w,
            [(int(s), float(d)) for s, d in sources],
            [(int(t), float(d)) for t, d in targets],
        )
        if res is None or not np.isfinite(res.cost):
            return None
        return IndexPath(round(res.cost), res.nodes, res.arcs)


#: Per thread: the RoutingKit query objects of each routing index that thread has queried, keyed by ``id(index)``
#: with a weak reference to check it is still that index. They live with the thread, not with the index: RoutingKit's
#: query objects may only be dropped on the thread that made them (elsewhere they leak with an "unsendable"
#: error), and an index is often freed by the garbage collector on another thread.
_THREAD = threading.local()
_ThreadCache = dict[str, tuple[int, dict[str, object]]]


def _thread_cache(index: RoutingIndex) -> _ThreadCache:
    slots: dict[int, tuple[weakref.ref[RoutingIndex], _ThreadCache]] | None = getattr(_THREAD, "slots", None)
    if slots is None:
        slots = _THREAD.slots = {}
    # the objects of indexes that are gone are dropped here, on the thread that made them
    for key in [k for k, (ref, _) in slots.items() if ref() is None]:
        del slots[key]
    got = slots.get(id(index))
    if got is None or got[0]() is not index:
        got = slots[id(index)] = (weakref.ref(index), {})
    return got[1]


def _as_costs(d: np.ndarray) -> np.ndarray:
    out = np.full(len(d), -1, dtype=np.int64)
    ok = np.isfinite(d)
    out[ok] = np.rint(d[ok]).astype(np.int64)
    return out


_INDEX: PerGraph[RoutingIndex] = PerGraph("routing index")


def routing_index(graph: RoadGraph, *, background: bool = True, hierarchy: bool = True) -> RoutingIndex:
    """The graph's routing index (one per graph, shared by all threads): the turn graph and ordering from the
    map's preprocessing when they match the graph, else built now (the ordering then in the worker).

    The first call decides how it is built: ``background`` (build the hierarchy in a thread, queries meanwhile on
    the bucket search) or not; ``hierarchy=False`` for one-shot processes that ask a single question (the bucket
    search answers it faster than the hierarchy could be built on a big map)."""

    def build(g: RoadGraph) -> RoutingIndex:
        loaded = _load_preprocessed(g)
        if loaded is not None:
            turns, order = loaded
        else:
            turns, order = TurnGraph.build(g), None
        return RoutingIndex(turns, order, background=background, hierarchy=hierarchy)

    return _INDEX.get(graph, build)


def set_routing_index(graph: RoadGraph, index: RoutingIndex | None) -> None:
    """Use ``index`` for ``graph`` (tests and benchmarks; None drops the cached one)."""
    if index is None:
        _INDEX.drop(graph)
    else:
        _INDEX.set(graph, index)
