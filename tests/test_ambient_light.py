"""The "auto" theme follows the car's ambient-light sensor (Vehicle.Exterior.LightIntensity) through the real
broker, with hysteresis; without a current reading it follows the sun."""

from __future__ import annotations

import time

import pytest

from hmi import daylight
from hmi.link import signals as sig
from hmi.link.validate import Accepted, Rejected, decode_signal
from hmi.testing.plugin import wait_for_property

LIGHT_TOPIC = "vss/Vehicle/Exterior/LightIntensity"


def test_light_sensor_switches_the_auto_theme_with_hysteresis(qtbot, hmi_app, agent) -> None:
    hmi_app.settings.setTheme("auto")
    agent.publish(sig.LIGHT, 5)
    wait_for_property(qtbot, hmi_app.settings, "night", True)
    # Inside the band (street lights, a tunnel's mouth): no flicker, night stays.
    agent.publish(sig.LIGHT, 25)
    qtbot.waitUntil(lambda: hmi_app.store.get(sig.LIGHT) == 25, timeout=10_000)
    assert hmi_app.settings.night is True
    agent.publish(sig.LIGHT, 80)
    wait_for_property(qtbot, hmi_app.settings, "night", False)
    agent.publish(sig.LIGHT, 25)
    qtbot.waitUntil(lambda: hmi_app.store.get(sig.LIGHT) == 25, timeout=10_000)
    assert hmi_app.settings.night is False
    # A fixed theme is the driver's choice: the sensor does not override it.
    hmi_app.settings.setTheme("day")
    agent.publish(sig.LIGHT, 3)
    qtbot.waitUntil(lambda: hmi_app.store.get(sig.LIGHT) == 3, timeout=10_000)
    assert hmi_app.settings.night is False


def test_out_of_range_light_is_rejected_and_the_last_good_value_kept(qtbot, hmi_app, agent) -> None:
    hmi_app.settings.setTheme("auto")
    agent.publish(sig.LIGHT, 90)
    wait_for_property(qtbot, hmi_app.settings, "night", False)
    agent.publish_raw(LIGHT_TOPIC, f'{{"value": 140, "ts": {time.time()}}}', retain=True)
    agent.publish_raw(LIGHT_TOPIC, f'{{"value": "dark", "ts": {time.time()}}}', retain=True)
    qtbot.wait(500)
    assert hmi_app.store.get(sig.LIGHT) == 90 and hmi_app.settings.night is False


def test_light_signal_is_validated_like_every_contract_signal() -> None:
    spec = sig.BY_PATH[sig.LIGHT]
    assert spec.topic == LIGHT_TOPIC and (spec.minimum, spec.maximum) == (0, 100)
    now = time.time()
    ok = decode_signal(spec, f'{{"value": 42, "ts": {now}}}'.encode(), last_ts=None, now=now)
    assert isinstance(ok, Accepted) and ok.value == 42
    for bad in ("101", "-1", "12.5", '"bright"', "true"):
        rejected = decode_signal(spec, f'{{"value": {bad}, "ts": {now}}}'.encode(), last_ts=None, now=now)
        assert isinstance(rejected, Rejected), bad


@pytest.mark.parametrize(
    ("readings", "night"),
    [((5,), True), ((90,), False), ((5, 25), True), ((90, 25), False), ((5, 31), False), ((90, 19), True)],
)
def test_night_from_light_has_a_band_without_switching(readings: tuple[int, ...], night: bool) -> None:
    state = False
    for percent in readings:
        state = daylight.night_from_light(percent, state)
    assert state is night


def test_simulated_sensor_reads_dark_at_night_and_full_at_noon() -> None:
    # Vaduz, 2026-06-21: 11:30 UTC is local solar noon (sun ~66° up), 23:00 UTC is deep night.
    noon, midnight = 1782041400.0, 1782082800.0
    assert daylight.light_percent(47.14, 9.52, noon) == 100
    assert daylight.light_percent(47.14, 9.52, midnight) == 0
    # Where the sun is exactly at the dark threshold, the sensor and the sun agree.
    assert daylight.night_from_light(daylight.light_percent(47.14, 9.52, midnight), False) is True
