"""Every page at every head-unit size, day and night: renders, no QML warnings, no text off screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtQuick import QQuickItem

from hmi.link import signals as sig
from hmi.testing.plugin import find_item, wait_until_value
from hmi.ui.app import SIZES

PAGES = ("navigate", "vehicle", "health", "updates", "settings")
pytestmark = pytest.mark.timeout(120)


def _visible_items(item: QQuickItem, clipped: bool = False):
    for child in item.childItems():
        if not child.isVisible() or child.opacity() == 0:
            continue
        yield child, clipped
        yield from _visible_items(child, clipped or child.clip())


def _offscreen_texts(app) -> list[str]:
    """Visible text items (outside scrolling areas) that do not fit in the window."""
    w, h = app.window.width(), app.window.height()
    bad = []
    for item, clipped in _visible_items(app.window.contentItem()):
        if clipped or item.metaObject().className() != "QQuickText" or not item.property("text"):
            continue
        rect = item.mapRectToScene(item.boundingRect())
        if rect.left() < -1 or rect.top() < -1 or rect.right() > w + 1 or rect.bottom() > h + 1:
            bad.append(f"{item.property('text')!r} at {rect.getRect()}")
    return bad


def _touch_targets(app) -> list[tuple[str, float, float]]:
    """(name, width, height) of every visible button-like item."""
    out = []
    for item, _ in _visible_items(app.window.contentItem()):
        name = item.objectName()
        if name.startswith("nav_") or (name.startswith("chargeLimit") and not name.endswith("Value")):
            out.append((name, item.width(), item.height()))
    return out


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
        assert _offscreen_texts(hmi_app) == [], f"{page} at {size} {theme} has text off screen"
        for name, w, h in _touch_targets(hmi_app):
            assert w >= 76 and h >= 76, f"{name} is {w}x{h}, below the 76 px touch target"
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
