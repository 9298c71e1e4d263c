"""Charging stations: OSM ``amenity=charging_station`` tags and Open Charge Map CSV/JSON exports → one table.

Each charger is a dict (written to ``<map>/chargers.json``)::

    {"id": "osm:n123" | "ocm:461426", "name": str, "lat": float, "lon": float, "power_kw": float,
     "plugs": ["type2", "ccs", ...], "num_points": int, "operator": str | None, "access": "public" | "private" |
     "unknown", "source": "osm" | "ocm", "power_estimated": bool, "plugs_estimated": bool,
     "points_estimated": bool}

Plug names are normalised: ``type2``, ``ccs`` (CCS2 / type2_combo), ``chademo``, ``tesla``, ``schuko``,
``type1``, ``ccs1``, ``cee``. Missing values get the documented defaults below and an ``*_estimated`` flag
so the UI can mark them.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import math
import re
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: Plug assumed when a station says nothing about its sockets (the European AC standard).
DEFAULT_PLUGS = ["type2"]
#: Power assumed (kW) when missing, by the fastest plug present: DC plugs → 50 kW, Tesla → 120 kW
#: (supercharger), Type 2 → 22 kW (common public AC), Schuko → 3.7 kW, anything else → 11 kW.
DEFAULT_POWER_KW = {
    "tesla": 120.0,
    "ccs": 50.0,
    "ccs1": 50.0,
    "chademo": 50.0,
    "type2": 22.0,
    "type1": 7.4,
    "cee": 11.0,
    "schuko": 3.7,
}
FALLBACK_POWER_KW = 11.0
MAX_POWER_KW = 1000.0
MAX_POINTS = 500

#: OSM ``socket:<type>`` → normalised plug
OSM_SOCKETS = {
    "type2": "type2",
    "type2_cable": "type2",
    "type2_combo": "ccs",
    "ccs": "ccs",
    "ccs2": "ccs",
    "chademo": "chademo",
    "tesla_supercharger": "tesla",
    "tesla_supercharger_ccs": "ccs",
    "tesla_destination": "tesla",
    "tesla_standard": "tesla",
    "nacs": "tesla",
    "schuko": "schuko",
    "typee": "schuko",
    "typef": "schuko",
    "type1": "type1",
    "type1_combo": "ccs1",
    "cee_blue": "cee",
    "cee_red_16a": "cee",
    "cee_red_32a": "cee",
    "cee_red_63a": "cee",
    "cee_red_125a": "cee",
}
#: Open Charge Map ConnectionTypeID → normalised plug
OCM_CONNECTION_TYPES = {
    25: "type2",
    1036: "type2",
    33: "ccs",
    2: "chademo",
    27: "tesla",
    30: "tesla",
    8: "tesla",
    28: "schuko",
    1: "type1",
    32: "ccs1",
    17: "cee",
    16: "cee",
    3: "cee",
}
#: Open Charge Map UsageTypeID → access
OCM_USAGE = {1: "public", 4: "public", 5: "public", 7: "public", 2: "private", 3: "private", 6: "private"}
_PLUG_ORDER = ["ccs", "chademo", "tesla", "type2", "ccs1", "type1", "cee", "schuko"]


class ChargerError(ValueError):
    """A charger file cannot be used at all (unreadable, wrong format)."""


def _finite_coord(lat: Any, lon: Any) -> tuple[float, float] | None:
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        return None
    if not (math.isfinite(la) and math.isfinite(lo) and -90 <= la <= 90 and -180 <= lo <= 180):
        return None
    if la == 0 and lo == 0:
        return None
    return la, lo


def parse_power_kw(value: Any) -> float | None:
    """Largest power in a tag/field like ``"22 kW"``, ``"50;150 kW"``, ``"11000 W"``, ``22``; None if unusable."""
    if value is None:
        return None
    if isinstance(value, int | float):
        p = float(value)
    else:
        text = str(value).lower().replace(",", ".")
        best = None
        for m in re.finditer(r"(-?\d+(?:\.\d+)?)\s*(kw|kva|w|va)?", text):
            num = float(m.group(1))
            if num <= 0:
                continue
            unit = m.group(2) or ("w" if num > 2000 else "kw")  # bare "11000" is watts, bare "22" kilowatts
            kw = num / 1000.0 if unit in ("w", "va") else num
            best = kw if best is None else max(best, kw)
        if best is None:
            return None
        p = best
    if not math.isfinite(p) or p <= 0 or p > MAX_POWER_KW:
        return None
    return round(p, 2)


def _parse_count(value: Any) -> int | None:
    try:
        n = int(float(str(value).strip()))
    except (TypeError, ValueError):
        return None
    return n if 0 < n <= MAX_POINTS else None


def _sorted_plugs(plugs: set[str]) -> list[str]:
    return sorted(plugs, key=lambda p: _PLUG_ORDER.index(p) if p in _PLUG_ORDER else 99)


def _finish(ch: dict[str, Any], power: float | None, plugs: set[str], points: int | None) -> dict[str, Any]:
    """Fill defaults and estimated flags."""
    ch["plugs_estimated"] = not plugs
    plug_list = _sorted_plugs(plugs) if plugs else list(DEFAULT_PLUGS)
    ch["plugs"] = plug_list
    ch["power_estimated"] = power is None
    if power is None:
        power = max((DEFAULT_POWER_KW.get(p, FALLBACK_POWER_KW) for p in plug_list), default=FALLBACK_POWER_KW)
    ch["power_kw"] = float(power)
    ch["points_estimated"] = points is None
    ch["num_points"] = points if points is not None else 1
    return ch


def osm_charger(osm_ref: str, tags: dict[str, str], lat: float, lon: float) -> dict[str, Any] | None:
    """A charger record from an OSM ``amenity=charging_station`` object; None if its position is unusable."""
    pos = _finite_coord(lat, lon)
    if pos is None:
        return None
    plugs: set[str] = set()
    power: float | None = None
    socket_count = 0
    for key, value in tags.items():
        if not key.startswith("socket:"):
            continue
        parts = key.split(":")
        plug = OSM_SOCKETS.get(parts[1].lower()) if len(parts) > 1 else None
        if plug is None:
            continue
        if len(parts) == 2:
            n = _parse_count(value)
            if value.strip().lower() in ("no", "0"):
                continue
            plugs.add(plug)
            socket_count += n or 0
        elif parts[2] == "output":
            plugs.add(plug)
            p = parse_power_kw(value)
            if p is not None:
                power = p if power is None else max(power, p)
    for key in ("charging_station:output", "maxpower", "output"):
        p = parse_power_kw(tags.get(key))
        if p is not None:
            power = p if power is None else max(power, p)
    points = _parse_count(tags.get("capacity")) or (socket_count or None)
    name = tags.get("name") or tags.get("operator") or tags.get("network") or "Charging station"
    access = tags.get("access", "unknown")
    access = (
        "private"
        if access in ("private", "customers", "no", "permissive_private")
        else ("public" if access in ("yes", "public", "permissive") else "unknown")
    )
    ch: dict[str, Any] = {
        "id": f"osm:{osm_ref}",
        "name": name[:200],
        "lat": pos[0],
        "lon": pos[1],
        "operator": (tags.get("operator") or None),
        "access": access,
        "source": "osm",
    }
    return _finish(ch, power, plugs, points)


def _ocm_record(
    ocm_id: Any,
    title: Any,
    town: Any,
    lat: Any,
    lon: Any,
    type_ids: list[int],
    power: Any,
    points: Any,
    usage: Any,
    operator: Any = None,
) -> dict[str, Any] | None:
    pos = _finite_coord(lat, lon)
    if pos is None:
        return None
    plugs = {OCM_CONNECTION_TYPES[t] for t in type_ids if t in OCM_CONNECTION_TYPES}
    name = str(title or "").strip() or "Charging station"
    if town and str(town).strip() and str(town).strip() not in name:
        name = f"{name}, {str(town).strip()}"
    try:
        usage_id = int(usage)
    except (TypeError, ValueError):
        usage_id = -1
    ch: dict[str, Any] = {
        "id": f"ocm:{str(ocm_id).strip()[:40]}",
        "name": name[:200],
        "lat": pos[0],
        "lon": pos[1],
        "operator": (str(operator).strip() or None) if operator else None,
        "access": OCM_USAGE.get(usage_id, "unknown"),
        "source": "ocm",
    }
    return _finish(ch, parse_power_kw(power) if power not in (None, "") else None, plugs, _parse_count(points))


def _int_ids(text: str) -> list[int]:
    out = []
    for part in re.split(r"[|;, ]+", text or ""):
        if part.strip().isdigit():
            out.append(int(part))
    return out


def parse_ocm_csv(text: str, where: str = "csv") -> list[dict[str, Any]]:
    """Chargers from the OCM CSV layout of ``chargers-<region>-ocm.csv`` (bad rows are skipped and logged)."""
    reader = csv.DictReader(io.StringIO(text))
    fields = set(reader.fieldnames or [])
    if not {"lat", "lon"} <= fields:
        raise ChargerError(f"{where}: not an Open Charge Map CSV (needs lat and lon columns)")
    out = []
    for i, row in enumerate(reader, start=2):
        ch = _ocm_record(
            row.get("ocm_id") or f"row{i}",
            row.get("title"),
            row.get("town"),
            row.get("lat"),
            row.get("lon"),
            _int_ids(row.get("connection_type_ids") or ""),
            row.get("max_power_kw"),
            row.get("num_points"),
            row.get("usage_type_id"),
            row.get("operator"),
        )
        if ch is None:
            log.warning("%s line %d: skipped charger with invalid position", where, i)
            continue
        out.append(ch)
    return out


def parse_ocm_json(data: Any, where: str = "json") -> list[dict[str, Any]]:
    """Chargers from an Open Charge Map API/JSON export (list of POIs with AddressInfo and Connections)."""
    if isinstance(data, dict):
        data = data.get("pois") or data.get("data") or data.get("items")
    if not isinstance(data, list):
        raise ChargerError(f"{where}: not an Open Charge Map JSON export (expected a list of POIs)")
    out = []
    for i, poi in enumerate(data):
        if not isinstance(poi, dict):
            log.warning("%s item %d: not an object, skipped", where, i)
            continue
        addr = poi.get("AddressInfo") if isinstance(poi.get("AddressInfo"), dict) else {}
        conns = poi.get("Connections") if isinstance(poi.get("Connections"), list) else []
        type_ids, powers, qty = [], [], 0
        for c in conns:
            if not isinstance(c, dict):
                continue
            try:
                type_ids.append(int(c.get("ConnectionTypeID")))
            except (TypeError, ValueError):
                pass
            p = parse_power_kw(c.get("PowerKW"))
            if p is not None:
                powers.append(p)
            q = _parse_count(c.get("Quantity"))
            qty += q or 0
        op = poi.get("OperatorInfo") if isinstance(poi.get("OperatorInfo"), dict) else {}
        ch = _ocm_record(
            poi.get("ID", f"item{i}"),
            addr.get("Title"),
            addr.get("Town"),
            addr.get("Latitude"),
            addr.get("Longitude"),
            type_ids,
            max(powers) if powers else None,
            poi.get("NumberOfPoints") or (qty or None),
            poi.get("UsageTypeID"),
            op.get("Title"),
        )
        if ch is None:
            log.warning("%s item %d: skipped charger with invalid position", where, i)
            continue
        out.append(ch)
    return out


def load_charger_file(path: str | Path) -> list[dict[str, Any]]:
    """Read an OCM CSV or JSON export; :class:`ChargerError` when the file is unusable as a whole."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ChargerError(f"{p}: cannot read ({exc.strerror})") from None
    if len(raw) > 200 * 1024 * 1024:
        raise ChargerError(f"{p}: charger file too large")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ChargerError(f"{p}: charger file is not UTF-8 text") from None
    if text.lstrip().startswith(("[", "{")):
        try:
            return parse_ocm_json(json.loads(text), str(p))
        except json.JSONDecodeError as exc:
            raise ChargerError(f"{p}: invalid JSON ({exc.msg} at line {exc.lineno})") from None
    return parse_ocm_csv(text, str(p))


def _dist_m(a: dict[str, Any], b: dict[str, Any]) -> float:
    dy = (a["lat"] - b["lat"]) * 111_320.0
    dx = (a["lon"] - b["lon"]) * 111_320.0 * math.cos(math.radians(a["lat"]))
    return math.hypot(dx, dy)


def merge_chargers(
    osm: list[dict[str, Any]], external: list[dict[str, Any]], same_site_m: float = 40.0
) -> list[dict[str, Any]]:
    """OSM chargers plus external ones; an external charger within ``same_site_m`` of an OSM one is the same
    site: its known values fill the OSM record's estimated ones instead of adding a duplicate."""
    out = [dict(c) for c in osm]
    for ext in external:
        twin = next((c for c in out if c["source"] == "osm" and _dist_m(c, ext) <= same_site_m), None)
        if twin is None:
            out.append(dict(ext))
            continue
        for field, flag in (
            ("power_kw", "power_estimated"),
            ("plugs", "plugs_estimated"),
            ("num_points", "points_estimated"),
        ):
            if twin[flag] and not ext[flag]:
                twin[field], twin[flag] = ext[field], False
        twin.setdefault("also", []).append(ext["id"])
    seen: set[str] = set()
    unique = []
    for c in out:
        if c["id"] in seen:
            continue
        seen.add(c["id"])
        unique.append(c)
    return unique


def load_chargers(map_dir: str | Path) -> list[dict[str, Any]]:
    """The chargers of a built map (``[]`` if the map has none); malformed entries are skipped and logged."""
    p = Path(map_dir) / "chargers.json"
    if not p.is_file():
        return []
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("%s: unreadable charger table (%s)", p, exc)
        return []
    out = []
    for c in data if isinstance(data, list) else []:
        if isinstance(c, dict) and _finite_coord(c.get("lat"), c.get("lon")) and isinstance(c.get("plugs"), list):
            out.append(c)
        else:
            log.warning("%s: skipped malformed charger entry", p)
    return out
