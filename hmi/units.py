"""Unit conversion and display formatting, one place for the whole UI (plain Python).

Values arrive in VSS units (km/h, km, m, °C, kPa, W); the driver's settings pick what is shown.
A :class:`Formats` holds those choices (distance, temperature and pressure units, clock, the
locale's decimal and group separators) and formats every kind of value the UI shows. Every
formatter returns a short string for a glanceable label, or an en dash when the value is unknown.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace
from functools import partial

KM_PER_MILE = 1.609344
FEET_PER_METER = 3.28084
PSI_PER_KPA = 0.1450377
DASH = "–"

#: Setting values (one source of truth for the settings table and the Settings page).
UNIT_SYSTEMS = ("metric", "imperial")
TEMPERATURE_UNITS = ("C", "F")
PRESSURE_UNITS = ("bar", "kPa", "psi")


def _ok(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


@dataclass(frozen=True)
class Formats:
    """The driver's unit and format choices, and the formatters that apply them."""

    system: str = "metric"  # distances and speeds: metric (km, km/h) or imperial (mi, mph)
    temperature_unit: str = "C"
    pressure_unit: str = "bar"
    clock24: bool = True
    decimal: str = "."
    group: str = ","

    def with_(self, **changes: object) -> Formats:
        """A copy with some choices changed."""
        return replace(self, **changes)

    # ------------------------------------------------------------------ numbers
    def number(self, value: float, spec: str = "") -> str:
        """``value`` formatted with a Python format ``spec`` and this locale's separators (``1.234,5``)."""
        text = format(value, spec)
        if self.decimal == "." and self.group == ",":
            return text
        return text.replace(",", "\0").replace(".", self.decimal).replace("\0", self.group)

    def _fixed(self, value: float, decimals: int, grouped: bool = False) -> str:
        return self.number(value, f"{',' if grouped else ''}.{decimals}f")

    def significant(self, value: float | None, digits: int = 2) -> str:
        """``value`` to ``digits`` significant digits, fixed point, this locale's separators.

        ``0.0034``, ``0.34``, ``3.4``, ``34``, ``340``: a small non-zero value never prints as ``0.00``.
        """
        if not _ok(value):
            return DASH
        if value == 0:
            return "0"
        magnitude = math.floor(math.log10(abs(value)))
        if round(abs(value), digits - 1 - magnitude) >= 10 ** (magnitude + 1):
            magnitude += 1  # 0.0996 rounds up to 0.10: one decimal fewer
        decimals = digits - 1 - magnitude
        return self._fixed(round(value, decimals), max(0, decimals))  # 211 → 210: a negative ``decimals`` rounds

    # ------------------------------------------------------------------ speed and distance
    def speed(self, kmh: float | None) -> str:
        """Speed number only (the unit is shown beside it): ``42``."""
        if not _ok(kmh):
            return DASH
        return f"{round(kmh / KM_PER_MILE if self.system == 'imperial' else kmh):d}"

    def speed_unit(self) -> str:
        """``km/h`` or ``mph``."""
        return "mph" if self.system == "imperial" else "km/h"

    def distance_km(self, km: float | None) -> str:
        """Long distance: ``213 km`` / ``132 mi``; one decimal below 10."""
        if not _ok(km):
            return DASH
        value, unit = (km / KM_PER_MILE, "mi") if self.system == "imperial" else (km, "km")
        if abs(round(value, 1)) < 10:
            return f"{self._fixed(value, 1)} {unit}"
        return f"{self._fixed(value, 0, True)} {unit}"

    def short_distance_m(self, m: float | None) -> str:
        """Guidance distance: ``300 m``/``1.2 km`` or ``0.2 mi``/``900 ft``, rounded like navigation voices."""
        if not _ok(m):
            return DASH
        if self.system == "imperial":
            miles = m / 1000 / KM_PER_MILE
            if miles >= 0.1:
                return f"{self._fixed(miles, 1)} mi"
            return f"{round(m * FEET_PER_METER / 50) * 50:.0f} ft"
        if m >= 1000:
            return f"{self._fixed(m / 1000, 1)} km"
        step = 10 if m < 200 else 50
        return f"{round(m / step) * step:.0f} m"

    # ------------------------------------------------------------------ climate and tyres
    def temperature(self, celsius: float | None) -> str:
        """``21.5 °C`` or ``70.7 °F``."""
        if not _ok(celsius):
            return DASH
        if self.temperature_unit == "F":
            return f"{self._fixed(celsius * 9 / 5 + 32, 0)} °F"
        return f"{self._fixed(celsius, 1)} °C"

    def temperature_delta(self, celsius: float | None) -> str:
        """A temperature difference: ``3.0 °C`` / ``5 °F`` (no 32 °F offset)."""
        if not _ok(celsius):
            return DASH
        if self.temperature_unit == "F":
            return f"{self._fixed(celsius * 9 / 5, 0)} °F"
        return f"{self._fixed(celsius, 1)} °C"

    def pressure_kpa(self, kpa: float | None) -> str:
        """Tyre pressure as the driver reads gauges: ``2.5 bar``, ``250 kPa`` or ``36 psi``."""
        if not _ok(kpa):
            return DASH
        if self.pressure_unit == "kPa":
            return f"{self._fixed(kpa, 0)} kPa"
        if self.pressure_unit == "psi":
            return f"{self._fixed(kpa * PSI_PER_KPA, 0)} psi"
        return f"{self._fixed(kpa / 100, 1)} bar"

    def pressure_delta_kpa(self, kpa: float | None) -> str:
        """A pressure difference or rate, one more decimal than a gauge reading: ``0.12 bar``, ``1.5 psi``."""
        if not _ok(kpa):
            return DASH
        if self.pressure_unit == "kPa":
            return f"{self._fixed(kpa, 1)} kPa"
        if self.pressure_unit == "psi":
            return f"{self._fixed(kpa * PSI_PER_KPA, 1)} psi"
        # Leak rates are a few hundredths of a bar a day: keep two significant digits.
        bar = kpa / 100
        return f"{self._fixed(bar, 2 if abs(bar) >= 0.1 or round(bar, 2) == round(bar, 3) else 3)} bar"

    # ------------------------------------------------------------------ electrics
    def percent(self, value: float | None) -> str:
        """``78 %``."""
        return DASH if not _ok(value) else f"{value:.0f} %"

    def voltage(self, volts: float | None) -> str:
        """``12.6 V``."""
        return DASH if not _ok(volts) else f"{self._fixed(volts, 1)} V"

    def power_kw(self, kw: float | None) -> str:
        """Power in kW: ``46 kW``; one decimal below 10 (``7.4 kW``)."""
        if not _ok(kw):
            return DASH
        kw = abs(kw)
        return f"{self._fixed(kw, 1)} kW" if 0 < kw < 10 and round(kw, 1) != round(kw) else f"{kw:.0f} kW"

    def power_w(self, watts: float | None) -> str:
        """Battery power given in W, shown in kW."""
        return DASH if not _ok(watts) else self.power_kw(watts / 1000)

    def energy_kwh(self, kwh: float | None) -> str:
        """``31.5 kWh``."""
        return DASH if not _ok(kwh) else f"{self._fixed(kwh, 1)} kWh"

    # ------------------------------------------------------------------ time
    def duration(self, seconds: float | None) -> str:
        """``1 h 05 min`` / ``35 min`` / ``< 1 min``."""
        if not _ok(seconds) or seconds < 0:
            return DASH
        minutes = round(seconds / 60)
        if minutes < 1:
            return "< 1 min"
        hours, minutes = divmod(minutes, 60)
        return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"

    def clock(self, epoch: float | None = None) -> str:
        """Local wall-clock time: ``14:05`` or ``2:05 PM``."""
        if epoch is not None and not _ok(epoch):
            return DASH
        t = time.localtime(time.time() if epoch is None else epoch)
        if self.clock24:
            return time.strftime("%H:%M", t)
        return f"{t.tm_hour % 12 or 12}:{t.tm_min:02d} {'AM' if t.tm_hour < 12 else 'PM'}"

    # ------------------------------------------------------------------ charts
    def chart_unit(self, family: str | None) -> tuple[str, int, float, float]:
        """A chart axis for a quantity family (pressure, temperature, distance, voltage, percent):
        ``(unit label, axis decimals, scale, offset)``; a VSS-unit value ``v`` is drawn at ``v * scale + offset``."""
        if family == "pressure":
            return {"kPa": ("kPa", 0, 1.0, 0.0), "psi": ("psi", 1, PSI_PER_KPA, 0.0)}.get(
                self.pressure_unit, ("bar", 2, 0.01, 0.0)
            )
        if family == "temperature":
            return ("°F", 0, 1.8, 32.0) if self.temperature_unit == "F" else ("°C", 0, 1.0, 0.0)
        if family == "distance":
            return ("mi", 0, 1 / KM_PER_MILE, 0.0) if self.system == "imperial" else ("km", 0, 1.0, 0.0)
        if family == "voltage":
            return "V", 2, 1.0, 0.0
        if family == "percent":
            return "%", 1, 1.0, 0.0
        return "", 1, 1.0, 0.0

    def spread(self, value: float | None, family: str) -> str:
        """A ± amount (half the width of an interval, a scatter) of a quantity ``family`` (pressure, voltage,
        percent, distance) in the driver's unit, to two significant digits: ``0.0034 bar``, ``0.34 kPa``,
        ``0.049 psi``, ``0.0021 V``, ``15 km``. Unsigned; never ``0.00`` for a non-zero amount."""
        if not _ok(value):
            return DASH
        unit, _, scale, _ = self.chart_unit(family)  # a difference: the scale applies, an offset would not
        return f"{self.significant(abs(value) * scale)} {unit}"

    # ------------------------------------------------------------------ dispatch for translatable texts
    def speed_with_unit(self, kmh: float | None) -> str:
        """Speed with its unit: ``42 km/h`` / ``26 mph``."""
        return f"{self.speed(kmh)} {self.speed_unit()}" if _ok(kmh) else DASH

    def clock_at(self, epoch: float | None) -> str:
        """:meth:`clock` of a given instant; unknown (None) is a dash, not "now"."""
        return self.clock(epoch) if _ok(epoch) else DASH

    def quantity(self, kind: str, value: float | None) -> str:
        """Format ``value`` as a quantity of ``kind`` (one of :data:`QUANTITY_KINDS`)."""
        fn = _QUANTITY_FORMATTERS.get(kind)
        if fn is None:
            raise ValueError(f"unknown quantity kind {kind!r}")
        return fn(self, value)


#: The formatter of each kind of quantity a translatable text can carry (see :meth:`Formats.quantity`).
_QUANTITY_FORMATTERS = {
    "speed_kmh": Formats.speed_with_unit,
    "distance_km": Formats.distance_km,
    "short_distance_m": Formats.short_distance_m,
    "temperature_c": Formats.temperature,
    "temperature_delta_c": Formats.temperature_delta,
    "pressure_kpa": Formats.pressure_kpa,
    "pressure_delta_kpa": Formats.pressure_delta_kpa,
    "pressure_spread_kpa": partial(Formats.spread, family="pressure"),
    "voltage_spread": partial(Formats.spread, family="voltage"),
    "percent_spread": partial(Formats.spread, family="percent"),
    "distance_spread_km": partial(Formats.spread, family="distance"),
    "percent": Formats.percent,
    "voltage": Formats.voltage,
    "power_w": Formats.power_w,
    "power_kw": Formats.power_kw,
    "energy_kwh": Formats.energy_kwh,
    "duration_s": Formats.duration,
    "clock": Formats.clock_at,
}
#: Kinds of quantity a translatable text can carry.
QUANTITY_KINDS = tuple(_QUANTITY_FORMATTERS)

#: The formats used where no driver choice applies (logs, CLI output, English source texts).
DEFAULT = Formats()


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
