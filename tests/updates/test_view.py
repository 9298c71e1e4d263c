"""The idle page does not claim "up to date" before the car has reported its software."""

from __future__ import annotations

from hmi.updates.machine import UpdateMachine
from hmi.updates.view import CHECKING, HEADLINES, build_view


def test_idle_headline_waits_for_the_current_state() -> None:
    m = UpdateMachine()
    assert build_view(m).headline == CHECKING
    m.installed = (type("Node", (), {"id": "os-image", "name": "OS image", "version": "1.4.2"})(),)
    assert build_view(m).headline == HEADLINES[m.state] == "Your software is up to date"
