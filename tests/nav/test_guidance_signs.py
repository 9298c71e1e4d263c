"""Lanes, motorway exit signs and speed limits in maneuvers, guidance and ``hmi route --json``."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import numpy as np
import pytest
from turn_graphs import Town

from hmi.nav.graph import RoadClass
from hmi.nav.guidance import (
    OVER_LIMIT_TOLERANCE_KMH,
    Guidance,
    lane_icons,
    lanes_for_turn,
    over_speed_limit,
    parse_turn_lanes,
    sign_text,
)
from hmi.nav.road_attrs import attach_road_attrs
from hmi.nav.route import EdgePos, route_positions
from hmi.nav.routing_index import RoutingIndex, set_routing_index
from hmi.nav.turns import TurnGraph


def test_parse_and_choose_lanes():
    assert parse_turn_lanes("left|through;right||") == [["left"], ["through", "right"], ["none"], ["none"]]
    lanes = lanes_for_turn("left|through|through;right", 88.0)
    assert [x["use"] for x in lanes] == [False, False, True]
    assert [x["use"] for x in lanes_for_turn("left|through|through;right", 3.0)] == [False, True, True]
    assert [x["use"] for x in lanes_for_turn("left;through|through|right", -70.0)] == [True, False, False]
    # a slight turn uses the slight arrow when there is one, else the nearest one
    assert [x["use"] for x in lanes_for_turn("through|slight_right", 35.0)] == [False, True]
    assert [x["use"] for x in lanes_for_turn("left|through|right", 35.0)] == [False, True, False]
    assert lanes_for_turn("||", 0.0) is None and lanes_for_turn("", 0.0) is None
    icons = lane_icons(lanes_for_turn("left;through|right;sharp_right|reverse", 90.0))
    assert [x["icons"] for x in icons] == [
        ["lane-left", "lane-through"],
        ["lane-right", "lane-sharp-right"],
        ["lane-uturn"],
    ]


def test_over_speed_limit_rule():
    assert not over_speed_limit(None, 50.0) and not over_speed_limit(60.0, None)
    assert not over_speed_limit(200.0, math.inf)  # no limit
    assert not over_speed_limit(50.0 + OVER_LIMIT_TOLERANCE_KMH, 50.0)
    assert over_speed_limit(50.0 + OVER_LIMIT_TOLERANCE_KMH + 0.5, 50.0)
    assert not over_speed_limit(math.nan, 50.0)


def test_sign_text():
    assert sign_text(None) == ""
    assert (
        sign_text({"exit": "12", "ref": "A13", "destination": "Chur;Sargans;Zürich"}) == "Exit 12: A13 Chur / Sargans"
    )
    assert sign_text({"exit": "12", "ref": None, "destination": None}) == "Exit 12"
    assert sign_text({"exit": None, "ref": None, "destination": "Chur"}) == "Chur"


def _motorway() -> Town:
    """A motorway a → b → c with an exit at b onto a slip road b → x → y (right)."""
    nodes = {"a": (0.0, 0.0), "b": (0.0, 1500.0), "c": (0.0, 3000.0), "x": (120.0, 1800.0), "y": (600.0, 1900.0)}
    town = Town(nodes, [("a", "b", True), ("b", "c", True), ("b", "x", True), ("x", "y", False)])
    cls = np.full(town.graph.num_edges, RoadClass.RESIDENTIAL, np.uint8)
    for ab in (("a", "b"), ("b", "c")):
        cls[town.edge(*ab)] = RoadClass.MOTORWAY
    cls[town.edge("b", "x")] = RoadClass.MOTORWAY_LINK
    town.graph.edge_class[:] = cls
    return town


def test_motorway_exit_is_announced_with_its_sign():
    town = _motorway()
    g = town.graph
    sign = np.full(g.num_edges, -1, np.int32)
    sign[town.edge("b", "x")] = 0
    limits = np.full(g.num_edges, np.inf, np.float32)  # the motorway has no limit
    limits[town.edge("b", "x")] = 80.0
    limits[town.edge("x", "y")] = np.nan
    lanes = np.full(g.num_edges, -1, np.int32)
    lanes[town.edge("a", "b")] = 0
    attach_road_attrs(
        g,
        edge_sign=sign,
        signs=[{"destination": "Chur;Sargans", "ref": "A13", "junction_ref": "12"}],
        edge_maxspeed_kmh=limits,
        edge_lanes=lanes,
        lanes=["through|through|slight_right"],
    )
    set_routing_index(g, RoutingIndex(TurnGraph.build(g), background=False))
    r = route_positions(g, [EdgePos(town.edge("a", "b"), 0.2, 0.0)], [EdgePos(town.edge("x", "y"), 0.5, 0.0)])
    kinds = [m.kind for m in r.maneuvers]
    assert kinds[0] == "depart" and kinds[-1] == "arrive" and len(kinds) >= 3
    exit_m = next(m for m in r.maneuvers if m.sign)
    assert exit_m.kind in ("slight-right", "turn-right")
    assert exit_m.sign == {"exit": "12", "ref": "A13", "destination": "Chur;Sargans"}
    assert str(exit_m.instruction) == "In 1.2 km, take exit 12 towards A13 Chur / Sargans".replace(
        "1.2 km", _dist(exit_m)
    )
    assert [x["use"] for x in exit_m.lanes] == [False, False, True]
    d = r.to_dict()
    m = next(x for x in d["maneuvers"] if "sign" in x)
    assert m["lanes"] == [
        {"turns": ["through"], "use": False},
        {"turns": ["through"], "use": False},
        {"turns": ["slight_right"], "use": True},
    ]
    limits_json = d["speed_limits_kmh"]
    assert limits_json[0] == "none" and 80.0 in limits_json and limits_json[-1] is None
    json.dumps(d, allow_nan=False)  # valid JSON: no NaN or Infinity
    # guidance: the limit under the car, and the lanes of the exit ahead
    guide = Guidance(g, r)
    st = guide.update(*r.coordinates[0])
    assert st.speed_limit_kmh == math.inf and st.next_maneuver is exit_m and st.lanes == exit_m.lanes
    end = r.coordinates[-1]
    st = guide.update(*end)
    assert st.speed_limit_kmh is None  # x → y has no known limit


def _dist(m) -> str:
    from hmi.i18n import Text

    text = m.instruction
    assert isinstance(text, Text)
    return text.split(",")[0].removeprefix("In ")


def test_exit_sentences_are_translated():
    from hmi.i18n import Text
    from hmi.nav.guidance import EXIT_NUMBERED, EXIT_UNNUMBERED

    for ph in (EXIT_NUMBERED, EXIT_UNNUMBERED):
        for template in (ph.named, ph.unnamed, ph.in_named, ph.in_unnamed):
            assert isinstance(Text("guidance", template, exit="12", towards="Chur", distance="1 km"), str)


def test_route_json_from_the_cli(li_dir):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "hmi",
            "route",
            "--map",
            str(li_dir),
            "--from",
            "47.1410,9.5209",
            "--to",
            "47.2404,9.5250",
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    d = json.loads(out.stdout)
    assert len(d["speed_limits_kmh"]) == len(d["coordinates"]) - 1
    assert all(v is None or v == "none" or v > 0 for v in d["speed_limits_kmh"])
    assert d["duration_s"] > 0 and d["maneuvers"][0]["kind"] == "depart"


@pytest.mark.parametrize("value", ["", "|", "left|", "banana|left"])
def test_odd_turn_lanes_never_crash(value):
    got = lanes_for_turn(value, -90.0)
    assert got is None or all(isinstance(x["use"], bool) for x in got)
