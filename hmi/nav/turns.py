"""The turn-expanded (edge-based) routing graph: which turns are legal, and what each turn costs.

**States.** A state is "the car has just entered road edge ``e`` at its tail". State ``e`` (``0 … E-1``) is the
*home* state of edge ``e``; states ``E …`` are copies of edges that remember how the car approached them, needed
for restrictions whose via is one or more ways (the copy knows "we came from the from-way").

**Arcs.** An arc ``s → s'`` is a transition at the node where ``state_edge[s]`` ends and ``state_edge[s']``
starts. Its cost is the time of the entered edge plus the turn: ``arc_turn_s[a] + edge_time_s[state_edge[s']]``
(seconds, part of the ETA); ``arc_penalty_s[a]`` is a routing-only penalty that never enters the ETA. Arc
length: ``edge_length_m[state_edge[s']]``.

**Which transitions exist** (in this order):

1. every in-edge × out-edge pair at a node;
2. no passage through a node flagged ``BARRIER`` (the car may turn back in front of it);
3. no U-turn (leaving along the road just arrived on), except where the road ends (at a dead end or in front
   of a barrier, where turning back is the only way on) or where an ``only_u_turn`` relation mandates it;
4. turn restrictions (``restrictions.json``): ``no_*`` removes the transition (via node) or the sequence
   from → via ways → to (via way(s), with state copies); ``only_*`` removes every other transition from the
   from-edge at the via node (via ways: the car must follow the via ways and then take a to-edge).

**Turn costs** (seconds, time metric only; the distance metric has none), ONE table, right-hand traffic. The
turn angle ``α`` is the change of bearing at the node, measured over the last/first :data:`BEARING_PROBE_M` of the
two edges: ``α > 0`` right, ``α < 0`` left, ``|α| = 180`` back. At a real intersection (three or more roads meet)::

    turn_s = interp(|α|, ANGLE_DEG, RIGHT_S if α ≥ 0 else LEFT_S)      # piecewise linear

======  ===  ===  ===  ===  ===  ===  =========================================================================
|α| °     0   20   45   90  135  180
right     0    0  1.0  2.5  4.0  5.0  slow down for the corner
left      0    0  2.0  5.0  7.0  8.0  slow down, and wait for a gap in the oncoming traffic
======  ===  ===  ===  ===  ===  ===  =========================================================================

Where only two roads meet (the road bends, or changes name) a turn costs nothing: the bend is in the road's
speed. A U-turn costs :data:`U_TURN_S` (20 s) instead, and passing a node flagged ``TRAFFIC_SIGNALS`` adds
:data:`TRAFFIC_SIGNAL_S` (the mean wait of a 50 % red light on a 60 s cycle, rounded down).

**Destination-only roads** (``edge_access & DESTINATION``): entering one from a road that is not destination-only
costs :data:`DESTINATION_PENALTY_S` (time metric) or :data:`DESTINATION_PENALTY_M` (distance metric) of routing
weight, not of ETA. A route that starts or ends in such a zone pays it at most once on every alternative, so it
changes nothing there; a route *through* one is chosen only when it saves more than that.

**Integer weights** (for the CCH, :mod:`hmi.nav.routing_index`): ``round(1000 × seconds)`` (milliseconds) for
time and ``round(10 × metres)`` (decimetres) for distance, per arc, penalty included (:meth:`TurnGraph.weights`).
"""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import numpy as np

from hmi.nav.graph import RoadGraph
from hmi.nav.road_attrs import AccessFlag, NodeFlag, RoadAttrs, road_attrs

log = logging.getLogger(__name__)

METRICS = ("time", "distance")

# ---------------------------------------------------------------------------------------------- the cost table
#: turn angle breakpoints (degrees) of the piecewise-linear turn-time tables
ANGLE_DEG = (0.0, 20.0, 45.0, 90.0, 135.0, 180.0)
#: seconds for a right turn (with the traffic) at each breakpoint
RIGHT_S = (0.0, 0.0, 1.0, 2.5, 4.0, 5.0)
#: seconds for a left turn (across oncoming traffic) at each breakpoint
LEFT_S = (0.0, 0.0, 2.0, 5.0, 7.0, 8.0)
#: seconds for turning back onto the road just arrived on (dead ends, barriers)
U_TURN_S = 20.0
#: seconds added for passing a node with traffic signals
TRAFFIC_SIGNAL_S = 8.0
#: routing-only seconds for entering a destination-only road from a through road
DESTINATION_PENALTY_S = 1800.0
#: routing-only metres for the same, in the distance metric
DESTINATION_PENALTY_M = 20_000.0
#: metres of polyline over which the bearings of a turn are measured
BEARING_PROBE_M = 15.0
#: integer weight units per second (time) and per metre (distance)
TIME_SCALE = 1000.0
DISTANCE_SCALE = 10.0
#: largest arc weight accepted by the CCH (RoutingKit treats 2**31 - 2 and above as "no arc")
MAX_WEIGHT = 2**31 - 3
#: version of the construction rules above; stored with the preprocessing so a change rebuilds it
MODEL_VERSION = 1


def turn_time_s(angle_deg: np.ndarray) -> np.ndarray:
    """Seconds for turns of signed angle ``angle_deg`` (right positive) at an intersection (table above)."""
    a = np.asarray(angle_deg, dtype=np.float64)
    mag = np.minimum(np.abs(a), 180.0)
    return np.where(a >= 0, np.interp(mag, ANGLE_DEG, RIGHT_S), np.interp(mag, ANGLE_DEG, LEFT_S))


# --------------------------------------------------------------------------------------------- geometry helpers
def edge_bearings(graph: RoadGraph, probe_m: float = BEARING_PROBE_M) -> tuple[np.ndarray, np.ndarray]:
    """(bearing leaving the tail, bearing arriving at the head) of every edge, degrees clockwise from north,
    over the first/last ``probe_m`` metres of its polyline (so a kink right at the node does not fake a turn)."""
    lat = np.asarray(graph.geom_lat, dtype=np.float64)
    lon = np.asarray(graph.geom_lon, dtype=np.float64)
    go = np.asarray(graph.geom_offsets, dtype=np.int64)
    e = graph.num_edges
    if e == 0:
        return np.zeros(0), np.zeros(0)
    cos = np.cos(np.radians(lat))
    dy = np.diff(lat) * 111_320.0
    dx = np.diff(lon) * 111_320.0 * cos[:-1]
    step = np.hypot(dx, dy)
    # steps from the last point of an edge to the first point of the next are not road: zero them
    boundary = go[1:-1] - 1
    step[boundary[(boundary >= 0) & (boundary < len(step))]] = 0.0
    pos = np.concatenate(([0.0], np.cumsum(step)))  # non-decreasing along the whole array
    a, b = go[:-1], go[1:] - 1  # first and last point of each edge
    k_out = np.minimum(np.searchsorted(pos, pos[a] + probe_m, side="left"), b)
    k_out = np.maximum(k_out, np.minimum(a + 1, b))
    k_in = np.maximum(np.searchsorted(pos, pos[b] - probe_m, side="right") - 1, a)
    k_in = np.minimum(k_in, np.maximum(b - 1, a))

    def bearing(p: np.ndarray, q: np.ndarray) -> np.ndarray:
        by = (lat[q] - lat[p]) * 111_320.0
        bx = (lon[q] - lon[p]) * 111_320.0 * cos[p]
        return np.degrees(np.arctan2(bx, by)) % 360.0

    return bearing(a, k_out), bearing(k_in, b)


def reverse_twins(graph: RoadGraph) -> np.ndarray:
    """int64[E]: the edge that runs back along edge ``e`` (same road, other direction), -1 for one-way roads.

    Two edges are twins when they connect the same nodes in opposite directions along the same polyline (the
    second point of one is the second-to-last of the other), so two different roads between the same junctions
    are not mistaken for one.
    """
    e = graph.num_edges
    twin = np.full(e, -1, np.int64)
    if e == 0:
        return twin
    n = max(graph.num_nodes, 1)
    src = np.asarray(graph.edge_sources, dtype=np.int64)
    tgt = np.asarray(graph.edge_target, dtype=np.int64)
    go = np.asarray(graph.geom_offsets, dtype=np.int64)
    lat, lon = np.asarray(graph.geom_lat), np.asarray(graph.geom_lon)

    def point_key(i: np.ndarray) -> np.ndarray:  # a polyline point as one integer (1e-7 degrees)
        return np.rint((lat[i] + 90.0) * 1e7).astype(np.int64) * 4_000_000_000 + np.rint((lon[i] + 180.0) * 1e7).astype(
            np.int64
        )

    second = point_key(np.minimum(go[:-1] + 1, go[1:] - 1))
    before_last = point_key(np.maximum(go[1:] - 2, go[:-1]))
    # e's twin f runs tgt→src and leaves along e's last segment: f's second point is e's second-to-last
    pair = src * n + tgt
    order = np.lexsort((second, pair))
    pair_sorted = pair[order]
    want = tgt * n + src
    lo = np.searchsorted(pair_sorted, want, side="left")
    hi = np.searchsorted(pair_sorted, want, side="right")
    single = (hi - lo) == 1
    cand = order[np.minimum(lo, e - 1)]
    ok = single & (second[cand] == before_last)
    twin[ok] = cand[ok]
    for i in np.flatnonzero(hi - lo > 1).tolist():  # parallel roads between the same junctions (rare)
        for f in order[lo[i] : hi[i]].tolist():
            if second[f] == before_last[i]:
                twin[i] = f
                break
    twin[twin == np.arange(e)] = -1
    return twin


# --------------------------------------------------------------------------------------------------- the graph
def as_weights(w: np.ndarray) -> np.ndarray:
    """uint32 integer weights for the routing index: ``w`` rounded, kept within 0 … :data:`MAX_WEIGHT`."""
    return np.clip(np.rint(w), 0, MAX_WEIGHT).astype(np.uint32)


@dataclass
class TurnGraph:
    """States (entered road edges, plus copies for via-way restrictions) and the legal transitions between them.

    Public arrays (read-only): ``state_edge`` int32[S], CSR ``indptr`` int64[S+1] / ``target`` int32[A],
    ``arc_turn_s`` float32[A], ``arc_penalty_s`` float32[A] (time) and ``arc_penalty_m`` float32[A] (distance).
    """

    graph: RoadGraph
    state_edge: np.ndarray
    indptr: np.ndarray
    target: np.ndarray
    arc_turn_s: np.ndarray
    arc_penalty_s: np.ndarray
    arc_penalty_m: np.ndarray
    #: counts for the build report (restrictions applied, copies, u-turns allowed, …)
    stats: dict[str, int] = field(default_factory=dict)
    _arc_source: np.ndarray | None = field(default=None, repr=False)
    _reverse: tuple[np.ndarray, np.ndarray] | None = field(default=None, repr=False)
    _states_of: tuple[np.ndarray, np.ndarray] | None = field(default=None, repr=False)
    _edge_w: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    ARRAYS: ClassVar[tuple[str, ...]] = (
        "state_edge",
        "indptr",
        "target",
        "arc_turn_s",
        "arc_penalty_s",
        "arc_penalty_m",
    )

    # ------------------------------------------------------------------------------------------- accessors
    @property
    def num_states(self) -> int:
        """Number of states S (edges plus copies)."""
        return len(self.state_edge)

    @property
    def num_arcs(self) -> int:
        """Number of arcs A (legal transitions)."""
        return len(self.target)

    def home_state(self, e: int) -> int:
        """The unrestricted state of edge ``e`` (the car entered ``e`` with no restriction pending)."""
        return int(e)

    def states_of_edge(self, e: int) -> np.ndarray:
        """Every state of edge ``e``: its home state first, then its copies."""
        ip, states = self._state_index()
        return states[ip[e] : ip[e + 1]]

    def _state_index(self) -> tuple[np.ndarray, np.ndarray]:
        if self._states_of is None:
            e = self.graph.num_edges
            order = np.argsort(self.state_edge, kind="stable")  # home state (id e) sorts before its copies
            counts = np.bincount(self.state_edge, minlength=e)
            ip = np.zeros(e + 1, np.int64)
            np.cumsum(counts, out=ip[1:])
            self._states_of = (ip, order.astype(np.int32))
        return self._states_of

    @property
    def arc_source(self) -> np.ndarray:
        """int32[A]: the source state of every arc."""
        if self._arc_source is None:
            self._arc_source = np.repeat(np.arange(self.num_states, dtype=np.int32), np.diff(self.indptr))
        return self._arc_source

    def reverse_csr(self) -> tuple[np.ndarray, np.ndarray]:
        """(rev_indptr int64[S+1], rev_arc int64[A]): ids of the arcs entering each state, grouped by target."""
        if self._reverse is None:
            order = np.argsort(self.target, kind="stable")
            counts = np.bincount(self.target, minlength=self.num_states)
            ip = np.zeros(self.num_states + 1, np.int64)
            np.cumsum(counts, out=ip[1:])
            self._reverse = (ip, order.astype(np.int64))
        return self._reverse

    def arcs_into_edge(self, e: int) -> np.ndarray:
        """Ids of every arc that enters a state of edge ``e``."""
        ip, arcs = self.reverse_csr()
        return np.concatenate([arcs[ip[s] : ip[s + 1]] for s in self.states_of_edge(e)])

    def arc_time_s(self) -> np.ndarray:
        """float64[A]: seconds of every arc (entered edge + turn), the ETA's part; no penalty."""
        g = self.graph
        return np.asarray(g.edge_time_s, np.float64)[self.state_edge[self.target]] + self.arc_turn_s

    def arc_length_m(self) -> np.ndarray:
        """float64[A]: metres of every arc (the entered edge)."""
        return np.asarray(self.graph.edge_length_m, np.float64)[self.state_edge[self.target]]

    def weights(self, metric: str) -> np.ndarray:
        """uint32[A] integer arc weights of ``metric`` (penalties included): ms for time, dm for distance."""
        if metric == "time":
            w = (self.arc_time_s() + self.arc_penalty_s) * TIME_SCALE
        elif metric == "distance":
            w = (self.arc_length_m() + self.arc_penalty_m) * DISTANCE_SCALE
        else:
            raise ValueError(f"unknown metric {metric!r} (use 'time' or 'distance')")
        return as_weights(w)

    def edge_weights(self, metric: str) -> np.ndarray:
        """uint32[E]: integer weight of driving each whole road edge (no turn), for start/end offsets (cached)."""
        got = self._edge_w.get(metric)
        if got is None:
            g = self.graph
            if metric == "time":
                w = np.asarray(g.edge_time_s, np.float64) * TIME_SCALE
            elif metric == "distance":
                w = np.asarray(g.edge_length_m, np.float64) * DISTANCE_SCALE
            else:
                raise ValueError(f"unknown metric {metric!r} (use 'time' or 'distance')")
            got = self._edge_w[metric] = as_weights(w)
        return got

    def arc_between(self, s: int, t: int) -> int:
        """Id of the arc from state ``s`` to state ``t``, -1 if there is none."""
        a, b = int(self.indptr[s]), int(self.indptr[s + 1])
        hit = np.flatnonzero(self.target[a:b] == t)
        return a + int(hit[0]) if len(hit) else -1

    def arc_onto_edge(self, s: int, e: int) -> int:
        """Id of the first arc from state ``s`` into a state of road edge ``e``, -1 if the rules allow none."""
        a, b = int(self.indptr[s]), int(self.indptr[s + 1])
        hit = np.flatnonzero(self.state_edge[self.target[a:b]] == e)
        return a + int(hit[0]) if len(hit) else -1

    def fingerprint(self) -> str:
        """A short checksum of the topology (for matching stored preprocessing against this graph)."""
        h = zlib.crc32(np.ascontiguousarray(self.indptr).tobytes())
        h = zlib.crc32(np.ascontiguousarray(self.target).tobytes(), h)
        h = zlib.crc32(np.ascontiguousarray(self.state_edge).tobytes(), h)
        return f"v{MODEL_VERSION}-{self.num_states}-{self.num_arcs}-{h:08x}"

    # ----------------------------------------------------------------------------------------- persistence
    def save(self, directory: Path) -> None:
        """Write the arrays as ``.npy`` files into ``directory`` (see :meth:`load`)."""
        directory.mkdir(parents=True, exist_ok=True)
        for key in self.ARRAYS:
            np.save(directory / f"{key}.npy", np.ascontiguousarray(getattr(self, key)), allow_pickle=False)

    @classmethod
    def load(cls, directory: Path, graph: RoadGraph) -> TurnGraph:
        """Memory-map a saved turn graph; ``ValueError`` when it does not fit ``graph``."""
        arrays = {
            k: np.load(directory / f"{k}.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray) for k in cls.ARRAYS
        }
        tg = cls(graph, **arrays)
        s, a = tg.num_states, tg.num_arcs
        if (
            s < graph.num_edges
            or len(tg.indptr) != s + 1
            or int(tg.indptr[-1]) != a
            or any(len(getattr(tg, k)) != a for k in ("arc_turn_s", "arc_penalty_s", "arc_penalty_m"))
            or (s and int(tg.state_edge.max()) >= graph.num_edges)
            or (a and int(tg.target.max()) >= s)
        ):
            raise ValueError(f"{directory}: turn graph does not match the road graph")
        return tg

    # ------------------------------------------------------------------------------------------------ build
    @classmethod
    def build(cls, graph: RoadGraph, attrs: RoadAttrs | None = None) -> TurnGraph:
        """Expand ``graph`` into states and legal transitions (rules in the module docstring)."""
        return _Builder(graph, attrs or road_attrs(graph)).run()


class _Builder:
    """Vectorised construction of a :class:`TurnGraph`; restrictions with via ways are added per relation."""

    def __init__(self, graph: RoadGraph, attrs: RoadAttrs) -> None:
        self.g = graph
        self.attrs = attrs
        self.E = graph.num_edges
        self.src = np.asarray(graph.edge_sources, dtype=np.int64)
        self.tgt = np.asarray(graph.edge_target, dtype=np.int64)
        self.indptr = np.asarray(graph.indptr, dtype=np.int64)
        self.stats: dict[str, int] = {}

    def run(self) -> TurnGraph:
        g, E = self.g, self.E
        b_out, b_in = edge_bearings(g)
        self.b_out, self.b_in = b_out, b_in
        twin = reverse_twins(g)
        flags = np.asarray(self.attrs.node_flags)
        self.barrier = (flags & int(NodeFlag.BARRIER)) != 0
        self.signals = (flags & int(NodeFlag.TRAFFIC_SIGNALS)) != 0
        self.dest = (np.asarray(self.attrs.edge_access) & int(AccessFlag.DESTINATION)) != 0
        self.roads = _roads_at_node(g.num_nodes, self.src, self.tgt)

        # 1. every in-edge × out-edge pair at each node
        outdeg = np.diff(self.indptr)
        cnt = outdeg[self.tgt]
        e_arr = np.repeat(np.arange(E, dtype=np.int64), cnt)
        first = np.cumsum(cnt) - cnt
        f_arr = np.arange(len(e_arr), dtype=np.int64) - np.repeat(first, cnt) + np.repeat(self.indptr[self.tgt], cnt)
        self.stats["transitions"] = len(e_arr)
        # 2.-3. no passage through barriers; U-turns only where nothing else leads on (dead end, barrier)
        uturn = twin[e_arr] == f_arr
        via = self.tgt[e_arr]
        passing = ~uturn & ~self.barrier[via]
        onward = np.bincount(e_arr[passing], minlength=E)
        # "only_u_turn" relations: a U-turn the map explicitly mandates (hence allows)
        told = [
            a * E + b
            for r in self.attrs.restrictions
            if r.kind == "only" and not r.via
            for a in r.from_edges
            for b in r.to_edges
            if twin[a] == b
        ]
        explicit = np.isin(e_arr * E + f_arr, np.asarray(told, np.int64)) if told else np.zeros(len(e_arr), bool)
        keep = passing | (uturn & ((onward[e_arr] == 0) | self.barrier[via] | explicit))
        self.stats["uturns_allowed"] = int(np.count_nonzero(uturn & keep))
        self.stats["barrier_blocked"] = int(np.count_nonzero(~uturn & self.barrier[via]))
        e_arr, f_arr = e_arr[keep], f_arr[keep]
        self.twin = twin
        # 4. restrictions with a via node: vectorised on (from, to) keys
        e_arr, f_arr = self._via_node_rules(e_arr, f_arr)
        # 4b. restrictions with via ways: state copies, built per pattern
        s_arr, t_arr, copy_edges = self._via_way_rules(e_arr, f_arr)
        state_edge = np.concatenate((np.arange(E, dtype=np.int64), np.asarray(copy_edges, np.int64)))
        order = np.lexsort((t_arr, s_arr))
        s_arr, t_arr = s_arr[order], t_arr[order]
        S = len(state_edge)
        counts = np.bincount(s_arr, minlength=S)
        ip = np.zeros(S + 1, np.int64)
        np.cumsum(counts, out=ip[1:])
        ein, eout = state_edge[s_arr], state_edge[t_arr]
        turn_s, pen_s, pen_m = self._costs(ein, eout)
        self.stats.update(states=S, arcs=len(t_arr), copies=S - E)
        return TurnGraph(
            g,
            state_edge.astype(np.int32),
            ip,
            t_arr.astype(np.int32),
            turn_s.astype(np.float32),
            pen_s.astype(np.float32),
            pen_m.astype(np.float32),
            stats=self.stats,
        )

    # ------------------------------------------------------------------------------------------------ costs
    def _costs(self, ein: np.ndarray, eout: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(turn seconds, penalty seconds, penalty metres) of transitions ``ein[i] → eout[i]``."""
        via = self.tgt[ein]
        angle = (self.b_out[eout] - self.b_in[ein] + 180.0) % 360.0 - 180.0
        uturn = self.twin[ein] == eout
        turn = np.where(self.roads[via] > 2, turn_time_s(angle), 0.0)
        turn = np.where(uturn, U_TURN_S, turn)
        turn = turn + np.where(self.signals[via], TRAFFIC_SIGNAL_S, 0.0)
        entering_dest = self.dest[eout] & ~self.dest[ein]
        return (
            turn,
            np.where(entering_dest, DESTINATION_PENALTY_S, 0.0),
            np.where(entering_dest, DESTINATION_PENALTY_M, 0.0),
        )

    # ----------------------------------------------------------------------------------------- restrictions
    def _via_node_rules(self, e_arr: np.ndarray, f_arr: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        E = self.E
        banned: list[int] = []
        only_from: list[int] = []
        only_ok: list[int] = []
        applied = 0
        for r in self.attrs.restrictions:
            if r.via:
                continue
            applied += 1
            if r.kind == "no":
                banned.extend(a * E + b for a in r.from_edges for b in r.to_edges)
            else:
                only_from.extend(r.from_edges)
                only_ok.extend(a * E + b for a in r.from_edges for b in r.to_edges)
        self.stats["via_node_restrictions"] = applied
        key = e_arr * E + f_arr
        drop = np.isin(key, np.asarray(banned, np.int64))
        drop |= np.isin(e_arr, np.asarray(only_from, np.int64)) & ~np.isin(key, np.asarray(only_ok, np.int64))
        self.stats["transitions_removed_via_node"] = int(np.count_nonzero(drop))
        return e_arr[~drop], f_arr[~drop]

    def _via_way_rules(self, e_arr: np.ndarray, f_arr: np.ndarray) -> tuple[np.ndarray, np.ndarray, list[int]]:
        """Arcs (source state, target state) after via-way restrictions, and the edges of the copy states.

        Each via-way restriction is a pattern of edges (from, via…, to). A copy state stands for a proper prefix
        of a pattern (length ≥ 2) that the car has just driven; the target of a transition is the longest
        suffix of (context + next edge) that is such a prefix (Aho–Corasick), else the next edge's home state.
        """
        no_full: set[tuple[int, ...]] = set()
        only_next: dict[tuple[int, ...], set[int]] = {}
        prefixes: set[tuple[int, ...]] = set()
        starts: set[int] = set()
        count = 0
        for r in self.attrs.restrictions:
            if not r.via:
                continue
            count += 1
            for a in r.from_edges:
                seq = (a, *r.via)
                for k in range(2, len(seq) + 1):
                    prefixes.add(seq[:k])
                starts.add(a)
                if r.kind == "no":
                    no_full.update((*seq, b) for b in r.to_edges)
                else:
                    for k in range(1, len(seq)):
                        only_next.setdefault(seq[:k], set()).add(seq[k])
                    only_next.setdefault(seq, set()).update(r.to_edges)
        self.stats["via_way_restrictions"] = count
        E = self.E
        if not prefixes:
            return e_arr, f_arr, []
        # via-node rules also hold inside copies: give the pattern search those rules too
        for r in self.attrs.restrictions:
            if r.via:
                continue
            for a in r.from_edges:
                if r.kind == "no":
                    no_full.update((a, b) for b in r.to_edges)
                else:
                    only_next.setdefault((a,), set()).update(r.to_edges)
        copy_id = {p: E + i for i, p in enumerate(sorted(prefixes))}
        copy_edges = [p[-1] for p in sorted(prefixes)]
        # successors of each edge after the node rules (the candidates of every state of that edge)
        order = np.argsort(e_arr, kind="stable")
        e_sorted, f_sorted = e_arr[order], f_arr[order]
        lo = np.searchsorted(e_sorted, np.arange(E + 1))

        def succ(x: int) -> Iterable[int]:
            return f_sorted[lo[x] : lo[x + 1]].tolist()

        def arcs_of(context: tuple[int, ...]) -> list[int]:
            out = []
            for y in succ(context[-1]):
                seq = (*context, y)
                ok = True
                for k in range(len(seq), 1, -1):
                    suffix = seq[-k:]
                    if suffix in no_full:
                        ok = False
                        break
                    allowed = only_next.get(suffix[:-1])
                    if allowed is not None and y not in allowed:
                        ok = False
                        break
                if not ok:
                    continue
                tgt_state = y
                for k in range(len(seq), 1, -1):
                    hit = copy_id.get(seq[-k:])
                    if hit is not None:
                        tgt_state = hit
                        break
                out.append(tgt_state)
            return out

        removed = 0
        keep = ~np.isin(e_arr, np.asarray(sorted(starts), np.int64))
        src_list = [e_arr[keep]]
        dst_list = [f_arr[keep]]
        for x in sorted(starts):
            targets = arcs_of((x,))
            removed += (lo[x + 1] - lo[x]) - len(targets)
            src_list.append(np.full(len(targets), x, np.int64))
            dst_list.append(np.asarray(targets, np.int64))
        for p in sorted(prefixes):
            targets = arcs_of(p)
            src_list.append(np.full(len(targets), copy_id[p], np.int64))
            dst_list.append(np.asarray(targets, np.int64))
        self.stats["transitions_removed_via_way"] = int(removed)
        return np.concatenate(src_list), np.concatenate(dst_list), copy_edges


def _roads_at_node(n: int, src: np.ndarray, tgt: np.ndarray) -> np.ndarray:
    """int64[N]: number of distinct neighbouring nodes of each node (roads meeting there, either direction)."""
    a = np.concatenate((src, tgt))
    b = np.concatenate((tgt, src))
    keep = a != b
    pairs = np.sort(a[keep] * max(n, 1) + b[keep])
    pairs = pairs[np.r_[True, pairs[1:] != pairs[:-1]]] if len(pairs) else pairs
    return np.bincount(pairs // max(n, 1), minlength=n)
