"""Road ways with their rules → the arrays of a map (:mod:`hmi.nav.graph`): edges, per-edge rules, node flags.

Uses :mod:`hmi.nav.simplify` for the topology and :mod:`hmi.nav.turn_restrictions` for ``restrictions.json``;
per-edge values come from each way's :class:`~hmi.nav.road_rules.WayProfile`, gathered with numpy per profile
(a country has a few thousand distinct profiles and millions of edges).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from hmi.nav import simplify
from hmi.nav.graph import EdgeAccess, NodeFlag, Restriction, Signpost
from hmi.nav.osm_read import Extract, RoadWays
from hmi.nav.road_rules import Access, WayProfile, travel_speed_kmh
from hmi.nav.turn_restrictions import GraphIndex, OsmTurn, forced_nodes, to_graph

DIRECTIONS = ("forward", "backward")


@dataclass
class Assembled:
    """A built graph, ready to save."""

    arrays: dict[str, np.ndarray]
    names: list[str]
    lanes: list[str]
    signs: list[Signpost]
    restrictions: list[Restriction]
    restrictions_ignored: Counter[str]
    loop_splits: int
    barrier_copies: int
    blocking_barriers: int  #: blocking barrier nodes on the road network (each stored as copies)
    flagged_nodes: Counter[str] = field(default_factory=Counter)


@dataclass
class _Profiles:
    """Per-profile values as arrays; index [d, p] with d = 0 forward, 1 backward."""

    road_class: np.ndarray
    flags: np.ndarray
    access: np.ndarray
    is_link: np.ndarray
    ok: np.ndarray
    destination_only: np.ndarray
    maxspeed: np.ndarray
    speed: np.ndarray
    lanes: np.ndarray
    lane_strings: list[str]


def _profiles(profiles: list[WayProfile]) -> _Profiles:
    p = len(profiles)
    lane_ids: dict[str, int] = {}
    out = _Profiles(
        road_class=np.array([pr.road.road_class for pr in profiles], np.uint8).reshape(p),
        flags=np.array([pr.flags for pr in profiles], np.uint8).reshape(p),
        access=np.array([pr.access_flags for pr in profiles], np.uint8).reshape(p),
        is_link=np.array([pr.road.road_class.is_link for pr in profiles], bool).reshape(p),
        ok=np.zeros((2, p), bool),
        destination_only=np.zeros((2, p), bool),
        maxspeed=np.full((2, p), np.nan, np.float32),
        speed=np.ones((2, p)),
        lanes=np.full((2, p), -1, np.int32),
        lane_strings=[],
    )
    for i, pr in enumerate(profiles):
        for d, direction in enumerate((pr.forward, pr.backward)):
            if direction is None:
                continue
            out.ok[d, i] = True
            out.destination_only[d, i] = direction.access is Access.DESTINATION
            out.maxspeed[d, i] = direction.maxspeed_kmh
            out.speed[d, i] = travel_speed_kmh(pr.road, direction.maxspeed_kmh)
            if direction.turn_lanes:
                out.lanes[d, i] = lane_ids.setdefault(direction.turn_lanes, len(lane_ids))
    out.lane_strings = list(lane_ids)
    return out


def assemble(data: Extract, turns: list[OsmTurn], restrictions_ignored: Counter[str]) -> Assembled:
    """Build the graph arrays from the extract's road ways (``turns``: restrictions resolved in OSM terms)."""
    ways, nodes = data.ways, data.nodes
    m = len(nodes.osmid)
    table_flags = np.zeros(m, np.uint8)
    if data.node_flags:
        ids = np.fromiter(data.node_flags.keys(), np.int64, len(data.node_flags))
        fl = np.fromiter(data.node_flags.values(), np.uint8, len(data.node_flags))
        idx = nodes.index(ids)
        table_flags[idx[idx >= 0]] = fl[idx >= 0]
    forced = table_flags != 0
    forced[np.array(forced_nodes(turns), dtype=np.int64)] = True
    blocking = (table_flags & NodeFlag.BARRIER) != 0

    segs = simplify.split_ways(ways.offsets, ways.nodes, m, forced)
    pos_lat = nodes.lat[ways.nodes]
    pos_lon = nodes.lon[ways.nodes]
    cum = simplify.step_lengths(pos_lat, pos_lon, ways.offsets)
    seg_len = cum[segs.end] - cum[segs.start]
    del cum
    gn = simplify.graph_nodes(ways.nodes[segs.start], ways.nodes[segs.end], blocking, nodes.lat, nodes.lon)
    n = len(gn.table_index)

    prof = _profiles(ways.profiles)
    seg_prof = ways.profile[segs.way]
    edges = simplify.directed_edges(gn, prof.ok[0, seg_prof], prof.ok[1, seg_prof], n)
    d = edges.reverse.astype(np.int64)
    ep = seg_prof[edges.segment]
    ew = segs.way[edges.segment]
    length = seg_len[edges.segment]
    speed = prof.speed[d, ep]
    access = prof.access[ep] | np.where(prof.destination_only[d, ep], np.uint8(EdgeAccess.DESTINATION), np.uint8(0))
    sign_ids, signs = _signposts(data, ways)
    goff, glat, glon = simplify.edge_geometry(edges, segs, pos_lat, pos_lon)
    del pos_lat, pos_lon

    arrays = {
        "node_lat": nodes.lat[gn.table_index],
        "node_lon": nodes.lon[gn.table_index],
        "node_osmid": nodes.osmid[gn.table_index],
        "node_flags": table_flags[gn.table_index],
        "node_component": simplify.strong_components(edges.indptr, edges.target),
        "indptr": edges.indptr,
        "edge_target": edges.target.astype(np.int32),
        "edge_length_m": length.astype(np.float32),
        "edge_time_s": (length / (speed / 3.6)).astype(np.float32),
        "edge_class": prof.road_class[ep],
        "edge_name": ways.name[ew],
        "edge_flags": prof.flags[ep],
        "edge_way": ways.way_id[ew],
        "edge_maxspeed_kmh": prof.maxspeed[d, ep],
        "edge_access": access.astype(np.uint8),
        "edge_lanes": prof.lanes[d, ep],
        "edge_sign": sign_ids[d, ew],
        "geom_offsets": goff,
        "geom_lat": glat,
        "geom_lon": glon,
    }
    gi = GraphIndex(ew, edges.source, edges.target, edges.reverse, gn.of_table, blocking)
    restrictions = to_graph(turns, gi, restrictions_ignored)
    for r in restrictions:
        if r["via_node"] is not None:
            r["via_node"] = int(r["via_node"])
    flagged: Counter[str] = Counter()
    nf = arrays["node_flags"]
    for flag in NodeFlag:
        c = int(np.count_nonzero(nf & flag))
        if c:
            flagged[flag.name.lower()] = c
    on_road_blocking = len(np.unique(gn.table_index[(nf & NodeFlag.BARRIER) != 0]))
    return Assembled(
        arrays=arrays,
        names=ways.names,
        lanes=prof.lane_strings,
        signs=signs,
        restrictions=restrictions,
        restrictions_ignored=restrictions_ignored,
        loop_splits=segs.loop_splits,
        barrier_copies=gn.barrier_copies,
        blocking_barriers=on_road_blocking,
        flagged_nodes=flagged,
    )


def _signposts(data: Extract, ways: RoadWays) -> tuple[np.ndarray, list[Signpost]]:
    """(sign index [direction, way], signs): a signpost per way direction that has destination tags, an exit number
    of its own, or is a slip road leaving a numbered motorway junction."""
    w = ways.count
    ids = np.full((2, w), -1, np.int32)
    signs: dict[tuple[str | None, str | None, str | None], int] = {}
    jnode = np.zeros(len(data.nodes.osmid), bool)
    jref: dict[int, str] = {}
    if data.junction_refs:
        jids = np.fromiter(data.junction_refs.keys(), np.int64, len(data.junction_refs))
        jidx = data.nodes.index(jids)
        for osm, i in zip(jids.tolist(), jidx.tolist(), strict=True):
            if i >= 0:
                jnode[i] = True
                jref[i] = data.junction_refs[osm]
    first = ways.nodes[ways.offsets[:-1]] if w else np.zeros(0, np.int64)
    last = ways.nodes[ways.offsets[1:] - 1] if w else np.zeros(0, np.int64)
    has_dest = np.array([_has_destination(p) for p in ways.profiles], bool).reshape(len(ways.profiles))
    is_link = np.array([p.road.road_class.is_link for p in ways.profiles], bool).reshape(len(ways.profiles))
    cand = has_dest[ways.profile] if w else np.zeros(0, bool)
    if w:
        cand |= is_link[ways.profile] & (jnode[first] | jnode[last])
    cand_idx = set(np.flatnonzero(cand).tolist()) | set(ways.junction_ref)
    for wi in sorted(cand_idx):
        p = ways.profiles[int(ways.profile[wi])]
        for d, direction in enumerate((p.forward, p.backward)):
            if direction is None:
                continue
            start = int(first[wi] if d == 0 else last[wi])
            junction = jref.get(start) if p.road.road_class.is_link else None
            junction = junction or ways.junction_ref.get(wi)
            key = (direction.destination, direction.destination_ref, junction)
            if key == (None, None, None):
                continue
            ids[d, wi] = signs.setdefault(key, len(signs))
    return ids, [{"destination": a, "ref": b, "junction_ref": c} for a, b, c in signs]


def _has_destination(p: WayProfile) -> bool:
    return any(d is not None and bool(d.destination or d.destination_ref) for d in (p.forward, p.backward))
