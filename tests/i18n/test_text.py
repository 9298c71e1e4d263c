"""Translatable texts and formats in plain Python (no Qt)."""

from __future__ import annotations

import json
import math
import pickle

import pytest

from hmi.i18n import QT_TRANSLATE_NOOP, Quantity, Text, render
from hmi.units import DEFAULT, QUANTITY_KINDS, Formats

LEAK = QT_TRANSLATE_NOOP("test", "{tyre} tyre is losing {rate:.1f} kPa a day, now {p}")
GERMAN = {
    LEAK: "Reifen {tyre} verliert {rate:.1f} kPa pro Tag, jetzt {p}",
    "Front left": "vorne links",
    "In {distance}, {text}": "In {distance} {text}",
}
SWISS = Formats(decimal=".", group="'")
FRENCH = Formats(decimal=",", group="\u202f", pressure_unit="psi", temperature_unit="F", system="imperial")


def de(context: str, source: str) -> str:
    return GERMAN.get(source, source)


def leak() -> Text:
    return Text("test", LEAK, tyre=Text("test", "Front left"), rate=0.42, p=Quantity("pressure_kpa", 231))


def test_text_is_the_english_string() -> None:
    t = leak()
    assert t == "Front left tyre is losing 0.4 kPa a day, now 2.3 bar"
    assert isinstance(t, str) and json.loads(json.dumps({"t": t}))["t"] == t
    assert t.upper().startswith("FRONT LEFT")


def test_render_translates_nested_texts_and_applies_formats() -> None:
    t = leak()
    assert t.render(de) == "Reifen vorne links verliert 0.4 kPa pro Tag, jetzt 2.3 bar"
    assert t.render(de, FRENCH) == "Reifen vorne links verliert 0,4 kPa pro Tag, jetzt 34 psi"
    assert render({"a": [t, "Vaduz"]}, de) == {"a": ["Reifen vorne links verliert 0.4 kPa pro Tag, jetzt 2.3 bar",
                                                     "Vaduz"]}  # fmt: skip


def test_broken_translation_falls_back_to_the_source_template() -> None:
    t = Text("test", "{n} stops", n=3)
    assert t.render(lambda c, s: "{count} Stopps") == "3 stops"  # misspelled placeholder
    assert t.render(lambda c, s: "{n:q} Stopps") == "3 stops"  # a bad format spec
    assert t.render(lambda c, s: "") == "3 stops"  # an empty translation


def test_dump_load_and_pickle_round_trip() -> None:
    t = leak()
    back = Text.load(json.loads(json.dumps(t.dump())))
    assert back == t and back.render(de, FRENCH) == t.render(de, FRENCH)
    assert pickle.loads(pickle.dumps(t)).render(de) == t.render(de)
    assert Text.load("plain name") == "plain name"


@pytest.mark.parametrize(
    "bad",
    [None, 3, [], {"context": 1, "source": "x"}, {"context": "c"}, {"context": "c", "source": "s", "args": []},
     {"context": "c", "source": "{a}", "args": {"a": {"evil": 1}}},
     {"context": "c", "source": "{a}", "args": {"a": {"quantity": "warp_factor", "value": 9}}},
     {"context": "c", "source": "{a}", "args": {"a": [1, 2]}}],
)  # fmt: skip
def test_load_rejects_malformed_stored_texts(bad) -> None:
    with pytest.raises(ValueError):
        Text.load(bad)


def test_quantity_kinds_are_checked() -> None:
    with pytest.raises(ValueError):
        Quantity("furlongs", 3)
    for kind in QUANTITY_KINDS:
        assert isinstance(DEFAULT.quantity(kind, 12.5), str)
        assert DEFAULT.quantity(kind, None) == "–" and DEFAULT.quantity(kind, math.nan) == "–"


def test_formats_units_and_separators() -> None:
    f = Formats(decimal=",", group=".")
    assert f.distance_km(1234.4) == "1.234 km" and f.distance_km(7.25) == "7,2 km"
    assert SWISS.distance_km(1234.4) == "1'234 km"
    assert FRENCH.distance_km(16.0934) == "10 mi" and FRENCH.short_distance_m(30) == "100 ft"
    assert FRENCH.temperature(20) == "68 °F" and FRENCH.temperature_delta(10) == "18 °F"
    assert DEFAULT.temperature(-4.25) == "-4.2 °C"
    assert DEFAULT.pressure_kpa(250) == "2.5 bar"
    assert DEFAULT.with_(pressure_unit="kPa").pressure_kpa(250) == "250 kPa"
    assert FRENCH.pressure_kpa(250) == "36 psi" and FRENCH.pressure_delta_kpa(10) == "1,5 psi"
    assert f.energy_kwh(31.46) == "31,5 kWh" and f.power_kw(7.4) == "7,4 kW" and f.power_kw(50) == "50 kW"
    assert f.number(1234567.891, ",.2f") == "1.234.567,89"
    assert DEFAULT.duration(3900) == "1 h 05 min" and DEFAULT.duration(20) == "< 1 min"


def test_clock_follows_the_12_24_hour_setting() -> None:
    import time

    noon_ish = time.mktime((2026, 11, 25, 14, 5, 0, 0, 0, -1))
    assert DEFAULT.clock(noon_ish) == "14:05"
    assert DEFAULT.with_(clock24=False).clock(noon_ish) == "2:05 PM"
    midnight = time.mktime((2026, 11, 25, 0, 7, 0, 0, 0, -1))
    assert DEFAULT.with_(clock24=False).clock(midnight) == "12:07 AM"
    assert DEFAULT.clock(math.inf) == "–"
