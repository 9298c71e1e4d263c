"""The road rules table (hmi.nav.road_rules) and what the build extracts with it from the hand-written files in
tests/nav/osm (see its README): kept and dropped ways with reasons, directions, speed limits, barriers, lanes, signs.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from hmi.nav.build import build_map
from hmi.nav.graph import EdgeAccess, EdgeFlag, NodeFlag, RoadClass, RoadGraph
from hmi.nav.road_rules import (
    Access,
    CarWay,
    Dropped,
    Oneway,
    access_value,
    barrier_blocks,
    car_node,
    car_restriction,
    car_way,
    parse_maxspeed,
    resolve_oneway,
)

OSM = Path(__file__).parent / "osm"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """``built(name)``: the map of ``tests/nav/osm/<name>.osm`` (built once per module) and its report."""
    cache: dict[str, tuple[RoadGraph, dict]] = {}

    def get(name: str) -> tuple[RoadGraph, dict]:
        if name not in cache:
            out = tmp_path_factory.mktemp(name)
            build_map(OSM / f"{name}.osm", out / "map", preprocess=False)
            cache[name] = (
                RoadGraph.load(out / "map"),
                json.loads((out / "map" / "build_report.json").read_text(encoding="utf-8")),
            )
        return cache[name]

    return get


def directions(g: RoadGraph, way: int) -> set[str]:
    """ "forward"/"backward" for each direction of ``way`` that has an edge (way order = node id order here)."""
    out = set()
    src = g.edge_sources
    for e in np.flatnonzero(g.edge_way == way).tolist():
        a, b = int(g.node_osmid[src[e]]), int(g.node_osmid[g.edge_target[e]])
        out.add("forward" if a < b else "backward")
    return out


# ------------------------------------------------------------------------------------------------ the table
@pytest.mark.parametrize(
    "value,kmh",
    [
        ("50", 50),
        ("50 km/h", 50),
        ("50kmh", 50),
        ("30 mph", 30 * 1.609344),
        ("20mph", 20 * 1.609344),
        ("10 knots", 18.52),
        ("DE:urban", 50),
        ("DE:rural", 100),
        ("AT:rural", 100),
        ("CH:rural", 80),
        ("CH:motorway", 120),
        ("FR:rural", 80),
        ("IT:motorway", 130),
        ("GB:nsl_single", 60 * 1.609344),
        ("DE:zone30", 30),
        ("DE:zone:30", 30),
        ("DE:30", 30),
        ("DE:living_street", 7),
        ("XX:urban", 50),  # unknown country: the default table
        ("walk", 7),
        ("none", math.inf),
        ("DE:motorway", math.inf),
        ("50;30", 30),
        ("50, 5", None),
        ("fast", None),
        ("0", None),
        ("999", None),
        ("", None),
        ("DE:nonsense", None),
    ],
)
def test_maxspeed_parsing(value, kmh):
    got = parse_maxspeed(value)
    if kmh is None:
        assert got is None
    else:
        assert got == pytest.approx(kmh)


@pytest.mark.parametrize("value", ["signals", "variable"])
def test_maxspeed_variable_is_unknown(value):
    assert math.isnan(parse_maxspeed(value))


@pytest.mark.parametrize(
    "value,access",
    [
        ("yes", Access.YES),
        ("permissive", Access.YES),
        ("designated", Access.YES),
        ("destination", Access.DESTINATION),
        ("customers", Access.DESTINATION),
        ("no", Access.NO),
        ("private", Access.NO),
        ("agricultural", Access.NO),
        ("forestry", Access.NO),
        ("delivery", Access.NO),
        ("agricultural;forestry", Access.NO),
        ("delivery;destination", Access.DESTINATION),
        ("no;yes", Access.YES),
        ("unknown", None),
        ("bogus", None),
        (None, None),
    ],
)
def test_access_values(value, access):
    assert access_value(value) == access


def _dirs(tags):
    v = car_way(tags)
    if isinstance(v, Dropped):
        return v.reason
    return (
        v.profile.forward.access.name if v.profile.forward else None,
        v.profile.backward.access.name if v.profile.backward else None,
    )


@pytest.mark.parametrize(
    "tags,expected",
    [
        ({"highway": "primary", "motor_vehicle": "no", "motorcar": "yes"}, ("YES", "YES")),
        ({"highway": "primary", "motor_vehicle": "no"}, "motor_vehicle=no (closed to cars)"),
        ({"highway": "residential", "access": "no", "vehicle": "destination"}, ("DESTINATION", "DESTINATION")),
        ({"highway": "residential", "vehicle": "no", "access": "yes"}, "vehicle=no (closed to cars)"),
        ({"highway": "residential", "motorcar": "no", "motor_vehicle": "yes"}, "motorcar=no (closed to cars)"),
        ({"highway": "footway"}, "highway=footway (closed to cars)"),
        ({"highway": "footway", "access": "yes"}, "highway=footway (closed to cars)"),
        ({"highway": "footway", "motorcar": "yes"}, ("YES", "YES")),
        ({"highway": "service"}, "highway=service (outside the routing network)"),
        ({"highway": "proposed"}, "highway=proposed (not a road)"),
        ({"highway": "weird_value"}, "highway=weird_value (unknown road type)"),
        ({"highway": "residential", "oneway": "yes", "access": "destination"}, ("DESTINATION", None)),
        ({"highway": "residential", "oneway": "-1"}, (None, "YES")),
        (
            {"highway": "residential", "oneway": "-1", "motorcar:backward": "no"},
            "motorcar:backward=no (closed to cars)",
        ),
        ({"highway": "residential", "access:forward": "no"}, (None, "YES")),
        ({"highway": "residential", "motorcar:backward": "no", "access": "yes"}, ("YES", None)),
        ({"highway": "residential", "oneway": "reversible"}, "oneway=reversible (direction changes during the day)"),
        ({"highway": "motorway"}, ("YES", None)),
        ({"highway": "primary", "junction": "roundabout"}, ("YES", None)),
        ({"highway": "primary", "junction": "roundabout", "oneway": "no"}, ("YES", "YES")),
    ],
)
def test_way_verdicts(tags, expected):
    assert _dirs(tags) == expected


def test_opened_by_names_the_deciding_tag():
    v = car_way({"highway": "primary", "motor_vehicle": "no", "motorcar": "yes"})
    assert isinstance(v, CarWay) and v.opened_by == "motorcar=yes over motor_vehicle=no"
    v = car_way({"highway": "track", "motor_vehicle": "yes"})
    assert v.opened_by == "motor_vehicle=yes on highway=track" and v.profile.road.road_class is RoadClass.OTHER
    assert car_way({"highway": "residential", "access": "yes"}).opened_by is None


@pytest.mark.parametrize(
    "tags,oneway",
    [
        ({"oneway": "yes"}, Oneway.FORWARD),
        ({"oneway": "1"}, Oneway.FORWARD),
        ({"oneway": "-1"}, Oneway.BACKWARD),
        ({"oneway": "no", "highway": "motorway"}, Oneway.BOTH),
        ({"highway": "motorway"}, Oneway.FORWARD),
        ({"junction": "circular"}, Oneway.FORWARD),
        ({"oneway": "yes", "oneway:motorcar": "no"}, Oneway.BOTH),
        ({"oneway": "yes", "oneway:motor_vehicle": "-1"}, Oneway.BACKWARD),
        ({"oneway": "yes", "oneway:bicycle": "no"}, Oneway.FORWARD),
        ({"oneway": "alternating"}, Oneway.BOTH),
        ({"oneway": "reversible"}, Oneway.NEITHER),
        ({"oneway": "maybe"}, Oneway.BOTH),
    ],
)
def test_oneway_table(tags, oneway):
    assert resolve_oneway(tags) is oneway


@pytest.mark.parametrize(
    "tags,blocks",
    [
        ({"barrier": "bollard"}, True),
        ({"barrier": "block"}, True),
        ({"barrier": "chain"}, True),
        ({"barrier": "cycle_barrier"}, True),
        ({"barrier": "yes"}, True),
        ({"barrier": "gate"}, False),
        ({"barrier": "lift_gate"}, False),
        ({"barrier": "cattle_grid"}, False),
        ({"barrier": "border_control"}, False),
        ({"barrier": "toll_booth"}, False),
        ({"barrier": "entrance"}, False),
        ({"barrier": "gate", "access": "private"}, True),
        ({"barrier": "gate", "access": "no", "motorcar": "yes"}, False),
        ({"barrier": "lift_gate", "motor_vehicle": "destination"}, False),
        ({"barrier": "bollard", "motorcar": "yes"}, False),
        ({"barrier": "bollard", "bollard": "rising"}, False),
        ({"barrier": "kerb"}, True),
        ({"barrier": "kerb", "kerb": "lowered"}, False),
        ({"barrier": "height_restrictor", "maxheight": "1.9"}, True),
        ({"barrier": "height_restrictor", "maxheight": "2,5 m"}, False),
        ({"barrier": "height_restrictor"}, False),
        ({"access": "no", "amenity": "parking"}, False),  # not a barrier: a POI's own access
    ],
)
def test_barrier_table(tags, blocks):
    assert barrier_blocks(tags) is blocks
    assert bool(car_node(tags) & NodeFlag.BARRIER) is blocks


def test_node_flags():
    assert car_node({"highway": "traffic_signals"}) == NodeFlag.TRAFFIC_SIGNALS
    assert car_node({"highway": "stop"}) == NodeFlag.STOP
    assert car_node({"highway": "give_way"}) == NodeFlag.GIVE_WAY
    assert car_node({"barrier": "lift_gate"}) == NodeFlag.GATE
    assert car_node({"barrier": "cattle_grid"}) == 0
    assert car_node({"highway": "crossing"}) == 0


@pytest.mark.parametrize(
    "tags,expected",
    [
        ({"restriction": "no_left_turn"}, ("no_left_turn", "no")),
        ({"restriction": "only_straight_on"}, ("only_straight_on", "only")),
        ({"restriction": "no_entry"}, ("no_entry", "no")),
        ({"restriction:motorcar": "no_right_turn"}, ("no_right_turn", "no")),
        ({"restriction:motor_vehicle": "no_u_turn"}, ("no_u_turn", "no")),
        ({"restriction:vehicle": "only_left_turn"}, ("only_left_turn", "only")),
        ({"restriction": "no_left_turn", "restriction:motorcar": "only_right_turn"}, ("only_right_turn", "only")),
        ({"restriction:hgv": "no_left_turn"}, "for other vehicles only"),
        ({"restriction:bicycle": "no_left_turn", "restriction": "no_u_turn"}, ("no_u_turn", "no")),
        ({"restriction": "no_left_turn", "except": "motorcar"}, "except=motorcar exempts cars"),
        ({"restriction": "no_left_turn", "except": "psv,bicycle"}, ("no_left_turn", "no")),
        ({"restriction": "no_left_turn", "except": "bicycle; vehicle"}, "except=bicycle; vehicle exempts cars"),
        ({"restriction:conditional": "no_left_turn @ (Mo-Fr 07:00-09:00)"}, "conditional (applies only at times)"),
        ({"restriction:conditional": "no_left_turn @ (24/7)"}, ("no_left_turn", "no")),
        ({"restriction:conditional": "no_left_turn @ 24/7"}, ("no_left_turn", "no")),
        ({"restriction": "no_left_turn", "hour_on": "07:00"}, "conditional (applies only at times)"),
        ({"restriction": "no_left_turn", "restriction:conditional": "none @ (Sa-Su)"}, ("no_left_turn", "no")),
        ({"restriction": "give_way"}, "unknown restriction=give_way"),
        ({}, "no restriction tag"),
    ],
)
def test_restriction_table(tags, expected):
    r = car_restriction({"type": "restriction", **tags})
    assert (r.reason if isinstance(r, Dropped) else (r.value, r.kind)) == expected


def test_profiles_with_unknown_speed_are_shared():
    a = car_way({"highway": "residential", "name": "A"})
    b = car_way({"highway": "residential", "name": "B"})
    assert a.profile == b.profile and hash(a.profile) == hash(b.profile)
    assert math.isnan(a.profile.forward.maxspeed_kmh)


# ------------------------------------------------------------------------------------------------ the built files
ACCESS_KEPT = {
    201: {"forward", "backward"},
    203: {"forward", "backward"},
    205: {"forward", "backward"},
    208: {"forward", "backward"},
    209: {"forward", "backward"},
    211: {"forward", "backward"},
    216: {"backward"},
    218: {"forward", "backward"},
    220: {"forward", "backward"},
    221: {"forward", "backward"},
    223: {"backward"},
    224: {"forward", "backward"},
    225: {"forward", "backward"},
}


def test_access_file(built):
    g, report = built("access")
    kept = set(np.unique(g.edge_way).tolist())
    assert kept == set(ACCESS_KEPT)
    for way, dirs in ACCESS_KEPT.items():
        assert directions(g, way) == dirs, way
    dest = {int(w) for w in g.edge_way[(g.edge_access & EdgeAccess.DESTINATION) != 0]}
    assert dest == {205, 209, 221, 225}
    assert {int(w) for w in g.edge_way[(g.edge_access & EdgeAccess.CONDITIONAL) != 0]} == {220}
    assert {int(w) for w in g.edge_way[(g.edge_access & EdgeAccess.TOLL) != 0]} == {224}
    assert g.edge_class[g.edge_way == 211][0] == RoadClass.OTHER  # a track opened for cars
    assert report["ways"]["dropped"] == {
        "motor_vehicle=no (closed to cars)": 2,
        "access=agricultural;forestry (closed to cars)": 1,
        "access=delivery (closed to cars)": 1,
        "access=private (closed to cars)": 1,
        "area=yes (a square, not a road)": 1,
        "highway=busway (closed to cars)": 1,
        "highway=construction (not a road)": 1,
        "highway=footway (closed to cars)": 1,
        "highway=service (outside the routing network)": 1,
        "highway=track (closed to cars)": 1,
        "motor_vehicle=agricultural (closed to cars)": 1,
        "vehicle=no (closed to cars)": 1,
    }
    assert report["ways"]["opened_by"]["motorcar=yes over motor_vehicle=no"] == 1
    assert report["graph"]["destination_only_edges"] == 8


ONEWAY = {
    301: {"forward"},
    302: {"backward"},
    303: {"forward"},
    304: {"forward", "backward"},
    305: {"forward"},
    306: {"forward"},
    307: {"forward", "backward"},
    309: {"forward", "backward"},
    310: {"forward"},
    311: {"backward"},
    312: {"forward", "backward"},
    313: {"forward"},
    314: {"forward", "backward"},
    315: {"backward"},
}


def test_oneway_file(built):
    g, report = built("oneway")
    assert set(np.unique(g.edge_way).tolist()) == set(ONEWAY)  # 308 (reversible) dropped
    for way, dirs in ONEWAY.items():
        assert directions(g, way) == dirs, way
        flags = g.edge_flags[g.edge_way == way]
        assert bool(np.all(flags & EdgeFlag.ONEWAY)) is (len(dirs) == 1), way
    assert {int(w) for w in g.edge_way[(g.edge_flags & EdgeFlag.ROUNDABOUT) != 0]} == {305, 306}
    assert report["ways"]["dropped"] == {"oneway=reversible (direction changes during the day)": 1}


MAXSPEED = {  # way: (forward limit, backward limit, forward travel speed)
    401: (60, 60, 60),
    402: (48.28032, 48.28032, 48.28032),
    403: (50, 50, 50),
    404: (100, 100, 100),
    405: (120, 120, 120),
    406: (math.inf, math.inf, 130),
    407: (7, 7, 7),
    408: (math.nan, math.nan, 80),
    409: (30, 30, 30),
    410: (math.nan, math.nan, 30),
    411: (60, 40, 60),
    412: (50, 50, 50),
    413: (30, 30, 30),
    414: (120, 120, 50),
    415: (50, 50, 50),
    416: (math.nan, math.nan, 30),
    417: (70, 50, 70),
    418: (20, 20, 20),
    419: (math.inf, None, 130),
    420: (70, 70, 70),
}


def test_maxspeed_file(built):
    g, report = built("maxspeed")
    src = g.edge_sources
    for way, (fwd, bwd, speed) in MAXSPEED.items():
        for e in np.flatnonzero(g.edge_way == way).tolist():
            forward = int(g.node_osmid[src[e]]) < int(g.node_osmid[g.edge_target[e]])
            want = fwd if forward else bwd
            assert want is not None, way
            got = float(g.edge_maxspeed_kmh[e])
            assert (math.isnan(got) and math.isnan(want)) or got == pytest.approx(want, rel=1e-5), way
            if forward:
                travel = float(g.edge_length_m[e] / g.edge_time_s[e] * 3.6)
                assert travel == pytest.approx(speed, rel=1e-4), way
    assert report["ways"]["unparsed_maxspeed"] == {"fast": 1}


BARRIERS = {  # way: (flag of its middle node, passable)
    501: (NodeFlag.BARRIER, False),
    502: (NodeFlag.GATE, True),
    503: (NodeFlag.BARRIER, False),
    504: (0, True),
    505: (NodeFlag.GATE, True),
    506: (0, True),
    507: (NodeFlag.BARRIER, False),
    508: (0, True),
    509: (0, True),
    510: (NodeFlag.BARRIER, False),
    511: (NodeFlag.TRAFFIC_SIGNALS, True),
    512: (NodeFlag.STOP, True),
    513: (NodeFlag.GIVE_WAY, True),
    514: (0, True),
    515: (NodeFlag.GATE, True),
    516: (NodeFlag.BARRIER, False),
    517: (NodeFlag.GATE, True),
    518: (0, True),
}


def test_barriers_file(built):
    g, report = built("barriers")
    comp = g.node_component
    for k, (way, (flag, passable)) in enumerate(BARRIERS.items()):
        a, x, b = 5000 + 3 * k, 5000 + 3 * k + 1, 5000 + 3 * k + 2
        ids = g.node_osmid.tolist()
        ia, ib = ids.index(a), ids.index(b)
        assert bool(comp[ia] == comp[ib]) is passable, way  # a blocking barrier cuts the road in two
        xs = [i for i, o in enumerate(ids) if o == x]
        if flag:
            # flagged nodes are graph nodes; a blocking barrier is a dead end for each side
            assert len(xs) == (1 if passable else 2), way
            assert all(g.node_flags[i] == flag for i in xs), way
            if not passable:
                assert all(g.indptr[i + 1] - g.indptr[i] == 1 for i in xs), way
        else:
            assert xs == [], way  # an ordinary shape point of the road
    n = report["nodes"]
    assert n["blocking_barriers_on_roads"] == 5 and n["barrier_copies"] == 10
    assert n["flagged_graph_nodes"] == {
        "barrier": 10,
        "gate": 4,
        "give_way": 1,
        "stop": 1,
        "traffic_signals": 1,
    }
    assert n["barriers_by_value"]["bollard: blocks"] == 1 and n["barriers_by_value"]["bollard: passable"] == 2


def test_lanes_and_signs_file(built):
    g, _ = built("lanes_signs")
    src = g.edge_sources

    def edges(way: int, forward: bool) -> list[int]:
        return [
            e
            for e in np.flatnonzero(g.edge_way == way).tolist()
            if (int(g.node_osmid[src[e]]) < int(g.node_osmid[g.edge_target[e]])) is forward
        ]

    (motorway,) = edges(610, True)
    assert g.edge_turn_lanes(motorway) == "through|through|through;slight_right"
    exit_edges = edges(612, True)
    assert len(exit_edges) == 1  # node 604 is a shape point
    assert g.edge_signpost(exit_edges[0]) == {
        "destination": "Musterhausen;Beispielstadt",
        "ref": "B 5",
        "junction_ref": "12",
    }
    assert g.edge_class[exit_edges[0]] == RoadClass.MOTORWAY_LINK
    assert g.edge_signpost(edges(611, True)[0]) is None  # the motorway continuing past the exit has no sign
    (east,), (west,) = edges(630, True), edges(630, False)
    assert g.edge_turn_lanes(east) == "left|through" and g.edge_turn_lanes(west) == "through|right"
    assert g.edge_signpost(east)["destination"] == "Osten" and g.edge_signpost(west)["destination"] == "Westen"
    assert all(g.edge_turn_lanes(e) is None for e in edges(631, True) + edges(631, False))
    assert edges(650, True) == []
    (back,) = edges(650, False)
    assert g.edge_turn_lanes(back) == "left|left;through|right"
    assert g.edge_signpost(back) == {"destination": None, "ref": None, "junction_ref": "3"}
    assert sorted(g.lanes) == sorted(
        {"through|through|through;slight_right", "left|through", "through|right", "left|left;through|right"}
    )
