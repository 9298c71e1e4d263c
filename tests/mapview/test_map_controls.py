"""MapControls.qml wired to a MapView: buttons zoom, toggle heading-up, recentre; touch targets ≥ 76 px."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from hmi.nav.paths import REPO_ROOT

pytestmark = pytest.mark.timeout(120)
WAIT_MS = 10_000
CONTROLS = (REPO_ROOT / "qml" / "controls").as_uri()

QML = """
import QtQuick
import QtQuick.Window
import Hmi.Map 1.0
import "%(controls)s"
Window {
    width: 1280; height: 800; visible: true
    MapView {
        id: map; objectName: "map"; anchors.fill: parent
        mapDir: "%(map)s"; zoom: 15; follow: true; followResumeMs: 60000
        carLat: 47.1390; carLon: 9.5218; carHeading: 45
    }
    MapControls {
        objectName: "controls"
        anchors.right: parent.right; anchors.verticalCenter: parent.verticalCenter; anchors.margins: 16
        bearing: map.bearing; headingUp: map.headingUp; following: map.follow
        canZoomIn: map.zoom < map.maxZoom; canZoomOut: map.zoom > map.minZoom
        onZoomInClicked: map.zoomIn()
        onZoomOutClicked: map.zoomOut()
        onCompassClicked: map.toggleHeadingUp()
        onRecenterClicked: map.recenter()
    }
}
"""


def _click(window, item: QQuickItem) -> None:
    c = item.mapToScene(item.boundingRect().center())
    QTest.mouseClick(
        window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(round(c.x()), round(c.y()))
    )


def test_controls_drive_the_map(qapp, qtbot, liechtenstein_map, tmp_path) -> None:
    import PySide6.QtQuick  # noqa: F401
    import shiboken6
    from PySide6.QtCore import QUrl
    from PySide6.QtQml import QQmlApplicationEngine

    from hmi.ui.map_view import MapView, register_qml_types

    register_qml_types()
    engine = QQmlApplicationEngine()
    warnings: list[str] = []
    engine.warnings.connect(lambda ws: warnings.extend(w.toString() for w in ws))
    engine.loadData((QML % {"controls": CONTROLS, "map": liechtenstein_map}).encode(), QUrl())
    assert engine.rootObjects(), warnings
    window = engine.rootObjects()[0]
    try:
        m = window.findChild(MapView, "map")
        qtbot.waitUntil(lambda: m.width() == 1280, timeout=WAIT_MS)
        buttons = {
            name: window.findChild(QQuickItem, name)
            for name in ("mapZoomIn", "mapZoomOut", "mapCompass", "mapRecenter")
        }
        for name, item in buttons.items():
            assert item is not None, name
            assert item.width() >= 76 and item.height() >= 76, f"{name} is below the 76 px touch target"
        assert not buttons["mapRecenter"].isVisible(), "following: no recentre button"
        _click(window, buttons["mapZoomIn"])
        qtbot.waitUntil(lambda: m.property("zoom") == pytest.approx(16), timeout=WAIT_MS)
        _click(window, buttons["mapZoomOut"])
        _click(window, buttons["mapZoomOut"])
        qtbot.waitUntil(lambda: m.property("zoom") == pytest.approx(14), timeout=WAIT_MS)
        _click(window, buttons["mapCompass"])
        assert m.property("headingUp") is True and m.property("bearing") == pytest.approx(45)
        m.setProperty("follow", False)
        qtbot.waitUntil(lambda: buttons["mapRecenter"].isVisible(), timeout=WAIT_MS)
        image = window.grabWindow()
        image.save(str(tmp_path / "controls.png"))
        _click(window, buttons["mapRecenter"])
        assert m.property("follow") is True
        assert warnings == []
    finally:
        window.close()
        shiboken6.delete(window)
        shiboken6.delete(engine)
