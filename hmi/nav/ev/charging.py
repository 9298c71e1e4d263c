"""Piecewise-linear charging curves and exact charging times.

A profile gives, per plug, the power into the battery vs SoC as (SoC %, kW) points. At a charger the power is
also capped — by the charger's rated power, and for AC plugs by the car's onboard charger (and
:data:`AC_SITE_CAP_KW`, since a site's "max power" is its DC rating when it has both). The capped curve is
still piecewise-linear; on each linear piece ``P(s) = P0 + k·(s − s0)`` the time is integrated exactly::

    dt = E% · 3600 · ∫ ds / P(s) = E% · 3600 · ln(P(s1) / P(s0)) / k      (k ≠ 0, E% = capacity / 100 kWh)

so ``time_s(a, b)`` is exact for the curve, and :meth:`ChargingCurve.soc_after` is its exact inverse (used by the
simulator to raise the SoC during a stop).
"""

from __future__ import annotations

import bisect
import itertools
import math
from collections.abc import Sequence

from hmi.lazy import np
from hmi.nav.ev.profiles import DC_PLUGS, VehicleProfile

#: AC power above this is not deliverable through a Type 2 / Type 1 socket, whatever the site's rating.
AC_SITE_CAP_KW = 22.0


class ChargingCurve:
    """Battery power vs SoC (piecewise-linear, capped) with exact cumulative charging time."""

    def __init__(self, points: Sequence[tuple[float, float]], capacity_kwh: float, cap_kw: float = math.inf) -> None:
        """``points``: (SoC %, kW) from 0 to 100 %, power > 0; ``cap_kw``: constant power cap (> 0)."""
        if not (capacity_kwh > 0 and math.isfinite(capacity_kwh)):
            raise ValueError("capacity must be a positive finite number of kWh")
        if not cap_kw > 0:
            raise ValueError("power cap must be > 0 kW")
        pts = [(float(s), float(p)) for s, p in points]
        if len(pts) < 2 or pts[0][0] != 0.0 or pts[-1][0] != 100.0 or any(p <= 0 for _, p in pts):
            raise ValueError("curve must span SoC 0 … 100 % with power > 0")
        # Split each piece where it crosses the cap, then clamp.
        capped: list[tuple[float, float]] = [(pts[0][0], min(pts[0][1], cap_kw))]
        for (s0, p0), (s1, p1) in itertools.pairwise(pts):
            if (p0 - cap_kw) * (p1 - cap_kw) < 0:
                sx = s0 + (cap_kw - p0) * (s1 - s0) / (p1 - p0)
                if s0 < sx < s1:
                    capped.append((sx, cap_kw))
            capped.append((s1, min(p1, cap_kw)))
        self.soc = np.array([s for s, _ in capped])
        self.power = np.array([p for _, p in capped])
        self.capacity_kwh = float(capacity_kwh)
        self.cap_kw = float(cap_kw)
        self._sec_per_pct = self.capacity_kwh / 100.0 * 3600.0  # s·kW per % SoC
        seg = [self._piece_time(i, self.soc[i + 1]) for i in range(len(self.soc) - 1)]
        self.cum = np.concatenate(([0.0], np.cumsum(seg)))  # time from 0 % to each breakpoint
        self._soc_list = self.soc.tolist()

    def _slope(self, i: int) -> float:
        return (self.power[i + 1] - self.power[i]) / (self.soc[i + 1] - self.soc[i])

    def _piece_time(self, i: int, x: float) -> float:
        """Seconds to charge from breakpoint ``i`` to SoC ``x`` within piece ``i``."""
        s0, p0, k = self.soc[i], self.power[i], self._slope(i)
        if abs(k) < 1e-12:
            return self._sec_per_pct * (x - s0) / p0
        px = p0 + k * (x - s0)
        return self._sec_per_pct * math.log(px / p0) / k

    def power_kw(self, soc: float) -> float:
        """Charging power (kW) at ``soc`` %."""
        return float(np.interp(soc, self.soc, self.power))

    def cumulative_s(self, soc: float) -> float:
        """Seconds to charge from 0 % to ``soc`` % (clamped to 0 … 100)."""
        x = min(max(float(soc), 0.0), 100.0)
        i = min(bisect.bisect_right(self._soc_list, x) - 1, len(self._soc_list) - 2)
        return float(self.cum[i] + self._piece_time(i, x))

    def cumulative_array(self, socs: np.ndarray) -> np.ndarray:
        """Vectorised :meth:`cumulative_s` for an array of SoC values (%)."""
        x = np.clip(np.asarray(socs, dtype=np.float64), 0.0, 100.0)
        i = np.clip(np.searchsorted(self.soc, x, side="right") - 1, 0, len(self.soc) - 2)
        s0, p0 = self.soc[i], self.power[i]
        k = (self.power[i + 1] - p0) / (self.soc[i + 1] - s0)
        flat = np.abs(k) < 1e-12
        with np.errstate(divide="ignore", invalid="ignore"):
            px = p0 + k * (x - s0)
            sloped = np.log(px / p0) / np.where(flat, 1.0, k)
        part = np.where(flat, (x - s0) / p0, sloped) * self._sec_per_pct
        return self.cum[i] + part

    def time_s(self, soc_from: float, soc_to: float) -> float:
        """Exact seconds to charge from ``soc_from`` % to ``soc_to`` % (0 if ``soc_to ≤ soc_from``)."""
        if soc_to <= soc_from:
            return 0.0
        return self.cumulative_s(soc_to) - self.cumulative_s(soc_from)

    def soc_after(self, soc_from: float, seconds: float) -> float:
        """SoC (%) reached after charging ``seconds`` from ``soc_from`` % (exact inverse of :meth:`time_s`)."""
        if seconds <= 0:
            return float(soc_from)
        target = self.cumulative_s(soc_from) + float(seconds)
        if target >= self.cum[-1]:
            return 100.0
        i = int(np.searchsorted(self.cum, target, side="right") - 1)
        i = min(max(i, 0), len(self.soc) - 2)
        dt = (target - self.cum[i]) / self._sec_per_pct
        s0, p0, k = self.soc[i], self.power[i], self._slope(i)
        if abs(k) < 1e-12:
            return float(min(100.0, s0 + dt * p0))
        return float(min(100.0, s0 + p0 * (math.exp(k * dt) - 1.0) / k))


def is_dc(plug: str) -> bool:
    """True for DC plugs (CCS, CHAdeMO, Tesla)."""
    return plug in DC_PLUGS


def curve_for(profile: VehicleProfile, plug: str, charger_power_kw: float) -> ChargingCurve:
    """The profile's curve for ``plug`` capped by the charger (and, on AC, by the onboard charger)."""
    if plug not in profile.charging_curves:
        raise ValueError(f"{profile.name} has no {plug} plug")
    cap = float(charger_power_kw)
    if not is_dc(plug):
        cap = min(cap, profile.onboard_charger_kw, AC_SITE_CAP_KW)
    return ChargingCurve(profile.charging_curves[plug], profile.usable_capacity_kwh, cap)


def best_curve(
    profile: VehicleProfile, plugs: Sequence[str], charger_power_kw: float
) -> tuple[str, ChargingCurve] | None:
    """(plug, curve) of the fastest plug the car and charger share (by 10 → 80 % time), or None."""
    best: tuple[float, str, ChargingCurve] | None = None
    for plug in plugs:
        if plug in profile.charging_curves and charger_power_kw > 0:
            c = curve_for(profile, plug, charger_power_kw)
            t = c.time_s(10.0, 80.0)
            if best is None or t < best[0]:
                best = (t, plug, c)
    return None if best is None else (best[1], best[2])
