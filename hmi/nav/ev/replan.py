"""Live replanning and battery preconditioning, driven by the car's real SoC.

:class:`ReplanMonitor` compares the live SoC with the plan's predicted SoC at the car's position along the route
(``Plan.soc_profile``). The deviation shifts every prediction downstream, so the predicted arrival SoC at the next
stop (or destination) is ``planned + (live − predicted now)``. It replans when

* that arrival falls below the reserve (next stop) or the arrival setting (destination): "deficit", or
* the car is clearly ahead of the plan (≥ ``surplus_pct``) and the next stop might become unnecessary: "surplus"
  — the new plan is adopted only if it saves time or a stop,

at most once per ``min_interval_s``, never while charging. Each adopted replan yields one line for the driver
("Added a charging stop at Marktplatzgarage, +14 min").

:class:`PreconditionController` decides the ``precondition_battery`` command of the agent contract:
``FAST_CHARGING_PREPARATION`` while heading to a DC charger due within ``lead_s`` (30 min), ``INACTIVE``
otherwise; it sends only changes, tracks the pending command until its result (or a timeout, then retries), and
exposes a state for the UI.
"""

from __future__ import annotations

import bisect
import logging
import math
import time as _time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hmi.i18n import QT_TRANSLATE_NOOP, Quantity, Text
from hmi.lazy import np
from hmi.nav.ev.charging import is_dc
from hmi.nav.ev.planner import TEXTS as PLANNER_TEXTS
from hmi.nav.ev.planner import NoFeasibleTrip, Plan

log = logging.getLogger(__name__)

FAST_CHARGING_PREPARATION = "FAST_CHARGING_PREPARATION"
INACTIVE = "INACTIVE"

# Driver-visible texts (context "trip"): {delta} is a signed duration ("+14 min"), {soc} a percentage, names are
# charger or place names. ("#:" comments are notes for the translators, read by lupdate.)
TEXTS = {
    #: after a replan: the trip now takes longer by {duration} ("+14 min")
    "later": QT_TRANSLATE_NOOP("trip", "+{duration}"),
    #: after a replan: the trip is now shorter by {duration} ("−3 min")
    "sooner": QT_TRANSLATE_NOOP("trip", "−{duration}"),
    #: after a replan: the arrival time did not change
    "same_time": QT_TRANSLATE_NOOP("trip", "same arrival time"),
    #: two charging station names
    "and": QT_TRANSLATE_NOOP("trip", "{first} and {second}"),
    "added": QT_TRANSLATE_NOOP("trip", "Added a charging stop at {names}, {delta}"),
    "removed": QT_TRANSLATE_NOOP("trip", "Charging stop at {names} no longer needed, {delta}"),
    "changed": QT_TRANSLATE_NOOP("trip", "Charging stop changed to {name}, {delta}"),
    "longer": QT_TRANSLATE_NOOP("trip", "Longer charge at {name} (to {soc}), {delta}"),
    "shorter": QT_TRANSLATE_NOOP("trip", "Shorter charge at {name} (to {soc}), {delta}"),
    "updated": QT_TRANSLATE_NOOP("trip", "Route updated for the battery level, {delta}"),
    #: {target}: the next stop or the destination; {reason}: why no trip works (a sentence starting lower-case)
    "cannot_reach": QT_TRANSLATE_NOOP("trip", "Cannot reach {target} on this charge: {reason}"),
    #: the destination has no name (a point picked on the map); {reason}: why no trip works (lower-case start)
    "cannot_reach_destination": QT_TRANSLATE_NOOP("trip", "Cannot reach the destination on this charge: {reason}"),
    #: battery preconditioning failed because
    "no_answer": QT_TRANSLATE_NOOP("trip", "no answer from the vehicle"),
    #: battery preconditioning failed because
    "refused": QT_TRANSLATE_NOOP("trip", "refused by the vehicle"),
}


@dataclass(frozen=True)
class Progress:
    """Where the car is on the plan: leg index, metres into the leg, predicted SoC there."""

    leg: int
    along_leg_m: float
    predicted_soc: float
    remaining_leg_m: float
    remaining_leg_s: float


@dataclass(frozen=True)
class ReplanEvent:
    """The outcome of a triggered replan."""

    trigger: str  # "deficit" | "surplus"
    message: str  # one line for the driver, a Text ("" when the old plan was kept)
    plan: Plan | None  # the new plan (None if kept or infeasible)
    delta_s: float  # new remaining time − old remaining time
    infeasible_reason: str = ""


def _delta(seconds: float) -> Text:
    """Signed whole minutes ("+14 min", "−3 min") in the driver's duration format; under half a minute: same time."""
    if round(abs(seconds) / 60.0) == 0:
        return Text("trip", TEXTS["same_time"])
    duration = Quantity("duration_s", round(abs(seconds) / 60.0) * 60.0)
    return Text("trip", TEXTS["later" if seconds >= 0 else "sooner"], duration=duration)


def _names(names: list[str]) -> str:
    """Names joined: "A and B and C" (names are never translated; the joining word is)."""
    out = names[0]
    for name in names[1:]:
        out = Text("trip", TEXTS["and"], first=out, second=name)
    return out


class PlanTracker:
    """Position → leg/predicted SoC on a plan (from the plan's per-node SoC profile)."""

    def __init__(self, plan: Plan) -> None:
        """Index the plan's legs by cumulative distance."""
        self.plan = plan
        self.leg_end_m: list[float] = []
        d = 0.0
        for leg in plan.legs:
            d += leg.distance_m
            self.leg_end_m.append(d)
        # per leg: the (distance from the plan's start, predicted SoC) points of its drive
        self._leg_profiles: list[tuple[list[float], list[float]]] = []
        for i, leg in enumerate(plan.legs):
            pts = leg.soc_points or [
                (self.leg_end_m[i] - leg.distance_m, leg.depart_soc),
                (self.leg_end_m[i], leg.arrive_soc),
            ]
            self._leg_profiles.append(([x for x, _ in pts], [y for _, y in pts]))
        self._poly: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
        self._lat0 = 0.0

    def _polyline(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(x, y local metres, cumulative plan metres) of the plan's route polyline (built once)."""
        if self._poly is None:
            pts = np.asarray(
                self.plan.coordinates or [(leg.start.lat, leg.start.lon) for leg in self.plan.legs], dtype=np.float64
            ).reshape(-1, 2)
            self._lat0 = float(pts[0, 0]) if len(pts) else 0.0
            c = math.cos(math.radians(self._lat0))
            x, y = pts[:, 1] * 111_320.0 * c, pts[:, 0] * 111_320.0
            seg = np.hypot(np.diff(x), np.diff(y))
            cum = np.concatenate(([0.0], np.cumsum(seg)))
            total = self.leg_end_m[-1] if self.leg_end_m else 0.0
            if cum[-1] > 0 and total > 0:  # geometry vs edge lengths differ slightly: scale to the plan's metres
                cum *= total / cum[-1]
            self._poly = (x, y, cum)
        return self._poly

    def locate(self, lat: float, lon: float, after_m: float = 0.0, window_m: float = 5000.0) -> tuple[float, float]:
        """(metres along the plan's route, distance off it in metres) of a position.

        Searches the part of the route from ``after_m − 200 m`` to ``after_m + window_m`` so that a road used
        twice (out and back to a charger) does not make the progress jump.
        """
        x, _y, cum = self._polyline()
        if len(x) < 2:
            return 0.0, math.inf
        lo = max(0, int(np.searchsorted(cum, after_m - 200.0)) - 1)
        hi = min(len(x) - 1, int(np.searchsorted(cum, after_m + window_m)) + 1)
        if hi <= lo:
            lo, hi = 0, len(x) - 1
        along, off = self._nearest(lat, lon, lo, hi)
        if off > 150.0 and (lo, hi) != (0, len(x) - 1):  # lost track (e.g. no fixes for a while): whole route
            along2, off2 = self._nearest(lat, lon, 0, len(x) - 1)
            if off2 < off:
                return along2, off2
        return along, off

    def _nearest(self, lat: float, lon: float, lo: int, hi: int) -> tuple[float, float]:
        x, y, cum = self._polyline()
        c = math.cos(math.radians(self._lat0))
        px, py = lon * 111_320.0 * c, lat * 111_320.0
        ax, ay, bx, by = x[lo:hi], y[lo:hi], x[lo + 1 : hi + 1], y[lo + 1 : hi + 1]
        dx, dy = bx - ax, by - ay
        seg2 = dx * dx + dy * dy
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.clip(np.where(seg2 > 0, ((px - ax) * dx + (py - ay) * dy) / seg2, 0.0), 0.0, 1.0)
        d = np.hypot(ax + t * dx - px, ay + t * dy - py)
        k = int(np.argmin(d))
        along = cum[lo + k] + t[k] * (cum[lo + k + 1] - cum[lo + k])
        return float(along), float(d[k])

    def progress(self, distance_m: float, leg_hint: int | None = None) -> Progress:
        """Progress at ``distance_m`` from the plan's start (``leg_hint`` pins the leg, e.g. after a stop)."""
        legs = self.plan.legs
        d = max(0.0, float(distance_m))
        if leg_hint is not None:
            i = min(max(leg_hint, 0), len(legs) - 1)
        else:
            i = min(bisect.bisect_left(self.leg_end_m, d - 1e-6), len(legs) - 1)
        leg = legs[i]
        start = self.leg_end_m[i] - leg.distance_m
        d = min(max(d, start), self.leg_end_m[i])
        xs, ys = self._leg_profiles[i]
        j = bisect.bisect_right(xs, d) - 1
        if j >= len(xs) - 1:
            soc = ys[-1]
        else:
            span = xs[j + 1] - xs[j]
            soc = ys[j] + (ys[j + 1] - ys[j]) * ((d - xs[j]) / span if span > 0 else 0.0)
        rem = self.leg_end_m[i] - d
        frac = rem / leg.distance_m if leg.distance_m > 0 else 0.0
        return Progress(i, d - start, soc, rem, leg.drive_s * frac)

    def remaining_s(self, p: Progress) -> float:
        """Planned time from here to the destination (drive + charge + stop overheads)."""
        legs = self.plan.legs
        t = p.remaining_leg_s + legs[p.leg].charge_s + legs[p.leg].stop_overhead_s
        return t + sum(leg.drive_s + leg.charge_s + leg.stop_overhead_s for leg in legs[p.leg + 1 :])


@dataclass(frozen=True)
class ReplanRequest:
    """A replan the monitor asks for: plan from (lat, lon) with ``soc`` %, then :meth:`ReplanMonitor.resolve`."""

    trigger: str  # "deficit" | "surplus"
    plan: Plan  # the plan judged (an answer for another plan is stale)
    lat: float
    lon: float
    soc: float
    surplus: float  # live − predicted SoC at the request
    old_remaining_s: float
    old_stops: tuple[Any, ...]
    old_legs: tuple[Any, ...]
    target: str  # the current leg's end (a charger or the destination), for "cannot reach" messages


ReplanFn = Callable[[float, float, float], Plan]
"""(lat, lon, live SoC %) → a new plan from the car's position (raises NoFeasibleTrip)."""


class ReplanMonitor:
    """Watches live SoC against a plan and replans when the prediction crosses the limits."""

    def __init__(
        self,
        plan: Plan,
        replan: ReplanFn | None = None,
        *,
        min_interval_s: float = 30.0,
        surplus_pct: float = 4.0,
        tolerance_pct: float = 0.5,
        min_saving_s: float = 120.0,
    ) -> None:
        """``replan`` is what :meth:`update` calls (synchronously) when a trigger fires; an adapter that plans on a
        worker passes None and uses :meth:`check` and :meth:`resolve`."""
        self.replan_fn = replan
        self.min_interval_s = min_interval_s
        self.surplus_pct = surplus_pct
        self.tolerance_pct = tolerance_pct
        self.min_saving_s = min_saving_s
        self._last_replan = -math.inf
        self._surplus_checked_at: float | None = None
        self.set_plan(plan)

    def set_plan(self, plan: Plan) -> None:
        """Adopt a plan (initial or after a replan)."""
        self.plan = plan
        self.tracker = PlanTracker(plan)
        self._surplus_checked_at = None

    def predicted_arrival(self, progress: Progress, live_soc: float) -> float:
        """Predicted SoC at the end of the current leg given the live SoC now."""
        return self.plan.legs[progress.leg].arrive_soc + (live_soc - progress.predicted_soc)

    def check(
        self,
        distance_m: float,
        live_soc: float,
        lat: float,
        lon: float,
        *,
        charging: bool = False,
        now: float | None = None,
        leg_hint: int | None = None,
    ) -> ReplanRequest | None:
        """Whether the live state calls for a replan now: the request to plan (on a worker) and then
        :meth:`resolve`, or None. Cheap (no planning): safe on the GUI thread.

        Invalid input (NaN, out of range) is ignored with a log line; the monitor keeps its state.
        """
        now = _time.monotonic() if now is None else now
        for name, v, lo, hi in (
            ("soc", live_soc, 0, 100),
            ("distance", distance_m, 0, 1e8),
            ("lat", lat, -90, 90),
            ("lon", lon, -180, 180),
        ):
            if isinstance(v, bool) or not isinstance(v, int | float) or not math.isfinite(v) or not lo <= v <= hi:
                log.warning("replan: ignoring invalid %s %r", name, v)
                return None
        if charging or not self.plan.legs:
            return None
        p = self.tracker.progress(distance_m, leg_hint)
        leg = self.plan.legs[p.leg]
        st = self.plan.settings
        arrive = self.predicted_arrival(p, live_soc)
        limit = st.reserve_pct if leg.charger is not None else max(st.arrival_pct, st.reserve_pct)
        trigger = None
        if arrive < limit - self.tolerance_pct:
            trigger = "deficit"
        elif (
            leg.charger is not None
            and live_soc - p.predicted_soc >= self.surplus_pct
            and (
                self._surplus_checked_at is None
                or live_soc - p.predicted_soc >= self._surplus_checked_at + self.surplus_pct
            )
        ):
            trigger = "surplus"
        if trigger is None or now - self._last_replan < self.min_interval_s:
            return None
        self._last_replan = now
        return ReplanRequest(
            trigger=trigger,
            plan=self.plan,
            lat=float(lat),
            lon=float(lon),
            soc=float(live_soc),
            surplus=live_soc - p.predicted_soc,
            old_remaining_s=self.tracker.remaining_s(p),
            old_stops=tuple(lg.charger for lg in self.plan.legs[p.leg :] if lg.charger is not None),
            old_legs=tuple(self.plan.legs[p.leg :]),
            target=leg.end.name,
        )

    def reroute_change(self, distance_m: float, new: Plan) -> str:
        """The line for the driver when the plan made after leaving the route (``distance_m`` along the current
        plan when it happened) changes the charging stops still ahead; "" when it keeps them (the reroute itself
        is the navigation's notice). Without it a stop added on the way back would go unannounced."""
        p = self.tracker.progress(distance_m)
        old_stops = [lg.charger for lg in self.plan.legs[p.leg :] if lg.charger is not None]
        if [c.id for c in old_stops] == [lg.charger.id for lg in new.stops]:
            return ""
        return describe_change(old_stops, list(self.plan.legs[p.leg :]), new, new.total_s - self.tracker.remaining_s(p))

    def resolve(self, request: ReplanRequest, result: Plan | NoFeasibleTrip) -> ReplanEvent | None:
        """Judge the new plan (or the planner's refusal) for ``request``; adopts a plan worth taking.

        None when the plan changed since the request (a newer plan was adopted meanwhile: the answer is stale).
        """
        if request.plan is not self.plan:
            return None
        if isinstance(result, NoFeasibleTrip):
            target = request.target
            if isinstance(target, Text) and target.source == PLANNER_TEXTS["destination"]:  # no name of its own
                message = Text("trip", TEXTS["cannot_reach_destination"], reason=result.reason)
            else:
                message = Text("trip", TEXTS["cannot_reach"], target=target, reason=result.reason)
            return ReplanEvent(request.trigger, message, None, 0.0, result.reason)
        new = result
        delta = new.total_s - request.old_remaining_s
        if request.trigger == "surplus":
            self._surplus_checked_at = request.surplus
            if len(new.stops) >= len(request.old_stops) and delta > -self.min_saving_s:
                return ReplanEvent(request.trigger, "", None, delta)
        message = describe_change(list(request.old_stops), list(request.old_legs), new, delta)
        self.set_plan(new)
        return ReplanEvent(request.trigger, message, new, delta)

    def update(
        self,
        distance_m: float,
        live_soc: float,
        lat: float,
        lon: float,
        *,
        charging: bool = False,
        now: float | None = None,
        leg_hint: int | None = None,
    ) -> ReplanEvent | None:
        """:meth:`check`, the replan function and :meth:`resolve` in one synchronous call (for scripts and tests;
        the HMI plans on a worker). Returns an event if it replanned."""
        request = self.check(distance_m, live_soc, lat, lon, charging=charging, now=now, leg_hint=leg_hint)
        if request is None:
            return None
        if self.replan_fn is None:
            raise RuntimeError("ReplanMonitor.update needs a replan function; use check() and resolve()")
        try:
            result: Plan | NoFeasibleTrip = self.replan_fn(request.lat, request.lon, request.soc)
        except NoFeasibleTrip as exc:
            result = exc
        return self.resolve(request, result)


def describe_change(old_stops: list[Any], old_legs: list[Any], new: Plan, delta_s: float) -> str:
    """One line for the driver (a :class:`~hmi.i18n.Text`) comparing the remaining old stops with the new plan's."""
    old_ids = [c.id for c in old_stops]
    new_stops = new.stops
    new_ids = [lg.charger.id for lg in new_stops]
    added = [lg.charger for lg in new_stops if lg.charger.id not in old_ids]
    removed = [c for c in old_stops if c.id not in new_ids]
    dt = _delta(delta_s)
    if added and not removed:
        return Text("trip", TEXTS["added"], names=_names([c.name for c in added]), delta=dt)
    if removed and not added:
        return Text("trip", TEXTS["removed"], names=_names([c.name for c in removed]), delta=dt)
    if added and removed:
        return Text("trip", TEXTS["changed"], name=added[0].name, delta=dt)
    if new_stops:
        first = new_stops[0]
        old_first = next((lg for lg in old_legs if lg.charger is not None and lg.charger.id == first.charger.id), None)
        if old_first is not None and first.charge_to_soc is not None and old_first.charge_to_soc is not None:
            key = "longer" if first.charge_s >= old_first.charge_s else "shorter"
            soc = Quantity("percent", first.charge_to_soc)
            return Text("trip", TEXTS[key], name=first.charger.name, soc=soc, delta=dt)
    return Text("trip", TEXTS["updated"], delta=dt)


def desired_precondition(plan: Plan | None, progress: Progress | None, lead_s: float = 1800.0) -> str:
    """``FAST_CHARGING_PREPARATION`` when the current leg ends at a DC charger due within ``lead_s``, else INACTIVE."""
    if plan is None or progress is None or not plan.legs:
        return INACTIVE
    leg = plan.legs[progress.leg]
    if leg.charger is None or leg.plug is None or not is_dc(leg.plug):
        return INACTIVE
    return FAST_CHARGING_PREPARATION if 0.0 <= progress.remaining_leg_s <= lead_s else INACTIVE


class PreconditionController:
    """Sends ``precondition_battery`` only on changes and tracks the agent's answer.

    ``state`` for the UI: ``"inactive"``, ``"pending"`` (sent, no answer yet), ``"active"`` (agent accepted
    FAST_CHARGING_PREPARATION), ``"failed"`` (agent refused or timed out; ``message`` says why).
    """

    def __init__(self, timeout_s: float = 10.0, max_retries: int = 3) -> None:
        """``timeout_s`` until an unanswered command counts as failed and is retried (at most ``max_retries``)."""
        self.timeout_s = timeout_s
        self.max_retries = max_retries
        self.acked_mode = INACTIVE
        self.pending: dict[str, Any] | None = None
        self._pending_at = 0.0
        self._retries = 0
        self.state = "inactive"
        self.message = ""
        self._held_at: float | None = None  # a start the HMI held back for want of current data (see on_result)

    def step(self, desired: str, now: float | None = None) -> dict[str, Any] | None:
        """Payload to publish on ``hmi/command/precondition_battery`` now, or None."""
        if desired not in (FAST_CHARGING_PREPARATION, INACTIVE):
            raise ValueError(f"unknown preconditioning mode {desired!r}")
        now = _time.time() if now is None else now
        if self.pending is not None:
            if self.pending["mode"] == desired and now - self._pending_at < self.timeout_s:
                return None
            if self.pending["mode"] == desired:  # timed out: retry a few times
                if self._retries >= self.max_retries:
                    self.pending = None
                    self.state, self.message = "failed", Text("trip", TEXTS["no_answer"])
                    return None
                self._retries += 1
                return self._send(desired, now, retry=True)
            return self._send(desired, now)
        if desired == self.acked_mode:
            return None
        if self._held_at is not None and desired != INACTIVE and now - self._held_at < self.timeout_s:
            return None  # not sent for want of current data: asked again after timeout_s
        if self.state == "failed" and self._retries >= self.max_retries and desired != INACTIVE:
            return None  # gave up on this mode until it changes
        return self._send(desired, now)

    def _send(self, mode: str, now: float, retry: bool = False) -> dict[str, Any]:
        self._held_at = None
        if not retry:
            self._retries = 0
        self.pending = {"id": str(uuid.uuid4()), "ts": float(now), "mode": mode}
        self._pending_at = now
        self.state, self.message = "pending", ""
        return dict(self.pending)

    def on_result(self, payload: Any) -> bool:
        """Handle ``hmi/command/precondition_battery/result``; returns True if it answered the pending command."""
        if not isinstance(payload, dict) or self.pending is None:
            return False
        if payload.get("id") != self.pending["id"] or not isinstance(payload.get("ok"), bool):
            return False
        msg = payload.get("message")
        msg = msg[:200] if isinstance(msg, str) else ""
        mode = self.pending["mode"]
        self.pending = None
        if payload.get("sent") is False:
            # The HMI's link held it back (no current data from the car): not the car's answer, so not given up.
            self.state, self.message = "failed", msg
            self._held_at = self._pending_at
            return True
        if payload["ok"]:
            self.acked_mode = mode
            self.state = "active" if mode == FAST_CHARGING_PREPARATION else "inactive"
            self.message = msg
        else:
            self.state, self.message = "failed", msg or Text("trip", TEXTS["refused"])
            self._retries = self.max_retries
        return True
