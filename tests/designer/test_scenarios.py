"""Scenario files: schema errors name file and line; recordings validate; record → replay is faithful.

The round trip is real: a simulated agent plays a short scenario on a real mosquitto, the recorder captures
it, a second agent replays the recording on a second mosquitto, and a second recorder captures the replay.
"""

from __future__ import annotations

import json
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from hmi.broker import Mosquitto
from hmi.link import signals as sig
from hmi.link import topics
from hmi.link.config import BrokerConfig
from hmi.sim import scenario as scenarios
from hmi.sim.agent import SimAgent
from hmi.sim.recorder import Recorder, scenario_name_for

pytestmark = pytest.mark.timeout(60)

# ---------------------------------------------------------------------- schema errors with file and line

SCENARIO = """{
  "name": "bad-one",
  "description": "a scenario with one mistake",
  "initial": {
    "Vehicle.Powertrain.TractionBattery.StateOfCharge.Displayed": 80
  },
  "events": [
    {"at": 1, "do": "drive"},
    {"at": 2, "do": "park"},
    {"at": 3, "do": "outside_temp", "celsius": 4}
  ]
}
"""


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        ('{"at": 2, "do": "park"}', '{"at": 2, "do": "fly"}', 9, "unknown action 'fly'"),
        ('"celsius": 4', '"celsius": "warm"', 10, "events[2].celsius"),
        ('{"at": 1, "do": "drive"}', '{"at": -1, "do": "drive"}', 8, "events[0].at"),
        ('Displayed": 80', 'Displayed": 180', 5, "initial.Vehicle.Powertrain"),
        ('"initial": {', '"surprise": 1,\n  "initial": {', 4, "unknown key(s): surprise"),
        ('"name": "bad-one"', '"name": "Bad One"', 2, '"name" must be'),
        ('{"at": 2, "do": "park"}', '{"at": 2, "do": "park", "speed": 3}', 9, "unknown parameter(s) for park"),
        ('{"at": 2, "do": "park"},', '{"at": 2, "do": "park"}', 10, "invalid JSON"),
    ],
)
def test_schema_errors_name_file_and_line(tmp_path: Path, old: str, new: str, line: int, message: str) -> None:
    path = tmp_path / "bad-one.json"
    assert old in SCENARIO
    path.write_text(SCENARIO.replace(old, new, 1))
    with pytest.raises(scenarios.ScenarioError) as err:
        scenarios.load(path)
    assert str(err.value).startswith(f"{path}:{line}:"), str(err.value)
    assert message in str(err.value)


def test_the_unchanged_example_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "good.json"
    path.write_text(SCENARIO)
    assert [e.do for e in scenarios.load(path).events] == ["drive", "park", "outside_temp"]


def _recording(messages: list, **extra) -> dict:
    return {
        "name": "rec",
        "recording": {"started_at": 1_764_000_000.0, "retained": {}, "messages": messages, **extra},
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            _recording([[0.5, "vss/Vehicle/Speed", {"value": 1, "ts": 1}], [0.2, "agent/status", {"$text": "x"}]]),
            "goes back in time",
        ),
        (_recording([[0, "hmi/command/set_charge_limit", {"id": "x"}]]), "not agent traffic"),
        (_recording([[0, "deviceupdate/ownerconsentfeedback", {}]]), "not agent traffic"),
        (_recording([[0, "vss/#", {}]]), "MQTT topic"),
        (_recording([[0, "vss/Vehicle/Speed", 12]]), "expected a JSON object"),
        (_recording([[0, "vss/Vehicle/Speed", {"$base64": "***"}]]), "base64"),
        (_recording([[0, "vss/Vehicle/Speed", {"$text": "x"}, "yes"]]), "retain"),
        (_recording([[float("nan"), "vss/Vehicle/Speed", {"$text": "x"}]]), "NaN"),
        (_recording([[0, "vss/Vehicle/Speed"]]), "[t, topic, payload"),
        (_recording([], started_at="yesterday"), "started_at"),
        (_recording([[5, "agent/status", {"$text": "online"}]], duration=1), "duration"),
        (_recording([], extra_key=1), "unknown key"),
        ({**_recording([]), "drive": {"waypoints": [[47, 9], [47.1, 9]]}}, "cannot also simulate"),
        (
            {**_recording([]), "events": [{"at": 1, "do": "leak", "tyre": "frontLeft", "kpa_per_hour": 3}]},
            "needs the simulated car",
        ),
    ],
)
def test_bad_recordings_are_rejected_with_a_reason(tmp_path: Path, data: dict, message: str) -> None:
    path = tmp_path / "rec.json"
    path.write_text(json.dumps(data, indent=1))
    with pytest.raises(scenarios.ScenarioError) as err:
        scenarios.load(path)
    assert str(path) in str(err.value) and message in str(err.value), str(err.value)


def test_recording_errors_point_at_the_message_line(tmp_path: Path, mqtt_broker) -> None:
    rec = Recorder(BrokerConfig(mqtt_broker.host, mqtt_broker.port))
    rec.started_at, rec._t0, rec.stopped_at = 1_764_000_000.0, 0.0, 3.0
    rec.messages = [(i * 0.1, "vss/Vehicle/Speed", b'{"value": 1, "ts": 1}', True) for i in range(20)]
    path = rec.save(tmp_path / "rec.json")
    lines = path.read_text().splitlines()
    bad = next(i for i, line in enumerate(lines) if line.startswith("      [1.2"))
    lines[bad] = lines[bad].replace("vss/Vehicle/Speed", "hmi/status")
    path.write_text("\n".join(lines))
    with pytest.raises(scenarios.ScenarioError) as err:
        scenarios.load(path)
    assert str(err.value).startswith(f"{path}:{bad + 1}: recording.messages[12]"), str(err.value)


@pytest.mark.parametrize(
    "raw",
    [
        b'{"value": 1.5, "ts": 1764000000.25}',
        b"online",
        b'"quoted"',
        b"42",
        b'{"value": NaN}',
        b"\xff\xfe\x00",
        b"",
        b'{"$text": "tricky"}',
        b"[1, 2]",
        "Grüezi".encode(),
    ],
)
def test_payload_encoding_round_trips(raw: bytes) -> None:
    stored = json.loads(json.dumps(scenarios.encode_payload(raw)))
    back = scenarios.decode_payload("x", stored)
    assert back == raw or json.loads(back) == json.loads(raw)


def test_timestamps_shift_and_malformed_payloads_stay_as_recorded() -> None:
    shifted = json.loads(scenarios.shift_timestamps(b'{"value": 3, "ts": 100.5}', 10.0))
    assert shifted == {"value": 3, "ts": 110.5}
    ota = json.loads(scenarios.shift_timestamps(b'{"activityId": "a", "timestamp": 1000, "payload": {}}', 2.5))
    assert ota["timestamp"] == 3500
    for raw in (b'{"value": NaN, "ts": 1}', b"online", b'{"ts": "soon"}', b"{broken"):
        assert scenarios.shift_timestamps(raw, 10.0) == raw


def test_scenario_names_from_files() -> None:
    assert scenario_name_for(Path("/x/My Drive 2.json")) == "my-drive-2"
    assert scenario_name_for(Path("___.json")) == "recording"


# ---------------------------------------------------------------------- record → replay round trip

SOURCE = {
    "name": "short-source",
    "description": "a few seconds of a parked car that gets plugged in",
    "initial": {sig.SOC: 55},
    "events": [
        {"at": 0.5, "do": "plug_in", "power_kw": 6.6},
        {"at": 1.0, "do": "outside_temp", "celsius": -3},
        {"at": 1.4, "do": "destination", "name": "Vaduz", "lat": 47.14, "lon": 9.52},
        {"at": 1.8, "do": "dtc_add", "codes": ["P0A80"]},
        {"at": 2.2, "do": "set", "signal": sig.CHARGE_LIMIT, "value": 90},
    ],
}


def _strip(payload: bytes) -> object:
    """A payload with its timestamps removed, for comparing values."""
    try:
        data = json.loads(payload)
    except ValueError:
        return payload
    if isinstance(data, dict):
        return {k: v for k, v in data.items() if k not in ("ts", "timestamp")}
    return data


def test_record_then_replay_is_faithful(tmp_path: Path, mqtt_broker) -> None:
    config = BrokerConfig(mqtt_broker.host, mqtt_broker.port)
    source = SimAgent(config, scenarios.parse(SOURCE, "source"), client_id="source-agent").connect()
    time.sleep(0.3)  # connect() returns once online; let its first full publish reach the broker
    recorder = Recorder(config).start()
    try:
        source.start()
        time.sleep(1.2)
        # Malformed and binary payloads from a buggy car replay byte for byte; HMI→car traffic is not recorded.
        source.publish_raw("vss/Vehicle/Speed", b'{"value": NaN, "ts": 1}', retain=True)
        source.publish_raw("vss/Vehicle/Cabin/Weird", b"\xff\xfe", retain=False)
        source.publish_raw(topics.OWNER_CONSENT_FEEDBACK, b'{"status": "APPROVED"}')
        source.publish_raw("vss/Vehicle/Huge", b"x" * (scenarios.MAX_RECORDED_PAYLOAD + 1))  # skipped, counted
        time.sleep(1.6)
    finally:
        source.stop()
        recorder.stop()
        source.disconnect()
    path = recorder.save(tmp_path / "Captured Drive.json")
    loaded = scenarios.load(path)
    assert loaded.name == "captured-drive" and loaded.recording is not None
    rec1 = loaded.recording
    assert dict(rec1.retained)[topics.AGENT_STATUS] == b"online"
    assert json.loads(dict(rec1.retained)[sig.BY_PATH[sig.SOC].topic])["value"] == 55
    assert all(m.topic != topics.OWNER_CONSENT_FEEDBACK for m in rec1.messages)
    assert any(m.topic == topics.SERVICES_DESTINATION and not m.retain for m in rec1.messages)
    assert any(m.payload == b"\xff\xfe" for m in rec1.messages)
    assert len(rec1.messages) > 100 and rec1.duration >= 2.7
    assert recorder.skipped == 1 and all(m.topic != "vss/Vehicle/Huge" for m in rec1.messages)

    # Replay on a fresh broker, captured by a second recorder.
    broker2 = Mosquitto().start()
    try:
        config2 = BrokerConfig(broker2.host, broker2.port)
        recorder2 = Recorder(config2).start()
        assert recorder2.retained == {}
        replayer = SimAgent(config2, loaded, client_id="replay-agent").connect()
        replayer.start()
        deadline = time.monotonic() + rec1.duration + 5
        while len(recorder2.messages) < len(rec1.retained) + len(rec1.messages) and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.3)  # nothing more may come
        replayer.stop()
        recorder2.stop()
        replayer.disconnect()
    finally:
        broker2.close()
    got = recorder2.messages
    # Before its own goodbye ("offline" on disconnect), the replay is the snapshot, then the messages.
    got = got[: len(rec1.retained) + len(rec1.messages)]
    expected = [(t, p, True) for t, p in rec1.retained] + [(m.topic, m.payload, m.retain) for m in rec1.messages]
    assert [(topic, _strip(p), r) for _, topic, p, r in got] == [(topic, _strip(p), r) for topic, p, r in expected]
    assert any(p == b'{"value": NaN, "ts": 1}' for _, _, p, _ in got) and any(p == b"\xff\xfe" for _, _, p, _ in got)

    # Relative timing of the live part within tolerance.
    tail = got[len(rec1.retained) :]
    t_rec = [m.t - rec1.messages[0].t for m in rec1.messages]
    t_got = [t - tail[0][0] for t, *_ in tail]
    errors = [abs(a - b) for a, b in zip(t_rec, t_got, strict=True)]
    assert max(errors) < 0.25 and statistics.median(errors) < 0.05, (max(errors), statistics.median(errors))
    assert t_got[-1] > 2.0

    # Payload timestamps moved by one constant: order and spacing kept, close to now.
    shifts = []
    for m, (_, _, p, _) in zip(rec1.messages, tail, strict=True):
        if m.topic.startswith("vss/") and m.payload.startswith(b'{"value"') and b"NaN" not in m.payload:
            shifts.append(json.loads(p)["ts"] - json.loads(m.payload)["ts"])
    assert len(shifts) > 50 and max(shifts) - min(shifts) < 1e-3
    assert abs(shifts[0] - (recorder2.started_at - recorder.started_at)) < 1.0


def test_a_replay_keeps_its_order_when_the_broker_lags(tmp_path: Path) -> None:
    """A snapshot of more than 20 topics, then messages, while the broker is slow to acknowledge.

    paho holds QoS 1 messages beyond 20 in flight until acknowledged and lets QoS 0 ones pass: a replay that
    sent its snapshot at QoS 1 and its messages at QoS 0 delivered them out of order on a busy machine.
    """
    retained = {f"vss/Vehicle/Test/T{i:02d}": {"value": i, "ts": 1_764_000_000.0} for i in range(30)}
    retained["agent/status"] = {"$text": "online"}
    messages = [[0.1 * (k + 1), "vss/Vehicle/Speed", {"value": k, "ts": 1_764_000_000.0 + k}, True] for k in range(5)]
    loaded = scenarios.parse(_recording(messages, retained=retained), "lag")
    broker = Mosquitto().start()
    try:
        config = BrokerConfig(broker.host, broker.port)
        recorder = Recorder(config).start()
        replayer = SimAgent(config, loaded, client_id="replay-agent").connect()
        snapshot = len(loaded.recording.retained)
        deadline = time.monotonic() + 10
        while len(recorder.messages) < snapshot and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.3)  # every acknowledgement back: nothing in flight
        broker._proc.send_signal(signal.SIGSTOP)  # the broker lags: no acknowledgements for a while
        try:
            replayer.publish_all()  # the snapshot again (as after a reconnect) ...
            replayer.tick(0.6)  # ... then every recorded message, due at once
            time.sleep(0.3)
        finally:
            broker._proc.send_signal(signal.SIGCONT)
        deadline = time.monotonic() + 10
        while len(recorder.messages) < 2 * snapshot + len(messages) and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.3)
        recorder.stop()
        replayer.disconnect()
    finally:
        broker.close()
    got = [topic for _, topic, _, _ in recorder.messages[snapshot:]]
    expected = [topic for topic, _ in loaded.recording.retained] + [m[1] for m in messages]
    assert got[: len(expected)] == expected


def test_fast_forward_builds_the_retained_state_and_commands_are_refused(tmp_path: Path) -> None:
    data = _recording(
        [
            [0.5, "vss/Vehicle/Speed", {"value": 10, "ts": 1_764_000_000.5}, True],
            [1.0, "vss/Vehicle/Speed", {"value": 20, "ts": 1_764_000_001.0}, True],
            [1.5, topics.SERVICES_DESTINATION, {"id": "p", "name": "X", "lat": 47, "lon": 9, "ts": 1}, False],
            [2.0, "vss/Vehicle/Speed", {"value": 30, "ts": 1_764_000_002.0}, True],
        ],
        retained={"agent/status": {"$text": "online"}, "vss/Vehicle/Speed": {"value": 0, "ts": 1_764_000_000.0}},
    )
    agent = SimAgent(BrokerConfig(), scenarios.parse(data, "ff"))
    for _ in range(12):
        agent.tick(0.1)
    state = agent.replay.state
    assert json.loads(state["vss/Vehicle/Speed"][0])["value"] == 20
    assert topics.SERVICES_DESTINATION not in state  # not retained: not part of the state
    assert agent._execute("set_charge_limit", {"percent": 80})[0] is False

    # A looping recording starts over from the recorded state after its duration.
    looping = _recording(data["recording"]["messages"], retained=data["recording"]["retained"], loop=True, duration=3)
    agent = SimAgent(BrokerConfig(), scenarios.parse(looping, "loop"))
    for _ in range(25):
        agent.tick(0.1)
    assert json.loads(agent.replay.state["vss/Vehicle/Speed"][0])["value"] == 30
    for _ in range(8):  # t = 3.3: the second pass, before its first message
        agent.tick(0.1)
    assert agent.replay.pass_start == pytest.approx(3.0) and agent.replay.index == 0
    assert json.loads(agent.replay.state["vss/Vehicle/Speed"][0])["value"] == 0
    assert agent.replay.next_in(agent.t) == pytest.approx(0.2)


def test_sim_record_command_writes_a_valid_scenario(tmp_path: Path, mqtt_broker, agent) -> None:
    out = tmp_path / "cli-recording.json"
    agent.publish(sig.SPEED, 42.0)
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "hmi",
            "sim",
            "--record",
            str(out),
            "--duration",
            "1",
            "--mqtt-port",
            str(mqtt_broker.port),
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    sc = scenarios.load(out)
    assert sc.name == "cli-recording" and 0.9 < sc.recording.duration < 3
    assert json.loads(dict(sc.recording.retained)[sig.BY_PATH[sig.SPEED].topic])["value"] == 42.0


def test_sim_record_without_a_broker_is_a_clear_error(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    res = subprocess.run(
        [sys.executable, "-m", "hmi", "sim", "--record", str(tmp_path / "x.json"), "--mqtt-port", str(port)],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert res.returncode == 2 and "cannot record" in res.stderr and "Traceback" not in res.stderr
    assert not (tmp_path / "x.json").exists()


# ---------------------------------------------------------------------- the driver's steps


@pytest.mark.parametrize(
    ("event", "message"),
    [
        ({"at": 1, "do": "open_page", "page": "radio"}, "unknown page 'radio'"),
        ({"at": 1, "do": "tap", "target": "no spaces allowed"}, "objectName"),
        ({"at": 1, "do": "tap"}, "tap needs 'target'"),
        ({"at": 1, "do": "setting", "key": "volume", "value": 3}, "unknown setting 'volume'"),
        ({"at": 1, "do": "setting", "key": "theme", "value": "sepia"}, "'sepia' is not a valid theme"),
        ({"at": 1, "do": "setting", "key": "reserve_pct", "value": 90}, "outside 0 … 50"),
        ({"at": 1, "do": "wait_for", "target": "x", "text": 5}, "non-empty string"),
        ({"at": 1, "do": "accept_destination", "name": "x"}, "unknown parameter(s) for accept_destination"),
    ],
)
def test_driver_steps_are_validated_like_events(tmp_path: Path, event: dict, message: str) -> None:
    path = tmp_path / "driver.json"
    path.write_text(json.dumps({"name": "driver", "events": [event]}, indent=1))
    with pytest.raises(scenarios.ScenarioError) as err:
        scenarios.load(path)
    assert message in str(err.value) and str(path) in str(err.value), str(err.value)


def test_driver_steps_without_a_time_take_only_driver_actions() -> None:
    steps = scenarios.driver_steps([{"do": "open_page", "page": "settings"}, {"do": "show", "target": "x"}], "list")
    assert [s.do for s in steps] == ["open_page", "show"] and steps[0].params == {"page": "settings"}
    with pytest.raises(scenarios.ScenarioError, match=r"list\[0\].*'do': one of"):
        scenarios.driver_steps([{"do": "leak", "tyre": "frontLeft", "kpa_per_hour": 3}], "list")
    assert scenarios.parse({"name": "x", "events": [{"at": 2, "do": "setting", "key": "plugs", "value": ["chademo"]}]},
                           "x").events[0].params["value"] == ["chademo"]  # fmt: skip


def test_the_agent_leaves_driver_steps_to_the_driver() -> None:
    sc = scenarios.parse(
        {"name": "x", "events": [{"at": 0.5, "do": "accept_destination"}, {"at": 0.5, "do": "tap", "target": "b"}]},
        "x",
    )
    agent = SimAgent(BrokerConfig(), sc)
    for _ in range(10):
        agent.tick(0.1)  # not connected, not online: a driver step must not need the car (nor crash it)
    assert agent.t == pytest.approx(1.0) and agent._next_event == 2


def test_a_driver_step_whose_target_never_shows_says_what_it_waited_for() -> None:
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from hmi.sim.driver import DriverError, until

    # in a thread of its own: the test session's Qt event loop counts as running here
    with ThreadPoolExecutor(1) as pool, pytest.raises(DriverError, match="waited 0 s for 'phoneOfferGo' to show"):
        pool.submit(asyncio.run, until(lambda: None, "'phoneOfferGo' to show", timeout_s=0.05)).result()


PLAYED_SHOT = """
import json, sys
from hmi.screenshot import rendering_session
from hmi.testing.plugin import car_marker_problems
with rendering_session(scenario=sys.argv[1], at_s=float(sys.argv[2])) as r:
    r.run(r.shoot("navigate", (1024, 600), "night", sys.argv[3]))
    h = r.hmi
    print(json.dumps({"active": h.nav.active, "stops": h.trip.stopCount, "destination": h.nav.destinationName,
                      "banner": h.find("maneuverBanner").isVisible(),
                      "next_stop": h.find("nextStop").isVisible() or h.find("tripTimeline").isVisible(),
                      "covered": car_marker_problems(h), "speed": h.store.get("Vehicle.Speed")}))
"""


def test_a_screenshot_plays_the_drivers_steps_and_shows_guidance(tmp_path: Path) -> None:
    """``hmi screenshot --scenario low-battery --at 25``: the phone's destination arrives at 3 s, the driver taps
    Go at 6 s, the car drives the planned trip via a charger — the picture shows that, the car clear of the
    cards."""
    import os

    png = tmp_path / "trip.png"
    from hmi.testing.plugin import cached_map

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HMI_DATA_DIR": str(tmp_path / "data"),
        "HMI_MAP_DIR": str(cached_map("liechtenstein")),  # the suite's map, not a user's home one
    }
    res = subprocess.run(
        [sys.executable, "-c", PLAYED_SHOT, "low-battery", "25", str(png)],
        capture_output=True, text=True, env=env, timeout=90,
    )  # fmt: skip
    assert res.returncode == 0, res.stderr[-3000:]
    shown = json.loads(res.stdout.strip().splitlines()[-1])
    assert shown["active"] and shown["destination"] == "Rathaus Schaan", shown
    # the stop shows in its card under the banner, or in the timeline where the page has no room for the card
    assert shown["stops"] >= 1 and shown["banner"] and shown["next_stop"], shown
    assert shown["speed"] > 10, "the simulated car drives the HMI's route"
    assert shown["covered"] == [], shown["covered"]
    assert png.stat().st_size > 20_000
