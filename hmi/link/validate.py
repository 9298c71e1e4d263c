"""Decode and validate vehicle-signal payloads against the contract's table.

Everything from the broker is untrusted. ``decode_signal`` turns raw bytes into
a typed value or a ``Rejected`` with a short, human-readable reason; it never
raises. The caller keeps the last good value when a payload is rejected.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from hmi.link.signals import Signal, SignalType

#: Largest signal payload accepted. The biggest legal one (64 DTCs) is < 1 KiB.
MAX_SIGNAL_PAYLOAD = 4096
#: Largest payload of any other topic we parse (OTA release notes are ≤ 20 000 chars).
MAX_PAYLOAD = 256 * 1024
#: A timestamp further ahead of our clock than this is rejected: it would freeze
#: the signal, since older timestamps than the last accepted one are ignored.
MAX_FUTURE_SKEW_S = 300.0
#: Rejection kind of a timestamp equal to the last accepted one: expected after every reconnect (the broker
#: replays retained values), so it is counted but not logged as a warning.
DUPLICATE = "duplicate"


@dataclass(frozen=True)
class Accepted:
    """A valid signal update."""

    value: Any
    ts: float


@dataclass(frozen=True)
class Rejected:
    """A payload that was not accepted, and why."""

    reason: str
    kind: str
    """Short category (``size``, ``utf8``, ``json``, ``shape``, ``type``, ``range``, ``ts``, ``stale``,
    ``duplicate``) for logging."""
    ts: float | None = None
    """The payload's timestamp when it was readable (the link's clock check looks at rejected ones too)."""


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not allowed")


def parse_json(payload: bytes, limit: int = MAX_PAYLOAD) -> tuple[Any, None] | tuple[None, Rejected]:
    """Strict UTF-8 JSON decoding with a size limit; NaN/Infinity literals are refused."""
    if len(payload) > limit:
        return None, Rejected(f"payload of {len(payload)} bytes exceeds the {limit}-byte limit", "size")
    try:
        text = payload.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, Rejected(f"payload is not valid UTF-8 ({exc.reason} at byte {exc.start})", "utf8")
    try:
        return json.loads(text, parse_constant=_reject_constant), None
    except (ValueError, RecursionError) as exc:
        return None, Rejected(f"payload is not valid JSON ({str(exc)[:80]})", "json")


def finite_number(value: Any) -> float | None:
    """``value`` as a float when it is a real, finite JSON number (bools are not numbers)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:  # a JSON integer with hundreds of digits
        return None
    return number if math.isfinite(number) else None


@cache
def _pattern(expr: str) -> re.Pattern[str]:
    return re.compile(expr)


def check_value(signal: Signal, value: Any) -> tuple[Any, None] | tuple[None, Rejected]:
    """Check one value against the signal's type and range; returns the normalised value."""
    t = signal.type
    if t is SignalType.BOOL:
        if not isinstance(value, bool):
            return None, Rejected(f"expected true/false, got {_describe(value)}", "type")
        return value, None
    if t in (SignalType.FLOAT, SignalType.INT):
        number = finite_number(value)
        if number is None:
            if isinstance(value, float):
                return None, Rejected(f"value {value!r} is not finite", "type")
            return None, Rejected(f"expected a number, got {_describe(value)}", "type")
        if t is SignalType.INT:
            if not number.is_integer():
                return None, Rejected(f"expected an integral number, got {number!r}", "type")
            number = int(number)
        if signal.minimum is not None and not (signal.minimum <= number <= signal.maximum):
            return None, Rejected(
                f"value {number!r} outside {signal.minimum:g} … {signal.maximum:g} {signal.unit}".rstrip(), "range"
            )
        return number, None
    if t is SignalType.STRING:
        if not isinstance(value, str):
            return None, Rejected(f"expected a string, got {_describe(value)}", "type")
        if signal.allowed and value not in signal.allowed:
            return None, Rejected(f"{value[:40]!r} is not one of {', '.join(signal.allowed)}", "range")
        return value, None
    # STRING_LIST
    if not isinstance(value, list):
        return None, Rejected(f"expected a list of strings, got {_describe(value)}", "type")
    if signal.max_items is not None and len(value) > signal.max_items:
        return None, Rejected(f"{len(value)} items, at most {signal.max_items} allowed", "range")
    pattern = _pattern(signal.item_pattern) if signal.item_pattern else None
    for item in value:
        if not isinstance(item, str):
            return None, Rejected(f"list item {_describe(item)} is not a string", "type")
        if pattern is not None and not pattern.match(item):
            return None, Rejected(f"list item {item[:20]!r} does not match {signal.item_pattern}", "range")
    return tuple(value), None


def decode_signal(signal: Signal, payload: bytes, *, last_ts: float | None, now: float) -> Accepted | Rejected:
    """Validate a ``{"value": ..., "ts": ...}`` payload for ``signal``.

    ``last_ts`` is the timestamp of the last accepted update (older and equal
    ones are rejected); ``now`` is the wall clock, to refuse timestamps from the future.
    """
    data, err = parse_json(payload, MAX_SIGNAL_PAYLOAD)
    if err is not None:
        return err
    if not isinstance(data, dict) or "value" not in data or "ts" not in data:
        return Rejected('expected an object {"value": …, "ts": …}', "shape")
    ts = finite_number(data["ts"])
    if ts is None or ts <= 0:
        return Rejected(f"ts {_describe(data['ts'])} is not a positive finite epoch time", "ts")
    if ts > now + MAX_FUTURE_SKEW_S:
        return Rejected(f"ts {ts:.3f} is {ts - now:.0f} s in the future", "ts", ts)
    if last_ts is not None and ts <= last_ts:
        # Not newer is never news: a re-delivered duplicate (a retained copy after a reconnect, a replay) must
        # not refresh the value's receive time, and an older one is out of order.
        if ts == last_ts:
            return Rejected(f"ts {ts:.3f} is the last accepted one again (duplicate)", DUPLICATE, ts)
        return Rejected(f"ts {ts:.3f} is older than the last accepted {last_ts:.3f}", "stale", ts)
    value, err = check_value(signal, data["value"])
    if err is not None:
        return Rejected(err.reason, err.kind, ts)
    return Accepted(value, ts)


def _describe(value: Any) -> str:
    """Short description of an unexpected JSON value for log messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"string {value[:30]!r}"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "list"
    return "object" if isinstance(value, dict) else type(value).__name__
