"""Every turn restriction of the shipped extracts is obeyed: route from just before it to just after it, and check
the route against the relation as read from the ``.osm.pbf`` here with pyosmium (not the map build's resolved
``restrictions.json``): a ``no_*`` sequence never appears, after an ``only_*`` approach the route continues as told.

Needs map format v2 (``edge_way`` and the resolved restrictions in the map); with a v1 map this is an expected
failure until the new map build is in.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from hmi.nav.graph import RoadGraph, bearing_deg, haversine_m
from hmi.nav.paths import extract_path
from hmi.nav.road_attrs import road_attrs
from hmi.nav.route import RoutingError, route_between
from hmi.testing.plugin import cached_map

#: metres before / after the via where the test starts and ends
OFFSET_M = 15.0
#: exceptions that exempt a car (the relation does not apply to it)
CAR_EXEMPT = {"motorcar", "motor_vehicle", "vehicle"}


@dataclass
class Relation:
    osm: int
    kind: str  # "no" | "only"
    from_way: int
    via_nodes: list[int]  # one via node, or the node sequence of the via ways
    via_ways: list[int]
    to_way: int


def _read(path) -> tuple[list[Relation], dict[int, list[tuple[int, float, float]]]]:
    """Restriction relations for cars, and the node lists (id, lat, lon) of the ways they use."""
    import osmium

    rels: list[dict] = []

    class Rels(osmium.SimpleHandler):
        def relation(self, r):
            tags = dict(r.tags)
            if tags.get("type") != "restriction":
                return
            value = tags.get("restriction:motorcar") or tags.get("restriction")
            if not value or not value.startswith(("no_", "only_")):
                return
            if CAR_EXEMPT & {x.strip() for x in tags.get("except", "").split(";")}:
                return
            members = [(m.type, m.ref, m.role) for m in r.members]
            rels.append({"id": r.id, "kind": value.split("_")[0], "members": members})

    Rels().apply_file(str(path))
    wanted = {ref for r in rels for t, ref, _role in r["members"] if t == "w"}
    ways: dict[int, list[tuple[int, float, float]]] = {}

    class Ways(osmium.SimpleHandler):
        def way(self, w):
            if w.id in wanted:
                ways[w.id] = [(n.ref, n.location.lat, n.location.lon) for n in w.nodes if n.location.valid()]

    Ways().apply_file(str(path), locations=True)
    out: list[Relation] = []
    for r in rels:
        frm = [ref for t, ref, role in r["members"] if t == "w" and role == "from"]
        to = [ref for t, ref, role in r["members"] if t == "w" and role == "to"]
        via_n = [ref for t, ref, role in r["members"] if t == "n" and role == "via"]
        via_w = [ref for t, ref, role in r["members"] if t == "w" and role == "via"]
        if len(frm) != 1 or len(to) != 1 or frm[0] not in ways or to[0] not in ways:
            continue
        if via_n and not via_w:
            out.append(Relation(r["id"], r["kind"], frm[0], via_n[:1], [], to[0]))
        elif via_w and not via_n and all(w in ways for w in via_w):
            out.append(Relation(r["id"], r["kind"], frm[0], [], via_w, to[0]))
    return out, ways


def _point_along(nodes: list[tuple[int, float, float]], node_id: int, metres: float, towards_end: bool):
    """The point ``metres`` from node ``node_id`` along a way, walking towards its last (or first) node, and the
    bearing of travel there; None when the node is not on the way."""
    ids = [n[0] for n in nodes]
    if node_id not in ids:
        return None
    i = ids.index(node_id)
    step = 1 if towards_end else -1
    left = metres
    while 0 <= i + step < len(nodes):
        a, b = nodes[i], nodes[i + step]
        d = haversine_m(a[1], a[2], b[1], b[2])
        if d >= left and d > 0:
            f = left / d
            return (a[1] + f * (b[1] - a[1]), a[2] + f * (b[2] - a[2])), bearing_deg(a[1], a[2], b[1], b[2])
        left -= d
        i += step
    a, b = nodes[i - step], nodes[i]
    return (b[1], b[2]), bearing_deg(a[1], a[2], b[1], b[2])


def _ends(rel: Relation, ways) -> tuple[int, int] | None:
    """(via start node, via end node) of the relation in OSM ids."""
    if rel.via_nodes:
        return rel.via_nodes[0], rel.via_nodes[0]
    chain = [ways[w] for w in rel.via_ways]
    frm = ways[rel.from_way]
    ends = {frm[0][0], frm[-1][0]}
    first = chain[0]
    start = first[0][0] if first[0][0] in ends else first[-1][0]
    node = start
    for w in chain:
        node = w[-1][0] if w[0][0] == node else w[0][0]
    return start, node


def _violation(rel: Relation, way_seq: list[tuple[int, int, int]]) -> str | None:
    """``way_seq``: (way id, entry node osm id, exit node osm id) per stretch of the route on one way."""
    pattern = [rel.from_way, *rel.via_ways]
    for i in range(len(way_seq) - len(pattern)):
        if [w for w, _a, _b in way_seq[i : i + len(pattern)]] != pattern:
            continue
        if rel.via_nodes and way_seq[i][2] != rel.via_nodes[0]:
            continue  # left the from way somewhere else
        nxt = way_seq[i + len(pattern)][0]
        if rel.kind == "no" and nxt == rel.to_way:
            return f"relation {rel.osm}: took the forbidden turn"
        if rel.kind == "only" and nxt != rel.to_way:
            return f"relation {rel.osm}: left the only-allowed way"
    return None


def _way_sequence(g: RoadGraph, edges: list[int]) -> list[tuple[int, int, int]]:
    way = road_attrs(g).edge_way
    osm = g.node_osmid
    out: list[tuple[int, int, int]] = []
    for e in edges:
        w, a, b = int(way[e]), int(osm[g.edge_source(e)]), int(osm[int(g.edge_target[e])])
        if out and out[-1][0] == w:
            out[-1] = (w, out[-1][1], b)
        else:
            out.append((w, a, b))
    return out


@pytest.mark.parametrize(("region", "expected"), [("andorra", 66), ("monaco", 27), ("munich", 89)])
def test_every_restriction_of_the_extract_is_obeyed(region, expected):
    rels, ways = _read(extract_path(region))
    assert len(rels) >= 0.8 * expected, f"the checker found only {len(rels)} restrictions"
    g = RoadGraph.load(cached_map(region))
    assert len(road_attrs(g).restrictions) > 0, "the map carries no resolved restrictions"
    routed = 0
    problems = []
    for rel in rels:
        ends = _ends(rel, ways)
        start = _point_along(ways[rel.from_way], ends[0], OFFSET_M, towards_end=ways[rel.from_way][0][0] == ends[0])
        dest = _point_along(ways[rel.to_way], ends[1], OFFSET_M, towards_end=ways[rel.to_way][0][0] == ends[1])
        if start is None or dest is None:
            continue
        (p, _b), (q, _b2) = start, dest
        heading = (_b + 180.0) % 360.0  # the point was found walking away from the via: drive back towards it
        try:
            r = route_between(g, p, q, heading=heading)
        except RoutingError:
            continue
        routed += 1
        bad = _violation(rel, _way_sequence(g, r.edges))
        if bad:
            problems.append(bad)
    assert not problems, problems
    assert routed >= 0.6 * len(rels), f"only {routed} of {len(rels)} restrictions could be routed around"


def test_the_checker_sees_forbidden_and_missed_turns():
    no = Relation(1, "no", from_way=10, via_nodes=[5], via_ways=[], to_way=20)
    only = Relation(2, "only", from_way=10, via_nodes=[5], via_ways=[], to_way=20)
    via_way = Relation(3, "no", from_way=10, via_nodes=[], via_ways=[30], to_way=20)
    took_it = [(10, 1, 5), (20, 5, 9)]
    went_on = [(10, 1, 5), (40, 5, 9)]
    elsewhere = [(10, 1, 6), (20, 6, 9)]  # left the from way at another node
    assert _violation(no, took_it) and not _violation(no, went_on) and not _violation(no, elsewhere)
    assert _violation(only, went_on) and not _violation(only, took_it)
    assert _violation(via_way, [(10, 1, 5), (30, 5, 7), (20, 7, 9)])
    assert not _violation(via_way, [(10, 1, 5), (30, 5, 7), (40, 7, 9)])
    rels, ways = _read(extract_path("andorra"))
    assert len(rels) >= 60 and all(r.from_way in ways and r.to_way in ways for r in rels)
