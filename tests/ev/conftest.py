"""Fixtures for the EV-routing tests: built real maps (cached under build/test-maps), profiles, a grid graph."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hmi.nav.ev.profiles import load_profiles
from hmi.nav.paths import REPO_ROOT, charger_files, extract_path, is_built

TEST_MAPS = Path(os.environ.get("HMI_TEST_MAPS", REPO_ROOT / "build" / "test-maps"))


def built_map(region: str) -> Path:
    """The map of ``region`` built from the shared extract once (shared cache with the nav tests)."""
    target = TEST_MAPS / region
    if not is_built(target):
        from hmi.nav.build import build_map

        src = extract_path(region)
        if not src.is_file():
            pytest.skip(f"no OSM extract for {region} at {src}")
        build_map(src, target, chargers=charger_files(region), region=region)
    return target


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
