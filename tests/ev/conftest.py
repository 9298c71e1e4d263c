"""Fixtures for the EV-routing tests: built real maps (cached under build/test-maps), profiles, a grid graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from hmi.nav.ev.profiles import load_profiles
from hmi.testing.plugin import cached_map


def built_map(region: str) -> Path:
    """The map of ``region`` built from the shipped extract once (one cache for the whole suite)."""
    return cached_map(region)


@pytest.fixture(scope="session")
def liechtenstein_map() -> Path:
    """Built Liechtenstein map directory (with the Open Charge Map chargers)."""
    return built_map("liechtenstein")


@pytest.fixture(scope="session")
def andorra_map() -> Path:
    """Built Andorra map directory."""
    return built_map("andorra")


@pytest.fixture(scope="session")
def profiles():
    """The shipped vehicle profiles by id."""
    return load_profiles()


@pytest.fixture(scope="session")
def leaf(profiles):
    """Nissan LEAF 40 kWh profile."""
    return profiles["nissan-leaf-40"]
