"""Physics consumption model: battery energy per road edge (and instantaneous power for the simulator).

Per edge of length ``L`` driven in time ``t`` (mean speed ``v = L / t``) on grade ``θ``::

    road load   F = m·g·(Crr·cos θ + sin θ) + ½·ρ(T)·CdA·v²
    transients  K = ½·m·PKE(v)·L            (kinetic energy of the accelerations a real drive has at that mean
                                              speed: stop-and-go in town, little on a motorway)
    battery     E = (max(F·L, 0) + K) / η_drive                                     (traction)
                  − min((max(−F·L, 0) + BRAKE_SHARE·K)·η_regen, P_regen_max·t)      (bounded regen)
                  + P_aux(T)·t                                                        (HVAC + 12 V loads)

``PKE`` (positive kinetic energy per metre, m/s²) is a standard drive-cycle aggressiveness measure; the table below
is the order of magnitude of the WLTC class-3 phases (low ≈ 0.45 … extra-high ≈ 0.2). ``ρ(T)`` is dry-air density
at sea-level pressure, so cold air costs a little more drag. Grade comes from node elevations when the map has
them (``node_elevation_m`` or an ``edge_grade`` array); without them roads are flat.

Calibration check (``tests/ev/test_ev_consumption.py``): the LEAF 40 kWh profile on the WLTC class-3 cycle gives
≈ 260 km at 20 °C (WLTP official: 270 km; EPA: 241 km).
"""

from __future__ import annotations

import json
import math
from typing import Any

from hmi.lazy import np
from hmi.nav.ev.cache import caches_of
from hmi.nav.ev.profiles import VehicleProfile

G = 9.81
#: Share of the transient kinetic energy that ends up in braking (rest is eaten by road load while coasting).
BRAKE_SHARE = 0.6
#: (mean speed km/h, PKE m/s²): positive kinetic energy per metre vs mean speed.
PKE_TABLE: tuple[tuple[float, float], ...] = (
    (10.0, 0.50),
    (20.0, 0.46),
    (40.0, 0.38),
    (57.0, 0.30),
    (92.0, 0.20),
    (130.0, 0.10),
)
#: WLTC class 3b phases (UNECE GTR No. 15): (name, distance m, duration s).
WLTC_CLASS3_PHASES: tuple[tuple[str, float, float], ...] = (
    ("low", 3095.0, 589.0),
    ("medium", 4756.0, 433.0),
    ("high", 7162.0, 455.0),
    ("extra-high", 8254.0, 323.0),
)
_MAX_SPEED_MPS = 70.0


#: The outside temperature a plan is made for is rounded to this step. The consumption model (and so every cached
#: search) is keyed by temperature; a thermometer that reports 12.3 °C, then 12.4 °C would otherwise make every
#: replan start cold and fill the caches, for a difference in energy well under a tenth of a percent per degree.
PLANNING_TEMP_STEP_C = 1.0


def planning_temperature(celsius: float) -> float:
    """``celsius`` rounded to :data:`PLANNING_TEMP_STEP_C`: the temperature plans and the range are made for."""
    return round(celsius / PLANNING_TEMP_STEP_C) * PLANNING_TEMP_STEP_C


def air_density(temp_c: float) -> float:
    """Dry-air density (kg/m³) at 101.325 kPa and ``temp_c``."""
    return 101_325.0 / (287.05 * (temp_c + 273.15))


class ConsumptionModel:
    """Battery energy for a vehicle profile at fixed conditions (outside temperature, optional aux override)."""

    def __init__(self, profile: VehicleProfile, outside_temp_c: float = 20.0, aux_kw: float | None = None) -> None:
        """``aux_kw`` overrides the profile's temperature-dependent HVAC/aux power (e.g. a measured value)."""
        if not math.isfinite(outside_temp_c) or not -60 <= outside_temp_c <= 70:
            raise ValueError(f"outside temperature {outside_temp_c!r} °C is outside −60 … 70")
        if aux_kw is not None and (not math.isfinite(aux_kw) or not 0 <= aux_kw <= 30):
            raise ValueError(f"aux power {aux_kw!r} kW is outside 0 … 30")
        self.profile = profile
        self.outside_temp_c = float(outside_temp_c)
        self.aux_kw = profile.aux_kw(outside_temp_c) if aux_kw is None else float(aux_kw)
        self.rho = air_density(outside_temp_c)
        self._pke_x = np.array([p[0] for p in PKE_TABLE]) / 3.6
        self._pke_y = np.array([p[1] for p in PKE_TABLE])
        self._profile_digest = json.dumps(profile.to_dict(), sort_keys=True)

    @property
    def key(self) -> tuple[Any, ...]:
        """Cache key: everything the per-edge energies depend on."""
        return (self.profile.id, self._profile_digest, round(self.outside_temp_c, 2), round(self.aux_kw, 4))

    def energy_kwh(self, length_m: Any, time_s: Any, grade: Any = 0.0) -> np.ndarray:
        """Battery energy (kWh, negative = recovered) for edges; array arguments broadcast.

        ``grade`` is rise/run (0.05 = 5 % uphill). Zero-time edges count as stationary (aux only).
        """
        p = self.profile
        length = np.asarray(length_m, dtype=np.float64)
        t = np.asarray(time_s, dtype=np.float64)
        with np.errstate(divide="ignore", invalid="ignore"):
            v = np.where(t > 0, length / np.where(t > 0, t, 1.0), 0.0)
        v = np.clip(v, 0.0, _MAX_SPEED_MPS)
        theta = np.arctan(np.clip(np.asarray(grade, dtype=np.float64), -0.35, 0.35))
        m = p.mass_kg
        force = m * G * (p.rolling_resistance * np.cos(theta) + np.sin(theta)) + 0.5 * self.rho * p.drag_area_m2 * v * v
        work = force * length  # J at the wheels
        kinetic = 0.5 * m * np.interp(v, self._pke_x, self._pke_y) * length
        traction = (np.maximum(work, 0.0) + kinetic) / p.drivetrain_efficiency
        regen = np.minimum(
            (np.maximum(-work, 0.0) + BRAKE_SHARE * kinetic) * p.regen_efficiency, p.max_regen_kw * 1000.0 * t
        )
        aux = self.aux_kw * 1000.0 * t
        return (traction - regen + aux) / 3.6e6

    def kwh_per_100km(self, speed_kmh: float, grade: float = 0.0) -> float:
        """Steady-state consumption at a mean speed (kWh/100 km), for displays and sanity checks."""
        return float(self.energy_kwh(1000.0, 3600.0 / speed_kmh, grade)) * 100.0

    def cycle_kwh(self, phases: tuple[tuple[str, float, float], ...] = WLTC_CLASS3_PHASES) -> tuple[float, float]:
        """(energy kWh, distance m) of a drive cycle given as phases (name, distance m, duration s)."""
        lengths = np.array([ph[1] for ph in phases])
        times = np.array([ph[2] for ph in phases])
        return float(self.energy_kwh(lengths, times).sum()), float(lengths.sum())

    def range_km(self, phases: tuple[tuple[str, float, float], ...] = WLTC_CLASS3_PHASES) -> float:
        """Full-battery range (km) repeating a drive cycle (default WLTC class 3)."""
        kwh, metres = self.cycle_kwh(phases)
        return self.profile.usable_capacity_kwh / kwh * metres / 1000.0

    def power_kw(self, speed_mps: float, accel_mps2: float = 0.0, grade: float = 0.0) -> float:
        """Instantaneous battery power draw (kW, negative = charging by regen) for the simulator's time steps."""
        p = self.profile
        v = min(max(float(speed_mps), 0.0), _MAX_SPEED_MPS)
        theta = math.atan(max(-0.35, min(0.35, float(grade))))
        force = (
            p.mass_kg * G * (p.rolling_resistance * math.cos(theta) + math.sin(theta))
            + 0.5 * self.rho * p.drag_area_m2 * v * v
            + p.mass_kg * float(accel_mps2)
        )
        if v == 0.0:
            force = 0.0
        wheel_kw = force * v / 1000.0
        if wheel_kw >= 0:
            return wheel_kw / p.drivetrain_efficiency + self.aux_kw
        return -min(-wheel_kw * p.regen_efficiency, p.max_regen_kw) + self.aux_kw


def graph_grades(graph: Any) -> np.ndarray | None:
    """Edge grades (rise/run) from the graph's elevation data, or None when the map has none."""
    g = getattr(graph, "edge_grade", None)
    if g is not None:
        return np.nan_to_num(np.asarray(g, dtype=np.float64), nan=0.0, posinf=0.0, neginf=0.0)
    ele = getattr(graph, "node_elevation_m", None)
    if ele is None:
        ele = getattr(graph, "node_elevation", None)
    if ele is None:
        return None
    ele = np.nan_to_num(np.asarray(ele, dtype=np.float64))
    src = np.repeat(np.arange(len(graph.node_lat)), np.diff(np.asarray(graph.indptr)))
    length = np.asarray(graph.edge_length_m, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        grade = np.where(length > 1.0, (ele[np.asarray(graph.edge_target)] - ele[src]) / length, 0.0)
    return np.clip(grade, -0.35, 0.35)


def edge_energies(graph: Any, model: ConsumptionModel) -> np.ndarray:
    """float64[E] battery energy (kWh) of every edge of ``graph``, cached on the graph per model key (bounded LRU)."""
    caches = caches_of(graph)
    key = ("array", model.key)
    if caches is not None:
        hit = caches.edge_kwh.get(key)
        if hit is not None:
            return hit
    grades = graph_grades(graph)
    out = model.energy_kwh(
        np.asarray(graph.edge_length_m), np.asarray(graph.edge_time_s), 0.0 if grades is None else grades
    )
    if caches is not None:
        caches.edge_kwh.put(key, out)
    return out


def edge_energy_list(graph: Any, model: ConsumptionModel) -> list[float]:
    """:func:`edge_energies` as a Python list (the pure-Python searches index it per edge), cached alike."""
    caches = caches_of(graph)
    key = ("list", model.key)
    if caches is not None:
        hit = caches.edge_kwh.get(key)
        if hit is not None:
            return hit
    out = edge_energies(graph, model).tolist()
    if caches is not None:
        caches.edge_kwh.put(key, out)
    return out
