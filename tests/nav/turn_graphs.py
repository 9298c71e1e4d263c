"""Small hand-made road graphs for turn tests, and an independent plain Dijkstra on a turn graph's arcs.

Graphs are built with ``RoadGraph.from_arrays`` from named nodes on a metre grid near Vaduz (so bearings and
lengths are real) and roads between them; map attributes (restrictions, node flags, access) are attached with
:func:`hmi.nav.road_attrs.attach_road_attrs`, as a built map would carry them.
"""

from __future__ import annotations

import heapq
import math

import numpy as np

from hmi.nav.graph import RoadGraph

LAT0, LON0 = 47.14, 9.52
M_PER_DEG = 111_320.0
SPEED_MS = 50 / 3.6


class Town:
    """Named nodes at (x, y) metres and roads between them; ``edge(a, b)`` is the id of the road a → b."""

    def __init__(self, nodes: dict[str, tuple[float, float]], roads: list[tuple[str, str, bool]]) -> None:
        self.names = list(nodes)
        self.idx = {n: i for i, n in enumerate(self.names)}
        cos = math.cos(math.radians(LAT0))
        lat = np.array([LAT0 + nodes[n][1] / M_PER_DEG for n in self.names])
        lon = np.array([LON0 + nodes[n][0] / (M_PER_DEG * cos) for n in self.names])
        pairs: list[tuple[int, int]] = []
        for a, b, oneway in roads:
            pairs.append((self.idx[a], self.idx[b]))
            if not oneway:
                pairs.append((self.idx[b], self.idx[a]))
        pairs.sort()
        src = np.array([p[0] for p in pairs], dtype=np.int64)
        tgt = np.array([p[1] for p in pairs], dtype=np.int32)
        length = np.array([math.dist(nodes[self.names[u]], nodes[self.names[v]]) for u, v in pairs], dtype=np.float32)
        indptr = np.zeros(len(self.names) + 1, np.int64)
        np.cumsum(np.bincount(src, minlength=len(self.names)), out=indptr[1:])
        self.graph = RoadGraph.from_arrays(
            node_lat=lat,
            node_lon=lon,
            indptr=indptr,
            edge_target=tgt,
            edge_length_m=length,
            edge_time_s=(length / SPEED_MS).astype(np.float32),
        )
        self._edge = {(self.names[u], self.names[v]): i for i, (u, v) in enumerate(pairs)}

    def edge(self, a: str, b: str) -> int:
        """Id of the road edge from node ``a`` to node ``b``."""
        return self._edge[(a, b)]

    def path_names(self, edges: list[int]) -> list[str]:
        """The node names along a list of edges (tail of the first, then every head)."""
        g = self.graph
        out = [self.names[g.edge_source(edges[0])]]
        out += [self.names[int(g.edge_target[e])] for e in edges]
        return out


def grid_town(n: int = 3, spacing: float = 200.0) -> Town:
    """An ``n`` × ``n`` grid of two-way streets; nodes are named ``"x,y"`` (x east, y north)."""
    nodes = {f"{i},{j}": (i * spacing, j * spacing) for i in range(n) for j in range(n)}
    roads = []
    for i in range(n):
        for j in range(n):
            if i + 1 < n:
                roads.append((f"{i},{j}", f"{i + 1},{j}", False))
            if j + 1 < n:
                roads.append((f"{i},{j}", f"{i},{j + 1}", False))
    return Town(nodes, roads)


def plain_dijkstra(
    indptr: np.ndarray, target: np.ndarray, weight: list[int], sources: list[tuple[int, int]]
) -> dict[int, int]:
    """Costs from the sources (state, initial cost) to every reachable state: heapq, nothing else."""
    dist: dict[int, int] = {}
    heap = [(d, s) for s, d in sources]
    heapq.heapify(heap)
    done: set[int] = set()
    best: dict[int, int] = {s: d for d, s in heap}
    while heap:
        d, u = heapq.heappop(heap)
        if u in done:
            continue
        done.add(u)
        dist[u] = d
        for a in range(int(indptr[u]), int(indptr[u + 1])):
            v = int(target[a])
            nd = d + weight[a]
            if nd < best.get(v, 1 << 62):
                best[v] = nd
                heapq.heappush(heap, (nd, v))
    return dist


class Oracle:
    """Plain-Dijkstra answers on a turn graph's arcs, with integer weights computed here from the raw arrays:
    milliseconds (time: entered edge + turn + penalty) or decimetres (distance: entered edge + penalty)."""

    def __init__(self, tg, metric: str) -> None:
        g = tg.graph
        self.tg = tg
        if metric == "time":
            self.edge_w = [round(float(x) * 1000) for x in g.edge_time_s]
            self.arc_w = [
                round((float(g.edge_time_s[tg.state_edge[t]]) + float(ts) + float(ps)) * 1000)
                for t, ts, ps in zip(tg.target.tolist(), tg.arc_turn_s.tolist(), tg.arc_penalty_s.tolist(), strict=True)
            ]
        else:
            self.edge_w = [round(float(x) * 10) for x in g.edge_length_m]
            self.arc_w = [
                round((float(g.edge_length_m[tg.state_edge[t]]) + float(pm)) * 10)
                for t, pm in zip(tg.target.tolist(), tg.arc_penalty_m.tolist(), strict=True)
            ]
        self.scale = 1000 if metric == "time" else 10
        arc_src = np.repeat(np.arange(tg.num_states), np.diff(tg.indptr))
        # arcs into each road edge (by the entered state's edge)
        self.into: dict[int, list[tuple[int, int]]] = {}
        for a, (s, t) in enumerate(zip(arc_src.tolist(), tg.target.tolist(), strict=True)):
            self.into.setdefault(int(tg.state_edge[t]), []).append((a, s))
        self._cache: dict[tuple[int, int], dict[int, int]] = {}

    def from_position(self, e: int, fe: float) -> dict[int, int]:
        """Costs from a start ``fe`` along edge ``e`` to the end of every reachable state."""
        key = (e, round((1 - fe) * self.edge_w[e]))
        if key not in self._cache:
            self._cache[key] = plain_dijkstra(self.tg.indptr, self.tg.target, self.arc_w, [key])
        return self._cache[key]

    def cost(self, e: int, fe: float, f: int, ff: float) -> float:
        """Cheapest integer cost from ``fe`` along ``e`` to ``ff`` along ``f`` (inf when unreachable)."""
        dist = self.from_position(e, fe)
        best = math.inf
        if e == f and fe <= ff:
            best = round((ff - fe) * self.edge_w[e])
        rest = round((1 - ff) * self.edge_w[f])
        for a, s in self.into.get(f, []):
            if s in dist:
                best = min(best, dist[s] + max(0, self.arc_w[a] - rest))
        return best
