"""Fastest / shortest routes that obey the road rules.

A start and a destination become positions along road edges (:mod:`hmi.nav.snapping`); the query runs on the
turn graph (:mod:`hmi.nav.turns`: legal transitions only, turn costs) through the routing index
(:mod:`hmi.nav.routing_index`: CCH, with the bucket search while the hierarchy is being built). The answer —
a path of states — becomes a :class:`~hmi.nav.route_types.Route`: polyline cut at the two end points, lengths,
durations with turn times, speed limits and maneuvers (:mod:`hmi.nav.guidance`).

Metrics: ``"time"`` (integer milliseconds of edge time + turn time + routing penalties) and ``"distance"``
(decimetres + penalties). The index is exact on those integer weights; the route's own figures are re-summed in
float64 along the chosen path (edge time × driven fraction + turn times), so the ETA shown is the model's ETA.

A start part-way along edge ``e`` costs the part of ``e`` still ahead; a destination part-way along edge ``g``
is reached through any arc into a state of ``g`` plus the part of ``g`` up to the point; both directions of a
two-way road are candidates at either end (with a known heading only the direction driven is used at the start).
"""

from __future__ import annotations

import logging
import math
from typing import Any

import numpy as np

from hmi.nav.graph import RoadGraph, haversine_m
from hmi.nav.road_attrs import road_attrs
from hmi.nav.route_types import BadInput, NoRoute, OutsideMap, Route, RoutingError
from hmi.nav.routing_index import IndexPath, RoutingIndex, routing_index
from hmi.nav.snapping import HEADING_TOLERANCE_DEG, SAME_ROAD_M, EdgePos, segment_grid
from hmi.nav.turns import TurnGraph

__all__ = [
    "METRICS",
    "BadInput",
    "EdgePos",
    "NoRoute",
    "OutsideMap",
    "Route",
    "RoutingError",
    "route",
    "route_between",
    "route_from_edges",
    "route_positions",
    "snap",
    "snap_position",
]

log = logging.getLogger(__name__)

METRICS = ("time", "distance")
#: Start/destination further than this from the nearest road is "outside the map".
MAX_SNAP_M = 1500.0
#: A point whose nearest road lies in a small disconnected fragment is moved to the main network when a main
#: network road is at most this much further away (car parks, cut-off bits at the extract border).
RESNAP_EXTRA_M = 250.0
#: first search radius of snapping (doubled up to :data:`MAX_SNAP_M`)
SNAP_RADIUS_M = 100.0


def edge_weights(graph: RoadGraph, metric: str) -> np.ndarray:
    """The per-edge cost array for ``metric`` ("time" → seconds, "distance" → metres), without turns."""
    if metric == "time":
        return graph.edge_time_s
    if metric == "distance":
        return graph.edge_length_m
    raise BadInput(f"unknown metric {metric!r} (use 'time' or 'distance')")


# ============================================================================================ snapping
def _check_point(p: Any, what: str) -> tuple[float, float]:
    try:
        lat, lon = float(p[0]), float(p[1])
    except (TypeError, ValueError, IndexError):
        raise BadInput(f"{what} must be a (lat, lon) pair") from None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise BadInput(f"{what} ({p[0]}, {p[1]}) is not a valid position")
    return lat, lon


def _outside(graph: RoadGraph, lat: float, lon: float, what: str) -> OutsideMap:
    return OutsideMap(
        f"the {what} ({lat:.5f}, {lon:.5f}) is outside the map ({graph.metadata.get('region', 'loaded region')})"
    )


def snap(graph: RoadGraph, point: tuple[float, float], what: str = "position") -> int:
    """The road node used for ``point`` by node-based searches (the EV planner): its nearest node, moved onto the
    main network when the nearest node is in a small fragment and the main network is close; on a long road far
    from every junction, the nearer end of that road. Raises :class:`OutsideMap` when no road is near."""
    lat, lon = _check_point(point, what)
    if not graph.contains(lat, lon, margin_m=MAX_SNAP_M):
        raise _outside(graph, lat, lon, what)
    node, d = graph.nearest_node_with_distance(lat, lon)
    if node < 0 or d > MAX_SNAP_M:
        # far from every junction, but maybe on a long road between two (a rural road, a motorway): its nearer
        # end along the road (a node-based search starts at a junction; the road's own geometry says where)
        on_road = snap_position(graph, (lat, lon), what)[0]  # raises OutsideMap when no road is near either
        src = int(graph.edge_sources[on_road.edge])
        return src if on_road.fraction < 0.5 else int(graph.edge_target[on_road.edge])
    comp = graph.node_component
    if comp[node] != 0:
        main = np.flatnonzero(np.asarray(comp) == 0)
        if len(main):
            m_node, m_d = graph._nearest_in(main, lat, lon)
            small = np.count_nonzero(np.asarray(comp) == comp[node]) < 0.01 * graph.num_nodes
            if small and m_d <= d + RESNAP_EXTRA_M:
                return m_node
    return node


def snap_position(
    graph: RoadGraph, point: tuple[float, float], what: str = "position", heading: float | None = None
) -> list[EdgePos]:
    """Where on the roads ``point`` is: the closest point of the closest road, as one position per direction of
    that road (at a junction: every road meeting there). Moved onto the main network like :func:`snap`. With a
    ``heading`` (degrees) only directions within 90° of it are kept (when any is). Raises :class:`OutsideMap`."""
    lat, lon = _check_point(point, what)
    if not graph.contains(lat, lon, margin_m=MAX_SNAP_M):
        raise _outside(graph, lat, lon, what)
    grid = segment_grid(graph)
    cands: list[EdgePos] = []
    radius = SNAP_RADIUS_M
    while not cands:
        cands = grid.candidates(lat, lon, radius)
        if radius >= MAX_SNAP_M:
            break
        radius = min(MAX_SNAP_M, radius * 4)
    if not cands:
        _node, d = graph.nearest_node_with_distance(lat, lon)
        raise OutsideMap(f"the {what} ({lat:.5f}, {lon:.5f}) is {d / 1000:.1f} km from the nearest road on the map")
    comp = np.asarray(graph.node_component)
    src = graph.edge_sources
    best = cands[0]
    c0 = int(comp[src[best.edge]])
    if c0 != 0 and np.count_nonzero(comp == c0) < 0.01 * graph.num_nodes:
        wider = grid.candidates(lat, lon, best.distance_m + RESNAP_EXTRA_M)
        main = [c for c in wider if comp[src[c.edge]] == 0]
        if main:
            best, cands = main[0], wider
    twin = int(grid.twin[best.edge])
    at_node = best.fraction <= 1e-6 or best.fraction >= 1 - 1e-6
    same = [
        c
        for c in cands
        if c.distance_m <= best.distance_m + SAME_ROAD_M
        and (c.edge in (best.edge, twin) or (at_node and (c.fraction <= 1e-6 or c.fraction >= 1 - 1e-6)))
    ]
    if heading is not None and math.isfinite(heading):
        ahead = [
            c for c in same if abs((grid.bearing_at(c) - heading + 180.0) % 360.0 - 180.0) <= HEADING_TOLERANCE_DEG
        ]
        same = ahead or same
    return same


# ============================================================================================ assembling routes
def _states_route(
    graph: RoadGraph,
    turns: TurnGraph,
    states: list[int],
    arcs: list[int],
    metric: str,
    start_fraction: float = 0.0,
    end_fraction: float = 1.0,
) -> Route:
    """A :class:`Route` along a state path (``arcs[i]`` joins ``states[i]`` → ``states[i+1]``, -1: no arc)."""
    from hmi.nav.guidance import build_maneuvers

    grid = segment_grid(graph)
    edges = [int(turns.state_edge[s]) for s in states]
    n = len(edges)
    portions = [1.0] * n
    portions[0] -= start_fraction
    portions[-1] -= 1.0 - end_fraction
    if n == 1:
        portions[0] = end_fraction - start_fraction
    # arc -1: a transition the turn graph does not have (an EV plan's), timed as free
    turn_s = [0.0, *(float(turns.arc_turn_s[a]) if a >= 0 else 0.0 for a in arcs)]
    pen = turns.arc_penalty_s if metric == "time" else turns.arc_penalty_m
    penalty = sum(float(pen[a]) for a in arcs if a >= 0)
    ea = np.asarray(edges, dtype=np.int64)
    part = np.asarray(portions)
    # cumulative sums left to right in float64 (np.cumsum accumulates sequentially)
    cum_d = np.cumsum(np.asarray(graph.edge_length_m)[ea].astype(np.float64) * part)
    cum_t = np.cumsum(np.asarray(turn_s) + np.asarray(graph.edge_time_s)[ea].astype(np.float64) * part)
    dist, dur = float(cum_d[-1]), float(cum_t[-1])
    # polyline: the first and last edge cut at the end points, every edge in between whole without its first
    # point (the junction is already there)
    first = grid.cut(edges[0], start_fraction, end_fraction if n == 1 else 1.0)
    last = grid.cut(edges[-1], 0.0, end_fraction)[1:] if n > 1 else []
    go = np.asarray(graph.geom_offsets)
    mid = ea[1:-1]
    take, stop = go[mid] + 1, go[mid + 1]
    counts = stop - take
    idx = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts) + np.repeat(take, counts)
    lat = [p[0] for p in first] + np.asarray(graph.geom_lat)[idx].tolist() + [p[0] for p in last]
    lon = [p[1] for p in first] + np.asarray(graph.geom_lon)[idx].tolist() + [p[1] for p in last]
    coords = list(zip(lat, lon, strict=True))
    seg_counts = np.concatenate(([len(first) - 1], counts, [len(last)] if n > 1 else [])).astype(np.int64)
    node_index = [0, *np.cumsum(seg_counts).tolist()]
    limits_edge = np.asarray(road_attrs(graph).edge_maxspeed_kmh)[ea].astype(np.float64)
    limits = [None if math.isnan(v) else v for v in np.repeat(limits_edge, seg_counts).tolist()]
    nodes = [int(graph.edge_sources[edges[0]]), *(int(graph.edge_target[e]) for e in edges)]
    r = Route(
        nodes=nodes,
        edges=edges,
        distance_m=dist,
        duration_s=dur,
        coordinates=coords,
        maneuvers=[],
        metric=metric,
        cost=(dur if metric == "time" else dist) + penalty,
        cum_distance_m=cum_d.tolist(),
        cum_duration_s=cum_t.tolist(),
        node_index=node_index,
        states=[int(s) for s in states],
        turn_s=turn_s,
        start_fraction=start_fraction,
        end_fraction=end_fraction,
        speed_limits_kmh=limits,
    )
    r.maneuvers = build_maneuvers(graph, r)
    return r


def _empty_route(graph: RoadGraph, point: tuple[float, float], node: int, metric: str) -> Route:
    from hmi.nav.guidance import build_maneuvers

    r = Route(
        nodes=[int(node)],
        edges=[],
        distance_m=0.0,
        duration_s=0.0,
        coordinates=[point],
        maneuvers=[],
        metric=metric,
        node_index=[0],
    )
    r.maneuvers = build_maneuvers(graph, r)
    return r


def route_from_edges(
    graph: RoadGraph, src: int, edges: list[int], metric: str = "time", stops: frozenset[int] = frozenset()
) -> Route:
    """A :class:`Route` along whole road edges (e.g. an EV plan's legs): turn times where the turn graph has the
    transition; a transition it does not allow is logged and costs nothing. ``stops`` are indices of ``edges`` that
    start after a stop (a charging stop: the car may leave the way it came), never logged."""
    if not edges:
        return _empty_route(graph, (float(graph.node_lat[src]), float(graph.node_lon[src])), src, metric)
    turns = routing_index(graph).turns
    states = [turns.home_state(edges[0])]
    arcs = []
    for e in edges[1:]:
        arc = turns.arc_onto_edge(states[-1], e)
        if arc >= 0:
            arcs.append(arc)
            states.append(int(turns.target[arc]))
        else:
            states.append(turns.home_state(e))
            arcs.append(-1)
    bad = [(edges[i], edges[i + 1]) for i, a in enumerate(arcs) if a < 0 and i + 1 not in stops]
    if bad:
        log.warning(
            "route_from_edges: %d transitions the road rules do not allow (first: edge %d onto %d)", len(bad), *bad[0]
        )
    return _states_route(graph, turns, states, arcs, metric)


def _from_node(turns: TurnGraph, graph: RoadGraph, node: int, ew: np.ndarray) -> list[tuple[int, int]]:
    """Sources for a start at junction ``node``: every road leaving it, driven whole."""
    return [(turns.home_state(f), int(ew[f])) for f in graph.out_edges(node)]


def _to_node(turns: TurnGraph, graph: RoadGraph, node: int) -> list[tuple[int, int]]:
    """Targets for a destination at junction ``node``: every state of every road entering it."""
    rip, redges = graph.reverse_csr()
    return [(int(s), 0) for e in redges[rip[node] : rip[node + 1]].tolist() for s in turns.states_of_edge(e)]


def route(graph: RoadGraph, src_node: int, dst_node: int, metric: str = "time") -> Route | None:
    """Cheapest legal route between two junctions by ``metric`` ("time" or "distance"); None if unreachable."""
    edge_weights(graph, metric)  # validates the metric
    n = graph.num_nodes
    if not (0 <= src_node < n and 0 <= dst_node < n):
        raise BadInput(f"node ids must be in 0..{n - 1}")
    src_node, dst_node = int(src_node), int(dst_node)
    if src_node == dst_node:
        p = (float(graph.node_lat[src_node]), float(graph.node_lon[src_node]))
        return _empty_route(graph, p, src_node, metric)
    idx = routing_index(graph)
    turns = idx.turns
    sources = _from_node(turns, graph, src_node, turns.edge_weights(metric))
    res = idx.route(metric, sources, _to_node(turns, graph, dst_node))
    if res is None:
        return None
    return _states_route(graph, turns, res.states, res.arcs, metric)


def route_positions(
    graph: RoadGraph,
    starts: list[EdgePos],
    ends: list[EdgePos],
    metric: str = "time",
    index: RoutingIndex | None = None,
) -> Route | None:
    """Cheapest legal route from any of ``starts`` to any of ``ends`` (positions on edges); None if unreachable."""
    edge_weights(graph, metric)
    idx = index or routing_index(graph)
    turns = idx.turns
    ew = turns.edge_weights(metric)
    w = idx.metric_weights(metric)
    sources = {}
    for p in starts:
        s = turns.home_state(p.edge)
        sources[s] = min(sources.get(s, 1 << 62), round((1.0 - p.fraction) * int(ew[p.edge])))
    # a destination part-way along g: any arc into a state of g, minus the part of g beyond the point
    targets: dict[int, tuple[int, int, EdgePos]] = {}
    arc_src = turns.arc_source
    for q in ends:
        rest = round((1.0 - q.fraction) * int(ew[q.edge]))
        for a in turns.arcs_into_edge(q.edge).tolist():
            y = int(arc_src[a])
            off = max(0, int(w[a]) - rest)
            if y not in targets or off < targets[y][0]:
                targets[y] = (off, a, q)
    best: tuple[int, IndexPath | None, EdgePos, EdgePos] | None = None
    for p in starts:  # start and destination on the same edge, destination ahead: no junction at all
        for q in ends:
            if p.edge == q.edge and p.fraction <= q.fraction:
                c = round((q.fraction - p.fraction) * int(ew[p.edge]))
                if best is None or c < best[0]:
                    best = (c, None, p, q)
    res = idx.route(metric, list(sources.items()), [(y, v[0]) for y, v in targets.items()])
    if res is not None and (best is None or res.cost < best[0]):
        off, a, q = targets[res.states[-1]]
        p = next(p for p in starts if turns.home_state(p.edge) == res.states[0])
        best = (res.cost, IndexPath(res.cost, [*res.states, int(turns.target[a])], [*res.arcs, a]), p, q)
    if best is None:
        return None
    _c, path, p, q = best
    if path is None:
        return _states_route(graph, turns, [turns.home_state(p.edge)], [], metric, p.fraction, q.fraction)
    return _states_route(graph, turns, path.states, path.arcs, metric, p.fraction, q.fraction)


def route_between(
    graph: RoadGraph,
    origin: tuple[float, float],
    destination: tuple[float, float],
    metric: str = "time",
    heading: float | None = None,
) -> Route:
    """Legal route between two positions (lat, lon), each snapped onto the closest road (a car's ``heading``, when
    known, picks the direction it drives at the start).

    Raises :class:`OutsideMap`, :class:`NoRoute` or :class:`BadInput` (all :class:`RoutingError`) with a
    message fit for the screen.
    """
    edge_weights(graph, metric)
    starts = snap_position(graph, origin, "start", heading)
    ends = snap_position(graph, destination, "destination")
    r = route_positions(graph, starts, ends, metric)
    if r is None:
        comp = graph.node_component
        src = graph.edge_sources
        if all(comp[src[p.edge]] != comp[src[q.edge]] for p in starts for q in ends):
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
