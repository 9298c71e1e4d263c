"""Charging curves: exact integration against closed forms and fine numeric integration, caps, inverse."""

from __future__ import annotations

import math

import numpy as np
import pytest

from hmi.nav.ev.charging import AC_SITE_CAP_KW, ChargingCurve, best_curve, curve_for


def test_constant_power_is_energy_over_power():
    c = ChargingCurve([(0, 50.0), (100, 50.0)], 40.0)
    # 20 → 80 % of 40 kWh = 24 kWh at 50 kW = 0.48 h
    assert c.time_s(20, 80) == pytest.approx(0.48 * 3600)


def test_linear_taper_matches_closed_form():
    # P(s) = 50 − 0.4·(s − 50) on 50…100 % → t = E%·3600·ln(P1/P0)/k
    c = ChargingCurve([(0, 50.0), (50, 50.0), (100, 30.0)], 60.0)
    k = -20.0 / 50.0
    expected = 0.6 * 3600 * math.log(30.0 / 50.0) / k
    assert c.time_s(50, 100) == pytest.approx(expected, rel=1e-12)
    # split at 70 %: additive
    assert c.time_s(50, 70) + c.time_s(70, 100) == pytest.approx(expected, rel=1e-12)


def test_random_curves_match_numeric_integration():
    rng = np.random.default_rng(7)
    for _ in range(30):
        socs = np.concatenate(([0.0], np.sort(rng.uniform(1, 99, 5)), [100.0]))
        power = rng.uniform(3, 150, len(socs))
        cap = float(rng.uniform(5, 160))
        c = ChargingCurve(list(zip(socs, power, strict=True)), 50.0, cap)
        a, b = sorted(rng.uniform(0, 100, 2))
        s = np.linspace(a, b, 200_001)
        p = np.minimum(np.interp(s, socs, power), cap)
        numeric = np.trapezoid(0.5 * 3600 / p, s)
        assert c.time_s(a, b) == pytest.approx(numeric, rel=1e-6)
        # vectorised cumulative agrees with the scalar one
        xs = rng.uniform(0, 100, 20)
        assert np.allclose(c.cumulative_array(xs), [c.cumulative_s(x) for x in xs])
        # soc_after inverts time_s
        t = c.time_s(a, b)
        assert c.soc_after(a, t) == pytest.approx(b, abs=1e-7)


def test_cap_splits_pieces_and_edges():
    c = ChargingCurve([(0, 10.0), (100, 110.0)], 50.0, cap_kw=60.0)
    assert c.power_kw(50) == pytest.approx(60.0)
    assert c.power_kw(40) == pytest.approx(50.0)
    assert 50.0 in c.soc.tolist()  # breakpoint inserted where the ramp meets the cap
    assert c.time_s(80, 20) == 0.0
    assert c.soc_after(30, 0) == 30
    assert c.soc_after(30, 1e9) == 100.0
    with pytest.raises(ValueError):
        ChargingCurve([(0, 10.0), (50, 10.0)], 50.0)
    with pytest.raises(ValueError):
        ChargingCurve([(0, 10.0), (100, 0.0)], 50.0)


def test_ac_capped_by_onboard_charger_and_dc_by_station(leaf, profiles):
    ac = curve_for(leaf, "type2", 22.0)
    assert ac.power_kw(50) == pytest.approx(6.6)  # LEAF onboard charger
    dc = curve_for(leaf, "chademo", 50.0)
    assert dc.power_kw(30) > 40
    slow_dc = curve_for(leaf, "chademo", 20.0)
    assert slow_dc.power_kw(30) == pytest.approx(20.0)
    generic = profiles["generic-ccs-75"]
    # a 150 kW site's AC socket is still limited to 22 kW site cap and 11 kW onboard
    assert curve_for(generic, "type2", 150.0).power_kw(50) == pytest.approx(min(11.0, AC_SITE_CAP_KW))
    plug, _ = best_curve(leaf, ["type2", "chademo"], 50.0)
    assert plug == "chademo"
    assert best_curve(leaf, ["ccs"], 50.0) is None
    with pytest.raises(ValueError):
        curve_for(leaf, "ccs", 50.0)


def test_leaf_dc_session_in_published_order(leaf):
    # Nissan: ~40–60 min for 20 → 80 % on a 50 kW CHAdeMO for the 40 kWh LEAF
    t = curve_for(leaf, "chademo", 50.0).time_s(20, 80)
    assert 25 * 60 <= t <= 60 * 60
