"""Explained predictions from health history: tyre leak, 12 V decline, HV state of health, service due.

Each prediction is a robust trend (:mod:`hmi.health.stats`: Theil–Sen slope with a 95 % interval that
allows for correlated neighbouring readings; the service date uses the mean driving rate) and carries
its *basis* — days of data, readings, confidence and the interval. The rules, in order:

* **Withheld** with too few readings, too short a span or too much scatter ("Not enough data yet …").
* **Stable** whenever the slope interval includes zero, or the trend is below the kind's noise floor
  (``TrendRule.min_slope``) or points away from harm: "pressure steady", never a warning. This holds
  for the HV battery's state of health too: a flat battery never warns.
* **Trend** otherwise, with an honest *range*: "below safe pressure in 5–8 days" is the time to the
  threshold at the fast and slow ends of the slope interval. A trend whose confidence is *low* is
  **withheld** instead ("Trend too uncertain for a prediction yet (±…/day)").

**Confidence** (high / medium / low) is the interval's width relative to the distance to the
threshold: ``u = halfwidth × H / distance``, with ``H`` the time the statement covers — the predicted
time to the threshold for a trend (so ``u`` is the interval's half width relative to the rate), the
kind's look-ahead ``TrendRule.horizon_days`` for a stable verdict and the 12-month horizon of the
battery-health projection. ``u ≤ 0.25`` is high, ``u ≤ 0.5`` medium, above that low (for a trend: the
slow end of the range is then more than twice the central estimate). The distance is at least what the
kind's noise floor covers over ``H``, so a value sitting at its threshold is judged on its noise floor.

Tyre predictions work on temperature-compensated pressure (20 °C); the text names the tyre's current
reading — the number the tyre diagram shows (:func:`with_reading`) — and the basis gives the 20 °C value.

Input series are ``(ts, value)`` pairs, usually hourly means from ``History``. ``prepare_series`` makes
them safe: non-finite values dropped, duplicates collapsed, and **backward clock jumps rebased** (samples
after a jump are shifted so time keeps running forward) before sorting.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from hmi.health.stats import DAY_S, Fit, mean_rate, pooled_r1, theil_sen
from hmi.i18n import QT_TRANSLATE_NOOP, Quantity, Text
from hmi.lazy import np

ATM_KPA = 101.325
KELVIN = 273.15
T_REF_C = 20.0

CONFIDENCE_HIGH = 0.25
"""Largest relative uncertainty ``u`` (see the module docstring) of a high-confidence prediction."""
CONFIDENCE_MEDIUM = 0.5
"""Largest ``u`` of a medium-confidence one; above it a trend is withheld."""

# User-visible strings of this module (translation context "health"; templates of ``Text`` values).
# ``{tyre}`` is a nested Text ("Front-left tyre"), ``{subject}`` the tyre with its reading ("Front-left tyre at
# 2.2 bar"); pressures, distances and rates with a unit the driver chooses are ``Quantity`` args; 12 V voltages
# and percentages are fixed units, formatted as numbers.
TEXTS = {
    "tyre_at": QT_TRANSLATE_NOOP("health", "{tyre} at {reading}"),
    "tyre_leak": QT_TRANSLATE_NOOP("health", "{subject}, losing ~{rate}/day — below safe pressure {when}"),
    "tyre_leak_now": QT_TRANSLATE_NOOP("health", "{subject}, losing ~{rate}/day — already below safe pressure"),
    "tyre_stable": QT_TRANSLATE_NOOP("health", "{subject}, pressure steady"),
    "tyre_unclear": QT_TRANSLATE_NOOP("health", "{subject}, no clear pressure trend yet"),
    "tyre_basis": QT_TRANSLATE_NOOP("health", "{cold} at {t_ref}. {basis}"),
    "lv_decline": QT_TRANSLATE_NOOP(
        "health",
        "12 V battery resting voltage falling ~{rate:g} V/week — replace soon (below {threshold:.1f} V {when})",
    ),
    "lv_decline_now": QT_TRANSLATE_NOOP(
        "health", "12 V battery resting voltage {level:.2f} V and falling — replace soon"
    ),
    "lv_stable": QT_TRANSLATE_NOOP("health", "12 V battery resting voltage steady at {level:.2f} V"),
    "lv_unclear": QT_TRANSLATE_NOOP("health", "12 V battery resting voltage {level:.2f} V, no clear trend yet"),
    "hv_soh": QT_TRANSLATE_NOOP(
        "health", "High-voltage battery health {level:.0f} % now, about {projected:.0f} % in 12 months"
    ),
    "hv_soh_range": QT_TRANSLATE_NOOP(
        "health", "High-voltage battery health {level:.0f} % now, {low:.0f}–{high:.0f} % in 12 months"
    ),
    "hv_soh_stable": QT_TRANSLATE_NOOP("health", "High-voltage battery health steady at {level:.0f} %"),
    "hv_soh_unclear": QT_TRANSLATE_NOOP("health", "High-voltage battery health {level:.0f} %, no clear trend yet"),
    "service_due": QT_TRANSLATE_NOOP("health", "Service due {when} ({distance} at ~{rate}/day)"),
    "service_overdue": QT_TRANSLATE_NOOP("health", "Service overdue by {distance}"),
    "service_idle": QT_TRANSLATE_NOOP(
        "health", "Service in {distance}; the car is hardly driven, so no date can be given"
    ),
    "basis": QT_TRANSLATE_NOOP(
        "health", "Based on {days:.0f} days of data, {n} readings; {confidence} confidence (±{halfwidth}/day)"
    ),
    "basis_plain": QT_TRANSLATE_NOOP(
        "health", "Based on {days:.0f} days of data, {n} readings; {confidence} confidence"
    ),
    "withheld_few": QT_TRANSLATE_NOOP(
        "health", "Not enough data yet: {days:.1f} of {need_days:.0f} days, {n} of {need_n} readings"
    ),
    "withheld_noisy": QT_TRANSLATE_NOOP("health", "Readings too irregular for a prediction (scatter ±{sigma})"),
    "withheld_uncertain": QT_TRANSLATE_NOOP("health", "Trend too uncertain for a prediction yet (±{halfwidth}/day)"),
    "withheld_unbounded": QT_TRANSLATE_NOOP("health", "Readings drift too slowly to tell a trend yet"),
    "withheld_no_current": QT_TRANSLATE_NOOP("health", "No current reading"),
    "when_one": QT_TRANSLATE_NOOP("health", "in about a day"),
    "when_n": QT_TRANSLATE_NOOP("health", "in about {n} days"),
    "when_lt1": QT_TRANSLATE_NOOP("health", "within a day"),
    "when_within": QT_TRANSLATE_NOOP("health", "within {n} days"),
    "when_range": QT_TRANSLATE_NOOP("health", "in {low}–{high} days"),
    "conf_high": QT_TRANSLATE_NOOP("health", "high"),
    "conf_medium": QT_TRANSLATE_NOOP("health", "medium"),
    "conf_low": QT_TRANSLATE_NOOP("health", "low"),
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


def tyre_subject(tyre: str, reading_kpa: float | None) -> Text | str:
    """The tyre with its current reading ("Front-left tyre at 2.2 bar"), or just its name when there is none."""
    label = tyre_label(tyre)
    if reading_kpa is None or not math.isfinite(reading_kpa):
        return label
    return text("tyre_at", tyre=label, reading=Quantity("pressure_kpa", float(reading_kpa)))


# -- series preparation ---------------------------------------------------------------------------------------------
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


def daily_grid(ts: Sequence[float], values: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    """A cumulative series (an odometer) read every 24 h back from its newest sample (linear interpolation
    between samples, after ``prepare_series``): its steps are whole days' increments, whatever the time of
    day of the first and last samples."""
    t, y = prepare_series(ts, values)
    if t.size < 2:
        return t, y
    grid = t[-1] - np.arange(int((t[-1] - t[0]) // DAY_S) + 1)[::-1] * DAY_S
    return grid, np.interp(grid, t, y)


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
    """Central estimate of the time to the threshold (trends only)."""
    level: float | None = None
    projected: float | None = None
    n_points: int = 0
    span_days: float = 0.0
    confidence: str = ""
    slope_low: float | None = None
    """The 95 % interval of the slope (per day; ±inf when the data do not bound it)."""
    slope_high: float | None = None
    days_low: float | None = None
    """Time to the threshold at the fast end of the slope interval (trends only)."""
    days_high: float | None = None
    """… and at the slow end."""
    projected_low: float | None = None
    projected_high: float | None = None
    uncertainty: float | None = None
    """``u`` of the confidence rule (module docstring)."""
    n_eff: float | None = None
    """Effective number of independent readings (after serial correlation)."""

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
            "daysLow": self.days_low,
            "daysHigh": self.days_high,
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
    """The kind's noise floor: slopes smaller than this (per day, absolute) count as stable."""
    window_days: float
    horizon_days: float
    """How far ahead a stable verdict speaks (its confidence: module docstring)."""
    resolution: float
    """Smallest interval half width worth printing (per day); below it the basis states no ±."""
    spread: str
    """``hmi.units`` quantity kind of a ± amount of this kind (shown to two significant digits)."""
    noise_days: float | None = None
    """History the noise's serial correlation is measured on, in windows of ``window_days`` (None: the window
    itself). A short window says little about how correlated its readings are; the sensor's last weeks do."""


TYRE_RULE = TrendRule(
    min_points=24, min_days=2.0, max_sigma=4.0, min_slope=1.0, window_days=4.0, horizon_days=30.0, resolution=0.01,
    spread="pressure_spread_kpa", noise_days=28.0,
)  # fmt: skip
LV_RULE = TrendRule(
    min_points=12, min_days=5.0, max_sigma=0.12, min_slope=0.003, window_days=30.0, horizon_days=30.0,
    resolution=0.0001, spread="voltage_spread",
)  # fmt: skip
SOH_RULE = TrendRule(
    min_points=20, min_days=30.0, max_sigma=1.0, min_slope=0.001, window_days=365.0, horizon_days=365.0,
    resolution=0.0001, spread="percent_spread",
)  # fmt: skip
ODO_RULE = TrendRule(
    min_points=5, min_days=7.0, max_sigma=math.inf, min_slope=0.5, window_days=30.0, horizon_days=30.0,
    resolution=0.1, spread="distance_spread_km",
)  # fmt: skip

SAFE_TYRE_KPA = 210.0
"""Default safe minimum (gauge, at 20 °C) for a LEAF-class car with a 250 kPa placard."""
TYRE_WARN_DAYS = 7.0
"""A predicted leak warns (rather than informs) when safe pressure may be lost within this many days (the fast
end of its range). Slow wander of a sound tyre's readings can look like a leak of 1–2 kPa/day now and then
(the 95 % interval leaves 2.5 % on the falling side); weeks away, that is information, not a warning."""
LV_REPLACE_V = 12.2
"""Resting voltage below which a 12 V lead-acid battery is ~50 % charged: replace soon."""
LV_WARN_DAYS = 30.0
"""A 12 V decline warns (rather than informs) when the threshold may be reached within this many days."""
SOH_LOW_PCT = 70.0
"""State of health below which the HV battery's capacity counts as reduced."""
SERVICE_SOON_DAYS = 14.0


# -- wording helpers ---------------------------------------------------------------------------------------------
def _when_text(low_days: float, high_days: float) -> Text:
    """When a threshold is reached, between ``low_days`` and ``high_days`` from now, in whole days."""
    low, high = round(low_days), round(high_days)
    if high == 0 or (low == 0 and high == 1):
        return text("when_lt1")
    if low == high:
        # Only n >= 2 reaches "{n} days": the one-form languages we ship (de, fr, ca) agree with English here.
        return text("when_one") if low == 1 else text("when_n", n=low)
    if low == 0:
        return text("when_within", n=high)
    return text("when_range", low=low, high=high)


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


def _confidence(u: float) -> Text:
    if u <= CONFIDENCE_HIGH:
        return text("conf_high")
    if u <= CONFIDENCE_MEDIUM:
        return text("conf_medium")
    return text("conf_low")


def _low(conf: Text) -> bool:
    return conf.source == TEXTS["conf_low"]


def _trend_u(fit: Fit) -> float:
    """``u`` of a trend: the interval's half width over the rate (H = the time to the threshold)."""
    return fit.halfwidth / abs(fit.slope) if fit.bounded and fit.slope != 0 else math.inf


def _horizon_u(fit: Fit, rule: TrendRule, distance: float, horizon_days: float | None = None) -> float:
    """``u`` of a statement about ``horizon_days`` ahead (default: the rule's look-ahead)."""
    h = rule.horizon_days if horizon_days is None else horizon_days
    if not fit.bounded:
        return math.inf
    return fit.halfwidth * h / max(distance, rule.min_slope * h, 1e-12)


def _basis(fit: Fit, rule: TrendRule, confidence: Text, *, interval: bool = True) -> Text:
    days = max(fit.span_days, 1.0) if fit.span_days >= 0.5 else fit.span_days
    if interval and fit.bounded and fit.halfwidth >= rule.resolution:
        hw = Quantity(rule.spread, fit.halfwidth)
        return text("basis", days=days, n=fit.n, confidence=confidence, halfwidth=hw)
    return text("basis_plain", days=days, n=fit.n, confidence=confidence)


def _uncertain(fit: Fit, rule: TrendRule) -> Text:
    if not fit.bounded:
        return text("withheld_unbounded")
    return text("withheld_uncertain", halfwidth=Quantity(rule.spread, fit.halfwidth))


def _withheld_few(span: float, n: int, rule: TrendRule) -> Text:
    return text("withheld_few", days=span, need_days=rule.min_days, n=n, need_n=rule.min_points)


def fit_window(
    ts: Sequence[float], values: Sequence[float], rule: TrendRule, *, rate: bool = False
) -> tuple[Fit | None, int, float]:
    """The fit a prediction of ``rule`` makes: a Theil–Sen line (or, ``rate``, the mean rate of a cumulative
    series) over the newest ``window_days``, the noise's correlation measured over ``noise_days``.

    Returns ``(fit, points in the window, span in days)``; the fit is None when the window has fewer than
    ``min_points`` readings or spans less than ``min_days``.
    """
    t_all, y_all = prepare_series(ts, values)
    keep = t_all >= t_all[-1] - rule.window_days * DAY_S if t_all.size else np.zeros(0, bool)
    t, y = t_all[keep], y_all[keep]
    span = float((t[-1] - t[0]) / DAY_S) if t.size >= 2 else 0.0
    if t.size < rule.min_points or span < rule.min_days:
        return None, int(t.size), span
    if rate:
        return mean_rate(t, y), int(t.size), span
    pooled = None
    if rule.noise_days is not None:
        record = t_all >= t_all[-1] - rule.noise_days * DAY_S
        r1, windows = pooled_r1(t_all[record], y_all[record], rule.window_days * DAY_S, min_points=rule.min_points)
        pooled = (r1, windows) if windows else None
    return theil_sen(t, y, pooled=pooled), int(t.size), span


def _fit_or_withhold(
    key: str, kind: str, subject: str, ts: Sequence[float], values: Sequence[float], rule: TrendRule, *, rate=False
) -> tuple[Fit | None, Prediction | None]:
    """:func:`fit_window`; returns (fit, None) or (None/fit, withheld prediction)."""
    fit, n, span = fit_window(ts, values, rule, rate=rate)
    if fit is None:
        msg = _withheld_few(span, n, rule)
        return None, Prediction(key, kind, subject, "withheld", "ok", msg, msg, n_points=n, span_days=span)
    if fit.sigma > rule.max_sigma:
        msg = text("withheld_noisy", sigma=Quantity(rule.spread, fit.sigma))
        return fit, Prediction(
            key, kind, subject, "withheld", "ok", msg, _basis(fit, rule, text("conf_low")), n_points=fit.n,
            span_days=fit.span_days,
        )  # fmt: skip
    return fit, None


def _is_trend(fit: Fit, rule: TrendRule, falling: bool) -> bool:
    # Significant (the interval excludes zero) and above the kind's noise floor, in the harmful direction.
    if falling:
        return fit.ci_high < 0 and -fit.slope >= rule.min_slope
    return fit.ci_low > 0 and fit.slope >= rule.min_slope


def _common(fit: Fit, confidence: Text, u: float) -> dict[str, Any]:
    return dict(
        slope_per_day=fit.slope, level=fit.level, n_points=fit.n, span_days=fit.span_days, confidence=confidence,
        slope_low=fit.ci_low, slope_high=fit.ci_high, uncertainty=u, n_eff=fit.correlation.n_eff if fit.n else None,
    )  # fmt: skip


def _days_range(distance: float, fit: Fit) -> tuple[float, float, float]:
    """Days to cover ``distance`` at the central, fast and slow rates of a significant falling trend."""
    return distance / -fit.slope, distance / -fit.ci_low, distance / -fit.ci_high


# -- the predictions ---------------------------------------------------------------------------------------------
def predict_tyre_leak(
    tyre: str,
    ts: Sequence[float],
    pressures_kpa: Sequence[float],
    *,
    reading_kpa: float | None = None,
    safe_kpa: float = SAFE_TYRE_KPA,
    t_ref_c: float = T_REF_C,
    rule: TrendRule = TYRE_RULE,
) -> Prediction:
    """Slow-leak prediction from temperature-compensated (gauge, at ``t_ref_c``) pressures of one tyre.

    ``tyre`` is a key of ``TYRE_LABELS``; ``reading_kpa`` the tyre's latest gauge reading, which the text
    names (see :func:`with_reading`). Trend → "losing ~N kPa/day — below safe pressure in L–H days",
    severity ``warning`` when that may happen within ``TYRE_WARN_DAYS`` (the fast end of the range), else
    ``info``; a trend of low confidence is withheld.
    """
    key = f"tyre_leak.{tyre}"
    fit, withheld = _fit_or_withhold(key, "tyre_leak", tyre, ts, pressures_kpa, rule)
    if withheld is not None:
        return withheld
    assert fit is not None
    subject = tyre_subject(tyre, reading_kpa)
    distance = fit.level - safe_kpa
    leaking = _is_trend(fit, rule, falling=True)
    u = _trend_u(fit) if leaking else _horizon_u(fit, rule, distance)
    conf = _confidence(u)
    cold = Quantity("pressure_kpa", round(fit.level, 1))
    basis = text("tyre_basis", cold=cold, t_ref=Quantity("temperature_c", t_ref_c),
                 basis=_basis(fit, rule, conf, interval=leaking))  # fmt: skip
    common = _common(fit, conf, u)
    if not leaking:
        msg = text("tyre_unclear" if _low(conf) else "tyre_stable", subject=subject)
        return Prediction(key, "tyre_leak", tyre, "stable", "ok", msg, basis, **common)
    if _low(conf):
        return Prediction(key, "tyre_leak", tyre, "withheld", "ok", _uncertain(fit, rule), basis, **common)
    rate = Quantity("pressure_delta_kpa", _num(-fit.slope))
    if distance <= 0:
        msg = text("tyre_leak_now", subject=subject, rate=rate)
        return Prediction(key, "tyre_leak", tyre, "trend", "warning", msg, basis, days_to_threshold=0.0, **common)
    days, fast, slow = _days_range(distance, fit)
    msg = text("tyre_leak", subject=subject, rate=rate, when=_when_text(fast, slow))
    # Very low pressure itself is the pressure rule's critical alert; a predicted leak is at most a warning.
    severity = "warning" if fast <= TYRE_WARN_DAYS else "info"
    return Prediction(key, "tyre_leak", tyre, "trend", severity, msg, basis, days_to_threshold=days, days_low=fast,
                      days_high=slow, **common)  # fmt: skip


def with_reading(p: Prediction, reading_kpa: float | None) -> Prediction:
    """Tyre prediction ``p`` naming ``reading_kpa`` as the tyre's reading (other predictions unchanged).

    The monitor calls it whenever a tyre reports, so the sentence starts from the value the tyre
    diagram shows at that moment, not the one of the last prediction run.
    """
    if p.kind != "tyre_leak" or not isinstance(p.text, Text) or "subject" not in p.text.args:
        return p
    args = {**p.text.args, "subject": tyre_subject(p.subject, reading_kpa)}
    return replace(p, text=Text(p.text.context, p.text.source, **args))


def predict_lv_decline(
    ts: Sequence[float],
    resting_volts: Sequence[float],
    *,
    replace_v: float = LV_REPLACE_V,
    rule: TrendRule = LV_RULE,
) -> Prediction:
    """12 V battery decline from *resting* voltage samples (parked, not charging).

    Trend → "falling ~X V/week — replace soon (below 12.2 V in L–H days)"; ``warning`` when the
    threshold may be reached within ``LV_WARN_DAYS`` (the fast end of the range), else ``info``.
    """
    key = "lv_decline.battery"
    fit, withheld = _fit_or_withhold(key, "lv_decline", "lv", ts, resting_volts, rule)
    if withheld is not None:
        return withheld
    assert fit is not None
    distance = fit.level - replace_v
    falling = _is_trend(fit, rule, falling=True)
    u = _trend_u(fit) if falling else _horizon_u(fit, rule, distance)
    conf = _confidence(u)
    basis = _basis(fit, rule, conf, interval=falling)
    common = _common(fit, conf, u)
    if not falling:
        msg = text("lv_unclear" if _low(conf) else "lv_stable", level=round(fit.level, 3))
        severity = "info" if fit.level < replace_v else "ok"
        return Prediction(key, "lv_decline", "lv", "stable", severity, msg, basis, **common)
    if _low(conf):
        return Prediction(key, "lv_decline", "lv", "withheld", "ok", _uncertain(fit, rule), basis, **common)
    if distance <= 0:
        msg = text("lv_decline_now", level=round(fit.level, 3))
        return Prediction(key, "lv_decline", "lv", "trend", "warning", msg, basis, days_to_threshold=0.0, **common)
    days, fast, slow = _days_range(distance, fit)
    msg = text("lv_decline", rate=_num(-fit.slope * 7), threshold=replace_v, when=_when_text(fast, slow))
    severity = "warning" if fast < LV_WARN_DAYS else "info"
    return Prediction(key, "lv_decline", "lv", "trend", severity, msg, basis, days_to_threshold=days, days_low=fast,
                      days_high=slow, **common)  # fmt: skip


def predict_hv_soh(
    ts: Sequence[float],
    soh_pct: Sequence[float],
    *,
    horizon_days: float = 365.0,
    low_pct: float = SOH_LOW_PCT,
    rule: TrendRule = SOH_RULE,
) -> Prediction:
    """Projected HV battery state of health ``horizon_days`` ahead, from daily medians.

    A decline is projected only when it is significant (its interval excludes zero) and above the noise
    floor; otherwise the battery is "steady" and never warns. A projection gives its range (the slope
    interval over the horizon) and is ``warning`` when its central value falls below ``low_pct``.
    """
    key = "hv_soh.battery"
    t, y = daily_medians(ts, soh_pct)
    fit, withheld = _fit_or_withhold(key, "hv_soh", "hv", t, y, rule)
    if withheld is not None:
        return withheld
    assert fit is not None
    distance = fit.level - low_pct
    u = _horizon_u(fit, rule, distance, horizon_days)
    conf = _confidence(u)
    declining = _is_trend(fit, rule, falling=True)
    basis = _basis(fit, rule, conf, interval=declining)
    common = _common(fit, conf, u)
    if not declining:
        # SoH does not recover: a rising fit is calibration noise, and a flat one is steady.
        msg = text("hv_soh_unclear" if _low(conf) else "hv_soh_stable", level=round(fit.level, 2))
        severity = "info" if fit.level < low_pct else "ok"
        return Prediction(key, "hv_soh", "hv", "stable", severity, msg, basis, projected=fit.level, **common)
    if _low(conf):
        return Prediction(key, "hv_soh", "hv", "withheld", "ok", _uncertain(fit, rule), basis, **common)

    def at_horizon(slope: float) -> float:
        return max(0.0, min(100.0, fit.level + slope * horizon_days))

    projected, low, high = at_horizon(fit.slope), at_horizon(fit.ci_low), at_horizon(fit.ci_high)
    if round(low) == round(high):
        msg = text("hv_soh", level=round(fit.level, 2), projected=round(projected, 2))
    else:
        msg = text("hv_soh_range", level=round(fit.level, 2), low=round(low, 2), high=round(high, 2))
    severity = "warning" if projected < low_pct else "info"
    return Prediction(key, "hv_soh", "hv", "trend", severity, msg, basis, projected=projected, projected_low=low,
                      projected_high=high, **common)  # fmt: skip


def predict_service_due(
    odo_ts: Sequence[float],
    odometer_km: Sequence[float],
    distance_to_service_km: float | None,
    *,
    soon_days: float = SERVICE_SOON_DAYS,
    rule: TrendRule = ODO_RULE,
) -> Prediction:
    """Days until service from the remaining distance and the mean driving rate (the odometer every 24 h).

    ``info`` when it may be due within ``soon_days`` (the fast end of the range: the "Service recommended"
    prompt), ``warning`` when overdue.
    """
    key = "service_due.car"
    if distance_to_service_km is None or not math.isfinite(distance_to_service_km):
        msg = text("withheld_no_current")
        return Prediction(key, "service_due", "car", "withheld", "ok", msg, msg)
    if distance_to_service_km <= 0:
        msg = text("service_overdue", distance=Quantity("distance_km", -float(distance_to_service_km)))
        return Prediction(key, "service_due", "car", "trend", "warning", msg, msg, days_to_threshold=0.0,
                          level=distance_to_service_km)  # fmt: skip
    t, y = daily_grid(odo_ts, odometer_km)
    fit, withheld = _fit_or_withhold(key, "service_due", "car", t, y, rule, rate=True)
    if withheld is not None:
        return withheld
    assert fit is not None
    driven = _is_trend(fit, rule, falling=False)
    u = _trend_u(fit) if driven else _horizon_u(fit, rule, distance_to_service_km)
    conf = _confidence(u)
    basis = _basis(fit, rule, conf, interval=driven)
    common = {**_common(fit, conf, u), "level": distance_to_service_km}
    distance = Quantity("distance_km", float(distance_to_service_km))
    if not driven:
        msg = text("service_idle", distance=distance)
        return Prediction(key, "service_due", "car", "stable", "ok", msg, basis, **common)
    if _low(conf):
        return Prediction(key, "service_due", "car", "withheld", "ok", _uncertain(fit, rule), basis, **common)
    # The fast end of the driving rate brings the date closest.
    km = distance_to_service_km
    days, fast, slow = km / fit.slope, km / fit.ci_high, km / fit.ci_low
    rate = Quantity("distance_km", round(fit.slope))
    msg = text("service_due", when=_when_text(fast, slow), distance=distance, rate=rate)
    severity = "info" if fast <= soon_days else "ok"
    return Prediction(key, "service_due", "car", "trend", severity, msg, basis, days_to_threshold=days, days_low=fast,
                      days_high=slow, **common)  # fmt: skip
