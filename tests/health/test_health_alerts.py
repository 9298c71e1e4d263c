"""Alert hysteresis (no flapping on a noisy signal), severity levels, acknowledge."""

import itertools

import numpy as np
import pytest

from hmi.health.alerts import AlertManager, Hysteresis, Level, RuleEngine, ThresholdRule
from hmi.health.predict import tyre_label
from hmi.i18n import Quantity
from hmi.units import Formats

T0 = 1_700_000_000.0
P = "Vehicle.Chassis.Axle.Row1.Wheel.Left.Tire.Pressure"


def tyre_rule():
    return ThresholdRule("tyre.frontLeft", P, tyre_label("frontLeft"), below=True, kind="pressure_kpa", levels=(
        Level("warning", 210, 218, "tyre_low", "action_check_tyre", hold_s=60, clear_hold_s=120),
        Level("critical", 150, 165, "tyre_very_low", "action_stop", hold_s=5, clear_hold_s=60),
    ))  # fmt: skip


def transitions(states):
    return sum(1 for a, b in itertools.pairwise(states) if a != b)


def test_noisy_signal_around_threshold_does_not_flap():
    rng = np.random.default_rng(0)
    h = Hysteresis(210, 218, below=True, hold_s=60, clear_hold_s=120)
    # 2 hours at 1 Hz hovering around the threshold (210 ± 3 kPa noise).
    states = [h.update(210 + rng.normal(0, 3), T0 + i) for i in range(7200)]
    assert transitions(states) <= 1
    # Naive threshold would flap thousands of times on the same data.
    rng = np.random.default_rng(0)
    naive = [210 + rng.normal(0, 3) < 210 for _ in range(7200)]
    assert transitions(naive) > 1000


def test_set_needs_hold_time_and_clear_needs_the_clear_threshold():
    h = Hysteresis(210, 218, below=True, hold_s=60, clear_hold_s=120)
    assert not h.update(205, T0)
    assert not h.update(205, T0 + 59)
    assert h.update(205, T0 + 60)
    assert h.update(215, T0 + 500)  # between thresholds: stays set
    assert h.update(219, T0 + 600)  # above clear: clock starts
    assert h.update(219, T0 + 719)
    assert not h.update(219, T0 + 720)


def test_brief_dip_does_not_set():
    h = Hysteresis(210, 218, below=True, hold_s=60, clear_hold_s=120)
    for i in range(50):
        h.update(200 if i % 10 < 5 else 230, T0 + i * 10)  # 50 s low, 50 s high, repeat
    assert not h.active


def test_backward_timestamps_do_not_advance_hold():
    h = Hysteresis(210, 218, below=True, hold_s=60, clear_hold_s=120)
    h.update(205, T0 + 100)
    assert not h.update(205, T0)  # clock jumped back; still only "0 s" held
    assert not h.update(205, T0 + 159)
    assert h.update(205, T0 + 160)


def test_above_rule_and_zero_hold():
    h = Hysteresis(150, 140, below=False, hold_s=0, clear_hold_s=0)
    assert h.update(151, T0) and h.update(145, T0 + 1) and not h.update(139, T0 + 2)


def test_rule_validation():
    with pytest.raises(ValueError):
        ThresholdRule("x", P, "", below=True, levels=(Level("warning", 210, 200, "tyre_low", "action_stop"),))
    with pytest.raises(ValueError):
        ThresholdRule("x", P, "", below=False, levels=(Level("fatal", 1, 0, "tyre_low", "action_stop"),))


def test_engine_escalates_and_clears_with_driver_texts():
    m = AlertManager()
    changes = []
    m.subscribe(lambda: changes.append(1))
    eng = RuleEngine([tyre_rule()], m)
    eng.feed(P, 200, T0)
    eng.feed(P, 200, T0 + 60)
    a = m.get("tyre.frontLeft")
    assert a.severity == "warning" and a.action == "Check tyre pressure at the next stop"
    assert a.title == "Front-left tyre pressure low (2.0 bar)"  # English source text, default units
    assert a.title.render(formats=Formats(pressure_unit="kPa")) == "Front-left tyre pressure low (200 kPa)"
    assert a.title.args["value"] == Quantity("pressure_kpa", 200.0)
    eng.feed(P, 140, T0 + 61)
    eng.feed(P, 140, T0 + 66)
    a = m.get("tyre.frontLeft")
    assert a.severity == "critical" and a.action == "Stop safely now" and a.since == T0 + 60
    assert m.overlay().id == "tyre.frontLeft"
    for i in range(10):
        eng.feed(P, 250, T0 + 100 + i * 30)
    assert m.get("tyre.frontLeft") is None and m.count() == 0
    assert changes


def test_acknowledge_survives_updates_but_not_escalation():
    m = AlertManager()
    m.set("a", "warning", "Low", "Check", T0)
    assert m.acknowledge("a") and not m.acknowledge("a") and not m.acknowledge("missing")
    assert m.count() == 1 and m.count(unacknowledged_only=True) == 0
    m.set("a", "warning", "Lower", "Check", T0 + 1)
    assert m.get("a").acknowledged
    m.set("a", "critical", "Very low", "Stop safely now", T0 + 2)
    assert not m.get("a").acknowledged and m.overlay().id == "a"
    m.acknowledge("a")
    assert m.overlay() is None and m.top().id == "a"


def test_ordering_and_clear_prefix():
    m = AlertManager()
    m.set("dtc.P0562", "warning", "t", "a", T0 + 5)
    m.set("dtc.P0AA6", "critical", "t", "a", T0 + 9)
    m.set("service", "info", "t", "a", T0)
    assert [a.id for a in m.active()] == ["dtc.P0AA6", "dtc.P0562", "service"]
    m.clear_prefix("dtc.", keep={"dtc.P0562"})
    assert [a.id for a in m.active()] == ["dtc.P0562", "service"]
    assert not m.set("service", "info", "t", "a", T0 + 100)  # nothing visible changed
    with pytest.raises(ValueError):
        m.set("x", "ok", "t", "a", T0)


def test_listener_exception_does_not_break_manager(caplog):
    m = AlertManager()
    m.subscribe(lambda: 1 / 0)
    m.set("a", "info", "t", "x", T0)
    assert m.count() == 1 and "listener failed" in caplog.text
