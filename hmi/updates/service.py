"""The OTA domain core as the rest of the HMI uses it: raw MQTT in, effects out, state persisted.

``UpdateService`` wraps the pure ``UpdateMachine`` with parsing (``protocol.parse_message``) and the
SQLite store. The link routes ``selfupdate/#`` and ``deviceupdate/#`` to ``handle_message``; the Qt adapter
calls the tap methods and reads ``view()``. Every method returns its effects.

With a ``publish`` callable (the link's ``publish(topic, payload, qos=, retain=) -> bool``) the service sends
the ``Publish`` effects itself, as one transaction: if the link cannot send (not connected), the machine is
put back exactly as before the input and the driver is told that nothing was sent — so a tap is never
"taken" without reaching the car. Without ``publish`` the caller sends the effects.

No MQTT, no Qt, no threads here: the caller serialises calls (the Qt main thread in the app).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hmi.link import topics
from hmi.updates import protocol
from hmi.updates import texts as tx
from hmi.updates.machine import DEFAULT_SOC_FLOOR, Effect, Notice, Publish, UpdateMachine, tonight_at
from hmi.updates.store import UpdateStore
from hmi.updates.texts import ota
from hmi.updates.view import UpdateView, build_view
from hmi.vehicle.freshness import SafetyInputs

log = logging.getLogger(__name__)

#: ``publish(topic, payload_bytes, qos=1, retain=False) -> bool`` (True when handed to the broker).
PublishFn = Callable[..., bool]
#: The notice when a tap could not reach the car (a translatable text).
NOT_SENT = ota(tx.NOT_SENT)

#: Topic filters the link must route to ``handle_message``.
SUBSCRIPTIONS = ("selfupdate/#", "deviceupdate/#")


class UpdateService:
    """Machine + parser + persistence. Every public method returns the effects to carry out."""

    def __init__(
        self,
        db_path: str | Path = ":memory:",
        soc_floor: float = DEFAULT_SOC_FLOOR,
        on_change: Callable[[], None] | None = None,
        publish: PublishFn | None = None,
    ) -> None:
        self.store = UpdateStore(db_path)
        self.machine = self.store.load(soc_floor=soc_floor)
        self.on_change = on_change
        self.publish = publish
        self.rejected = 0

    # -------------------------------------------------------------------- inputs

    def start(self, now: float | None = None) -> list[Effect]:
        """Call once connected (and after every reconnect): asks the agent to resync its current state."""
        return self._run(self.machine.start, _now(now))

    def handle_message(self, topic: str, payload: bytes, now: float | None = None) -> list[Effect]:
        """One MQTT message from ``selfupdate/#`` or ``deviceupdate/#``. Malformed ones are logged and dropped."""
        try:
            msg = protocol.parse_message(topic, payload)
        except protocol.ProtocolError as err:
            self.rejected += 1
            self.machine.last_rejection = f"{topic[:80]}: {err}"
            log.warning("OTA message on %r rejected: %s", topic[:80], err)
            return []
        before = self.machine.rejections
        effects = self._run(self.machine.handle, msg, topic, _now(now))
        self.rejected += self.machine.rejections - before
        return effects

    def set_vehicle(
        self, speed_kmh: float | None, gear: int | None, soc: float | None, now: float | None = None
    ) -> list[Effect]:
        """Vehicle conditions measured fresh at ``now`` (None for unknown or stale); see ``set_conditions``."""
        return self._run(self.machine.set_vehicle, speed_kmh, gear, soc, _now(now))

    def set_conditions(self, inputs: SafetyInputs, now: float | None = None) -> list[Effect]:
        """Latest vehicle conditions as the link judged them (``MqttLink.safety_inputs(OTA_SIGNALS)``)."""
        return self._run(self.machine.set_conditions, inputs, _now(now))

    def tick(self, now: float | None = None) -> list[Effect]:
        """Call about once a second: scheduled installs and waiting installs are re-checked."""
        return self._run(self.machine.tick, _now(now))

    # -------------------------------------------------------------------- taps

    def install_now(self, now: float | None = None) -> list[Effect]:
        """Tap "Install now"."""
        return self._run(self.machine.install_now, _now(now))

    def schedule(self, at: float, now: float | None = None) -> list[Effect]:
        """Tap "Schedule" with a picked time (unix seconds)."""
        return self._run(self.machine.schedule, at, _now(now))

    def schedule_tonight(self, now: float | None = None) -> list[Effect]:
        """Tap "Tonight 02:00"."""
        t = _now(now)
        return self._run(self.machine.schedule, tonight_at(t), t)

    def later(self, now: float | None = None) -> list[Effect]:
        """Tap "Later" (reminded at the end of the next drive)."""
        return self._run(self.machine.later, _now(now))

    def decline(self, now: float | None = None) -> list[Effect]:
        """Tap "Decline"."""
        return self._run(self.machine.decline, _now(now))

    def activate(self, now: float | None = None) -> list[Effect]:
        """Tap "Restart to finish"."""
        return self._run(self.machine.activate, _now(now))

    def rollback(self, now: float | None = None) -> list[Effect]:
        """Tap "Restore previous version"."""
        return self._run(self.machine.rollback, _now(now))

    def dismiss(self, now: float | None = None) -> list[Effect]:
        """Tap "Done" on a result screen."""
        return self._run(self.machine.dismiss, _now(now))

    # -------------------------------------------------------------------- output

    def view(self, now: float | None = None) -> UpdateView:
        """What the Updates page shows now."""
        return build_view(self.machine, _now(now))

    def close(self) -> None:
        """Save and close the store."""
        self.store.save(self.machine)
        self.store.close()

    def _run(self, step: Callable[..., list[Effect]], *args: Any) -> list[Effect]:
        snapshot = self.machine.to_dict() if self.publish is not None else None
        effects = step(*args)
        if self.publish is not None:
            self.store.save(self.machine)  # intended state on disk before anything leaves
            for e in effects:
                if not isinstance(e, Publish):
                    continue
                if self.publish(e.topic, protocol.encode(e.payload), qos=e.qos, retain=e.retain):
                    continue
                if e.topic == topics.SELFUPDATE_CURRENT_STATE_GET:
                    # Only a request for information: it is asked again on the next connect or stall.
                    log.info("OTA current-state request not sent (not connected)")
                    continue
                log.warning("OTA publish on %s failed; input undone", e.topic)
                self._undo(snapshot)
                effects = [Notice(NOT_SENT)]
                break
        return self._done(effects)

    def _undo(self, snapshot: dict[str, Any] | None) -> None:
        # The snapshot holds everything but the live vehicle conditions and counters: carry those over.
        assert snapshot is not None
        old = self.machine
        self.machine = UpdateMachine.from_dict(snapshot)
        self.machine.inputs, self.machine.was_moving = old.inputs, old.was_moving
        self.machine.rejections, self.machine.last_rejection = old.rejections, old.last_rejection
        self.machine.notice = NOT_SENT

    def _done(self, effects: list[Effect]) -> list[Effect]:
        # Persisted before a caller without ``publish`` sends: a crash in between re-sends at worst.
        changed = self.store.save(self.machine)
        if (changed or effects) and self.on_change is not None:
            self.on_change()
        return effects


def publishes(effects: list[Effect]) -> list[Publish]:
    """The ``Publish`` effects of a list, in order."""
    return [e for e in effects if isinstance(e, Publish)]


def notices(effects: list[Effect]) -> list[str]:
    """The notice texts of a list, in order."""
    return [e.text for e in effects if isinstance(e, Notice)]


def _now(now: float | None) -> float:
    return time.time() if now is None else now
