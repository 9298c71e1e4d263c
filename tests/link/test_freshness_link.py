"""The freshness rule through the real link: a real mosquitto, the real ``MqttLink`` and store on the Qt loop, and
a test-side car that publishes exactly what each case needs.

Each case is one hazard of the issue: retained values from hours ago, a dead agent's last words replayed after a
broker restart, duplicates of a value stamped ahead of our clock, the agent going offline or dying, values from
before a reconnect, a command that would start something on stale data, and a car clock far off ours. The OTA
cases go through the whole install path (self-update agent stand-in, ``UpdateService`` + ``UpdatesModel``, the
app's binding) and watch what the HMI publishes.
"""

from __future__ import annotations

import logging
import time

import paho.mqtt.client as mqtt
import pytest
from link_helpers import Car, Hmi, Observer

from hmi.link import signals as sig
from hmi.link import topics
from hmi.link.client import BrokerState, MqttLink
from hmi.link.config import BrokerConfig
from hmi.sim.sua import SuaSimulator
from hmi.vehicle.freshness import PRECONDITION_SIGNALS, SAFETY_MAX_AGE_S
from hmi.vehicle.store import VehicleStore

pytestmark = pytest.mark.timeout(90)

PARKED = {sig.SPEED: 0.0, sig.GEAR: sig.GEAR_PARK, sig.SOC: 80.0}
BOUND_S = 1.0


@pytest.fixture
def link(qtbot, qasync_loop, mqtt_broker):
    """The HMI's link and store on the test broker, connected."""
    store = VehicleStore()
    link = MqttLink(store, BrokerConfig(mqtt_broker.host, mqtt_broker.port), loop=qasync_loop)
    link.start()
    qtbot.waitUntil(lambda: link.broker is BrokerState.CONNECTED, timeout=10_000)
    qtbot.wait(200)  # subscribed
    yield link
    link.stop()


@pytest.fixture
def car(mqtt_broker):
    car = Car(mqtt_broker)
    car.connect()
    yield car
    car.close()


def publish(car: Car, values: dict, ts: float | None = None) -> None:
    for path, value in values.items():
        car.publish(path, value, time.time() if ts is None else ts)


def test_fresh_values_make_the_car_parked_and_the_link_reports_it_going_stale(link, car, qtbot) -> None:
    changes: list[bool] = []
    link.on_safety(lambda: changes.append(link.parked()))
    publish(car, PARKED)
    qtbot.waitUntil(link.parked, timeout=5_000)
    t_last = time.monotonic()
    # Nothing more arrives: the link says so the moment the bound is passed (no polling, no next message).
    qtbot.waitUntil(lambda: not link.parked(), timeout=int(SAFETY_MAX_AGE_S * 1000) + 3_000)
    assert time.monotonic() - t_last == pytest.approx(SAFETY_MAX_AGE_S, abs=0.6)
    qtbot.waitUntil(lambda: changes and changes[-1] is False, timeout=2_000)
    assert True in changes
    assert link.store.get(sig.SPEED) == 0.0 and link.store.is_current(sig.SPEED), "still shown as current (10 s)"


def test_retained_values_from_hours_ago_are_last_known(qtbot, qasync_loop, mqtt_broker, car) -> None:
    publish(car, PARKED, ts=time.time() - 3 * 3600)  # parked, three hours ago, retained
    store = VehicleStore()
    link = MqttLink(store, BrokerConfig(mqtt_broker.host, mqtt_broker.port), loop=qasync_loop)
    link.start()
    try:
        qtbot.waitUntil(lambda: store.get(sig.GEAR) == sig.GEAR_PARK and link.agent == "online", timeout=10_000)
        assert not link.parked() and not link.safety_inputs(PARKED).ok
        assert all(store.is_stale(p) for p in PARKED) and store.state(sig.GEAR).live is False
        status = link.status
        assert status.lost and status.key == "no-data"
        assert str(status.reason) == "No data from the vehicle · last known 3 h ago"
        publish(car, PARKED)  # the car speaks, live
        qtbot.waitUntil(link.parked, timeout=5_000)
        qtbot.waitUntil(lambda: not link.status.lost, timeout=5_000)
    finally:
        link.stop()


def test_a_duplicate_does_not_extend_freshness(link, car, qtbot) -> None:
    # The agent's clock is a minute ahead (within tolerance): the age is then the time since we received it.
    publish(car, PARKED, ts=time.time() + 60)
    qtbot.waitUntil(link.parked, timeout=5_000)
    qtbot.waitUntil(lambda: not link.parked(), timeout=int(SAFETY_MAX_AGE_S * 1000) + 3_000)
    for path in PARKED:
        car.resend(car.last[path])  # the same message again (a replay, a retained copy)
    qtbot.waitUntil(lambda: link.rejections.counts.get((sig.BY_PATH[sig.GEAR].topic, "duplicate")), timeout=5_000)
    qtbot.wait(300)
    assert not link.parked(), "a duplicate is not news"
    publish(car, PARKED, ts=car.last[sig.SPEED].ts + 1)  # newer: news
    qtbot.waitUntil(link.parked, timeout=5_000)


def test_agent_offline_or_its_last_will_blocks_at_once(link, car, qtbot) -> None:
    publish(car, PARKED)
    qtbot.waitUntil(link.parked, timeout=5_000)
    car.status(topics.OFFLINE)
    qtbot.waitUntil(lambda: not link.parked(), timeout=1_000)
    assert link.store.is_stale(sig.SPEED), "an offline agent's values are last known"
    car.status(topics.ONLINE)
    qtbot.wait(200)
    assert not link.parked(), "online again, but nothing current said yet"
    publish(car, PARKED)
    qtbot.waitUntil(link.parked, timeout=5_000)
    car.crash()  # the broker publishes its last will at once
    qtbot.waitUntil(lambda: link.agent == topics.OFFLINE, timeout=5_000)
    assert not link.parked()


def test_values_from_before_a_reconnect_are_last_known(link, car, qtbot) -> None:
    publish(car, PARKED)
    qtbot.waitUntil(link.parked, timeout=5_000)
    link.stop()
    link.start()
    qtbot.waitUntil(lambda: link.broker is BrokerState.CONNECTED, timeout=10_000)
    qtbot.wait(300)  # the broker's retained copies (the same messages) have arrived by now
    assert not link.parked() and link.status.lost and link.status.key == "no-data"
    assert link.store.get(sig.GEAR) == sig.GEAR_PARK and link.store.is_stale(sig.GEAR)
    publish(car, PARKED)
    qtbot.waitUntil(link.parked, timeout=5_000)


def test_preconditioning_starts_only_on_fresh_data_and_always_stops(link, car, mqtt_broker, qtbot) -> None:
    seen: list[bytes] = []
    probe = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="command-probe")
    probe.on_message = lambda c, u, m: seen.append(m.payload)
    probe.connect(mqtt_broker.host, mqtt_broker.port)
    probe.subscribe(topics.command_topic("precondition_battery"), qos=1)
    probe.loop_start()
    try:
        qtbot.wait(200)
        cmd = link.send_command("precondition_battery", mode="FAST_CHARGING_PREPARATION")
        assert cmd.state == "failed" and cmd.message == "Waiting for current data from the car" and not cmd.sent
        stop = link.send_command("precondition_battery", mode="INACTIVE")  # stopping needs no data
        assert stop.state == "pending" and stop.sent
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=5_000)
        publish(car, {sig.SOC: 60.0, sig.LATITUDE: 47.14, sig.LONGITUDE: 9.52})
        qtbot.waitUntil(lambda: link.safety_inputs(PRECONDITION_SIGNALS).ok, timeout=5_000)
        start = link.send_command("precondition_battery", mode="FAST_CHARGING_PREPARATION")
        assert start.state == "pending" and start.sent
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=5_000)
        assert b"FAST_CHARGING_PREPARATION" in seen[1]
    finally:
        probe.loop_stop()
        probe.disconnect()


@pytest.mark.parametrize(("offset_s", "direction"), [(-600.0, "behind"), (+3600.0, "ahead of")])
def test_a_car_clock_far_off_ours_is_reported(link, car, qtbot, caplog, offset_s, direction) -> None:
    with caplog.at_level(logging.WARNING, logger="hmi.link.client"):
        deadline = time.monotonic() + 3
        while time.monotonic() < deadline and link.status.key != "clock":
            publish(car, {sig.SPEED: 0.0}, ts=time.time() + offset_s)  # live, stamped by a clock that is off
            qtbot.wait(150)
    status = link.status
    assert status.key == "clock" and status.lost and not link.parked()
    assert str(status.reason).startswith("The car's clock does not match this screen's")
    qtbot.waitUntil(lambda: any(f"s {direction} this screen" in r.getMessage() for r in caplog.records), timeout=3_000)


# ---------------------------------------------------------------------------------------------- the install path


@pytest.fixture
def ota(qtbot, qasync_loop, retaining_broker, tmp_path):
    """Car, observer, self-update agent and the HMI's OTA path on a broker that keeps retained messages."""
    car = Car(retaining_broker)
    car.connect()
    observer = Observer(retaining_broker)
    observer.connect()
    sua = SuaSimulator(retaining_broker.host, retaining_broker.port, consent=False, time_scale=0.02)
    hmi: Hmi | None = None

    def start_hmi() -> Hmi:
        nonlocal hmi
        hmi = Hmi(retaining_broker, qasync_loop, tmp_path, BOUND_S)
        qtbot.waitUntil(lambda: hmi.link.broker is BrokerState.CONNECTED, timeout=10_000)
        sua.start()
        qtbot.waitUntil(lambda: hmi.model.canInstallNow, timeout=10_000)
        return hmi

    yield car, observer, start_hmi
    if hmi is not None:
        hmi.close()
    sua.stop()
    car.close()
    observer.close()


def test_retained_parked_values_from_hours_ago_never_install(ota, qtbot) -> None:
    car, observer, start_hmi = ota
    publish(car, PARKED, ts=time.time() - 3 * 3600)
    hmi = start_hmi()
    hmi.model.installNow()
    qtbot.waitUntil(lambda: hmi.state == "WAITING_CONDITIONS", timeout=10_000)
    assert hmi.model.waitingText == "Waiting for current data from the car" == hmi.model.dataText
    qtbot.wait(int(BOUND_S * 2000))
    assert observer.commands() == ["DOWNLOAD"], "no UPDATE on values from three hours ago"
    publish(car, PARKED)
    qtbot.waitUntil(lambda: "UPDATE" in observer.commands(), timeout=10_000)
    assert hmi.model.dataText == "" or hmi.state != "WAITING_CONDITIONS"


def test_a_dead_agents_last_words_after_a_broker_restart_never_install(ota, retaining_broker, qtbot) -> None:
    """The agent said "online" and "parked", then the broker restarted without it: with persistence, the broker
    replays its last words (retained "online" and parked values); a scheduled install must not run on them."""
    car, observer, start_hmi = ota
    publish(car, PARKED)
    hmi = start_hmi()
    at = time.time() + 4
    hmi.model.scheduleAt(at)
    qtbot.waitUntil(lambda: hmi.state == "SCHEDULED", timeout=10_000)
    car.client.loop_stop()  # the agent hangs: its connection dies with the broker, no will is published
    car.client = None
    retaining_broker.stop()
    retaining_broker.start()
    qtbot.waitUntil(lambda: hmi.link.broker is BrokerState.CONNECTED, timeout=20_000)
    qtbot.waitUntil(lambda: hmi.link.agent == "online", timeout=5_000)  # the last words, replayed
    assert hmi.link.store.state(sig.GEAR).live is False
    qtbot.waitUntil(lambda: time.time() > at + 1.5, timeout=10_000)
    assert hmi.state == "WAITING_CONDITIONS" and hmi.model.waitingText == "Waiting for current data from the car"
    assert "UPDATE" not in observer.commands()
    car.connect()
    publish(car, PARKED)
    qtbot.waitUntil(lambda: "UPDATE" in observer.commands(), timeout=10_000)


def test_a_message_the_link_could_not_send_never_goes_out_later(qtbot, qasync_loop, retaining_broker) -> None:
    """paho keeps a QoS 1 message it could not send, or that was never acknowledged, and sends it on the next
    connection, however late. The HMI's messages are about now (an OTA UPDATE rests on data fresh when it left;
    one reported "not sent" had the driver's input undone), so none may reach the car after a reconnect. A
    persistent observer on a persistent broker would get anything paho sent late."""
    from link_helpers import Observer

    from hmi.link import topics

    observer = Observer(retaining_broker)
    observer.connect()
    link = MqttLink(VehicleStore(), BrokerConfig(retaining_broker.host, retaining_broker.port), loop=qasync_loop)
    link.start()
    try:
        qtbot.waitUntil(lambda: link.broker is BrokerState.CONNECTED, timeout=10_000)
        qtbot.wait(300)
        retaining_broker.stop()
        # into a connection that is going away: paho keeps both (unacknowledged or not sent at all)
        link.client.publish(topics.SELFUPDATE_DESIRED_STATE_COMMAND, b'{"late": 1}', qos=1)
        link.publish(topics.SELFUPDATE_DESIRED_STATE_COMMAND, {"late": 2})
        qtbot.waitUntil(lambda: link.broker is not BrokerState.CONNECTED, timeout=10_000)
        link.publish(topics.SELFUPDATE_DESIRED_STATE_COMMAND, {"late": 3})  # refused: not connected
        retaining_broker.start()
        qtbot.waitUntil(lambda: link.broker is BrokerState.CONNECTED and link.connect_count >= 2, timeout=30_000)
        qtbot.waitUntil(lambda: observer.client is not None and observer.client.is_connected(), timeout=10_000)
        assert link.publish(topics.SELFUPDATE_DESIRED_STATE_COMMAND, {"now": 4})
        qtbot.waitUntil(lambda: any("now" in o.payload for o in observer.seen), timeout=10_000)
        qtbot.wait(500)
        assert [o.payload for o in observer.seen] == [{"now": 4}]
    finally:
        link.stop()
        observer.close()
