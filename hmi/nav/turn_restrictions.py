"""Turn restrictions: ``type=restriction`` relations resolved first in OSM terms, then to graph edges.

In OSM terms (before the graph exists) a relation must have a ``from`` way, a ``to`` way and a ``via`` that is
one node or a chain of one or more ways; the from and to ways must start or end at the via node (OSM's own rule:
mappers split ways there), via ways must follow each other end to end. ``no_entry`` may have several from ways and
``no_exit`` several to ways. Which relations apply to a car at all is :func:`hmi.nav.road_rules.car_restriction`.

In graph terms (see ``restrictions.json`` in :mod:`hmi.nav.graph`) the from edges are the from way's edges that end
at the via, the to edges the to way's edges that start where the via ends, and the via edges the via ways' edges in
travel order. A relation that cannot be resolved is counted under its reason, never silently lost.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from hmi.nav.graph import Restriction
from hmi.nav.osm_read import NodeTable, RawRestriction, RoadWays
from hmi.nav.road_rules import CarRestriction, Dropped, car_restriction

#: Restriction values that may have several ``from`` (no_entry) or ``to`` (no_exit) ways.
MULTI_FROM = frozenset({"no_entry"})
MULTI_TO = frozenset({"no_exit"})


@dataclass
class OsmTurn:
    """A restriction resolved in OSM terms: way positions (into :class:`RoadWays`) and node-table indices."""

    osm: int
    rule: CarRestriction
    from_ways: list[int]
    to_ways: list[int]
    via_node: int | None  #: node-table index for a via-node restriction
    via_path: list[tuple[int, int, int, bool]]  #: (way, entry node, exit node, against the way's order) per via way
    entry: int  #: node where the from way meets the via
    exit: int  #: node where the via meets the to way


class _Ways:
    """Lookups on the kept road ways."""

    def __init__(self, ways: RoadWays, dropped_ids: np.ndarray) -> None:
        self.ways = ways
        self.order = np.argsort(ways.way_id, kind="stable")
        self.sorted_ids = ways.way_id[self.order]
        self.dropped = np.sort(dropped_ids)

    def position(self, osm_id: int) -> int:
        i = int(np.searchsorted(self.sorted_ids, osm_id))
        return int(self.order[i]) if i < len(self.sorted_ids) and self.sorted_ids[i] == osm_id else -1

    def is_dropped(self, osm_id: int) -> bool:
        i = int(np.searchsorted(self.dropped, osm_id))
        return i < len(self.dropped) and self.dropped[i] == osm_id

    def nodes(self, w: int) -> np.ndarray:
        o = self.ways.offsets
        return self.ways.nodes[o[w] : o[w + 1]]

    def ends(self, w: int) -> tuple[int, int]:
        o = self.ways.offsets
        return int(self.ways.nodes[o[w]]), int(self.ways.nodes[o[w + 1] - 1])


def resolve_osm(
    raw: list[RawRestriction], ways: RoadWays, nodes: NodeTable, dropped_way_ids: np.ndarray, ignored: Counter[str]
) -> list[OsmTurn]:
    """Relations that apply to a car and fit the road ways; the others are counted in ``ignored`` by reason."""
    lookup = _Ways(ways, dropped_way_ids)
    out = []
    for rel in raw:
        res = _resolve_one(rel, lookup, nodes)
        if isinstance(res, str):
            ignored[res] += 1
        else:
            out.append(res)
    return out


def _member_ways(rel: RawRestriction, role: str, lookup: _Ways) -> list[int] | str:
    members = [m for m in rel.members if m[2] == role]
    if not members:
        return f"no {role} member"
    if any(m[0] != "w" for m in members):
        return f"{role} member is not a way"
    out = []
    for _, ref, _ in members:
        w = lookup.position(ref)
        if w < 0:
            return f"{role} way is not a road for cars" if lookup.is_dropped(ref) else f"{role} way not in the extract"
        out.append(w)
    return out


def _resolve_one(rel: RawRestriction, lookup: _Ways, nodes: NodeTable) -> OsmTurn | str:
    rule = car_restriction(rel.tags)
    if isinstance(rule, Dropped):
        return rule.reason
    from_ways = _member_ways(rel, "from", lookup)
    if isinstance(from_ways, str):
        return from_ways
    to_ways = _member_ways(rel, "to", lookup)
    if isinstance(to_ways, str):
        return to_ways
    if len(from_ways) > 1 and rule.value not in MULTI_FROM:
        return "more than one from way"
    if len(to_ways) > 1 and rule.value not in MULTI_TO:
        return "more than one to way"
    vias = [m for m in rel.members if m[2] == "via"]
    if not vias:
        return "no via member"
    kinds = {m[0] for m in vias}
    if kinds == {"n"}:
        if len(vias) > 1:
            return "more than one via node"
        idx = int(nodes.index(np.array([vias[0][1]]))[0])
        if idx < 0:
            return "via node not in the extract"
        for role, ws in (("from", from_ways), ("to", to_ways)):
            for w in ws:
                ends = lookup.ends(w)
                if idx not in ends:
                    if np.any(lookup.nodes(w) == idx):
                        return f"{role} way does not start or end at the via node"
                    return f"via node not on the {role} way"
        return OsmTurn(rel.osm, rule, from_ways, to_ways, idx, [], idx, idx)
    if kinds != {"w"}:
        return "via is a relation" if "r" in kinds else "via mixes nodes and ways"
    via_ways = []
    for _, ref, _ in vias:
        w = lookup.position(ref)
        if w < 0:
            return "via way is not a road for cars" if lookup.is_dropped(ref) else "via way not in the extract"
        via_ways.append(w)
    if len(from_ways) > 1 or len(to_ways) > 1:
        return "more than one from or to way with a via way"
    return _via_chain(rel, rule, from_ways[0], via_ways, to_ways[0], lookup)


def _via_chain(
    rel: RawRestriction, rule: CarRestriction, f: int, via_ways: list[int], t: int, lookup: _Ways
) -> OsmTurn | str:
    """Walk from the from way through the via ways (in member order) to the to way, end to end."""
    first = lookup.ends(via_ways[0])
    candidates = [n for n in dict.fromkeys(lookup.ends(f)) if n in first]
    if not candidates:
        if len(np.intersect1d(lookup.nodes(f), lookup.nodes(via_ways[0]))):
            return "from way does not meet the via way at their ends"
        return "from way does not touch the via"
    reason = "via ways do not form a chain"
    for entry in candidates:
        cur = entry
        path = []
        for w in via_ways:
            a, b = lookup.ends(w)
            if a == b:
                path = None
                reason = "via way is closed (a ring)"
                break
            if cur not in (a, b):
                path = None
                break
            nxt = b if cur == a else a
            path.append((w, cur, nxt, cur == b))
            cur = nxt
        if path is None:
            continue
        if cur in lookup.ends(t):
            return OsmTurn(rel.osm, rule, [f], [t], None, path, entry, cur)
        reason = "to way does not meet the via way at their ends"
    return reason


def forced_nodes(turns: list[OsmTurn]) -> list[int]:
    """Node-table indices that must be graph nodes for the restrictions to resolve (via nodes, via way ends)."""
    out = []
    for t in turns:
        out.append(t.entry)
        out.append(t.exit)
        out.extend(n for _, a, b, _ in t.via_path for n in (a, b))
    return out


@dataclass
class GraphIndex:
    """What graph resolution needs: for each edge its way, end nodes and direction; node-table → graph node."""

    edge_way: np.ndarray  #: int64[E] way position (not OSM id)
    source: np.ndarray
    target: np.ndarray
    reverse: np.ndarray
    of_table: np.ndarray  #: graph node of a node-table index, -1 for a blocking barrier
    blocking: np.ndarray  #: bool[M] node-table indices that are blocking barriers

    def __post_init__(self) -> None:
        self.order = np.argsort(self.edge_way, kind="stable")
        self.sorted_way = self.edge_way[self.order]

    def edges_of(self, w: int) -> np.ndarray:
        a, b = np.searchsorted(self.sorted_way, [w, w + 1])
        return self.order[a:b]


def to_graph(turns: list[OsmTurn], gi: GraphIndex, ignored: Counter[str]) -> list[Restriction]:
    """``restrictions.json`` entries for the turns that resolve on the graph; the others counted in ``ignored``."""
    out = []
    for t in turns:
        r = _to_graph_one(t, gi)
        if isinstance(r, str):
            ignored[r] += 1
        else:
            out.append(r)
    return out


def _to_graph_one(t: OsmTurn, gi: GraphIndex) -> Restriction | str:
    if gi.blocking[t.entry] or gi.blocking[t.exit] or any(gi.blocking[a] for _, a, _, _ in t.via_path):
        return "via is a barrier (no car passes it anyway)"
    entry, exit_ = int(gi.of_table[t.entry]), int(gi.of_table[t.exit])
    from_edges = sorted(int(e) for w in t.from_ways for e in gi.edges_of(w) if gi.target[e] == entry)
    if not from_edges:
        return "from way cannot be driven towards the via (one-way)"
    to_edges = sorted(int(e) for w in t.to_ways for e in gi.edges_of(w) if gi.source[e] == exit_)
    if not to_edges:
        return "to way cannot be driven away from the via (one-way)"
    via: list[int] = []
    for w, a, b, backwards in t.via_path:
        cur, goal = int(gi.of_table[a]), int(gi.of_table[b])
        edges = gi.edges_of(w)
        steps = 0
        while cur != goal:
            nxt = [int(e) for e in edges if gi.source[e] == cur and bool(gi.reverse[e]) == backwards]
            if not nxt or steps > len(edges):
                return "via way cannot be driven in the direction of the turn (one-way)"
            via.append(nxt[0])
            cur = int(gi.target[nxt[0]])
            steps += 1
    return {
        "osm": t.osm,
        "restriction": t.rule.value,
        "kind": t.rule.kind,
        "from": from_edges,
        "via_node": entry if t.via_node is not None else None,
        "via": via,
        "to": to_edges,
    }
