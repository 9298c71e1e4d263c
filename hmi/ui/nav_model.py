"""Qt adapter: navigation for QML (``nav``) — search, destinations, route, live guidance, phone destinations.

Thin: routing, guidance and validation live in ``hmi.nav``; this class moves data between
them, the vehicle store, the MQTT link and QML. Route planning and searching run in a worker
thread (``run_in_executor``) and post their result back to the Qt loop; :meth:`NavModel.close` cancels every
task still waiting, so none outlives the model.

With a charging plan, the trip bar's remaining time and arrival are the trip timeline's total
(:attr:`hmi.ui.trip_model.TripModel.remaining_s`): the legs on screen add up to the time shown.

Texts stay raw (:class:`hmi.i18n.Text` messages, guidance states, places with their position) and are rendered
for QML with :func:`hmi.ui.translator.tr` and :func:`hmi.ui.translator.formats`; :meth:`NavModel.retranslate`
renders them again after a language, unit or clock setting changed.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Coroutine
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from hmi.i18n import QT_TRANSLATE_NOOP, Text
from hmi.link import signals as sig
from hmi.link import topics
from hmi.link.validate import Rejected
from hmi.nav.session import (
    NavigationSession,
    PhoneDestination,
    Place,
    encode,
    parse_phone_destination,
    routing_error_text,
)
from hmi.ui.gui_work import GuiWork
from hmi.ui.translator import formats, tr

log = logging.getLogger(__name__)

#: Guidance runs at most this often (the position arrives at 10 Hz).
GUIDANCE_INTERVAL_MS = 200
#: hmi/navigation/active is refreshed this often while guiding (ETA drifts).
ACTIVE_REFRESH_S = 30.0
MAX_QUERY = 100

#: Screen messages of the Navigate page (context "nav"; route instructions are in ``hmi.nav.guidance``).
MESSAGES = {
    "no-map": QT_TRANSLATE_NOOP("nav", "No offline map is installed. Build one with: {command}"),
    "no-map-at": QT_TRANSLATE_NOOP("nav", "No offline map is installed at {path}. Build one with: {command}"),
    "loading": QT_TRANSLATE_NOOP("nav", "Loading the offline map…"),
    "unusable": QT_TRANSLATE_NOOP("nav", "The offline map cannot be used: {reason}"),
    "rerouted": QT_TRANSLATE_NOOP("nav", "Route recalculated"),
    "arrived": QT_TRANSLATE_NOOP("nav", "You have arrived at {name}"),
    "locked": QT_TRANSLATE_NOOP("nav", "Search is locked while driving: pick a recent or favourite destination"),
    "saved-home": QT_TRANSLATE_NOOP("nav", "Saved as Home"),
    "saved-work": QT_TRANSLATE_NOOP("nav", "Saved as Work"),
    #: after a tap on "Set home" (no Home saved yet): how to save one
    "set-home": QT_TRANSLATE_NOOP(
        "nav", "To set Home: search for it, start the route, then tap the house on the trip bar"
    ),
    "set-work": QT_TRANSLATE_NOOP(
        "nav", "To set Work: search for it, start the route, then tap the briefcase on the trip bar"
    ),
    "no-position": QT_TRANSLATE_NOOP("nav", "The car's position is not known yet"),
    "planning": QT_TRANSLATE_NOOP("nav", "Planning the route to {name}…"),
    "failed": QT_TRANSLATE_NOOP("nav", "The route could not be planned"),
    "no-trip": QT_TRANSLATE_NOOP("nav", "No feasible trip"),
    "destination": QT_TRANSLATE_NOOP("nav", "Destination"),
}
MAPBUILD_COMMAND = "hmi mapbuild EXTRACT -o DIR"  # a command line: never translated


def _msg(key: str, **args: Any) -> Text:
    return Text("nav", MESSAGES[key], **args)


def remaining_charge_s(plan, along_m: float) -> float:
    """Charging time (with the per-stop overhead) at the plan's stops that lie ahead of ``along_m``."""
    total, end = 0.0, 0.0
    for leg in plan.legs:
        end += leg.distance_m
        if leg.charger is not None and end > along_m:
            total += leg.charge_s + leg.stop_overhead_s
    return total


def _open_map(path: Path) -> NavigationSession:
    """The navigation session of the map in ``path``, with what is built on first use prepared here on the worker:
    the map view's scene of it and the road-segment grid that turns a charging plan into a route (each held the
    GUI thread for 60–110 ms when first asked for there)."""
    session = NavigationSession(path)
    from hmi.nav.snapping import segment_grid
    from hmi.ui.map_render import MapScene

    segment_grid(session.graph)

    try:
        MapScene.shared(path)
    except Exception:  # the map view reports an unusable map itself, in its own words
        log.debug("map scene of %s not prepared", path, exc_info=True)
    return session


class NavModel(QObject):
    """Everything the Navigate page shows and does."""

    changed = Signal()
    resultsChanged = Signal()
    destinationsChanged = Signal()
    guidanceChanged = Signal()
    routeChanged = Signal()
    noticeChanged = Signal()
    """The one-line notice changed (its own signal: a "Route recalculated" re-evaluates that line only)."""
    """The route polyline (``coordinates``) changed: its own signal, so a new route re-evaluates the map's route
    and nothing else on the page."""

    mapLoaded = Signal()
    """The road graph is loaded (``session`` is set)."""

    def __init__(
        self,
        store,
        link,
        settings_store,
        data_dir: Path,
        map_path: Path | None,
        loop,
        trip=None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # EV trip planner (hmi.ui.trip_model.TripModel): when present and the SoC is known, destinations are
        # planned with charging stops and guidance follows the plan's route.
        self._trip = trip
        self._pending: tuple[Place, str] | None = None
        self._plan = None
        self._plan_route = None  # the guidance route made from the trip plan (None after a reroute off it)
        #: longest GUI-thread work of the model's trip-following entry points (the frame-budget check)
        self.gui_work = GuiWork()
        # A new plan is followed in the next loop iteration, not inside the trip model's result handler: two
        # small pieces of work instead of one frame-sized one.
        self._follow_timer = QTimer(self)
        self._follow_timer.setSingleShot(True)
        self._follow_timer.setInterval(0)
        self._follow_timer.timeout.connect(self._follow_plan)
        # ... and shown (the map's route line, the navigation state for the car) in the iteration after that.
        self._show_route_timer = QTimer(self)
        self._show_route_timer.setSingleShot(True)
        self._show_route_timer.setInterval(0)
        self._show_route_timer.timeout.connect(self._show_route)
        if trip is not None:
            trip.planChanged.connect(self._follow_timer.start)
            trip.timelineChanged.connect(self._on_trip_timeline)
        self._tasks: set[asyncio.Task] = set()
        self._closed = False
        self._store = store
        self._link = link
        self._settings = settings_store
        self._loop = loop
        self._session: NavigationSession | None = None
        self._map_message: str = ""
        self._places: list[Place] = []  # raw search results; _results is their rendered view
        self._results: list[dict[str, Any]] = []
        self._searching = False
        self._search_seq = 0
        self._planning = False
        self._rerouting = False
        # Off the route of a charging plan, the trip is planned again from the car (its stops may change); a plain
        # reroute, which would drop the stops, only if that fails.
        self._trip_reroute = False
        self._trip_reroute_failed = False
        self._notice: str = ""  # a Text (or an already rendered str from the trip planner)
        self._phone: PhoneDestination | None = None
        self._state = None  # last GuidanceState (raw), rendered into _guidance
        self._guidance: dict[str, Any] = {}
        self._coordinates: list[list[float]] = []
        self._arrived = False
        self._last_active_publish = 0.0
        self._locked, self._lock_reason = link.text_entry_lock()
        self._map_path = map_path
        # Our own worker (not the loop's default executor) so close() can shut it down cleanly.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nav")
        from hmi.nav.paths import is_built

        if map_path is None or not is_built(map_path):
            self._map_path = None
            if map_path is not None:
                self._map_message = _msg("no-map-at", path=str(map_path), command=MAPBUILD_COMMAND)
            else:
                self._map_message = _msg("no-map", command=MAPBUILD_COMMAND)
        else:
            self._map_message = _msg("loading")
        from hmi.nav.recents import DestinationStore

        self._destinations = DestinationStore(data_dir / "destinations.sqlite")
        self._fix_timer = QTimer(self)
        self._fix_timer.setSingleShot(True)
        self._fix_timer.setInterval(GUIDANCE_INTERVAL_MS)
        self._fix_timer.timeout.connect(self._on_fix)
        store.subscribe(self._on_signal)
        link.on_safety(self._update_lock)
        link.add_handler(topics.SERVICES_DESTINATION, self._on_phone_destination)

    def load_map(self) -> None:
        """Load the road graph in a worker thread (called after the first frame: numpy is not on the start-up path)."""
        if self._map_path is None or self._session is not None:
            return
        path = self._map_path

        async def run() -> None:
            try:
                session = await self._loop.run_in_executor(self._executor, _open_map, path)
            except Exception as exc:  # a corrupt map must show a message, never stop the HMI
                log.error("map %s unusable: %s", path, exc)
                self._map_message = _msg("unusable", reason=str(exc)[:160])
                self.changed.emit()
                return
            self._session = session
            self._map_message = ""
            self.changed.emit()
            self.mapLoaded.emit()
            log.info("offline map %s loaded", path)

        self._spawn(run())

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        """Run ``coro`` on the loop as a task the model owns (cancelled by :meth:`close`)."""
        if self._closed:
            coro.close()
            return
        task = self._loop.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @property
    def session(self) -> NavigationSession | None:
        """The loaded navigation session (None until the map is loaded)."""
        return self._session

    # ------------------------------------------------------------------ inputs
    def _on_signal(self, path: str, value: Any, ts: float) -> None:
        if path in (sig.SPEED, sig.GEAR):
            self._update_lock()
        guiding = self._session is not None and self._session.active
        if path in (sig.LATITUDE, sig.LONGITUDE) and guiding and not self._fix_timer.isActive():
            self._fix_timer.start()

    def _update_lock(self) -> None:
        # Text entry unlocks only on fresh "parked, not moving" from an online car (hmi.vehicle.freshness).
        lock = self._link.text_entry_lock()
        if lock != (self._locked, self._lock_reason):
            self._locked, self._lock_reason = lock
            self.changed.emit()

    def _on_fix(self) -> None:
        try:
            lat, lon = self._store.get(sig.LATITUDE), self._store.get(sig.LONGITUDE)
            if lat is None or lon is None or self._session is None or not self._session.active:
                return
            heading, speed = self._store.get(sig.HEADING), self._store.get(sig.SPEED)
            state = self._session.on_fix(lat, lon, heading, speed, reroute=False)
            if state is None:
                return
            self._show_state(state)
            if self._session.needs_reroute and not self._rerouting:
                self._reroute(lat, lon, heading)
        except Exception:  # a Qt timer slot must never raise into the loop
            log.exception("guidance update failed")

    def _reroute(self, lat: float, lon: float, heading: float | None) -> None:
        """Plan the way back in the worker (never on the GUI thread), then follow it from the newest fix."""
        session = self._session
        self._rerouting = True
        soc = self._store.get(sig.SOC)
        if self._following_plan() and not self._trip_reroute_failed and soc is not None:
            # the trip model plans from here on its worker; the new plan arrives through planChanged
            self._trip_reroute = True
            self._trip.setLiveState(lat, lon, float(soc))
            self._trip.replanFromHere()
            return

        async def run() -> None:
            from hmi.nav.route import RoutingError

            try:
                try:
                    route = await self._loop.run_in_executor(self._executor, session.plan_reroute, lat, lon, heading)
                except RoutingError as exc:
                    if session is self._session and session.active:
                        self._show_state(session.reroute_failed(exc))
                    return
                if session is not self._session or not session.active:
                    return  # guidance ended or the map changed meanwhile
                now = self._store.get(sig.LATITUDE), self._store.get(sig.LONGITUDE)
                at = now if None not in now else (lat, lon)
                state = session.apply_reroute(route, *at, self._store.get(sig.HEADING), self._store.get(sig.SPEED))
                self._show_state(state)
            except Exception:
                log.exception("rerouting failed")
            finally:
                self._rerouting = False

        self._spawn(run())

    def _show_state(self, state) -> None:
        """Announce a guidance state's events and render it for QML."""
        if state is None:
            return
        for event in state.events:
            if event == "rerouted":
                self._coordinates = [[a, b] for a, b in self._session.route.coordinates]
                self.routeChanged.emit()
                self._set_notice(_msg("rerouted"), only=True)
                self._publish_active(force=True)
            elif event.startswith("reroute-failed"):
                self._set_notice(self._session.reroute_error or _msg("failed"), only=True)
            elif event == "arrived" and not self._arrived:
                self._arrived = True
                self._set_notice(_msg("arrived", name=self._session.destination.name))
        state.events = []  # announced once
        self._state = state
        self._guidance = self._guidance_view(state)
        self.guidanceChanged.emit()
        self._publish_active()

    def _on_phone_destination(self, topic: str, payload: bytes) -> None:
        if topic != topics.SERVICES_DESTINATION:
            return
        result = parse_phone_destination(payload)
        if isinstance(result, Rejected):
            log.warning("rejected phone destination: %s", result.reason)
            return
        self._phone = result
        self.changed.emit()

    # ------------------------------------------------------------------ view helpers
    def _guidance_view(self, state) -> dict[str, Any]:
        """The banner and trip line in the current language and formats (raw numbers alongside)."""
        from hmi.nav.guidance import format_instruction, lane_icons, maneuver_text, over_speed_limit, sign_text

        f = formats()
        nxt, then = state.next_maneuver, state.then_maneuver
        # Time still to spend at charging stops ahead (the trip's ETA includes charging).
        trip_s = self._trip.remaining_s if self._following_plan() else None
        if trip_s is not None:
            remaining_s, eta = trip_s, time.time() + trip_s  # the timeline's total: its legs add up to it
        else:
            charging_s = remaining_charge_s(self._plan, state.along_m) if self._plan is not None else 0.0
            remaining_s = state.remaining_s + charging_s
            eta = state.eta + charging_s if state.eta == state.eta else state.eta
        if nxt is not None and (state.arrived or (nxt.kind == "arrive" and state.distance_to_next_m < 15)):
            text = format_instruction(nxt, None)  # "You have arrived at your destination"
        else:
            text = maneuver_text(nxt) if nxt else ""
        return {
            "kind": nxt.kind if nxt else "",
            "text": tr(text),
            "distance": f.short_distance_m(state.distance_to_next_m) if nxt and not state.arrived else "",
            "distanceM": float(state.distance_to_next_m) if nxt else -1.0,
            "then": tr(maneuver_text(then)) if then else "",
            "remainingDistance": f.distance_km(state.remaining_m / 1000),
            "remainingTime": f.duration(remaining_s),
            "eta": f.clock(eta) if eta == eta else "",
            "street": state.current_street,
            "progressM": float(state.along_m),
            "offRoute": bool(state.off_route),
            **self._limit_view(state.speed_limit_kmh, over_speed_limit, f),
            "lanes": lane_icons(state.lanes),
            "sign": tr(sign_text(nxt.sign)) if nxt is not None and not state.arrived else "",
        }

    def _following_plan(self) -> bool:
        """Guidance follows the trip plan's own route (not a reroute off it): the plan's times apply."""
        return (
            self._trip is not None
            and self._plan is not None
            and self._plan is self._trip.plan
            and self._session is not None
            and self._plan_route is not None
            and self._session.route is self._plan_route
        )

    def _on_trip_timeline(self) -> None:
        """The trip timeline changed (progress, replan): the trip bar shows its total."""
        try:
            if self._state is not None and self._session is not None and self._session.active:
                self._guidance = self._guidance_view(self._state)
                self.guidanceChanged.emit()
        except Exception:
            log.exception("nav: trip bar update failed")

    def _limit_view(self, limit: float | None, over_rule, f) -> dict[str, Any]:
        """The speed limit sign: the limit (km/h, 0 unmapped), its number in the driver's units, whether the
        road has no limit, and whether the car (fresh speed only) is above it."""
        speed = None if self._store.is_stale(sig.SPEED) else self._store.get(sig.SPEED)
        if limit is None:
            return {"speedLimitKmh": 0.0, "speedLimitText": "", "speedLimitNone": False, "overSpeedLimit": False}
        if math.isinf(limit):
            return {"speedLimitKmh": 0.0, "speedLimitText": "", "speedLimitNone": True, "overSpeedLimit": False}
        return {
            "speedLimitKmh": float(limit),
            "speedLimitText": f.speed(limit),
            "speedLimitNone": False,
            "overSpeedLimit": over_rule(speed, limit),
        }

    def retranslate(self) -> None:
        """Render every QML-visible text again (language, units, separators or clock format changed)."""
        try:
            if self._state is not None and self._session is not None and self._session.active:
                self._guidance = self._guidance_view(self._state)
            self._results = [self._place_view(p) for p in self._places]
        except Exception:  # a settings change must never take the page down
            log.exception("nav: retranslate failed")
        # notice, map message, recents, favourites and the phone offer render on read
        self.changed.emit()
        self.noticeChanged.emit()
        self.resultsChanged.emit()
        self.destinationsChanged.emit()
        self.guidanceChanged.emit()

    def _set_notice(self, text: str, *, only: bool = False) -> None:
        """Show a notice; ``only``: nothing else changed (no ``changed``, which re-evaluates the whole page)."""
        self._notice = text
        self.noticeChanged.emit()
        if not only:
            self.changed.emit()

    def _publish_active(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last_active_publish < ACTIVE_REFRESH_S:
            return
        self._last_active_publish = now
        if self._session is None:
            payload = {"destination": None, "eta": None, "arrival_soc": None, "charging_stops": []}
        elif self._plan is not None:
            payload = self._session.active_payload(
                round(self._plan.arrival_soc, 1), self._plan.charging_stops_payload()
            )
        else:
            payload = self._session.active_payload()
        self._link.publish(topics.NAVIGATION_ACTIVE, encode(payload), qos=1, retain=True)

    # ------------------------------------------------------------------ properties
    @Property(bool, notify=changed)
    def hasMap(self) -> bool:
        """An offline map is loaded."""
        return self._session is not None

    @Property(str, notify=changed)
    def mapPath(self) -> str:
        """Directory of the loaded map (for the map view)."""
        return str(self._session.map_dir) if self._session else ""

    @Property(str, notify=changed)
    def mapMessage(self) -> str:
        """Why there is no map."""
        return tr(self._map_message)

    @Property(bool, notify=changed)
    def keyboardLocked(self) -> bool:
        """Text entry is locked while the car moves (NHTSA distraction guidance) or is not known to be parked."""
        return self._locked

    @Property(str, notify=changed)
    def keyboardLockReason(self) -> str:
        """Why text entry is locked when it is not because the car moves ("Waiting for current data…"), else ""."""
        return tr(self._lock_reason)

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        """A route is being planned."""
        return self._planning

    @Property(str, notify=noticeChanged)
    def notice(self) -> str:
        """Last one-line message (route problems, reroutes, arrival), as a sentence."""
        text = tr(self._notice)
        return text[:1].upper() + text[1:]

    @Property(bool, notify=resultsChanged)
    def searching(self) -> bool:
        """A search is running."""
        return self._searching

    @Property("QVariantList", notify=resultsChanged)
    def results(self) -> list[dict[str, Any]]:
        """Search results: name, address, distance text, lat, lon."""
        return self._results

    @Property("QVariantList", notify=destinationsChanged)
    def recents(self) -> list[dict[str, Any]]:
        """Recent destinations, newest first."""
        return [self._place_view(d) for d in self._destinations.recents(8)]

    @Property("QVariantMap", notify=destinationsChanged)
    def favourites(self) -> dict[str, Any]:
        """``{"home": {...}|None, "work": {...}|None}``."""
        favs = self._destinations.favourites()
        return {slot: self._place_view(favs[slot]) if slot in favs else None for slot in ("home", "work")}

    @Property("QVariantMap", notify=changed)
    def phoneOffer(self) -> dict[str, Any]:
        """The destination the phone sent (empty when none is waiting)."""
        if self._phone is None:
            return {}
        return self._place_view(self._phone.place)

    @Property(bool, notify=changed)
    def active(self) -> bool:
        """Guiding to a destination."""
        return self._session is not None and self._session.active

    @Property(str, notify=changed)
    def destinationName(self) -> str:
        """Name of the destination."""
        dest = self._session.destination if self._session else None
        return tr(dest.name) if dest else ""

    @Property("QVariantList", notify=routeChanged)
    def coordinates(self) -> list[list[float]]:
        """Route polyline as [[lat, lon], …] for the map."""
        return self._coordinates

    @Property("QVariantMap", notify=changed)
    def destination(self) -> dict[str, Any]:
        """The destination as {name, lat, lon} (empty when not guiding)."""
        dest = self._session.destination if self._session else None
        return {} if dest is None else {"name": tr(dest.name), "lat": dest.lat, "lon": dest.lon}

    @Property("QVariantMap", notify=guidanceChanged)
    def guidance(self) -> dict[str, Any]:
        """Maneuver banner and trip line: kind, text, distance, then, remainingDistance, remainingTime, eta, street."""
        return self._guidance

    @Property(float, notify=guidanceChanged)
    def speedLimitKmh(self) -> float:
        """Legal limit of the road under the car in km/h while guiding; 0 where unmapped or unlimited."""
        return float(self._guidance.get("speedLimitKmh", 0.0))

    @Property(str, notify=guidanceChanged)
    def speedLimitText(self) -> str:
        """The limit as the sign shows it, in the driver's speed unit ("50"); '' where unmapped or unlimited."""
        return str(self._guidance.get("speedLimitText", ""))

    @Property(bool, notify=guidanceChanged)
    def speedLimitNone(self) -> bool:
        """The road has no speed limit (the derestriction sign)."""
        return bool(self._guidance.get("speedLimitNone", False))

    @Property(bool, notify=guidanceChanged)
    def overSpeedLimit(self) -> bool:
        """The car drives faster than the limit (the sign turns red)."""
        return bool(self._guidance.get("overSpeedLimit", False))

    @Property("QVariantList", notify=guidanceChanged)
    def laneGuidance(self) -> list[dict[str, Any]]:
        """Lanes of the next maneuver, left to right: {turns, use, icons}; empty where unmapped."""
        return list(self._guidance.get("lanes", []))

    @Property(str, notify=guidanceChanged)
    def signText(self) -> str:
        """The next exit's sign ("Exit 12: A13 Chur"), '' when the next maneuver is not a signed exit."""
        return str(self._guidance.get("sign", ""))

    @Property(bool, notify=changed)
    def arrived(self) -> bool:
        """The car reached the destination."""
        return self._arrived

    def _place_view(self, p) -> dict[str, Any]:
        """A place for QML: name, address, lat, lon, distance text (driver's units) and distanceKm (-1: unknown)."""
        lat, lon = self._store.get(sig.LATITUDE), self._store.get(sig.LONGITUDE)
        distance, km = "", -1.0
        if lat is not None and lon is not None:
            from hmi.nav.graph import haversine_m

            km = haversine_m(lat, lon, p.lat, p.lon) / 1000
            distance = formats().distance_km(km)
        return {
            "name": str(p.name),
            "address": str(getattr(p, "address", "")),
            "lat": p.lat,
            "lon": p.lon,
            "distance": distance,
            "distanceKm": km,
        }

    # ------------------------------------------------------------------ search
    @Slot(str)
    def search(self, query: str) -> None:
        """Search the offline place index (refused while moving)."""
        query = query.strip()[:MAX_QUERY]
        if self._locked:
            self._set_notice(self._lock_reason or _msg("locked"))
            return
        if self._session is None or not query:
            self._places, self._results = [], []
            self.resultsChanged.emit()
            return
        self._search_seq += 1
        seq = self._search_seq
        self._searching = True
        self.resultsChanged.emit()
        near = (self._store.get(sig.LATITUDE), self._store.get(sig.LONGITUDE))
        near = near if None not in near else None
        session = self._session

        def work() -> list[Any]:
            return session.geocoder.geocode(query, exactly_one=False, near=near, limit=8) or []

        async def run() -> None:
            try:
                locations = await self._loop.run_in_executor(self._executor, work)
            except Exception:
                log.exception("search failed")
                locations = []
            if seq != self._search_seq:
                return  # a newer query is running
            self._places = [
                Place(loc.raw.get("name") or loc.address.split(",")[0], loc.latitude, loc.longitude, loc.address)
                for loc in locations
            ]
            self._results = [self._place_view(p) for p in self._places]
            self._searching = False
            self.resultsChanged.emit()

        self._spawn(run())

    @Slot()
    def clearSearch(self) -> None:
        """Forget the results."""
        self._search_seq += 1
        self._places, self._results, self._searching = [], [], False
        self.resultsChanged.emit()

    # ------------------------------------------------------------------ navigation
    @Slot(str, float, float)
    def navigateTo(self, name: str, lat: float, lon: float) -> None:
        """Plan a route from the car's position to (lat, lon) and start guidance."""
        self._navigate(Place(name.strip()[:120] or _msg("destination"), lat, lon), "map")

    @Slot(int)
    def navigateToResult(self, index: int) -> None:
        """Go to search result ``index``."""
        if 0 <= index < len(self._places):
            self._navigate(self._places[index], "search")

    @Slot(int)
    def navigateToRecent(self, index: int) -> None:
        """Go to recent destination ``index`` (allowed while moving)."""
        recents = self._destinations.recents(8)
        if 0 <= index < len(recents):
            d = recents[index]
            self._navigate(Place(d.name, d.lat, d.lon, d.address), "recent")

    @Slot(str)
    def navigateToFavourite(self, slot: str) -> None:
        """Go Home or to Work (allowed while moving); when none is saved yet, say how to save one."""
        fav = self._destinations.favourite(slot)
        if fav is not None:
            self._navigate(Place(fav.name, fav.lat, fav.lon, fav.address), "favourite")
        elif slot in ("home", "work"):
            self._set_notice(_msg("set-home" if slot == "home" else "set-work"))

    @Slot(str)
    def saveFavourite(self, slot: str) -> None:
        """Save the current destination as Home or Work."""
        dest = self._session.destination if self._session else None
        if dest is None:
            return
        self._destinations.set_favourite(slot, dest.name, dest.lat, dest.lon, dest.address)
        self.destinationsChanged.emit()
        self._set_notice(_msg("saved-home" if slot == "home" else "saved-work"))

    @Slot()
    def acceptPhoneOffer(self) -> None:
        """Navigate to the destination the phone sent (one tap)."""
        if self._phone is not None:
            place, self._phone = self._phone.place, None
            self._navigate(place, "phone")

    @Slot()
    def dismissPhoneOffer(self) -> None:
        """Ignore the phone's destination."""
        self._phone = None
        self.changed.emit()

    @Slot()
    def stop(self) -> None:
        """End guidance."""
        if self._session is not None:
            self._session.stop()
        if self._trip is not None:
            self._pending, self._plan = None, None
            self._trip.clearPlan()
        self._coordinates, self._guidance, self._state, self._arrived = [], {}, None, False
        self.changed.emit()
        self.routeChanged.emit()
        self.guidanceChanged.emit()
        self._publish_active(force=True)

    def _navigate(self, place: Place, source: str) -> None:
        if self._session is None:
            self._set_notice(self._map_message)
            return
        lat, lon = self._store.get(sig.LATITUDE), self._store.get(sig.LONGITUDE)
        if lat is None or lon is None:
            self._set_notice(_msg("no-position"))
            return
        self._planning = True
        self._notice = _msg("planning", name=place.name)
        self.changed.emit()
        self.noticeChanged.emit()
        if self._trip is not None and self._store.get(sig.SOC) is not None:
            # Charging-aware: the trip planner answers through planChanged.
            self._pending = (place, source)
            self._trip.setLiveState(lat, lon, float(self._store.get(sig.SOC)))
            self._trip.planTo(place.lat, place.lon, place.name)
            return
        session = self._session

        async def run() -> None:
            from hmi.nav.route import RoutingError

            try:
                route = await self._loop.run_in_executor(
                    self._executor, session.plan, (lat, lon), place, self._heading_if_moving()
                )
            except RoutingError as exc:
                log.info("no route to %s: %s", place.name, exc)
                self._planning = False
                self._set_notice(routing_error_text(exc, session.region))
                return
            except Exception:
                log.exception("route planning failed")
                self._planning = False
                self._set_notice(_msg("failed"))
                return
            self._begin(place, source, route)

        self._spawn(run())

    def _heading_if_moving(self) -> float | None:
        """The car's heading while it moves on fresh data (a standing car's heading is noise): routes then start
        in the direction driven."""
        heading = self._store.get(sig.HEADING)
        if heading is None or not self._store.moving() or self._store.is_stale(sig.HEADING):
            return None
        return float(heading)

    def _begin(self, place: Place, source: str, route) -> None:
        """Start guiding along ``route`` (plain or from an EV plan)."""
        self._session.start(place, route)
        try:
            self._destinations.add_recent(place.name, place.lat, place.lon, place.address, source=source)
        except ValueError as exc:
            log.warning("not saved as recent: %s", exc)
        self._planning, self._arrived = False, False
        self._coordinates = [[a, b] for a, b in route.coordinates]
        self._notice = ""
        self.changed.emit()
        self.noticeChanged.emit()
        self._on_fix()
        # The route line, the car's route and the recents list are drawn on the next turns of the loop: all of it
        # in this one slot took 12–19 ms of the GUI thread (the map's route, QML's bindings), over a frame.
        self._show_route_timer.start()
        QTimer.singleShot(0, self, self.destinationsChanged.emit)

    def _follow_plan(self) -> None:
        """The trip planner finished (first plan, replan, or failure): follow its plan (a timer slot)."""
        with self.gui_work.measure("followPlan"):
            self._on_plan_changed()

    def _show_route(self) -> None:
        """A followed plan's route to the map and the car (a timer slot): only the route changed, so only
        ``routeChanged`` (not ``changed``, which every binding of the page follows)."""
        with self.gui_work.measure("showRoute"):
            try:
                self.routeChanged.emit()
                self._publish_active(force=True)
            except Exception:
                log.exception("showing the trip's route failed")

    def _on_plan_changed(self) -> None:
        try:
            plan = self._trip.plan
            if self._pending is not None:
                place, source = self._pending
                if self._trip.busy:
                    return
                self._pending = None
                if plan is None:
                    self._planning = False
                    # Raw, so the notice follows a later language switch (rendered when read).
                    self._set_notice(self._trip.plan_error or _msg("no-trip"))
                    return
                self._plan = plan
                self._plan_route = self._route_of(plan)
                self._begin(place, source, self._plan_route)
            elif plan is not None and plan is not self._plan and self._session is not None and self._session.active:
                # A live replan (SoC fell behind, a stop became unnecessary, the car left the route): follow it.
                self._plan = plan
                self._plan_route = self._route_of(plan)
                if self._trip_reroute:  # the way back, with its charging stops: guidance goes on along it
                    self._trip_reroute = self._rerouting = self._trip_reroute_failed = False
                    lat, lon = self._store.get(sig.LATITUDE), self._store.get(sig.LONGITUDE)
                    heading, speed = self._store.get(sig.HEADING), self._store.get(sig.SPEED)
                    if lat is not None and lon is not None:
                        self._show_state(self._session.apply_reroute(self._plan_route, lat, lon, heading, speed))
                        return
                self._session.start(self._session.destination, self._plan_route)
                self._coordinates = [[a, b] for a, b in self._session.route.coordinates]
                self._show_route_timer.start()
            elif self._trip_reroute and not self._trip.busy:
                # No new plan from here: the next reroute is a plain one (guidance to the destination).
                self._trip_reroute, self._rerouting, self._trip_reroute_failed = False, False, True
        except Exception:
            log.exception("could not follow the trip plan")
            self._planning = False
            self._set_notice(_msg("failed"))

    def _route_of(self, plan):
        """One guidance route through every leg of an EV plan (via its charging stops): the one the trip model
        built with the plan on its worker, else built here."""
        if self._trip is not None and self._trip.plan is plan and self._trip.plan_route is not None:
            return self._trip.plan_route
        from hmi.nav.route import route_from_edges

        edges = [int(e) for leg in plan.legs for e in leg.edges]
        graph = self._session.graph
        return route_from_edges(
            graph,
            graph.edge_source(edges[0])
            if edges
            else graph.nearest_node(plan.legs[0].start.lat, plan.legs[0].start.lon),
            edges,
        )

    def close(self) -> None:
        """Cancel the model's tasks, stop timers and close the destination store (once; later calls do nothing)."""
        if self._closed:
            return
        self._closed = True
        for task in list(self._tasks):
            task.cancel()
        self._tasks.clear()
        self._fix_timer.stop()
        self._follow_timer.stop()
        self._show_route_timer.stop()
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._destinations.close()
        self._session = None  # releases the memory-mapped road graph
