"""The compact road graph: CSR adjacency, coordinates, lengths, travel times, class, names, polyline geometry.

A map directory (written by :mod:`hmi.nav.build`) holds one ``.npy`` file per array, loaded with
``mmap_mode="r"`` so opening a map costs milliseconds and the pages are shared with the OS cache:

=================  ============  ====================================================================
file               dtype         meaning
=================  ============  ====================================================================
node_lat/lon       float64[N]    node coordinates (WGS84 degrees)
node_osmid         int64[N]      OSM node id (a blocking barrier appears once per road reaching it)
node_component     int32[N]      strongly connected component id (0 = largest)
node_flags         uint8[N]      bit set of :class:`NodeFlag` (traffic signals, barrier, stop, give way, gate)
indptr             int64[N+1]    CSR offsets: out-edges of node ``n`` are ``indptr[n]:indptr[n+1]``
edge_target        int32[E]      edge head node; the edge id is its CSR position
edge_length_m      float32[E]    length in metres (great-circle, summed along the polyline)
edge_time_s        float32[E]    free-flow travel time in seconds: the legal limit capped by the class's
                                 practical speed, else the class default (:mod:`hmi.nav.road_rules`)
edge_class         uint8[E]      :class:`RoadClass`
edge_name          int32[E]      index into ``names.json`` (``name``, else ``ref``), -1 unnamed
edge_flags         uint8[E]      bit set of :class:`EdgeFlag` (roundabout, one-way, tunnel, bridge)
edge_way           int64[E]      OSM way id the edge is part of
edge_maxspeed_kmh  float32[E]    legal limit in this direction of travel; NaN unknown, +inf no limit
edge_access        uint8[E]      bit set of :class:`EdgeAccess` (destination only, conditional, toll)
edge_lanes         int32[E]      index into ``lanes.json`` (``turn:lanes`` for this direction), -1 none
edge_sign          int32[E]      index into ``signs.json`` (signpost: destination, ref, junction ref), -1 none
geom_offsets       int64[E+1]    edge ``e``'s polyline is ``geom_lat/lon[geom_offsets[e]:geom_offsets[e+1]]``
geom_lat/lon       float64[G]    polyline points, each edge including both end nodes
=================  ============  ====================================================================

and JSON files:

* ``names.json``: list of street names; ``lanes.json``: list of ``turn:lanes`` strings (``"left|through|right"``,
  lanes from left to right in the direction of travel);
* ``signs.json``: list of ``{"destination": str|null, "ref": str|null, "junction_ref": str|null}`` from the way's
  ``destination``/``destination:ref`` (for this direction) and the ``ref`` of the ``highway=motorway_junction``
  node a slip road starts at (else the way's ``junction:ref``);
* ``restrictions.json``: the turn restrictions resolved to edges, one object each::

      {"osm": relation id, "restriction": "no_left_turn", "kind": "no" | "only",
       "from": [edge ids of the from-way that END at the via],
       "via_node": graph node id (via-node restrictions) or null,
       "via": [edge ids along the via way(s) in travel order] (empty for a via node),
       "to": [edge ids of the to-way that START where the via ends]}

  "no": a car arriving on a ``from`` edge may not continue over ``via`` onto a ``to`` edge; "only": arriving on
  a ``from`` edge (and driving the ``via`` edges, if any) it must continue onto a ``to`` edge. Via nodes and the
  ends of via ways are graph nodes. Relations that do not resolve are counted in ``build_report.json``;
* ``build_report.json``: what the build kept, dropped and why (:mod:`hmi.nav.build_report`);
* ``metadata.json`` (written last: a map without it is incomplete), ``places.json``, ``chargers.json`` and the
  routing preprocessing ``turns/`` (see :mod:`hmi.nav.routing_index`).

A blocking barrier (``NodeFlag.BARRIER``) is stored as one dead-end node per road piece that reaches it (same
position and OSM id), so no route can pass it while a start or destination at the barrier still works.
"""

from __future__ import annotations

import json
import math
from enum import IntEnum, IntFlag
from pathlib import Path
from typing import Any

from hmi.lazy import np

FORMAT = "hmi-map"
FORMAT_VERSION = 2
ATTRIBUTION = "© OpenStreetMap contributors"
EARTH_RADIUS_M = 6_371_008.8


#: A signpost (``signs.json`` entry): ``{"destination": str|None, "ref": str|None, "junction_ref": str|None}``.
Signpost = dict[str, str | None]
#: A turn restriction in graph terms (``restrictions.json`` entry, see the module docstring).
Restriction = dict[str, Any]


class MapFormatError(ValueError):
    """The directory is not a map this version can read (missing, corrupt or foreign files)."""


class RoadClass(IntEnum):
    """Road class of an edge, ordered from most to least major (lower value = more important road).

    Link classes (slip roads) sit right after their road class. ``OTHER`` collects drivable highway values
    osmnx keeps that are not listed here (e.g. ``road``, ``busway``).
    """

    MOTORWAY = 0
    MOTORWAY_LINK = 1
    TRUNK = 2
    TRUNK_LINK = 3
    PRIMARY = 4
    PRIMARY_LINK = 5
    SECONDARY = 6
    SECONDARY_LINK = 7
    TERTIARY = 8
    TERTIARY_LINK = 9
    UNCLASSIFIED = 10
    RESIDENTIAL = 11
    LIVING_STREET = 12
    SERVICE = 13
    OTHER = 14

    @property
    def is_major(self) -> bool:
        """Motorway to secondary (with links): drawn at low zoom and labelled first."""
        return self <= RoadClass.SECONDARY_LINK

    @property
    def is_link(self) -> bool:
        """A slip road (``*_link``)."""
        return self.name.endswith("_LINK")

    @classmethod
    def from_highway(cls, highway: str | None) -> RoadClass:
        """Map an OSM ``highway`` value to a class (unknown values → ``OTHER``)."""
        if not highway:
            return cls.OTHER
        try:
            return cls[str(highway).strip().upper()]
        except KeyError:
            return cls.OTHER


class EdgeFlag(IntFlag):
    """Bits of ``edge_flags``."""

    ROUNDABOUT = 1
    ONEWAY = 2
    TUNNEL = 4
    BRIDGE = 8


class EdgeAccess(IntFlag):
    """Bits of ``edge_access``: legal conditions on driving an edge (see :mod:`hmi.nav.road_rules`)."""

    DESTINATION = 1  #: only to reach a destination on it (``access=destination``/``customers``)
    CONDITIONAL = 2  #: a time- or condition-dependent access rule exists; the build used the unconditional one
    TOLL = 4  #: ``toll=yes``


class NodeFlag(IntFlag):
    """Bits of ``node_flags``."""

    TRAFFIC_SIGNALS = 1  #: ``highway=traffic_signals``
    BARRIER = 2  #: a car cannot pass this node (it is a dead end for every road reaching it)
    STOP = 4  #: ``highway=stop``
    GIVE_WAY = 8  #: ``highway=give_way``
    GATE = 16  #: a barrier a car passes after stopping (gate, lift gate, toll booth, border control)


_NODE_ARRAYS = ("node_lat", "node_lon", "node_osmid", "node_component", "node_flags")
_EDGE_ARRAYS = (
    "edge_target",
    "edge_length_m",
    "edge_time_s",
    "edge_class",
    "edge_name",
    "edge_flags",
    "edge_way",
    "edge_maxspeed_kmh",
    "edge_access",
    "edge_lanes",
    "edge_sign",
)
# dtype names as strings: numpy is not imported until a map is loaded (first-frame time).
ARRAY_DTYPES: dict[str, Any] = {
    "node_lat": "float64",
    "node_lon": "float64",
    "node_osmid": "int64",
    "node_component": "int32",
    "node_flags": "uint8",
    "indptr": "int64",
    "edge_target": "int32",
    "edge_length_m": "float32",
    "edge_time_s": "float32",
    "edge_class": "uint8",
    "edge_name": "int32",
    "edge_flags": "uint8",
    "edge_way": "int64",
    "edge_maxspeed_kmh": "float32",
    "edge_access": "uint8",
    "edge_lanes": "int32",
    "edge_sign": "int32",
    "geom_offsets": "int64",
    "geom_lat": "float64",
    "geom_lon": "float64",
}


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial compass bearing from point 1 to point 2, degrees in [0, 360)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(x, y)) % 360.0


class RoadGraph:
    """A loaded map: read-only numpy arrays (see the module docstring) plus lookup helpers."""

    node_lat: np.ndarray
    node_lon: np.ndarray
    node_osmid: np.ndarray
    node_component: np.ndarray
    node_flags: np.ndarray
    indptr: np.ndarray
    edge_target: np.ndarray
    edge_length_m: np.ndarray
    edge_time_s: np.ndarray
    edge_class: np.ndarray
    edge_name: np.ndarray
    edge_flags: np.ndarray
    edge_way: np.ndarray
    edge_maxspeed_kmh: np.ndarray
    edge_access: np.ndarray
    edge_lanes: np.ndarray
    edge_sign: np.ndarray
    geom_offsets: np.ndarray
    geom_lat: np.ndarray
    geom_lon: np.ndarray

    def __init__(
        self,
        arrays: dict[str, np.ndarray],
        names: list[str],
        metadata: dict[str, Any],
        map_dir: Path | None = None,
        *,
        lanes: list[str] | None = None,
        signs: list[Signpost] | None = None,
        restrictions: list[Restriction] | None = None,
    ) -> None:
        """Wrap already validated arrays; use :meth:`load` or :meth:`from_arrays` instead of calling this.

        ``restrictions=None`` with a ``map_dir`` reads ``restrictions.json`` on first use of :attr:`restrictions`.
        """
        for key, arr in arrays.items():
            setattr(self, key, arr)
        self.names = names
        self.lanes: list[str] = lanes or []
        self.signs: list[Signpost] = signs or []
        self._restrictions = restrictions
        self.metadata = metadata
        self.map_dir = map_dir
        self._edge_source: np.ndarray | None = None
        self._reverse: tuple[np.ndarray, np.ndarray] | None = None
        self._grid: tuple[float, dict[tuple[int, int], np.ndarray]] | None = None
        self._cos_lat = math.cos(math.radians(float(np.mean(self.node_lat)))) if len(self.node_lat) else 1.0
        self._aux: dict[str, Any] = {}  # per-graph caches of other modules (routing preprocessing, …)
        #: structures other modules derive from this graph, by :class:`hmi.nav.per_graph.PerGraph` slot
        self.derived: dict[object, object] = {}

    # ----------------------------------------------------------------------------------------------- loading
    @classmethod
    def load(cls, map_dir: str | Path) -> RoadGraph:
        """Memory-map the map in ``map_dir``; raises :class:`MapFormatError` with a clear reason if unusable."""
        d = Path(map_dir)
        meta_path = d / "metadata.json"
        if not meta_path.is_file():
            raise MapFormatError(f"{d} is not a built map (no metadata.json); run `hmi mapbuild` first")
        try:
            metadata = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise MapFormatError(f"{meta_path}: unreadable map metadata ({exc})") from None
        if not isinstance(metadata, dict) or metadata.get("format") != FORMAT:
            raise MapFormatError(f"{d}: not an hmi map (metadata.json has no format '{FORMAT}')")
        if metadata.get("format_version") != FORMAT_VERSION:
            raise MapFormatError(
                f"{d}: map format version {metadata.get('format_version')!r}, this app reads {FORMAT_VERSION}; "
                "rebuild it with `hmi mapbuild`"
            )
        arrays: dict[str, np.ndarray] = {}
        for key in ARRAY_DTYPES:
            path = d / f"{key}.npy"
            try:
                # a plain ndarray view of the mapping: numpy.memmap's Python-level __getitem__ makes scalar
                # indexing ~5x slower, and the pages stay shared with the OS cache either way
                arrays[key] = np.load(path, mmap_mode="r", allow_pickle=False).view(np.ndarray)
            except FileNotFoundError:
                raise MapFormatError(f"{d}: map file {path.name} is missing") from None
            except (OSError, ValueError, EOFError) as exc:
                raise MapFormatError(f"{d}: map file {path.name} is corrupt ({exc})") from None
        names = _read_json(d, "names.json")
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise MapFormatError(f"{d}: names.json is not a list of strings")
        lanes = _read_json(d, "lanes.json")
        if not isinstance(lanes, list) or not all(isinstance(n, str) for n in lanes):
            raise MapFormatError(f"{d}: lanes.json is not a list of strings")
        signs = _read_json(d, "signs.json")
        if not isinstance(signs, list) or not all(_is_signpost(x) for x in signs):
            raise MapFormatError(f"{d}: signs.json is not a list of signposts")
        cls._validate(arrays, names, str(d), len(lanes), len(signs))
        return cls(arrays, names, metadata, d, lanes=lanes, signs=signs)

    @classmethod
    def from_arrays(
        cls,
        *,
        node_lat: np.ndarray,
        node_lon: np.ndarray,
        indptr: np.ndarray,
        edge_target: np.ndarray,
        edge_length_m: np.ndarray,
        edge_time_s: np.ndarray,
        edge_class: np.ndarray | None = None,
        edge_name: np.ndarray | None = None,
        names: list[str] | None = None,
        geom_offsets: np.ndarray | None = None,
        geom_lat: np.ndarray | None = None,
        geom_lon: np.ndarray | None = None,
        metadata: dict[str, Any] | None = None,
        lanes: list[str] | None = None,
        signs: list[Signpost] | None = None,
        restrictions: list[Restriction] | None = None,
        **extra: np.ndarray,
    ) -> RoadGraph:
        """Build an in-memory graph (synthetic grids, tests); missing geometry becomes straight segments.

        Optional arrays (``node_flags``, ``edge_way``, ``edge_maxspeed_kmh``, …) default to "nothing known": no
        flags, way -1, limit NaN, no lanes or signs.
        """
        n, e = len(node_lat), len(edge_target)
        arrays: dict[str, np.ndarray] = {
            "node_lat": node_lat,
            "node_lon": node_lon,
            "indptr": indptr,
            "edge_target": edge_target,
            "edge_length_m": edge_length_m,
            "edge_time_s": edge_time_s,
            "edge_class": edge_class if edge_class is not None else np.full(e, RoadClass.RESIDENTIAL, np.uint8),
            "edge_name": edge_name if edge_name is not None else np.full(e, -1, np.int32),
            "edge_flags": extra.pop("edge_flags", np.zeros(e, np.uint8)),
            "node_osmid": extra.pop("node_osmid", np.arange(n, dtype=np.int64)),
            "node_flags": extra.pop("node_flags", np.zeros(n, np.uint8)),
            "edge_way": extra.pop("edge_way", np.full(e, -1, np.int64)),
            "edge_maxspeed_kmh": extra.pop("edge_maxspeed_kmh", np.full(e, np.nan, np.float32)),
            "edge_access": extra.pop("edge_access", np.zeros(e, np.uint8)),
            "edge_lanes": extra.pop("edge_lanes", np.full(e, -1, np.int32)),
            "edge_sign": extra.pop("edge_sign", np.full(e, -1, np.int32)),
        }
        if geom_offsets is None:
            src = np.repeat(np.arange(n, dtype=np.int64), np.diff(np.asarray(indptr)))
            geom_offsets = np.arange(0, 2 * e + 1, 2, dtype=np.int64)
            geom_lat = np.empty(2 * e)
            geom_lon = np.empty(2 * e)
            geom_lat[0::2], geom_lat[1::2] = node_lat[src], node_lat[edge_target]
            geom_lon[0::2], geom_lon[1::2] = node_lon[src], node_lon[edge_target]
        arrays.update(geom_offsets=geom_offsets, geom_lat=geom_lat, geom_lon=geom_lon)
        if "node_component" in extra:
            arrays["node_component"] = extra.pop("node_component")
        else:
            arrays["node_component"] = np.zeros(n, np.int32)
        if extra:
            raise TypeError(f"unknown graph arrays: {', '.join(sorted(extra))}")
        arrays = {k: np.ascontiguousarray(v, dtype=ARRAY_DTYPES[k]) for k, v in arrays.items()}
        names = list(names or [])
        lanes, signs = list(lanes or []), list(signs or [])
        cls._validate(arrays, names, "graph", len(lanes), len(signs))
        restrictions = list(restrictions or [])
        _validate_restrictions(restrictions, n, e, "graph")
        meta = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "attribution": ATTRIBUTION,
            "nodes": n,
            "edges": e,
            "bbox": road_bbox(arrays),
        }
        meta.update(metadata or {})
        return cls(arrays, names, meta, None, lanes=lanes, signs=signs, restrictions=restrictions)

    @staticmethod
    def _validate(a: dict[str, np.ndarray], names: list[str], where: str, n_lanes: int = 0, n_signs: int = 0) -> None:
        """Cheap O(1)/O(N) consistency checks so a truncated or mixed-up map fails at load, not mid-drive."""
        for key, dtype in ARRAY_DTYPES.items():
            arr = a[key]
            if arr.ndim != 1 or arr.dtype != np.dtype(dtype):
                raise MapFormatError(
                    f"{where}: {key} has dtype {arr.dtype}/{arr.ndim}-D, expected 1-D {np.dtype(dtype)}"
                )
        n = len(a["node_lat"])
        e = len(a["edge_target"])
        for key in _NODE_ARRAYS:
            if len(a[key]) != n:
                raise MapFormatError(f"{where}: {key} has {len(a[key])} entries for {n} nodes")
        for key in _EDGE_ARRAYS:
            if len(a[key]) != e:
                raise MapFormatError(f"{where}: {key} has {len(a[key])} entries for {e} edges")
        ip = a["indptr"]
        if len(ip) != n + 1 or (n + 1 and (ip[0] != 0 or ip[-1] != e)):
            raise MapFormatError(f"{where}: CSR offsets do not match {n} nodes / {e} edges")
        go = a["geom_offsets"]
        if (
            len(go) != e + 1
            or (e and (go[0] != 0 or go[-1] != len(a["geom_lat"])))
            or len(a["geom_lat"]) != len(a["geom_lon"])
        ):
            raise MapFormatError(f"{where}: geometry offsets do not match the polyline arrays")
        if e and (int(a["edge_target"].min()) < 0 or int(a["edge_target"].max()) >= n):
            raise MapFormatError(f"{where}: edge targets point outside the node table")
        if e and int(a["edge_name"].max()) >= len(names):
            raise MapFormatError(f"{where}: edge names point outside names.json")
        if e and int(a["edge_lanes"].max()) >= n_lanes:
            raise MapFormatError(f"{where}: edge lanes point outside lanes.json")
        if e and int(a["edge_sign"].max()) >= n_signs:
            raise MapFormatError(f"{where}: edge signs point outside signs.json")

    # ----------------------------------------------------------------------------------------------- basics
    @property
    def num_nodes(self) -> int:
        """Number of nodes N."""
        return len(self.node_lat)

    @property
    def num_edges(self) -> int:
        """Number of directed edges E."""
        return len(self.edge_target)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """(min_lat, min_lon, max_lat, max_lon) of the road geometry (not only the junctions: a long road whose
        junctions all lie at one end still lies inside its map)."""
        b = self.metadata.get("bbox")
        if isinstance(b, list | tuple) and len(b) == 4:
            return tuple(float(x) for x in b)  # type: ignore[return-value]
        return tuple(road_bbox(self.__dict__))  # type: ignore[return-value]

    @property
    def attribution(self) -> str:
        """The data attribution to show with the map."""
        return str(self.metadata.get("attribution", ATTRIBUTION))

    def edge_source(self, e: int) -> int:
        """Tail node of edge ``e``."""
        return int(np.searchsorted(self.indptr, e, side="right") - 1)

    @property
    def edge_sources(self) -> np.ndarray:
        """int32[E] tail node of every edge (computed once)."""
        if self._edge_source is None:
            self._edge_source = np.repeat(np.arange(self.num_nodes, dtype=np.int32), np.diff(self.indptr))
        return self._edge_source

    def out_edges(self, n: int) -> range:
        """Edge ids leaving node ``n``."""
        return range(int(self.indptr[n]), int(self.indptr[n + 1]))

    def reverse_csr(self) -> tuple[np.ndarray, np.ndarray]:
        """(rev_indptr int64[N+1], rev_edges int64[E]): the ids of edges entering each node, grouped by head."""
        if self._reverse is None:
            order = np.argsort(self.edge_target, kind="stable")
            counts = np.bincount(self.edge_target, minlength=self.num_nodes)
            rev_indptr = np.zeros(self.num_nodes + 1, np.int64)
            np.cumsum(counts, out=rev_indptr[1:])
            self._reverse = (rev_indptr, order.astype(np.int64))
        return self._reverse

    def edge_polyline(self, e: int) -> np.ndarray:
        """(k, 2) array of (lat, lon) along edge ``e``, from its source node to its target node."""
        a, b = int(self.geom_offsets[e]), int(self.geom_offsets[e + 1])
        return np.column_stack((self.geom_lat[a:b], self.geom_lon[a:b]))

    def edge_street(self, e: int) -> str:
        """Name (or ref) of edge ``e``, '' if unnamed."""
        i = int(self.edge_name[e])
        return self.names[i] if i >= 0 else ""

    def edge_turn_lanes(self, e: int) -> str | None:
        """The ``turn:lanes`` string of edge ``e`` in its direction of travel (``"left|through;right"``), or None."""
        i = int(self.edge_lanes[e])
        return self.lanes[i] if i >= 0 else None

    def edge_signpost(self, e: int) -> Signpost | None:
        """The signpost of edge ``e`` (``{"destination", "ref", "junction_ref"}``, values str or None), or None."""
        i = int(self.edge_sign[e])
        return self.signs[i] if i >= 0 else None

    def edge_destination_only(self, e: int) -> bool:
        """True when edge ``e`` may be driven only to reach a destination on it (``access=destination``)."""
        return bool(int(self.edge_access[e]) & EdgeAccess.DESTINATION)

    def node_blocked(self, n: int) -> bool:
        """True when node ``n`` is a barrier a car cannot pass."""
        return bool(int(self.node_flags[n]) & NodeFlag.BARRIER)

    @property
    def restrictions(self) -> list[Restriction]:
        """The turn restrictions in graph terms (see the module docstring), read and checked on first use.

        Raises :class:`MapFormatError` when ``restrictions.json`` is missing or does not fit the graph.
        """
        if self._restrictions is None:
            if self.map_dir is None:
                self._restrictions = []
            else:
                data = _read_json(self.map_dir, "restrictions.json")
                if not isinstance(data, list):
                    raise MapFormatError(f"{self.map_dir}: restrictions.json is not a list")
                _validate_restrictions(data, self.num_nodes, self.num_edges, str(self.map_dir))
                self._restrictions = data
        return self._restrictions

    def find_edge(self, u: int, v: int, weight: np.ndarray | None = None) -> int:
        """Cheapest edge id from ``u`` to ``v`` (by ``weight``, default travel time), -1 if none."""
        best, best_w = -1, math.inf
        w = self.edge_time_s if weight is None else weight
        for e in range(int(self.indptr[u]), int(self.indptr[u + 1])):
            if int(self.edge_target[e]) == v and float(w[e]) < best_w:
                best, best_w = e, float(w[e])
        return best

    # ----------------------------------------------------------------------------------------------- lookup
    def contains(self, lat: float, lon: float, margin_m: float = 2000.0) -> bool:
        """True when (lat, lon) lies inside the map's bounding box grown by ``margin_m``."""
        if not (math.isfinite(lat) and math.isfinite(lon)):
            return False
        s, w, n, e = self.bbox
        dlat = margin_m / 111_320.0
        dlon = margin_m / (111_320.0 * max(0.01, math.cos(math.radians((s + n) / 2))))
        return s - dlat <= lat <= n + dlat and w - dlon <= lon <= e + dlon

    def nearest_node(self, lat: float, lon: float) -> int:
        """Index of the node closest to (lat, lon) (equirectangular distance; exact enough at street scale)."""
        return self.nearest_node_with_distance(lat, lon)[0]

    def nearest_node_with_distance(self, lat: float, lon: float) -> tuple[int, float]:
        """(node, approximate distance in metres) of the node closest to (lat, lon); (-1, inf) for an empty map."""
        if self.num_nodes == 0 or not (math.isfinite(lat) and math.isfinite(lon)):
            return -1, math.inf
        if self.num_nodes <= 20_000:
            return self._nearest_in(np.arange(self.num_nodes), lat, lon)
        cell, buckets = self._buckets()
        ci, cj = math.floor(lat / cell), math.floor(lon / cell)
        best, best_d = -1, math.inf
        ring = 0
        max_ring = 4096
        while ring <= max_ring:
            cands = [
                buckets[(ci + di, cj + dj)]
                for di in range(-ring, ring + 1)
                for dj in range(-ring, ring + 1)
                if max(abs(di), abs(dj)) == ring and (ci + di, cj + dj) in buckets
            ]
            if cands:
                node, d = self._nearest_in(np.concatenate(cands), lat, lon)
                if d < best_d:
                    best, best_d = node, d
            # every unvisited cell is at least `ring` cells away in latitude or (scaled) longitude
            ring_m = ring * cell * 111_320.0 * min(1.0, self._cos_lat)
            if best >= 0 and best_d <= ring_m:
                break
            ring += 1
            if not buckets:
                break
        if best < 0:  # far outside the grid: fall back to a full scan
            return self._nearest_in(np.arange(self.num_nodes), lat, lon)
        return best, best_d

    def _nearest_in(self, idx: np.ndarray, lat: float, lon: float) -> tuple[int, float]:
        dy = (np.asarray(self.node_lat[idx]) - lat) * 111_320.0
        dx = (np.asarray(self.node_lon[idx]) - lon) * 111_320.0 * self._cos_lat
        d2 = dx * dx + dy * dy
        k = int(np.argmin(d2))
        return int(idx[k]), float(math.sqrt(d2[k]))

    def _buckets(self) -> tuple[float, dict[tuple[int, int], np.ndarray]]:
        if self._grid is None:
            cell = 0.005  # ~550 m: a few dozen nodes per cell in towns
            ci = np.floor(np.asarray(self.node_lat) / cell).astype(np.int64)
            cj = np.floor(np.asarray(self.node_lon) / cell).astype(np.int64)
            key = (ci - ci.min()) * (int(cj.max() - cj.min()) + 1) + (cj - cj.min())
            order = np.argsort(key, kind="stable")
            ks = key[order]
            starts = np.flatnonzero(np.r_[True, ks[1:] != ks[:-1]])
            ends = np.r_[starts[1:], len(ks)]
            buckets = {(int(ci[order[s]]), int(cj[order[s]])): order[s:t] for s, t in zip(starts, ends, strict=True)}
            self._grid = (cell, buckets)
        return self._grid

    def nearest_edge(self, lat: float, lon: float, radius_m: float = 300.0) -> tuple[int, float, float]:
        """(edge, distance m, fraction along edge 0..1) of the edge segment closest to (lat, lon) within ``radius_m``.

        Returns (-1, inf, 0) when nothing is that close. Searches edges of nodes near the point.
        """
        if self.num_edges == 0:
            return -1, math.inf, 0.0
        dlat = radius_m / 111_320.0 * 3
        dlon = dlat / max(0.01, self._cos_lat)
        lat_a, lon_a = np.asarray(self.geom_lat), np.asarray(self.geom_lon)
        near = np.flatnonzero((np.abs(lat_a - lat) < dlat) & (np.abs(lon_a - lon) < dlon))
        if len(near) == 0:
            return -1, math.inf, 0.0
        edges = np.unique(np.searchsorted(self.geom_offsets, near, side="right") - 1)
        best = (-1, math.inf, 0.0)
        for e in edges.tolist():
            d, frac = point_polyline_distance(self.edge_polyline(e), lat, lon, self._cos_lat)[:2]
            if d < best[1]:
                best = (e, d, frac)
        return best if best[1] <= radius_m else (-1, math.inf, 0.0)

    def memory_bytes(self) -> int:
        """Bytes of all graph arrays (mapped or resident)."""
        return int(sum(getattr(self, k).nbytes for k in ARRAY_DTYPES))

    def __repr__(self) -> str:
        return f"RoadGraph({self.metadata.get('region', '?')}, {self.num_nodes} nodes, {self.num_edges} edges)"


def point_polyline_distance(
    poly: np.ndarray, lat: float, lon: float, cos_lat: float | None = None
) -> tuple[float, float, float, int, float]:
    """Closest point of a (k,2) lat/lon polyline to (lat, lon) in a local flat projection.

    Returns (distance m, fraction of the polyline's length 0..1, metres along the polyline, segment index,
    fraction within that segment).
    """
    if cos_lat is None:
        cos_lat = math.cos(math.radians(lat))
    y = (poly[:, 0] - lat) * 111_320.0
    x = (poly[:, 1] - lon) * 111_320.0 * cos_lat
    if len(poly) == 1:
        return float(math.hypot(x[0], y[0])), 0.0, 0.0, 0, 0.0
    ax, ay, bx, by = x[:-1], y[:-1], x[1:], y[1:]
    dx, dy = bx - ax, by - ay
    seg2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(seg2 > 0, -(ax * dx + ay * dy) / seg2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    px, py = ax + t * dx, ay + t * dy
    d = np.hypot(px, py)
    k = int(np.argmin(d))
    seg_len = np.sqrt(seg2)
    total = float(seg_len.sum())
    along = float(seg_len[:k].sum() + t[k] * seg_len[k])
    return float(d[k]), (along / total if total > 0 else 0.0), along, k, float(t[k])


def _read_json(d: Path, name: str) -> Any:
    """A JSON file of the map directory ``d``; :class:`MapFormatError` when missing or unreadable."""
    try:
        return json.loads((d / name).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MapFormatError(f"{d}: map file {name} is missing") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MapFormatError(f"{d}: map file {name} is corrupt ({exc})") from None


def _is_signpost(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and set(x) == {"destination", "ref", "junction_ref"}
        and all(v is None or isinstance(v, str) for v in x.values())
    )


def _edge_list(v: Any, e: int) -> bool:
    return isinstance(v, list) and all(isinstance(i, int) and 0 <= i < e for i in v)


def _validate_restrictions(items: list[Any], n: int, e: int, where: str) -> None:
    """Check restriction objects against a graph of ``n`` nodes and ``e`` edges (:class:`MapFormatError`)."""
    for i, r in enumerate(items):
        ok = (
            isinstance(r, dict)
            and isinstance(r.get("osm"), int)
            and r.get("kind") in ("no", "only")
            and isinstance(r.get("restriction"), str)
            and _edge_list(r.get("from"), e)
            and bool(r["from"])
            and _edge_list(r.get("via"), e)
            and _edge_list(r.get("to"), e)
            and bool(r["to"])
            and (r.get("via_node") is None or (isinstance(r.get("via_node"), int) and 0 <= r["via_node"] < n))
            and (r.get("via_node") is None) != (not r["via"])
        )
        if not ok:
            raise MapFormatError(f"{where}: restriction #{i} does not fit the graph")


def road_bbox(arrays: dict[str, Any]) -> list[float]:
    """[min_lat, min_lon, max_lat, max_lon] of a graph's nodes and road geometry ([0, 0, 0, 0] when empty)."""
    lats = [np.asarray(arrays[k]) for k in ("node_lat", "geom_lat") if len(arrays[k])]
    lons = [np.asarray(arrays[k]) for k in ("node_lon", "geom_lon") if len(arrays[k])]
    if not lats:
        return [0.0, 0.0, 0.0, 0.0]
    return [
        float(min(a.min() for a in lats)),
        float(min(a.min() for a in lons)),
        float(max(a.max() for a in lats)),
        float(max(a.max() for a in lons)),
    ]


def save_arrays(map_dir: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write graph arrays as ``.npy`` files (used by the builder; arrays it already wrote are not in ``arrays``)."""
    for key, arr in arrays.items():
        np.save(map_dir / f"{key}.npy", np.ascontiguousarray(arr, dtype=ARRAY_DTYPES[key]), allow_pickle=False)
