"""Turn-by-turn guidance: maneuvers and instruction texts for a route, and a :class:`Guidance` object that follows
GPS fixes along it (snapping, next maneuver and distance to it, remaining distance and ETA with the route's turn
times, the speed limit under the car, off-route detection with hysteresis, arrival).

Maneuvers carry the lanes of their approach road (``turn:lanes``, with the ones leading the announced way marked)
and, for motorway exits, the slip road's sign ("Take exit 12 towards A13 Chur"); see ``docs/routing.md``.
Rerouting goes through a router the caller injects (the session passes the router's ``route_between``), so this
module does not import the router.

Instruction texts are :class:`hmi.i18n.Text` values built from ``QT_TRANSLATE_NOOP("guidance", ...)`` templates:
they *are* the English text (CLI, JSON, logs) and the UI renders them again in the driver's language and units.
Every template is a whole sentence (translators never assemble fragments): one per maneuver kind, with and
without a street name, with and without the "In 300 m" lead-in, and one per roundabout exit 1–8 (ordinals do not
translate word by word) plus a generic "exit {exit}". Street names are plain strings (never translated);
distances are ``Quantity("short_distance_m", m)`` so km/mi and decimal separators follow the driver's settings.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from hmi.i18n import QT_TRANSLATE_NOOP, Quantity, Text
from hmi.nav.graph import EdgeFlag, RoadClass, RoadGraph, haversine_m, point_polyline_distance
from hmi.nav.road_attrs import RoadAttrs, road_attrs
from hmi.nav.route_types import Route
from hmi.nav.snapping import project_onto_segments

#: ``router(origin, destination, metric, heading) -> Route`` (raises RoutingError): how guidance reroutes
Router = Callable[[tuple[float, float], tuple[float, float], str, float | None], Route]

log = logging.getLogger(__name__)

# Translation context of every guidance text.
CONTEXT = "guidance"

# maneuver kinds, in the order a banner icon set would list them
KINDS = (
    "depart",
    "continue",
    "slight-left",
    "slight-right",
    "turn-left",
    "turn-right",
    "sharp-left",
    "sharp-right",
    "uturn",
    "roundabout",
    "arrive",
)


@dataclass(frozen=True)
class Phrases:
    """The four whole-sentence templates of one maneuver: now / with a distance lead-in, named / unnamed street."""

    named: str
    unnamed: str
    in_named: str
    in_unnamed: str


# Templates: {street} is a street name (untranslated), {distance} a short distance in the driver's units,
# {exit} a roundabout exit number. Translators: keep the placeholders; reorder them freely.
TURNS: dict[str, Phrases] = {
    "continue": Phrases(
        QT_TRANSLATE_NOOP("guidance", "Continue onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "Continue straight"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, continue onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, continue straight"),
    ),
    "slight-left": Phrases(
        QT_TRANSLATE_NOOP("guidance", "Bear left onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "Bear left"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, bear left onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, bear left"),
    ),
    "slight-right": Phrases(
        QT_TRANSLATE_NOOP("guidance", "Bear right onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "Bear right"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, bear right onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, bear right"),
    ),
    "turn-left": Phrases(
        QT_TRANSLATE_NOOP("guidance", "Turn left onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "Turn left"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, turn left onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, turn left"),
    ),
    "turn-right": Phrases(
        QT_TRANSLATE_NOOP("guidance", "Turn right onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "Turn right"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, turn right onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, turn right"),
    ),
    "sharp-left": Phrases(
        QT_TRANSLATE_NOOP("guidance", "Turn sharp left onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "Turn sharp left"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, turn sharp left onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, turn sharp left"),
    ),
    "sharp-right": Phrases(
        QT_TRANSLATE_NOOP("guidance", "Turn sharp right onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "Turn sharp right"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, turn sharp right onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, turn sharp right"),
    ),
    "uturn": Phrases(
        QT_TRANSLATE_NOOP("guidance", "Make a U-turn onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "Make a U-turn"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, make a U-turn onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, make a U-turn"),
    ),
}

# Roundabouts, one set of sentences per exit number (index 0 = 1st exit); beyond 8: :data:`ROUNDABOUT_ANY`.
ROUNDABOUT: tuple[Phrases, ...] = (
    Phrases(
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 1st exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 1st exit"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 1st exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 1st exit"),
    ),
    Phrases(
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 2nd exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 2nd exit"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 2nd exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 2nd exit"),
    ),
    Phrases(
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 3rd exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 3rd exit"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 3rd exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 3rd exit"),
    ),
    Phrases(
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 4th exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 4th exit"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 4th exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 4th exit"),
    ),
    Phrases(
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 5th exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 5th exit"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 5th exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 5th exit"),
    ),
    Phrases(
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 6th exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 6th exit"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 6th exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 6th exit"),
    ),
    Phrases(
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 7th exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 7th exit"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 7th exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 7th exit"),
    ),
    Phrases(
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 8th exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "At the roundabout, take the 8th exit"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 8th exit onto {street}"),
        QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take the 8th exit"),
    ),
)
ROUNDABOUT_ANY = Phrases(
    QT_TRANSLATE_NOOP("guidance", "At the roundabout, take exit {exit} onto {street}"),
    QT_TRANSLATE_NOOP("guidance", "At the roundabout, take exit {exit}"),
    QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take exit {exit} onto {street}"),
    QT_TRANSLATE_NOOP("guidance", "In {distance}, at the roundabout, take exit {exit}"),
)

#: Departure, one (named, unnamed) pair per compass direction: "north" is a different word inside each sentence
#: in some languages ("vers le nord" / "vers l'est"), so the direction is part of the sentence.
DEPART: dict[str, tuple[str, str]] = {
    "N": (QT_TRANSLATE_NOOP("guidance", "Head north on {street}"), QT_TRANSLATE_NOOP("guidance", "Head north")),
    "NE": (
        QT_TRANSLATE_NOOP("guidance", "Head northeast on {street}"),
        QT_TRANSLATE_NOOP("guidance", "Head northeast"),
    ),
    "E": (QT_TRANSLATE_NOOP("guidance", "Head east on {street}"), QT_TRANSLATE_NOOP("guidance", "Head east")),
    "SE": (
        QT_TRANSLATE_NOOP("guidance", "Head southeast on {street}"),
        QT_TRANSLATE_NOOP("guidance", "Head southeast"),
    ),
    "S": (QT_TRANSLATE_NOOP("guidance", "Head south on {street}"), QT_TRANSLATE_NOOP("guidance", "Head south")),
    "SW": (
        QT_TRANSLATE_NOOP("guidance", "Head southwest on {street}"),
        QT_TRANSLATE_NOOP("guidance", "Head southwest"),
    ),
    "W": (QT_TRANSLATE_NOOP("guidance", "Head west on {street}"), QT_TRANSLATE_NOOP("guidance", "Head west")),
    "NW": (
        QT_TRANSLATE_NOOP("guidance", "Head northwest on {street}"),
        QT_TRANSLATE_NOOP("guidance", "Head northwest"),
    ),
}

#: Arrival: reached (banner, "now"), ahead (the maneuver the banner shows before it) and with a distance lead-in.
ARRIVED = QT_TRANSLATE_NOOP("guidance", "You have arrived at your destination")
ARRIVE_AHEAD = QT_TRANSLATE_NOOP("guidance", "Arrive at your destination")
ARRIVE_IN = QT_TRANSLATE_NOOP("guidance", "In {distance}, you will arrive at your destination")

# Motorway exits, from the link road's sign: {exit} is the junction number and {towards} the destinations as
# signposted (place names and road numbers, never translated).
EXIT_NUMBERED = Phrases(
    QT_TRANSLATE_NOOP("guidance", "Take exit {exit} towards {towards}"),
    QT_TRANSLATE_NOOP("guidance", "Take exit {exit}"),
    QT_TRANSLATE_NOOP("guidance", "In {distance}, take exit {exit} towards {towards}"),
    QT_TRANSLATE_NOOP("guidance", "In {distance}, take exit {exit}"),
)
EXIT_UNNUMBERED = Phrases(
    QT_TRANSLATE_NOOP("guidance", "Take the exit towards {towards}"),
    QT_TRANSLATE_NOOP("guidance", "Take the exit"),
    QT_TRANSLATE_NOOP("guidance", "In {distance}, take the exit towards {towards}"),
    QT_TRANSLATE_NOOP("guidance", "In {distance}, take the exit"),
)
#: The sign panel of a motorway exit: {exit} is the junction number, {towards} the signposted destinations.
SIGN_EXIT_TOWARDS = QT_TRANSLATE_NOOP("guidance", "Exit {exit}: {towards}")
SIGN_EXIT = QT_TRANSLATE_NOOP("guidance", "Exit {exit}")
#: destinations named on a sign, at most (the sign of a big junction lists more than a banner can show)
SIGN_MAX_DESTINATIONS = 2

#: lane indications (OSM ``turn:lanes`` values) as turn angles, right positive; "none"/empty lanes go straight
LANE_ANGLE = {
    "sharp_left": -135.0,
    "left": -90.0,
    "slight_left": -45.0,
    "through": 0.0,
    "none": 0.0,
    "merge_to_left": 0.0,
    "merge_to_right": 0.0,
    "slight_right": 45.0,
    "right": 90.0,
    "sharp_right": 135.0,
    "reverse": -180.0,
}
#: the direction (degrees, right positive) of each announced maneuver kind: its lanes are the ones whose arrows
#: point closest to it (so an exit announced as "bear right" at 20° uses the slight-right lane, not the through one)
KIND_ANGLE = {
    "continue": 0.0,
    "slight-left": -45.0,
    "slight-right": 45.0,
    "turn-left": -90.0,
    "turn-right": 90.0,
    "sharp-left": -135.0,
    "sharp-right": 135.0,
    "uturn": -180.0,
}
#: lanes mapped this far before a maneuver (on the approach edges) are the maneuver's lanes
LANES_LOOKBACK_M = 60.0
#: the arrow icon (``assets/icons/lane-*.svg``) of each lane indication; unmarked and merging lanes go straight
LANE_ICON = {
    "sharp_left": "lane-sharp-left",
    "left": "lane-left",
    "slight_left": "lane-slight-left",
    "through": "lane-through",
    "none": "lane-through",
    "merge_to_left": "lane-through",
    "merge_to_right": "lane-through",
    "slight_right": "lane-slight-right",
    "right": "lane-right",
    "sharp_right": "lane-sharp-right",
    "reverse": "lane-uturn",
}
#: km/h above the limit before the car counts as speeding (speedometers read a little high; GPS speed jitters)
OVER_LIMIT_TOLERANCE_KMH = 2.0

#: (max |turn angle| in degrees, kind suffix) — angles between consecutive edges at an intersection
TURN_THRESHOLDS = ((25.0, "continue"), (50.0, "slight"), (135.0, "turn"), (165.0, "sharp"), (180.1, "uturn"))
#: metres of polyline used to measure the bearing into and out of an intersection (smooths kinks)
BEARING_PROBE_M = 20.0
#: closer than this to the maneuver, the instruction drops the "In … m" lead-in
NOW_WITHIN_M = 15.0


@dataclass
class Maneuver:
    """One instruction: what to do (``kind``) where (``lat``/``lon``, ``distance_m`` from the route start).

    ``instruction`` is a :class:`~hmi.i18n.Text` (English as a str; the UI renders it in the driver's language).
    """

    kind: str
    street: str
    distance_m: float
    bearing: float
    lat: float
    lon: float
    instruction: str = ""
    exit: int | None = None
    turn_angle: float = 0.0
    edge_index: int = 0  # index into Route.edges of the edge taken after this maneuver
    #: lanes of the approach road, left to right: ``{"turns": [...], "use": bool}`` (None where unmapped)
    lanes: list[dict[str, Any]] | None = None
    #: the destination sign of a motorway exit: ``{"exit", "ref", "destination"}`` (None where unsigned)
    sign: dict[str, str | None] | None = None

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly form (the instruction in English)."""
        d = {
            "kind": self.kind,
            "street": self.street,
            "distance_m": round(self.distance_m, 1),
            "bearing": round(self.bearing, 1),
            "lat": round(self.lat, 7),
            "lon": round(self.lon, 7),
            "instruction": str(self.instruction),
        }
        if self.exit is not None:
            d["exit"] = self.exit
        if self.lanes:
            d["lanes"] = [{"turns": list(lane["turns"]), "use": bool(lane["use"])} for lane in self.lanes]
        if self.sign:
            d["sign"] = dict(self.sign)
        return d


def format_distance(meters: float) -> str:
    """Driver-friendly English/metric distance for the CLI: "50 m", "300 m", "1.2 km", "15 km".

    The UI formats distances in the driver's units through ``Quantity("short_distance_m", m)`` instead.
    """
    if not math.isfinite(meters) or meters < 0:
        meters = 0.0
    if meters < 100:
        return f"{round(meters / 10.0) * 10} m"
    if meters < 1000:
        text = f"{round(meters / 50.0) * 50} m"
        return "1 km" if text == "1000 m" else text
    if meters < 10_000:
        return f"{meters / 1000.0:.1f} km"
    return f"{round(meters / 1000.0)} km"


def _compass(bearing: float) -> str:
    b = bearing if math.isfinite(bearing) else 0.0
    return ("N", "NE", "E", "SE", "S", "SW", "W", "NW")[int(((b % 360) + 22.5) // 45) % 8]


def _phrases(m: Maneuver) -> Phrases | None:
    if m.kind == "roundabout":
        n = m.exit if isinstance(m.exit, int) and m.exit >= 1 else 1
        return ROUNDABOUT[n - 1] if n <= len(ROUNDABOUT) else ROUNDABOUT_ANY
    return TURNS.get(m.kind)


def _sentence(m: Maneuver, distance_m: float | None) -> Text:
    """The whole sentence for ``m``: with the "In {distance}" lead-in when ``distance_m`` is given."""
    street = m.street or ""
    if m.kind == "depart":
        named, unnamed = DEPART[_compass(m.bearing)]
        return Text(CONTEXT, named, street=street) if street else Text(CONTEXT, unnamed)
    if m.kind == "arrive":
        if distance_m is None:
            return Text(CONTEXT, ARRIVED)
        return Text(CONTEXT, ARRIVE_IN, distance=Quantity("short_distance_m", distance_m))
    if m.sign is not None:
        return _exit_sentence(m.sign, distance_m)
    ph = _phrases(m) or TURNS["continue"]
    args: dict[str, Any] = {}
    if m.kind == "roundabout":
        args["exit"] = m.exit if isinstance(m.exit, int) and m.exit >= 1 else 1
    if street:
        args["street"] = street
    return _phrase(ph, bool(street), args, distance_m)


def _phrase(ph: Phrases, named: bool, args: dict[str, Any], distance_m: float | None) -> Text:
    """One of the four sentences of ``ph``: named or not, with the "In {distance}" lead-in when a distance is given."""
    if distance_m is None:
        return Text(CONTEXT, ph.named if named else ph.unnamed, **args)
    return Text(
        CONTEXT, ph.in_named if named else ph.in_unnamed, **args, distance=Quantity("short_distance_m", distance_m)
    )


def sign_towards(sign: dict[str, str | None]) -> str:
    """The destinations of a sign as one line: road number first, then up to two places ("A13 Chur / Sargans")."""
    places = [p.strip() for p in (sign.get("destination") or "").split(";") if p.strip()]
    ref = " / ".join(r.strip() for r in (sign.get("ref") or "").split(";") if r.strip())
    text = " / ".join(places[:SIGN_MAX_DESTINATIONS])
    return f"{ref} {text}".strip() if ref else text


def _exit_sentence(sign: dict[str, str | None], distance_m: float | None) -> Text:
    number = (sign.get("exit") or "").strip()
    towards = sign_towards(sign)
    ph = EXIT_NUMBERED if number else EXIT_UNNUMBERED
    args: dict[str, Any] = {}
    if number:
        args["exit"] = number
    if towards:
        args["towards"] = towards
    return _phrase(ph, bool(towards), args, distance_m)


def sign_text(sign: dict[str, str | None] | None) -> str:
    """The sign panel's text of an exit ("Exit 12: A13 Chur"), '' without a sign; a :class:`Text` when the exit
    has a number (translatable), else the destinations as signposted."""
    if not sign:
        return ""
    number = (sign.get("exit") or "").strip()
    towards = sign_towards(sign)
    if number:
        return (
            Text(CONTEXT, SIGN_EXIT_TOWARDS, exit=number, towards=towards)
            if towards
            else Text(CONTEXT, SIGN_EXIT, exit=number)
        )
    return towards


def parse_turn_lanes(value: str) -> list[list[str]]:
    """``turn:lanes`` → one list of indications per lane, left to right (``"left|through;right|"`` →
    ``[["left"], ["through", "right"], ["none"]]``); unknown indications are kept, empty ones read "none"."""
    lanes = []
    for lane in value.split("|"):
        parts = [p.strip().lower() for p in lane.split(";") if p.strip()]
        lanes.append(parts or ["none"])
    return lanes


def lanes_for_turn(value: str, angle: float) -> list[dict[str, Any]] | None:
    """The lanes of a ``turn:lanes`` string with ``use`` set on those leading the way of a turn of ``angle``
    degrees (right positive): the lanes marked with the indication closest to the turn. None when the string
    says nothing (no lanes, or every lane unmarked)."""
    lanes = parse_turn_lanes(value)
    if not lanes or all(t == ["none"] for t in lanes):
        return None

    def off(ind: str) -> float:
        a = LANE_ANGLE.get(ind)
        return math.inf if a is None else abs((a - angle + 180.0) % 360.0 - 180.0)

    best = min((off(t) for lane in lanes for t in lane), default=math.inf)
    if not math.isfinite(best):
        return None
    return [{"turns": lane, "use": any(off(t) == best for t in lane)} for lane in lanes]


def lane_icons(lanes: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    """Lanes for the lane display: ``{"turns", "use", "icons"}`` per lane, left to right (one arrow icon per
    indication, drawn on top of each other; duplicates once); [] without lanes."""
    out = []
    for lane in lanes or []:
        icons = list(dict.fromkeys(LANE_ICON.get(t, "lane-through") for t in lane["turns"]))
        out.append({"turns": list(lane["turns"]), "use": bool(lane["use"]), "icons": icons})
    return out


def over_speed_limit(speed_kmh: float | None, limit_kmh: float | None) -> bool:
    """True when the car is faster than the legal limit (by more than :data:`OVER_LIMIT_TOLERANCE_KMH`); never
    without a known speed and a finite limit."""
    if speed_kmh is None or limit_kmh is None:
        return False
    if not (math.isfinite(speed_kmh) and math.isfinite(limit_kmh)):
        return False
    return speed_kmh > limit_kmh + OVER_LIMIT_TOLERANCE_KMH


def maneuver_text(m: Maneuver) -> Text:
    """The action of a maneuver as a sentence, e.g. "Turn left onto Landstrasse" (no distance: the banner shows
    it separately). An upcoming arrival reads "Arrive at your destination"."""
    if m.kind == "arrive":
        return Text(CONTEXT, ARRIVE_AHEAD)
    return _sentence(m, None)


def format_instruction(m: Maneuver, distance_to_m: float | None = None) -> Text:
    """Full instruction: "In 300 m, turn left onto Landstrasse"; without a distance (or within 15 m) just the
    action. Depart never gets a distance lead-in; arrival within 15 m (or without a distance) reads "You have
    arrived at your destination"."""
    if m.kind == "depart" or distance_to_m is None or not math.isfinite(distance_to_m) or distance_to_m < NOW_WITHIN_M:
        return _sentence(m, None)
    return _sentence(m, max(0.0, float(distance_to_m)))


def turn_angle(in_bearing: float, out_bearing: float) -> float:
    """Signed turn in degrees: negative = left, positive = right, ±180 = U-turn."""
    return (out_bearing - in_bearing + 540.0) % 360.0 - 180.0


def classify_turn(angle: float) -> str:
    """Maneuver kind for a signed turn angle."""
    a = abs(angle)
    for limit, name in TURN_THRESHOLDS:
        if a < limit:
            if name in ("continue", "uturn"):
                return name
            return f"{name}-{'left' if angle < 0 else 'right'}"
    return "uturn"


def _route_bearings(route: Route) -> tuple[np.ndarray, np.ndarray]:
    """(in-bearing, out-bearing) at every node of the route, measured over ``BEARING_PROBE_M`` of polyline within
    the adjacent edges (so a kink right at the junction does not fake a turn). NaN where undefined."""
    pts = np.asarray(route.coordinates, dtype=np.float64).reshape(-1, 2)
    k = len(route.nodes)
    b_in = np.full(k, np.nan)
    b_out = np.full(k, np.nan)
    if len(pts) < 2:
        return b_in, b_out
    cos = math.cos(math.radians(float(pts[:, 0].mean())))
    dy = np.diff(pts[:, 0]) * 111_320.0
    dx = np.diff(pts[:, 1]) * 111_320.0 * cos
    cum = np.concatenate(([0.0], np.cumsum(np.hypot(dx, dy))))
    pos = np.asarray(route.node_index, dtype=np.int64)
    prev_pos = np.concatenate(([0], pos[:-1]))
    next_pos = np.concatenate((pos[1:], [pos[-1]]))
    q = np.searchsorted(cum, cum[pos] - BEARING_PROBE_M, side="right") - 1
    q = np.minimum(np.maximum(q, prev_pos), np.maximum(pos - 1, 0))
    r = np.searchsorted(cum, cum[pos] + BEARING_PROBE_M, side="left")
    r = np.maximum(np.minimum(r, next_pos), np.minimum(pos + 1, len(pts) - 1))

    def bearing(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        by = (pts[b, 0] - pts[a, 0]) * 111_320.0
        bx = (pts[b, 1] - pts[a, 1]) * 111_320.0 * cos
        out = np.degrees(np.arctan2(bx, by)) % 360.0
        out[(bx == 0) & (by == 0)] = np.nan
        return out

    b_in[1:] = bearing(q, pos)[1:]
    b_out[:-1] = bearing(pos, r)[:-1]
    return b_in, b_out


def build_maneuvers(graph: RoadGraph, route: Route) -> list[Maneuver]:
    """Maneuvers for a route: depart, a turn wherever the road bends at an intersection or the street name
    changes, one maneuver per roundabout (with exit number), arrive."""
    edges = route.edges
    nodes = route.nodes
    lat0, lon0 = (float(x) for x in route.coordinates[0])
    if not edges:
        arrive = Maneuver("arrive", "", 0.0, 0.0, lat0, lon0)
        arrive.instruction = format_instruction(arrive, None)
        return [arrive]
    b_in, b_out = _route_bearings(route)
    b_in = np.nan_to_num(b_in, nan=0.0).tolist()
    b_out = np.nan_to_num(b_out, nan=0.0).tolist()
    ea = np.asarray(edges, dtype=np.int64)
    rb = (np.asarray(graph.edge_flags)[ea] & int(EdgeFlag.ROUNDABOUT)).astype(bool).tolist()
    name_ids = np.asarray(graph.edge_name)[ea].tolist()
    names = graph.names

    def street(i: int) -> str:
        return names[name_ids[i]] if name_ids[i] >= 0 else ""

    node_lat = np.asarray(graph.node_lat)[nodes].tolist()
    node_lon = np.asarray(graph.node_lon)[nodes].tolist()
    node_lat[-1], node_lon[-1] = (float(x) for x in route.coordinates[-1])  # the destination, not the junction
    attrs = road_attrs(graph)
    classes = np.asarray(graph.edge_class)[ea].tolist()
    indptr = graph.indptr
    all_flags = graph.edge_flags
    roundabout_bit = int(EdgeFlag.ROUNDABOUT)
    cum = route.cum_distance_m
    out: list[Maneuver] = [Maneuver("depart", street(0), 0.0, b_out[0], lat0, lon0)]
    i = 1
    n_e = len(edges)
    while i < n_e:
        lat, lon = node_lat[i], node_lon[i]
        if rb[i] and not rb[i - 1]:
            # count the exits (non-roundabout out-edges) passed until we leave the roundabout
            j, exits = i, 0
            while j < n_e and rb[j]:
                j += 1
                if j < n_e:
                    n_here = nodes[j]
                    exits += sum(
                        1
                        for e in range(int(indptr[n_here]), int(indptr[n_here + 1]))
                        if not int(all_flags[e]) & roundabout_bit
                    )
            exits = max(1, exits)
            exit_street = street(j) if j < n_e else street(i)
            exit_b = b_out[j] if j < n_e else b_out[i]
            out.append(
                Maneuver(
                    "roundabout",
                    exit_street,
                    cum[i - 1],
                    exit_b,
                    lat,
                    lon,
                    exit=exits,
                    turn_angle=turn_angle(b_in[i], exit_b),
                    edge_index=i,
                )
            )
            i = j + 1
            continue
        if rb[i - 1]:
            # the route started inside a roundabout: announce the exit we leave it by
            if not rb[i]:
                exits = sum(
                    1
                    for j in range(1, i + 1)
                    for e in range(int(indptr[nodes[j]]), int(indptr[nodes[j] + 1]))
                    if not int(all_flags[e]) & roundabout_bit
                )
                out.append(
                    Maneuver(
                        "roundabout",
                        street(i),
                        cum[i - 1],
                        b_out[i],
                        lat,
                        lon,
                        exit=max(1, exits),
                        turn_angle=turn_angle(b_in[i], b_out[i]),
                        edge_index=i,
                    )
                )
            i += 1
            continue
        angle = turn_angle(b_in[i], b_out[i])
        kind = classify_turn(angle)
        name, in_name = street(i), street(i - 1)
        options = int(indptr[nodes[i] + 1] - indptr[nodes[i]])
        if _is_exit(classes[i - 1], classes[i]):
            # leaving the motorway: always announced (exits often fork at a few degrees), with its sign
            if kind == "continue":
                kind = "slight-left" if angle < 0 else "slight-right"
            m = Maneuver(kind, name, cum[i - 1], b_out[i], lat, lon, turn_angle=angle, edge_index=i)
            m.sign = _exit_sign(attrs, edges, i, classes)
            out.append(m)
        elif kind == "continue":
            if name and name != in_name:
                out.append(Maneuver("continue", name, cum[i - 1], b_out[i], lat, lon, turn_angle=angle, edge_index=i))
        elif kind.startswith("slight") and name == in_name and options <= 2:
            pass  # the road itself bends; nothing to decide
        else:
            out.append(Maneuver(kind, name, cum[i - 1], b_out[i], lat, lon, turn_angle=angle, edge_index=i))
        i += 1
    out.append(Maneuver("arrive", "", route.distance_m, b_in[-1], node_lat[-1], node_lon[-1], edge_index=n_e))
    for m in out:
        if m.kind not in ("depart", "arrive", "roundabout"):
            m.lanes = _approach_lanes(attrs, route, m)
    out = _merge_close(out)
    prev = 0.0
    for m in out:
        m.instruction = format_instruction(m, None if m.kind == "depart" else m.distance_m - prev)
        prev = m.distance_m
    return out


def _is_exit(cls_in: int, cls_out: int) -> bool:
    """Leaving a motorway or trunk road onto its slip road."""
    return cls_in in (RoadClass.MOTORWAY, RoadClass.TRUNK) and cls_out in (
        RoadClass.MOTORWAY_LINK,
        RoadClass.TRUNK_LINK,
    )


def _exit_sign(attrs: RoadAttrs, edges: list[int], i: int, classes: list[int]) -> dict[str, str | None]:
    """The sign of the exit taken onto ``edges[i]``: the first signed edge of the slip road (``{"exit", "ref",
    "destination"}``, values None where not signposted)."""
    j = i
    while j < len(edges) and RoadClass(classes[j]).is_link:
        sign = attrs.sign(edges[j])
        if sign:
            return {
                "exit": sign.get("junction_ref") or None,
                "ref": sign.get("ref") or None,
                "destination": sign.get("destination") or None,
            }
        j += 1
    return {"exit": None, "ref": None, "destination": None}


def _approach_lanes(attrs: RoadAttrs, route: Route, m: Maneuver) -> list[dict[str, Any]] | None:
    """Lanes of the road leading to maneuver ``m`` (the closest edge with ``turn:lanes`` within
    :data:`LANES_LOOKBACK_M` before it), with the ones to use for its turn."""
    cum = route.cum_distance_m
    end = m.edge_index - 1
    i = end
    while i >= 0 and cum[end] - cum[i] <= LANES_LOOKBACK_M:
        value = attrs.turn_lanes(route.edges[i])
        if value:
            return lanes_for_turn(value, KIND_ANGLE.get(m.kind, m.turn_angle))
        i -= 1
    return None


#: maneuvers closer together than this are announced as one (complex junctions split into several nodes)
MERGE_WITHIN_M = 35.0


def _relabel(lanes: list[dict[str, Any]], angle: float) -> list[dict[str, Any]]:
    """The same lanes with ``use`` chosen again for a turn of ``angle``."""
    return lanes_for_turn("|".join(";".join(lane["turns"]) for lane in lanes), angle) or lanes


def _merge_close(mans: list[Maneuver]) -> list[Maneuver]:
    """Fold a turn followed within :data:`MERGE_WITHIN_M` by another turn into one instruction (the combined
    angle, the second street), and drop a "continue onto X" that another maneuver follows right away."""
    out: list[Maneuver] = []
    for m in mans:
        prev = out[-1] if out else None
        close = prev is not None and m.distance_m - prev.distance_m < MERGE_WITHIN_M
        turnish = (
            "continue",
            "slight-left",
            "slight-right",
            "turn-left",
            "turn-right",
            "sharp-left",
            "sharp-right",
            "uturn",
        )
        if close and prev.kind in turnish and m.kind in turnish:
            angle = prev.turn_angle + m.turn_angle
            kind = classify_turn(angle)
            if kind == "continue" and not (m.street and m.street != prev.street):
                out.pop()  # two bends that cancel out: nothing to announce
                continue
            merged = Maneuver(
                kind,
                m.street or prev.street,
                prev.distance_m,
                m.bearing,
                prev.lat,
                prev.lon,
                turn_angle=angle,
                edge_index=m.edge_index,
                sign=prev.sign or m.sign,
            )
            # the lanes are those before the first junction, chosen for the combined turn
            merged.lanes = prev.lanes and [
                {"turns": lane["turns"], "use": u["use"]}
                for lane, u in zip(prev.lanes, _relabel(prev.lanes, KIND_ANGLE.get(kind, angle)), strict=True)
            ]
            out[-1] = merged
            continue
        if close and prev.kind == "continue" and m.kind not in ("arrive",):
            out[-1] = m
            continue
        out.append(m)
    return out


# ============================================================================================ live guidance
@dataclass
class GuidanceState:
    """What the maneuver banner and trip panel show after a fix."""

    snapped_lat: float = math.nan
    snapped_lon: float = math.nan
    distance_from_route_m: float = math.inf
    along_m: float = 0.0
    remaining_m: float = 0.0
    remaining_s: float = 0.0
    eta: float = math.nan  # unix time
    next_maneuver: Maneuver | None = None
    distance_to_next_m: float = math.inf
    instruction: str = ""
    then_maneuver: Maneuver | None = None
    current_street: str = ""
    #: legal limit (km/h) of the road under the car: None unmapped, ``math.inf`` no limit
    speed_limit_kmh: float | None = None
    #: lanes of the next maneuver (``Maneuver.lanes``), None where unmapped
    lanes: list[dict[str, Any]] | None = None
    on_route: bool = True
    off_route: bool = False
    arrived: bool = False
    fixes: int = 0
    events: list[str] = field(default_factory=list)  # "off-route", "back-on-route", "arrived", "rerouted"


class Guidance:
    """Follows GPS fixes along a route.

    ``update(lat, lon, heading, speed)`` snaps the fix to the route (searching near the last progress point, with a
    penalty for segments pointing against the heading), advances progress monotonically (small backwards jitter
    is ignored), and reports the next maneuver, remaining distance/time and ETA. Off-route is declared after
    ``off_route_fixes`` consecutive fixes further than ``off_route_m`` from the route and cleared after two fixes
    within half that distance (hysteresis). Arrival latches once within ``arrival_m`` of the end.
    """

    def __init__(
        self,
        graph: RoadGraph,
        route: Route,
        *,
        destination: tuple[float, float] | None = None,
        off_route_m: float = 40.0,
        off_route_fixes: int = 3,
        arrival_m: float = 25.0,
        clock: Callable[[], float] = time.time,
        router: Router | None = None,
    ) -> None:
        """Guide along ``route``; ``destination`` (default: the route end) is where :meth:`reroute` heads, with
        ``router`` (the session passes the router's ``route_between``)."""
        self.graph = graph
        self.router = router
        self.off_route_m = float(off_route_m)
        self.off_route_fixes = int(off_route_fixes)
        self.arrival_m = float(arrival_m)
        self.clock = clock
        end = route.coordinates[-1]
        self.destination = destination or (float(end[0]), float(end[1]))
        self.set_route(route)

    def set_route(self, route: Route) -> None:
        """Start guiding along a (new) route; progress and off-route counters reset."""
        self.route = route
        coords = np.asarray(route.coordinates, dtype=np.float64).reshape(-1, 2)
        self._pts = coords
        lat0 = float(coords[:, 0].mean()) if len(coords) else 0.0
        self._cos = math.cos(math.radians(lat0))
        if len(coords) >= 2:
            dy = np.diff(coords[:, 0]) * 111_320.0
            dx = np.diff(coords[:, 1]) * 111_320.0 * self._cos
            seg = np.hypot(dx, dy)
        else:
            seg = np.zeros(0)
        self._seg_len = seg
        flat = np.concatenate(([0.0], np.cumsum(seg)))
        # scale the flat-projection lengths to the graph's metres so distances match route.distance_m
        total_flat = float(flat[-1])
        scale = route.distance_m / total_flat if total_flat > 0 else 1.0
        self._cum = flat * scale
        self._seg_bearing = np.degrees(np.arctan2(dx, dy)) % 360.0 if len(coords) >= 2 else np.zeros(0)
        # time at each polyline point: within an edge proportional to length; the turn time before an edge is
        # spent at the junction (so the ETA counts down through it like the route's duration)
        times = np.zeros(len(coords))
        ni = route.node_index
        t_prev = 0.0
        for j in range(len(route.edges)):
            a, b = ni[j], ni[j + 1]
            t0 = t_prev + (route.turn_s[j] if j < len(route.turn_s) else 0.0)
            t1 = route.cum_duration_s[j]
            d0, d1 = self._cum[a], self._cum[b]
            seg = self._cum[a + 1 : b + 1]
            times[a + 1 : b + 1] = t0 + (t1 - t0) * ((seg - d0) / (d1 - d0) if d1 > d0 else 1.0)
            t_prev = t1
        self._time = times
        attrs = road_attrs(self.graph)
        self._edge_limits = [attrs.maxspeed_kmh(e) for e in route.edges]
        self._seg_idx = 0
        self._far_count = 0
        self._near_count = 0
        self._last_t: float | None = None
        self.state = GuidanceState(
            remaining_m=route.distance_m,
            remaining_s=route.duration_s,
            next_maneuver=route.maneuvers[0] if route.maneuvers else None,
        )

    # ------------------------------------------------------------------------------------------------ snapping
    def _snap(self, lat: float, lon: float, heading: float | None) -> tuple[float, int, float, float]:
        """(distance m, segment index, fraction, along m) of the best projection near current progress."""
        n_seg = len(self._seg_len)
        if n_seg == 0:
            p = self._pts[0] if len(self._pts) else (lat, lon)
            return haversine_m(lat, lon, p[0], p[1]), 0, 0.0, 0.0
        lo = max(0, self._seg_idx - 3)
        # look ahead generously: fixes can be seconds apart at motorway speed
        hi = int(np.searchsorted(self._cum, self._cum[self._seg_idx] + 1500.0, side="right"))
        hi = min(n_seg, max(hi, lo + 1))
        a = self._pts[lo:hi]
        b = self._pts[lo + 1 : hi + 1]
        t, d = project_onto_segments(a[:, 0], a[:, 1], b[:, 0], b[:, 1], lat, lon, self._cos)
        score = d.copy()
        if heading is not None:
            diff = np.abs((self._seg_bearing[lo:hi] - heading + 180.0) % 360.0 - 180.0)
            score += np.where(diff > 100.0, 30.0, 0.0)  # prefer the carriageway we drive along
        # mild preference for progress close to where we were (avoids jumping to a later pass nearby)
        score += (np.arange(lo, hi) - self._seg_idx).clip(min=0) * 0.02
        k = int(np.argmin(score))
        idx = lo + k
        along = float(self._cum[idx] + t[k] * (self._cum[idx + 1] - self._cum[idx]))
        return float(d[k]), idx, float(t[k]), along

    def update(
        self,
        lat: float,
        lon: float,
        heading: float | None = None,
        speed: float | None = None,
        timestamp: float | None = None,
    ) -> GuidanceState:
        """Feed a fix (degrees, heading degrees, speed m/s, optional timestamp); returns the new state.

        Invalid fixes (NaN/inf, out of range) and fixes older than the last one are ignored with a log line and
        leave the state unchanged.
        """
        try:
            lat, lon = float(lat), float(lon)
        except (TypeError, ValueError):
            log.warning("guidance: ignored fix with non-numeric position %r, %r", lat, lon)
            return self.state
        if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
            log.warning("guidance: ignored invalid fix (%s, %s)", lat, lon)
            return self.state
        if heading is not None:
            try:
                heading = float(heading) % 360.0 if math.isfinite(float(heading)) else None
            except (TypeError, ValueError):
                heading = None
        if speed is not None:
            try:
                speed = float(speed)
            except (TypeError, ValueError):
                speed = None
            if speed is not None and (not math.isfinite(speed) or speed < 0):
                speed = None
        if heading is not None and speed is not None and speed < 1.0:
            heading = None  # heading of a standing car is noise
        if timestamp is not None:
            if not math.isfinite(timestamp) or (self._last_t is not None and timestamp < self._last_t):
                log.warning("guidance: ignored out-of-order fix (t=%s after %s)", timestamp, self._last_t)
                return self.state
            self._last_t = timestamp

        st = self.state
        events: list[str] = []
        dist, idx, _frac, along = self._snap(lat, lon, heading)
        if along < st.along_m and st.along_m - along < 30.0:
            along = st.along_m  # GPS jitter backwards: keep progress
        else:
            self._seg_idx = idx
        # off-route hysteresis
        if dist > self.off_route_m:
            self._far_count += 1
            self._near_count = 0
        else:
            self._far_count = 0
            if dist <= self.off_route_m / 2:
                self._near_count += 1
        off = st.off_route
        if not off and self._far_count >= self.off_route_fixes:
            off = True
            events.append("off-route")
        elif off and self._near_count >= 2:
            off = False
            events.append("back-on-route")

        total = self.route.distance_m
        remaining = max(0.0, total - along)
        k = min(self._seg_idx, len(self._time) - 2) if len(self._time) >= 2 else 0
        if len(self._time) >= 2:
            seg_d = self._cum[k + 1] - self._cum[k]
            f = (along - self._cum[k]) / seg_d if seg_d > 0 else 0.0
            t_here = self._time[k] + min(1.0, max(0.0, f)) * (self._time[k + 1] - self._time[k])
            remaining_s = max(0.0, float(self._time[-1] - t_here))
        else:
            remaining_s = 0.0
        arrived = st.arrived
        if not arrived and remaining <= self.arrival_m and dist <= self.off_route_m:
            arrived = True
            events.append("arrived")

        mans = self.route.maneuvers
        nxt_i = next((i for i, m in enumerate(mans) if m.distance_m > along + 1.0 and m.kind != "depart"), None)
        nxt = mans[nxt_i] if nxt_i is not None else (mans[-1] if mans else None)
        then = mans[nxt_i + 1] if nxt_i is not None and nxt_i + 1 < len(mans) else None
        to_next = max(0.0, nxt.distance_m - along) if nxt is not None else math.inf
        if then is not None and then.distance_m - (nxt.distance_m if nxt else 0.0) > 150.0:
            then = None  # only announce "then …" for closely following maneuvers
        if arrived:
            nxt = mans[-1] if mans else None
            to_next = 0.0
            instruction = format_instruction(nxt, None) if nxt else ""
        else:
            instruction = format_instruction(nxt, to_next) if nxt else ""
        edge_i = int(np.searchsorted(np.asarray(self.route.cum_distance_m), along, side="right"))
        edge_i = min(edge_i, len(self.route.edges) - 1)
        street = self.graph.edge_street(self.route.edges[edge_i]) if self.route.edges else ""
        limit = self._edge_limits[edge_i] if self.route.edges and not off else None
        if len(self._pts) >= 2:
            j = self._seg_idx
            p, q = self._pts[j], self._pts[j + 1]
            seg_d = self._cum[j + 1] - self._cum[j]
            f = (along - self._cum[j]) / seg_d if seg_d > 0 else 0.0
            f = min(1.0, max(0.0, f))
            s_lat, s_lon = p[0] + f * (q[0] - p[0]), p[1] + f * (q[1] - p[1])
        else:
            s_lat, s_lon = lat, lon
        self.state = GuidanceState(
            snapped_lat=float(s_lat),
            snapped_lon=float(s_lon),
            distance_from_route_m=dist,
            along_m=along,
            remaining_m=remaining,
            remaining_s=remaining_s,
            eta=self.clock() + remaining_s,
            next_maneuver=nxt,
            distance_to_next_m=to_next,
            instruction=instruction,
            then_maneuver=then,
            current_street=street,
            speed_limit_kmh=limit,
            lanes=nxt.lanes if nxt is not None and not arrived and not off else None,
            on_route=not off,
            off_route=off,
            arrived=arrived,
            fixes=st.fixes + 1,
            events=events,
        )
        return self.state

    @property
    def needs_reroute(self) -> bool:
        """True while off-route and not arrived: the caller should :meth:`reroute`."""
        return self.state.off_route and not self.state.arrived

    def reroute(self, lat: float, lon: float, metric: str | None = None, heading: float | None = None) -> Route:
        """Compute a new route from (lat, lon) — driving ``heading`` when known — to the destination and follow
        it; raises RoutingError on failure (and RuntimeError when this guidance has no router)."""
        if self.router is None:
            raise RuntimeError("guidance without a router cannot reroute")
        new = self.router((lat, lon), self.destination, metric or self.route.metric, heading)
        self.set_route(new)
        self.state.events = ["rerouted"]
        return new


def snap_to_route(route: Route, lat: float, lon: float) -> tuple[float, float]:
    """(distance m from the route, metres along it) of the closest point of ``route`` to (lat, lon)."""
    pts = np.asarray(route.coordinates, dtype=np.float64)
    d, _frac, along, _k, _t = point_polyline_distance(pts, lat, lon)
    return d, along
