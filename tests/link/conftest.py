"""Fixtures of the link-level tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from link_helpers import persistent_broker

from hmi.broker import Mosquitto


@pytest.fixture
def retaining_broker() -> Iterator[Mosquitto]:
    """A real mosquitto whose retained messages survive a restart (``persistence true``), closed after the test."""
    broker = persistent_broker().start()
    try:
        yield broker
    finally:
        broker.close()
