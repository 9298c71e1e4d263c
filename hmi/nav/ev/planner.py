"""Charging-stop planner: the fastest trip including the charging stops it needs.

Minimises total time = driving + charging + a fixed overhead per stop, subject to

* the SoC never below the reserve on any hop (a start with less than twice the reserve may use it on the first hop,
  down to half its start charge: :func:`first_leg_floor`),
* arrival SoC at the destination ≥ the driver's setting (and ≥ the reserve),
* a charge target ≤ the charge limit at every stop,
* charging following the plug's piecewise-linear curve (:mod:`hmi.nav.ev.charging`), exactly integrated.

Every road path counts, not only the fastest: between two stations the charger graph
(:mod:`hmi.nav.ev.stations`) keeps every non-dominated path in (time, energy, peak, relief, drawdown) — a slower
road that needs less energy can save a stop or make the trip possible — and a relaxation takes the best of them
per SoC. See ``docs/ev-planning.md`` for the model and what the tests prove.

Method (after CHArge, Baum et al.): the small charger graph is searched with one
function per station instead of scalar labels. ``A_u[s]`` is the least time to stand at station ``u`` with SoC
≥ ``s`` on a fine SoC grid (default 0.1 %); charging turns it into ``D_u[s] = min(A_u[s], overhead + T_u(s) +
min_{s' ≤ s}(A_u[s'] − T_u(s')))`` (one cumulative minimum, ``T_u`` the exact cumulative charging time), and a
hop ``u → v`` gives ``A_v[s] = D_u[max(s + c, floor + peak)] + t``. Functions are relaxed label-correcting until
nothing improves (a handful of passes). Departure SoCs are rounded up to the grid, so the SoC constraints always
hold; the last stop then charges exactly what is needed and :func:`_refine` moves charge between consecutive
stops to the exact best split. Cost is O(stations² × road options × grid) numpy work.
"""

from __future__ import annotations

import heapq
import itertools
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from hmi.i18n import QT_TRANSLATE_NOOP, Quantity, Text
from hmi.lazy import np
from hmi.nav.ev.charger_nodes import charger_node
from hmi.nav.ev.chargers import Charger, for_vehicle
from hmi.nav.ev.charging import ChargingCurve, best_curve
from hmi.nav.ev.consumption import ConsumptionModel
from hmi.nav.ev.profiles import VehicleProfile, plug_list
from hmi.nav.ev.stations import (
    Hop,
    StationGraph,
    build_station_graph,
    fastest_path,
    fastest_tree,
    pareto_search,
)
from hmi.nav.graph import haversine_m

if TYPE_CHECKING:
    from hmi.nav.ev.index_hops import IndexStationGraph

_EPS = 1e-6

# Driver-visible texts of the planner (context "trip"). Reasons start lower-case: the UI puts them after
# "Cannot reach …:" or capitalises them. SoC, distance and power are Quantities (the driver's units).
# (Plain "#" comments here: lupdate reads "#:" comments as notes for the translators.)
TEXTS = {
    #: the trip's starting point (a place name)
    "start": QT_TRANSLATE_NOOP("trip", "Start"),
    "destination": QT_TRANSLATE_NOOP("trip", "Destination"),
    #: stands for a charging station's name in a sentence when it has none
    "charger": QT_TRANSLATE_NOOP("trip", "charger"),
    "below_reserve": QT_TRANSLATE_NOOP("trip", "Starting below the {reserve} reserve"),
    #: a low start: the way to the first charger dips into the driver's reserve
    "first_leg_reserve": QT_TRANSLATE_NOOP("trip", "The way to the first charger uses part of the {reserve} reserve"),
    "not_connected": QT_TRANSLATE_NOOP(
        "trip", "the destination cannot be reached by road from the start (not connected)"
    ),
    "no_sequence": QT_TRANSLATE_NOOP("trip", "no feasible sequence of charging stops"),
    #: charger filter: {plugs} plug names ("CHAdeMO/Type 2"), {power} the driver's minimum charger power
    "filter_power": QT_TRANSLATE_NOOP("trip", "{plugs}, ≥ {power}"),
    "out_of_range_no_charger": QT_TRANSLATE_NOOP(
        "trip", "destination out of range and no compatible charger ({filter}) on the map"
    ),
    "needs_no_charger": QT_TRANSLATE_NOOP(
        "trip", "the trip needs {need} and the battery has {soc}; no compatible charger ({filter}) on the map"
    ),
    "one_charge_no_charger": QT_TRANSLATE_NOOP(
        "trip",
        "the trip cannot be driven on one charge and the battery has {soc}; no compatible charger ({filter}) "
        "on the map",
    ),
    "no_charger_in_range": QT_TRANSLATE_NOOP(
        "trip", "no compatible charger ({filter}) within a full battery's range of the start"
    ),
    "nearest_charger": QT_TRANSLATE_NOOP("trip", "nearest compatible charger {distance} away, reachable {reachable}"),
    "not_from_any_charger": QT_TRANSLATE_NOOP(
        "trip", "destination cannot be reached from any reachable compatible charger"
    ),
    "above_limit": QT_TRANSLATE_NOOP(
        "trip", "from {charger} the destination needs {need}, above the {limit} charge limit"
    ),
    "no_sequence_arrival": QT_TRANSLATE_NOOP(
        "trip", "no sequence of compatible chargers reaches the destination with ≥ {arrival} (reserve {reserve})"
    ),
    #: {count} chargers were searched, {left_out} more on the map were not
    "corridor": QT_TRANSLATE_NOOP(
        "trip", "searched the {count} chargers nearest the route ({left_out} others not): a faster trip may exist"
    ),
    #: stands for a road's name when the slower road the plan takes has none
    "slower_road": QT_TRANSLATE_NOOP("trip", "a slower road"),
    #: why a leg is not on the fastest road: {road} its name, {slower} the extra driving time
    "why_stop": QT_TRANSLATE_NOOP("trip", "via {road}: {slower} slower, saves a charging stop"),
    #: why a leg is not on the fastest road; {count} ≥ 2 charging stops saved
    "why_stops": QT_TRANSLATE_NOOP("trip", "via {road}: {slower} slower, saves {count} charging stops"),
    "why_possible": QT_TRANSLATE_NOOP("trip", "via {road}: {slower} slower, makes the trip possible"),
    #: {saved} is the time the whole trip saves (less charging) despite the slower road
    "why_faster": QT_TRANSLATE_NOOP("trip", "via {road}: {slower} slower to drive, {saved} faster in all"),
}

#: Values of :attr:`PlanSettings.hop_search`.
HOP_SEARCHES = ("auto", "pareto", "index")

#: A leg counts as "not the fastest road" when it is at least this much slower to drive (s).
SLOWER_ROAD_MIN_S = 1.0


#: Starting with less than twice the reserve, the first leg may use the reserve down to this share of the start
#: charge (never to 0 %): a car at 3 % or 8 % can still get to a charger, and more start charge never reaches less.
FIRST_LEG_FLOOR_SHARE = 0.5


def first_leg_floor(start_soc: float, reserve_pct: float) -> float:
    """Lowest SoC (%) allowed on the way out of the start: the reserve, or half the start charge when that is lower.

    One rule for every start: ``min(reserve, share × start)`` grows with the start charge and with the reserve, so
    more charge or a lower reserve never makes a trip infeasible (a rule "the reserve, or 0 % below it" would let
    a car at 3 % drive further than one at 6 %, and plan an arrival at 0 %).
    """
    return min(reserve_pct, FIRST_LEG_FLOOR_SHARE * max(0.0, start_soc))


def _pct(value: float) -> Quantity:
    return Quantity("percent", value)


class NoFeasibleTrip(Exception):
    """No trip satisfies the constraints; ``reason`` is one line for the driver, ``code`` is machine-readable.

    ``reason`` is a :class:`~hmi.i18n.Text` (context "trip") when the planner made it, so the UI can render it in
    the driver's language and units; ``str(exc)`` is the English line.
    """

    def __init__(self, reason: str, code: str = "infeasible") -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code


@dataclass(frozen=True)
class PlanSettings:
    """Driver settings for a plan (SoC values in %)."""

    reserve_pct: float = 5.0
    arrival_pct: float = 10.0
    charge_limit_pct: float = 80.0
    stop_overhead_s: float = 300.0
    min_power_kw: float = 0.0
    allowed_plugs: tuple[str, ...] | None = None
    outside_temp_c: float = 20.0
    include_private: bool = False
    soc_step_pct: float = 0.1
    #: On big maps only this many chargers, those with the least detour off the start–destination line, are
    #: searched (each costs one Pareto search); small maps never reach it. A plan that left chargers out says so
    #: (``Plan.proven_optimal`` False).
    max_stations: int = 60
    #: How hops between stations are found: "pareto" (every non-dominated road path; exact), "index" (the
    #: routing index's quickest and most frugal paths, :mod:`hmi.nav.ev.index_hops`) or "auto" (the index on
    #: maps of at least ``index_hops.MIN_EDGES`` road edges that never recuperate energy, else the Pareto search).
    hop_search: str = "auto"

    def __post_init__(self) -> None:
        for name, lo, hi in (
            ("reserve_pct", 0, 50),
            ("arrival_pct", 0, 100),
            ("charge_limit_pct", 20, 100),
            ("stop_overhead_s", 0, 7200),
            ("min_power_kw", 0, 1000),
            ("outside_temp_c", -60, 70),
            ("soc_step_pct", 0.01, 1),
        ):
            v = getattr(self, name)
            if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v) or not lo <= v <= hi:
                raise ValueError(f"{name} = {v!r} is outside {lo} … {hi}")
        if isinstance(self.max_stations, bool) or not isinstance(self.max_stations, int) or self.max_stations < 1:
            raise ValueError(f"max_stations = {self.max_stations!r} must be a positive integer")
        if self.hop_search not in HOP_SEARCHES:
            raise ValueError(f"hop_search = {self.hop_search!r} must be one of {', '.join(HOP_SEARCHES)}")


@dataclass(frozen=True)
class Place:
    """A named point of a plan."""

    name: str
    lat: float
    lon: float

    def to_dict(self) -> dict[str, Any]:
        """{name, lat, lon}."""
        return {"name": self.name, "lat": self.lat, "lon": self.lon}


@dataclass
class Leg:
    """Driving to the next stop (or the destination), then charging there if ``charger`` is set."""

    start: Place
    end: Place
    distance_m: float
    drive_s: float
    energy_kwh: float
    depart_soc: float  # SoC when this leg starts
    arrive_soc: float
    charger: Charger | None = None
    plug: str | None = None
    charge_s: float = 0.0
    charge_to_soc: float | None = None  # SoC when leaving the charger
    stop_overhead_s: float = 0.0
    edges: list[int] = field(default_factory=list)
    #: (metres from the plan's start, predicted SoC %) along this leg's drive, at every road node
    soc_points: list[tuple[float, float]] = field(default_factory=list)
    #: "energy" when the leg is not on the fastest road between its stops (it saves energy), else None
    why: str | None = None
    #: the driver text for ``why`` ("via L16: 12 min slower, saves a charging stop"), a Text of context "trip"
    why_text: str | None = None
    #: name of the slower road the leg takes ('' when unnamed)
    via: str = ""
    #: driving time of the fastest road between the same stops (s), set with ``why``
    fastest_drive_s: float | None = None
    #: (from station, to station, fastest hop) behind ``why`` (for the explanation; not part of the JSON)
    why_pair: tuple[int, int, Hop] | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The leg as in ``hmi plan --json``."""
        d: dict[str, Any] = {
            "from": self.start.to_dict(),
            "to": self.end.to_dict(),
            "distance_m": round(self.distance_m, 1),
            "drive_s": round(self.drive_s, 1),
            "arrive_soc": round(self.arrive_soc, 1),
        }
        if self.why is not None:
            d["why"] = self.why
            if self.why_text:
                d["why_text"] = str(self.why_text)
            if self.fastest_drive_s is not None:
                d["fastest_drive_s"] = round(self.fastest_drive_s, 1)
        if self.charger is not None:
            d["charger"] = self.charger.to_dict()
            d["charge_s"] = round(self.charge_s, 1)
            d["depart_soc"] = round(self.charge_to_soc if self.charge_to_soc is not None else self.arrive_soc, 1)
        return d


@dataclass
class Plan:
    """A feasible trip: legs in order, totals, and the predicted SoC along the route for live replanning."""

    legs: list[Leg]
    start_soc: float
    settings: PlanSettings
    vehicle_id: str
    warnings: list[str] = field(default_factory=list)
    coordinates: list[tuple[float, float]] = field(default_factory=list)
    #: (metres from the start, predicted SoC %) at every road node; stops appear twice (arrive, depart).
    soc_profile: list[tuple[float, float]] = field(default_factory=list)
    #: False when chargers were left out of the search (``PlanSettings.max_stations``): a faster trip through
    #: one of them is not excluded. True: the least total time over every road path and charging decision.
    proven_optimal: bool = True

    @property
    def drive_s(self) -> float:
        """Total driving time (s)."""
        return sum(leg.drive_s for leg in self.legs)

    @property
    def charge_s(self) -> float:
        """Total charging time (s), without the per-stop overhead."""
        return sum(leg.charge_s for leg in self.legs)

    @property
    def total_s(self) -> float:
        """Driving + charging + per-stop overhead (s): what the planner minimises."""
        return sum(leg.drive_s + leg.charge_s + leg.stop_overhead_s for leg in self.legs)

    @property
    def distance_m(self) -> float:
        """Total driving distance (m)."""
        return sum(leg.distance_m for leg in self.legs)

    @property
    def stops(self) -> list[Leg]:
        """The legs that end at a charging stop."""
        return [leg for leg in self.legs if leg.charger is not None]

    @property
    def arrival_soc(self) -> float:
        """Predicted SoC at the destination."""
        return self.legs[-1].arrive_soc if self.legs else self.start_soc

    def charging_stops_payload(self) -> list[dict[str, Any]]:
        """``charging_stops`` of the contract's ``hmi/navigation/active`` (name, lat, lon, SoCs, charge_s)."""
        return [
            {
                "name": lg.charger.name,
                "lat": lg.charger.lat,
                "lon": lg.charger.lon,
                "arrive_soc": round(lg.arrive_soc, 1),
                "depart_soc": round(lg.charge_to_soc if lg.charge_to_soc is not None else lg.arrive_soc, 1),
                "charge_s": round(lg.charge_s, 1),
            }
            for lg in self.stops
            if lg.charger is not None
        ]

    def to_dict(self) -> dict[str, Any]:
        """``{"legs": [...], "total_s": …}`` exactly as ``hmi plan --json`` prints it."""
        d: dict[str, Any] = {"legs": [leg.to_dict() for leg in self.legs], "total_s": round(self.total_s, 1)}
        if not self.proven_optimal:
            d["proven_optimal"] = False
        return d


@dataclass
class _Station:
    charger: Charger | None
    plug: str | None
    curve: ChargingCurve | None


HopOptions = dict[tuple[int, int], list[Hop]]


def _as_options(hops: dict[tuple[int, int], Hop] | dict[tuple[int, int], list[Hop]]) -> HopOptions:
    """Normalise a charger graph given as one hop per pair (tests, the old model) to lists of options."""
    return {k: (list(v) if isinstance(v, list | tuple) else [v]) for k, v in hops.items()}


class _Solver:
    """The function-propagation search on a charger graph (kept separate so tests can feed synthetic hops).

    ``hops`` maps a station pair to its road options (every non-dominated path, or just one); a relaxation takes
    the best option per SoC, and the predecessor arrays remember which one.
    """

    def __init__(
        self,
        hops: dict[tuple[int, int], Hop] | HopOptions,
        n_stations: int,
        curves: list[ChargingCurve | None],
        capacity_kwh: float,
        start_soc: float,
        settings: PlanSettings,
        hop_cache: dict[tuple[int, Hop], tuple[np.ndarray, np.ndarray]] | None = None,
    ) -> None:
        """``hop_cache``: the SoC-grid index arrays of hops by (from station, hop), shared by solvers of one problem
        with the same settings and start charge (the lazy search runs the solver again and again)."""
        self.options = _as_options(hops)
        self.n = n_stations
        self.curves = curves
        self.cap = capacity_kwh
        self.s0 = start_soc
        self.st = settings
        self.step = settings.soc_step_pct
        self.m = round(100.0 / self.step)
        self.grid = np.arange(self.m + 1) * self.step
        self.limit_idx = math.floor(settings.charge_limit_pct / self.step + 1e-9)
        self.target = max(settings.arrival_pct, settings.reserve_pct)
        # A low start may dip into the reserve on the first hop only (see first_leg_floor).
        self.floor0 = first_leg_floor(start_soc, settings.reserve_pct)
        self.t_grid = [None if c is None else c.cumulative_array(self.grid) for c in curves]
        self.out: dict[int, list[int]] = {}
        for u, v in self.options:
            self.out.setdefault(u, []).append(v)
        self.A = np.full((self.n, self.m + 1), np.inf)
        self.pred = np.full((self.n, self.m + 1), -1, dtype=np.int32)
        self.pred_opt = np.zeros((self.n, self.m + 1), dtype=np.int32)
        self._hop_idx: dict[tuple[int, Hop], tuple[np.ndarray, np.ndarray]] = {} if hop_cache is None else hop_cache
        #: the hops of the trip :meth:`sequence` found, one per consecutive station pair
        self.chosen: list[Hop] = []

    def pct(self, kwh: float) -> float:
        """Energy as % of the usable capacity."""
        return kwh / self.cap * 100.0

    def floor(self, u: int) -> float:
        """Lowest SoC allowed while driving out of station ``u``."""
        return self.floor0 if u == 0 else self.st.reserve_pct

    def need(self, u: int, hop: Hop, arrive_at_least: float) -> float:
        """Least departure SoC at ``u`` for the hop to arrive with ≥ ``arrive_at_least`` (inf if impossible)."""
        c, peak = self.pct(hop.energy_kwh), self.pct(hop.peak_kwh)
        if 100.0 - self.pct(hop.drawdown_kwh) < self.floor(u) - _EPS:
            return math.inf
        if arrive_at_least > 100.0 - c - self.pct(hop.relief_kwh) + _EPS:
            return math.inf
        return max(arrive_at_least + c, self.floor(u) + peak)

    def _index(self, u: int, v: int, k: int) -> tuple[np.ndarray, np.ndarray]:
        hop = self.options[(u, v)][k]
        key = (u, hop)
        if key not in self._hop_idx:
            j, valid = self._grid_rows([key])
            self._hop_idx[key] = (j[0], valid[0])
        return self._hop_idx[key]

    def _grid_rows(self, rows: list[tuple[int, Hop]]) -> tuple[np.ndarray, np.ndarray]:
        """Per (from station, hop): the grid index to depart with for every arrival SoC on the grid, and where that
        is possible at all (int64[R, M+1], bool[R, M+1])."""
        c = np.array([self.pct(h.energy_kwh) for _, h in rows])
        peak = np.array([self.pct(h.peak_kwh) for _, h in rows])
        relief = np.array([self.pct(h.relief_kwh) for _, h in rows])
        draw = np.array([self.pct(h.drawdown_kwh) for _, h in rows])
        floor = np.array([self.floor(u) for u, _ in rows])
        x = np.maximum(self.grid[None, :] + c[:, None], (floor + peak)[:, None])
        j = np.ceil(x / self.step - 1e-9).astype(np.int64)
        valid = (j <= self.m) & (self.grid[None, :] <= (100.0 - c - relief)[:, None] + _EPS)
        valid[100.0 - draw < floor - _EPS] = False
        np.minimum(j, self.m, out=j)
        return j, valid

    def _prefill(self) -> None:
        """The grid rows of every option in one numpy pass, for a first solve (the lazy search's has thousands of
        options; one at a time they cost as much as the search itself)."""
        if self._hop_idx:  # later solves of the same problem meet few new options: one at a time is cheaper
            return
        rows = [(u, hop) for (u, _v), opts in self.options.items() for hop in opts]
        if len(rows) < 64:
            return
        j, valid = self._grid_rows(rows)
        for r, key in enumerate(rows):
            self._hop_idx[key] = (j[r], valid[r])

    def depart(self, u: int) -> np.ndarray:
        """``D_u``: least time to leave ``u`` with SoC ≥ s, charging optimally there (if it is a charger)."""
        a = self.A[u]
        t = self.t_grid[u]
        if t is None:
            return a
        charge = self.st.stop_overhead_s + t + np.minimum.accumulate(a - t)
        charge[self.limit_idx + 1 :] = np.inf
        return np.minimum(a, charge)

    def run(self) -> float:
        """Relax until stable; returns the least total time to the destination (inf when infeasible)."""
        self._prefill()
        i0 = math.floor(self.s0 / self.step + 1e-9)
        self.A[0, : i0 + 1] = 0.0
        dest = self.n - 1
        # stations to relax, earliest first (least time to stand there with any charge): a station is then
        # relaxed once its function has mostly settled, far fewer times than in arrival order
        queue: list[tuple[float, int]] = []
        queued: set[int] = set()
        # Hops out of the origin use the exact start SoC (not its grid value), so a start just enough is enough.
        for v in self.out.get(0, ()):
            for k, hop in enumerate(self.options[(0, v)]):
                if self.s0 - self.pct(hop.peak_kwh) < self.floor0 - _EPS:
                    continue
                if 100.0 - self.pct(hop.drawdown_kwh) < self.floor0 - _EPS:
                    continue
                arrive = min(self.s0 - self.pct(hop.energy_kwh), 100.0 - self.pct(hop.energy_kwh + hop.relief_kwh))
                top = math.floor(arrive / self.step + 1e-9)
                if top < 0:
                    continue
                seg = self.A[v, : top + 1]
                better = hop.time_s < seg - _EPS
                if better.any():
                    seg[better] = hop.time_s
                    self.pred[v, : top + 1][better] = 0
                    self.pred_opt[v, : top + 1][better] = k
                if v != dest and v not in queued:
                    queued.add(v)
        queue = [(float(self.A[v].min()), v) for v in queued]
        heapq.heapify(queue)
        passes = 0
        while queue:
            passes += 1
            if passes > 50 * self.n * self.n:  # cannot happen with positive hop times; a guard, not a limit
                break
            _, u = heapq.heappop(queue)
            if u not in queued:
                continue  # an older entry of a station queued again with an earlier time
            queued.discard(u)
            if u == 0:
                continue
            d = self.depart(u)
            if not np.isfinite(d).any():
                continue
            for v in self.out.get(u, ()):
                if v == 0:
                    continue
                improved = False
                for k, hop in enumerate(self.options[(u, v)]):
                    j, valid = self._index(u, v, k)
                    cand = d[j] + hop.time_s
                    cand[~valid] = np.inf
                    better = cand < self.A[v] - _EPS
                    if better.any():
                        self.A[v][better] = cand[better]
                        self.pred[v][better] = u
                        self.pred_opt[v][better] = k
                        improved = True
                if improved and v != dest:
                    heapq.heappush(queue, (float(self.A[v].min()), v))
                    queued.add(v)
        self.target_idx = math.ceil(self.target / self.step - 1e-9)
        return float(self.A[dest, self.target_idx]) if self.target_idx <= self.m else math.inf

    def sequence(self) -> list[tuple[int, float | None]]:
        """Stations from origin to destination with the departure SoC at each charging stop (None = no charge).

        Walks the predecessors back from the destination carrying the *exact* SoC each point must be left
        with, so stops charge to exactly what the rest of the plan needs (the grid only picks the strategy).
        The hop used between each consecutive pair is left in :attr:`chosen`.
        """
        dest = self.n - 1
        out: list[tuple[int, float | None]] = [(dest, None)]
        chosen: list[Hop] = []
        v, i, req = dest, self.target_idx, self.target
        for _ in range(self.n * 4 + 4):
            u = int(self.pred[v][i])
            if u < 0:
                raise RuntimeError("broken predecessor chain")
            k = int(self.pred_opt[v][i])
            hop = self.options[(u, v)][k]
            chosen.append(hop)
            x = max(req + self.pct(hop.energy_kwh), self.floor(u) + self.pct(hop.peak_kwh))
            if u == 0:
                out.append((0, None))
                break
            j_arr, _ = self._index(u, v, k)
            j = int(j_arr[i])
            a, d = self.A[u], self.depart(u)
            if a[j] <= d[j] + _EPS:
                out.append((u, None))
                v, i, req = u, j, x
                continue
            t = self.t_grid[u]
            base = (a - t)[: j + 1]
            kk = int(np.flatnonzero(base <= base.min() + _EPS)[-1])
            out.append((u, min(x, float(self.grid[j]))))
            v, i, req = u, kk, float(self.grid[kk])
        out.reverse()
        chosen.reverse()
        self.chosen = chosen
        return out


def solve(
    hops: dict[tuple[int, int], Hop] | HopOptions,
    n_stations: int,
    curves: list[ChargingCurve | None],
    capacity_kwh: float,
    start_soc: float,
    settings: PlanSettings,
) -> tuple[float, list[tuple[int, float | None]]]:
    """Search a charger graph: station 0 = origin, ``n_stations - 1`` = destination, ``curves[i]`` per station.

    ``hops`` gives one hop or a list of options per station pair. Returns (least total time s, [(station,
    departure SoC if it charges there else None), …]); raises :class:`NoFeasibleTrip` (code ``"unreachable"``)
    if no sequence works. Exposed for tests and the benchmark.
    """
    solver = _Solver(hops, n_stations, curves, capacity_kwh, start_soc, settings)
    best = solver.run()
    if not math.isfinite(best):
        raise NoFeasibleTrip(Text("trip", TEXTS["no_sequence"]), "unreachable")
    return best, solver.sequence()


def simulate(
    hops: dict[tuple[int, int], Hop] | HopOptions,
    curves: list[ChargingCurve | None],
    capacity_kwh: float,
    start_soc: float,
    settings: PlanSettings,
    sequence: list[tuple[int, float | None]],
    chosen: list[Hop] | None = None,
) -> list[tuple[int, int, float, float, float, float]]:
    """Forward pass with exact SoCs over a station sequence: [(u, v, depart_soc, arrive_soc, charge_to, charge_s)].

    ``charge_to``/``charge_s`` describe charging at ``v`` (``charge_to == arrive_soc`` and 0 s when it does not
    charge). The last charging stop charges exactly what the rest of the trip needs. ``chosen`` gives the hop
    of each consecutive pair (the solver's :attr:`_Solver.chosen`); without it the first option is used.
    """
    pct = 100.0 / capacity_kwh
    target = max(settings.arrival_pct, settings.reserve_pct)
    if chosen is None:
        opts = _as_options(hops)
        chosen = [opts[(sequence[k][0], sequence[k + 1][0])][0] for k in range(len(sequence) - 1)]
    stops = [k for k, (_, dep) in enumerate(sequence) if dep is not None]
    last_stop = stops[-1] if stops else -1
    rows = []
    soc = start_soc
    for k in range(len(sequence) - 1):
        u, v = sequence[k][0], sequence[k + 1][0]
        hop = chosen[k]
        arrive = min(soc - hop.energy_kwh * pct, 100.0 - (hop.energy_kwh + hop.relief_kwh) * pct)
        dep = sequence[k + 1][1]
        charge_to, charge_s = arrive, 0.0
        if dep is not None:
            want = dep
            if k + 1 == last_stop:
                # exact need for the remaining (charge-free) hops to the destination, walking backwards
                need = target
                for kk in range(len(sequence) - 2, k, -1):
                    h = chosen[kk]
                    need = max(need + h.energy_kwh * pct, settings.reserve_pct + h.peak_kwh * pct)
                want = min(dep, need)
            if want > arrive + _EPS:
                curve = curves[v]
                assert curve is not None
                charge_to, charge_s = want, curve.time_s(arrive, want)
        rows.append((u, v, soc, arrive, charge_to, charge_s))
        soc = charge_to
    return rows


def _trip_cost(
    curves: list[ChargingCurve | None],
    capacity_kwh: float,
    start_soc: float,
    settings: PlanSettings,
    sequence: list[tuple[int, float | None]],
    chosen: list[Hop],
) -> float:
    """Charging + stop time of a station sequence with these departure SoCs (inf when a constraint breaks)."""
    pct = 100.0 / capacity_kwh
    floor0 = first_leg_floor(start_soc, settings.reserve_pct)
    rows = simulate({}, curves, capacity_kwh, start_soc, settings, sequence, chosen)
    cost = 0.0
    for k, (u, _v, dep, _arr, charge_to, charge_s) in enumerate(rows):
        floor = floor0 if u == 0 else settings.reserve_pct
        hop = chosen[k]
        if dep - hop.peak_kwh * pct < floor - _EPS or 100.0 - hop.drawdown_kwh * pct < floor - _EPS:
            return math.inf
        if charge_to > settings.charge_limit_pct + _EPS:
            return math.inf
        if charge_s > 0:
            cost += charge_s + settings.stop_overhead_s
    if rows and rows[-1][3] < max(settings.arrival_pct, settings.reserve_pct) - _EPS:
        return math.inf
    return cost


def _pick_roads(
    options: HopOptions,
    curves: list[ChargingCurve | None],
    capacity_kwh: float,
    start_soc: float,
    settings: PlanSettings,
    sequence: list[tuple[int, float | None]],
    chosen: list[Hop],
) -> list[Hop]:
    """Re-choose each hop's road with exact SoCs for the chosen stops (the grid rounds arrivals down, which can
    make a road that saves a sliver of energy look better than it is). Coordinate descent, twice over."""
    best_chosen = list(chosen)

    def total(hops: list[Hop]) -> float:
        return sum(h.time_s for h in hops) + _trip_cost(curves, capacity_kwh, start_soc, settings, sequence, hops)

    best = total(best_chosen)
    for _ in range(2):
        for k in range(len(best_chosen)):
            pair = (sequence[k][0], sequence[k + 1][0])
            for hop in options.get(pair, ()):
                if hop is best_chosen[k]:
                    continue
                trial = [*best_chosen[:k], hop, *best_chosen[k + 1 :]]
                cost = total(trial)
                if cost < best - 1e-9:
                    best, best_chosen = cost, trial
    return best_chosen


def _refine(
    curves: list[ChargingCurve | None],
    capacity_kwh: float,
    start_soc: float,
    settings: PlanSettings,
    sequence: list[tuple[int, float | None]],
    chosen: list[Hop],
) -> list[tuple[int, float | None]]:
    """Move charge between consecutive stops off the SoC grid, to the exact best split.

    The grid search picks the stations, roads and stops; its departure SoCs are multiples of the grid step (or
    the exact need). Between two stops the best split is where a constraint is tight (arrive at the next stop
    exactly at the reserve) or where both chargers charge equally fast; both lie within a few grid steps of the
    grid's choice. Each pair of consecutive stops is optimised over that window (the tight points exactly, the
    rest sampled at 1/50 of a step), twice over, so the grid's rounding leaves no measurable time.
    """
    pct = 100.0 / capacity_kwh
    seq = list(sequence)
    stops = [k for k, (_, dep) in enumerate(seq) if dep is not None]
    if len(stops) < 2:
        return seq
    best = _trip_cost(curves, capacity_kwh, start_soc, settings, seq, chosen)
    if not math.isfinite(best):
        return seq
    window = 3.0 * settings.soc_step_pct
    for _ in range(2):
        for p, q in itertools.pairwise(stops):
            dep = seq[p][1]
            assert dep is not None
            # least departure at p that reaches q with the reserve (hops p … q−1, no charging between)
            need = settings.reserve_pct
            for kk in range(q - 1, p - 1, -1):
                h = chosen[kk]
                need = max(need + h.energy_kwh * pct, settings.reserve_pct + h.peak_kwh * pct)
            cands = {need, *np.linspace(dep - window, dep + window, 301).tolist()}
            for x in sorted(cands):
                if x < 0 or x > settings.charge_limit_pct + _EPS:
                    continue
                trial = list(seq)
                trial[p] = (seq[p][0], x)
                cost = _trip_cost(curves, capacity_kwh, start_soc, settings, trial, chosen)
                if cost < best - 1e-9:
                    best, seq = cost, trial
    return seq


@dataclass
class Problem:
    """A prepared planning instance: snapped start/destination, usable chargers and the charger graph."""

    graph: Any
    profile: VehicleProfile
    model: ConsumptionModel
    settings: PlanSettings
    start_soc: float
    origin_node: int
    destination_node: int
    station_nodes: list[int]
    stations: list[_Station]
    sg: StationGraph
    #: usable charger sites not searched because of ``settings.max_stations`` (then the plan is not proven optimal)
    chargers_left_out: int = 0

    @property
    def n(self) -> int:
        """Number of stations (origin + chargers + destination)."""
        return len(self.stations)

    @property
    def curves(self) -> list[ChargingCurve | None]:
        """Charging curve per station (None for origin and destination)."""
        return [s.curve for s in self.stations]

    @property
    def hops(self) -> dict[tuple[int, int], Hop]:
        """The fastest hop of the charger graph by (from station, to station)."""
        return self.sg.hops

    @property
    def options(self) -> HopOptions:
        """Every non-dominated road path between stations, by (from station, to station), fastest first."""
        return self.sg.options


def prepare(
    graph: Any,
    profile: VehicleProfile,
    chargers: list[Charger],
    start: tuple[float, float],
    destination: tuple[float, float],
    start_soc: float,
    settings: PlanSettings | None = None,
    cache: bool = True,
) -> Problem:
    """Validate inputs, snap points and chargers to the road graph and build the charger graph."""
    st = settings or PlanSettings()
    if (
        isinstance(start_soc, bool)
        or not isinstance(start_soc, int | float)
        or not math.isfinite(start_soc)
        or not 0 <= start_soc <= 100
    ):
        raise ValueError(f"start SoC {start_soc!r} is outside 0 … 100 %")
    for what, (lat, lon) in (("start", start), ("destination", destination)):
        if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError(f"{what} coordinates {lat!r}, {lon!r} are invalid")
    model = ConsumptionModel(profile, st.outside_temp_c)
    o_node = _snap(graph, start, "start")
    d_node = _snap(graph, destination, "destination")
    usable = for_vehicle(chargers, profile, st.min_power_kw, st.allowed_plugs, st.include_private)
    # one station per road node: the fastest charger there
    by_node: dict[int, tuple[float, Charger, str, ChargingCurve]] = {}
    curves: dict[tuple[tuple[str, ...], float], tuple[str, ChargingCurve] | None] = {}
    for c in usable:
        node = charger_node(graph, c)
        if node is None:
            continue
        plugs = tuple(p for p in c.plugs if st.allowed_plugs is None or p in st.allowed_plugs)
        if (plugs, c.power_kw) not in curves:  # (most chargers of a country share a handful of kinds)
            curves[(plugs, c.power_kw)] = best_curve(profile, list(plugs), c.power_kw)
        pc = curves[(plugs, c.power_kw)]
        if pc is None:
            continue
        t = pc[1].time_s(10.0, 80.0)
        if node not in by_node or t < by_node[node][0]:
            by_node[node] = (t, c, pc[0], pc[1])
    station_nodes = _corridor(graph, o_node, d_node, sorted(by_node), st.max_stations)
    cap = profile.usable_capacity_kwh
    floor0 = first_leg_floor(start_soc, st.reserve_pct)
    budgets = (
        cap * (float(start_soc) - floor0) / 100.0 + 1e-9,
        cap * (st.charge_limit_pct - st.reserve_pct) / 100.0 + 1e-9,
    )
    sg: StationGraph
    if _on_index(graph, model, st):
        from hmi.nav.ev.index_hops import IndexStationGraph

        sg = IndexStationGraph(
            graph, model, [o_node, *station_nodes, d_node], (min(cap, budgets[0]), budgets[1]), cache=cache
        )
    else:
        sg = build_station_graph(
            graph,
            model,
            o_node,
            d_node,
            station_nodes,
            cache=cache,
            origin_budget_kwh=budgets[0],
            charger_budget_kwh=budgets[1],
        )
    stations: list[_Station] = [_Station(None, None, None)]
    stations += [_Station(by_node[n][1], by_node[n][2], by_node[n][3]) for n in station_nodes]
    stations.append(_Station(None, None, None))
    return Problem(
        graph,
        profile,
        model,
        st,
        float(start_soc),
        o_node,
        d_node,
        station_nodes,
        stations,
        sg,
        chargers_left_out=len(by_node) - len(station_nodes),
    )


def _on_index(graph: Any, model: ConsumptionModel, st: PlanSettings) -> bool:
    """Whether this plan's hops come from the routing index (see :attr:`PlanSettings.hop_search`)."""
    from hmi.nav.ev import index_hops  # the routing index is only imported where a plan needs it

    if st.hop_search == "pareto":
        return False
    if st.hop_search == "index":
        if not index_hops.usable(graph, model):
            raise ValueError("hop_search='index' needs a map where no road recuperates energy")
        return True
    return graph.num_edges >= index_hops.MIN_EDGES and index_hops.usable(graph, model)


def _corridor(graph: Any, origin: int, destination: int, nodes: list[int], max_stations: int) -> list[int]:
    """At most ``max_stations`` charger nodes, ranked by straight-line detour ``|o c| + |c d| − |o d|``."""
    if len(nodes) <= max_stations:
        return nodes
    lat, lon = np.asarray(graph.node_lat), np.asarray(graph.node_lon)

    def dist(a: int, b: int) -> float:
        return haversine_m(float(lat[a]), float(lon[a]), float(lat[b]), float(lon[b]))

    direct = dist(origin, destination)
    ranked = sorted(nodes, key=lambda n: dist(origin, n) + dist(n, destination) - direct)
    return sorted(ranked[:max_stations])


def _snap(graph: Any, point: tuple[float, float], what: str) -> int:
    """Road node for a point, preferring the main network (the router's own snapping, so routes agree)."""
    from hmi.nav.route import RoutingError, snap

    try:
        return snap(graph, (float(point[0]), float(point[1])), what)
    except RoutingError as exc:
        # keep the router's translatable Text when it made one (str() would flatten it to English)
        reason = exc.args[0] if exc.args and isinstance(exc.args[0], Text) else str(exc)
        raise NoFeasibleTrip(reason, "outside_map") from None


def plan_trip(
    graph: Any,
    profile: VehicleProfile,
    chargers: list[Charger],
    start: tuple[float, float],
    destination: tuple[float, float],
    start_soc: float,
    settings: PlanSettings | None = None,
    start_name: str = Text("trip", TEXTS["start"]),
    destination_name: str = Text("trip", TEXTS["destination"]),
    cache: bool = True,
) -> Plan:
    """Plan the fastest trip from ``start`` to ``destination`` (lat, lon) with charging stops.

    ``chargers`` are all chargers of the map (filtered here by the car's plugs and ``settings``). Raises
    :class:`NoFeasibleTrip` with a one-line reason when no trip satisfies the constraints, and ValueError for
    invalid inputs (SoC outside 0 … 100, non-finite coordinates).
    """
    pb = prepare(graph, profile, chargers, start, destination, start_soc, settings, cache)
    return solve_problem(pb, start_name, destination_name)


def solve_problem(
    pb: Problem,
    start_name: str = Text("trip", TEXTS["start"]),
    destination_name: str = Text("trip", TEXTS["destination"]),
) -> Plan:
    """Run the search on a prepared problem and turn the result into a :class:`Plan`."""
    graph, model, st, sg, stations = pb.graph, pb.model, pb.settings, pb.sg, pb.stations
    profile, start_soc = pb.profile, pb.start_soc
    o_node, d_node, station_nodes = pb.origin_node, pb.destination_node, pb.station_nodes
    n = pb.n
    last = n - 1
    curves = pb.curves
    cap = profile.usable_capacity_kwh
    if (0, last) not in sg.options and not _connected(pb):
        raise NoFeasibleTrip(Text("trip", TEXTS["not_connected"]), "no_route")
    solver, best = _search(pb)
    if not math.isfinite(best):
        raise NoFeasibleTrip(_diagnose(pb, solver), "unreachable")
    seq = solver.sequence()
    options = _real_options(pb)
    solver.chosen = _pick_roads(options, curves, cap, start_soc, st, seq, solver.chosen)
    seq = _refine(curves, cap, start_soc, st, seq, solver.chosen)
    rows = simulate(options, curves, cap, start_soc, st, seq, solver.chosen)

    warnings: list[str] = []
    if start_soc < st.reserve_pct:
        warnings.append(Text("trip", TEXTS["below_reserve"], reserve=_pct(st.reserve_pct)))
    elif rows and rows[0][3] < st.reserve_pct - _EPS:
        warnings.append(Text("trip", TEXTS["first_leg_reserve"], reserve=_pct(st.reserve_pct)))
    places = [Place(start_name, float(graph.node_lat[o_node]), float(graph.node_lon[o_node]))]
    for s, _node in zip(stations[1:-1], station_nodes, strict=True):
        assert s.charger is not None
        places.append(Place(s.charger.name, s.charger.lat, s.charger.lon))
    places.append(Place(destination_name, float(graph.node_lat[d_node]), float(graph.node_lon[d_node])))

    legs: list[Leg] = []
    leg_from: list[int] = []  # station each leg starts at
    pending: Leg | None = None
    for (u, v, dep, arr, charge_to, charge_s), hop in zip(rows, solver.chosen, strict=True):
        edges = sg.path_edges(u, hop)
        if pending is None:
            pending = Leg(
                start=places[u],
                end=places[v],
                distance_m=hop.distance_m,
                drive_s=hop.time_s,
                energy_kwh=hop.energy_kwh,
                depart_soc=dep,
                arrive_soc=arr,
                edges=edges,
            )
            leg_from.append(u)
        else:  # passing through a charger without charging: extend the leg
            pending.end = places[v]
            pending.distance_m += hop.distance_m
            pending.drive_s += hop.time_s
            pending.energy_kwh += hop.energy_kwh
            pending.arrive_soc = arr
            pending.edges += edges
        if charge_s > 0 or v == last:
            if charge_s > 0:
                pending.charger = stations[v].charger
                pending.plug = stations[v].plug
                pending.charge_s = charge_s
                pending.charge_to_soc = charge_to
                pending.stop_overhead_s = st.stop_overhead_s
            legs.append(pending)
            pending = None
            leg_to = v
            _explain_leg(pb, legs[-1], leg_from[-1], leg_to)
    if pb.chargers_left_out:
        warnings.append(Text("trip", TEXTS["corridor"], count=len(station_nodes), left_out=pb.chargers_left_out))
    plan = Plan(
        legs=legs,
        start_soc=float(start_soc),
        settings=st,
        vehicle_id=profile.id,
        warnings=warnings,
        proven_optimal=not pb.chargers_left_out,
    )
    _fill_geometry(graph, model, plan)
    if any(leg.why for leg in legs):
        _explain_plan(pb, plan)
    return plan


def _lazy(pb: Problem) -> IndexStationGraph | None:
    """The problem's charger graph when its hops are resolved on demand (the routing index's), else None."""
    from hmi.nav.ev.index_hops import IndexStationGraph

    return pb.sg if isinstance(pb.sg, IndexStationGraph) else None


def _real_options(pb: Problem) -> HopOptions:
    """The charger graph's road options that are real paths (on a lazily resolved graph, not its bounds)."""
    lazy = _lazy(pb)
    return pb.sg.options if lazy is None else lazy.real_options()


def _connected(pb: Problem) -> bool:
    """True when the destination can be reached by road from the origin at all (no energy limit)."""
    lazy = _lazy(pb)
    if lazy is not None:
        return math.isfinite(lazy.lb_time[0, pb.n - 1])
    return fastest_any(pb.graph, pb.origin_node, pb.destination_node)


def _search(pb: Problem, override: HopOptions | None = None) -> tuple[_Solver, float]:
    """The solver run on the charger graph (``override`` replaces some pairs' options); returns it and the best time.

    On a lazily resolved charger graph (:mod:`hmi.nav.ev.index_hops`) each round solves the *relaxed* problem
    (unresolved pairs at their lower bounds: its best time ``lb`` is a lower bound of the optimum), resolves the
    pairs its best trip uses plus the most promising unresolved ones, and solves the resolved pairs alone (a real
    trip, ``ub``). It stops when the relaxed best trip uses real paths only (``lb == ub``: optimal on the model) or
    when ``ub`` is within the graph's ``gap`` of ``lb`` (then that trip is returned: proven within the gap).
    """
    cap = pb.profile.usable_capacity_kwh
    lazy = _lazy(pb)
    cache: dict[tuple[int, Hop], tuple[np.ndarray, np.ndarray]] = {}

    def solver_on(options: HopOptions) -> tuple[_Solver, float]:
        if override:
            options = {**options, **override}
        solver = _Solver(options, pb.n, pb.curves, cap, pb.start_soc, pb.settings, hop_cache=cache)
        return solver, solver.run()

    if lazy is None:
        return solver_on(pb.sg.options)
    last = pb.n - 1
    while True:
        solver, lb = solver_on(lazy.options)
        if not math.isfinite(lb):
            return solver, lb  # a relaxation with no trip: the real graph has none either
        seq = [u for u, _ in solver.sequence()]
        todo = []
        for pair, hop in zip(itertools.pairwise(seq), solver.chosen, strict=True):
            if (override and pair in override) or lazy.is_real(pair, hop):
                continue
            todo.append((pair, next(k for k, o in enumerate(lazy.options[pair]) if o is hop)))
        if not todo:
            return solver, lb
        # the bounds that could be on a better trip, most promising first: reach u, drive to v, then on
        reach = solver.A.min(axis=1)
        ranked = sorted(
            (float(reach[u] + bound.time_s + lazy.lb_time[v, last]), (u, v), k)
            for (u, v), k, bound in lazy.bounds()
            if math.isfinite(reach[u]) and not (override and (u, v) in override)
        )
        lazy.resolve_options([*todo, *((pair, k) for _, pair, k in ranked[: lazy.batch])])
        real, ub = solver_on(lazy.real_options())
        if math.isfinite(ub) and ub <= lb * (1.0 + lazy.gap):
            real.sequence()
            return real, ub


def _explain_leg(pb: Problem, leg: Leg, u: int, v: int) -> None:
    """Mark a leg that is slower than the fastest road between its stops (``why = "energy"``)."""
    if leg.drive_s <= SLOWER_ROAD_MIN_S:
        return
    lazy = _lazy(pb)
    if lazy is not None:
        found = lazy.quickest(u, v)
    else:
        found = fastest_path(pb.graph, pb.model, pb.sg.nodes[u], pb.sg.nodes[v])
    if found is None or leg.drive_s <= found[0].time_s + SLOWER_ROAD_MIN_S:
        return
    fastest, fast_edges = found
    leg.why = "energy"
    leg.fastest_drive_s = fastest.time_s
    leg.why_pair = (u, v, fastest)
    on_fast = set(fast_edges)
    leg.via = _road_name(pb.graph, [e for e in leg.edges if e not in on_fast]) or _road_name(pb.graph, leg.edges)


def _road_name(graph: Any, edges: list[int]) -> str:
    """Name (or ref) of the road that covers most of ``edges``, '' when none is named."""
    by_name: dict[str, float] = {}
    for e in edges:
        name = graph.edge_street(e)
        if name:
            by_name[name] = by_name.get(name, 0.0) + float(graph.edge_length_m[e])
    return max(by_name, key=lambda k: by_name[k]) if by_name else ""


def _explain_plan(pb: Problem, plan: Plan) -> None:
    """The driver text of every slower leg: what the slower road buys.

    The counterfactual: the same search with this leg's stops joined only by the fastest road (every other
    choice left free). No trip then → "makes the trip possible"; more stops → "saves a charging stop"; else the
    time the whole trip gains.
    """
    cap = pb.profile.usable_capacity_kwh
    for leg in plan.legs:
        if not leg.why or leg.why_pair is None:
            continue
        u, v, fastest = leg.why_pair
        other, best = _search(pb, {(u, v): [fastest]})
        options = {**_real_options(pb), (u, v): [fastest]}
        slower = Quantity("duration_s", leg.drive_s - (leg.fastest_drive_s or leg.drive_s))
        road = leg.via or Text("trip", TEXTS["slower_road"])
        if not math.isfinite(best):
            leg.why_text = Text("trip", TEXTS["why_possible"], road=road, slower=slower)
            continue
        seq = other.sequence()
        other.chosen = _pick_roads(options, pb.curves, cap, pb.start_soc, pb.settings, seq, other.chosen)
        seq = _refine(pb.curves, cap, pb.start_soc, pb.settings, seq, other.chosen)
        rows = simulate(options, pb.curves, cap, pb.start_soc, pb.settings, seq, other.chosen)
        other_stops = sum(1 for r in rows if r[5] > 0)
        other_total = sum(h.time_s for h in other.chosen) + sum(
            r[5] + pb.settings.stop_overhead_s for r in rows if r[5] > 0
        )
        if other_stops > len(plan.stops):
            saved = other_stops - len(plan.stops)
            key = "why_stop" if saved == 1 else "why_stops"
            leg.why_text = Text("trip", TEXTS[key], road=road, slower=slower, count=saved)
        else:
            leg.why_text = Text(
                "trip",
                TEXTS["why_faster"],
                road=road,
                slower=slower,
                saved=Quantity("duration_s", max(0.0, other_total - plan.total_s)),
            )


def fastest_any(graph: Any, src: int, dst: int) -> bool:
    """True when ``dst`` is reachable from ``src`` by road at all (BFS, no energy limit)."""
    if src == dst:
        return True
    indptr, target = np.asarray(graph.indptr), np.asarray(graph.edge_target)
    seen = np.zeros(len(graph.node_lat), dtype=bool)
    seen[src] = True
    frontier = [src]
    while frontier:
        nxt = []
        for u in frontier:
            for v in target[indptr[u] : indptr[u + 1]].tolist():
                if not seen[v]:
                    if v == dst:
                        return True
                    seen[v] = True
                    nxt.append(v)
        frontier = nxt
    return False


def _fill_geometry(graph: Any, model: ConsumptionModel, plan: Plan) -> None:
    """Route polyline and the predicted SoC at every road node (for the map and live replanning)."""
    from hmi.nav.ev.consumption import edge_energies

    ekwh = edge_energies(graph, model)
    pct = 100.0 / model.profile.usable_capacity_kwh
    coords: list[tuple[float, float]] = []
    profile: list[tuple[float, float]] = []
    dist = 0.0
    for leg in plan.legs:
        soc = leg.depart_soc
        pts = [(dist, soc)]
        if not leg.edges:
            coords.append((leg.start.lat, leg.start.lon))
        for e in leg.edges:
            poly = graph.edge_polyline(e)
            seg = [(float(a), float(b)) for a, b in poly]
            if coords and seg and coords[-1] == seg[0]:
                seg = seg[1:]
            coords.extend(seg)
            dist += float(graph.edge_length_m[e])
            soc = min(100.0, soc - float(ekwh[e]) * pct)
            pts.append((dist, soc))
        leg.soc_points = pts
        profile.extend(pts)
        if leg.charger is not None and leg.charge_to_soc is not None:
            profile.append((dist, leg.charge_to_soc))
    plan.coordinates = coords
    plan.soc_profile = profile


def _diagnose(pb: Problem, solver: _Solver) -> str:
    """One line on why no trip works: no chargers, nearest one out of reach, or the limit/arrival too high."""
    graph, model, sg, stations, profile, st, start_soc = (
        pb.graph,
        pb.model,
        pb.sg,
        pb.stations,
        pb.profile,
        pb.settings,
        pb.start_soc,
    )
    lazy = _lazy(pb)
    last = len(stations) - 1
    cap = profile.usable_capacity_kwh
    pct = 100.0 / cap
    usable_pct = max(0.0, start_soc - solver.floor(0))

    def to_destination(i: int) -> list[Hop]:
        # the hops out of a station stop where its budget runs out; for the reasons, paths on a full battery
        if lazy is not None:
            return [hop for hop, _ in lazy.paths(i, last)] if math.isfinite(lazy.lb_time[i, last]) else []
        return pareto_search(graph, model, sg.nodes[i], max_peak_kwh=cap, cache=False).hops_to(sg.nodes[last])

    direct = to_destination(0)
    plug_txt = plug_list(st.allowed_plugs or profile.plugs, "/")
    filt: str = plug_txt
    if st.min_power_kw > 0:
        filt = Text("trip", TEXTS["filter_power"], plugs=plug_txt, power=Quantity("power_kw", st.min_power_kw))
    if last == 1:
        if not direct:
            return Text("trip", TEXTS["out_of_range_no_charger"], filter=filt)
        need = min(solver.need(0, hop, solver.target) for hop in direct)  # the most frugal road
        if math.isfinite(need):
            return Text("trip", TEXTS["needs_no_charger"], need=_pct(need), soc=_pct(start_soc), filter=filt)
        return Text("trip", TEXTS["one_charge_no_charger"], soc=_pct(start_soc), filter=filt)
    # Chargers reachable from the origin (finite arrival function)?
    reach = [i for i in range(1, last) if np.isfinite(solver.A[i]).any()]
    if not reach:
        # the origin's hops stop where the start SoC runs out: measure the chargers on a full battery's tree
        if lazy is not None:
            near = [i for i in range(1, last) if lazy.lb_energy[0, i] <= cap]
            quick = lazy.quickest(0, min(near, key=lambda i: lazy.lb_time[0, i])) if near else None
            dists = [] if quick is None else [(quick[0].distance_m, quick[0].energy_kwh, 0)]
        else:
            tree = fastest_tree(graph, model, sg.nodes[0], max_peak_kwh=cap, cache=False)
            dists = [
                (tree.length[sg.nodes[i]], tree.energy[sg.nodes[i]], i)
                for i in range(1, last)
                if tree.reaches(sg.nodes[i])
            ]
        if not dists:
            # pruned at a full battery: measure by road without energy
            return Text("trip", TEXTS["no_charger_in_range"], filter=filt)
        d_m, e_kwh, _ = min(dists)
        per_m = max(e_kwh, 1e-9) / max(d_m, 1.0)
        reachable_m = usable_pct / pct / per_m if per_m > 0 else 0.0
        return Text(
            "trip",
            TEXTS["nearest_charger"],
            distance=Quantity("distance_km", d_m / 1000),
            reachable=Quantity("distance_km", min(reachable_m, d_m) / 1000),
        )
    # Some chargers reachable: what would the last hop need?
    best_need, best_name = math.inf, ""
    for i in reach:
        # the chargers' hops stop at the charge limit; a full battery tells how much the last hop would need
        hops = to_destination(i)
        if not hops:
            continue
        need = min(solver.need(i, hop, solver.target) for hop in hops)
        if need < best_need:
            best_need = need
            best_name = stations[i].charger.name if stations[i].charger else Text("trip", TEXTS["charger"])
    if best_need == math.inf:
        return Text("trip", TEXTS["not_from_any_charger"])
    if best_need > st.charge_limit_pct:
        return Text(
            "trip", TEXTS["above_limit"], charger=best_name, need=_pct(best_need), limit=_pct(st.charge_limit_pct)
        )
    return Text("trip", TEXTS["no_sequence_arrival"], arrival=_pct(solver.target), reserve=_pct(st.reserve_pct))
