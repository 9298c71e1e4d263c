"""EV settings persist in SQLite (WAL) and reject bad values, also from a tampered database."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from hmi.nav.ev.settings import EvSettings, SettingsStore


def test_defaults_persist_and_reload(tmp_path):
    path = tmp_path / "ev.sqlite3"
    s = SettingsStore(path)
    assert s.load() == EvSettings()
    s.set("reserve_pct", 8)
    s.set("plugs", ["chademo", "chademo"])
    s.set("vehicle_id", "generic-ccs-75")
    s.close()
    again = SettingsStore(path).load()
    assert again.reserve_pct == 8.0 and again.plugs == ("chademo",) and again.vehicle_id == "generic-ccs-75"
    mode = sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("reserve_pct", float("nan")),
        ("reserve_pct", 60),
        ("arrival_pct", -1),
        ("charge_limit_pct", 10),
        ("min_power_kw", "50"),
        ("reserve_pct", True),
        ("plugs", ["warp"]),
        ("plugs", "type2"),
        ("vehicle_id", "../x"),
        ("vehicle_id", ""),
        ("unknown", 1),
    ],
)
def test_invalid_values_rejected(tmp_path, key, value):
    s = SettingsStore(tmp_path / "ev.sqlite3")
    with pytest.raises(ValueError):
        s.set(key, value)
    assert s.load() == EvSettings()


def test_tampered_rows_fall_back_to_defaults(tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    path = tmp_path / "ev.sqlite3"
    SettingsStore(path).set("arrival_pct", 25)
    db = sqlite3.connect(path)
    db.execute("INSERT OR REPLACE INTO ev_settings VALUES ('reserve_pct', 'NaN')")
    db.execute("INSERT OR REPLACE INTO ev_settings VALUES ('charge_limit_pct', '{not json')")
    db.execute("INSERT OR REPLACE INTO ev_settings VALUES ('bogus', '1')")
    db.commit()
    db.close()
    loaded = SettingsStore(path).load()
    assert loaded.arrival_pct == 25 and loaded.reserve_pct == 5.0 and loaded.charge_limit_pct == 80.0
    assert "ignoring stored" in caplog.text


def test_plan_settings_mapping():
    ps = EvSettings(reserve_pct=7, plugs=("type2",)).plan_settings(outside_temp_c=-5)
    assert ps.reserve_pct == 7 and ps.allowed_plugs == ("type2",) and ps.outside_temp_c == -5
    assert EvSettings().plan_settings().allowed_plugs is None
