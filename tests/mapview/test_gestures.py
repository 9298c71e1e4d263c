"""Pointer input as intents: tap vs drag, double tap, pinch, cancel."""

from __future__ import annotations

import pytest

from hmi.ui.map import gestures as gs


def test_a_small_movement_is_a_tap_reported_after_the_double_tap_interval() -> None:
    g = gs.Gestures()
    assert g.press(100, 100) == []
    assert g.move(104, 103) == []  # under the drag threshold
    assert g.release(104, 103, t=1.0) == []
    assert g.pending_tap == (104, 103)
    assert g.tap_timeout() == [gs.Tap(104, 103)]
    assert g.pending_tap is None and g.tap_timeout() == []


def test_a_second_tap_close_by_and_soon_is_a_double_tap_not_two_taps() -> None:
    g = gs.Gestures()
    g.press(200, 200)
    g.release(200, 200, t=1.0)
    g.press(210, 205)
    assert g.release(210, 205, t=1.0 + (gs.DOUBLE_TAP_MS - 50) / 1000) == [gs.DoubleTap(210, 205)]
    assert g.pending_tap is None
    # too late, or too far: two single taps
    for dt, dx in ((gs.DOUBLE_TAP_MS + 50, 0), (50, gs.DOUBLE_TAP_PX + 5)):
        g = gs.Gestures()
        g.press(200, 200)
        g.release(200, 200, t=1.0)
        g.press(200 + dx, 200)
        assert g.release(200 + dx, 200, t=1.0 + dt / 1000) == []
        assert g.pending_tap == (200 + dx, 200)


def test_a_drag_starts_at_the_press_point_and_follows_the_finger() -> None:
    g = gs.Gestures()
    g.press(300, 300)
    assert g.move(300 + gs.DRAG_THRESHOLD_PX + 1, 300) == [gs.DragStart(300, 300), gs.DragTo(309, 300)]
    assert g.move(350, 320) == [gs.DragTo(350, 320)]
    assert g.release(350, 320, t=2.0) == [gs.DragEnd()]
    assert g.pending_tap is None, "a drag is never a tap"


def test_pinch_reports_the_zoom_change_as_log2_of_the_finger_distance_ratio() -> None:
    g = gs.Gestures()
    assert g.pinch((100, 100), (300, 100)) == [gs.PinchStart(200, 100)]
    (it,) = g.pinch((0, 100), (400, 100))
    assert isinstance(it, gs.PinchTo) and it.dzoom == pytest.approx(1.0) and (it.x, it.y) == (200, 100)
    (it,) = g.pinch((150, 100), (250, 100))
    assert it.dzoom == pytest.approx(-1.0)
    assert g.pinch_release() == [gs.PinchEnd()] and not g.pinching


def test_cancel_ends_a_drag_and_forgets_the_press() -> None:
    g = gs.Gestures()
    g.press(10, 10)
    g.move(60, 10)
    assert g.cancel() == [gs.DragEnd()]
    assert g.move(90, 10) == [] and g.release(90, 10, t=1.0) == []
