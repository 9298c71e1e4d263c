"""Health scenarios: contract-valid events, time acceleration, JSON, conversion to simulator events."""

import json
import time

import pytest

from hmi.link import signals as sig
from hmi.link.validate import check_value
from hmi.sim import health_scenarios as hs


@pytest.mark.parametrize("name", sorted(hs.SCENARIOS))
def test_events_are_valid_signals_in_order(name):
    events = hs.SCENARIOS[name]()
    assert events
    ats = [e["at"] for e in events]
    assert ats == sorted(ats)
    now = time.time()
    for e in events:
        _value, err = check_value(sig.BY_PATH[e["signal"]], e["value"])
        assert err is None, (e, err)
        assert e["ts"] <= now + 60  # simulated history ends now, never in the future
    assert json.loads(hs.to_json(events)) == events
    converted = hs.to_scenario_events(events)
    assert converted[0]["do"] == "set" and set(converted[0]) == {"at", "do", "signal", "value"}


def test_time_acceleration():
    events = hs.slow_leak(days=21, seconds_per_day=3.0, start_ts=1_700_000_000.0)
    assert events[-1]["at"] == pytest.approx(63.0, abs=0.1)
    assert events[-1]["ts"] - events[0]["ts"] == pytest.approx(21 * 86400, abs=1)


def test_leak_only_in_the_chosen_tyre():
    events = hs.slow_leak(tyre="rearLeft", days=20, leak_start_day=5, start_ts=1_700_000_000.0)
    last = {}
    for e in events:
        last[e["signal"]] = e["value"]
    rl = last[sig.tyre_pressure("Row2", "Left")]
    others = [last[sig.tyre_pressure(r, s)] for _, r, s, _ in sig.TYRES if (r, s) != ("Row2", "Left")]
    assert rl < min(others) - 40


def test_bad_parameters():
    with pytest.raises(ValueError):
        hs.slow_leak(tyre="spare")
    with pytest.raises(ValueError):
        hs.lv_decline(days=0)
