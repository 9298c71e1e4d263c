"""kiosk/mosquitto-bridge.conf.example: what goes to the cloud and what comes back, on real brokers.

The car broker runs the shipped config plus the example bridge; the "cloud" is a second
local mosquitto. Only the address and the TLS lines are changed for the test (no
certificates here); every topic line is used as written.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterator

import pytest
from kiosk_fixtures import KIOSK, ShippedBroker
from kiosk_mqtt import TIMEOUT, Client

from hmi.broker import Mosquitto

VIN = "TESTVIN0000000001"


class Anonymous:
    """Connection data of the cloud stand-in (no accounts)."""

    def __init__(self, broker: Mosquitto) -> None:
        self.host, self.port, self.passwords = broker.host, broker.port, {}


def bridge_config(cloud_port: int) -> str:
    out = []
    for line in (KIOSK / "mosquitto-bridge.conf.example").read_text().splitlines():
        key = line.split(" ", 1)[0]
        if key in ("bridge_cafile", "bridge_certfile", "bridge_keyfile", "bridge_tls_version", "bridge_insecure"):
            continue
        if key == "address":
            line = f"address 127.0.0.1:{cloud_port}"
        out.append(line.replace("VIN", VIN))
    return "\n".join(out) + "\n"


@pytest.fixture
def bridged() -> Iterator[tuple[ShippedBroker, Client]]:
    cloud = Mosquitto().start()
    car = ShippedBroker()
    car.broker.config_path.write_text(car.broker.config_path.read_text() + bridge_config(cloud.port))
    clients: list[Client] = []
    try:
        car.broker.start()
        fleet = Client(Anonymous(cloud), None)
        clients.append(fleet)
        fleet.subscribe("fleet/#")
        # The bridge announces itself (notifications): it is connected.
        while True:
            topic, payload = fleet.messages.get(timeout=TIMEOUT * 3)
            if topic == f"fleet/{VIN}/bridge/status" and payload == b"1":
                break
        yield car, fleet
    finally:
        for c in clients:
            c.close()
        car.broker.close()
        shutil.rmtree(car.tmp, ignore_errors=True)
        cloud.close()


def test_selected_state_goes_out_commands_and_high_rate_signals_stay(bridged):
    car, fleet = bridged
    agent, hmi = Client(car, "agent"), Client(car, "hmi")
    try:
        agent.publish("vss/Vehicle/Speed", {"value": 88, "ts": 1.0})  # high rate: stays in the car
        hmi.publish("hmi/command/set_charge_limit", {"id": "x", "ts": 1.0, "percent": 80})  # driver's own
        hmi.publish("selfupdate/desiredstate/command", {"baseline": "b", "command": "UPDATE"})
        token = uuid.uuid4().hex
        agent.publish("vss/Vehicle/Powertrain/TractionBattery/StateOfCharge/Displayed", {"value": 55, "token": token})
        hmi.publish("hmi/navigation/active", {"destination": None, "token": token})
        seen: dict[str, dict] = {}
        want = {
            f"fleet/{VIN}/vss/Vehicle/Powertrain/TractionBattery/StateOfCharge/Displayed",
            f"fleet/{VIN}/hmi/navigation/active",
        }
        while not want <= seen.keys():
            topic, payload = fleet.messages.get(timeout=TIMEOUT)
            seen[topic] = json.loads(payload) if payload.startswith(b"{") else {}
        assert all(seen[t]["token"] == token for t in want)
        leaked = [t for t in seen if "Speed" in t or "command" in t]
        assert leaked == []
    finally:
        agent.close()
        hmi.close()


def test_phone_services_come_in_commands_do_not(bridged):
    car, fleet = bridged
    hmi, agent = Client(car, "hmi"), Client(car, "agent")
    try:
        hmi.subscribe("services/#", "hmi/#", "selfupdate/#", "deviceupdate/#")
        agent.subscribe("hmi/#", "selfupdate/#", "deviceupdate/#")
        # From the cloud: things it must not be able to do in the car ...
        fleet.publish(f"fleet/{VIN}/hmi/command/start_stop_charging", {"id": "x", "ts": 1.0, "action": "STOP"})
        fleet.publish(f"fleet/{VIN}/selfupdate/desiredstate/command", {"baseline": "b", "command": "ACTIVATE"})
        fleet.publish(f"fleet/{VIN}/deviceupdate/ownerconsentfeedback", {"status": "APPROVED"})
        fleet.publish(f"fleet/{VIN}/vss/Vehicle/Speed", {"value": 0, "ts": 1.0})
        # ... then what it may: a destination from the phone and an OTA offer.
        token = uuid.uuid4().hex
        fleet.publish(f"fleet/{VIN}/services/destination", {"id": token, "name": "Vaduz", "lat": 47.1, "lon": 9.5})
        fleet.publish(f"fleet/{VIN}/selfupdate/desiredstate", {"token": token})
        assert hmi.received_before_sentinel("selfupdate/desiredstate", token) == ["services/destination"]
        assert agent.received_before_sentinel("selfupdate/desiredstate", token) == []
    finally:
        hmi.close()
        agent.close()
