"""Vectorised shortest paths on any CSR graph without preprocessing (bucketed label-correcting search).

The routing index (:mod:`hmi.nav.routing_index`) answers queries with a customizable contraction hierarchy. Until
that hierarchy is built — tens of seconds for a country, in a worker thread — queries run here, on the same
turn graph and the same integer weights, so they return the same costs.

Each step settles a whole distance bucket ``[B, B + delta)`` with numpy: gather the out-arcs of every node in
the bucket, relax them at once and keep the best label per node (``np.minimum.at``), repeating until no label
inside the bucket changes. Relaxing until stable makes it exact for any ``delta > 0`` (label correcting); a
larger ``delta`` means fewer Python-level steps and some repeated relaxations. Point-to-point queries search
from both ends and stop when the two frontiers' minima add up to the best meeting cost, as bidirectional
Dijkstra does. Sources and targets carry offsets (a start part-way along a road).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Csr:
    """One search direction: ``arcs of node u`` are ``indptr[u]:indptr[u+1]``; ``arc_id`` maps a CSR slot to
    the arc id (None when slots are arc ids), ``other`` is the node at the far end of each arc id."""

    indptr: np.ndarray
    arc_id: np.ndarray | None
    other: np.ndarray


def default_delta(weight: np.ndarray) -> float:
    """Bucket width: the median positive weight (few Python steps, little repeated work on road graphs)."""
    pos = weight[weight > 0]
    return float(np.median(pos)) if len(pos) else 1.0


class _Side:
    """Labels, predecessor arcs and reached-but-unsettled nodes of one search direction."""

    def __init__(self, n: int, roots: Sequence[tuple[int, float]], csr: Csr, weight: np.ndarray) -> None:
        self.dist = np.full(n, np.inf)
        self.pred = np.full(n, -1, dtype=np.int64)
        for node, d in roots:
            if d < self.dist[node]:
                self.dist[node] = float(d)
        self.cand = np.unique(np.asarray([r[0] for r in roots], dtype=np.int64))
        self.csr = csr
        self.w = weight

    def top(self) -> float:
        return float(self.dist[self.cand].min()) if len(self.cand) else math.inf

    def expand(self, nodes: np.ndarray) -> np.ndarray:
        """Relax every arc of ``nodes``; returns the nodes whose label improved."""
        ip = self.csr.indptr
        starts = ip[nodes]
        cnt = ip[nodes + 1] - starts
        total = int(cnt.sum())
        if total == 0:
            return np.zeros(0, dtype=np.int64)
        offs = np.cumsum(cnt) - cnt
        slot = np.arange(total, dtype=np.int64) - np.repeat(offs, cnt) + np.repeat(starts, cnt)
        arcs = slot if self.csr.arc_id is None else self.csr.arc_id[slot]
        other = self.csr.other[arcs]
        nd = np.repeat(self.dist[nodes], cnt) + self.w[arcs]
        better = nd < self.dist[other]
        if not better.any():
            return np.zeros(0, dtype=np.int64)
        other, nd, arcs = other[better], nd[better], arcs[better]
        np.minimum.at(self.dist, other, nd)  # best label per node, duplicates resolved in C
        won = nd == self.dist[other]
        self.pred[other[won]] = arcs[won]  # ties: any of the equal-cost arcs is fine
        return np.unique(other)

    def settle_bucket(self, limit: float) -> np.ndarray:
        """Relax until no candidate below ``limit`` is left; returns every node improved meanwhile."""
        touched = []
        while True:
            in_bucket = self.dist[self.cand] < limit
            act = self.cand[in_bucket]
            if len(act) == 0:
                break
            self.cand = self.cand[~in_bucket]
            improved = self.expand(act)
            if len(improved):
                touched.append(improved)
                self.cand = np.union1d(self.cand, improved)
        return np.concatenate(touched) if touched else np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class SearchResult:
    """Cost and node/arc path of a point-to-point search (``nodes[0]`` a source, ``nodes[-1]`` a target)."""

    cost: float
    nodes: list[int]
    arcs: list[int]


def bidirectional(
    fwd: Csr,
    bwd: Csr,
    arc_source: np.ndarray,
    arc_target: np.ndarray,
    weight: np.ndarray,
    sources: Sequence[tuple[int, float]],
    targets: Sequence[tuple[int, float]],
    delta: float | None = None,
) -> SearchResult | None:
    """Cheapest path from any source (node, initial cost) to any target (node, final cost); None if none.

    ``weight`` is indexed by arc id; ``fwd`` walks arcs forwards, ``bwd`` backwards (its ``other`` is
    ``arc_source``)."""
    if not sources or not targets:
        return None
    n = len(fwd.indptr) - 1
    w = np.asarray(weight, dtype=np.float64)
    step = float(delta) if delta and delta > 0 else default_delta(w)
    f = _Side(n, sources, fwd, w)
    b = _Side(n, targets, bwd, w)
    both = f.dist + b.dist
    meet = int(np.argmin(both))
    best = float(both[meet]) if math.isfinite(both[meet]) else math.inf
    if not math.isfinite(best):
        meet = -1
    while True:
        tf, tb = f.top(), b.top()
        if tf + tb >= best or (tf == math.inf and tb == math.inf):
            break
        side, opp, top = (f, b, tf) if tf <= tb else (b, f, tb)
        if top == math.inf:
            break
        improved = side.settle_bucket(top + step)
        if len(improved):
            tot = side.dist[improved] + opp.dist[improved]
            k = int(np.argmin(tot))
            if tot[k] < best:
                best, meet = float(tot[k]), int(improved[k])
    if meet < 0:
        return None
    nodes_f, arcs_f = _unwind(f.pred, arc_source, meet)
    nodes_b, arcs_b = _unwind(b.pred, arc_target, meet)
    return SearchResult(best, nodes_f[::-1] + nodes_b[1:], arcs_f[::-1] + arcs_b)


def _unwind(pred: np.ndarray, towards: np.ndarray, node: int) -> tuple[list[int], list[int]]:
    """Follow predecessor arcs from ``node`` back to a root: (nodes from ``node``, arcs in walking order)."""
    nodes, arcs = [node], []
    while pred[node] >= 0:
        a = int(pred[node])
        arcs.append(a)
        node = int(towards[a])
        nodes.append(node)
    return nodes, arcs


def one_to_all(
    csr: Csr, weight: np.ndarray, roots: Sequence[tuple[int, float]], delta: float | None = None
) -> np.ndarray:
    """float64[n]: cost from the roots (node, initial cost) to every node along ``csr`` (inf unreachable)."""
    n = len(csr.indptr) - 1
    w = np.asarray(weight, dtype=np.float64)
    side = _Side(n, roots, csr, w)
    step = float(delta) if delta and delta > 0 else default_delta(w)
    while len(side.cand):
        side.settle_bucket(side.top() + step)
    return side.dist
