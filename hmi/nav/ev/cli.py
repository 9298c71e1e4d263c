"""``hmi plan`` (charging-aware trip) and ``hmi range`` (reachable area) subcommands.

Import-light: numpy and the planner are imported inside the handlers. Exit codes: 0 ok, 2 no feasible trip or
bad input (arguments, map, vehicle profile) — always one line on stderr, and with ``--json`` an ``{"error",
"code"}`` object on stdout whose ``code`` tells the cases apart.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import Any

EXIT_OK = 0
EXIT_INFEASIBLE = 2
EXIT_BAD_INPUT = 2


def _latlon(text: str) -> tuple[float, float]:
    parts = text.split(",")
    if len(parts) != 2:
        raise argparse.ArgumentTypeError(f"expected LAT,LON, got {text!r}")
    try:
        lat, lon = float(parts[0]), float(parts[1])
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected LAT,LON numbers, got {text!r}") from None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise argparse.ArgumentTypeError(f"coordinates out of range: {text!r}")
    return lat, lon


def _percent(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a percentage, got {text!r}") from None
    if not math.isfinite(v) or not 0 <= v <= 100:
        raise argparse.ArgumentTypeError(f"percentage must be within 0 … 100, got {text!r}")
    return v


def _number(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not math.isfinite(v):
        raise argparse.ArgumentTypeError(f"expected a finite number, got {text!r}")
    return v


def add_subcommands(sub: Any) -> None:
    """Register ``plan`` and ``range`` on an argparse subparsers object."""
    p = sub.add_parser(
        "plan",
        help="plan a trip with charging stops",
        description="Fastest trip including charging stops for an EV on a built map.",
    )
    p.add_argument("--map", required=True, help="built map directory (hmi mapbuild)")
    p.add_argument("--vehicle", required=True, help="vehicle profile id, e.g. nissan-leaf-40")
    p.add_argument("--soc", required=True, type=_percent, help="start state of charge, %%")
    p.add_argument("--from", dest="origin", required=True, type=_latlon, metavar="LAT,LON")
    p.add_argument("--to", dest="destination", required=True, type=_latlon, metavar="LAT,LON")
    p.add_argument("--reserve", type=_percent, default=5.0, help="never below this SoC, %% (default 5)")
    p.add_argument("--arrival", type=_percent, default=10.0, help="SoC at the destination, %% (default 10)")
    p.add_argument("--limit", type=_percent, default=80.0, help="charge at most to this SoC, %% (default 80)")
    p.add_argument("--overhead", type=_number, default=300.0, help="time per charging stop besides charging, s")
    p.add_argument("--min-power", type=_number, default=0.0, help="ignore chargers below this power, kW")
    p.add_argument("--plugs", default=None, help="comma-separated plugs to use (default: all the car has)")
    p.add_argument("--temp", type=_number, default=20.0, help="outside temperature, °C (default 20)")
    p.add_argument("--vehicles-dir", default=None, help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true", help="print the plan as JSON")
    p.set_defaults(func=plan_command)

    r = sub.add_parser(
        "range",
        help="reachable area on the current charge",
        description="Outline of the area reachable from a point with a given SoC.",
    )
    r.add_argument("--map", required=True)
    r.add_argument("--vehicle", required=True)
    r.add_argument("--soc", required=True, type=_percent)
    r.add_argument("--at", required=True, type=_latlon, metavar="LAT,LON")
    r.add_argument("--reserve", type=_percent, default=5.0)
    r.add_argument("--temp", type=_number, default=20.0)
    r.add_argument("--vehicles-dir", default=None, help=argparse.SUPPRESS)
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=range_command)


def _fail(code: int, reason: str, as_json: bool, kind: str) -> int:
    print(f"hmi: {reason}", file=sys.stderr)
    if as_json:
        print(json.dumps({"error": reason, "code": kind}))
    return code


def _load(args: argparse.Namespace) -> tuple[Any, Any, Any] | str:
    from hmi.nav.ev.chargers import load_chargers
    from hmi.nav.ev.profiles import ProfileError, get_profile
    from hmi.nav.graph import MapFormatError, RoadGraph

    try:
        profile = get_profile(args.vehicle, args.vehicles_dir)
    except ProfileError as exc:
        return str(exc)
    try:
        graph = RoadGraph.load(args.map)
    except MapFormatError as exc:
        return str(exc)
    try:
        chargers = load_chargers(args.map)
    except ValueError as exc:
        return str(exc)
    return profile, graph, chargers


def plan_command(args: argparse.Namespace) -> int:
    """Handler of ``hmi plan``."""
    from hmi.nav.ev.planner import NoFeasibleTrip, PlanSettings, plan_trip

    loaded = _load(args)
    if isinstance(loaded, str):
        return _fail(EXIT_BAD_INPUT, loaded, args.json, "bad_input")
    profile, graph, chargers = loaded
    plugs = None
    if args.plugs:
        plugs = tuple(p.strip().lower() for p in args.plugs.split(",") if p.strip())
        unknown = [p for p in plugs if p not in profile.plugs]
        if unknown:
            return _fail(
                EXIT_BAD_INPUT,
                f"{profile.name} has no {', '.join(unknown)} plug (it has {', '.join(profile.plugs)})",
                args.json,
                "bad_input",
            )
    try:
        settings = PlanSettings(
            reserve_pct=args.reserve,
            arrival_pct=args.arrival,
            charge_limit_pct=args.limit,
            stop_overhead_s=args.overhead,
            min_power_kw=args.min_power,
            allowed_plugs=plugs,
            outside_temp_c=args.temp,
        )
    except ValueError as exc:
        return _fail(EXIT_BAD_INPUT, str(exc), args.json, "bad_input")
    try:
        plan = plan_trip(graph, profile, chargers, args.origin, args.destination, args.soc, settings)
    except NoFeasibleTrip as exc:
        return _fail(EXIT_INFEASIBLE, f"no feasible trip: {exc.reason}", args.json, exc.code)
    except ValueError as exc:
        return _fail(EXIT_BAD_INPUT, str(exc), args.json, "bad_input")
    if args.json:
        print(json.dumps(plan.to_dict()))
        return EXIT_OK
    for leg in plan.legs:
        print(
            f"drive {leg.distance_m / 1000:.1f} km, {leg.drive_s / 60:.0f} min → {leg.end.name}, "
            f"arrive with {leg.arrive_soc:.0f} %"
        )
        if leg.why_text:
            print(f"  {leg.why_text}")
        if leg.charger is not None:
            est = " (estimated)" if leg.charger.estimated else ""
            print(
                f"  charge {leg.charge_s / 60:.0f} min to {leg.charge_to_soc:.0f} % "
                f"at {leg.charger.power_kw:g} kW {leg.plug}{est}"
            )
    print(f"total {plan.total_s / 60:.0f} min ({len(plan.stops)} stop(s))")
    for w in plan.warnings:
        print(f"note: {w}")
    return EXIT_OK


def range_command(args: argparse.Namespace) -> int:
    """Handler of ``hmi range``."""
    from hmi.nav.ev.consumption import ConsumptionModel
    from hmi.nav.ev.reachable import reachable_area

    loaded = _load(args)
    if isinstance(loaded, str):
        return _fail(EXIT_BAD_INPUT, loaded, args.json, "bad_input")
    profile, graph, _ = loaded
    try:
        model = ConsumptionModel(profile, args.temp)
        area = reachable_area(graph, model, args.at[0], args.at[1], args.soc, args.reserve)
    except ValueError as exc:
        return _fail(EXIT_BAD_INPUT, str(exc), args.json, "bad_input")
    if args.json:
        print(json.dumps(area.to_dict()))
    else:
        print(
            f"{area.nodes} road nodes reachable, farthest {area.max_distance_m / 1000:.1f} km by road; "
            f"{area.nodes_reserve} keeping the {args.reserve:g} % reserve"
        )
    return EXIT_OK
