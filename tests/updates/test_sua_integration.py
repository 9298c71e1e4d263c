"""End-to-end OTA flows through a real mosquitto: the SUA stand-in ↔ a paho client running the HMI machine."""

from __future__ import annotations

import time

import pytest
from ota_helpers import DRIVING, LOW_SOC, PARKED, HmiHarness

from hmi.sim.sua import SuaSimulator
from hmi.updates.machine import State
from hmi.updates.service import UpdateService

FAST = 0.01  # 100x faster than real time


@pytest.fixture
def make(mqtt_broker, tmp_path):
    """Start a simulator and an HMI harness on the test broker; everything is stopped afterwards."""
    started: list = []

    def sim(**kw) -> SuaSimulator:
        kw.setdefault("time_scale", FAST)
        s = SuaSimulator(mqtt_broker.host, mqtt_broker.port, **kw).start()
        started.append(s)
        return s

    def hmi(db: str = "ota.db") -> HmiHarness:
        h = HmiHarness(mqtt_broker.host, mqtt_broker.port, str(tmp_path / db)).start()
        started.append(h)
        return h

    yield sim, hmi
    for thing in reversed(started):
        thing.stop()


@pytest.mark.parametrize("consent", [True, False], ids=["consent-flow", "command-flow"])
def test_install_now_to_success(make, consent):
    sim_, hmi_ = make
    hmi = hmi_()
    hmi.vehicle(PARKED)
    sim = sim_(consent=consent)
    hmi.wait(
        lambda m: m.state in (State.OFFERED, State.CONSENT_REQUESTED) and m.activity.previous_version, what="offer"
    )
    view = hmi.service.view()
    assert view.version == "1.5.0" and "What's new in 1.5.0" in view.release_notes and view.badge
    if consent:
        hmi.wait_state(State.CONSENT_REQUESTED)
    hmi.tap("install_now")
    hmi.wait_state(State.AWAITING_ACTIVATION)
    assert sim.installed_version == "1.4.2"
    hmi.tap("activate")
    hmi.wait_state(State.SUCCESS)
    hmi.wait(lambda m: any(n.version == "1.5.0" for n in m.installed), what="installed list")
    assert sim.installed_version == "1.5.0"
    expected = (
        [("consent", "APPROVED")] * 3 if consent else [("command", c) for c in ("DOWNLOAD", "UPDATE", "ACTIVATE")]
    )
    assert sim.received == expected
    assert sim.statuses()[-3:] == ["ACTIVATING", "ACTIVATION_SUCCESS", "COMPLETE"]
    hmi.tap("dismiss")
    assert hmi.state == State.IDLE


def test_schedule_while_driving_then_install_when_parked(make):
    sim_, hmi_ = make
    hmi = hmi_()
    hmi.vehicle(DRIVING)
    sim = sim_()
    hmi.wait_state(State.CONSENT_REQUESTED)
    hmi.tap("schedule", time.time() + 1.0)
    hmi.wait_state(State.SCHEDULED, State.WAITING_CONDITIONS)
    hmi.wait_state(State.WAITING_CONDITIONS)
    assert "Waiting: the car is moving" in hmi.notices
    time.sleep(0.3)  # the install consent request is pending; nothing may be approved while driving
    assert sim.received == [("consent", "APPROVED")]  # the download only
    assert "UPDATING" not in sim.statuses()
    hmi.vehicle(PARKED)
    hmi.wait_state(State.AWAITING_ACTIVATION)
    assert "Waited until parked, installing now" in hmi.notices
    hmi.tap("activate")
    hmi.wait_state(State.SUCCESS)


def test_low_soc_refusal(make):
    sim_, hmi_ = make
    hmi = hmi_()
    hmi.vehicle(LOW_SOC)
    sim = sim_(consent=False)
    hmi.wait_state(State.OFFERED)
    hmi.tap("install_now")
    hmi.wait_state(State.WAITING_CONDITIONS)
    assert hmi.service.view().waiting_text == "Waiting: the battery is below 30 %"
    time.sleep(0.3)
    assert sim.received == [("command", "DOWNLOAD")]
    hmi.tap("decline")
    assert hmi.state == State.DECLINED
    sim.wait_for(lambda: ("command", "CLEANUP") in sim.received, 5)
    assert sim.received == [("command", "DOWNLOAD"), ("command", "CLEANUP")]
    assert sim.installed_version == "1.4.2"


def test_download_failure(make):
    sim_, hmi_ = make
    hmi = hmi_()
    hmi.vehicle(PARKED)
    sim = sim_(fail="download")
    hmi.wait_state(State.CONSENT_REQUESTED)
    hmi.tap("install_now")
    hmi.wait_state(State.FAILED)
    view = hmi.service.view()
    assert "download failed" in view.failure_text and "Connection to the update server lost" in view.failure_text
    assert not view.can_rollback and view.can_dismiss
    sim.wait_for(lambda: sim.statuses()[-1:] == ["INCOMPLETE"], 5)
    assert "DOWNLOAD_FAILURE" in sim.statuses() and hmi.state == State.FAILED


def test_activation_failure_rolls_back(make):
    sim_, hmi_ = make
    hmi = hmi_()
    hmi.vehicle(PARKED)
    sim = sim_(fail="activation")
    hmi.wait_state(State.CONSENT_REQUESTED)
    hmi.tap("install_now")
    hmi.wait_state(State.AWAITING_ACTIVATION)
    hmi.tap("activate")
    hmi.wait(lambda m: m.state == State.FAILED and m.rolled_back, what="failed and rolled back")
    view = hmi.service.view()
    assert "did not start" in view.failure_text and "running version 1.4.2" in view.failure_text
    assert "Your car is back on version 1.4.2" in hmi.notices
    assert sim.installed_version == "1.4.2" and "COMPLETE" not in sim.statuses()


def test_update_failure_then_driver_rollback(make):
    sim_, hmi_ = make
    hmi = hmi_()
    hmi.vehicle(PARKED)
    sim = sim_(fail="update", consent=False)
    hmi.wait_state(State.OFFERED)
    hmi.tap("install_now")
    hmi.wait_state(State.FAILED)
    assert hmi.service.view().can_rollback
    hmi.tap("rollback")
    hmi.wait(lambda m: m.rolled_back, what="rollback confirmed")
    assert ("command", "ROLLBACK") in sim.received


@pytest.mark.parametrize("consent", [True, False], ids=["consent-flow", "command-flow"])
def test_restart_mid_download(make, consent, tmp_path):
    sim_, hmi_ = make
    hmi = hmi_("restart.db")
    hmi.vehicle(DRIVING)
    sim = sim_(consent=consent, time_scale=0.1)  # 1 s download
    hmi.wait_state(State.CONSENT_REQUESTED if consent else State.OFFERED)
    hmi.tap("install_now")
    hmi.wait(lambda m: m.state == State.DOWNLOADING and m.progress >= 10, what="download under way")
    hmi.stop()  # the HMI dies mid-download …
    assert sim.wait_for(lambda: "DOWNLOAD_SUCCESS" in sim.statuses(), 10)  # … and misses the end of it
    peek = UpdateService(str(tmp_path / "restart.db"))
    assert peek.machine.state == State.DOWNLOADING  # the restored screen, before any message
    peek.store.close()
    hmi2 = hmi_("restart.db")
    hmi2.wait(lambda m: m.state == State.WAITING_CONDITIONS, what="resync after restart")
    assert hmi2.service.machine.progress == 100
    hmi2.vehicle(PARKED)
    hmi2.wait_state(State.AWAITING_ACTIVATION)
    hmi2.tap("activate")
    hmi2.wait_state(State.SUCCESS)
    assert sim.installed_version == "1.5.0"


def test_standalone_simulator_process(mqtt_broker, tmp_path):
    """``python -m hmi.sim.sua`` as its own process, with failure injection; SIGTERM stops it cleanly."""
    import signal
    import subprocess
    import sys

    hmi = HmiHarness(mqtt_broker.host, mqtt_broker.port, str(tmp_path / "cli.db")).start()
    broker = ["--mqtt-host", mqtt_broker.host, "--mqtt-port", str(mqtt_broker.port)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "hmi.sim.sua", *broker, "--fail", "download", "--time-scale", "0.01", "--no-consent"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        hmi.vehicle(PARKED)
        hmi.wait_state(State.OFFERED, timeout=20)
        hmi.tap("install_now")
        hmi.wait_state(State.FAILED)
        assert "download failed" in hmi.service.view().failure_text
    finally:
        hmi.stop()
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=10)
    assert proc.returncode == 0, out.decode(errors="replace")[-2000:]
    assert b"SUA simulator running" in out
