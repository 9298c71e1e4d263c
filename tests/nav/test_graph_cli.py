"""Map loading (speed, corruption), nearest-node lookup, default paths, the route/geocode CLI."""

from __future__ import annotations

import json
import mmap
import shutil
import subprocess
import sys

import numpy as np
import pytest

from hmi.nav import paths
from hmi.nav.graph import MapFormatError, RoadGraph

CLI = [sys.executable, "-m", "hmi"]


def test_load_maps_the_files_instead_of_reading_them(li_dir):
    # What keeps loading in milliseconds (measured by bench/bench_nav.py): the arrays are read-only views of
    # memory-mapped files, so nothing is copied or parsed at start-up.
    g = RoadGraph.load(li_dir)
    for name in ("edge_target", "edge_length_m", "geom_lat", "node_lat"):
        array = getattr(g, name)
        assert isinstance(array.base, np.memmap) and isinstance(array.base.base, mmap.mmap), name
        assert not array.flags.writeable, name
    assert g.memory_bytes() < 5_000_000


def test_nearest_node_matches_brute_force(li):
    rng = np.random.default_rng(0)
    s, w, n, e = li.bbox
    for lat, lon in zip(rng.uniform(s, n, 200), rng.uniform(w, e, 200), strict=True):
        k = li.nearest_node(lat, lon)
        d = (li.node_lat - lat) ** 2 + ((li.node_lon - lon) * np.cos(np.radians(lat))) ** 2
        assert d[k] == pytest.approx(d.min(), rel=1e-6)
    assert li.nearest_node(float("nan"), 9.5) == -1


def test_nearest_node_buckets_on_big_graph():
    k = 200  # 40,000 nodes: uses the grid buckets
    ii, jj = np.divmod(np.arange(k * k), k)
    lat, lon = 47 + ii * 1e-3 + (jj % 3) * 1e-5, 9 + jj * 1e-3
    g = RoadGraph.from_arrays(
        node_lat=lat,
        node_lon=lon,
        indptr=np.zeros(k * k + 1, np.int64),
        edge_target=np.zeros(0, np.int32),
        edge_length_m=np.zeros(0, np.float32),
        edge_time_s=np.zeros(0, np.float32),
    )
    rng = np.random.default_rng(1)
    for qlat, qlon in zip(rng.uniform(46.9, 47.3, 100), rng.uniform(8.9, 9.3, 100), strict=True):
        node = g.nearest_node(qlat, qlon)
        d = (lat - qlat) ** 2 + ((lon - qlon) * g._cos_lat) ** 2
        assert d[node] == pytest.approx(d.min(), rel=1e-9)


def test_corrupt_map_files(li_dir, tmp_path):
    bad = tmp_path / "map"
    shutil.copytree(li_dir, bad)
    et = bad / "edge_target.npy"
    et.write_bytes(et.read_bytes()[:1000])
    with pytest.raises(MapFormatError, match="edge_target"):
        RoadGraph.load(bad)
    et.write_bytes(b"garbage")
    with pytest.raises(MapFormatError, match="corrupt"):
        RoadGraph.load(bad)
    (bad / "edge_target.npy").unlink()
    with pytest.raises(MapFormatError, match="missing"):
        RoadGraph.load(bad)
    (bad / "metadata.json").write_text("{nope")
    with pytest.raises(MapFormatError, match="unreadable"):
        RoadGraph.load(bad)
    (bad / "metadata.json").write_text('{"format": "something-else"}')
    with pytest.raises(MapFormatError, match="not an hmi map"):
        RoadGraph.load(bad)
    with pytest.raises(MapFormatError, match="not a built map"):
        RoadGraph.load(tmp_path / "nowhere")
    # arrays swapped between maps of different size
    mixed = tmp_path / "mixed"
    shutil.copytree(li_dir, mixed)
    np.save(mixed / "node_lat.npy", np.zeros(10))
    with pytest.raises(MapFormatError, match="entries for 10 nodes"):
        RoadGraph.load(mixed)


def test_default_paths(monkeypatch, tmp_path, li_dir):
    monkeypatch.setenv("HMI_OSM_DIR", str(tmp_path / "osm"))
    monkeypatch.setenv("HMI_MAP_DIR", str(li_dir))
    assert paths.extracts_dir() == tmp_path / "osm"
    assert paths.ensure_map() == li_dir  # already built: nothing to do
    # $HMI_MAP_DIR names the default region's map; a Munich scenario still gets Munich
    assert paths.map_dir("munich").parts[-3:] == ("hmi", "maps", "munich")
    monkeypatch.setenv("HMI_MAP_DIR", str(tmp_path / "maps"))
    from hmi.nav.build import BuildError

    with pytest.raises(BuildError, match="no OSM extract"):
        paths.ensure_map()
    monkeypatch.delenv("HMI_MAP_DIR")
    monkeypatch.delenv("HMI_OSM_DIR")
    assert paths.map_dir("andorra").parts[-3:] == ("hmi", "maps", "andorra")
    assert paths.extract_path().name == "liechtenstein.osm.pbf"
    assert [p.name for p in paths.charger_files()] == ["chargers-liechtenstein-ocm.csv"]


def _run(*args, timeout=60):
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=timeout)


def test_cli_route_json(li_dir):
    r = _run("route", "--map", str(li_dir), "--from", "47.1410,9.5209", "--to", "47.2404,9.5250", "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert set(d) == {"distance_m", "duration_s", "coordinates", "speed_limits_kmh", "maneuvers"}
    assert d["distance_m"] > 5000 and len(d["coordinates"][0]) == 2 and d["maneuvers"][-1]["kind"] == "arrive"
    text = _run("route", "--map", str(li_dir), "--from", "47.1410,9.5209", "--to", "47.2404,9.5250")
    assert text.returncode == 0 and "© OpenStreetMap contributors" in text.stdout


@pytest.mark.parametrize(
    "args,code,msg",
    [
        # Am Schellenberg (way 171512865), in Austria at the extract's edge: its junctions lie outside the extract,
        # and no road of the main network is within the re-snapping distance
        (["--from", "47.1410,9.5209", "--to", "47.2281423,9.5585725"], 3, "not connected"),
        (["--from", "47.1410,9.5209", "--to", "48.137,11.575"], 3, "outside the map"),
        (["--from", "nan,9.5", "--to", "47.2,9.5"], 2, "not a valid position"),
        (["--from", "hello", "--to", "47.2,9.5"], 2, "LAT,LON"),
    ],
)
def test_cli_route_errors(li_dir, args, code, msg):
    r = _run("route", "--map", str(li_dir), *args)
    assert r.returncode == code and msg in r.stderr and "Traceback" not in r.stderr


def test_cli_route_bad_map(tmp_path):
    r = _run("route", "--map", str(tmp_path), "--from", "47.1,9.5", "--to", "47.2,9.5")
    assert r.returncode == 2 and "not a built map" in r.stderr and r.stderr.count("\n") == 1


def test_cli_geocode(li_dir):
    r = _run("geocode", "--map", str(li_dir), "Staedtle 32, Vaduz", "--json")
    assert r.returncode == 0
    res = json.loads(r.stdout)
    assert res[0]["name"] == "Städtle 32, 9490 Vaduz" and res[0]["type"] == "address"
    r = _run("geocode", "--map", str(li_dir), "xqzzvbn", "--json")
    assert r.returncode == 1 and json.loads(r.stdout) == []
    r = _run("geocode", "--map", str(li_dir), "--reverse", "47.1395015,9.5220987")
    assert r.returncode == 0 and "Städtle 32" in r.stdout
    r = _run("geocode", "--map", str(li_dir), "--reverse", "not,a point")
    assert r.returncode == 2 and "Traceback" not in r.stderr
