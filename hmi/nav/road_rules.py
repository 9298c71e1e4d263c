"""The road rules a car obeys on OpenStreetMap data — the one table ``hmi mapbuild`` reads.

"Why can't I drive here?" is answered from this module: every rule is a table below, and
:func:`car_way` / :func:`car_node` / :func:`car_restriction` apply them to one OSM object's tags.
The model and its limits are explained in ``docs/road-rules.md``.

=========================  ===========================================================================================
rule                       what the build does
=========================  ===========================================================================================
road network               :data:`ROADS`: ``highway`` values a car uses, with class, default and practical speed.
                           :data:`CLOSED_TO_CARS`: values a car may use only when a tag opens them
                           (``highway=track`` + ``motor_vehicle=yes``). :data:`NOT_ROADS`: never (construction, …).
                           :data:`OUTSIDE_NETWORK`: legal but left out of the routing network (``service``).
access                     most specific tag wins: ``motorcar`` > ``motor_vehicle`` > ``vehicle`` > ``access`` >
                           the implied access of the ``highway`` value; ``<key>:forward``/``:backward`` before
                           ``<key>``. :data:`ACCESS_VALUES` classifies the value: allowed, destination-only (the
                           edge gets ``EdgeAccess.DESTINATION``) or denied. Unknown values fall through to the
                           less specific key. ``…:conditional`` is ignored (edge flagged ``CONDITIONAL``).
one-way                    ``oneway:motorcar`` > ``oneway:motor_vehicle`` > ``oneway:vehicle`` > ``oneway``
                           (:data:`ONEWAY_VALUES`, ``-1`` = against the way); implied on ``highway=motorway`` and
                           ``junction=roundabout|circular`` unless ``oneway=no``; ``oneway=reversible`` drops the way.
maxspeed                   ``maxspeed:forward|backward`` > ``maxspeed`` > zone tags (``maxspeed:type``,
                           ``source:maxspeed``, ``zone:maxspeed``): :func:`parse_maxspeed` (numbers with ``mph`` /
                           ``knots``, :data:`ZONE_SPEEDS` like ``DE:urban``, ``none`` = +inf, ``walk``,
                           ``signals`` = unknown). Travel time uses it, capped by the class's practical speed.
barriers                   a ``barrier=*`` node blocks a car unless :data:`PASSABLE_BARRIERS` lists it; the node's
                           own access tags decide first (``barrier=gate`` + ``access=private`` blocks,
                           ``barrier=bollard`` + ``motorcar=yes`` passes).
signals, stop, give way    ``highway=traffic_signals|stop|give_way`` nodes become graph nodes with a flag.
turn restrictions          ``type=restriction``; :data:`RESTRICTION_KEYS` (most specific first), kinds in
                           :data:`RESTRICTION_KINDS`, ``except`` values in :data:`CAR_EXEMPTIONS` exempt a car,
                           ``restriction:conditional`` only when it applies always (:data:`ALWAYS_CONDITIONS`).
=========================  ===========================================================================================

Plain Python without numpy or osmium: the functions take a tag mapping (``dict`` or pyosmium's ``TagList``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import IntEnum

from hmi.nav.graph import EdgeAccess, EdgeFlag, NodeFlag, RoadClass

Tags = Mapping[str, str]


# ================================================================================================ road network
@dataclass(frozen=True)
class Road:
    """One ``highway`` value of the network: its class, default speed (no usable ``maxspeed``) and practical speed
    (a cap on the signed limit: nobody drives 100 km/h on a lane signed ``AT:rural``), both km/h."""

    road_class: RoadClass
    default_kmh: float
    practical_kmh: float


#: ``highway`` values a car uses (implied access: yes). Default speeds are typical central-European speeds where no
#: limit is tagged (motorway 120, built-up 50, residential 30); practical speeds cap a tagged limit.
ROADS: dict[str, Road] = {
    "motorway": Road(RoadClass.MOTORWAY, 120.0, 130.0),
    "motorway_link": Road(RoadClass.MOTORWAY_LINK, 60.0, 80.0),
    "trunk": Road(RoadClass.TRUNK, 100.0, 120.0),
    "trunk_link": Road(RoadClass.TRUNK_LINK, 50.0, 70.0),
    "primary": Road(RoadClass.PRIMARY, 80.0, 100.0),
    "primary_link": Road(RoadClass.PRIMARY_LINK, 40.0, 60.0),
    "secondary": Road(RoadClass.SECONDARY, 70.0, 100.0),
    "secondary_link": Road(RoadClass.SECONDARY_LINK, 40.0, 60.0),
    "tertiary": Road(RoadClass.TERTIARY, 50.0, 90.0),
    "tertiary_link": Road(RoadClass.TERTIARY_LINK, 30.0, 50.0),
    "unclassified": Road(RoadClass.UNCLASSIFIED, 40.0, 80.0),
    "residential": Road(RoadClass.RESIDENTIAL, 30.0, 50.0),
    "living_street": Road(RoadClass.LIVING_STREET, 10.0, 20.0),
    "road": Road(RoadClass.OTHER, 30.0, 50.0),  # not yet classified by mappers
}

#: ``highway`` values closed to cars unless an access tag opens them (implied access: no). Opened ones join the
#: network as class OTHER at these speeds.
CLOSED_TO_CARS: dict[str, Road] = {
    "track": Road(RoadClass.OTHER, 20.0, 30.0),
    "pedestrian": Road(RoadClass.OTHER, 10.0, 15.0),
    "footway": Road(RoadClass.OTHER, 10.0, 15.0),
    "path": Road(RoadClass.OTHER, 10.0, 15.0),
    "cycleway": Road(RoadClass.OTHER, 10.0, 20.0),
    "bridleway": Road(RoadClass.OTHER, 10.0, 15.0),
    "busway": Road(RoadClass.OTHER, 30.0, 50.0),  # bus-only roads
    "bus_guideway": Road(RoadClass.OTHER, 30.0, 50.0),
}

#: ``highway`` values a car may legally use that the routing network leaves out. Service roads (car parks,
#: driveways, alleys) would let fastest routes cut through car parks while the router has no penalty for them;
#: a start or destination on one snaps to the nearest road. Moving a value to :data:`ROADS` is the one change
#: needed to include it.
OUTSIDE_NETWORK: frozenset[str] = frozenset({"service"})

#: ``highway`` values that are not (or not yet, or no longer) roads, or not for driving; no tag opens them.
_NOT_BUILT = {"construction", "proposed", "planned", "abandoned", "disused", "razed", "demolished", "no"}
_NOT_FOR_DRIVING = {"raceway", "steps", "elevator", "escalator", "corridor", "platform", "via_ferrata"}
_PLACES_BY_ROADS = {"bus_stop", "rest_area", "services", "emergency_bay", "traffic_island"}
NOT_ROADS: frozenset[str] = frozenset(_NOT_BUILT | _NOT_FOR_DRIVING | _PLACES_BY_ROADS)


# ================================================================================================ access
class Access(IntEnum):
    """What an access value means for a car."""

    NO = 0
    YES = 1
    DESTINATION = 2  # only to reach a destination on it (``destination``, ``customers``)


#: Access keys from most to least specific for a car (OSM's transport-mode hierarchy).
ACCESS_KEYS: tuple[str, ...] = ("motorcar", "motor_vehicle", "vehicle", "access")

#: Access values and what they mean for a private car. Values not listed are ignored: the less specific key (or
#: the highway's implied access) decides. A list (``yes;destination``) takes its most permissive known value.
ACCESS_VALUES: dict[str, Access] = {
    **dict.fromkeys(("yes", "permissive", "designated", "official", "discouraged"), Access.YES),
    **dict.fromkeys(("destination", "customers"), Access.DESTINATION),
    # residents: with a permit only (German "Anwohner"); "Anlieger frei" is tagged destination
    **dict.fromkeys(("no", "private", "agricultural", "forestry", "delivery", "residents", "permit"), Access.NO),
    **dict.fromkeys(("military", "emergency", "psv", "bus", "taxi", "hgv", "restricted"), Access.NO),  # others
}

_PERMISSIVENESS = {Access.NO: 0, Access.DESTINATION: 1, Access.YES: 2}


def access_value(value: str | None) -> Access | None:
    """Classify one access tag value (None: absent or not a statement about cars)."""
    if value is None:
        return None
    best: Access | None = None
    for part in value.split(";"):
        a = ACCESS_VALUES.get(part.strip().lower())
        if a is not None and (best is None or _PERMISSIVENESS[a] > _PERMISSIVENESS[best]):
            best = a
    return best


def resolve_access(tags: Tags, direction: str | None = None) -> tuple[Access | None, str | None]:
    """(access, deciding tag ``"key=value"``) from the most specific access key present, for ``direction``
    ("forward"/"backward"; None: the way as a whole). (None, None) when no key says anything about cars."""
    for key in ACCESS_KEYS:
        keys = (f"{key}:{direction}", key) if direction else (key,)
        for k in keys:
            v = tags.get(k)
            a = access_value(v)
            if a is not None:
                return a, f"{k}={v}"
    return None, None


# ================================================================================================ one-way
class Oneway(IntEnum):
    """Which directions of a way a car may drive."""

    BOTH = 0
    FORWARD = 1  # along the way's node order
    BACKWARD = 2  # against it (``oneway=-1``)
    NEITHER = 3  # ``oneway=reversible``: the direction changes during the day; not routable


#: One-way keys from most to least specific.
ONEWAY_KEYS: tuple[str, ...] = ("oneway:motorcar", "oneway:motor_vehicle", "oneway:vehicle", "oneway")
ONEWAY_VALUES: dict[str, Oneway] = {
    "yes": Oneway.FORWARD,
    "true": Oneway.FORWARD,
    "1": Oneway.FORWARD,
    "-1": Oneway.BACKWARD,
    "reverse": Oneway.BACKWARD,
    "no": Oneway.BOTH,
    "false": Oneway.BOTH,
    "0": Oneway.BOTH,
    "alternating": Oneway.BOTH,  # one lane with signals taking turns: both directions, one at a time
    "reversible": Oneway.NEITHER,
}
#: Ways that are one-way without an ``oneway`` tag (``oneway=no`` overrides).
IMPLIED_ONEWAY_HIGHWAYS: frozenset[str] = frozenset({"motorway"})
IMPLIED_ONEWAY_JUNCTIONS: frozenset[str] = frozenset({"roundabout", "circular"})


def resolve_oneway(tags: Tags) -> Oneway:
    """The one-way rule for a car on a way with ``tags``."""
    for k in ONEWAY_KEYS:
        v = tags.get(k)
        if v is not None:
            o = ONEWAY_VALUES.get(v.strip().lower())
            if o is not None:
                return o
    if tags.get("highway") in IMPLIED_ONEWAY_HIGHWAYS or tags.get("junction") in IMPLIED_ONEWAY_JUNCTIONS:
        return Oneway.FORWARD
    return Oneway.BOTH


# ================================================================================================ maxspeed
WALK_KMH = 7.0  #: ``maxspeed=walk`` (walking pace: courts in DE/AT/CH put it at 4–7 km/h)
MPH_KMH = 1.609344
KNOT_KMH = 1.852
MAX_PLAUSIBLE_KMH = 300.0

#: Implicit limits by zone, from the OSM wiki's default speed limits: ``<country>:<zone>`` → km/h (+inf = no
#: limit). ``DEFAULT`` is used for a country not listed. Numeric zones (``DE:zone30``, ``DE:zone:30``, ``DE:30``)
#: are read as their number.
ZONE_SPEEDS: dict[str, dict[str, float]] = {
    "DEFAULT": {"urban": 50, "rural": 90, "trunk": 110, "motorway": 130, "living_street": 20},
    "AT": {"urban": 50, "rural": 100, "trunk": 100, "motorway": 130, "living_street": WALK_KMH},
    "BE": {"urban": 50, "rural": 90, "trunk": 120, "motorway": 120, "living_street": 20},
    "CH": {"urban": 50, "rural": 80, "trunk": 100, "motorway": 120, "living_street": 20},
    "CZ": {"urban": 50, "rural": 90, "trunk": 110, "motorway": 130, "living_street": 20},
    "DE": {
        "urban": 50,
        "rural": 100,
        "trunk": math.inf,
        "motorway": math.inf,
        "living_street": WALK_KMH,
        "bicycle_road": 30,
    },
    "DK": {"urban": 50, "rural": 80, "trunk": 90, "motorway": 130, "living_street": 15},
    "ES": {"urban": 50, "rural": 90, "trunk": 100, "motorway": 120, "living_street": 20},
    "FR": {"urban": 50, "rural": 80, "trunk": 110, "motorway": 130, "living_street": 20},
    "GB": {"urban": 30 * MPH_KMH, "nsl_single": 60 * MPH_KMH, "nsl_dual": 70 * MPH_KMH, "motorway": 70 * MPH_KMH},
    "IT": {"urban": 50, "rural": 90, "trunk": 110, "motorway": 130, "living_street": 20},
    "LI": {"urban": 50, "rural": 80, "trunk": 80, "motorway": 120, "living_street": 20},
    "LU": {"urban": 50, "rural": 90, "trunk": 90, "motorway": 130, "living_street": 20},
    "NL": {"urban": 50, "rural": 80, "trunk": 100, "motorway": 130, "living_street": 15},
    "PL": {"urban": 50, "rural": 90, "trunk": 100, "expressway": 120, "motorway": 140, "living_street": 20},
}
ZONE_SPEEDS["UK"] = ZONE_SPEEDS["GB"]
#: Values that say the limit varies or is unknown (NaN: the class's default speed is used).
UNKNOWN_MAXSPEEDS: frozenset[str] = frozenset({"signals", "variable", "unknown", "implicit", "no"})

_NUMBER_RE = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(km/h|kmh|kph|mph|mp/h|knots)?$")
_ZONE_RE = re.compile(r"^([a-z]{2})(?:-[a-z0-9]+)?:(?:zone:?)?([a-z_]+|\d+)$")


def parse_maxspeed(value: str | None) -> float | None:
    """A ``maxspeed`` value in km/h: +inf for ``none``, NaN for a known "varies" value, None if unparseable.

    ``"50"`` → 50, ``"30 mph"`` → 48.3, ``"DE:urban"`` → 50, ``"AT:rural"`` → 100, ``"CH:motorway"`` → 120,
    ``"DE:zone30"`` → 30, ``"walk"`` → 7, ``"none"`` → inf, ``"signals"`` → nan, ``"50;30"`` → 30 (the lower).
    """
    if value is None:
        return None
    parts = [p.strip().lower() for p in value.split(";") if p.strip()]
    if not parts:
        return None
    speeds = [_parse_one_maxspeed(p) for p in parts]
    if any(s is None for s in speeds):
        return None
    known = [s for s in speeds if s is not None and not math.isnan(s)]
    return min(known) if known else math.nan


def _parse_one_maxspeed(v: str) -> float | None:
    if v == "none":
        return math.inf
    if v == "walk":
        return WALK_KMH
    if v in UNKNOWN_MAXSPEEDS:
        return math.nan
    m = _NUMBER_RE.match(v)
    if m:
        n = float(m.group(1).replace(",", "."))
        unit = m.group(2)
        if unit in ("mph", "mp/h"):
            n *= MPH_KMH
        elif unit == "knots":
            n *= KNOT_KMH
        return n if 0 < n <= MAX_PLAUSIBLE_KMH else None
    m = _ZONE_RE.match(v)
    if m:
        country, zone = m.group(1).upper(), m.group(2)
        if zone.isdigit():
            n = float(zone)
            return n if 0 < n <= MAX_PLAUSIBLE_KMH else None
        if zone.startswith("zone") and zone[4:].isdigit():
            return float(zone[4:])
        if zone == "walk":
            return WALK_KMH
        table = ZONE_SPEEDS.get(country, ZONE_SPEEDS["DEFAULT"])
        speed = table.get(zone, ZONE_SPEEDS["DEFAULT"].get(zone))
        return float(speed) if speed is not None else None
    return None


#: Where a limit is looked for, in order, for each direction: the directional tag, the plain tag, then tags that
#: only name the zone the way lies in.
MAXSPEED_KEYS: tuple[str, ...] = ("maxspeed", "maxspeed:type", "source:maxspeed", "zone:maxspeed")


def resolve_maxspeed(tags: Tags, direction: str) -> tuple[float, str | None]:
    """(km/h, unparsed value) of the legal limit in ``direction`` ("forward"/"backward"); NaN when unknown."""
    bad = None
    for key in MAXSPEED_KEYS:
        for k in (f"{key}:{direction}", key):
            v = tags.get(k)
            if v is None:
                continue
            s = parse_maxspeed(v)
            if s is not None:
                return s, bad
            if key == "maxspeed" and bad is None:
                bad = v
    return math.nan, bad


def travel_speed_kmh(road: Road, maxspeed_kmh: float) -> float:
    """The free-flow speed used for travel times: the legal limit capped by the class's practical speed, or the
    class default where the limit is unknown."""
    if math.isnan(maxspeed_kmh):
        return road.default_kmh
    return min(maxspeed_kmh, road.practical_kmh)


# ================================================================================================ barriers
#: ``barrier`` values a car passes after stopping (``NodeFlag.GATE``) …
STOPPING_BARRIERS: frozenset[str] = frozenset(
    {"gate", "lift_gate", "swing_gate", "bump_gate", "sliding_gate", "toll_booth", "border_control", "sally_port"}
)
#: … and all it passes: every other value blocks (bollard, block, chain, cycle_barrier, fence, jersey_barrier, …).
PASSABLE_BARRIERS: frozenset[str] = STOPPING_BARRIERS | {
    "no", "entrance", "cattle_grid", "height_restrictor", "arch", "spikes", "speed_bump"
}  # fmt: skip
#: A car's height (m) for ``barrier=height_restrictor`` + ``maxheight``.
CAR_HEIGHT_M = 2.0

_HEIGHT_RE = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(m)?$")


def barrier_blocks(tags: Tags) -> bool:
    """True when a ``barrier=*`` node stops a car: its own access tags decide first, then the barrier type.

    Access tags on a node without ``barrier`` are ignored (they describe a POI on the road, not the road).
    """
    barrier = tags.get("barrier")
    if barrier is None:
        return False
    access, _ = resolve_access(tags)
    if access is not None:
        return access is Access.NO
    if barrier == "height_restrictor":
        m = _HEIGHT_RE.match((tags.get("maxheight") or "").strip())
        return bool(m) and float(m.group(1).replace(",", ".")) < CAR_HEIGHT_M
    if barrier == "bollard" and tags.get("bollard") == "rising":
        return False
    if barrier == "kerb" and tags.get("kerb") in ("lowered", "flush", "no"):
        return False
    return barrier not in PASSABLE_BARRIERS


def car_node(tags: Tags) -> int:
    """:class:`NodeFlag` bits of a node for a car (0: an ordinary node)."""
    flags = 0
    hw = tags.get("highway")
    if hw == "traffic_signals":
        flags |= NodeFlag.TRAFFIC_SIGNALS
    elif hw == "stop":
        flags |= NodeFlag.STOP
    elif hw == "give_way":
        flags |= NodeFlag.GIVE_WAY
    if "barrier" in tags:
        if barrier_blocks(tags):
            flags |= NodeFlag.BARRIER
        elif tags.get("barrier") in STOPPING_BARRIERS:
            flags |= NodeFlag.GATE
    return flags


# ================================================================================================ ways
@dataclass(frozen=True)
class Direction:
    """What a car may do along one direction of a way."""

    access: Access
    maxspeed_kmh: float  #: legal limit, NaN unknown, +inf none
    turn_lanes: str | None
    destination: str | None
    destination_ref: str | None


@dataclass(frozen=True)
class WayProfile:
    """The rules of one way that its edges carry (hashable: the build stores each distinct profile once)."""

    road: Road
    forward: Direction | None  #: None: not drivable along the way's node order
    backward: Direction | None
    flags: int  #: :class:`EdgeFlag` bits shared by both directions
    access_flags: int  #: :class:`EdgeAccess` bits shared by both directions (destination is per direction)


@dataclass(frozen=True)
class CarWay:
    """A way a car may drive (in at least one direction): what the build stores on its edges."""

    profile: WayProfile
    label: str  #: ``name``, else ``ref``, else ""
    junction_ref: str | None  #: the way's own ``junction:ref`` (exit number)
    opened_by: str | None  #: the tag that allowed a car where a less specific tag said no (report)
    bad_maxspeed: str | None  #: an unparseable ``maxspeed`` value (report)


@dataclass(frozen=True)
class Dropped:
    """Why a highway way is not in the car network (the report counts ways by ``reason``)."""

    reason: str


#: Keys (and key prefixes, before ``:``) that :func:`car_way` reads for a way's rules; no other tag (``surface``,
#: ``lit``, ``name`` …) can change them, so ways with the same rule tags share one verdict.
RULE_KEYS: frozenset[str] = frozenset(
    {"highway", "area", "junction", "toll", "tunnel", "bridge", "oneway", "access", "motorcar", "motor_vehicle",
     "vehicle", "maxspeed", "turn", "destination"}
)  # fmt: skip
#: Whole keys the rules read outside those prefixes, and keys under them they do not read.
RULE_EXTRA_KEYS: frozenset[str] = frozenset({"source:maxspeed", "zone:maxspeed"})
LABEL_KEYS: frozenset[str] = frozenset({"junction:ref"})


def rule_tags(tags: Tags) -> tuple[tuple[str, str], ...]:
    """The tags of a way that its rules depend on, sorted (a cache key for :func:`car_way`); the label tags
    (``name``, ``ref``, ``junction:ref``) are left out: see :func:`way_label`."""
    return tuple(
        sorted(
            (k, v)
            for k, v in tags.items()
            if (k.split(":", 1)[0] in RULE_KEYS and k not in LABEL_KEYS) or k in RULE_EXTRA_KEYS
        )
    )


def way_label(tags: Tags) -> tuple[str, str | None]:
    """(label: ``name``, else ``ref``, else "", exit number ``junction:ref`` or None) of a way."""
    label = (tags.get("name") or "").strip() or (tags.get("ref") or "").strip()
    return label, (tags.get("junction:ref") or "").strip() or None


def _truthy(v: str | None) -> bool:
    return v is not None and v.strip().lower() not in ("no", "false", "0", "")


def _direction_tag(tags: Tags, key: str, direction: str, oneway_in_this_direction: bool) -> str | None:
    """``key:forward|backward``, or plain ``key`` where it unambiguously means this direction (one-way roads)."""
    v = tags.get(f"{key}:{direction}")
    if v is None and oneway_in_this_direction:
        v = tags.get(key)
    return v.strip() if v and v.strip() else None


def car_way(tags: Tags) -> CarWay | Dropped:
    """Apply the tables to a way's tags: the car's view of it, or why it is not in the network."""
    hw = tags.get("highway")
    if hw is None:
        return Dropped("no highway tag")
    if hw in NOT_ROADS:
        return Dropped(f"highway={hw} (not a road)")
    if hw in OUTSIDE_NETWORK:
        return Dropped(f"highway={hw} (outside the routing network)")
    if _truthy(tags.get("area")):
        return Dropped("area=yes (a square, not a road)")
    road = ROADS.get(hw)
    open_by_default = road is not None
    if road is None:
        road = CLOSED_TO_CARS.get(hw)
        if road is None:
            return Dropped(f"highway={hw} (unknown road type)")
    oneway = resolve_oneway(tags)
    if oneway is Oneway.NEITHER:
        return Dropped("oneway=reversible (direction changes during the day)")

    access: dict[str, Access] = {}
    deciding: dict[str, str] = {}
    for d in ("forward", "backward"):
        a, tag = resolve_access(tags, d)
        if not open_by_default and (tag is None or tag.startswith("access")) and a is not Access.NO:
            # the highway type's implied "no cars" is more specific than a general access=yes (a footway with
            # access=yes is open to everyone on foot): only a vehicle key opens it
            a, tag = None, None
        if a is None:
            a, tag = (Access.YES if open_by_default else Access.NO), f"highway={hw}"
        access[d], deciding[d] = a, str(tag)
    if oneway is Oneway.FORWARD:
        access["backward"] = Access.NO
    elif oneway is Oneway.BACKWARD:
        access["forward"] = Access.NO
    if access["forward"] is Access.NO and access["backward"] is Access.NO:
        why = deciding["backward" if oneway is Oneway.BACKWARD else "forward"]
        return Dropped(f"{why} (closed to cars)")

    flags = 0
    if tags.get("junction") in IMPLIED_ONEWAY_JUNCTIONS:
        flags |= EdgeFlag.ROUNDABOUT
    if (access["forward"] is Access.NO) != (access["backward"] is Access.NO):
        flags |= EdgeFlag.ONEWAY
    if _truthy(tags.get("tunnel")):
        flags |= EdgeFlag.TUNNEL
    if _truthy(tags.get("bridge")):
        flags |= EdgeFlag.BRIDGE
    access_flags = 0
    if any(k.endswith(":conditional") and k.split(":")[0] in ACCESS_KEYS for k in tags):
        access_flags |= EdgeAccess.CONDITIONAL
    if _truthy(tags.get("toll")):
        access_flags |= EdgeAccess.TOLL

    bad_maxspeed = None
    out: dict[str, Direction | None] = {}
    for d, other in (("forward", "backward"), ("backward", "forward")):
        if access[d] is Access.NO:
            out[d] = None
            continue
        only_this_way = access[other] is Access.NO
        speed, bad = resolve_maxspeed(tags, d)
        bad_maxspeed = bad_maxspeed or bad
        out[d] = Direction(
            access=access[d],
            maxspeed_kmh=speed,
            turn_lanes=_direction_tag(tags, "turn:lanes", d, only_this_way),
            destination=_direction_tag(tags, "destination", d, only_this_way),
            destination_ref=_direction_tag(tags, "destination:ref", d, only_this_way),
        )
    label, jref = way_label(tags)
    opened_by = _opened_by(tags, hw, open_by_default, [deciding[d] for d in deciding if access[d] is not Access.NO])
    profile = WayProfile(road, out["forward"], out["backward"], flags, access_flags)
    return CarWay(profile, label, jref, opened_by, bad_maxspeed)


def _opened_by(tags: Tags, hw: str, open_by_default: bool, allowing: list[str]) -> str | None:
    """The tag that let a car in where a less specific one shut it out (``motorcar=yes`` over ``motor_vehicle=no``),
    for the report; None when nothing was overridden."""
    for tag in allowing:
        key = tag.split("=", 1)[0].split(":", 1)[0]
        if key not in ACCESS_KEYS:
            continue
        for lesser in ACCESS_KEYS[ACCESS_KEYS.index(key) + 1 :]:
            if access_value(tags.get(lesser)) is Access.NO:
                return f"{tag} over {lesser}={tags.get(lesser)}"
        if not open_by_default:
            return f"{tag} on highway={hw}"
    return None


# ================================================================================================ restrictions
#: ``restriction`` values → "no" (the turn is forbidden) or "only" (every other turn is forbidden).
RESTRICTION_KINDS: dict[str, str] = {
    "no_left_turn": "no",
    "no_right_turn": "no",
    "no_straight_on": "no",
    "no_u_turn": "no",
    "no_entry": "no",
    "no_exit": "no",
    "only_left_turn": "only",
    "only_right_turn": "only",
    "only_straight_on": "only",
    "only_u_turn": "only",
}
#: Restriction keys that apply to a car, most specific first (a car is a motor vehicle and a vehicle). Keys for
#: other modes (``restriction:hgv``, ``restriction:bicycle``, …) do not apply.
RESTRICTION_KEYS: tuple[str, ...] = (
    "restriction:motorcar",
    "restriction:motor_vehicle",
    "restriction:vehicle",
    "restriction",
)
#: ``except`` values that exempt a private car (``except=psv;bicycle`` does not).
CAR_EXEMPTIONS: frozenset[str] = frozenset({"motorcar", "motor_vehicle", "vehicle"})
#: Conditions under which a ``restriction:conditional`` applies always (any other condition: ignored, counted).
ALWAYS_CONDITIONS: frozenset[str] = frozenset({"24/7", "mo-su", "mo-su 00:00-24:00", "00:00-24:00", "always"})
#: Old-style time tags that make a restriction conditional.
TIME_TAGS: tuple[str, ...] = ("day_on", "day_off", "hour_on", "hour_off")


@dataclass(frozen=True)
class CarRestriction:
    """A turn restriction that applies to a car: ``value`` like ``no_left_turn`` and its ``kind``."""

    value: str
    kind: str  #: "no" | "only"


def car_restriction(tags: Tags) -> CarRestriction | Dropped:
    """Which turn restriction a ``type=restriction`` relation imposes on a car, or why it imposes none."""
    exempt = {p.strip().lower() for p in re.split(r"[;,]", tags.get("except") or "") if p.strip()}
    if exempt & CAR_EXEMPTIONS:
        return Dropped(f"except={tags.get('except')} exempts cars")
    value = None
    for key in RESTRICTION_KEYS:
        if key in tags:
            value = (tags.get(key) or "").strip()
            break
    if value is None:
        for key in (*(k + ":conditional" for k in RESTRICTION_KEYS),):
            cond = tags.get(key)
            if cond is None:
                continue
            rule, _, condition = cond.partition("@")
            condition = condition.strip().strip("()").strip().lower()
            if condition in ALWAYS_CONDITIONS:
                value = rule.strip()
                break
            return Dropped("conditional (applies only at times)")
    if value is None:
        if any(k.startswith("restriction:") for k in tags):
            return Dropped("for other vehicles only")
        return Dropped("no restriction tag")
    if any(k in tags for k in TIME_TAGS):
        return Dropped("conditional (applies only at times)")
    kind = RESTRICTION_KINDS.get(value)
    if kind is None:
        return Dropped(f"unknown restriction={value}")
    return CarRestriction(value, kind)


__all__ = [
    "ACCESS_KEYS",
    "ACCESS_VALUES",
    "ALWAYS_CONDITIONS",
    "CAR_EXEMPTIONS",
    "CLOSED_TO_CARS",
    "NOT_ROADS",
    "ONEWAY_KEYS",
    "ONEWAY_VALUES",
    "OUTSIDE_NETWORK",
    "PASSABLE_BARRIERS",
    "RESTRICTION_KEYS",
    "RESTRICTION_KINDS",
    "ROADS",
    "STOPPING_BARRIERS",
    "ZONE_SPEEDS",
    "Access",
    "CarRestriction",
    "CarWay",
    "Direction",
    "Dropped",
    "Oneway",
    "Road",
    "WayProfile",
    "access_value",
    "barrier_blocks",
    "car_node",
    "car_restriction",
    "car_way",
    "parse_maxspeed",
    "resolve_access",
    "resolve_maxspeed",
    "resolve_oneway",
    "rule_tags",
    "travel_speed_kmh",
    "way_label",
]
