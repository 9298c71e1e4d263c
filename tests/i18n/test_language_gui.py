"""The real QML switching language live, and the pseudo-locale layout test (every page at 1024×600)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from hmi.link import signals as sig
from hmi.testing.plugin import find_item, layout_problems, text_problems, visible_items, wait_until_value

PAGES = ("navigate", "vehicle", "health", "updates", "settings")
VADUZ = (47.1392, 9.5229)
SCHAAN = (47.1655, 9.5107)
pytestmark = pytest.mark.timeout(180)


def park(agent, soc: float = 64.0) -> None:
    agent.publish(sig.LATITUDE, VADUZ[0])
    agent.publish(sig.LONGITUDE, VADUZ[1])
    agent.publish(sig.HEADING, 0.0)
    agent.publish(sig.SPEED, 0.0)
    agent.publish(sig.GEAR, sig.GEAR_PARK)
    agent.publish(sig.SOC, soc)
    agent.publish(sig.OUTSIDE_TEMP, 7.5)
    agent.publish(sig.BATTERY_TEMP, 21.5)


def show(qtbot, app, page: str) -> None:
    app.app.showPage(page)
    qtbot.waitUntil(lambda: find_item(app, f"{page}Page").isVisible(), timeout=5_000)
    qtbot.wait(150)


def nav_label(app, page: str) -> str:
    button = find_item(app, f"nav_{page}")
    labels = [
        item.property("text")
        for item, _ in visible_items(button)
        if item.metaObject().className() == "QQuickText" and item.property("text")
    ]
    assert labels, f"nav_{page} has no label"
    return labels[0]


def test_language_switches_live_and_back(hmi_app, agent, qtbot) -> None:
    """German and back without a restart: QML (qsTr), Python-made texts and number formats all follow."""
    park(agent)
    wait_until_value(qtbot, hmi_app, "batteryTempText", "21.5 °C")
    window = hmi_app.window
    english = nav_label(hmi_app, "settings")
    assert english == "Settings"

    assert hmi_app.set_language("de")
    qtbot.waitUntil(lambda: nav_label(hmi_app, "settings") == "Einstellungen", timeout=5_000)
    assert hmi_app.i18n.language == "de" and hmi_app.settings.language == "de"
    assert hmi_app.window is window, "switching language must not rebuild the window"
    assert QLocale().name() == "de_LI"

    assert hmi_app.set_language("fr")
    qtbot.waitUntil(lambda: nav_label(hmi_app, "settings") == "Réglages" or nav_label(hmi_app, "settings")
                    == "Paramètres", timeout=5_000)  # fmt: skip
    wait_until_value(qtbot, hmi_app, "batteryTempText", "21,5 °C")  # Monaco: decimal comma

    assert hmi_app.set_language("en")
    qtbot.waitUntil(lambda: nav_label(hmi_app, "settings") == english, timeout=5_000)
    wait_until_value(qtbot, hmi_app, "batteryTempText", "21.5 °C")
    assert hmi_app.qml_warnings == []


def test_language_survives_a_restart_and_bad_codes_are_refused(hmi_app, qtbot) -> None:
    assert not hmi_app.set_language("xx")
    assert not hmi_app.set_language("<b>de</b>")
    assert hmi_app.i18n.language == "en"
    hmi_app.settings.setLanguage("ca")
    qtbot.waitUntil(lambda: hmi_app.i18n.language == "ca", timeout=5_000)
    assert hmi_app.settings_store.get("language") == "ca"


def test_units_follow_settings_everywhere(hmi_app, agent, qtbot) -> None:
    park(agent)
    agent.publish(sig.RANGE, 160_934)
    wait_until_value(qtbot, hmi_app, "rangeText", "161 km")
    hmi_app.settings.setUnits("imperial")
    hmi_app.settings.setTemperatureUnit("F")
    wait_until_value(qtbot, hmi_app, "rangeText", "100 mi")
    wait_until_value(qtbot, hmi_app, "outsideTempText", "46 °F")
    assert hmi_app.i18n.fmt("distance_km", 16.09344, hmi_app.i18n.revision) == "10 mi"
    assert hmi_app.i18n.fmt("temperature_c", 100, 0) == "212 °F"
    assert hmi_app.i18n.fmt("pressure_kpa", "250", 0) == "–"  # wrong type from QML: a dash, not garbage


@pytest.mark.parametrize("theme", ["day", "night"])
def test_pseudo_locale_fits_every_page_at_1024x600(hmi_app, agent, qtbot, tmp_path, theme) -> None:
    """Every string 40 % longer: no text cut off, none drawn over another, touch targets still ≥ 76 px."""
    park(agent)
    wait_until_value(qtbot, hmi_app, "socText", "64 %")
    hmi_app.resize(1024, 600)
    hmi_app.settings.setTheme(theme)
    assert hmi_app.set_language("pseudo")
    qtbot.waitUntil(lambda: nav_label(hmi_app, "settings").startswith("[Š"), timeout=5_000)
    shots = Path(os.environ.get("HMI_PSEUDO_SHOTS", tmp_path))
    problems = {}
    for page in PAGES:
        show(qtbot, hmi_app, page)
        hmi_app.screenshot(shots / f"pseudo-{page}-{theme}-1024x600.png")
        found = text_problems(hmi_app) + layout_problems(hmi_app)
        if found:
            problems[page] = found
    # With guidance running: the maneuver banner, trip bar and arrival figures in pseudo.
    show(qtbot, hmi_app, "navigate")
    qtbot.waitUntil(lambda: hmi_app.nav.hasMap, timeout=20_000)
    hmi_app.nav.navigateTo("Schaan", *SCHAAN)
    qtbot.waitUntil(lambda: hmi_app.nav.active, timeout=15_000)
    qtbot.wait(300)
    hmi_app.screenshot(shots / f"pseudo-guidance-{theme}-1024x600.png")
    found = text_problems(hmi_app) + layout_problems(hmi_app)
    if found:
        problems["navigate (guidance)"] = found
    assert not problems, "\n".join(f"{page}:\n  " + "\n  ".join(p) for page, p in problems.items())
    assert hmi_app.qml_warnings == []


def test_text_problems_detects_clipped_and_overlapping_text(hmi_app, qtbot) -> None:
    """The layout checker itself: a deliberately broken label must be reported (so the test above can fail)."""
    from PySide6.QtQml import QQmlComponent

    show(qtbot, hmi_app, "settings")
    assert text_problems(hmi_app) == []
    component = QQmlComponent(hmi_app.engine)
    component.setData(
        b"import QtQuick\nItem { anchors.fill: parent\n"
        b"  Item { x: 10; y: 10; width: 60; height: 30; clip: true\n"
        b'    Text { text: "A label far too long for its box"; font.pixelSize: 20 } }\n'
        b'  Text { x: 300; y: 300; text: "Overlapping one"; font.pixelSize: 20 }\n'
        b'  Text { x: 310; y: 305; text: "Overlapping two"; font.pixelSize: 20 } }',
        hmi_app.main_qml.parent.as_uri() + "/Probe.qml",
    )
    probe = component.create()
    assert probe is not None, component.errorString()
    try:
        probe.setParentItem(hmi_app.window.contentItem())
        qtbot.wait(50)
        found = text_problems(hmi_app)
        assert any("far too long" in p and "clipped" in p for p in found), found
        assert any("Overlapping one" in p and "overlap" in p for p in found), found
    finally:
        probe.setParentItem(None)
        probe.deleteLater()
