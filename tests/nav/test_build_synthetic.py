"""The synthetic country of the map-build benchmark (bench/synth_country.py): a real .osm.pbf with everything the
road rules read, deterministic from its seed, and a map the streaming build makes of it."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import osmium
import pytest

from hmi.nav.build import build_map
from hmi.nav.graph import EdgeAccess, NodeFlag, RoadClass, RoadGraph

REPO = Path(__file__).resolve().parents[2]


def _synth():
    """bench/synth_country.py as a module (bench/ is scripts, not a package)."""
    if "synth_country" not in sys.modules:
        spec = importlib.util.spec_from_file_location("synth_country", REPO / "bench" / "synth_country.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules["synth_country"] = module  # dataclasses look their module up while the file runs
        spec.loader.exec_module(module)
    return sys.modules["synth_country"]


@pytest.fixture(scope="module")
def country(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("country") / "country.osm.pbf"
    assert _synth().main(["--nodes", "12000", "--seed", "3", "-o", str(path)]) == 0
    return path


def test_deterministic_from_the_seed(country, tmp_path):
    again = tmp_path / "again.osm.pbf"
    _synth().main(["--nodes", "12000", "--seed", "3", "-o", str(again)])
    other = tmp_path / "other.osm.pbf"
    _synth().main(["--nodes", "12000", "--seed", "4", "-o", str(other)])

    def content(p: Path) -> str:  # the objects, not the file bytes (pbf blocks carry no timestamps, but be safe)
        h = hashlib.sha256()
        for o in osmium.FileProcessor(str(p)):
            h.update(repr((o.id, sorted(dict(o.tags).items()))).encode())
        return h.hexdigest()

    assert content(again) == content(country) != content(other)


def test_has_everything_the_rules_read(country):
    restrictions: Counter[str] = Counter()
    via_ways = Counter()
    tags: Counter[str] = Counter()
    chargers = 0
    for o in osmium.FileProcessor(str(country)):
        t = dict(o.tags)
        if o.is_node():
            if t.get("amenity") == "charging_station":
                chargers += 1
                assert "capacity" in t and any(k.startswith("socket:") and k.endswith(":output") for k in t)
            for k in ("barrier", "highway", "place"):
                if k in t:
                    tags[f"{k}={t[k]}"] += 1
        elif o.is_way():
            for k in (
                "highway",
                "junction",
                "oneway",
                "maxspeed",
                "source:maxspeed",
                "maxspeed:forward",
                "turn:lanes",
                "turn:lanes:forward",
                "destination",
                "destination:ref",
                "motor_vehicle",
            ):
                if k in t:
                    tags[k if k != "highway" else f"highway={t[k]}"] += 1
        else:
            value = next(v for k, v in t.items() if k.startswith("restriction"))
            restrictions[value.split(" @")[0] + (" except" if "except" in t else "")] += 1
            via_ways[sum(1 for m in o.members if m.role == "via" and m.type == "w")] += 1
    assert chargers == 24  # one per 500 requested graph nodes
    assert {
        "no_left_turn",
        "no_right_turn",
        "no_straight_on",
        "no_u_turn",
        "only_left_turn",
        "only_right_turn",
        "only_straight_on",
        "no_left_turn except",
    } <= set(restrictions)
    assert via_ways[0] and via_ways[1] and via_ways[2]  # via node, via one way, via two ways
    for key in (
        "highway=motorway",
        "highway=motorway_link",
        "highway=primary",
        "highway=secondary",
        "highway=residential",
        "highway=track",
        "highway=traffic_signals",
        "highway=motorway_junction",
        "junction",
        "oneway",
        "maxspeed",
        "source:maxspeed",
        "turn:lanes",
        "turn:lanes:forward",
        "destination",
        "destination:ref",
        "barrier=bollard",
        "barrier=gate",
        "place=town",
    ):
        assert tags[key] > 0, key


def test_the_build_reads_it(country, tmp_path):
    meta = build_map(country, tmp_path / "map", preprocess=False)
    g = RoadGraph.load(tmp_path / "map")
    report = meta["report"]
    assert 9_000 < g.num_nodes < 15_000  # about the size asked for
    assert meta["chargers"] == 24 and meta["largest_component_nodes"] > 0.98 * g.num_nodes
    assert {RoadClass.MOTORWAY, RoadClass.MOTORWAY_LINK, RoadClass.PRIMARY, RoadClass.RESIDENTIAL} <= set(
        np.unique(g.edge_class).tolist()
    )
    assert any(s["junction_ref"] and s["destination"] for s in g.signs)
    assert np.any(g.node_flags & NodeFlag.BARRIER) and np.any(g.node_flags & NodeFlag.TRAFFIC_SIGNALS)
    assert np.any(g.edge_access & EdgeAccess.DESTINATION) and len(g.lanes) >= 2
    assert np.isinf(g.edge_maxspeed_kmh).any()  # motorways without a limit
    applied = report["restrictions"]["applied_by_value"]
    assert {"no_left_turn", "only_straight_on", "no_u_turn"} <= set(applied)
    assert any(r["via"] for r in g.restrictions) and any(
        len({g.edge_way[e] for e in r["via"]}) == 2 for r in g.restrictions
    )
    ignored = report["restrictions"]["ignored"]
    assert ignored["except=motorcar;bicycle exempts cars"] > 0 and ignored["conditional (applies only at times)"] > 0
    assert json.loads((tmp_path / "map" / "places.json").read_text())["entries"]
