"""The MapView QML item on a real map: rendering day/night, pan/zoom/pinch/double tap, follow mode, taps, overlays,
and bad input (corrupt map folders, garbage routes) — offscreen, zero QML warnings."""

from __future__ import annotations

import json
import math
import shutil

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from hmi.nav import projection as proj

WAIT_MS = 10_000

pytestmark = pytest.mark.timeout(120)
VADUZ = (47.1410, 9.5209)


def _ready(qtbot, mw) -> None:
    """Wait until the map is loaded and every visible tile is drawn."""
    qtbot.waitUntil(lambda: mw.map.property("status") == "ready", timeout=WAIT_MS)

    def complete() -> bool:
        mw.window.grabWindow()
        return mw.map.property("tilesPending") == 0

    qtbot.waitUntil(complete, timeout=WAIT_MS)


def _colours(image, step: int = 11) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}


def _props(map_dir, extra: str = "") -> str:
    return f'mapDir: "{map_dir}"; centerLat: {VADUZ[0]}; centerLon: {VADUZ[1]}; zoom: 16; {extra}'


@pytest.mark.parametrize("night", [False, True], ids=["day", "night"])
def test_renders_a_real_map(map_window, liechtenstein_map, qtbot, tmp_path, night) -> None:
    route = "[[47.1365, 9.5225], [47.1390, 9.5218], [47.1412, 9.5209], [47.1440, 9.5195], [47.1480, 9.5170]]"
    mw = map_window(
        _props(
            liechtenstein_map,
            f"""night: {str(night).lower()}
        carLat: 47.1390; carLon: 9.5218; carHeading: 350
        route: {route}; routeProgressM: 150
        highlightLat: 47.1480; highlightLon: 9.5170
        reachablePolygon: [[47.135, 9.51], [47.147, 9.51], [47.147, 9.53], [47.135, 9.53]]""",
        )
    )
    _ready(qtbot, mw)
    path = tmp_path / f"map-{'night' if night else 'day'}.png"
    image = mw.grab(path)
    assert path.stat().st_size > 20_000
    assert (image.width(), image.height()) == (1280, 800)
    assert len(_colours(image)) > 60, "map looks blank"
    # background colour dominates the corners differently by theme
    corner = image.pixelColor(3, 3)
    assert (corner.lightness() < 80) if night else (corner.lightness() > 180)
    f = mw.map._frame
    assert f.labels and f.car is not None and f.pin is not None and f.route_ahead is not None
    assert f.route_driven is not None, "the driven part of the route is drawn separately (grey)"
    assert mw.map.property("attribution") == "© OpenStreetMap contributors"
    assert mw.map.property("chargerCount") > 0
    assert mw.warnings == []


def test_attribution_and_scale_bar_are_drawn(map_window, liechtenstein_map, qtbot) -> None:
    mw = map_window(_props(liechtenstein_map))
    _ready(qtbot, mw)
    image = mw.grab()
    # bottom-right corner: attribution text on a light plate; bottom-left: the scale bar
    assert len({image.pixel(x, y) for x in range(1080, 1270, 2) for y in range(770, 795, 2)}) > 8
    assert len({image.pixel(x, y) for x in range(10, 160, 2) for y in range(740, 792, 2)}) > 5
    assert mw.map._frame.scale_bar[0] > 20


def test_drag_pans_and_wheel_zooms(map_window, liechtenstein_map, qtbot) -> None:
    mw = map_window(_props(liechtenstein_map))
    _ready(qtbot, mw)
    m, w = mw.map, mw.window
    lat0, lon0 = m.property("centerLat"), m.property("centerLon")
    under = m.toCoordinate(700, 420)
    QTest.mousePress(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(700, 420))
    for i in range(1, 11):
        QTest.mouseMove(w, QPoint(700 - 20 * i, 420 + 10 * i))
    QTest.mouseRelease(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(500, 520))
    # content followed the pointer: the point that was under (700, 420) is now under (500, 520)
    assert m.toScreen(*under) == pytest.approx([500, 520], abs=1.0)
    assert m.property("centerLon") > lon0 and m.property("centerLat") > lat0
    z0 = m.property("zoom")
    before = m.toCoordinate(300, 200)
    _wheel(w, QPointF(300, 200), 240)
    assert m.property("zoom") == pytest.approx(z0 + 1)
    assert m.toScreen(*before) == pytest.approx([300, 200], abs=1.0), "wheel zooms about the cursor"
    _wheel(w, QPointF(300, 200), -120 * 40)
    assert m.property("zoom") == pytest.approx(10.0), "zoom is clamped to 10..19"
    assert mw.warnings == []


def _wheel(window, pos: QPointF, delta: int) -> None:
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QGuiApplication, QWheelEvent

    ev = QWheelEvent(
        pos,
        window.mapToGlobal(pos),
        P(0, 0),
        P(0, delta),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QGuiApplication.sendEvent(window, ev)


def test_pinch_zooms_and_one_finger_pans(map_window, liechtenstein_map, qtbot) -> None:
    mw = map_window(_props(liechtenstein_map))
    _ready(qtbot, mw)
    m, w = mw.map, mw.window
    dev = QTest.createTouchDevice()
    z0 = m.property("zoom")
    QTest.touchEvent(w, dev).press(0, QPoint(540, 400)).press(1, QPoint(740, 400)).commit()
    for i in range(1, 6):
        QTest.touchEvent(w, dev).move(0, QPoint(540 - 20 * i, 400)).move(1, QPoint(740 + 20 * i, 400)).commit()
    QTest.touchEvent(w, dev).release(0, QPoint(440, 400)).release(1, QPoint(840, 400)).commit()
    # fingers twice as far apart → one zoom level in
    assert m.property("zoom") == pytest.approx(z0 + 1, abs=0.01)
    lon0 = m.property("centerLon")
    QTest.touchEvent(w, dev).press(0, QPoint(600, 400)).commit()
    for i in range(1, 8):
        QTest.touchEvent(w, dev).move(0, QPoint(600 + 15 * i, 400)).commit()
    QTest.touchEvent(w, dev).release(0, QPoint(705, 400)).commit()
    assert m.property("centerLon") < lon0, "dragging right shows what is further west"
    assert not m.property("interacting")
    assert mw.warnings == []


def test_double_tap_zooms_in_and_single_tap_reports_the_place(map_window, liechtenstein_map, qtbot) -> None:
    mw = map_window(_props(liechtenstein_map, "chargersVisible: false"))
    _ready(qtbot, mw)
    m, w = mw.map, mw.window
    expected = m.toCoordinate(400, 300)
    with qtbot.waitSignal(m.tapped, timeout=WAIT_MS) as sig:
        QTest.mouseClick(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(400, 300))
    assert sig.args == pytest.approx(expected, abs=1e-9)
    z0 = m.property("zoom")
    with qtbot.assertNotEmitted(m.tapped, wait=400):
        QTest.mouseClick(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(400, 300))
        QTest.mouseClick(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(402, 301))
        qtbot.waitUntil(lambda: m.property("zoom") == pytest.approx(z0 + 1), timeout=WAIT_MS)
    assert m.toScreen(*expected) == pytest.approx([400, 300], abs=2.0), "double tap zooms about the finger"


def test_charger_tap(map_window, liechtenstein_map, qtbot) -> None:
    chargers = json.loads((liechtenstein_map / "chargers.json").read_text())
    ch = chargers[0]
    mw = map_window(f'mapDir: "{liechtenstein_map}"; centerLat: {ch["lat"]}; centerLon: {ch["lon"]}; zoom: 17')
    _ready(qtbot, mw)
    x, y = mw.map.toScreen(ch["lat"], ch["lon"])
    assert (x, y) == pytest.approx((640, 400), abs=1)
    with qtbot.waitSignal(mw.map.chargerTapped, timeout=WAIT_MS) as sig:
        QTest.mouseClick(mw.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(645, 404))
    near = [
        c["id"]
        for c in chargers
        if math.hypot(*(a - b for a, b in zip(mw.map.toScreen(c["lat"], c["lon"]), (645, 404), strict=True))) < 30
    ]
    assert sig.args[0] in near


def test_follow_pauses_on_pan_and_resumes(map_window, liechtenstein_map, qtbot) -> None:
    mw = map_window(_props(liechtenstein_map, "follow: true; followResumeMs: 400; carLat: 47.1390; carLon: 9.5218"))
    _ready(qtbot, mw)
    m, w = mw.map, mw.window
    assert (m.property("centerLat"), m.property("centerLon")) == pytest.approx((47.1390, 9.5218), abs=1e-9)
    # the car moves: the view follows
    m.setProperty("carLat", 47.1400)
    assert m.property("centerLat") == pytest.approx(47.1400, abs=1e-9)
    QTest.mousePress(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(640, 400))
    for i in range(1, 8):
        QTest.mouseMove(w, QPoint(640 + 30 * i, 400 - 10 * i))
    assert m.property("follow") is False and m.property("interacting") is True
    qtbot.wait(600)  # still holding the finger down: no resume while interacting
    assert m.property("follow") is False
    QTest.mouseRelease(w, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(850, 330))
    m.setProperty("carLon", 9.5230)  # the car moves while the user looks around: the view stays put
    assert m.property("centerLon") != pytest.approx(9.5230, abs=1e-6)
    with qtbot.waitSignal(m.followChanged, timeout=WAIT_MS):
        pass
    assert m.property("follow") is True
    assert (m.property("centerLat"), m.property("centerLon")) == pytest.approx((47.1400, 9.5230), abs=1e-9)


def test_explicit_follow_off_does_not_resume(map_window, liechtenstein_map, qtbot) -> None:
    mw = map_window(_props(liechtenstein_map, "follow: true; followResumeMs: 100; carLat: 47.1390; carLon: 9.5218"))
    _ready(qtbot, mw)
    mw.map.setProperty("follow", False)
    with qtbot.assertNotEmitted(mw.map.followChanged, wait=400):
        pass
    mw.map.recenter()
    assert mw.map.property("follow") is True


def test_heading_up_turns_the_map_with_the_car(map_window, liechtenstein_map, qtbot) -> None:
    mw = map_window(
        _props(liechtenstein_map, "follow: true; headingUp: true; carLat: 47.1390; carLon: 9.5218; carHeading: 90")
    )
    _ready(qtbot, mw)
    m = mw.map
    assert m.property("bearing") == pytest.approx(90)
    x, y = m.toScreen(47.1390, 9.5218)
    assert x == pytest.approx(640, abs=0.5) and y > 500, "heading-up keeps the car low on screen, road ahead visible"
    east_x, east_y = m.toScreen(47.1390, 9.5250)
    assert east_y < y and east_x == pytest.approx(x, abs=0.5), "driving east: east is up"
    m.setProperty("carHeading", 180)
    # the arrow and the map turn smoothly to the new heading (no jump), within a second
    qtbot.waitUntil(lambda: 90 < m.property("displayHeading") < 180, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: m.property("bearing") == pytest.approx(180), timeout=WAIT_MS)
    m.toggleHeadingUp()
    assert m.property("bearing") == 0 and m.property("headingUp") is False
    image = mw.grab()
    assert len(_colours(image)) > 30


def test_zoom_buttons_animate(map_window, liechtenstein_map, qtbot) -> None:
    mw = map_window(_props(liechtenstein_map))
    _ready(qtbot, mw)
    m = mw.map
    m.zoomIn()
    m.zoomIn()  # a second press while animating adds up
    qtbot.waitUntil(lambda: m.property("zoom") == pytest.approx(18), timeout=WAIT_MS)
    m.zoomOut()
    qtbot.waitUntil(lambda: m.property("zoom") == pytest.approx(17), timeout=WAIT_MS)
    m.showWholeMap()
    assert m.property("zoom") < 13 and m.property("follow") is False
    _ready(qtbot, mw)
    assert len(_colours(mw.grab())) > 10


@pytest.mark.parametrize("case", ["missing", "empty-dir", "garbage-metadata", "foreign", "truncated-array"])
def test_bad_map_dir_shows_a_message(map_window, liechtenstein_map, qtbot, tmp_path, case) -> None:
    d = tmp_path / "map"
    if case == "empty-dir":
        d.mkdir()
    elif case == "garbage-metadata":
        d.mkdir()
        (d / "metadata.json").write_bytes(b"\x00\xff{not json")
    elif case == "foreign":
        d.mkdir()
        (d / "metadata.json").write_text('{"format": "something-else"}')
    elif case == "truncated-array":
        shutil.copytree(liechtenstein_map, d)
        data = (d / "geom_lat.npy").read_bytes()
        (d / "geom_lat.npy").write_bytes(data[: len(data) // 3])
    mw = map_window(f'mapDir: "{d}"')
    m = mw.map
    assert m.property("status") == "error"
    assert m.property("message"), "a readable reason"
    mw.grab(tmp_path / f"{case}.png")
    f = m._frame
    assert f is not None and f.message is not None and f.message[0] == "Map unavailable"
    # the message is drawn: more than the plain background in the middle of the item
    image = mw.grab()
    assert len({image.pixel(x, y) for x in range(200, 1080, 3) for y in range(330, 460, 3)}) > 2
    # and a good map loads into the same item afterwards
    m.setProperty("mapDir", str(liechtenstein_map))
    assert m.property("status") == "ready" and m.property("message") == ""
    assert mw.warnings == []


def test_no_map_dir_is_empty_not_error(map_window, qtbot) -> None:
    mw = map_window("")
    assert mw.map.property("status") == "empty"
    mw.grab()
    assert mw.map._frame.message == ("No map loaded", "")  # the title once, not repeated as its detail


def test_garbage_overlays_are_rejected_without_crashing(map_window, liechtenstein_map, qtbot, caplog) -> None:
    mw = map_window(_props(liechtenstein_map))
    _ready(qtbot, mw)
    m = mw.map
    m.setProperty("route", [[47.14, 9.52], ["x", 9.5], [float("nan"), 1], None, [47.15, 9.53], [95, 9], "junk"])
    assert m.property("route") == [[47.14, 9.52], [47.15, 9.53]]
    assert "skipped 5 malformed" in caplog.text
    m.setProperty("route", "not a list")
    assert m.property("route") == []
    m.setProperty("reachablePolygon", [[[47.13, 9.50], [47.15, 9.50], [47.15, 9.54]], [[1, 2]]])  # multi-ring
    assert len(m.property("reachablePolygon")) == 1 and len(m._ov.reachable) == 1
    for prop, value in (
        ("zoom", float("nan")),
        ("centerLat", float("inf")),
        ("centerLat", 123.0),
        ("bearing", float("nan")),
        ("followResumeMs", -5),
        ("routeProgressM", float("nan")),
    ):
        before = m.property(prop)
        m.setProperty(prop, value)
        assert m.property(prop) == before, prop
    m.setProperty("carLat", float("nan"))
    m.setProperty("carLon", 9.52)
    assert math.isnan(m.property("carLat"))
    m.setProperty("highlightLat", 500.0)
    m.setProperty("highlightLon", 9.5)
    mw.grab()
    assert m._frame.car is None and m._frame.pin is None
    m.setProperty("zoom", 55)
    assert m.property("zoom") == 19
    assert mw.warnings == []


def test_route_overview_fits_the_route(map_window, liechtenstein_map, qtbot) -> None:
    route = [[47.06, 9.50], [47.10, 9.52], [47.16, 9.51], [47.23, 9.53]]
    mw = map_window(_props(liechtenstein_map))
    _ready(qtbot, mw)
    m = mw.map
    m.setProperty("route", route)
    m.showRoute()
    for lat, lon in route:
        x, y = m.toScreen(lat, lon)
        assert 0 <= x <= 1280 and 0 <= y <= 800
    mpp = proj.meters_per_pixel(m.property("centerLat"), m.property("zoom"))
    assert 15 < mpp < 60


def test_hidden_page_renders_when_shown(map_window, liechtenstein_map, qtbot) -> None:
    mw = map_window(_props(liechtenstein_map, "visible: false"))
    m = mw.map
    mw.grab()
    m.setProperty("zoom", 17)  # changed while hidden (another page on screen)
    m.setVisible(True)
    _ready(qtbot, mw)
    qtbot.waitUntil(lambda: bool(m._frame.tiles) and m._frame.world_transform is not None, timeout=WAIT_MS)
    assert m.toScreen(*VADUZ) == pytest.approx([640, 400], abs=0.5)
    assert len(_colours(mw.grab())) > 20


def _mean_abs_diff(a, b, step: int = 3) -> float:
    total = n = 0
    for x in range(0, a.width(), step):
        for y in range(0, a.height(), step):
            ca, cb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += abs(ca.red() - cb.red()) + abs(ca.green() - cb.green()) + abs(ca.blue() - cb.blue())
            n += 3
    return total / n


def test_steady_heading_up_uses_turned_tiles_that_match(map_window, liechtenstein_map, qtbot) -> None:
    mw = map_window(
        _props(
            liechtenstein_map,
            "follow: true; headingUp: true; carLat: 47.1390; carLon: 9.5218; carHeading: 33.4; chargersVisible: false",
        )
    )
    m = mw.map
    assert m.property("bearing") == 33, "heading-up turns the map in whole degrees"

    def turned() -> bool:
        mw.grab()
        t = m._frame.tile_transform
        return m.property("tilesPending") == 0 and t.m11() == 1 and t.m12() == 0 and bool(m._frame.tiles)

    qtbot.waitUntil(turned, timeout=WAIT_MS)  # steady: 1:1 blits of tiles of the turned map
    a = mw.grab()
    m._composer.tiles.turn_steady_ms = 10**9  # force north-up tiles turned per frame
    m._composer.tiles._turn_key = ()
    m.polish()
    qtbot.waitUntil(lambda: mw.grab() is not None and m._frame.tile_transform.m12() != 0, timeout=WAIT_MS)
    qtbot.wait(300)  # let the smooth resampling kick in
    _ready(qtbot, mw)
    b = mw.grab()
    # the same map either way: only antialiasing differs along the road edges
    diff = _mean_abs_diff(a, b)
    print("turned vs north-up tiles: mean abs diff", diff)
    assert diff < 4.0


PANEL_HARNESS = """
import QtQuick
import QtQuick.Window
import Hmi.Map 1.0
Window {
    width: 1280; height: 800; visible: true
    MapView {
        objectName: "map"; anchors.fill: parent
        mapDir: "%(map)s"; zoom: 16; follow: true; carLat: 47.1390; carLon: 9.5218
        panels: [card, buttons]
    }
    Rectangle { id: card; objectName: "card"; x: 16; y: 16; width: 700; height: 768; color: "#c0ffffff" }
    Rectangle { id: buttons; objectName: "buttons"; x: 1180; y: 200; width: 84; height: 400; color: "gray" }
}
"""


def _load(qtbot, qml: str):
    import PySide6.QtQuick  # noqa: F401
    from PySide6.QtCore import QUrl
    from PySide6.QtQml import QQmlApplicationEngine

    from hmi.ui.map_view import MapView, register_qml_types

    register_qml_types()
    engine = QQmlApplicationEngine()
    engine.loadData(qml.encode(), QUrl())
    window = engine.rootObjects()[0]
    m = window.findChild(MapView, "map")
    qtbot.waitUntil(lambda: m.width() == 1280, timeout=WAIT_MS)
    return engine, window, m


def test_panels_keep_the_car_scale_bar_and_attribution_in_the_free_area(liechtenstein_map, qtbot) -> None:
    import shiboken6
    from PySide6.QtQuick import QQuickItem

    engine, window, m = _load(qtbot, PANEL_HARNESS % {"map": liechtenstein_map})
    try:
        window.grabWindow()
        free = m.property("freeArea")
        assert (free.x(), free.y(), free.width(), free.height()) == (716, 0, 464, 800)
        window.grabWindow()
        x, y = m.toScreen(47.1390, 9.5218)
        assert (x, y) == pytest.approx((716 + 464 / 2, 400), abs=0.5), "the car in the middle of the free area"
        f = m._frame
        from hmi.ui.map.layout import Rect

        area = Rect(free.x(), free.y(), free.width(), free.height())
        assert area.contains(f.scale_bar[2]) and area.contains(f.attribution[1])
        # the card goes: the whole map is free again and the car moves to its centre
        window.findChild(QQuickItem, "card").setVisible(False)
        qtbot.waitUntil(lambda: m.property("freeArea").width() == 1180, timeout=WAIT_MS)
        window.grabWindow()
        assert m.toScreen(47.1390, 9.5218) == pytest.approx([590, 400], abs=0.5)
    finally:
        window.close()
        shiboken6.delete(window)
        shiboken6.delete(engine)


def test_stale_values_never_turn_the_arrow_and_a_last_known_position_is_grey(map_window, liechtenstein_map, qtbot):
    mw = map_window(
        _props(liechtenstein_map, "follow: true; carLat: 47.1390; carLon: 9.5218; carSpeed: 50; carHeading: 90")
    )
    _ready(qtbot, mw)
    m = mw.map
    qtbot.waitUntil(lambda: m.property("displayHeading") == pytest.approx(90), timeout=WAIT_MS)
    m.setProperty("carHeadingStale", True)
    m.setProperty("carHeading", 200)
    mw.grab()
    qtbot.wait(300)
    mw.grab()
    assert m.property("displayHeading") == pytest.approx(90), "a stale heading turned the arrow"
    fresh = mw.grab().pixelColor(640, 400)  # the arrow's middle, blue
    m.setProperty("carStale", True)
    mw.grab()
    grey = mw.grab().pixelColor(640, 400)
    assert fresh.saturation() > 120 and grey.saturation() < 60, (fresh.name(), grey.name())


def test_outside_the_reachable_area_the_map_is_dimmed_not_empty(map_window, liechtenstein_map, qtbot) -> None:
    mw = map_window(_props(liechtenstein_map, "chargersVisible: false"))
    _ready(qtbot, mw)
    before = mw.grab()
    mw.map.setProperty("reachablePolygon", [[47.1395, 9.5185], [47.1425, 9.5185], [47.1425, 9.5235], [47.1395, 9.5235]])
    mw.grab()
    # the view fits the area when it first appears: the margin around it is outside
    _ready(qtbot, mw)
    after = mw.grab()
    inside, outside = (640, 400), (40, 760)
    x0, y0 = mw.map.toScreen(47.1425, 9.5185)
    assert x0 > outside[0] and y0 > 0
    b, a = before.pixelColor(*outside), after.pixelColor(*outside)
    assert a.lightness() < b.lightness() - 20, "outside: dimmed"
    corner = {after.pixel(x, y) for x in range(0, 200, 3) for y in range(600, 800, 3)}
    assert len(corner) > 8, "outside: roads still drawn"
    assert after.pixelColor(*inside).lightness() >= before.pixelColor(*inside).lightness() - 25


def test_a_tap_on_a_cluster_of_chargers_zooms_in_on_it(map_window, liechtenstein_map, qtbot) -> None:
    mw = map_window(f'mapDir: "{liechtenstein_map}"; centerLat: 47.1400; centerLon: 9.5300; zoom: 12')
    _ready(qtbot, mw)
    m = mw.map
    v = m._cam.viewport()
    clusters = [mk for mk in m._composer.markers(v, lambda w: v.world_to_screen(*w), None) if mk.cluster]
    assert clusters, "no cluster at zoom 12 over Liechtenstein"
    c = clusters[0]
    assert m.chargerAt(c.x, c.y) == "", "a cluster is not one charger"
    with qtbot.assertNotEmitted(m.chargerTapped, wait=100):
        QTest.mouseClick(
            mw.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(round(c.x), round(c.y))
        )
        qtbot.waitUntil(lambda: m.property("zoom") == pytest.approx(14), timeout=WAIT_MS)


def test_label_size_and_charger_lookup(map_window, liechtenstein_map, qtbot) -> None:
    mw = map_window(_props(liechtenstein_map, "labelPixelSize: 26"))
    _ready(qtbot, mw)
    m = mw.map
    assert m.property("labelPixelSize") == 26 and all(sh.label.px == 26 for sh in m._frame.shown_labels)
    m.setProperty("labelPixelSize", 8)
    assert m.property("labelPixelSize") == 20
    m.setProperty("labelPixelSize", float("nan"))
    assert m.property("labelPixelSize") == 20
    by_name = m.findCharger("marktplatz")
    assert by_name["name"] == "Marktplatzgarage, Vaduz" and m.findCharger(by_name["id"]) == by_name
    assert m.findCharger("nowhere") == {} and m.findCharger("") == {}
