"""Property test through the real link: no UPDATE/ACTIVATE is ever sent on stale data or for an offline agent.

A real mosquitto (with ``persistence true``, so retained "last words" survive broker restarts), the HMI's real
``MqttLink`` + ``VehicleStore`` + ``UpdateService``/``UpdatesModel`` wired by the app's own binding, the
self-update agent stand-in offering an update, a test-side car publishing exactly what the test says, and a
test-side observer recording what the HMI publishes. Hypothesis draws sequences of: fresh values, values
stamped in the future (agent clock ahead, within tolerance), duplicates, replays of older values, retained
values from the past, the agent going offline / crashing (last will) / coming back, broker restarts, HMI
reconnects, waits and driver taps.

Every UPDATE/ACTIVATE command and every consent approval after the download's is checked against the test's
own judgement (``link_helpers.Judge``): the car must have sent speed, gear and SoC live, as news, with nothing
invalidating them, younger than the bound at the decision time, while the agent was online. Each sequence ends
with the car online and talking: then the gated command *must* go out — so the test can fail both ways.

The link's freshness bound is shortened to ``BOUND_S`` so a sequence takes seconds, not minutes.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, Phase, event, given, settings
from hypothesis import strategies as st
from link_helpers import Car, Hmi, Judge, Observer, gated_decisions, persistent_broker

from hmi.link import signals as sig
from hmi.link.client import BrokerState
from hmi.sim.sua import SuaSimulator

pytestmark = pytest.mark.timeout(240)

BOUND_S = 1.0
PARKED = {sig.SPEED: 0.0, sig.GEAR: sig.GEAR_PARK, sig.SOC: 80.0}
READY_MS = 300  # after CONNECTED: the subscription is acknowledged well within this
#: OTA states that wait for the driver or the conditions (not for the self-update agent).
SETTLED = (
    "OFFERED",
    "CONSENT_REQUESTED",
    "DOWNLOADED",
    "SCHEDULED",
    "WAITING_CONDITIONS",
    "AWAITING_ACTIVATION",
    "SUCCESS",
    "FAILED",
)

#: Ops, weighted towards the hazards (fresh values let the install through at once and end a flow early).
OPS = st.sampled_from(
    [
        "fresh",
        "future",
        "duplicate",
        "older",
        "stale",
        "stale",
        "offline",
        "online",
        "online",
        "crash",
        "broker_restart",
        "hmi_restart",
        "wait",
        "tap",
        "tap",
    ]
)


class Run:
    """One sequence: broker, car, observer, SUA and HMI, and the ops."""

    def __init__(self, qtbot, loop, tmp_path, consent: bool) -> None:
        self.qtbot = qtbot
        self.broker = persistent_broker().start()
        self.car = Car(self.broker)
        self.judge = Judge(self.car, BOUND_S)
        self.judge.mark("invalid")  # nothing the car sends counts until the HMI is connected
        self.observer = Observer(self.broker)
        self.observer.connect()
        self.car.connect()
        self.judge.mark("online")
        self.sua = SuaSimulator(self.broker.host, self.broker.port, consent=consent, time_scale=0.02)
        self.hmi = Hmi(self.broker, loop, tmp_path, BOUND_S)
        self._ready()
        self.consent = consent
        self.offers = 0
        self.sua.start()
        self._accept_offer()

    def _accept_offer(self) -> None:
        # The driver taps once the offer is on screen (in consent mode: once the update manager asks).
        offered = "CONSENT_REQUESTED" if self.consent else "OFFERED"
        self.qtbot.waitUntil(lambda: self.hmi.state == offered and self.hmi.model.canInstallNow, timeout=10_000)
        self.hmi.model.installNow()

    def rearm(self) -> None:
        """After an update has finished, the next one is offered and accepted: the gate is always in play."""
        if self.hmi.state not in ("SUCCESS", "FAILED", "DECLINED") or self.hmi.link.broker is not BrokerState.CONNECTED:
            return
        self.hmi.model.dismiss()
        self.offers += 1
        self.sua.offer(f"1.{5 + self.offers}.0")
        self._accept_offer()

    def _ready(self) -> None:
        self.qtbot.waitUntil(lambda: self.hmi.link.broker is BrokerState.CONNECTED, timeout=20_000)
        self.qtbot.wait(READY_MS)
        self.judge.mark("ready")

    def _ts_after_last(self, path: str, ts: float) -> float:
        """``ts``, or just after the newest one sent, so the value is news to the HMI."""
        newest = max((s.ts for s in self.car.sent if s.path == path), default=0.0)
        return max(ts, newest + 0.001)

    def publish_all(self, ts_of) -> None:
        for path, value in PARKED.items():
            self.car.publish(path, value, ts_of(path))

    def step(self, op: str) -> None:
        car, now = self.car, time.time()
        alive = car.client is not None
        if op == "fresh" and alive:
            self.publish_all(lambda path: time.time())
        elif op == "future" and alive:
            self.publish_all(lambda path: time.time() + 60)  # the agent's clock runs a minute ahead
        elif op == "duplicate" and alive:
            for path in PARKED:
                if path in car.last:
                    car.resend(car.last[path])
        elif op == "older" and alive:
            self.publish_all(lambda path: car.last[path].ts - 5 if path in car.last else now - 5)
        elif op == "stale" and alive:
            self.publish_all(lambda path: time.time() - 3 * 3600)  # parked, three hours ago
        elif op == "offline" and alive:
            car.status("offline")
            self.judge.mark("offline")
        elif op == "online":
            if alive:
                car.status("online")
            else:
                car.connect()
            self.judge.mark("online")
        elif op == "crash" and alive:
            self.judge.mark("crash")
            car.crash()
        elif op == "broker_restart":
            self.judge.mark("invalid")
            self.broker.stop()
            self.broker.start()
            self._ready()
            if car.client is not None:
                self.qtbot.waitUntil(car.client.is_connected, timeout=20_000)
            self._resync()
        elif op == "hmi_restart":
            self.judge.mark("invalid")
            self.hmi.link.stop()
            self.hmi.link.start()
            self._ready()
            self._resync()
        elif op == "wait":
            self.qtbot.wait(int(BOUND_S * 1300))
        elif op == "tap":
            if self.hmi.model.canActivate:
                self.hmi.model.activate()
            elif self.hmi.model.canInstallNow:
                self.hmi.model.installNow()
        self.qtbot.wait(120)
        self.rearm()

    def finish(self) -> tuple[int, list[str]]:
        """The car online and talking, the driver tapping: a gated command must go out. Returns how many gated
        decisions were seen before, and every unjustified one."""
        before = len(gated_decisions(self.observer))
        if self.car.client is None:
            self.car.connect()
        self.car.status("online")
        self.judge.mark("online")
        if self.hmi.link.broker is not BrokerState.CONNECTED:
            self._ready()
        # A step whose answer was lost in a restart (the HMI and the update agent use clean sessions) is not the
        # gate's business: the driver gives up on that update and takes the next offer. While restarting the car
        # there is nothing to give up: that update only ends with the agent's word (its stall check asks after
        # two minutes); then the gate has been exercised already and there is nothing more to expect.
        if not self._wait_for(lambda: self.hmi.state in SETTLED, 3.0):
            if not self.hmi.model.canDecline:
                event("update stuck in " + self.hmi.state)
                return before, self._unjustified()
            self.hmi.model.decline()
        self.rearm()
        start = time.monotonic()
        gave_up = False
        while len(gated_decisions(self.observer)) == before and time.monotonic() < start + 20:
            self.publish_all(lambda path: self._ts_after_last(path, time.time()))
            if self.hmi.model.canActivate:
                self.hmi.model.activate()
            elif self.hmi.model.canInstallNow and self.hmi.state in ("OFFERED", "CONSENT_REQUESTED", "DOWNLOADED"):
                self.hmi.model.installNow()
            if not gave_up and time.monotonic() > start + 6 and self.hmi.model.canDecline:
                # Still nothing: e.g. the update manager never asks for the install step it lost track of.
                gave_up = True
                self.hmi.model.decline()
                self.rearm()
            self.qtbot.wait(150)
        self.qtbot.wait(200)
        decisions = gated_decisions(self.observer)
        assert len(decisions) > before, (
            f"fresh data, agent online, driver tapping: no UPDATE/ACTIVATE went out (state {self.hmi.state}, "
            f"waiting {self.hmi.model.waitingText!r}, seen {self.observer.commands()})"
        )
        return before, self._unjustified()

    def _unjustified(self) -> list[str]:
        """Every gated decision the judge finds no ground for."""
        decisions = gated_decisions(self.observer)
        return [f"{what} at {t:.3f}: {self.judge.why_not(t)}" for t, what in decisions if self.judge.why_not(t)]

    def _resync(self) -> None:
        """Once the self-update agent is back too, ask it for its state again (the app asks on every reconnect of
        its own; the agent may have come back later)."""
        self.qtbot.waitUntil(lambda: self.sua.connected, timeout=20_000)
        self.hmi.model.start()

    def _wait_for(self, predicate, seconds: float) -> bool:
        try:
            self.qtbot.waitUntil(predicate, timeout=int(seconds * 1000))
        except self.qtbot.TimeoutError:
            return False
        return True

    def close(self) -> None:
        self.hmi.close()
        self.sua.stop()
        self.car.close()
        self.observer.close()
        self.broker.close()


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    # No shrinking: each example runs real processes for seconds; a failing sequence is short enough to read.
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    print_blob=True,
)
@given(ops=st.lists(OPS, min_size=8, max_size=16))
def test_no_install_command_on_stale_or_offline_data(qtbot, qasync_loop, tmp_path_factory, ops) -> None:
    # Command flow: the HMI sends UPDATE/ACTIVATE itself. Consent answers pass the same gate in the machine
    # (``UpdateMachine._send``); tests/updates/test_properties.py drives both flows with random inputs.
    run = Run(qtbot, qasync_loop, tmp_path_factory.mktemp("ota"), consent=False)
    try:
        for op in ops:
            run.step(op)
        _before, bad = run.finish()
        assert not bad, (
            "gated commands sent without fresh data from an online agent:\n"
            + "\n".join(bad)
            + f"\nevents: {run.judge.events}\nsent: {[(s.path, s.ts, s.sent_at) for s in run.car.sent]}"
        )
    finally:
        run.close()
