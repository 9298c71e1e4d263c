"""An exhaustive oracle for the charging-stop planner, written without any of the planner's code.

It answers the same question as :func:`hmi.nav.ev.planner.plan_trip` on small road graphs by brute force:

* **every walk**: a trip is a sequence of simple road paths origin → charger → … → destination, each charger
  used at most once (a walk may pass through a charger's node without charging; between two charges it never
  repeats a node, since a loop only costs time and energy);
* **every charging decision**: at each charger the car leaves with any SoC on a 0.1 % grid up to the charge
  limit, the limit itself, or exactly what one of the next simple paths needs (reserve at a charger, the arrival
  setting at the destination). Between stops the best split is one of these or where both chargers charge
  equally fast, which the grid brackets to a second-order error;
* the battery is simulated edge by edge: SoC ``s → min(100, s − e)``, never below the floor at any node (the
  reserve; on the way out of the start, the reserve or half the start charge, whichever is lower),
  arrival ≥ max(arrival, reserve).

Nothing is shared with the planner: edge energies are computed here from the profile's physical parameters with
the formula of the consumption model's documentation (scalar Python, not :mod:`hmi.nav.ev.consumption`),
charging times integrate the profile's curve here (log formula per linear piece, with the charger's and the
onboard charger's caps), and the plug of a charger is chosen here (fastest 10 → 80 %). The planner's Pareto
search, station graph, grid solver and curve class are not used. Only the vehicle profile (data) and the set of
DC plug names are read from the package.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

import numpy as np

from hmi.nav.ev.profiles import DC_PLUGS, VehicleProfile

G = 9.81
# (km/h, positive kinetic energy per metre m/s²): the drive-cycle table of the model's documentation
PKE = ((10.0, 0.50), (20.0, 0.46), (40.0, 0.38), (57.0, 0.30), (92.0, 0.20), (130.0, 0.10))
BRAKE_SHARE = 0.6
AC_SITE_CAP_KW = 22.0
GRID_STEP = 0.1
EPS = 1e-9


def _pke(v_mps: float) -> float:
    kmh = v_mps * 3.6
    if kmh <= PKE[0][0]:
        return PKE[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(PKE):
        if kmh <= x1:
            return y0 + (y1 - y0) * (kmh - x0) / (x1 - x0)
    return PKE[-1][1]


def edge_kwh(p: VehicleProfile, temp_c: float, length_m: float, time_s: float, rise_m: float) -> float:
    """Battery energy of driving ``length_m`` in ``time_s`` climbing ``rise_m`` (kWh, negative = recovered)."""
    v = min(max(length_m / time_s if time_s > 0 else 0.0, 0.0), 70.0)
    grade = rise_m / length_m if length_m > 1.0 else 0.0
    theta = math.atan(min(max(grade, -0.35), 0.35))
    rho = 101_325.0 / (287.05 * (temp_c + 273.15))
    force = p.mass_kg * G * (p.rolling_resistance * math.cos(theta) + math.sin(theta))
    force += 0.5 * rho * p.drag_area_m2 * v * v
    work = force * length_m
    kinetic = 0.5 * p.mass_kg * _pke(v) * length_m
    traction = (max(work, 0.0) + kinetic) / p.drivetrain_efficiency
    regen = min((max(-work, 0.0) + BRAKE_SHARE * kinetic) * p.regen_efficiency, p.max_regen_kw * 1000.0 * time_s)
    aux = p.aux_kw(temp_c) * 1000.0 * time_s
    return (traction - regen + aux) / 3.6e6


class Curve:
    """Time to charge between two SoCs on a capped piecewise-linear power curve (own integration)."""

    def __init__(self, points: tuple[tuple[float, float], ...], capacity_kwh: float, cap_kw: float) -> None:
        socs: list[float] = []
        pows: list[float] = []
        for (s0, p0), (s1, p1) in itertools.pairwise(points):
            socs.append(s0)
            pows.append(min(p0, cap_kw))
            if (p0 - cap_kw) * (p1 - cap_kw) < 0:  # the cap cuts this piece: add the crossing
                sx = s0 + (cap_kw - p0) * (s1 - s0) / (p1 - p0)
                socs.append(sx)
                pows.append(cap_kw)
        socs.append(points[-1][0])
        pows.append(min(points[-1][1], cap_kw))
        self.s = np.array(socs)
        self.p = np.array(pows)
        self.kwh_per_pct = capacity_kwh / 100.0
        # cumulative hours·kW … seconds from 0 % to each breakpoint
        cum = [0.0]
        for i in range(len(socs) - 1):
            cum.append(cum[-1] + self._piece(i, socs[i + 1]))
        self.cum = np.array(cum)

    def _piece(self, i: int, x: float) -> float:
        s0, s1, p0, p1 = self.s[i], self.s[i + 1], self.p[i], self.p[i + 1]
        if s1 == s0:
            return 0.0
        k = (p1 - p0) / (s1 - s0)
        # dt = kwh_per_pct · 3600 / P(s) ds
        if abs(k) < 1e-12:
            return self.kwh_per_pct * 3600.0 * (x - s0) / p0
        return self.kwh_per_pct * 3600.0 * math.log((p0 + k * (x - s0)) / p0) / k

    def at(self, soc: np.ndarray) -> np.ndarray:
        """Seconds from 0 % to each SoC of ``soc`` (vectorised form of ``_piece``)."""
        x = np.clip(np.asarray(soc, dtype=np.float64), 0.0, 100.0)
        i = np.clip(np.searchsorted(self.s, x, side="right") - 1, 0, len(self.s) - 2)
        s0, s1, p0, p1 = self.s[i], self.s[i + 1], self.p[i], self.p[i + 1]
        width = np.where(s1 > s0, s1 - s0, 1.0)
        k = (p1 - p0) / width
        flat = np.abs(k) < 1e-12
        with np.errstate(divide="ignore", invalid="ignore"):
            sloped = np.log((p0 + k * (x - s0)) / p0) / np.where(flat, 1.0, k)
        part = np.where(flat, (x - s0) / p0, sloped) * self.kwh_per_pct * 3600.0
        return self.cum[i] + part


def charger_curve(p: VehicleProfile, plugs: tuple[str, ...], power_kw: float) -> Curve | None:
    """The fastest (10 → 80 %) plug the car and the charger share, capped, or None."""
    best: tuple[float, Curve] | None = None
    for plug in plugs:
        if plug not in p.charging_curves or plug not in p.plugs:
            continue
        cap = power_kw if plug in DC_PLUGS else min(power_kw, p.onboard_charger_kw, AC_SITE_CAP_KW)
        c = Curve(p.charging_curves[plug], p.usable_capacity_kwh, cap)
        t = float(np.diff(c.at(np.array([10.0, 80.0])))[0])
        if best is None or t < best[0]:
            best = (t, c)
    return None if best is None else best[1]


@dataclass
class Instance:
    """A small road graph: edges (u, v, length m, time s), node elevations, chargers at nodes."""

    n: int
    edges: list[tuple[int, int, float, float]]
    elevation: list[float]
    chargers: dict[int, Curve]
    origin: int
    destination: int


def simple_paths(inst: Instance, a: int, b: int) -> list[list[int]]:
    """Every simple path from node ``a`` to node ``b`` as a list of edge indices."""
    out_edges: dict[int, list[int]] = {}
    for k, (u, _v, _l, _t) in enumerate(inst.edges):
        out_edges.setdefault(u, []).append(k)
    paths: list[list[int]] = []
    stack: list[tuple[int, list[int], frozenset[int]]] = [(a, [], frozenset([a]))]
    while stack:
        node, path, seen = stack.pop()
        if node == b and path:
            paths.append(path)
            continue
        for k in out_edges.get(node, ()):
            v = inst.edges[k][1]
            if v not in seen:
                stack.append((v, [*path, k], seen | {v}))
    return paths


def _pareto(soc: np.ndarray, time: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.lexsort((time, -soc))
    soc, time = soc[order], time[order]
    keep = time < np.concatenate(([np.inf], np.minimum.accumulate(time)[:-1])) - 1e-9
    return soc[keep], time[keep]


def best_trip(
    inst: Instance,
    p: VehicleProfile,
    start_soc: float,
    reserve: float,
    arrival: float,
    limit: float,
    overhead_s: float,
    temp_c: float = 20.0,
) -> float:
    """Least total time (driving + charging + overhead per stop), inf when no trip exists."""
    pct = 100.0 / p.usable_capacity_kwh
    e_pct = [edge_kwh(p, temp_c, ln, t, inst.elevation[v] - inst.elevation[u]) * pct for (u, v, ln, t) in inst.edges]
    target = max(arrival, reserve)
    # the first leg may use the reserve down to half the start charge (stated here on its own, not imported)
    floor0 = min(reserve, 0.5 * start_soc)
    stations = [inst.origin, *sorted(inst.chargers), inst.destination]
    paths = {
        (a, b): [(sum(inst.edges[k][3] for k in path), [e_pct[k] for k in path]) for path in simple_paths(inst, a, b)]
        for a in stations
        for b in stations
        if a != b and a != inst.destination and b != inst.origin
    }

    def drive(soc: np.ndarray, energies: list[float], floor: float) -> tuple[np.ndarray, np.ndarray]:
        """SoC after the path for each departure SoC, and which departures stay ≥ floor at every node."""
        ok = np.ones(len(soc), dtype=bool)
        s = soc.copy()
        for e in energies:
            s = np.minimum(100.0, s - e)
            ok &= s >= floor - EPS
        return s, ok

    def need(energies: list[float], floor: float, arrive: float) -> float:
        """Least departure SoC that keeps every node ≥ floor and arrives ≥ arrive (clamping aside)."""
        prefix, worst = 0.0, 0.0
        for e in energies:
            prefix += e
            worst = max(worst, prefix)
        return max(floor + worst, arrive + prefix)

    best = math.inf
    grid = np.arange(0.0, limit + EPS, GRID_STEP)
    grid_times: dict[int, np.ndarray] = {}  # charging time from 0 % to each grid SoC, per charger node
    # depth-first over (station, chargers used, Pareto set of (SoC, time) after charging there)
    stack: list[tuple[int, frozenset[int], np.ndarray, np.ndarray, float]] = [
        (inst.origin, frozenset(), np.array([float(start_soc)]), np.array([0.0]), floor0)
    ]
    while stack:
        a, used, soc, time, floor = stack.pop()
        for b in stations:
            if b == a or b == inst.origin or b in used:
                continue
            for drive_s, energies in paths.get((a, b), ()):
                arr, ok = drive(soc, energies, floor)
                if not ok.any():
                    continue
                arr, t = arr[ok], time[ok] + drive_s
                if b == inst.destination:
                    good = arr >= target - EPS
                    if good.any():
                        best = min(best, float(t[good].min()))
                    continue
                # charge at b: to the grid, the limit, or exactly what a next path needs
                curve = inst.chargers[b]
                exact = [limit]
                for c in stations:
                    if c == b or c == inst.origin or c in used:
                        continue
                    want = target if c == inst.destination else reserve
                    exact += [need(en, reserve, want) for _, en in paths.get((b, c), ())]
                extra = np.array([x for x in exact if x <= limit + EPS])
                targets = np.concatenate((grid, extra))
                if b not in grid_times:
                    grid_times[b] = curve.at(grid)
                t_targets = np.concatenate((grid_times[b], curve.at(extra)))
                # best over arrivals strictly below each target: min(t − T(arr)), by a running minimum
                order = np.argsort(arr)
                arr_sorted = arr[order]
                base = np.minimum.accumulate(t[order] - curve.at(arr_sorted))
                below = np.searchsorted(arr_sorted, targets - EPS, side="left")  # arrivals < target − EPS
                col = np.full(len(targets), np.inf)
                has = below > 0
                col[has] = overhead_s + t_targets[has] + base[below[has] - 1]
                fin = np.isfinite(col)
                if fin.any():
                    s2, t2 = _pareto(targets[fin], col[fin])
                    stack.append((b, used | {b}, s2, t2, reserve))
    return best
