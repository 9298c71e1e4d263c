"""Simulated car physics: temperatures, tyres, 12 V, odometer and the car's own range estimate.

Plain Python. Deliberately simple but physically shaped, so the numbers on the screen move the way a real
LEAF's would. The car's figures (capacity, mass, drag, efficiencies, charging curves) come from its vehicle
profile (``assets/vehicles/``), the one source the EV planner uses too; the battery power that drives
:func:`step` comes from the planner's battery model (``hmi.nav.ev.battery_sim``), so what the car shows,
how fast it drains and what the planner predicts agree.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from hmi.link import signals as sig
from hmi.nav.ev.profiles import VehicleProfile, get_profile

#: Vehicle profile id of the simulated car.
SIM_VEHICLE = "nissan-leaf-40"

#: HV battery draw (W) of the parked car with nothing running (12 V top-up, telematics); too small to move the
#: SoC display in a session, so only shown as power.
PARKED_STANDBY_W = 150.0

#: Tyre cold pressure (kPa) the simulated car starts with and the reference temperature (°C).
NOMINAL_TYRE_KPA = 250.0
TYRE_REF_TEMP_C = 20.0


@dataclass
class CarSpec:
    """The simulated car: its vehicle profile plus how its simulated driver accelerates and brakes."""

    profile: VehicleProfile = field(default_factory=lambda: get_profile(SIM_VEHICLE))
    max_accel: float = 1.6
    """Comfortable acceleration of the simulated driver, m/s²."""
    max_decel: float = 2.4
    """Comfortable braking of the simulated driver, m/s²."""

    @property
    def capacity_kwh(self) -> float:
        """Usable battery capacity (kWh)."""
        return self.profile.usable_capacity_kwh

    @property
    def ac_power_kw(self) -> float:
        """Onboard (AC) charger power (kW): a charger delivering more than this is a DC charger."""
        return self.profile.onboard_charger_kw


@dataclass
class CarState:
    """Everything the agent publishes, in VSS units."""

    lat: float = 47.1410
    lon: float = 9.5209
    heading: float = 0.0
    speed_kmh: float = 0.0
    odometer_km: float = 18_342.0
    gear: int = sig.GEAR_PARK
    soc: float = 78.0
    soh: float = 91.5
    charge_limit: int = 90
    charging: bool = False
    cable: bool = False
    charge_power_kw: float = 0.0
    conditioning: str = "INACTIVE"
    battery_temp: float = 18.0
    motor_temp: float = 22.0
    lv_voltage: float = 12.6
    outside_temp: float = 12.0
    cabin_temp: float = 19.0
    #: the ambient-light sensor's reading (%); None: what a clear sky gives at the car's place and time
    light_pct: int | None = None
    cabin_target: float = 21.0
    tyres_kpa: dict[str, float] = field(default_factory=lambda: {key: NOMINAL_TYRE_KPA for key, *_ in sig.TYRES})
    tyre_leak_kpa_per_s: dict[str, float] = field(default_factory=dict)
    dtcs: list[str] = field(default_factory=list)
    service_km: float = 4_200.0
    battery_power_w: float = 0.0
    time_to_complete_s: int = 0
    """Seconds to the charge target, from the battery model that charges the car (0 when not charging)."""
    avg_consumption_wh_per_km: float = 155.0


def tyre_pressure_at(cold_kpa: float, temp_c: float) -> float:
    """Gauge pressure of a tyre at ``temp_c`` given its pressure at the reference temperature (gas law)."""
    absolute = (cold_kpa + 101.3) * (temp_c + 273.15) / (TYRE_REF_TEMP_C + 273.15)
    return absolute - 101.3


def step(state: CarState, dt: float) -> None:
    """Advance temperatures, tyres, 12 V, odometer and the consumption average by ``dt`` seconds.

    Motion (speed, position) and the battery (SoC, ``battery_power_w``) are set by the caller before.
    """
    v = state.speed_kmh / 3.6
    if v > 0.5:
        inst = -state.battery_power_w / max(v, 1.0) / 3.6  # Wh/km
        # Slow moving average, as the car's range estimator does.
        state.avg_consumption_wh_per_km += (inst - state.avg_consumption_wh_per_km) * min(1.0, dt / 600)
        state.avg_consumption_wh_per_km = min(400.0, max(90.0, state.avg_consumption_wh_per_km))
        d_km = v * dt / 1000
        state.odometer_km += d_km
        state.service_km -= d_km
    load = abs(state.battery_power_w) / 80_000
    state.battery_temp += dt * (0.004 * load * 10 + (state.outside_temp - state.battery_temp) / 7200)
    state.motor_temp += dt * ((25 + 60 * load - state.motor_temp) / 300)
    state.cabin_temp += dt * (state.cabin_target - state.cabin_temp) / 240
    state.lv_voltage = (
        14.1 if (v > 0 or state.charging) else max(11.0, state.lv_voltage + dt * (12.55 - state.lv_voltage) / 60)
    )
    for key, rate in state.tyre_leak_kpa_per_s.items():
        state.tyres_kpa[key] = max(0.0, state.tyres_kpa[key] + rate * dt)


def range_m(state: CarState, spec: CarSpec) -> int:
    """Remaining range estimate (m) from usable energy and the averaged consumption."""
    usable_wh = state.soc / 100 * spec.capacity_kwh * 1000
    return int(usable_wh / state.avg_consumption_wh_per_km * 1000)


def bearing_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial great-circle bearing (0 = north, clockwise) from point 1 to point 2."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(x, y)) % 360.0
