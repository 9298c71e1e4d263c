"""The visual checks (``hmi.testing.visual``): each one catches what it is for on a deliberately broken page,
and the real UI passes all of them on a representative part of the screenshot matrix (the whole matrix is
``hmi screenshot --matrix --check``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hmi.testing.visual import (
    CHECKS,
    MIN_CONTRAST,
    TEXT_ROLES_DP,
    NavBarWatch,
    check_window,
    clipping_problems,
    contrast,
    contrast_problems,
    px_per_dp,
    text_size_problems,
    touch_target_problems,
)

BROKEN = b"""
import QtQuick
import QtQuick.Window
Window {
    width: 1024; height: 600; visible: true; color: "#ffffff"
    Text { objectName: "tiny"; x: 10; y: 10; text: "Odometer"; font.pixelSize: 16; color: "#000000" }
    Text { objectName: "fine"; x: 10; y: 60; text: "Charge"; font.pixelSize: 24; color: "#000000" }
    Text { objectName: "speedValue"; x: 10; y: 100; text: "50"; font.pixelSize: 40; color: "#000000" }
    Text { objectName: "pale"; x: 300; y: 10; text: "Vehicle connected"; font.pixelSize: 24; color: "#bbbbbb" }
    Rectangle { x: 300; y: 60; width: 300; height: 40; color: "#00609f"
        Text { objectName: "onFill"; anchors.centerIn: parent; text: "Go"; font.pixelSize: 24; color: "#ffffff" } }
    Item { x: 300; y: 120; width: 80; height: 40
        Text { objectName: "spill"; width: 80; text: "Hermann Quaderer Autoelektrik"; font.pixelSize: 24 } }
    Rectangle { objectName: "bell"; x: 600; y: 10; width: 47; height: 47; color: "#eeeeee"
        MouseArea { anchors.fill: parent } }
    Rectangle { x: 600; y: 100; width: 90; height: 90; color: "#eeeeee"
        MouseArea { anchors.fill: parent } }
    Rectangle { objectName: "nav_home"; x: tab; y: 500; width: 100; height: 80; color: "#eeeeee" }
    property int tab: 0
}
"""


@pytest.fixture
def broken(qtbot, qapp):
    """A window with one of each problem (and a fine example of each next to it)."""
    from PySide6.QtQml import QQmlApplicationEngine
    from PySide6.QtQuick import QQuickWindow

    engine = QQmlApplicationEngine()
    engine.loadData(BROKEN)
    assert engine.rootObjects(), "the test page did not load"
    window = engine.rootObjects()[0]
    assert isinstance(window, QQuickWindow)
    qtbot.waitExposed(window, timeout=10_000)
    qtbot.wait(100)

    class Page:
        def __init__(self) -> None:
            self.window = window

        def grab(self):
            return window.grabWindow()

    yield Page()
    window.close()
    del engine


def test_text_size_finds_small_body_text_and_a_small_glance_value(broken) -> None:
    found = text_size_problems(broken.window)
    text = "\n".join(map(str, found))
    assert "tiny 'Odometer' is 16 px, body text needs ≥ 24 px" in text
    assert "speedValue '50' is 40 px, glance text needs ≥ 64 px" in text
    assert "'Charge'" not in text
    # The text-size setting raises every minimum with the text.
    assert any("'Charge' is 24 px, body text needs ≥ 30 px" in str(f) for f in text_size_problems(broken.window, 1.25))


def test_touch_targets_below_76_px_are_found(broken) -> None:
    found = [str(f) for f in touch_target_problems(broken.window)]
    assert found == ["touch target: bell is 47×47 px, below 76 px"]  # the 90 px area and the 100×80 tab pass


def test_text_wider_than_its_box_without_elide_is_clipped(broken) -> None:
    found = [str(f) for f in clipping_problems(broken.window)]
    assert any("spill 'Hermann Quaderer Autoelektrik' needs" in f for f in found), found
    assert not any("'Charge'" in f for f in found)


def test_contrast_is_measured_on_the_rendered_pixels(broken) -> None:
    found = [str(f) for f in contrast_problems(broken.window, broken.grab())]
    assert any(f.startswith("contrast: pale 'Vehicle connected': #bbbbbb on #ffffff") for f in found), found
    assert not any("onFill" in f or "'Charge'" in f for f in found), found
    assert contrast((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast((0x76, 0x76, 0x76), (255, 255, 255)) >= MIN_CONTRAST > contrast((0x77, 0x77, 0x77), (255, 255, 255))


def test_a_tab_that_moves_between_pages_is_found(broken) -> None:
    watch = NavBarWatch()
    assert watch.check(broken.window, "first") == []
    assert watch.check(broken.window, "second") == []
    broken.window.setProperty("tab", 15)
    found = watch.check(broken.window, "third")
    moved = "nav bar: nav_home at (15, 500, 100, 80) on third, at (0, 500, 100, 80) on first"
    assert [str(f) for f in found] == [moved]


def test_px_per_dp_grows_from_the_smallest_screen(broken) -> None:
    sizes = {(1024, 600): 1.0, (1280, 800): 1.1, (1920, 720): 1.1, (800, 480): 1.0}
    for (w, h), dp in sizes.items():
        broken.window.resize(w, h)
        assert px_per_dp(broken.window) == pytest.approx(dp)
    assert TEXT_ROLES_DP == {"body": 24.0, "primary": 32.0, "glance": 64.0}


def test_check_window_runs_every_check(broken) -> None:
    checks = {f.check for f in check_window(broken, text_scale=1.0, checks=CHECKS[:-1])}
    assert {"text size", "touch target", "clipped", "contrast"} <= checks


# ---------------------------------------------------------------------------------------------- the real UI
def _findings(tmp_path: Path, **cells) -> list[str]:
    from hmi.matrix import CHECKS_FILE, render_matrix

    index = render_matrix(tmp_path, progress=False, check=True, **cells)
    return (index.parent / CHECKS_FILE).read_text(encoding="utf-8").splitlines()


def test_every_page_passes_at_the_smallest_size_at_night_and_in_the_pseudo_locale(tmp_path: Path) -> None:
    """Every page at 1024×600 (night, English) and 1920×720 (day, German), plus the +40 % pseudo-locale at
    1024×600: the sizes and languages where text is most cramped."""
    found = _findings(tmp_path / "a", sizes=[(1024, 600)], themes=["night"], languages=["en", "pseudo"])
    found += _findings(tmp_path / "b", sizes=[(1920, 720)], themes=["day"], languages=["de"])
    assert found == []


def test_guidance_keeps_the_car_clear_and_passes_at_every_size(tmp_path: Path) -> None:
    cells = {"pages": ["navigate"], "themes": ["day", "night"], "languages": ["fr"]}
    found = _findings(tmp_path, scenario="drive-to-destination", at_s=45, **cells)
    assert found == []
