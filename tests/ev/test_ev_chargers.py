"""Charger table: defaults with estimated flags, untrusted entries, plug/power filters, the built map's file."""

from __future__ import annotations

import logging

import pytest

from hmi.nav.ev.chargers import (
    DEFAULT_POWER_KW,
    compatible,
    for_vehicle,
    load_chargers,
    normalise_plug,
    parse_charger,
    parse_chargers,
)


def test_defaults_fill_missing_power_and_plugs():
    c = parse_charger({"id": 7, "lat": 47.1, "lon": 9.5})
    assert c.plugs == ("type2",) and c.plugs_estimated
    assert c.power_kw == DEFAULT_POWER_KW["type2"] and c.power_estimated
    assert c.estimated and c.name == "Charging station" and c.id == "7"
    dc = parse_charger({"id": "a", "lat": 47.1, "lon": 9.5, "plugs": ["CCS2", "Type 2"]})
    assert dc.plugs == ("ccs", "type2") and not dc.plugs_estimated
    assert dc.power_kw == 50.0 and dc.power_estimated
    ok = parse_charger({"id": "b", "lat": 47.1, "lon": 9.5, "plugs": ["chademo"], "power_kw": 50})
    assert not ok.estimated
    assert ok.to_dict() == {
        "id": "b",
        "name": "Charging station",
        "lat": 47.1,
        "lon": 9.5,
        "power_kw": 50.0,
        "plugs": ["chademo"],
        "estimated": False,
    }


def test_map_build_flags_are_kept():
    c = parse_charger(
        {
            "id": "x",
            "lat": 1,
            "lon": 2,
            "plugs": ["type2"],
            "power_kw": 22,
            "power_estimated": True,
            "plugs_estimated": False,
        }
    )
    assert c.power_estimated and not c.plugs_estimated and c.power_kw == 22


@pytest.mark.parametrize(
    "entry",
    [
        "nope",
        {"id": "x", "lat": "abc", "lon": 9},
        {"id": "x", "lat": float("nan"), "lon": 9},
        {"id": "x", "lat": 91, "lon": 9},
        {"id": None, "lat": 1, "lon": 2},
        {"id": True, "lat": 1, "lon": 2},
        {"id": "", "lat": 1, "lon": 2},
        {"id": [1], "lat": 1, "lon": 2},
    ],
)
def test_bad_entries_raise(entry):
    with pytest.raises(ValueError):
        parse_charger(entry)


def test_bad_values_become_estimates():
    c = parse_charger(
        {"id": "x", "lat": 1, "lon": 2, "power_kw": float("inf"), "plugs": ["warp", 3], "num_points": -4, "name": 12}
    )
    assert c.power_estimated and c.plugs_estimated and c.num_points == 1 and c.name == "Charging station"
    huge = parse_charger({"id": "y", "lat": 1, "lon": 2, "power_kw": 1e9, "plugs": ["ccs"]})
    assert huge.power_estimated and huge.power_kw == 50.0


def test_parse_list_skips_bad_and_duplicates(caplog):
    caplog.set_level(logging.WARNING)
    data = {"chargers": [{"id": "a", "lat": 1, "lon": 2}, {"id": "a", "lat": 1, "lon": 2}, {"lat": 1}, 5]}
    out = parse_chargers(data)
    assert [c.id for c in out] == ["a"]
    assert "duplicate id" in caplog.text and "skipped" in caplog.text
    with pytest.raises(ValueError):
        parse_chargers({"chargers": "x"})


def test_load_from_file(tmp_path):
    assert load_chargers(tmp_path) == []
    (tmp_path / "chargers.json").write_bytes(b"\xff\xfe not json")
    with pytest.raises(ValueError, match="unreadable"):
        load_chargers(tmp_path)
    (tmp_path / "chargers.json").write_text('[{"id": "a", "lat": 1, "lon": 2, "power_kw": NaN}]')
    (c,) = load_chargers(tmp_path)
    assert c.power_estimated


def test_filters(leaf, profiles):
    cs = [
        parse_charger(e)
        for e in (
            {"id": "ac", "lat": 1, "lon": 2, "plugs": ["type2"], "power_kw": 22},
            {"id": "dc", "lat": 1, "lon": 2, "plugs": ["ccs", "chademo"], "power_kw": 50},
            {"id": "ccs", "lat": 1, "lon": 2, "plugs": ["ccs"], "power_kw": 150},
            {"id": "hotel", "lat": 1, "lon": 2, "plugs": ["type2"], "power_kw": 22, "access": "private"},
            {"id": "tesla", "lat": 1, "lon": 2, "plugs": ["tesla"], "power_kw": 120},
        )
    ]
    assert [c.id for c in for_vehicle(cs, leaf)] == ["ac", "dc"]
    assert [c.id for c in for_vehicle(cs, leaf, include_private=True)] == ["ac", "dc", "hotel"]
    assert [c.id for c in for_vehicle(cs, leaf, min_power_kw=40)] == ["dc"]
    assert [c.id for c in for_vehicle(cs, leaf, allowed_plugs=["type2"])] == ["ac"]
    assert [c.id for c in for_vehicle(cs, profiles["generic-ccs-75"], min_power_kw=100)] == ["ccs"]
    assert [c.id for c in compatible(cs, ["tesla"])] == ["tesla"]
    assert normalise_plug("Type2_Combo") == "ccs" and normalise_plug("CHAdeMO") == "chademo"
    assert normalise_plug(None) is None and normalise_plug("warp") is None


@pytest.mark.slow
def test_built_liechtenstein_chargers(liechtenstein_map, leaf):
    cs = load_chargers(liechtenstein_map)
    assert len(cs) >= 15
    vaduz = [c for c in cs if "Marktplatzgarage" in c.name]
    assert vaduz and vaduz[0].power_kw == 50 and "chademo" in vaduz[0].plugs
    usable = for_vehicle(cs, leaf)
    assert any("chademo" in c.plugs for c in usable)
    assert all(c.access != "private" for c in usable)
