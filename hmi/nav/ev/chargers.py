"""Charging stations of a map (``<map_dir>/chargers.json``): loading, documented defaults, filters.

The map build writes stations from OSM ``amenity=charging_station`` tags and Open Charge Map files. Their power
and plug values are often missing; this module fills them with the defaults below and flags them as estimated
(kept per field, and shown as "estimated" in the UI):

* no plug information  → ``type2`` (the European AC default), ``plugs_estimated``;
* no (or unusable) power → by the best plug: Tesla 120 kW, CCS/CHAdeMO 50 kW, Type 2 22 kW, CEE 11 kW,
  Type 1 7.4 kW, Schuko 3.7 kW, ``power_estimated`` (the same table as the map build, :mod:`hmi.nav.chargers`).

An entry already flagged by the map build (``power_estimated`` / ``plugs_estimated``, or ``estimated``) keeps its
flags. ``access: "private"`` stations (hotel guests, staff) are kept but left out of planning by default.
Malformed entries (no finite coordinates, wrong types) are skipped with a logged reason; the rest still load.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hmi.i18n import QT_TRANSLATE_NOOP, Text
from hmi.nav.ev.profiles import PLUGS, VehicleProfile

log = logging.getLogger(__name__)

# Name of a station without one (context "trip"); the map builder writes this English placeholder too, so an
# entry carrying exactly it is treated as unnamed and shown translated.
#: the name shown for a charging station that has none in the map data
UNNAMED = QT_TRANSLATE_NOOP("trip", "Charging station")

#: Power assumed for a station whose power is unknown, by plug (kW).
DEFAULT_POWER_KW: dict[str, float] = {
    "tesla": 120.0,
    "ccs": 50.0,
    "ccs1": 50.0,
    "chademo": 50.0,
    "gbt": 50.0,
    "type2": 22.0,
    "cee": 11.0,
    "type1": 7.4,
    "schuko": 3.7,
}
DEFAULT_PLUGS: tuple[str, ...] = ("type2",)

_PLUG_ALIASES = {
    "type2": "type2",
    "type 2": "type2",
    "mennekes": "type2",
    "iec62196t2": "type2",
    "type2_cable": "type2",
    "type2_socket": "type2",
    "ccs": "ccs",
    "ccs2": "ccs",
    "type2_combo": "ccs",
    "ccs_type2": "ccs",
    "iec62196t2combo": "ccs",
    "ccs1": "ccs1",
    "type1_combo": "ccs1",
    "chademo": "chademo",
    "tesla": "tesla",
    "tesla_supercharger": "tesla",
    "tesla_destination": "type2",
    "nacs": "tesla",
    "type1": "type1",
    "j1772": "type1",
    "schuko": "schuko",
    "cee_7_4": "schuko",
    "domestic": "schuko",
    "gbt": "gbt",
    "gb_t": "gbt",
    "cee": "cee",
}


def normalise_plug(name: Any) -> str | None:
    """Normalised plug name (see :data:`hmi.nav.ev.profiles.PLUGS`) or None for an unknown one."""
    if not isinstance(name, str):
        return None
    key = name.strip().lower().replace("-", "_")
    plug = _PLUG_ALIASES.get(key) or _PLUG_ALIASES.get(key.replace("_", " "))
    return plug if plug in PLUGS else None


@dataclass(frozen=True)
class Charger:
    """One charging site with (possibly estimated) power and plugs."""

    id: str
    name: str
    lat: float
    lon: float
    power_kw: float
    plugs: tuple[str, ...]
    num_points: int = 1
    source: str = ""
    power_estimated: bool = False
    plugs_estimated: bool = False
    access: str = "unknown"

    @property
    def estimated(self) -> bool:
        """True when power or plugs were filled with defaults."""
        return self.power_estimated or self.plugs_estimated

    def to_dict(self) -> dict[str, Any]:
        """The ``charger`` object of the plan JSON: id, name, lat, lon, power_kw, plugs, estimated."""
        return {
            "id": self.id,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "power_kw": self.power_kw,
            "plugs": list(self.plugs),
            "estimated": self.estimated,
        }


def _finite(v: Any) -> float | None:
    if isinstance(v, bool) or not isinstance(v, int | float | str):
        return None
    try:
        f = float(v)
    except ValueError:
        return None
    return f if math.isfinite(f) else None


def parse_charger(entry: Any) -> Charger:
    """Validate one ``chargers.json`` entry and fill defaults; raises ValueError with the reason."""
    if not isinstance(entry, dict):
        raise ValueError("entry is not an object")
    lat, lon = _finite(entry.get("lat")), _finite(entry.get("lon"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"bad coordinates {entry.get('lat')!r}, {entry.get('lon')!r}")
    cid = entry.get("id")
    if isinstance(cid, bool) or not isinstance(cid, str | int) or str(cid).strip() == "":
        raise ValueError(f"bad id {cid!r}")
    name = entry.get("name")
    name = name.strip()[:120] if isinstance(name, str) else ""
    if not name or name == UNNAMED:
        name = Text("trip", UNNAMED)
    flags = entry.get("estimated")
    pre_power = pre_plugs = False
    if flags is True:
        pre_power = pre_plugs = True
    elif isinstance(flags, dict):
        pre_power, pre_plugs = bool(flags.get("power_kw") or flags.get("power")), bool(flags.get("plugs"))
    elif isinstance(flags, list):
        pre_power = "power_kw" in flags or "power" in flags
        pre_plugs = "plugs" in flags
    pre_power = pre_power or entry.get("power_estimated") is True
    pre_plugs = pre_plugs or entry.get("plugs_estimated") is True
    raw_plugs = entry.get("plugs")
    plugs: list[str] = []
    if isinstance(raw_plugs, list):
        for p in raw_plugs:
            n = normalise_plug(p)
            if n and n not in plugs:
                plugs.append(n)
    plugs_est = pre_plugs
    if not plugs:
        plugs, plugs_est = list(DEFAULT_PLUGS), True
    power = _finite(entry.get("power_kw"))
    power_est = pre_power
    if power is None or not 0 < power <= 1000:
        power, power_est = max(DEFAULT_POWER_KW.get(p, 11.0) for p in plugs), True
    points = entry.get("num_points")
    num = int(points) if isinstance(points, int) and not isinstance(points, bool) and 0 < points < 1000 else 1
    src = entry.get("source")
    access = entry.get("access")
    return Charger(
        id=str(cid).strip()[:64],
        name=name,
        lat=lat,
        lon=lon,
        power_kw=float(power),
        plugs=tuple(plugs),
        num_points=num,
        source=src if isinstance(src, str) else "",
        power_estimated=power_est,
        plugs_estimated=plugs_est,
        access=access if access in ("public", "private", "unknown") else "unknown",
    )


def parse_chargers(data: Any) -> list[Charger]:
    """Chargers from decoded ``chargers.json`` (a list, or an object with a ``chargers`` list); bad entries skipped."""
    entries = data.get("chargers") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise ValueError("chargers.json must hold a list of stations")
    out: list[Charger] = []
    seen: set[str] = set()
    for i, e in enumerate(entries):
        try:
            c = parse_charger(e)
        except ValueError as exc:
            log.warning("chargers.json entry %d skipped: %s", i, exc)
            continue
        if c.id in seen:
            log.warning("chargers.json entry %d skipped: duplicate id %s", i, c.id)
            continue
        seen.add(c.id)
        out.append(c)
    return out


def load_chargers(map_dir: str | Path) -> list[Charger]:
    """Chargers of a built map; an absent file means no chargers, an unreadable one raises ValueError."""
    path = Path(map_dir) / "chargers.json"
    if not path.is_file():
        return []
    try:
        data = json.loads(path.read_bytes().decode("utf-8"), parse_constant=lambda c: None)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise ValueError(f"{path}: unreadable chargers file ({exc})") from None
    return parse_chargers(data)


def compatible(
    chargers: Iterable[Charger], plugs: Sequence[str], min_power_kw: float = 0.0, include_private: bool = False
) -> list[Charger]:
    """Chargers with at least one of ``plugs``, rated power ≥ ``min_power_kw`` and (by default) not private."""
    wanted = set(plugs)
    return [
        c
        for c in chargers
        if wanted.intersection(c.plugs) and c.power_kw >= min_power_kw and (include_private or c.access != "private")
    ]


def for_vehicle(
    chargers: Iterable[Charger],
    profile: VehicleProfile,
    min_power_kw: float = 0.0,
    allowed_plugs: Sequence[str] | None = None,
    include_private: bool = False,
) -> list[Charger]:
    """Chargers the car can use: its plugs (optionally narrowed by the driver's plug filter) and a power floor."""
    plugs = [p for p in profile.plugs if allowed_plugs is None or p in allowed_plugs]
    return compatible(chargers, plugs, min_power_kw, include_private)
