"""The UI watchdog (hmi.ui.watchdog): READY after the first frame, pings from the Qt loop, none while it hangs."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import textwrap
import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtQuick import QQuickWindow

from hmi import sdnotify
from hmi.ui import watchdog

BLOCK_S = 0.8
TIMEOUT_S = 0.2  # WatchdogSec: pings every 0.1 s


def make_window() -> QQuickWindow:
    window = QQuickWindow()
    window.setColor(QColor("#123456"))
    window.resize(320, 200)
    return window


def test_ready_once_after_first_frame_and_pings_stop_while_loop_blocked(qtbot, notify_listener, caplog):
    window = make_window()
    dog = watchdog.attach(window, sdnotify.Notifier(notify_listener.env_value, watchdog_timeout_s=TIMEOUT_S))
    assert dog.pinging and not dog.ready_sent
    window.show()
    qtbot.waitUntil(lambda: dog.ready_sent, timeout=5000)
    qtbot.waitUntil(lambda: len(notify_listener.times_of("READY=1")) == 1, timeout=10_000)
    assert dog.first_frame_ms is not None and dog.first_frame_ms > 0
    qtbot.waitUntil(lambda: len(notify_listener.times_of("WATCHDOG=1")) >= 3, timeout=10_000)

    # More frames must not repeat READY=1.
    for _ in range(3):
        window.update()
        qtbot.wait(30)

    # A slot that hangs the main loop: no ping may arrive while it runs.
    span: dict[str, float] = {}

    def hang() -> None:
        span["start"] = time.monotonic()
        time.sleep(BLOCK_S)
        span["end"] = time.monotonic()

    QTimer.singleShot(0, hang)
    qtbot.waitUntil(lambda: "end" in span, timeout=5000)
    # Pings resume once the loop turns again, at the normal cadence.
    qtbot.waitUntil(lambda: sum(t > span["end"] for t in notify_listener.times_of("WATCHDOG=1")) >= 3, timeout=10_000)

    pings = notify_listener.times_of("WATCHDOG=1")
    # 50 ms grace for a datagram sent just before the hang but read after it started.
    during = [t for t in pings if span["start"] + 0.05 < t < span["end"]]
    assert during == []
    before = [t for t in pings if t <= span["start"]]
    after = [t for t in pings if t > span["end"]]
    assert len(before) >= 3 and len(after) >= 3
    # Normal cadence around the interval, with the hang standing out as a gap > timeout.
    gaps = [b - a for a, b in itertools.pairwise(pings)]
    assert max(gaps) >= BLOCK_S - 0.1
    normal = sorted(g for g in gaps if g < BLOCK_S / 2)
    assert 0.05 < normal[len(normal) // 2] < 0.2
    assert len(notify_listener.times_of("READY=1")) == 1
    # The stall is logged, so the journal explains a later watchdog kill.
    assert dog.longest_stall_s >= BLOCK_S - 0.2
    assert any("UI loop was blocked" in r.message for r in caplog.records)
    window.close()


def test_no_systemd_means_no_timer(qtbot, monkeypatch):
    for key in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"):
        monkeypatch.delenv(key, raising=False)
    window = make_window()
    dog = watchdog.attach(window)
    assert not dog.notifier.enabled and not dog.pinging
    window.show()
    qtbot.waitUntil(lambda: dog.ready_sent, timeout=5000)  # still tracked, just not sent
    assert dog.notifier.sent == 0
    window.close()


def test_real_process_env_ready_then_stopping_on_quit(abstract_notify_listener):
    """A separate app process configured only by the environment, as under systemd."""
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtQuick import QQuickWindow
        from hmi.ui import watchdog
        app = QGuiApplication(sys.argv)
        w = QQuickWindow()
        w.resize(100, 100)
        dog = watchdog.attach(w)
        w.frameSwapped.connect(lambda: QTimer.singleShot(300, app.quit))
        w.show()
        sys.exit(app.exec())
        """
    )
    env = dict(os.environ, NOTIFY_SOCKET=abstract_notify_listener.env_value, WATCHDOG_USEC="100000")
    env["WATCHDOG_PID"] = "1"  # meant for another process (e.g. cage): READY still sent, no pings
    env["QT_QPA_PLATFORM"] = "offscreen"
    proc = subprocess.run([sys.executable, "-c", script], env=env, timeout=60, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    deadline = time.monotonic() + 2
    while "STOPPING=1" not in abstract_notify_listener.texts() and time.monotonic() < deadline:
        time.sleep(0.01)
    texts = abstract_notify_listener.texts()
    assert texts[0].startswith("READY=1\nSTATUS=")
    assert texts[-1] == "STOPPING=1"
    assert "WATCHDOG=1" not in texts

    env.pop("WATCHDOG_PID")
    abstract_notify_listener.messages.clear()
    proc = subprocess.run([sys.executable, "-c", script], env=env, timeout=60, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    deadline = time.monotonic() + 2
    while "STOPPING=1" not in abstract_notify_listener.texts() and time.monotonic() < deadline:
        time.sleep(0.01)
    texts = abstract_notify_listener.texts()
    assert texts.count("WATCHDOG=1") >= 2  # 300 ms at a 50 ms interval
    assert sum(t.startswith("READY=1") for t in texts) == 1
    assert texts[-1] == "STOPPING=1"
