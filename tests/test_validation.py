"""Table-driven validation of every contract signal: valid values pass, bad payloads are rejected with a reason."""

from __future__ import annotations

import json
import math

import pytest

from hmi.link import signals as sig
from hmi.link.validate import MAX_SIGNAL_PAYLOAD, Accepted, Rejected, decode_signal

NOW = 1_764_000_000.0


def good_value(s: sig.Signal):
    """A valid value for each kind of signal."""
    if s.type is sig.SignalType.BOOL:
        return True
    if s.type is sig.SignalType.STRING:
        return s.allowed[-1]
    if s.type is sig.SignalType.STRING_LIST:
        return ["P0A80", "C1234"]
    mid = (s.minimum + s.maximum) / 2
    return int(mid) if s.type is sig.SignalType.INT else mid + 0.25


def bad_payloads(s: sig.Signal) -> dict[str, bytes]:
    """Every way a payload for ``s`` can be wrong."""
    ts = NOW
    cases = {
        "non-json": b"hello",
        "invalid-utf8": b'{"value": "\xff\xfe", "ts": 1}',
        "huge": b'{"value": 1, "ts": 1, "pad": "' + b"x" * (1024 * 1024) + b'"}',
        "missing-ts": json.dumps({"value": good_value(s)}).encode(),
        "not-object": json.dumps([good_value(s), ts]).encode(),
        "nan-literal": f'{{"value": NaN, "ts": {ts}}}'.encode(),
        "inf-literal": f'{{"value": Infinity, "ts": {ts}}}'.encode(),
        "overflow": f'{{"value": 1e400, "ts": {ts}}}'.encode(),
        "huge-int": ('{"value": 1' + "0" * 400 + f', "ts": {ts}}}').encode(),
        "ts-nan": json.dumps({"value": good_value(s), "ts": "soon"}).encode(),
        "ts-future": json.dumps({"value": good_value(s), "ts": NOW + 3600}).encode(),
        "null": json.dumps({"value": None, "ts": ts}).encode(),
        "object": json.dumps({"value": {"a": 1}, "ts": ts}).encode(),
    }
    if s.type in (sig.SignalType.FLOAT, sig.SignalType.INT):
        cases["string"] = json.dumps({"value": "42", "ts": ts}).encode()
        cases["bool"] = json.dumps({"value": True, "ts": ts}).encode()
        cases["below"] = json.dumps({"value": s.minimum - 1, "ts": ts}).encode()
        cases["above"] = json.dumps({"value": s.maximum + 1, "ts": ts}).encode()
        if s.type is sig.SignalType.INT:
            cases["fraction"] = json.dumps({"value": s.minimum + 0.5, "ts": ts}).encode()
    elif s.type is sig.SignalType.BOOL:
        cases["int"] = json.dumps({"value": 1, "ts": ts}).encode()
        cases["string"] = json.dumps({"value": "true", "ts": ts}).encode()
    elif s.type is sig.SignalType.STRING:
        cases["unknown-enum"] = json.dumps({"value": "TURBO", "ts": ts}).encode()
        cases["number"] = json.dumps({"value": 3, "ts": ts}).encode()
    else:
        cases["bad-code"] = json.dumps({"value": ["P0A8"], "ts": ts}).encode()
        cases["lowercase"] = json.dumps({"value": ["p0a80"], "ts": ts}).encode()
        cases["too-many"] = json.dumps({"value": ["P0001"] * 65, "ts": ts}).encode()
        cases["not-list"] = json.dumps({"value": "P0A80", "ts": ts}).encode()
        cases["non-string-item"] = json.dumps({"value": [1], "ts": ts}).encode()
    return cases


CASES = [(s, name, payload) for s in sig.SIGNALS for name, payload in bad_payloads(s).items()]


@pytest.mark.parametrize("signal", sig.SIGNALS, ids=lambda s: s.path)
def test_valid_value_accepted(signal: sig.Signal) -> None:
    payload = json.dumps({"value": good_value(signal), "ts": NOW}).encode()
    result = decode_signal(signal, payload, last_ts=None, now=NOW)
    assert isinstance(result, Accepted), result
    assert result.ts == NOW


@pytest.mark.parametrize(("signal", "case", "payload"), CASES, ids=[f"{s.path}-{c}" for s, c, _ in CASES])
def test_bad_payload_rejected_with_reason(signal: sig.Signal, case: str, payload: bytes) -> None:
    result = decode_signal(signal, payload, last_ts=None, now=NOW)
    assert isinstance(result, Rejected), f"{case} was accepted: {result}"
    assert len(result.reason) > 10
    assert result.kind in {"size", "utf8", "json", "shape", "type", "range", "ts", "stale", "duplicate"}


@pytest.mark.parametrize("signal", sig.SIGNALS, ids=lambda s: s.path)
def test_timestamps_not_newer_are_rejected(signal: sig.Signal) -> None:
    payload = json.dumps({"value": good_value(signal), "ts": NOW - 5}).encode()
    result = decode_signal(signal, payload, last_ts=NOW, now=NOW)
    assert isinstance(result, Rejected) and result.kind == "stale" and result.ts == NOW - 5
    same = decode_signal(signal, json.dumps({"value": good_value(signal), "ts": NOW}).encode(), last_ts=NOW, now=NOW)
    assert isinstance(same, Rejected) and same.kind == "duplicate", "a re-delivered copy is not news"
    newer = json.dumps({"value": good_value(signal), "ts": NOW + 0.001}).encode()
    assert isinstance(decode_signal(signal, newer, last_ts=NOW, now=NOW), Accepted)


def test_future_timestamp_rejection_carries_the_timestamp() -> None:
    s = sig.BY_PATH[sig.SPEED]
    result = decode_signal(s, json.dumps({"value": 1.0, "ts": NOW + 3600}).encode(), last_ts=None, now=NOW)
    assert isinstance(result, Rejected) and result.kind == "ts" and result.ts == NOW + 3600


def test_range_edges_are_inclusive() -> None:
    s = sig.BY_PATH[sig.SOC]
    for v in (0, 100, 0.0, 100.0):
        assert isinstance(
            decode_signal(s, json.dumps({"value": v, "ts": NOW}).encode(), last_ts=None, now=NOW), Accepted
        )
    assert isinstance(decode_signal(s, b'{"value": 100.0001, "ts": 1}', last_ts=None, now=NOW), Rejected)


def test_int_signal_accepts_integral_float_and_returns_int() -> None:
    s = sig.BY_PATH[sig.RANGE]
    result = decode_signal(s, b'{"value": 120000.0, "ts": 5}', last_ts=None, now=NOW)
    assert isinstance(result, Accepted) and result.value == 120000 and isinstance(result.value, int)


def test_dtc_list_becomes_immutable_tuple() -> None:
    s = sig.BY_PATH[sig.DTC_LIST]
    result = decode_signal(s, b'{"value": ["P0A80", "U0100"], "ts": 5}', last_ts=None, now=NOW)
    assert isinstance(result, Accepted) and result.value == ("P0A80", "U0100")


def test_size_limit_is_just_above_the_largest_legal_payload() -> None:
    s = sig.BY_PATH[sig.DTC_LIST]
    biggest = json.dumps({"value": [f"P{i:04X}" for i in range(64)], "ts": NOW}).encode()
    assert len(biggest) < MAX_SIGNAL_PAYLOAD
    assert isinstance(decode_signal(s, biggest, last_ts=None, now=NOW), Accepted)


def test_every_signal_has_a_unique_topic_and_a_sane_table_row() -> None:
    assert len({s.topic for s in sig.SIGNALS}) == len(sig.SIGNALS) == 33
    for s in sig.SIGNALS:
        assert s.topic.startswith("vss/Vehicle/") and "." not in s.topic
        if s.type in (sig.SignalType.FLOAT, sig.SignalType.INT):
            assert s.minimum is not None and s.minimum < s.maximum and math.isfinite(s.maximum)
        assert 0 < s.rate_hz <= 10


def test_moving_definition() -> None:
    assert sig.is_moving(0.0, sig.GEAR_DRIVE)
    assert sig.is_moving(10.0, sig.GEAR_PARK)
    assert not sig.is_moving(2.0, sig.GEAR_PARK)
    assert sig.is_moving(None, sig.GEAR_PARK), "unknown speed is treated as moving (safe side)"
