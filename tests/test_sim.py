"""Simulated agent: scenario files, physics, path following, and commands through the real broker."""

from __future__ import annotations

import json
import time
from pathlib import Path

import paho.mqtt.client as mqtt
import pytest

from hmi.link import signals as sig
from hmi.link import topics
from hmi.link.config import BrokerConfig
from hmi.link.validate import Accepted, decode_signal
from hmi.nav.ev.consumption import ConsumptionModel
from hmi.nav.ev.profiles import get_profile
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
        physics.step(state, 0.1)
    now = time.time()
    for path, value in signal_values(state, spec).items():
        result = decode_signal(
            sig.BY_PATH[path], json.dumps({"value": value, "ts": now}).encode(), last_ts=None, now=now
        )
        assert isinstance(result, Accepted), (path, value, result)


def _driving_agent(outside_c: float = 20.0) -> SimAgent:
    """An offline agent (no broker) about to drive 6 km due north at up to 90 km/h."""
    agent = SimAgent(BrokerConfig(), client_id="physics-agent")
    agent.state.outside_temp = outside_c
    agent.path = DrivePath([(47.0, 9.5), (47.054, 9.5)], [90.0])
    agent.driving, agent.state.gear = True, sig.GEAR_DRIVE
    return agent


def _drive(agent: SimAgent, seconds: float, dt: float = 0.1) -> float:
    """Tick ``seconds``; returns the energy the shown battery power adds up to (kWh, + = drawn)."""
    drawn = 0.0
    for _ in range(round(seconds / dt)):
        agent.tick(dt)
        drawn += -agent.state.battery_power_w * dt / 3.6e6
    return drawn


def test_the_simulated_car_is_its_vehicle_profile() -> None:
    spec = physics.CarSpec()
    leaf = get_profile(physics.SIM_VEHICLE)
    assert spec.profile == leaf
    assert spec.capacity_kwh == leaf.usable_capacity_kwh and spec.ac_power_kw == leaf.onboard_charger_kw
    agent = SimAgent(BrokerConfig(), client_id="physics-agent")
    assert agent.battery.profile is agent.spec.profile
    assert signal_values(agent.state, agent.spec)[sig.NET_CAPACITY] == round(leaf.usable_capacity_kwh)


def test_shown_power_is_what_drains_the_battery_and_what_the_planner_predicts() -> None:
    agent = _driving_agent()
    soc0 = agent.state.soc
    drawn = _drive(agent, 200.0)  # accelerate, then cruise at 90 km/h
    assert agent.state.speed_kmh == pytest.approx(90.0)
    # Cruising shows what the planner's consumption model draws at a steady 90 km/h (LEAF: 12-19 kWh/100 km).
    model = ConsumptionModel(agent.spec.profile, 20.0)
    cruise_kw = -agent.state.battery_power_w / 1000
    assert cruise_kw == pytest.approx(model.power_kw(25.0), rel=1e-9)
    assert 12 < cruise_kw / 90 * 100 < 19
    # The power on the screen adds up to the energy the SoC lost (the SoC follows the planner's trip
    # average, which folds in typical accelerations: a little more than this steady drive).
    lost = (soc0 - agent.state.soc) / 100 * agent.spec.capacity_kwh
    assert drawn == pytest.approx(lost, rel=0.06)
    # Braking gives energy back.
    agent.driving = False
    agent.tick(0.1)
    assert agent.state.battery_power_w > 0, "braking regenerates"


def test_cold_weather_costs_range_and_a_standstill_still_draws_heating() -> None:
    warm, cold = _driving_agent(20.0), _driving_agent(20.0)
    _drive(warm, 10.0)
    _drive(cold, 10.0)
    cold.state.outside_temp = -10.0  # what the scenario event "outside_temp" does
    warm_kwh, cold_kwh = _drive(warm, 120.0), _drive(cold, 120.0)
    assert cold_kwh > warm_kwh * 1.2, (warm_kwh, cold_kwh)
    # Stopped in gear (a red light): the heating keeps drawing; parked and off: the SoC holds.
    cold.path = None
    _drive(cold, 30.0)
    assert cold.state.speed_kmh == 0 and cold.state.gear == sig.GEAR_DRIVE
    soc = cold.state.soc
    aux_kwh = get_profile(physics.SIM_VEHICLE).aux_kw(-10.0) / 60
    assert _drive(cold, 60.0) == pytest.approx(aux_kwh, rel=1e-6)
    assert (soc - cold.state.soc) / 100 * cold.spec.capacity_kwh == pytest.approx(aux_kwh, rel=1e-6)
    assert cold.state.soc < soc
    cold.state.gear = sig.GEAR_PARK
    soc = cold.state.soc
    _drive(cold, 60.0)
    assert cold.state.soc == soc and cold.state.battery_power_w == -physics.PARKED_STANDBY_W


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


def test_a_held_value_is_never_overtaken_by_a_full_publish_on_pahos_thread() -> None:
    """``publish_all`` runs on paho's thread after every connect while a test publishes its own value: the
    value sent last (and kept by the broker) is the test's, and timestamps never go back per topic."""
    import sys
    import threading

    agent = SimAgent(BrokerConfig())
    sent: list[tuple[str, bytes]] = []
    agent.client.publish = lambda topic, payload, **kw: sent.append((topic, payload))  # type: ignore[method-assign]
    topic = sig.BY_PATH[sig.ODOMETER].topic
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: the race shows within a few rounds
    try:
        for value in range(400):
            full = threading.Thread(target=agent.publish_all)
            full.start()
            agent.publish(sig.ODOMETER, float(value))
            full.join()
            mine = [json.loads(p) for t, p in sent if t == topic]
            assert mine[-1]["value"] == value, f"round {value}: {mine[-3:]}"
            stamps = [m["ts"] for m in mine]
            assert stamps == sorted(stamps), f"round {value}: timestamps went back"
            sent.clear()
    finally:
        sys.setswitchinterval(old_interval)
