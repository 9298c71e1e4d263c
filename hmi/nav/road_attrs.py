"""The map's legal and guidance attributes that routing reads, with defaults for maps that lack them.

Map format v2 (written by :mod:`hmi.nav.build`) adds per-edge and per-node arrays and three JSON side files
to the road graph. Routing, guidance and the EV planner read them through :func:`road_attrs` only, so a graph
built in memory (tests, synthetic grids) or an older map still routes — with no restrictions, no flags and no
limits — and a test can attach its own values with :func:`attach_road_attrs`.

=====================  ==========  ==========================================================================
name                   dtype       meaning (default when absent)
=====================  ==========  ==========================================================================
edge_way               int64[E]    OSM way id (-1)
edge_maxspeed_kmh      float32[E]  legal limit for this direction, NaN unknown, +inf no limit (NaN)
edge_access            uint8[E]    bit set of :class:`AccessFlag` (0)
edge_lanes             int32[E]    index into ``lanes.json`` (``turn:lanes`` strings), -1 none (-1)
edge_sign              int32[E]    index into ``signs.json`` (``{"destination", "ref", "junction_ref"}``), -1 (-1)
node_flags             uint8[N]    bit set of :class:`NodeFlag` (0)
restrictions.json      list        resolved turn restrictions (see :class:`Restriction`) ([])
=====================  ==========  ==========================================================================
"""

from __future__ import annotations

import json
import logging
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from hmi.nav import graph as graph_mod
from hmi.nav.graph import RoadGraph
from hmi.nav.per_graph import PerGraph

log = logging.getLogger(__name__)


# The map format (hmi.nav.graph) owns the bit values; re-exported here for the routing modules.
NodeFlag = graph_mod.NodeFlag
AccessFlag = graph_mod.EdgeAccess


@dataclass(frozen=True)
class Restriction:
    """One resolved turn restriction in graph terms (``restrictions.json``).

    ``kind`` "no": the sequence from-edge → via edges → to-edge is forbidden. "only": from a from-edge the car
    must continue along ``via`` and then onto one of ``to``. ``from_edges`` end at the via node (or at the
    first via edge's tail), ``to_edges`` start at the via node (or the last via edge's head).
    """

    osm: int
    kind: str
    from_edges: tuple[int, ...]
    via_node: int | None
    via: tuple[int, ...]
    to_edges: tuple[int, ...]

    @classmethod
    def from_json(cls, obj: Any) -> Restriction:
        """Parse one ``restrictions.json`` object; ``ValueError`` with the reason when malformed."""
        if not isinstance(obj, dict):
            raise ValueError("not an object")
        kind = obj.get("kind")
        if kind not in ("no", "only"):
            raise ValueError(f"kind {kind!r} is not 'no' or 'only'")

        def ids(key: str) -> tuple[int, ...]:
            v = obj.get(key, [])
            if not isinstance(v, list) or not all(isinstance(x, int) and not isinstance(x, bool) for x in v):
                raise ValueError(f"{key!r} is not a list of edge ids")
            return tuple(v)

        via_node = obj.get("via_node")
        if via_node is not None and (not isinstance(via_node, int) or isinstance(via_node, bool)):
            raise ValueError("'via_node' is not a node id")
        osm = obj.get("osm", -1)
        return cls(int(osm) if isinstance(osm, int) else -1, kind, ids("from"), via_node, ids("via"), ids("to"))


@dataclass
class RoadAttrs:
    """The v2 attributes of one graph (arrays indexed like the graph's edges/nodes)."""

    edge_way: np.ndarray
    edge_maxspeed_kmh: np.ndarray
    edge_access: np.ndarray
    edge_lanes: np.ndarray
    lanes: list[str]
    edge_sign: np.ndarray
    signs: list[dict[str, str | None]]
    node_flags: np.ndarray
    restrictions: list[Restriction] = field(default_factory=list)
    #: restrictions dropped because they do not fit the graph (reason per relation, for the logs)
    rejected: list[str] = field(default_factory=list)

    def maxspeed_kmh(self, e: int) -> float | None:
        """Legal limit of edge ``e`` in km/h: None unknown, ``math.inf`` no limit."""
        v = float(self.edge_maxspeed_kmh[e])
        return None if math.isnan(v) else v

    def turn_lanes(self, e: int) -> str | None:
        """The ``turn:lanes`` string of edge ``e`` (e.g. ``"left|through;right"``), None when unmapped."""
        i = int(self.edge_lanes[e])
        return self.lanes[i] if 0 <= i < len(self.lanes) else None

    def sign(self, e: int) -> dict[str, str | None] | None:
        """The destination sign of edge ``e`` (``destination``, ``ref``, ``junction_ref``), None when unmapped."""
        i = int(self.edge_sign[e])
        return self.signs[i] if 0 <= i < len(self.signs) else None


_ATTRS: PerGraph[RoadAttrs] = PerGraph("road attributes")

_EDGE_DEFAULTS: dict[str, tuple[str, float]] = {
    "edge_way": ("int64", -1),
    "edge_maxspeed_kmh": ("float32", math.nan),
    "edge_access": ("uint8", 0),
    "edge_lanes": ("int32", -1),
    "edge_sign": ("int32", -1),
}


def road_attrs(graph: RoadGraph) -> RoadAttrs:
    """The graph's v2 attributes: its own arrays, else the map directory's files, else defaults (cached)."""
    return _ATTRS.get(graph, _load)


def attach_road_attrs(graph: RoadGraph, **values: Any) -> RoadAttrs:
    """Set attributes for an in-memory graph (tests, synthetic maps): arrays by name, ``lanes``, ``signs``,
    ``restrictions`` (Restriction objects or ``restrictions.json`` dicts); others keep their defaults."""
    base = _defaults(graph)
    for key, v in values.items():
        if key == "restrictions":
            base.restrictions, base.rejected = _check_restrictions(graph, v)
        elif key in _EDGE_DEFAULTS or key == "node_flags":
            dtype = "uint8" if key == "node_flags" else _EDGE_DEFAULTS[key][0]
            setattr(base, key, np.ascontiguousarray(v, dtype=dtype))
        elif key in ("lanes", "signs"):
            setattr(base, key, list(v))
        else:
            raise TypeError(f"unknown road attribute {key!r}")
    _ATTRS.set(graph, base)
    return base


def _defaults(graph: RoadGraph) -> RoadAttrs:
    e, n = graph.num_edges, graph.num_nodes
    arrays = {k: np.full(e, d, dtype=t) for k, (t, d) in _EDGE_DEFAULTS.items()}
    return RoadAttrs(lanes=[], signs=[], node_flags=np.zeros(n, np.uint8), **arrays)


def _read_json(map_dir: Path | None, name: str) -> Any:
    if map_dir is None:
        return None
    path = map_dir / name
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("%s is unreadable, ignored: %s", path, exc)
        return None


def _load(graph: RoadGraph) -> RoadAttrs:
    attrs = _defaults(graph)
    d = graph.map_dir
    for key, (dtype, _default) in (*_EDGE_DEFAULTS.items(), ("node_flags", ("uint8", 0))):
        size = graph.num_nodes if key == "node_flags" else graph.num_edges
        arr = getattr(graph, key, None)
        if arr is None and d is not None and (d / f"{key}.npy").is_file():
            try:
                arr = np.load(d / f"{key}.npy", mmap_mode="r", allow_pickle=False).view(np.ndarray)
            except (OSError, ValueError, EOFError) as exc:
                log.warning("%s/%s.npy is unreadable, using defaults: %s", d, key, exc)
                arr = None
        if arr is None:
            continue
        if arr.ndim != 1 or len(arr) != size:
            log.warning("%s does not match the graph (%s entries for %s), using defaults", key, len(arr), size)
            continue
        setattr(attrs, key, np.asarray(arr).astype(dtype, copy=False))
    for key in ("lanes", "signs"):
        v = getattr(graph, key, None)
        if v is None:
            v = _read_json(d, f"{key}.json")
        if isinstance(v, list):
            setattr(attrs, key, v)
    raw = getattr(graph, "restrictions", None)
    if raw is None:
        raw = _read_json(d, "restrictions.json")
    if isinstance(raw, list):
        attrs.restrictions, attrs.rejected = _check_restrictions(graph, raw)
        if attrs.rejected:
            log.warning(
                "%d turn restrictions do not fit the graph and are ignored (first: %s)",
                len(attrs.rejected),
                attrs.rejected[0],
            )
    return attrs


def _check_restrictions(graph: RoadGraph, raw: list[Any]) -> tuple[list[Restriction], list[str]]:
    """Parse and validate restrictions against the graph's topology; bad ones are rejected with a reason."""
    out: list[Restriction] = []
    rejected: list[str] = []
    e_count = graph.num_edges
    src, tgt = graph.edge_sources, graph.edge_target
    for obj in raw:
        try:
            r = obj if isinstance(obj, Restriction) else Restriction.from_json(obj)
            edges = (*r.from_edges, *r.via, *r.to_edges)
            if not r.from_edges or not r.to_edges:
                raise ValueError("no from or no to edge")
            if any(not 0 <= x < e_count for x in edges):
                raise ValueError("edge id outside the graph")
            start = int(src[r.via[0]]) if r.via else r.via_node
            if start is None:
                raise ValueError("neither a via node nor via edges")
            end = int(tgt[r.via[-1]]) if r.via else start
            if any(int(tgt[f]) != start for f in r.from_edges):
                raise ValueError("a from edge does not end at the via")
            if any(int(src[t]) != end for t in r.to_edges):
                raise ValueError("a to edge does not start at the via end")
            for a, b in zip(r.via, r.via[1:], strict=False):
                if int(tgt[a]) != int(src[b]):
                    raise ValueError("via edges are not consecutive")
            out.append(r)
        except ValueError as exc:
            osm = obj.get("osm") if isinstance(obj, dict) else getattr(obj, "osm", "?")
            rejected.append(f"relation {osm}: {exc}")
    return out, rejected
