"""Simulated car physics: longitudinal motion, battery energy, temperatures, tyres.

Plain Python. Deliberately simple but physically shaped, so the numbers on the
screen move the way a real LEAF's would (speed ramps, SoC falls faster on the
motorway and in the cold, charging slows down above 80 %).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from hmi.link import signals as sig

G = 9.81
AIR_DENSITY = 1.2

#: Tyre cold pressure (kPa) the simulated car starts with and the reference temperature (°C).
NOMINAL_TYRE_KPA = 250.0
TYRE_REF_TEMP_C = 20.0


@dataclass
class CarSpec:
    """Physical parameters of the simulated car (Nissan LEAF 40 kWh order of magnitude)."""

    capacity_kwh: float = 39.0
    mass_kg: float = 1580.0
    drag_area_m2: float = 0.69  # Cd 0.28 × 2.46 m²
    rolling_resistance: float = 0.0105
    drivetrain_efficiency: float = 0.88
    regen_efficiency: float = 0.6
    aux_power_w: float = 400.0
    max_accel: float = 1.6
    max_decel: float = 2.4
    dc_power_kw: float = 46.0
    ac_power_kw: float = 6.6


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
    cabin_target: float = 21.0
    tyres_kpa: dict[str, float] = field(default_factory=lambda: {key: NOMINAL_TYRE_KPA for key, *_ in sig.TYRES})
    tyre_leak_kpa_per_s: dict[str, float] = field(default_factory=dict)
    dtcs: list[str] = field(default_factory=list)
    service_km: float = 4_200.0
    battery_power_w: float = 0.0
    time_to_complete_s: int = 0
    """Seconds to the charge target, from the battery model that charges the car (0 when not charging)."""
    avg_consumption_wh_per_km: float = 155.0


def drive_power_w(spec: CarSpec, speed_ms: float, accel: float, grade: float = 0.0) -> float:
    """Power drawn from the battery (W, + = discharge) to drive at ``speed_ms`` with ``accel``."""
    wheel = (
        spec.mass_kg * accel
        + spec.mass_kg * G * (spec.rolling_resistance + grade)
        + 0.5 * AIR_DENSITY * spec.drag_area_m2 * speed_ms * speed_ms
    ) * speed_ms
    if wheel >= 0:
        return wheel / spec.drivetrain_efficiency
    return wheel * spec.regen_efficiency


def hvac_power_w(outside_c: float, cabin_target_c: float) -> float:
    """Heat-pump/PTC power to hold the cabin target (grows with the temperature gap)."""
    return min(4500.0, 120.0 * abs(cabin_target_c - outside_c))


def dc_charge_power_kw(spec: CarSpec, soc: float) -> float:
    """A LEAF-like CHAdeMO curve: full power to ~55 %, tapering hard above 80 %."""
    if soc < 55:
        return spec.dc_power_kw
    if soc < 80:
        return spec.dc_power_kw - (spec.dc_power_kw - 25.0) * (soc - 55) / 25
    return max(3.0, 25.0 - 22.0 * (soc - 80) / 20)


def tyre_pressure_at(cold_kpa: float, temp_c: float) -> float:
    """Gauge pressure of a tyre at ``temp_c`` given its pressure at the reference temperature (gas law)."""
    absolute = (cold_kpa + 101.3) * (temp_c + 273.15) / (TYRE_REF_TEMP_C + 273.15)
    return absolute - 101.3


def step(
    state: CarState, spec: CarSpec, dt: float, accel: float = 0.0, grade: float = 0.0, update_soc: bool = True
) -> None:
    """Advance energy, temperatures and tyres by ``dt`` seconds (motion is set by the caller).

    With ``update_soc=False`` the caller owns the state of charge (the agent uses the EV planner's
    battery model, ``hmi.nav.ev.battery_sim``, so the simulated car drains as the planner predicts).
    """
    v = state.speed_kmh / 3.6
    aux = spec.aux_power_w + hvac_power_w(state.outside_temp, state.cabin_target)
    if state.charging:
        limit_power = (
            dc_charge_power_kw(spec, state.soc)
            if state.charge_power_kw > spec.ac_power_kw
            else min(state.charge_power_kw, spec.ac_power_kw)
        )
        if state.soc >= state.charge_limit:
            limit_power = 0.0
        state.battery_power_w = limit_power * 1000.0 - aux
    else:
        state.battery_power_w = -(
            drive_power_w(spec, v, accel, grade) + (aux if v > 0 or state.gear != sig.GEAR_PARK else 150.0)
        )
    if update_soc:
        energy_kwh = state.soc / 100 * spec.capacity_kwh + state.battery_power_w * dt / 3.6e6
        state.soc = min(100.0, max(0.0, energy_kwh / spec.capacity_kwh * 100))
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
