"""The simulated car's battery: SoC falls with the planner's consumption model and rises along the charging curve.

For ``hmi.sim``: call :meth:`SimBattery.drive` for every simulation step (distance and time driven, grade if
known) and :meth:`SimBattery.charge` while parked at a charger. ``consumption_factor`` > 1 makes the car use
more than the planner predicts (the "long detour" scenario: headwind, heavy load, a detour), which the live
replanning then has to catch.
"""

from __future__ import annotations

import math

from hmi.nav.ev.charging import ChargingCurve, curve_for
from hmi.nav.ev.consumption import ConsumptionModel
from hmi.nav.ev.profiles import VehicleProfile


class SimBattery:
    """State of charge of a simulated car (SoC in %, energy in kWh)."""

    def __init__(
        self, profile: VehicleProfile, soc_pct: float, outside_temp_c: float = 20.0, consumption_factor: float = 1.0
    ) -> None:
        """Start at ``soc_pct``; ``consumption_factor`` scales the model's energy use (≥ 0.5, ≤ 3)."""
        if not (math.isfinite(soc_pct) and 0 <= soc_pct <= 100):
            raise ValueError(f"SoC {soc_pct!r} is outside 0 … 100")
        if not (math.isfinite(consumption_factor) and 0.5 <= consumption_factor <= 3.0):
            raise ValueError(f"consumption factor {consumption_factor!r} is outside 0.5 … 3")
        self.profile = profile
        self.model = ConsumptionModel(profile, outside_temp_c)
        self.soc = float(soc_pct)
        self.consumption_factor = float(consumption_factor)
        self.power_w = 0.0  # VSS CurrentPower convention: + into the battery
        self._curve: ChargingCurve | None = None
        self._curve_key: tuple[str, float] | None = None

    @property
    def energy_kwh(self) -> float:
        """Energy in the battery (kWh)."""
        return self.soc / 100.0 * self.profile.usable_capacity_kwh

    def set_outside_temp(self, celsius: float) -> None:
        """The outside temperature changed: air density and HVAC/aux power follow (nonsense is ignored)."""
        if not (math.isfinite(celsius) and -60 <= celsius <= 70):
            return
        if abs(celsius - self.model.outside_temp_c) >= 0.1:
            self.model = ConsumptionModel(self.profile, celsius)

    def drive(self, distance_m: float, dt_s: float, grade: float = 0.0) -> float:
        """Drive ``distance_m`` in ``dt_s`` seconds; returns the new SoC (clamped to 0 … 100).

        ``distance_m`` 0 is a car switched on at a standstill: only the HVAC and 12 V loads draw.
        """
        if dt_s <= 0 or not (math.isfinite(distance_m) and math.isfinite(dt_s)) or distance_m < 0:
            return self.soc
        kwh = float(self.model.energy_kwh(distance_m, dt_s, grade))
        if kwh > 0:
            kwh *= self.consumption_factor
        self.power_w = -kwh * 3.6e6 / dt_s
        self.soc = min(100.0, max(0.0, self.soc - kwh / self.profile.usable_capacity_kwh * 100.0))
        return self.soc

    def power_now_w(self, speed_mps: float, accel_mps2: float = 0.0, grade: float = 0.0) -> float:
        """Battery power at this instant (W, + = into the battery, the VSS sign): regenerates while braking.

        What the car shows; the SoC follows :meth:`drive`'s trip-average model (the planner's), which folds
        typical accelerations in, so over a drive the two agree closely but not exactly.
        """
        kw = self.model.power_kw(speed_mps, accel_mps2, grade)
        return -(kw * self.consumption_factor if kw > 0 else kw) * 1000.0

    def charge(self, dt_s: float, plug: str, charger_power_kw: float, limit_pct: float = 100.0) -> float:
        """Charge for ``dt_s`` seconds on ``plug`` at a charger of ``charger_power_kw``; returns the new SoC."""
        if dt_s <= 0 or self.soc >= limit_pct:
            self.power_w = 0.0
            return self.soc
        key = (plug, float(charger_power_kw))
        if self._curve_key != key:
            self._curve, self._curve_key = curve_for(self.profile, plug, charger_power_kw), key
        assert self._curve is not None
        self.power_w = self._curve.power_kw(self.soc) * 1000.0
        self.soc = min(limit_pct, self._curve.soc_after(self.soc, dt_s))
        return self.soc

    def time_to_limit_s(self, plug: str, charger_power_kw: float, limit_pct: float) -> float:
        """Seconds until ``limit_pct`` at this charger (the VSS ``Charging.TimeToComplete``)."""
        return curve_for(self.profile, plug, charger_power_kw).time_s(self.soc, limit_pct)
