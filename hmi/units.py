"""Unit conversion and display formatting, one place for the whole UI (plain Python).

Values arrive in VSS units (km/h, km, m, °C, kPa); the driver's settings pick
what is shown. Every formatter returns a short string for a glanceable label,
or an en dash when the value is unknown.
"""

from __future__ import annotations

import math
import time

KM_PER_MILE = 1.609344
DASH = "–"

UNIT_SYSTEMS = ("metric", "imperial")


def _ok(value: float | None) -> bool:
    return value is not None and isinstance(value, int | float) and math.isfinite(value)


def speed(kmh: float | None, system: str) -> str:
    """Speed number only (the unit is shown beside it): ``42``."""
    if not _ok(kmh):
        return DASH
    return f"{round(kmh / KM_PER_MILE if system == 'imperial' else kmh):d}"


def speed_unit(system: str) -> str:
    """``km/h`` or ``mph``."""
    return "mph" if system == "imperial" else "km/h"


def distance_km(km: float | None, system: str) -> str:
    """Long distance: ``213 km`` / ``132 mi``; one decimal below 10."""
    if not _ok(km):
        return DASH
    value, unit = (km / KM_PER_MILE, "mi") if system == "imperial" else (km, "km")
    return f"{value:.1f} {unit}" if abs(value) < 10 else f"{value:,.0f} {unit}"


def short_distance_m(m: float | None, system: str) -> str:
    """Guidance distance: ``300 m``/``1.2 km`` or ``0.2 mi``/``900 ft``, rounded like navigation voices."""
    if not _ok(m):
        return DASH
    if system == "imperial":
        miles = m / 1000 / KM_PER_MILE
        if miles >= 0.1:
            return f"{miles:.1f} mi"
        return f"{round(m * 3.28084 / 50) * 50:.0f} ft"
    if m >= 1000:
        return f"{m / 1000:.1f} km"
    step = 10 if m < 200 else 50
    return f"{round(m / step) * step:.0f} m"


def temperature(celsius: float | None) -> str:
    """``21.5 °C``."""
    return DASH if not _ok(celsius) else f"{celsius:.1f} °C"


def percent(value: float | None) -> str:
    """``78 %``."""
    return DASH if not _ok(value) else f"{value:.0f} %"


def pressure_kpa(kpa: float | None) -> str:
    """Tyre pressure in bar, as drivers read it on a gauge: ``2.5 bar``."""
    return DASH if not _ok(kpa) else f"{kpa / 100:.1f} bar"


def voltage(volts: float | None) -> str:
    """``12.6 V``."""
    return DASH if not _ok(volts) else f"{volts:.1f} V"


def power_kw(watts: float | None) -> str:
    """Battery power in kW: ``46 kW``."""
    return DASH if not _ok(watts) else f"{abs(watts) / 1000:.0f} kW"


def duration(seconds: float | None) -> str:
    """``1 h 05 min`` / ``35 min`` / ``< 1 min``."""
    if not _ok(seconds) or seconds < 0:
        return DASH
    minutes = round(seconds / 60)
    if minutes < 1:
        return "< 1 min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


def clock(epoch: float | None = None, hour24: bool = True) -> str:
    """Local wall-clock time: ``14:05`` or ``2:05 PM``."""
    t = time.localtime(time.time() if epoch is None else epoch)
    if hour24:
        return time.strftime("%H:%M", t)
    return time.strftime("%I:%M %p", t).lstrip("0")


def gear(value: int | None) -> str:
    """VSS gear number as the letter on the selector: P, R, N, D (or the forward gear number)."""
    if value is None:
        return DASH
    if value == 126:
        return "P"
    if value == 127:
        return "D"
    if value == 0:
        return "N"
    if value < 0:
        return "R"
    return str(value)
