"""Qt adapter: navigation for QML (``nav``) — search, destinations, route, live guidance, phone destinations.

Thin: routing, guidance and validation live in ``hmi.nav``; this class moves data between
them, the vehicle store, the MQTT link and QML. Route planning and searching run in a worker
thread (``run_in_executor``) and post their result back to the Qt loop.
"""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from hmi import units
from hmi.link import signals as sig
from hmi.link import topics
from hmi.link.validate import Rejected
from hmi.nav.session import NavigationSession, PhoneDestination, Place, encode, parse_phone_destination

log = logging.getLogger(__name__)

#: Guidance runs at most this often (the position arrives at 10 Hz).
GUIDANCE_INTERVAL_MS = 200
#: hmi/navigation/active is refreshed this often while guiding (ETA drifts).
ACTIVE_REFRESH_S = 30.0
MAX_QUERY = 100


def remaining_charge_s(plan, along_m: float) -> float:
    """Charging time (with the per-stop overhead) at the plan's stops that lie ahead of ``along_m``."""
    total, end = 0.0, 0.0
    for leg in plan.legs:
        end += leg.distance_m
        if leg.charger is not None and end > along_m:
            total += leg.charge_s + leg.stop_overhead_s
    return total


class NavModel(QObject):
    """Everything the Navigate page shows and does."""

    changed = Signal()
    resultsChanged = Signal()
    destinationsChanged = Signal()
    guidanceChanged = Signal()

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
        if trip is not None:
            trip.planChanged.connect(self._on_plan_changed)
        self._store = store
        self._link = link
        self._settings = settings_store
        self._loop = loop
        self._session: NavigationSession | None = None
        self._map_message = ""
        self._results: list[dict[str, Any]] = []
        self._searching = False
        self._search_seq = 0
        self._planning = False
        self._notice = ""
        self._phone: PhoneDestination | None = None
        self._guidance: dict[str, Any] = {}
        self._coordinates: list[list[float]] = []
        self._arrived = False
        self._last_active_publish = 0.0
        self._locked = store.moving()
        self._map_path = map_path
        # Our own worker (not the loop's default executor) so close() can shut it down cleanly.
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nav")
        from hmi.nav.paths import is_built

        if map_path is None or not is_built(map_path):
            self._map_path = None
            where = f" at {map_path}" if map_path is not None else ""
            self._map_message = f"No offline map is installed{where}. Build one with: hmi mapbuild EXTRACT -o DIR"
        else:
            self._map_message = "Loading the offline map…"
        from hmi.nav.recents import DestinationStore

        self._destinations = DestinationStore(data_dir / "destinations.sqlite")
        self._fix_timer = QTimer(self)
        self._fix_timer.setSingleShot(True)
        self._fix_timer.setInterval(GUIDANCE_INTERVAL_MS)
        self._fix_timer.timeout.connect(self._on_fix)
        store.subscribe(self._on_signal)
        link.add_handler(topics.SERVICES_DESTINATION, self._on_phone_destination)

    def load_map(self) -> None:
        """Load the road graph in a worker thread (called after the first frame: numpy is not on the start-up path)."""
        if self._map_path is None or self._session is not None:
            return
        path = self._map_path

        async def run() -> None:
            try:
                session = await self._loop.run_in_executor(self._executor, NavigationSession, path)
            except Exception as exc:  # a corrupt map must show a message, never stop the HMI
                log.error("map %s unusable: %s", path, exc)
                self._map_message = f"The offline map cannot be used: {str(exc)[:160]}"
                self.changed.emit()
                return
            self._session = session
            self._map_message = ""
            self.changed.emit()
            self.mapLoaded.emit()
            log.info("offline map %s loaded", path)

        self._loop.create_task(run())

    @property
    def session(self) -> NavigationSession | None:
        """The loaded navigation session (None until the map is loaded)."""
        return self._session

    # ------------------------------------------------------------------ inputs
    def _on_signal(self, path: str, value: Any, ts: float) -> None:
        if path in (sig.SPEED, sig.GEAR):
            locked = self._store.moving()
            if locked != self._locked:
                self._locked = locked
                self.changed.emit()
        guiding = self._session is not None and self._session.active
        if path in (sig.LATITUDE, sig.LONGITUDE) and guiding and not self._fix_timer.isActive():
            self._fix_timer.start()

    def _on_fix(self) -> None:
        try:
            lat, lon = self._store.get(sig.LATITUDE), self._store.get(sig.LONGITUDE)
            if lat is None or lon is None or self._session is None or not self._session.active:
                return
            state = self._session.on_fix(lat, lon, self._store.get(sig.HEADING), self._store.get(sig.SPEED))
            if state is None:
                return
            for event in state.events:
                if event == "rerouted":
                    self._coordinates = [[a, b] for a, b in self._session.route.coordinates]
                    self._set_notice("Route recalculated")
                    self._publish_active(force=True)
                elif event.startswith("reroute-failed"):
                    self._set_notice(event.split(": ", 1)[-1].capitalize())
                elif event == "arrived" and not self._arrived:
                    self._arrived = True
                    self._set_notice(f"You have arrived at {self._session.destination.name}")
            self._guidance = self._guidance_view(state)
            self.guidanceChanged.emit()
            self._publish_active()
        except Exception:  # a Qt timer slot must never raise into the loop
            log.exception("guidance update failed")

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
    def _system(self) -> str:
        return self._settings.get("units")

    def _guidance_view(self, state) -> dict[str, Any]:
        from hmi.nav.guidance import maneuver_text

        system = self._system()
        nxt, then = state.next_maneuver, state.then_maneuver
        # Time still to spend at charging stops ahead (the trip's ETA includes charging).
        charging_s = remaining_charge_s(self._plan, state.along_m) if self._plan is not None else 0.0
        remaining_s = state.remaining_s + charging_s
        eta = state.eta + charging_s if state.eta == state.eta else state.eta
        return {
            "kind": nxt.kind if nxt else "",
            "text": maneuver_text(nxt) if nxt else "",
            "distance": units.short_distance_m(state.distance_to_next_m, system) if nxt else "",
            "then": maneuver_text(then) if then else "",
            "remainingDistance": units.distance_km(state.remaining_m / 1000, system),
            "remainingTime": units.duration(remaining_s),
            "eta": units.clock(eta, self._settings.get("clock24")) if eta == eta else "",
            "street": state.current_street,
            "progressM": float(state.along_m),
            "offRoute": bool(state.off_route),
        }

    def _set_notice(self, text: str) -> None:
        self._notice = text
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
        return self._map_message

    @Property(bool, notify=changed)
    def keyboardLocked(self) -> bool:
        """Text entry is locked while the car moves (NHTSA distraction guidance)."""
        return self._locked

    @Property(bool, notify=changed)
    def busy(self) -> bool:
        """A route is being planned."""
        return self._planning

    @Property(str, notify=changed)
    def notice(self) -> str:
        """Last one-line message (route problems, reroutes, arrival)."""
        return self._notice

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
        return dest.name if dest else ""

    @Property("QVariantList", notify=changed)
    def coordinates(self) -> list[list[float]]:
        """Route polyline as [[lat, lon], …] for the map."""
        return self._coordinates

    @Property("QVariantMap", notify=changed)
    def destination(self) -> dict[str, Any]:
        """The destination as {name, lat, lon} (empty when not guiding)."""
        dest = self._session.destination if self._session else None
        return {} if dest is None else {"name": dest.name, "lat": dest.lat, "lon": dest.lon}

    @Property("QVariantMap", notify=guidanceChanged)
    def guidance(self) -> dict[str, Any]:
        """Maneuver banner and trip line: kind, text, distance, then, remainingDistance, remainingTime, eta, street."""
        return self._guidance

    @Property(bool, notify=changed)
    def arrived(self) -> bool:
        """The car reached the destination."""
        return self._arrived

    def _place_view(self, p) -> dict[str, Any]:
        lat, lon = self._store.get(sig.LATITUDE), self._store.get(sig.LONGITUDE)
        distance = ""
        if lat is not None and lon is not None:
            from hmi.nav.graph import haversine_m

            distance = units.distance_km(haversine_m(lat, lon, p.lat, p.lon) / 1000, self._system())
        return {"name": p.name, "address": getattr(p, "address", ""), "lat": p.lat, "lon": p.lon, "distance": distance}

    # ------------------------------------------------------------------ search
    @Slot(str)
    def search(self, query: str) -> None:
        """Search the offline place index (refused while moving)."""
        query = query.strip()[:MAX_QUERY]
        if self._locked:
            self._set_notice("Search is locked while driving: pick a recent or favourite destination")
            return
        if self._session is None or not query:
            self._results = []
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
            self._results = [
                self._place_view(
                    Place(loc.raw.get("name") or loc.address.split(",")[0], loc.latitude, loc.longitude, loc.address)
                )
                for loc in locations
            ]
            self._searching = False
            self.resultsChanged.emit()

        self._loop.create_task(run())

    @Slot()
    def clearSearch(self) -> None:
        """Forget the results."""
        self._search_seq += 1
        self._results, self._searching = [], False
        self.resultsChanged.emit()

    # ------------------------------------------------------------------ navigation
    @Slot(str, float, float)
    def navigateTo(self, name: str, lat: float, lon: float) -> None:
        """Plan a route from the car's position to (lat, lon) and start guidance."""
        self._navigate(Place(name.strip()[:120] or "Destination", lat, lon), "map")

    @Slot(int)
    def navigateToResult(self, index: int) -> None:
        """Go to search result ``index``."""
        if 0 <= index < len(self._results):
            r = self._results[index]
            self._navigate(Place(r["name"], r["lat"], r["lon"], r["address"]), "search")

    @Slot(int)
    def navigateToRecent(self, index: int) -> None:
        """Go to recent destination ``index`` (allowed while moving)."""
        recents = self._destinations.recents(8)
        if 0 <= index < len(recents):
            d = recents[index]
            self._navigate(Place(d.name, d.lat, d.lon, d.address), "recent")

    @Slot(str)
    def navigateToFavourite(self, slot: str) -> None:
        """Go Home or to Work (allowed while moving)."""
        fav = self._destinations.favourite(slot)
        if fav is not None:
            self._navigate(Place(fav.name, fav.lat, fav.lon, fav.address), "favourite")

    @Slot(str)
    def saveFavourite(self, slot: str) -> None:
        """Save the current destination as Home or Work."""
        dest = self._session.destination if self._session else None
        if dest is None:
            return
        self._destinations.set_favourite(slot, dest.name, dest.lat, dest.lon, dest.address)
        self.destinationsChanged.emit()
        self._set_notice(f"Saved as {slot.capitalize()}")

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
        self._coordinates, self._guidance, self._arrived = [], {}, False
        self.changed.emit()
        self.guidanceChanged.emit()
        self._publish_active(force=True)

    def _navigate(self, place: Place, source: str) -> None:
        if self._session is None:
            self._set_notice(self._map_message)
            return
        lat, lon = self._store.get(sig.LATITUDE), self._store.get(sig.LONGITUDE)
        if lat is None or lon is None:
            self._set_notice("The car's position is not known yet")
            return
        self._planning = True
        self._notice = f"Planning the route to {place.name}…"
        self.changed.emit()
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
                route = await self._loop.run_in_executor(self._executor, session.plan, (lat, lon), place)
            except RoutingError as exc:
                self._planning = False
                self._set_notice(str(exc)[:1].upper() + str(exc)[1:])
                return
            except Exception:
                log.exception("route planning failed")
                self._planning = False
                self._set_notice("The route could not be planned")
                return
            self._begin(place, source, route)

        self._loop.create_task(run())

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
        self.destinationsChanged.emit()
        self._on_fix()
        self._publish_active(force=True)

    def _on_plan_changed(self) -> None:
        """The trip planner finished (first plan, replan, or failure)."""
        try:
            plan = self._trip.plan
            if self._pending is not None:
                place, source = self._pending
                if self._trip.busy:
                    return
                self._pending = None
                if plan is None:
                    self._planning = False
                    reason = self._trip.planError or "no feasible trip"
                    self._set_notice(reason[:1].upper() + reason[1:])
                    return
                self._plan = plan
                self._begin(place, source, self._route_of(plan))
            elif plan is not None and plan is not self._plan and self._session is not None and self._session.active:
                # A live replan (SoC fell behind, or a stop became unnecessary): follow the new route.
                self._plan = plan
                self._session.start(self._session.destination, self._route_of(plan))
                self._coordinates = [[a, b] for a, b in self._session.route.coordinates]
                self.changed.emit()
                self._publish_active(force=True)
        except Exception:
            log.exception("could not follow the trip plan")
            self._planning = False
            self._set_notice("The route could not be planned")

    def _route_of(self, plan):
        """One guidance route through every leg of an EV plan (via its charging stops)."""
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
        """Stop timers and close the destination store."""
        self._fix_timer.stop()
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._destinations.close()
        self._session = None  # releases the memory-mapped road graph
