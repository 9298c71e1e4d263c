"""A small paho client for the kiosk tests: log in as one broker user, collect messages."""

from __future__ import annotations

import json
import queue
import time
import uuid

import paho.mqtt.client as mqtt

TIMEOUT = 5.0


class Client:
    """A paho client logged in as one user, collecting received messages."""

    def __init__(self, broker, user: str | None, password: str | None = None) -> None:
        self.messages: queue.Queue[tuple[str, bytes]] = queue.Queue()
        self.connected: queue.Queue[object] = queue.Queue()
        self.subscribed: queue.Queue[list] = queue.Queue()
        self.c = mqtt.Client(
            mqtt.CallbackAPIVersion.VERSION2, client_id=f"test-{user}-{uuid.uuid4().hex[:8]}", protocol=mqtt.MQTTv5
        )
        if user is not None:
            self.c.username_pw_set(user, password if password is not None else broker.passwords[user])
        self.c.on_connect = lambda c, u, flags, rc, props: self.connected.put(rc)
        self.c.on_message = lambda c, u, msg: self.messages.put((msg.topic, msg.payload))
        self.c.on_subscribe = lambda c, u, mid, rcs, props: self.subscribed.put(rcs)
        self.c.connect(broker.host, broker.port, keepalive=30)
        self.c.loop_start()
        self.rc = self.connected.get(timeout=TIMEOUT)

    @property
    def ok(self) -> bool:
        return not self.rc.is_failure

    def subscribe(self, *topics: str) -> list:
        self.c.subscribe([(t, 1) for t in topics])
        return self.subscribed.get(timeout=TIMEOUT)

    def publish(self, topic: str, payload: object, retain: bool = False) -> None:
        info = self.c.publish(topic, json.dumps(payload), qos=1, retain=retain)
        info.wait_for_publish(TIMEOUT)  # the broker has the message (and routed it, or dropped it)
        assert info.is_published()

    def received_before_sentinel(self, sentinel_topic: str, token: str) -> list[str]:
        """Topics received until the sentinel with ``token`` arrives."""
        seen = []
        deadline = time.monotonic() + TIMEOUT
        while True:
            topic, payload = self.messages.get(timeout=max(0.01, deadline - time.monotonic()))
            if topic == sentinel_topic and json.loads(payload).get("token") == token:
                return seen
            seen.append(topic)

    def close(self) -> None:
        self.c.disconnect()
        self.c.loop_stop()
