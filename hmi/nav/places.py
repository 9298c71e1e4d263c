"""The place index of a map (``<map>/places.json``): streets, addresses with house numbers, named POIs, places.

Built by :mod:`hmi.nav.build` from the OSM extract, searched by :mod:`hmi.nav.geocode`. Each entry is a dict::

    {"t": "street" | "address" | "poi" | "place", "name": str, "lat": float, "lon": float,
     "street": str, "hn": str, "city": str, "postcode": str, "cat": "amenity=restaurant", "extra": {...}}

(keys other than t/name/lat/lon appear only when known). Also the service places the health team uses
(:func:`service_places`: ``shop=car_repair``, ``shop=car`` dealers, ``shop=tyres``).
"""

from __future__ import annotations

import json
import logging
import math
from array import array
from collections import defaultdict
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

INDEX_VERSION = 1
PLACE_VALUES = {
    "city",
    "town",
    "village",
    "hamlet",
    "suburb",
    "quarter",
    "neighbourhood",
    "locality",
    "isolated_dwelling",
    "municipality",
}
#: place types that name a settlement an address belongs to (the "city" of an address), biggest first
SETTLEMENTS = ("city", "town", "village", "municipality", "suburb", "hamlet")
POI_KEYS = (
    "amenity",
    "shop",
    "tourism",
    "leisure",
    "office",
    "craft",
    "historic",
    "healthcare",
    "aeroway",
    "public_transport",
    "railway",
    "sport",
    "man_made",
    "building",
)
NON_STREET_HIGHWAYS = {
    "bus_stop",
    "platform",
    "street_lamp",
    "traffic_signals",
    "crossing",
    "elevator",
    "turning_circle",
    "milestone",
    "speed_camera",
    "stop",
    "give_way",
}
SERVICE_CATEGORIES = {"shop=car_repair": "repair", "shop=car": "dealer", "shop=tyres": "tyres"}
_EXTRA_TAGS = ("brand", "operator", "phone", "contact:phone", "opening_hours", "website", "contact:website")


#: Tags a place record or a charger reads (besides ``addr:*`` and ``socket:*``): the reader keeps only these for the
#: named and addressed ways whose coordinates it resolves later.
FEATURE_KEYS = frozenset(
    {
        "name",
        "highway",
        "place",
        "population",
        "amenity",
        "capacity",
        "charging_station:output",
        "maxpower",
        "output",
        "operator",
        "network",
        "access",
        *POI_KEYS,
        *_EXTRA_TAGS,
    }
)


def feature_tags(tags: dict[str, str]) -> dict[str, str]:
    """The tags of an object that its place record or charger record can read."""
    return {k: v for k, v in tags.items() if k in FEATURE_KEYS or k.startswith(("addr:", "socket:"))}


class StreetPoints:
    """Named streets as compact arrays while reading a country (a dict per way would not fit): the interned name and
    the first, middle and last point of each named road way."""

    def __init__(self) -> None:
        self.names: dict[str, int] = {}
        self.name_index = array("i")
        self.coords = array("d")  # 6 per street: lat/lon of first, middle, last point

    def add(self, name: str, pts: list[tuple[float, float]]) -> None:
        self.name_index.append(self.names.setdefault(name, len(self.names)))
        for la, lo in pts:
            self.coords.append(la)
            self.coords.append(lo)

    def records(self) -> list[dict[str, Any]]:
        """The streets as the "street" parts of raw records (``{"name", "pts"}``)."""
        names = list(self.names)
        pts = np.frombuffer(self.coords, dtype=np.float64).reshape(-1, 3, 2).tolist() if self.coords else []
        return [{"name": names[i], "pts": [tuple(p) for p in ps]} for i, ps in zip(self.name_index, pts, strict=True)]


def centre(coords: list[tuple[float, float]]) -> tuple[float, float]:
    """Mean position of an object's points (a closed way's repeated first point counted once)."""
    if len(coords) > 1 and coords[0] == coords[-1]:
        coords = coords[:-1]
    return (sum(c[0] for c in coords) / len(coords), sum(c[1] for c in coords) / len(coords))


def raw_record(kind: str, osmid: int, tags: dict[str, str], coords: list[tuple[float, float]]) -> dict[str, Any] | None:
    """What the index needs from one tagged OSM object (called for every tagged node/way while reading)."""
    street_pts = [coords[0], coords[len(coords) // 2], coords[-1]] if len(coords) >= 2 else None
    return record_at(kind, osmid, tags, centre(coords), street_pts)


def record_at(
    kind: str,
    osmid: int,
    tags: dict[str, str],
    at: tuple[float, float],
    street_pts: list[tuple[float, float]] | None,
    streets: StreetPoints | None = None,
) -> dict[str, Any] | None:
    """:func:`raw_record` from an object's centre ``at`` and, for a way, its first, middle and last point. With
    ``streets`` a street goes into that table instead of the record."""
    name = (tags.get("name") or "").strip()
    hw = tags.get("highway")
    rec: dict[str, Any] = {}
    is_street = False
    if kind == "way" and hw and name and hw not in NON_STREET_HIGHWAYS and street_pts:
        is_street = True
        if streets is not None:
            streets.add(name, street_pts)
        else:
            rec["street"] = {"name": name, "pts": street_pts}
    lat, lon = at
    place = tags.get("place")
    if name and place in PLACE_VALUES:
        try:
            pop = int(str(tags.get("population", "0")).replace(" ", "").replace("'", ""))
        except ValueError:
            pop = 0
        rec["place"] = {"name": name, "type": place, "lat": lat, "lon": lon, "pop": pop}
    hn = (tags.get("addr:housenumber") or "").strip()
    st = (tags.get("addr:street") or tags.get("addr:place") or "").strip()
    if hn and st:
        rec["address"] = {
            "street": st,
            "hn": hn,
            "city": (tags.get("addr:city") or "").strip(),
            "postcode": (tags.get("addr:postcode") or "").strip(),
            "lat": lat,
            "lon": lon,
        }
    if name and not is_street and not rec.get("place"):
        cat = next((f"{k}={tags[k]}" for k in POI_KEYS if k in tags and tags[k] not in ("no",)), None)
        if cat is None and hw in ("bus_stop",):
            cat = "highway=bus_stop"
        if cat is not None:
            extra = {k: tags[k] for k in _EXTRA_TAGS if k in tags}
            rec["poi"] = {"name": name, "cat": cat, "lat": lat, "lon": lon, "id": f"{kind[0]}{osmid}", "extra": extra}
    return rec or None


class _Settlements:
    """Nearest settlement lookup for giving addresses and streets a city.

    Bigger settlements win over a hamlet that happens to be a bit closer (distance times a weight in 0.5..1), and
    towns/villages over hamlets and suburbs when one is within reach. Settlements are bucketed in cells of twice
    the search radius: with weights of at least 0.5 nothing beyond the 3 x 3 cells around a point can win, so the
    answer equals a search over all settlements at country scale.
    """

    def __init__(self, places: list[dict[str, Any]], max_m: float = 6000.0) -> None:
        self.items = [p for p in places if p["type"] in SETTLEMENTS]
        self.max_m = max_m
        self.main = np.array([p["type"] in ("city", "town", "village", "municipality") for p in self.items], bool)
        self.lat = np.array([p["lat"] for p in self.items], dtype=np.float64)
        self.lon = np.array([p["lon"] for p in self.items], dtype=np.float64)
        self.weight = np.array(
            [{"city": 0.5, "town": 0.6, "village": 0.8, "municipality": 0.6}.get(p["type"], 1.0) for p in self.items]
        )
        self.cell_deg = 2 * max_m / 111_320.0
        self.buckets: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i, (la, lo) in enumerate(zip(self.lat.tolist(), self.lon.tolist(), strict=True)):
            self.buckets[self._cell(la, lo)].append(i)

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        # longitude cells as wide in metres as latitude cells (at least): scale by the cosine of the cell row
        row = math.floor(lat / self.cell_deg)
        cos = max(0.05, math.cos(math.radians(min(89.0, abs(row * self.cell_deg) + self.cell_deg))))
        return row, math.floor(lon * cos / self.cell_deg)

    def _candidates(self, lat: float, lon: float) -> np.ndarray:
        r, c = self._cell(lat, lon)
        idx = [i for dr in (-1, 0, 1) for dc in (-1, 0, 1) for i in self.buckets.get((r + dr, c + dc), ())]
        # the cell column of a neighbour row can shift by the cosine change; include one more column each side
        idx += [i for dr in (-1, 1) for dc in (-2, 2) for i in self.buckets.get((r + dr, c + dc), ())]
        return np.array(sorted(set(idx)), np.int64)

    def nearest(self, lat: float, lon: float) -> str:
        """Name of the settlement an address or street at (lat, lon) belongs to ("" when none is within reach)."""
        return self.nearest_many([(lat, lon)])[0]

    def nearest_many(self, points: list[tuple[float, float]]) -> list[str]:
        """:meth:`nearest` for many points, grouped by cell so each group is one numpy distance matrix."""
        out = [""] * len(points)
        if not self.items:
            return out
        groups: dict[tuple[int, int], list[int]] = defaultdict(list)
        for q, (la, lo) in enumerate(points):
            groups[self._cell(la, lo)].append(q)
        for qs in groups.values():
            cand = self._candidates(*points[qs[0]])
            if len(cand) == 0:
                continue
            qlat = np.array([points[q][0] for q in qs])[:, None]
            qlon = np.array([points[q][1] for q in qs])[:, None]
            d = np.hypot(
                (self.lat[cand][None, :] - qlat) * 111_320.0,
                (self.lon[cand][None, :] - qlon) * 111_320.0 * np.cos(np.radians(qlat)),
            )
            w = d * self.weight[cand][None, :]
            main = self.main[cand]
            rows = np.arange(len(qs))
            if main.any():
                k = np.argmin(np.where(main[None, :], w, np.inf), axis=1)
                ok = d[rows, k] <= self.max_m
            else:
                k, ok = np.zeros(len(qs), np.int64), np.zeros(len(qs), bool)
            k2 = np.argmin(w, axis=1)
            ok2 = d[rows, k2] <= self.max_m
            for j, q in enumerate(qs):
                if ok[j]:
                    out[q] = self.items[int(cand[k[j]])]["name"]
                elif ok2[j]:
                    out[q] = self.items[int(cand[k2[j]])]["name"]
        return out


def build_index(raw: list[dict[str, Any]], graph: Any = None, streets: StreetPoints | None = None) -> dict[str, Any]:
    """Turn the raw records (and the street table) collected while reading the extract into ``places.json``."""
    places = [r["place"] for r in raw if "place" in r]
    settlements = _Settlements(places)
    entries: list[dict[str, Any]] = []

    for p in places:
        entries.append(
            {
                "t": "place",
                "name": p["name"],
                "lat": p["lat"],
                "lon": p["lon"],
                "cat": f"place={p['type']}",
                "pop": p["pop"],
            }
        )

    # streets: one entry per (name, settlement) so "Landstrasse, Vaduz" and "Landstrasse, Schaan" both exist
    # a street's city: addr:city of the closest address on that street (within 400 m), else nearest settlement
    addr_cities: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
    for r in raw:
        a = r.get("address")
        if a and a["city"]:
            addr_cities[a["street"]].append((a["lat"], a["lon"], a["city"]))
    addr_arrays = {k: (np.array([(x[0], x[1]) for x in v]), [x[2] for x in v]) for k, v in addr_cities.items()}

    def street_city(name: str, lat: float, lon: float) -> str | None:
        if name in addr_arrays:
            pts, cities = addr_arrays[name]
            d = np.hypot((pts[:, 0] - lat) * 111_320.0, (pts[:, 1] - lon) * 111_320.0 * math.cos(math.radians(lat)))
            k = int(np.argmin(d))
            if d[k] <= 400.0:
                return cities[k]
        return None  # nearest settlement, looked up in one batch below

    street_list = [r["street"] for r in raw if r.get("street")] + (streets.records() if streets else [])
    cities = [street_city(s["name"], *s["pts"][1]) for s in street_list]
    missing = [i for i, c in enumerate(cities) if c is None]
    for i, c in zip(missing, settlements.nearest_many([street_list[i]["pts"][1] for i in missing]), strict=True):
        cities[i] = c
    by_key: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for s, city in zip(street_list, cities, strict=True):
        by_key[(s["name"], city or "")].extend(s["pts"])
    for (name, city), pts in by_key.items():
        # a real point on the street, near its middle (plain Python: a street has a few points)
        clat = sum(p[0] for p in pts) / len(pts)
        clon = sum(p[1] for p in pts) / len(pts)
        la, lo = min(pts, key=lambda p: (p[0] - clat) ** 2 + (p[1] - clon) ** 2)
        e: dict[str, Any] = {"t": "street", "name": name, "lat": float(la), "lon": float(lo)}
        if city:
            e["city"] = city
        entries.append(e)

    # the settlement of every address without addr:city and every POI without an address city, in one batch
    need = [
        (r["address"]["lat"], r["address"]["lon"]) if r.get("address") else (r["poi"]["lat"], r["poi"]["lon"])
        for r in raw
        if (r.get("address") and not r["address"]["city"]) or (r.get("poi") and not r.get("address"))
    ]
    near = iter(settlements.nearest_many(need))
    seen_addr: set[tuple[str, str, str]] = set()
    for r in raw:
        a = r.get("address")
        p = r.get("poi")
        guess = next(near) if (a and not a["city"]) or (p and not a) else ""
        if a:
            city = a["city"] or guess
            key = (a["street"].lower(), a["hn"].lower(), city.lower())
            if key in seen_addr:
                continue
            seen_addr.add(key)
            e = {
                "t": "address",
                "name": f"{a['street']} {a['hn']}",
                "street": a["street"],
                "hn": a["hn"],
                "lat": a["lat"],
                "lon": a["lon"],
            }
            if city:
                e["city"] = city
            if a["postcode"]:
                e["postcode"] = a["postcode"]
            entries.append(e)
        if p:
            e = {"t": "poi", "name": p["name"], "cat": p["cat"], "lat": p["lat"], "lon": p["lon"], "id": p["id"]}
            city = (a or {}).get("city") or guess
            if city:
                e["city"] = city
            if a:
                e["street"], e["hn"] = a["street"], a["hn"]
            if p["extra"]:
                e["extra"] = p["extra"]
            entries.append(e)
    for e in entries:
        e["lat"], e["lon"] = round(float(e["lat"]), 7), round(float(e["lon"]), 7)
    return {"version": INDEX_VERSION, "entries": entries}


def load_places(map_dir: str | Path) -> list[dict[str, Any]]:
    """Entries of a map's place index; malformed entries are skipped (logged), a missing index gives ``[]``."""
    p = Path(map_dir) / "places.json"
    if not p.is_file():
        return []
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("%s: unreadable place index (%s)", p, exc)
        return []
    raw = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(raw, list):
        log.warning("%s: place index has no entries list", p)
        return []
    out = []
    bad = 0
    for e in raw:
        if (
            isinstance(e, dict)
            and isinstance(e.get("name"), str)
            and e.get("t") in ("street", "address", "poi", "place")
            and isinstance(e.get("lat"), int | float)
            and isinstance(e.get("lon"), int | float)
            and math.isfinite(e["lat"])
            and math.isfinite(e["lon"])
        ):
            out.append(e)
        else:
            bad += 1
    if bad:
        log.warning("%s: skipped %d malformed entries", p, bad)
    return out


def service_places(map_dir: str | Path, kinds: tuple[str, ...] = ("repair", "dealer", "tyres")) -> list[dict[str, Any]]:
    """Car service places of a map: ``{"id", "name", "kind": "repair"|"dealer"|"tyres", "category", "lat", "lon",
    "city", "address", "brand", "phone", "opening_hours", "website"}`` (unknown fields are None)."""
    out = []
    for e in load_places(map_dir):
        kind = SERVICE_CATEGORIES.get(e.get("cat", ""))
        if e["t"] != "poi" or kind not in kinds:
            continue
        extra = e.get("extra") if isinstance(e.get("extra"), dict) else {}
        addr = f"{e['street']} {e['hn']}" if e.get("street") else None
        out.append(
            {
                "id": f"osm:{e.get('id', '')}",
                "name": e["name"],
                "kind": kind,
                "category": e["cat"],
                "lat": e["lat"],
                "lon": e["lon"],
                "city": e.get("city"),
                "address": addr,
                "brand": extra.get("brand"),
                "phone": extra.get("phone") or extra.get("contact:phone"),
                "opening_hours": extra.get("opening_hours"),
                "website": extra.get("website") or extra.get("contact:website"),
            }
        )
    return out


def chargers(map_dir: str | Path) -> list[dict[str, Any]]:
    """The map's charging stations (see :mod:`hmi.nav.chargers` for the record layout)."""
    from hmi.nav.chargers import load_chargers

    return load_chargers(map_dir)
