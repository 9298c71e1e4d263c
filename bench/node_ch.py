"""The node-based contraction hierarchy of map format v1 (pure Python), kept as the benchmark baseline.

Routing itself runs on the turn graph (:mod:`hmi.nav.turns`, :mod:`hmi.nav.routing_index`); this hierarchy knows
nothing of turns and restrictions, and the map build no longer writes it. ``bench/bench_nav.py`` measures it as the
baseline "pure-Python node CH" next to the turn-aware CCH.

Nodes are contracted in order of importance (edge difference, lazy updates, bounded witness searches), adding
shortcut arcs that preserve shortest-path costs; a query is a bidirectional Dijkstra that only climbs the
hierarchy. Shortcuts remember their middle node so the path unpacks into original edge ids.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from hmi.nav.graph import RoadGraph


def _weights(graph: RoadGraph, metric: str) -> np.ndarray:
    if metric not in ("time", "distance"):
        raise ValueError(f"unknown metric {metric!r}")
    return graph.edge_time_s if metric == "time" else graph.edge_length_m


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
    w = np.asarray(_weights(graph, metric), dtype=np.float64)
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
