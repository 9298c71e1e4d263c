"""The thin Qt adapter: properties mirror the view, slots reach the machine, effects reach the publisher."""

from __future__ import annotations

import json
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from ota_helpers import DRIVING, PARKED, Feed

from hmi.link import topics
from hmi.updates.service import UpdateService

T0 = 1_800_000_000.0


@pytest.fixture
def model(qtbot):
    from hmi.ui.updates_model import UpdatesModel

    clock = {"now": T0}
    sent: list[tuple[str, dict]] = []
    svc = UpdateService(":memory:")
    link = {"up": True}

    def publish(topic: str, data: bytes, *, qos: int = 1, retain: bool = False) -> bool:
        if link["up"]:
            sent.append((topic, json.loads(data)))
        return link["up"]

    m = UpdatesModel(svc, publish, clock=lambda: clock["now"], tick_ms=20)
    m.sent, m.clock, m.link = sent, clock, link
    yield m
    m.stop()
    svc.close()


def cmds(sent):
    return [
        body["payload"].get("command") or "consent:" + body["payload"]["status"]
        for topic, body in sent
        if topic in (topics.SELFUPDATE_DESIRED_STATE_COMMAND, topics.OWNER_CONSENT_FEEDBACK)
    ]


def test_properties_follow_the_flow_and_slots_publish(model, qtbot):
    f = Feed()
    model.start()
    assert model.sent[0][0] == topics.SELFUPDATE_CURRENT_STATE_GET
    model.handle_message(*f.current("1.4.2"))
    assert model.installed == [{"id": "self-update:os-image", "name": "OS image", "version": "1.4.2"}]
    with qtbot.waitSignal(model.noticeShown, timeout=1000) as notice:
        model.handle_message(*f.desired(notes="<a href='x'>link</a>\nline 2"))
    assert notice.args == ["Software update 1.5.0 is available"]
    assert model.state == "OFFERED" and model.badge and model.prompt and model.version == "1.5.0"
    assert model.releaseNotes == "<a href='x'>link</a>\nline 2" and model.sizeText == "1.2 GB"
    assert model.canInstallNow and model.canSchedule and model.canLater and model.canDecline
    assert not model.canActivate
    model.set_vehicle(*PARKED)
    with qtbot.waitSignal(model.changed, timeout=1000):
        model.installNow()
    assert model.state == "DOWNLOADING" and cmds(model.sent) == ["DOWNLOAD"]
    model.handle_message(*f.fb("DOWNLOADING", 40))
    assert model.progress == 40
    model.handle_message(*f.fb("DOWNLOAD_SUCCESS", 100))
    model.handle_message(*f.fb("UPDATE_SUCCESS", 100))
    assert model.state == "AWAITING_ACTIVATION" and model.canActivate
    model.set_vehicle(*DRIVING)
    model.activate()
    assert cmds(model.sent) == ["DOWNLOAD", "UPDATE"] and model.notice.startswith("Can't restart now")
    model.set_vehicle(*PARKED)
    model.activate()
    model.handle_message(*f.fb("ACTIVATION_SUCCESS", 100))
    model.handle_message(*f.fb("COMPLETE", 100))
    assert model.state == "SUCCESS" and model.canDismiss and model.headline == "Update installed"
    model.dismiss()
    assert model.state == "IDLE" and not model.badge


def test_timer_starts_a_scheduled_install(model, qtbot):
    f = Feed()
    model.handle_message(*f.desired())
    model.set_vehicle(*PARKED)
    model.scheduleAt(T0 + 600)
    model.handle_message(*f.fb("DOWNLOAD_SUCCESS", 100))
    assert model.state == "SCHEDULED" and model.scheduledText.startswith("Installs")
    model.clock["now"] = T0 + 601
    # Ten minutes later the conditions measured at scheduling time are void: the install waits for current data.
    qtbot.waitUntil(lambda: model.state == "WAITING_CONDITIONS", timeout=10_000)
    assert model.waitingText == "Waiting for current data from the car" and model.dataText == model.waitingText
    assert cmds(model.sent) == ["DOWNLOAD"]
    model.set_vehicle(*PARKED)  # the car reports again: parked
    qtbot.waitUntil(lambda: model.state == "INSTALLING", timeout=10_000)
    assert cmds(model.sent) == ["DOWNLOAD", "UPDATE"]


def test_malformed_input_changes_nothing(model, qtbot):
    f = Feed()
    model.handle_message(*f.desired())
    with qtbot.assertNotEmitted(model.changed, wait=50):
        model.handle_message(topics.SELFUPDATE_DESIRED_STATE_FEEDBACK, b"\xff\x00")
        model.handle_message(topics.OWNER_CONSENT, b'{"activityId": "act-1", "timestamp": 1e999, "payload": {}}')
    model.scheduleAt(float("nan"))
    assert model.notice == "Pick a time within the next 14 days"
    assert model.state == "OFFERED" and cmds(model.sent) == []


def test_qml_can_bind_and_tap(model, qtbot):
    """The properties and slots work from QML (the lead's Updates page binds to exactly these)."""
    from PySide6.QtCore import QByteArray, QUrl
    from PySide6.QtQml import QQmlComponent, QQmlEngine

    engine = QQmlEngine()
    engine.rootContext().setContextProperty("updates", model)
    component = QQmlComponent(engine)
    component.setData(
        QByteArray(
            b"import QtQml\n"
            b"QtObject {\n"
            b"  property string state: updates.state\n"
            b"  property string notes: updates.releaseNotes\n"
            b"  property int progress: updates.progress\n"
            b"  property bool canInstall: updates.canInstallNow\n"
            b"  property int installedCount: updates.installed.length\n"
            b"  property string firstVersion: updates.installed.length ? updates.installed[0].version : ''\n"
            b"  function tapInstall() { updates.installNow() }\n"
            b"}\n"
        ),
        QUrl("inline.qml"),
    )
    obj = component.create()
    assert obj is not None, component.errorString()
    f = Feed()
    model.handle_message(*f.current("1.4.2"))
    model.handle_message(*f.desired(notes="plain <b>text</b>"))
    qtbot.waitUntil(lambda: obj.property("state") == "OFFERED", timeout=10_000)
    assert obj.property("notes") == "plain <b>text</b>" and obj.property("canInstall")
    assert obj.property("installedCount") == 1 and obj.property("firstVersion") == "1.4.2"
    model.set_vehicle(*PARKED)
    from PySide6.QtCore import QMetaObject

    QMetaObject.invokeMethod(obj, "tapInstall")
    qtbot.waitUntil(lambda: obj.property("state") == "DOWNLOADING", timeout=10_000)
    assert cmds(model.sent) == ["DOWNLOAD"]
    import shiboken6

    obj.setParent(engine)
    shiboken6.delete(engine)  # with its object, before the model goes: no binding sees a dead model


def test_a_tap_that_cannot_be_sent_is_undone(model, qtbot):
    f = Feed()
    model.handle_message(*f.desired())
    model.set_vehicle(*PARKED)
    model.link["up"] = False
    with qtbot.waitSignal(model.noticeShown, timeout=1000) as notice:
        model.installNow()
    assert notice.args[0].startswith("Not connected to the car")
    assert model.state == "OFFERED" and model.canInstallNow and model.notice.startswith("Not connected")
    model.start()  # a resync request that cannot go out is only logged
    assert model.state == "OFFERED"
    model.link["up"] = True
    model.installNow()
    assert model.state == "DOWNLOADING" and cmds(model.sent) == ["DOWNLOAD"]


def test_each_property_notifies_only_when_its_value_changed(model, qtbot):
    """QML re-evaluates a binding on its property's own signal: a progress step must not lay out the release
    notes or the installed list again."""
    from hmi.ui.updates_model import PROPERTIES

    f = Feed()
    model.handle_message(*f.current("1.4.2"))
    model.handle_message(*f.desired(notes="Better range.\nFaster maps."))
    model.set_vehicle(*PARKED)
    model.installNow()
    model.handle_message(*f.fb("DOWNLOADING", 10))
    emitted: list[str] = []
    for name in PROPERTIES:
        getattr(model, name + "Changed").connect(lambda name=name: emitted.append(name))
    model.handle_message(*f.fb("DOWNLOADING", 40))
    assert model.progress == 40
    assert "progress" in emitted
    assert not {"releaseNotes", "releaseNoteLines", "installed", "state", "headline", "version"} & set(emitted)
    emitted.clear()
    model.handle_message(*f.fb("DOWNLOADING", 40))  # the same figure again: nothing to tell QML
    assert emitted == []
    model.handle_message(*f.fb("DOWNLOAD_SUCCESS", 100))
    assert {"state", "headline", "progress"} <= set(emitted) and "releaseNotes" not in emitted
    # Every QML property has its own notify signal, named after it.
    assert len(PROPERTIES) >= 30 and all(hasattr(model, n + "Changed") for n in PROPERTIES)
