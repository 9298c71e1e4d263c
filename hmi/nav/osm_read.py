"""Streaming read of an OSM extract with pyosmium: two passes, memory proportional to the road network.

* **pass 1** (tagged objects only; pyosmium's ``KeyFilter`` drops the rest in C++): ways with ``highway=*`` go
  through :func:`hmi.nav.road_rules.car_way` — kept ones store their node ids and an interned rule profile, dropped
  ones are counted by reason; ``type=restriction`` relations are kept raw; tagged nodes give node flags
  (:func:`~hmi.nav.road_rules.car_node`), motorway junction numbers, chargers and place records; named or
  addressed ways are remembered for the place index.
* **pass 2** (nodes only, pyosmium's ``IdFilter`` with the ids pass 1 needs): coordinates of exactly those nodes,
  joined to the ways with sorted numpy arrays (``searchsorted``) instead of a location index over every node.

Road ways keep the nodes present in the extract (ways cut by its boundary are shortened, as Overpass results are),
lose repeated consecutive nodes, and are dropped when fewer than two nodes remain.
"""

from __future__ import annotations

import os
from array import array
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from hmi.nav import places as places_mod
from hmi.nav.chargers import osm_charger
from hmi.nav.graph import NodeFlag
from hmi.nav.road_rules import CarWay, Dropped, WayProfile, car_node, car_way, rule_tags, way_label

#: Keys a tagged object needs one of to matter to the build (everything else is skipped in C++).
USEFUL_KEYS = ("highway", "barrier", "type", "name", "addr:housenumber", "amenity", "place")

FractionFn = Callable[[float], None]
#: Pass 2 uses pyosmium's id filter when its bitmap (largest id / 8 bytes) is at most this many times the file.
ID_FILTER_BYTES_PER_FILE_BYTE = 32
#: Distinct rule-tag combinations whose verdicts are remembered (ways share them: a country has tens of thousands)
VERDICT_CACHE = 200_000


class ExtractError(Exception):
    """The file could not be read as OSM data (libosmium's message, one line)."""


@dataclass
class RawRestriction:
    """A ``type=restriction`` relation as read: tags and members ``(type "n"/"w"/"r", ref, role)``."""

    osm: int
    tags: dict[str, str]
    members: list[tuple[str, int, str]]


@dataclass
class RoadWays:
    """The kept road ways: node indices (into :class:`NodeTable`) in CSR form plus per-way rule data."""

    way_id: np.ndarray  #: int64[W] OSM way ids
    offsets: np.ndarray  #: int64[W+1]: way ``w``'s nodes are ``nodes[offsets[w]:offsets[w+1]]``
    nodes: np.ndarray  #: int32[R] node indices into the node table
    profile: np.ndarray  #: int32[W] index into ``profiles``
    name: np.ndarray  #: int32[W] index into ``names`` (-1 unnamed)
    profiles: list[WayProfile]
    names: list[str]
    junction_ref: dict[int, str]  #: way index → the way's own ``junction:ref``

    @property
    def count(self) -> int:
        """Number of ways W."""
        return len(self.way_id)


@dataclass
class NodeTable:
    """Coordinates of the nodes the build needs, sorted by OSM id."""

    osmid: np.ndarray  #: int64[M], sorted
    lat: np.ndarray  #: float64[M]
    lon: np.ndarray  #: float64[M]

    def index(self, ids: np.ndarray) -> np.ndarray:
        """Index of each OSM id in the table, -1 where the extract has no such node."""
        ids = np.asarray(ids, dtype=np.int64)
        if len(self.osmid) == 0:
            return np.full(len(ids), -1, np.int64)
        pos = np.searchsorted(self.osmid, ids)
        pos = np.minimum(pos, len(self.osmid) - 1)
        return np.where(self.osmid[pos] == ids, pos, -1)


@dataclass
class Extract:
    """Everything the build takes from the extract."""

    ways: RoadWays
    nodes: NodeTable
    node_flags: dict[int, int]  #: OSM node id → :class:`~hmi.nav.graph.NodeFlag` bits (non-zero only)
    junction_refs: dict[int, str]  #: OSM node id of a ``highway=motorway_junction`` → its exit number
    restrictions: list[RawRestriction]
    places: list[dict[str, Any]]
    streets: places_mod.StreetPoints
    chargers: list[dict[str, Any]]
    stats: ReadStats
    dropped_way_ids: np.ndarray  #: int64 ids of highway ways not in the car network (turn restriction reasons)

    def release_roads(self) -> None:
        """Drop the road ways and node coordinates (once the graph is written) so their memory can be reused."""
        z = np.zeros(0, np.int64)
        self.ways = RoadWays(
            z, np.zeros(1, np.int64), z.astype(np.int32), z.astype(np.int32), z.astype(np.int32), [], [], {}
        )
        self.nodes = NodeTable(z, np.zeros(0), np.zeros(0))
        self.dropped_way_ids = z


@dataclass
class ReadStats:
    """Counts for the build report."""

    highway_ways: int = 0
    kept_ways: int = 0
    dropped: Counter[str] = field(default_factory=Counter)
    opened_by: Counter[str] = field(default_factory=Counter)
    bad_maxspeed: Counter[str] = field(default_factory=Counter)
    barriers: Counter[str] = field(default_factory=Counter)  #: "bollard: blocks", "gate: passable", …
    nodes_needed: int = 0
    nodes_found: int = 0
    restriction_relations: int = 0


class _FileProgress:
    """How far libosmium has read a file, from the kernel's view of its descriptor (``/proc/self/fdinfo``).

    pyosmium does not expose a byte position; the reader thread reads sequentially, so the descriptor's offset is
    an honest progress measure (a little ahead of what Python has processed). Returns None where /proc is absent.
    """

    def __init__(self, path: Path) -> None:
        self.path = str(path.resolve())
        self.size = max(1, path.stat().st_size)
        self.fd: str | None = None

    def fraction(self) -> float | None:
        try:
            if self.fd is None or os.readlink(f"/proc/self/fd/{self.fd}") != self.path:
                self.fd = next(
                    (fd for fd in os.listdir("/proc/self/fd") if _readlink(f"/proc/self/fd/{fd}") == self.path), None
                )
            if self.fd is None:
                return None
            with open(f"/proc/self/fdinfo/{self.fd}", encoding="ascii") as fh:
                pos = int(fh.readline().split()[1])
            return min(1.0, pos / self.size)
        except (OSError, ValueError, IndexError):
            return None


def _readlink(p: str) -> str:
    try:
        return os.readlink(p)
    except OSError:
        return ""


def _osm_file(path: Path, kind: str) -> Any:
    import osmium

    # pyosmium decides the format by suffix; give it an explicit one so foreign names still work
    return osmium.io.File(str(path), {"pbf": "pbf", "xml": "osm", "bz2": "osm.bz2"}[kind])


def read_extract(path: Path, kind: str, pass1: FractionFn, pass2: FractionFn) -> Extract:
    """Read ``path`` (``kind`` from :func:`hmi.nav.build.check_extract`) in two streaming passes.

    Raises :class:`ExtractError` when libosmium cannot parse the file.
    """
    try:
        return _read(path, kind, pass1, pass2)
    except (RuntimeError, ValueError, OSError) as exc:
        # libosmium's parse errors (truncated pbf, broken XML, bad bz2) arrive as RuntimeError/ValueError
        text = str(exc).strip().splitlines()
        raise ExtractError(text[0] if text else type(exc).__name__) from None


def _read(path: Path, kind: str, pass1: FractionFn, pass2: FractionFn) -> Extract:
    import osmium
    from osmium.filter import IdFilter, KeyFilter

    stats = ReadStats()
    way_ids = array("q")
    way_lens = array("q")
    way_refs = array("q")
    way_profile = array("i")
    way_name = array("i")
    profile_ids: dict[WayProfile, int] = {}
    name_ids: dict[str, int] = {}
    way_jref: dict[int, str] = {}
    node_flags: dict[int, int] = {}
    junction_refs: dict[int, str] = {}
    restrictions: list[RawRestriction] = []
    places: list[dict[str, Any]] = []
    streets = places_mod.StreetPoints()
    chargers: list[dict[str, Any]] = []
    dropped_ids = array("q")
    verdicts: dict[tuple[tuple[str, str], ...], CarWay | Dropped] = {}
    feature_ways: list[tuple[int, dict[str, str]]] = []
    feature_lens = array("q")
    feature_refs = array("q")

    fp = _FileProgress(path)
    processor = osmium.FileProcessor(_osm_file(path, kind)).with_filter(KeyFilter(*USEFUL_KEYS))
    for seen, obj in enumerate(processor, 1):
        if seen % 5_000 == 0:
            f = fp.fraction()
            if f is not None:
                pass1(f)
        tags = dict(obj.tags)
        if obj.is_node():
            loc = obj.location
            if "highway" in tags or "barrier" in tags:
                flags = car_node(tags)
                if flags:
                    node_flags[obj.id] = flags
                if "barrier" in tags:
                    blocks = flags & NodeFlag.BARRIER
                    stats.barriers[f"{tags['barrier']}: {'blocks' if blocks else 'passable'}"] += 1
                if tags.get("highway") == "motorway_junction":
                    jref = (tags.get("junction:ref") or tags.get("ref") or "").strip()
                    if jref:
                        junction_refs[obj.id] = jref
            if loc.valid():
                _collect_feature(places, chargers, "node", obj.id, tags, (loc.lat, loc.lon), None)
        elif obj.is_way():
            refs = [n.ref for n in obj.nodes]
            if "highway" in tags:
                stats.highway_ways += 1
                key = rule_tags(tags)
                verdict = verdicts.get(key)
                if verdict is None:
                    if len(verdicts) >= VERDICT_CACHE:
                        verdicts.clear()
                    verdict = verdicts[key] = car_way(dict(key))
                if isinstance(verdict, Dropped):
                    stats.dropped[verdict.reason] += 1
                    dropped_ids.append(obj.id)
                else:
                    _keep_way(verdict, obj.id, refs, stats, way_ids, way_lens, way_refs)
                    way_profile.append(profile_ids.setdefault(verdict.profile, len(profile_ids)))
                    label, jref = way_label(tags)
                    way_name.append(name_ids.setdefault(label, len(name_ids)) if label else -1)
                    if jref:
                        way_jref[obj.id] = jref
            if "name" in tags or "addr:housenumber" in tags or tags.get("amenity") == "charging_station":
                feature_ways.append((obj.id, places_mod.feature_tags(tags)))
                feature_lens.append(len(refs))
                feature_refs.extend(refs)
        elif tags.get("type") == "restriction":
            stats.restriction_relations += 1
            members = [(m.type, m.ref, m.role) for m in obj.members]
            restrictions.append(RawRestriction(obj.id, tags, members))
    pass1(1.0)

    road_refs = np.frombuffer(way_refs, dtype=np.int64) if len(way_refs) else np.zeros(0, np.int64)
    feat_refs = np.frombuffer(feature_refs, dtype=np.int64) if len(feature_refs) else np.zeros(0, np.int64)
    needed = np.sort(np.concatenate([road_refs, feat_refs]))
    if len(needed) > 1:
        needed = needed[np.r_[True, needed[1:] != needed[:-1]]]
    stats.nodes_needed = len(needed)
    nodes = _read_node_locations(path, kind, needed, fp, pass2, IdFilter)
    stats.nodes_found = len(nodes.osmid)

    ways = _road_ways(
        nodes,
        np.frombuffer(way_ids, dtype=np.int64) if len(way_ids) else np.zeros(0, np.int64),
        np.frombuffer(way_lens, dtype=np.int64) if len(way_lens) else np.zeros(0, np.int64),
        road_refs,
        np.frombuffer(way_profile, dtype=np.int32) if len(way_profile) else np.zeros(0, np.int32),
        np.frombuffer(way_name, dtype=np.int32) if len(way_name) else np.zeros(0, np.int32),
        stats,
    )
    # ids were handed out in insertion order, which dicts keep
    ways.profiles, ways.names = list(profile_ids), list(name_ids)
    ways.junction_ref = _by_position(way_jref, ways)

    _feature_ways(nodes, feature_ways, feature_lens, feat_refs, places, streets, chargers)
    dropped = np.frombuffer(dropped_ids, dtype=np.int64) if len(dropped_ids) else np.zeros(0, np.int64)
    return Extract(ways, nodes, node_flags, junction_refs, restrictions, places, streets, chargers, stats, dropped)


def _keep_way(
    verdict: CarWay, wid: int, refs: list[int], stats: ReadStats, way_ids: array, way_lens: array, way_refs: array
) -> None:
    stats.kept_ways += 1
    if verdict.opened_by:
        stats.opened_by[verdict.opened_by] += 1
    if verdict.bad_maxspeed:
        stats.bad_maxspeed[verdict.bad_maxspeed] += 1
    way_ids.append(wid)
    way_lens.append(len(refs))
    way_refs.extend(refs)


def _read_node_locations(
    path: Path, kind: str, needed: np.ndarray, fp: _FileProgress, progress: FractionFn, id_filter: Any
) -> NodeTable:
    """Coordinates of the ``needed`` node ids (pass 2); nodes with an invalid location count as missing."""
    import osmium

    ids = array("q")
    lats = array("d")
    lons = array("d")
    if len(needed):
        processor = osmium.FileProcessor(_osm_file(path, kind), osmium.osm.NODE)
        filtered = _use_id_filter(needed, path.stat().st_size)
        if filtered:
            # fed in chunks: a Python list of every needed id would cost 40 bytes per id at once
            chunks = (i for part in np.array_split(needed, max(1, len(needed) // 1_000_000)) for i in part.tolist())
            processor = processor.with_filter(id_filter(chunks))
        for seen, n in enumerate(processor, 1):
            if seen % 50_000 == 0:
                f = fp.fraction()
                if f is not None:
                    progress(f)
            loc = n.location
            if loc.valid():
                ids.append(n.id)
                lats.append(loc.lat)
                lons.append(loc.lon)
    progress(1.0)
    osmid = np.frombuffer(ids, dtype=np.int64) if len(ids) else np.zeros(0, np.int64)
    lat = np.frombuffer(lats, dtype=np.float64) if len(lats) else np.zeros(0)
    lon = np.frombuffer(lons, dtype=np.float64) if len(lons) else np.zeros(0)
    order = np.argsort(osmid, kind="stable")
    if len(order) and not np.all(order == np.arange(len(order))):
        osmid, lat, lon = osmid[order], lat[order], lon[order]
    keep = np.r_[True, osmid[1:] != osmid[:-1]] if len(osmid) else np.zeros(0, bool)  # a node listed twice
    if len(needed) and not _use_id_filter(needed, path.stat().st_size):  # read without the id filter
        keep &= np.isin(osmid, needed)
    return NodeTable(osmid[keep], lat[keep], lon[keep])


def _use_id_filter(needed: np.ndarray, file_bytes: int) -> bool:
    """Whether pass 2 lets pyosmium's ``IdFilter`` pick the needed nodes (else Python sees every node and keeps the
    needed ones with numpy).

    The filter is a bitmap over ids up to the largest one (1.5 GB for today's OSM node ids, whatever the extract's
    size): right for a country, wasteful for a small extract whose every node Python reads in a second. It also
    takes unsigned ids only, and files saved by editors (JOSM) use negative ids for new objects.
    """
    if len(needed) == 0 or int(needed[0]) < 0:
        return False
    return int(needed[-1]) // 8 <= ID_FILTER_BYTES_PER_FILE_BYTE * file_bytes


def _road_ways(
    nodes: NodeTable,
    way_id: np.ndarray,
    lens: np.ndarray,
    refs: np.ndarray,
    profile: np.ndarray,
    name: np.ndarray,
    stats: ReadStats,
) -> RoadWays:
    """Join ways to node indices: drop nodes missing from the extract and repeated consecutive nodes, then ways
    left with fewer than two nodes."""
    w = len(way_id)
    way_of = np.repeat(np.arange(w, dtype=np.int64), lens)
    idx = nodes.index(refs)
    keep = idx >= 0
    # a repeated node right after itself (after removing missing ones) adds nothing
    kept_pos = np.flatnonzero(keep)
    if len(kept_pos) > 1:
        kp_idx, kp_way = idx[kept_pos], way_of[kept_pos]
        dup = np.r_[False, (kp_idx[1:] == kp_idx[:-1]) & (kp_way[1:] == kp_way[:-1])]
        keep[kept_pos[dup]] = False
    new_lens = np.bincount(way_of[keep], minlength=w) if w else np.zeros(0, np.int64)
    ok_way = new_lens >= 2
    short = int(np.count_nonzero(~ok_way))
    if short:
        stats.dropped["fewer than two of its nodes in the extract"] += short
        stats.kept_ways -= short
        keep &= ok_way[way_of]
    offsets = np.zeros(int(np.count_nonzero(ok_way)) + 1, np.int64)
    np.cumsum(new_lens[ok_way], out=offsets[1:])
    return RoadWays(
        way_id=way_id[ok_way],
        offsets=offsets,
        nodes=idx[keep].astype(np.int32),
        profile=profile[ok_way],
        name=name[ok_way],
        profiles=[],
        names=[],
        junction_ref={},
    )


def _by_position(by_way_id: dict[int, str], ways: RoadWays) -> dict[int, str]:
    """Re-key a dict from OSM way id to the way's position in ``ways``."""
    if not by_way_id:
        return {}
    pos = {int(wid): i for i, wid in enumerate(ways.way_id.tolist())}
    return {pos[wid]: v for wid, v in by_way_id.items() if wid in pos}


def _feature_ways(
    nodes: NodeTable,
    feature_ways: list[tuple[int, dict[str, str]]],
    lens: array,
    refs: np.ndarray,
    places: list[dict[str, Any]],
    streets: places_mod.StreetPoints,
    chargers: list[dict[str, Any]],
) -> None:
    """Place records and chargers of named / addressed ways, now that their node coordinates are known: centres
    and first / middle / last points with numpy, one record per way."""
    if not feature_ways:
        return
    f = len(feature_ways)
    idx = nodes.index(refs)
    way_of = np.repeat(np.arange(f), np.frombuffer(lens, dtype=np.int64))
    ok = idx >= 0
    lat, lon, way_of = nodes.lat[idx[ok]], nodes.lon[idx[ok]], way_of[ok]
    if len(lat) == 0:
        return
    count = np.bincount(way_of, minlength=f)
    first = np.zeros(f, np.int64)
    np.cumsum(count[:-1], out=first[1:])
    has = count > 0
    first = np.minimum(first, len(lat) - 1)  # ways without a node: any valid index, skipped below
    last = np.minimum(first + np.maximum(count, 1) - 1, len(lat) - 1)
    # a closed way's repeated first point counts once in its centre
    closed = (count > 1) & (lat[first] == lat[last]) & (lon[first] == lon[last])
    n = np.maximum(count - closed, 1)
    clat = (np.bincount(way_of, weights=lat, minlength=f) - np.where(closed, lat[last], 0.0)) / n
    clon = (np.bincount(way_of, weights=lon, minlength=f) - np.where(closed, lon[last], 0.0)) / n
    mid = first + count // 2
    for w in np.flatnonzero(has).tolist():
        wid, tags = feature_ways[w]
        at = (float(clat[w]), float(clon[w]))
        pts = None
        if count[w] >= 2:
            pts = [(float(lat[i]), float(lon[i])) for i in (first[w], mid[w], last[w])]
        _collect_feature(places, chargers, "way", wid, tags, at, pts, streets)


def _collect_feature(
    places: list[dict[str, Any]],
    chargers: list[dict[str, Any]],
    kind: str,
    osmid: int,
    tags: dict[str, str],
    at: tuple[float, float],
    street_pts: list[tuple[float, float]] | None,
    streets: places_mod.StreetPoints | None = None,
) -> None:
    """Sort one tagged OSM object (centre ``at``; a way's first, middle and last point) into places / addresses /
    POIs / streets / chargers."""
    if tags.get("amenity") == "charging_station":
        ch = osm_charger(f"{kind[0]}{osmid}", tags, at[0], at[1])
        if ch is not None:
            chargers.append(ch)
    rec = places_mod.record_at(kind, osmid, tags, at, street_pts, streets)
    if rec is not None:
        places.append(rec)
