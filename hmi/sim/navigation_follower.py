"""The simulated driver follows the HMI's active route (``hmi/navigation/active``), charging stops included.

Plain Python. The agent hands every ``hmi/navigation/active`` payload to ``NavigationFollower.update``;
when the destination or the charging stops change, it gets a new drive path (from the car's position
through each stop to the destination) and the list of stops with the SoC to charge to.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass

from hmi.link.validate import finite_number, parse_json
from hmi.sim.drive import DrivePath, concat

log = logging.getLogger(__name__)

LatLon = tuple[float, float]
#: A route from a position to another as a drive path (the CLI wires in the offline router).
RouteProvider = Callable[[LatLon, LatLon], DrivePath]
#: How close to a stop (m along the path) the driver pulls in to charge.
STOP_TOLERANCE_M = 8.0


@dataclass
class ChargingStop:
    """Where to stop along the path and up to which SoC to charge."""

    name: str
    along_m: float
    depart_soc: float
    done: bool = False


@dataclass(frozen=True)
class Trip:
    """A parsed ``hmi/navigation/active`` payload."""

    destination: LatLon | None
    stops: tuple[tuple[str, LatLon, float], ...] = ()


def parse_active(payload: bytes) -> Trip | None:
    """Validate ``hmi/navigation/active``; None for anything malformed."""
    data, err = parse_json(payload, 64 * 1024)
    if err is not None or not isinstance(data, dict):
        return None
    dest = data.get("destination")
    if dest is None:
        return Trip(None)
    if not isinstance(dest, dict):
        return None
    lat, lon = finite_number(dest.get("lat")), finite_number(dest.get("lon"))
    if lat is None or lon is None:
        return None
    stops = []
    for s in data.get("charging_stops") or []:
        if not isinstance(s, dict):
            return None
        slat, slon, soc = finite_number(s.get("lat")), finite_number(s.get("lon")), finite_number(s.get("depart_soc"))
        if slat is None or slon is None or soc is None or not 0 <= soc <= 100:
            return None
        stops.append((str(s.get("name", "charger"))[:120], (slat, slon), soc))
    return Trip((lat, lon), tuple(stops))


class NavigationFollower:
    """Turns navigation updates into drive paths; ignores ETA-only refreshes of the same trip."""

    def __init__(self, route_provider: RouteProvider) -> None:
        self.route_provider = route_provider
        self.trip: Trip | None = None
        self.stops: list[ChargingStop] = []

    def update(self, payload: bytes, position: LatLon) -> tuple[str, DrivePath | None]:
        """Handle one payload: ``("drive", path)``, ``("park", None)`` or ``("same", None)``."""
        trip = parse_active(payload)
        if trip is None:
            log.warning("sim: ignored a malformed hmi/navigation/active payload")
            return "same", None
        if trip == self.trip:
            return "same", None
        self.trip = trip
        if trip.destination is None:
            self.stops = []
            return "park", None
        points = [position, *(pos for _, pos, _ in trip.stops), trip.destination]
        legs = [self.route_provider(a, b) for a, b in itertools.pairwise(points)]
        self.stops = []
        along = 0.0
        for (name, _pos, soc), leg in zip(trip.stops, legs, strict=False):
            along += leg.length_m
            self.stops.append(ChargingStop(name, along, soc))
        return "drive", concat(legs)

    def stop_due(self, path_s: float) -> ChargingStop | None:
        """The charging stop the car has reached at ``path_s`` (not yet charged at)."""
        for stop in self.stops:
            if not stop.done and path_s >= stop.along_m - STOP_TOLERANCE_M:
                return stop
        return None

    def next_stop_along(self) -> float | None:
        """Distance along the path of the next pending stop (the driver brakes for it)."""
        pending = [s.along_m for s in self.stops if not s.done]
        return min(pending) if pending else None
