"""Fixtures of the OTA tests: a self-update-agent stand-in on the test broker."""

from __future__ import annotations

import pytest

from hmi.sim.sua import SuaSimulator

#: Default speed-up of the stand-in in GUI tests: a download takes 0.2 s, an install 0.3 s.
SUA_TIME_SCALE = 0.02


@pytest.fixture
def sua(mqtt_broker):
    """Factory: ``sua(fail=None, consent=True, time_scale=SUA_TIME_SCALE, **kw)`` starts a ``SuaSimulator`` on
    ``mqtt_broker`` (it offers version 1.5.0 over installed 1.4.2 at once). All are stopped after the test."""
    started: list[SuaSimulator] = []

    def start(**kw) -> SuaSimulator:
        kw.setdefault("time_scale", SUA_TIME_SCALE)
        sim = SuaSimulator(mqtt_broker.host, mqtt_broker.port, **kw).start()
        started.append(sim)
        return sim

    yield start
    for sim in reversed(started):
        sim.stop()
