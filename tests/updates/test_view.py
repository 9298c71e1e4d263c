"""The idle page does not claim "up to date" before the car has reported its software; the rules the Updates
page shows (battery floor, the schedule picker's times) are decided here, not in QML."""

from __future__ import annotations

import calendar
import time

import pytest

from hmi.updates.machine import UpdateMachine
from hmi.updates.view import CHECKING, HEADLINES, build_view, schedule_choice


def test_idle_headline_waits_for_the_current_state() -> None:
    m = UpdateMachine()
    assert build_view(m).headline == CHECKING
    m.installed = (type("Node", (), {"id": "os-image", "name": "OS image", "version": "1.4.2"})(),)
    assert build_view(m).headline == HEADLINES[m.state] == "Your software is up to date"


def test_idle_says_when_the_car_last_reported_and_ticks_nothing_before() -> None:
    m = UpdateMachine()
    view = build_view(m)
    assert view.checking is True and "waiting for the car" in str(view.last_checked_text)
    m.installed = (type("Node", (), {"id": "os-image", "name": "OS image", "version": "1.4.2"})(),)
    m.current_state_ts = 1_782_000_000_000  # agent timestamps are in ms
    view = build_view(m)
    assert view.checking is False and str(view.last_checked_text).startswith("Last checked ")


def test_battery_condition_is_decided_here_against_the_floor() -> None:
    m = UpdateMachine()
    floor = m.soc_floor
    assert build_view(m).soc_ok is False  # unknown is never "ok"
    now = time.time()
    for soc, ok in ((floor - 0.5, False), (floor, True), (floor + 10, True)):
        m.set_vehicle(0.0, 126, soc, now)
        assert build_view(m, now).soc_ok is ok, soc
    m.set_vehicle(0.0, 126, None, now)
    assert build_view(m, now).soc_ok is False


@pytest.mark.parametrize(
    ("now", "hour", "expected_day", "expected_at"),
    [
        # 2026-06-21 10:00 UTC, a Sunday
        ("2026-06-21 10:00", 2, "tonight", "2026-06-22 02:00"),
        ("2026-06-21 10:00", 14, "today", "2026-06-21 14:00"),
        ("2026-06-21 10:00", 21, "tonight", "2026-06-21 21:00"),
        ("2026-06-21 10:00", 9, "tomorrow", "2026-06-22 09:00"),
        ("2026-06-21 01:00", 3, "today", "2026-06-21 03:00"),
    ],
)
def test_schedule_choice_next_occurrence_and_its_day(monkeypatch, now, hour, expected_day, expected_at) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        epoch = calendar.timegm(time.strptime(now, "%Y-%m-%d %H:%M"))
        at, day = schedule_choice(epoch, hour, 0)
        assert day == expected_day
        assert at == calendar.timegm(time.strptime(expected_at, "%Y-%m-%d %H:%M"))
    finally:
        monkeypatch.undo()
        time.tzset()
