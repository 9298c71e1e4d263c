"""Parse and validate the over-the-air update messages of the agent interface.

Every message of the OTA table (Eclipse Leda self-update agent + Kanto update-manager owner consent) is
wrapped in ``{"activityId": str, "timestamp": int ms, "payload": {...}}``. ``parse_message`` turns raw MQTT
bytes into one typed, immutable dataclass or raises ``ProtocolError`` with a clear reason. Nothing is
stripped or rewritten silently: a value that is not acceptable rejects the whole message.

The ``build_*`` functions make the messages the HMI (and the simulator) publish, so both sides share one
definition of every payload.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

from hmi.link import topics

#: Upper bound of one OTA message on the wire. Release notes are ≤ 20 000 chars, ≤ 4 bytes each in UTF-8,
#: JSON escaping can double that; anything larger is not a message we want to decode.
MAX_MESSAGE_BYTES = 256 * 1024
MAX_RELEASE_NOTES_CHARS = 20_000
MAX_ID_CHARS = 128
MAX_VERSION_CHARS = 64
MAX_TEXT_CHARS = 1_000
MAX_URL_CHARS = 2_048
MAX_LIST_ITEMS = 64
MAX_SIZE_BYTES = 1 << 40  # 1 TiB: anything above is a broken size field
MAX_INSTALL_S = 7 * 24 * 3600
#: Timestamps are unix epoch milliseconds; 0 … year 9999.
MAX_TIMESTAMP_MS = 253_402_300_799_999


class ProtocolError(ValueError):
    """A message was rejected; ``str(err)`` is the reason shown in the log."""


class Status(str, Enum):
    """Overall status of ``selfupdate/desiredstatefeedback``."""

    IDENTIFYING = "IDENTIFYING"
    IDENTIFICATION_FAILED = "IDENTIFICATION_FAILED"
    IDENTIFIED = "IDENTIFIED"
    DOWNLOADING = "DOWNLOADING"
    DOWNLOAD_SUCCESS = "DOWNLOAD_SUCCESS"
    DOWNLOAD_FAILURE = "DOWNLOAD_FAILURE"
    UPDATING = "UPDATING"
    UPDATE_SUCCESS = "UPDATE_SUCCESS"
    UPDATE_FAILURE = "UPDATE_FAILURE"
    ACTIVATING = "ACTIVATING"
    ACTIVATION_SUCCESS = "ACTIVATION_SUCCESS"
    ACTIVATION_FAILURE = "ACTIVATION_FAILURE"
    COMPLETE = "COMPLETE"
    INCOMPLETE = "INCOMPLETE"


#: Statuses after which an activity can never be shown as complete.
FAILURE_STATUSES = frozenset(
    {
        Status.IDENTIFICATION_FAILED,
        Status.DOWNLOAD_FAILURE,
        Status.UPDATE_FAILURE,
        Status.ACTIVATION_FAILURE,
        Status.INCOMPLETE,
    }
)

#: Per-action statuses: the overall ones plus Kanto's removal statuses (the agent may report them for
#: cleanup); anything else is rejected.
ACTION_STATUSES = frozenset(s.value for s in Status) | {"REMOVING", "REMOVAL_SUCCESS", "REMOVAL_FAILURE"}


class Command(str, Enum):
    """``selfupdate/desiredstate/command`` commands (HMI → agent)."""

    DOWNLOAD = "DOWNLOAD"
    UPDATE = "UPDATE"
    ACTIVATE = "ACTIVATE"
    CLEANUP = "CLEANUP"
    ROLLBACK = "ROLLBACK"


#: Commands the update manager may ask the owner's consent for.
CONSENT_COMMANDS = frozenset({Command.DOWNLOAD, Command.UPDATE, Command.ACTIVATE})


class ConsentStatus(str, Enum):
    """``deviceupdate/ownerconsentfeedback`` answers."""

    APPROVED = "APPROVED"
    DENIED = "DENIED"


# ----------------------------------------------------------------------------------------------- messages


@dataclass(frozen=True)
class Component:
    """One component of a desired-state domain (e.g. ``os-image`` at a version)."""

    id: str
    version: str
    config: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Domain:
    """One domain of the desired state (``self-update``)."""

    id: str
    components: tuple[Component, ...]


@dataclass(frozen=True)
class DesiredState:
    """``selfupdate/desiredstate``: an offer of new software plus the HMI's optional presentation fields."""

    activity_id: str
    timestamp: int
    domains: tuple[Domain, ...]
    release_notes: str | None = None
    size_bytes: int | None = None
    estimated_install_s: float | None = None

    @property
    def baseline(self) -> str:
        """Baseline name the commands refer to: the first domain's id."""
        return self.domains[0].id

    @property
    def version(self) -> str:
        """Headline version shown to the driver: the first component's version."""
        return self.domains[0].components[0].version

    @property
    def component_id(self) -> str:
        """The first component's id (``os-image``), used to detect a rollback in the current state."""
        return self.domains[0].components[0].id


@dataclass(frozen=True)
class Action:
    """One action of a feedback message (per component)."""

    component_id: str
    component_version: str
    status: str
    progress: int
    message: str


@dataclass(frozen=True)
class Feedback:
    """``selfupdate/desiredstatefeedback``."""

    activity_id: str
    timestamp: int
    status: Status
    message: str
    actions: tuple[Action, ...]

    @property
    def progress(self) -> int:
        """Overall progress 0…100: the mean of the actions' progress (0 without actions)."""
        if not self.actions:
            return 0
        return round(sum(a.progress for a in self.actions) / len(self.actions))


@dataclass(frozen=True)
class CommandMessage:
    """``selfupdate/desiredstate/command``."""

    activity_id: str
    timestamp: int
    baseline: str
    command: Command


@dataclass(frozen=True)
class SoftwareNode:
    """One installed software node of the current state."""

    id: str
    version: str
    name: str
    type: str


@dataclass(frozen=True)
class CurrentState:
    """``selfupdate/currentstate``: what is installed now."""

    activity_id: str
    timestamp: int
    software: tuple[SoftwareNode, ...]

    def version_of(self, component_id: str) -> str | None:
        """Installed version of ``component_id`` (matched on node id or id suffix), or None."""
        for node in self.software:
            if node.id == component_id or node.id.endswith(":" + component_id):
                return node.version
        return None


@dataclass(frozen=True)
class CurrentStateGet:
    """``selfupdate/currentstate/get``: a request to republish the current state."""

    activity_id: str
    timestamp: int


@dataclass(frozen=True)
class ConsentRequest:
    """``deviceupdate/ownerconsent``: the update manager asks the owner to consent to ``command``."""

    activity_id: str
    timestamp: int
    command: Command


@dataclass(frozen=True)
class ConsentFeedback:
    """``deviceupdate/ownerconsentfeedback``: the owner's answer."""

    activity_id: str
    timestamp: int
    status: ConsentStatus
    time_to_apply: int | None


Message = DesiredState | Feedback | CommandMessage | CurrentState | CurrentStateGet | ConsentRequest | ConsentFeedback

#: Topics parsed here, in the order of the contract's table.
OTA_TOPICS = (
    topics.SELFUPDATE_DESIRED_STATE,
    topics.SELFUPDATE_DESIRED_STATE_FEEDBACK,
    topics.SELFUPDATE_DESIRED_STATE_COMMAND,
    topics.SELFUPDATE_CURRENT_STATE,
    topics.SELFUPDATE_CURRENT_STATE_GET,
    topics.OWNER_CONSENT,
    topics.OWNER_CONSENT_FEEDBACK,
)

# ----------------------------------------------------------------------------------------------- checks

# C0/C1 control characters other than tab/newline/CR; lone surrogates (JSON "\ud800" decodes to one and
# cannot be encoded again, which would crash the UI layer).
_BAD_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_BAD_ID = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def _reject_constant(name: str) -> Any:
    raise ProtocolError(f"non-finite number {name} is not allowed")


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ProtocolError(f"{where} must be an object, got {type(value).__name__}")
    return value


def _list(value: Any, where: str, max_items: int = MAX_LIST_ITEMS) -> list[Any]:
    if not isinstance(value, list):
        raise ProtocolError(f"{where} must be a list, got {type(value).__name__}")
    if len(value) > max_items:
        raise ProtocolError(f"{where} has {len(value)} items, more than {max_items}")
    return value


def _str(value: Any, where: str, max_chars: int, *, multiline: bool = False, allow_empty: bool = True) -> str:
    if not isinstance(value, str):
        raise ProtocolError(f"{where} must be a string, got {type(value).__name__}")
    if len(value) > max_chars:
        raise ProtocolError(f"{where} is {len(value)} characters, more than {max_chars}")
    if not allow_empty and not value.strip():
        raise ProtocolError(f"{where} must not be empty")
    bad = (_BAD_TEXT if multiline else _BAD_ID).search(value)
    if bad:
        raise ProtocolError(f"{where} contains control or invalid character U+{ord(bad.group()):04X}")
    return value


def _int(value: Any, where: str, lo: int, hi: int) -> int:
    # bool is an int in Python but not in the contract.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ProtocolError(f"{where} must be an integer, got {type(value).__name__}")
    if not lo <= value <= hi:
        raise ProtocolError(f"{where}={str(value)[:40]} is outside {lo}…{hi}")
    return value


def _number(value: Any, where: str, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ProtocolError(f"{where} must be a number, got {type(value).__name__}")
    try:
        number = float(value)
    except OverflowError:  # a JSON integer with hundreds of digits
        raise ProtocolError(f"{where} is too large") from None
    if not math.isfinite(number) or not lo <= number <= hi:
        raise ProtocolError(f"{where}={str(value)[:40]} is outside {lo:g}…{hi:g}")
    return number


def _enum(enum: type[Enum], value: Any, where: str) -> Any:
    if not isinstance(value, str):
        raise ProtocolError(f"{where} must be a string, got {type(value).__name__}")
    try:
        return enum(value)
    except ValueError:
        raise ProtocolError(f"{where} {value[:40]!r} is not one of {[e.value for e in enum]}") from None


def _id(value: Any, where: str) -> str:
    return _str(value, where, MAX_ID_CHARS, allow_empty=False)


# ----------------------------------------------------------------------------------------------- parsing


def decode_wrapper(payload: bytes) -> tuple[str, int, dict[str, Any]]:
    """Decode raw bytes into ``(activityId, timestamp ms, payload object)`` or raise ``ProtocolError``."""
    if not isinstance(payload, bytes | bytearray):
        raise ProtocolError(f"payload must be bytes, got {type(payload).__name__}")
    if len(payload) > MAX_MESSAGE_BYTES:
        raise ProtocolError(f"message is {len(payload)} bytes, more than {MAX_MESSAGE_BYTES}")
    try:
        text = bytes(payload).decode("utf-8")
    except UnicodeDecodeError as err:
        raise ProtocolError(f"payload is not valid UTF-8 ({err.reason} at byte {err.start})") from None
    try:
        doc = json.loads(text, parse_constant=_reject_constant)
    except ProtocolError:
        raise
    except (ValueError, RecursionError) as err:
        raise ProtocolError(f"payload is not valid JSON ({str(err)[:80]})") from None
    doc = _obj(doc, "message")
    extra = set(doc) - {"activityId", "timestamp", "payload"}
    if extra:
        raise ProtocolError(f"unexpected wrapper fields {sorted(extra)[:5]}")
    for key in ("activityId", "timestamp", "payload"):
        if key not in doc:
            raise ProtocolError(f"wrapper field {key!r} is missing")
    activity_id = _id(doc["activityId"], "activityId")
    timestamp = _int(doc["timestamp"], "timestamp", 0, MAX_TIMESTAMP_MS)
    body = _obj(doc["payload"], "payload")
    return activity_id, timestamp, body


def _parse_desired_state(aid: str, ts: int, body: dict[str, Any]) -> DesiredState:
    if "domains" not in body:
        raise ProtocolError("payload.domains is missing")
    domains = []
    for i, raw_domain in enumerate(_list(body["domains"], "payload.domains")):
        d = _obj(raw_domain, f"domains[{i}]")
        comps = []
        for j, raw_comp in enumerate(_list(d.get("components"), f"domains[{i}].components")):
            c = _obj(raw_comp, f"domains[{i}].components[{j}]")
            where = f"domains[{i}].components[{j}]"
            config = []
            for k, raw_kv in enumerate(_list(c.get("config", []), f"{where}.config")):
                kv = _obj(raw_kv, f"{where}.config[{k}]")
                config.append(
                    (
                        _str(kv.get("key"), f"{where}.config[{k}].key", MAX_ID_CHARS, allow_empty=False),
                        _str(kv.get("value"), f"{where}.config[{k}].value", MAX_URL_CHARS),
                    )
                )
            comps.append(
                Component(
                    id=_id(c.get("id"), f"{where}.id"),
                    version=_str(c.get("version"), f"{where}.version", MAX_VERSION_CHARS, allow_empty=False),
                    config=tuple(config),
                )
            )
        if not comps:
            raise ProtocolError(f"domains[{i}].components is empty")
        domains.append(Domain(id=_id(d.get("id"), f"domains[{i}].id"), components=tuple(comps)))
    if not domains:
        raise ProtocolError("payload.domains is empty")
    notes = body.get("releaseNotes")
    if notes is not None:
        notes = _str(notes, "releaseNotes", MAX_RELEASE_NOTES_CHARS, multiline=True)
    size = body.get("sizeBytes")
    if size is not None:
        size = _int(size, "sizeBytes", 0, MAX_SIZE_BYTES)
    install_s = body.get("estimatedInstallS")
    if install_s is not None:
        install_s = _number(install_s, "estimatedInstallS", 0, MAX_INSTALL_S)
    return DesiredState(aid, ts, tuple(domains), notes, size, install_s)


def _parse_feedback(aid: str, ts: int, body: dict[str, Any]) -> Feedback:
    status = _enum(Status, body.get("status"), "status")
    message = _str(body.get("message", ""), "message", MAX_TEXT_CHARS, multiline=True)
    actions = []
    for i, raw in enumerate(_list(body.get("actions", []), "actions")):
        a = _obj(raw, f"actions[{i}]")
        comp = _obj(a.get("component"), f"actions[{i}].component")
        a_status = _str(a.get("status"), f"actions[{i}].status", 40, allow_empty=False)
        if a_status not in ACTION_STATUSES:
            raise ProtocolError(f"actions[{i}].status {a_status!r} is not a known action status")
        progress = a.get("progress", 0)
        # Progress may arrive as a JSON float (e.g. 42.0); it must still be a finite 0…100.
        progress = round(_number(progress, f"actions[{i}].progress", 0, 100))
        actions.append(
            Action(
                component_id=_id(comp.get("id"), f"actions[{i}].component.id"),
                component_version=_str(comp.get("version", ""), f"actions[{i}].component.version", MAX_VERSION_CHARS),
                status=a_status,
                progress=progress,
                message=_str(a.get("message", ""), f"actions[{i}].message", MAX_TEXT_CHARS, multiline=True),
            )
        )
    return Feedback(aid, ts, status, message, tuple(actions))


def _parse_command(aid: str, ts: int, body: dict[str, Any]) -> CommandMessage:
    return CommandMessage(
        aid,
        ts,
        baseline=_id(body.get("baseline"), "baseline"),
        command=_enum(Command, body.get("command"), "command"),
    )


def _parse_current_state(aid: str, ts: int, body: dict[str, Any]) -> CurrentState:
    nodes = []
    for i, raw in enumerate(_list(body.get("softwareNodes", []), "softwareNodes")):
        n = _obj(raw, f"softwareNodes[{i}]")
        nodes.append(
            SoftwareNode(
                id=_id(n.get("id"), f"softwareNodes[{i}].id"),
                version=_str(n.get("version", ""), f"softwareNodes[{i}].version", MAX_VERSION_CHARS),
                name=_str(n.get("name", ""), f"softwareNodes[{i}].name", MAX_ID_CHARS),
                type=_str(n.get("type", ""), f"softwareNodes[{i}].type", MAX_ID_CHARS),
            )
        )
    for key in ("hardwareNodes", "associations"):
        _list(body.get(key, []), key, 256)
    return CurrentState(aid, ts, tuple(nodes))


def _parse_consent_request(aid: str, ts: int, body: dict[str, Any]) -> ConsentRequest:
    command = _enum(Command, body.get("command"), "command")
    if command not in CONSENT_COMMANDS:
        raise ProtocolError(f"consent cannot be requested for {command.value}")
    return ConsentRequest(aid, ts, command)


def _parse_consent_feedback(aid: str, ts: int, body: dict[str, Any]) -> ConsentFeedback:
    status = _enum(ConsentStatus, body.get("status"), "status")
    tta = body.get("timeToApply")
    if tta is not None:
        tta = _int(tta, "timeToApply", 0, MAX_TIMESTAMP_MS)
    return ConsentFeedback(aid, ts, status, tta)


_PARSERS = {
    topics.SELFUPDATE_DESIRED_STATE: _parse_desired_state,
    topics.SELFUPDATE_DESIRED_STATE_FEEDBACK: _parse_feedback,
    topics.SELFUPDATE_DESIRED_STATE_COMMAND: _parse_command,
    topics.SELFUPDATE_CURRENT_STATE: _parse_current_state,
    topics.SELFUPDATE_CURRENT_STATE_GET: lambda aid, ts, body: CurrentStateGet(aid, ts),
    topics.OWNER_CONSENT: _parse_consent_request,
    topics.OWNER_CONSENT_FEEDBACK: _parse_consent_feedback,
}


def parse_message(topic: str, payload: bytes) -> Message:
    """Parse one OTA message received on ``topic``.

    Returns the typed message; raises ``ProtocolError`` (reason in the text) for an unknown topic, bytes
    that are not UTF-8 JSON, a malformed wrapper, or a payload with a wrong type, NaN/inf, an out-of-range
    or oversized value, or an unknown status/command.
    """
    parser = _PARSERS.get(topic)
    if parser is None:
        raise ProtocolError(f"topic {topic[:80]!r} is not an OTA topic")
    aid, ts, body = decode_wrapper(payload)
    return parser(aid, ts, body)


# ----------------------------------------------------------------------------------------------- building


def wrap(activity_id: str, timestamp_ms: int, payload: dict[str, Any]) -> dict[str, Any]:
    """The contract's message wrapper."""
    return {"activityId": activity_id, "timestamp": int(timestamp_ms), "payload": payload}


def encode(message: dict[str, Any]) -> bytes:
    """UTF-8 JSON bytes of a message dict (non-finite numbers are a bug: raise)."""
    return json.dumps(message, allow_nan=False, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def build_command(activity_id: str, timestamp_ms: int, baseline: str, command: Command) -> dict[str, Any]:
    """``selfupdate/desiredstate/command`` message."""
    return wrap(activity_id, timestamp_ms, {"baseline": baseline, "command": Command(command).value})


def build_consent_feedback(
    activity_id: str, timestamp_ms: int, status: ConsentStatus, time_to_apply: int | None = None
) -> dict[str, Any]:
    """``deviceupdate/ownerconsentfeedback`` message."""
    return wrap(activity_id, timestamp_ms, {"status": ConsentStatus(status).value, "timeToApply": time_to_apply})


def build_current_state_get(activity_id: str, timestamp_ms: int) -> dict[str, Any]:
    """``selfupdate/currentstate/get`` message."""
    return wrap(activity_id, timestamp_ms, {})
