"""Is it night at this place and time? Drives the "auto" theme (plain Python, NOAA approximation): the car's
ambient-light sensor when it reports, the sun's elevation otherwise."""

from __future__ import annotations

import math
import time

#: Sun below this elevation (degrees) counts as dark: civil twilight, when headlights go on.
NIGHT_ELEVATION_DEG = -3.0

#: The car's ambient light (``Vehicle.Exterior.LightIntensity``, %) below which the cabin counts as dark, and
#: above which it counts as light again. The gap between them keeps the theme from flickering under street
#: lights, in tunnels' entries and under trees: the reading has to cross the whole band to switch.
DARK_BELOW_PCT = 20.0
LIGHT_ABOVE_PCT = 30.0
#: Sun elevation (degrees) at which a simulated light sensor reads 0 % and 100 %: dark from nautical twilight,
#: full daylight once the sun is 10° up. Civil twilight's −3° reads about 19 %: dark, as :func:`is_night` says.
DARK_ELEVATION_DEG = -6.0
FULL_LIGHT_ELEVATION_DEG = 10.0


def solar_elevation_deg(lat: float, lon: float, epoch: float) -> float:
    """Sun elevation above the horizon in degrees (±0.5° accuracy, enough for a theme switch)."""
    days = epoch / 86400.0 - 10957.5  # days since J2000.0
    mean_long = math.radians((280.460 + 0.9856474 * days) % 360)
    anomaly = math.radians((357.528 + 0.9856003 * days) % 360)
    ecl_long = mean_long + math.radians(1.915) * math.sin(anomaly) + math.radians(0.020) * math.sin(2 * anomaly)
    obliquity = math.radians(23.439 - 0.0000004 * days)
    decl = math.asin(math.sin(obliquity) * math.sin(ecl_long))
    ra = math.atan2(math.cos(obliquity) * math.sin(ecl_long), math.cos(ecl_long))
    gmst_h = (18.697374558 + 24.06570982441908 * days) % 24
    hour_angle = math.radians(gmst_h * 15 + lon) - ra
    phi = math.radians(lat)
    sin_el = math.sin(phi) * math.sin(decl) + math.cos(phi) * math.cos(decl) * math.cos(hour_angle)
    return math.degrees(math.asin(max(-1.0, min(1.0, sin_el))))


def is_night(lat: float | None, lon: float | None, epoch: float | None = None) -> bool:
    """True when it is dark at ``lat, lon``; without a position, 19:00–07:00 local time is night."""
    epoch = time.time() if epoch is None else epoch
    if lat is None or lon is None:
        hour = time.localtime(epoch).tm_hour
        return hour >= 19 or hour < 7
    return solar_elevation_deg(lat, lon, epoch) < NIGHT_ELEVATION_DEG


def night_from_light(percent: float, was_night: bool) -> bool:
    """Dark by the car's light sensor, with hysteresis: night below DARK_BELOW_PCT, day above LIGHT_ABOVE_PCT,
    and in between whatever it was."""
    if percent < DARK_BELOW_PCT:
        return True
    if percent > LIGHT_ABOVE_PCT:
        return False
    return was_night


def light_percent(lat: float, lon: float, epoch: float) -> int:
    """What an ambient-light sensor would read under a clear sky (0…100 %), from the sun's elevation."""
    elevation = solar_elevation_deg(lat, lon, epoch)
    share = (elevation - DARK_ELEVATION_DEG) / (FULL_LIGHT_ELEVATION_DEG - DARK_ELEVATION_DEG)
    return round(100 * min(1.0, max(0.0, share)))
