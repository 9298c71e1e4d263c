"""The guidance route of a charging plan: one :class:`~hmi.nav.route_types.Route` through every leg (plain Python).

Built where the plan is made (the trip model's worker), so following a new plan — after a live replan as well —
costs the GUI thread nothing but the switch.
"""

from __future__ import annotations

from hmi.nav.ev.planner import Plan
from hmi.nav.graph import RoadGraph
from hmi.nav.route import route_from_edges
from hmi.nav.route_types import Route


def plan_route(graph: RoadGraph, plan: Plan) -> Route:
    """The route along the plan's edges, via its charging stops (from the start's nearest node if it has none)."""
    edges = [int(e) for leg in plan.legs for e in leg.edges]
    if edges:
        src = graph.edge_source(edges[0])
    else:
        src = graph.nearest_node(plan.legs[0].start.lat, plan.legs[0].start.lon)
    return route_from_edges(graph, src, edges)
