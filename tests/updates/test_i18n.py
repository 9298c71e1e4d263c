"""OTA texts are translatable: Text values with the right arguments, rendered in other languages and formats,
persisted as Text so they re-render after a restart, and malformed stored texts are rejected without a crash."""

from __future__ import annotations

import json
import logging
import sqlite3
import time

import pytest
from ota_helpers import DRIVING, LOW_SOC, PARKED, Feed

from hmi.i18n import Quantity, Text
from hmi.units import DEFAULT
from hmi.updates import texts as tx
from hmi.updates.machine import State
from hmi.updates.service import UpdateService, notices

T0 = 1_800_000_000.0
#: A 12-hour clock and a comma decimal separator (as fr_MC).
FR12 = DEFAULT.with_(clock24=False, decimal=",", group="\u202f")


def marked(context: str, source: str) -> str:
    """A stand-in "translation" that visibly marks every translated template: «…»."""
    return f"«{source}»"


def german(context: str, source: str) -> str:
    return {
        tx.WAITING: "Wartet: {reasons}",
        tx.AND: "{first} und {rest}",
        tx.MOVING: "das Auto fährt",
        tx.LOW_BATTERY: "die Batterie ist unter {soc}",
        tx.AVAILABLE: "Softwareupdate {version} ist verfügbar",
    }.get(source, source)


@pytest.fixture
def svc():
    s = UpdateService(":memory:")
    yield s
    s.close()


def offer(svc: UpdateService, f: Feed, conditions=PARKED) -> list:
    svc.handle_message(*f.current("1.4.2"), T0)
    out = svc.handle_message(*f.desired(version="v1.5.0-beta"), T0)
    svc.set_vehicle(*conditions, T0)
    return out


def wait_for_drive(svc: UpdateService, f: Feed) -> None:
    offer(svc, f, DRIVING)
    svc.install_now(T0)
    svc.handle_message(*f.fb("DOWNLOAD_SUCCESS", 100), T0)
    assert svc.machine.state == State.WAITING_CONDITIONS


def test_every_template_is_a_known_ota_template() -> None:
    assert set(tx.HEADLINES.values()) | set(tx.FAILURES.values()) | set(tx.SIZES.values()) <= tx.KNOWN
    assert {tx.NOT_SENT, tx.WAITING, tx.AND, tx.CHECKING} <= tx.KNOWN and len(tx.WEEKDAYS) == 7
    # Every state has a headline, and the headline templates render to themselves in English.
    assert set(tx.HEADLINES) == {s.value for s in State}


def test_notices_are_texts_with_arguments(svc) -> None:
    f = Feed()
    (notice,) = notices(offer(svc, f))
    assert isinstance(notice, Text) and notice.context == "ota" and notice.source == tx.AVAILABLE
    assert notice.args == {"version": "v1.5.0-beta"} and notice == "Software update v1.5.0-beta is available"
    at = T0 + 3 * 3600
    (scheduled,) = notices(svc.schedule(at, T0))
    assert scheduled.source == tx.SCHEDULED_FOR and scheduled.args["time"] == Quantity("clock", at)
    assert scheduled.args["day"].source == tx.WEEKDAYS[time.localtime(at).tm_wday]
    # English is unchanged: what the driver read before translation existed.
    assert scheduled == "Update scheduled for " + time.strftime("%a %H:%M", time.localtime(at))
    svc.handle_message(*f.fb("DOWNLOAD_SUCCESS", 100), T0)
    v = svc.view(T0)
    assert v.size_text.source == tx.SIZES["GB"] and v.size_text.args == {"size": 1.2}
    assert v.install_time_text.args == {"duration": Quantity("duration_s", 1500.0)}
    assert v.requirements_text.args == {"soc": Quantity("percent", 30.0)}
    assert v.requirements_text.startswith("Park the car with at least 30 % battery.")
    assert v.headline.source == tx.HEADLINES["SCHEDULED"] and v.scheduled_text.source == tx.INSTALLS_AT


def test_waiting_reasons_nest_and_translate(svc) -> None:
    f = Feed()
    wait_for_drive(svc, f)
    svc.set_vehicle(50.0, 127, 20.0, T0)  # moving and below the floor
    v = svc.view(T0)
    assert v.waiting_text == "Waiting: the car is moving and the battery is below 30 %"
    reasons = v.waiting_text.args["reasons"]
    assert reasons.source == tx.AND and reasons.args["first"].source == tx.MOVING
    assert reasons.args["rest"].args == {"soc": Quantity("percent", 30.0)}
    assert v.waiting_text.render(german) == "Wartet: das Auto fährt und die Batterie ist unter 30 %"
    (done,) = notices(svc.set_vehicle(*PARKED, T0 + 1))
    assert done == "Waited until parked and the battery reached 30 %, installing now"
    assert done.source == tx.WAITED


def test_rendering_follows_the_clock_and_decimal_settings(svc) -> None:
    f = Feed()
    offer(svc, f)
    at = time.mktime((*time.localtime(T0)[:3], 23, 30, 0, 0, 0, -1)) + 86400
    (scheduled,) = notices(svc.schedule(at, T0))
    svc.handle_message(*f.fb("DOWNLOAD_SUCCESS", 100), T0)
    assert svc.machine.state == State.SCHEDULED
    v = svc.view(T0)
    day = time.strftime("%a", time.localtime(at))
    assert v.scheduled_text == f"Installs {day} 23:30"
    assert v.scheduled_text.render(formats=FR12) == f"Installs {day} 11:30 PM"
    assert scheduled.render(formats=FR12) == f"Update scheduled for {day} 11:30 PM"
    assert v.size_text.render(formats=FR12) == "1,2 GB"
    assert tx.size(1_500_000).render(formats=FR12) == "1,5 MB"
    assert v.install_time_text.render(formats=FR12) == "about 25 min"


def test_translation_covers_every_fragment_but_never_agent_text(svc) -> None:
    """Each template is translated (marked «»), nested ones too; versions and failure details are not."""
    f = Feed()
    offer(svc, f)
    svc.install_now(T0)
    svc.handle_message(*f.fb("DOWNLOAD_FAILURE", 0, "Server said «no» {version}"), T0)
    v = svc.view(T0)
    assert v.failure_text.render(marked) == (
        "««The download failed. Nothing was changed in your car.» (Server said «no» {version})»"
    )
    assert svc.machine.notice.render(marked) == v.failure_text.render(marked)
    assert v.headline.render(marked) == "«Update failed»" and v.version == "v1.5.0-beta"
    svc.dismiss(T0)
    (notice,) = notices(svc.handle_message(*Feed("act-2").desired(version="2.0 «beta»"), T0))
    assert notice.render(marked) == "«Software update 2.0 «beta» is available»"


def test_rollback_failure_sentence_keeps_its_parts() -> None:
    svc = UpdateService(":memory:")
    f = Feed()
    offer(svc, f)
    svc.install_now(T0)
    svc.handle_message(*f.fb("DOWNLOAD_SUCCESS", 100), T0)
    svc.handle_message(*f.fb("UPDATE_SUCCESS", 100), T0)
    svc.activate(T0)
    svc.handle_message(*f.fb("ACTIVATION_FAILURE", 0), T0)
    svc.handle_message(*f.current("1.4.2"), T0)
    v = svc.view(T0)
    assert v.rolled_back and v.failure_text.source == tx.RUNNING_VERSION
    assert (
        v.failure_text.args["version"] == "1.4.2" and v.failure_text.args["failure"].source == tx.FAILURES["activation"]
    )
    assert v.notice_repeats_card  # "back on version" is what the card says already
    svc.close()


def test_notice_survives_a_restart_as_text_and_re_renders(tmp_path) -> None:
    db = tmp_path / "ota.db"
    svc = UpdateService(db)
    f = Feed()
    offer(svc, f, LOW_SOC)
    at = T0 + 5 * 3600
    svc.schedule(at, T0)
    svc.handle_message(*f.fb("DOWNLOAD_SUCCESS", 100), T0)
    svc.set_vehicle(*LOW_SOC, at)  # the car still reports a low battery when the time comes
    svc.tick(at + 1)
    assert svc.machine.state == State.WAITING_CONDITIONS
    before = svc.view(at + 1)
    svc.close()
    stored = json.loads(sqlite3.connect(db).execute("SELECT snapshot FROM ota_state").fetchone()[0])
    assert stored["notice"]["source"] == tx.WAITING and stored["reasons"][0]["source"] == tx.LOW_BATTERY

    again = UpdateService(db)
    m = again.machine
    assert isinstance(m.notice, Text) and m.notice.source == tx.WAITING and m.notice == before.notice
    assert isinstance(m.reasons[0], Text) and m.reasons[0].args == {"soc": Quantity("percent", 30.0)}
    after = again.view(at + 1)
    assert after.waiting_text == before.waiting_text == "Waiting: the battery is below 30 %"
    assert after.waiting_text.render(german) == "Wartet: die Batterie ist unter 30 %"
    # The waited-for reasons came back too: the install notice still says what it waited for.
    (installed,) = notices(again.set_vehicle(0.0, PARKED[1], 90.0, at + 2))
    assert installed == "Waited until the battery reached 30 %, installing now"
    again.close()


def test_scheduled_time_survives_a_restart_and_follows_the_clock_setting(tmp_path) -> None:
    db = tmp_path / "ota.db"
    svc = UpdateService(db)
    f = Feed()
    offer(svc, f)
    at = time.mktime((*time.localtime(T0)[:3], 14, 45, 0, 0, 0, -1)) + 86400
    svc.schedule(at, T0)
    svc.handle_message(*f.fb("DOWNLOAD_SUCCESS", 100), T0)
    svc.close()
    again = UpdateService(db)
    day = time.strftime("%a", time.localtime(at))
    assert again.machine.notice.args["time"] == Quantity("clock", at)
    assert again.machine.notice.render(formats=FR12) == f"Update scheduled for {day} 2:45 PM"
    assert again.view(T0).scheduled_text.render(formats=FR12) == f"Installs {day} 2:45 PM"
    again.close()


def test_failure_survives_a_restart_with_the_agents_detail(tmp_path) -> None:
    db = tmp_path / "ota.db"
    svc = UpdateService(db)
    f = Feed()
    offer(svc, f)
    svc.install_now(T0)
    svc.handle_message(*f.fb("DOWNLOAD_FAILURE", 0, "disk full"), T0)
    svc.close()
    again = UpdateService(db)
    text = again.view(T0).failure_text
    assert text.source == tx.FAILURE_DETAIL and text.args["detail"] == "disk full"
    assert text.render(marked) == "««The download failed. Nothing was changed in your car.» (disk full)»"
    again.close()


def _store_with(tmp_path, mutate) -> tuple:
    """A saved WAITING machine whose snapshot ``mutate(dict)`` tampers with; returns (db path, snapshot)."""
    db = tmp_path / "ota.db"
    svc = UpdateService(db)
    wait_for_drive(svc, Feed())
    svc.close()
    con = sqlite3.connect(db)
    snap = json.loads(con.execute("SELECT snapshot FROM ota_state").fetchone()[0])
    mutate(snap)
    with con:
        con.execute("UPDATE ota_state SET snapshot = ?", (json.dumps(snap),))
    con.close()
    return db, snap


BAD_TEXTS = [
    pytest.param({"context": "ota", "source": "{x.__class__.__mro__}", "args": {"x": "a"}}, id="foreign-template"),
    pytest.param({"context": "ota", "source": tx.AVAILABLE, "args": {}}, id="missing-argument"),
    pytest.param({"context": "ota", "source": tx.AVAILABLE, "args": {"version": [1]}}, id="bad-argument"),
    pytest.param({"context": "health", "source": tx.AVAILABLE, "args": {"version": "1"}}, id="other-context"),
    pytest.param({"context": "ota", "source": tx.SIZES["GB"], "args": {"size": "big"}}, id="spec-mismatch"),
    pytest.param({"context": "ota", "source": tx.SIZES["GB"], "args": {"size": 10**400}}, id="huge-number"),
    pytest.param(
        {"context": "ota", "source": tx.WAITING, "args": {"reasons": {"text": {"context": "ota", "source": "{0}"}}}},
        id="nested-foreign",
    ),
    pytest.param({"context": "ota", "source": tx.LOW_BATTERY, "args": {"soc": {"quantity": "warp"}}}, id="bad-kind"),
    pytest.param({"source": tx.STALLED}, id="no-context"),
    pytest.param(42, id="number"),
    pytest.param(None, id="null"),
]


@pytest.mark.parametrize("bad", BAD_TEXTS)
def test_malformed_stored_notice_is_dropped_and_the_screen_kept(tmp_path, caplog, bad) -> None:
    db, _ = _store_with(tmp_path, lambda s: s.__setitem__("notice", bad))
    with caplog.at_level(logging.ERROR, logger="hmi.updates"):
        svc = UpdateService(db)
    assert svc.machine.state == State.WAITING_CONDITIONS and svc.machine.notice == ""
    assert any("notice rejected" in r.getMessage() for r in caplog.records)
    assert svc.view().waiting_text == "Waiting: the car is moving"
    svc.close()


@pytest.mark.parametrize("field", ["failure_reason", "reasons", "waited_for"])
@pytest.mark.parametrize("bad", BAD_TEXTS[:3])
def test_malformed_stored_sentences_reject_the_snapshot(tmp_path, caplog, field, bad) -> None:
    db, _ = _store_with(tmp_path, lambda s: s.__setitem__(field, bad if field == "failure_reason" else [bad]))
    with caplog.at_level(logging.ERROR, logger="hmi.updates"):
        svc = UpdateService(db)
    assert svc.machine.state == State.IDLE and svc.machine.activity is None  # fresh, resynced from the agent
    assert any("snapshot rejected" in r.getMessage() for r in caplog.records)
    svc.close()


def test_deeply_nested_stored_text_is_rejected(tmp_path, caplog) -> None:
    db, snap = _store_with(tmp_path, lambda s: s.__setitem__("failure_reason", "@"))
    level = json.dumps({"context": "ota", "source": tx.WAITING})[:-1] + ', "args": {"reasons": {"text": '
    deep = level * 5000 + json.dumps({"context": "ota", "source": tx.STALLED}) + "}}}" * 5000
    text = json.dumps(snap).replace('"@"', deep)
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE ota_state SET snapshot = ?", (text,))
    con.close()
    with caplog.at_level(logging.ERROR, logger="hmi.updates"):
        svc = UpdateService(db)
    assert svc.machine.state == State.IDLE
    assert any("snapshot rejected" in r.getMessage() for r in caplog.records)
    svc.close()


def test_schema_1_snapshot_with_english_strings_still_loads(tmp_path) -> None:
    def legacy(s: dict) -> None:
        s["notice"] = "Waiting: the car is moving"
        s["reasons"] = ["the car is moving"]
        s["waited_for"] = ["the car is moving"]

    db, _ = _store_with(tmp_path, legacy)
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE ota_state SET schema = 1")
    con.close()
    svc = UpdateService(db)
    m = svc.machine
    assert m.state == State.WAITING_CONDITIONS and m.notice == "Waiting: the car is moving"
    assert not isinstance(m.notice, Text)  # shown in English until the next notice
    (done,) = notices(svc.set_vehicle(*PARKED, T0))
    assert done == "Waited until parked, installing now" and isinstance(done, Text)
    svc.close()
    # Saved again in the current schema, sentences as Text dumps.
    row = sqlite3.connect(db).execute("SELECT schema, snapshot FROM ota_state").fetchone()
    assert row[0] == 2 and json.loads(row[1])["notice"]["source"] == tx.WAITED


def test_unknown_schema_starts_fresh(tmp_path) -> None:
    db, _ = _store_with(tmp_path, lambda s: None)
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE ota_state SET schema = 99")
    con.close()
    svc = UpdateService(db)
    assert svc.machine.state == State.IDLE
    svc.close()


def test_lupdate_extracts_exactly_the_ota_templates(tmp_path) -> None:
    """Every template is a literal lupdate can read (multi-line calls included): translators see them all."""
    import subprocess
    import xml.etree.ElementTree as ET

    from hmi.i18n import catalog

    ts = tmp_path / "ota.ts"
    subprocess.run([catalog._tool("lupdate"), tx.__file__, "-silent", "-ts", str(ts)], check=True, timeout=60)
    found = {
        m.findtext("source") for c in ET.parse(ts).getroot() for m in c.iter("message") if c.findtext("name") == "ota"
    }
    assert found == tx.KNOWN


def test_three_reasons_read_as_a_list() -> None:
    assert tx.and_list(["A", "B", "C"]) == "A, B and C"
    assert tx.and_list(["A", "B"]) == "A and B" and tx.and_list(["A"]) == "A" and tx.and_list([]) == ""
    assert tx.LIST in tx.KNOWN  # a stored list of three reasons is accepted after a restart
