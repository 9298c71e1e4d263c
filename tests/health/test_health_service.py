"""Service centres: shipped list from real OSM data, nearest by geodesic distance, bad input."""

import json

import pytest
from geopy.distance import geodesic

from hmi.health.service import (
    FALLBACK_FILE,
    extract_from_osm,
    load_centres,
    load_fallback,
    nearest,
    parse_centres,
)
from hmi.nav.paths import extract_path

LI_PBF = extract_path("liechtenstein")


def test_fallback_list_matches_the_osm_extract():
    shipped = json.loads(FALLBACK_FILE.read_text(encoding="utf-8"))
    assert "OpenStreetMap" in shipped["about"]
    assert shipped["centres"] == extract_from_osm(LI_PBF)
    assert len(load_fallback()) == len(shipped["centres"]) >= 5


def test_nearest_sorted_geodesic():
    centres = load_fallback()
    vaduz = (47.141, 9.521)
    got = nearest(centres, *vaduz, limit=3)
    assert len(got) == 3
    assert [km for _, km in got] == sorted(km for _, km in got)
    c, km = got[0]
    assert km == pytest.approx(geodesic(vaduz, (c.lat, c.lon)).km)
    everything = nearest(centres, *vaduz, limit=100, kinds=("repair", "dealer", "tyres"))
    assert got == everything[:3]
    assert nearest(centres, *vaduz, limit=0) == []
    d = c.as_dict(km)
    assert d["name"] and d["kindText"] and d["distanceText"].endswith(" km")


@pytest.mark.parametrize("pos", [(float("nan"), 9.5), (91.0, 9.5), (47.0, 181.0), (47.0, float("inf"))])
def test_bad_position_rejected(pos):
    with pytest.raises(ValueError):
        nearest(load_fallback(), *pos)


def test_parse_rejects_bad_rows(caplog):
    rows = [
        {"name": "Good", "kind": "repair", "lat": 47.1, "lon": 9.5},
        {"name": "NaN", "kind": "repair", "lat": float("nan"), "lon": 9.5},
        {"name": "", "kind": "repair", "lat": 47.1, "lon": 9.5},
        {"name": "Kind", "kind": "bakery", "lat": 47.1, "lon": 9.5},
        {"name": "Bool", "kind": "repair", "lat": True, "lon": 9.5},
        "junk",
    ]
    assert [c.name for c in parse_centres(rows)] == ["Good"]
    assert caplog.text.count("rejected") == 5
    assert parse_centres({"not": "a list"}) == []


def test_map_dir_places_used_then_fallback(tmp_path):
    # A map whose place index holds one garage (the nav engineer's places.json format).
    (tmp_path / "places.json").write_text(json.dumps({"version": 1, "entries": [
        {"t": "poi", "name": "Test Garage", "cat": "shop=car_repair", "lat": 47.2, "lon": 9.55, "id": "n1",
         "street": "Hauptstrasse", "hn": "1", "city": "Somewhere"},
        {"t": "poi", "name": "Bakery", "cat": "shop=bakery", "lat": 47.2, "lon": 9.55, "id": "n2"},
    ]}))  # fmt: skip
    got = load_centres(tmp_path)
    assert [(c.name, c.kind, c.address) for c in got] == [("Test Garage", "repair", "Hauptstrasse 1")]
    empty = tmp_path / "empty"
    empty.mkdir()
    assert len(load_centres(empty)) == len(load_fallback())
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\xff\xfe")
    assert load_fallback(bad) == []
