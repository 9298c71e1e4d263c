"""systemd watchdog for the UI: pings come from the Qt main loop, READY after the first frame.

A ``QTimer`` on the main thread sends ``WATCHDOG=1`` every half watchdog
timeout. If a slot blocks the loop (a hung UI), the timer cannot fire, the
pings stop and systemd kills and restarts the service (``WatchdogSec=`` in
``kiosk/hmi.service``). ``READY=1`` goes out when the window has swapped its
first frame, so "started" means "the driver sees the HMI", not "the process
exists". Outside systemd all of this is a no-op.
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtQuick import QQuickWindow

from hmi import sdnotify

log = logging.getLogger(__name__)


class UiWatchdog(QObject):
    """Sends READY/WATCHDOG/STOPPING for one window; see :func:`attach`."""

    def __init__(self, notifier: sdnotify.Notifier, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.notifier = notifier
        self.ready_sent = False
        self.started = time.monotonic()
        self.first_frame_ms: float | None = None
        self.longest_stall_s = 0.0
        self._last_ping = time.monotonic()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._ping)
        interval = notifier.watchdog_interval_s
        if interval is not None:
            # Ping from startup on: the watchdog runs before READY too, and loading
            # the map must not count as a hang while the loop still turns.
            self._timer.setInterval(max(1, int(interval * 1000)))
            self._timer.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._on_quit)

    @property
    def pinging(self) -> bool:
        """True while the watchdog timer runs."""
        return self._timer.isActive()

    def _ping(self) -> None:
        now = time.monotonic()
        late = now - self._last_ping - self._timer.interval() / 1000
        self._last_ping = now
        # A late tick means the loop was blocked: say so before systemd has to kill us.
        if late > max(0.25, self._timer.interval() / 1000):
            self.longest_stall_s = max(self.longest_stall_s, late)
            log.warning(
                "UI loop was blocked for %.1f s (watchdog timeout %.0f s)", late, self.notifier.watchdog_timeout_s or 0
            )
        self.notifier.watchdog()

    def on_frame_swapped(self) -> None:
        """First swapped frame: send READY=1 once (later frames are ignored)."""
        if self.ready_sent:
            return
        self.ready_sent = True
        self.first_frame_ms = (time.monotonic() - self.started) * 1000
        self.notifier.ready(status=f"HMI on screen ({self.first_frame_ms:.0f} ms after watchdog start)")
        log.debug("READY=1 sent after first frame (%.0f ms)", self.first_frame_ms)

    def _on_quit(self) -> None:
        self._timer.stop()
        self.notifier.stopping()


def attach(window: QQuickWindow, notifier: sdnotify.Notifier | None = None) -> UiWatchdog:
    """Hook the systemd watchdog to ``window``; returns the (window-owned) watchdog.

    ``notifier`` defaults to one built from the environment (``$NOTIFY_SOCKET``,
    ``$WATCHDOG_USEC``). Call this before ``window.show()`` so the first frame is seen.
    """
    dog = UiWatchdog(notifier if notifier is not None else sdnotify.from_env(), parent=window)
    window.frameSwapped.connect(dog.on_frame_swapped)
    if dog.notifier.enabled:
        log.info(
            "systemd notify enabled (watchdog %s)",
            f"ping every {dog.notifier.watchdog_interval_s:.2f} s" if dog.pinging else "off",
        )
    return dog
