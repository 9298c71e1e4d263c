"""Health texts are translatable ``Text`` values: right template and args, rendered in the driver's language,
units and decimal separator; DTC table texts are extractable for lupdate; stored texts round-trip (plain Python).
"""

import ast
import json
import math
import re
from pathlib import Path

import numpy as np
import pytest

from hmi.health import alerts, dtc, dtc_extract, monitor, predict, service
from hmi.health.alerts import AlertManager, Level, RuleEngine, ThresholdRule
from hmi.health.dtc import DtcError, DtcTable
from hmi.health.monitor import HealthConfig, HealthMonitor
from hmi.health.predict import predict_hv_soh, predict_lv_decline, predict_service_due, predict_tyre_leak
from hmi.i18n import Quantity, Text
from hmi.link import signals as sig
from hmi.units import Formats

T0 = 1_700_000_000.0
H, D = 3600.0, 86400.0
FL = sig.tyre_pressure("Row1", "Left")

METRIC_KPA = Formats(pressure_unit="kPa")
US = Formats(system="imperial", temperature_unit="F", pressure_unit="psi")
COMMA = Formats(decimal=",", group=".", pressure_unit="bar")  # de_LI/fr_MC-style separators

#: A tiny German catalog (the shape of Qt's translate(context, source)), only for the mechanism.
GERMAN = {
    ("health", predict.TYRE_LABELS["frontLeft"]): "Reifen vorne links",
    ("health", predict.TEXTS["tyre_leak"]): "{subject} verliert ~{rate}/Tag — {when} unter sicherem Druck",
    ("health", predict.TEXTS["tyre_at"]): "{tyre} bei {reading}",
    ("health", predict.TEXTS["when_n"]): "in etwa {n} Tagen",
    ("health", alerts.TEXTS["tyre_low"]): "{label}: Druck niedrig ({value})",
    ("health", dtc.TEXTS["unknown"]): "Unbekannter Code {code}",
    ("dtc", "Replace Hybrid/EV Battery Pack"): "Hybrid-/EV-Akku ersetzen",
}


def german(context: str, source: str) -> str:
    return GERMAN.get((context, source), source)


def leak(rate=4.0, start=250.0, days=4.0):
    t = T0 + np.arange(0, days * D + 1, H)
    return t, np.round(start - rate * (t - T0) / D)


# -- alerts ----------------------------------------------------------------------------------------------------
def engine_with(rule: ThresholdRule) -> tuple[RuleEngine, AlertManager]:
    m = AlertManager()
    return RuleEngine([rule], m), m


def test_tyre_alert_is_a_text_with_nested_label_and_pressure_quantity():
    eng, m = engine_with(monitor.default_rules(HealthConfig())[0])  # the front-left tyre rule
    for i in range(4):
        eng.feed(FL, 200, T0 + i * 30)
    a = m.get("tyre.frontLeft")
    assert isinstance(a.title, Text) and a.title.context == "health" and a.title.source == alerts.TEXTS["tyre_low"]
    label, value = a.title.args["label"], a.title.args["value"]
    assert isinstance(label, Text) and label.source == "Front-left tyre"
    assert value == Quantity("pressure_kpa", 200.0)
    assert isinstance(a.action, Text) and a.action.source == alerts.TEXTS["action_check_tyre"]
    assert a.title.render(formats=METRIC_KPA) == "Front-left tyre pressure low (200 kPa)"
    assert a.title.render(formats=US) == "Front-left tyre pressure low (29 psi)"
    assert a.title.render(formats=COMMA) == "Front-left tyre pressure low (2,0 bar)"
    assert a.title.render(german, METRIC_KPA) == "Reifen vorne links: Druck niedrig (200 kPa)"


@pytest.mark.parametrize(
    ("signal", "value", "aid", "metric", "us_or_comma"),
    [
        (sig.MOTOR_TEMP, 160.0, "motor_temp", "Motor temperature high (160.0 °C)", "Motor temperature high (320 °F)"),
        (sig.SERVICE_DISTANCE, 500.0, "service", "Service recommended (in 500 km)", "Service recommended (in 311 mi)"),
        (sig.SERVICE_DISTANCE, -20.0, "service", "Service overdue by 20 km", "Service overdue by 12 mi"),
        (sig.LV_VOLTAGE, 11.5, "lv", "12 V battery voltage low (11.5 V)", "12 V battery voltage low (11,5 V)"),
    ],
)
def test_alert_values_follow_units_and_separators(signal, value, aid, metric, us_or_comma):
    rules = [r for r in monitor.default_rules(HealthConfig()) if r.signal == signal]
    m = AlertManager()
    eng = RuleEngine(rules, m)
    for i in range(20):
        eng.feed(signal, value, T0 + i * 10)
    title = m.get(aid).title
    assert title == metric  # the English source text, default formats
    assert title.render(formats=COMMA if signal == sig.LV_VOLTAGE else US) == us_or_comma


def test_value_change_invisible_in_english_still_updates_the_alert():
    # 200 → 203 kPa both read "2.0 bar" in English; a driver reading kPa must still see 203.
    rule = ThresholdRule("t", FL, Text("health", predict.TYRE_LABELS["frontLeft"]), below=True, kind="pressure_kpa",
                         levels=(Level("warning", 210, 218, "tyre_low", "action_check_tyre", 0, 60),))  # fmt: skip
    eng, m = engine_with(rule)
    changes = []
    m.subscribe(lambda: changes.append(1))
    eng.feed(FL, 200, T0)
    eng.feed(FL, 203, T0 + 1)
    assert len(changes) == 2 and m.get("t").title.render(formats=METRIC_KPA).endswith("(203 kPa)")
    eng.feed(FL, 203, T0 + 2)
    assert len(changes) == 2  # nothing visible changed: no notification


# -- predictions -----------------------------------------------------------------------------------------------
def test_leak_prediction_text_args_and_rendering():
    p = predict_tyre_leak("frontLeft", *leak(), reading_kpa=233)
    assert p.text.source == predict.TEXTS["tyre_leak"]
    subject = p.text.args["subject"]
    assert subject.source == predict.TEXTS["tyre_at"] and subject.args["tyre"].source == "Front-left tyre"
    assert subject.args["reading"] == Quantity("pressure_kpa", 233.0)
    assert p.text.args["rate"] == Quantity("pressure_delta_kpa", 4.0)
    when = p.text.args["when"]
    assert isinstance(when, Text) and when.source == predict.TEXTS["when_n"] and when.args == {"n": 6}
    assert p.text.render(formats=METRIC_KPA) == (
        "Front-left tyre at 233 kPa, losing ~4.0 kPa/day — below safe pressure in about 6 days"
    )
    assert p.text.render(formats=US) == (
        "Front-left tyre at 34 psi, losing ~0.6 psi/day — below safe pressure in about 6 days"
    )
    assert p.text.render(formats=COMMA) == (
        "Front-left tyre at 2,3 bar, losing ~0,04 bar/day — below safe pressure in about 6 days"
    )
    # Nested texts are translated too; the quantity keeps the driver's unit.
    de_text = "Reifen vorne links bei 233 kPa verliert ~4.0 kPa/Tag — in etwa 6 Tagen unter sicherem Druck"
    assert p.text.render(german, METRIC_KPA) == de_text
    de = Formats(pressure_unit="kPa", decimal=",", group=".")
    assert p.text.render(german, de) == (
        "Reifen vorne links bei 233 kPa verliert ~4,0 kPa/Tag — in etwa 6 Tagen unter sicherem Druck"
    )
    # The basis: the 20 °C pressure and the ± interval of the rate, both in the driver's units; the interval
    # to two significant digits (never "±0.00").
    basis = p.basis
    assert basis.source == predict.TEXTS["tyre_basis"] and basis.args["cold"].kind == "pressure_kpa"
    assert basis.args["t_ref"] == Quantity("temperature_c", 20.0)
    inner = basis.args["basis"]
    assert inner.args["halfwidth"].kind == "pressure_spread_kpa" and isinstance(inner.args["confidence"], Text)
    us = basis.render(formats=US)
    assert us.startswith("34 psi at 68 °F. Based on") and us.endswith(" psi/day)") and "kPa" not in us
    assert re.search(r"\(±0\.0*[1-9]\d? bar/day\)$", basis.render(formats=COMMA.with_(decimal="."))), basis


def test_stable_tyre_and_withheld_texts_render_in_driver_units():
    t, y = leak(rate=0.0)
    p = predict_tyre_leak("rearRight", t, y, reading_kpa=248)
    assert p.text.render(formats=US) == "Rear-right tyre at 36 psi, pressure steady"
    rng = np.random.default_rng(1)
    noisy = predict_tyre_leak("frontLeft", t, y + rng.normal(0, 10, t.size))
    assert noisy.state == "withheld" and noisy.text.args["sigma"].kind == "pressure_spread_kpa"
    assert noisy.text.render(formats=US).endswith(" psi)")
    few = predict_tyre_leak("frontLeft", t[:5], y[:5])
    assert few.text.render(formats=COMMA).startswith("Not enough data yet: 0,2 of 2 days, 5 of 24 readings")


def test_lv_decline_uses_fixed_volts_with_locale_separator():
    t = T0 + np.arange(0, 20 * D, 2 * H)
    p = predict_lv_decline(t, 12.6 - 0.01 * (t - T0) / D + np.random.default_rng(2).normal(0, 0.01, t.size))
    assert p.state == "trend" and p.text.args["rate"] == pytest.approx(0.07)
    assert p.text == "12 V battery resting voltage falling ~0.07 V/week — replace soon (below 12.2 V in 20–21 days)"
    assert p.text.render(formats=COMMA) == (
        "12 V battery resting voltage falling ~0,07 V/week — replace soon (below 12,2 V in 20–21 days)"
    )
    assert p.basis.render(formats=COMMA).endswith(" V/day)") and "(±0,000" in p.basis.render(formats=COMMA)
    steady = predict_lv_decline(t, np.full(t.size, 12.55))
    assert steady.text.render(formats=COMMA) == "12 V battery resting voltage steady at 12,55 V"


def test_service_and_soh_texts():
    t = T0 + np.arange(0, 21 * D, 6 * H)
    p = predict_service_due(t, 42_000 + 50.0 * (t - T0) / D, 600.0)
    assert p.text.args["distance"] == Quantity("distance_km", 600.0)
    assert p.text == "Service due in about 12 days (600 km at ~50 km/day)"
    assert p.text.render(formats=US) == "Service due in about 12 days (373 mi at ~31 mi/day)"
    over = predict_service_due(t, 42_000 + 50.0 * (t - T0) / D, -1500.0)
    assert over.text.render(formats=COMMA.with_(system="imperial")) == "Service overdue by 932 mi"
    assert over.text.render(formats=COMMA) == "Service overdue by 1.500 km"  # group separator too
    soh = predict_hv_soh(T0 + np.arange(0, 60 * D, D), np.full(60, 91.0))
    assert soh.text == "High-voltage battery health steady at 91 %"
    days = np.arange(0, 200 * D, D)
    rng = np.random.default_rng(4)
    falling = predict_hv_soh(T0 + days, 91.0 - 0.02 * days / D + rng.normal(0, 0.2, days.size))
    assert falling.text == "High-voltage battery health 87 % now, about 80 % in 12 months"  # a tight range
    noisy = predict_hv_soh(T0 + days, 91.0 - 0.02 * days / D + rng.normal(0, 1.0, days.size))
    assert re.fullmatch(r"High-voltage battery health 87 % now, (\d\d)–(\d\d) % in 12 months", noisy.text), noisy
    assert noisy.basis.render(formats=COMMA).endswith(" %/day)")


@pytest.mark.parametrize(
    ("formats", "kind", "value", "expected"),
    [
        (Formats(), "pressure_spread_kpa", 0.12, "0.0012 bar"),
        (METRIC_KPA, "pressure_spread_kpa", 0.12, "0.12 kPa"),
        (US, "pressure_spread_kpa", 0.12, "0.017 psi"),
        (COMMA, "pressure_spread_kpa", 4.96, "0,050 bar"),  # rounds up a digit: still two significant
        (METRIC_KPA, "pressure_spread_kpa", 211.3, "210 kPa"),
        (COMMA, "voltage_spread", 0.000213, "0,00021 V"),
        (Formats(), "percent_spread", 0.0035, "0.0035 %"),
        (US, "distance_spread_km", 4.6, "2.9 mi"),
        (Formats(), "distance_spread_km", -14.2, "14 km"),  # a spread is unsigned
        (Formats(), "pressure_spread_kpa", 0.0, "0 bar"),
        (Formats(), "voltage_spread", math.nan, "–"),
    ],
)
def test_spreads_keep_two_significant_digits_in_the_drivers_units(formats, kind, value, expected):
    # The ± of an interval never reads "±0.00": two significant digits, in the driver's unit and separators.
    assert formats.quantity(kind, value) == expected


def test_every_prediction_text_renders_in_every_format():
    # Nothing a prediction can say leaves a placeholder or an "nan" behind, whatever the formats.
    t, y = leak()
    preds = [
        predict_tyre_leak("frontLeft", t, y),
        predict_tyre_leak("frontLeft", t, np.full(t.size, 200.0) - (t - T0) / D * 5),
        predict_tyre_leak("bogusTyre", t, y),
        predict_lv_decline(t, np.full(t.size, 12.0)),
        predict_service_due([], [], None),
        predict_service_due([], [], 0.0),
    ]
    for p in preds:
        for f in (Formats(), METRIC_KPA, US, COMMA):
            for s in (p.text.render(german, f), p.basis.render(german, f)):
                assert s and "{" not in s and "nan" not in s.lower(), s


# -- DTCs --------------------------------------------------------------------------------------------------------
def test_dtc_texts_are_dtc_context_and_unknown_codes_keep_their_code():
    table = DtcTable.load()
    info = table.lookup("P0A80")
    assert (info.text.context, info.text.source) == ("dtc", "Replace Hybrid/EV Battery Pack")
    assert info.action.context == "dtc" and info.system.render() == "Powertrain"
    assert info.text.render(german) == "Hybrid-/EV-Akku ersetzen"
    unknown = table.lookup("P1ABC")
    assert unknown.text == "Unknown code P1ABC" and unknown.text.render(german) == "Unbekannter Code P1ABC"
    # The DTC alert nests the (translated) description after the code.
    title = alerts.text("dtc", code=info.code, text=info.text)
    assert title.render(german) == "Hybrid-/EV-Akku ersetzen (P0A80)"  # the words first, then the code


def test_generated_dtc_module_is_in_sync_with_the_table():
    assert dtc_extract.is_current(), "run: python -m hmi.health.dtc_extract"
    # Independently of the generator: every table text is a literal QT_TRANSLATE_NOOP("dtc", ...) call there.
    calls = set()
    for node in ast.walk(ast.parse(dtc_extract.MODULE.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            assert all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            calls.add((node.args[0].value, node.args[1].value))
    rows = json.loads(dtc.DEFAULT_TABLE.read_text(encoding="utf-8"))["codes"]
    needed = {("dtc", r["text"]) for r in rows} | {("dtc", r["action"]) for r in rows}
    assert needed == calls
    from hmi.health import dtc_texts  # importable, and each text once

    assert sorted(dtc_texts.TEXTS) == sorted(text for _, text in calls)


def test_out_of_sync_module_is_detected_and_regenerated(tmp_path):
    rows = json.loads(dtc.DEFAULT_TABLE.read_text(encoding="utf-8"))
    rows["codes"].append(
        {"code": "P0B00", "text": 'New "quoted" text \\ here\nand\ttab', "severity": "info", "action": "Check"}
    )
    table, module = tmp_path / "codes.json", tmp_path / "dtc_texts.py"
    table.write_text(json.dumps(rows), encoding="utf-8")
    module.write_text(dtc_extract.MODULE.read_text(encoding="utf-8"), encoding="utf-8")
    assert not dtc_extract.is_current(table, module)
    assert dtc_extract.write_module(table, module) == len(dtc.table_texts(table))
    assert dtc_extract.is_current(table, module)
    # The generated literal is valid Python and lupdate-style: the quotes and backslash survive.
    namespace: dict = {}
    exec(compile(module.read_text(encoding="utf-8"), str(module), "exec"), namespace)
    assert 'New "quoted" text \\ here\nand\ttab' in namespace["TEXTS"]
    assert not dtc_extract.is_current(table, tmp_path / "missing.py")


def test_check_command_reports_stale_module(capsys):
    assert dtc_extract.main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_braces_in_table_texts_are_rejected(tmp_path, caplog):
    p = tmp_path / "t.json"
    p.write_text(json.dumps({"codes": [
        {"code": "P0A80", "text": "Replace {pack}", "severity": "warning", "action": "Check"},
        {"code": "P0A81", "text": "Fine", "severity": "warning", "action": "Check }"},
        {"code": "P0A82", "text": "Fine", "severity": "info", "action": "Check"},
    ]}))  # fmt: skip
    t = DtcTable.load(p)
    assert len(t) == 1 and "P0A82" in t and caplog.text.count("braces are not allowed") == 2
    with pytest.raises(DtcError):
        dtc._entry({"code": "P0000", "text": "{", "severity": "info", "action": "x"})


# -- service centres -------------------------------------------------------------------------------------------
def test_centre_kinds_and_made_up_names_are_translatable():
    c = service.ServiceCentre("x", "Toyota garage", "dealer", 47.1, 9.5, brand="Toyota")
    d = c.as_dict(12.34)
    assert isinstance(d["kindText"], Text) and d["kindText"] == "Car dealer"
    assert isinstance(d["name"], Text) and d["name"].args == {"brand": "Toyota"}
    assert d["distanceKm"] == 12.34 and d["distanceText"] == "12 km"
    real = service.ServiceCentre("y", "Garage Konrad AG", "repair", 47.1, 9.5).as_dict()
    assert not isinstance(real["name"], Text) and real["distanceText"] == ""  # real names are never translated
    assert isinstance(service.ServiceCentre("z", "Unnamed garage", "repair", 47.1, 9.5).as_dict()["name"], Text)


# -- the source: every template is a literal lupdate can read --------------------------------------------------
@pytest.mark.parametrize("module", [alerts, dtc, monitor, predict, service])
def test_texts_are_marked_literals(module):
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    found = 0
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") in ("TEXTS", "TYRE_LABELS") for t in node.targets):
            assert isinstance(node.value, ast.Dict)
            for v in node.value.values:
                ok = isinstance(v, ast.Call) and getattr(v.func, "id", "") == "QT_TRANSLATE_NOOP"
                assert ok and all(isinstance(a, ast.Constant) for a in v.args), ast.unparse(v)
                assert v.args[0].value in ("health", "dtc")
                found += 1
    assert found >= 4


# -- stored texts --------------------------------------------------------------------------------------------------
def test_alert_and_prediction_texts_survive_json_dump_and_load():
    p = predict_tyre_leak("frontLeft", *leak())
    for text in (
        p.text,
        p.basis,
        alerts.text("sensor_missing", label=monitor.text("sensor_tyre", tyre=predict.tyre_label("rearLeft"))),
    ):
        stored = json.loads(json.dumps(text.dump()))
        back = Text.load(stored)
        assert back == text and back.render(german, US) == text.render(german, US)
        assert back.dump() == text.dump()


@pytest.mark.parametrize(
    "bad",
    [
        None, 5, [], {"source": "x"}, {"context": "health"}, {"context": 1, "source": "x"},
        {"context": "health", "source": "{x}", "args": []},
        {"context": "health", "source": "{x}", "args": {"x": {"weird": 1}}},
        {"context": "health", "source": "{x}", "args": {"x": {"quantity": "furlongs", "value": 1}}},
        {"context": "health", "source": "{x}", "args": {"x": [1, 2]}},
        {"context": "health", "source": "{x}", "args": {"x": {"text": {"context": "health"}}}},
    ],
)  # fmt: skip
def test_malformed_stored_text_is_rejected(bad):
    with pytest.raises(ValueError):
        Text.load(bad)


# -- the monitor end to end --------------------------------------------------------------------------------------
def test_monitor_status_and_sensor_alert_texts(tmp_path):
    m = HealthMonitor(tmp_path / "h.db", config=HealthConfig(predict_min_wall_s=0.0, dropout_s=600))
    try:
        status = m.status()[1]
        assert isinstance(status, Text) and status.source == monitor.TEXTS["waiting"]
        m.update(FL, 250, T0)
        m.update(sig.tyre_pressure("Row1", "Right"), 250, T0 + 300)
        m.update(sig.tyre_pressure("Row1", "Right"), 250, T0 + 700)
        a = m.alerts.get("sensor.frontLeft")
        assert a.title == "Front-left tyre pressure sensor not reporting"
        assert a.title.args["label"].args["tyre"].source == "Front-left tyre"
        assert m.tyres()[0]["label"].render(german) == "Reifen vorne links"
        assert not math.isnan(T0)
    finally:
        m.close()
