"""Fastest / shortest routes on the compact graph.

Two engines, same answers:

* **Contraction hierarchies** (:class:`CH`, built by :func:`build_ch` at map-build time and stored in
  ``<map>/ch_time`` and ``ch_distance``): nodes are contracted in order of importance, adding shortcut arcs
  that preserve shortest-path costs; a query is a bidirectional Dijkstra that only climbs the hierarchy, so it
  settles a few dozen nodes instead of thousands. Shortcuts remember their middle node so the path unpacks
  into original edge ids.
* **Bidirectional Dijkstra** on the CSR arrays (:func:`dijkstra_route`), used when a map has no preprocessing,
  or for very large graphs the vectorised bucket search of :mod:`hmi.nav.bucket_search`.

Costs of a returned route are re-summed along its original edges (``edge_time_s`` or ``edge_length_m``)
from start to end, the same accumulation networkx uses, so both report identical costs.

One-to-many helpers for the EV planner: :func:`costs_from`, :func:`costs_to`, :func:`shortest_tree`.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from hmi.nav.graph import RoadGraph, haversine_m

METRICS = ("time", "distance")
#: Start/destination further than this from the nearest road node is "outside the map".
MAX_SNAP_M = 1500.0
#: A point whose nearest node lies in a small disconnected fragment is moved to the main network when a main
#: network node is at most this much further away (car parks, cut-off bits at the extract border).
RESNAP_EXTRA_M = 250.0
#: Without preprocessing, graphs above this size use the vectorised bucket search (:mod:`hmi.nav.bucket_search`)
#: instead of the per-edge Python Dijkstra.
BUCKET_SEARCH_MIN_NODES = 100_000


class RoutingError(Exception):
    """Base class: no route could be computed. ``str(err)`` is a human-readable one-line message."""


class OutsideMap(RoutingError):
    """The start or the destination lies outside the loaded map."""


class NoRoute(RoutingError):
    """Start and destination are both on the map but not connected by drivable roads in that direction."""


class BadInput(RoutingError):
    """Coordinates or parameters are not usable (NaN, out of range, unknown metric, …)."""


def edge_weights(graph: RoadGraph, metric: str) -> np.ndarray:
    """The per-edge cost array for ``metric`` ("time" → seconds, "distance" → metres)."""
    if metric == "time":
        return graph.edge_time_s
    if metric == "distance":
        return graph.edge_length_m
    raise BadInput(f"unknown metric {metric!r} (use 'time' or 'distance')")


# ============================================================================================ contraction hierarchy
@dataclass
class CH:
    """A contraction hierarchy for one metric.

    Arcs (original edges and shortcuts) have ids ``0..A-1``: ``arc_edge[a]`` is the original edge id, or -1 for a
    shortcut whose halves are arcs ``arc_child1[a]`` (tail → middle) and ``arc_child2[a]`` (middle → head).
    ``up_*``: arcs u→x with rank[x] > rank[u], grouped by u. ``dn_*``: arcs x→v with rank[x] > rank[v], grouped
    by v (the backward search walks them from v up to x).
    """

    metric: str
    rank: np.ndarray
    up_indptr: np.ndarray
    up_target: np.ndarray
    up_weight: np.ndarray
    up_arc: np.ndarray
    dn_indptr: np.ndarray
    dn_source: np.ndarray
    dn_weight: np.ndarray
    dn_arc: np.ndarray
    arc_edge: np.ndarray
    arc_child1: np.ndarray
    arc_child2: np.ndarray
    _adj: Any = field(default=None, repr=False)

    _FIELDS = (
        "rank",
        "up_indptr",
        "up_target",
        "up_weight",
        "up_arc",
        "dn_indptr",
        "dn_source",
        "dn_weight",
        "dn_arc",
        "arc_edge",
        "arc_child1",
        "arc_child2",
    )
    #: graphs with fewer arcs keep per-node Python tuple lists (fastest queries, ~100 B per arc)
    LIST_ARCS_MAX = 3_000_000

    def save(self, directory: Path) -> None:
        """Write the arrays as ``.npy`` files into ``directory``."""
        directory.mkdir(parents=True, exist_ok=True)
        for f in self._FIELDS:
            np.save(directory / f"{f}.npy", getattr(self, f), allow_pickle=False)
        (directory / "metric").write_text(self.metric, encoding="utf-8")

    @classmethod
    def load(cls, directory: Path, num_nodes: int) -> CH:
        """Memory-map a saved hierarchy; ``ValueError`` if it does not fit a graph of ``num_nodes`` nodes."""
        arrays = {
            f: np.load(directory / f"{f}.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray) for f in cls._FIELDS
        }
        metric = (directory / "metric").read_text(encoding="utf-8").strip()
        ch = cls(metric, **arrays)
        if (
            len(ch.rank) != num_nodes
            or len(ch.up_indptr) != num_nodes + 1
            or len(ch.dn_indptr) != num_nodes + 1
            or ch.up_indptr[-1] != len(ch.up_target)
            or ch.dn_indptr[-1] != len(ch.dn_source)
            or len(ch.arc_edge) != len(ch.arc_child1)
        ):
            raise ValueError(f"{directory}: routing preprocessing does not match the graph")
        return ch

    @property
    def num_arcs(self) -> int:
        """Number of arcs (original edges kept + shortcuts)."""
        return len(self.arc_edge)

    def adjacency(self) -> tuple[Any, Any, list[int], list[int], list[int]]:
        """(up, dn, arc_edge, arc_child1, arc_child2): ``up[u]`` / ``dn[v]`` are lists of (node, weight, arc)."""
        if self._adj is None:
            if self.num_arcs <= self.LIST_ARCS_MAX:
                up = _tuple_lists(self.up_indptr, self.up_target, self.up_weight, self.up_arc)
                dn = _tuple_lists(self.dn_indptr, self.dn_source, self.dn_weight, self.dn_arc)
                arcs = (self.arc_edge.tolist(), self.arc_child1.tolist(), self.arc_child2.tolist())
            else:  # huge graphs: slice the (memory-mapped) arrays on demand
                up = _LazyAdjacency(self.up_indptr, self.up_target, self.up_weight, self.up_arc)
                dn = _LazyAdjacency(self.dn_indptr, self.dn_source, self.dn_weight, self.dn_arc)
                arcs = (self.arc_edge, self.arc_child1, self.arc_child2)
            self._adj = (up, dn, *arcs)
        return self._adj


def _tuple_lists(indptr: np.ndarray, other: np.ndarray, weight: np.ndarray, arc: np.ndarray) -> list[list[tuple]]:
    ip = indptr.tolist()
    triples = list(zip(other.tolist(), weight.tolist(), arc.tolist(), strict=True))
    return [triples[ip[i] : ip[i + 1]] for i in range(len(ip) - 1)]


class _LazyAdjacency:
    """``adj[u]`` → list of (node, weight, arc) sliced from CSR arrays without materialising everything."""

    def __init__(self, indptr: np.ndarray, other: np.ndarray, weight: np.ndarray, arc: np.ndarray) -> None:
        self.indptr, self.other, self.weight, self.arc = indptr, other, weight, arc

    def __getitem__(self, u: int) -> list[tuple[int, float, int]]:
        a, b = self.indptr[u], self.indptr[u + 1]
        return list(zip(self.other[a:b].tolist(), self.weight[a:b].tolist(), self.arc[a:b].tolist(), strict=True))


def build_ch(
    graph: RoadGraph,
    metric: str = "time",
    progress: Callable[[float], None] | None = None,
    witness_settle_limit: int = 100,
    order: np.ndarray | None = None,
) -> CH:
    """Contract ``graph`` for ``metric`` (edge-difference ordering with lazy updates, bounded witness searches).

    Bounded witness searches may add a few superfluous shortcuts but never drop a needed one, so queries stay
    exact. ``order`` (node ids, least important first) skips the priority computation — e.g. a nested-dissection
    order for synthetic grids.
    """
    w = np.asarray(edge_weights(graph, metric), dtype=np.float64)
    n = graph.num_nodes
    src = graph.edge_sources.tolist()
    tgt = graph.edge_target.tolist()
    wl = w.tolist()
    # live overlay graph: out[u][x] = inn[x][u] = (weight, code); code ≥ 0 original edge, < 0 pending shortcut
    out: list[dict[int, tuple[float, int]]] = [{} for _ in range(n)]
    inn: list[dict[int, tuple[float, int]]] = [{} for _ in range(n)]
    for e in range(len(tgt)):
        u, v = src[e], tgt[e]
        if u == v:
            continue
        cur = out[u].get(v)
        if cur is None or wl[e] < cur[0]:
            out[u][v] = inn[v][u] = (wl[e], e)
    pending: list[tuple[int, int]] = []  # shortcut children (arc ids) by pending index
    arc_edge: list[int] = []
    arc_c1: list[int] = []
    arc_c2: list[int] = []

    contracted = bytearray(n)
    deleted_nbrs = [0] * n
    level = [0] * n
    settle_limit = witness_settle_limit

    def witness(u: int, skip: int, max_cost: float, targets: set[int]) -> dict[int, float]:
        dist = {u: 0.0}
        heap = [(0.0, u)]
        settled = 0
        remaining = len(targets)
        done: set[int] = set()
        while heap:
            d, x = heapq.heappop(heap)
            if x in done:
                continue
            done.add(x)
            if d > max_cost:
                break
            if x in targets:
                remaining -= 1
                if remaining == 0:
                    break
            settled += 1
            if settled > settle_limit:
                break
            for y, (wy, _c) in out[x].items():
                if y == skip:
                    continue
                nd = d + wy
                if nd < dist.get(y, math.inf):
                    dist[y] = nd
                    heapq.heappush(heap, (nd, y))
        return dist

    def shortcuts_for(v: int) -> list[tuple[int, int, float]]:
        res = []
        outs = out[v]
        if not outs:
            return res
        for u, (wu, _c) in inn[v].items():
            targets = {x for x in outs if x != u}
            if not targets:
                continue
            max_cost = wu + max(outs[x][0] for x in targets)
            dist = witness(u, v, max_cost, targets)
            for x in targets:
                c = wu + outs[x][0]
                if dist.get(x, math.inf) > c:
                    res.append((u, x, c))
        return res

    def priority(v: int, shortcuts: list[tuple[int, int, float]]) -> float:
        return 2 * len(shortcuts) - (len(inn[v]) + len(out[v])) + deleted_nbrs[v] + level[v]

    rank = np.zeros(n, dtype=np.int32)
    fwd: list[list[tuple[int, float, int]]] = [[] for _ in range(n)]
    bwd: list[list[tuple[int, float, int]]] = [[] for _ in range(n)]

    def freeze(code: int) -> int:
        aid = len(arc_edge)
        if code >= 0:
            arc_edge.append(code)
            arc_c1.append(-1)
            arc_c2.append(-1)
        else:
            c1, c2 = pending[-code - 1]
            arc_edge.append(-1)
            arc_c1.append(c1)
            arc_c2.append(c2)
        return aid

    def contract(v: int, r: int, shortcuts: list[tuple[int, int, float]]) -> None:
        contracted[v] = 1
        rank[v] = r
        # v's remaining arcs all touch higher-ranked nodes: they become v's upward/downward arcs
        out_ids = {}
        for x, (wx, code) in out[v].items():
            out_ids[x] = aid = freeze(code)
            fwd[v].append((x, wx, aid))
        in_ids = {}
        for u, (wu, code) in inn[v].items():
            in_ids[u] = aid = freeze(code)
            bwd[v].append((u, wu, aid))
        for u, x, c in shortcuts:
            cur = out[u].get(x)
            if cur is None or c < cur[0]:
                pending.append((in_ids[u], out_ids[x]))
                out[u][x] = inn[x][u] = (c, -len(pending))
        for u in inn[v]:
            del out[u][v]
            deleted_nbrs[u] += 1
            level[u] = max(level[u], level[v] + 1)
        for x in out[v]:
            del inn[x][v]
            deleted_nbrs[x] += 1
            level[x] = max(level[x], level[v] + 1)
        out[v] = {}
        inn[v] = {}

    step = max(1, n // 50)
    if order is not None:
        for r, v in enumerate(np.asarray(order).tolist()):
            contract(v, r, shortcuts_for(v))
            if progress and r % step == 0:
                progress(r / n)
    else:
        heap = [(priority(v, shortcuts_for(v)), v) for v in range(n)]
        heapq.heapify(heap)
        r = 0
        while heap:
            _p, v = heapq.heappop(heap)
            if contracted[v]:
                continue
            sc = shortcuts_for(v)
            p = priority(v, sc)
            if heap and p > heap[0][0]:
                heapq.heappush(heap, (p, v))  # lazy update: someone else is cheaper now
                continue
            contract(v, r, sc)  # the graph did not change since sc was computed: reuse it
            r += 1
            if progress and r % step == 0:
                progress(r / n)

    def to_csr(lists: list[list[tuple[int, float, int]]]) -> tuple[np.ndarray, ...]:
        counts = np.fromiter((len(x) for x in lists), dtype=np.int64, count=n)
        indptr = np.zeros(n + 1, np.int64)
        np.cumsum(counts, out=indptr[1:])
        flat = [a for arcs in lists for a in arcs]
        if flat:
            other, weight, aid = zip(*flat, strict=True)
        else:
            other, weight, aid = (), (), ()
        return (indptr, np.array(other, np.int32), np.array(weight, np.float64), np.array(aid, np.int32))

    up = to_csr(fwd)
    dn = to_csr(bwd)
    if progress:
        progress(1.0)
    return CH(
        metric, rank, *up, *dn, np.array(arc_edge, np.int64), np.array(arc_c1, np.int32), np.array(arc_c2, np.int32)
    )


def get_ch(graph: RoadGraph, metric: str) -> CH | None:
    """The graph's contraction hierarchy for ``metric``: loaded from the map once, or set by :func:`attach_ch`."""
    key = f"ch_{metric}"
    if key not in graph._aux:
        ch = None
        if graph.map_dir is not None and (graph.map_dir / key / "rank.npy").is_file():
            try:
                ch = CH.load(graph.map_dir / key, graph.num_nodes)
            except (OSError, ValueError) as exc:
                import logging

                logging.getLogger(__name__).warning("routing preprocessing unusable, using Dijkstra: %s", exc)
        graph._aux[key] = ch
    return graph._aux[key]


def attach_ch(graph: RoadGraph, ch: CH | None, metric: str | None = None) -> None:
    """Use ``ch`` for routing on ``graph`` (``None`` forces plain bidirectional Dijkstra)."""
    graph._aux[f"ch_{metric or (ch.metric if ch else 'time')}"] = ch


def ch_query(ch: CH, s: int, t: int) -> tuple[float, list[int]] | None:
    """(cost, original edge ids) of the cheapest path s→t using the hierarchy, or None if unreachable."""
    if s == t:
        return 0.0, []
    up, dn, arc_edge, arc_c1, arc_c2 = ch.adjacency()
    inf = math.inf
    df = {s: 0.0}
    db = {t: 0.0}
    pf: dict[int, tuple[int, int]] = {}
    pb: dict[int, tuple[int, int]] = {}
    hf = [(0.0, s)]
    hb = [(0.0, t)]
    best = inf
    meet = -1
    pop = heapq.heappop
    push = heapq.heappush
    dfg, dbg = df.get, db.get
    while hf or hb:
        if hf and (not hb or hf[0][0] <= hb[0][0]):
            d, u = pop(hf)
            if d > dfg(u, inf):
                continue
            if d >= best:
                hf = []
                continue
            o = dbg(u)
            if o is not None and d + o < best:
                best, meet = d + o, u
            # stall-on-demand: u is reached more cheaply through a higher node's downward arc
            for x, wx, _a in dn[u]:
                dx = dfg(x)
                if dx is not None and dx + wx < d:
                    break
            else:
                for x, wx, a in up[u]:
                    nd = d + wx
                    if nd < dfg(x, inf):
                        df[x] = nd
                        pf[x] = (u, a)
                        push(hf, (nd, x))
        else:
            d, u = pop(hb)
            if d > dbg(u, inf):
                continue
            if d >= best:
                hb = []
                continue
            o = dfg(u)
            if o is not None and d + o < best:
                best, meet = d + o, u
            for x, wx, _a in up[u]:
                dx = dbg(x)
                if dx is not None and dx + wx < d:
                    break
            else:
                for x, wx, a in dn[u]:
                    nd = d + wx
                    if nd < dbg(x, inf):
                        db[x] = nd
                        pb[x] = (u, a)
                        push(hb, (nd, x))
    if meet < 0:
        return None
    arcs: list[int] = []
    x = meet
    while x != s:
        x, a = pf[x]
        arcs.append(a)
    arcs.reverse()
    x = meet
    while x != t:
        x, a = pb[x]
        arcs.append(a)
    return best, unpack_arcs(arc_edge, arc_c1, arc_c2, arcs)


def unpack_arcs(arc_edge: Any, arc_c1: Any, arc_c2: Any, arcs: list[int]) -> list[int]:
    """Expand hierarchy arcs (in path order) into original edge ids."""
    edges: list[int] = []
    stack = arcs[::-1]
    while stack:
        a = stack.pop()
        e = int(arc_edge[a])
        if e >= 0:
            edges.append(e)
        else:
            stack.append(int(arc_c2[a]))
            stack.append(int(arc_c1[a]))
    return edges


# ============================================================================================ plain Dijkstra
def _adjacency_lists(
    graph: RoadGraph, metric: str
) -> tuple[list[int], list[int], list[float], list[int], list[int], list[int]]:
    """(indptr, target, weight, rev_indptr, rev_edge, edge_source) as cached Python lists."""
    key = f"adj_{metric}"
    if key not in graph._aux:
        rev_ip, rev_e = graph.reverse_csr()
        graph._aux[key] = (
            graph.indptr.tolist(),
            graph.edge_target.tolist(),
            np.asarray(edge_weights(graph, metric), dtype=np.float64).tolist(),
            rev_ip.tolist(),
            rev_e.tolist(),
            graph.edge_sources.tolist(),
        )
    return graph._aux[key]


def dijkstra_route(graph: RoadGraph, s: int, t: int, metric: str = "time") -> tuple[float, list[int]] | None:
    """(cost, edge ids) of the cheapest path s→t by bidirectional Dijkstra on the CSR arrays; None if unreachable."""
    if s == t:
        return 0.0, []
    ip, tg, w, rip, re_, es = _adjacency_lists(graph, metric)
    df, db = {s: 0.0}, {t: 0.0}
    pf: dict[int, int] = {}
    pb: dict[int, int] = {}
    hf, hb = [(0.0, s)], [(0.0, t)]
    sf: set[int] = set()
    sb: set[int] = set()
    best, meet = math.inf, -1
    pop, push = heapq.heappop, heapq.heappush
    while hf and hb:
        if hf[0][0] + hb[0][0] >= best:
            break
        if hf[0][0] <= hb[0][0]:
            d, u = pop(hf)
            if u in sf:
                continue
            sf.add(u)
            for e in range(ip[u], ip[u + 1]):
                x = tg[e]
                nd = d + w[e]
                if nd < df.get(x, math.inf):
                    df[x] = nd
                    pf[x] = e
                    push(hf, (nd, x))
                if x in db and nd + db[x] < best:
                    best, meet = nd + db[x], x
        else:
            d, u = pop(hb)
            if u in sb:
                continue
            sb.add(u)
            for i in range(rip[u], rip[u + 1]):
                e = re_[i]
                x = es[e]
                nd = d + w[e]
                if nd < db.get(x, math.inf):
                    db[x] = nd
                    pb[x] = e
                    push(hb, (nd, x))
                if x in df and nd + df[x] < best:
                    best, meet = nd + df[x], x
    if meet < 0:
        return None
    edges: list[int] = []
    x = meet
    while x != s:
        e = pf[x]
        edges.append(e)
        x = es[e]
    edges.reverse()
    x = meet
    while x != t:
        e = pb[x]
        edges.append(e)
        x = tg[e]
    return best, edges


def shortest_tree(
    graph: RoadGraph,
    src: int,
    metric: str = "time",
    limit: float = math.inf,
    reverse: bool = False,
    targets: set[int] | None = None,
) -> tuple[dict[int, float], dict[int, int]]:
    """One-to-many Dijkstra from ``src`` (or towards it with ``reverse=True``) up to cost ``limit``.

    Returns (cost per reached node, predecessor edge id per reached node except ``src``). Stops early once every
    node in ``targets`` is settled. Costs are in seconds (time) or metres (distance).
    """
    ip, tg, w, rip, re_, es = _adjacency_lists(graph, metric)
    dist = {src: 0.0}
    pred: dict[int, int] = {}
    done: set[int] = set()
    heap = [(0.0, src)]
    remaining = set(targets) if targets else None
    while heap:
        d, u = heapq.heappop(heap)
        if u in done:
            continue
        if d > limit:
            break
        done.add(u)
        if remaining is not None:
            remaining.discard(u)
            if not remaining:
                break
        if reverse:
            for i in range(rip[u], rip[u + 1]):
                e = re_[i]
                x = es[e]
                nd = d + w[e]
                if nd <= limit and nd < dist.get(x, math.inf):
                    dist[x] = nd
                    pred[x] = e
                    heapq.heappush(heap, (nd, x))
        else:
            for e in range(ip[u], ip[u + 1]):
                x = tg[e]
                nd = d + w[e]
                if nd <= limit and nd < dist.get(x, math.inf):
                    dist[x] = nd
                    pred[x] = e
                    heapq.heappush(heap, (nd, x))
    return {k: v for k, v in dist.items() if k in done}, {k: v for k, v in pred.items() if k in done}


def costs_from(graph: RoadGraph, src: int, metric: str = "time", limit: float = math.inf) -> dict[int, float]:
    """Cost from ``src`` to every node reachable within ``limit`` (seconds or metres)."""
    return shortest_tree(graph, src, metric, limit)[0]


def costs_to(graph: RoadGraph, dst: int, metric: str = "time", limit: float = math.inf) -> dict[int, float]:
    """Cost from every node that reaches ``dst`` within ``limit`` to ``dst``."""
    return shortest_tree(graph, dst, metric, limit, reverse=True)[0]


def tree_path(graph: RoadGraph, pred: dict[int, int], node: int, reverse: bool = False) -> list[int]:
    """Edge ids from the tree root to ``node`` (or from ``node`` to the root for a ``reverse`` tree)."""
    edges = []
    while node in pred:
        e = pred[node]
        edges.append(e)
        node = int(graph.edge_target[e]) if reverse else graph.edge_source(e)
    if not reverse:
        edges.reverse()
    return edges


# ============================================================================================ route objects
@dataclass
class Route:
    """A computed route. ``coordinates`` is the full polyline; ``maneuvers`` the turn-by-turn list."""

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
    cum_duration_s: list[float] = field(default_factory=list, repr=False)
    #: position in ``coordinates`` of each node of ``nodes``
    node_index: list[int] = field(default_factory=list, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of ``hmi route --json`` and ``hmi/navigation/active``."""
        return {
            "distance_m": round(self.distance_m, 1),
            "duration_s": round(self.duration_s, 1),
            "coordinates": [[round(a, 7), round(b, 7)] for a, b in self.coordinates],
            "maneuvers": [m.to_dict() for m in self.maneuvers],
        }


def route_from_edges(graph: RoadGraph, src: int, edges: list[int], metric: str = "time") -> Route:
    """Assemble a :class:`Route` (lengths, durations, polyline, maneuvers) from a list of edge ids."""
    from hmi.nav.guidance import build_maneuvers

    ea = np.asarray(edges, dtype=np.int64)
    lat0, lon0 = float(graph.node_lat[src]), float(graph.node_lon[src])
    if len(ea) == 0:
        r = Route(
            nodes=[int(src)],
            edges=[],
            distance_m=0.0,
            duration_s=0.0,
            coordinates=[(lat0, lon0)],
            maneuvers=[],
            metric=metric,
            cost=0.0,
            node_index=[0],
        )
        r.maneuvers = build_maneuvers(graph, r)
        return r
    # cumulative sums left to right in float64: the same accumulation as networkx's path_weight
    lengths = np.asarray(graph.edge_length_m)[ea].astype(np.float64).tolist()
    times = np.asarray(graph.edge_time_s)[ea].astype(np.float64).tolist()
    cum_d, cum_t = [], []
    dist = dur = 0.0
    for a, b in zip(lengths, times, strict=True):
        dist += a
        dur += b
        cum_d.append(dist)
        cum_t.append(dur)
    # polyline: every edge's points, dropping each later edge's first point (it repeats the junction)
    go = graph.geom_offsets
    starts = np.asarray(go[ea], dtype=np.int64)
    ends = np.asarray(go[ea + 1], dtype=np.int64)
    take = starts.copy()
    take[1:] += 1
    counts = ends - take
    total = int(counts.sum())
    first = np.cumsum(counts) - counts
    idx = np.arange(total) - np.repeat(first, counts) + np.repeat(take, counts)
    lat = np.asarray(graph.geom_lat)[idx]
    lon = np.asarray(graph.geom_lon)[idx]
    node_index = [0, *(np.cumsum(counts) - 1).tolist()]
    nodes = [int(src), *np.asarray(graph.edge_target)[ea].tolist()]
    cost = dur if metric == "time" else dist
    r = Route(
        nodes=nodes,
        edges=ea.tolist(),
        distance_m=dist,
        duration_s=dur,
        coordinates=list(zip(lat.tolist(), lon.tolist(), strict=True)),
        maneuvers=[],
        metric=metric,
        cost=cost,
        cum_distance_m=cum_d,
        cum_duration_s=cum_t,
        node_index=node_index,
    )
    r.maneuvers = build_maneuvers(graph, r)
    return r


def route(graph: RoadGraph, src_node: int, dst_node: int, metric: str = "time") -> Route | None:
    """Cheapest route between two nodes by ``metric`` ("time" or "distance"); None if unreachable."""
    edge_weights(graph, metric)  # validates the metric
    n = graph.num_nodes
    if not (0 <= src_node < n and 0 <= dst_node < n):
        raise BadInput(f"node ids must be in 0..{n - 1}")
    src_node, dst_node = int(src_node), int(dst_node)
    ch = get_ch(graph, metric)
    if ch is not None:
        res = ch_query(ch, src_node, dst_node)
    elif n > BUCKET_SEARCH_MIN_NODES:
        from hmi.nav.bucket_search import bucket_route

        res = bucket_route(graph, src_node, dst_node, metric)
    else:
        res = dijkstra_route(graph, src_node, dst_node, metric)
    if res is None:
        return None
    return route_from_edges(graph, src_node, res[1], metric)


def _check_point(p: Any, what: str) -> tuple[float, float]:
    try:
        lat, lon = float(p[0]), float(p[1])
    except (TypeError, ValueError, IndexError):
        raise BadInput(f"{what} must be a (lat, lon) pair") from None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise BadInput(f"{what} ({p[0]}, {p[1]}) is not a valid position")
    return lat, lon


def snap(graph: RoadGraph, point: tuple[float, float], what: str = "position") -> int:
    """The road node used for ``point``: its nearest node, moved onto the main network when the nearest node is in
    a small fragment and the main network is close. Raises :class:`OutsideMap` when no road is near."""
    lat, lon = _check_point(point, what)
    if not graph.contains(lat, lon, margin_m=MAX_SNAP_M):
        raise OutsideMap(
            f"the {what} ({lat:.5f}, {lon:.5f}) is outside the map ({graph.metadata.get('region', 'loaded region')})"
        )
    node, d = graph.nearest_node_with_distance(lat, lon)
    if node < 0 or d > MAX_SNAP_M:
        raise OutsideMap(f"the {what} ({lat:.5f}, {lon:.5f}) is {d / 1000:.1f} km from the nearest road on the map")
    comp = graph.node_component
    if comp[node] != 0:
        main = np.flatnonzero(np.asarray(comp) == 0)
        if len(main):
            m_node, m_d = graph._nearest_in(main, lat, lon)
            small = np.count_nonzero(np.asarray(comp) == comp[node]) < 0.01 * graph.num_nodes
            if small and m_d <= d + RESNAP_EXTRA_M:
                return m_node
    return node


def route_between(
    graph: RoadGraph, origin: tuple[float, float], destination: tuple[float, float], metric: str = "time"
) -> Route:
    """Route between two positions (lat, lon), snapped to the road network.

    Raises :class:`OutsideMap`, :class:`NoRoute` or :class:`BadInput` (all :class:`RoutingError`) with a
    message fit for the screen.
    """
    edge_weights(graph, metric)
    s = snap(graph, origin, "start")
    t = snap(graph, destination, "destination")
    r = route(graph, s, t, metric)
    if r is None:
        comp = graph.node_component
        if comp[s] != comp[t]:
            raise NoRoute(
                "the destination cannot be reached by road from here: it lies in a part of the road "
                "network that is not connected to the start"
            )
        raise NoRoute("no drivable route between start and destination")
    return r


def straight_distance_m(graph: RoadGraph, a: int, b: int) -> float:
    """Great-circle distance between two nodes (a lower bound for road distance)."""
    return haversine_m(
        float(graph.node_lat[a]), float(graph.node_lon[a]), float(graph.node_lat[b]), float(graph.node_lon[b])
    )
