"""Predictions on synthetic series with known truth, too little data, noise, outliers, gaps, clock jumps."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hmi.health import predict
from hmi.health.predict import (
    compensate_pressure,
    predict_hv_soh,
    predict_lv_decline,
    predict_service_due,
    predict_tyre_leak,
    prepare_series,
    theil_sen,
)
from hmi.i18n import Quantity
from hmi.units import Formats

T0 = 1_700_000_000.0
H = 3600.0
D = 86400.0

# Stated tolerances (README/report): slope within ±0.3 kPa/day, days-to-threshold within ±1 day or ±15 %.
SLOPE_TOL = 0.3
KPA = Formats(pressure_unit="kPa")  # the sentences below with pressures in kPa


def leak_series(days=4.0, rate=4.0, start=250.0, noise=0.7, step=H, seed=0):
    rng = np.random.default_rng(seed)
    t = T0 + np.arange(0, days * D + 1, step)
    y = start - rate * (t - T0) / D + rng.normal(0, noise, t.size)
    return t, np.round(y)  # the contract's pressures are integer kPa


def test_compensation_ideal_gas():
    assert compensate_pressure(250.0, 20.0) == pytest.approx(250.0)
    # 10 °C colder: absolute pressure scales with kelvin, so gauge drops by (p+atm)*10/293.15.
    cold = (250 + 101.325) * 283.15 / 293.15 - 101.325
    assert compensate_pressure(cold, 10.0) == pytest.approx(250.0)
    assert compensate_pressure(0.0, 20.0) == pytest.approx(0.0)


@pytest.mark.parametrize(("rate", "start"), [(4.0, 250.0), (2.0, 240.0), (8.0, 260.0), (1.5, 250.0)])
def test_tyre_leak_known_truth(rate, start):
    t, y = leak_series(rate=rate, start=start)
    p = predict_tyre_leak("frontLeft", t, y)
    assert p.state == "trend" and p.severity == "warning"
    assert p.slope_per_day == pytest.approx(-rate, abs=SLOPE_TOL)
    level_now = start - rate * 4.0
    true_days = (level_now - predict.SAFE_TYRE_KPA) / rate
    assert p.days_to_threshold == pytest.approx(true_days, abs=max(1.0, 0.15 * true_days))
    rate_arg = p.text.args["rate"]
    assert rate_arg.kind == "pressure_delta_kpa" and rate_arg.value == pytest.approx(rate, abs=SLOPE_TOL)
    assert p.text.render(formats=KPA).startswith(f"Front-left tyre losing ~{rate_arg.value:.1f} kPa/day")
    assert "below safe pressure" in p.text
    assert p.n_points == t.size and p.span_days == pytest.approx(4.0)
    assert "Based on 4 days of data" in p.basis and "confidence" in p.basis


def test_issue_example_text():
    # 234 kPa now, -4 kPa/day, 210 safe → 6 days, exactly the issue's sentence.
    t, y = leak_series(rate=4.0, start=250.0, noise=0.0)
    p = predict_tyre_leak("frontLeft", t, y)
    assert p.text.render(formats=KPA) == "Front-left tyre losing ~4.0 kPa/day — below safe pressure in about 6 days"
    assert p.text == "Front-left tyre losing ~0.04 bar/day — below safe pressure in about 6 days"  # default units


def test_steady_tyre_is_stable_not_a_prediction():
    t, y = leak_series(rate=0.0)
    p = predict_tyre_leak("rearRight", t, y)
    assert p.state == "stable" and p.severity == "ok" and "steady at 250 kPa" in p.text.render(formats=KPA)
    assert p.text.args["level"] == Quantity("pressure_kpa", 250.0)


def test_natural_permeation_is_not_a_leak():
    t, y = leak_series(rate=0.3, days=4)
    assert predict_tyre_leak("frontLeft", t, y).state == "stable"


@pytest.mark.parametrize(("days", "step"), [(1.0, H), (4.0, 6 * H), (0.0, H)])
def test_too_little_data_withheld(days, step):
    t, y = leak_series(days=days, step=step)
    p = predict_tyre_leak("frontLeft", t, y)
    assert p.state == "withheld" and p.days_to_threshold is None and p.slope_per_day is None
    assert p.text.startswith("Not enough data yet")


def test_empty_and_non_finite_input_withheld():
    assert predict_tyre_leak("frontLeft", [], []).state == "withheld"
    assert predict_tyre_leak("frontLeft", [math.nan] * 50, [1.0] * 50).state == "withheld"


def test_too_noisy_withheld():
    t, y = leak_series(noise=10.0)
    p = predict_tyre_leak("frontLeft", t, y)
    assert p.state == "withheld" and "irregular" in p.text


def test_outliers_do_not_break_the_trend():
    t, y = leak_series()
    y = y.copy()
    rng = np.random.default_rng(5)
    idx = rng.choice(t.size, size=t.size // 5, replace=False)  # 20 % wild readings
    y[idx] = rng.choice([0.0, 400.0, 999.0], size=idx.size)
    p = predict_tyre_leak("frontLeft", t, y)
    assert p.state == "trend" and p.slope_per_day == pytest.approx(-4.0, abs=SLOPE_TOL)


def test_gaps_do_not_break_the_trend():
    t, y = leak_series()
    keep = ~(((t - T0) > 0.8 * D) & ((t - T0) < 2.6 * D))  # a 1.8-day hole (car away, sensor asleep)
    p = predict_tyre_leak("frontLeft", t[keep], y[keep])
    assert p.state == "trend" and p.slope_per_day == pytest.approx(-4.0, abs=SLOPE_TOL)


def test_backward_clock_jump_is_rebased():
    t, y = leak_series()
    jumped = t.copy()
    jumped[50:] -= 3 * D  # RTC reset in the middle: new samples claim to be 3 days old
    clean_t, _clean_y = prepare_series(jumped, y)
    assert np.all(np.diff(clean_t) > 0)
    assert clean_t[-1] - clean_t[0] == pytest.approx(t[-1] - t[0], abs=2 * H)
    p = predict_tyre_leak("frontLeft", jumped, y)
    assert p.slope_per_day == pytest.approx(-4.0, abs=SLOPE_TOL)
    # Without rebasing the folded data would not give the truth:
    order = np.argsort(jumped)
    naive = theil_sen(jumped[order], y[order])
    assert abs(naive.slope + 4.0) > SLOPE_TOL


def test_prepare_series_averages_duplicates_and_sorts_small_reorders():
    t, y = prepare_series([10.0, 30.0, 20.0, 30.0], [1.0, 3.0, 2.0, 5.0])
    assert list(t) == [10.0, 20.0, 30.0] and list(y) == [1.0, 2.0, 4.0]
    with pytest.raises(ValueError):
        prepare_series([1.0, 2.0], [1.0])


@settings(max_examples=30, deadline=None)
@given(
    slope=st.floats(-20, 20),
    intercept=st.floats(-100, 300),
    n=st.integers(5, 120),
)
def test_theil_sen_recovers_exact_lines(slope, intercept, n):
    t = T0 + np.arange(n) * H
    fit = theil_sen(t, intercept + slope * (t - T0) / D)
    assert fit is not None
    assert fit.slope == pytest.approx(slope, abs=1e-6)
    assert fit.ci_low <= fit.slope <= fit.ci_high


def test_theil_sen_large_input_is_thinned_and_fast():
    t = T0 + np.arange(20_000) * 60.0
    fit = theil_sen(t, 5.0 - 2.0 * (t - T0) / D)
    assert fit.slope == pytest.approx(-2.0, abs=1e-3) and fit.n == 20_000  # basis reports every reading used
    # The confidence interval comes from the thinned set (<= MAX_FIT_POINTS), so it stays finite and honest.
    assert fit.ci_low <= fit.slope <= fit.ci_high


def test_lv_decline_known_truth():
    rng = np.random.default_rng(2)
    t = T0 + np.arange(0, 20 * D, 2 * H)
    v = 12.6 - 0.01 * (t - T0) / D + rng.normal(0, 0.01, t.size)
    p = predict_lv_decline(t, v)
    assert p.state == "trend" and "replace soon" in p.text
    assert p.slope_per_day == pytest.approx(-0.01, abs=0.002)
    true_days = (12.6 - 0.2 - predict.LV_REPLACE_V) / 0.01
    assert p.days_to_threshold == pytest.approx(true_days, rel=0.15)
    assert "V/week" in p.text


def test_lv_steady_and_too_short():
    t = T0 + np.arange(0, 20 * D, 2 * H)
    assert predict_lv_decline(t, np.full(t.size, 12.6)).state == "stable"
    assert predict_lv_decline(t[:20], np.full(20, 12.6)).state == "withheld"


def test_hv_soh_projection():
    rng = np.random.default_rng(3)
    t = T0 + np.arange(0, 120 * D, 6 * H)
    soh = 92.0 - 0.01 * (t - T0) / D + rng.normal(0, 0.1, t.size)
    p = predict_hv_soh(t, soh)
    assert p.state == "trend"
    assert p.projected == pytest.approx(92.0 - 0.01 * 120 - 0.01 * 365, abs=0.8)
    assert "in 12 months" in p.text and "Based on 120 days" in p.basis
    assert predict_hv_soh(t[:40], soh[:40]).state == "withheld"  # 10 days is not enough


def test_hv_soh_never_projects_recovery():
    t = T0 + np.arange(0, 60 * D, D)
    p = predict_hv_soh(t, 90.0 + 0.02 * (t - T0) / D)
    assert p.projected == pytest.approx(p.level)


def test_service_due_from_distance_rate():
    t = T0 + np.arange(0, 21 * D, 6 * H)
    odo = 42_000 + 50.0 * (t - T0) / D
    p = predict_service_due(t, odo, 600.0)
    assert p.state == "trend" and p.days_to_threshold == pytest.approx(12.0, abs=1.0)
    assert p.severity == "info" and "Service due in about 12 days" in p.text
    assert predict_service_due(t, odo, 5000.0).severity == "ok"
    assert predict_service_due(t, odo, -50.0).severity == "warning"
    assert predict_service_due(t, odo, None).state == "withheld"
    assert predict_service_due(t[:8], odo[:8], 600.0).state == "withheld"
    parked = predict_service_due(t, np.full(t.size, 42_000.0), 600.0)
    assert parked.state == "stable" and parked.days_to_threshold is None


def test_as_dict_is_plain():
    t, y = leak_series()
    d = predict_tyre_leak("frontLeft", t, y).as_dict()
    assert d["key"] == "tyre_leak.frontLeft" and isinstance(d["text"], str) and isinstance(d["points"], int)
