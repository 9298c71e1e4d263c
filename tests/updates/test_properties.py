"""Property-based tests: random message sequences, taps and vehicle conditions never break the safety rules.

Sequences mix valid messages (steered towards the next step, so deep states are reached), random statuses,
duplicated and out-of-order timestamps, unknown activity ids, replays of accepted messages, malformed bytes,
random taps, clock ticks and random (also invalid) vehicle conditions. After every step:

* no UPDATE/ACTIVATE/ROLLBACK command and no APPROVED consent for UPDATE/ACTIVATE goes out unless the car is
  parked, not moving and at or above the SoC floor on fresh data — measured at most ``SAFETY_MAX_AGE_S`` before,
  with the link up and the agent online (judged by the test's own model of the inputs);
* nothing is approved or commanded without the matching driver tap for that activity;
* no activity with an accepted failure is ever shown as SUCCESS, and SUCCESS needs a restart tap;
* malformed, unknown-activity and replayed messages leave the state untouched;
* the persisted snapshot round-trips, and declining is possible in every non-final state.
"""

from __future__ import annotations

import json
import math

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from ota_helpers import encode

from hmi.link import signals as sig
from hmi.link import topics
from hmi.link.signals import GEAR_PARK
from hmi.updates import protocol as p
from hmi.updates.machine import State, UpdateMachine
from hmi.updates.service import UpdateService
from hmi.vehicle.freshness import SAFETY_MAX_AGE_S, SafetyInputs

T0 = 1_800_000_000.0
FLOOR = 30.0
LIVE_IDS = ("A", "B")
UNKNOWN_ID = "Z"
STATUSES = [s.value for s in p.Status]
TAPS = ("install_now", "schedule", "later", "decline", "activate", "rollback", "dismiss")

#: The feedback that moves each state on, so random runs get deep into the flow.
NEXT_STATUS = {
    State.OFFERED: ["IDENTIFIED", "IDENTIFIED", "IDENTIFIED", "IDENTIFICATION_FAILED"],
    State.CONSENT_REQUESTED: ["IDENTIFIED"],
    State.DOWNLOADING: ["DOWNLOADING", "DOWNLOAD_SUCCESS", "DOWNLOAD_SUCCESS", "DOWNLOAD_FAILURE"],
    State.INSTALLING: ["UPDATING", "UPDATE_SUCCESS", "UPDATE_SUCCESS", "UPDATE_FAILURE"],
    State.ACTIVATING: ["ACTIVATION_SUCCESS", "COMPLETE", "ACTIVATION_FAILURE", "ACTIVATION_SUCCESS", "COMPLETE"],
    State.FAILED: ["COMPLETE", "INCOMPLETE", "ACTIVATION_SUCCESS"],
}
NEXT_CONSENT = {
    State.OFFERED: "DOWNLOAD",
    State.CONSENT_REQUESTED: "UPDATE",
    State.DOWNLOADING: "UPDATE",
    State.DOWNLOADED: "UPDATE",
    State.SCHEDULED: "UPDATE",
    State.WAITING_CONDITIONS: "UPDATE",
    State.INSTALLING: "ACTIVATE",
    State.AWAITING_ACTIVATION: "ACTIVATE",
}

JUNK_TEMPLATES = [
    b"",
    b"\xff\xfe\x00",
    b"null",
    b"[]",
    b'{"activityId": "A", "timestamp": NaN, "payload": {}}',
    b'{"activityId": "A", "timestamp": 1.5, "payload": {"status": "COMPLETE"}}',
    b'{"activityId": "A", "timestamp": 99999999999, "payload": {"status": "BOGUS"}}',
    b'{"activityId": "A", "timestamp": 99999999999, "payload": {"status": "COMPLETE", "actions": [{"progress": 1e999'
    b"}]}}",
    b'{"activityId": 7, "timestamp": 99999999999, "payload": {"command": "UPDATE"}}',
    b'{"activityId": "A", "timestamp": 99999999999, "payload": {"command": "CLEANUP"}}',
    b'{"activityId": "A", "timestamp": 99999999999, "payload": {"status": "COMPLETE"}, "extra": 1}',
    b'{"activityId": "A", "timestamp": 99999999999, "payload": {"domains": []}}',
    b'{"activityId": "A\\u0000", "timestamp": 99999999999, "payload": {"status": "COMPLETE"}}',
    b'{"activityId": "A", "timestamp": 99999999999, "payload": {"status": "COMPLETE", "message": "\xc3\x28"}}',
]

CONSENTS = ["DOWNLOAD", "UPDATE", "ACTIVATE"]
junk = st.one_of(st.sampled_from(JUNK_TEMPLATES), st.binary(max_size=40))
ts_delta = st.sampled_from([1, 1, 1, 1, 2, 5, 0, -1, -3])
speeds = st.sampled_from([None, 0.0, 2.9, 3.0, 3.1, 50.0, math.nan, math.inf])
gears = st.sampled_from([None, GEAR_PARK, GEAR_PARK, 127, 0, -1])
socs = st.sampled_from([None, 0.0, 29.99, 30.0, 30.01, 80.0, 100.0, math.nan])

steer = st.one_of(
    st.tuples(st.just("next"), st.just(1)),
    st.tuples(st.just("consent_next"), st.just(1)),
    st.tuples(st.just("tap"), st.sampled_from(("install_now", "activate")), st.just(0.0)),
    st.tuples(st.just("vehicle"), st.just(0.0), st.just(GEAR_PARK), st.just(80.0)),
)
ops = st.one_of(
    steer,
    steer,
    steer,
    st.tuples(st.just("desired"), st.sampled_from(LIVE_IDS), ts_delta, st.sampled_from(["1.5.0", "2.0"])),
    st.tuples(st.just("next"), ts_delta),
    st.tuples(st.just("next"), ts_delta),
    st.tuples(st.just("next"), ts_delta),
    st.tuples(st.just("feedback"), st.sampled_from((*LIVE_IDS, UNKNOWN_ID)), ts_delta, st.sampled_from(STATUSES)),
    st.tuples(st.just("consent_next"), ts_delta),
    st.tuples(st.just("consent"), st.sampled_from((*LIVE_IDS, UNKNOWN_ID)), ts_delta, st.sampled_from(CONSENTS)),
    st.tuples(st.just("current"), ts_delta, st.sampled_from(["1.4.2", "1.5.0", "2.0"])),
    st.tuples(st.just("junk"), st.sampled_from(p.OTA_TOPICS), junk),
    st.tuples(st.just("replay"), st.integers(0, 10_000)),
    st.tuples(st.just("tap"), st.sampled_from(TAPS), st.one_of(st.floats(-100, 20_000), st.just(math.nan))),
    st.tuples(st.just("tap"), st.sampled_from(("install_now", "activate", "rollback")), st.just(0.0)),
    st.tuples(st.just("vehicle"), speeds, gears, socs),
    st.tuples(st.just("vehicle"), st.just(0.0), st.just(GEAR_PARK), st.just(80.0)),
    st.tuples(st.just("link"), st.booleans(), st.booleans()),
    st.tuples(st.just("tick"), st.floats(0, 5000)),
    st.tuples(st.just("tick"), st.floats(0, 2 * SAFETY_MAX_AGE_S)),
)  # fmt: skip


def model_safe(vehicle: tuple, age_s: float, link_ok: bool) -> bool:
    """The test's own reading of the rules: link up and agent online, conditions measured ≤ 3 s ago (and not in
    the future), parked, ≤ 3 km/h, SoC known and ≥ floor."""
    speed, gear, soc = vehicle
    return (
        link_ok
        and 0.0 <= age_s <= SAFETY_MAX_AGE_S
        and speed is not None
        and math.isfinite(speed)
        and speed <= 3.0
        and gear == GEAR_PARK
        and soc is not None
        and math.isfinite(soc)
        and soc >= FLOOR
    )


class Run:
    """Drives one random sequence and checks the invariants after every step."""

    def __init__(self) -> None:
        self.svc = UpdateService(":memory:", soc_floor=FLOOR)
        self.m: UpdateMachine = self.svc.machine
        self.now = T0
        self.vehicle: tuple = (None, None, None)
        self.vehicle_at = T0
        self.link_ok = True
        self.ts: dict[tuple[str, str], int] = {}
        self.taps: dict[str, set[str]] = {}
        self.pending: dict[str, str] = {}
        self.failed: set[str] = set()
        self.accepted: list[tuple[str, bytes]] = []

    def stamp(self, aid: str, topic: str, delta: int) -> int:
        key = (aid, topic)
        last = self.ts.get(key, 1000)
        self.ts[key] = max(last, last + delta)
        return last + delta

    def send(self, topic: str, data: bytes, expect_no_change: bool = False) -> list:
        before = json.dumps(self.m.to_dict(), sort_keys=True)
        rejected = self.svc.rejected
        effects = self.svc.handle_message(topic, data, self.now)
        accepted = self.svc.rejected == rejected
        if expect_no_change:
            assert accepted is False or effects == [], "a message that should be ignored was acted upon"
            assert json.dumps(self.m.to_dict(), sort_keys=True) == before, "ignored message changed the state"
        if accepted:
            self.accepted.append((topic, data))
            try:
                msg = p.parse_message(topic, data)
            except p.ProtocolError:  # pragma: no cover - accepted means it parsed
                raise AssertionError("service accepted an unparsable message") from None
            if isinstance(msg, p.ConsentRequest):
                self.pending[msg.activity_id] = msg.command.value
            if isinstance(msg, p.Feedback) and msg.status in p.FAILURE_STATUSES:
                self.failed.add(msg.activity_id)
        return effects

    def step(self, op: tuple) -> list:
        kind = op[0]
        cur = self.m.activity.activity_id if self.m.activity else None
        if kind == "desired":
            _, aid, d, version = op
            payload = {
                "domains": [{"id": "self-update", "components": [{"id": "os-image", "version": version}]}],
                "releaseNotes": "notes",
            }
            t = topics.SELFUPDATE_DESIRED_STATE
            return self.send(t, encode(aid, self.stamp(aid, t, d), payload))
        if kind in ("next", "feedback", "fb_cur"):
            if kind == "fb_cur":
                aid, d, status = cur or "A", 1, op[1]
            elif kind == "next":
                aid, d = cur or "A", op[1]
                status = NEXT_STATUS.get(self.m.state, STATUSES)[
                    (self.ts.get((aid, "n"), 0)) % len(NEXT_STATUS.get(self.m.state, STATUSES))
                ]
                self.ts[(aid, "n")] = self.ts.get((aid, "n"), 0) + 1
            else:
                _, aid, d, status = op
            t = topics.SELFUPDATE_DESIRED_STATE_FEEDBACK
            action = {"component": {"id": "os-image", "version": "x"}, "status": status, "progress": 50}
            payload = {"status": status, "message": "m", "actions": [action]}
            return self.send(t, encode(aid, self.stamp(aid, t, d), payload), expect_no_change=aid == UNKNOWN_ID)
        if kind in ("consent", "consent_next", "consent_cur"):
            if kind == "consent_cur":
                aid, d, command = cur or "A", 1, op[1]
            elif kind == "consent_next":
                aid, d, command = cur or "A", op[1], NEXT_CONSENT.get(self.m.state, "DOWNLOAD")
            else:
                _, aid, d, command = op
            t = topics.OWNER_CONSENT
            data = encode(aid, self.stamp(aid, t, d), {"command": command})
            return self.send(t, data, expect_no_change=aid == UNKNOWN_ID)
        if kind == "current":
            _, d, version = op
            t = topics.SELFUPDATE_CURRENT_STATE
            nodes = [{"id": "self-update:os-image", "version": version, "name": "OS", "type": "IMAGE"}]
            return self.send(t, encode("sua", self.stamp("sua", t, d), {"softwareNodes": nodes}))
        if kind == "junk":
            _, topic, data = op
            try:
                p.parse_message(topic, data)
            except p.ProtocolError:
                return self.send(topic, data, expect_no_change=True)
            return []  # random bytes that happen to be valid are not junk
        if kind == "replay":
            if not self.accepted:
                return []
            topic, data = self.accepted[op[1] % len(self.accepted)]
            event("replay")
            return self.send(topic, data, expect_no_change=True)
        if kind == "tap":
            _, name, arg = op
            if cur is not None and name in self.m.allowed_taps():
                self.taps.setdefault(cur, set()).add(name)
            if name == "schedule":
                return self.svc.schedule(self.now + arg, self.now)
            return getattr(self.svc, name)(self.now)
        if kind == "vehicle":
            self.vehicle, self.vehicle_at, self.link_ok = op[1:], self.now, True
            return self.svc.set_vehicle(*op[1:], self.now)
        if kind == "link":
            # Parked values that are fresh, but the broker link or the agent is down.
            _, connected, online = op
            self.vehicle, self.vehicle_at, self.link_ok = (0.0, GEAR_PARK, 80.0), self.now, connected and online
            paths = (sig.SPEED, sig.GEAR, sig.SOC)
            values = dict(zip(paths, self.vehicle, strict=True))
            inputs = SafetyInputs(values, (), connected, online, self.now, SAFETY_MAX_AGE_S)
            return self.svc.set_conditions(inputs, self.now)
        if kind == "tick":
            self.now += op[1]
            return self.svc.tick(self.now)
        raise AssertionError(kind)

    def check(self, effects: list) -> None:
        safe = model_safe(self.vehicle, self.now - self.vehicle_at, self.link_ok)
        for e in effects:
            if not hasattr(e, "topic"):
                continue
            aid = e.payload["activityId"]
            body = e.payload["payload"]
            taps = self.taps.get(aid, set())
            if e.topic == topics.SELFUPDATE_DESIRED_STATE_COMMAND:
                cmd = body["command"]
                event(f"command {cmd}")
                if cmd in ("UPDATE", "ACTIVATE", "ROLLBACK"):
                    assert safe, f"{cmd} sent while not safe: {self.vehicle} {self.now - self.vehicle_at:.1f} s old"
                need = {
                    "DOWNLOAD": {"install_now", "schedule"},
                    "UPDATE": {"install_now", "schedule"},
                    "ACTIVATE": {"activate"},
                    "ROLLBACK": {"rollback"},
                    "CLEANUP": {"decline", "dismiss"},
                }[cmd]
                assert taps & need, f"{cmd} for {aid} without a tap (taps {taps})"
            elif e.topic == topics.OWNER_CONSENT_FEEDBACK and body["status"] == "APPROVED":
                cmd = self.pending.get(aid)
                event(f"approved {cmd}")
                assert cmd is not None, "approval without any consent request"
                if cmd in ("UPDATE", "ACTIVATE"):
                    assert safe, f"consent for {cmd} approved while not safe: {self.vehicle}, link {self.link_ok}"
                need = {"activate"} if cmd == "ACTIVATE" else {"install_now", "schedule"}
                assert taps & need, f"{cmd} approved for {aid} without a tap (taps {taps})"
            else:
                assert e.topic in (topics.OWNER_CONSENT_FEEDBACK, topics.SELFUPDATE_CURRENT_STATE_GET), e.topic
        if self.m.state == State.SUCCESS:
            aid = self.m.activity.activity_id
            event("reached SUCCESS")
            assert aid not in self.failed, "a failed activity is shown as complete"
            assert "activate" in self.taps.get(aid, set())
        event(f"state {self.m.state.value}")
        # persistence round trip
        snap = self.m.to_dict()
        clone = UpdateMachine.from_dict(json.loads(json.dumps(snap)))
        assert clone.to_dict() == snap
        # the driver can always decline before the restart
        if self.m.state not in (State.IDLE, State.SUCCESS, State.FAILED, State.DECLINED, State.ACTIVATING):
            assert "decline" in clone.allowed_taps()
            clone.decline(self.now)
            assert clone.state == State.DECLINED


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ops, min_size=10, max_size=80))
def test_random_sequences_keep_the_safety_rules(sequence):
    run = Run()
    run.check(run.step(("desired", "A", 1, "1.5.0")))
    for op in sequence:
        run.check(run.step(op))
    run.svc.close()


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(p.OTA_TOPICS), st.binary(max_size=300)), max_size=30))
def test_random_bytes_never_crash_or_change_state(messages):
    svc = UpdateService(":memory:")
    before = svc.machine.to_dict()
    for topic, data in messages:
        try:
            p.parse_message(topic, data)
            continue
        except p.ProtocolError:
            pass
        assert svc.handle_message(topic, data, T0) == []
    assert svc.machine.to_dict() == before
    svc.close()


PARK = ("vehicle", 0.0, GEAR_PARK, 80.0)
HAPPY_PATH = [
    ("fb_cur", "IDENTIFYING"),
    ("fb_cur", "IDENTIFIED"),
    ("consent_cur", "DOWNLOAD"),
    ("tap", "install_now", 0.0),
    ("fb_cur", "DOWNLOADING"),
    ("fb_cur", "DOWNLOAD_SUCCESS"),
    ("consent_cur", "UPDATE"),
    PARK,
    ("tick", 1.0),
    ("fb_cur", "UPDATING"),
    ("fb_cur", "UPDATE_SUCCESS"),
    ("consent_cur", "ACTIVATE"),
    ("tap", "activate", 0.0),
    PARK,
    ("tap", "activate", 0.0),
    ("fb_cur", "ACTIVATING"),
    ("fb_cur", "ACTIVATION_SUCCESS"),
    ("fb_cur", "COMPLETE"),
]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.lists(ops, max_size=3), min_size=len(HAPPY_PATH), max_size=len(HAPPY_PATH)),
    st.booleans(),
)
def test_happy_path_with_random_interference(noise, consent_flow):
    """The full flow with random messages, taps and conditions slipped in before every step."""
    run = Run()
    run.check(run.step(("desired", "A", 1, "1.5.0")))
    for extra, step in zip(noise, HAPPY_PATH, strict=True):
        for op in extra:
            run.check(run.step(op))
        if step[0] == "consent_cur" and not consent_flow:
            continue
        run.check(run.step(step))
    run.svc.close()
