"""The turn graph on hand-made junctions: every restriction kind gives its detour, U-turns only where the road
ends, barriers, traffic signals, turn costs in the ETA, destination-only roads; and on random towns with random
restrictions the router equals a plain Dijkstra written here, and no route breaks a restriction (checked on the
edge sequence, without the turn graph)."""

from __future__ import annotations

import itertools
import logging
import math
import random

import numpy as np
import pytest
from turn_graphs import Town, grid_town, plain_dijkstra

from hmi.nav import turns as T
from hmi.nav.guidance import Guidance
from hmi.nav.road_attrs import AccessFlag, NodeFlag, attach_road_attrs, road_attrs
from hmi.nav.route import EdgePos, route, route_positions
from hmi.nav.routing_index import RoutingIndex, set_routing_index

W, C, E, N, S = "0,1", "1,1", "2,1", "1,2", "1,0"


def _index(town: Town, **attrs) -> RoutingIndex:
    attach_road_attrs(town.graph, **attrs)
    idx = RoutingIndex(T.TurnGraph.build(town.graph), background=False)
    set_routing_index(town.graph, idx)
    return idx


def _drive(town: Town, a: tuple[str, str], b: tuple[str, str], fa: float = 0.9, fb: float = 0.1, metric="time"):
    """Route from ``fa`` along road a to ``fb`` along road b (directed: only those directions)."""
    return route_positions(town.graph, [EdgePos(town.edge(*a), fa, 0.0)], [EdgePos(town.edge(*b), fb, 0.0)], metric)


def _restriction(town: Town, kind: str, frm: tuple[str, str], to: tuple[str, str], via=()) -> dict:
    via_edges = [town.edge(*v) for v in via]
    return {
        "osm": 1,
        "kind": kind,
        "from": [town.edge(*frm)],
        "via_node": None if via else town.idx[frm[1]],
        "via": via_edges,
        "to": [town.edge(*to)],
    }


def _has_seq(names: list[str], seq: tuple[str, ...]) -> bool:
    return any(tuple(names[i : i + len(seq)]) == seq for i in range(len(names) - len(seq) + 1))


@pytest.mark.parametrize(
    ("kind", "frm", "to"),
    [("no_left_turn", (W, C), (C, N)), ("no_right_turn", (W, C), (C, S)), ("no_straight_on", (W, C), (C, E))],
)
def test_no_turn_via_node_detours(kind, frm, to):
    free = grid_town()
    _index(free)
    direct = _drive(free, frm, to)
    assert free.path_names(direct.edges) == [frm[0], C, to[1]]
    town = grid_town()
    _index(town, restrictions=[_restriction(town, "no", frm, to)])
    r = _drive(town, frm, to)
    names = town.path_names(r.edges)
    assert not _has_seq(names, (frm[0], C, to[1])), names
    assert names[0] == frm[0] and names[1] == C and names[-2:] == [C, to[1]]
    assert r.distance_m > direct.distance_m + 500


@pytest.mark.parametrize(("kind", "to"), [("only_left_turn", (C, N)), ("only_right_turn", (C, S))])
def test_only_turn_via_node_forces_the_turn(kind, to):
    town = grid_town()
    _index(town, restrictions=[_restriction(town, "only", (W, C), to)])
    r = _drive(town, (W, C), (C, E))  # straight on is what the driver wants
    names = town.path_names(r.edges)
    assert names[:3] == [W, C, to[1]], names
    assert names[-2:] == [C, E]


def test_only_straight_on():
    town = grid_town()
    _index(town, restrictions=[_restriction(town, "only", (W, C), (C, E))])
    r = _drive(town, (W, C), (C, N))
    assert town.path_names(r.edges)[:3] == [W, C, E]


def test_uturn_only_at_dead_ends_and_no_u_turn():
    nodes = {f"{i},{j}": (i * 200.0, j * 200.0) for i in range(3) for j in range(3)}
    nodes["X"] = (600.0, 200.0)
    roads = [("0,0", "1,0", False), ("1,0", "2,0", False), ("0,1", "1,1", False), ("1,1", "2,1", False)]
    roads += [("0,2", "1,2", False), ("1,2", "2,2", False), ("0,0", "0,1", False), ("0,1", "0,2", False)]
    roads += [("1,0", "1,1", False), ("1,1", "1,2", False), ("2,0", "2,1", False), ("2,1", "2,2", False)]
    roads += [("2,1", "X", False)]
    town = Town(nodes, roads)
    _index(town)
    # at a junction the car may not turn back: it goes round the block
    r = _drive(town, (W, C), (C, W), 0.5, 0.5)
    names = town.path_names(r.edges)
    assert not _has_seq(names, (W, C, W)) and len(names) > 4
    # at the dead end it turns back
    r = _drive(town, ("2,1", "X"), ("X", "2,1"), 0.5, 0.5)
    assert town.path_names(r.edges) == ["2,1", "X", "2,1"]
    assert r.turn_s[1] == pytest.approx(T.U_TURN_S)
    # no_u_turn at the dead end: nothing can be done
    town2 = Town(nodes, roads)
    _index(town2, restrictions=[_restriction(town2, "no", ("2,1", "X"), ("X", "2,1"))])
    assert _drive(town2, ("2,1", "X"), ("X", "2,1"), 0.5, 0.5) is None


def test_only_u_turn_allows_the_u_turn():
    town = grid_town()
    _index(town, restrictions=[_restriction(town, "only", (W, C), (C, W))])
    r = _drive(town, (W, C), (C, E), 0.5, 0.5)
    names = town.path_names(r.edges)
    assert names[:3] == [W, C, W], names  # the mandated U-turn, then round the block
    assert r.turn_s[1] == pytest.approx(T.U_TURN_S)


def test_via_way_no_turn_uses_state_copies():
    town = grid_town()
    # coming from the west, going north through C and then left at N is forbidden; left at N from S is not
    _index(town, restrictions=[_restriction(town, "no", (W, C), (N, "0,2"), via=[(C, N)])])
    tg = T.TurnGraph.build(town.graph)
    assert tg.num_states == town.graph.num_edges + 1  # one copy: C→N entered from the west
    r = _drive(town, (W, C), (N, "0,2"))
    names = town.path_names(r.edges)
    assert not _has_seq(names, (W, C, N, "0,2")), names
    # the same left turn at N is fine for a car that came from the south
    r = _drive(town, (S, C), (N, "0,2"))
    assert town.path_names(r.edges) == [S, C, N, "0,2"]
    # and from the west, turning right at N is fine
    r = _drive(town, (W, C), (N, "2,2"))
    assert town.path_names(r.edges) == [W, C, N, "2,2"]


def test_two_via_ways_and_only_via_way():
    town = grid_town()
    seq = [(C, N), (N, "2,2")]
    _index(town, restrictions=[_restriction(town, "no", (W, C), ("2,2", E), via=seq)])
    r = _drive(town, (W, C), ("2,2", E))
    assert not _has_seq(town.path_names(r.edges), (W, C, N, "2,2", E))
    # a car from the south may take the same three edges
    r = _drive(town, (S, C), ("2,2", E))
    assert town.path_names(r.edges) == [S, C, N, "2,2", E]
    only = grid_town()
    _index(only, restrictions=[_restriction(only, "only", (W, C), (N, "0,2"), via=[(C, N)])])
    r = _drive(only, (W, C), (C, E))
    assert only.path_names(r.edges)[:4] == [W, C, N, "0,2"]


def test_barrier_blocks_passage_but_allows_turning_back():
    town = grid_town()
    flags = np.zeros(town.graph.num_nodes, np.uint8)
    flags[town.idx[C]] = int(NodeFlag.BARRIER)
    _index(town, node_flags=flags)
    r = _drive(town, (W, C), (C, E), 0.5, 0.5)
    names = town.path_names(r.edges)
    # C is only ever a place to turn back at: the car never passes through it
    assert all(names[i - 1] == names[i + 1] for i in range(1, len(names) - 1) if names[i] == C), names
    assert names[0] == W and names[-2:] == [C, E] and len(names) > 6
    r = _drive(town, (W, C), (C, W), 0.5, 0.5)
    assert town.path_names(r.edges) == [W, C, W]


def test_turn_costs_and_signals_are_in_the_eta():
    town = grid_town()
    _index(town)
    left, right, straight = _drive(town, (W, C), (C, N)), _drive(town, (W, C), (C, S)), _drive(town, (W, C), (C, E))
    assert left.turn_s[1] > right.turn_s[1] > straight.turn_s[1] == 0.0
    assert left.turn_s[1] == pytest.approx(T.LEFT_S[3], abs=0.2)  # 90° left
    assert right.turn_s[1] == pytest.approx(T.RIGHT_S[3], abs=0.2)
    for r in (left, right, straight):
        g = town.graph
        edge_time = 0.1 * float(g.edge_time_s[r.edges[0]]) + 0.1 * float(g.edge_time_s[r.edges[1]])
        assert r.duration_s == pytest.approx(edge_time + sum(r.turn_s), rel=1e-6)
        assert r.cum_duration_s[-1] == pytest.approx(r.duration_s)
    # guidance counts down the same ETA: at the start all of it, at the junction the turn and the last road
    guide = Guidance(town.graph, left, arrival_m=5.0)
    assert guide.update(*left.coordinates[0]).remaining_s == pytest.approx(left.duration_s, rel=1e-6)
    at_junction = guide.update(*left.coordinates[left.node_index[1]])
    last_road = left.duration_s - left.cum_duration_s[0] - left.turn_s[1]
    assert at_junction.remaining_s == pytest.approx(left.turn_s[1] + last_road, rel=1e-6)
    sig = grid_town()
    flags = np.zeros(sig.graph.num_nodes, np.uint8)
    flags[sig.idx[C]] = int(NodeFlag.TRAFFIC_SIGNALS)
    _index(sig, node_flags=flags)
    r = _drive(sig, (W, C), (C, E))
    assert r.turn_s[1] == pytest.approx(T.TRAFFIC_SIGNAL_S)
    assert r.duration_s == pytest.approx(straight.duration_s + T.TRAFFIC_SIGNAL_S, rel=1e-6)


def test_right_turns_preferred_over_left_in_time_not_in_distance():
    # from the west into C, to the corner 2,0: straight then right, or right then left — equally long
    town = grid_town()
    _index(town)
    g = town.graph
    start = [EdgePos(town.edge(W, C), 0.5, 0.0)]
    corner = [EdgePos(town.edge(E, "2,0"), 1.0, 0.0), EdgePos(town.edge(S, "2,0"), 1.0, 0.0)]
    r_time = route_positions(g, start, corner, "time")
    r_dist = route_positions(g, start, corner, "distance")
    assert r_time.distance_m == pytest.approx(r_dist.distance_m, rel=1e-6)
    assert town.path_names(r_time.edges) == [W, C, E, "2,0"]
    assert sum(r_time.turn_s) == pytest.approx(T.RIGHT_S[3], abs=0.2)
    assert r_dist.cost == pytest.approx(r_dist.distance_m, rel=1e-6)


def test_destination_only_roads():
    town = grid_town()
    access = np.zeros(town.graph.num_edges, np.uint8)
    for a, b in ((C, N), (N, C)):
        access[town.edge(a, b)] = int(AccessFlag.DESTINATION)
    _index(town, edge_access=access)
    through = _drive(town, (S, C), (N, "2,2"))
    assert not _has_seq(town.path_names(through.edges), (C, N)), "cut through a destination-only street"
    ending = _drive(town, (S, C), (C, N), 0.9, 0.5)  # the destination is in it: allowed, penalty not in the ETA
    assert town.path_names(ending.edges) == [S, C, N]
    assert ending.cost == pytest.approx(ending.duration_s + T.DESTINATION_PENALTY_S, rel=1e-6)
    starting = _drive(town, (N, C), (C, S), 0.5, 0.5)  # leaving the zone costs nothing
    assert starting.cost == pytest.approx(starting.duration_s, rel=1e-6)


def test_malformed_restrictions_are_rejected_with_a_reason(caplog):
    town = grid_town()
    good = _restriction(town, "no", (W, C), (C, N))
    bad = dict(good, osm=7, to=[town.edge(E, "2,2")])  # does not start at the via node
    odd = {"osm": 8, "kind": "maybe", "from": [], "to": []}
    with caplog.at_level(logging.WARNING):
        attrs = attach_road_attrs(town.graph, restrictions=[good, bad, odd])
    assert len(attrs.restrictions) == 1
    assert any("relation 7" in r and "does not start" in r for r in attrs.rejected)
    assert any("relation 8" in r for r in attrs.rejected)


def test_node_route_and_defaults_without_attributes():
    town = grid_town()
    _index(town)
    r = route(town.graph, town.idx[W], town.idx[E])
    assert town.path_names(r.edges) == [W, C, E]
    attrs = road_attrs(town.graph)
    assert attrs.maxspeed_kmh(0) is None and attrs.turn_lanes(0) is None and attrs.sign(0) is None


# ------------------------------------------------------------------------------ random towns vs plain Dijkstra
def _random_town(rnd: random.Random, n: int = 6) -> tuple[Town, list[dict]]:
    town = grid_town(n, 150.0)
    g = town.graph
    restrictions = []
    src = g.edge_sources
    for _ in range(12):
        e = rnd.randrange(g.num_edges)
        v = int(g.edge_target[e])
        outs = [f for f in g.out_edges(v) if int(g.edge_target[f]) != int(src[e])]
        if not outs:
            continue
        f = rnd.choice(outs)
        kind = rnd.choice(("no", "only"))
        if rnd.random() < 0.4:  # via way: from e via f to one of f's successors
            w_ = int(g.edge_target[f])
            nxt = [h for h in g.out_edges(w_) if int(g.edge_target[h]) != v]
            if nxt:
                restrictions.append(
                    {
                        "osm": len(restrictions),
                        "kind": kind,
                        "from": [e],
                        "via_node": None,
                        "via": [f],
                        "to": [rnd.choice(nxt)],
                    }
                )
                continue
        restrictions.append({"osm": len(restrictions), "kind": kind, "from": [e], "via_node": v, "via": [], "to": [f]})
    return town, restrictions


def _breaks_rules(edges: list[int], restrictions: list[dict]) -> str | None:
    """A restriction the edge sequence violates (independent of the turn graph), else None.

    ``no``: the sequence from, via…, to never appears. ``only``: after from (and each via so far) the car takes the
    next via edge, after the last via a to edge; several ``only`` relations from the same approach allow the union
    of their continuations (two relations "only left" and "only straight on" mean both are allowed)."""
    allowed: dict[tuple[int, ...], set[int]] = {}
    for r in restrictions:
        seq = [r["from"][0], *r["via"]]
        if r["kind"] == "no":
            for i in range(len(edges) - len(seq)):
                if edges[i : i + len(seq)] == seq and edges[i + len(seq)] in r["to"]:
                    return f"no-restriction {r}"
        else:
            for k in range(1, len(seq)):
                allowed.setdefault(tuple(seq[:k]), set()).add(seq[k])
            allowed.setdefault(tuple(seq), set()).update(r["to"])
    for prefix, ok in allowed.items():
        k = len(prefix)
        for i in range(len(edges) - k):
            if tuple(edges[i : i + k]) == prefix and edges[i + k] not in ok:
                return f"only-restriction {prefix} → {edges[i + k]}"
    return None


@pytest.mark.parametrize("metric", ["time", "distance"])
@pytest.mark.parametrize("hierarchy", [True, False], ids=["cch", "bucket"])
def test_random_towns_equal_plain_dijkstra_and_obey_restrictions(metric, hierarchy):
    rnd = random.Random(11 if metric == "time" else 12)
    checked = 0
    for _town_no in range(8):
        town, restrictions = _random_town(rnd)
        attach_road_attrs(town.graph, restrictions=restrictions)
        tg = T.TurnGraph.build(town.graph)
        idx = RoutingIndex(tg, background=False, hierarchy=hierarchy)
        g = town.graph
        # the oracle's own integer weights: ms (or dm) of the entered edge + turn + penalty, per arc
        if metric == "time":
            edge_w = [round(float(x) * 1000) for x in g.edge_time_s]
            arc_w = [
                round((float(g.edge_time_s[tg.state_edge[t]]) + float(ts) + float(ps)) * 1000)
                for t, ts, ps in zip(tg.target, tg.arc_turn_s, tg.arc_penalty_s, strict=True)
            ]
        else:
            edge_w = [round(float(x) * 10) for x in g.edge_length_m]
            arc_w = [
                round((float(g.edge_length_m[tg.state_edge[t]]) + float(pm)) * 10)
                for t, pm in zip(tg.target, tg.arc_penalty_m, strict=True)
            ]
        arc_src = np.repeat(np.arange(tg.num_states), np.diff(tg.indptr))
        for _ in range(25):
            e, f = rnd.randrange(g.num_edges), rnd.randrange(g.num_edges)
            fe, ff = rnd.random(), rnd.random()
            r = route_positions(g, [EdgePos(e, fe, 0.0)], [EdgePos(f, ff, 0.0)], metric, index=idx)
            dist = plain_dijkstra(tg.indptr, tg.target, arc_w, [(e, round((1 - fe) * edge_w[e]))])
            best = math.inf
            if e == f and fe <= ff:
                best = round((ff - fe) * edge_w[e])
            rest = round((1 - ff) * edge_w[f])
            for a in range(tg.num_arcs):
                if tg.state_edge[tg.target[a]] == f and int(arc_src[a]) in dist:
                    best = min(best, dist[int(arc_src[a])] + max(0, arc_w[a] - rest))
            if not math.isfinite(best):
                assert r is None
                continue
            assert r is not None
            checked += 1
            # the router's integer cost equals the oracle's; its float cost is that up to rounding
            states, edges = r.states, r.edges
            assert edges[0] == e and edges[-1] == f
            for s, t in itertools.pairwise(states):
                assert tg.arc_between(s, t) >= 0
            assert _breaks_rules(edges, restrictions) is None
            int_cost = (
                round((1 - fe) * edge_w[e])
                + sum(arc_w[tg.arc_between(s, t)] for s, t in itertools.pairwise(states))
                - (rest if len(states) > 1 else 0)
            )
            if len(states) == 1:
                int_cost = round((ff - fe) * edge_w[e])
            assert abs(int_cost - best) <= 2, (e, f, int_cost, best)
            scale = 1000 if metric == "time" else 10
            # each integer weight is rounded once: at most half a unit per arc and per end offset
            assert r.cost == pytest.approx(best / scale, abs=(len(states) + 2) * 0.5 / scale)
    assert checked > 120


def test_route_along_given_edges_times_legal_turns_and_flags_illegal_ones(caplog):
    from hmi.nav.route import route_from_edges

    town = grid_town()
    _index(town, restrictions=[_restriction(town, "no", (W, C), (C, N))])
    g = town.graph
    legal = route_from_edges(g, town.idx[W], [town.edge(W, C), town.edge(C, S)])
    assert legal.turn_s[1] > 0 and legal.duration_s == pytest.approx(
        float(g.edge_time_s[town.edge(W, C)]) + float(g.edge_time_s[town.edge(C, S)]) + legal.turn_s[1], rel=1e-6
    )
    with caplog.at_level(logging.WARNING):
        illegal = route_from_edges(g, town.idx[W], [town.edge(W, C), town.edge(C, N)])
    assert illegal.turn_s == [0.0, 0.0] and "do not allow" in caplog.text
