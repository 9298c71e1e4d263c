"""Unit formatting, settings persistence, commands payloads, daylight (plain Python)."""

from __future__ import annotations

import math
import sqlite3

import pytest

from hmi import daylight, units
from hmi.link.commands import CommandError, CommandTracker
from hmi.link.validate import Rejected
from hmi.settings import SettingsStore

METRIC, IMPERIAL = units.DEFAULT, units.Formats(system="imperial")


@pytest.mark.parametrize(
    ("func", "args", "expected"),
    [
        (METRIC.distance_km, (213.4,), "213 km"),
        (IMPERIAL.distance_km, (160.9344,), "100 mi"),
        (METRIC.distance_km, (7.25,), "7.2 km"),
        (METRIC.distance_km, (None,), "–"),
        (METRIC.distance_km, (math.nan,), "–"),
        (IMPERIAL.speed, (100,), "62"),
        (METRIC.short_distance_m, (290,), "300 m"),
        (METRIC.short_distance_m, (1234,), "1.2 km"),
        (IMPERIAL.short_distance_m, (100,), "350 ft"),
        (METRIC.duration, (2100,), "35 min"),
        (METRIC.duration, (3900,), "1 h 05 min"),
        (METRIC.pressure_kpa, (250,), "2.5 bar"),
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


# ---------------------------------------------------------------------------------------------- issue 8: new settings
NEW_SETTINGS = {
    # key: (default, a valid other value, bad values that must be refused)
    "language": ("en", "ca", ["xx", "EN", "", 5, None, ["de"], "de\x00"]),
    "temperature": ("C", "F", ["K", "c", 1, True, "°F"]),
    "pressure": ("bar", "psi", ["atm", "PSI", 250, math.nan]),
    "textSize": ("normal", "larger", ["huge", 1.25, "", False]),
}


def test_new_settings_have_defaults_validate_and_persist(tmp_path) -> None:
    from hmi.i18n.languages import CODES
    from hmi.settings import SETTINGS, TEXT_SCALES

    assert SETTINGS["language"][1] == (*CODES, "pseudo") and SETTINGS["temperature"][1] == units.TEMPERATURE_UNITS
    assert SETTINGS["pressure"][1] == units.PRESSURE_UNITS and SETTINGS["units"][1] == units.UNIT_SYSTEMS
    assert set(SETTINGS["textSize"][1]) == set(TEXT_SCALES) and TEXT_SCALES["normal"] == 1.0
    assert all(1.0 <= s <= 1.3 for s in TEXT_SCALES.values()), "larger text stays modest so layouts fit"
    store = SettingsStore(tmp_path / "s.sqlite")
    assert store.text_scale() == 1.0
    for key, (default, good, bads) in NEW_SETTINGS.items():
        assert store.get(key) == default
        for bad in bads:
            assert not store.set(key, bad), f"{key} accepted {bad!r}"
        assert store.get(key) == default
        assert store.set(key, good)
    assert store.set("language", "pseudo"), "the designers' pseudo-locale is a valid setting"
    store.close()
    again = SettingsStore(tmp_path / "s.sqlite")
    assert {k: again.get(k) for k in NEW_SETTINGS} == {
        "language": "pseudo", "temperature": "F", "pressure": "psi", "textSize": "larger"
    }  # fmt: skip
    assert again.text_scale() == TEXT_SCALES["larger"]
    again.close()


@pytest.mark.parametrize(
    ("key", "stored"),
    [
        ("language", '"klingon"'),
        ("language", "42"),
        ("temperature", '"K"'),
        ("temperature", "{"),
        ("pressure", '"atm"'),
        ("pressure", "null"),
        ("textSize", '"enormous"'),
        ("textSize", "1.5"),
        ("textSize", '"\\ud800"'),
    ],
)
def test_bad_stored_values_of_new_settings_fall_back_to_defaults(tmp_path, key, stored) -> None:
    path = tmp_path / "s.sqlite"
    SettingsStore(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, stored))
    db.execute("INSERT OR REPLACE INTO settings VALUES ('pressure', '\"kPa\"')" if key != "pressure" else "SELECT 1")
    db.commit()
    db.close()
    store = SettingsStore(path)
    assert store.get(key) == NEW_SETTINGS[key][0], f"{stored!r} for {key} must fall back"
    if key != "pressure":
        assert store.get("pressure") == "kPa", "good neighbours are kept"
    store.close()


# ---------------------------------------------------------------------------------------------- Formats
COMMA = units.Formats(decimal=",", group=".")


@pytest.mark.parametrize(
    ("formats", "kind", "value", "expected"),
    [
        (units.Formats(temperature_unit="F"), "temperature_c", 21.5, "71 °F"),
        (units.Formats(temperature_unit="F"), "temperature_c", -40, "-40 °F"),
        (COMMA.with_(temperature_unit="C"), "temperature_c", 21.5, "21,5 °C"),
        (COMMA, "temperature_c", -3.25, "-3,2 °C"),
        (units.Formats(pressure_unit="psi"), "pressure_kpa", 250, "36 psi"),
        (units.Formats(pressure_unit="kPa"), "pressure_kpa", 248.6, "249 kPa"),
        (COMMA.with_(pressure_unit="bar"), "pressure_kpa", 250, "2,5 bar"),
        (COMMA.with_(pressure_unit="psi"), "pressure_delta_kpa", 10, "1,5 psi"),
        (units.Formats(system="imperial"), "distance_km", 160.9344, "100 mi"),
        (COMMA.with_(system="imperial"), "distance_km", 8.0467, "5,0 mi"),
        (COMMA.with_(system="imperial"), "distance_km", 2414.016, "1.500 mi"),
        (COMMA, "distance_km", 1234.4, "1.234 km"),
        (COMMA, "short_distance_m", 1234, "1,2 km"),
        (units.Formats(system="imperial"), "speed_kmh", 100, "62 mph"),
        (COMMA, "voltage", 12.6, "12,6 V"),
        (COMMA, "energy_kwh", 31.5, "31,5 kWh"),
        (units.Formats(pressure_unit="psi"), "pressure_kpa", math.inf, "–"),
        (units.Formats(temperature_unit="F"), "temperature_c", None, "–"),
    ],
)
def test_formats_in_the_drivers_units_and_separators(formats, kind, value, expected) -> None:
    assert formats.quantity(kind, value) == expected


def test_vehicle_model_reformats_every_text_on_retranslate(qapp) -> None:
    """The real adapter with the real translator: °F, psi, mi and the German decimal comma, then back."""
    from hmi.link import signals as sig
    from hmi.ui import translator
    from hmi.ui.vehicle_model import FIELDS, VehicleModel
    from hmi.vehicle.store import VehicleStore

    store = VehicleStore()
    model = VehicleModel(store)
    i18n = translator.I18n()
    try:
        i18n.apply("en", "metric", "C", "bar", True)
        tyre = sig.tyre_pressure(*sig.TYRES[0][1:3])
        for path, value in ((sig.OUTSIDE_TEMP, 21.5), (tyre, 250.0), (sig.RANGE, 160_934.4), (sig.SPEED, 100.0),
                            (sig.LV_VOLTAGE, 12.6), (sig.ODOMETER, 12_345.0)):  # fmt: skip
            store.update(path, value, 0.0)
        model.flush()
        metric = {k: model.value(k) for k in ("outsideTempText", "tyreFrontLeftText", "rangeText", "speedText")}
        assert metric == {"outsideTempText": "21.5 °C", "tyreFrontLeftText": "2.5 bar", "rangeText": "161 km",
                          "speedText": "100"}  # fmt: skip
        assert model.value("speedUnit") == "km/h" and model.value("odometerText") == "12,345 km"

        i18n.apply("en", "imperial", "F", "psi", True)
        assert model.value("outsideTempText") == "21.5 °C", "nothing changes before retranslate"
        model.retranslate()
        assert model.value("outsideTempText") == "71 °F"
        assert model.value("tyreFrontLeftText") == "36 psi"
        assert model.value("rangeText") == "100 mi"
        assert model.value("speedText") == "62" and model.value("speedUnit") == "mph"
        assert model.value("socText") == "–", "unknown values stay a dash"

        i18n.apply("ca", "metric", "C", "kPa", True)  # ca_AD: decimal comma, dot for thousands
        model.retranslate()
        assert translator.formats().decimal == ","
        assert model.value("outsideTempText") == "21,5 °C"
        assert model.value("odometerText") == "12.345 km"
        assert model.value("tyreFrontLeftText") == "250 kPa"
        assert model.value("lvVoltageText") == "12,6 V"
        texts = [key + "Text" for _, key, fmt in FIELDS if fmt is not None]
        assert all(isinstance(model.value(k), str) and model.value(k) for k in texts)
    finally:
        i18n.release()
        model.deleteLater()
