"""HealthMonitor end to end (no Qt): scenarios in, explained predictions and alerts out."""

import itertools
import math
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hmi.health.monitor import COLD_PRESSURE, RESTING_VOLTAGE, HealthConfig, HealthMonitor
from hmi.link import signals as sig
from hmi.sim import health_scenarios as hs
from hmi.units import Formats

FL = sig.tyre_pressure("Row1", "Left")
CFG = HealthConfig(predict_min_wall_s=0.0, predict_interval_s=12 * 3600)


@pytest.fixture
def monitor(tmp_path):
    m = HealthMonitor(tmp_path / "health.db", config=CFG)
    yield m
    m.close()


def test_slow_leak_scenario_warns_with_explained_prediction(monitor):
    events = hs.slow_leak(days=16, leak_start_day=10, kpa_per_day=4.0)
    changes = []
    monitor.subscribe(changes.append)
    hs.play(events, monitor)
    preds = {p.key: p for p in monitor.predictions()}
    leak = preds["tyre_leak.frontLeft"]
    assert leak.state == "trend" and leak.slope_per_day == pytest.approx(-4.0, abs=0.5)
    kpa = leak.text.render(formats=Formats(pressure_unit="kPa"))
    # The sentence starts from the tyre's current reading (the value the tyre diagram shows).
    assert kpa.startswith(f"Front-left tyre at {monitor.value(FL)} kPa, losing ~4.0 kPa/day — below safe pressure in")
    true_days = (250 - 4 * 6 - 210) / 4.0
    assert leak.days_to_threshold == pytest.approx(true_days, abs=1.0)
    assert leak.days_low <= leak.days_to_threshold <= leak.days_high
    assert "Based on" in leak.basis and "readings" in leak.basis
    for k in ("frontRight", "rearLeft", "rearRight"):
        assert preds[f"tyre_leak.{k}"].state == "stable"
    alert = monitor.alerts.get("predict.tyre_leak.frontLeft")
    assert alert.severity == "warning" and alert.action == "Check tyre pressure at the next stop"
    assert alert.detail == leak.basis
    level, text = monitor.status()
    assert level == "warning" and text == leak.text
    tyres = {t["key"]: t for t in monitor.tyres()}
    assert tyres["frontLeft"]["prediction"] == leak.text and isinstance(tyres["frontLeft"]["pressure"], int)
    assert {"values", "alerts", "predictions"} <= set().union(*changes)
    # Cold pressure was recorded only while resting and is temperature-compensated (flat on sound tyres).
    cold = monitor.trend("tyreCold.frontRight", 7)
    assert cold and max(p.mean for p in cold) - min(p.mean for p in cold) < 4.0
    raw = monitor.trend("tyre.frontRight", 7)
    assert max(p.max for p in raw) - min(p.min for p in raw) > 10.0  # daily temperature swing + driving heat


def test_lv_decline_scenario(monitor):
    hs.play(hs.lv_decline(days=25, volts_per_day=0.012), monitor)
    p = next(p for p in monitor.predictions() if p.kind == "lv_decline")
    assert p.state == "trend" and "replace soon" in p.text
    assert p.slope_per_day == pytest.approx(-0.012, abs=0.003)
    # Driving voltage (14.1 V from the DC/DC) never entered the resting series.
    assert max(pt.max for pt in monitor.trend("lvResting", 30)) < 12.7
    assert monitor.alerts.get("predict.lv_decline.battery") is not None


def test_dtc_sequence(monitor):
    events = hs.dtc_sequence(start_ts=1_700_000_000.0)
    seen = []
    for e in events:
        monitor.update(e["signal"], e["value"], e["ts"])
        seen.append(([d.code for d in monitor.dtcs()], sorted(a.id for a in monitor.alerts.active())))
    assert seen[1] == (["P0562"], ["dtc.P0562"])
    codes, _ = seen[3]
    assert codes == ["P0562", "P0AA6", "P1ABC"]
    texts = {d.code: d.text for d in monitor.dtc_table.lookup_many(codes)}
    assert texts["P1ABC"] == "Unknown code P1ABC"
    assert seen[4][0] == ["P0562"] and seen[5] == ([], [])


def test_dtc_critical_and_unknown_shown(monitor):
    monitor.update(sig.DTC_LIST, ["P0AA6", "P1ABC"], 1_700_000_000.0)
    infos = monitor.dtcs()
    assert [(d.code, d.known) for d in infos] == [("P0AA6", True), ("P1ABC", False)]
    assert monitor.status()[0] == "critical"
    assert monitor.alerts.overlay().id == "dtc.P0AA6"
    assert monitor.alerts.get("dtc.P1ABC").title == "Unknown code P1ABC"
    assert str(monitor.alerts.get("dtc.P0AA6").title).endswith(" (P0AA6)")  # the words first, then the code


def test_sensor_dropout_scenario(monitor):
    events = hs.sensor_dropout(tyre="rearRight", minutes=40, drop_from_min=10, drop_for_min=15,
                               start_ts=1_700_000_000.0)  # fmt: skip
    states = []
    for e in events:
        monitor.update(e["signal"], e["value"], e["ts"])
        states.append(monitor.alerts.get("sensor.rearRight") is not None)
    assert any(states) and not states[-1]
    assert sum(1 for a, b in itertools.pairwise(states) if a != b) == 2  # on once, off once


def test_time_lapse_and_sleeping_sensors_raise_no_sensor_alert(monitor):
    # Weeks played back in half-hour rounds: while one round's four readings arrive one by one, the tyres
    # still waiting for theirs are not "not reporting" (this flashed alerts on the health page).
    flagged = 0
    for e in hs.slow_leak(days=4, leak_start_day=1, start_ts=1_700_000_000.0):
        monitor.update(e["signal"], e["value"], e["ts"])
        flagged += any(monitor.alerts.get(f"sensor.{k}") for k in ("frontLeft", "frontRight", "rearLeft", "rearRight"))
    assert flagged == 0
    # Parked: every tyre sensor sleeps while the 12 V battery keeps reporting for hours: nothing is missing.
    ts = 1_700_000_000.0 + 5 * 86_400
    for hour in range(12):
        monitor.update(sig.LV_VOLTAGE, 12.6, ts + hour * 3600)
    assert not [a for a in monitor.alerts.active() if a.id.startswith("sensor.")]


@pytest.mark.parametrize(
    ("path", "value", "ts"),
    [
        (FL, "250", 1_700_000_000.0),
        (FL, 250.5, 1_700_000_000.0),  # int signal
        (FL, 5000, 1_700_000_000.0),
        (FL, math.nan, 1_700_000_000.0),
        (FL, True, 1_700_000_000.0),
        (FL, 250, math.inf),
        (FL, 250, "yesterday"),
        (FL, 250, -1),
        (sig.DTC_LIST, ["P0A80", "bogus"], 1_700_000_000.0),
        (sig.DTC_LIST, "P0A80", 1_700_000_000.0),
        (sig.DTC_LIST, ["P0A80"] * 65, 1_700_000_000.0),
        (sig.LV_VOLTAGE, -1.0, 1_700_000_000.0),
    ],
)
def test_bad_updates_rejected_last_good_kept(monitor, path, value, ts, caplog):
    monitor.update(FL, 240, 1_699_999_000.0)
    monitor.update(sig.DTC_LIST, ["P0562"], 1_699_999_000.0)
    monitor.update(sig.LV_VOLTAGE, 12.5, 1_699_999_000.0)
    assert monitor.update(path, value, ts) is False
    assert "rejected" in caplog.text
    assert monitor.value(FL) == 240 and [d.code for d in monitor.dtcs()] == ["P0562"]
    assert monitor.value(sig.LV_VOLTAGE) == 12.5


def test_unknown_signal_ignored(monitor):
    assert monitor.update("Vehicle.Made.Up", 1, 1_700_000_000.0) is False
    assert monitor.update(None, 1, 1_700_000_000.0) is False
    assert monitor.rejected == 0


def test_backward_clock_jump_ignored_and_recovers(monitor):
    t = 1_700_000_000.0
    assert monitor.update(FL, 250, t)
    assert not monitor.update(FL, 100, t - 3600)  # clock jumped back an hour
    assert monitor.value(FL) == 250 and monitor.alerts.count() == 0
    assert not monitor.update(FL, 250, t)  # duplicate (retained redelivery)
    assert monitor.update(FL, 249, t + 1)
    pts = monitor.trend("tyre.frontLeft", 1, until=t + 10)
    assert [p.min for p in pts] == [249.0] or min(p.min for p in pts) == 249.0


def test_tyre_prediction_follows_the_latest_reading(monitor):
    hs.play(hs.slow_leak(days=16, leak_start_day=10, kpa_per_day=4.0), monitor)
    kpa = Formats(pressure_unit="kPa")
    before = monitor.alerts.get("predict.tyre_leak.frontLeft")
    assert before is not None
    # A new reading, no new prediction run: the sentence, the tyre list and the alert name the new value.
    now = monitor.now + 1
    assert monitor.update(FL, 199, now)
    leak = next(p for p in monitor.predictions() if p.key == "tyre_leak.frontLeft")
    assert leak.text.render(formats=kpa).startswith("Front-left tyre at 199 kPa, losing")
    assert monitor.tyres()[0]["pressure"] == 199 and monitor.tyres()[0]["prediction"] == leak.text
    after = monitor.alerts.get("predict.tyre_leak.frontLeft")
    assert after.title == leak.text and after.since == before.since


def test_predictions_on_the_worker_are_applied_on_the_owner_thread(tmp_path):
    """With a worker, the owner's thread flushes, hands over a snapshot and applies the result; the predictions
    themselves run on the worker thread. A newer request supersedes the older."""
    import queue
    import threading

    from hmi.health import monitor as monitor_module

    m = HealthMonitor(tmp_path / "h.db", config=CFG)
    posted: queue.Queue = queue.Queue()
    assert m.use_worker(posted.put)
    threads = []
    compute = monitor_module.compute_predictions

    def spy(*args, **kwargs):
        threads.append(threading.get_ident())
        return compute(*args, **kwargs)

    monitor_module.compute_predictions = spy
    try:
        hs.play(hs.slow_leak(days=16, leak_start_day=10, kpa_per_day=4.0), m)
        commits = m.history.flush_gen
        m.request_predictions()
        m.request_predictions()  # the newer request wins; the older is cancelled or its result dropped
        assert m.history.flush_gen == commits, "a request hands over the buffer; it does not commit"
        assert m.predictions_pending
        applied = 0
        while m.predictions_pending:
            posted.get(timeout=10)()  # the owner's loop runs what the worker posted
            applied += 1
        assert threads and threading.get_ident() not in threads
        leak = next(p for p in m.predictions() if p.key == "tyre_leak.frontLeft")
        assert leak.state == "trend" and m.alerts.get("predict.tyre_leak.frontLeft") is not None
        # The same result as computed on this thread from the committed history.
        assert [p.text for p in m.refresh_predictions()] == [p.text for p in m.predictions()]
        assert m._worker.cancelled >= 1
    finally:
        monitor_module.compute_predictions = compute
        m.close()


def test_history_survives_restart(tmp_path):
    events = hs.slow_leak(days=14, leak_start_day=9, start_ts=time.time() - 14 * 86400)
    m = HealthMonitor(tmp_path / "h.db", config=CFG)
    hs.play(events, m)
    before = m.refresh_predictions()[0]
    m.close()
    m2 = HealthMonitor(tmp_path / "h.db", config=CFG)
    try:
        # Retained values come again after a restart with their old timestamps: ignored, not double counted.
        last = [e for e in events if e["signal"] == FL][-1]
        assert m2.update(last["signal"], last["value"], last["ts"]) is False
        m2.now = last["ts"]
        after = m2.refresh_predictions()[0]
        assert after.state == "trend" and after.slope_per_day == pytest.approx(before.slope_per_day, abs=0.05)
        assert len(m2.trend(COLD_PRESSURE["frontLeft"], 7)) > 100
    finally:
        m2.close()


def test_no_resting_samples_while_driving_or_charging(monitor):
    t = 1_700_000_000.0
    monitor.update(sig.GEAR, sig.GEAR_PARK, t)
    monitor.update(sig.IS_CHARGING, True, t)
    for i in range(1, 200):
        monitor.update(sig.LV_VOLTAGE, 14.0, t + i * 60)
    monitor.update(sig.IS_CHARGING, False, t + 200 * 60)
    monitor.update(sig.GEAR, sig.GEAR_DRIVE, t + 201 * 60)
    for i in range(202, 300):
        monitor.update(sig.LV_VOLTAGE, 14.1, t + i * 60)
    assert monitor.history.series(RESTING_VOLTAGE, 0) == []
    monitor.update(sig.GEAR, sig.GEAR_PARK, t + 300 * 60)
    for i in range(301, 400):
        monitor.update(sig.LV_VOLTAGE, 12.6, t + i * 60)
    pts = monitor.history.series(RESTING_VOLTAGE, 0, resolution="minute")
    assert pts and pts[0].ts >= t + (300 * 60 + CFG.rest_s) - 60 and all(p.mean == 12.6 for p in pts)
    # Unplugging while parked: rest (for the 12 V battery) restarts at the unplug.
    monitor.update(sig.CABLE_CONNECTED, True, t + 400 * 60)
    monitor.update(sig.LV_VOLTAGE, 13.9, t + 401 * 60)
    monitor.update(sig.CABLE_CONNECTED, False, t + 402 * 60)
    monitor.update(sig.LV_VOLTAGE, 13.2, t + 403 * 60)
    assert max(p.max for p in monitor.history.series(RESTING_VOLTAGE, 0, resolution="minute")) == 12.6


def test_threshold_alerts_and_acknowledge(monitor):
    t = 1_700_000_000.0
    for i in range(10):
        monitor.update(FL, 140, t + i * 2)
    a = monitor.alerts.get("tyre.frontLeft")
    assert a.severity == "critical" and a.action == "Stop safely now"
    assert monitor.tyres()[0]["low"] is True
    assert monitor.acknowledge("tyre.frontLeft") and monitor.alerts.overlay() is None
    monitor.update(sig.SERVICE_DISTANCE, 500.0, t + 30)
    assert monitor.alerts.get("service").title == "Service recommended (in 500 km)"
    monitor.update(sig.SERVICE_DISTANCE, -20.0, t + 31)
    assert monitor.alerts.get("service").title == "Service overdue by 20 km"


def test_service_centres_near_the_car(monitor):
    assert monitor.service_centres() == []  # position unknown
    monitor.update(sig.LATITUDE, 47.141, 1_700_000_000.0)
    monitor.update(sig.LONGITUDE, 9.521, 1_700_000_000.0)
    centres = monitor.service_centres()
    assert len(centres) == 3
    assert [c["distanceKm"] for c in centres] == sorted(c["distanceKm"] for c in centres)
    assert centres[0]["distanceKm"] < 2.0 and centres[0]["distanceText"].endswith("km")


def test_status_without_data(monitor):
    assert monitor.status() == ("unknown", "Waiting for vehicle data")
    monitor.update(sig.SOC, 80.0, 1_700_000_000.0)
    assert monitor.status() == ("ok", "All systems OK")
    with pytest.raises(ValueError):
        monitor.trend("soc", 0)


JUNK = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.lists(st.text(max_size=6), max_size=70),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    updates=st.lists(
        st.tuples(
            st.one_of(st.sampled_from(sorted(sig.BY_PATH)), st.text(max_size=30)),
            JUNK,
            st.one_of(st.floats(1.6e9, 1.8e9), JUNK),
        ),
        max_size=30,
    )
)
def test_fuzz_updates_never_raise(monitor, updates, caplog):
    for path, value, ts in updates:
        assert monitor.update(path, value, ts) in (True, False)
    assert "failed" not in caplog.text  # rejected with a reason, never by the safety net
    level, text = monitor.status()
    assert level in ("ok", "info", "warning", "critical", "unknown") and text
    monitor.refresh_predictions()
