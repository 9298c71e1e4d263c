"""Qt adapter: vehicle-link status and command state for QML (``link``).

The status line and the command messages the HMI itself writes are translatable texts (context ``"link"``),
rendered with ``hmi.ui.translator.tr`` whenever QML reads them; ``retranslate()`` re-notifies QML after a
language or format change. A command's message from the agent is its own text: shown as written.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QObject, Signal, Slot

from hmi.link.client import LinkStatus, MqttLink
from hmi.link.commands import Command, CommandError
from hmi.ui.translator import tr

log = logging.getLogger(__name__)


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
        # The link's own messages are Texts (translated when read); the agent's are shown as written.
        self._commands[cmd.name] = {"state": cmd.state, "message": cmd.message}
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
        return tr(self._status.reason)

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
