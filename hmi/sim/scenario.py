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
      "history": {"kind": "slow_leak", "params": {"days": 21, "seconds_per_day": 2}},
      "recording": {"started_at": 1764000000.0, "retained": {topic: payload},
                    "messages": [[t, topic, payload, retain], ...]}
    }

``recording`` (written by ``hmi sim --record``) replays captured agent traffic instead of simulating: the
retained state first, then every message at its time offset, payload timestamps shifted to now.

``history`` plays weeks of time-lapsed health data (generators in ``hmi.sim.health_scenarios``) as soon
as the HMI is online, with the payload timestamps of the simulated past; the live values of those
signals are held back until the playback ends, so every timestamp the HMI sees still only moves forward.

Every error names the file (and the line for JSON syntax errors) and what is wrong.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property
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
    "detour": {"lat": "number", "lon": "number"},
    "consumption": {"factor": "number"},
    # the driver's hands on the HMI (see DRIVER_ACTIONS)
    "accept_destination": {},
    "navigate_to": {"name": "string", "lat": "number", "lon": "number"},
    "tap": {"target": "object"},
    "press": {"target": "object"},
    "type": {"text": "string"},
    "wait_for": {"target": "object", "text": "string?"},
    "open_page": {"page": "page"},
    "open_charger": {"charger": "string"},
    "show": {"target": "object"},
    "setting": {"key": "setting", "value": "setting_value"},
}
#: Actions the simulated *driver* takes on the HMI's screen, not the car. ``hmi screenshot`` (and the README
#: shots) perform them at their time, with the scenario played in step with the HMI; the agent skips them, and
#: under ``hmi demo`` the person at the screen is the driver.
DRIVER_ACTIONS = (
    "accept_destination",
    "navigate_to",
    "tap",
    "press",
    "type",
    "wait_for",
    "open_page",
    "open_charger",
    "show",
    "setting",
)
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
    "detour": "the driver leaves the planned route via (lat, lon), then heads for the destination again",
    "consumption": "scale the energy use (e.g. 1.5 = 50 % more than planned: a headwind, a heavy load)",
    "accept_destination": "tap Go on the destination the phone sent (waits for the offer), then for the route",
    "navigate_to": "choose a destination as from the search results, then wait for the route",
    "tap": "tap the item with this objectName like a finger (waits until it shows; scrolls to it)",
    "press": "press and hold the item (a long press, e.g. a key's accents; held until the end)",
    "type": "type text on the on-screen keyboard, key by key (opens it from the search field)",
    "wait_for": "wait until the item with this objectName shows (with text: until its text contains it)",
    "open_page": "open a page from the bottom bar",
    "open_charger": "tap a charger on the map (by id, or a part of its name): its card opens",
    "show": "scroll the item with this objectName into view (a card further down a page)",
    "setting": "change a setting as the Settings page does (driver settings and trip settings)",
}
#: Driver settings (``hmi.settings``) a ``setting`` step may change, and the EV trip settings.
DRIVER_SETTINGS = ("theme", "units", "temperature", "pressure", "clock24", "language", "textSize")
TRIP_SETTINGS = ("vehicle_id", "reserve_pct", "arrival_pct", "charge_limit_pct", "min_power_kw", "plugs")


TOP_LEVEL_KEYS = {
    "name",
    "description",
    "region",
    "start",
    "initial",
    "drive",
    "events",
    "schema",
    "ota",
    "history",
    "recording",
}
#: Recorded scenarios may be larger than simulated ones (an hour of driving is ~25 MB).
MAX_RECORDING_BYTES = 100_000_000
MAX_RECORDED_MESSAGES = 600_000
MAX_RECORDED_PAYLOAD = 256 * 1024
#: What ``hmi sim --record`` captures and a recording may replay: the car's side of the contract.
RECORDED_FILTERS = ("vss/#", "agent/status", "services/#", "selfupdate/#", "deviceupdate/#")
#: HMI → car topics inside those filters: not agent traffic, never replayed.
HMI_TO_CAR_TOPICS = (
    "selfupdate/desiredstate/command",
    "selfupdate/currentstate/get",
    "deviceupdate/ownerconsentfeedback",
)
#: Events a recording may add on top (they need no simulated physics; driver actions act on the HMI).
RECORDING_ACTIONS = ("crash", "offline", "online", "destination", *DRIVER_ACTIONS)
#: Top-level payload fields holding wall-clock times, shifted on replay: field → units per second.
TIMESTAMP_FIELDS = {"ts": 1, "ready_at": 1, "timestamp": 1000}


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
    recording: Recording | None = None
    """Captured agent traffic to replay instead of simulating (``hmi sim --record``)."""


@dataclass(frozen=True)
class RecordedMessage:
    """One captured MQTT message: seconds after the recording started, topic, payload, retain flag."""

    t: float
    topic: str
    stored: Any
    """The payload as stored in the file (see ``encode_payload``); validated when loaded."""
    retain: bool

    @cached_property
    def payload(self) -> bytes:
        """The raw payload bytes, serialised on first use (an hour of driving loads in seconds).

        Never raises: wrapped payloads were checked when the file was loaded, and a JSON object or array
        always serialises (data given to ``parse`` in memory may hold NaN: it is sent as written).
        """
        if isinstance(self.stored, (dict, list)) and not (isinstance(self.stored, dict) and _is_wrapped(self.stored)):
            return json.dumps(self.stored).encode("utf-8")
        return decode_payload(self.topic, self.stored)


@dataclass(frozen=True)
class Recording:
    """Captured agent traffic: the retained state at the start, then the messages in order."""

    started_at: float
    """Wall-clock time (Unix seconds) of t = 0; replay shifts payload timestamps by (now − this)."""
    retained: tuple[tuple[str, bytes], ...]
    messages: tuple[RecordedMessage, ...]
    duration: float
    loop: bool = False
    source: str = ""


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
    if kind == "object":
        if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]{0,79}", value):
            raise _err(where, "expected a QML objectName (letters, digits, _ and -)")
        return value
    if kind == "page":
        from hmi.settings import SETTINGS, valid

        if not valid("page", value):
            raise _err(where, f"unknown page {value!r}; pages: {', '.join(SETTINGS['page'][1])}")
        return value
    if kind == "setting":
        if value not in (*DRIVER_SETTINGS, *TRIP_SETTINGS):
            raise _err(where, f"unknown setting {value!r}; settings: {', '.join((*DRIVER_SETTINGS, *TRIP_SETTINGS))}")
        return value
    if kind == "setting_value":
        return _setting_value(where, params.get("key"), value)
    if kind == "value":
        signal = sig.BY_PATH.get(params.get("signal", ""))
        if signal is None:
            raise _err(where, "needs a valid signal first")
        checked, problem = check_value(signal, value)
        if problem is not None:
            raise _err(where, problem.reason)
        return list(checked) if isinstance(checked, tuple) else checked
    raise AssertionError(kind)


def _setting_value(where: str, key: Any, value: Any) -> Any:
    """``value`` checked for setting ``key`` by the setting's own validator."""
    if key in DRIVER_SETTINGS:
        from hmi.settings import SETTINGS, valid

        if not valid(key, value):
            allowed = SETTINGS[key][1]
            raise _err(where, f"{value!r} is not a valid {key}; allowed: {', '.join(map(str, allowed))}")
        return value
    if key in TRIP_SETTINGS:
        from hmi.nav.ev.settings import validate

        try:
            validate(key, value)
        except ValueError as exc:
            raise _err(where, str(exc)) from None
        return list(value) if isinstance(value, tuple) else value
    raise _err(where, "needs a valid key first")


def driver_steps(data: Any, source: str) -> tuple[Event, ...]:
    """A list of driver actions without times (``[{"do": "tap", "target": …}, …]``), validated like events;
    used for the extra steps of a README screenshot."""
    if not isinstance(data, list) or len(data) > 50:
        raise _err(source, "expected a list of at most 50 driver steps")
    out = []
    for i, step in enumerate(data):
        if not isinstance(step, dict) or step.get("do") not in DRIVER_ACTIONS:
            raise _err(f"{source}[{i}]", f"expected {{'do': one of {', '.join(DRIVER_ACTIONS)}, …}}")
        out.append(_event(f"{source}[{i}]", {"at": 0, **step}))
    return tuple(out)


def _event(where: str, ev: Any) -> Event:
    """One validated event (``{"at": s, "do": action, …params}``)."""
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
    return Event(at, action, params)


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
        events.append(_event(f"{source}: events[{i}]", ev))
    events.sort(key=lambda e: e.at)
    ota = _ota(f"{source}: ota", data["ota"]) if "ota" in data else None
    history = _history(f"{source}: history", data["history"]) if "history" in data else None
    recording = None
    if "recording" in data:
        for key in ("drive", "initial", "history"):
            if key in data:
                raise _err(f"{source}: {key}", "a recorded scenario replays the car; it cannot also simulate one")
        for i, ev in enumerate(events):
            if ev.do not in RECORDING_ACTIONS:
                raise _err(
                    f"{source}: events[{i}].do",
                    f"{ev.do!r} needs the simulated car; a recording allows {', '.join(RECORDING_ACTIONS)}",
                )
        recording = _recording(f"{source}: recording", data["recording"])
    return Scenario(
        name, description, region, start, initial, waypoints, loop, tuple(events), source, ota, history, recording
    )


def topic_matches(topic: str, pattern: str) -> bool:
    """MQTT topic filter matching (``+`` one level, ``#`` the rest)."""
    parts, pats = topic.split("/"), pattern.split("/")
    for i, pat in enumerate(pats):
        if pat == "#":
            return True
        if i >= len(parts) or (pat != "+" and pat != parts[i]):
            return False
    return len(parts) == len(pats)


def is_recordable(topic: str) -> bool:
    """True for the car-side topics a recording captures and replays."""
    return topic not in HMI_TO_CAR_TOPICS and any(topic_matches(topic, f) for f in RECORDED_FILTERS)


def _topic(where: str, topic: Any) -> str:
    if not isinstance(topic, str) or not 0 < len(topic) <= 1024 or any(c in topic for c in "+#\0"):
        raise _err(where, "expected an MQTT topic name (no wildcards, at most 1024 characters)")
    if not is_recordable(topic):
        raise _err(where, f"{topic!r} is not agent traffic; recordings replay only {', '.join(RECORDED_FILTERS)}")
    return topic


def encode_payload_json(raw: bytes) -> str:
    """``encode_payload(raw)`` as JSON text; a JSON object or array payload is embedded as it is (fast,
    and keeps its exact text) unless it spans lines (the recording file keeps one message per line)."""
    value = encode_payload(raw)
    if isinstance(value, dict) and _is_wrapped(value):
        return json.dumps(value, ensure_ascii=False)
    text = raw.decode("utf-8")
    return text if "\n" not in text and "\r" not in text else json.dumps(value, ensure_ascii=False)


def encode_payload(raw: bytes) -> Any:
    """A payload as it is stored in a recording: JSON objects and arrays as themselves (readable),
    other text as ``{"$text": …}``, anything else as ``{"$base64": …}``; ``decode_payload`` inverts it."""
    import base64

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return {"$base64": base64.b64encode(raw).decode("ascii")}
    try:
        value = _STRICT_DECODER.decode(text)
    except (ValueError, RecursionError):
        return {"$text": text}
    if isinstance(value, list) or (isinstance(value, dict) and not _is_wrapped(value)):
        return value
    return {"$text": text}  # scalars (and look-alikes of our wrappers) keep their exact text


_STRICT_ENCODER = json.JSONEncoder(allow_nan=False)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"non-standard JSON constant {name}")


#: JSON as the standard has it: NaN and Infinity literals are errors. (One instance: building a decoder
#: per payload costs more than decoding it.)
_STRICT_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def _is_wrapped(value: dict[str, Any]) -> bool:
    return len(value) == 1 and next(iter(value)) in ("$text", "$base64")


def decode_payload(where: str, value: Any) -> bytes:
    """The raw payload bytes of a stored payload (see ``encode_payload``)."""
    import base64
    import binascii

    if isinstance(value, dict) and _is_wrapped(value):
        key, inner = next(iter(value.items()))
        if not isinstance(inner, str):
            raise _err(where, f"{key} must be a string")
        if key == "$text":
            raw = inner.encode("utf-8", "surrogatepass")
        else:
            try:
                raw = base64.b64decode(inner, validate=True)
            except (binascii.Error, ValueError):
                raise _err(where, "$base64 is not valid base64") from None
    elif isinstance(value, (dict, list)):
        try:
            return _STRICT_ENCODER.encode(value).encode("utf-8")
        except ValueError:
            raise _err(where, 'payload contains NaN or infinity; store it as {"$text": …}') from None
    else:
        raise _err(where, 'expected a JSON object or array, {"$text": str} or {"$base64": str}')
    if len(raw) > MAX_RECORDED_PAYLOAD:  # (objects and arrays are bounded by the file size)
        raise _err(where, f"payload is larger than {MAX_RECORDED_PAYLOAD} bytes")
    return raw


def _recording(where: str, raw: Any) -> Recording:
    allowed = {"source", "started_at", "duration", "loop", "retained", "messages"}
    if not isinstance(raw, dict):
        raise _err(where, 'expected {"started_at": s, "retained": {…}, "messages": [[t, topic, payload, retain], …]}')
    unknown = set(raw) - allowed
    if unknown:
        raise _err(where, f"unknown key(s): {', '.join(sorted(unknown))}")
    started_at = finite_number(raw.get("started_at"))
    if started_at is None or not 0 < started_at < 1e11:
        raise _err(f"{where}.started_at", "must be the Unix time (seconds) the recording started")
    source = raw.get("source", "")
    if not isinstance(source, str) or len(source) > 300:
        raise _err(f"{where}.source", "must be a string of at most 300 characters")
    loop = raw.get("loop", False)
    if not isinstance(loop, bool):
        raise _err(f"{where}.loop", "must be true or false")
    retained_raw = raw.get("retained", {})
    if not isinstance(retained_raw, dict) or len(retained_raw) > 10_000:
        raise _err(f"{where}.retained", "expected an object of topic → payload (at most 10 000)")
    retained = tuple(
        (_topic(f"{where}.retained.{topic}", topic), decode_payload(f"{where}.retained.{topic}", payload))
        for topic, payload in retained_raw.items()
    )
    messages_raw = raw.get("messages")
    if not isinstance(messages_raw, list) or len(messages_raw) > MAX_RECORDED_MESSAGES:
        raise _err(f"{where}.messages", f"expected a list of at most {MAX_RECORDED_MESSAGES} messages")
    messages: list[RecordedMessage] = []
    last_t = 0.0
    good_topics: set[str] = set()  # a drive has a few dozen topics; check each once
    for i, m in enumerate(messages_raw):
        at = f"{where}.messages[{i}]"
        if not isinstance(m, list) or len(m) not in (3, 4):
            raise _err(at, "expected [t, topic, payload] or [t, topic, payload, retain]")
        t = finite_number(m[0])
        if t is None or not 0 <= t <= 7 * 86400:
            raise _err(at, "t must be seconds from the start, 0 … 604800")
        if t < last_t:
            raise _err(at, f"t = {t} goes back in time (the previous message was at {last_t})")
        retain = m[3] if len(m) == 4 else False
        if not isinstance(retain, bool):
            raise _err(at, "retain must be true or false")
        topic, stored = m[1], m[2]
        if topic not in good_topics:
            good_topics.add(_topic(at, topic))
        if not isinstance(stored, (dict, list)) or (isinstance(stored, dict) and _is_wrapped(stored)):
            decode_payload(at, stored)  # wrapped payloads are checked now; objects and arrays are JSON already
        messages.append(RecordedMessage(t, topic, stored, retain))
        last_t = t
    duration = finite_number(raw.get("duration", last_t))
    if duration is None or not last_t <= duration <= 7 * 86400:
        raise _err(f"{where}.duration", f"must be seconds, at least the last message's t ({last_t})")
    if loop and duration <= 0:
        raise _err(f"{where}.loop", "a looping recording needs a duration above 0")
    return Recording(started_at, retained, tuple(messages), duration, loop, source)


def shift_timestamps(payload: bytes, shift_s: float) -> bytes:
    """``payload`` with its top-level wall-clock fields (``ts``, ``ready_at``, ``timestamp`` ms) moved by
    ``shift_s`` seconds; anything that is not such a JSON object is returned unchanged."""
    if not payload.startswith(b"{"):
        return payload
    try:
        data = _STRICT_DECODER.decode(payload.decode("utf-8"))
    except (ValueError, RecursionError):
        return payload  # a malformed payload is replayed as recorded
    if not isinstance(data, dict):
        return payload
    changed = False
    for key, per_s in TIMESTAMP_FIELDS.items():
        value = data.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool) and finite_number(value) is not None:
            shifted = value + shift_s * per_s
            data[key] = round(shifted) if isinstance(value, int) else shifted
            changed = True
    return json.dumps(data).encode("utf-8") if changed else payload


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
    if len(raw) > MAX_RECORDING_BYTES:
        raise ScenarioError(f"{path}: file is larger than {MAX_RECORDING_BYTES} bytes")
    try:
        text = raw.decode("utf-8")
        data = _STRICT_DECODER.decode(text)
    except UnicodeDecodeError:
        raise ScenarioError(f"{path}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ScenarioError(f"{path}:{exc.lineno}:{exc.colno}: invalid JSON: {exc.msg}") from None
    except RecursionError:
        raise ScenarioError(f"{path}: JSON nested too deeply") from None
    except ValueError as exc:  # NaN / Infinity literals (not JSON; a recording stores them as $text)
        raise ScenarioError(f"{path}: invalid JSON: {exc}") from None
    try:
        scenario = parse(data, str(path))
    except ScenarioError as exc:
        raise ScenarioError(_with_line(str(exc), str(path), text)) from None
    if scenario.recording is None and len(raw) > MAX_SCENARIO_BYTES:
        raise ScenarioError(f"{path}: file is larger than {MAX_SCENARIO_BYTES} bytes (only recordings may be)")
    return scenario


def _with_line(message: str, source: str, text: str) -> str:
    """``message`` ("<source>: <where>: <reason>") as "<source>:<line>: <where>: <reason>" when the JSON
    location named by <where> (``events[3].at``, ``initial.Vehicle.Speed`` …) can be found in ``text``."""
    rest = message[len(source) + 2 :] if message.startswith(source + ": ") else None
    if rest is None:
        return message
    where = rest.split(": ", 1)[0]
    if where.startswith("unknown key(s)"):
        where = rest.split(": ", 1)[1].split(", ")[0]
    elif where.startswith('"'):
        where = where[1:].split('"', 1)[0]
    try:
        pos = _locate(text, where)
    except (ValueError, IndexError, RecursionError):
        pos = None
    if pos is None:
        return message
    return f"{source}:{text.count(chr(10), 0, pos) + 1}: {rest}"


def _locate(text: str, where: str) -> int | None:
    """Offset in ``text`` of the JSON member named by ``where`` (dotted keys, ``[i]`` indexes), or of the
    deepest part of it that exists; None when not even the first part exists."""
    decoder = json.JSONDecoder()
    ws = re.compile(r"[ \t\n\r]*")
    pos = ws.match(text, 0).end()
    found: int | None = None
    rest = where
    while rest:
        if text[pos] == "{" and not rest.startswith("["):
            pos = ws.match(text, pos + 1).end()
            best: tuple[str, int, int] | None = None  # key, key offset, value offset
            while text[pos] != "}":
                key, after = decoder.raw_decode(text, pos)
                colon = ws.match(text, after).end()
                value_at = ws.match(text, colon + 1).end()
                matches = rest == key or rest.startswith(key + ".") or rest.startswith(key + "[")
                if matches and (best is None or len(key) > len(best[0])):
                    best = (key, pos, value_at)
                _, end = decoder.raw_decode(text, value_at)
                pos = ws.match(text, end).end()
                if text[pos] == ",":
                    pos = ws.match(text, pos + 1).end()
            if best is None:
                return found
            key, found, pos = best
            rest = rest[len(key) :].lstrip(".")
        elif text[pos] == "[" and rest.startswith("["):
            index_text, _, tail = rest[1:].partition("]")
            index = int(index_text)
            pos = ws.match(text, pos + 1).end()
            for _ in range(index):
                _, end = decoder.raw_decode(text, pos)
                pos = ws.match(text, end).end()
                if text[pos] != ",":
                    return found
                pos = ws.match(text, pos + 1).end()
            if text[pos] == "]":
                return found
            found = pos
            rest = tail.lstrip(".")
        else:
            return found
    return found


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
