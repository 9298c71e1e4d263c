"""The shipped broker lock-down (kiosk/mosquitto.conf + kiosk/acl) on a real mosquitto.

Delivery checks use a sentinel: the forbidden message is published first, then an
allowed one by the same publisher after the broker acknowledged the first; once the
sentinel arrives, the forbidden message would have arrived before it if it was routed.
"""

from __future__ import annotations

import json
import os
import queue
import socket
import subprocess
import sys
import time
import uuid

import paho.mqtt.client as mqtt
import pytest
from kiosk_mqtt import TIMEOUT, Client

from hmi.link.client import SUBSCRIPTIONS as HMI_SUBSCRIPTIONS


@pytest.fixture
def clients(shipped_broker):
    made: list[Client] = []

    def make(user: str | None, password: str | None = None) -> Client:
        client = Client(shipped_broker, user, password)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


def test_listener_is_loopback_only(shipped_broker):
    # Only 127.0.0.1 answers; another local address of this machine does not.
    with socket.create_connection(("127.0.0.1", shipped_broker.port), timeout=2):
        pass
    try:
        other = socket.gethostbyname(socket.gethostname())
    except OSError:
        other = None
    if other and not other.startswith("127."):
        with pytest.raises(OSError):
            socket.create_connection((other, shipped_broker.port), timeout=2).close()


def test_anonymous_and_wrong_password_refused(clients):
    anonymous = clients(None)
    assert anonymous.rc.is_failure and anonymous.rc.value == 135  # Not authorized
    wrong = clients("hmi", "not-the-password")
    assert wrong.rc.is_failure and wrong.rc.value in (134, 135)  # Bad user name or password
    unknown = clients("root", "x")
    assert unknown.rc.is_failure
    assert clients("hmi").ok


# (publisher, topic, subscriber): every path the contract needs.
ALLOWED = [
    ("agent", "vss/Vehicle/Speed", "hmi"),
    ("agent", "vss/Vehicle/Powertrain/TractionBattery/StateOfCharge/Displayed", "hmi"),
    ("agent", "agent/status", "hmi"),
    ("agent", "services/destination", "hmi"),
    ("agent", "services/preconditioning", "hmi"),
    ("agent", "hmi/command/set_charge_limit/result", "hmi"),
    ("agent", "selfupdate/desiredstate", "hmi"),
    ("agent", "selfupdate/desiredstate", "updater"),
    ("agent", "selfupdate/desiredstatefeedback", "hmi"),
    ("agent", "selfupdate/currentstate", "hmi"),
    ("hmi", "hmi/status", "agent"),
    ("hmi", "hmi/command/set_charge_limit", "agent"),
    ("hmi", "hmi/navigation/active", "agent"),
    ("hmi", "selfupdate/desiredstate/command", "updater"),
    ("hmi", "selfupdate/currentstate/get", "updater"),
    ("hmi", "deviceupdate/ownerconsentfeedback", "updater"),
    ("hmi", "selfupdate/desiredstate/command", "agent"),  # the agent reports OTA progress to the cloud
    ("updater", "selfupdate/desiredstate", "hmi"),
    ("updater", "selfupdate/desiredstatefeedback", "hmi"),
    ("updater", "selfupdate/currentstate", "hmi"),
    ("updater", "deviceupdate/ownerconsent", "hmi"),
    ("updater", "deviceupdate/ownerconsent", "agent"),
]


@pytest.mark.parametrize(("publisher", "topic", "subscriber"), ALLOWED)
def test_allowed_path_delivers(clients, publisher, topic, subscriber):
    sub = clients(subscriber)
    # The HMI subscribes with the same wildcards as hmi.link; the ACL filters per message.
    rcs = sub.subscribe(*(HMI_SUBSCRIPTIONS if subscriber == "hmi" else (topic,)))
    assert not any(rc.is_failure for rc in rcs), rcs
    pub = clients(publisher)
    pub.publish(topic, {"value": 1, "ts": time.time()})
    got, payload = sub.messages.get(timeout=TIMEOUT)
    assert got == topic and json.loads(payload)["value"] == 1


# (publisher, forbidden topic, subscriber that would read it, sentinel topic the publisher may use and subscriber read)
FORBIDDEN_PUBLISH = [
    # the HMI never publishes vehicle signals, presence of the agent, or phone services
    ("hmi", "vss/Vehicle/Speed", "hmi", "hmi/status"),
    ("hmi", "vss/Vehicle/Powertrain/Transmission/SelectedGear", "hmi", "hmi/status"),
    ("hmi", "agent/status", "hmi", "hmi/status"),
    ("hmi", "services/destination", "hmi", "hmi/status"),
    # nor the updater's topics (it could fake progress or consent requests)
    ("hmi", "selfupdate/desiredstatefeedback", "hmi", "hmi/status"),
    ("hmi", "deviceupdate/ownerconsent", "hmi", "hmi/status"),
    ("hmi", "selfupdate/desiredstate", "hmi", "hmi/status"),
    # the agent cannot send update commands or consent, nor HMI commands
    ("agent", "selfupdate/desiredstate/command", "updater", "selfupdate/desiredstate"),
    ("agent", "selfupdate/currentstate/get", "updater", "selfupdate/desiredstate"),
    ("agent", "deviceupdate/ownerconsentfeedback", "updater", "selfupdate/desiredstate"),
    ("agent", "deviceupdate/ownerconsent", "hmi", "agent/status"),
    ("agent", "hmi/command/start_stop_charging", "agent", "selfupdate/desiredstate"),
    ("agent", "hmi/status", "agent", "selfupdate/desiredstate"),
    # the updater cannot touch vehicle signals, commands or the HMI
    ("updater", "vss/Vehicle/Speed", "hmi", "selfupdate/currentstate"),
    ("updater", "selfupdate/desiredstate/command", "agent", "selfupdate/currentstate"),
    ("updater", "hmi/command/set_charge_limit", "agent", "selfupdate/currentstate"),
    ("updater", "deviceupdate/ownerconsentfeedback", "agent", "deviceupdate/ownerconsent"),
]


@pytest.mark.parametrize(("publisher", "topic", "subscriber", "sentinel"), FORBIDDEN_PUBLISH)
def test_forbidden_publish_is_not_delivered(clients, publisher, topic, subscriber, sentinel):
    # The reader subscribes with "#" too: whatever its ACL lets through would show.
    reader = clients(subscriber)
    reader.subscribe(topic, sentinel, "#")
    pub = clients(publisher)
    token = uuid.uuid4().hex
    pub.publish(topic, {"value": 0, "ts": time.time()})
    pub.publish(sentinel, {"token": token})
    assert topic not in reader.received_before_sentinel(sentinel, token)


def test_forbidden_retained_publish_is_not_stored(clients):
    # A dropped retained message must not be served to later subscribers either.
    token = uuid.uuid4().hex
    clients("agent").publish("agent/status", {"token": token}, retain=True)
    clients("hmi").publish("vss/Vehicle/Speed", {"value": 250, "ts": time.time()}, retain=True)
    later = clients("hmi")
    # One SUBSCRIBE: mosquitto sends the retained messages in subscription order.
    later.subscribe("vss/Vehicle/Speed", "agent/status")
    assert later.received_before_sentinel("agent/status", token) == []


# (reader, topic it must not receive, publisher allowed to write it, sentinel the publisher may write and reader read)
FORBIDDEN_READ = [
    ("updater", "vss/Vehicle/Speed", "agent", "selfupdate/desiredstate"),
    ("updater", "hmi/command/set_charge_limit", "hmi", "selfupdate/desiredstate/command"),
    ("updater", "services/destination", "agent", "selfupdate/desiredstate"),
    ("agent", "vss/Vehicle/Speed", "agent", "selfupdate/desiredstate"),  # it has no use for its own signals
]


@pytest.mark.parametrize(("reader", "topic", "publisher", "sentinel"), FORBIDDEN_READ)
def test_forbidden_read(clients, reader, topic, publisher, sentinel):
    sub = clients(reader)
    sub.subscribe(topic, sentinel)
    pub = clients(publisher)
    token = uuid.uuid4().hex
    pub.publish(topic, {"value": 1, "ts": time.time()})
    pub.publish(sentinel, {"token": token})
    assert topic not in sub.received_before_sentinel(sentinel, token)


def test_agent_last_will_is_published(clients, shipped_broker):
    # The LWT on agent/status passes the ACL too, so the HMI sees the agent go offline.
    hmi = clients("hmi")
    hmi.subscribe("agent/status")
    agent = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="test-agent-lwt")
    agent.username_pw_set("agent", shipped_broker.passwords["agent"])
    agent.will_set("agent/status", json.dumps("offline"), qos=1, retain=True)
    agent.connect(shipped_broker.host, shipped_broker.port, keepalive=30)
    agent.loop_start()
    agent.publish("agent/status", json.dumps("online"), qos=1, retain=True).wait_for_publish(TIMEOUT)
    assert json.loads(hmi.messages.get(timeout=TIMEOUT)[1]) == "online"
    agent.loop_stop()
    agent.socket().close()  # an unclean drop, as in a crash
    assert json.loads(hmi.messages.get(timeout=TIMEOUT)[1]) == "offline"


def test_oversized_message_is_refused(clients, shipped_broker):
    # max_packet_size: a runaway client cannot push megabytes at the HMI.
    reader = clients("hmi")
    reader.subscribe("vss/Vehicle/Speed")
    disconnected: queue.Queue[object] = queue.Queue()
    big = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="test-agent-big")
    big.username_pw_set("agent", shipped_broker.passwords["agent"])
    big.on_disconnect = lambda c, u, flags, rc, props: disconnected.put(rc)
    big.connect(shipped_broker.host, shipped_broker.port, keepalive=30)
    big.loop_start()
    try:
        big.publish("vss/Vehicle/Speed", b"x" * 300_000, qos=1)
        disconnected.get(timeout=TIMEOUT)  # the broker drops the connection
    finally:
        big.loop_stop()
    token = uuid.uuid4().hex
    clients("agent").publish("vss/Vehicle/Speed", {"token": token})
    _topic, payload = reader.messages.get(timeout=TIMEOUT)
    assert json.loads(payload) == {"token": token}


def test_simulated_update_agent_as_updater_reaches_the_hmi(clients, shipped_broker):
    """The bench-rig SUA (hmi.sim.sua, run by hmi-sua.service) works under the updater account."""
    hmi = clients("hmi")
    hmi.subscribe(*HMI_SUBSCRIPTIONS)
    env = dict(os.environ, HMI_MQTT_USERNAME="updater", HMI_MQTT_PASSWORD=shipped_broker.passwords["updater"])
    sua = subprocess.Popen(
        [sys.executable, "-m", "hmi.sim.sua", "--mqtt-port", str(shipped_broker.port), "--time-scale", "0.01"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wanted = {"selfupdate/currentstate", "selfupdate/desiredstate", "deviceupdate/ownerconsent"}
        seen: set[str] = set()
        deadline = time.monotonic() + 20
        while not wanted <= seen:
            topic, _ = hmi.messages.get(timeout=max(0.01, deadline - time.monotonic()))
            seen.add(topic)
    finally:
        sua.terminate()
        sua.wait(10)
