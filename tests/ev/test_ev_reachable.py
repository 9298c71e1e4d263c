"""Reachable range: exact node counts on a grid, polygons that grow with SoC and shrink with the reserve."""

from __future__ import annotations

import itertools
import math

import pytest

from hmi.nav.ev.consumption import ConsumptionModel, edge_energies
from hmi.nav.ev.reachable import reachable_area
from hmi.nav.ev.synthetic import grid_graph
from hmi.nav.graph import RoadGraph


def _area_m2(poly, lat0):
    c = math.cos(math.radians(lat0))
    xs = [lon * 111_320 * c for _, lon in poly]
    ys = [lat * 111_320 for lat, _ in poly]
    return abs(sum(xs[i] * ys[i - 1] - xs[i - 1] * ys[i] for i in range(len(xs)))) / 2


def _diamond_count(k: int, half: int) -> int:
    return sum(1 for dx in range(-half, half + 1) for dy in range(-half, half + 1) if abs(dx) + abs(dy) <= k)


def test_grid_counts_match_manhattan_reach(leaf):
    g = grid_graph(21, 21, 2000.0, 60.0)
    model = ConsumptionModel(leaf)
    per_edge = float(edge_energies(g, model)[0])
    centre = 10 * 21 + 10
    lat, lon = float(g.node_lat[centre]), float(g.node_lon[centre])
    for soc in (5.0, 10.0, 20.0):
        k = int((leaf.usable_capacity_kwh * soc / 100) // per_edge)
        area = reachable_area(g, model, lat, lon, soc, reserve_pct=2.0)
        assert area.nodes == _diamond_count(min(k, 20), 10)
        k_res = int((leaf.usable_capacity_kwh * (soc - 2.0) / 100) // per_edge)
        assert area.nodes_reserve == _diamond_count(min(k_res, 20), 10)
        assert area.max_distance_m == pytest.approx(min(k, 20) * 2000.0)
        # every outline point lies within the energy's reach (straight line ≤ road distance budget)
        reach_m = leaf.usable_capacity_kwh * soc / 100 / per_edge * 2000.0
        for plat, plon in area.polygon:
            d = math.hypot((plat - lat) * 111_320, (plon - lon) * 111_320 * math.cos(math.radians(lat)))
            assert d <= reach_m + 1.0


def test_polygons_grow_with_soc_and_shrink_with_reserve(leaf):
    g = grid_graph(21, 21, 2000.0, 60.0)
    model = ConsumptionModel(leaf)
    lat, lon = float(g.node_lat[220]), float(g.node_lon[220])
    small = reachable_area(g, model, lat, lon, 8.0, reserve_pct=4.0)
    big = reachable_area(g, model, lat, lon, 16.0, reserve_pct=4.0)
    a_small, a_res, a_big = (
        _area_m2(small.polygon, lat),
        _area_m2(small.polygon_reserve, lat),
        _area_m2(big.polygon, lat),
    )
    assert 0 < a_res < a_small < a_big
    # partial edges: the outline reaches beyond the last reachable nodes (budget runs out mid-edge)
    assert len(small.polygon) >= 8
    d = small.to_dict()
    assert set(d) == {"polygon", "polygon_reserve", "nodes", "nodes_reserve", "max_distance_m"}


def test_cold_shrinks_range_and_zero_soc_is_tiny(leaf):
    g = grid_graph(21, 21, 2000.0, 60.0)
    lat, lon = float(g.node_lat[220]), float(g.node_lon[220])
    warm = reachable_area(g, ConsumptionModel(leaf, 20.0), lat, lon, 15.0)
    cold = reachable_area(g, ConsumptionModel(leaf, -10.0), lat, lon, 15.0)
    assert cold.nodes < warm.nodes
    empty = reachable_area(g, ConsumptionModel(leaf), lat, lon, 0.0)
    assert empty.nodes == 1 and len(empty.polygon) == 4


def test_invalid_input(leaf):
    g = grid_graph(3, 3)
    m = ConsumptionModel(leaf)
    for args in ((float("nan"), 9.5, 10), (47.0, 9.5, 120), (47.0, 9.5, float("inf")), (10.0, 9.5, 50)):
        with pytest.raises(ValueError):
            reachable_area(g, m, *args)


@pytest.mark.slow
def test_liechtenstein_range_from_vaduz(liechtenstein_map, leaf):
    g = RoadGraph.load(liechtenstein_map)
    m = ConsumptionModel(leaf)
    low = reachable_area(g, m, 47.139, 9.522, 3.0, reserve_pct=1.5)
    full = reachable_area(g, m, 47.139, 9.522, 80.0, reserve_pct=5.0)
    assert 0 < low.nodes < full.nodes
    assert low.nodes_reserve < low.nodes
    assert _area_m2(low.polygon, 47.139) < _area_m2(full.polygon, 47.139)
    # 80 % of a LEAF covers the whole main network of the country (≈ 25 km long)
    assert full.nodes >= int((g.node_component == 0).sum())


def test_points_along_edges_match_walking_each_polyline(liechtenstein_map):
    """The vectorised end points of the range (where the energy runs out inside an edge) equal a plain walk along
    each edge's polyline: ends, middles, one-segment and many-segment edges."""
    import numpy as np

    from hmi.nav.ev.reachable import _points_along

    g = RoadGraph.load(liechtenstein_map)
    rng = np.random.default_rng(4)
    edges = rng.integers(0, g.num_edges, 400)
    frac = rng.uniform(0, 1, 400)
    frac[:20], frac[20:40] = 0.0, 1.0
    lat, lon = _points_along(g, edges, frac)
    for e, f, la, lo in zip(edges.tolist(), frac.tolist(), lat.tolist(), lon.tolist(), strict=True):
        poly = [(float(a), float(b)) for a, b in g.edge_polyline(e)]
        lengths = []
        for (a0, b0), (a1, b1) in itertools.pairwise(poly):
            lengths.append(math.hypot(a1 - a0, (b1 - b0) * math.cos(math.radians(a0))))
        want, walked = f * sum(lengths), 0.0
        point = poly[-1]
        for (p0, p1), seg in zip(itertools.pairwise(poly), lengths, strict=True):
            if seg > 0 and walked + seg >= want:
                t = (want - walked) / seg
                point = (p0[0] + t * (p1[0] - p0[0]), p0[1] + t * (p1[1] - p0[1]))
                break
            walked += seg
        if f == 0.0:
            point = poly[0]
        assert abs(la - point[0]) < 1e-6 and abs(lo - point[1]) < 1e-6, (e, f)
