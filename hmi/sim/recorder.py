"""``hmi sim --record FILE``: capture the car's MQTT traffic into a scenario that replays faithfully.

The recorder subscribes to the agent's side of the contract (``RECORDED_FILTERS`` in ``hmi.sim.scenario``)
with MQTT 5 "retain as published", so every message keeps the retain flag its publisher set. The retained
state the broker holds when recording starts becomes ``recording.retained``; then every message is stored
with its time offset: ``recording.messages = [[t, topic, payload, retain], …]``. ``SimAgent`` replays such
a scenario (the retained state first, then each message at its offset, payload timestamps shifted to now).

How the retained snapshot is told apart from live traffic: right after the subscription the recorder
publishes a marker to a private topic it also subscribes to. The broker sends the retained messages of a
subscription before anything published after it, so whatever arrives before the marker is the snapshot.
(If the broker's ACL forbids the marker, a short timeout ends the snapshot instead.)
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import paho.mqtt.client as mqtt
from paho.mqtt.subscribeoptions import SubscribeOptions

from hmi.link.config import BrokerConfig
from hmi.sim.scenario import (
    MAX_RECORDED_MESSAGES,
    MAX_RECORDED_PAYLOAD,
    RECORDED_FILTERS,
    encode_payload,
    encode_payload_json,
    is_recordable,
)

log = logging.getLogger(__name__)

#: How long to wait for the marker before treating what arrived as the retained snapshot.
SNAPSHOT_TIMEOUT_S = 2.0


class Recorder:
    """Records car-side traffic from a broker; ``start()``, let it run, ``stop()``, then ``save(path)``."""

    def __init__(
        self,
        config: BrokerConfig,
        *,
        client_id: str | None = None,
        max_messages: int = MAX_RECORDED_MESSAGES,
    ) -> None:
        self.config = config
        self.max_messages = max_messages
        self._marker_topic = f"hmi-recorder/{uuid.uuid4().hex}/marker"
        self._lock = threading.Lock()
        self._snapshot_done = threading.Event()
        self._connected = threading.Event()
        self.retained: dict[str, bytes] = {}
        self.messages: list[tuple[float, str, bytes, bool]] = []
        self.started_at: float | None = None
        self._t0: float | None = None
        self.stopped_at: float | None = None
        self.skipped = 0
        """Messages not recorded: too large, undecodable topic, or over ``max_messages``."""
        self.full = False
        self.client = mqtt.Client(
            mqtt.CallbackAPIVersion.VERSION2,
            client_id=client_id or f"hmi-recorder-{uuid.uuid4().hex[:8]}",
            protocol=mqtt.MQTTv5,
        )
        if config.username:
            self.client.username_pw_set(config.username, config.password)
        self.client.on_connect = self._on_connect
        self.client.on_subscribe = self._on_subscribe
        self.client.on_message = self._on_message

    # ------------------------------------------------------------------ lifecycle
    def start(self, timeout: float = 10.0) -> Recorder:
        """Connect, subscribe, and return once the retained snapshot is in (recording runs from then)."""
        self.client.connect(self.config.host, self.config.port, keepalive=30)
        self.client.loop_start()
        if not self._connected.wait(timeout):
            self.client.loop_stop()
            raise TimeoutError(f"no connection to the broker at {self.config.address}")
        if not self._snapshot_done.wait(SNAPSHOT_TIMEOUT_S):
            log.warning("recorder: no marker echo (broker ACL?); the retained snapshot ends here")
            self._end_snapshot()
        return self

    def stop(self) -> None:
        """Stop recording and disconnect."""
        with self._lock:
            if self.stopped_at is None:
                self.stopped_at = time.monotonic()
        self.client.disconnect()
        self.client.loop_stop()

    @property
    def elapsed(self) -> float:
        """Seconds recorded so far."""
        if self._t0 is None:
            return 0.0
        end = self.stopped_at if self.stopped_at is not None else time.monotonic()
        return end - self._t0

    # ------------------------------------------------------------------ paho callbacks (network thread)
    def _on_connect(self, client: mqtt.Client, userdata: Any, flags: Any, reason: Any, props: Any) -> None:
        if reason.is_failure:
            log.error("recorder: broker refused the connection: %s", reason)
            return
        options = SubscribeOptions(qos=1, retainAsPublished=True)
        # One SUBSCRIBE for everything, so the broker sends all retained messages before any later one.
        client.subscribe([(f, options) for f in (*RECORDED_FILTERS, self._marker_topic)])
        self._connected.set()

    def _on_subscribe(self, client: mqtt.Client, userdata: Any, mid: int, reasons: Any, props: Any) -> None:
        if self._t0 is None:
            client.publish(self._marker_topic, b"", qos=0)

    def _end_snapshot(self) -> None:
        with self._lock:
            if self._t0 is None:
                self._t0 = time.monotonic()
                self.started_at = time.time()
        self._snapshot_done.set()

    def _on_message(self, client: mqtt.Client, userdata: Any, msg: mqtt.MQTTMessage) -> None:
        try:
            topic = msg.topic
        except UnicodeDecodeError:
            self.skipped += 1
            return
        if topic == self._marker_topic:
            self._end_snapshot()
            return
        if not is_recordable(topic):  # the HMI's own commands to the car
            return
        payload = bytes(msg.payload)
        if len(payload) > MAX_RECORDED_PAYLOAD:
            self.skipped += 1
            log.warning(
                "recorder: skipped a %d-byte message on %s (limit %d)", len(payload), topic, MAX_RECORDED_PAYLOAD
            )
            return
        with self._lock:
            if self.stopped_at is not None:
                return
            if self._t0 is None:
                if msg.retain:  # the broker's retained state: the snapshot
                    if payload:
                        self.retained[topic] = payload
                    else:
                        self.retained.pop(topic, None)
                    return
                t = 0.0  # live traffic that arrived with the snapshot
            else:
                t = time.monotonic() - self._t0
            if len(self.messages) >= self.max_messages:
                if not self.full:
                    log.warning("recorder: %d messages recorded, the limit; stopping here", self.max_messages)
                self.full = True
                self.skipped += 1
                return
            self.messages.append((round(t, 4), topic, payload, bool(msg.retain)))

    # ------------------------------------------------------------------ output
    def scenario(self, name: str, description: str = "", *, with_messages: bool = True) -> dict[str, Any]:
        """The recording as scenario data (the schema of ``hmi.sim.scenario``)."""
        with self._lock:
            messages = list(self.messages)
            retained = dict(self.retained)
        duration = max(self.elapsed, messages[-1][0] if messages else 0.0)
        count = len(messages)
        if not with_messages:  # the header only (``save`` streams the messages itself)
            messages, retained = [], {}
        return {
            "name": name,
            "description": description
            or f"Recorded from {self.config.address} on {time.strftime('%Y-%m-%d %H:%M', time.localtime())}: "
            f"{count} messages over {duration:.0f} s",
            "recording": {
                "source": f"mqtt://{self.config.address}",
                "started_at": round(self.started_at or time.time(), 4),
                "duration": round(duration, 4),
                "loop": False,
                "retained": {topic: encode_payload(p) for topic, p in retained.items()},
                "messages": [[t, topic, encode_payload(p), retain] for t, topic, p, retain in messages],
            },
        }

    def save(self, path: Path, name: str | None = None, description: str = "") -> Path:
        """Write the scenario file (one message per line, so errors point at a useful line)."""
        with self._lock:
            messages = list(self.messages)
            retained = dict(self.retained)
        header = self.scenario(name or scenario_name_for(path), description, with_messages=False)
        rec = header["recording"]
        lines = ["{"]
        lines.append(f'  "name": {json.dumps(header["name"])},')
        lines.append(f'  "description": {json.dumps(header["description"], ensure_ascii=False)},')
        lines.append('  "recording": {')
        for key in ("source", "started_at", "duration", "loop"):
            lines.append(f"    {json.dumps(key)}: {json.dumps(rec[key])},")
        lines.append('    "retained": {')
        for i, (topic, payload) in enumerate(retained.items()):
            comma = "," if i < len(retained) - 1 else ""
            lines.append(f"      {json.dumps(topic, ensure_ascii=False)}: {encode_payload_json(payload)}{comma}")
        lines.append("    },")
        lines.append('    "messages": [')
        last = len(messages) - 1
        quoted: dict[str, str] = {}  # a drive has a few dozen topics
        for i, (t, topic, payload, retain) in enumerate(messages):
            name_json = quoted.get(topic) or quoted.setdefault(topic, json.dumps(topic, ensure_ascii=False))
            flag = "true" if retain else "false"
            comma = "," if i < last else ""
            lines.append(f"      [{t!r}, {name_json}, {encode_payload_json(payload)}, {flag}]{comma}")
        lines.append("    ]")
        lines.append("  }")
        lines.append("}")
        path = Path(path)
        if path.parent != Path():
            path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".part")
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
        tmp.replace(path)
        return path


def scenario_name_for(path: Path) -> str:
    """A valid scenario name from a file name (``My Drive.json`` → ``my-drive``)."""
    name = re.sub(r"[^a-z0-9-]+", "-", Path(path).stem.lower()).strip("-")[:60]
    return name if name and name[0].isalnum() else "recording"


def record(
    config: BrokerConfig,
    path: Path,
    *,
    duration_s: float | None = None,
    progress: bool = True,
    stop: threading.Event | None = None,
) -> Path:
    """Record until ``duration_s`` (or Ctrl+C / ``stop``), then save ``path``; the CLI's ``--record``."""
    import sys

    recorder = Recorder(config).start()
    stop = stop or threading.Event()
    try:
        while not stop.is_set() and not recorder.full:
            if duration_s is not None and recorder.elapsed >= duration_s:
                break
            if progress:
                print(
                    f"\rrecording {config.address}: {recorder.elapsed:6.1f} s, {len(recorder.messages)} messages",
                    end="",
                    file=sys.stderr,
                    flush=True,
                )
            stop.wait(0.25 if duration_s is None else min(0.25, max(0.0, duration_s - recorder.elapsed)))
    except KeyboardInterrupt:
        pass
    finally:
        recorder.stop()
        if progress:
            print(file=sys.stderr)
    written = recorder.save(path)
    log.info("recorded %d messages over %.1f s into %s", len(recorder.messages), recorder.elapsed, written)
    return written
