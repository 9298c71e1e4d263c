"""The simulated battery follows the planner's consumption model and the charging curve."""

from __future__ import annotations

import pytest

from hmi.nav.ev.battery_sim import SimBattery
from hmi.nav.ev.charging import curve_for
from hmi.nav.ev.planner import plan_trip
from hmi.nav.ev.synthetic import grid_graph


def test_driving_a_plan_leg_matches_its_prediction(leaf):
    g = grid_graph(1, 30, 2000.0, 90.0)
    plan = plan_trip(
        g, leaf, [], (float(g.node_lat[0]), float(g.node_lon[0])), (float(g.node_lat[29]), float(g.node_lon[29])), 80.0
    )
    bat = SimBattery(leaf, 80.0)
    for e in plan.legs[0].edges:  # drive edge by edge in 1 s steps
        length, t = float(g.edge_length_m[e]), float(g.edge_time_s[e])
        steps = int(t)
        for _ in range(steps):
            bat.drive(length / t, 1.0)
        bat.drive(length / t * (t - steps), t - steps)
    assert bat.soc == pytest.approx(plan.arrival_soc, abs=1e-6)
    assert bat.power_w < 0  # drawing from the battery


def test_detour_factor_and_charging_follows_the_curve(leaf):
    normal, detour = SimBattery(leaf, 50.0), SimBattery(leaf, 50.0, consumption_factor=1.4)
    for _ in range(600):
        normal.drive(25.0, 1.0)
        detour.drive(25.0, 1.0)
    assert 50 - detour.soc == pytest.approx(1.4 * (50 - normal.soc))
    bat = SimBattery(leaf, 20.0)
    t = curve_for(leaf, "chademo", 50.0).time_s(20.0, 60.0)
    assert bat.time_to_limit_s("chademo", 50.0, 60.0) == pytest.approx(t)
    steps = int(t)
    for _ in range(steps):
        bat.charge(1.0, "chademo", 50.0, limit_pct=80)
    bat.charge(t - steps, "chademo", 50.0, limit_pct=80)
    assert bat.soc == pytest.approx(60.0, abs=1e-6)
    assert bat.power_w > 30_000
    for _ in range(3600):
        bat.charge(1.0, "chademo", 50.0, limit_pct=80)
    assert bat.soc == 80.0 and bat.charge(1.0, "chademo", 50.0, limit_pct=80) == 80.0 and bat.power_w == 0


def test_invalid_construction(leaf):
    with pytest.raises(ValueError):
        SimBattery(leaf, float("nan"))
    with pytest.raises(ValueError):
        SimBattery(leaf, 50, consumption_factor=10)
    bat = SimBattery(leaf, 50)
    assert bat.drive(float("nan"), 1.0) == 50 and bat.drive(10.0, 0.0) == 50


def test_outside_temperature_changes_consumption_and_nonsense_is_ignored(leaf):
    bat = SimBattery(leaf, 50.0, outside_temp_c=20.0)
    mild = bat.model
    for bad in (float("nan"), float("inf"), -300.0, 1e9):
        bat.set_outside_temp(bad)
        assert bat.model is mild
    bat.set_outside_temp(20.05)  # no rebuild for noise
    assert bat.model is mild
    bat.set_outside_temp(-10.0)
    assert bat.model.outside_temp_c == -10.0 and bat.model.aux_kw == leaf.aux_kw(-10.0)
    cold_kwh = 50 - bat.drive(25_000.0, 1000.0)
    warm = SimBattery(leaf, 50.0, outside_temp_c=20.0)
    assert cold_kwh > 1.2 * (50 - warm.drive(25_000.0, 1000.0))


def test_power_now_regenerates_on_braking_and_scales_drawn_power(leaf):
    bat = SimBattery(leaf, 50.0, consumption_factor=1.5)
    steady = bat.model.power_kw(25.0)
    assert bat.power_now_w(25.0) == pytest.approx(-1500.0 * steady)  # drawing: VSS sign is negative
    assert bat.power_now_w(25.0, -2.0) > 0  # braking charges the battery
    assert bat.power_now_w(25.0, -2.0) <= leaf.max_regen_kw * 1000
    assert bat.power_now_w(0.0) == pytest.approx(-1500.0 * leaf.aux_kw(20.0))  # standing: heating/aux only
