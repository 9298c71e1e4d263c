"""The planner's hops from the routing index (country-scale maps): what the model promises, checked against the
exact Pareto planner and against its own eager form, on random graphs, the two-road trip and a turn restriction."""

from __future__ import annotations

import dataclasses
import itertools
import math
from pathlib import Path

import numpy as np
import pytest
from test_ev_exact import TWO_ROADS_FROM, TWO_ROADS_TO, _random_case, two_roads_map  # noqa: F401 (fixture)

from hmi.nav.build import build_map
from hmi.nav.ev.consumption import ConsumptionModel
from hmi.nav.ev.index_hops import ENERGY_SCALE, IndexStationGraph, energy_metric_name, prepare_index, usable
from hmi.nav.ev.plan_route import legal
from hmi.nav.ev.planner import NoFeasibleTrip, PlanSettings, _search, plan_trip, prepare, solve_problem
from hmi.nav.graph import RoadGraph
from hmi.nav.routing_index import routing_index

N_CASES = 150


def _flat_case(rng: np.random.Generator, profiles, it: int):
    """A random case of the exhaustive test, made flat (no road recuperates: the index's domain)."""
    case = _random_case(rng, profiles, it)
    case[0].node_elevation_m = np.zeros(case[0].num_nodes)
    return case


def _total(g, prof, chargers, st, s0, a, b) -> float:
    try:
        return plan_trip(g, prof, chargers, a, b, s0, st, cache=False).total_s
    except NoFeasibleTrip:
        return math.inf


def _legal(g: RoadGraph, edges: list[int]) -> bool:
    """Every consecutive pair of road edges is a transition the turn graph allows."""
    return legal(routing_index(g).turns, edges)


def test_index_hops_find_a_trip_exactly_when_the_exact_planner_does_and_never_a_quicker_one(profiles):
    """Feasibility depends on energy alone on a flat map, and the most frugal path is among the index's hops: the
    two planners agree on which trips exist. The exact planner, on every road path and without turn costs, is a
    lower bound of the index's trip (whose hops pay their turns)."""
    rng = np.random.default_rng(20261207)
    feasible = infeasible = stops = 0
    for it in range(N_CASES):
        g, prof, chargers, st, s0, a, b, _o, _d = _flat_case(rng, profiles, it)
        exact = _total(g, prof, chargers, dataclasses.replace(st, hop_search="pareto"), s0, a, b)
        st_i = dataclasses.replace(st, hop_search="index")
        try:
            plan = plan_trip(g, prof, chargers, a, b, s0, st_i, cache=False)
        except NoFeasibleTrip as exc:
            assert math.isinf(exact), f"case {it}: index says '{exc.reason}', the exact planner {exact:.1f} s"
            infeasible += 1
            continue
        assert math.isfinite(exact), f"case {it}: index found {plan.total_s:.1f} s, the exact planner no trip"
        assert plan.total_s >= exact * (1 - 1e-9), f"case {it}: index {plan.total_s:.1f} s < exact {exact:.1f} s"
        # the numbers add up and every leg is drivable under the road rules
        assert sum(leg.drive_s + leg.charge_s + leg.stop_overhead_s for leg in plan.legs) == pytest.approx(plan.total_s)
        assert all(_legal(g, leg.edges) for leg in plan.legs)
        for leg in plan.legs:  # every leg is real road: its figures are its edges' (no bound slipped through)
            assert leg.distance_m == pytest.approx(sum(float(g.edge_length_m[e]) for e in leg.edges), abs=1e-3)
            assert (leg.drive_s > 0) == bool(leg.edges)
        assert plan.arrival_soc >= max(st.arrival_pct, st.reserve_pct) - 1e-6
        feasible += 1
        stops += bool(plan.stops)
    assert feasible >= 50 and infeasible >= 20 and stops >= 10, (feasible, infeasible, stops)


def test_lazy_resolution_finds_the_same_trip_as_resolving_every_pair(profiles):
    """The lazy search is exact on its model: resolving every pair first gives the same best time."""
    rng = np.random.default_rng(11)
    compared = 0
    for it in range(N_CASES):
        g, prof, chargers, st, s0, a, b, _o, _d = _flat_case(rng, profiles, it)
        st_i = dataclasses.replace(st, hop_search="index")
        lazy_pb = prepare(g, prof, chargers, a, b, s0, st_i, cache=False)
        eager_pb = prepare(g, prof, chargers, a, b, s0, st_i, cache=False)
        gap_pb = prepare(g, prof, chargers, a, b, s0, st_i, cache=False)
        assert isinstance(lazy_pb.sg, IndexStationGraph)
        lazy_pb.sg.gap, lazy_pb.sg.batch = 0.0, 1  # exact, and one extra pair per round: the most rounds
        eager_pb.sg.resolve(list(eager_pb.sg.options))
        _, lazy_best = _search(lazy_pb)
        _, eager_best = _search(eager_pb)
        _, gap_best = _search(gap_pb)  # the default: stops once within the proven gap
        if math.isinf(eager_best):
            assert math.isinf(lazy_best) and math.isinf(gap_best), f"case {it}"
            continue
        assert lazy_best == pytest.approx(eager_best, rel=1e-9), f"case {it}: lazy {lazy_best} vs {eager_best}"
        assert eager_best * (1 - 1e-9) <= gap_best <= eager_best * (1 + gap_pb.sg.gap), f"case {it}"
        assert len(lazy_pb.sg.resolved) <= len(eager_pb.sg.resolved)
        compared += 1
    assert compared >= 50


def test_bounds_are_below_every_real_path(profiles):
    """An unresolved pair's bounds hold: no real path is quicker or more frugal than the plain bounds, the quickest
    needs at least its blended energy bound and the most frugal takes at least its blended ETA bound."""
    rng = np.random.default_rng(5)
    checked = tight = 0
    for it in range(40):
        g, prof, chargers, st, s0, a, b, _o, _d = _flat_case(rng, profiles, it)
        pb = prepare(g, prof, chargers, a, b, s0, dataclasses.replace(st, hop_search="index"), cache=False)
        sg = pb.sg
        for i, j in itertools.permutations(range(pb.n), 2):
            if j == 0 or i == pb.n - 1 or not math.isfinite(sg.lb_time[i, j]):
                continue
            found = sg.paths(i, j)
            for hop, edges in found:
                assert sg.lb_time[i, j] <= hop.time_s + 1e-9 and sg.lb_energy[i, j] <= hop.energy_kwh + 1e-12
                assert hop.energy_kwh == pytest.approx(float(sum(sg._ekwh[e] for e in edges)))
                checked += 1
            quick, frugal = found[0][0], min((h for h, _ in found), key=lambda h: h.energy_kwh)
            assert sg.lb_quick_kwh[i, j] <= quick.energy_kwh + 1e-12, (it, i, j)
            assert sg.lb_frugal_s[i, j] <= frugal.time_s + 1e-9, (it, i, j)
            tight += sg.lb_quick_kwh[i, j] > sg.lb_energy[i, j] or sg.lb_frugal_s[i, j] > sg.lb_time[i, j]
    assert checked >= 100 and tight >= 10  # the blended bounds are tighter than the plain ones somewhere


def test_two_roads_on_the_index_takes_the_country_road(two_roads_map, leaf):  # noqa: F811
    g = RoadGraph.load(two_roads_map)
    st = PlanSettings(reserve_pct=5, arrival_pct=5, hop_search="index")
    plan = plan_trip(g, leaf, [], TWO_ROADS_FROM, TWO_ROADS_TO, 42.1, st)
    (leg,) = plan.legs
    assert leg.why == "energy" and leg.via == "L16" and 12.0 < plan.arrival_soc < 16.0
    assert str(leg.why_text).endswith("slower, makes the trip possible")
    fast = plan_trip(g, leaf, [], TWO_ROADS_FROM, TWO_ROADS_TO, 90.0, st)
    assert fast.legs[0].why is None and "A1" in {g.edge_street(e) for e in fast.legs[0].edges}


def test_index_hops_obey_a_turn_restriction(tmp_path, leaf):
    """No left turn from S into W at C (restriction_no_left_turn.osm): the node-based Pareto search takes it, the
    index's hops go round."""
    out = tmp_path / "map"
    build_map(Path(__file__).parents[1] / "nav" / "osm" / "restriction_no_left_turn.osm", out, region="t")
    g = RoadGraph.load(out)
    s_node, w_node = (47.1000, 9.5015), (47.1010, 9.5000)
    st = PlanSettings(hop_search="index", arrival_pct=0, reserve_pct=0)
    plan = plan_trip(g, leaf, [], s_node, w_node, 80.0, st)
    edges = [e for leg in plan.legs for e in leg.edges]
    assert _legal(g, edges)
    pareto = plan_trip(g, leaf, [], s_node, w_node, 80.0, dataclasses.replace(st, hop_search="pareto"))
    p_edges = [e for leg in pareto.legs for e in leg.edges]
    assert not _legal(g, p_edges), "the node-based search should take the banned turn (else this tests nothing)"
    assert plan.legs[0].distance_m > pareto.legs[0].distance_m


def test_energy_metric_is_one_per_model_and_maps_that_recuperate_stay_on_the_exact_search(leaf, profiles):
    rng = np.random.default_rng(3)
    g, *_ = _flat_case(rng, profiles, 0)
    m20, m0 = ConsumptionModel(leaf, 20.0), ConsumptionModel(leaf, 0.0)
    assert energy_metric_name(m20) != energy_metric_name(m0)
    idx = prepare_index(g, m20)
    w = idx.metric_weights(energy_metric_name(m20))
    assert w.dtype == np.uint32 and int(w.max()) < 2**31 and w.sum() > 0
    assert int(w.max()) <= 50 * ENERGY_SCALE  # no arc needs 50 kWh
    hilly, _p, _c, _st, _s0, a, b, _o, _d = _random_case(np.random.default_rng(1), profiles, 1)
    hilly.node_elevation_m = np.linspace(0, 3000, hilly.num_nodes)
    assert not usable(hilly, m20)
    with pytest.raises(ValueError, match="recuperates"):
        prepare(hilly, leaf, [], a, b, 50.0, PlanSettings(hop_search="index"))
    # "auto" on a small map, or one that recuperates, keeps the exact search
    assert not isinstance(prepare(hilly, leaf, [], a, b, 50.0, PlanSettings()).sg, IndexStationGraph)
    with pytest.raises(ValueError, match="hop_search"):
        PlanSettings(hop_search="fast")


def test_infeasible_on_the_index_gives_the_same_one_line_reasons(two_roads_map, leaf):  # noqa: F811
    g = RoadGraph.load(two_roads_map)
    for soc in (20.0, 5.0):
        reasons = []
        for hs in ("pareto", "index"):
            pb = prepare(g, leaf, [], TWO_ROADS_FROM, TWO_ROADS_TO, soc, PlanSettings(hop_search=hs), cache=False)
            with pytest.raises(NoFeasibleTrip) as exc:
                solve_problem(pb)
            reasons.append(str(exc.value.reason))
        assert reasons[0] == reasons[1], reasons
