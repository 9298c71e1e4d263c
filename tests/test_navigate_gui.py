"""Navigate page end to end: search while parked, route, guidance, keyboard lock, phone destination, rerouting."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import paho.mqtt.client as mqtt
import pytest
from PySide6.QtCore import Qt

from hmi.link import signals as sig
from hmi.link import topics
from hmi.testing.plugin import find_item

pytestmark = pytest.mark.timeout(120)

VADUZ = (47.1392, 9.5229)  # Städtle, Vaduz
SCHAAN = (47.1655, 9.5107)


def tap(qtbot, app, name: str) -> None:
    item = find_item(app, name)
    assert item.isVisible(), f"{name} is not visible"
    qtbot.mouseClick(app.window, Qt.MouseButton.LeftButton, pos=item.mapToScene(item.boundingRect().center()).toPoint())


def readme_shot(app, qtbot, name: str) -> None:
    """With HMI_NAV_SHOTS=<dir>, save README screenshots of the flow (day and night)."""
    target = os.environ.get("HMI_NAV_SHOTS")
    if not target:
        return
    for theme in ("day", "night"):
        app.settings.setTheme(theme)
        qtbot.wait(600)
        app.screenshot(Path(target) / f"{name}-{theme}.png")
    app.settings.setTheme("day")


def park_at(agent, lat: float, lon: float) -> None:
    agent.publish(sig.LATITUDE, lat)
    agent.publish(sig.LONGITUDE, lon)
    agent.publish(sig.HEADING, 0.0)
    agent.publish(sig.SPEED, 0.0)
    agent.publish(sig.GEAR, sig.GEAR_PARK)


@pytest.fixture
def nav_app(hmi_app, agent, qtbot):
    park_at(agent, *VADUZ)
    hmi_app.app.showPage("navigate")
    qtbot.waitUntil(lambda: hmi_app.nav.hasMap, timeout=20_000)
    qtbot.waitUntil(lambda: hmi_app.store.get(sig.GEAR) == sig.GEAR_PARK, timeout=5_000)
    qtbot.waitUntil(lambda: not hmi_app.nav.keyboardLocked, timeout=5_000)
    return hmi_app


def test_search_by_typing_then_route_and_guidance(nav_app, agent, qtbot, broker_config, tmp_path) -> None:
    app = nav_app
    active: list[dict] = []
    probe = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="nav-probe")
    probe.on_message = lambda c, u, m: active.append(json.loads(m.payload))
    probe.connect(broker_config.host, broker_config.port)
    probe.subscribe(topics.NAVIGATION_ACTIVE, qos=1)
    probe.loop_start()
    try:
        tap(qtbot, app, "searchField")
        qtbot.waitUntil(lambda: find_item(app, "keyboard").isVisible(), timeout=5_000)
        for ch in "landstrasse":
            tap(qtbot, app, f"key_{ch}")
        qtbot.waitUntil(lambda: len(app.nav.results) > 0, timeout=15_000)
        readme_shot(app, qtbot, "nav-search")
        tap(qtbot, app, "keySearch")
        qtbot.waitUntil(lambda: len(app.nav.results) > 0, timeout=15_000)
        assert "landstrasse" in app.nav.results[0]["name"].lower()
        qtbot.waitUntil(lambda: find_item(app, "result_0").isVisible(), timeout=5_000)
        tap(qtbot, app, "result_0")
        qtbot.waitUntil(lambda: app.nav.active, timeout=15_000)
        qtbot.waitUntil(lambda: find_item(app, "maneuverBanner").isVisible(), timeout=10_000)
        assert find_item(app, "maneuverText").property("text")
        assert find_item(app, "tripEta").property("text")
        assert len(app.nav.coordinates) > 2
        qtbot.waitUntil(lambda: any(a.get("destination") for a in active), timeout=5_000)
        msg = next(a for a in active if a.get("destination"))
        assert set(msg) == {"destination", "eta", "arrival_soc", "charging_stops"}
        assert msg["eta"] > time.time()
        app.screenshot(tmp_path / "guidance.png")
        agent.publish(sig.LATITUDE, app.nav.coordinates[3][0])
        agent.publish(sig.LONGITUDE, app.nav.coordinates[3][1])
        agent.publish(sig.SPEED, 30.0)
        agent.publish(sig.GEAR, sig.GEAR_DRIVE)
        readme_shot(app, qtbot, "nav-guidance")
        # The destination is remembered as a recent one.
        tap(qtbot, app, "endGuidance")
        qtbot.waitUntil(lambda: not app.nav.active, timeout=5_000)
        qtbot.waitUntil(lambda: active and active[-1]["destination"] is None, timeout=5_000)
        assert app.nav.recents and "landstrasse" in app.nav.recents[0]["name"].lower()
    finally:
        probe.loop_stop()
        probe.disconnect()


def test_keyboard_is_locked_while_moving_but_recents_work(nav_app, agent, qtbot) -> None:
    app = nav_app
    app.nav._destinations.add_recent("Rathaus Schaan", *SCHAAN, source="search")
    app.nav.destinationsChanged.emit()
    agent.publish(sig.SPEED, 48.0)
    agent.publish(sig.GEAR, sig.GEAR_DRIVE)
    qtbot.waitUntil(lambda: app.nav.keyboardLocked, timeout=5_000)
    assert "locked" in find_item(app, "searchText").property("text")
    tap(qtbot, app, "searchField")
    qtbot.wait(200)
    assert not find_item(app, "keyboard").isVisible(), "no keyboard while the car moves"
    app.nav.search("vaduz")
    assert app.nav.results == [] and "locked" in app.nav.notice
    tap(qtbot, app, "recent_0")
    qtbot.waitUntil(lambda: app.nav.active, timeout=15_000)
    assert app.nav.destinationName == "Rathaus Schaan"


def test_phone_destination_is_offered_and_one_tap_starts_guidance(nav_app, agent, qtbot) -> None:
    app = nav_app
    agent.publish_raw(topics.SERVICES_DESTINATION, b'{"id": 1}', qos=1)  # malformed: ignored
    agent.publish_raw(
        topics.SERVICES_DESTINATION,
        json.dumps(
            {"id": "p1", "name": "<b>Rathaus</b> Schaan", "lat": SCHAAN[0], "lon": SCHAAN[1], "ts": time.time()}
        ),
        qos=1,
    )
    qtbot.waitUntil(lambda: find_item(app, "phoneOffer").isVisible(), timeout=5_000)
    assert find_item(app, "phoneOfferText").property("text").startswith("Navigate to <b>Rathaus</b> Schaan?")
    tap(qtbot, app, "phoneOfferGo")
    qtbot.waitUntil(lambda: app.nav.active, timeout=15_000)
    assert not find_item(app, "phoneOffer").isVisible()


def test_leaving_the_route_triggers_a_reroute(nav_app, agent, qtbot) -> None:
    app = nav_app
    app.nav.navigateTo("Schaan", *SCHAAN)
    qtbot.waitUntil(lambda: app.nav.active, timeout=15_000)
    first_route = list(app.nav.coordinates)
    agent.publish(sig.SPEED, 40.0)
    agent.publish(sig.GEAR, sig.GEAR_DRIVE)
    # Drive south, away from a route that heads north: ~220 m per fix, so the reroute starts well away.
    lat, lon = first_route[0]
    for i in range(1, 12):
        agent.publish(sig.LATITUDE, lat - 0.002 * i)
        agent.publish(sig.LONGITUDE, lon + 0.0005 * i)
        agent.publish(sig.HEADING, 150.0)
        qtbot.wait(250)
        if app.nav._session.reroutes:
            break
    qtbot.waitUntil(lambda: app.nav._session.reroutes >= 1, timeout=10_000)
    qtbot.waitUntil(lambda: app.nav.notice == "Route recalculated", timeout=5_000)
    assert app.nav.coordinates[0] != first_route[0], "the new route starts where the car is now"


def test_unreachable_or_outside_destination_gives_a_clear_message(nav_app, qtbot) -> None:
    app = nav_app
    app.nav.navigateTo("Paris", 48.8566, 2.3522)
    qtbot.waitUntil(lambda: not app.nav.busy and app.nav.notice != "", timeout=15_000)
    assert not app.nav.active
    assert "map" in app.nav.notice.lower()


def test_no_map_shows_a_fallback_message(qtbot, qasync_loop, broker_config, tmp_path) -> None:
    from hmi.ui.app import HmiApp

    app = HmiApp(broker_config, data_path=tmp_path, loop=qasync_loop, map_path=tmp_path / "no-map-here")
    try:
        app.app.showPage("navigate")
        qtbot.waitUntil(lambda: app.find("mapMissing").isVisible(), timeout=5_000)
        assert "hmi mapbuild" in app.nav.mapMessage
        assert not app.qml_warnings
    finally:
        app.close()


def test_corrupt_map_shows_a_message_not_a_crash(qtbot, qasync_loop, broker_config, tmp_path) -> None:
    from hmi.ui.app import HmiApp

    bad = tmp_path / "map"
    bad.mkdir()
    (bad / "metadata.json").write_text("{not json")
    app = HmiApp(broker_config, data_path=tmp_path / "d", loop=qasync_loop, map_path=bad)
    try:
        app.app.showPage("navigate")
        qtbot.waitUntil(lambda: "cannot be used" in app.nav.mapMessage, timeout=10_000)
        assert app.find("mapMissing").isVisible()
    finally:
        app.close()
