"""The trend statistics: Student-t quantiles, serial correlation, and the calibration of the 95 % slope interval.

The coverage test is the point: simulated AR(1) noise at φ ∈ {0, 0.5, 0.9, 0.97}, at the sampling, gaps and
window lengths the app fits (``hmi.health.synthetic``), and a known true slope. Sen's interval for independent
residuals — what the app used before — is run on the same series and must fail where the widened one passes,
so the test can tell the two apart. Seeded, so it is repeatable.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from hmi.health import predict, stats, synthetic
from hmi.health.stats import mean_rate, sen_bounds, serial_correlation, t_cdf, t_quantile, theil_sen

#: (kind, marginal noise sd, true slope per day, runs per φ): tyre windows are cheap, so they carry the precise
#: figure; the 12 V and battery-health windows (up to 200 fitted points) fewer runs.
CASES = [("tyre", 1.5, -2.0, 300), ("lv", 0.02, -0.004, 80), ("soh", 0.3, -0.004, 80)]
PHIS = (0.0, 0.5, 0.9, 0.97)


@pytest.mark.parametrize(
    ("df", "q975"),
    [(1, 12.7062), (2, 4.3027), (3, 3.1824), (5, 2.5706), (10, 2.2281), (30, 2.0423), (120, 1.9799), (1e7, 1.9600)],
)
def test_t_quantiles_match_the_table(df, q975):
    assert t_quantile(0.975, df) == pytest.approx(q975, abs=2e-4)
    assert t_cdf(q975, df) == pytest.approx(0.975, abs=1e-4)


def test_t_distribution_symmetry_and_edges():
    assert t_quantile(0.025, 7) == pytest.approx(-t_quantile(0.975, 7))
    assert t_quantile(0.5, 3) == pytest.approx(0.0, abs=1e-9)
    assert t_cdf(0.0, 4.5) == pytest.approx(0.5)
    assert t_quantile(1.0, 5) == math.inf and t_quantile(0.0, 5) == -math.inf
    assert 6.0 < t_quantile(0.975, 1.5) < 12.7  # real degrees of freedom between the table's rows
    with pytest.raises(ValueError):
        t_quantile(1.5, 3)
    with pytest.raises(ValueError):
        t_quantile(0.9, 0)


def test_lag1_moments_match_simulation():
    # The closed-form mean and spread of the residual lag-1 autocorrelation, against a Monte Carlo of the
    # same design (OLS detrending here: an independent route to the same quantity).
    t = synthetic.times("tyre", 4.0)
    design = stats._Design(t)
    x = np.column_stack([np.ones_like(t), t - t.mean()])
    for phi in (0.0, 0.6, 0.95):
        rng = np.random.default_rng(1)
        r1 = []
        for _ in range(400):
            y = synthetic.ar1(rng, t.size, phi, 1.0)
            resid = y - x @ np.linalg.lstsq(x, y, rcond=None)[0]
            num, den = stats._lag1(stats._clean(resid, design.q), design.pairs)
            r1.append(num / den)
        mean, sd = design.r1_moments(phi)
        assert mean == pytest.approx(np.mean(r1), abs=0.02)
        assert sd == pytest.approx(np.std(r1), rel=0.25)


def test_serial_correlation_of_long_series():
    rng = np.random.default_rng(2)
    t = synthetic.T0 + np.arange(300) * 3600.0
    white = serial_correlation(t, rng.normal(size=300))
    assert white.phi < 0.2 and white.inflation < 1.5 and white.df > 200
    red = serial_correlation(t, synthetic.ar1(rng, 300, 0.8, 1.0))
    assert 0.7 < red.phi < 0.95 and red.inflation > 4 and red.n_eff < 300 / 4 and red.df < white.df
    # Residuals that are all equal carry no correlation to estimate: independent, not a division by zero.
    flat = serial_correlation(t, np.zeros(300))
    assert math.isfinite(flat.inflation) and flat.inflation >= 1.0


def test_sen_bounds_unbounded_for_too_few_points():
    slopes = np.sort(np.array([1.0, 2.0, 3.0]))
    assert sen_bounds(slopes, 3) == (-math.inf, math.inf)
    fit = theil_sen(np.array([0.0, 3600.0, 7200.0]), np.array([1.0, 2.0, 2.5]))
    assert fit is not None and not fit.bounded and fit.includes_zero() and fit.halfwidth == math.inf


RULES = {"tyre": predict.TYRE_RULE, "lv": predict.LV_RULE, "soh": predict.SOH_RULE}


def coverage(kind: str, sd: float, slope: float, runs: int, phi: float, *, independent: bool) -> float:
    """How often the 95 % interval of the fit the app makes (``predict.fit_window``: its window, its noise record)
    holds the true slope; ``independent``: Sen's interval for independent residuals on the same window."""
    rule = RULES[kind]
    rng = np.random.default_rng(int(phi * 1000) + 17)
    covered = 0
    for _ in range(runs):
        t, y = synthetic.sample(kind, rng, phi=phi, sd=sd, level=100.0, slope_per_day=slope)
        if independent:
            window = t >= t[-1] - rule.window_days * 86400.0
            fit = theil_sen(t[window], y[window], independent=True)
        else:
            fit, _, _ = predict.fit_window(t, y, rule)
        covered += fit.ci_low <= slope <= fit.ci_high
    return covered / runs


@pytest.mark.parametrize(("kind", "sd", "slope", "runs"), CASES)
def test_95_percent_interval_covers_the_true_slope(kind, sd, slope, runs):
    got = {phi: coverage(kind, sd, slope, runs, phi, independent=False) for phi in PHIS}
    assert all(c >= 0.90 for c in got.values()), got
    # Honest, not merely wide: with independent noise it is not far above the stated 95 %.
    assert got[0.0] <= 0.995, got
    # The interval that assumes independent residuals is overconfident on the same series.
    naive = coverage(kind, sd, slope, runs // 2, 0.9, independent=True)
    assert naive < 0.85, naive


def test_mean_rate_interval_covers_the_true_rate():
    # Daily odometer readings: 40 km/day on average, irregular and correlated from day to day (the process is
    # rarely below zero; it is the interval's calibration that is tested, not the odometer).
    rate, covered, runs = 40.0, 0, 200
    rng = np.random.default_rng(5)
    t = synthetic.T0 + np.arange(30) * 86400.0
    for _ in range(runs):
        daily = rate + synthetic.ar1(rng, 29, 0.5, 15.0)
        fit = mean_rate(t, 42_000 + np.r_[0.0, np.cumsum(daily)])
        covered += fit.ci_low <= rate <= fit.ci_high
    assert covered / runs >= 0.90
    assert mean_rate(t[:3], np.arange(3.0)) is None
