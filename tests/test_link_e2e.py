"""The real app against a real mosquitto: live data, bad payloads, presence, reconnects, commands."""

from __future__ import annotations

import json
import logging
import time

import pytest

from hmi.link import signals as sig
from hmi.link import topics
from hmi.link.client import BrokerState
from hmi.testing.plugin import find_item, wait_until_value

pytestmark = pytest.mark.timeout(60)


def test_soc_published_by_agent_shows_in_status_bar_and_vehicle_page(hmi_app, agent, qtbot) -> None:
    agent.publish(sig.SOC, 63.0)
    wait_until_value(qtbot, hmi_app, "socText", "63 %")
    qtbot.waitUntil(lambda: find_item(hmi_app, "statusSoc").property("text") == "63 %", timeout=5000)
    assert find_item(hmi_app, "socValue").property("text") == "63 %"
    agent.publish(sig.SOC, 12.4)
    qtbot.waitUntil(lambda: find_item(hmi_app, "socValue").property("text") == "12 %", timeout=5000)


def test_every_signal_arrives_from_the_agent(hmi_app, agent, qtbot) -> None:
    qtbot.waitUntil(lambda: all(hmi_app.store.get(s.path) is not None for s in sig.SIGNALS), timeout=10_000)
    qtbot.waitUntil(lambda: not hmi_app.link.status.lost, timeout=10_000)
    qtbot.waitUntil(lambda: not find_item(hmi_app, "linkBanner").property("visible"), timeout=5_000)
    wait_until_value(qtbot, hmi_app, "gearText", "P")
    qtbot.waitUntil(lambda: hmi_app.vehicle.value("tyreRearRightText").endswith("bar"), timeout=5_000)


def bad_payloads() -> list[bytes]:
    """Every kind of broken payload, with a current timestamp unless the case is about the timestamp."""
    now = time.time()
    return [
        b"not json",
        f'{{"value": NaN, "ts": {now}}}'.encode(),
        f'{{"value": Infinity, "ts": {now}}}'.encode(),
        b'{"value": "\xff\xfe", "ts": ' + str(now).encode() + b"}",
        b"\xff\xfe\xfd",
        json.dumps({"value": "fast", "ts": now}).encode(),
        json.dumps({"value": 401, "ts": now}).encode(),
        json.dumps({"value": -1, "ts": now}).encode(),
        json.dumps({"value": True, "ts": now}).encode(),
        json.dumps({"value": 10}).encode(),
        b'{"value": 1, "ts": 1, "pad": "' + b"x" * (1024 * 1024) + b'"}',
        json.dumps({"value": 12, "ts": 1.0}).encode(),  # older than the last accepted
        json.dumps({"value": 12, "ts": now + 86400}).encode(),  # from the future
    ]


def test_bad_payloads_keep_the_last_good_value_and_are_logged_once(hmi_app, agent, qtbot, caplog) -> None:
    agent.publish(sig.SPEED, 88.0)
    wait_until_value(qtbot, hmi_app, "speedText", "88")
    topic = sig.BY_PATH[sig.SPEED].topic
    before = hmi_app.link.rejections.total
    bad = bad_payloads()
    with caplog.at_level(logging.WARNING, logger="hmi.link.client"):
        for payload in bad:
            agent.publish_raw(topic, payload, qos=1)
        for payload in bad:  # again: must not be logged again
            agent.publish_raw(topic, payload, qos=1)
        agent.publish_raw("vss/Vehicle/Unknown/Thing", b'{"value": 1, "ts": 1}', qos=1)
        agent.publish_raw("totally/unknown", b"\x00\x01", qos=1)
        qtbot.waitUntil(lambda: hmi_app.link.rejections.total >= before + 2 * len(bad), timeout=10_000)
    assert hmi_app.vehicle.value("speedText") == "88"
    assert hmi_app.store.get(sig.SPEED) == 88.0
    warnings = [r.getMessage() for r in caplog.records if "rejected vss/Vehicle/Speed" in r.getMessage()]
    kinds = {key[1] for key in hmi_app.link.rejections.counts if key[0] == topic}
    assert len(warnings) == len(kinds), "each rejection kind is logged once per topic"
    assert {"json", "utf8", "range", "type", "shape", "size", "stale", "ts"} <= kinds
    # The link is still alive and accepts the next good value.
    agent.publish(sig.SPEED, 42.0)
    wait_until_value(qtbot, hmi_app, "speedText", "42")


@pytest.mark.frame_budget_exempt(
    reason="the updates page re-evaluates every binding on the one `changed` of UpdatesModel (about 20 ms when "
    "the agent goes offline and the offer's conditions change); to be split into finer signals"
)
def test_agent_offline_shows_banner_and_recovers(hmi_app, agent, qtbot) -> None:
    banner = find_item(hmi_app, "linkBanner")
    qtbot.waitUntil(lambda: not banner.property("visible"), timeout=10_000)
    agent.go_offline()
    qtbot.waitUntil(lambda: banner.property("visible"), timeout=5_000)
    assert "offline" in find_item(hmi_app, "linkBannerText").property("text").lower()
    agent.go_online()
    qtbot.waitUntil(lambda: not banner.property("visible"), timeout=5_000)


def test_agent_crash_fires_last_will_within_keepalive(hmi_app, agent, qtbot) -> None:
    banner = find_item(hmi_app, "linkBanner")
    qtbot.waitUntil(lambda: not banner.property("visible"), timeout=10_000)
    t0 = time.monotonic()
    agent.crash()
    # The broker sees the socket close at once; the keepalive (5 s × 1.5) bounds a silent death.
    qtbot.waitUntil(lambda: banner.property("visible"), timeout=int(agent.keepalive_s * 1.5 * 1000) + 2000)
    assert hmi_app.link.agent == topics.OFFLINE
    assert time.monotonic() - t0 < agent.keepalive_s * 1.5 + 2
    assert hmi_app.store.get(sig.SOC) is not None, "last good values stay on screen (greyed when stale)"


def test_broker_restart_reconnects_and_restores_retained_state(hmi_app, agent, mqtt_broker, qtbot) -> None:
    agent.publish(sig.SOC, 55.0)
    wait_until_value(qtbot, hmi_app, "socText", "55 %")
    mqtt_broker.kill()
    qtbot.waitUntil(lambda: hmi_app.link.broker is not BrokerState.CONNECTED, timeout=10_000)
    banner = find_item(hmi_app, "linkBanner")
    qtbot.waitUntil(lambda: banner.property("visible"), timeout=5_000)
    assert "broker" in find_item(hmi_app, "linkBannerText").property("text").lower()
    mqtt_broker.start()
    # Both the HMI and the agent reconnect on their own; the agent republishes its retained state.
    qtbot.waitUntil(lambda: hmi_app.link.connect_count >= 2, timeout=20_000)
    assert hmi_app.store.get(sig.SOC) == 55.0, "the last known value stays on screen"
    agent.start()  # the car keeps talking: the banner goes once live values arrive on the new connection
    qtbot.waitUntil(lambda: not banner.property("visible"), timeout=20_000)
    agent.publish(sig.SOC, 54.0)
    wait_until_value(qtbot, hmi_app, "socText", "54 %")


def test_hmi_status_is_retained_with_last_will(hmi_app, broker_config, qtbot) -> None:
    import paho.mqtt.client as mqtt

    seen: list[bytes] = []
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="status-probe")
    client.on_message = lambda c, u, m: seen.append(m.payload)
    client.connect(broker_config.host, broker_config.port)
    client.subscribe(topics.HMI_STATUS)
    client.loop_start()
    try:
        qtbot.waitUntil(lambda: b"online" in seen, timeout=5_000)
        hmi_app.link.stop()
        qtbot.waitUntil(lambda: seen[-1] == b"offline", timeout=5_000)
    finally:
        client.loop_stop()
        client.disconnect()


def test_exception_in_a_listener_does_not_kill_the_link(hmi_app, agent, mqtt_broker, qtbot) -> None:
    def explode(path, value, ts):
        raise RuntimeError("listener bug")

    hmi_app.store.subscribe(explode)
    agent.publish(sig.SOC, 44.0)
    # The store listener raised inside paho's callback: the link logs it and carries on.
    agent.publish(sig.SPEED, 21.0)
    wait_until_value(qtbot, hmi_app, "speedText", "21")
    hmi_app.store._listeners.remove(explode)
    mqtt_broker.kill()
    mqtt_broker.start()
    qtbot.waitUntil(lambda: hmi_app.link.connect_count >= 2, timeout=20_000)
    agent.publish(sig.SPEED, 33.0)
    wait_until_value(qtbot, hmi_app, "speedText", "33", timeout=20_000)


def test_charge_limit_command_round_trip(hmi_app, agent, qtbot) -> None:
    qtbot.waitUntil(lambda: not hmi_app.link.status.lost, timeout=10_000)
    hmi_app.link_model.setChargeLimit(80)
    qtbot.waitUntil(lambda: hmi_app.link_model.commands.get("set_charge_limit", {}).get("state") == "ok", timeout=5_000)
    name, payload = agent.commands_seen[-1]
    assert name == "set_charge_limit" and payload["percent"] == 80 and "id" in payload and "ts" in payload


def test_command_without_answer_times_out(hmi_app, agent, qtbot) -> None:
    hmi_app.link.commands.timeout_s = 1.5
    agent.mute_commands = True
    hmi_app.link_model.setCharging(True)
    assert hmi_app.link_model.commands["start_stop_charging"]["state"] == "pending"
    qtbot.waitUntil(lambda: hmi_app.link_model.commands["start_stop_charging"]["state"] == "timeout", timeout=5_000)
    assert hmi_app.link_model.commands["start_stop_charging"]["message"] == "No answer from the car"


def test_refused_command_shows_agent_message(hmi_app, agent, qtbot) -> None:
    hmi_app.link_model.setCharging(True)  # the simulated car is not plugged in
    qtbot.waitUntil(
        lambda: hmi_app.link_model.commands.get("start_stop_charging", {}).get("state") == "failed", timeout=5_000
    )
    assert hmi_app.link_model.commands["start_stop_charging"]["message"] == "Charging cable not connected"


def test_unreachable_broker_is_shown_and_retried(qtbot, qasync_loop, tmp_path) -> None:
    from hmi.broker import Mosquitto, free_port
    from hmi.link.config import BrokerConfig
    from hmi.ui.app import HmiApp

    port = free_port()
    app = HmiApp(BrokerConfig("127.0.0.1", port), data_path=tmp_path, loop=qasync_loop).start()
    broker = Mosquitto(port=port)
    try:
        qtbot.waitUntil(lambda: app.link.broker is BrokerState.UNREACHABLE, timeout=5_000)
        assert app.find("linkBanner").property("visible")
        broker.start()
        qtbot.waitUntil(lambda: app.link.broker is BrokerState.CONNECTED, timeout=20_000)
        assert not app.qml_warnings
    finally:
        app.close()
        broker.close()


#: Markup an agent might send: it must reach the screen as these characters, never as an image, link or colour.
MARKUP = "<img src=x><a href=y>hi</a><font color=red>"


def test_agent_command_message_with_markup_is_shown_literally(hmi_app, agent, qtbot) -> None:
    from PySide6.QtQml import QQmlComponent

    hmi_app.app.showPage("vehicle")
    agent.command_reply["set_charge_limit"] = (False, MARKUP)
    hmi_app.link_model.setChargeLimit(80)
    label = find_item(hmi_app, "commandMessage")
    qtbot.waitUntil(lambda: label.isVisible() and label.property("text") == MARKUP, timeout=5_000)
    # Reference texts in the same font: the message lays out like the whole string drawn as plain text, far
    # wider than the "hi" that rich text would draw (which would also try to load the image "x").
    widths = {}
    for name, text in (("all", MARKUP), ("hi", "hi")):
        component = QQmlComponent(hmi_app.engine)
        component.setData(b"import QtQuick\nText { textFormat: Text.PlainText }", hmi_app.engine.baseUrl())
        ref = component.create()
        assert ref is not None, component.errorString()
        ref.setProperty("font", label.property("font"))
        ref.setProperty("text", text)
        widths[name] = ref.property("implicitWidth")
        ref.deleteLater()
    assert label.property("implicitWidth") == widths["all"] > 5 * widths["hi"]


def test_text_entry_locks_when_the_car_falls_silent_and_says_why(hmi_app, agent, qtbot) -> None:
    from hmi.vehicle.freshness import SAFETY_MAX_AGE_S

    agent.publish(sig.SPEED, 0.0)
    agent.publish(sig.GEAR, sig.GEAR_PARK)
    agent.start()  # the car keeps reporting: parked
    hmi_app.app.showPage("navigate")
    qtbot.waitUntil(lambda: not hmi_app.nav.keyboardLocked, timeout=10_000)
    agent.stop()  # silence: the last "parked" gets older than the bound
    qtbot.waitUntil(lambda: hmi_app.nav.keyboardLocked, timeout=int(SAFETY_MAX_AGE_S * 1000) + 3_000)
    assert hmi_app.nav.keyboardLockReason == "Waiting for current data from the car"
    qtbot.waitUntil(lambda: hmi_app.nav.hasMap, timeout=20_000)  # the search field shows with the map
    text = find_item(hmi_app, "searchText")
    qtbot.waitUntil(lambda: text.property("text") == "Waiting for current data from the car", timeout=5_000)
    agent.start()
    qtbot.waitUntil(lambda: not hmi_app.nav.keyboardLocked, timeout=10_000)
    assert hmi_app.nav.keyboardLockReason == ""
    # Moving: locked, and the screen's own "while driving" line applies (no data reason).
    agent.publish(sig.SPEED, 40.0)
    agent.publish(sig.GEAR, sig.GEAR_DRIVE)
    qtbot.waitUntil(lambda: hmi_app.nav.keyboardLocked, timeout=5_000)
    assert hmi_app.nav.keyboardLockReason == ""
