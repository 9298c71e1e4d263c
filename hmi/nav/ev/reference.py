"""Exhaustive reference solver for the charging-stop problem (slow; tests and the benchmark baseline).

Enumerates every sequence of distinct chargers (up to ``max_stops``) between origin and destination and, for
each, the best charge amounts: the state after each station is a Pareto set of (SoC, time) pairs with the
*exact* arrival SoC, and at a station the options are "don't charge" or "charge to any grid value up to the
limit" (grid ``step_pct``). It shares only the hop data and the charging curves with the planner, not the search.
"""

from __future__ import annotations

import itertools
import math

import numpy as np

from hmi.nav.ev.charging import ChargingCurve
from hmi.nav.ev.planner import PlanSettings, first_leg_floor
from hmi.nav.ev.stations import Hop


def _pareto(soc: np.ndarray, time: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Keep (soc, time) pairs not dominated by one with ≥ soc and ≤ time."""
    order = np.lexsort((time, -soc))
    soc, time = soc[order], time[order]
    keep = time < np.concatenate(([np.inf], np.minimum.accumulate(time)[:-1])) - 1e-9
    return soc[keep], time[keep]


def exhaustive_best(
    hops: dict[tuple[int, int], Hop],
    n_stations: int,
    curves: list[ChargingCurve | None],
    capacity_kwh: float,
    start_soc: float,
    settings: PlanSettings,
    max_stops: int | None = None,
    step_pct: float = 0.25,
) -> tuple[float, tuple[int, ...] | None]:
    """(least total time s, charger sequence) over all sequences; (inf, None) when nothing is feasible."""
    pct = 100.0 / capacity_kwh
    dest = n_stations - 1
    chargers = list(range(1, dest))
    target = max(settings.arrival_pct, settings.reserve_pct)
    floor0 = first_leg_floor(start_soc, settings.reserve_pct)
    grid = np.arange(0.0, settings.charge_limit_pct + 1e-9, step_pct)
    t_grid = [np.zeros(0) if c is None else c.cumulative_array(grid) for c in curves]
    best, best_seq = math.inf, None
    k_max = len(chargers) if max_stops is None else min(max_stops, len(chargers))
    for k in range(k_max + 1):
        for seq in itertools.permutations(chargers, k):
            path = (0, *seq, dest)
            soc, time = np.array([float(start_soc)]), np.array([0.0])
            ok = True
            for a, b in itertools.pairwise(path):
                hop = hops.get((a, b))
                if hop is None:
                    ok = False
                    break
                floor = floor0 if a == 0 else settings.reserve_pct
                feas = (soc - hop.peak_kwh * pct >= floor - 1e-9) & (100 - hop.drawdown_kwh * pct >= floor - 1e-9)
                soc, time = soc[feas], time[feas]
                if len(soc) == 0:
                    ok = False
                    break
                arrive = np.minimum(soc - hop.energy_kwh * pct, 100.0 - (hop.energy_kwh + hop.relief_kwh) * pct)
                time = time + hop.time_s
                if b == dest:
                    good = arrive >= target - 1e-9
                    if good.any():
                        t = float(time[good].min())
                        if t < best:
                            best, best_seq = t, tuple(seq)
                    ok = False
                    break
                curve = curves[b]
                assert curve is not None
                # charge targets: the grid plus "just enough" for every next hop (reserve at a charger,
                # the arrival setting at the destination)
                exact = []
                for c2 in range(1, n_stations):
                    h2 = hops.get((b, c2))
                    if h2 is not None and c2 != b:
                        want = target if c2 == dest else settings.reserve_pct
                        exact.append(max(want + h2.energy_kwh * pct, settings.reserve_pct + h2.peak_kwh * pct))
                extra = np.array([x for x in exact if x <= settings.charge_limit_pct + 1e-9])
                targets = np.concatenate((grid, extra))
                tg = np.concatenate((t_grid[b], curve.cumulative_array(extra)))
                t_arr = curve.cumulative_array(arrive)
                # charge from each state to each target above its arrival SoC
                cost = time[:, None] + settings.stop_overhead_s + tg[None, :] - t_arr[:, None]
                cost[targets[None, :] <= arrive[:, None]] = np.inf
                charged = cost.min(axis=0)
                fin = np.isfinite(charged)
                soc, time = _pareto(np.concatenate((arrive, targets[fin])), np.concatenate((time, charged[fin])))
            if not ok:
                continue
    return best, best_seq
