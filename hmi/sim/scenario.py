"""Scenario files: what the simulated agent does, as data (``assets/scenarios/*.json``).

Schema (version 1), documented in ``docs/scenarios.md``::

    {
      "name": "city-drive",                 # required, [a-z0-9-]+, matches the file name
      "description": "One line for `hmi sim --list`",
      "region": "liechtenstein",            # map the drive runs on
      "start": {"lat": 47.14, "lon": 9.52, "heading": 0},
      "initial": {"Vehicle.Powertrain.TractionBattery.StateOfCharge.Displayed": 80, ...},
      "drive": {"waypoints": [[lat, lon], ...], "loop": true},
      "events": [{"at": 5, "do": "drive"}, {"at": 60, "do": "leak", "tyre": "frontLeft", "kpa_per_hour": 30}, ...],
      "ota": {"fail": null, "time_scale": 0.2, "consent": true},  # run the self-update agent stand-in
      "history": {"kind": "slow_leak", "params": {"days": 21, "seconds_per_day": 2}}
    }

``history`` plays weeks of time-lapsed health data (generators in ``hmi.sim.health_scenarios``) as soon
as the HMI is online, with the payload timestamps of the simulated past; the live values of those
signals are held back until the playback ends, so every timestamp the HMI sees still only moves forward.

Every error names the file (and the line for JSON syntax errors) and what is wrong.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hmi.link import signals as sig
from hmi.link.validate import check_value, finite_number

SCENARIO_DIR = Path(__file__).resolve().parents[2] / "assets" / "scenarios"
MAX_SCENARIO_BYTES = 2_000_000
TYRE_KEYS = tuple(key for key, *_ in sig.TYRES)

#: Actions and their parameters: name → {param: kind}. Kinds: number, string, signal, value, tyre, codes, bool.
ACTIONS: dict[str, dict[str, str]] = {
    "drive": {},
    "park": {},
    "set": {"signal": "signal", "value": "value"},
    "plug_in": {"power_kw": "number"},
    "unplug": {},
    "leak": {"tyre": "tyre", "kpa_per_hour": "number"},
    "dtc_add": {"codes": "codes"},
    "dtc_clear": {},
    "dropout": {"signal": "signal", "seconds": "number"},
    "crash": {"restart_after": "number?"},
    "offline": {},
    "online": {},
    "destination": {"name": "string", "lat": "number", "lon": "number"},
    "outside_temp": {"celsius": "number"},
}
ACTION_HELP = {
    "drive": "put the car in drive and follow the route",
    "park": "brake to a stop and select park",
    "set": "publish a value for a signal (held until changed)",
    "plug_in": "connect a charger of power_kw and start charging",
    "unplug": "stop charging and disconnect",
    "leak": "start a slow leak in one tyre",
    "dtc_add": "add diagnostic trouble codes",
    "dtc_clear": "clear all trouble codes",
    "dropout": "stop publishing one signal for a while (sensor dropout)",
    "crash": "the agent dies without saying goodbye (LWT fires); optionally comes back",
    "offline": "the agent says offline and stops publishing",
    "online": "the agent comes back online",
    "destination": "the owner's phone sends a destination",
    "outside_temp": "change the outside air temperature",
}


TOP_LEVEL_KEYS = {"name", "description", "region", "start", "initial", "drive", "events", "schema", "ota", "history"}


class ScenarioError(ValueError):
    """A scenario file that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class Event:
    """One timed action."""

    at: float
    do: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Scenario:
    """A validated scenario."""

    name: str
    description: str
    region: str = "liechtenstein"
    start: tuple[float, float, float] | None = None
    initial: dict[str, Any] = field(default_factory=dict)
    waypoints: tuple[tuple[float, float], ...] = ()
    loop: bool = False
    events: tuple[Event, ...] = ()
    source: str = ""
    ota: dict[str, Any] | None = None
    history: dict[str, Any] | None = None
    """Time-lapse health history: ``{"kind": generator name, "params": {…}}``."""
    """Self-update agent stand-in settings (``fail``, ``time_scale``, ``consent``), or None for no OTA offer."""


def _err(where: str, message: str) -> ScenarioError:
    return ScenarioError(f"{where}: {message}")


def _latlon(where: str, value: Any) -> tuple[float, float]:
    if not isinstance(value, list) or len(value) != 2:
        raise _err(where, "expected [lat, lon]")
    lat, lon = finite_number(value[0]), finite_number(value[1])
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise _err(where, f"{value!r} is not a valid [lat, lon]")
    return lat, lon


def _param(where: str, kind: str, value: Any, params: dict[str, Any]) -> Any:
    optional = kind.endswith("?")
    kind = kind.rstrip("?")
    if value is None and optional:
        return None
    if kind == "number":
        number = finite_number(value)
        if number is None:
            raise _err(where, f"expected a finite number, got {value!r}")
        return number
    if kind == "string":
        if not isinstance(value, str) or not value or len(value) > 120:
            raise _err(where, "expected a non-empty string of at most 120 characters")
        return value
    if kind == "signal":
        if value not in sig.BY_PATH:
            raise _err(where, f"unknown signal {value!r}")
        return value
    if kind == "tyre":
        if value not in TYRE_KEYS:
            raise _err(where, f"tyre must be one of {', '.join(TYRE_KEYS)}")
        return value
    if kind == "codes":
        signal = sig.BY_PATH[sig.DTC_LIST]
        checked, problem = check_value(signal, value)
        if problem is not None:
            raise _err(where, problem.reason)
        return list(checked)
    if kind == "value":
        signal = sig.BY_PATH.get(params.get("signal", ""))
        if signal is None:
            raise _err(where, "needs a valid signal first")
        checked, problem = check_value(signal, value)
        if problem is not None:
            raise _err(where, problem.reason)
        return list(checked) if isinstance(checked, tuple) else checked
    raise AssertionError(kind)


def parse(data: Any, source: str) -> Scenario:
    """Validate decoded JSON ``data``; ``source`` names it in error messages."""
    if not isinstance(data, dict):
        raise _err(source, "a scenario must be a JSON object")
    unknown = set(data) - TOP_LEVEL_KEYS
    if unknown:
        raise _err(source, f"unknown key(s): {', '.join(sorted(unknown))}")
    name = data.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,60}", name):
        raise _err(source, '"name" must be lower-case letters, digits and dashes')
    description = data.get("description", "")
    if not isinstance(description, str) or len(description) > 300:
        raise _err(source, '"description" must be a string of at most 300 characters')
    region = data.get("region", "liechtenstein")
    if not isinstance(region, str) or not re.fullmatch(r"[a-z0-9-]{1,60}", region):
        raise _err(source, '"region" must be a region name like "liechtenstein"')
    start = None
    if "start" in data:
        s = data["start"]
        if not isinstance(s, dict):
            raise _err(f"{source}: start", "expected an object with lat, lon, heading")
        lat, lon = _latlon(f"{source}: start", [s.get("lat"), s.get("lon")])
        heading = finite_number(s.get("heading", 0))
        if heading is None or not 0 <= heading <= 360:
            raise _err(f"{source}: start.heading", "must be 0…360")
        start = (lat, lon, heading)
    initial: dict[str, Any] = {}
    raw_initial = data.get("initial", {})
    if not isinstance(raw_initial, dict):
        raise _err(f"{source}: initial", "expected an object of VSS path → value")
    for path, value in raw_initial.items():
        initial[path] = _param(f"{source}: initial.{path}", "value", value, {"signal": path})
    waypoints: tuple[tuple[float, float], ...] = ()
    loop = False
    if "drive" in data:
        drive = data["drive"]
        if not isinstance(drive, dict) or not isinstance(drive.get("waypoints"), list):
            raise _err(f"{source}: drive", 'expected {"waypoints": [[lat, lon], ...], "loop": bool}')
        if not 2 <= len(drive["waypoints"]) <= 100:
            raise _err(f"{source}: drive.waypoints", "needs 2 to 100 points")
        waypoints = tuple(_latlon(f"{source}: drive.waypoints[{i}]", p) for i, p in enumerate(drive["waypoints"]))
        loop = drive.get("loop", False)
        if not isinstance(loop, bool):
            raise _err(f"{source}: drive.loop", "must be true or false")
    events: list[Event] = []
    raw_events = data.get("events", [])
    if not isinstance(raw_events, list) or len(raw_events) > 10_000:
        raise _err(f"{source}: events", "expected a list of at most 10 000 events")
    for i, ev in enumerate(raw_events):
        where = f"{source}: events[{i}]"
        if not isinstance(ev, dict):
            raise _err(where, "expected an object")
        at = finite_number(ev.get("at"))
        if at is None or not 0 <= at <= 7 * 86400:
            raise _err(f"{where}.at", "must be seconds from start, 0 … 604800")
        action = ev.get("do")
        if action not in ACTIONS:
            raise _err(f"{where}.do", f"unknown action {action!r}; known: {', '.join(ACTIONS)}")
        spec = ACTIONS[action]
        extra = set(ev) - {"at", "do"} - set(spec)
        if extra:
            raise _err(where, f"unknown parameter(s) for {action}: {', '.join(sorted(extra))}")
        params: dict[str, Any] = {}
        for key, kind in spec.items():
            if key not in ev and not kind.endswith("?"):
                raise _err(where, f"{action} needs {key!r}")
            params[key] = _param(f"{where}.{key}", kind, ev.get(key), {**ev})
        events.append(Event(at, action, params))
    events.sort(key=lambda e: e.at)
    ota = _ota(f"{source}: ota", data["ota"]) if "ota" in data else None
    history = _history(f"{source}: history", data["history"]) if "history" in data else None
    return Scenario(name, description, region, start, initial, waypoints, loop, tuple(events), source, ota, history)


HISTORY_KINDS = ("slow_leak", "lv_decline", "dtc_sequence", "sensor_dropout")


def _history(where: str, raw: Any) -> dict[str, Any]:
    import inspect

    from hmi.sim import health_scenarios

    if not isinstance(raw, dict) or set(raw) - {"kind", "params"} or raw.get("kind") not in HISTORY_KINDS:
        raise _err(where, f'expected {{"kind": one of {", ".join(HISTORY_KINDS)}, "params": {{…}}}}')
    params = raw.get("params", {})
    if not isinstance(params, dict):
        raise _err(f"{where}.params", "expected an object")
    accepted = inspect.signature(getattr(health_scenarios, raw["kind"])).parameters
    for key, value in params.items():
        if key not in accepted or key == "start_ts":
            raise _err(f"{where}.params.{key}", f"not a parameter of {raw['kind']}")
        if not isinstance(value, str) and finite_number(value) is None:
            raise _err(f"{where}.params.{key}", "must be a number or a string")
    try:  # generate once now, so a bad value fails at load time with the generator's message
        getattr(health_scenarios, raw["kind"])(**params)
    except (ValueError, TypeError) as exc:
        raise _err(where, str(exc)) from None
    return {"kind": raw["kind"], "params": dict(params)}


OTA_FAIL_MODES = ("download", "update", "activation")


def _ota(where: str, raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict) or set(raw) - {"fail", "time_scale", "consent"}:
        raise _err(where, 'expected {"fail": null|"download"|"update"|"activation", "time_scale": s, "consent": bool}')
    fail = raw.get("fail")
    if fail is not None and fail not in OTA_FAIL_MODES:
        raise _err(f"{where}.fail", f"must be null or one of {', '.join(OTA_FAIL_MODES)}")
    scale = finite_number(raw.get("time_scale", 1.0))
    if scale is None or not 0.001 <= scale <= 100:
        raise _err(f"{where}.time_scale", "must be a number 0.001 … 100")
    consent = raw.get("consent", True)
    if not isinstance(consent, bool):
        raise _err(f"{where}.consent", "must be true or false")
    return {"fail": fail, "time_scale": scale, "consent": consent}


def load(path: Path) -> Scenario:
    """Read and validate a scenario file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ScenarioError(f"{path}: cannot read ({exc.strerror})") from None
    if len(raw) > MAX_SCENARIO_BYTES:
        raise ScenarioError(f"{path}: file is larger than {MAX_SCENARIO_BYTES} bytes")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ScenarioError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ScenarioError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None
    return parse(data, str(path))


def find(name_or_path: str) -> Scenario:
    """A scenario by shipped name (``city-drive``) or by file path."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".json" or candidate.exists():
        return load(candidate)
    path = SCENARIO_DIR / f"{name_or_path}.json"
    if not path.exists():
        raise ScenarioError(f"unknown scenario {name_or_path!r}; known: {', '.join(names())}")
    return load(path)


def names() -> list[str]:
    """Names of the shipped scenarios."""
    return sorted(p.stem for p in SCENARIO_DIR.glob("*.json"))
