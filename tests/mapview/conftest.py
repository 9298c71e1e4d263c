"""Fixtures for the map-view tests: a built real map (cached under build/test-maps) and a QML window factory."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from hmi.testing.plugin import cached_map

WAIT_MS = 10_000


def built_map(region: str) -> Path:
    """The map of ``region`` built from the shipped extract once (one cache for the whole suite)."""
    return cached_map(region)


@pytest.fixture(scope="session")
def liechtenstein_map() -> Path:
    """Built Liechtenstein map directory (with the Open Charge Map chargers)."""
    return built_map("liechtenstein")


@dataclass
class MapWindow:
    """A QML ``Window`` holding one ``MapView`` (objectName ``map``)."""

    window: object
    map: object
    engine: object
    warnings: list[str] = field(default_factory=list)

    def grab(self, path: Path | None = None):
        """Render now; save a PNG when ``path`` is given."""
        image = self.window.grabWindow()
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            assert image.save(str(path)), f"could not write {path}"
        return image


HARNESS = """
import QtQuick
import QtQuick.Window
import Hmi.Map 1.0
Window {
    width: %(width)d; height: %(height)d; visible: true
    MapView { objectName: "map"; anchors.fill: parent; %(props)s }
}
"""


@pytest.fixture
def map_window(qapp, qtbot) -> Iterator:
    """Factory ``map_window(props="mapDir: '…'", width=1280, height=800)`` → :class:`MapWindow`; torn down after."""
    import PySide6.QtQuick  # noqa: F401  (before any QQuickWindow)
    import shiboken6
    from PySide6.QtCore import QUrl
    from PySide6.QtQml import QQmlApplicationEngine

    from hmi.ui.map_view import MapView, register_qml_types

    register_qml_types()
    made: list[MapWindow] = []

    def make(props: str = "", width: int = 1280, height: int = 800) -> MapWindow:
        engine = QQmlApplicationEngine()
        warnings: list[str] = []
        engine.warnings.connect(lambda ws: warnings.extend(w.toString() for w in ws))
        engine.loadData((HARNESS % {"width": width, "height": height, "props": props}).encode(), QUrl())
        roots = engine.rootObjects()
        assert roots, "harness failed to load: " + "; ".join(warnings)
        window = roots[0]
        item = window.findChild(MapView, "map")
        mw = MapWindow(window, item, engine, warnings)
        made.append(mw)
        # the window lays out its content item when its resize event is processed
        qtbot.waitUntil(lambda: item.width() == width and item.height() == height, timeout=WAIT_MS)
        return mw

    yield make
    for mw in made:
        mw.window.close()
        shiboken6.delete(mw.window)
        shiboken6.delete(mw.engine)
