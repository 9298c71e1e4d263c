"""The planner is exact on the real energy model: against an independent exhaustive oracle, by metamorphic
relations, on the two-road trip where only the slower road works, and its Pareto search against brute force."""

from __future__ import annotations

import dataclasses
import itertools
import json
import math
import threading

import numpy as np
import pytest
from ev_oracle import Instance, best_trip, charger_curve, edge_kwh, simple_paths

from hmi.nav.ev.cache import LRUCache, caches_of, configure
from hmi.nav.ev.chargers import Charger
from hmi.nav.ev.consumption import ConsumptionModel, edge_energies
from hmi.nav.ev.planner import NoFeasibleTrip, PlanSettings, plan_trip, prepare, solve, solve_problem
from hmi.nav.ev.reachable import max_energy_left, reachable_area
from hmi.nav.ev.stations import fastest_path, pareto_search
from hmi.nav.graph import RoadGraph

N_ORACLE = 500
N_METAMORPHIC = 120
LAT0, LON0 = 47.0, 9.5
_M_PER_DEG = 111_320.0
_KINDS = ((("type2",), 22.0), (("chademo", "type2"), 50.0), (("ccs",), 150.0), (("chademo",), 50.0))


def _latlon(x: float, y: float) -> tuple[float, float]:
    return LAT0 + y / _M_PER_DEG, LON0 + x / (_M_PER_DEG * math.cos(math.radians(LAT0)))


def _random_case(rng: np.random.Generator, profiles, it: int):
    """A random road graph of 6 … 12 junctions with speeds 30–130 km/h, elevations (up to a random 0–3,000 m range),
    chargers, and settings."""
    prof = profiles[("nissan-leaf-40", "nissan-leaf-e-plus-62", "generic-ccs-75")[it % 3]]
    n = int(rng.integers(6, 13))
    span = float(rng.uniform(50_000, 180_000))
    pos = rng.uniform(0, span, (n, 2))
    pairs: set[tuple[int, int]] = set()
    for i in range(1, n):  # a random spanning tree, then a few extra roads
        j = int(rng.integers(0, i))
        pairs.add((min(i, j), max(i, j)))
    for _ in range(int(rng.integers(1, 6))):
        i, j = (int(x) for x in rng.choice(n, 2, replace=False))
        pairs.add((min(i, j), max(i, j)))
    ele = rng.uniform(0, float(rng.uniform(0, 3000)), n)  # some hilly enough to recuperate, some near flat
    directed: list[tuple[int, int, float, float]] = []
    for i, j in sorted(pairs):
        length = max(500.0, float(np.hypot(*(pos[i] - pos[j]))) * float(rng.uniform(1.0, 1.3)))
        speed = float(rng.uniform(30, 130))
        directed += [(i, j, length, length / (speed / 3.6)), (j, i, length, length / (speed / 3.6))]
    directed.sort()
    lat_lon = [_latlon(float(x), float(y)) for x, y in pos]
    indptr = np.zeros(n + 1, np.int64)
    for u, *_ in directed:
        indptr[u + 1] += 1
    g = RoadGraph.from_arrays(
        node_lat=np.array([a for a, _ in lat_lon]),
        node_lon=np.array([b for _, b in lat_lon]),
        indptr=np.cumsum(indptr),
        edge_target=np.array([v for _, v, _, _ in directed]),
        edge_length_m=np.array([ln for *_, ln, _ in directed]),
        edge_time_s=np.array([t for *_, t in directed]),
    )
    g.node_elevation_m = ele
    origin, dest, *others = (int(x) for x in rng.permutation(n))
    chargers: list[Charger] = []
    for k, node in enumerate(others[: int(rng.integers(0, 5))]):
        plugs, power = _KINDS[int(rng.integers(len(_KINDS)))]
        lat, lon = lat_lon[node]
        kw = power * float(rng.uniform(0.5, 1))
        chargers.append(Charger(id=str(k), name=f"C{k}", lat=lat, lon=lon, power_kw=kw, plugs=plugs))
    st = PlanSettings(
        reserve_pct=float(rng.uniform(0, 15)),
        arrival_pct=float(rng.uniform(0, 30)),
        charge_limit_pct=float(rng.uniform(60, 100)),
        stop_overhead_s=float(rng.uniform(0, 600)),
    )
    s0 = float(rng.uniform(3, 95))
    return g, prof, chargers, st, s0, lat_lon[origin], lat_lon[dest], origin, dest


def _oracle(g, prof, chargers, st, s0, origin, dest):
    """The exhaustive oracle on the graph's own (float32) lengths and times."""
    src = np.asarray(g.edge_sources)
    edges = [
        (int(src[e]), int(g.edge_target[e]), float(g.edge_length_m[e]), float(g.edge_time_s[e]))
        for e in range(g.num_edges)
    ]
    curves = {}
    for c in chargers:
        node = int(np.flatnonzero((np.asarray(g.node_lat) == c.lat) & (np.asarray(g.node_lon) == c.lon))[0])
        curve = charger_curve(prof, tuple(c.plugs), c.power_kw)
        if curve is not None:
            curves[node] = curve
    inst = Instance(g.num_nodes, edges, list(map(float, g.node_elevation_m)), curves, origin, dest)
    return best_trip(inst, prof, s0, st.reserve_pct, st.arrival_pct, st.charge_limit_pct, st.stop_overhead_s)


def _plan_total(g, prof, chargers, st, s0, a, b) -> float:
    try:
        return plan_trip(g, prof, chargers, a, b, s0, st, cache=False).total_s
    except NoFeasibleTrip:
        return math.inf


def test_planner_equals_exhaustive_oracle(profiles):
    rng = np.random.default_rng(20261206)
    feasible = infeasible = stops = slower = 0
    worst = 0.0
    for it in range(N_ORACLE):
        g, prof, chargers, st, s0, a, b, o, d = _random_case(rng, profiles, it)
        ref = _oracle(g, prof, chargers, st, s0, o, d)
        try:
            plan = plan_trip(g, prof, chargers, a, b, s0, st, cache=False)
        except NoFeasibleTrip as exc:
            assert math.isinf(ref), f"case {it}: planner says '{exc.reason}', the oracle finds {ref:.1f} s"
            infeasible += 1
            continue
        assert math.isfinite(ref), f"case {it}: planner found {plan.total_s:.1f} s, the oracle no trip"
        rel = abs(plan.total_s - ref) / ref
        worst = max(worst, rel)
        assert rel <= 1e-3, f"case {it}: planner {plan.total_s:.1f} s vs oracle {ref:.1f} s"
        feasible += 1
        stops += bool(plan.stops)
        slower += any(leg.why == "energy" for leg in plan.legs)
    # the cases exercise every outcome: direct trips, stops, no trip, slower roads chosen
    assert feasible + infeasible == N_ORACLE
    assert feasible >= 200 and infeasible >= 50 and stops >= 40 and slower >= 10, (feasible, infeasible, stops, slower)


_RELAXATIONS = {
    "more start charge": lambda st, s0: (st, min(100.0, s0 + 10.0)),
    "lower arrival target": lambda st, s0: (dataclasses.replace(st, arrival_pct=max(0.0, st.arrival_pct - 8)), s0),
    "higher charge limit": lambda st, s0: (
        dataclasses.replace(st, charge_limit_pct=min(100.0, st.charge_limit_pct + 15)),
        s0,
    ),
    "lower reserve": lambda st, s0: (dataclasses.replace(st, reserve_pct=max(0.0, st.reserve_pct - 4)), s0),
}


def test_relaxing_a_constraint_or_adding_a_charger_never_makes_the_trip_slower(profiles):
    rng = np.random.default_rng(7)
    checked = 0
    for it in range(N_METAMORPHIC):
        g, prof, chargers, st, s0, a, b, _o, _d = _random_case(rng, profiles, it)
        base = _plan_total(g, prof, chargers, st, s0, a, b)
        for name, relax in _RELAXATIONS.items():
            st2, s02 = relax(st, s0)
            if st2.reserve_pct > s0 >= st.reserve_pct or (s0 < st.reserve_pct and s02 >= st.reserve_pct):
                continue  # crossing the reserve changes which rule applies to the first hop
            other = _plan_total(g, prof, chargers, st2, s02, a, b)
            assert other <= base * (1 + 1e-6) + 1e-6, f"case {it}, {name}: {other:.1f} s > {base:.1f} s"
            checked += 1
        free = [n for n in range(g.num_nodes) if _latlon_of(g, n) not in (a, b)]
        node = free[int(rng.integers(len(free)))]
        lat, lon = _latlon_of(g, node)
        extra = Charger(id="new", name="New", lat=lat, lon=lon, power_kw=50.0, plugs=("chademo", "ccs", "type2"))
        if not any((c.lat, c.lon) == (lat, lon) for c in chargers):
            other = _plan_total(g, prof, [*chargers, extra], st, s0, a, b)
            assert other <= base * (1 + 1e-6) + 1e-6, f"case {it}, added charger: {other:.1f} s > {base:.1f} s"
            checked += 1
    assert checked >= 4 * N_METAMORPHIC


def _latlon_of(g, n):
    return float(g.node_lat[n]), float(g.node_lon[n])


def test_pareto_search_finds_every_non_dominated_simple_path(profiles):
    """Labels at each node = the non-dominated (time, energy, peak, low, drawdown) simple paths, by brute force."""
    rng = np.random.default_rng(11)
    for it in range(40):
        g, prof, *_ = _random_case(rng, profiles, it)
        if it % 2:  # every other case flat: the search's shortcut for maps where no edge recuperates
            g.node_elevation_m = np.zeros(g.num_nodes)
        model = ConsumptionModel(prof)
        src = np.asarray(g.edge_sources)
        edges = [
            (int(src[e]), int(g.edge_target[e]), float(g.edge_length_m[e]), float(g.edge_time_s[e]))
            for e in range(g.num_edges)
        ]
        ele = list(map(float, g.node_elevation_m))
        inst = Instance(g.num_nodes, edges, ele, {}, 0, 0)
        ek = [edge_kwh(prof, 20.0, ln, t, ele[v] - ele[u]) for u, v, ln, t in edges]
        assert min(ek) >= 0 or not it % 2
        full = prof.usable_capacity_kwh
        search = pareto_search(g, model, 0, max_peak_kwh=full, cache=False)
        for node in range(1, g.num_nodes):
            crit = []
            for path in simple_paths(inst, 0, node):
                pref = list(itertools.accumulate(ek[k] for k in path))
                low = min(0.0, *pref)
                draw = max(max(0.0, *(pref[i] - min(0.0, *pref[: i + 1]) for i in range(len(pref)))), 0.0)
                peak = max(0.0, *pref)
                if peak > full or draw > full:
                    continue
                crit.append((sum(edges[k][3] for k in path), pref[-1], peak, low, draw))

            def dominates(x, y):
                return (
                    x[0] <= y[0] + 1e-3
                    and x[1] <= y[1] + 1e-7
                    and x[2] <= y[2] + 1e-7
                    and x[3] >= y[3] - 1e-7
                    and (x[4] <= y[4] + 1e-7)
                )

            front = [c for c in crit if not any(dominates(o, c) and o != c for o in crit if not dominates(c, o))]
            got = [(h.time_s, h.energy_kwh, h.peak_kwh, -h.relief_kwh, h.drawdown_kwh) for h in search.hops_to(node)]
            # every brute-force front member is matched by a label that is at least as good
            for c in front:
                assert any(dominates(lab, c) for lab in got), f"case {it}, node {node}: {c} missing from {got}"
            # and every label is a real path not dominated by another
            for lab in got:
                assert any(abs(lab[0] - c[0]) < 1e-3 and abs(lab[1] - c[1]) < 1e-6 for c in crit)
            if crit:  # the first label is the fastest path
                assert got and got[0][0] == pytest.approx(min(c[0] for c in crit), abs=1e-3)
            else:  # every path needs more than a full battery
                assert not got


def test_reachable_range_keeps_the_most_energy_by_brute_force(profiles):
    """``max_energy_left`` = the best over all simple paths of the battery simulated edge by edge with clamping."""
    rng = np.random.default_rng(5)
    for it in range(60):
        g, prof, *_ = _random_case(rng, profiles, it)
        src = np.asarray(g.edge_sources)
        edges = [
            (int(src[e]), int(g.edge_target[e]), float(g.edge_length_m[e]), float(g.edge_time_s[e]))
            for e in range(g.num_edges)
        ]
        ele = list(map(float, g.node_elevation_m))
        inst = Instance(g.num_nodes, edges, ele, {}, 0, 0)
        ek = [edge_kwh(prof, 20.0, ln, t, ele[v] - ele[u]) for u, v, ln, t in edges]
        full = prof.usable_capacity_kwh
        start, floor = full * float(rng.uniform(0.05, 1.0)), full * float(rng.uniform(0, 0.1))
        left, _ = max_energy_left(
            np.asarray(g.indptr).tolist(),
            np.asarray(g.edge_target).tolist(),
            ek,
            np.asarray(g.edge_length_m, dtype=float).tolist(),
            0,
            start,
            floor,
            full,
        )
        for node in range(1, g.num_nodes):
            best = -math.inf
            for path in simple_paths(inst, 0, node):
                b = start
                for k in path:
                    b = min(full, b - ek[k])
                    if b < floor:
                        break
                else:
                    best = max(best, b)
            if math.isinf(best):
                assert node not in left
            else:
                assert left[node] == pytest.approx(best, abs=1e-6)


def test_reachable_range_fast_path_equals_the_general_search(profiles):
    """On flat maps the compiled minimum-energy Dijkstra gives what the label-correcting search gives."""
    from hmi.nav.ev.reachable import _reach_general, _reach_nonnegative

    rng = np.random.default_rng(9)
    for it in range(40):
        g, prof, *_ = _random_case(rng, profiles, it)
        del g.node_elevation_m  # flat: every edge costs energy
        model = ConsumptionModel(prof)
        ek = np.asarray(edge_energies(g, model))
        assert ek.min() >= 0
        cap = prof.usable_capacity_kwh
        b0, floors = cap * float(rng.uniform(0.05, 1)), (0.0, cap * float(rng.uniform(0, 0.1)))
        fast = _reach_nonnegative(g, model, ek, 0, b0, floors)
        for (nodes, left, length), f in zip(fast, floors, strict=True):
            ref_nodes, ref_left, ref_len = _reach_general(g, model, 0, b0, f, cap)
            order, ref_order = np.argsort(nodes), np.argsort(ref_nodes)
            assert nodes[order].tolist() == ref_nodes[ref_order].tolist()
            assert left[order] == pytest.approx(ref_left[ref_order], abs=1e-9)
            assert length[order] == pytest.approx(ref_len[ref_order], rel=1e-6)
        assert reachable_area(g, model, *_latlon_of(g, 0), 60.0, 5.0).nodes >= 1


# --- the two parallel roads: a 120 km/h trunk road and a 60 km/h country road (L16), ~76 km, no chargers ---


@pytest.fixture(scope="module")
def two_roads_map(tmp_path_factory):
    from pathlib import Path

    from hmi.nav.build import build_map

    out = tmp_path_factory.mktemp("two-roads") / "map"
    build_map(Path(__file__).parent / "osm" / "two_roads.osm", out, region="two-roads")
    return out


TWO_ROADS_FROM, TWO_ROADS_TO = (47.0, 8.99), (47.0, 10.01)


def test_two_roads_goes_over_the_country_road_when_the_trunk_road_cannot_make_it(two_roads_map, leaf):
    g = RoadGraph.load(two_roads_map)
    st = PlanSettings(reserve_pct=5, arrival_pct=5)
    pb = prepare(g, leaf, [], TWO_ROADS_FROM, TWO_ROADS_TO, 42.1, st, cache=False)
    # the fastest road alone (the old model) cannot make it …
    fastest, edges = fastest_path(g, pb.model, pb.origin_node, pb.destination_node)
    assert "A1" in {g.edge_street(e) for e in edges}
    with pytest.raises(NoFeasibleTrip):
        solve({(0, 1): fastest}, pb.n, pb.curves, leaf.usable_capacity_kwh, 42.1, st)
    # … the planner takes L16 and says why
    plan = solve_problem(pb)
    (leg,) = plan.legs
    assert not plan.stops and leg.why == "energy" and leg.via == "L16"
    assert {g.edge_street(e) for e in leg.edges} == {"Westgasse", "L16", "Ostgasse"}
    assert 12.0 < plan.arrival_soc < 16.0
    assert leg.drive_s - leg.fastest_drive_s == pytest.approx(76_326 / (60 / 3.6) - 75_834 / (120 / 3.6), rel=0.01)
    assert str(leg.why_text).startswith("via L16: ") and str(leg.why_text).endswith("slower, makes the trip possible")
    assert plan.to_dict()["legs"][0]["why"] == "energy"
    # with plenty of charge the trunk road is fastest again and nothing is explained
    fast = plan_trip(g, leaf, [], TWO_ROADS_FROM, TWO_ROADS_TO, 90.0, st)
    assert fast.legs[0].why is None and "A1" in {g.edge_street(e) for e in fast.legs[0].edges}
    assert "why" not in fast.to_dict()["legs"][0]


def test_two_roads_range_reaches_the_other_town_only_over_the_country_road(two_roads_map, leaf):
    g = RoadGraph.load(two_roads_map)
    model = ConsumptionModel(leaf)
    area = reachable_area(g, model, *TWO_ROADS_FROM, soc_pct=42.1, reserve_pct=5.0)
    assert area.nodes == g.num_nodes and area.nodes_reserve == g.num_nodes
    assert area.max_distance_m == pytest.approx(758 + 76_326 + 758, rel=0.01)  # the far town, over L16


def test_two_roads_cli_json_and_exit_codes(two_roads_map, capsys):
    from hmi.cli import main
    from hmi.nav.ev.cli import EXIT_INFEASIBLE, EXIT_OK

    base = ["plan", "--map", str(two_roads_map), "--vehicle", "nissan-leaf-40", "--reserve", "5", "--arrival", "5"]
    route = ["--from", "47.0,8.99", "--to", "47.0,10.01"]
    assert main([*base, "--soc", "42.1", *route, "--json"]) == EXIT_OK
    leg = json.loads(capsys.readouterr().out)["legs"][0]
    assert leg["why"] == "energy" and leg["why_text"].startswith("via L16: ")
    assert main([*base, "--soc", "42.1", *route]) == EXIT_OK
    assert "via L16: " in capsys.readouterr().out
    assert main([*base, "--soc", "20", *route]) == EXIT_INFEASIBLE == 2
    err = capsys.readouterr().err
    assert err.startswith("hmi: no feasible trip: ") and err.count("\n") == 1


# --- caches ---


def test_lru_cache_is_bounded_and_thread_safe():
    cache: LRUCache[int, int] = LRUCache(50)
    errors: list[BaseException] = []

    def worker(seed: int) -> None:
        try:
            r = np.random.default_rng(seed)
            for _ in range(3000):
                k = int(r.integers(200))
                v = cache.get(k)
                assert v is None or v == k * 2
                cache.put(k, k * 2)
                assert len(cache) <= 50
        except BaseException as exc:  # re-raised in the main thread
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(s,)) for s in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors and len(cache) == 50
    cache.put(-1, -2)
    assert -1 in cache and cache.get(-1) == -2
    cache.resize(3)
    assert len(cache) == 3 and -1 in cache
    with pytest.raises(ValueError):
        LRUCache(0)


def test_graph_caches_stay_within_their_size(leaf):
    from hmi.nav.ev.synthetic import grid_graph

    g = grid_graph(6, 6, 3000.0, 70.0)
    configure(g, search_entries=5, model_entries=4)
    for temp in (-10.0, 0.0, 10.0, 20.0, 30.0):
        model = ConsumptionModel(leaf, temp)
        for src in range(12):
            pareto_search(g, model, src)
    c = caches_of(g)
    assert c is not None and len(c.searches) == 5 and len(c.edge_kwh) <= 4


def test_replans_from_a_moving_car_keep_the_chargers_searches_and_few_origins(leaf):
    """Each replan starts where the car is now, with the charge it has now: its origin's search is new every
    time. Those go to a small cache of their own, so they neither push out the chargers' searches (which a replan
    reuses) nor grow with the number of replans."""
    from hmi.nav.ev.cache import DEFAULT_ORIGIN_ENTRIES
    from hmi.nav.ev.synthetic import grid_graph

    g = grid_graph(6, 6, 8000.0, 80.0)
    lat, lon = g.node_lat, g.node_lon
    chargers = [
        Charger(id=str(k), name=f"C{k}", lat=float(lat[n]), lon=float(lon[n]), power_kw=50.0, plugs=("chademo",))
        for k, n in enumerate((8, 15, 22, 27))
    ]
    dest = (float(lat[35]), float(lon[35]))
    st = PlanSettings(reserve_pct=5.0, arrival_pct=5.0)
    plans = [
        plan_trip(g, leaf, chargers, (float(lat[n]), float(lon[n])), dest, soc, st)
        for n, soc in [(0, 60.0), (1, 59.0), (2, 58.5), (6, 57.0), (7, 56.2), (12, 55.0), (13, 54.1)]
    ]
    c = caches_of(g)
    assert c is not None
    chargers_cached = len(c.searches)
    assert 1 <= len(c.origins) <= DEFAULT_ORIGIN_ENTRIES
    assert chargers_cached <= len(chargers)  # one search per charger, whatever the number of replans
    # the same plan again (other destination shown, same place and charge) finds its origin cached
    before = len(c.origins)
    again = plan_trip(g, leaf, chargers, (float(lat[13]), float(lon[13])), dest, 54.1, st)
    assert len(c.origins) == before and len(c.searches) == chargers_cached
    assert again.total_s == plans[-1].total_s
