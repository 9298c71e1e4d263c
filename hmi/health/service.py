"""Nearest service centres for the "Service recommended" prompt.

Sources, in order: the map's place index (``hmi.nav.places.service_places``: OSM
``shop=car_repair`` / ``shop=car`` / ``shop=tyres``), else the shipped fallback list
``assets/service_centres.json`` — extracted from the real Liechtenstein OSM extract
with ``extract_from_osm`` (© OpenStreetMap contributors, ODbL). Distances are geodesic
(``geopy.distance``).
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from hmi.i18n import QT_TRANSLATE_NOOP, Text
from hmi.units import DEFAULT

log = logging.getLogger(__name__)

FALLBACK_FILE = Path(__file__).resolve().parents[2] / "assets" / "service_centres.json"
OSM_KINDS = {"car_repair": "repair", "car": "dealer", "tyres": "tyres"}
MAX_FILE_BYTES = 5_000_000

# User-visible strings of this module (translation context "health"; templates of ``Text`` values).
TEXTS = {
    "kind_repair": QT_TRANSLATE_NOOP("health", "Repair shop"),
    "kind_dealer": QT_TRANSLATE_NOOP("health", "Car dealer"),
    "kind_tyres": QT_TRANSLATE_NOOP("health", "Tyre service"),
    "unnamed": QT_TRANSLATE_NOOP("health", "Unnamed garage"),
    "brand_garage": QT_TRANSLATE_NOOP("health", "{brand} garage"),
}


@dataclass(frozen=True)
class ServiceCentre:
    """One place the driver can take the car to."""

    id: str
    name: str
    kind: str
    """``repair``, ``dealer`` or ``tyres``."""
    lat: float
    lon: float
    address: str | None = None
    city: str | None = None
    brand: str | None = None

    def as_dict(self, distance_km: float | None = None) -> dict[str, Any]:
        """Plain dict for QML: ``name`` and ``kindText`` as ``Text`` where translatable, ``distanceKm``.

        ``distanceText`` is in the default (metric) format: the Qt adapter formats ``distanceKm`` in the
        driver's units.
        """
        d = asdict(self)
        d["name"] = _display_name(self.name, self.brand)
        kind = TEXTS.get("kind_" + self.kind)
        d["kindText"] = Text("health", kind) if kind is not None else self.kind
        d["distanceKm"] = distance_km
        d["distanceText"] = DEFAULT.quantity("distance_km", distance_km) if distance_km is not None else ""
        return d


def _display_name(name: str, brand: str | None) -> str:
    # Names are never translated, except the two made up by ``extract_from_osm`` for nameless places.
    if name == TEXTS["unnamed"]:
        return Text("health", TEXTS["unnamed"])
    if brand and name == TEXTS["brand_garage"].format(brand=brand):
        return Text("health", TEXTS["brand_garage"], brand=brand)
    return name


def _centre(raw: Any) -> ServiceCentre | None:
    if not isinstance(raw, dict):
        return None
    lat, lon, name, kind = raw.get("lat"), raw.get("lon"), raw.get("name"), raw.get("kind")
    ok = (
        isinstance(lat, int | float) and not isinstance(lat, bool) and isinstance(lon, int | float)
        and not isinstance(lon, bool) and math.isfinite(lat) and math.isfinite(lon)
        and -90 <= lat <= 90 and -180 <= lon <= 180 and isinstance(name, str) and 0 < len(name) <= 200
        and kind in OSM_KINDS.values()
    )  # fmt: skip
    if not ok:
        return None

    def opt(key: str) -> str | None:
        v = raw.get(key)
        return v[:200] if isinstance(v, str) and v else None

    return ServiceCentre(str(raw.get("id", ""))[:40], name, kind, float(lat), float(lon), opt("address"),
                         opt("city"), opt("brand"))  # fmt: skip


def parse_centres(rows: Any) -> list[ServiceCentre]:
    """Validate a list of centre dicts (fallback file or ``service_places`` output); bad rows are logged and skipped."""
    if not isinstance(rows, list):
        log.warning("service centres: expected a list, got %s", type(rows).__name__)
        return []
    out = []
    for i, r in enumerate(rows):
        c = _centre(r)
        if c is None:
            log.warning("service centres: entry %d rejected (needs name, kind, finite lat/lon in range)", i)
        else:
            out.append(c)
    return out


def load_fallback(path: str | Path = FALLBACK_FILE) -> list[ServiceCentre]:
    """The shipped list; an unreadable file gives ``[]`` (logged)."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_FILE_BYTES:
            raise ValueError("file too large")
        doc = json.loads(p.read_bytes().decode("utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("%s: cannot read service centres (%s)", p, exc)
        return []
    return parse_centres(doc.get("centres") if isinstance(doc, dict) else None)


def load_centres(map_dir: str | Path | None = None, fallback: str | Path = FALLBACK_FILE) -> list[ServiceCentre]:
    """Service centres of the built map when it has any, else the shipped fallback list."""
    if map_dir is not None:
        try:
            from hmi.nav.places import service_places

            centres = parse_centres(service_places(map_dir))
        except (ImportError, OSError, ValueError) as exc:
            log.warning("map %s: no service places (%s)", map_dir, exc)
            centres = []
        if centres:
            return centres
    return load_fallback(fallback)


def nearest(
    centres: list[ServiceCentre],
    lat: float,
    lon: float,
    *,
    limit: int = 3,
    kinds: tuple[str, ...] = ("repair", "dealer"),
) -> list[tuple[ServiceCentre, float]]:
    """The ``limit`` closest centres of ``kinds`` to (lat, lon) as ``(centre, km)``, closest first.

    Raises ``ValueError`` for a position that is not finite or out of range.
    """
    if not all(isinstance(v, int | float) and math.isfinite(v) for v in (lat, lon)) or abs(lat) > 90 or abs(lon) > 180:
        raise ValueError(f"bad position {lat!r}, {lon!r}")
    from geopy.distance import geodesic  # geopy's package import costs ~0.6 s: see warm_up()

    here = (lat, lon)
    # Geodesic distances (Karney) for the closest few by a cheap spherical estimate only: over every centre they
    # held the GUI thread for 20 ms. The sphere is within 0.5 % of the ellipsoid, far less than the margin kept.
    rough = sorted((c for c in centres if c.kind in kinds), key=lambda c: _spherical_km(lat, lon, c.lat, c.lon))
    scored = [(c, geodesic(here, (c.lat, c.lon)).km) for c in rough[: max(0, limit) * 4 + 4]]
    scored.sort(key=lambda x: x[1])
    return scored[: max(0, limit)]


def _spherical_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance on the mean-radius sphere (km): only to rank candidates for ``nearest``."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def warm_up() -> None:
    """Import geopy's distance module (~0.6 s) now, on the calling thread: the app calls this from a worker
    thread at start, so the driver's first tap on "service centres" does not pay for it on the GUI thread."""
    import geopy.distance  # noqa: F401


def extract_from_osm(pbf_path: str | Path) -> list[dict[str, Any]]:
    """Service centres (``shop=car_repair``/``car``/``tyres`` nodes and areas) of an OSM extract, via pyosmium.

    Areas are placed at the mean of their outer ring. Used to (re)build ``assets/service_centres.json``.
    """
    import osmium  # heavy and only needed for this one-off extraction

    found: list[dict[str, Any]] = []

    def record(kind: str, osmid: int, tags: dict[str, str], lat: float, lon: float) -> None:
        shop = tags.get("shop")
        if shop not in OSM_KINDS:
            return
        street, hn = tags.get("addr:street"), tags.get("addr:housenumber")
        found.append({
            "id": f"osm:{kind}{osmid}",
            # Made-up names are stored in English; ``ServiceCentre.as_dict`` shows them translated.
            "name": tags.get("name") or tags.get("operator") or (
                TEXTS["brand_garage"].format(brand=tags["brand"]) if "brand" in tags else TEXTS["unnamed"]),
            "kind": OSM_KINDS[shop],
            "lat": round(lat, 7),
            "lon": round(lon, 7),
            "address": f"{street} {hn}" if street and hn else street,
            "city": tags.get("addr:city"),
            "brand": tags.get("brand"),
        })  # fmt: skip

    class Handler(osmium.SimpleHandler):
        def node(self, n: Any) -> None:
            if "shop" in n.tags and n.location.valid():
                record("n", n.id, dict(n.tags), n.location.lat, n.location.lon)

        def area(self, a: Any) -> None:
            if "shop" not in a.tags:
                return
            pts = []
            for ring in a.outer_rings():
                ring_pts = [(nd.lat, nd.lon) for nd in ring]
                pts.extend(ring_pts[:-1] if len(ring_pts) > 1 and ring_pts[0] == ring_pts[-1] else ring_pts)
            if pts:
                lat = sum(p[0] for p in pts) / len(pts)
                lon = sum(p[1] for p in pts) / len(pts)
                record("w" if a.from_way() else "r", a.orig_id(), dict(a.tags), lat, lon)

    Handler().apply_file(str(pbf_path), locations=True)
    found.sort(key=lambda c: c["id"])
    return found


def write_fallback(pbf_path: str | Path, out: str | Path = FALLBACK_FILE) -> int:
    """Extract service centres from ``pbf_path`` into the fallback JSON file; returns how many."""
    centres = extract_from_osm(pbf_path)
    doc = {
        "about": f"Service centres (OSM shop=car_repair/car/tyres) extracted from {Path(pbf_path).name} by "
        "hmi.health.service.extract_from_osm. © OpenStreetMap contributors, ODbL 1.0.",
        "centres": centres,
    }
    Path(out).write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(centres)
