"""Turn restrictions: every kind resolved on the hand-written grid (tests/nav/osm, see its README), malformed ones
counted by reason, and the shipped extracts' restrictions consistent with their graphs."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from hmi.nav.build import build_map
from hmi.nav.graph import Restriction, RoadGraph
from hmi.testing.plugin import cached_map

OSM = Path(__file__).parent / "osm"


def build(name: str, tmp_path: Path) -> tuple[RoadGraph, dict]:
    build_map(OSM / f"{name}.osm", tmp_path / "map", preprocess=False)
    report = json.loads((tmp_path / "map" / "build_report.json").read_text(encoding="utf-8"))
    return RoadGraph.load(tmp_path / "map"), report


def check_consistent(g: RoadGraph, r: Restriction) -> None:
    """The edges of a restriction meet where they should: from edges end at the via, via edges follow each other,
    to edges start where the via ends; all edges of one way per role (one way per from/to except no_entry/no_exit)."""
    src = g.edge_sources
    start = r["via_node"] if r["via_node"] is not None else int(src[r["via"][0]])
    assert all(int(g.edge_target[e]) == start for e in r["from"]), r
    at = start
    for e in r["via"]:
        assert int(src[e]) == at, r
        at = int(g.edge_target[e])
    assert all(int(src[e]) == at for e in r["to"]), r
    if r["restriction"] != "no_entry":
        assert len({int(g.edge_way[e]) for e in r["from"]}) == 1, r
    if r["restriction"] != "no_exit":
        assert len({int(g.edge_way[e]) for e in r["to"]}) == 1, r


def osm_terms(g: RoadGraph, r: Restriction) -> tuple:
    """(value, from ways, via node OSM id, via ways, to ways) of a resolved restriction."""
    via_ways = []
    for e in r["via"]:
        w = int(g.edge_way[e])
        if not via_ways or via_ways[-1] != w:
            via_ways.append(w)
    return (
        r["restriction"],
        sorted({int(g.edge_way[e]) for e in r["from"]}),
        None if r["via_node"] is None else int(g.node_osmid[r["via_node"]]),
        via_ways,
        sorted({int(g.edge_way[e]) for e in r["to"]}),
    )


# the grid: Suedarm 10 (S-C), Nordarm 11 (C-N), Westarm 12 (W-C), Ostarm 13 (C-E), C = node 5
APPLIED = {
    "no_left_turn": ("no_left_turn", [10], 5, [], [12]),
    "no_right_turn": ("no_right_turn", [10], 5, [], [13]),
    "no_straight_on": ("no_straight_on", [10], 5, [], [11]),
    "no_u_turn": ("no_u_turn", [10], 5, [], [10]),
    "only_left_turn": ("only_left_turn", [10], 5, [], [12]),
    "only_right_turn": ("only_right_turn", [10], 5, [], [13]),
    "only_straight_on": ("only_straight_on", [10], 5, [], [11]),
    "via_way": ("no_left_turn", [10], None, [11], [32]),
    "two_via_ways": ("no_straight_on", [10], None, [11, 33], [38]),
    "except_psv": ("no_left_turn", [10], 5, [], [12]),
    "restriction_motorcar": ("no_left_turn", [10], 5, [], [12]),
    "conditional_always": ("no_left_turn", [10], 5, [], [12]),
}
IGNORED = {
    "except_motorcar": "except=bicycle;motorcar exempts cars",
    "restriction_hgv": "for other vehicles only",
    "conditional": "conditional (applies only at times)",
}


@pytest.mark.parametrize("name", sorted(APPLIED))
def test_restriction_kinds(name, tmp_path):
    g, report = build(f"restriction_{name}", tmp_path)
    (r,) = g.restrictions
    check_consistent(g, r)
    assert osm_terms(g, r) == APPLIED[name]
    assert r["kind"] == ("only" if name.startswith("only") else "no")
    assert len(r["from"]) == 1 and len(r["to"]) == 1  # two-way arms: one edge towards the via, one away
    if r["via"]:
        # via ways' ends are graph nodes, and the via edges lead from C to N (to NE)
        ends = [int(g.node_osmid[g.edge_target[e]]) for e in r["via"]]
        assert ends == ([2] if name == "via_way" else [2, 3])
    assert report["restrictions"] == {
        "relations": 1,
        "applied": 1,
        "applied_by_value": {APPLIED[name][0]: 1},
        "ignored": {},
    }


def test_no_u_turn_uses_the_same_way_both_ways(tmp_path):
    g, _ = build("restriction_no_u_turn", tmp_path)
    (r,) = g.restrictions
    (f,), (t,) = r["from"], r["to"]
    assert g.edge_source(t) == int(g.edge_target[f]) and g.edge_source(f) == int(g.edge_target[t])


@pytest.mark.parametrize("name", sorted(IGNORED))
def test_restrictions_that_do_not_apply_to_cars(name, tmp_path):
    g, report = build(f"restriction_{name}", tmp_path)
    assert g.restrictions == []
    assert report["restrictions"]["ignored"] == {IGNORED[name]: 1}


def test_no_entry_and_no_exit(tmp_path):
    g, _ = build("restriction_entry_exit", tmp_path)
    entry, exit_ = sorted(g.restrictions, key=lambda r: r["osm"])
    for r in (entry, exit_):
        check_consistent(g, r)
    assert osm_terms(g, entry) == ("no_entry", [10, 12], 5, [], [11]) and len(entry["from"]) == 2
    assert osm_terms(g, exit_) == ("no_exit", [13], 5, [], [10, 12]) and len(exit_["to"]) == 2


def test_malformed_relations_are_counted_by_reason(tmp_path):
    g, report = build("restriction_malformed", tmp_path)
    (r,) = g.restrictions  # only relation 143 is well formed
    check_consistent(g, r)
    assert r["osm"] == 143 and osm_terms(g, r) == ("no_left_turn", [42], 5, [], [11])
    assert report["restrictions"]["ignored"] == {
        "conditional (applies only at times)": 1,
        "except=motor_vehicle exempts cars": 1,
        "from member is not a way": 1,
        "from way does not start or end at the via node": 1,
        "from way does not touch the via": 1,
        "from way is not a road for cars": 1,
        "more than one from way": 1,
        "more than one via node": 1,
        "no from member": 1,
        "no to member": 1,
        "no via member": 1,
        "to way cannot be driven away from the via (one-way)": 1,
        "to way not in the extract": 1,
        "unknown restriction=give_way": 1,
        "via is a relation": 1,
        "via node not on the from way": 1,
        "via node not on the to way": 1,
    }
    assert report["restrictions"]["relations"] == 18


def test_restriction_table_is_validated_on_load(tmp_path):
    from hmi.nav.graph import MapFormatError

    g, _ = build("restriction_no_left_turn", tmp_path)
    path = tmp_path / "map" / "restrictions.json"
    bad = json.loads(path.read_text())
    bad[0]["to"] = [g.num_edges + 5]
    path.write_text(json.dumps(bad))
    with pytest.raises(MapFormatError, match="restriction #0 does not fit the graph"):
        _ = RoadGraph.load(tmp_path / "map").restrictions
    path.write_text("[")
    with pytest.raises(MapFormatError, match=r"restrictions\.json is corrupt"):
        _ = RoadGraph.load(tmp_path / "map").restrictions


# region: (relations, applied, applied by value)
SHIPPED = {
    "liechtenstein": (3, 2, {"no_left_turn": 1, "no_u_turn": 1}),
    "andorra": (66, 56, {"no_u_turn": 42, "only_straight_on": 9, "only_right_turn": 3, "no_left_turn": 2}),
    "monaco": (27, 27, {"only_straight_on": 18, "only_right_turn": 5, "no_left_turn": 2, "no_u_turn": 2}),
    "munich": (
        89,
        70,
        {
            "only_straight_on": 28,
            "no_left_turn": 18,
            "only_right_turn": 9,
            "no_u_turn": 6,
            "no_right_turn": 5,
            "only_left_turn": 4,
        },
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("region", sorted(SHIPPED))
def test_shipped_extracts_restrictions(region):
    d = cached_map(region)
    g = RoadGraph.load(d)
    full = json.loads((d / "build_report.json").read_text(encoding="utf-8"))
    report = full["restrictions"]
    # the router's own check of every restriction against the graph (hmi.nav.road_attrs) accepts them all
    assert full["routing"]["restrictions_rejected"] == 0
    relations, applied, by_value = SHIPPED[region]
    assert report["relations"] == relations and report["applied"] == applied == len(g.restrictions)
    assert report["applied_by_value"] == by_value
    assert applied + sum(report["ignored"].values()) == relations  # none silently lost
    for r in g.restrictions:
        check_consistent(g, r)
        # via nodes are graph nodes that really join the from and to ways
        assert g.node_osmid[r["via_node"]] > 0
    assert set(report["ignored"]) <= {
        "from way not in the extract",
        "to way not in the extract",
        "from way is not a road for cars",
        "to way is not a road for cars",
        "no from member",
    }
    ids = [r["osm"] for r in g.restrictions]
    assert len(ids) == len(set(ids))
    assert np.all(np.isin([e for r in g.restrictions for e in r["from"] + r["to"]], np.arange(g.num_edges)))
