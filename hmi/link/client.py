"""The MQTT link to the onboard agent: paho-mqtt 2.x driven by the asyncio loop.

No polling timer and no paho network thread: paho's socket is registered with the running asyncio loop
(``add_reader``/``add_writer``; under the app that loop is qasync's, i.e. the Qt main loop), and
``loop_misc`` runs once a second for keepalive pings. The one blocking step of MQTT — resolving the broker's
name and opening the TCP connection, up to ``CONNECT_TIMEOUT_S`` against an address that never answers — runs
in a worker thread (``hmi.link.connector``); the connected socket is handed to paho on the loop, which then
only sends CONNECT. Every paho callback is wrapped so that an exception is logged and never kills paho's
network handling or the Qt loop, and every entry point from the loop is timed (``timing``).

Responsibilities: connect/reconnect with backoff, subscriptions, validation of every signal into the
``VehicleStore`` (live or retained, per link epoch), agent/HMI presence (``agent/status``, ``hmi/status`` +
LWT), the freshness of the safety decisions' inputs (``safety_inputs``, ``on_safety``; the rule is in
``hmi.vehicle.freshness``), command publishing with pending state and timeout, and routing of the other
contract topics to registered handlers.
"""

from __future__ import annotations

import asyncio
import contextlib
import enum
import functools
import json
import logging
import random
import select
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import paho.mqtt.client as mqtt

from hmi.i18n import QT_TRANSLATE_NOOP, Text
from hmi.link import signals as sig
from hmi.link import topics
from hmi.link.commands import NOT_CONNECTED_MESSAGE, Command, CommandTracker
from hmi.link.config import BrokerConfig
from hmi.link.connector import CONNECT_TIMEOUT_S, Connector, HandoffClient
from hmi.link.timing import CallbackTiming
from hmi.link.validate import DUPLICATE, MAX_PAYLOAD, Accepted, Rejected, decode_signal
from hmi.vehicle.freshness import (
    DECIDING_SIGNALS,
    PARKED_SIGNALS,
    PRECONDITION_SIGNALS,
    SAFETY_MAX_AGE_S,
    SHOW_AGE_AFTER_S,
    WAITING_FOR_DATA,
    ClockCheck,
    SafetyInputs,
    last_known_text,
)
from hmi.vehicle.store import VehicleStore

log = logging.getLogger(__name__)

SUBSCRIPTIONS = (
    "vss/#",
    topics.AGENT_STATUS,
    "services/#",
    topics.COMMAND_PREFIX + "+" + topics.COMMAND_RESULT_SUFFIX,
    "selfupdate/#",
    "deviceupdate/#",
)
RECONNECT_MIN_S = 0.5
RECONNECT_MAX_S = 10.0
# How often presence/staleness and command timeouts are re-evaluated.
HOUSEKEEPING_S = 1.0
# Most packets handled per socket wake-up before yielding to the Qt loop (rendering, input).
MAX_PACKETS_PER_WAKEUP = 200
# ... and at most this long (s): the full retained state at a connect (every signal, each through the store and
# its listeners) took 20 ms in one wake-up; the rest waits one loop pass (the socket stays readable).
DRAIN_BUDGET_S = 0.004
# Bound on remembered topics for once-per-topic logging (an attacker can invent topics).
MAX_LOGGED_TOPICS = 2000
# Commands that start something in the car on the strength of the HMI's data: refused unless the deciding
# signals are fresh (stopping is always allowed).
GATED_COMMANDS: dict[tuple[str, str, str], tuple[str, ...]] = {
    ("precondition_battery", "mode", "FAST_CHARGING_PREPARATION"): PRECONDITION_SIGNALS,
}


class BrokerState(str, enum.Enum):
    """Connection to the broker."""

    CONNECTING = "connecting"
    CONNECTED = "connected"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True)
class LinkStatus:
    """What the UI needs to know about the vehicle link."""

    broker: BrokerState
    agent: str
    """``online``, ``offline`` or ``unknown`` (no ``agent/status`` seen yet)."""
    signals_fresh: bool
    """At least one signal is current: arrived live on this connection within the staleness window."""
    reconnect_in_s: float | None = None
    clock_skew_s: float | None = None
    """How far the agent's clock is off ours when it is so far off that no value can be current (else None)."""
    last_known_s: float | None = None
    """Age of the youngest value on screen (None when nothing ever arrived)."""

    @property
    def lost(self) -> bool:
        """True when the UI must show "vehicle link lost"."""
        return not (self.broker is BrokerState.CONNECTED and self.agent == topics.ONLINE and self.signals_fresh)

    @property
    def key(self) -> str:
        """Which of ``REASONS`` applies."""
        if self.broker is BrokerState.UNREACHABLE:
            return "unreachable"
        if self.broker is BrokerState.CONNECTING:
            return "connecting"
        if self.agent == topics.OFFLINE:
            return "agent-offline"
        if self.agent != topics.ONLINE:
            return "agent-unknown"
        if not self.signals_fresh:
            return "clock" if self.clock_skew_s is not None else "no-data"
        return "connected"

    @property
    def reason(self) -> Text:
        """One short line for the banner (translatable); while lost, with the age of what is shown (from a minute)."""
        reason = Text("link", REASONS[self.key])
        if self.lost and self.last_known_s is not None and self.last_known_s >= SHOW_AGE_AFTER_S:
            return Text("link", REASON_AND_AGE, reason=reason, age=last_known_text(self.last_known_s))
        return reason


# The banner's status lines (context "link").
REASONS = {
    "unreachable": QT_TRANSLATE_NOOP("link", "Broker unreachable — retrying"),
    "connecting": QT_TRANSLATE_NOOP("link", "Connecting to the vehicle"),
    "agent-offline": QT_TRANSLATE_NOOP("link", "Vehicle agent offline"),
    "agent-unknown": QT_TRANSLATE_NOOP("link", "Waiting for the vehicle agent"),
    "no-data": QT_TRANSLATE_NOOP("link", "No data from the vehicle"),
    "clock": QT_TRANSLATE_NOOP("link", "The car's clock does not match this screen's"),
    "connected": QT_TRANSLATE_NOOP("link", "Connected"),
}
#: The banner's status line and how old the values on screen are: "Vehicle agent offline · last known 3 h ago".
REASON_AND_AGE = QT_TRANSLATE_NOOP("link", "{reason} · {age}")


class RejectionLog:
    """Logs each rejection once per topic and kind (later ones, and duplicates, at debug level), with counts."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str], int] = {}
        self.last: dict[str, str] = {}
        self.total = 0

    def record(self, topic: str, rejection: Rejected) -> None:
        """Count and log one rejected payload."""
        self.total += 1
        key = (topic, rejection.kind)
        first = key not in self.counts
        if first and len(self.counts) >= MAX_LOGGED_TOPICS:
            log.debug("rejected %s: %s", topic[:200], rejection.reason)
            return
        self.counts[key] = self.counts.get(key, 0) + 1
        self.last[topic] = rejection.reason
        if first and rejection.kind != DUPLICATE:  # duplicates are expected: retained copies after a reconnect
            log.warning("rejected %s: %s (kept last good value)", topic[:200], rejection.reason)
        else:
            log.debug("rejected %s again: %s", topic[:200], rejection.reason)


def _readable(sock: Any) -> bool:
    """True when ``sock`` has data waiting (poll, not select: file descriptors may exceed FD_SETSIZE)."""
    poller = select.poll()
    poller.register(sock, select.POLLIN)
    return bool(poller.poll(0))


def _forget_queued(client: mqtt.Client, mid: int | None = None) -> int:
    """Drop messages paho keeps to send later (``mid``: that one only); returns how many were dropped.

    paho keeps a QoS 1 message that could not be sent (or was not acknowledged) and sends it when the next
    connection comes up, however late. Every message the HMI sends is about now: a command that was reported
    "not sent" (the driver's input undone) or that left on data that was fresh then (an OTA UPDATE, a
    preconditioning start) must not reach the car minutes later, when the data it rested on may be stale. The
    session is clean anyway, so MQTT promises no delivery across connections. (paho has no public call for this;
    ``tests/link`` pins the behaviour.)
    """
    with client._out_message_mutex:
        queued = client._out_messages
        mids = list(queued) if mid is None else [mid] if mid in queued else []
        for m in mids:
            if queued.pop(m).state in _IN_FLIGHT:
                client._inflight_messages = max(0, client._inflight_messages - 1)
    return len(mids)


#: paho's states of a message that counts against its in-flight window
_IN_FLIGHT = frozenset({mqtt.mqtt_ms_wait_for_puback, mqtt.mqtt_ms_wait_for_pubrec, mqtt.mqtt_ms_wait_for_pubcomp})


def _guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """Callbacks from paho or the loop must never raise: log and carry on."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except Exception:
            log.exception("error in %s (ignored, link keeps running)", func.__name__)
            return None

    return wrapper


MessageHandler = Callable[[str, bytes], None]


class MqttLink:
    """The HMI's one MQTT client. Create, then ``start()`` with a running or set asyncio loop."""

    def __init__(
        self,
        store: VehicleStore,
        config: BrokerConfig,
        *,
        client_id: str | None = None,
        loop: asyncio.AbstractEventLoop | None = None,
        timing: CallbackTiming | None = None,
    ) -> None:
        self.store = store
        self.config = config
        self.loop = loop or asyncio.get_event_loop()
        self.rejections = RejectionLog()
        self.commands = CommandTracker()
        self.agent = "unknown"
        self.broker = BrokerState.CONNECTING
        self.timing = timing or CallbackTiming()
        """Longest time each loop entry point of the link held the GUI thread."""
        self.clock = ClockCheck()
        self.safety_max_age_s = SAFETY_MAX_AGE_S
        """The freshness bound of safety decisions (the constant; tests shorten it to run faster)."""
        self._handlers: list[tuple[str, MessageHandler]] = []
        self._status_listeners: list[Callable[[LinkStatus], None]] = []
        self._command_listeners: list[Callable[[Command], None]] = []
        self._safety_listeners: list[Callable[[], None]] = []
        self._ignored_topics: set[str] = set()
        self._backoff = RECONNECT_MIN_S
        self._reconnect_handle: asyncio.TimerHandle | None = None
        self._reconnect_at: float | None = None
        self._misc_task: asyncio.Task[None] | None = None
        self._housekeeping: asyncio.TimerHandle | None = None
        self._safety_timer: asyncio.TimerHandle | None = None
        self._safety_due: float | None = None
        self._safety_key: tuple[Any, ...] | None = None
        self._last_status: tuple[Any, ...] | None = None
        self._stopped = True
        self._connector = Connector(self.loop)
        self._skew_logged = False
        self.connect_count = 0

        self.client = HandoffClient(
            mqtt.CallbackAPIVersion.VERSION2,
            client_id=client_id or f"hmi-{random.getrandbits(32):08x}",
            clean_session=True,
            protocol=mqtt.MQTTv311,
        )
        # Our own guard logs; this keeps paho's network loop alive if one slips through.
        self.client.suppress_exceptions = True
        self.client.connect_timeout = CONNECT_TIMEOUT_S
        if config.username:
            self.client.username_pw_set(config.username, config.password)
        self.client.connect_async(config.host, config.port, config.keepalive_s)  # only stores the address
        self.client.will_set(topics.HMI_STATUS, topics.OFFLINE, qos=1, retain=True)
        self.client.on_connect = _guarded(self._on_connect)
        self.client.on_disconnect = _guarded(self._on_disconnect)
        self.client.on_message = _guarded(self._on_message)
        self.client.on_socket_open = _guarded(self._on_socket_open)
        self.client.on_socket_close = _guarded(self._on_socket_close)
        self.client.on_socket_register_write = _guarded(self._on_socket_register_write)
        self.client.on_socket_unregister_write = _guarded(self._on_socket_unregister_write)

    def _entry(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        """A loop entry point: guarded (never raises into the loop) and timed."""
        return self.timing.wrap(name, _guarded(func))

    # ------------------------------------------------------------------ public API
    def start(self) -> None:
        """Begin connecting; returns at once. Failures are retried with backoff."""
        self._stopped = False
        self._connect()
        self._schedule_housekeeping()

    def stop(self) -> None:
        """Publish ``hmi/status`` offline, disconnect cleanly and cancel every timer."""
        self._stopped = True
        for handle in (self._reconnect_handle, self._housekeeping, self._safety_timer):
            if handle is not None:
                handle.cancel()
        self._reconnect_handle = self._housekeeping = self._safety_timer = None
        self._safety_due = None
        self._connector.close()
        if self.broker is BrokerState.CONNECTED:
            self.client.publish(topics.HMI_STATUS, topics.OFFLINE, qos=0, retain=True)
            self.client.disconnect()
            # Flush the disconnect synchronously: the loop may not run again.
            for _ in range(3):
                if self.client.loop_write() != mqtt.MQTT_ERR_SUCCESS:
                    break
        sock = self.client.socket()
        if sock is not None:
            self._remove_socket(sock)
        if self._misc_task is not None:
            self._misc_task.cancel()
            self._misc_task = None
        self.broker = BrokerState.CONNECTING
        self.store.invalidate()

    def add_handler(self, prefix: str, handler: MessageHandler) -> None:
        """Route messages whose topic starts with ``prefix`` (non-VSS topics) to ``handler(topic, payload)``."""
        self._handlers.append((prefix, handler))

    def on_status(self, listener: Callable[[LinkStatus], None]) -> None:
        """Call ``listener(status)`` whenever the link status changes."""
        self._status_listeners.append(listener)

    def on_command(self, listener: Callable[[Command], None]) -> None:
        """Call ``listener(command)`` when a command is sent, answered or times out."""
        self._command_listeners.append(listener)

    def on_safety(self, listener: Callable[[], None]) -> None:
        """Call ``listener()`` when the freshness of a deciding signal or the link/agent state changes.

        Values changing while fresh are store updates (``VehicleStore.subscribe``); this reports what the store
        cannot: a value going stale because nothing arrived, at the moment it does.
        """
        self._safety_listeners.append(listener)

    def safety_inputs(self, paths: Iterable[str]) -> SafetyInputs:
        """The inputs of a safety decision on ``paths`` (deciding signals), judged now."""
        now = time.time()
        values: dict[str, Any] = {}
        missing: list[str] = []
        valid_for = self.safety_max_age_s
        for path in paths:
            left = self.store.current_for(path, self.safety_max_age_s)
            if left > 0.0:
                values[path] = self.store.get(path)
                valid_for = min(valid_for, left)
            else:
                missing.append(path)
        connected = self.broker is BrokerState.CONNECTED
        online = self.agent == topics.ONLINE
        return SafetyInputs(values, tuple(missing), connected, online, now, valid_for)

    def parked(self) -> bool:
        """Fresh data says the car is parked and not moving (text entry may be unlocked)."""
        inputs = self.safety_inputs(PARKED_SIGNALS)
        return inputs.parked(inputs.measured_at)

    def text_entry_lock(self) -> tuple[bool, str]:
        """``(locked, why)``: text entry unlocks only on fresh "parked, not moving" from an online car. ``why`` is
        "Waiting for current data from the car" when the data is not fresh, empty when the car moves (the
        screen says that itself) or when unlocked."""
        inputs = self.safety_inputs(PARKED_SIGNALS)
        locked = not inputs.parked(inputs.measured_at)
        return locked, WAITING_FOR_DATA if locked and not inputs.ok else ""

    def publish(self, topic: str, payload: Any, *, qos: int = 1, retain: bool = False) -> bool:
        """Publish JSON (or raw bytes/str) on ``topic``; False when not connected."""
        if topic.startswith(sig.VSS_TOPIC_PREFIX):
            raise ValueError("the HMI never publishes vehicle signals")
        if isinstance(payload, bytes | str):
            data = payload
        else:
            data = json.dumps(payload, separators=(",", ":"), allow_nan=False)
        if self.broker is not BrokerState.CONNECTED:
            log.info("not connected: dropped publish on %s", topic)
            return False
        info = self.client.publish(topic, data, qos=qos, retain=retain)
        if info.rc != mqtt.MQTT_ERR_SUCCESS:
            _forget_queued(self.client, info.mid)  # reported as not sent: it must never go out later
            return False
        return True

    def send_command(self, name: str, **params: Any) -> Command:
        """Send a contract command; the returned ``Command`` is pending until its result or timeout.

        A command that starts something on the strength of our data (``GATED_COMMANDS``) is refused at once,
        as ``failed`` with "Waiting for current data from the car", unless its deciding signals are fresh.
        """
        cmd, topic, payload = self.commands.create(name, params, time.monotonic(), time.time())
        deciding = next((paths for (n, k, v), paths in GATED_COMMANDS.items() if n == name and params.get(k) == v), ())
        if deciding and not self.safety_inputs(deciding).ok:
            log.warning("command %s refused: its deciding signals are not fresh", name)
            self.commands.pending.pop(cmd.id, None)
            cmd.state, cmd.message, cmd.sent = "failed", WAITING_FOR_DATA, False
        elif not self.publish(topic, payload, qos=1):
            self.commands.pending.pop(cmd.id, None)
            cmd.state, cmd.message, cmd.sent = "failed", NOT_CONNECTED_MESSAGE, False
        self._notify_command(cmd)
        return cmd

    @property
    def status(self) -> LinkStatus:
        """Current link status (computed now)."""
        reconnect_in = None
        if self._reconnect_at is not None:
            reconnect_in = max(0.0, self._reconnect_at - time.monotonic())
        return LinkStatus(
            self.broker,
            self.agent,
            self.store.any_current(),
            reconnect_in,
            self.clock.skew(time.monotonic()),
            self.store.newest_age(),
        )

    # ------------------------------------------------------------------ connection
    def _connect(self) -> None:
        self._reconnect_handle = None
        self._reconnect_at = None
        if self._stopped or self._connector.busy:
            return
        self.broker = BrokerState.CONNECTING
        # DNS and the TCP connect in the worker thread; paho takes the socket on the loop.
        self._connector.start(
            self.config.host, self.config.port, CONNECT_TIMEOUT_S, self._entry("connected_tcp", self._on_tcp)
        )
        self._publish_status()

    def _on_tcp(self, sock: socket.socket | None, error: BaseException | None) -> None:
        if self._stopped:
            if sock is not None:
                sock.close()
            return
        if sock is None:
            log.info("broker %s not reachable (%s)", self.config.address, error)
            self._unreachable()
            return
        try:
            self.client.hand_over(sock)  # non-blocking socket; sends CONNECT, CONNACK arrives on the loop
        except (OSError, ValueError) as exc:
            log.info("broker %s: could not start MQTT (%s)", self.config.address, exc)
            self._unreachable()

    def _unreachable(self) -> None:
        self.broker = BrokerState.UNREACHABLE
        self._schedule_reconnect()
        self._publish_status()

    def _schedule_reconnect(self) -> None:
        if self._stopped or self._reconnect_handle is not None:
            return
        delay = self._backoff * random.uniform(0.8, 1.2)
        self._backoff = min(self._backoff * 2, RECONNECT_MAX_S)
        self._reconnect_at = time.monotonic() + delay
        self._reconnect_handle = self.loop.call_later(delay, self._entry("reconnect", self._connect))

    def _on_connect(self, client: mqtt.Client, userdata: Any, flags: Any, reason: Any, props: Any) -> None:
        if reason.is_failure:
            log.warning("broker refused the connection: %s", reason)
            self.broker = BrokerState.UNREACHABLE
            self._publish_status()
            return
        self.connect_count += 1
        self._backoff = RECONNECT_MIN_S
        self.broker = BrokerState.CONNECTED
        dropped = _forget_queued(client)
        if dropped:
            log.warning("%d message(s) from before the connection dropped, not sent late", dropped)
        # A new connection: what we knew is "last known" until the car says it again live; the broker's
        # retained copies are replays, and the agent may have restarted with another clock.
        self.store.invalidate()
        self.clock.reset()
        log.info("connected to broker %s", self.config.address)
        client.subscribe([(t, 1) for t in SUBSCRIPTIONS])
        client.publish(topics.HMI_STATUS, topics.ONLINE, qos=1, retain=True)
        self._publish_status()

    def _on_disconnect(self, client: mqtt.Client, userdata: Any, flags: Any, reason: Any, props: Any) -> None:
        if self._stopped:
            return
        log.warning("disconnected from broker (%s); reconnecting", reason)
        self.broker = BrokerState.UNREACHABLE
        # Presence is unknown until retained messages arrive again after reconnecting, and nothing that
        # arrived so far can be current any more.
        self.agent = "unknown"
        self.store.invalidate()
        self._schedule_reconnect()
        self._publish_status()

    # ------------------------------------------------------------------ socket glue (paho ↔ asyncio)
    def _on_socket_open(self, client: mqtt.Client, userdata: Any, sock: Any) -> None:
        self.loop.add_reader(sock, self._entry("socket_readable", self._read_available))
        if self._misc_task is None or self._misc_task.done():
            self._misc_task = self.loop.create_task(self._misc_loop())

    def _read_available(self) -> None:
        # paho reads one packet per loop_read(); under load one packet per event-loop pass caps
        # throughput at a few hundred messages/s. Drain what is already buffered (bounded, so a
        # flood cannot starve rendering), then return to the loop.
        deadline = time.perf_counter() + DRAIN_BUDGET_S
        for _ in range(MAX_PACKETS_PER_WAKEUP):
            if self.client.loop_read() != mqtt.MQTT_ERR_SUCCESS or time.perf_counter() > deadline:
                return
            sock = self.client.socket()
            if sock is None or not _readable(sock):
                return

    def _on_socket_close(self, client: mqtt.Client, userdata: Any, sock: Any) -> None:
        self._remove_socket(sock)

    def _remove_socket(self, sock: Any) -> None:
        try:
            self.loop.remove_reader(sock)
            self.loop.remove_writer(sock)
        except (ValueError, OSError):  # already closed
            pass

    def _on_socket_register_write(self, client: mqtt.Client, userdata: Any, sock: Any) -> None:
        self.loop.add_writer(sock, self._entry("socket_writable", client.loop_write))

    def _on_socket_unregister_write(self, client: mqtt.Client, userdata: Any, sock: Any) -> None:
        with contextlib.suppress(ValueError, OSError):
            self.loop.remove_writer(sock)

    async def _misc_loop(self) -> None:
        # paho's keepalive/ping and retry handling (also gives up on a CONNECT that gets no CONNACK within the
        # keepalive); returns when the socket is gone.
        misc = self.timing.wrap("keepalive", self.client.loop_misc)
        while not self._stopped:
            try:
                rc = misc()
            except Exception:
                log.exception("paho loop_misc failed (ignored)")
                rc = mqtt.MQTT_ERR_SUCCESS
            if rc != mqtt.MQTT_ERR_SUCCESS and self.client.socket() is None:
                if self.broker is BrokerState.CONNECTED:
                    self._on_disconnect(self.client, None, None, "keepalive timeout", None)
                return
            await asyncio.sleep(1.0)

    # ------------------------------------------------------------------ messages
    def _on_message(self, client: mqtt.Client, userdata: Any, msg: mqtt.MQTTMessage) -> None:
        try:
            topic = msg.topic
        except UnicodeDecodeError:
            log.warning("ignored a message whose topic is not UTF-8")
            return
        self.dispatch(topic, msg.payload, retained=bool(msg.retain))

    def dispatch(self, topic: str, payload: bytes, *, retained: bool = False) -> None:
        """Handle one incoming message (public for the benchmark and tests of routing).

        ``retained``: the broker delivered a stored copy (MQTT sets the flag only on those), not a live one.
        """
        if topic.startswith(sig.VSS_TOPIC_PREFIX):
            self._on_signal(topic, payload, retained)
        elif topic == topics.AGENT_STATUS:
            self._on_agent_status(payload)
        elif topic.startswith(topics.COMMAND_PREFIX) and topic.endswith(topics.COMMAND_RESULT_SUFFIX):
            name = topic[len(topics.COMMAND_PREFIX) : -len(topics.COMMAND_RESULT_SUFFIX)]
            result = self.commands.on_result(name, payload)
            if isinstance(result, Rejected):
                self.rejections.record(topic, result)
            else:
                self._notify_command(result)
        else:
            handled = False
            for prefix, handler in self._handlers:
                if topic.startswith(prefix):
                    if len(payload) > MAX_PAYLOAD:
                        self.rejections.record(topic, Rejected(f"payload of {len(payload)} bytes is too large", "size"))
                        return
                    _guarded(handler)(topic, payload)
                    handled = True
            if not handled:
                self._ignore(topic)

    def _on_signal(self, topic: str, payload: bytes, retained: bool) -> None:
        signal = sig.BY_TOPIC.get(topic)
        if signal is None:
            self._ignore(topic)
            return
        now = time.time()
        result = decode_signal(signal, payload, last_ts=self.store.last_ts(signal.path), now=now)
        if isinstance(result, Accepted):
            if not retained:
                self.clock.observe(now - result.ts, time.monotonic())
            was_fresh = self._last_status is not None and self._last_status[2]
            self.store.update(signal.path, result.value, result.ts, retained=retained)
            if not was_fresh and not retained:
                self._publish_status()
            if signal.path in DECIDING_SIGNALS:
                self._check_safety()
        else:
            if result.kind == "ts" and result.ts is not None and not retained:
                self.clock.observe(now - result.ts, time.monotonic())  # stamped too far in our future
            self.rejections.record(topic, result)

    def _on_agent_status(self, payload: bytes) -> None:
        try:
            text = payload.decode("utf-8").strip().strip('"')
        except UnicodeDecodeError:
            text = ""
        if text not in (topics.ONLINE, topics.OFFLINE):
            self.rejections.record(topics.AGENT_STATUS, Rejected(f"unknown agent status {text[:30]!r}", "range"))
            return
        if text != self.agent:
            log.info("vehicle agent is %s", text)
        if text == topics.OFFLINE:
            # The agent's last words (or its will): nothing it said before is current any more.
            self.store.invalidate()
        self.agent = text
        self._publish_status()

    def _ignore(self, topic: str) -> None:
        if topic not in self._ignored_topics and len(self._ignored_topics) < MAX_LOGGED_TOPICS:
            self._ignored_topics.add(topic)
            log.debug("ignored message on unknown topic %s", topic[:200])

    # ------------------------------------------------------------------ status, safety & housekeeping
    def _schedule_housekeeping(self) -> None:
        if not self._stopped:
            self._housekeeping = self.loop.call_later(HOUSEKEEPING_S, self._entry("housekeeping", self._housekeep))

    def _housekeep(self) -> None:
        for cmd in self.commands.expire(time.monotonic()):
            self._notify_command(cmd)
        self._publish_status()
        self._check_skew()
        self._schedule_housekeeping()

    def _check_skew(self) -> None:
        skew = self.clock.skew(time.monotonic())
        if skew is not None and not self._skew_logged:
            ahead_behind = "behind" if skew > 0 else "ahead of"
            log.warning(
                "the vehicle's clock is %.0f s %s this screen's: no value can count as current", abs(skew), ahead_behind
            )
        self._skew_logged = skew is not None

    def _publish_status(self) -> None:
        status = self.status
        age = None if status.last_known_s is None or not status.lost else str(status.reason)
        comparable = (status.broker, status.agent, status.signals_fresh, status.clock_skew_s is not None, age)
        if self._last_status == comparable:
            return
        self._last_status = comparable
        for listener in self._status_listeners:
            _guarded(listener)(status)
        self._check_safety()

    def _check_safety(self) -> None:
        """Tell the safety listeners when the fresh set of deciding signals or the link state changed, and
        come back exactly when the next fresh one will go stale."""
        fresh: list[str] = []
        due: float | None = None
        for path in sorted(DECIDING_SIGNALS):
            left = self.store.current_for(path, self.safety_max_age_s)
            if left > 0.0:
                fresh.append(path)
                due = left if due is None else min(due, left)
        key = (self.broker, self.agent, tuple(fresh))
        if key != self._safety_key:
            self._safety_key = key
            for listener in self._safety_listeners:
                _guarded(listener)()
        if due is not None and not self._stopped:
            at = time.monotonic() + due + 0.001
            if self._safety_due is None or at < self._safety_due:
                if self._safety_timer is not None:
                    self._safety_timer.cancel()
                self._safety_due = at
                self._safety_timer = self.loop.call_later(due + 0.001, self._entry("freshness", self._safety_expired))

    def _safety_expired(self) -> None:
        self._safety_timer = self._safety_due = None
        self._check_safety()

    def _notify_command(self, cmd: Command) -> None:
        for listener in self._command_listeners:
            _guarded(listener)(cmd)
