"""Navigate page end to end: search while parked, route, guidance, keyboard lock, phone destination, rerouting."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import paho.mqtt.client as mqtt
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from hmi.i18n import Text
from hmi.link import signals as sig
from hmi.link import topics
from hmi.nav.guidance import maneuver_text
from hmi.testing.plugin import find_item, layout_problems, tap

pytestmark = pytest.mark.timeout(120)

VADUZ = (47.1392, 9.5229)  # Städtle, Vaduz
SCHAAN = (47.1655, 9.5107)


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
    agent.start()  # the car keeps reporting (held values): text entry needs fresh "parked" data, not one message
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


# ---------------------------------------------------------------------------------------------- languages and units
class DictTranslator(QTranslator):
    """A Qt translator from a Python function: ``QCoreApplication.translate`` (and so ``tr()``) goes through it."""

    def __init__(self, fn) -> None:
        super().__init__()
        self.fn = fn

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.fn(context, source) or ""

    def isEmpty(self) -> bool:
        return False


#: A French catalog by dictionary (so the tests do not depend on the translators' progress).
FRENCH = {
    "Turn left onto {street}": "Tournez à gauche sur {street}",
    "Turn right onto {street}": "Tournez à droite sur {street}",
    "Turn left": "Tournez à gauche",
    "Turn right": "Tournez à droite",
    "Bear left onto {street}": "Serrez à gauche sur {street}",
    "Bear right onto {street}": "Serrez à droite sur {street}",
    "Continue onto {street}": "Continuez sur {street}",
    "At the roundabout, take the 2nd exit onto {street}": "Au rond-point, prenez la 2e sortie sur {street}",
    "Arrive at your destination": "Arrivée à destination",
    "Route recalculated": "Itinéraire recalculé",
}


@pytest.fixture
def translator(qapp):
    """Install a German-by-dictionary translator for the test (removed afterwards)."""
    installed = []

    def install(fn) -> None:
        t = DictTranslator(fn)
        QCoreApplication.installTranslator(t)
        installed.append(t)

    yield install
    for t in installed:
        QCoreApplication.removeTranslator(t)


def test_guidance_follows_language_units_and_clock_live(nav_app, qtbot, translator) -> None:
    app = nav_app
    app.nav.navigateTo("Schaan", *SCHAAN)
    qtbot.waitUntil(lambda: app.nav.active and find_item(app, "maneuverBanner").isVisible(), timeout=15_000)
    qtbot.waitUntil(lambda: app.nav.guidance.get("distance", "") != "", timeout=5_000)
    g = app.nav.guidance
    assert g["distance"].endswith((" m", " km")) and g["remainingDistance"].endswith(" km")
    assert find_item(app, "maneuverDistance").property("text") == g["distance"]
    assert ":" in g["eta"] and not g["eta"].endswith(("AM", "PM"))

    app.settings.setUnits("imperial")
    qtbot.waitUntil(lambda: app.nav.guidance["remainingDistance"].endswith(" mi"), timeout=5_000)
    assert app.nav.guidance["distance"].endswith((" ft", " mi"))
    qtbot.waitUntil(lambda: find_item(app, "maneuverDistance").property("text").endswith((" ft", " mi")), timeout=5_000)
    app.settings.setClock24(False)
    qtbot.waitUntil(lambda: app.nav.guidance["eta"].endswith(("AM", "PM")), timeout=5_000)

    # French, with Monaco's decimal comma: Vaduz → Schaan is about 2 mi, shown with one decimal.
    translator(lambda c, s: FRENCH.get(s) if c in ("guidance", "nav") else None)
    assert app.set_language("fr")
    qtbot.waitUntil(lambda: "," in app.nav.guidance["remainingDistance"], timeout=5_000)
    text = app.nav.guidance["text"]
    source = maneuver_text(app.nav._state.next_maneuver).source
    assert source in FRENCH, f"add {source!r} to FRENCH"  # the route's first maneuver
    assert text == FRENCH[source].format(street=app.nav._state.next_maneuver.street)
    qtbot.waitUntil(lambda: find_item(app, "maneuverText").property("text") == text, timeout=5_000)
    assert "{" not in text and "}" not in text
    assert app.set_language("en")
    app.settings.setUnits("metric")
    app.settings.setClock24(True)
    qtbot.waitUntil(lambda: app.nav.guidance["remainingDistance"].endswith(" km"), timeout=5_000)
    assert "," not in app.nav.guidance["remainingDistance"]


def test_search_results_and_notices_are_rendered_again_on_a_setting_change(nav_app, qtbot, translator) -> None:
    app = nav_app
    app.nav.search("schaan")  # lower case finds the town
    qtbot.waitUntil(lambda: len(app.nav.results) > 0, timeout=15_000)
    assert any(r["name"] == "Schaan" for r in app.nav.results)
    km = [r["distance"] for r in app.nav.results]
    assert all(d.endswith(" km") for d in km)
    app.settings.setUnits("imperial")
    qtbot.waitUntil(lambda: all(r["distance"].endswith(" mi") for r in app.nav.results), timeout=5_000)
    assert [r["distanceKm"] for r in app.nav.results] == pytest.approx(
        [float(d.split()[0].replace(",", "")) * 1.609344 for d in [r["distance"] for r in app.nav.results]], rel=0.06
    )
    app.settings.setUnits("metric")
    # a notice is kept raw and follows the language
    app.nav._set_notice(Text("nav", "Route recalculated"))
    assert app.nav.notice == "Route recalculated"
    translator(lambda c, s: FRENCH.get(s) if c == "nav" else None)
    app.nav.retranslate()
    assert app.nav.notice == "Itinéraire recalculé"
    qtbot.waitUntil(lambda: find_item(app, "navNoticeText").property("text") == "Itinéraire recalculé", timeout=5_000)


def open_keyboard(app, qtbot) -> None:
    if not find_item(app, "keyboard").isVisible():
        tap(qtbot, app, "searchField")
        qtbot.waitUntil(lambda: find_item(app, "keyboard").isVisible(), timeout=5_000)


def query(app) -> str:
    return find_item(app, "navigatePage").property("query")


def hold(qtbot, app, name: str) -> None:
    item = find_item(app, name)
    qtbot.waitUntil(item.isVisible, timeout=5_000)
    qtbot.wait(50)  # a layer switch lays the keys out again: read the position once it has settled
    pos = item.mapToScene(item.boundingRect().center()).toPoint()
    qtbot.mousePress(app.window, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.wait(700)  # longer than the keys' press-and-hold interval
    qtbot.mouseRelease(app.window, Qt.MouseButton.LeftButton, pos=pos)


def test_keyboard_types_each_languages_letters(nav_app, qtbot) -> None:
    app = nav_app
    assert app.set_language("de")
    open_keyboard(app, qtbot)
    for key in ("key_ü", "key_ö", "key_ä", "key_ß", "key_z", "key_y"):
        assert find_item(app, key).isVisible(), key
    for ch in "städtle":
        tap(qtbot, app, f"key_{ch}")
    assert query(app) == "städtle"
    readme_shot(app, qtbot, "nav-keyboard-de")
    qtbot.waitUntil(lambda: any(r["name"] == "Städtle" for r in app.nav.results), timeout=15_000)
    keys = [find_item(app, k) for k in ("key_q", "key_ü", "keySearch")]
    assert all(k.width() >= 60 and k.height() >= 76 for k in keys), "large touch targets"
    tap(qtbot, app, "searchClear")

    assert app.set_language("fr")
    qtbot.waitUntil(lambda: app.find("key_ü") is None or not app.find("key_ü").isVisible(), timeout=5_000)
    open_keyboard(app, qtbot)
    assert find_item(app, "key_é").isVisible() and find_item(app, "key_è").isVisible()  # AZERTY with é è
    tap(qtbot, app, "keyAccents")
    for key in ("key_ç", "key_ê", "key_â", "key_ô", "key_î", "key_û", "key_ù", "key_ë", "key_ï", "key_à"):
        assert find_item(app, key).isVisible(), key
    tap(qtbot, app, "key_ç")
    assert query(app) == "ç"
    tap(qtbot, app, "keyAccents")  # back to letters
    hold(qtbot, app, "key_e")
    popup = find_item(app, "accentPopup")
    qtbot.waitUntil(popup.isVisible, timeout=3_000)
    assert popup.property("keys").toVariant()[:4] == ["é", "è", "ê", "ë"]  # French letters first
    readme_shot(app, qtbot, "nav-keyboard-fr-hold")
    assert query(app) == "ç", "holding a key types nothing by itself"
    tap(qtbot, app, "accent_ê")
    assert query(app) == "çê" and not popup.isVisible()
    hold(qtbot, app, "key_z")  # no accented forms: holding types the letter
    assert query(app) == "çêz" and not popup.isVisible()
    tap(qtbot, app, "searchClear")

    assert app.set_language("ca")
    open_keyboard(app, qtbot)
    assert find_item(app, "key_ç").isVisible() and find_item(app, "key_·").isVisible()
    tap(qtbot, app, "keyAccents")
    for key in ("key_à", "key_è", "key_é", "key_í", "key_ï", "key_ò", "key_ó", "key_ú", "key_ü"):
        assert find_item(app, key).isVisible(), key
    tap(qtbot, app, "keyClose")
    assert app.set_language("en")


def test_long_translations_wrap_inside_the_guidance_cards(nav_app, qtbot, translator) -> None:
    from hmi.i18n.catalog import pseudo

    app = nav_app
    app.resize(1024, 600)
    translator(lambda c, s: pseudo(s) if c in ("guidance", "nav", "NavigatePage", "ManeuverBanner") else None)
    app.nav.navigateTo("Schaan", *SCHAAN)
    qtbot.waitUntil(lambda: app.nav.active and find_item(app, "maneuverBanner").isVisible(), timeout=15_000)
    app.engine.retranslate()
    app.nav.retranslate()
    app.nav._set_notice(Text("nav", "Search is locked while driving: pick a recent or favourite destination"))
    qtbot.wait(300)
    banner, text = find_item(app, "maneuverBanner"), find_item(app, "maneuverText")
    assert text.property("text").startswith("[")  # the pseudo-locale is in use
    inner = text.mapRectToScene(text.boundingRect())
    outer = banner.mapRectToScene(banner.boundingRect())
    assert outer.contains(inner), f"instruction {inner.getRect()} leaves the banner {outer.getRect()}"
    assert text.property("lineCount") <= 3
    # the longest sentence there is, with a long street name: wraps, then elides, inside the banner
    longest = pseudo("In {distance}, at the roundabout, take the 8th exit onto {street}").format(
        distance="1.2 km", street="Austrasse-Landstrasse-Zollstrasse"
    )
    banner.setProperty("instruction", longest)
    banner.setProperty("then", pseudo("At the roundabout, take exit 11 onto Kirchstrasse"))
    then = find_item(app, "maneuverThen")

    def inside() -> bool:
        outer = banner.mapRectToScene(banner.boundingRect())
        return outer.contains(text.mapRectToScene(text.boundingRect())) and outer.contains(
            then.mapRectToScene(then.boundingRect())
        )

    # the banner grows with an animation: wait for it (a loaded machine needs longer than one frame)
    qtbot.waitUntil(inside, timeout=5_000)
    outer = banner.mapRectToScene(banner.boundingRect())
    assert text.property("lineCount") <= 3 and text.property("truncated") is not None
    zoom = find_item(app, "mapZoomIn")
    assert outer.right() < zoom.mapRectToScene(zoom.boundingRect()).left(), "the banner stays clear of the map buttons"
    notice = find_item(app, "navNoticeText")
    assert notice.property("text").startswith("[")
    box = notice.parentItem().mapRectToScene(notice.parentItem().boundingRect())
    assert box.width() <= app.window.width() and box.left() >= 0
    assert notice.mapRectToScene(notice.boundingRect()).intersected(outer).isEmpty()
    assert not layout_problems(app), layout_problems(app)
    readme_shot(app, qtbot, "nav-pseudo-1024x600")
