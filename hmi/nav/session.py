"""A navigation session: destination → route → live guidance → rerouting → arrival (plain Python).

The Qt adapter (``hmi.ui.nav_model``) feeds it GPS fixes from the vehicle store and shows its
state; it never computes routes itself. Route planning is pure CPU work and may run in a worker
thread (``plan`` touches no shared mutable state); ``start``/``on_fix`` run on the caller's thread.
"""

from __future__ import annotations

import json
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hmi.i18n import QT_TRANSLATE_NOOP, Text
from hmi.link.validate import Rejected, finite_number, parse_json

# Longest destination name accepted from the phone (contract: ≤ 120 characters).
MAX_PHONE_NAME = 120
# A phone destination older than this is not offered any more.
PHONE_OFFER_MAX_AGE_S = 3600.0


# Translation context of navigation messages (guidance sentences use "guidance").
CONTEXT = "nav"

# Screen messages for routing failures (``hmi.nav.route`` raises English developer messages; the driver reads
# these, in their language).
ROUTING_MESSAGES = {
    "start-outside": QT_TRANSLATE_NOOP("nav", "The car's position is outside the offline map ({region})"),
    "destination-outside": QT_TRANSLATE_NOOP("nav", "The destination is outside the offline map ({region})"),
    "start-far": QT_TRANSLATE_NOOP("nav", "The car is too far from a road on the offline map"),
    "destination-far": QT_TRANSLATE_NOOP("nav", "The destination is too far from a road on the offline map"),
    "unreachable": QT_TRANSLATE_NOOP(
        "nav", "The destination cannot be reached by road from here: it is not connected to the start"
    ),
    "no-route": QT_TRANSLATE_NOOP("nav", "No drivable route between start and destination"),
    "bad-input": QT_TRANSLATE_NOOP("nav", "The position is not valid"),
    "failed": QT_TRANSLATE_NOOP("nav", "The route could not be planned"),
}
REROUTE_FAILED = QT_TRANSLATE_NOOP("nav", "Rerouting failed: {reason}")


def routing_error_text(exc: BaseException, region: str = "") -> Text:
    """The driver's message for a routing failure (``RoutingError`` and subclasses; anything else: "failed")."""
    from hmi.nav.route import BadInput, NoRoute, OutsideMap

    msg = str(exc)
    # which end failed: route.py names it first ("the start …" / "the destination …")
    end = "start" if msg.startswith("the start") else "destination"
    if isinstance(exc, OutsideMap):
        if "outside the map" in msg:
            return Text(CONTEXT, ROUTING_MESSAGES[f"{end}-outside"], region=region or "?")
        return Text(CONTEXT, ROUTING_MESSAGES[f"{end}-far"])
    if isinstance(exc, NoRoute):
        return Text(CONTEXT, ROUTING_MESSAGES["unreachable" if "not connected" in msg else "no-route"])
    if isinstance(exc, BadInput):
        return Text(CONTEXT, ROUTING_MESSAGES["bad-input"])
    return Text(CONTEXT, ROUTING_MESSAGES["failed"])


@dataclass(frozen=True)
class Place:
    """A destination the driver can pick."""

    name: str
    lat: float
    lon: float
    address: str = ""


@dataclass(frozen=True)
class PhoneDestination:
    """A validated ``services/destination`` message."""

    id: str
    place: Place
    ts: float


def parse_phone_destination(payload: bytes, now: float | None = None) -> PhoneDestination | Rejected:
    """Validate a ``services/destination`` payload from the owner's phone."""
    data, err = parse_json(payload, 4096)
    if err is not None:
        return err
    if not isinstance(data, dict):
        return Rejected("destination is not a JSON object", "shape")
    ident, name = data.get("id"), data.get("name")
    if not isinstance(ident, str) or not 0 < len(ident) <= 100:
        return Rejected('"id" must be a string of 1…100 characters', "type")
    if not isinstance(name, str) or not name.strip():
        return Rejected('"name" must be a non-empty string', "type")
    if len(name) > MAX_PHONE_NAME:
        return Rejected(f'"name" is longer than {MAX_PHONE_NAME} characters', "range")
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in name):
        return Rejected('"name" contains control characters', "range")
    lat, lon, ts = finite_number(data.get("lat")), finite_number(data.get("lon")), finite_number(data.get("ts"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return Rejected("lat/lon are not a valid position", "range")
    if ts is None or ts <= 0:
        return Rejected('"ts" is not a positive epoch time', "ts")
    now = time.time() if now is None else now
    if ts < now - PHONE_OFFER_MAX_AGE_S:
        return Rejected(f"destination is {now - ts:.0f} s old", "stale")
    return PhoneDestination(ident, Place(name.strip(), lat, lon), ts)


class NavigationSession:
    """Routes and guides on one offline map (``map_dir`` as built by ``hmi mapbuild``)."""

    def __init__(self, map_dir: Path, clock: Callable[[], float] = time.time) -> None:
        from hmi.nav.graph import RoadGraph
        from hmi.nav.routing_index import routing_index

        self.map_dir = Path(map_dir)
        self.graph = RoadGraph.load(self.map_dir)
        # the turn graph now (this runs in the caller's worker), the hierarchy in its own thread: the first route
        # is then fast, and correct (bucket search) even before the hierarchy is ready
        routing_index(self.graph)
        self.clock = clock
        self._geocoder = None
        self.destination: Place | None = None
        self.route = None
        self.guidance = None
        self.reroutes = 0
        #: why the last reroute failed (a Text for the screen), None after a successful one
        self.reroute_error: Text | None = None

    @property
    def region(self) -> str:
        """The map's region name (as stored by ``hmi mapbuild``)."""
        return str(self.graph.metadata.get("region", "")) if hasattr(self.graph, "metadata") else ""

    @property
    def geocoder(self):
        """The offline geocoder (loaded on first search)."""
        if self._geocoder is None:
            from hmi.nav.geocode import OfflineGeocoder

            self._geocoder = OfflineGeocoder(self.map_dir, self.graph)
        return self._geocoder

    def plan(self, origin: tuple[float, float], destination: Place, heading: float | None = None):
        """Fastest route from ``origin`` (driving ``heading`` when known) to ``destination`` (raises
        ``RoutingError`` with a screen message)."""
        from hmi.nav.route import route_between

        return route_between(self.graph, origin, (destination.lat, destination.lon), heading=heading)

    def start(self, destination: Place, route) -> None:
        """Begin guidance along ``route`` (from ``plan``)."""
        from hmi.nav.guidance import Guidance

        self.destination = destination
        self.route = route
        self.reroutes = 0
        self.reroute_error = None
        self.guidance = Guidance(
            self.graph, route, destination=(destination.lat, destination.lon), clock=self.clock, router=self._router
        )

    def _router(
        self, origin: tuple[float, float], destination: tuple[float, float], metric: str, heading: float | None
    ):
        from hmi.nav.route import route_between

        return route_between(self.graph, origin, destination, metric, heading)

    def stop(self) -> None:
        """End guidance."""
        self.destination = self.route = self.guidance = None

    @property
    def active(self) -> bool:
        """True while guiding."""
        return self.guidance is not None

    def on_fix(self, lat: float, lon: float, heading: float | None, speed_kmh: float | None, reroute: bool = True):
        """Feed a position; reroutes when the car left the route (unless ``reroute`` is False: the caller then
        checks :attr:`needs_reroute` and runs :meth:`plan_reroute` in a worker). Returns the guidance state (or
        None).

        The state's events gain "rerouted", or "reroute-failed: <English reason>" with :attr:`reroute_error`
        holding the driver's message."""
        if self.guidance is None:
            return None
        speed = None if speed_kmh is None else speed_kmh / 3.6
        state = self.guidance.update(lat, lon, heading, speed)
        if reroute and self.guidance.needs_reroute:
            from hmi.nav.route import RoutingError

            try:
                new = self.plan_reroute(lat, lon, heading)
            except RoutingError as exc:
                return self.reroute_failed(exc)
            return self.apply_reroute(new, lat, lon, heading, speed_kmh)
        return state

    @property
    def needs_reroute(self) -> bool:
        """Guiding, off the route and not arrived."""
        return self.guidance is not None and self.guidance.needs_reroute

    def plan_reroute(self, lat: float, lon: float, heading: float | None):
        """A new route from the car (driving ``heading``) to the destination; changes nothing (safe in a worker
        thread). Raises ``RoutingError``."""
        if self.guidance is None or self.destination is None:
            from hmi.nav.route import RoutingError

            raise RoutingError("not guiding")
        return self._router((lat, lon), self.guidance.destination, self.guidance.route.metric, heading)

    def apply_reroute(self, route, lat: float, lon: float, heading: float | None, speed_kmh: float | None):
        """Follow ``route`` (from :meth:`plan_reroute`) from now on; returns the state with a "rerouted" event."""
        if self.guidance is None:
            return None
        self.guidance.set_route(route)
        self.route = route
        self.reroutes += 1
        self.reroute_error = None
        state = self.guidance.update(lat, lon, heading, None if speed_kmh is None else speed_kmh / 3.6)
        state.events.append("rerouted")
        return state

    def reroute_failed(self, exc: BaseException):
        """Record why rerouting failed (:attr:`reroute_error`); returns the state with a "reroute-failed" event."""
        self.reroute_error = Text(CONTEXT, REROUTE_FAILED, reason=routing_error_text(exc, self.region))
        if self.guidance is None:
            return None
        state = self.guidance.state
        state.events.append(f"reroute-failed: {exc}")
        return state

    def active_payload(self, arrival_soc: float | None = None, charging_stops: list[dict] | None = None) -> dict:
        """``hmi/navigation/active`` payload (contract shape)."""
        if self.guidance is None or self.destination is None:
            return {"destination": None, "eta": None, "arrival_soc": None, "charging_stops": []}
        eta = self.guidance.state.eta
        return {
            "destination": {"name": self.destination.name, "lat": self.destination.lat, "lon": self.destination.lon},
            "eta": round(eta, 1) if isinstance(eta, float) and math.isfinite(eta) else None,
            "arrival_soc": arrival_soc,
            "charging_stops": charging_stops or [],
        }


def encode(payload: dict[str, Any]) -> str:
    """Compact JSON for MQTT."""
    return json.dumps(payload, separators=(",", ":"), allow_nan=False)
