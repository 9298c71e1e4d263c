"""Explained predictions from health history: tyre leak, 12 V decline, HV state of health, service due.

Every prediction is a robust linear trend (Theil–Sen: the median of all pairwise slopes,
unaffected by up to ~29 % outliers) with Sen's 95 % confidence interval for the slope
and a robust residual spread (1.4826 × MAD). A prediction carries its *basis* — days of
data, number of points, confidence — and is **withheld** when there are too few points,
too short a span, too much scatter or too wide a confidence interval. A trend whose
interval includes zero (or is smaller than the kind's noise floor) is reported as
*stable*, not as a prediction.

Input series are ``(ts, value)`` pairs, usually hourly means from ``History``.
``prepare_series`` makes them safe: non-finite values dropped, duplicates collapsed,
and **backward clock jumps rebased** (samples after a jump are shifted so time keeps
running forward) before sorting.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from hmi.i18n import QT_TRANSLATE_NOOP, Quantity, Text
from hmi.lazy import np

DAY_S = 86400.0
ATM_KPA = 101.325
KELVIN = 273.15
T_REF_C = 20.0
MAX_FIT_POINTS = 300

# User-visible strings of this module (translation context "health"; templates of ``Text`` values).
# ``{tyre}`` is a nested Text ("Front-left tyre"); pressures, distances and rates with a unit the driver
# chooses are ``Quantity`` args; 12 V voltages and percentages are fixed units, formatted as numbers.
TEXTS = {
    "tyre_leak": QT_TRANSLATE_NOOP("health", "{tyre} losing ~{rate}/day — below safe pressure {when}"),
    "tyre_leak_now": QT_TRANSLATE_NOOP("health", "{tyre} losing ~{rate}/day — already below safe pressure"),
    "tyre_stable": QT_TRANSLATE_NOOP("health", "{tyre} pressure steady at {level}"),
    "lv_decline": QT_TRANSLATE_NOOP(
        "health",
        "12 V battery resting voltage falling ~{rate:g} V/week — replace soon (below {threshold:.1f} V {when})",
    ),
    "lv_decline_now": QT_TRANSLATE_NOOP(
        "health", "12 V battery resting voltage {level:.2f} V and falling — replace soon"
    ),
    "lv_stable": QT_TRANSLATE_NOOP("health", "12 V battery resting voltage steady at {level:.2f} V"),
    "hv_soh": QT_TRANSLATE_NOOP(
        "health", "High-voltage battery health {level:.0f} % now, about {projected:.0f} % in 12 months"
    ),
    "service_due": QT_TRANSLATE_NOOP("health", "Service due {when} ({distance} at ~{rate}/day)"),
    "service_overdue": QT_TRANSLATE_NOOP("health", "Service overdue by {distance}"),
    "service_idle": QT_TRANSLATE_NOOP(
        "health", "Service in {distance}; the car is hardly driven, so no date can be given"
    ),
    "basis": QT_TRANSLATE_NOOP(
        "health", "Based on {days:.0f} days of data, {n} readings; {confidence} confidence (±{halfwidth}/day)"
    ),
    "withheld_few": QT_TRANSLATE_NOOP(
        "health", "Not enough data yet: {days:.1f} of {need_days:.0f} days, {n} of {need_n} readings"
    ),
    "withheld_noisy": QT_TRANSLATE_NOOP("health", "Readings too irregular for a prediction (scatter ±{sigma})"),
    "withheld_uncertain": QT_TRANSLATE_NOOP("health", "Trend too uncertain for a prediction yet (±{halfwidth}/day)"),
    "withheld_no_current": QT_TRANSLATE_NOOP("health", "No current reading"),
    "when_one": QT_TRANSLATE_NOOP("health", "in about a day"),
    "when_n": QT_TRANSLATE_NOOP("health", "in about {n} days"),
    "when_lt1": QT_TRANSLATE_NOOP("health", "within a day"),
    "conf_high": QT_TRANSLATE_NOOP("health", "high"),
    "conf_medium": QT_TRANSLATE_NOOP("health", "medium"),
    "conf_low": QT_TRANSLATE_NOOP("health", "low"),
    # Amounts in fixed units (a trend's spread or slope interval); ``g``: no trailing zeros.
    "amount_V": QT_TRANSLATE_NOOP("health", "{value:g} V"),
    "amount_%": QT_TRANSLATE_NOOP("health", "{value:g} %"),
}

# Tyre names (nested in the sentences above and in the alert texts).
TYRE_LABELS = {
    "frontLeft": QT_TRANSLATE_NOOP("health", "Front-left tyre"),
    "frontRight": QT_TRANSLATE_NOOP("health", "Front-right tyre"),
    "rearLeft": QT_TRANSLATE_NOOP("health", "Rear-left tyre"),
    "rearRight": QT_TRANSLATE_NOOP("health", "Rear-right tyre"),
}


def text(key: str, **args: Any) -> Text:
    """Prediction text ``key`` of :data:`TEXTS` as a translatable ``Text``."""
    return Text("health", TEXTS[key], **args)


def tyre_label(tyre: str) -> Text | str:
    """The translatable name of tyre key ``tyre`` (an unknown key is shown as it is)."""
    return Text("health", TYRE_LABELS[tyre]) if tyre in TYRE_LABELS else tyre


# -- series preparation and the robust fit ------------------------------------------------------------------------
def prepare_series(
    ts: Sequence[float], values: Sequence[float], *, jump_tolerance_s: float = 300.0
) -> tuple[np.ndarray, np.ndarray]:
    """Clean samples given in **arrival order**: returns time-sorted float arrays.

    Non-finite pairs are dropped. When the clock steps back by more than ``jump_tolerance_s``,
    the following samples are shifted forward so they continue from the last good time plus the
    typical sample spacing (a clock reset must not fold new data onto old). Smaller reorderings
    are just sorted; equal timestamps are averaged.
    """
    t = np.asarray(ts, dtype=float)
    y = np.asarray(values, dtype=float)
    if t.shape != y.shape or t.ndim != 1:
        raise ValueError("ts and values must be 1-D and of equal length")
    ok = np.isfinite(t) & np.isfinite(y)
    t, y = t[ok], y[ok]
    if t.size < 2:
        return t, y
    d = np.diff(t)
    step = float(np.median(d[d > 0])) if np.any(d > 0) else 1.0
    out = t.copy()
    # Each pass finds the first backward step beyond the tolerance and shifts everything after it.
    for _ in range(1000):
        high = np.maximum.accumulate(out)
        back = np.flatnonzero(out[1:] < high[:-1] - jump_tolerance_s)
        if back.size == 0:
            break
        i = int(back[0]) + 1
        out[i:] += high[i - 1] + step - out[i]
    order = np.argsort(out, kind="stable")
    out, y = out[order], y[order]
    uniq, inv = np.unique(out, return_inverse=True)
    if uniq.size != out.size:
        y = np.bincount(inv, weights=y) / np.bincount(inv)
        out = uniq
    return out, y


@dataclass(frozen=True)
class Fit:
    """A Theil–Sen line ``y = level + slope * (t - t_end)`` (slope per day)."""

    slope: float
    level: float
    """Fitted value at the newest sample."""
    t_end: float
    ci_low: float
    ci_high: float
    sigma: float
    """Robust residual spread (1.4826 × median absolute residual)."""
    r2: float
    n: int
    span_days: float

    @property
    def halfwidth(self) -> float:
        """Half width of the 95 % slope interval (per day)."""
        return (self.ci_high - self.ci_low) / 2.0


def _thin(t: np.ndarray, y: np.ndarray, limit: int) -> tuple[np.ndarray, np.ndarray]:
    # Pairwise slopes are O(n²): above ``limit`` points use medians of consecutive groups (keeps robustness).
    n = t.size
    if n <= limit:
        return t, y
    k = -(-n // limit)
    pad = (-n) % k
    tt = np.concatenate([t, np.full(pad, np.nan)]).reshape(-1, k)
    yy = np.concatenate([y, np.full(pad, np.nan)]).reshape(-1, k)
    return np.nanmedian(tt, axis=1), np.nanmedian(yy, axis=1)


def theil_sen(ts: np.ndarray, values: np.ndarray) -> Fit | None:
    """Theil–Sen fit with Sen's 95 % slope interval; None with fewer than 3 distinct times."""
    t, y = _thin(np.asarray(ts, float), np.asarray(values, float), MAX_FIT_POINTS)
    n = t.size
    if n < 3 or t[-1] <= t[0]:
        return None
    td = (t - t[-1]) / DAY_S
    i, j = np.triu_indices(n, k=1)
    dt = td[j] - td[i]
    keep = dt > 0
    slopes = np.sort((y[j] - y[i])[keep] / dt[keep])
    m = slopes.size
    if m < 3:
        return None
    slope = float(np.median(slopes))
    # Sen (1968): rank bounds from the variance of Kendall's S (no-ties form).
    c = 1.96 * math.sqrt(n * (n - 1) * (2 * n + 5) / 18.0)
    lo = int(max(0, math.floor((m - c) / 2.0)))
    hi = int(min(m - 1, math.ceil((m + c) / 2.0)))
    level = float(np.median(y - slope * td))
    resid = y - (level + slope * td)
    sigma = float(1.4826 * np.median(np.abs(resid - np.median(resid))))
    ss_tot = float(np.sum((y - y.mean()) ** 2))
    r2 = 1.0 - float(np.sum(resid**2)) / ss_tot if ss_tot > 0 else 0.0
    n_in = int(np.asarray(ts).size)  # report the readings used, not the thinned count
    return Fit(slope, level, float(t[-1]), float(slopes[lo]), float(slopes[hi]), sigma, r2, n_in, float(td[-1] - td[0]))


def compensate_pressure(p_gauge_kpa: float, temp_c: float, t_ref_c: float = T_REF_C) -> float:
    """Tyre pressure as it would read at ``t_ref_c`` (ideal gas at constant volume).

    Uses absolute pressure and kelvin: ``p_abs_ref = p_abs * T_ref / T``; returns gauge kPa.
    """
    p_abs = p_gauge_kpa + ATM_KPA
    return p_abs * (t_ref_c + KELVIN) / (temp_c + KELVIN) - ATM_KPA


# -- prediction results -------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Prediction:
    """One explained prediction for the driver."""

    key: str
    """Stable id, e.g. ``tyre_leak.frontLeft``."""
    kind: str
    subject: str
    state: str
    """``trend`` (a prediction is made), ``stable`` (no meaningful trend) or ``withheld``."""
    severity: str
    """``ok``, ``info``, ``warning`` or ``critical``."""
    text: str
    basis: str
    slope_per_day: float | None = None
    days_to_threshold: float | None = None
    level: float | None = None
    projected: float | None = None
    n_points: int = 0
    span_days: float = 0.0
    confidence: str = ""
    extra: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        """Plain dict (for the Qt adapter and JSON)."""
        return {
            "key": self.key,
            "kind": self.kind,
            "subject": self.subject,
            "state": self.state,
            "severity": self.severity,
            "text": self.text,
            "basis": self.basis,
            "slopePerDay": self.slope_per_day,
            "daysToThreshold": self.days_to_threshold,
            "level": self.level,
            "projected": self.projected,
            "points": self.n_points,
            "spanDays": self.span_days,
            "confidence": self.confidence,
        }


@dataclass(frozen=True)
class TrendRule:
    """Data requirements and limits of one prediction kind."""

    min_points: int
    min_days: float
    max_sigma: float
    """Withhold when the residual scatter exceeds this (value units)."""
    min_slope: float
    """Slopes smaller than this (per day, absolute) count as stable."""
    unit: str
    window_days: float
    decimals: int = 1
    """Decimals of the ± slope interval in the basis text."""
    quantity: str | None = None
    """``hmi.units`` kind of an amount of ``unit`` (shown in the driver's units); None: fixed ``unit``."""


TYRE_RULE = TrendRule(
    min_points=24, min_days=2.0, max_sigma=4.0, min_slope=1.0, unit="kPa", window_days=4.0,
    quantity="pressure_delta_kpa",
)  # fmt: skip
LV_RULE = TrendRule(
    min_points=12, min_days=5.0, max_sigma=0.12, min_slope=0.003, unit="V", window_days=30.0, decimals=3
)
SOH_RULE = TrendRule(
    min_points=20, min_days=30.0, max_sigma=1.0, min_slope=0.0, unit="%", window_days=365.0, decimals=3
)
ODO_RULE = TrendRule(
    min_points=5, min_days=7.0, max_sigma=math.inf, min_slope=0.5, unit="km", window_days=30.0, quantity="distance_km"
)

SAFE_TYRE_KPA = 210.0
"""Default safe minimum (gauge) for a LEAF-class car with a 250 kPa placard."""
LV_REPLACE_V = 12.2
"""Resting voltage below which a 12 V lead-acid battery is ~50 % charged: replace soon."""
SERVICE_SOON_DAYS = 14.0


def _when_text(days: float) -> Text:
    if days < 1.0:
        return text("when_lt1")
    n = round(days)
    # Only n >= 2 reaches "{n} days": the one-form languages we ship (de, fr, ca) agree with English here.
    return text("when_one") if n == 1 else text("when_n", n=n)


def _num(x: float) -> float:
    # Plain-language precision: two significant figures, no trailing noise (a number for the ``g`` spec).
    ax = abs(x)
    if ax >= 10:
        return float(round(x))
    if ax >= 1:
        return float(round(x)) if abs(x - round(x)) < 0.05 else round(x, 1)
    if ax >= 0.1:
        return round(x, 1)
    return float(f"{x:.2g}")


def _amount(rule: TrendRule, value: float) -> Quantity | Text:
    """An amount in the rule's unit: a Quantity (driver's units) or a fixed-unit text."""
    if rule.quantity is not None:
        return Quantity(rule.quantity, float(value))
    return text(f"amount_{rule.unit}", value=_num(value))


def _confidence(fit: Fit, rule: TrendRule) -> Text:
    # Relative half width of the slope interval; a stable series is judged on its scatter instead.
    if abs(fit.slope) < max(rule.min_slope, 1e-12):
        return text("conf_high") if fit.sigma <= rule.max_sigma / 2 else text("conf_medium")
    rel = fit.halfwidth / abs(fit.slope)
    if rel <= 0.25:
        return text("conf_high")
    if rel <= 0.5:
        return text("conf_medium")
    return text("conf_low")


def _basis(fit: Fit, rule: TrendRule, confidence: Text) -> Text:
    return text(
        "basis",
        days=max(fit.span_days, 1.0) if fit.span_days >= 0.5 else fit.span_days,
        n=fit.n,
        confidence=confidence,
        halfwidth=_amount(rule, round(fit.halfwidth, rule.decimals)),
    )


def _withheld_few(span: float, n: int, rule: TrendRule) -> Text:
    return text("withheld_few", days=span, need_days=rule.min_days, n=n, need_n=rule.min_points)


def _fit_or_withhold(
    key: str, kind: str, subject: str, ts: Sequence[float], values: Sequence[float], rule: TrendRule
) -> tuple[Fit | None, Prediction | None]:
    """Fit the window; returns (fit, None) or (None/fit, withheld prediction)."""
    t, y = prepare_series(ts, values)
    if t.size:
        keep = t >= t[-1] - rule.window_days * DAY_S
        t, y = t[keep], y[keep]
    span = float((t[-1] - t[0]) / DAY_S) if t.size >= 2 else 0.0
    fit = theil_sen(t, y) if t.size >= rule.min_points and span >= rule.min_days else None
    if fit is None:
        msg = _withheld_few(span, int(t.size), rule)
        return None, Prediction(key, kind, subject, "withheld", "ok", msg, msg, n_points=int(t.size), span_days=span)
    if fit.sigma > rule.max_sigma:
        msg = text("withheld_noisy", sigma=_amount(rule, _num(fit.sigma)))
        return fit, Prediction(
            key, kind, subject, "withheld", "ok", msg, _basis(fit, rule, text("conf_low")), n_points=fit.n,
            span_days=fit.span_days,
        )  # fmt: skip
    return fit, None


def _is_trend(fit: Fit, rule: TrendRule, falling: bool) -> bool:
    # Significant (interval excludes zero) and above the kind's noise floor, in the harmful direction.
    if falling:
        return fit.ci_high < 0 and -fit.slope >= rule.min_slope
    return fit.ci_low > 0 and fit.slope >= rule.min_slope


def predict_tyre_leak(
    tyre: str,
    ts: Sequence[float],
    pressures_kpa: Sequence[float],
    *,
    safe_kpa: float = SAFE_TYRE_KPA,
    rule: TrendRule = TYRE_RULE,
) -> Prediction:
    """Slow-leak prediction from temperature-compensated (gauge) pressures of one tyre.

    ``tyre`` is a key of ``TYRE_LABELS``. Trend → severity ``warning`` (``critical`` when
    below safe pressure within a day) with "losing ~N kPa/day — below safe pressure in about D days".
    """
    label = tyre_label(tyre)
    key = f"tyre_leak.{tyre}"
    fit, withheld = _fit_or_withhold(key, "tyre_leak", tyre, ts, pressures_kpa, rule)
    if withheld is not None:
        return withheld
    assert fit is not None
    conf = _confidence(fit, rule)
    basis = _basis(fit, rule, conf)
    common = dict(slope_per_day=fit.slope, level=fit.level, n_points=fit.n, span_days=fit.span_days, confidence=conf)
    if not _is_trend(fit, rule, falling=True):
        msg = text("tyre_stable", tyre=label, level=Quantity("pressure_kpa", round(fit.level, 1)))
        return Prediction(key, "tyre_leak", tyre, "stable", "ok", msg, basis, **common)
    if conf == TEXTS["conf_low"]:
        msg = text("withheld_uncertain", halfwidth=_amount(rule, _num(fit.halfwidth)))
        return Prediction(key, "tyre_leak", tyre, "withheld", "ok", msg, basis, **common)
    rate = -fit.slope
    days = max(0.0, (fit.level - safe_kpa) / rate)
    if fit.level <= safe_kpa:
        msg = text("tyre_leak_now", tyre=label, rate=_amount(rule, _num(rate)))
    else:
        msg = text("tyre_leak", tyre=label, rate=_amount(rule, _num(rate)), when=_when_text(days))
    # Very low pressure itself is the pressure rule's critical alert; a predicted leak is a warning.
    severity = "warning"
    return Prediction(key, "tyre_leak", tyre, "trend", severity, msg, basis, days_to_threshold=days, **common)


def predict_lv_decline(
    ts: Sequence[float],
    resting_volts: Sequence[float],
    *,
    replace_v: float = LV_REPLACE_V,
    rule: TrendRule = LV_RULE,
) -> Prediction:
    """12 V battery decline from *resting* voltage samples (parked, not charging).

    Trend → "falling ~X V/week — replace soon (below 12.2 V in about D days)"; ``warning`` when
    the threshold is under 30 days away, else ``info``.
    """
    key = "lv_decline.battery"
    fit, withheld = _fit_or_withhold(key, "lv_decline", "lv", ts, resting_volts, rule)
    if withheld is not None:
        return withheld
    assert fit is not None
    conf = _confidence(fit, rule)
    basis = _basis(fit, rule, conf)
    common = dict(slope_per_day=fit.slope, level=fit.level, n_points=fit.n, span_days=fit.span_days, confidence=conf)
    if not _is_trend(fit, rule, falling=True):
        msg = text("lv_stable", level=round(fit.level, 3))
        severity = "info" if fit.level < replace_v else "ok"
        return Prediction(key, "lv_decline", "lv", "stable", severity, msg, basis, **common)
    if conf == TEXTS["conf_low"]:
        msg = text("withheld_uncertain", halfwidth=_amount(rule, _num(fit.halfwidth)))
        return Prediction(key, "lv_decline", "lv", "withheld", "ok", msg, basis, **common)
    days = max(0.0, (fit.level - replace_v) / -fit.slope)
    if fit.level <= replace_v:
        msg = text("lv_decline_now", level=round(fit.level, 3))
    else:
        msg = text("lv_decline", rate=_num(-fit.slope * 7), threshold=replace_v, when=_when_text(days))
    severity = "warning" if days < 30 else "info"
    return Prediction(key, "lv_decline", "lv", "trend", severity, msg, basis, days_to_threshold=days, **common)


def daily_medians(ts: Sequence[float], values: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    """One point per calendar day (UTC): median time and median value (after ``prepare_series``)."""
    t, y = prepare_series(ts, values)
    if t.size == 0:
        return t, y
    day = np.floor(t / DAY_S).astype(np.int64)
    # t is sorted, so each day's samples are contiguous: lay them out as rows of a NaN-padded matrix.
    starts = np.flatnonzero(np.r_[True, day[1:] != day[:-1]])
    counts = np.diff(np.r_[starts, t.size])
    row = np.repeat(np.arange(starts.size), counts)
    col = np.arange(t.size) - np.repeat(starts, counts)
    mt = np.full((starts.size, int(counts.max())), np.nan)
    my = mt.copy()
    mt[row, col], my[row, col] = t, y
    return np.nanmedian(mt, axis=1), np.nanmedian(my, axis=1)


def predict_hv_soh(
    ts: Sequence[float], soh_pct: Sequence[float], *, horizon_days: float = 365.0, rule: TrendRule = SOH_RULE
) -> Prediction:
    """Projected HV battery state of health ``horizon_days`` ahead, from daily medians.

    Always a projection when data suffice (a flat trend projects the current value);
    ``warning`` when the projection falls below 70 %, ``info`` otherwise.
    """
    key = "hv_soh.battery"
    t, y = daily_medians(ts, soh_pct)
    fit, withheld = _fit_or_withhold(key, "hv_soh", "hv", t, y, rule)
    if withheld is not None:
        return withheld
    assert fit is not None
    conf = _confidence(fit, rule)
    basis = _basis(fit, rule, conf)
    # SoH does not recover: a rising fit (calibration noise) projects the current value.
    slope = min(fit.slope, 0.0)
    projected = max(0.0, min(100.0, fit.level + slope * horizon_days))
    msg = text("hv_soh", level=round(fit.level, 2), projected=round(projected, 2))
    severity = "warning" if projected < 70.0 else "info"
    return Prediction(
        key, "hv_soh", "hv", "trend", severity, msg, basis, slope_per_day=fit.slope, level=fit.level,
        projected=projected, n_points=fit.n, span_days=fit.span_days, confidence=conf,
    )  # fmt: skip


def predict_service_due(
    odo_ts: Sequence[float],
    odometer_km: Sequence[float],
    distance_to_service_km: float | None,
    *,
    soon_days: float = SERVICE_SOON_DAYS,
    rule: TrendRule = ODO_RULE,
) -> Prediction:
    """Days until service from the remaining distance and the recent driving rate (odometer trend).

    ``info`` when due within ``soon_days`` (the "Service recommended" prompt), ``warning`` when overdue.
    """
    key = "service_due.car"
    if distance_to_service_km is None or not math.isfinite(distance_to_service_km):
        msg = text("withheld_no_current")
        return Prediction(key, "service_due", "car", "withheld", "ok", msg, msg)
    if distance_to_service_km <= 0:
        msg = text("service_overdue", distance=Quantity("distance_km", -float(distance_to_service_km)))
        return Prediction(key, "service_due", "car", "trend", "warning", msg, msg, days_to_threshold=0.0,
                          level=distance_to_service_km)  # fmt: skip
    t, y = daily_medians(odo_ts, odometer_km)
    fit, withheld = _fit_or_withhold(key, "service_due", "car", t, y, rule)
    if withheld is not None:
        return withheld
    assert fit is not None
    conf = _confidence(fit, rule)
    basis = _basis(fit, rule, conf)
    common = dict(slope_per_day=fit.slope, level=distance_to_service_km, n_points=fit.n, span_days=fit.span_days,
                  confidence=conf)  # fmt: skip
    distance = Quantity("distance_km", float(distance_to_service_km))
    if fit.slope < rule.min_slope:
        msg = text("service_idle", distance=distance)
        return Prediction(key, "service_due", "car", "stable", "ok", msg, basis, **common)
    days = distance_to_service_km / fit.slope
    msg = text("service_due", when=_when_text(days), distance=distance, rate=Quantity("distance_km", round(fit.slope)))
    severity = "info" if days <= soon_days else "ok"
    return Prediction(key, "service_due", "car", "trend", severity, msg, basis, days_to_threshold=days, **common)
