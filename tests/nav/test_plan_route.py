"""A charging plan is searched junction by junction, without turn restrictions; its guidance route must still
never take a forbidden turn."""

from __future__ import annotations

import logging

from turn_graphs import Town

from hmi.nav import turns as T
from hmi.nav.ev.plan_route import legal, plan_route
from hmi.nav.ev.planner import plan_trip
from hmi.nav.ev.profiles import load_profiles
from hmi.nav.road_attrs import attach_road_attrs
from hmi.nav.routing_index import RoutingIndex, set_routing_index

# W → C → N is the short way (600 m), but turning left at C coming from W is forbidden; W → A → N is 716 m.
NODES = {"W": (0.0, 0.0), "C": (300.0, 0.0), "N": (300.0, 300.0), "A": (0.0, 400.0)}
ROADS = [("W", "C", False), ("C", "N", False), ("W", "A", False), ("A", "N", False)]


def _town(restricted: bool) -> Town:
    town = Town(NODES, ROADS)
    rules = []
    if restricted:
        rules = [
            {
                "osm": 1,
                "kind": "no",
                "from": [town.edge("W", "C")],
                "via_node": town.idx["C"],
                "via": [],
                "to": [town.edge("C", "N")],
            }
        ]
    attach_road_attrs(town.graph, restrictions=rules)
    set_routing_index(town.graph, RoutingIndex(T.TurnGraph.build(town.graph), background=False))
    return town


def _plan(town: Town):
    leaf = load_profiles()["nissan-leaf-40"]
    g = town.graph
    w, n = town.idx["W"], town.idx["N"]
    return plan_trip(
        g, leaf, [], (float(g.node_lat[w]), float(g.node_lon[w])), (float(g.node_lat[n]), float(g.node_lon[n])), 80.0
    )


def test_the_plans_road_is_kept_when_it_is_legal() -> None:
    town = _town(restricted=False)
    plan = _plan(town)
    route = plan_route(town.graph, plan)
    assert town.path_names(route.edges) == ["W", "C", "N"]


def test_a_leg_through_a_forbidden_turn_is_guided_the_legal_way(caplog) -> None:
    town = _town(restricted=True)
    plan = _plan(town)
    turns = T.TurnGraph.build(town.graph)
    # the planner's junction-by-junction search still takes the short way through the forbidden turn …
    assert town.path_names([int(e) for e in plan.legs[0].edges]) == ["W", "C", "N"]
    assert not legal(turns, [int(e) for e in plan.legs[0].edges])
    # … the driver is never told to
    with caplog.at_level(logging.INFO, logger="hmi.nav.ev.plan_route"):
        route = plan_route(town.graph, plan)
    names = town.path_names(route.edges)
    assert names[-1] == "N" and "A" in names and names[:3] != ["W", "C", "N"], names
    assert legal(turns, list(route.edges))
    assert "forbid" in caplog.text
