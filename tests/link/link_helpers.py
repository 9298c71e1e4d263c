"""Helpers of the link-level tests: a broker that keeps retained messages across restarts, a test-side car, a
test-side observer of what the HMI publishes, and the HMI's link + store + OTA core wired like the app."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

import paho.mqtt.client as mqtt

from hmi.broker import Mosquitto
from hmi.link import signals as sig
from hmi.link import topics

WAIT_MS = 10_000


class PersistentMosquitto(Mosquitto):
    """A real mosquitto with ``persistence true`` whose state folder goes with it on ``close()``."""

    def __init__(self) -> None:
        self.state_dir = tempfile.mkdtemp(prefix="hmi-mosquitto-state-")
        os.chmod(self.state_dir, 0o777)  # mosquitto started as root writes as the "mosquitto" user
        super().__init__(
            extra_config=f"persistence true\npersistence_location {self.state_dir}/\nautosave_interval 1\n"
        )

    def close(self) -> None:
        super().close()
        shutil.rmtree(self.state_dir, ignore_errors=True)


def persistent_broker() -> Mosquitto:
    """A real mosquitto with ``persistence true``: retained messages (a dead agent's last words) survive a
    restart, as on a head unit configured that way — the worst case for stale data."""
    return PersistentMosquitto()


def _connected_client(host: str, port: int, client_id: str, *, clean: bool = True, will: bool = False) -> mqtt.Client:
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=client_id, clean_session=clean)
    if will:
        client.will_set(topics.AGENT_STATUS, topics.OFFLINE, qos=1, retain=True)
    ready = threading.Event()
    client.on_connect = lambda c, u, f, rc, p: ready.set()
    deadline = time.monotonic() + 10
    while True:
        try:
            client.connect(host, port, keepalive=5)
            break
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    client.loop_start()
    assert ready.wait(10), f"{client_id} could not connect"
    return client


@dataclass
class Sent:
    """One signal payload the car published."""

    path: str
    value: Any
    ts: float
    sent_at: float
    payload: bytes


class Car:
    """The test's own onboard agent: publishes exactly what the test says, with the timestamps it says.

    Signals go out retained (as the contract says), QoS 1 so that "sent" means the broker has it. Every publish
    is logged with our clock, for the test's own judgement of what the HMI may consider fresh.
    """

    def __init__(self, broker: Mosquitto) -> None:
        self.broker = broker
        self.client: mqtt.Client | None = None
        self.sent: list[Sent] = []
        self.last: dict[str, Sent] = {}

    def connect(self, announce: bool = True) -> None:
        """(Re)connect with a last will ``agent/status`` = offline; announce ``online`` unless told not to."""
        self.client = _connected_client(self.broker.host, self.broker.port, f"car-{uuid.uuid4().hex[:6]}", will=True)
        if announce:
            self.status(topics.ONLINE)

    def status(self, text: str) -> None:
        assert self.client is not None
        self.client.publish(topics.AGENT_STATUS, text, qos=1, retain=True).wait_for_publish(5)

    def publish(self, path: str, value: Any, ts: float) -> Sent:
        assert self.client is not None
        payload = json.dumps({"value": value, "ts": ts}).encode()
        sent = Sent(path, value, ts, time.time(), payload)
        self.client.publish(sig.BY_PATH[path].topic, payload, qos=1, retain=True).wait_for_publish(5)
        self.sent.append(sent)
        self.last[path] = sent
        return sent

    def resend(self, sent: Sent) -> None:
        """The very same bytes again (a duplicate: same ts)."""
        assert self.client is not None
        self.client.publish(sig.BY_PATH[sent.path].topic, sent.payload, qos=1, retain=True).wait_for_publish(5)
        self.sent.append(Sent(sent.path, sent.value, sent.ts, time.time(), sent.payload))

    def crash(self) -> None:
        """Die without DISCONNECT: the broker publishes the last will (``offline``, retained)."""
        if self.client is None:
            return
        client, self.client = self.client, None
        client.loop_stop()
        sock = client.socket()
        if sock is not None:
            sock.close()

    def close(self) -> None:
        if self.client is not None:
            self.client.disconnect()
            self.client.loop_stop()
            self.client = None


@dataclass
class Observed:
    """A message the HMI published, as the observer received it."""

    topic: str
    payload: dict[str, Any]
    seen_at: float


@dataclass
class Observer:
    """A test-side subscriber to the HMI's OTA commands and consent answers.

    A persistent session (clean_session False, QoS 1) on a persistent broker: what the HMI publishes while the
    observer is reconnecting after a broker restart is queued for it, not lost.
    """

    broker: Mosquitto
    client: mqtt.Client | None = None
    seen: list[Observed] = field(default_factory=list)
    client_id: str = field(default_factory=lambda: f"observer-{uuid.uuid4().hex[:6]}")

    def connect(self) -> None:
        client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=self.client_id, clean_session=False)
        client.on_message = self._on_message
        client.on_connect = lambda c, u, f, rc, p: c.subscribe(
            [(topics.SELFUPDATE_DESIRED_STATE_COMMAND, 1), (topics.OWNER_CONSENT_FEEDBACK, 1)]
        )
        client.reconnect_delay_set(0.05, 0.5)
        client.connect(self.broker.host, self.broker.port, keepalive=5)
        client.loop_start()
        self.client = client

    def _on_message(self, client: mqtt.Client, userdata: Any, msg: mqtt.MQTTMessage) -> None:
        self.seen.append(Observed(msg.topic, json.loads(msg.payload), time.time()))

    def commands(self) -> list[str]:
        """Commands and consent answers seen, as "UPDATE" or "consent:APPROVED"."""
        out = []
        for o in list(self.seen):
            body = o.payload["payload"]
            out.append(body["command"] if "command" in body else "consent:" + body["status"])
        return out

    def close(self) -> None:
        if self.client is not None:
            self.client.disconnect()
            self.client.loop_stop()
            self.client = None


class Hmi:
    """The HMI's link, store and OTA core (service + Qt adapter) wired as the app wires them, on ``loop``."""

    def __init__(self, broker: Mosquitto, loop: Any, data_dir: Any, safety_max_age_s: float) -> None:
        from PySide6.QtCore import QTimer

        from hmi.link.client import MqttLink
        from hmi.link.config import BrokerConfig
        from hmi.ui.updates_model import UpdatesModel
        from hmi.updates.link_binding import UpdatesLinkBinding
        from hmi.updates.service import UpdateService
        from hmi.vehicle.store import VehicleStore

        self.store = VehicleStore()
        self.link = MqttLink(self.store, BrokerConfig(broker.host, broker.port), loop=loop)
        self.link.safety_max_age_s = safety_max_age_s
        self.service = UpdateService(data_dir / "ota.sqlite")
        self.model = UpdatesModel(self.service, self.link.publish, tick_ms=250)
        self.binding = UpdatesLinkBinding(self.link, self.model)
        self.timer = QTimer()
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.binding.feed)  # the app's once-a-second re-judgement
        self.timer.start()
        self.link.start()

    @property
    def state(self) -> str:
        return self.model.state

    def close(self) -> None:
        import shiboken6

        self.link.stop()
        self.timer.stop()
        self.model.stop()
        self.service.close()
        # Qt objects are destroyed here, on the GUI thread (never by Python's GC on a paho thread).
        shiboken6.delete(self.model)
        shiboken6.delete(self.timer)


#: Latency allowed between an event and the HMI hearing of it (a message crossing the local broker and the Qt
#: loop picking it up, on a busy CI machine).
LATENCY_S = 0.5
GATED = ("UPDATE", "ACTIVATE", "ROLLBACK")


@dataclass
class Judge:
    """The test's own judgement of when the HMI may take a safety decision — written from the rule, sharing no
    code with the HMI.

    Timeline of what the test did (our clock): ``invalid`` events (broker stopped, HMI link restarted, agent
    said offline or crashed), ``ready`` (the HMI connected and subscribed again), ``online``/``offline`` of the
    agent, and every signal the car sent. A gated decision at ``t`` is justified when, for speed, gear and SoC,
    some payload the car sent satisfies all of:

    * it was news: its ts was newer than every earlier one of that signal;
    * it was sent live: after the HMI was connected and subscribed again following the last interruption of its
      connection (the test marks one at the start, before the HMI first connects);
    * nothing invalidated it between its sending and ``t`` (allowing ``LATENCY_S`` for the HMI to hear of it);
    * at ``t`` it was younger than the bound by its ts and by its time with the HMI:
      ``t ≤ min(ts, sent + LATENCY_S) + bound``;
    * the agent was online at ``t``;

    and its value says parked with enough charge (every value this test sends does).
    """

    car: Car
    bound: float
    events: list[tuple[float, str]] = field(default_factory=list)

    def mark(self, kind: str) -> None:
        self.events.append((time.time(), kind))

    def _last(self, kinds: set[str], before: float) -> tuple[float, str] | None:
        return max((e for e in self.events if e[1] in kinds and e[0] <= before), default=None)

    def why_not(self, t: float) -> str | None:
        """None when a decision at ``t`` is justified, else why not."""
        online = self._last({"online"}, t)
        if online is None:
            return f"agent never online before {t:.3f}"
        gone = [e for e in self.events if e[1] in ("offline", "crash") and online[0] < e[0] <= t - LATENCY_S]
        if gone:
            return f"agent {gone[-1][1]} at {gone[-1][0]:.3f}, before the decision at {t:.3f}"
        for path in (sig.SPEED, sig.GEAR, sig.SOC):
            if not any(self._justifies(s, t) for s in self.car.sent if s.path == path):
                return f"no fresh, live, news {path} at {t:.3f}"
        return None

    def _justifies(self, s: Sent, t: float) -> bool:
        if s.sent_at > t + 0.002:  # decision timestamps are whole milliseconds
            return False
        earlier = [e.ts for e in self.car.sent if e.path == s.path and e.sent_at < s.sent_at]
        if earlier and s.ts <= max(earlier):
            return False
        invalid = self._last({"invalid"}, s.sent_at)  # the HMI's connection was interrupted before it was sent
        if invalid is not None:
            ready = self._last({"ready"}, s.sent_at)
            if ready is None or ready[0] < invalid[0]:
                return False
        if any(kind in ("invalid", "offline", "crash") and s.sent_at < at <= t - LATENCY_S for at, kind in self.events):
            return False
        return t <= min(s.ts, s.sent_at + LATENCY_S) + self.bound


def gated_decisions(observer: Observer) -> list[tuple[float, str]]:
    """``(decision time, what)`` of every UPDATE/ACTIVATE/ROLLBACK command and every consent approval after an
    activity's first (the first approves the download, which needs no conditions)."""
    out: list[tuple[float, str]] = []
    approvals: dict[str, int] = {}
    for o in list(observer.seen):
        body = o.payload["payload"]
        t = o.payload["timestamp"] / 1000
        if o.topic == topics.SELFUPDATE_DESIRED_STATE_COMMAND and body["command"] in GATED:
            out.append((t, body["command"]))
        elif o.topic == topics.OWNER_CONSENT_FEEDBACK and body["status"] == "APPROVED":
            aid = o.payload["activityId"]
            approvals[aid] = approvals.get(aid, 0) + 1
            if approvals[aid] > 1:
                out.append((t, "consent:APPROVED"))
    return out
