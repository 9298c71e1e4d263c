"""The vehicle model shows last known values dimmed and is on the safe side for distraction locks."""

from __future__ import annotations

import time

from hmi.link import signals as sig
from hmi.ui.vehicle_model import VehicleModel
from hmi.vehicle.store import VehicleStore


def test_retained_values_are_shown_dimmed_and_moving_is_the_safe_side(qtbot) -> None:
    store = VehicleStore()
    parked = {"fresh": False}
    model = VehicleModel(store, lambda: parked["fresh"])
    try:
        now = time.time()
        store.update(sig.SPEED, 0.0, now, retained=True)
        store.update(sig.GEAR, sig.GEAR_PARK, now, retained=True)
        qtbot.waitUntil(lambda: model.value("gearText") == "P", timeout=2_000)
        assert model.value("gearStale") is True and model.value("speedStale") is True
        assert model.value("driveState") == "parked" and model.value("driveStateStale") is True
        assert model.value("moving") is True, "last known parked is not parked for a lock"
        parked["fresh"] = True
        store.update(sig.SPEED, 0.0, now + 0.1)
        store.update(sig.GEAR, sig.GEAR_PARK, now + 0.1)
        qtbot.waitUntil(lambda: model.value("moving") is False, timeout=2_000)
        assert model.value("gearStale") is False and model.value("driveStateStale") is False
        store.invalidate()  # e.g. the agent went offline
        parked["fresh"] = False
        model.refresh_staleness()
        assert model.value("gearStale") is True and model.value("moving") is True
        assert model.value("driveState") == "parked", "what was last known is still shown"
        store.update(sig.IS_CHARGING, True, now + 0.2)
        qtbot.waitUntil(lambda: model.value("driveState") == "charging", timeout=2_000)
    finally:
        model.deleteLater()


def test_without_a_freshness_judge_moving_follows_the_last_known_values(qtbot) -> None:
    store = VehicleStore()
    model = VehicleModel(store)
    try:
        assert model.value("moving") is True and model.value("driveState") == ""
        store.update(sig.SPEED, 0.0, time.time())
        store.update(sig.GEAR, sig.GEAR_PARK, time.time())
        qtbot.waitUntil(lambda: model.value("moving") is False, timeout=2_000)
    finally:
        model.deleteLater()
