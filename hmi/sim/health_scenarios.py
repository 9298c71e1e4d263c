"""Time-accelerated vehicle-health scenarios as data: slow leak, 12 V decline, DTC sequence, sensor dropout.

Each function returns a list of events ``{"at": s, "signal": vss_path, "value": v, "ts": epoch_s}``
sorted by ``at``: ``at`` is when to publish (seconds from scenario start, **accelerated** — e.g. one
simulated day in ``seconds_per_day`` real seconds), ``ts`` is the payload timestamp in *simulated*
time. By default simulated time ends at the moment the scenario is generated, so weeks of history
"happened" just before now and no timestamp lies in the future. Values respect the contract's
signal types and ranges (tyre pressures are integer kPa, booleans are bools).

``play(events, monitor)`` feeds events straight into a ``HealthMonitor`` (tests, headless demo);
``to_scenario_events`` converts them to the simulator's ``{"at", "do": "set", ...}`` file events.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Callable
from typing import Any

from hmi.link import signals as sig

DAY_S = 86400.0
ATM_KPA = 101.325
KELVIN = 273.15
TYRE_KEYS = tuple(k for k, *_ in sig.TYRES)
TYRE_PATH = {k: sig.tyre_pressure(r, s) for k, r, s, _ in sig.TYRES}
TYRE_FLAG = {k: sig.tyre_low(r, s) for k, r, s, _ in sig.TYRES}

Event = dict[str, Any]


def _outside_c(t: float, mean_c: float, swing_c: float) -> float:
    # Daily cycle: coldest around 05:00, warmest around 17:00 (UTC of the simulated clock).
    hour = (t % DAY_S) / 3600.0
    return mean_c + swing_c * math.sin(2 * math.pi * (hour - 11.0) / 24.0)


def _hot_pressure(cold_20c_kpa: float, temp_c: float) -> float:
    # Inverse of the monitor's compensation: what the gauge shows at temp_c (ideal gas, absolute pressure).
    return (cold_20c_kpa + ATM_KPA) * (temp_c + KELVIN) / (20.0 + KELVIN) - ATM_KPA


class _Builder:
    def __init__(self, days: float, seconds_per_day: float, start_ts: float | None):
        if not (days > 0 and seconds_per_day > 0):
            raise ValueError("days and seconds_per_day must be positive")
        self.scale = seconds_per_day / DAY_S
        self.start = start_ts if start_ts is not None else time.time() - days * DAY_S
        self.events: list[Event] = []

    def emit(self, t: float, path: str, value: Any) -> None:
        self.events.append({"at": round(t * self.scale, 4), "signal": path, "value": value, "ts": self.start + t})

    def done(self) -> list[Event]:
        self.events.sort(key=lambda e: (e["at"], e["ts"]))
        return self.events


def _daily_life(
    b: _Builder,
    days: float,
    step_s: float,
    *,
    tyre_cold: Callable[[str, float], float],
    lv_resting: Callable[[float], float],
    rng: random.Random,
    drive_hour: float = 8.0,
    drive_s: float = 2700.0,
    km_per_drive: float = 35.0,
    service_km: float = 4000.0,
    soh: float = 91.5,
) -> None:
    """A parked-most-of-the-day car with one commute a day; samples every ``step_s``."""
    odo = 42_000.0
    gear = None
    t = 0.0
    while t <= days * DAY_S + 1e-6:
        hour = (t % DAY_S) / 3600.0
        driving = drive_hour <= hour < drive_hour + drive_s / 3600.0
        g = sig.GEAR_DRIVE if driving else sig.GEAR_PARK
        if g != gear:
            b.emit(t, sig.GEAR, g)
            gear = g
        if driving:
            odo += km_per_drive * step_s / drive_s
        b.emit(t, sig.SPEED, 50.0 if driving else 0.0)
        b.emit(t, sig.ODOMETER, round(odo, 1))
        b.emit(t, sig.SERVICE_DISTANCE, round(service_km - (odo - 42_000.0), 1))
        temp = _outside_c(t, 8.0, 5.0)
        b.emit(t, sig.OUTSIDE_TEMP, round(temp, 1))
        for k in TYRE_KEYS:
            # Tyres warm up ~15 °C over ambient while driving; the gauge reads hot pressure.
            tyre_temp = temp + (15.0 if driving else 0.0)
            p = _hot_pressure(tyre_cold(k, t), tyre_temp) + rng.gauss(0.0, 0.7)
            b.emit(t, TYRE_PATH[k], max(0, min(1000, round(p))))
        lv = 14.1 if driving else lv_resting(t)
        b.emit(t, sig.LV_VOLTAGE, round(min(32.0, max(0.0, lv + rng.gauss(0.0, 0.01))), 2))
        b.emit(t, sig.SOH, round(soh - 0.004 * t / DAY_S, 2))
        b.emit(t, sig.IS_CHARGING, False)
        t += step_s


def slow_leak(
    *,
    tyre: str = "frontLeft",
    days: float = 21.0,
    leak_start_day: float = 10.0,
    kpa_per_day: float = 4.0,
    base_kpa: float = 250.0,
    step_s: float = 1800.0,
    seconds_per_day: float = 3.0,
    start_ts: float | None = None,
    seed: int = 1,
) -> list[Event]:
    """Weeks of normal life, then ``tyre`` loses ``kpa_per_day`` (cold, at 20 °C) from ``leak_start_day``.

    With the defaults the health page warns "Front-left tyre losing ~4 kPa/day — below safe
    pressure in about N days" after about two simulated days of leaking (~6 s of playback).
    """
    if tyre not in TYRE_KEYS:
        raise ValueError(f"unknown tyre {tyre!r}; one of {TYRE_KEYS}")
    rng = random.Random(seed)
    b = _Builder(days, seconds_per_day, start_ts)

    def cold(k: str, t: float) -> float:
        leak_days = max(0.0, t / DAY_S - leak_start_day)
        return base_kpa - (kpa_per_day * leak_days if k == tyre else 0.0)

    _daily_life(b, days, step_s, tyre_cold=cold, lv_resting=lambda t: 12.62, rng=rng)
    return b.done()


def lv_decline(
    *,
    days: float = 30.0,
    start_v: float = 12.62,
    volts_per_day: float = 0.012,
    step_s: float = 1800.0,
    seconds_per_day: float = 2.0,
    start_ts: float | None = None,
    seed: int = 2,
) -> list[Event]:
    """An ageing 12 V battery: resting voltage falls ``volts_per_day`` (while driving the DC/DC holds 14.1 V)."""
    rng = random.Random(seed)
    b = _Builder(days, seconds_per_day, start_ts)
    _daily_life(
        b, days, step_s, tyre_cold=lambda k, t: 250.0, lv_resting=lambda t: start_v - volts_per_day * t / DAY_S, rng=rng
    )
    return b.done()


#: (at seconds, DTC list) of ``dtc_sequence``: a 12 V warning, an isolation fault, an unknown maker code, recovery.
DTC_STEPS: tuple[tuple[float, list[str]], ...] = (
    (0.0, []),
    (5.0, ["P0562"]),
    (15.0, ["P0562", "P0AA6"]),
    (25.0, ["P0562", "P0AA6", "P1ABC"]),
    (40.0, ["P0562"]),
    (50.0, []),
)


def dtc_sequence(
    *, start_ts: float | None = None, steps: tuple[tuple[float, list[str]], ...] = DTC_STEPS
) -> list[Event]:
    """Trouble codes appearing and clearing in real time (``at`` == simulated seconds)."""
    start = start_ts if start_ts is not None else time.time()
    return [{"at": at, "signal": sig.DTC_LIST, "value": list(codes), "ts": start + at} for at, codes in steps]


def sensor_dropout(
    *,
    tyre: str = "rearRight",
    minutes: float = 40.0,
    drop_from_min: float = 10.0,
    drop_for_min: float = 15.0,
    step_s: float = 30.0,
    seconds_per_minute: float = 1.0,
    start_ts: float | None = None,
) -> list[Event]:
    """All four tyres report every ``step_s``, except ``tyre`` falls silent for ``drop_for_min`` minutes."""
    if tyre not in TYRE_KEYS:
        raise ValueError(f"unknown tyre {tyre!r}; one of {TYRE_KEYS}")
    b = _Builder(minutes / 1440.0, seconds_per_minute * 1440.0, start_ts)
    t = 0.0
    b.emit(0.0, sig.GEAR, sig.GEAR_PARK)
    while t <= minutes * 60 + 1e-6:
        for k in TYRE_KEYS:
            silent = k == tyre and drop_from_min * 60 <= t < (drop_from_min + drop_for_min) * 60
            if not silent:
                b.emit(t, TYRE_PATH[k], 250)
        t += step_s
    return b.done()


SCENARIOS: dict[str, Callable[..., list[Event]]] = {
    "slow-leak": slow_leak,
    "lv-decline": lv_decline,
    "dtc-sequence": dtc_sequence,
    "sensor-dropout": sensor_dropout,
}


def play(events: list[Event], monitor: Any, *, until: float | None = None) -> int:
    """Feed events (in ``at`` order, up to ``until``) into ``monitor.update``; returns how many were accepted."""
    updates = [(e["signal"], e["value"], e["ts"]) for e in events if until is None or e["at"] <= until]
    return monitor.update_many(updates)


def to_scenario_events(events: list[Event]) -> list[dict[str, Any]]:
    """The events as simulator scenario ``set`` actions (the simulator stamps its own ``ts``)."""
    return [{"at": e["at"], "do": "set", "signal": e["signal"], "value": e["value"]} for e in events]


def to_json(events: list[Event]) -> str:
    """JSON text of an event list (values are JSON types already)."""
    return json.dumps(events, separators=(",", ":"))
