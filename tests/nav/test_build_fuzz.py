"""Any OSM file gives a map or one clear error: random small extracts with odd members, tags and references."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hmi.nav.build import BuildError, build_map
from hmi.nav.graph import RoadGraph

HIGHWAYS = ["residential", "primary", "motorway", "motorway_link", "track", "footway", "service", "weird", ""]
WAY_TAGS = {
    "highway": HIGHWAYS,
    "oneway": ["yes", "-1", "no", "reversible", "alternating", "maybe"],
    "junction": ["roundabout", "circular"],
    "access": ["no", "private", "destination", "yes;no", ""],
    "motor_vehicle": ["no", "yes", "agricultural"],
    "motorcar": ["yes", "destination", "??"],
    "maxspeed": ["50", "30 mph", "DE:urban", "none", "walk", "signals", "fast", "0", "99999", ";"],
    "maxspeed:forward": ["60", "x"],
    "turn:lanes": ["left|through", "", "|"],
    "turn:lanes:backward": ["right"],
    "destination": ["A;B", ""],
    "name": ["Weg", "", "Strasse <&>\"'"],
    "area": ["yes"],
}
NODE_TAGS = {
    "barrier": ["bollard", "gate", "lift_gate", "height_restrictor", "yes"],
    "access": ["private", "yes"],
    "highway": ["traffic_signals", "stop", "give_way", "motorway_junction"],
    "ref": ["12", ""],
    "maxheight": ["1.5", "x"],
    "amenity": ["charging_station"],
    "name": ["X"],
}
REL_TAGS = {
    "restriction": ["no_left_turn", "only_straight_on", "no_u_turn", "no_entry", "no_exit", "bogus", ""],
    "restriction:conditional": ["no_right_turn @ (24/7)", "no_right_turn @ (Mo 08:00-09:00)", "@"],
    "except": ["motorcar", "bicycle", ""],
    "restriction:hgv": ["no_left_turn"],
}

node_ids = st.integers(min_value=1, max_value=9)
way_ids = st.integers(min_value=100, max_value=108)


def tagset(table: dict[str, list[str]]) -> st.SearchStrategy[dict[str, str]]:
    return st.dictionaries(st.sampled_from(sorted(table)), st.just(""), max_size=4).flatmap(
        lambda keys: st.fixed_dictionaries({k: st.sampled_from(table[k]) for k in keys})
    )


nodes = st.dictionaries(
    node_ids,
    st.tuples(
        st.floats(min_value=47.0, max_value=47.01) | st.sampled_from([95.0, -91.0]),
        st.floats(min_value=9.0, max_value=9.01),
        tagset(NODE_TAGS),
    ),
    min_size=0,
    max_size=8,
)
ways = st.dictionaries(way_ids, st.tuples(st.lists(node_ids, min_size=0, max_size=7), tagset(WAY_TAGS)), max_size=7)
relations = st.lists(
    st.tuples(
        st.lists(
            st.tuples(
                st.sampled_from(["node", "way", "relation"]),
                st.integers(min_value=1, max_value=110),
                st.sampled_from(["from", "to", "via", "via", "bogus"]),
            ),
            max_size=5,
        ),
        tagset(REL_TAGS),
    ),
    max_size=4,
)


def _attr(v: str) -> str:
    return v.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


def to_xml(ns: dict, ws: dict, rs: list) -> str:
    out = ["<?xml version='1.0' encoding='UTF-8'?>", '<osm version="0.6">']
    for i, (lat, lon, tags) in sorted(ns.items()):
        t = "".join(f'<tag k="{k}" v="{_attr(v)}"/>' for k, v in tags.items())
        out.append(f'<node id="{i}" lat="{lat}" lon="{lon}">{t}</node>')
    for i, (refs, tags) in sorted(ws.items()):
        nd = "".join(f'<nd ref="{r}"/>' for r in refs)
        t = "".join(f'<tag k="{k}" v="{_attr(v)}"/>' for k, v in tags.items())
        out.append(f'<way id="{i}">{nd}{t}</way>')
    for i, (members, tags) in enumerate(rs, start=500):
        m = "".join(f'<member type="{ty}" ref="{ref}" role="{role}"/>' for ty, ref, role in members)
        t = "".join(f'<tag k="{k}" v="{_attr(v)}"/>' for k, v in tags.items())
        out.append(f'<relation id="{i}">{m}<tag k="type" v="restriction"/>{t}</relation>')
    out.append("</osm>")
    return "\n".join(out)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ns=nodes, ws=ways, rs=relations)
def test_random_extracts_build_or_fail_cleanly(tmp_path: Path, ns, ws, rs):
    work = Path(tempfile.mkdtemp(dir=tmp_path))  # tmp_path is shared by hypothesis's examples
    src = work / "random.osm"
    src.write_text(to_xml(ns, ws, rs), encoding="utf-8")
    out = work / "map"
    try:
        meta = build_map(src, out, preprocess=False)
    except BuildError as exc:
        assert "\n" not in str(exc) and str(exc)
        assert not out.exists()
        return
    g = RoadGraph.load(out)  # validates every array against the others
    assert g.num_nodes == meta["nodes"] > 0 and g.num_edges == meta["edges"]
    for r in g.restrictions:  # validated on read; the edges meet where they should
        assert all(
            int(g.edge_target[e]) == (r["via_node"] if r["via_node"] is not None else g.edge_source(r["via"][0]))
            for e in r["from"]
        )
    report = json.loads((out / "build_report.json").read_text(encoding="utf-8"))
    rel = report["restrictions"]
    assert rel["applied"] + sum(rel["ignored"].values()) == rel["relations"] == len(rs)
    s, w, n, e = g.bbox
    assert s <= n and w <= e
