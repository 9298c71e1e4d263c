"""State-machine transitions of the OTA flow, the safety gate, and persistence."""

from __future__ import annotations

import sqlite3
import time

import pytest
from ota_helpers import DRIVING, LOW_SOC, PARKED, Feed, commands

from hmi.link import topics
from hmi.updates.machine import State, UpdateMachine, tonight_at
from hmi.updates.service import UpdateService, notices
from hmi.updates.view import format_duration, format_size

T0 = 1_800_000_000.0


@pytest.fixture
def svc() -> UpdateService:
    s = UpdateService(":memory:")
    yield s
    s.close()


def feed(svc: UpdateService, msg: tuple[str, bytes], now: float = T0):
    return svc.handle_message(*msg, now)


def offered(svc: UpdateService, f: Feed, conditions=PARKED) -> None:
    feed(svc, f.current("1.4.2"))
    feed(svc, f.desired())
    svc.set_vehicle(*conditions, T0)
    feed(svc, f.fb("IDENTIFYING"))
    feed(svc, f.fb("IDENTIFIED"))
    assert svc.machine.state == State.OFFERED


def download(svc: UpdateService, f: Feed) -> list:
    feed(svc, f.fb("DOWNLOADING", 30))
    assert svc.machine.progress == 30
    return feed(svc, f.fb("DOWNLOAD_SUCCESS", 100))


def awaiting_restart(svc: UpdateService) -> Feed:
    """Offered, accepted, downloaded and installed (parked at T0): "restart to finish" is on screen."""
    f = Feed()
    offered(svc, f)
    svc.install_now(T0)
    download(svc, f)
    feed(svc, f.fb("UPDATE_SUCCESS", 100))
    assert svc.machine.state == State.AWAITING_ACTIVATION
    return f


def test_install_now_command_flow_to_success(svc):
    f = Feed()
    offered(svc, f)
    v = svc.view(T0)
    assert v.badge and v.prompt and v.version == "1.5.0" and v.size_text == "1.2 GB"
    assert v.release_notes == "Better range.\nFaster maps." and v.install_time_text == "about 25 min"
    assert commands(svc.install_now(T0)) == ["DOWNLOAD"]
    assert svc.machine.state == State.DOWNLOADING
    assert commands(download(svc, f)) == ["UPDATE"]
    assert svc.machine.state == State.INSTALLING
    feed(svc, f.fb("UPDATING", 60))
    assert svc.view().progress == 60
    feed(svc, f.fb("UPDATE_SUCCESS", 100))
    assert svc.machine.state == State.AWAITING_ACTIVATION and svc.view().can_activate
    assert commands(svc.activate(T0)) == ["ACTIVATE"]
    feed(svc, f.fb("ACTIVATING", 50))
    feed(svc, f.fb("ACTIVATION_SUCCESS", 100))
    assert svc.machine.state == State.ACTIVATING
    feed(svc, f.current("1.5.0"))
    out = feed(svc, f.fb("COMPLETE", 100))
    assert svc.machine.state == State.SUCCESS and "what's new" in notices(out)[0]
    assert svc.view().installed[0].version == "1.5.0"
    assert commands(svc.dismiss(T0)) == ["CLEANUP"]
    assert svc.machine.state == State.IDLE and not svc.view().badge


def test_consent_flow_answers_only_after_taps(svc):
    f = Feed()
    offered(svc, f)
    assert feed(svc, f.consent("DOWNLOAD")) == []
    assert svc.machine.state == State.CONSENT_REQUESTED
    assert commands(svc.install_now(T0)) == ["consent:APPROVED"]
    assert download(svc, f) == []  # the manager has not asked for the install step yet
    assert svc.machine.state == State.DOWNLOADED
    assert commands(feed(svc, f.consent("UPDATE"))) == ["consent:APPROVED"]
    feed(svc, f.fb("UPDATE_SUCCESS", 100))
    assert feed(svc, f.consent("ACTIVATE")) == []  # restart needs its own tap
    assert svc.machine.state == State.AWAITING_ACTIVATION
    assert commands(svc.activate(T0)) == ["consent:APPROVED"]
    feed(svc, f.fb("ACTIVATION_SUCCESS", 100))
    feed(svc, f.fb("COMPLETE", 100))
    assert svc.machine.state == State.SUCCESS


def test_install_now_while_driving_downloads_then_waits_until_parked(svc):
    f = Feed()
    offered(svc, f, DRIVING)
    assert commands(svc.install_now(T0)) == ["DOWNLOAD"]  # downloading while driving is fine
    out = download(svc, f)
    assert commands(out) == [] and svc.machine.state == State.WAITING_CONDITIONS
    assert notices(out) == ["Waiting: the car is moving"]
    assert svc.view().waiting_text == "Waiting: the car is moving"
    assert commands(svc.set_vehicle(2.0, 127, 80.0, T0)) == []  # slow but in Drive: still moving
    out = svc.set_vehicle(*PARKED, T0)
    assert commands(out) == ["UPDATE"] and svc.machine.state == State.INSTALLING
    assert notices(out) == ["Waited until parked, installing now"]


def test_low_soc_refuses_install_until_charged(svc):
    f = Feed()
    offered(svc, f, LOW_SOC)
    svc.install_now(T0)
    out = download(svc, f)
    assert commands(out) == [] and notices(out) == ["Waiting: the battery is below 30 %"]
    for _ in range(3):
        assert commands(svc.tick(T0 + 10)) == []
    assert commands(svc.set_vehicle(0.0, 126, 29.9, T0)) == []
    out = svc.set_vehicle(0.0, 126, 30.0, T0)
    assert commands(out) == ["UPDATE"] and "the battery reached 30 %" in notices(out)[0]


def test_unknown_or_invalid_vehicle_data_counts_as_unsafe(svc):
    f = Feed()
    offered(svc, f, (None, None, None))
    svc.install_now(T0)
    assert commands(download(svc, f)) == []
    assert svc.machine.reasons == ("there is no current data from the car",)
    assert svc.view().waiting_text == "Waiting for current data from the car"
    assert commands(svc.set_vehicle(float("nan"), 126, 80.0, T0)) == []
    assert commands(svc.set_vehicle(0.0, 126, float("inf"), T0)) == []
    assert commands(svc.set_vehicle(0.0, 126.5, 80.0, T0)) == []
    assert commands(svc.set_vehicle(*PARKED, T0)) == ["UPDATE"]


def test_schedule_rechecks_at_its_time_and_explains_the_wait(svc):
    f = Feed()
    offered(svc, f, DRIVING)
    at = T0 + 3600
    out = svc.schedule(at, T0)
    assert commands(out) == ["DOWNLOAD"] and notices(out)[0].startswith("Update scheduled for")
    download(svc, f)
    assert svc.machine.state == State.SCHEDULED and svc.view().scheduled_text.startswith("Installs")
    svc.set_vehicle(*PARKED, T0 + 10)
    assert commands(svc.tick(at - 1)) == []  # parked but not yet time
    svc.set_vehicle(*DRIVING, at - 0.5)
    out = svc.tick(at)
    assert commands(out) == [] and svc.machine.state == State.WAITING_CONDITIONS
    assert notices(out) == ["Waiting: the car is moving"]
    out = svc.set_vehicle(*PARKED, at + 60)
    assert commands(out) == ["UPDATE"] and notices(out) == ["Waited until parked, installing now"]


def test_schedule_rejects_bad_times(svc):
    f = Feed()
    offered(svc, f)
    for at in (T0 - 1, T0, T0 + 15 * 86400, float("nan"), float("inf")):
        out = svc.schedule(at, T0)
        assert commands(out) == [] and svc.machine.state == State.OFFERED
    assert tonight_at(T0) > T0 and tonight_at(T0) - T0 <= 86400 + 3600
    assert time.localtime(tonight_at(T0)).tm_hour == 2


def test_activate_refused_while_moving_or_low_battery(svc):
    awaiting_restart(svc)
    for cond, why in ((DRIVING, "moving"), (LOW_SOC, "battery"), ((0.0, 0, 80.0), "Park")):
        svc.set_vehicle(*cond, T0)
        out = svc.activate(T0)
        assert commands(out) == [] and why in notices(out)[0]
        assert svc.machine.state == State.AWAITING_ACTIVATION
    svc.set_vehicle(*PARKED, T0)
    assert commands(svc.activate(T0)) == ["ACTIVATE"]


def test_consent_for_activation_is_refused_when_car_moves_after_tap(svc):
    f = Feed()
    offered(svc, f)
    feed(svc, f.consent("DOWNLOAD"))
    svc.install_now(T0)
    download(svc, f)
    feed(svc, f.consent("UPDATE"))
    feed(svc, f.fb("UPDATE_SUCCESS", 100))
    assert svc.activate(T0) and svc.machine.state == State.AWAITING_ACTIVATION  # tap before the request
    svc.set_vehicle(*DRIVING, T0)
    assert commands(feed(svc, f.consent("ACTIVATE"))) == []
    svc.set_vehicle(*PARKED, T0)
    assert commands(svc.activate(T0)) == ["consent:APPROVED"]


def test_failed_activity_is_never_shown_complete(svc):
    f = Feed()
    offered(svc, f)
    svc.install_now(T0)
    download(svc, f)
    feed(svc, f.fb("UPDATE_FAILURE", 0, "disk full"))
    assert svc.machine.state == State.FAILED and "disk full" in svc.view().failure_text
    for status in ("UPDATE_SUCCESS", "ACTIVATION_SUCCESS", "COMPLETE"):
        feed(svc, f.fb(status, 100))
        assert svc.machine.state == State.FAILED
    assert svc.machine.last_rejection.startswith("COMPLETE after a failure")


def test_complete_before_activation_is_ignored(svc):
    f = Feed()
    offered(svc, f)
    svc.install_now(T0)
    feed(svc, f.fb("COMPLETE", 100))
    assert svc.machine.state == State.DOWNLOADING
    download(svc, f)
    feed(svc, f.fb("UPDATE_SUCCESS", 100))
    svc.activate(T0)
    feed(svc, f.fb("COMPLETE", 100))  # no ACTIVATION_SUCCESS yet
    assert svc.machine.state == State.ACTIVATING


def test_a_lost_activation_success_is_made_good_by_the_new_version_running(svc):
    """The broker restarted while the car restarted: ACTIVATION_SUCCESS never arrived, and the agent's answer to
    "current state?" repeats only its last status, COMPLETE. With the car reporting the new version running, that
    is the success it is; before that report it is not (the screen stays on "restarting", never stuck wrongly
    on "installed")."""
    f = awaiting_restart(svc)
    svc.activate(T0)
    feed(svc, f.fb("ACTIVATING", 50))
    feed(svc, f.fb("COMPLETE", 100))
    assert svc.machine.state == State.ACTIVATING
    feed(svc, f.current("1.5.0"))
    out = feed(svc, f.fb("COMPLETE", 100))
    assert svc.machine.state == State.SUCCESS and notices(out)


def test_unknown_duplicate_and_out_of_order_messages_do_not_advance(svc):
    f = Feed()
    offered(svc, f)
    svc.install_now(T0)
    snapshot = svc.machine.to_dict()
    other = Feed("someone-else", ts=10**6)
    feed(svc, other.fb("DOWNLOAD_SUCCESS", 100))
    assert svc.machine.to_dict() == snapshot and "unknown activity" in svc.machine.last_rejection
    progress = f.fb("DOWNLOADING", 40)
    feed(svc, progress)
    snapshot = svc.machine.to_dict()
    feed(svc, progress)
    assert svc.machine.to_dict() == snapshot and "duplicate" in svc.machine.last_rejection
    stale = (topics.SELFUPDATE_DESIRED_STATE_FEEDBACK, f.fb("DOWNLOAD_SUCCESS", 100)[1])
    f.ts -= 10
    feed(svc, f.fb("DOWNLOADING", 90))
    assert svc.machine.progress == 40 and "out-of-order" in svc.machine.last_rejection
    feed(svc, stale)
    assert svc.machine.state == State.INSTALLING  # a newer message is accepted again
    for junk in (b"", b"\xff", b"{}", b'{"activityId": "act-1", "timestamp": 1e400, "payload": {}}'):
        snapshot = svc.machine.to_dict()
        assert svc.handle_message(topics.SELFUPDATE_DESIRED_STATE_FEEDBACK, junk, T0) == []
        assert svc.machine.to_dict() == snapshot
    assert svc.rejected >= 7


def test_new_offer_replaces_an_open_offer_but_not_a_running_install(svc):
    f = Feed("a")
    offered(svc, f)
    g = Feed("b", ts=5000)
    feed(svc, g.desired("1.6.0"))
    assert svc.machine.activity.activity_id == "b" and svc.view().version == "1.6.0"
    svc.install_now(T0)
    h = Feed("c", ts=9000)
    feed(svc, h.desired("1.7.0"))
    assert svc.machine.activity.activity_id == "b" and "in progress" in svc.machine.last_rejection
    # the superseded offer cannot come back
    feed(svc, Feed("a", ts=10**7).desired())
    assert svc.machine.activity.activity_id == "b"


def test_decline_is_always_possible_and_cleans_up(svc):
    f = Feed()
    offered(svc, f, DRIVING)
    feed(svc, f.consent("DOWNLOAD"))
    out = svc.decline(T0)
    assert commands(out) == ["consent:DENIED"] and svc.machine.state == State.DECLINED
    assert commands(feed(svc, f.consent("UPDATE"))) == ["consent:DENIED"]
    feed(svc, f.fb("DOWNLOAD_FAILURE"))
    assert svc.machine.state == State.DECLINED

    s2 = UpdateService(":memory:")
    g = Feed("g")
    offered(s2, g, LOW_SOC)
    s2.install_now(T0)
    download(s2, g)
    assert s2.machine.state == State.WAITING_CONDITIONS and s2.view().can_decline
    assert commands(s2.decline(T0)) == ["CLEANUP"] and s2.machine.state == State.DECLINED
    s2.close()


def test_later_reminds_at_the_end_of_the_next_drive(svc):
    f = Feed()
    offered(svc, f)
    svc.later(T0)
    v = svc.view()
    assert v.badge and not v.prompt
    assert svc.set_vehicle(*PARKED, T0 + 1) == []  # still parked: no drive yet
    assert svc.set_vehicle(*DRIVING, T0 + 2) == []
    assert not svc.view().prompt
    out = svc.set_vehicle(*PARKED, T0 + 600)
    assert notices(out) == ["Software update 1.5.0 is ready to install"] and svc.view().prompt
    assert svc.set_vehicle(*DRIVING, T0 + 700) == [] and svc.set_vehicle(*PARKED, T0 + 800) == []


def test_later_tapped_while_driving_reminds_when_this_drive_ends(svc):
    f = Feed()
    offered(svc, f, DRIVING)
    svc.later(T0)
    assert notices(svc.set_vehicle(*PARKED, T0 + 5)) == ["Software update 1.5.0 is ready to install"]


def test_activation_failure_then_rollback_confirmed_by_current_state(svc):
    f = Feed()
    offered(svc, f)
    svc.install_now(T0)
    download(svc, f)
    feed(svc, f.fb("UPDATE_SUCCESS", 100))
    svc.activate(T0)
    feed(svc, f.fb("ACTIVATION_FAILURE", 0, "boot check failed"))
    v = svc.view()
    assert v.state == "FAILED" and v.can_rollback and not v.rolled_back and "did not start" in v.failure_text
    svc.set_vehicle(*DRIVING, T0)
    assert commands(svc.rollback(T0)) == []
    svc.set_vehicle(*PARKED, T0)
    assert commands(svc.rollback(T0)) == ["ROLLBACK"]
    assert not svc.view().can_rollback
    out = feed(svc, f.current("1.4.2"))
    assert notices(out) == ["Your car is back on version 1.4.2"]
    v = svc.view()
    assert v.rolled_back and "running version 1.4.2" in v.failure_text and v.state == "FAILED"


def test_download_failure_offers_no_rollback(svc):
    f = Feed()
    offered(svc, f)
    svc.install_now(T0)
    feed(svc, f.fb("DOWNLOAD_FAILURE", 0, "server unreachable"))
    feed(svc, f.fb("INCOMPLETE"))
    v = svc.view()
    assert v.state == "FAILED" and not v.can_rollback and v.can_dismiss and "download failed" in v.failure_text
    assert commands(svc.dismiss(T0)) == ["CLEANUP"]


def test_taps_in_wrong_state_do_nothing(svc):
    for tap in (svc.install_now, svc.later, svc.decline, svc.activate, svc.rollback, svc.dismiss):
        assert tap(T0) == []
    assert svc.schedule(T0 + 100, T0) == []
    assert svc.machine.state == State.IDLE


def test_store_round_trip_restores_the_screen(tmp_path):
    db = tmp_path / "ota.db"
    s = UpdateService(db)
    f = Feed()
    offered(s, f, DRIVING)
    s.install_now(T0)
    feed(s, f.fb("DOWNLOADING", 55))
    before = s.machine.to_dict()
    s.close()
    s2 = UpdateService(db)
    assert s2.machine.to_dict() == before and s2.machine.state == State.DOWNLOADING
    assert s2.view().progress == 55
    assert not s2.machine.inputs.ok and s2.machine.conditions(T0) == (None, None, None)  # never restored
    assert sqlite3.connect(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    start = s2.start(T0)
    assert [e.topic for e in start] == [topics.SELFUPDATE_CURRENT_STATE_GET]
    assert start[0].payload["activityId"] == "act-1"
    feed(s2, f.fb("DOWNLOADING", 55))  # replayed: same content, newer ts — fine
    out = feed(s2, f.fb("DOWNLOAD_SUCCESS", 100))
    assert commands(out) == [] and s2.machine.state == State.WAITING_CONDITIONS  # no vehicle data yet
    assert commands(s2.set_vehicle(*PARKED, T0)) == ["UPDATE"]
    s2.close()


@pytest.mark.parametrize(
    "tamper",
    [
        "UPDATE ota_state SET snapshot = 'not json'",
        "UPDATE ota_state SET snapshot = '{}'",
        "UPDATE ota_state SET schema = 99",
        'UPDATE ota_state SET snapshot = replace(snapshot, \'"state": "DOWNLOADING"\', \'"state": "BOGUS"\')',
        "UPDATE ota_state SET snapshot = replace(snapshot, '\"failed\": false', '\"failed\": 1')",
    ],
)
def test_corrupt_snapshot_starts_fresh(tmp_path, tamper):
    db = tmp_path / "ota.db"
    s = UpdateService(db)
    f = Feed()
    offered(s, f)
    s.install_now(T0)
    s.close()
    con = sqlite3.connect(db)
    con.execute(tamper)
    con.commit()
    con.close()
    s2 = UpdateService(db)
    assert s2.machine.state == State.IDLE
    s2.close()


def test_snapshot_claiming_success_for_a_failed_activity_is_refused():
    m = UpdateMachine()
    d = m.to_dict()
    d["state"] = "SUCCESS"
    d["activity"] = {
        "activity_id": "a", "baseline": "b", "version": "1", "component_id": "c", "release_notes": "",
        "size_bytes": None, "estimated_install_s": None, "previous_version": None, "last_ts": {},
        "authorised": [], "pending_consent": None, "consent_flow": False, "download_started": True,
        "identified": True, "activation_succeeded": True, "failed": True, "failure_stage": "activation",
        "rollback_sent": False,
    }  # fmt: skip
    with pytest.raises(ValueError, match="failed activity"):
        UpdateMachine.from_dict(d)


def test_formatting():
    assert format_size(None) == "" and format_size(999) == "999 B" and format_size(1_500_000) == "1.5 MB"
    assert format_size(2_000_000_000_000) == "2000.0 GB"
    assert format_duration(None) == "" and format_duration(10) == "about 1 min"
    assert format_duration(3600) == "about 1 h 00 min" and format_duration(5400) == "about 1 h 30 min"


def test_a_file_that_is_not_a_database_is_moved_aside(tmp_path):
    db = tmp_path / "ota.db"
    db.write_bytes(b"this is not sqlite" * 100)
    s = UpdateService(db)
    assert s.machine.state == State.IDLE
    f = Feed()
    offered(s, f)
    s.close()
    assert list(tmp_path.glob("ota.db.corrupt-*"))
    s2 = UpdateService(db)
    assert s2.machine.state == State.OFFERED
    s2.close()


def test_a_stalled_agent_is_asked_to_resync(svc):
    f = Feed()
    offered(svc, f)
    svc.install_now(T0)
    assert svc.tick(T0 + 60) == []
    feed(svc, f.fb("DOWNLOADING", 10), now=T0 + 100)
    assert svc.tick(T0 + 200) == []  # heard from it 100 s ago
    out = svc.tick(T0 + 220)
    assert [e.topic for e in out if hasattr(e, "topic")] == [topics.SELFUPDATE_CURRENT_STATE_GET]
    assert notices(out) == ["No news from the update service; checking its state"]
    assert commands(out) == [] and svc.machine.state == State.DOWNLOADING
    assert svc.tick(T0 + 230) == []  # not again right away


def test_service_publishes_and_undoes_an_input_it_cannot_send():
    up = {"ok": True}
    sent: list[str] = []

    def publish(topic, data, *, qos=1, retain=False):
        if up["ok"]:
            sent.append(topic)
        return up["ok"]

    s = UpdateService(":memory:", publish=publish)
    f = Feed()
    offered(s, f)
    s.install_now(T0)
    feed(s, f.fb("DOWNLOADING", 50))
    up["ok"] = False
    success = f.fb("DOWNLOAD_SUCCESS", 100)
    out = feed(s, success)  # would send UPDATE: the link is down
    assert notices(out)[0].startswith("Not connected") and s.machine.state == State.DOWNLOADING
    assert s.machine.conditions(T0)[2] == 80.0  # live conditions survive the undo
    up["ok"] = True
    out = feed(s, success)  # the agent's replay after reconnect is processed again
    assert commands(out) == ["UPDATE"] and s.machine.state == State.INSTALLING
    assert sent[-1] == topics.SELFUPDATE_DESIRED_STATE_COMMAND
    s.close()


# ---------------------------------------------------------------------------------------------- freshness


def _inputs(now: float, *, connected: bool = True, online: bool = True, valid_for: float = 3.0, **values):
    from hmi.link import signals as sig
    from hmi.vehicle.freshness import SafetyInputs

    paths = {"speed": sig.SPEED, "gear": sig.GEAR, "soc": sig.SOC}
    fresh = {paths[k]: v for k, v in values.items()}
    missing = tuple(p for k, p in paths.items() if k not in values)
    return SafetyInputs(fresh, missing, connected, online, now, valid_for)


def test_conditions_expire_a_scheduled_install_waits_for_current_data(svc):
    f = Feed()
    offered(svc, f)
    at = T0 + 600
    svc.schedule(at, T0)
    download(svc, f)
    assert svc.machine.state == State.SCHEDULED
    # The car said "parked" at T0; ten minutes later that is no ground for an install.
    out = svc.tick(at)
    assert commands(out) == [] and svc.machine.state == State.WAITING_CONDITIONS
    assert notices(out) == ["Waiting for current data from the car"]
    view = svc.view(at)
    assert view.waiting_text == "Waiting for current data from the car" and view.parked is None
    out = svc.set_conditions(_inputs(at + 5, speed=0.0, gear=126, soc=80.0), at + 5)
    assert commands(out) == ["UPDATE"]


def test_link_down_or_agent_offline_blocks_even_with_fresh_parked_values(svc):
    awaiting_restart(svc)
    for blocked in (_inputs(T0, connected=False, speed=0.0, gear=126, soc=80.0),
                    _inputs(T0, online=False, speed=0.0, gear=126, soc=80.0)):  # fmt: skip
        svc.set_conditions(blocked, T0)
        out = svc.activate(T0)
        assert commands(out) == [] and notices(out) == ["Can't restart now: there is no current data from the car"]
        assert svc.view(T0).data_text == "Waiting for current data from the car"
    svc.set_conditions(_inputs(T0, speed=0.0, gear=126, soc=80.0), T0)
    assert commands(svc.activate(T0)) == ["ACTIVATE"]


def test_a_tap_after_the_snapshot_expired_is_refused_and_a_clock_jump_back_voids_it(svc):
    awaiting_restart(svc)
    svc.set_conditions(_inputs(T0, valid_for=1.0, speed=0.0, gear=126, soc=80.0), T0)
    assert commands(svc.activate(T0 + 1.5)) == [], "measured 1.5 s ago, valid for 1 s"
    svc.set_conditions(_inputs(T0 + 10, speed=0.0, gear=126, soc=80.0), T0 + 10)
    assert commands(svc.activate(T0 + 9)) == [], "our clock went back: the snapshot proves nothing"
    assert commands(svc.activate(T0 + 11)) == ["ACTIVATE"]
