"""The guidance route of a charging plan: one :class:`~hmi.nav.route_types.Route` through every leg (plain Python).

Built where the plan is made (the trip model's worker), so following a new plan — after a live replan as well —
costs the GUI thread nothing but the switch.

The planner searches road paths junction by junction (:mod:`hmi.nav.ev.stations`) and does not know turn
restrictions; guidance must never send the driver through a forbidden turn. So each leg's road path is checked
against the turn graph, and a leg with a transition the road rules forbid is routed again with the turn-aware
router between the same places (the battery check of the live replan then covers the small difference).
"""

from __future__ import annotations

import logging

from hmi.nav.ev.planner import Leg, Plan
from hmi.nav.graph import RoadGraph
from hmi.nav.route import route_between, route_from_edges
from hmi.nav.route_types import Route, RoutingError
from hmi.nav.routing_index import routing_index
from hmi.nav.turns import TurnGraph

log = logging.getLogger(__name__)


def plan_route(graph: RoadGraph, plan: Plan) -> Route:
    """The route along the plan's edges, via its charging stops (from the start's nearest node if it has none);
    legs that would take a forbidden turn follow the turn-aware router instead."""
    turns = routing_index(graph).turns
    edges: list[int] = []
    stops: set[int] = set()  # where a leg after a charging stop begins (turning back there is fine)
    for i, leg in enumerate(plan.legs):
        leg_edges = [int(e) for e in leg.edges]
        if not legal(turns, leg_edges):
            leg_edges = _legal_leg(graph, leg, i) or leg_edges
        if edges:
            stops.add(len(edges))
        edges += leg_edges
    if edges:
        src = graph.edge_source(edges[0])
    else:
        src = graph.nearest_node(plan.legs[0].start.lat, plan.legs[0].start.lon)
    return route_from_edges(graph, src, edges, stops=frozenset(stops))


def legal(turns: TurnGraph, edges: list[int]) -> bool:
    """True when the turn graph allows every transition of ``edges`` (followed state by state, so restrictions
    whose via is a way count as well)."""
    if not edges:
        return True
    state = turns.home_state(edges[0])
    for e in edges[1:]:
        arc = turns.arc_onto_edge(state, e)
        if arc < 0:
            return False
        state = int(turns.target[arc])
    return True


def _legal_leg(graph: RoadGraph, leg: Leg, index: int) -> list[int] | None:
    """The turn-aware route of one leg between its places (None when the router finds none: keep the plan's)."""
    try:
        route = route_between(graph, (leg.start.lat, leg.start.lon), (leg.end.lat, leg.end.lon))
    except RoutingError as exc:
        log.warning("plan leg %d takes a turn the road rules forbid and cannot be routed legally: %s", index, exc)
        return None
    log.info("plan leg %d took a turn the road rules forbid; guidance follows the legal route instead", index)
    return [int(e) for e in route.edges]
