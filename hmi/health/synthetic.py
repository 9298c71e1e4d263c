"""Synthetic health series with a known truth, sampled the way the predictions see them.

For the calibration tests (``tests/health/test_health_stats.py``) and the false-alarm benchmark
(``bench/bench_health.py``): a steady or drifting value plus stationary AR(1) noise, at the spacing,
gaps and window length of each kind the monitor predicts from:

``tyre``  hourly means of the 20 °C pressure while parked, 4-day window (28 days of history, which the
          noise's correlation is measured on); no samples during the morning commute and the half hour
          after it (tyres warm).
``lv``    hourly means of the resting 12 V voltage, 30-day window, the same gaps.
``soh``   daily means of the BMS's state-of-health estimate, 365-day window.

``history_year`` fills a ``History`` with a year of everything the predictions read (the GUI-thread test
and benchmark).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from hmi.health.history import History
from hmi.lazy import np

HOUR_S = 3600.0
DAY_S = 86400.0
T0 = 1_700_000_000.0
COMMUTE_H = (8.0, 9.25)
"""Parked-sample gap each day: the drive (45 min) and the half hour before tyres and battery rest again."""


@dataclass(frozen=True)
class Shape:
    """Sampling of one kind of series."""

    step_s: float
    history_days: float
    """How much history a prediction reads (its window, and for tyres the weeks before it)."""
    gaps: bool
    """Whether the daily commute leaves a gap (hourly resting series)."""


SHAPES = {
    "tyre": Shape(HOUR_S, 28.0, True),
    "lv": Shape(HOUR_S, 30.0, True),
    "soh": Shape(DAY_S, 365.0, False),
}


def ar1(rng: np.random.Generator, n: int, phi: float, sd: float) -> np.ndarray:
    """``n`` samples of stationary AR(1) noise: coefficient ``phi`` per sample, marginal standard deviation ``sd``."""
    if not 0.0 <= phi < 1.0:
        raise ValueError(f"phi must be in [0, 1), got {phi!r}")
    e = rng.normal(0.0, sd * math.sqrt(1.0 - phi * phi), n)
    x = np.empty(n)
    prev = rng.normal(0.0, sd)  # start in the stationary distribution
    x[0] = prev
    for i in range(1, n):  # a year of hourly samples is a few milliseconds
        prev = phi * prev + e[i]
        x[i] = prev
    return x


def times(kind: str, days: float, *, t0: float = T0) -> np.ndarray:
    """Sample times of ``days`` of series ``kind``."""
    shape = SHAPES[kind]
    t = t0 + np.arange(0.0, days * DAY_S + 1e-6, shape.step_s)
    if shape.gaps:
        hour = ((t - t0) % DAY_S) / HOUR_S
        t = t[~((hour >= COMMUTE_H[0]) & (hour < COMMUTE_H[1]))]
    return t


def sample(
    kind: str,
    rng: np.random.Generator,
    *,
    phi: float,
    sd: float,
    level: float,
    slope_per_day: float = 0.0,
    days: float | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """A series of ``kind`` (default: the history one prediction reads) ending at ``level`` with a true
    ``slope_per_day``."""
    t = times(kind, SHAPES[kind].history_days if days is None else days)
    y = level + slope_per_day * (t - t[-1]) / DAY_S + ar1(rng, t.size, phi, sd)
    return t, y


def history_year(path: str | Path, now: float, *, leak_kpa_per_day: float = 0.0, leak_days: float = 3.0) -> History:
    """A ``History`` at ``path`` holding a year of hourly samples, ending at ``now``, of every series the
    predictions read: four tyres at 250 kPa (20 °C; the front-left losing ``leak_kpa_per_day`` over the last
    ``leak_days``), a 12 V battery resting at 12.6 V, an HV battery ageing 0.004 %/day and an odometer at
    36 km/day — with AR(1) noise (φ = 0.9 per hour) on the tyres and the 12 V battery."""
    from hmi.health.monitor import COLD_PRESSURE, RESTING_VOLTAGE, TYRE_KEYS
    from hmi.link import signals as sig

    h = History(path, flush_interval_s=3600.0, max_pending=100_000)
    rng = np.random.default_rng(0)
    ts = now - np.arange(365 * 24)[::-1] * HOUR_S
    ago = (ts[-1] - ts) / DAY_S
    leak = leak_kpa_per_day * np.clip(leak_days - ago, 0.0, None)
    tyres = {k: 250.0 + ar1(rng, ts.size, 0.9, 1.5) - (leak if k == "frontLeft" else 0.0) for k in TYRE_KEYS}
    lv = 12.6 + ar1(rng, ts.size, 0.9, 0.02)
    for i, t in enumerate(ts):
        for k in TYRE_KEYS:
            h.add(COLD_PRESSURE[k], float(tyres[k][i]), t)
        h.add(RESTING_VOLTAGE, float(lv[i]), t)
        h.add(sig.SOH, 92.0 - 0.004 * i / 24, t)
        h.add(sig.ODOMETER, 42_000 + 1.5 * i, t)
    h.flush()
    return h
