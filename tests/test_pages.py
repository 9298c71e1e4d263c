"""Every page at every head-unit size, day and night: renders, no QML warnings, no text off screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hmi.link import signals as sig
from hmi.testing.plugin import find_item, layout_problems, wait_until_value
from hmi.ui.app import SIZES

PAGES = ("navigate", "vehicle", "health", "updates", "settings")
pytestmark = pytest.mark.timeout(120)


@pytest.mark.parametrize("theme", ["day", "night"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_page_renders_cleanly(hmi_app, agent, qtbot, tmp_path, size, theme) -> None:
    agent.publish(sig.SOC, 71.0)
    wait_until_value(qtbot, hmi_app, "socText", "71 %")
    hmi_app.settings.setTheme(theme)
    hmi_app.resize(*size)
    for page in PAGES:
        hmi_app.app.showPage(page)
        qtbot.waitUntil(lambda p=page: find_item(hmi_app, f"{p}Page").isVisible(), timeout=5_000)
        qtbot.wait(50)
        image = hmi_app.grab()
        assert (image.width(), image.height()) == size
        # A rendered page has many colours; a blank or failed one has one or two.
        colours = {image.pixel(x, y) for x in range(0, size[0], 37) for y in range(0, size[1], 29)}
        assert len(colours) > 5, f"{page} looks blank at {size} {theme}"
        assert layout_problems(hmi_app) == [], f"{page} at {size} {theme}"
        hmi_app.screenshot(tmp_path / f"{page}-{size[0]}x{size[1]}-{theme}.png")
    assert hmi_app.qml_warnings == []


def test_night_theme_changes_colours(hmi_app, qtbot) -> None:
    hmi_app.settings.setTheme("day")
    qtbot.wait(50)
    day = hmi_app.grab().pixel(5, 200)
    hmi_app.settings.setTheme("night")
    qtbot.waitUntil(lambda: hmi_app.grab().pixel(5, 200) != day, timeout=5_000)


def test_bottom_bar_switches_pages_and_remembers_them(hmi_app, qtbot) -> None:
    nav = find_item(hmi_app, "nav_settings")
    qtbot.mouseClick(
        hmi_app.window, Qt.MouseButton.LeftButton, pos=nav.mapToScene(nav.boundingRect().center()).toPoint()
    )
    qtbot.waitUntil(lambda: find_item(hmi_app, "settingsPage").isVisible(), timeout=5_000)
    assert hmi_app.settings_store.get("page") == "settings"


def test_units_setting_converts_range_and_speed(hmi_app, agent, qtbot) -> None:
    agent.publish(sig.RANGE, 160_934)
    agent.publish(sig.SPEED, 100.0)
    wait_until_value(qtbot, hmi_app, "rangeText", "161 km")
    wait_until_value(qtbot, hmi_app, "speedText", "100")
    hmi_app.settings.setUnits("imperial")
    wait_until_value(qtbot, hmi_app, "rangeText", "100 mi")
    assert hmi_app.vehicle.value("speedText") == "62" and hmi_app.vehicle.value("speedUnit") == "mph"


def test_stale_values_are_marked(hmi_app, agent, qtbot) -> None:
    agent.publish(sig.CABIN_TEMP, 22.0)
    wait_until_value(qtbot, hmi_app, "cabinTempText", "22.0 °C")
    qtbot.waitUntil(lambda: hmi_app.vehicle.value("cabinTempStale") is False, timeout=5_000)
    hmi_app.store.stale_after_s = 0.5
    qtbot.waitUntil(lambda: hmi_app.vehicle.value("cabinTempStale") is True, timeout=5_000)
    assert find_item(hmi_app, "cabinTempValue").property("font").italic()


def test_temperature_pressure_and_language_settings_reformat_the_vehicle_page(hmi_app, agent, qtbot) -> None:
    tyre = sig.tyre_pressure(*sig.TYRES[0][1:3])
    agent.publish(sig.OUTSIDE_TEMP, 21.5)
    agent.publish(tyre, 250.0)
    agent.publish(sig.LV_VOLTAGE, 12.6)
    wait_until_value(qtbot, hmi_app, "outsideTempText", "21.5 °C")
    wait_until_value(qtbot, hmi_app, "tyreFrontLeftText", "2.5 bar")
    hmi_app.app.showPage("vehicle")
    outside, tyre_label = find_item(hmi_app, "outsideTempValue"), find_item(hmi_app, "tyreFL")
    qtbot.waitUntil(lambda: outside.isVisible() and outside.property("text") == "21.5 °C", timeout=5_000)
    hmi_app.settings.setTemperatureUnit("F")
    hmi_app.settings.setPressureUnit("psi")
    qtbot.waitUntil(lambda: outside.property("text") == "71 °F", timeout=5_000)
    qtbot.waitUntil(lambda: tyre_label.property("text") == "36 psi", timeout=5_000)
    hmi_app.settings.setPressureUnit("kPa")
    qtbot.waitUntil(lambda: tyre_label.property("text") == "250 kPa", timeout=5_000)
    # Catalan (Andorra): decimal comma, on screen at once.
    hmi_app.settings.setTemperatureUnit("C")
    hmi_app.settings.setLanguage("ca")
    qtbot.waitUntil(lambda: outside.property("text") == "21,5 °C", timeout=10_000)
    assert hmi_app.vehicle.value("lvVoltageText") == "12,6 V"
    hmi_app.settings.setLanguage("en")
    qtbot.waitUntil(lambda: outside.property("text") == "21.5 °C", timeout=10_000)
