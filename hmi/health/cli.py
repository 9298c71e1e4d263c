"""CLI of the vehicle-health area: ``hmi health dtc|centres|scenario|replay|extract-centres|dtc-texts``.

Import-light: numpy, geopy and osmium are imported inside the handlers.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

SCENARIO_NAMES = ("slow-leak", "lv-decline", "dtc-sequence", "sensor-dropout")


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    """Add ``health`` (with its own subcommands) to the ``hmi`` command's subparsers."""
    health = sub.add_parser("health", help="vehicle health: DTC lookup, service centres, health scenarios")
    hsub = health.add_subparsers(dest="health_command", metavar="SUBCOMMAND", required=True)

    p = hsub.add_parser("dtc", help="look up diagnostic trouble codes in the shipped table")
    p.add_argument("codes", nargs="+", help="codes such as P0A80")
    p.set_defaults(func=cmd_dtc)

    p = hsub.add_parser("centres", help="nearest service centres to a position")
    p.add_argument("--lat", type=float, required=True)
    p.add_argument("--lon", type=float, required=True)
    p.add_argument("--map-dir", type=Path, help="built map whose place index to use (else the shipped list)")
    p.add_argument("-n", type=int, default=3, help="how many (default 3)")
    p.set_defaults(func=cmd_centres)

    p = hsub.add_parser("scenario", help="print a time-accelerated health scenario as JSON events")
    p.add_argument("name", choices=SCENARIO_NAMES)
    p.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    p.set_defaults(func=cmd_scenario)

    p = hsub.add_parser("replay", help="play a health scenario into a monitor (no GUI) and print what it concludes")
    p.add_argument("name", choices=SCENARIO_NAMES)
    p.add_argument("--db", type=Path, help="history database (default: a temporary file)")
    p.set_defaults(func=cmd_replay)

    p = hsub.add_parser("extract-centres", help="rebuild assets/service_centres.json from an OSM extract")
    p.add_argument("pbf", type=Path)
    p.add_argument("-o", "--output", type=Path, help="output JSON (default: the shipped fallback file)")
    p.set_defaults(func=cmd_extract_centres)

    p = hsub.add_parser("dtc-texts", help="regenerate hmi/health/dtc_texts.py (the DTC table's texts for lupdate)")
    p.add_argument("--check", action="store_true", help="only check that it is up to date (exit 1 if not)")
    p.set_defaults(func=cmd_dtc_texts)


def cmd_dtc(args: argparse.Namespace) -> int:
    """Print text, severity and action per code; exit 2 if any code is malformed."""
    from hmi.health.dtc import DtcError, DtcTable

    table = DtcTable.load()
    status = 0
    for code in args.codes:
        try:
            info = table.lookup(code)
        except DtcError as exc:
            print(f"{code}: {exc}", file=sys.stderr)
            status = 2
            continue
        print(f"{info.code}  [{info.severity}]  {info.text}  — {info.action}")
    return status


def cmd_centres(args: argparse.Namespace) -> int:
    """Print the nearest service centres."""
    from hmi.health.service import load_centres, nearest

    try:
        found = nearest(load_centres(args.map_dir), args.lat, args.lon, limit=args.n)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for c, km in found:
        where = ", ".join(x for x in (c.address, c.city) if x)
        print(f"{km:6.1f} km  {c.name}  ({c.kind}{'; ' + where if where else ''})  {c.lat:.5f},{c.lon:.5f}")
    return 0 if found else 1


def _events(name: str) -> list[dict]:
    from hmi.sim import health_scenarios as hs

    return hs.SCENARIOS[name]()


def cmd_scenario(args: argparse.Namespace) -> int:
    """Write the scenario's events as JSON."""
    text = json.dumps(_events(args.name), indent=None, separators=(",", ":"))
    if args.output:
        args.output.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    """Feed the scenario into a HealthMonitor and print predictions, alerts and status."""
    import tempfile

    from hmi.health.monitor import HealthConfig, HealthMonitor
    from hmi.sim import health_scenarios as hs

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "health.db"
        monitor = HealthMonitor(db, config=HealthConfig(predict_min_wall_s=0.0, predict_interval_s=6 * 3600))
        try:
            hs.play(_events(args.name), monitor)
            monitor.refresh_predictions()
            level, text = monitor.status()
            print(f"status: [{level}] {text}")
            print("predictions:")
            for p in monitor.predictions():
                print(f"  [{p.state}/{p.severity}] {p.text}\n      {p.basis}")
            print("alerts:")
            for a in monitor.alerts.active():
                print(f"  [{a.severity}] {a.title} — {a.action}")
        finally:
            monitor.close()
    return 0


def cmd_extract_centres(args: argparse.Namespace) -> int:
    """Extract shop=car_repair/car/tyres places from an OSM extract into the fallback JSON."""
    from hmi.health.service import FALLBACK_FILE, write_fallback

    n = write_fallback(args.pbf, args.output or FALLBACK_FILE)
    print(f"{n} service centres written to {args.output or FALLBACK_FILE}")
    return 0


def cmd_dtc_texts(args: argparse.Namespace) -> int:
    """Regenerate (or ``--check``) the lupdate-readable module of the DTC table's texts."""
    from hmi.health import dtc_extract

    return dtc_extract.main(["--check"] if args.check else [])
