"""Fixtures of the kiosk tests (helpers live in kiosk_fixtures.py)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest
from kiosk_fixtures import NotifyListener, ShippedBroker, Weston, require_tool

# The Qt tests here run without a display unless a test starts its own compositor.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def notify_listener() -> Iterator[NotifyListener]:
    """A filesystem-path notify socket."""
    listener = NotifyListener()
    try:
        yield listener
    finally:
        listener.close()


@pytest.fixture
def abstract_notify_listener() -> Iterator[NotifyListener]:
    """A notify socket in the abstract namespace (``@name``), as systemd's user manager may use."""
    listener = NotifyListener(abstract=True)
    try:
        yield listener
    finally:
        listener.close()


@pytest.fixture
def shipped_broker() -> Iterator[ShippedBroker]:
    """mosquitto with kiosk/mosquitto.conf + kiosk/acl and generated passwords (needs mosquitto_passwd)."""
    require_tool("mosquitto_passwd", "mosquitto")
    shipped = ShippedBroker()
    try:
        shipped.broker.start()
        yield shipped
    finally:
        shipped.broker.close()
        shutil.rmtree(shipped.tmp, ignore_errors=True)


@pytest.fixture
def weston() -> Iterator[Weston]:
    """A running headless kiosk-shell weston."""
    require_tool("weston", "weston")
    compositor = Weston()
    try:
        compositor.start()
        yield compositor
    finally:
        compositor.close()
