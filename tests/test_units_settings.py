"""Unit formatting, settings persistence, commands payloads, daylight (plain Python)."""

from __future__ import annotations

import math
import sqlite3

import pytest

from hmi import daylight, units
from hmi.link.commands import CommandError, CommandTracker
from hmi.link.validate import Rejected
from hmi.settings import SettingsStore


@pytest.mark.parametrize(
    ("func", "args", "expected"),
    [
        (units.distance_km, (213.4, "metric"), "213 km"),
        (units.distance_km, (160.9344, "imperial"), "100 mi"),
        (units.distance_km, (7.25, "metric"), "7.2 km"),
        (units.distance_km, (None, "metric"), "–"),
        (units.distance_km, (math.nan, "metric"), "–"),
        (units.speed, (100, "imperial"), "62"),
        (units.short_distance_m, (290, "metric"), "300 m"),
        (units.short_distance_m, (1234, "metric"), "1.2 km"),
        (units.short_distance_m, (100, "imperial"), "350 ft"),
        (units.duration, (2100,), "35 min"),
        (units.duration, (3900,), "1 h 05 min"),
        (units.pressure_kpa, (250,), "2.5 bar"),
        (units.gear, (126,), "P"),
        (units.gear, (-1,), "R"),
        (units.gear, (3,), "3"),
    ],
)
def test_formatting(func, args, expected) -> None:
    assert func(*args) == expected


def test_settings_persist_and_reject_bad_values(tmp_path) -> None:
    store = SettingsStore(tmp_path / "s.sqlite")
    assert store.get("theme") == "auto"
    assert store.set("theme", "night")
    assert not store.set("theme", "purple") and not store.set("units", 1) and not store.set("nope", 1)
    store.close()
    again = SettingsStore(tmp_path / "s.sqlite")
    assert again.get("theme") == "night"
    again.close()
    db = sqlite3.connect(tmp_path / "s.sqlite")
    db.execute("INSERT OR REPLACE INTO settings VALUES ('units', '\"parsecs\"')")
    db.execute("INSERT OR REPLACE INTO settings VALUES ('theme', 'not json')")
    db.commit()
    db.close()
    damaged = SettingsStore(tmp_path / "s.sqlite")
    assert damaged.get("units") == "metric" and damaged.get("theme") == "auto", "bad stored values fall back"


def test_command_tracker_validates_and_matches_results() -> None:
    t = CommandTracker(timeout_s=5)
    cmd, topic, payload = t.create("set_charge_limit", {"percent": 80}, now=0, wall=1000.0)
    assert topic == "hmi/command/set_charge_limit" and payload == {"id": cmd.id, "ts": 1000.0, "percent": 80}
    for bad in ({"percent": 101}, {"percent": True}, {"percent": "80"}, {}):
        with pytest.raises(CommandError):
            t.create("set_charge_limit", bad, 0, 0)
    with pytest.raises(CommandError):
        t.create("launch_rockets", {}, 0, 0)
    assert isinstance(t.on_result("set_charge_limit", b'{"id": "other", "ok": true, "message": ""}'), Rejected)
    assert isinstance(t.on_result("set_charge_limit", b"\xff"), Rejected)
    assert isinstance(t.on_result("start_stop_charging", f'{{"id": "{cmd.id}", "ok": true}}'.encode()), Rejected)
    done = t.on_result("set_charge_limit", f'{{"id": "{cmd.id}", "ok": true, "message": "done"}}'.encode())
    assert done.state == "ok" and not t.pending
    cmd2, _, _ = t.create("start_stop_charging", {"action": "STOP"}, now=10, wall=0)
    assert t.expire(14.9) == [] and t.expire(15.0) == [cmd2] and cmd2.state == "timeout"


def test_night_follows_the_sun_in_vaduz() -> None:
    import calendar

    noon = calendar.timegm((2026, 6, 21, 11, 0, 0))
    midnight = calendar.timegm((2026, 12, 21, 23, 0, 0))
    assert not daylight.is_night(47.14, 9.52, noon)
    assert daylight.is_night(47.14, 9.52, midnight)
    assert daylight.solar_elevation_deg(47.14, 9.52, noon) == pytest.approx(66, abs=1.5)
