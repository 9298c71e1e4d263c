"""pytest plugin (entry point ``pytest11``): real-broker and real-app fixtures.

Fixtures: ``mqtt_broker`` (a real mosquitto on a free localhost port),
``mqtt_client_factory`` (plain paho clients for tests), ``agent`` (a simulated agent you
can drive), ``hmi_app`` (the real app wired to that broker, QML loaded, offscreen).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from hmi.broker import Mosquitto


@pytest.fixture
def mqtt_broker() -> Iterator[Mosquitto]:
    """A real mosquitto on a free 127.0.0.1 port, torn down after the test."""
    broker = Mosquitto().start()
    try:
        yield broker
    finally:
        broker.close()
