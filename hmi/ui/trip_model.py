"""Qt adapter for charging-aware trips: the plan as a QML timeline, EV settings, replan message, preconditioning.

Thin by design: the domain work lives in :mod:`hmi.nav.ev`. Nothing heavy runs on the GUI thread: planning, live
replans and the reachable range run on two :class:`hmi.worker.LatestWorker` threads (plans and replans on one,
the range on the other). A newer request cancels the older one: a request still waiting is dropped, a running one
stops at its next checkpoint, and a result that arrives after a newer request is never applied. Results come back
to the GUI thread through a queued signal. ``busy`` is true from the request on; ``spinner`` only once the wait
has lasted :data:`SPINNER_DELAY_MS` (a quick answer shows no flicker). :attr:`TripModel.gui_work` records the
longest GUI-thread work of every entry point (the frame-budget check of the tests). The model never talks
MQTT: it emits :attr:`TripModel.commandRequested` (name, payload) for ``precondition_battery`` and takes the
agent's answer in :meth:`TripModel.onCommandResult`; the app wires both to ``hmi.link``.

QML-facing properties (all with change signals): ``timeline`` (list of steps, see :func:`timeline`), ``hasPlan``,
``busy``, ``spinner``, ``rangeBusy``, ``planError``, ``totalMinutes`` (the timeline's total), ``arrivalSoc``,
``stopCount``, ``nextStop`` (dict for the guidance banner), ``replanMessage``, ``preconditionState``,
``rangePolygon``/``rangePolygonReserve`` ([[lat, lon], …]), ``vehicles`` ([{id, name}]), ``vehicleId``,
``reservePct``, ``arrivalPct``, ``chargeLimitPct``, ``minPowerKw``, ``plugs`` (selected; empty = all),
``availablePlugs``, ``startSoc``/``startLevel`` (the live battery level and its colour class), ``lowBatteryPct``.
Slot ``chargerInfo(id)`` describes one of the map's chargers (for the charger card when its icon on the map is tapped).

Languages and units: the model keeps the domain's raw :class:`~hmi.i18n.Text` values (reasons, replan messages,
unnamed chargers, "Destination") and raw numbers; QML strings are rendered with :func:`hmi.ui.translator.tr`, and
numbers are formatted in QML with ``i18n.fmt`` (km/mi, min, %, kW in the driver's formats). :meth:`retranslate`
re-renders every text after a language or unit change.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from hmi.i18n import QT_TRANSLATE_NOOP, Text
from hmi.nav.ev.cache import configure as configure_caches
from hmi.nav.ev.chargers import Charger
from hmi.nav.ev.consumption import ConsumptionModel, planning_temperature
from hmi.nav.ev.plan_route import plan_route
from hmi.nav.ev.planner import NoFeasibleTrip, Plan, PlanSettings, plan_trip
from hmi.nav.ev.profiles import VehicleProfile, plug_list, plug_name
from hmi.nav.ev.reachable import ReachableArea, reachable_area
from hmi.nav.ev.replan import (
    INACTIVE,
    PlanTracker,
    PreconditionController,
    Progress,
    ReplanMonitor,
    ReplanRequest,
    desired_precondition,
)
from hmi.nav.ev.settings import LOW_BATTERY_PCT, EvSettings, SettingsStore, soc_level
from hmi.nav.graph import haversine_m
from hmi.nav.route_types import Route
from hmi.ui.gui_work import GuiWork
from hmi.ui.translator import tr
from hmi.worker import CancelToken, LatestWorker

log = logging.getLogger(__name__)

PRECONDITION_COMMAND = "precondition_battery"
# Quiet time after the last EV-settings change before an active trip is planned again.
SETTINGS_REPLAN_DELAY_MS = 800
#: A wait shorter than this shows no spinner (most plans answer sooner; a flash of a spinner is noise).
SPINNER_DELAY_MS = 300
#: How long closing the model waits for a job that is past its last checkpoint.
CLOSE_TIMEOUT_S = 2.0

# The adapter's own driver-visible texts (context "trip"); the planner's reasons come from hmi.nav.ev.
TEXTS = {
    #: the trip's starting point: where the car is now
    "current_position": QT_TRANSLATE_NOOP("trip", "Current position"),
    #: the name of a destination that has none
    "destination": QT_TRANSLATE_NOOP("trip", "Destination"),
    #: why no trip could be planned (starts lower-case; shown after other text or capitalised)
    "invalid_destination": QT_TRANSLATE_NOOP("trip", "invalid destination"),
    "no_map": QT_TRANSLATE_NOOP("trip", "no map loaded"),
    "waiting": QT_TRANSLATE_NOOP("trip", "waiting for the car's position and battery level"),
    "failed": QT_TRANSLATE_NOOP("trip", "trip planning failed"),
    #: the EV settings changed during a trip and the route was planned again with them
    "settings_replanned": QT_TRANSLATE_NOOP("trip", "Route updated for your new charging settings"),
    #: the EV settings changed during a trip but no route satisfies them; {reason} starts lower-case
    "settings_infeasible": QT_TRANSLATE_NOOP(
        "trip", "Your new charging settings cannot be met on this trip ({reason}): keeping the current route"
    ),
}


def timeline(plan: Plan, progress: Progress | None = None) -> list[dict[str, Any]]:
    """Steps for the trip timeline: drive / charge / arrive dicts with display-ready numbers (minutes, %).

    From ``progress`` on (the rest of the current leg, then the legs after it; the whole plan without it). A charge
    step's minutes are the time at the stop (charging plus plugging in and paying). Minutes are rounded on the
    *cumulative* time, so the steps add up exactly to the arrive step's total. ``level`` is each SoC's colour
    class under the plan's own settings (:func:`~hmi.nav.ev.settings.soc_level`).
    """
    st = plan.settings
    steps: list[dict[str, Any]] = []
    elapsed_s, shown = 0.0, 0

    def minutes(duration_s: float) -> int:
        nonlocal elapsed_s, shown
        elapsed_s += max(0.0, duration_s)
        step = round(elapsed_s / 60) - shown
        shown += step
        return step

    def level(soc: float) -> str:
        return soc_level(soc, st.reserve_pct)

    first = progress.leg if progress is not None else 0
    for i, leg in enumerate(plan.legs[first:], first):
        current = progress is not None and i == first
        drive_s = progress.remaining_leg_s if current else leg.drive_s
        distance_m = progress.remaining_leg_m if current else leg.distance_m
        stop_s = leg.charge_s + leg.stop_overhead_s
        steps.append(
            {
                "kind": "drive",
                "name": leg.end.name,
                "distanceKm": round(distance_m / 1000, 1),
                "minutes": minutes(drive_s if leg.charger is not None else drive_s + stop_s),
                "arriveSoc": round(leg.arrive_soc),
                "level": level(leg.arrive_soc),
            }
        )
        if leg.charger is not None:
            c = leg.charger
            steps.append(
                {
                    "kind": "charge",
                    "id": c.id,
                    "name": c.name,
                    "minutes": minutes(stop_s),
                    "toSoc": round(leg.charge_to_soc or leg.arrive_soc),
                    "arriveSoc": round(leg.arrive_soc),
                    "level": level(leg.arrive_soc),
                    "powerKw": c.power_kw,
                    "plugs": list(c.plugs),
                    "plug": leg.plug or "",
                    "estimated": c.estimated,
                    "powerEstimated": c.power_estimated,
                    "plugsEstimated": c.plugs_estimated,
                    "lat": c.lat,
                    "lon": c.lon,
                }
            )
    steps.append(
        {
            "kind": "arrive",
            "name": plan.legs[-1].end.name if plan.legs else "",
            "soc": round(plan.arrival_soc),
            "level": level(plan.arrival_soc),
            "minutes": shown,
        }
    )
    return steps


@dataclass(frozen=True)
class _PlanInputs:
    """Everything a plan job reads, copied on the GUI thread (the worker never reads the model's state)."""

    graph: Any
    profile: VehicleProfile
    chargers: tuple[Charger, ...]
    destination: tuple[float, float, str]
    settings: PlanSettings


@dataclass(frozen=True)
class _Planned:
    """A plan job's success: the plan and its guidance route (built on the worker too)."""

    plan: Plan
    route: Route | None


def _plan_job(token: CancelToken, inputs: _PlanInputs, lat: float, lon: float, soc: float) -> object:
    """Worker thread: one planner call (pure Python, no Qt). Returns :class:`_Planned`, the planner's
    NoFeasibleTrip, or the exception that stopped it (logged; the model shows "trip planning failed"). Cancelled
    jobs stop at the checkpoints between the steps."""
    token.check()
    dlat, dlon, dname = inputs.destination
    try:
        result: object = plan_trip(
            inputs.graph,
            inputs.profile,
            list(inputs.chargers),
            (lat, lon),
            (dlat, dlon),
            soc,
            inputs.settings,
            start_name=Text("trip", TEXTS["current_position"]),
            destination_name=dname,
        )
    except NoFeasibleTrip as exc:
        result = exc
    except Exception as exc:
        log.exception("trip planning failed")
        result = exc
    token.check()
    if isinstance(result, Plan):
        try:
            route = plan_route(inputs.graph, result) if hasattr(inputs.graph, "edge_source") else None
        except Exception:  # the follower builds it then; the plan itself is good
            log.exception("no guidance route for the plan")
            route = None
        token.check()
        return _Planned(result, route)
    return result


class TripModel(QObject):
    """The EV trip planner for QML."""

    timelineChanged = Signal()
    planChanged = Signal()
    planErrorChanged = Signal()
    notesChanged = Signal()
    busyChanged = Signal()
    replanMessageChanged = Signal()
    preconditionStateChanged = Signal()
    rangeChanged = Signal()
    settingsChanged = Signal()
    nextStopChanged = Signal()
    spinnerChanged = Signal()
    liveChanged = Signal()
    commandRequested = Signal(str, "QVariantMap")
    _delivered = Signal(object)  # a worker's result handler, run on the GUI thread (queued)

    def __init__(
        self,
        graph: Any,
        chargers: list[Charger],
        profiles: dict[str, VehicleProfile],
        store: SettingsStore,
        parent: QObject | None = None,
    ) -> None:
        """``graph``: a loaded RoadGraph (or None before the map exists); ``profiles`` by id; ``store``: settings."""
        super().__init__(parent)
        self._graph = graph
        self._chargers = list(chargers)
        self._profiles = dict(profiles)
        self._store = store
        self._settings: EvSettings = store.load()
        if self._settings.vehicle_id not in self._profiles and self._profiles:
            self._settings = store.set("vehicle_id", sorted(self._profiles)[0])
        self._configure_caches()
        #: longest GUI-thread work per entry point (CPU time): the frame-budget check
        self.gui_work = GuiWork()
        self._plan: Plan | None = None
        self._route: Route | None = None  # the plan's guidance route (made on the worker with the plan)
        # raw values (Texts inside) and what QML sees (rendered in the current language by retranslate())
        self._timeline_raw: list[dict[str, Any]] = []
        self._timeline: list[dict[str, Any]] = []
        self._notes_raw: list[Any] = []
        self._notes: list[str] = []
        self._error_raw: str = ""
        self._error = ""
        self._busy = False
        self._replan_raw: str = ""
        self._replan_message = ""
        self._precondition = PreconditionController()
        self._monitor: ReplanMonitor | None = None
        self._progress_m = 0.0
        self._progress_external = False
        self._lat = math.nan
        self._lon = math.nan
        self._soc = math.nan
        self._temp = 20.0
        self._charging = False
        self._destination: tuple[float, float, str] | None = None
        self._range: list[list[float]] = []
        self._range_reserve: list[list[float]] = []
        self._range_busy = False
        self._spinner = False
        self._closed = False
        self._delivered.connect(self._run_delivered)
        self._plan_worker: LatestWorker[object] = LatestWorker(self._delivered.emit, name="ev-plan")
        self._range_worker: LatestWorker[object] = LatestWorker(self._delivered.emit, name="ev-range")
        self._spinner_timer = QTimer(self)
        self._spinner_timer.setSingleShot(True)
        self._spinner_timer.setInterval(SPINNER_DELAY_MS)
        self._spinner_timer.timeout.connect(self._on_spinner_due)
        self._start_soc = -1.0
        self._start_level = ""
        # A settings change during a trip replans once the driver stops tapping (+/− steppers repeat).
        self._settings_replan = False
        self._reroute_replan = False  # the plan in flight replaces one the car has left (replanFromHere)
        self._settings_timer = QTimer(self)
        self._settings_timer.setSingleShot(True)
        self._settings_timer.setInterval(SETTINGS_REPLAN_DELAY_MS)
        self._settings_timer.timeout.connect(self._replan_for_settings)
        self._next_stop_raw: dict[str, Any] = {}
        self._next_stop: dict[str, Any] = {}
        # the next stop (and its distance) changes with the plan and with progress along it
        self.planChanged.connect(self._refresh_next_stop)

    # ------------------------------------------------------------------ inputs from the app (vehicle state)
    @Slot(str, result=str)
    def plugName(self, plug: str) -> str:
        """A plug as written on screen (``type2`` → ``Type 2``): the same spelling as the planner's messages."""
        return plug_name(plug)

    @Slot("QVariantList", result=str)
    def plugList(self, plugs: list[str]) -> str:
        """Plugs as written on screen, ``CHAdeMO · Type 2``."""
        return plug_list(str(p) for p in plugs or [])

    @Slot(float, float, float)
    def setLiveState(self, lat: float, lon: float, soc: float) -> None:
        """Latest position and displayed SoC from the vehicle store (invalid values are ignored)."""
        with self.gui_work.measure("setLiveState"):
            self._set_live_state(lat, lon, soc)

    def _set_live_state(self, lat: float, lon: float, soc: float) -> None:
        if (
            all(isinstance(v, int | float) and math.isfinite(v) for v in (lat, lon, soc))
            and 0 <= soc <= 100
            and -90 <= lat <= 90
            and -180 <= lon <= 180
        ):
            self._lat, self._lon, self._soc = float(lat), float(lon), float(soc)
            if self._monitor is not None and not self._progress_external:
                # progress along the EV plan's own route, from the position (forward window: no jumps back)
                along, off = self._monitor.tracker.locate(self._lat, self._lon, self._progress_m)
                if off < 150.0:
                    self._progress_m = max(self._progress_m, along)
            self._refresh_start()
            self._check_replan()
            self._refresh_progress()
        else:
            log.warning("trip model: ignoring live state %r, %r, %r", lat, lon, soc)

    @Slot(float)
    def setOutsideTemperature(self, celsius: float) -> None:
        """Outside temperature for the consumption model (−60 … 70 °C), in whole planning steps."""
        if isinstance(celsius, int | float) and math.isfinite(celsius) and -60 <= celsius <= 70:
            self._temp = planning_temperature(float(celsius))

    @Slot(float)
    def setRouteProgress(self, metres: float) -> None:
        """Metres driven along the active plan's route; once called, it replaces the model's own position matching."""
        if isinstance(metres, int | float) and math.isfinite(metres) and metres >= 0:
            with self.gui_work.measure("setRouteProgress"):
                self._progress_external = True
                self._progress_m = float(metres)
                self._check_replan()
                self._refresh_progress()

    @Slot(bool)
    def setCharging(self, charging: bool) -> None:
        """Whether the car is charging (no replans while it does)."""
        self._charging = bool(charging)

    @Slot(str, "QVariantMap")
    def onCommandResult(self, name: str, payload: dict[str, Any]) -> None:
        """The agent's answer on ``hmi/command/<name>/result``."""
        if name == PRECONDITION_COMMAND and self._precondition.on_result(dict(payload or {})):
            self.preconditionStateChanged.emit()

    def _configure_caches(self) -> None:
        """The planner's caches of the map take their size limits from the EV settings."""
        if self._graph is not None:
            configure_caches(self._graph, self._settings.cache_searches, self._settings.cache_models)

    def set_map(self, graph: Any, chargers: list[Charger]) -> None:
        """Use another map (the app loads it after the first frame); drops the active plan."""
        self._graph = graph
        self._configure_caches()
        self._chargers = list(chargers)
        self.clearPlan()
        profile = self._profiles.get(self._settings.vehicle_id)
        if graph is not None and profile is not None and hasattr(graph, "edge_source"):
            # a country-size map plans on the routing index: its per-vehicle metrics are prepared now, aside
            from hmi.nav.ev.index_hops import warm_up

            warm_up(graph, ConsumptionModel(profile, self._temp), self._chargers)

    # ------------------------------------------------------------------ planning
    @Slot(float, float, str)
    def planTo(self, lat: float, lon: float, name: str) -> None:
        """Plan from the live position/SoC to (lat, lon); the result arrives via ``planChanged``."""
        if not (math.isfinite(lat) and math.isfinite(lon)):
            self._set_error(Text("trip", TEXTS["invalid_destination"]))
            return
        dname = name if isinstance(name, Text) else str(name)[:120]
        self._destination = (float(lat), float(lon), dname or Text("trip", TEXTS["destination"]))
        self._clear_replan_message()  # a new trip starts without the last trip's message
        self._settings_timer.stop()
        self._settings_replan = self._reroute_replan = False
        self._start_plan()

    @Slot()
    def replanFromHere(self) -> None:
        """The car left the plan's route: plan the trip again from the live position (on the worker). The answer
        arrives through ``planChanged``; if no trip works from here the current plan stays."""
        if self._destination is None or self._plan is None:
            return
        self._reroute_replan = True
        self._start_plan()

    @Slot()
    def clearPlan(self) -> None:
        """Drop the active plan (and stop preconditioning); a plan or replan still being computed is cancelled."""
        self._destination = None
        self._plan_worker.cancel()
        self._settings_timer.stop()
        self._settings_replan = self._reroute_replan = False
        self._plan, self._monitor, self._route = None, None, None
        self._set_timeline([])
        self._set_notes([])
        self._set_error_text("")
        self._set_busy(False)
        self._clear_replan_message()
        self.planChanged.emit()
        self._step_precondition()

    def _clear_replan_message(self) -> None:
        self._set_replan_message("")

    def _set_replan_message(self, message: str) -> None:
        self._replan_raw = message
        rendered = tr(message)
        if rendered != self._replan_message:
            self._replan_message = rendered
            self.replanMessageChanged.emit()

    def _set_timeline(self, steps: list[dict[str, Any]]) -> None:
        self._timeline_raw = steps
        self._timeline = tr(steps)
        self.timelineChanged.emit()

    def _set_notes(self, raw: list[Any]) -> None:
        """The plan's notes for the driver (translatable Texts): its warnings, then why a leg takes a slower road."""
        self._notes_raw = raw
        rendered = [str(t) for t in tr(raw)]
        if rendered != self._notes:
            self._notes = rendered
            self.notesChanged.emit()

    def _set_error_text(self, reason: str) -> None:
        """Keep the raw reason (a Text when the planner made it) and show it rendered."""
        self._error_raw = reason
        rendered = tr(reason)
        if rendered != self._error:
            self._error = rendered
            self.planErrorChanged.emit()

    @Slot()
    def retranslate(self) -> None:
        """Re-render every QML-visible text in the current language and formats (the app calls this after a
        language, unit, temperature, clock or text-size change). Numbers are formatted in QML with i18n.fmt.
        """
        self._set_error_text(self._error_raw)
        self._set_replan_message(self._replan_raw)
        self._set_notes(self._notes_raw)
        steps = tr(self._timeline_raw)
        if steps != self._timeline:  # (the Repeater rebuilds on every change: only when a name changed)
            self._timeline = steps
            self.timelineChanged.emit()
        stop = tr(self._next_stop_raw)
        if stop != self._next_stop:
            self._next_stop = stop
            self.nextStopChanged.emit()

    def _plan_inputs(self) -> _PlanInputs:
        """The planner's inputs as they are now (copied: the worker never reads the model)."""
        assert self._destination is not None
        return _PlanInputs(
            graph=self._graph,
            profile=self._profiles[self._settings.vehicle_id],
            chargers=tuple(self._chargers),
            destination=self._destination,
            settings=self._settings.plan_settings(self._temp),
        )

    def _start_plan(self) -> None:
        if self._graph is None:
            self._set_error(Text("trip", TEXTS["no_map"]))
            return
        if not (math.isfinite(self._lat) and math.isfinite(self._soc)) or self._destination is None:
            self._set_error(Text("trip", TEXTS["waiting"]))
            return
        inputs, start = self._plan_inputs(), (self._lat, self._lon, self._soc)
        self._set_busy(True)
        self._plan_worker.submit(
            lambda token: _plan_job(token, inputs, *start), lambda result: self._on_plan_done(result)
        )

    def _run_delivered(self, handler: object) -> None:
        """A worker's result on the GUI thread (queued signal slot: never raises into the loop)."""
        if self._closed:
            return
        with self.gui_work.measure("result"):
            try:
                handler()  # type: ignore[operator]
            except Exception:
                log.exception("applying a trip result failed")

    def _on_plan_done(self, result: object) -> None:
        self._set_busy(False)
        if isinstance(result, _Planned):
            self._route, result = result.route, result.plan
        settings_replan, self._settings_replan = self._settings_replan, False
        reroute, self._reroute_replan = self._reroute_replan, False
        if reroute and not isinstance(result, Plan) and self._plan is not None:
            # Off the route and no trip from here: the navigation model falls back to a plain reroute.
            log.info("no trip from the car's new position: %s", result)
            self.planChanged.emit()
            return
        if settings_replan and isinstance(result, NoFeasibleTrip) and self._plan is not None:
            # Guidance goes on with the route the car is on; the driver learns why nothing changed.
            self._set_replan_message(Text("trip", TEXTS["settings_infeasible"], reason=result.reason))
            return
        if isinstance(result, Plan):
            changed = ""
            if reroute and self._monitor is not None and self._plan is not None:
                changed = self._monitor.reroute_change(self._progress_m, result)
            self._adopt(result)
            self._set_error_text("")
            if settings_replan:
                self._set_replan_message(Text("trip", TEXTS["settings_replanned"]))
            elif changed:
                self._set_replan_message(changed)
        elif isinstance(result, NoFeasibleTrip):
            self._set_error(result.reason)
        else:
            log.error("trip planning failed: %r", result)
            self._set_error(Text("trip", TEXTS["failed"]))
        self.planChanged.emit()

    def _adopt(self, plan: Plan) -> None:
        self._plan = plan
        self._set_notes([*plan.warnings, *(leg.why_text for leg in plan.legs if leg.why_text)])
        self._progress_m = 0.0  # a new plan starts at the car's position
        if self._monitor is None:
            self._monitor = ReplanMonitor(plan)
        else:
            self._monitor.set_plan(plan)
        self._refresh_progress()
        self._step_precondition()

    def _check_replan(self) -> None:
        """Ask the monitor whether the live SoC calls for a replan; if so, plan on the worker (never here)."""
        if self._monitor is None or self._plan is None or self._busy or not math.isfinite(self._soc):
            return
        request = self._monitor.check(
            self._progress_m, self._soc, self._lat, self._lon, charging=self._charging, now=time.monotonic()
        )
        if request is not None and self._destination is not None and self._graph is not None:
            inputs = self._plan_inputs()
            self._set_busy(True)
            self._plan_worker.submit(
                lambda token: _plan_job(token, inputs, request.lat, request.lon, request.soc),
                lambda result: self._on_replan_done(request, result),
            )
        self._step_precondition()

    def _on_replan_done(self, request: ReplanRequest, result: object) -> None:
        self._set_busy(False)
        route = None
        if isinstance(result, _Planned):
            route, result = result.route, result.plan
        if self._monitor is None or not isinstance(result, Plan | NoFeasibleTrip):
            if not isinstance(result, Plan | NoFeasibleTrip):
                log.error("live replan failed: %r", result)
            return
        event = self._monitor.resolve(request, result)
        if event is not None:
            if event.plan is not None:
                self._route = route
                self._adopt(event.plan)
                self.planChanged.emit()
            if event.message:
                self._set_replan_message(event.message)
        self._step_precondition()

    def _step_precondition(self) -> None:
        mode = INACTIVE
        if self._plan is not None:
            tracker = self._monitor.tracker if self._monitor is not None else PlanTracker(self._plan)
            prog = tracker.progress(self._progress_m) if self._plan.legs else None
            mode = desired_precondition(self._plan, prog)
        before = self._precondition.state
        payload = self._precondition.step(mode)
        if payload is not None:
            self.commandRequested.emit(PRECONDITION_COMMAND, payload)
        if self._precondition.state != before:
            self.preconditionStateChanged.emit()

    def _set_error(self, reason: str) -> None:
        self._set_error_text(reason)
        self.planChanged.emit()

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit()
        self._update_spinner()

    def _update_spinner(self) -> None:
        """Hide the spinner as soon as nothing is awaited; start the delay when a wait begins."""
        if not (self._busy or self._range_busy):
            self._spinner_timer.stop()
            self._set_spinner(False)
        elif not self._spinner and not self._spinner_timer.isActive():
            self._spinner_timer.start()

    def _on_spinner_due(self) -> None:
        self._set_spinner(self._busy or self._range_busy)

    def _set_spinner(self, show: bool) -> None:
        if show != self._spinner:
            self._spinner = show
            self.spinnerChanged.emit()

    def _refresh_start(self) -> None:
        """The live battery level the timeline starts from, and its colour class under the current settings."""
        level = soc_level(self._soc, self._settings.reserve_pct) if math.isfinite(self._soc) else ""
        soc = self._soc if math.isfinite(self._soc) else -1.0
        if (round(soc), level) != (round(self._start_soc), self._start_level):
            self._start_soc, self._start_level = soc, level
            self.liveChanged.emit()

    def _refresh_progress(self) -> None:
        """The timeline and next stop from the car's progress along the plan (signals only on a visible change)."""
        if self._plan is None:
            return
        tracker = self._monitor.tracker if self._monitor is not None else PlanTracker(self._plan)
        steps = timeline(self._plan, tracker.progress(self._progress_m) if self._plan.legs else None)
        if steps != self._timeline_raw:
            self._set_timeline(steps)
        self._refresh_next_stop()

    # ------------------------------------------------------------------ reachable range
    @Slot()
    def updateRange(self) -> None:
        """Recompute the reachable-range polygons from the live position and SoC on the range worker."""
        with self.gui_work.measure("updateRange"):
            if self._graph is None or not (math.isfinite(self._lat) and math.isfinite(self._soc)):
                return
            graph, profile = self._graph, self._profiles[self._settings.vehicle_id]
            temp, reserve = self._temp, self._settings.reserve_pct
            lat, lon, soc = self._lat, self._lon, self._soc

            def job(token: CancelToken) -> ReachableArea | None:
                token.check()
                try:
                    area = reachable_area(graph, ConsumptionModel(profile, temp), lat, lon, soc, reserve)
                except ValueError as exc:
                    log.warning("reachable range: %s", exc)
                    return None
                token.check()
                return area

            self._range_busy = True
            self.rangeChanged.emit()
            self._update_spinner()
            self._range_worker.submit(job, self._on_range_done)

    def _on_range_done(self, area: object) -> None:
        self._range_busy = False
        if isinstance(area, ReachableArea):
            self._range = [list(p) for p in area.polygon]
            self._range_reserve = [list(p) for p in area.polygon_reserve]
        self.rangeChanged.emit()
        self._update_spinner()

    # ------------------------------------------------------------------ settings
    def _set_setting(self, key: str, value: Any) -> None:
        try:
            self._settings = self._store.set(key, value)
        except ValueError as exc:
            log.warning("ev settings: %s", exc)
            return
        self.settingsChanged.emit()
        self._refresh_start()  # the live level's colour depends on the reserve
        if self._destination is not None and self._plan is not None:
            self._settings_timer.start()  # (re)start: one replan after the last tap

    def _replan_for_settings(self) -> None:
        """The active trip, planned again from here with the new settings (a Qt timer slot: never raises)."""
        try:
            if self._destination is None or self._plan is None:
                return
            self._settings_replan = True
            self._start_plan()
        except Exception:
            log.exception("replanning for new EV settings failed")

    @Slot(str)
    def setVehicleId(self, vehicle_id: str) -> None:
        """Select a vehicle profile by id (unknown ids are ignored)."""
        if vehicle_id in self._profiles:
            self._set_setting("vehicle_id", vehicle_id)
            self._set_setting("plugs", [p for p in self._settings.plugs if p in self._profiles[vehicle_id].plugs])

    @Slot(float)
    def setReservePct(self, v: float) -> None:
        """Reserve SoC, % (0 … 50)."""
        self._set_setting("reserve_pct", v)

    @Slot(float)
    def setArrivalPct(self, v: float) -> None:
        """Arrival SoC at the destination, % (0 … 100)."""
        self._set_setting("arrival_pct", v)

    @Slot(float)
    def setChargeLimitPct(self, v: float) -> None:
        """Charge limit at stops, % (20 … 100)."""
        self._set_setting("charge_limit_pct", v)

    @Slot(float)
    def setMinPowerKw(self, v: float) -> None:
        """Ignore chargers below this power, kW."""
        self._set_setting("min_power_kw", v)

    @Slot("QVariantList")
    def setPlugs(self, plugs: list[str]) -> None:
        """Plug filter (empty = every plug the car has)."""
        self._set_setting("plugs", list(plugs or []))

    # ------------------------------------------------------------------ charger details
    @Slot(str, result="QVariantMap")
    def chargerInfo(self, charger_id: str) -> dict[str, Any]:
        """One of the map's chargers for the charger card ({} for an unknown id).

        ``compatible``: the selected car has one of its plugs and it passes the driver's power/plug filters;
        ``distanceKm``: straight-line distance from the car (-1 when the position is unknown).
        """
        if not isinstance(charger_id, str) or not charger_id or len(charger_id) > 200:
            return {}
        c = next((c for c in self._chargers if c.id == charger_id), None)
        if c is None:
            log.warning("charger card: unknown charger id %r", charger_id[:80])
            return {}
        profile = self._profiles.get(self._settings.vehicle_id)
        car_plugs = [
            p for p in (profile.plugs if profile else ()) if not self._settings.plugs or p in self._settings.plugs
        ]
        usable = [p for p in c.plugs if p in car_plugs]
        dist = (
            haversine_m(self._lat, self._lon, c.lat, c.lon) / 1000
            if math.isfinite(self._lat) and math.isfinite(self._lon)
            else -1.0
        )
        return {
            "id": c.id,
            "name": tr(c.name),
            "lat": c.lat,
            "lon": c.lon,
            "powerKw": c.power_kw,
            "plugs": list(c.plugs),
            "usablePlugs": usable,
            "numPoints": c.num_points,
            "access": c.access,
            "source": c.source,
            "estimated": c.estimated,
            "powerEstimated": c.power_estimated,
            "plugsEstimated": c.plugs_estimated,
            "compatible": bool(usable) and c.power_kw >= self._settings.min_power_kw and c.access != "private",
            "distanceKm": round(dist, 1),
        }

    def shutdown(self) -> None:
        """Cancel and stop the workers, stop the timers, close the settings database (call on app exit).

        Nothing outlives the model: a running job is cancelled and its result never applied.
        """
        self._closed = True
        self._settings_timer.stop()
        self._spinner_timer.stop()
        self._plan_worker.close(CLOSE_TIMEOUT_S)
        self._range_worker.close(CLOSE_TIMEOUT_S)
        self._store.close()

    # ------------------------------------------------------------------ QML properties
    def _get_timeline(self) -> list[dict[str, Any]]:
        return self._timeline

    def _get_has_plan(self) -> bool:
        return self._plan is not None

    def _get_busy(self) -> bool:
        return self._busy

    def _get_error(self) -> str:
        return self._error

    def _get_total_minutes(self) -> int:
        # the arrive step's total: the sum of the steps shown, from the car's position on
        return int(self._timeline_raw[-1]["minutes"]) if self._plan and self._timeline_raw else 0

    @property
    def remaining_s(self) -> float | None:
        """Time to the destination as the timeline shows it (whole minutes, in s), None without a plan."""
        return self._get_total_minutes() * 60.0 if self._plan is not None else None

    def _get_spinner(self) -> bool:
        return self._spinner

    def _get_range_busy(self) -> bool:
        return self._range_busy

    def _get_start_soc(self) -> float:
        return float(round(self._start_soc))  # whole %, as shown

    def _get_start_level(self) -> str:
        return self._start_level

    def _get_low_battery(self) -> float:
        return LOW_BATTERY_PCT

    def _get_arrival_soc(self) -> float:
        return round(self._plan.arrival_soc, 1) if self._plan else 0.0

    def _get_stop_count(self) -> int:
        return len(self._plan.stops) if self._plan else 0

    def _compute_next_stop(self) -> dict[str, Any]:
        if self._plan is None or not self._plan.legs:
            return {}
        tracker = self._monitor.tracker if self._monitor is not None else PlanTracker(self._plan)
        p = tracker.progress(self._progress_m)
        for i in range(p.leg, len(self._plan.legs)):
            leg = self._plan.legs[i]
            if leg.charger is not None:
                # distance along the plan's route to the stop, in 0.1 km steps (a change every ~100 m at most)
                km = round(max(0.0, tracker.leg_end_m[i] - self._progress_m) / 1000, 1)
                return {
                    "id": leg.charger.id,
                    "name": leg.charger.name,
                    "powerKw": leg.charger.power_kw,
                    "plug": leg.plug or "",
                    "estimated": leg.charger.estimated,
                    # the stop's minutes as the timeline shows them (one rounding source)
                    "chargeMinutes": next(
                        (
                            st["minutes"]
                            for st in self._timeline_raw
                            if st["kind"] == "charge" and st["id"] == leg.charger.id
                        ),
                        round((leg.charge_s + leg.stop_overhead_s) / 60),
                    ),
                    "toSoc": round(leg.charge_to_soc or 0),
                    "arriveSoc": round(leg.arrive_soc),
                    "lat": leg.charger.lat,
                    "lon": leg.charger.lon,
                    "distanceKm": km,
                }
        return {}

    def _refresh_next_stop(self) -> None:
        raw = self._compute_next_stop()
        if raw != self._next_stop_raw:
            self._next_stop_raw = raw
            self._next_stop = tr(raw)
            self.nextStopChanged.emit()

    def _get_next_stop(self) -> dict[str, Any]:
        return self._next_stop

    def _get_notes(self) -> list[str]:
        return self._notes

    def _get_replan_message(self) -> str:
        return self._replan_message

    def _get_precondition_state(self) -> str:
        return self._precondition.state

    def _get_range(self) -> list[list[float]]:
        return self._range

    def _get_range_reserve(self) -> list[list[float]]:
        return self._range_reserve

    def _get_vehicles(self) -> list[dict[str, str]]:
        return [{"id": p.id, "name": p.name} for p in sorted(self._profiles.values(), key=lambda p: p.name)]

    def _get_vehicle_id(self) -> str:
        return self._settings.vehicle_id

    def _get_reserve(self) -> float:
        return self._settings.reserve_pct

    def _get_arrival(self) -> float:
        return self._settings.arrival_pct

    def _get_limit(self) -> float:
        return self._settings.charge_limit_pct

    def _get_min_power(self) -> float:
        return self._settings.min_power_kw

    def _get_plugs(self) -> list[str]:
        return list(self._settings.plugs)

    def _get_available_plugs(self) -> list[str]:
        p = self._profiles.get(self._settings.vehicle_id)
        return list(p.plugs) if p else []

    timeline = Property("QVariantList", _get_timeline, notify=timelineChanged)
    hasPlan = Property(bool, _get_has_plan, notify=planChanged)
    busy = Property(bool, _get_busy, notify=busyChanged)
    spinner = Property(bool, _get_spinner, notify=spinnerChanged)
    rangeBusy = Property(bool, _get_range_busy, notify=rangeChanged)
    startSoc = Property(float, _get_start_soc, notify=liveChanged)
    startLevel = Property(str, _get_start_level, notify=liveChanged)
    lowBatteryPct = Property(float, _get_low_battery, constant=True)
    planError = Property(str, _get_error, notify=planErrorChanged)
    totalMinutes = Property(int, _get_total_minutes, notify=timelineChanged)
    arrivalSoc = Property(float, _get_arrival_soc, notify=planChanged)
    stopCount = Property(int, _get_stop_count, notify=planChanged)
    nextStop = Property("QVariantMap", _get_next_stop, notify=nextStopChanged)
    replanMessage = Property(str, _get_replan_message, notify=replanMessageChanged)
    #: the plan's notes, translated: low start, a leg on a slower road and why, chargers left out of the search
    notes = Property("QVariantList", _get_notes, notify=notesChanged)
    preconditionState = Property(str, _get_precondition_state, notify=preconditionStateChanged)
    rangePolygon = Property("QVariantList", _get_range, notify=rangeChanged)
    rangePolygonReserve = Property("QVariantList", _get_range_reserve, notify=rangeChanged)
    vehicles = Property("QVariantList", _get_vehicles, constant=True)
    vehicleId = Property(str, _get_vehicle_id, notify=settingsChanged)
    reservePct = Property(float, _get_reserve, notify=settingsChanged)
    arrivalPct = Property(float, _get_arrival, notify=settingsChanged)
    chargeLimitPct = Property(float, _get_limit, notify=settingsChanged)
    minPowerKw = Property(float, _get_min_power, notify=settingsChanged)
    plugs = Property("QVariantList", _get_plugs, notify=settingsChanged)
    availablePlugs = Property("QVariantList", _get_available_plugs, notify=settingsChanged)

    @property
    def plan(self) -> Plan | None:
        """The active plan (Python side)."""
        return self._plan

    @property
    def plan_route(self) -> Route | None:
        """The active plan's guidance route, built with it on the worker (None without one)."""
        return self._route if self._plan is not None else None

    @property
    def plan_error(self) -> str:
        """Why the last plan failed, raw (a :class:`~hmi.i18n.Text` to render or embed in another Text; "" if none)."""
        return self._error_raw

    @property
    def replan_message(self) -> str:
        """The last replan message, raw (a :class:`~hmi.i18n.Text`; "" if none)."""
        return self._replan_raw
