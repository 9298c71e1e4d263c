"""The map on the real Navigate page: the car never under a panel (charging card, turn card, trip bar, phone offer,
charger card, keyboard) at 1920×720, 1280×800 and 1024×600, in English and French; the next maneuver, the scale
bar and the attribution in the uncovered area; the arrow along the route; street names ≥ 20 px at 1024×600."""

from __future__ import annotations

import json
import math
import time

import pytest

from hmi.link import signals as sig
from hmi.link import topics
from hmi.nav.graph import bearing_deg
from hmi.testing.plugin import car_marker_problems, find_item, items_over, park, shown, tap
from hmi.ui.map.layout import Rect

pytestmark = pytest.mark.timeout(180)

TRIESEN = (47.0990, 9.5240)
SCHAAN = (47.1655, 9.5107)
SIZES = ((1920, 720), (1280, 800), (1024, 600))


def _ready(app, agent, qtbot, soc: float = 8.0) -> None:
    park(agent, *TRIESEN, soc)
    app.app.showPage("navigate")
    qtbot.waitUntil(lambda: app.nav.hasMap and app.trip._graph is not None, timeout=30_000)
    qtbot.waitUntil(lambda: app.store.get(sig.SOC) == soc, timeout=5_000)


def _drive_along(app, agent, qtbot, index: int) -> None:
    """Put the car on the route's point ``index``, driving along it at 50 km/h."""
    coords = app.nav.coordinates
    (lat, lon), nxt = coords[index], coords[index + 1]
    heading = bearing_deg(lat, lon, *nxt)
    agent.publish(sig.GEAR, sig.GEAR_DRIVE)
    agent.publish(sig.SPEED, 50.0)
    agent.publish(sig.HEADING, heading)
    agent.publish(sig.LATITUDE, lat)
    agent.publish(sig.LONGITUDE, lon)
    qtbot.waitUntil(lambda: app.store.get(sig.LATITUDE) == lat and app.store.get(sig.LONGITUDE) == lon, timeout=5_000)
    m = find_item(app, "navMap")
    qtbot.waitUntil(lambda: m.property("carLat") == lat and m.property("routeProgressM") > 0, timeout=5_000)


def _settled(app, qtbot) -> object:
    """The map after the layout and the camera have settled (no zoom animation, every tile drawn)."""
    m = find_item(app, "navMap")

    def still() -> bool:
        app.grab()
        return m.property("tilesPending") == 0 and not m._input.zooming

    qtbot.waitUntil(still, timeout=10_000)
    qtbot.wait(50)
    app.grab()
    return m


def _panels(app, m) -> list[Rect]:
    from PySide6.QtQuick import QQuickItem

    rects = []
    for item in items_over(app, m):
        if item.flags() & QQuickItem.Flag.ItemHasContents and item.width() > 0 and item.height() > 0:
            r = item.mapRectToItem(m, item.boundingRect())
            rects.append(Rect(r.x(), r.y(), r.width(), r.height()))
    return rects


def _check_map(app, qtbot, where: str) -> None:
    """The car clear of every panel; the next maneuver, the scale bar and the attribution in the free area."""
    m = _settled(app, qtbot)
    assert car_marker_problems(app) == [], where
    assert not m.carMarkerRect().isEmpty(), f"{where}: no car on the map"
    f = m.property("freeArea")
    free = Rect(f.x(), f.y(), f.width(), f.height())
    panels = _panels(app, m)
    frame = m._frame
    bar, attribution = frame.scale_bar[2], frame.attribution[1]
    for name, r in (("scale bar", bar), ("attribution", attribution)):
        assert free.contains(r), f"{where}: {name} {r} outside the free area {free}"
        assert not any(r.intersects(p) for p in panels), f"{where}: {name} under a panel"
    maneuver = m._cam.maneuver
    if maneuver is not None and m.property("zoom") > 12:  # at the framing floor a far maneuver may lie beyond
        x, y = m._cam.viewport().world_to_screen(*maneuver)
        assert free.contains_point(x, y), f"{where}: the next maneuver at {(x, y)} is outside {free}"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_car_is_never_under_a_panel_while_guiding(hmi_app, agent, qtbot, language) -> None:
    app = hmi_app
    if language != "en":
        assert app.set_language(language)
    _ready(app, agent, qtbot)
    app.nav.navigateTo("Schaan", *SCHAAN)
    qtbot.waitUntil(lambda: app.nav.active and app.trip.hasPlan and not app.trip.busy, timeout=20_000)
    # the charging stop on screen (the next-stop card shows where it fits: on the wide screen)
    app.resize(1920, 720)
    qtbot.waitUntil(lambda: shown(app, "nextStop") and shown(app, "tripTimeline"), timeout=10_000)
    _drive_along(app, agent, qtbot, 6)
    m = find_item(app, "navMap")
    for heading_up in (False, True):
        m.setProperty("headingUp", heading_up)
        for size in SIZES:
            app.resize(*size)
            _check_map(app, qtbot, f"{language} {size} heading-up={heading_up}")
            if size == (1024, 600):
                names = m._frame.shown_labels
                assert all(sh.label.px >= 20 for sh in names) and m.property("labelPixelSize") >= 20
    # the arrow points along the route (its snapped bearing), not the raw heading
    route = m._ov.route
    want = route.bearing_at(m.property("routeProgressM"))
    qtbot.waitUntil(lambda: abs((m.property("displayHeading") - want + 180) % 360 - 180) < 2, timeout=5_000)
    app.resize(1280, 800)


def test_the_car_is_clear_of_the_phone_offer_the_charger_card_and_the_keyboard(hmi_app, agent, qtbot) -> None:
    app = hmi_app
    _ready(app, agent, qtbot, soc=60.0)
    agent.publish_raw(
        topics.SERVICES_DESTINATION,
        json.dumps({"id": "p1", "name": "Rathaus Schaan", "lat": SCHAAN[0], "lon": SCHAAN[1], "ts": time.time()}),
        qos=1,
    )
    qtbot.waitUntil(lambda: shown(app, "phoneOffer"), timeout=5_000)
    for size in SIZES:
        app.resize(*size)
        _check_map(app, qtbot, f"phone offer {size}")
    tap(qtbot, app, "phoneOfferDismiss")
    qtbot.waitUntil(lambda: not shown(app, "phoneOffer"), timeout=5_000)
    # a charger card opened next to the car
    m = find_item(app, "navMap")
    charger = m.findCharger("Industriestrasse")
    m.chargerTapped.emit(charger["id"])
    qtbot.waitUntil(lambda: shown(app, "chargerCard"), timeout=5_000)
    for size in SIZES:
        app.resize(*size)
        _check_map(app, qtbot, f"charger card {size}")
    # typing a destination: the keyboard covers the lower part, the car moves up into what is left
    tap(qtbot, app, "chargerClose")
    tap(qtbot, app, "searchField")
    qtbot.waitUntil(lambda: shown(app, "keyboard"), timeout=5_000)
    for size in SIZES:
        app.resize(*size)
        _check_map(app, qtbot, f"keyboard {size}")
    app.resize(1280, 800)


def test_a_charger_next_to_the_car_is_moved_off_it_and_the_car_is_drawn_on_top(hmi_app, agent, qtbot) -> None:
    app = hmi_app
    _ready(app, agent, qtbot, soc=60.0)
    m = find_item(app, "navMap")
    charger = m.findCharger("Marktplatzgarage")
    # park right on the charger
    park(agent, charger["lat"], charger["lon"], 60.0)
    qtbot.waitUntil(lambda: m.property("carLat") == charger["lat"], timeout=5_000)
    m.setProperty("zoom", 17)
    _settled(app, qtbot)
    car = m.carMarkerRect()
    cx, cy = car.center().x(), car.center().y()
    for img, x, y in m._frame.markers:
        assert math.hypot(x - cx, y - cy) >= car.width() / 2 + img.width() / 2, "a charger icon on the car"
    x, y = m.toScreen(charger["lat"], charger["lon"])
    assert math.hypot(x - cx, y - cy) < 1, "the car is where the charger is"
