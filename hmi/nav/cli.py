"""Navigation subcommands: ``hmi mapbuild``, ``hmi route``, ``hmi geocode``.

Import-light on purpose (argparse only): numpy, osmnx and the map are imported inside the handlers.
Exit codes: 0 ok, 1 nothing found (geocode), 2 bad input (unreadable file, bad coordinates, not a map),
3 no route (destination unreachable or outside the map), 130 interrupted. Errors are one line on stderr.
Wired into the ``hmi`` command (``hmi mapbuild``, ``hmi route``, ``hmi geocode``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

EXIT_OK, EXIT_NOTHING, EXIT_BAD_INPUT, EXIT_NO_ROUTE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def _latlon(text: str) -> tuple[float, float]:
    import math

    try:
        a, b = text.split(",")
        lat, lon = float(a), float(b)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected LAT,LON, got {text!r}") from None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise argparse.ArgumentTypeError(f"{text!r} is not a valid position")
    return lat, lon


def _fail(msg: str, code: int) -> int:
    print(f"error: {msg}", file=sys.stderr)
    return code


def add_subcommands(sub: Any) -> None:
    """Register ``mapbuild``, ``route`` and ``geocode`` on an argparse subparsers object."""
    p = sub.add_parser(
        "mapbuild",
        help="build an offline map from an OSM extract",
        description="Build the offline map (road graph with the car's road rules, turn restrictions, routing "
        "preprocessing, place index, chargers) from an .osm.pbf/.osm/.osm.bz2 extract, streaming (a country fits "
        "in memory). Prints a report of what was kept and dropped and why (also build_report.json in the map). "
        "Map data © OpenStreetMap contributors.",
    )
    p.add_argument("extract", help="OSM extract (.osm.pbf, .osm, .osm.bz2)")
    p.add_argument(
        "--chargers",
        action="append",
        default=[],
        metavar="FILE",
        help="Open Charge Map CSV or JSON export to merge (repeatable)",
    )
    p.add_argument("-o", "--output", metavar="DIR", help="map directory to write (default: the app's map dir)")
    p.add_argument("--region", help="region name stored in the map (default: from the file name)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--no-preprocess", action="store_true", help="skip routing preprocessing (slower queries)")
    p.set_defaults(func=cmd_mapbuild)

    p = sub.add_parser("route", help="compute a route on an offline map")
    p.add_argument("--map", metavar="DIR", help="map directory (default: the app's map dir)")
    p.add_argument("--from", dest="origin", type=_latlon, required=True, metavar="LAT,LON")
    p.add_argument("--to", dest="destination", type=_latlon, required=True, metavar="LAT,LON")
    p.add_argument("--metric", choices=("time", "distance"), default="time")
    p.add_argument("--json", action="store_true", help="print JSON {distance_m, duration_s, coordinates, maneuvers}")
    p.set_defaults(func=cmd_route)

    p = sub.add_parser("geocode", help="search addresses, streets and places on an offline map")
    p.add_argument("query", help='search text, e.g. "Städtle 1, Vaduz" (or LAT,LON with --reverse)')
    p.add_argument("--map", metavar="DIR", help="map directory (default: the app's map dir)")
    p.add_argument("--near", type=_latlon, metavar="LAT,LON", help="rank results by distance from here")
    p.add_argument("--limit", type=int, default=5)
    p.add_argument("--reverse", action="store_true", help="QUERY is LAT,LON: name the street/address there")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_geocode)


def _map_dir(arg: str | None) -> Any:
    from pathlib import Path

    from hmi.nav.paths import map_dir

    return Path(arg) if arg else map_dir()


def cmd_mapbuild(args: argparse.Namespace) -> int:
    """Handler of ``hmi mapbuild``."""
    from pathlib import Path

    from hmi.nav.paths import map_dir

    try:
        from hmi.nav.build import BuildError, TextProgress, build_map, region_name

        # without -o the map goes where the app looks for the region's map (named after the file by default)
        out = Path(args.output) if args.output else map_dir(args.region or region_name(args.extract))
        progress = None if args.quiet else TextProgress(sys.stderr)
        meta = build_map(
            args.extract,
            out,
            chargers=args.chargers,
            region=args.region,
            progress=progress,
            preprocess=not args.no_preprocess,
        )
    except BuildError as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        return _fail("interrupted", EXIT_INTERRUPTED)
    except OSError as exc:
        return _fail(f"cannot write map: {exc.strerror or exc}", EXIT_BAD_INPUT)
    from hmi.nav.build_report import summary_lines

    print(
        f"map written to {out}: {meta['nodes']:,} nodes, {meta['edges']:,} edges, {meta['length_km']:,} km, "
        f"{meta['places']:,} places, {meta['chargers']} chargers in {meta['build_seconds']['total']} s "
        f"({meta['attribution']})"
    )
    for line in summary_lines(meta["report"]):
        print(line)
    print(f"full report: {out / 'build_report.json'}")
    return EXIT_OK


def cmd_route(args: argparse.Namespace) -> int:
    """Handler of ``hmi route``."""
    from hmi.nav.graph import MapFormatError, RoadGraph
    from hmi.nav.guidance import format_distance
    from hmi.nav.route import BadInput, RoutingError, route_between
    from hmi.nav.routing_index import routing_index

    try:
        graph = RoadGraph.load(_map_dir(args.map))
    except MapFormatError as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    # one question: the preprocessing-free search answers it sooner than a hierarchy can be built for it
    routing_index(graph, hierarchy=False)
    try:
        r = route_between(graph, args.origin, args.destination, metric=args.metric)
    except BadInput as exc:
        return _fail(str(exc), EXIT_BAD_INPUT)
    except RoutingError as exc:
        return _fail(str(exc), EXIT_NO_ROUTE)
    if args.json:
        print(json.dumps(r.to_dict(), ensure_ascii=False))
    else:
        print(f"{format_distance(r.distance_m)}, {r.duration_s / 60:.0f} min ({graph.attribution})")
        for m in r.maneuvers:
            print(f"  {format_distance(m.distance_m):>8}  {m.instruction}")
    return EXIT_OK


def cmd_geocode(args: argparse.Namespace) -> int:
    """Handler of ``hmi geocode``."""
    from hmi.nav.geocode import OfflineGeocoder
    from hmi.nav.paths import is_built

    d = _map_dir(args.map)
    if not is_built(d):
        return _fail(f"{d} is not a built map (no metadata.json); run `hmi mapbuild` first", EXIT_BAD_INPUT)
    geocoder = OfflineGeocoder(d)
    if args.reverse:
        try:
            point = _latlon(args.query)
        except argparse.ArgumentTypeError as exc:
            return _fail(str(exc), EXIT_BAD_INPUT)
        found = geocoder.reverse(point, exactly_one=False)
    else:
        found = geocoder.geocode(args.query, exactly_one=False, limit=max(1, min(args.limit, 100)), near=args.near)
    results = [
        {
            "name": loc.address,
            "lat": loc.latitude,
            "lon": loc.longitude,
            "type": loc.raw.get("t"),
            "category": loc.raw.get("cat"),
            "score": loc.raw.get("score"),
            "distance_m": loc.raw.get("distance_m"),
        }
        for loc in (found or [])
    ]
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        for r in results:
            print(f"{r['lat']:.6f},{r['lon']:.6f}  {r['type']:<8} {r['name']}")
    if not results:
        print("no match", file=sys.stderr)
        return EXIT_NOTHING
    return EXIT_OK
