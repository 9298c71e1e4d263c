"""The OTA core wired to the vehicle link — the one wiring the app runs and the link-level safety tests drive.

* every message on ``selfupdate/#`` and ``deviceupdate/#`` goes to ``handle_message``;
* after every (re)connect ``start()`` asks the self-update agent for its state;
* the install's conditions go to ``set_conditions`` as the link judges them
  (``MqttLink.safety_inputs(OTA_SIGNALS)``: fresh values only, broker connected, agent online) whenever a
  deciding signal arrives, whenever their freshness or the link state changes, and on every ``feed()`` (the app
  calls it once a second).

Plain Python: ``target`` is the Qt adapter (``hmi.ui.updates_model.UpdatesModel``) in the app, or the
``UpdateService`` itself.
"""

from __future__ import annotations

from typing import Any, Protocol

from hmi.link.client import BrokerState, LinkStatus, MqttLink
from hmi.updates.service import SUBSCRIPTIONS
from hmi.vehicle.freshness import OTA_SIGNALS, SafetyInputs

#: Topic prefixes routed to the OTA core (the link's handlers match on prefixes).
PREFIXES = tuple(topic.removesuffix("#") for topic in SUBSCRIPTIONS)


class UpdatesTarget(Protocol):
    """What the binding drives (``UpdatesModel`` and ``UpdateService`` both are one)."""

    def handle_message(self, topic: str, payload: bytes) -> Any: ...

    def start(self) -> Any: ...

    def set_conditions(self, inputs: SafetyInputs) -> Any: ...


class UpdatesLinkBinding:
    """Connects ``target`` to ``link`` (see the module docstring)."""

    def __init__(self, link: MqttLink, target: UpdatesTarget) -> None:
        self.link = link
        self.target = target
        self._connected = False
        for prefix in PREFIXES:
            link.add_handler(prefix, target.handle_message)
        link.on_status(self._on_status)
        link.on_safety(self.feed)
        link.store.subscribe(self._on_signal)

    def feed(self) -> None:
        """Give the OTA core the conditions as the link judges them now."""
        self.target.set_conditions(self.link.safety_inputs(OTA_SIGNALS))

    def _on_signal(self, path: str, value: Any, ts: float) -> None:
        if path in OTA_SIGNALS:
            self.feed()

    def _on_status(self, status: LinkStatus) -> None:
        connected = status.broker is BrokerState.CONNECTED
        if connected and not self._connected:
            # Re-sync the OTA state after every (re)connect: asks the agent for its current state.
            self.target.start()
        self._connected = connected
