"""Validation of every OTA message of the agent interface: good ones parse, bad ones are rejected with a reason."""

from __future__ import annotations

import json

import pytest

from hmi.link import topics
from hmi.updates import protocol as p

DESIRED = {
    "domains": [
        {
            "id": "self-update",
            "components": [
                {"id": "os-image", "version": "1.5.0", "config": [{"key": "image", "value": "https://x/y.raucb"}]}
            ],
        }
    ],
    "releaseNotes": "Line one\n<b>not bold</b> <a href='x'>not a link</a>\tTab",
    "sizeBytes": 1_234_000_000,
    "estimatedInstallS": 1500,
}


def raw(payload: dict, aid: object = "act-1", ts: object = 1_700_000_000_000) -> bytes:
    return json.dumps({"activityId": aid, "timestamp": ts, "payload": payload}).encode()


def feedback(status: str = "DOWNLOADING", progress: object = 42, **extra) -> dict:
    action = {"component": {"id": "os-image", "version": "1.5.0"}, "status": status, "progress": progress}
    return {"status": status, "message": "", "actions": [action], **extra}


def test_desired_state_parses_with_plain_text_notes_kept_verbatim():
    msg = p.parse_message(topics.SELFUPDATE_DESIRED_STATE, raw(DESIRED))
    assert isinstance(msg, p.DesiredState)
    assert msg.activity_id == "act-1" and msg.timestamp == 1_700_000_000_000
    assert msg.version == "1.5.0" and msg.baseline == "self-update" and msg.component_id == "os-image"
    assert msg.release_notes == DESIRED["releaseNotes"]  # nothing stripped or rewritten
    assert msg.size_bytes == 1_234_000_000 and msg.estimated_install_s == 1500.0
    assert msg.domains[0].components[0].config == (("image", "https://x/y.raucb"),)


def test_every_topic_of_the_table_parses():
    cases = {
        topics.SELFUPDATE_DESIRED_STATE_FEEDBACK: (feedback(), p.Feedback),
        topics.SELFUPDATE_DESIRED_STATE_COMMAND: ({"baseline": "self-update", "command": "UPDATE"}, p.CommandMessage),
        topics.SELFUPDATE_CURRENT_STATE: (
            {"softwareNodes": [{"id": "os", "version": "1", "name": "OS", "type": "IMAGE"}], "hardwareNodes": []},
            p.CurrentState,
        ),
        topics.SELFUPDATE_CURRENT_STATE_GET: ({}, p.CurrentStateGet),
        topics.OWNER_CONSENT: ({"command": "ACTIVATE"}, p.ConsentRequest),
        topics.OWNER_CONSENT_FEEDBACK: ({"status": "APPROVED", "timeToApply": None}, p.ConsentFeedback),
    }
    for topic, (payload, kind) in cases.items():
        assert isinstance(p.parse_message(topic, raw(payload)), kind), topic
    fb = p.parse_message(topics.SELFUPDATE_DESIRED_STATE_FEEDBACK, raw(feedback(progress=42.0)))
    assert fb.status == p.Status.DOWNLOADING and fb.progress == 42


def test_builders_round_trip_through_the_parser():
    for topic, msg in [
        (topics.SELFUPDATE_DESIRED_STATE_COMMAND, p.build_command("a", 5, "self-update", p.Command.ROLLBACK)),
        (topics.OWNER_CONSENT_FEEDBACK, p.build_consent_feedback("a", 6, p.ConsentStatus.DENIED)),
        (topics.SELFUPDATE_CURRENT_STATE_GET, p.build_current_state_get("a", 7)),
    ]:
        parsed = p.parse_message(topic, p.encode(msg))
        assert parsed.activity_id == "a" and parsed.timestamp == msg["timestamp"]


BAD_WRAPPERS = [
    (b"\xff\xfe{}", "UTF-8"),
    (b"not json", "JSON"),
    (b"[1, 2]", "object"),
    (b'{"activityId": "a", "timestamp": 1}', "missing"),
    (json.dumps({"activityId": "a", "timestamp": 1, "payload": {}, "x": 1}).encode(), "unexpected"),
    (raw({}, aid=5), "activityId"),
    (raw({}, aid=""), "empty"),
    (raw({}, aid="a\x00b"), "control"),
    (raw({}, aid="x" * 500), "more than"),
    (raw({}, ts="123"), "integer"),
    (raw({}, ts=1.5), "integer"),
    (raw({}, ts=True), "integer"),
    (raw({}, ts=-1), "outside"),
    (raw({}, ts=10**30), "outside"),
    (b'{"activityId": "a", "timestamp": NaN, "payload": {}}', "non-finite"),
    (b'{"activityId": "a", "timestamp": 1, "payload": []}', "object"),
    (b"{" * 100_000, "JSON"),
    (b" " * (p.MAX_MESSAGE_BYTES + 1), "bytes"),
]


@pytest.mark.parametrize(("data", "reason"), BAD_WRAPPERS)
def test_malformed_wrapper_is_rejected_with_reason(data: bytes, reason: str):
    with pytest.raises(p.ProtocolError) as err:
        p.parse_message(topics.SELFUPDATE_CURRENT_STATE_GET, data)
    assert reason.lower() in str(err.value).lower()


def _desired(**changes) -> dict:
    d = json.loads(json.dumps(DESIRED))
    d.update(changes)
    return d


BAD_DESIRED = [
    (_desired(releaseNotes="x" * 20_001), "more than 20000"),
    (_desired(releaseNotes=5), "string"),
    (_desired(releaseNotes="bell\x07"), "control"),
    (_desired(releaseNotes="bidi ok but NUL \x00"), "control"),
    (_desired(sizeBytes=-1), "outside"),
    (_desired(sizeBytes=1.5), "integer"),
    (_desired(sizeBytes="big"), "integer"),
    (_desired(estimatedInstallS=float("inf")), "non-finite"),
    (_desired(estimatedInstallS=10**400), "too large"),
    (_desired(domains=[]), "empty"),
    (_desired(domains="x"), "list"),
    (_desired(domains=[{"id": "d", "components": []}]), "empty"),
    (_desired(domains=[{"id": "d", "components": [{"id": "c", "version": 1}]}]), "string"),
    (_desired(domains=[{"id": "d", "components": [{"id": "c", "version": ""}]}]), "empty"),
    (_desired(domains=[{"id": "d", "components": [{"id": "c"}]}]), "string"),
    (_desired(domains=[{"components": [{"id": "c", "version": "1"}]}]), "string"),
    (_desired(domains=[{"id": "d", "components": [{"id": "c", "version": "1", "config": [{"key": 1}]}]}]), "string"),
    ({"releaseNotes": "no domains"}, "missing"),
]


@pytest.mark.parametrize(("payload", "reason"), BAD_DESIRED)
def test_bad_desired_state_is_rejected(payload: dict, reason: str):
    # allow NaN/inf through json.dumps to test the parser's own refusal
    data = json.dumps({"activityId": "a", "timestamp": 1, "payload": payload}).encode()
    with pytest.raises(p.ProtocolError) as err:
        p.parse_message(topics.SELFUPDATE_DESIRED_STATE, data)
    assert reason.lower() in str(err.value).lower()


def test_notes_at_the_limit_and_lone_surrogates():
    ok = p.parse_message(topics.SELFUPDATE_DESIRED_STATE, raw(_desired(releaseNotes="é" * 20_000)))
    assert len(ok.release_notes) == 20_000
    # JSON can smuggle a lone surrogate, which would not survive re-encoding in the UI.
    data = raw(_desired(releaseNotes="PLACEHOLDER")).replace(b"PLACEHOLDER", b"\\ud800")
    with pytest.raises(p.ProtocolError, match="invalid character"):
        p.parse_message(topics.SELFUPDATE_DESIRED_STATE, data)


BAD_FEEDBACK = [
    (feedback(status="EXPLODED"), "not one of"),
    ({"status": 3}, "string"),
    ({"message": "no status"}, "string"),
    (feedback(progress=101), "outside"),
    (feedback(progress=-1), "outside"),
    (feedback(progress="50"), "number"),
    (feedback(progress=True), "number"),
    (feedback(progress=float("nan")), "non-finite"),
    ({"status": "DOWNLOADING", "actions": [{"component": {"id": "c"}, "status": "WEIRD", "progress": 1}]}, "known"),
    ({"status": "DOWNLOADING", "actions": "x"}, "list"),
    ({"status": "DOWNLOADING", "actions": [1]}, "object"),
    ({"status": "DOWNLOADING", "actions": [{"status": "DOWNLOADING"}]}, "object"),
    ({"status": "DOWNLOADING", "actions": [{}] * 100}, "more than"),
    ({"status": "DOWNLOADING", "message": "m" * 5000}, "more than"),
]


@pytest.mark.parametrize(("payload", "reason"), BAD_FEEDBACK)
def test_bad_feedback_is_rejected(payload: dict, reason: str):
    data = json.dumps({"activityId": "a", "timestamp": 1, "payload": payload}).encode()
    with pytest.raises(p.ProtocolError) as err:
        p.parse_message(topics.SELFUPDATE_DESIRED_STATE_FEEDBACK, data)
    assert reason.lower() in str(err.value).lower()


@pytest.mark.parametrize(
    ("topic", "payload", "reason"),
    [
        (topics.OWNER_CONSENT, {"command": "CLEANUP"}, "cannot be requested"),
        (topics.OWNER_CONSENT, {"command": "download"}, "not one of"),
        (topics.OWNER_CONSENT, {}, "string"),
        (topics.OWNER_CONSENT_FEEDBACK, {"status": "MAYBE"}, "not one of"),
        (topics.OWNER_CONSENT_FEEDBACK, {"status": "APPROVED", "timeToApply": "soon"}, "integer"),
        (topics.SELFUPDATE_DESIRED_STATE_COMMAND, {"baseline": "b", "command": "FORMAT"}, "not one of"),
        (topics.SELFUPDATE_DESIRED_STATE_COMMAND, {"command": "UPDATE"}, "string"),
        (topics.SELFUPDATE_CURRENT_STATE, {"softwareNodes": [{"version": "1"}]}, "string"),
        (topics.SELFUPDATE_CURRENT_STATE, {"softwareNodes": {}}, "list"),
        (topics.SELFUPDATE_CURRENT_STATE, {"softwareNodes": [], "hardwareNodes": 3}, "list"),
        ("selfupdate/other", {}, "not an OTA topic"),
    ],
)
def test_other_malformed_messages(topic: str, payload: dict, reason: str):
    with pytest.raises(p.ProtocolError) as err:
        p.parse_message(topic, raw(payload))
    assert reason.lower() in str(err.value).lower()


def test_current_state_version_lookup_matches_prefixed_ids():
    msg = p.parse_message(
        topics.SELFUPDATE_CURRENT_STATE,
        raw({"softwareNodes": [{"id": "self-update:os-image", "version": "1.4.2", "name": "OS", "type": "IMAGE"}]}),
    )
    assert msg.version_of("os-image") == "1.4.2"
    assert msg.version_of("bootloader") is None
