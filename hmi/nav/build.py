"""``hmi mapbuild``: an OSM extract (+ Open Charge Map files) → a compact offline map directory.

Pipeline (osmnx is imported here only, never on the app's start-up path):

1. read the extract with pyosmium (``.osm.pbf``, ``.osm``, ``.osm.bz2``), keeping only ways that pass osmnx's
   own ``drive`` network-type filter (:func:`drive_way_predicate` interprets osmnx's Overpass filter string,
   so "drivable" is exactly osmnx's definition), and collecting addresses, named POIs, places and chargers;
2. write those ways and their nodes as a small OSM XML file and load it with ``osmnx.graph_from_xml``
   (simplified, all components retained so routing can say "not connected" instead of silently moving a
   destination);
3. ``osmnx.routing.add_edge_speeds`` with :data:`FALLBACK_SPEEDS_KPH` per road class (used only where an edge
   has no parseable ``maxspeed``), then ``add_edge_travel_times``;
4. export CSR arrays (:mod:`hmi.nav.graph`), routing preprocessing (:mod:`hmi.nav.route`), the place index
   (:mod:`hmi.nav.places`) and the charger table (:mod:`hmi.nav.chargers`); ``metadata.json`` last.

Routing preprocessing (contraction hierarchies, :func:`hmi.nav.route.build_ch`) costs about 1.5 ms per graph node
in Python: a second for Liechtenstein, ~25 minutes for a million-node regional graph. ``preprocess=False``
(``hmi mapbuild --no-preprocess``) skips it; routing then uses bidirectional Dijkstra, or the vectorised bucket
search above 100,000 nodes.

The output is built in a temporary sibling directory and swapped in at the end, so an interrupted build never
leaves a half-written map where the app looks for one.
"""

from __future__ import annotations

import bz2
import json
import logging
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import numpy as np

from hmi.nav import places as places_mod
from hmi.nav.chargers import ChargerError, load_charger_file, merge_chargers, osm_charger
from hmi.nav.graph import ATTRIBUTION, FORMAT, FORMAT_VERSION, EdgeFlag, RoadClass, RoadGraph, save_arrays

log = logging.getLogger(__name__)

ProgressFn = Callable[[float, str], None]

#: Speeds (km/h) for edges whose ``maxspeed`` is missing or unparseable, by OSM ``highway`` value. They follow
#: typical central-European rural/urban limits (AT/CH/DE/LI: motorway 120, built-up 50, residential 30-50).
#: Classes not listed get osmnx's default imputation (mean observed speed of that class, else of all classes).
FALLBACK_SPEEDS_KPH: dict[str, float] = {
    "motorway": 120.0,
    "motorway_link": 60.0,
    "trunk": 100.0,
    "trunk_link": 50.0,
    "primary": 80.0,
    "primary_link": 40.0,
    "secondary": 70.0,
    "secondary_link": 40.0,
    "tertiary": 50.0,
    "tertiary_link": 30.0,
    "unclassified": 40.0,
    "residential": 30.0,
    "living_street": 10.0,
    "service": 20.0,
    "road": 30.0,
    "busway": 30.0,
}


class BuildError(Exception):
    """A map build failed for a reason the user can fix (bad input file, unwritable output, …)."""


# ----------------------------------------------------------------------------------------------- drive filter
_CLAUSE_RE = re.compile(r'\["([^"]+)"(?:(=|!=|~|!~)"([^"]*)")?\]')


def parse_overpass_filter(expr: str) -> Callable[[dict[str, str]], bool]:
    """Turn an Overpass tag filter like ``["highway"]["area"!~"yes"]…`` into a predicate over a tag dict.

    Semantics follow Overpass QL: ``["k"]`` needs the key; ``["k"="v"]`` / ``["k"~"re"]`` need a matching value;
    ``["k"!="v"]`` / ``["k"!~"re"]`` pass when the key is absent or does not match. Regexes are unanchored
    searches, as in Overpass.
    """
    clauses: list[tuple[str, str | None, Any]] = []
    pos = 0
    for m in _CLAUSE_RE.finditer(expr):
        if expr[pos : m.start()].strip():
            raise ValueError(f"unsupported Overpass filter syntax near {expr[pos : m.start()]!r}")
        pos = m.end()
        key, op, val = m.group(1), m.group(2), m.group(3)
        clauses.append((key, op, re.compile(val) if op in ("~", "!~") else val))
    if expr[pos:].strip():
        raise ValueError(f"unsupported Overpass filter syntax near {expr[pos:]!r}")

    def predicate(tags: dict[str, str]) -> bool:
        for key, op, val in clauses:
            v = tags.get(key)
            if op is None:
                if v is None:
                    return False
            elif op == "=":
                if v != val:
                    return False
            elif op == "!=":
                if v == val:
                    return False
            elif op == "~":
                if v is None or not val.search(v):
                    return False
            elif v is not None and val.search(v):  # "!~"
                return False
        return True

    return predicate


def drive_way_predicate() -> Callable[[dict[str, str]], bool]:
    """osmnx's own ``drive`` network filter (``osmnx._overpass._get_network_filter``) as a tag predicate."""
    from osmnx import _overpass

    return parse_overpass_filter(_overpass._get_network_filter("drive"))


# ----------------------------------------------------------------------------------------------- progress
class TextProgress:
    """A plain-text progress bar on a stream (stderr). Redraws in place on a tty; prints a line per stage (and
    per 10 %) otherwise, so logs of CI runs stay readable."""

    def __init__(self, stream: Any = None, width: int = 30) -> None:
        """Draw on ``stream`` (default ``sys.stderr``)."""
        self.stream = stream or sys.stderr
        self.width = width
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())
        self._last: tuple[int, str] = (-1, "")
        self.t0 = time.monotonic()

    def __call__(self, fraction: float, stage: str) -> None:
        """Report ``fraction`` (0..1) done, currently in ``stage``."""
        f = min(1.0, max(0.0, float(fraction)))
        pct = int(f * 100)
        if not self.tty and (pct // 10, stage) == (self._last[0] // 10, self._last[1]):
            return
        if (pct, stage) == self._last:
            return
        self._last = (pct, stage)
        filled = int(f * self.width)
        bar = "#" * filled + "-" * (self.width - filled)
        line = f"mapbuild [{bar}] {pct:3d}% {stage} ({time.monotonic() - self.t0:.1f} s)"
        if self.tty:
            self.stream.write("\r" + line.ljust(100))
            if f >= 1.0:
                self.stream.write("\n")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()


def _noprogress(fraction: float, stage: str) -> None:
    pass


# ----------------------------------------------------------------------------------------------- OSM reading
def check_extract(path: Path) -> str:
    """Return the extract's kind ("pbf", "xml", "bz2") from its first bytes; :class:`BuildError` if it is not OSM."""
    if not path.is_file():
        raise BuildError(f"{path}: no such file")
    try:
        with path.open("rb") as fh:
            head = fh.read(64)
    except OSError as exc:
        raise BuildError(f"{path}: cannot read ({exc.strerror})") from None
    if len(head) < 8:
        raise BuildError(f"{path}: file is empty or truncated, not an OSM extract")
    if head.startswith(b"BZh"):
        try:
            with bz2.open(path, "rb") as fh:
                inner = fh.read(512).lstrip()
        except (OSError, EOFError, ValueError):
            raise BuildError(f"{path}: corrupt bz2 file") from None
        if not (inner.startswith(b"<?xml") or inner.startswith(b"<osm")):
            raise BuildError(f"{path}: bz2 file does not contain OSM XML")
        return "bz2"
    if b"OSMHeader" in head[:24]:
        return "pbf"
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<osm"):
        return "xml"
    raise BuildError(f"{path}: not an OSM extract (expected .osm.pbf, .osm or .osm.bz2)")


class _ExtractData:
    """Everything collected in the single pass over the extract."""

    def __init__(self) -> None:
        self.drive_ways: list[tuple[int, list[int], dict[str, str]]] = []
        self.node_coords: dict[int, tuple[float, float]] = {}
        self.node_tags: dict[int, dict[str, str]] = {}
        self.places: list[dict[str, Any]] = []  # raw place records for places.build_index
        self.chargers: list[dict[str, Any]] = []
        self.counts = {"nodes": 0, "ways": 0}


def _read_extract(path: Path, kind: str, progress: ProgressFn) -> _ExtractData:
    import osmium

    keep_way = drive_way_predicate()
    useful_node_tags = ("highway", "junction", "railway", "ref")
    out = _ExtractData()
    size = max(1, path.stat().st_size)
    # pyosmium decides the format by suffix; give it an explicit one so foreign names still work
    fmt = {"pbf": "pbf", "xml": "osm", "bz2": "osm.bz2"}[kind]
    reader_file = osmium.io.File(str(path), fmt)
    fp = osmium.FileProcessor(reader_file, osmium.osm.NODE | osmium.osm.WAY).with_locations()
    seen = 0
    for obj in fp:
        seen += 1
        if seen % 200_000 == 0:
            # no byte position from the processor; nodes dominate, so count against a rough size estimate
            progress(min(0.25, 0.25 * seen / (size / 6.0)), "reading extract")
        if obj.is_node():
            out.counts["nodes"] += 1
            if not obj.tags:
                continue
            tags = {t.k: t.v for t in obj.tags}
            nt = {k: tags[k] for k in useful_node_tags if k in tags}
            if nt:
                out.node_tags[obj.id] = nt
            loc = obj.location
            if loc.valid():
                _collect_feature(out, "node", obj.id, tags, [(loc.lat, loc.lon)])
        elif obj.is_way():
            out.counts["ways"] += 1
            if not obj.tags:
                continue
            tags = {t.k: t.v for t in obj.tags}
            refs: list[int] = []
            coords: list[tuple[float, float]] = []
            for nd in obj.nodes:
                loc = nd.location
                if loc.valid():
                    refs.append(nd.ref)
                    coords.append((loc.lat, loc.lon))
            # ways cut by the extract boundary keep the nodes that exist (as osmnx does with Overpass results)
            if "highway" in tags and len(refs) >= 2 and keep_way(tags):
                out.drive_ways.append((obj.id, refs, tags))
                for r, c in zip(refs, coords, strict=True):
                    out.node_coords[r] = c
            if coords:
                _collect_feature(out, "way", obj.id, tags, coords)
    return out


def _collect_feature(
    out: _ExtractData, kind: str, osmid: int, tags: dict[str, str], coords: list[tuple[float, float]]
) -> None:
    """Sort one tagged OSM object into places / addresses / POIs / streets / chargers."""
    if tags.get("amenity") == "charging_station":
        lat, lon = _centre(coords)
        ch = osm_charger(f"{kind[0]}{osmid}", tags, lat, lon)
        if ch is not None:
            out.chargers.append(ch)
    rec = places_mod.raw_record(kind, osmid, tags, coords)
    if rec is not None:
        out.places.append(rec)


def _centre(coords: Sequence[tuple[float, float]]) -> tuple[float, float]:
    if len(coords) > 1 and coords[0] == coords[-1]:
        coords = coords[:-1]
    return (sum(c[0] for c in coords) / len(coords), sum(c[1] for c in coords) / len(coords))


def _write_osm_xml(data: _ExtractData, target: Path) -> None:
    """The filtered drive network as OSM XML for ``osmnx.graph_from_xml``."""
    with target.open("w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="hmi-mapbuild">\n')
        for nid, (lat, lon) in data.node_coords.items():
            tags = data.node_tags.get(nid)
            if tags:
                fh.write(f'<node id="{nid}" lat="{lat:.7f}" lon="{lon:.7f}">')
                for k, v in tags.items():
                    fh.write(f"<tag k={quoteattr(k)} v={quoteattr(v)}/>")
                fh.write("</node>\n")
            else:
                fh.write(f'<node id="{nid}" lat="{lat:.7f}" lon="{lon:.7f}"/>\n')
        for wid, refs, tags in data.drive_ways:
            fh.write(f'<way id="{wid}">')
            for r in refs:
                fh.write(f'<nd ref="{r}"/>')
            for k, v in tags.items():
                fh.write(f"<tag k={quoteattr(k)} v={quoteattr(v)}/>")
            fh.write("</way>\n")
        fh.write("</osm>\n")


# ----------------------------------------------------------------------------------------------- osmnx → CSR
def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _truthy_tag(value: Any) -> bool:
    value = _first(value)
    return value is not None and str(value).lower() not in ("no", "false", "0", "")


def _graph_to_arrays(G: Any) -> tuple[dict[str, np.ndarray], list[str]]:
    """Export an osmnx MultiDiGraph (with speed/travel_time) to the CSR arrays of :mod:`hmi.nav.graph`."""
    import networkx as nx

    osmids = sorted(G.nodes)
    index = {osm: i for i, osm in enumerate(osmids)}
    n = len(osmids)
    node_lat = np.array([G.nodes[o]["y"] for o in osmids], dtype=np.float64)
    node_lon = np.array([G.nodes[o]["x"] for o in osmids], dtype=np.float64)

    name_ids: dict[str, int] = {}
    rows = []
    for u, v, _k, d in G.edges(keys=True, data=True):
        rows.append((index[u], index[v], d))
    rows.sort(key=lambda r: (r[0], r[1]))
    e = len(rows)
    edge_target = np.empty(e, np.int32)
    edge_length = np.empty(e, np.float32)
    edge_time = np.empty(e, np.float32)
    edge_class = np.empty(e, np.uint8)
    edge_name = np.empty(e, np.int32)
    edge_flags = np.zeros(e, np.uint8)
    geom_offsets = np.zeros(e + 1, np.int64)
    glat: list[float] = []
    glon: list[float] = []
    for i, (ui, vi, d) in enumerate(rows):
        edge_target[i] = vi
        edge_length[i] = float(d["length"])
        edge_time[i] = float(d["travel_time"])
        edge_class[i] = RoadClass.from_highway(_first(d.get("highway")))
        label = _first(d.get("name")) or _first(d.get("ref"))
        if label:
            label = str(label)
            edge_name[i] = name_ids.setdefault(label, len(name_ids))
        else:
            edge_name[i] = -1
        flags = 0
        if str(_first(d.get("junction")) or "") in ("roundabout", "circular"):
            flags |= EdgeFlag.ROUNDABOUT
        if d.get("oneway") is True or _first(d.get("oneway")) is True:
            flags |= EdgeFlag.ONEWAY
        if _truthy_tag(d.get("tunnel")):
            flags |= EdgeFlag.TUNNEL
        if _truthy_tag(d.get("bridge")):
            flags |= EdgeFlag.BRIDGE
        edge_flags[i] = flags
        geom = d.get("geometry")
        if geom is not None:
            xs, ys = geom.xy
            pts = list(zip(ys, xs, strict=True))
            # osmnx orders geometry u→v, but guard against reversed lines from merged ways
            a, b = (node_lat[ui], node_lon[ui]), pts[0]
            c = pts[-1]
            if (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 > (a[0] - c[0]) ** 2 + (a[1] - c[1]) ** 2:
                pts.reverse()
            pts[0] = (node_lat[ui], node_lon[ui])
            pts[-1] = (node_lat[vi], node_lon[vi])
        else:
            pts = [(node_lat[ui], node_lon[ui]), (node_lat[vi], node_lon[vi])]
        for la, lo in pts:
            glat.append(float(la))
            glon.append(float(lo))
        geom_offsets[i + 1] = len(glat)
    indptr = np.zeros(n + 1, np.int64)
    if e:
        np.cumsum(np.bincount([r[0] for r in rows], minlength=n), out=indptr[1:])

    # strongly connected components, largest first, so routing can explain unreachable destinations
    comps = sorted(nx.strongly_connected_components(G), key=len, reverse=True)
    node_component = np.empty(n, np.int32)
    for ci, comp in enumerate(comps):
        for o in comp:
            node_component[index[o]] = ci

    names = [None] * len(name_ids)
    for label, i in name_ids.items():
        names[i] = label
    arrays = {
        "node_lat": node_lat,
        "node_lon": node_lon,
        "node_osmid": np.array(osmids, dtype=np.int64),
        "node_component": node_component,
        "indptr": indptr,
        "edge_target": edge_target,
        "edge_length_m": edge_length,
        "edge_time_s": edge_time,
        "edge_class": edge_class,
        "edge_name": edge_name,
        "edge_flags": edge_flags,
        "geom_offsets": geom_offsets,
        "geom_lat": np.array(glat, np.float64),
        "geom_lon": np.array(glon, np.float64),
    }
    return arrays, names  # type: ignore[return-value]


# ----------------------------------------------------------------------------------------------- main entry
def build_map(
    extract: str | Path,
    out_dir: str | Path,
    chargers: Iterable[str | Path] = (),
    region: str | None = None,
    progress: ProgressFn | None = None,
    preprocess: bool = True,
) -> dict[str, Any]:
    """Build a map directory from an OSM extract; returns the written metadata.

    ``chargers`` are Open Charge Map CSV or JSON exports merged with the extract's charging stations.
    ``progress(fraction, stage)`` is called along the way. ``preprocess=False`` skips the routing
    preprocessing (routing then falls back to bidirectional Dijkstra). Raises :class:`BuildError` with a
    one-line reason on unusable input.
    """
    progress = progress or _noprogress
    t0 = time.monotonic()
    extract = Path(extract)
    out_dir = Path(out_dir)
    kind = check_extract(extract)
    charger_paths = [Path(c) for c in chargers]
    for c in charger_paths:
        if not c.is_file():
            raise BuildError(f"{c}: charger file not found")
    region = region or re.sub(r"(\.osm)?(\.pbf|\.bz2)?$", "", extract.name) or "map"

    progress(0.0, "reading extract")
    try:
        data = _read_extract(extract, kind, progress)
    except BuildError:
        raise
    except Exception as exc:  # osmium raises RuntimeError/ValueError with libosmium's message
        raise BuildError(f"{extract}: cannot read OSM data ({_one_line(exc)})") from None
    if not data.drive_ways:
        raise BuildError(f"{extract}: no drivable roads in this extract")
    t_read = time.monotonic() - t0

    external: list[dict[str, Any]] = []
    for c in charger_paths:
        try:
            external.extend(load_charger_file(c))
        except ChargerError as exc:
            raise BuildError(str(exc)) from None

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.build-", dir=out_dir.parent))
    try:
        progress(0.25, "building road graph (osmnx)")
        xml_path = work / "drive.osm"
        _write_osm_xml(data, xml_path)
        t1 = time.monotonic()
        G = _osmnx_graph(xml_path)
        xml_path.unlink()
        t_osmnx = time.monotonic() - t1
        progress(0.6, "exporting graph")
        arrays, names = _graph_to_arrays(G)
        del G
        save_arrays(work, arrays)
        (work / "names.json").write_text(json.dumps(names, ensure_ascii=False), encoding="utf-8")
        bbox = [
            float(arrays["node_lat"].min()),
            float(arrays["node_lon"].min()),
            float(arrays["node_lat"].max()),
            float(arrays["node_lon"].max()),
        ]
        graph = RoadGraph(arrays, names, {"bbox": bbox}, work)

        t2 = time.monotonic()
        if preprocess:
            from hmi.nav import route as route_mod

            for mi, metric in enumerate(("time", "distance")):

                def sub(f: float, _mi: int = mi, _m: str = metric) -> None:
                    progress(0.65 + 0.25 * (_mi + f) / 2, f"routing preprocessing ({_m})")

                route_mod.build_ch(graph, metric, progress=sub).save(work / f"ch_{metric}")
        t_ch = time.monotonic() - t2

        progress(0.9, "place index and chargers")
        index = places_mod.build_index(data.places, graph)
        (work / "places.json").write_text(
            json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
        )
        charger_list = merge_chargers(data.chargers, external)
        (work / "chargers.json").write_text(json.dumps(charger_list, ensure_ascii=False, indent=0), encoding="utf-8")

        n, e = len(arrays["node_lat"]), len(arrays["edge_target"])
        comp = arrays["node_component"]
        metadata = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "region": region,
            "source": extract.name,
            "source_bytes": extract.stat().st_size,
            "charger_sources": [c.name for c in charger_paths],
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "build_seconds": {
                "read": round(t_read, 2),
                "osmnx": round(t_osmnx, 2),
                "routing": round(t_ch, 2),
                "total": round(time.monotonic() - t0, 2),
            },
            "attribution": ATTRIBUTION,
            "license": "ODbL 1.0 (https://www.openstreetmap.org/copyright)",
            "network_type": "drive (osmnx filter)",
            "fallback_speeds_kph": FALLBACK_SPEEDS_KPH,
            "nodes": n,
            "edges": e,
            "components": int(comp.max()) + 1 if n else 0,
            "largest_component_nodes": int(np.count_nonzero(comp == 0)),
            "length_km": round(float(np.sum(arrays["edge_length_m"], dtype=np.float64)) / 1000.0, 1),
            "names": len(names),
            "places": len(index.get("entries", [])),
            "chargers": len(charger_list),
            "routing": ["ch_time", "ch_distance"] if preprocess else [],
            "bbox": [
                float(arrays["node_lat"].min()),
                float(arrays["node_lon"].min()),
                float(arrays["node_lat"].max()),
                float(arrays["node_lon"].max()),
            ],
            "osm_counts": data.counts,
        }
        (work / "metadata.json").write_text(json.dumps(metadata, ensure_ascii=False, indent=1), encoding="utf-8")
        _swap_in(work, out_dir)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    progress(1.0, f"done: {n:,} nodes, {e:,} edges, {len(charger_list)} chargers")
    return metadata


def _osmnx_graph(xml_path: Path) -> Any:
    import warnings

    import osmnx as ox

    ox.settings.log_console = False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        G = ox.graph_from_xml(xml_path, simplify=True, retain_all=True)
        G = ox.routing.add_edge_speeds(G, hwy_speeds=FALLBACK_SPEEDS_KPH)
        G = ox.routing.add_edge_travel_times(G)
    return G


def _swap_in(work: Path, out_dir: Path) -> None:
    """Replace ``out_dir`` by the freshly built ``work`` directory (old map removed only after the rename)."""
    if out_dir.exists() and not (out_dir / "metadata.json").is_file() and any(out_dir.iterdir()):
        raise BuildError(f"{out_dir}: exists and is not a map directory; refusing to overwrite it")
    old = None
    if out_dir.exists():
        old = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
        out_dir.rename(old)
    work.rename(out_dir)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


__all__ = [
    "FALLBACK_SPEEDS_KPH",
    "BuildError",
    "TextProgress",
    "build_map",
    "check_extract",
    "drive_way_predicate",
    "parse_overpass_filter",
]
