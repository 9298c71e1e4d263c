"""Map build: the Liechtenstein map, speeds, chargers, bad input, the CLI, format versions, ring and bbox cases."""

from __future__ import annotations

import bz2
import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from hmi.nav.build import BuildError, TextProgress, build_map, check_extract
from hmi.nav.graph import ATTRIBUTION, FORMAT_VERSION, EdgeFlag, NodeFlag, RoadClass, RoadGraph
from hmi.nav.paths import extracts_dir
from hmi.nav.road_rules import ROADS

OSM = Path(__file__).parent / "osm"


def test_liechtenstein_map(li: RoadGraph, li_dir):
    m = li.metadata
    assert m["attribution"] == ATTRIBUTION == "© OpenStreetMap contributors"
    assert m["region"] == "liechtenstein" and m["format_version"] == FORMAT_VERSION == 2
    assert 1800 < li.num_nodes < 3000 and li.num_edges > 4000
    assert 600 < m["length_km"] < 900
    assert m["largest_component_nodes"] > 0.95 * li.num_nodes
    assert len(li.names) > 400
    s, w, n, e = li.bbox
    assert 47.0 < s < n < 47.3 and 9.4 < w < e < 9.7
    # every edge polyline starts and ends at its nodes
    for ed in range(0, li.num_edges, 97):
        poly = li.edge_polyline(ed)
        u, v = li.edge_source(ed), int(li.edge_target[ed])
        assert poly.shape[1] == 2 and len(poly) >= 2
        assert tuple(poly[0]) == (li.node_lat[u], li.node_lon[u])
        assert tuple(poly[-1]) == (li.node_lat[v], li.node_lon[v])
    assert np.all(li.edge_length_m > 0) and np.all(li.edge_time_s > 0)
    classes = set(np.unique(li.edge_class).tolist())
    assert RoadClass.PRIMARY in classes and RoadClass.RESIDENTIAL in classes
    assert RoadClass.SERVICE not in classes  # service roads are outside the routing network (road_rules)
    assert np.any(li.edge_flags & EdgeFlag.ONEWAY) and np.any(li.edge_flags & EdgeFlag.ROUNDABOUT)
    assert np.any(li.node_flags & NodeFlag.TRAFFIC_SIGNALS) and np.any(li.node_flags & NodeFlag.BARRIER)
    assert (li_dir / "places.json").is_file() and (li_dir / "chargers.json").is_file()
    assert (li_dir / "build_report.json").is_file()
    assert m["routing"] == ["turns"] and (li_dir / "turns").is_dir()  # the routing preprocessing
    # one OSM way per edge, and every way id is a real way of the extract
    assert np.all(li.edge_way > 0)


def test_speeds_follow_the_road_rules(li: RoadGraph):
    speed_kph = li.edge_length_m / li.edge_time_s * 3.6
    assert np.all((speed_kph > 4) & (speed_kph < 140))
    res = li.edge_class == RoadClass.RESIDENTIAL
    unsigned = np.isnan(li.edge_maxspeed_kmh)
    # residential streets without a signed limit use the class default; signed ones their limit up to the cap
    assert np.allclose(speed_kph[res & unsigned], ROADS["residential"].default_kmh, rtol=1e-3)
    signed = res & ~unsigned
    expected = np.minimum(li.edge_maxspeed_kmh[signed], ROADS["residential"].practical_kmh)
    assert np.any(signed) and np.allclose(speed_kph[signed], expected, rtol=1e-3)
    prim = li.edge_class == RoadClass.PRIMARY
    assert 40 < float(np.median(speed_kph[prim])) <= 100


def test_road_class_order():
    assert RoadClass.MOTORWAY < RoadClass.PRIMARY < RoadClass.RESIDENTIAL < RoadClass.SERVICE
    assert RoadClass.SECONDARY.is_major and not RoadClass.TERTIARY.is_major
    assert RoadClass.TRUNK_LINK.is_link and not RoadClass.TRUNK.is_link
    assert RoadClass.from_highway("motorway_link") is RoadClass.MOTORWAY_LINK
    assert RoadClass.from_highway("busway") is RoadClass.OTHER and RoadClass.from_highway(None) is RoadClass.OTHER


def test_chargers_from_ocm(li_dir):
    from hmi.nav.places import chargers

    chs = chargers(li_dir)
    assert len(chs) == 18
    by_id = {c["id"]: c for c in chs}
    vaduz = by_id["ocm:461426"]
    assert vaduz["plugs"] == ["ccs", "chademo", "type2"] and vaduz["power_kw"] == 50.0
    assert not vaduz["power_estimated"] and not vaduz["plugs_estimated"] and vaduz["num_points"] == 2
    unknown = by_id["ocm:60632"]  # no connection types, no power in the CSV
    assert unknown["plugs_estimated"] and unknown["power_estimated"] and unknown["plugs"] == ["type2"]
    assert by_id["ocm:93452"]["plugs"] == ["ccs", "tesla"] and by_id["ocm:93452"]["power_kw"] == 120.0
    assert by_id["ocm:74821"]["access"] == "private"
    assert all(c["source"] == "ocm" for c in chs)


def test_osm_charger_tags():
    from hmi.nav.chargers import osm_charger

    c = osm_charger(
        "n1",
        {
            "amenity": "charging_station",
            "socket:type2": "2",
            "socket:type2:output": "22 kW",
            "socket:type2_combo": "1",
            "socket:type2_combo:output": "150 kW",
            "operator": "SWM",
            "capacity": "3",
        },
        48.1,
        11.5,
    )
    assert c["plugs"] == ["ccs", "type2"] and c["power_kw"] == 150.0 and c["num_points"] == 3
    assert not c["power_estimated"] and c["operator"] == "SWM" and c["source"] == "osm"
    bare = osm_charger("n2", {"amenity": "charging_station"}, 48.1, 11.5)
    assert bare["plugs_estimated"] and bare["power_estimated"] and bare["points_estimated"]
    assert bare["power_kw"] == 22.0 and bare["name"] == "Charging station"
    assert osm_charger("n3", {}, float("nan"), 11.5) is None
    odd = osm_charger("n4", {"socket:chademo": "yes", "maxpower": "-5", "capacity": "lots"}, 48.1, 11.5)
    assert odd["plugs"] == ["chademo"] and odd["power_kw"] == 50.0 and odd["power_estimated"]


def test_ocm_json_and_bad_rows(tmp_path):
    from hmi.nav.chargers import ChargerError, load_charger_file

    data = [
        {
            "ID": 1,
            "AddressInfo": {"Title": "A", "Town": "Vaduz", "Latitude": 47.14, "Longitude": 9.52},
            "Connections": [
                {"ConnectionTypeID": 33, "PowerKW": 50, "Quantity": 2},
                {"ConnectionTypeID": 25, "PowerKW": 22},
            ],
            "UsageTypeID": 1,
            "OperatorInfo": {"Title": "LKW"},
        },
        {"ID": 2, "AddressInfo": {"Latitude": "nan", "Longitude": 9.5}},
        "not an object",
        {"ID": 3, "AddressInfo": {"Latitude": 47.2, "Longitude": 9.5}, "Connections": [{"PowerKW": 1e9}]},
    ]
    f = tmp_path / "ocm.json"
    f.write_text(json.dumps(data))
    chs = load_charger_file(f)
    assert [c["id"] for c in chs] == ["ocm:1", "ocm:3"]
    assert chs[0]["plugs"] == ["ccs", "type2"] and chs[0]["power_kw"] == 50 and chs[0]["num_points"] == 2
    assert chs[0]["operator"] == "LKW" and chs[0]["access"] == "public"
    assert chs[1]["power_estimated"]
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(ChargerError, match="invalid JSON"):
        load_charger_file(bad)
    binary = tmp_path / "bin.csv"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(ChargerError, match="UTF-8"):
        load_charger_file(binary)
    csv_bad = tmp_path / "x.csv"
    csv_bad.write_text("a,b\n1,2\n")
    with pytest.raises(ChargerError, match="lat and lon"):
        load_charger_file(csv_bad)


def test_corrupt_and_foreign_extracts(tmp_path):
    garbage = tmp_path / "x.osm.pbf"
    garbage.write_bytes(b"this is not a pbf file at all" * 10)
    with pytest.raises(BuildError, match="not an OSM extract"):
        check_extract(garbage)
    truncated = tmp_path / "t.osm.pbf"
    truncated.write_bytes((extracts_dir() / "monaco.osm.pbf").read_bytes()[:200_000])
    with pytest.raises(BuildError, match="cannot read OSM data"):
        build_map(truncated, tmp_path / "out")
    assert not (tmp_path / "out").exists()
    with pytest.raises(BuildError, match="no such file"):
        build_map(tmp_path / "missing.osm.pbf", tmp_path / "out")
    empty = tmp_path / "e.osm"
    empty.write_text('<?xml version="1.0"?><osm version="0.6"></osm>')
    with pytest.raises(BuildError, match="no drivable roads"):
        build_map(empty, tmp_path / "out")
    notmap = tmp_path / "precious"
    notmap.mkdir()
    (notmap / "thesis.txt").write_text("do not delete")
    tiny = tmp_path / "tiny.osm"
    tiny.write_text(_TINY_OSM)
    with pytest.raises(BuildError, match="refusing to overwrite"):
        build_map(tiny, notmap)
    assert (notmap / "thesis.txt").read_text() == "do not delete"


_TINY_OSM = """<?xml version='1.0' encoding='UTF-8'?>
<osm version="0.6" generator="test">
 <node id="1" lat="47.1400" lon="9.5200"/>
 <node id="2" lat="47.1410" lon="9.5200"/>
 <node id="3" lat="47.1410" lon="9.5215"><tag k="highway" v="traffic_signals"/></node>
 <node id="4" lat="47.1420" lon="9.5215"/>
 <node id="5" lat="47.1405" lon="9.5230"><tag k="amenity" v="charging_station"/>
   <tag k="socket:type2" v="2"/><tag k="socket:type2:output" v="11 kW"/></node>
 <node id="6" lat="47.1402" lon="9.5203"><tag k="addr:street" v="Teststrasse"/><tag k="addr:housenumber" v="7"/>
   <tag k="addr:city" v="Vaduz"/></node>
 <node id="7" lat="47.1408" lon="9.5212"><tag k="place" v="town"/><tag k="name" v="Vaduz"/></node>
 <way id="10"><nd ref="1"/><nd ref="2"/><nd ref="3"/><tag k="highway" v="residential"/>
   <tag k="name" v="Teststrasse"/></way>
 <way id="11"><nd ref="3"/><nd ref="4"/><tag k="highway" v="primary"/><tag k="maxspeed" v="60"/>
   <tag k="oneway" v="yes"/><tag k="name" v="Hauptstrasse"/></way>
 <way id="12"><nd ref="2"/><nd ref="4"/><tag k="highway" v="footway"/><tag k="name" v="Fussweg"/></way>
 <way id="13"><nd ref="1"/><nd ref="4"/><tag k="highway" v="service"/></way>
</osm>
"""


@pytest.mark.parametrize("compress", [False, True])
def test_osm_xml_and_bz2_input(tmp_path, compress):
    src = tmp_path / ("tiny.osm.bz2" if compress else "tiny.osm")
    src.write_bytes(bz2.compress(_TINY_OSM.encode()) if compress else _TINY_OSM.encode())
    meta = build_map(src, tmp_path / "map", region="tiny")
    g = RoadGraph.load(tmp_path / "map")
    assert meta["region"] == "tiny" and g.num_nodes == 3  # 1, 3, 4 after simplification; footway/service dropped
    assert sorted(g.node_osmid.tolist()) == [1, 3, 4]
    assert g.node_flags[list(g.node_osmid).index(3)] == NodeFlag.TRAFFIC_SIGNALS
    assert set(g.names) == {"Teststrasse", "Hauptstrasse"}
    hs = [e for e in range(g.num_edges) if g.edge_street(e) == "Hauptstrasse"]
    assert len(hs) == 1 and g.edge_flags[hs[0]] & EdgeFlag.ONEWAY  # one-way: only one direction
    assert abs(g.edge_length_m[hs[0]] / g.edge_time_s[hs[0]] * 3.6 - 60.0) < 0.01  # maxspeed parsed
    ts = [e for e in range(g.num_edges) if g.edge_street(e) == "Teststrasse"]
    assert len(ts) == 2 and abs(g.edge_length_m[ts[0]] / g.edge_time_s[ts[0]] * 3.6 - 30.0) < 0.01  # fallback
    assert len(g.edge_polyline(ts[0])) == 3  # the simplified-away node 2 stays in the geometry
    chs = json.loads((tmp_path / "map" / "chargers.json").read_text())
    assert chs[0]["plugs"] == ["type2"] and chs[0]["power_kw"] == 11.0 and chs[0]["num_points"] == 2
    places = json.loads((tmp_path / "map" / "places.json").read_text())["entries"]
    assert any(e["t"] == "address" and e["name"] == "Teststrasse 7" and e["city"] == "Vaduz" for e in places)
    assert any(e["t"] == "street" and e["name"] == "Fussweg" for e in places)  # searchable, not drivable


def test_rebuild_replaces_map(tmp_path):
    src = tmp_path / "tiny.osm"
    src.write_text(_TINY_OSM)
    build_map(src, tmp_path / "map", region="one")
    build_map(src, tmp_path / "map", region="two")
    assert RoadGraph.load(tmp_path / "map").metadata["region"] == "two"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map", "tiny.osm"]  # no temp dirs left


def test_progress_without_tty():
    import io

    buf = io.StringIO()
    p = TextProgress(buf)
    for i in range(101):
        p(i / 100, "stage")
    lines = buf.getvalue().splitlines()
    assert 5 <= len(lines) <= 12 and "\r" not in buf.getvalue() and lines[-1].startswith("mapbuild [####")


def test_cli_mapbuild_errors(tmp_path):
    bad = tmp_path / "x.osm.pbf"
    bad.write_text("hello")
    r = subprocess.run(
        [sys.executable, "-m", "hmi", "mapbuild", str(bad), "-o", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 2
    assert r.stderr.strip().count("\n") == 0 and "Traceback" not in r.stderr and "not an OSM extract" in r.stderr
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "hmi",
            "mapbuild",
            str(tmp_path / "nope.pbf"),
            "-o",
            str(tmp_path / "o"),
            "--chargers",
            str(tmp_path / "nope.csv"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_cli_mapbuild_progress(tmp_path):
    src = tmp_path / "tiny.osm"
    src.write_text(_TINY_OSM)
    r = subprocess.run(
        [sys.executable, "-m", "hmi", "mapbuild", str(src), "-o", str(tmp_path / "m")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert "mapbuild [" in r.stderr and "100%" in r.stderr
    assert "© OpenStreetMap contributors" in r.stdout


def test_osmnx_not_imported_on_app_path():
    code = (
        "import sys; import hmi.nav.graph, hmi.nav.route, hmi.nav.geocode, hmi.nav.guidance, hmi.nav.places, "
        "hmi.nav.recents, hmi.nav.paths, hmi.nav.cli, hmi.nav.chargers; "
        "bad = [m for m in ('osmnx', 'networkx', 'pandas', 'geopandas', 'osmium', 'scipy') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


def test_service_places_for_health_team(li_dir, tmp_path):
    from hmi.nav.places import load_places, service_places

    sp = service_places(li_dir)
    assert {"repair", "dealer"} <= {s["kind"] for s in sp}
    assert all(s["category"] in ("shop=car_repair", "shop=car", "shop=tyres") and s["name"] for s in sp)
    assert all(47.0 < s["lat"] < 47.3 and 9.4 < s["lon"] < 9.7 for s in sp)
    assert service_places(li_dir, kinds=("dealer",)) == [s for s in sp if s["kind"] == "dealer"]
    # a damaged index degrades to "nothing found", never an exception
    (tmp_path / "places.json").write_text(
        '{"entries": [{"t": "poi", "name": 5}, "x", {"t": "poi", "name": "A", "lat": "nan", "lon": 1}]}'
    )
    assert load_places(tmp_path) == [] and service_places(tmp_path) == []
    (tmp_path / "places.json").write_bytes(b"\xff\xfe garbage")
    assert load_places(tmp_path) == []


def _mapbuild(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "hmi", "mapbuild", *args], capture_output=True, text=True, timeout=timeout
    )


_BAD_INPUTS = {
    "empty.osm.pbf": (b"", "empty or truncated"),
    "truncated.osm": (_TINY_OSM.encode()[: len(_TINY_OSM) // 2], "cannot read OSM data"),
    "noroads.osm": (
        b'<?xml version="1.0"?><osm version="0.6"><node id="1" lat="47.1" lon="9.5"/>'
        b'<way id="2"><nd ref="1"/><nd ref="1"/><tag k="highway" v="footway"/></way></osm>',
        "no drivable roads",
    ),
    "garbage.osm.pbf": (b"\x00\x01 definitely not OSM " * 50, "not an OSM extract"),
}


@pytest.mark.parametrize("name", sorted(_BAD_INPUTS))
def test_bad_input_one_line_exit_2_nothing_written(tmp_path, name):
    data, message = _BAD_INPUTS[name]
    src = tmp_path / name
    src.write_bytes(data)
    maps = tmp_path / "maps"
    maps.mkdir()
    r = _mapbuild(str(src), "-o", str(maps / "m"))
    assert r.returncode == 2, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if not ln.startswith("mapbuild [")]
    assert len(lines) == 1 and message in lines[0] and lines[0].startswith("error: "), r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert list(maps.iterdir()) == []  # no half-written map, no temporary directory


def test_truncated_pbf_keeps_the_old_map(tmp_path):
    src = tmp_path / "tiny.osm"
    src.write_text(_TINY_OSM)
    build_map(src, tmp_path / "map", region="old")
    truncated = tmp_path / "t.osm.pbf"
    truncated.write_bytes((extracts_dir() / "monaco.osm.pbf").read_bytes()[:300_000])
    r = _mapbuild(str(truncated), "-o", str(tmp_path / "map"))
    assert r.returncode == 2 and "cannot read OSM data" in r.stderr and "Traceback" not in r.stderr
    assert RoadGraph.load(tmp_path / "map").metadata["region"] == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map", "t.osm.pbf", "tiny.osm"]


def test_negative_ids_from_an_editor(tmp_path):
    src = tmp_path / "josm.osm"
    src.write_text(_TINY_OSM.replace('id="1"', 'id="-1"').replace('ref="1"', 'ref="-1"'))
    build_map(src, tmp_path / "map", preprocess=False)
    g = RoadGraph.load(tmp_path / "map")
    assert -1 in g.node_osmid.tolist() and g.num_nodes == 3


def test_ring_road_without_junction_is_kept(tmp_path):
    # osmnx's simplify_graph removes a ring that has no endpoint; the map splits it in two instead
    meta = build_map(OSM / "ring.osm", tmp_path / "map", preprocess=False)
    g = RoadGraph.load(tmp_path / "map")
    assert (g.num_nodes, g.num_edges) == (2, 4) and meta["report"]["nodes"]["loops_split"] == 1
    assert set(g.node_osmid.tolist()) == {700, 704}  # the way's first node and its middle node
    import math

    # an octagon of radius ~224 m: side 2 r sin(pi/8)
    assert float(np.sum(g.edge_length_m)) / 2 == pytest.approx(8 * 2 * 224 * math.sin(math.pi / 8), rel=0.02)
    assert set(g.edge_way.tolist()) == {710} and g.metadata["components"] == 1


def test_bbox_covers_road_geometry_not_only_junctions(tmp_path):
    build_map(OSM / "long_road.osm", tmp_path / "map", preprocess=False)
    g = RoadGraph.load(tmp_path / "map")
    assert float(g.node_lon.max()) < 9.502  # every graph node lies at the west end
    s, w, n, e = g.bbox
    assert e == pytest.approx(9.5000 + 0.0035 * 39)  # the road runs 10 km further east
    far_east = (47.6005, 9.63)  # on the Bergstrasse, 9.5 km east of the nearest junction
    assert g.contains(*far_east)
    assert not g.contains(47.6005, 9.70)  # beyond the road (and the 2 km margin)
    poly = np.concatenate([g.edge_polyline(e) for e in range(g.num_edges)])
    assert np.all((poly[:, 0] >= s) & (poly[:, 0] <= n) & (poly[:, 1] >= w) & (poly[:, 1] <= e))


def test_from_arrays_bbox_includes_geometry():
    g = RoadGraph.from_arrays(
        node_lat=np.array([47.0, 47.0]),
        node_lon=np.array([9.0, 9.01]),
        indptr=np.array([0, 1, 1]),
        edge_target=np.array([1], np.int32),
        edge_length_m=np.array([5000.0], np.float32),
        edge_time_s=np.array([300.0], np.float32),
        geom_offsets=np.array([0, 3]),
        geom_lat=np.array([47.0, 47.05, 47.0]),
        geom_lon=np.array([9.0, 9.005, 9.01]),
    )
    assert g.bbox == (47.0, 9.0, 47.05, 9.01) and g.contains(47.05, 9.005, margin_m=0)


def test_old_map_format_is_refused_and_rebuilt(li_dir, tmp_path, monkeypatch):
    from hmi.nav import paths

    old = tmp_path / "maps" / "liechtenstein"
    shutil.copytree(li_dir, old)
    meta = json.loads((old / "metadata.json").read_text())
    meta["format_version"] = 1
    (old / "metadata.json").write_text(json.dumps(meta))
    r = subprocess.run(
        [sys.executable, "-m", "hmi", "route", "--map", str(old), "--from", "47.14,9.52", "--to", "47.2,9.52"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert "map format version 1, this app reads 2; rebuild it with `hmi mapbuild`" in r.stderr
    assert not paths.is_current(old) and paths.format_version(old) == 1
    monkeypatch.setenv("HMI_MAP_DIR", str(old))
    stages = []
    assert paths.ensure_map(progress=lambda f, stage: stages.append(stage)) == old
    assert paths.is_current(old) and RoadGraph.load(old).metadata["format_version"] == FORMAT_VERSION
    assert stages and sorted(p.name for p in old.parent.iterdir()) == ["liechtenstein"]


def test_cli_prints_the_build_report(tmp_path):
    r = _mapbuild(str(OSM / "access.osm"), "-o", str(tmp_path / "m"), "--no-preprocess", "--quiet")
    assert r.returncode == 0, r.stderr
    out = r.stdout
    assert "roads: 13 of 26 highway ways kept for cars" in out
    assert "2 motor_vehicle=no (closed to cars)" in out and "motorcar=yes over motor_vehicle=no" in out
    assert "turn restrictions: 0 of 0 applied" in out
    report = json.loads((tmp_path / "m" / "build_report.json").read_text())
    assert report["ways"]["kept"] == 13 and sum(report["ways"]["dropped"].values()) == 13
    assert r.stderr == ""  # --quiet: no progress bar


def test_progress_has_an_eta(monkeypatch):
    import io

    from hmi.nav import build as build_mod

    clock = iter([0.0, 10.0, 20.0])
    monkeypatch.setattr(build_mod.time, "monotonic", lambda: next(clock))
    buf = io.StringIO()
    p = TextProgress(buf)
    p(0.25, "reading")
    p(0.5, "reading")
    lines = buf.getvalue().splitlines()
    assert lines[0].endswith("(10.0 s, ETA 30.0 s)") and lines[1].endswith("(20.0 s, ETA 20.0 s)")


def test_ruggell_to_balzers_is_connected(li: RoadGraph, li_dir):
    """Issue #12: the Landstrasse (way 239794985) is motor_vehicle=no + motorcar=yes; the more specific motorcar=yes
    wins, so cars may drive it and Balzers is reachable (an independent graph that honours it: 21.6 km)."""
    from hmi.nav.route import route_between

    landstrasse = np.flatnonzero(li.edge_way == 239794985)
    assert len(landstrasse) == 8 and not np.any(li.edge_flags[landstrasse] & EdgeFlag.ONEWAY)  # 4 pieces, both ways
    r = route_between(li, (47.2437, 9.5266), (47.0666, 9.5028), metric="distance")
    assert r.distance_m == pytest.approx(21_600, abs=100)
    report = json.loads((li_dir / "build_report.json").read_text(encoding="utf-8"))
    assert report["ways"]["opened_by"]["motorcar=yes over motor_vehicle=no"] == 5


def test_mapbuild_without_output_uses_the_region_of_the_file(tmp_path):
    env = {**__import__("os").environ, "HOME": str(tmp_path)}
    env.pop("HMI_MAP_DIR", None)
    r = subprocess.run(
        [sys.executable, "-m", "hmi", "mapbuild", str(OSM / "ring.osm"), "--no-preprocess", "--quiet"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert r.returncode == 0, r.stderr
    built = tmp_path / ".local" / "share" / "hmi" / "maps" / "ring"
    assert RoadGraph.load(built).metadata["region"] == "ring"


@pytest.mark.slow
@pytest.mark.parametrize("region,with_lanes", [("andorra", 7), ("munich", 88)])
def test_turn_lanes_of_the_shipped_extracts(region, with_lanes):
    """Andorra has 7 ways with turn:lanes, Munich 90 (two of them highway=construction, not roads yet)."""
    from hmi.testing.plugin import cached_map

    g = RoadGraph.load(cached_map(region))
    assert len(np.unique(g.edge_way[g.edge_lanes >= 0])) == with_lanes
    lanes = [g.edge_turn_lanes(e) for e in np.flatnonzero(g.edge_lanes >= 0)]
    assert all(lanes)
    assert set(lanes) == set(g.lanes)  # every stored string is used


def test_a_point_on_a_long_road_far_from_every_junction_snaps_to_that_road(tmp_path):
    """A car on a 20 km road with no junction for 9 km is on the map: the planner's node snapping takes the
    nearer end of that road instead of saying the car is kilometres from a road (it said "9.4 km")."""
    from hmi.nav.route import OutsideMap, snap

    build_map(OSM / "long_road.osm", tmp_path / "map", preprocess=False)
    g = RoadGraph.load(tmp_path / "map")
    west_leg = (47.6006, 9.5700)  # on the Bergstrasse's way out, 5 km from its junction 801
    east_leg = (47.5979, 9.5245)  # on its way back, 1.7 km from its junction 802
    for point, osmid in ((west_leg, 801), (east_leg, 802)):
        assert int(g.node_osmid[snap(g, point, "start")]) == osmid
    with pytest.raises(OutsideMap, match="from the nearest road"):
        snap(g, (47.5858, 9.6485), "start")  # inside the map's margin, 1.6 km from the road's far end: off it
