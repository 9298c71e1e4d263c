"""Helpers shared by the OTA tests: message builders and an HMI-side paho harness around ``UpdateService``."""

from __future__ import annotations

import json
import threading
import time
import uuid
from typing import Any

import paho.mqtt.client as mqtt

from hmi.link import topics
from hmi.link.signals import GEAR_DRIVE, GEAR_PARK
from hmi.updates.machine import Effect, Notice, Publish, State
from hmi.updates.service import SUBSCRIPTIONS, UpdateService

PARKED = (0.0, GEAR_PARK, 80.0)
DRIVING = (50.0, GEAR_DRIVE, 80.0)
LOW_SOC = (0.0, GEAR_PARK, 20.0)


def encode(aid: str, ts: int, payload: Any) -> bytes:
    return json.dumps({"activityId": aid, "timestamp": ts, "payload": payload}).encode()


class Feed:
    """Builds agent-side messages for one activity with strictly increasing timestamps."""

    def __init__(self, aid: str = "act-1", ts: int = 1_000) -> None:
        self.aid = aid
        self.ts = ts

    def _next(self) -> int:
        self.ts += 1
        return self.ts

    def desired(self, version: str = "1.5.0", notes: str = "Better range.\nFaster maps.") -> tuple[str, bytes]:
        payload = {
            "domains": [{"id": "self-update", "components": [{"id": "os-image", "version": version, "config": []}]}],
            "releaseNotes": notes,
            "sizeBytes": 1_200_000_000,
            "estimatedInstallS": 1500,
        }
        return topics.SELFUPDATE_DESIRED_STATE, encode(self.aid, self._next(), payload)

    def fb(self, status: str, progress: int = 0, message: str = "") -> tuple[str, bytes]:
        action = {"component": {"id": "os-image", "version": "1.5.0"}, "status": status, "progress": progress}
        payload = {"status": status, "message": message, "actions": [action]}
        return topics.SELFUPDATE_DESIRED_STATE_FEEDBACK, encode(self.aid, self._next(), payload)

    def consent(self, command: str) -> tuple[str, bytes]:
        return topics.OWNER_CONSENT, encode(self.aid, self._next(), {"command": command})

    def current(self, version: str) -> tuple[str, bytes]:
        nodes = [{"id": "self-update:os-image", "version": version, "name": "OS image", "type": "IMAGE"}]
        return topics.SELFUPDATE_CURRENT_STATE, encode(self.aid, self._next(), {"softwareNodes": nodes})


def commands(effects: list[Effect]) -> list[str]:
    """The commands / consent answers among effects, as "DOWNLOAD" or "consent:APPROVED"."""
    out = []
    for e in effects:
        if isinstance(e, Publish) and e.topic == topics.SELFUPDATE_DESIRED_STATE_COMMAND:
            out.append(e.payload["payload"]["command"])
        elif isinstance(e, Publish) and e.topic == topics.OWNER_CONSENT_FEEDBACK:
            out.append("consent:" + e.payload["payload"]["status"])
    return out


class HmiHarness:
    """Plays the HMI side over a real broker: paho client → ``UpdateService`` → effects published back.

    The paho network thread and the test thread both call into the service, so every call holds a lock
    (in the app, everything runs on the Qt main thread instead).
    """

    def __init__(self, host: str, port: int, db_path: str, soc_floor: float = 30.0) -> None:
        self.service = UpdateService(db_path, soc_floor=soc_floor, publish=self._publish)
        self.lock = threading.RLock()
        self.notices: list[str] = []
        self.sent: list[str] = []
        self._connected = threading.Event()
        self.client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"hmi-test-{uuid.uuid4().hex[:8]}")
        self.client.on_connect = self._on_connect
        self.client.on_message = self._on_message
        self.host, self.port = host, port

    def start(self) -> HmiHarness:
        self.client.connect(self.host, self.port, keepalive=30)
        self.client.loop_start()
        assert self._connected.wait(10), "HMI harness could not connect"
        return self

    def stop(self) -> None:
        self.client.disconnect()
        self.client.loop_stop()
        with self.lock:
            self.service.close()

    def _on_connect(self, client, userdata, flags, reason_code, properties) -> None:
        client.subscribe([(t, 1) for t in SUBSCRIPTIONS])
        self.call(self.service.start)
        self._connected.set()

    def _on_message(self, client, userdata, msg) -> None:
        self.call(self.service.handle_message, msg.topic, msg.payload)

    def _publish(self, topic: str, data: bytes, *, qos: int = 1, retain: bool = False) -> bool:
        # Like the app's link: the service sends through this and undoes the input when it returns False.
        return self.client.publish(topic, data, qos=qos, retain=retain).rc == mqtt.MQTT_ERR_SUCCESS

    def call(self, fn, *args) -> list[Effect]:
        with self.lock:
            effects = fn(*args)
            self.notices += [e.text for e in effects if isinstance(e, Notice)]
            self.sent += commands(effects)
        return effects

    def tap(self, name: str, *args) -> list[Effect]:
        return self.call(getattr(self.service, name), *args)

    def vehicle(self, conditions: tuple[float, int, float]) -> list[Effect]:
        return self.call(self.service.set_vehicle, *conditions)

    @property
    def state(self) -> State:
        with self.lock:
            return self.service.machine.state

    def wait(self, predicate, timeout: float = 10.0, what: str = "") -> None:
        """Tick the machine until ``predicate(machine)`` holds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                self.call(self.service.tick)
                if predicate(self.service.machine):
                    return
            time.sleep(0.01)
        with self.lock:
            m = self.service.machine
            raise AssertionError(
                f"timed out waiting for {what}: state {m.state.value}, notice {m.notice!r}, "
                f"last rejection {m.last_rejection!r}, sent {self.sent}"
            )

    def wait_state(self, *states: State, timeout: float = 10.0) -> None:
        self.wait(lambda m: m.state in states, timeout, what="/".join(s.value for s in states))
