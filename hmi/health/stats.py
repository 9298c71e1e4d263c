"""Robust trends with honest intervals when neighbouring readings are correlated (plain numpy, no Qt).

The predictions fit a **Theil–Sen** line (the median of all pairwise slopes: unaffected by up to ~29 %
wild readings) and need a 95 % interval for its slope. Sen's textbook interval assumes independent
residuals. Health series are not: they are hourly or daily means of slowly varying quantities
(temperature-compensation error in a tyre, surface charge on a 12 V battery, the BMS's capacity estimate),
so each residual is much like the one before. With AR(1) noise at φ = 0.9 that interval covered the
true slope in 41 % of simulated runs instead of 95 %, and a steady sensor raised leak warnings.

**Method: an effective sample size from the lag-1 autocorrelation.** Chosen over a block bootstrap
because a bootstrap of the Theil–Sen slope needs hundreds of O(n²) refits per prediction, and short
windows (a tyre's 4 days) hold too few blocks for it to see slow wander anyway. Here the cost is a few
n × n array operations (n ≤ :data:`MAX_FIT_POINTS`) per step of a short root search:

1. Residuals from the Theil–Sen line, winsorised at 3 robust σ (a wild reading must not hide the
   correlation) and with the line's space projected out, give the lag-1 autocorrelation ``r1`` over pairs
   of consecutive samples at the typical spacing (pairs across a gap are skipped). A short window says
   little about its own correlation: a tyre's is measured over its last 28 days in 4-day windows, each
   with its own line, pooled (:func:`pooled_r1`).
2. ``r1`` is biased low, strongly so for short, strongly correlated series: removing the trend removes
   slow wander too. The noise is modelled as AR(1) in time — samples ``i``, ``j`` correlate as
   ``φ^(|tᵢ − tⱼ| / step)``, so gaps are handled — and φ is the value whose *expected* ``r1`` for these
   sample times and this detrending (second-order delta method on the ratio of two Gaussian quadratic
   forms; its spread from the same moments) equals the observed one plus one standard error: an upper
   estimate on purpose, as underestimating φ makes an interval overconfident, overestimating it only wider.
3. Variance inflation ``f = (w'Σw / w'w) · (n − 2) / tr(MΣM)``: the first factor is how much the
   correlation ``Σ`` inflates the variance of a slope with weights ``w``, the second how much it shrinks
   the residual scatter the interval is scaled by (``M`` removes the fitted line). ``n / f`` is the
   effective sample size.
4. Sen's rank interval (independent residuals, normal quantile) is widened on each side of the slope by
   ``sqrt(f) · q / 1.96``, with ``q`` the Student-t 97.5 % quantile at the Satterthwaite degrees of
   freedom of the residual scale, ``tr(MΣM)² / ‖MΣM‖²`` (``n − 2`` for independent noise). The widening
   is in slope units: scaled in rank space instead, the interval would run into the noisy short-lag
   slopes long before the standard error says it should. When Sen's rank bound reaches past the extreme
   pairwise slopes (very few points), the interval is unbounded.

For independent noise this is Sen's interval, a little wider (t quantiles, the margin on φ). Coverage on simulated
AR(1) noise at φ = 0, 0.5, 0.9 and 0.97, at the lengths and spacings the app fits, is checked in
``tests/health/test_health_stats.py``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property

from hmi.lazy import np

DAY_S = 86400.0
MAX_FIT_POINTS = 200
"""Above this many points, consecutive groups are replaced by their medians (pairwise slopes are O(n²))."""
PHI_MAX = 0.995
"""Largest AR(1) coefficient considered (φ → 1 is a random walk: no interval at all)."""
PHI_MARGIN_SE = 1.0
"""How many standard errors above the observed lag-1 autocorrelation φ is matched to (see step 2)."""
WINSOR_SIGMA = 3.0
GAP_FACTOR = 1.5
"""Consecutive samples further apart than this many typical spacings are not a lag-1 pair."""
LEVEL = 0.95
Z975 = 1.959963984540054
"""The standard normal 97.5 % quantile."""


# -- Student's t ------------------------------------------------------------------------------------------------------
def _betacf(a: float, b: float, x: float) -> float:
    # Continued fraction of the regularised incomplete beta function (modified Lentz).
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        even = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
        odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
        for num in (even, odd):
            d = 1.0 + num * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + num / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1.0) < 1e-12:
            break
    return h


def _betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta function I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    front = math.exp(math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x))
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _betacf(a, b, x) / a
    return 1.0 - front * _betacf(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T ≤ t) for Student's t with ``df`` (real, > 0) degrees of freedom."""
    tail = 0.5 * _betainc(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


def t_pdf(t: float, df: float) -> float:
    """Density of Student's t with ``df`` degrees of freedom."""
    log_c = math.lgamma((df + 1.0) / 2.0) - math.lgamma(df / 2.0) - 0.5 * math.log(df * math.pi)
    return math.exp(log_c - (df + 1.0) / 2.0 * math.log1p(t * t / df))


def t_quantile(p: float, df: float) -> float:
    """The ``p`` quantile of Student's t with ``df`` (real, > 0) degrees of freedom; ±inf at p = 1 / 0."""
    if not 0.0 < p < 1.0:
        if p in (0.0, 1.0):
            return math.copysign(math.inf, p - 0.5)
        raise ValueError(f"p must be in [0, 1], got {p!r}")
    if not df > 0:
        raise ValueError(f"df must be positive, got {df!r}")
    if p == 0.5:
        return 0.0
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    # Newton's method on the CDF from the Cornish–Fisher start, kept inside a bracket that bisection
    # narrows when a step would leave it: a few CDF evaluations (this runs for every fit).
    z = _normal_quantile(p)
    x = z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df * df)
    lo, hi = 0.0, math.inf
    for _ in range(100):
        f = t_cdf(x, df) - p
        if f < 0:
            lo = x
        else:
            hi = x
        step = f / max(t_pdf(x, df), 1e-300)
        nxt = x - step
        if not lo < nxt < hi:
            nxt = 0.5 * (lo + hi) if math.isfinite(hi) else 2.0 * x + 1.0
        if abs(nxt - x) <= 1e-12 * max(1.0, abs(x)):
            return nxt
        x = nxt
    return x


def _normal_quantile(p: float) -> float:
    # Abramowitz & Stegun 26.2.23 for p ≥ 0.5 (error < 4.5e-4): only a starting point for Newton above.
    q = math.sqrt(-2.0 * math.log(1.0 - p))
    return q - (2.515517 + 0.802853 * q + 0.010328 * q * q) / (1 + 1.432788 * q + 0.189269 * q * q + 0.001308 * q**3)


# -- serial correlation -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SerialCorrelation:
    """How correlated neighbouring residuals are, and what that does to a slope's interval."""

    r1: float
    """Observed lag-1 autocorrelation of the residuals (biased low)."""
    phi: float
    """AR(1) coefficient per typical spacing matched to ``r1`` (bias-corrected, with the safety margin)."""
    inflation: float
    """Factor on the variance of the slope relative to independent residuals (≥ 1)."""
    df: float
    """Satterthwaite degrees of freedom of the residual scale."""
    n: int

    @property
    def n_eff(self) -> float:
        """Effective number of independent readings."""
        return self.n / self.inflation


INDEPENDENT = SerialCorrelation(0.0, 0.0, 1.0, math.inf, 0)


class _Design:
    """Sample times of one fit: lags in typical spacings, the fitted model's basis and the lag-1 pairs.

    The model is a line (``trend``: constant and centred time) or a constant (the mean of a rate); its
    last basis vector belongs to the estimated parameter (slope or mean).
    """

    def __init__(self, t: np.ndarray, *, trend: bool = True):
        n = t.size
        d = np.diff(t)
        step = float(np.median(d)) if n > 1 else 1.0
        self.n = n
        self._t = t
        self._step = step if step > 0 else 1.0
        cols = [np.full(n, 1.0 / math.sqrt(n))]
        if trend:
            tc = t - t.mean()
            norm = float(np.sqrt(tc @ tc))
            cols.append(tc / norm if norm > 0 else np.zeros(n))
        self.q = np.column_stack(cols)  # orthonormal
        self.pairs = np.flatnonzero(d <= GAP_FACTOR * step)

    @cached_property
    def lag(self) -> np.ndarray:
        """|tᵢ − tⱼ| in typical spacings (n × n; built when a correlation matrix is first needed)."""
        return np.abs(self._t[:, None] - self._t[None, :]) / self._step

    def sigma(self, phi: float) -> np.ndarray:
        return np.power(phi, self.lag) if phi > 0 else np.eye(self.n)

    # Products below are written as broadcasts and sums, not ``@``: a multi-threaded BLAS busy-waits for
    # cores the GUI thread needs (on a loaded 2-core machine one fit took 15× longer through BLAS).
    def moments(self, phi: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Σ, ΣQ and QᵀΣQ at ``phi``."""
        s = self.sigma(phi)
        b = np.column_stack([(s * col).sum(axis=1) for col in self.q.T])  # Σ is symmetric: (Σq)ᵢ = Σⱼ Σᵢⱼ qⱼ
        return s, b, (self.q[:, :, None] * b[:, None, :]).sum(axis=0)

    def residual_cov(self, phi: float) -> tuple[np.ndarray, np.ndarray]:
        """``C = MΣM`` (covariance of the residuals of unit-variance noise) and ``QᵀΣQ`` at ``phi``."""
        s, b, g = self.moments(phi)
        q = self.q
        h = b - 0.5 * (q[:, :, None] * g[None, :, :]).sum(axis=1)
        c = s  # C = Σ − QBᵀ − BQᵀ + QGQᵀ = Σ − QHᵀ − HQᵀ with H = B − ½QG, updated in place (Σ is fresh)
        for k in range(q.shape[1]):
            c -= np.multiply.outer(q[:, k], h[:, k])
            c -= np.multiply.outer(h[:, k], q[:, k])
        return c, g

    def r1_moments(self, phi: float, windows: int = 1) -> tuple[float, float]:
        """Mean and standard deviation of the lag-1 autocorrelation of AR(1) noise (unit variance) after the fit,
        pooled over ``windows`` independent windows like this one (a ratio of sums).

        Second-order delta method on the ratio of two Gaussian quadratic forms: with residual covariance
        ``C = MΣM`` and ``P`` the lag-1 pair matrix, numerator ``r'Pr`` and denominator ``r'r`` have means
        ``tr(PC)``, ``tr(C)``, variances ``2 tr(PCPC)``, ``2 tr(CC)`` and covariance ``2 tr(PCC)``; summing
        over windows divides the variances (hence the ratio's bias and variance) by ``windows``.
        """
        c, g = self.residual_cov(phi)
        i = self.pairs
        j = i + 1
        n, npairs = self.n, i.size
        ci, cj = c[i], c[j]
        e_num = float(c[i, j].sum()) / npairs
        e_den = (n - float(np.trace(g))) / n
        cji = cj[:, i]
        tr_pcpc = 0.5 * (float((cji * cji.T).sum()) + float((ci[:, i] * cj[:, j]).sum()))
        v_num = 2.0 * tr_pcpc / npairs**2
        v_den = 2.0 * float((c * c).sum()) / n**2
        cov = 2.0 * float((ci * cj).sum()) / (npairs * n)
        r = e_num / e_den
        var = max(0.0, v_num - 2.0 * r * cov + r * r * v_den) / e_den**2 / windows
        mean = r + (r * v_den - cov) / e_den**2 / windows  # second order: E[X/Y] is not E[X]/E[Y]
        return mean, math.sqrt(var)


def _clean(resid: np.ndarray, q: np.ndarray) -> np.ndarray:
    """Residuals as the correlation model sees them: clipped at 3 robust σ (a wild reading must not hide the
    correlation of the others), then with the fitted model's space projected out (``q``: its orthonormal basis),
    as the expected values of step 2 assume — the Theil–Sen line leaves a little slow wander in, which near
    φ = 1 would read as a lot more correlation."""
    r = resid - np.median(resid)
    s = 1.4826 * float(np.median(np.abs(r)))
    if s <= 0:
        s = float(np.std(r))
    if s > 0:
        r = np.clip(r, -WINSOR_SIGMA * s, WINSOR_SIGMA * s)
    return r - q @ (q.T @ r)


def _lag1(r: np.ndarray, pairs: np.ndarray) -> tuple[float, float]:
    """Mean lag-1 product over ``pairs`` and mean square of cleaned residuals ``r``."""
    return (float(np.mean(r[pairs] * r[pairs + 1])) if pairs.size else 0.0), float(np.mean(r * r))


def serial_correlation(
    t: np.ndarray, resid: np.ndarray, *, trend: bool = True, pooled: tuple[float, int] | None = None
) -> SerialCorrelation:
    """Serial correlation of the residuals ``resid`` of a line (``trend``) or a mean fitted at times ``t``
    (sorted, seconds), and its effect on the variance of the slope (or the mean).

    ``pooled`` = ``(r1, blocks)``: the lag-1 autocorrelation measured over a longer record in ``blocks``
    windows like this one (:func:`pooled_r1`), used instead of this window's own (its spread is then
    ``1/√blocks`` of one window's).
    """
    n = int(t.size)
    p = 2 if trend else 1
    if n < p + 2:
        return SerialCorrelation(0.0, 0.0, 1.0, float(max(n - p, 1)), n)
    design = _Design(t, trend=trend)
    if pooled is None:
        num, den = _lag1(_clean(resid, design.q), design.pairs)
        pooled = (num / den if den > 0 else 0.0, 1)
    r1, blocks = pooled

    def excess(phi: float) -> float:
        # Expected r1 at φ, less the margin (in standard errors of r1 at φ), minus the observed r1: increasing in φ.
        mean, sd = design.r1_moments(phi, blocks)
        return mean - PHI_MARGIN_SE * sd - r1

    phi = _root(excess, 0.0, PHI_MAX, guess=r1) if design.pairs.size else 0.0
    msm, g = design.residual_cov(phi)
    tr = n - float(np.trace(g))
    # w'Σw / w'w for the estimate's weights, times the shrinking of the residual scatter.
    inflation = max(1.0, float(g[-1, -1]) * (n - p) / tr) if tr > 1e-9 else math.inf
    df = tr * tr / float(np.sum(msm * msm)) if tr > 1e-9 else 1.0
    return SerialCorrelation(r1, phi, inflation, max(df, 1.0), n)


def pooled_r1(ts: np.ndarray, values: np.ndarray, window_s: float, *, min_points: int = 12) -> tuple[float, int]:
    """Lag-1 autocorrelation of a longer record, pooled over windows of ``window_s`` ending at the newest sample.

    Each window gets its own Theil–Sen line (a leak that starts in one does not masquerade as correlated
    noise in the others); its winsorised residuals' lag-1 products and squares are summed over the windows
    with at least ``min_points`` samples. Returns ``(r1, windows)``; ``(0.0, 0)`` without any window.
    """
    t, y = np.asarray(ts, float), np.asarray(values, float)
    num = den = 0.0
    windows = 0
    end = t[-1] if t.size else 0.0
    while t.size:
        inside = t > end - window_s
        tw, yw = t[inside], y[inside]
        t, y = t[~inside], y[~inside]
        end -= window_s
        if tw.size < min_points or tw[-1] <= tw[0]:
            continue
        td = (tw - tw[-1]) / DAY_S
        design = _Design(tw)
        slope = float(np.median(pairwise_slopes(td, yw, sort=False)))  # a selection, not a sort
        mean_product, mean_square = _lag1(_clean(yw - slope * td, design.q), design.pairs)
        # Summed with the weight of each window's squares: a ratio of sums, like the expectation it is matched to.
        num += mean_product * tw.size
        den += mean_square * tw.size
        windows += 1
    return (num / den if den > 0 else 0.0), windows


def _root(fn, lo: float, hi: float, tol: float = 1e-3, guess: float | None = None) -> float:
    """Root of an increasing ``fn`` in [lo, hi] (clamped to the ends); Illinois regula falsi.

    With a ``guess`` the search starts from a narrow bracket just above it (the bias-corrected φ lies a
    little above the observed autocorrelation), widening to [lo, hi] when that does not bracket the root.
    """
    if guess is not None and lo < guess < hi:
        a, b = max(lo, guess), min(hi, guess + 0.1)
        fa = fn(a)
        if fa >= 0:
            if a == lo:
                return lo
            hi, fhi, flo = a, fa, fn(lo)
        else:
            fb = fn(b)
            lo, flo = a, fa
            hi, fhi = (b, fb) if fb > 0 else (hi, fn(hi))
            if fhi <= 0:
                return hi
        if flo >= 0:
            return lo
    else:
        flo, fhi = fn(lo), fn(hi)
        if flo >= 0:
            return lo
        if fhi <= 0:
            return hi
    side = 0
    for _ in range(40):
        x = (lo * fhi - hi * flo) / (fhi - flo)
        fx = fn(x)
        if abs(fx) < 1e-6 or hi - lo < tol:
            return x
        if fx > 0:
            hi, fhi = x, fx
            if side == -1:
                flo /= 2.0
            side = -1
        else:
            lo, flo = x, fx
            if side == 1:
                fhi /= 2.0
            side = 1
    return 0.5 * (lo + hi)


# -- Theil–Sen with the widened interval ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Fit:
    """A Theil–Sen line ``y = level + slope * (t - t_end)`` (slope per day) with its 95 % slope interval."""

    slope: float
    level: float
    """Fitted value at the newest sample."""
    t_end: float
    ci_low: float
    """Lower end of the 95 % slope interval (−inf when the data do not bound it)."""
    ci_high: float
    sigma: float
    """Robust residual spread (1.4826 × median absolute residual)."""
    r2: float
    n: int
    span_days: float
    correlation: SerialCorrelation = INDEPENDENT

    @property
    def halfwidth(self) -> float:
        """Half the width of the 95 % slope interval (per day; inf when unbounded)."""
        return (self.ci_high - self.ci_low) / 2.0

    @property
    def bounded(self) -> bool:
        """Whether the data bound the slope at all."""
        return math.isfinite(self.ci_low) and math.isfinite(self.ci_high)

    def includes_zero(self) -> bool:
        """The interval includes a slope of zero: no trend can be claimed."""
        return self.ci_low <= 0.0 <= self.ci_high


def thin(t: np.ndarray, y: np.ndarray, limit: int = MAX_FIT_POINTS) -> tuple[np.ndarray, np.ndarray]:
    """At most ``limit`` points: medians of consecutive groups above it (keeps the fit robust)."""
    n = t.size
    if n <= limit:
        return t, y
    k = -(-n // limit)
    pad = (-n) % k
    tt = np.concatenate([t, np.full(pad, np.nan)]).reshape(-1, k)
    yy = np.concatenate([y, np.full(pad, np.nan)]).reshape(-1, k)
    return np.nanmedian(tt, axis=1), np.nanmedian(yy, axis=1)


def pairwise_slopes(td: np.ndarray, y: np.ndarray, *, sort: bool = True) -> np.ndarray:
    """Slopes of every pair of samples with distinct times (``td`` in days), sorted unless ``sort`` is False."""
    i, j = np.triu_indices(td.size, k=1)
    dt = td[j] - td[i]
    keep = dt > 0
    slopes = (y[j] - y[i])[keep] / dt[keep]
    return np.sort(slopes) if sort else slopes


def sen_bounds(slopes: np.ndarray, n: int, *, quantile: float = Z975) -> tuple[float, float]:
    """Sen's (1968) rank interval from the sorted pairwise ``slopes`` of ``n`` points (independent residuals;
    ``quantile`` of the normal or t distribution). ``(-inf, inf)`` when it reaches past the extreme slopes."""
    m = slopes.size
    c = quantile * math.sqrt(n * (n - 1) * (2 * n + 5) / 18.0)
    lo = math.floor((m - c) / 2.0)
    hi = math.ceil((m + c) / 2.0)
    if lo < 0 or hi > m - 1 or not math.isfinite(c):
        return -math.inf, math.inf
    return float(slopes[lo]), float(slopes[hi])


def theil_sen(
    ts: np.ndarray, values: np.ndarray, *, independent: bool = False, pooled: tuple[float, int] | None = None
) -> Fit | None:
    """Theil–Sen fit of time-sorted samples with the 95 % slope interval described in the module docstring.

    ``pooled``: the noise's lag-1 autocorrelation from a longer record (:func:`pooled_r1`) instead of this
    window's own. ``independent=True`` gives Sen's classic interval (residuals assumed independent) — for
    comparisons only; it is overconfident on the app's series. None with fewer than 3 distinct times.
    """
    t, y = thin(np.asarray(ts, float), np.asarray(values, float))
    n = t.size
    if n < 3 or t[-1] <= t[0]:
        return None
    td = (t - t[-1]) / DAY_S
    slopes = pairwise_slopes(td, y)
    if slopes.size < 3:
        return None
    slope = float(np.median(slopes))
    level = float(np.median(y - slope * td))
    resid = y - (level + slope * td)
    sigma = float(1.4826 * np.median(np.abs(resid - np.median(resid))))
    ss_tot = float(np.sum((y - y.mean()) ** 2))
    r2 = 1.0 - float(np.sum(resid**2)) / ss_tot if ss_tot > 0 else 0.0
    lo, hi = sen_bounds(slopes, n)
    corr = INDEPENDENT
    if not independent:
        # Widen each side of the rank interval by the standard error's factor (in slope units: a rank
        # interval inflated in rank space saturates at the noisy short-lag slopes long before it should).
        corr = serial_correlation(t, resid, pooled=pooled)
        widen = math.sqrt(corr.inflation) * t_quantile(0.5 + LEVEL / 2.0, corr.df) / Z975
        lo, hi = slope - (slope - lo) * widen, slope + (hi - slope) * widen
    n_in = int(np.asarray(ts).size)  # report the readings used, not the thinned count
    return Fit(slope, level, float(t[-1]), lo, hi, sigma, r2, n_in, float(td[-1] - td[0]), corr)


def mean_rate(ts: np.ndarray, values: np.ndarray) -> Fit | None:
    """The average rate (per day) of a cumulative quantity — an odometer — over time-sorted samples.

    The rate is the total change over the span; its 95 % interval is Student's t on the increments'
    mean, widened for their serial correlation with the same model as :func:`theil_sen` (for a mean
    instead of a slope). ``level`` is the newest value. None with fewer than 4 samples.
    """
    t, y = np.asarray(ts, float), np.asarray(values, float)
    if t.size < 4 or t[-1] <= t[0]:
        return None
    dt = np.diff(t) / DAY_S
    keep = dt > 0
    x, tm = np.diff(y)[keep] / dt[keep], (0.5 * (t[1:] + t[:-1]))[keep]
    if x.size < 3:
        return None
    span = float((t[-1] - t[0]) / DAY_S)
    rate = float((y[-1] - y[0]) / span)
    resid = x - rate
    corr = serial_correlation(tm, resid, trend=False)
    sd = float(np.std(x, ddof=1))
    half = t_quantile(0.5 + LEVEL / 2.0, corr.df) * sd * math.sqrt(corr.inflation / x.size)
    sigma = float(1.4826 * np.median(np.abs(resid - np.median(resid))))
    return Fit(rate, float(y[-1]), float(t[-1]), rate - half, rate + half, sigma, 0.0, int(t.size), span, corr)
