"""Qt adapter: vehicle-link status and command state for QML (``link``).

The status line and the command messages the HMI itself writes are translatable texts (context ``"link"``),
rendered with ``hmi.ui.translator.tr`` whenever QML reads them; ``retranslate()`` re-notifies QML after a
language or format change. A command's message from the agent is its own text: shown as written.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot

from hmi.i18n import QT_TRANSLATE_NOOP, Text
from hmi.link.client import LinkStatus, MqttLink
from hmi.link.commands import TIMEOUT_MESSAGE, Command, CommandError
from hmi.ui.translator import tr

log = logging.getLogger(__name__)

#: ``LinkStatus.reason`` (English, from the link) → its translatable template. Keep in step with the link.
REASONS = {
    "Broker unreachable — retrying": QT_TRANSLATE_NOOP("link", "Broker unreachable — retrying"),
    "Connecting to the vehicle": QT_TRANSLATE_NOOP("link", "Connecting to the vehicle"),
    "Vehicle agent offline": QT_TRANSLATE_NOOP("link", "Vehicle agent offline"),
    "Waiting for the vehicle agent": QT_TRANSLATE_NOOP("link", "Waiting for the vehicle agent"),
    "No data from the vehicle": QT_TRANSLATE_NOOP("link", "No data from the vehicle"),
    "Connected": QT_TRANSLATE_NOOP("link", "Connected"),
}
#: The link's own command messages (English, from ``hmi.link``) → translatable templates; any other message
#: is the agent's text and is shown as written.
OWN_MESSAGES = {
    TIMEOUT_MESSAGE: QT_TRANSLATE_NOOP("link", "No answer from the car"),
    "Not connected to the car": QT_TRANSLATE_NOOP("link", "Not connected to the car"),
}
_unknown_reasons: set[str] = set()


def reason_text(status: LinkStatus) -> str:
    """The banner's status line as a translatable text (an unknown line passes through in English)."""
    reason = status.reason
    template = REASONS.get(reason)
    if template is None:
        if reason not in _unknown_reasons:  # once: QML reads this often
            _unknown_reasons.add(reason)
            log.warning("link status %r has no translation", reason[:80])
        return reason
    return Text("link", template)


class LinkModel(QObject):
    """Presence/connection state and the contract's commands, as properties and slots."""

    changed = Signal()
    commandsChanged = Signal()

    def __init__(self, link: MqttLink, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._link = link
        self._status = link.status
        self._commands: dict[str, dict[str, str]] = {}
        link.on_status(self._on_status)
        link.on_command(self._on_command)

    def _on_status(self, status: LinkStatus) -> None:
        self._status = status
        self.changed.emit()

    def _on_command(self, cmd: Command) -> None:
        message: str = cmd.message
        if cmd.state in ("timeout", "failed") and message in OWN_MESSAGES:
            message = Text("link", OWN_MESSAGES[message])
        self._commands[cmd.name] = {"state": cmd.state, "message": message}
        self.commandsChanged.emit()

    def retranslate(self) -> None:
        """Re-notify every text property so QML reads it again in the current language."""
        self.changed.emit()
        self.commandsChanged.emit()

    @Property(bool, notify=changed)
    def lost(self) -> bool:
        """True while the "vehicle link lost" banner must show."""
        return self._status.lost

    @Property(str, notify=changed)
    def reason(self) -> str:
        """Why the link is lost (or "Connected"), in the current language."""
        return tr(reason_text(self._status))

    @Property(str, notify=changed)
    def brokerState(self) -> str:
        """``connecting``, ``connected`` or ``unreachable``."""
        return self._status.broker.value

    @Property(str, notify=changed)
    def agentState(self) -> str:
        """``online``, ``offline`` or ``unknown``."""
        return self._status.agent

    @Property(str, constant=True)
    def brokerAddress(self) -> str:
        """``host:port`` of the broker (read-only in Settings)."""
        return self._link.config.address

    @Property("QVariantMap", notify=commandsChanged)
    def commands(self) -> dict[str, dict[str, str]]:
        """Last command per name: ``{"state": pending|ok|failed|timeout, "message": str}`` (rendered)."""
        return tr(dict(self._commands))

    def _send(self, name: str, **params: object) -> None:
        try:
            self._link.send_command(name, **params)
        except CommandError as exc:
            self._commands[name] = {"state": "failed", "message": str(exc)}
            self.commandsChanged.emit()

    @Slot(int)
    def setChargeLimit(self, percent: int) -> None:
        """Ask the car to charge up to ``percent``."""
        self._send("set_charge_limit", percent=int(percent))

    @Slot(bool)
    def setCharging(self, on: bool) -> None:
        """Start or stop charging."""
        self._send("start_stop_charging", action="START" if on else "STOP")

    @Slot(bool)
    def setPreconditioning(self, on: bool) -> None:
        """Ask the car to warm the battery for fast charging (or stop)."""
        self._send("precondition_battery", mode="FAST_CHARGING_PREPARATION" if on else "INACTIVE")
