"""The frame monitor of the test kit fails on app work that holds the GUI thread, and only on that."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from hmi.testing.frames import FAIL_MS, FrameMonitor


def _busy(ms: float) -> None:
    """CPU work on the calling thread for ``ms`` of its own CPU time (a sleep would not count)."""
    end = time.thread_time() + ms / 1000
    while time.thread_time() < end:
        pass


def test_a_long_callback_from_the_event_loop_is_caught_and_named(qtbot) -> None:
    monitor = FrameMonitor(code=Path(__file__).parent).start()
    try:
        # 150 ms of CPU: the watchdog sees part of a stretch, and on a loaded machine only a small part.
        QTimer.singleShot(0, lambda: _busy(150))
        qtbot.wait(500)
    finally:
        monitor.stop()
    over = monitor.over()
    assert over, monitor.stalls
    assert over[0].cpu_ms > FAIL_MS
    assert "_busy" in monitor.report() and "test_frame_monitor.py" in monitor.report()


def test_short_callbacks_sleeping_and_test_code_are_not_app_stalls(qtbot) -> None:
    monitor = FrameMonitor(code=Path(__file__).parent).start()
    try:
        for _ in range(20):
            QTimer.singleShot(0, lambda: _busy(2))
        QTimer.singleShot(0, lambda: time.sleep(0.05))  # waiting is not CPU work
        qtbot.wait(300)
        _busy(40)  # the test's own code, not called from the event loop
        qtbot.wait(50)
    finally:
        monitor.stop()
    assert not monitor.over(), monitor.report()
    assert monitor.stretch_ms, "the watchdog saw the loop's work"


def test_known_misses_match_the_outermost_or_the_innermost_hmi_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    """A known miss is named by where its work is: a polish Qt calls (outermost frame) or a signal whose QML
    updates cost (innermost frame); a stall elsewhere in the same call chain still fails."""
    from hmi.testing import frames
    from hmi.testing.frames import Stall

    monkeypatch.setitem(frames.KNOWN_OVER_BUDGET, "ui/updates_model.py", "a signal whose QML updates cost")

    emit = (
        "    link/timing.py:51 timed: return func(*args, **kwargs)\n"
        "    ui/updates_model.py:96 set_conditions: self._apply(...)\n"
        "    ui/updates_model.py:168 _apply: self.changed.emit()\n"
    )
    polish = "    ui/map_view.py:300 updatePaintNode: self._polish()\n    ui/map/tiles.py:80 draw: x\n"
    other = "    link/timing.py:51 timed: return func(*args, **kwargs)\n    ui/trip_model.py:300 _adopt: x\n"
    assert Stall("Timer", 20.0, [emit, emit]).known is not None
    assert Stall("Timer", 20.0, [polish]).known is not None
    assert Stall("Timer", 20.0, [other]).known is None
    assert Stall("Timer", 20.0, [emit, other]).known is None  # half is not most
    assert Stall("Timer", 20.0, [emit, emit, emit, other]).known is not None  # 3 of 4 samples in the emit
    assert Stall("Timer", 20.0, [other, other, emit]).known is None
