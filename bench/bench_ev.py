"""EV-routing benchmark: charging-stop planner and reachable range on the Liechtenstein and Andorra maps.

For random trips *that need a charging stop* (start SoC set below what the direct drive needs), times the planner
end to end (snapping, charger graph, search, plan building):

* cold — the per-graph shortest-path tree cache cleared before every trip (worst case, first plan of a vehicle);
* warm — chargers' trees cached as in the running app (a replan or a second destination).

Baseline in the same run: the exhaustive reference solver (:mod:`hmi.nav.ev.reference`: every charger sequence
up to ``MAX_BASELINE_STOPS`` stops × optimal charge amounts) on the same prepared problems, plus the time to
prepare them. Also reports how close the planner's trip time is to the baseline's optimum, and the reachable-range
computation time (outline to 0 % and to the reserve).

Run: ``.venv/bin/python bench/bench_ev.py [--quick]``; ``run(quick) -> dict`` for ``hmi bench``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

MAX_BASELINE_STOPS = 3
REGIONS = ("liechtenstein", "andorra")


def _map_dir(region: str) -> Path:
    from hmi.nav.paths import charger_files, extract_path, is_built

    base = Path(os.environ.get("HMI_TEST_MAPS", REPO / "build" / "test-maps"))
    target = base / region
    if not is_built(target):
        from hmi.nav.build import build_map

        build_map(extract_path(region), target, chargers=charger_files(region), region=region)
    return target


def _pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q)) if values else math.nan


def _trips(graph, profile, chargers, n: int, rng: np.random.Generator):
    """Random (start, destination, start SoC) whose direct drive is infeasible but a plan with a stop exists."""
    from hmi.nav.ev.consumption import ConsumptionModel
    from hmi.nav.ev.planner import NoFeasibleTrip, PlanSettings, plan_trip
    from hmi.nav.ev.stations import fastest_tree

    model = ConsumptionModel(profile)
    st = PlanSettings()
    main = np.flatnonzero(np.asarray(graph.node_component) == 0)
    out = []
    tries = 0
    while len(out) < n and tries < 60 * n:
        tries += 1
        a, b = (int(x) for x in rng.choice(main, 2, replace=False))
        tree = fastest_tree(graph, model, a, cache=False)
        if not tree.reaches(b) or tree.length[b] < 3000:
            continue
        need = st.arrival_pct + tree.energy[b] / profile.usable_capacity_kwh * 100
        s0 = float(rng.uniform(max(st.reserve_pct + 0.5, need - 12), need - 0.5))
        if s0 <= st.reserve_pct:
            continue
        start = (float(graph.node_lat[a]), float(graph.node_lon[a]))
        dest = (float(graph.node_lat[b]), float(graph.node_lon[b]))
        try:
            plan = plan_trip(graph, profile, chargers, start, dest, s0, st)
        except NoFeasibleTrip:
            continue
        if plan.stops:
            out.append((start, dest, s0))
    return out


def bench_region(region: str, quick: bool, seed: int = 1) -> dict:
    """Planner (cold/warm) vs exhaustive baseline, and reachable range, on one region's map."""
    from hmi.nav.ev.chargers import load_chargers
    from hmi.nav.ev.consumption import ConsumptionModel
    from hmi.nav.ev.planner import PlanSettings, plan_trip, prepare, solve_problem
    from hmi.nav.ev.profiles import get_profile
    from hmi.nav.ev.reachable import reachable_area
    from hmi.nav.ev.reference import exhaustive_best
    from hmi.nav.graph import RoadGraph

    rng = np.random.default_rng(seed)
    d = _map_dir(region)
    graph = RoadGraph.load(d)
    chargers = load_chargers(d)
    profile = get_profile("nissan-leaf-40")
    st = PlanSettings()
    trips = _trips(graph, profile, chargers, 15 if quick else 60, rng)
    cold, warm, base, ratio, stops, search, base_search = [], [], [], [], [], [], []
    for start, dest, s0 in trips:
        graph._aux.pop("ev_trees", None)
        t0 = time.perf_counter()
        plan = plan_trip(graph, profile, chargers, start, dest, s0, st)
        cold.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        plan_trip(graph, profile, chargers, start, dest, s0, st)
        warm.append(time.perf_counter() - t0)
        stops.append(len(plan.stops))
        graph._aux.pop("ev_trees", None)
        t0 = time.perf_counter()
        pb = prepare(graph, profile, chargers, start, dest, s0, st, cache=False)
        t1 = time.perf_counter()
        best, _ = exhaustive_best(
            pb.hops, pb.n, pb.curves, profile.usable_capacity_kwh, s0, st, max_stops=MAX_BASELINE_STOPS
        )
        t2 = time.perf_counter()
        solve_problem(pb)
        t3 = time.perf_counter()
        base.append(t2 - t0)
        base_search.append(t2 - t1)
        search.append(t3 - t2)
        if math.isfinite(best):
            ratio.append(plan.total_s / best)
    model = ConsumptionModel(profile)
    main = np.flatnonzero(np.asarray(graph.node_component) == 0)
    reach = []
    for _ in range(10 if quick else 40):
        n = int(rng.choice(main))
        t0 = time.perf_counter()
        reachable_area(graph, model, float(graph.node_lat[n]), float(graph.node_lon[n]), float(rng.uniform(3, 60)), 5.0)
        reach.append(time.perf_counter() - t0)
    ms = 1000.0
    usable = sum(1 for c in chargers if set(c.plugs) & set(profile.plugs) and c.access != "private")
    res = {
        "region": region,
        "nodes": graph.num_nodes,
        "chargers_usable": usable,
        "trips": len(trips),
        "mean_stops": float(np.mean(stops)) if stops else math.nan,
        "plan_cold_p50_ms": _pct(cold, 50) * ms,
        "plan_cold_p95_ms": _pct(cold, 95) * ms,
        "plan_warm_p50_ms": _pct(warm, 50) * ms,
        "plan_warm_p95_ms": _pct(warm, 95) * ms,
        "baseline_p50_ms": _pct(base, 50) * ms,
        "baseline_p95_ms": _pct(base, 95) * ms,
        "speedup_p50_cold": _pct(base, 50) / _pct(cold, 50) if cold else math.nan,
        "search_p50_ms": _pct(search, 50) * ms,
        "baseline_search_p50_ms": _pct(base_search, 50) * ms,
        "search_speedup_p50": _pct(base_search, 50) / _pct(search, 50) if search else math.nan,
        "trip_time_vs_baseline_max": max(ratio) if ratio else math.nan,
        "trip_time_vs_baseline_min": min(ratio) if ratio else math.nan,
        "reachable_p50_ms": _pct(reach, 50) * ms,
        "reachable_p95_ms": _pct(reach, 95) * ms,
    }
    return res


def run(quick: bool = False) -> dict:
    """All regions; keys ``<region>.<figure>`` plus ``ok`` (p95 cold ≤ 300 ms, reachable p95 ≤ 200 ms)."""
    out: dict = {}
    ok = True
    for region in REGIONS:
        r = bench_region(region, quick)
        for k, v in r.items():
            out[f"{region}.{k}"] = v
        ok = ok and r["trips"] > 0 and r["plan_cold_p95_ms"] <= 300 and r["reachable_p95_ms"] <= 200
    out["ok"] = ok
    return out


def main() -> int:
    """Print the figures as a table (and JSON with --json)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    res = run(args.quick)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    for region in REGIONS:
        g = {k.split(".", 1)[1]: v for k, v in res.items() if k.startswith(region + ".")}
        print(
            f"{region}: {g['nodes']} nodes, {g['chargers_usable']} chargers usable by a LEAF, {g['trips']} trips "
            f"needing a stop (mean {g['mean_stops']:.2f} stops)"
        )
        print(f"  planner cold  p50 {g['plan_cold_p50_ms']:7.1f} ms   p95 {g['plan_cold_p95_ms']:7.1f} ms")
        print(f"  planner warm  p50 {g['plan_warm_p50_ms']:7.1f} ms   p95 {g['plan_warm_p95_ms']:7.1f} ms")
        print(
            f"  baseline (exhaustive ≤ {MAX_BASELINE_STOPS} stops) p50 {g['baseline_p50_ms']:7.1f} ms   "
            f"p95 {g['baseline_p95_ms']:7.1f} ms   → planner {g['speedup_p50_cold']:.1f}× faster (p50, cold)"
        )
        print(
            f"  search only (charger graph given): planner p50 {g['search_p50_ms']:6.1f} ms, exhaustive "
            f"{g['baseline_search_p50_ms']:7.1f} ms → {g['search_speedup_p50']:.1f}×"
        )
        print(
            f"  trip time planner / baseline optimum: {g['trip_time_vs_baseline_min']:.4f} … "
            f"{g['trip_time_vs_baseline_max']:.4f}"
        )
        print(f"  reachable range p50 {g['reachable_p50_ms']:6.1f} ms   p95 {g['reachable_p95_ms']:6.1f} ms")
    print("targets (plan p95 ≤ 300 ms cold, range p95 ≤ 200 ms):", "met" if res["ok"] else "NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
