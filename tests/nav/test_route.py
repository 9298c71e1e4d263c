"""Routing on real maps: exact against a plain Dijkstra on the same turn graph (≥ 1,000 random pairs per metric on
Liechtenstein + Andorra), valid paths, the bucket-search fallback, Route shape and JSON, errors."""

from __future__ import annotations

import itertools
import math
import random
from pathlib import Path

import numpy as np
import pytest
from turn_graphs import Oracle, Town

from hmi.nav import route as R
from hmi.nav.graph import RoadGraph
from hmi.nav.routing_index import RoutingIndex, routing_index
from hmi.nav.snapping import EdgePos, segment_grid
from hmi.testing.plugin import cached_map

VADUZ = (47.1410, 9.5209)
RUGGELL = (47.2404, 9.5250)
SCHAAN = (47.1650, 9.5095)


@pytest.fixture(scope="module")
def andorra() -> RoadGraph:
    """The Andorra map (mountain roads, a few turn:lanes)."""
    return RoadGraph.load(cached_map("andorra"))


def _check_route(g: RoadGraph, r: R.Route, e: int, fe: float, f: int, ff: float) -> None:
    """The route is a chain of legal transitions from the start position to the destination position."""
    tg = routing_index(g).turns
    assert r.edges[0] == e and r.edges[-1] == f
    assert r.edges == [int(tg.state_edge[s]) for s in r.states]
    for s, t in itertools.pairwise(r.states):
        assert tg.arc_between(s, t) >= 0, (s, t)
    for a, b in itertools.pairwise(r.edges):
        assert int(g.edge_target[a]) == g.edge_source(b)
    grid = segment_grid(g)
    assert r.coordinates[0] == pytest.approx(grid.point_at(e, fe))
    assert r.coordinates[-1] == pytest.approx(grid.point_at(f, ff))
    assert len(r.speed_limits_kmh) == len(r.coordinates) - 1
    assert r.cum_distance_m[-1] == pytest.approx(r.distance_m) and r.cum_duration_s[-1] == pytest.approx(r.duration_s)


@pytest.mark.parametrize("metric", ["time", "distance"])
def test_equal_to_plain_dijkstra_on_1000_pairs(li: RoadGraph, andorra: RoadGraph, metric):
    rnd = random.Random(2026 if metric == "time" else 7)
    pairs = reachable = 0
    for g in (li, andorra):
        idx = routing_index(g, background=False)
        assert idx.wait_ready(60)
        oracle = Oracle(idx.turns, metric)
        for _ in range(40):
            e, fe = rnd.randrange(g.num_edges), rnd.random()
            for _ in range(13):
                f, ff = rnd.randrange(g.num_edges), rnd.random()
                pairs += 1
                ref = oracle.cost(e, fe, f, ff)
                r = R.route_positions(g, [EdgePos(e, fe, 0.0)], [EdgePos(f, ff, 0.0)], metric)
                if not math.isfinite(ref):
                    assert r is None, (e, f)
                    continue
                reachable += 1
                assert r is not None, (e, f)
                _check_route(g, r, e, fe, f, ff)
                # the same integer cost as the oracle, recomputed from the path with the oracle's weights
                if len(r.states) == 1:
                    got = round((ff - fe) * oracle.edge_w[e])
                else:
                    got = (
                        round((1 - fe) * oracle.edge_w[e])
                        + sum(oracle.arc_w[idx.turns.arc_between(s, t)] for s, t in itertools.pairwise(r.states))
                        - round((1 - ff) * oracle.edge_w[f])
                    )
                assert abs(got - ref) <= 1, (e, f, got, ref)  # ±1: the destination offset is clamped at 0
                assert r.cost == pytest.approx(ref / oracle.scale, abs=(len(r.states) + 2) * 0.5 / oracle.scale)
    assert pairs >= 1000 and reachable > pairs // 2


def test_bucket_fallback_equals_hierarchy(andorra: RoadGraph):
    idx = routing_index(andorra, background=False)
    slow = RoutingIndex(idx.turns, hierarchy=False)
    assert not slow.ready
    rnd = random.Random(5)
    for _ in range(60):
        s = [(rnd.randrange(idx.turns.num_states), rnd.randrange(5000))]
        t = [(rnd.randrange(idx.turns.num_states), rnd.randrange(5000)) for _ in range(2)]
        a, b = idx.route("time", s, t), slow.route("time", s, t)
        assert (a is None) == (b is None)
        if a is not None:
            assert a.cost == b.cost
            w = idx.metric_weights("time")
            assert s[0][1] + sum(int(w[x]) for x in b.arcs) + dict(t)[b.states[-1]] == b.cost
    targets = list(range(0, idx.turns.num_states, 97))
    src = [(3, 0)]
    assert np.array_equal(idx.distances_from("time", src, targets), slow.distances_from("time", src, targets))
    assert np.array_equal(idx.distances_to("distance", targets, src), slow.distances_to("distance", targets, src))


def test_route_between_vaduz_ruggell(li: RoadGraph):
    r = R.route_between(li, VADUZ, RUGGELL)
    assert 9_000 < r.distance_m < 20_000 and 400 < r.duration_s < 1800
    assert math.dist(r.coordinates[0], VADUZ) < 0.003 and math.dist(r.coordinates[-1], RUGGELL) < 0.003
    assert len(r.coordinates) >= len(r.nodes)
    # the ETA is the roads' time plus the turns
    roads = sum(float(li.edge_time_s[e]) for e in r.edges[1:-1])
    roads += float(li.edge_time_s[r.edges[0]]) * (1 - r.start_fraction)
    roads += float(li.edge_time_s[r.edges[-1]]) * r.end_fraction
    assert r.duration_s == pytest.approx(roads + sum(r.turn_s), rel=1e-9)
    assert sum(r.turn_s) > 0
    d = r.to_dict()
    assert set(d) == {"distance_m", "duration_s", "coordinates", "maneuvers", "speed_limits_kmh"}
    assert len(d["speed_limits_kmh"]) == len(d["coordinates"]) - 1
    assert d["maneuvers"][0]["kind"] == "depart" and d["maneuvers"][-1]["kind"] == "arrive"
    dists = [m["distance_m"] for m in d["maneuvers"]]
    assert dists == sorted(dists) and dists[-1] == pytest.approx(r.distance_m, abs=0.1)
    fastest = r
    shortest = R.route_between(li, VADUZ, RUGGELL, metric="distance")
    assert shortest.distance_m <= fastest.distance_m + 1e-6
    assert fastest.duration_s <= shortest.duration_s + 1e-6


def test_heading_picks_the_direction_driven(li: RoadGraph):
    grid = segment_grid(li)
    main = li.node_component[li.edge_sources] == 0
    two_way = [e for e in range(li.num_edges) if grid.twin[e] >= 0 and li.edge_length_m[e] > 300 and main[e]]
    here = grid.point_at(two_way[len(two_way) // 2], 0.5)
    starts = R.snap_position(li, here)
    assert len(starts) == 2 and starts[1].edge == grid.twin[starts[0].edge]  # both directions of the road
    assert starts[1].fraction == pytest.approx(1 - starts[0].fraction, abs=1e-6)
    b0 = grid.bearing_at(starts[0])
    only = R.snap_position(li, here, heading=b0)
    assert [p.edge for p in only] == [starts[0].edge]
    back = R.snap_position(li, here, heading=(b0 + 180) % 360)
    assert [p.edge for p in back] == [starts[1].edge]
    r = R.route_between(li, here, VADUZ, heading=(b0 + 180) % 360)
    assert r.edges[0] == starts[1].edge


def test_disconnected_parts_give_a_clear_message():
    nodes = {"a": (0.0, 0.0), "b": (300.0, 0.0), "c": (0.0, 900.0), "d": (300.0, 900.0)}
    town = Town(nodes, [("a", "b", False), ("c", "d", False)])
    g = town.graph
    g.node_component[:] = [0, 0, 1, 1]
    pa = (float(g.node_lat[0]), float(g.node_lon[0]) + 0.001)
    pc = (float(g.node_lat[2]), float(g.node_lon[2]) + 0.001)
    with pytest.raises(R.NoRoute, match="not connected"):
        R.route_between(g, pa, pc)
    assert R.route(g, town.idx["a"], town.idx["c"]) is None


def test_outside_map_and_bad_input(li: RoadGraph):
    with pytest.raises(R.OutsideMap, match="outside the map"):
        R.route_between(li, VADUZ, (48.137, 11.575))  # Munich
    with pytest.raises(R.OutsideMap):
        R.route_between(li, (0.0, 0.0), VADUZ)
    for bad in ((math.nan, 9.5), (47.1, math.inf), (95.0, 9.5), ("x", "y"), None, (1,)):
        with pytest.raises(R.BadInput):
            R.route_between(li, bad, VADUZ)
    with pytest.raises(R.BadInput, match="metric"):
        R.route_between(li, VADUZ, RUGGELL, metric="scenic")
    with pytest.raises(R.BadInput):
        R.route(li, -1, 5)
    assert issubclass(R.OutsideMap, R.RoutingError) and issubclass(R.NoRoute, R.RoutingError)


def test_same_point_and_same_road(li: RoadGraph):
    r = R.route_between(li, VADUZ, VADUZ)
    assert r.distance_m == 0 and len(r.edges) <= 1 and [m.kind for m in r.maneuvers][-1] == "arrive"
    # a few metres further along the same road: no junction at all
    grid = segment_grid(li)
    p = R.snap_position(li, SCHAAN)[0]
    ahead = grid.point_at(p.edge, min(1.0, p.fraction + 0.05))
    r = R.route_between(li, grid.point_at(p.edge, p.fraction), ahead)
    assert r.edges == [p.edge] and r.turn_s == [0.0]
    assert r.distance_m == pytest.approx(0.05 * float(li.edge_length_m[p.edge]), rel=0.05)


def test_preprocessing_is_stored_and_reused(li_dir: Path, tmp_path: Path):
    import shutil

    from hmi.nav.routing_index import PREPROCESS_DIR, preprocess

    d = tmp_path / "map"
    shutil.copytree(li_dir, d)
    g = RoadGraph.load(d)
    stats = preprocess(d, g, None)
    assert stats["states"] >= g.num_edges and stats["arcs"] > 0
    assert (d / PREPROCESS_DIR / "order.npy").is_file()
    g2 = RoadGraph.load(d)
    idx = routing_index(g2, background=False)
    assert idx.ready and idx.timings["order_s"] < 0.01  # the stored ordering, not a new one
    assert R.route_between(g2, VADUZ, RUGGELL).cost == pytest.approx(R.route_between(g, VADUZ, RUGGELL).cost)
