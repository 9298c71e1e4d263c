"""Simulated agent: scenario files, physics, path following, and commands through the real broker."""

from __future__ import annotations

import json
import time
from pathlib import Path

import paho.mqtt.client as mqtt
import pytest

from hmi.link import signals as sig
from hmi.link import topics
from hmi.link.validate import Accepted, decode_signal
from hmi.sim import physics
from hmi.sim import scenario as scenarios
from hmi.sim.agent import SimAgent, signal_values
from hmi.sim.drive import DrivePath

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize("name", scenarios.names())
def test_shipped_scenarios_are_valid(name: str) -> None:
    sc = scenarios.find(name)
    assert sc.name == name and sc.description
    assert list(sc.events) == sorted(sc.events, key=lambda e: e.at)


def test_the_issue_scenarios_ship() -> None:
    assert {"city-drive", "charging-session", "low-battery", "slow-tyre-leak", "dtc-appears", "agent-crash"} <= set(
        scenarios.names()
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"name": "x", "events": [}', ":1:"),
        ('{"name": "Bad Name"}', '"name"'),
        ('{"name": "x", "events": [{"at": 1, "do": "fly"}]}', "unknown action 'fly'"),
        ('{"name": "x", "events": [{"at": -1, "do": "drive"}]}', "events[0].at"),
        ('{"name": "x", "events": [{"at": 1, "do": "leak", "tyre": "spare", "kpa_per_hour": 1}]}', "tyre"),
        ('{"name": "x", "events": [{"at": 1, "do": "set", "signal": "Vehicle.Speed", "value": 999}]}', "outside"),
        ('{"name": "x", "initial": {"Vehicle.Nope": 1}}', "initial.Vehicle.Nope"),
        ('{"name": "x", "drive": {"waypoints": [[91, 0], [0, 0]]}}', "waypoints[0]"),
        ('{"name": "x", "surprise": 1}', "unknown key"),
        ('{"name": "x", "events": [{"at": 1, "do": "dtc_add", "codes": ["XYZ"]}]}', "does not match"),
    ],
)
def test_bad_scenario_files_give_file_and_reason(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(text)
    with pytest.raises(scenarios.ScenarioError) as err:
        scenarios.load(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_every_simulated_value_passes_the_contract() -> None:
    state, spec = physics.CarState(), physics.CarSpec()
    state.tyre_leak_kpa_per_s["rearLeft"] = -0.5
    for _ in range(600):
        physics.step(state, spec, 0.1)
    now = time.time()
    for path, value in signal_values(state, spec).items():
        result = decode_signal(
            sig.BY_PATH[path], json.dumps({"value": value, "ts": now}).encode(), last_ts=None, now=now
        )
        assert isinstance(result, Accepted), (path, value, result)


def test_leaf_like_consumption_and_charging_curve() -> None:
    spec = physics.CarSpec()
    # ~15-17 kWh/100 km at a steady 90 km/h is LEAF territory.
    kwh_per_100km = physics.drive_power_w(spec, 25.0, 0.0) / 25.0 * 100_000 / 3.6e6
    assert 12 < kwh_per_100km < 19
    assert (
        physics.dc_charge_power_kw(spec, 30)
        > physics.dc_charge_power_kw(spec, 70)
        > physics.dc_charge_power_kw(spec, 95)
    )
    assert physics.drive_power_w(spec, 20.0, -1.5) < 0, "braking regenerates"


def test_tyre_pressure_follows_the_gas_law() -> None:
    assert physics.tyre_pressure_at(250, 20) == pytest.approx(250)
    assert physics.tyre_pressure_at(250, 40) > physics.tyre_pressure_at(250, 0)


def test_drive_path_slows_for_a_right_angle_turn() -> None:
    # 300 m north, then 300 m east: the driver must slow before the corner.
    path = DrivePath([(47.0, 9.5), (47.0027, 9.5), (47.0027, 9.504)], [50.0, 50.0])
    assert path.length_m == pytest.approx(600, rel=0.05)
    assert path.target_speed_kmh(100) == pytest.approx(50)
    assert path.target_speed_kmh(290) < 35
    lat, _lon, heading, _ = path.locate(150)
    assert heading == pytest.approx(0, abs=1) and 47.0 < lat < 47.0027


def test_agent_honours_commands_and_reports_results(broker_config) -> None:
    agent = SimAgent(broker_config, client_id="cmd-agent").connect()
    results: list[dict] = []
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="cmd-tester")
    client.on_message = lambda c, u, m: results.append(json.loads(m.payload))
    client.connect(broker_config.host, broker_config.port)
    client.subscribe("hmi/command/+/result", qos=1)
    client.loop_start()
    try:
        time.sleep(0.2)  # subscription settles (plain paho client, no Qt loop here)
        client.publish(
            topics.command_topic("set_charge_limit"), json.dumps({"id": "a1", "ts": 1, "percent": 70}), qos=1
        )
        client.publish(
            topics.command_topic("start_stop_charging"), json.dumps({"id": "a2", "ts": 1, "action": "START"}), qos=1
        )
        client.publish(topics.command_topic("set_charge_limit"), b"garbage", qos=1)
        deadline = time.monotonic() + 5
        while len(results) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        by_id = {r["id"]: r for r in results}
        assert by_id["a1"]["ok"] and agent.state.charge_limit == 70
        assert not by_id["a2"]["ok"] and "cable" in by_id["a2"]["message"]
    finally:
        client.loop_stop()
        client.disconnect()
        agent.disconnect()


def test_scenario_events_drive_the_state(broker_config) -> None:
    sc = scenarios.parse(
        {
            "name": "t",
            "events": [
                {"at": 0.5, "do": "plug_in", "power_kw": 50},
                {"at": 1.0, "do": "dtc_add", "codes": ["P0AA6"]},
                {"at": 1.5, "do": "leak", "tyre": "frontLeft", "kpa_per_hour": 3600},
            ],
        },
        "inline",
    )
    agent = SimAgent(broker_config, sc, client_id="ev-agent")
    agent.online = False
    soc0 = agent.state.soc
    for _ in range(40):
        agent.tick(0.1)
    assert agent.state.charging and agent.state.soc > soc0
    assert agent.state.dtcs == ["P0AA6"]
    assert agent.state.tyres_kpa["frontLeft"] < physics.NOMINAL_TYRE_KPA - 2
