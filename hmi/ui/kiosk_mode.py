"""Kiosk behaviour of ``hmi run --kiosk``: no cursor, no screen blanking, a service exit combination only."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCursor, QGuiApplication, QKeyEvent

log = logging.getLogger(__name__)

#: The only keyboard exit in kiosk mode, for service technicians (documented in kiosk/README.md).
_MOD = Qt.KeyboardModifier
SERVICE_EXIT = (_MOD.ControlModifier | _MOD.AltModifier | _MOD.ShiftModifier, Qt.Key.Key_Q)
#: Exit status of a service exit: kiosk/hmi.service has RestartPreventExitStatus=99, so systemd leaves it down.
SERVICE_EXIT_STATUS = 99


class KeyGuard(QObject):
    """Swallows window-closing shortcuts; quits only on the service combination."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods, key = SERVICE_EXIT
            if event.key() == key and (event.modifiers() & mods) == mods:
                log.warning("kiosk: service exit combination pressed")
                QGuiApplication.exit(SERVICE_EXIT_STATUS)
                return True
            if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F4, Qt.Key.Key_F11) or (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            ):
                return True
        # A close request (Alt+F4 from a compositor) is refused too.
        return event.type() == QEvent.Type.Close


def apply(hmi) -> None:
    """Make ``hmi`` (an ``HmiApp``) a kiosk: full screen, no cursor, key guard, watchdog pings."""
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
    guard = KeyGuard(hmi)
    hmi.window.installEventFilter(guard)
    hmi._kiosk_guard = guard
    hmi.window.showFullScreen()
    try:
        from hmi.ui import watchdog
    except ImportError:
        return
    attach = getattr(watchdog, "attach", None)
    if attach is not None:
        hmi._watchdog = attach(hmi.window)
