"""The simulated onboard agent: publishes the contract's signals, plays scenarios, honours commands.

It is a separate program (``hmi sim``), so it uses paho's own network thread;
the HMI process never does. In tests the ``agent`` fixture runs one in-process
in manual mode: nothing moves unless the test says so.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

import paho.mqtt.client as mqtt

from hmi import daylight
from hmi.link import signals as sig
from hmi.link import topics
from hmi.link.config import BrokerConfig
from hmi.nav.ev.battery_sim import SimBattery
from hmi.sim import physics
from hmi.sim.drive import DrivePath, concat
from hmi.sim.navigation_follower import ChargingStop, NavigationFollower, RouteProvider
from hmi.sim.scenario import DRIVER_ACTIONS, Event, Recording, Scenario, shift_timestamps

log = logging.getLogger(__name__)

TICK_S = 0.1
#: Packets paho may hold unsent before a tick's signal values are skipped (a few MB at most).
MAX_QUEUED_MESSAGES = 2000


def signal_values(state: physics.CarState, spec: physics.CarSpec) -> dict[str, Any]:
    """Every contract signal's current value from the simulated car's state."""
    values: dict[str, Any] = {
        sig.SPEED: round(state.speed_kmh, 1),
        sig.ODOMETER: round(state.odometer_km, 2),
        sig.LATITUDE: round(state.lat, 7),
        sig.LONGITUDE: round(state.lon, 7),
        sig.HEADING: round(state.heading % 360.0, 1),
        sig.GEAR: state.gear,
        sig.SOC: round(state.soc, 1),
        sig.ENERGY: round(state.soc / 100 * spec.capacity_kwh, 2),
        sig.NET_CAPACITY: round(spec.capacity_kwh),
        sig.SOH: round(state.soh, 1),
        sig.RANGE: physics.range_m(state, spec),
        sig.BATTERY_TEMP: round(state.battery_temp, 1),
        sig.BATTERY_POWER: round(state.battery_power_w, 0),
        sig.IS_CHARGING: state.charging,
        sig.CABLE_CONNECTED: state.cable,
        sig.CHARGE_LIMIT: state.charge_limit,
        sig.TIME_TO_COMPLETE: state.time_to_complete_s if state.charging else 0,
        sig.CONDITIONING_MODE: state.conditioning,
        sig.MOTOR_TEMP: round(state.motor_temp, 1),
        sig.LV_VOLTAGE: round(state.lv_voltage, 2),
        sig.DTC_LIST: list(state.dtcs),
        sig.SERVICE_DISTANCE: round(state.service_km, 1),
        sig.OUTSIDE_TEMP: round(state.outside_temp, 1),
        sig.CABIN_TEMP: round(state.cabin_temp, 1),
        sig.LIGHT: state.light_pct
        if state.light_pct is not None
        else daylight.light_percent(state.lat, state.lon, time.time()),
    }
    tyre_temp = state.outside_temp + (15.0 if state.speed_kmh > 5 else 3.0)
    for key, row, side, _label in sig.TYRES:
        kpa = physics.tyre_pressure_at(state.tyres_kpa[key], tyre_temp)
        values[sig.tyre_pressure(row, side)] = max(0, round(kpa))
        values[sig.tyre_low(row, side)] = state.tyres_kpa[key] < physics.NOMINAL_TYRE_KPA * 0.8
    return values


def _replay_qos(topic: str) -> int:
    """The QoS a replay publishes ``topic`` with: 1 for ``agent/status`` (as the live agent), 0 for the rest.

    The same rule for the snapshot and the messages keeps the recorded order. paho holds QoS 1 messages beyond 20
    in flight until they are acknowledged while QoS 0 ones go out at once (mosquitto does the same towards a
    subscriber), so a QoS 1 snapshot of more than 20 topics was overtaken by the first recorded messages on a
    busy machine.
    """
    return 1 if topic == topics.AGENT_STATUS else 0


class Replay:
    """Playback position in a recorded scenario (``Scenario.recording``).

    ``state`` is the retained state at the current position (what a reconnect republishes); the payload
    timestamps are shifted by one constant per pass, so their order and spacing stay as recorded.
    """

    def __init__(self, recording: Recording) -> None:
        self.recording = recording
        self.state: dict[str, tuple[bytes, bool]] = {topic: (payload, True) for topic, payload in recording.retained}
        self.index = 0
        self.pass_start = 0.0
        """Agent time (``SimAgent.t``) at which the current pass began."""
        self.shift: float | None = None
        """Seconds added to payload timestamps in this pass; fixed at the first publish."""

    def next_in(self, t: float) -> float | None:
        """Seconds from agent time ``t`` to the next recorded message (None when none is left)."""
        messages = self.recording.messages
        if self.index >= len(messages):
            if self.recording.loop:
                return max(0.0, self.pass_start + self.recording.duration - t)
            return None
        return max(0.0, self.pass_start + messages[self.index].t - t)

    def shifted(self, payload: bytes, t: float) -> bytes:
        """``payload`` with its timestamps moved to now; the shift is fixed by the first call of a pass."""
        if self.shift is None:
            self.shift = time.time() - (self.recording.started_at + (t - self.pass_start))
        return shift_timestamps(payload, self.shift)


class SimAgent:
    """A simulated agent connected to the broker.

    ``path_provider(scenario)`` returns the ``DrivePath`` for a scenario's
    waypoints (the CLI wires the offline router in; tests may give a path).
    """

    def __init__(
        self,
        config: BrokerConfig,
        scenario: Scenario | None = None,
        *,
        path_provider: Callable[[Scenario], DrivePath] | None = None,
        route_provider: RouteProvider | None = None,
        client_id: str = "hmi-sim-agent",
        keepalive_s: int = 5,
    ) -> None:
        self.config = config
        self.scenario = scenario
        self.spec = physics.CarSpec()
        self.state = physics.CarState()
        self.path: DrivePath | None = None
        self.path_s = 0.0
        self.driving = False
        self.t = 0.0
        self._next_event = 0
        self._last_pub: dict[str, float] = {}
        self._dropouts: dict[str, float] = {}
        self._held: dict[str, Any] = {}
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._crashed_until: float | None = None
        self.online = False
        self.commands_seen: list[tuple[str, dict[str, Any]]] = []
        self.command_reply: dict[str, tuple[bool, str]] = {}
        """Tests can force an answer per command name: (ok, message)."""
        self.mute_commands = False
        self.keepalive_s = keepalive_s
        self.client_id = client_id
        # Time-lapse health history: held back until the HMI is online, then played in order.
        self._history: list[dict[str, Any]] = []
        self._history_signals: set[str] = set()
        self._history_t0: float | None = None
        self._history_clock = 0.0  # the history's time at its playback position (see _clock)
        self._hmi_online = False
        self.replay: Replay | None = None
        """Set for recorded scenarios: the agent replays them instead of simulating the car."""
        if scenario is not None and scenario.recording is not None:
            self.replay = Replay(scenario.recording)
        if scenario is not None:
            self._apply_scenario_start(scenario)
            if scenario.history is not None:
                from hmi.sim import health_scenarios

                generate = getattr(health_scenarios, scenario.history["kind"])
                self._history = generate(**scenario.history["params"])
                self._history_signals = {e["signal"] for e in self._history}
                if self._history:
                    self._history_clock = self._history[0]["ts"]
            if scenario.waypoints:
                if path_provider is None:
                    raise ValueError("this scenario drives a route: a path provider (offline map) is needed")
                self.path = path_provider(scenario)
        # The driver follows the HMI's active route (with its charging stops) when a router is given.
        self.follower = NavigationFollower(route_provider) if route_provider is not None else None
        self._nav_pending: bytes | None = None
        self._charge_stop: ChargingStop | None = None
        self.last_published: tuple[str, float] | None = None
        #: ticks whose signal values were skipped because paho's send queue was backlogged
        self.dropped = 0
        """(VSS path, payload ts) of the newest signal value sent: a scenario played in step with the HMI waits
        until the HMI has it (everything sent before it has then arrived too: one connection keeps the order)."""
        # State of charge from the EV planner's own battery model: the car drains as the planner predicts.
        self.battery = SimBattery(self.spec.profile, self.state.soc, self.state.outside_temp)
        self.client = self._new_client()

    # ------------------------------------------------------------------ connection
    def _new_client(self) -> mqtt.Client:
        client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=self.client_id, clean_session=True)
        if self.config.username:
            client.username_pw_set(self.config.username, self.config.password)
        client.will_set(topics.AGENT_STATUS, topics.OFFLINE, qos=1, retain=True)
        client.on_connect = self._on_connect
        client.on_message = self._on_message
        client.reconnect_delay_set(0.2, 2.0)
        return client

    def connect(self, timeout: float = 10.0) -> SimAgent:
        """Connect (retrying until ``timeout``) and start paho's network thread."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.client.connect(self.config.host, self.config.port, self.keepalive_s)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        self.client.loop_start()
        self._wait(lambda: self.online, timeout)
        return self

    def _wait(self, cond: Callable[[], bool], timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not cond():
            if time.monotonic() > deadline:
                raise TimeoutError("simulated agent did not connect")
            time.sleep(0.01)

    def _on_connect(self, client: mqtt.Client, userdata: Any, flags: Any, reason: Any, props: Any) -> None:
        if reason.is_failure:
            log.error("sim agent: broker refused the connection: %s", reason)
            return
        client.subscribe(topics.COMMAND_PREFIX + "+", qos=1)
        client.subscribe(topics.HMI_STATUS, qos=1)
        if self.follower is not None:
            client.subscribe(topics.NAVIGATION_ACTIVE, qos=1)
        if self.replay is None or topics.AGENT_STATUS not in self.replay.state:
            client.publish(topics.AGENT_STATUS, topics.ONLINE, qos=1, retain=True)
        if self.replay is not None:
            # The recorded state first, then "online": the replay only publishes messages when online.
            # (No lock here: a crash restart runs inside tick(), which holds it while waiting for us.)
            self._publish_replay_state()
            self.online = True
            return
        self.online = True
        # Retained state again after every (re)connect: a restarted broker forgets it.
        self.publish_all()

    def disconnect(self) -> None:
        """Clean shutdown: say offline, stop the thread."""
        self.stop()
        if self.online:
            try:
                self.client.publish(topics.AGENT_STATUS, topics.OFFLINE, qos=1, retain=True).wait_for_publish(2)
            except (RuntimeError, ValueError) as exc:  # the broker went first (Ctrl+C to the demo's group)
                log.debug("agent: offline status not delivered: %s", exc)
        self.client.disconnect()
        self.client.loop_stop()
        self.online = False

    def go_offline(self) -> None:
        """Announce ``offline`` (retained) and stop publishing signals."""
        with self._lock:
            self.online = False
            self.client.publish(topics.AGENT_STATUS, topics.OFFLINE, qos=1, retain=True)

    def go_online(self) -> None:
        """Announce ``online`` again and republish the state."""
        with self._lock:
            self.client.publish(topics.AGENT_STATUS, topics.ONLINE, qos=1, retain=True)
            self.online = True
            self.publish_all()

    def crash(self) -> None:
        """Die without a DISCONNECT, so the broker publishes the LWT (``agent/status`` = offline)."""
        with self._lock:
            self.online = False
            self.client.loop_stop()
            sock = self.client.socket()
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()

    def restart(self) -> None:
        """Come back after a crash with a fresh connection."""
        self.client = self._new_client()
        self.connect()

    # ------------------------------------------------------------------ publishing
    def _clock(self) -> float:
        """The car's clock for payload timestamps: real time, except while a time-lapse history is still to
        play — then the history's own time, so the car reports one timeline (the HMI's health monitor judges
        its windows and trends on the newest timestamp it has seen)."""
        return self._history_clock if self._history else time.time()

    def publish(self, path: str, value: Any, ts: float | None = None, *, hold: bool = True) -> None:
        """Publish one signal value now (retained); with ``hold`` the value sticks over the model's."""
        # Under the lock, as publish_all: a full publish running on paho's thread (after a connect) must not send
        # a model value stamped after this one, which would replace it on the broker and in the HMI.
        with self._lock:
            if hold:
                self._held[path] = value
            payload = json.dumps({"value": value, "ts": self._clock() if ts is None else ts})
            self.client.publish(
                sig.BY_PATH[path].topic if path in sig.BY_PATH else "vss/" + path.replace(".", "/"),
                payload,
                qos=0,
                retain=True,
            )

    def publish_raw(self, topic: str, payload: bytes | str, *, retain: bool = False, qos: int = 0) -> None:
        """Publish arbitrary bytes (tests use it for malformed payloads)."""
        self.client.publish(topic, payload, qos=qos, retain=retain)

    def release(self, path: str) -> None:
        """Let the model drive ``path`` again after ``publish(..., hold=True)``."""
        self._held.pop(path, None)

    def publish_all(self) -> None:
        """Publish every signal once (retained); a replay publishes its retained state instead."""
        with self._lock:
            if self.replay is not None:
                self._publish_replay_state()
                return
            values = signal_values(self.state, self.spec)
            values.update(self._held)
            now = self._clock()
            for path, value in values.items():
                if path in self._dropouts or self._held_back(path):
                    continue
                self.client.publish(sig.BY_PATH[path].topic, json.dumps({"value": value, "ts": now}), retain=True)
                self._last_pub[path] = self.t
                self.last_published = (path, now)

    def _publish_replay_state(self) -> None:
        rp = self.replay
        assert rp is not None
        for topic, (payload, retain) in list(rp.state.items()):  # a copy: list() of a dict is atomic
            if retain:
                self.client.publish(topic, rp.shifted(payload, self.t), qos=_replay_qos(topic), retain=True)

    def _backlogged(self) -> bool:
        """True when paho holds more than :data:`MAX_QUEUED_MESSAGES` packets unsent.

        A car's agent sends the newest value, not a backlog. QoS 0 packets wait in paho's socket queue without
        limit (``max_queued_messages_set`` bounds only QoS 1/2), and paho has no public size of that queue: when the
        network thread falls behind (a time-lapse on a busy machine) it grew by ~500 stale messages a second.
        """
        queue = getattr(self.client, "_out_packet", None)
        return queue is not None and len(queue) > MAX_QUEUED_MESSAGES

    def _publish_due(self) -> None:
        if self._backlogged():  # skip this tick's values: the next tick sends newer ones
            self.dropped += 1
            return
        values = signal_values(self.state, self.spec)
        values.update(self._held)
        now = self._clock()
        for s in sig.SIGNALS:
            if self._held_back(s.path):
                continue
            if s.path in self._dropouts:
                if self.t < self._dropouts[s.path]:
                    continue
                del self._dropouts[s.path]
            last = self._last_pub.get(s.path, -1e9)
            if self.t - last >= 1.0 / s.rate_hz - 1e-6:
                self.client.publish(s.topic, json.dumps({"value": values[s.path], "ts": now}), retain=True)
                self._last_pub[s.path] = self.t
                self.last_published = (s.path, now)

    def _held_back(self, path: str) -> bool:
        """Live values of history signals wait until the time-lapse history has been played."""
        return path in self._history_signals and (self._history_t0 is None or bool(self._history))

    def play_history_until(self, elapsed_s: float) -> tuple[str, float] | None:
        """Publish at once the time-lapse history events due ``elapsed_s`` into its playback.

        For a picture of one moment mid-scenario (``hmi screenshot``): the agent is frozen there, so the
        history would otherwise never play. Call it with growing ``elapsed_s`` to deliver the history in
        parts the broker and the HMI keep up with. Returns the (signal path, ts) of the last event published, or
        None.
        """
        with self._lock:
            if self._history and self._history_t0 is None:
                self._history_t0 = self.t - elapsed_s
            return self._play_history(elapsed_s)

    def _play_history(self, elapsed: float | None = None) -> tuple[str, float] | None:
        """Publish the history events due ``elapsed`` (default: since playback started); the last one's (path, ts)."""
        if not self._history:
            return None
        if self._history_t0 is None:
            if not self._hmi_online:
                return None
            self._history_t0 = self.t
            log.info("playing %d time-lapse history events", len(self._history))
        if elapsed is None:
            elapsed = self.t - self._history_t0
        last = None
        while self._history and self._history[0]["at"] <= elapsed:
            ev = self._history.pop(0)
            self.client.publish(
                sig.BY_PATH[ev["signal"]].topic, json.dumps({"value": ev["value"], "ts": ev["ts"]}), retain=True
            )
            # The live model continues from where the history ends.
            self._held[ev["signal"]] = ev["value"]
            self._history_clock = ev["ts"]
            last = ev["signal"], ev["ts"]
            self.last_published = last
        if not self._history:
            log.info("time-lapse history done; live values continue")
        return last

    # ------------------------------------------------------------------ commands from the HMI
    def _on_message(self, client: mqtt.Client, userdata: Any, msg: mqtt.MQTTMessage) -> None:
        if msg.topic == topics.HMI_STATUS:
            self._hmi_online = msg.payload == topics.ONLINE.encode()
            return
        if msg.topic == topics.NAVIGATION_ACTIVE:
            self._nav_pending = bytes(msg.payload)  # handled on the simulation thread in tick()
            return
        try:
            name = msg.topic[len(topics.COMMAND_PREFIX) :]
            if "/" in name:
                return
            data = json.loads(msg.payload)
            if not isinstance(data, dict) or not isinstance(data.get("id"), str):
                return
            self.commands_seen.append((name, data))
            if self.mute_commands:
                return
            ok, message = self.command_reply.get(name) or self._execute(name, data)
            client.publish(
                topics.command_result_topic(name),
                json.dumps({"id": data["id"], "ok": ok, "message": message}),
                qos=1,
            )
        except Exception:
            log.exception("sim agent: bad command on %s", msg.topic)

    def _execute(self, name: str, data: dict[str, Any]) -> tuple[bool, str]:
        if self.replay is not None:
            return False, "This is a recorded drive: the car cannot take commands"
        with self._lock:
            st = self.state
            if name == "set_charge_limit":
                pct = data.get("percent")
                if not isinstance(pct, int) or isinstance(pct, bool) or not 50 <= pct <= 100:
                    return False, "Charge limit must be 50–100 %"
                st.charge_limit = pct
                return True, f"Charge limit set to {pct} %"
            if name == "precondition_battery":
                mode = data.get("mode")
                if mode not in ("FAST_CHARGING_PREPARATION", "INACTIVE"):
                    return False, "Unknown conditioning mode"
                st.conditioning = mode
                return True, "Battery preconditioning " + ("on" if mode != "INACTIVE" else "off")
            if name == "start_stop_charging":
                action = data.get("action")
                if not st.cable:
                    return False, "Charging cable not connected"
                if action == "START":
                    st.charging = st.soc < st.charge_limit
                    return True, "Charging started" if st.charging else "Already at the charge limit"
                if action == "STOP":
                    st.charging = False
                    return True, "Charging stopped"
                return False, "Unknown charging action"
            return False, f"Unknown command {name}"

    # ------------------------------------------------------------------ scenario & simulation
    def _apply_scenario_start(self, scenario: Scenario) -> None:
        st = self.state
        if scenario.start:
            st.lat, st.lon, st.heading = scenario.start
        mapping = {
            sig.SOC: "soc",
            sig.SOH: "soh",
            sig.CHARGE_LIMIT: "charge_limit",
            sig.OUTSIDE_TEMP: "outside_temp",
            sig.BATTERY_TEMP: "battery_temp",
            sig.LV_VOLTAGE: "lv_voltage",
            sig.ODOMETER: "odometer_km",
            sig.SERVICE_DISTANCE: "service_km",
            sig.CABIN_TEMP: "cabin_temp",
            sig.MOTOR_TEMP: "motor_temp",
            sig.LIGHT: "light_pct",
        }
        for path, value in scenario.initial.items():
            if path in mapping:
                setattr(st, mapping[path], value)
            elif path == sig.DTC_LIST:
                st.dtcs = list(value)
            elif path.endswith(".Tire.Pressure"):
                for key, row, side, _ in sig.TYRES:
                    if path == sig.tyre_pressure(row, side):
                        st.tyres_kpa[key] = float(value)
            else:
                self._held[path] = value

    def _run_event(self, ev: Event) -> None:
        if ev.do in DRIVER_ACTIONS:  # the driver's hands on the HMI: performed by hmi screenshot, not the car
            log.debug("scenario t=%.0f s: driver action %s left to the driver", self.t, ev.do)
            return
        st = self.state
        p = ev.params
        log.info("scenario t=%.0f s: %s %s", self.t, ev.do, p or "")
        if ev.do == "drive":
            if self.path is None:
                log.warning("scenario has no route to drive")
                return
            st.gear = sig.GEAR_DRIVE
            st.charging = st.cable = False
            self.driving = True
        elif ev.do == "park":
            self.driving = False
        elif ev.do == "set":
            self._held[p["signal"]] = p["value"]
            self._last_pub.pop(p["signal"], None)
        elif ev.do == "plug_in":
            st.cable, st.charge_power_kw = True, p["power_kw"]
            st.charging = st.soc < st.charge_limit
        elif ev.do == "unplug":
            st.cable = st.charging = False
        elif ev.do == "leak":
            st.tyre_leak_kpa_per_s[p["tyre"]] = -p["kpa_per_hour"] / 3600
        elif ev.do == "dtc_add":
            st.dtcs = list(dict.fromkeys([*st.dtcs, *p["codes"]]))[:64]
        elif ev.do == "dtc_clear":
            st.dtcs = []
        elif ev.do == "dropout":
            self._dropouts[p["signal"]] = self.t + p["seconds"]
        elif ev.do == "crash":
            self.crash()
            if p.get("restart_after") is not None:
                self._crashed_until = self.t + p["restart_after"]
        elif ev.do == "offline":
            self.go_offline()
        elif ev.do == "online":
            self.go_online()
        elif ev.do == "destination":
            msg = {
                "id": f"phone-{int(time.time())}",
                "name": p["name"],
                "lat": p["lat"],
                "lon": p["lon"],
                "ts": time.time(),
            }
            self.client.publish(topics.SERVICES_DESTINATION, json.dumps(msg), qos=1)
        elif ev.do == "outside_temp":
            st.outside_temp = p["celsius"]
        elif ev.do == "consumption":
            self.battery.consumption_factor = min(3.0, max(0.5, p["factor"]))
        elif ev.do == "detour":
            self._detour((p["lat"], p["lon"]))

    def do(self, action: str, **params: Any) -> None:
        """Run one scenario action now (``park``, ``plug_in``, ``consumption`` …; ``hmi.sim.scenario.ACTIONS``)."""
        with self._lock:
            self._run_event(Event(self.t, action, params))

    def tick(self, dt: float = TICK_S) -> None:
        """Advance the simulation by ``dt`` seconds and publish what is due."""
        with self._lock:
            self.t += dt
            if self._crashed_until is not None:
                if self.t >= self._crashed_until:
                    self._crashed_until = None
                    self.restart()
                return
            if self.scenario is not None:
                events = self.scenario.events
                while self._next_event < len(events) and events[self._next_event].at <= self.t:
                    self._run_event(events[self._next_event])
                    self._next_event += 1
            if self.replay is not None:
                self._replay_due()
                return
            self._follow_navigation()
            accel, moved_m = self._move(dt)
            self._battery_step(dt, moved_m, accel)
            physics.step(self.state, dt)
            if self.state.charging and self.state.soc >= self.state.charge_limit:
                self.state.charging = False
            if self.online:
                self._play_history()
                self._publish_due()

    def _replay_due(self) -> None:
        """Publish (when online) every recorded message that is due, in recorded order."""
        rp = self.replay
        assert rp is not None
        rec = rp.recording
        while True:
            if rp.index >= len(rec.messages):
                if not rec.loop or self.t + 1e-6 < rp.pass_start + rec.duration:
                    return
                # Next pass: back to the recorded start state, same spacing, timestamps moved on so
                # they still only increase.
                rp.index, rp.pass_start, rp.shift = 0, rp.pass_start + rec.duration, None
                rp.state = {topic: (payload, True) for topic, payload in rec.retained}
                if self.online:
                    self._publish_replay_state()
                if not rec.messages:
                    return
            msg = rec.messages[rp.index]
            if rp.pass_start + msg.t > self.t + 1e-6:
                return
            rp.index += 1
            if msg.retain:
                rp.state[msg.topic] = (msg.payload, True)
                if not msg.payload:  # an empty retained message clears the topic
                    rp.state.pop(msg.topic, None)
            if self.online:
                self.client.publish(
                    msg.topic, rp.shifted(msg.payload, self.t), qos=_replay_qos(msg.topic), retain=msg.retain
                )

    def _run_replay(self, duration_s: float | None, speed: float) -> None:
        """``run()`` for a recording: wait until each message is due, then publish it.

        The schedule stays anchored to the start (a late wake-up catches up instead of shifting everything
        after it), so the recorded spacing is kept.
        """
        assert self.replay is not None
        start = time.monotonic() - self.t / speed
        while not self._stop.is_set():
            due = self.replay.next_in(self.t)
            dt = TICK_S if due is None or self._crashed_until is not None else min(TICK_S, due)
            delay = start + (self.t + dt) / speed - time.monotonic()
            if delay > 0 and self._stop.wait(delay):
                break
            self.tick(dt)
            if duration_s is not None and self.t >= duration_s:
                break

    def _move(self, dt: float) -> float:
        """Speed and position for the next ``dt`` seconds; returns (acceleration m/s², metres moved)."""
        st = self.state
        v = st.speed_kmh / 3.6
        if self.driving and self.path is not None:
            if self.path_s >= self.path.length_m - 0.5:
                if self.scenario is not None and self.scenario.loop:
                    self.path_s = 0.0
                else:
                    self.driving = False
            target = self.path.target_speed_kmh(self.path_s) / 3.6 if self.driving else 0.0
        else:
            target = 0.0
        if v < target:
            new_v = min(target, v + self.spec.max_accel * dt)
        else:
            new_v = max(target, v - self.spec.max_decel * dt)
        accel = (new_v - v) / dt
        st.speed_kmh = new_v * 3.6
        moved = (v + new_v) / 2 * dt
        if self.path is not None and new_v > 0:
            self.path_s += moved
            st.lat, st.lon, st.heading, _ = self.path.locate(self.path_s)
        if not self.driving and new_v == 0 and st.gear == sig.GEAR_DRIVE:
            st.gear = sig.GEAR_PARK
        return accel, moved

    def _battery_step(self, dt: float, moved_m: float, accel: float) -> None:
        st, bat = self.state, self.battery
        bat.set_outside_temp(st.outside_temp)
        if st.charging:
            plug = "chademo" if st.charge_power_kw > self.spec.ac_power_kw else "type2"
            target = min(self._charge_stop.depart_soc if self._charge_stop is not None else st.charge_limit, 100.0)
            st.soc = bat.charge(dt, plug, st.charge_power_kw, target)
            # Power and time to complete from the same curve that charges the car (what the HMI shows).
            st.battery_power_w = bat.power_w
            st.time_to_complete_s = int(min(604_800, bat.time_to_limit_s(plug, st.charge_power_kw, target)))
        elif moved_m > 0 or st.gear != sig.GEAR_PARK or st.conditioning != "INACTIVE":
            # Driving, or switched on at a standstill (in gear, or conditioning the battery): the SoC drains as
            # the planner predicts, the power shown is the same model's instantaneous figure (regen on braking).
            st.soc = bat.drive(moved_m, dt)
            st.battery_power_w = bat.power_now_w(st.speed_kmh / 3.6, accel)
        else:
            st.battery_power_w = -physics.PARKED_STANDBY_W
        if self._charge_stop is not None and st.soc >= self._charge_stop.depart_soc - 0.05:
            log.info("sim: charged to %.0f %% at %s; driving on", st.soc, self._charge_stop.name)
            self._charge_stop.done = True
            self._charge_stop = None
            st.charging = st.cable = False
            st.gear = sig.GEAR_DRIVE
            self.driving = True

    @property
    def hmi_online(self) -> bool:
        """True while the HMI's ``hmi/status`` says online (a time-lapse history starts playing then)."""
        return self._hmi_online

    def follows(self, destination: tuple[float, float], tolerance_deg: float = 1e-6) -> bool:
        """True once the HMI's active route to ``destination`` has reached the simulated driver (taken up, or
        waiting for the next tick)."""
        if self.follower is None:
            return True  # nobody here follows routes: nothing to wait for
        if self._nav_pending is not None:
            return True
        trip = self.follower.trip
        dest = trip.destination if trip is not None else None
        return dest is not None and all(abs(a - b) <= tolerance_deg for a, b in zip(dest, destination, strict=True))

    def _detour(self, via: tuple[float, float]) -> None:
        """Leave the route through ``via`` and then drive to the navigation destination again."""
        if self.follower is None or self.follower.trip is None or self.follower.trip.destination is None:
            log.warning("sim: a detour needs an active route to leave")
            return
        try:
            here = (self.state.lat, self.state.lon)
            path = concat(
                [
                    self.follower.route_provider(here, via),
                    self.follower.route_provider(via, self.follower.trip.destination),
                ]
            )
        except Exception as exc:
            log.warning("sim: no detour via %s: %s", via, exc)
            return
        self.follower.stops = []  # the detour replaces the plan; the HMI replans and sends new stops
        self.path, self.path_s, self.driving = path, 0.0, True
        self.state.gear = sig.GEAR_DRIVE
        log.info("sim: detour via %.5f, %.5f", *via)

    def _follow_navigation(self) -> None:
        """Take up a new active route from the HMI, and stop to charge where the plan says."""
        if self.follower is None:
            return
        payload, self._nav_pending = self._nav_pending, None
        if payload is not None:
            try:
                action, path = self.follower.update(payload, (self.state.lat, self.state.lon))
            except Exception as exc:  # no route from here: keep doing what we did
                log.warning("sim: cannot follow the active route: %s", exc)
                action, path = "same", None
            if action == "drive":
                self.path, self.path_s = path, 0.0
                self.state.gear, self.driving = sig.GEAR_DRIVE, True
                self.state.charging = self.state.cable = False
                self._charge_stop = None
                log.info(
                    "sim: following the HMI's route (%.1f km, %d charging stops)",
                    path.length_m / 1000,
                    len(self.follower.stops),
                )
            elif action == "park":
                self.driving = False
        if self._charge_stop is None and self.driving:
            stop = self.follower.stop_due(self.path_s)
            if stop is not None:
                self._charge_stop = stop
                self.driving = False  # brake; plug in once stopped
        if self._charge_stop is not None and not self.state.charging and self.state.speed_kmh == 0:
            log.info("sim: charging at %s to %.0f %%", self._charge_stop.name, self._charge_stop.depart_soc)
            self.state.gear = sig.GEAR_PARK
            self.state.cable, self.state.charging, self.state.charge_power_kw = True, True, 50.0

    def run(self, duration_s: float | None = None, speed: float = 1.0) -> None:
        """Tick in real time (``speed`` × faster) until ``stop()`` or ``duration_s``."""
        if self.replay is not None:
            self._run_replay(duration_s, speed)
            return
        next_t = time.monotonic()
        while not self._stop.is_set():
            self.tick(TICK_S)
            if duration_s is not None and self.t >= duration_s:
                break
            next_t += TICK_S / speed
            delay = next_t - time.monotonic()
            if delay > 0:
                self._stop.wait(delay)
            else:
                next_t = time.monotonic()

    def start(self, speed: float = 1.0) -> None:
        """Run the simulation in a background thread (for tests and the demo)."""
        self._stop.clear()
        self._thread = threading.Thread(target=self.run, kwargs={"speed": speed}, name="sim-agent", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the background simulation thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
