"""The Qt adapters render OTA and link texts through Qt's translator and the driver's formats, and
``retranslate()`` re-renders every QML-visible text at once."""

from __future__ import annotations

import asyncio
import itertools
import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from ota_helpers import PARKED, Feed

from hmi.updates.service import UpdateService

T0 = 1_800_000_000.0


@pytest.fixture
def marking(qapp):
    """A real ``QTranslator`` installed in the application that marks every "ota"/"link" text: «…»."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Marking(QTranslator):
        def isEmpty(self) -> bool:
            return False

        def translate(self, context, source, disambiguation=None, n=-1):
            return f"«{source}»" if context in ("ota", "link") else ""

    translator = Marking()
    yield lambda: QCoreApplication.installTranslator(translator)
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def i18n(qapp):
    """The lead's ``I18n`` (process-wide formats), reset to English/defaults afterwards."""
    from hmi.ui.translator import I18n

    obj = I18n()
    yield obj
    obj.release()


@pytest.fixture
def model(qtbot):
    from hmi.ui.updates_model import UpdatesModel

    clock = {"now": T0}
    svc = UpdateService(":memory:")
    m = UpdatesModel(svc, lambda *a, **k: True, clock=lambda: clock["now"], tick_ms=3_600_000)
    m.clock = clock
    yield m
    m.stop()
    svc.close()


def scheduled(model) -> float:
    f = Feed()
    model.handle_message(*f.current("1.4.2"))
    model.handle_message(*f.desired(version="1.5.0 «rc»"))
    model.set_vehicle(*PARKED)
    at = time.mktime((*time.localtime(T0)[:3], 23, 30, 0, 0, 0, -1)) + 86400
    model.scheduleAt(at)
    model.handle_message(*f.fb("DOWNLOAD_SUCCESS", 100))
    assert model.state == "SCHEDULED"
    return at


def test_retranslate_renders_every_text_in_the_new_language(model, marking, qtbot) -> None:
    at = scheduled(model)
    day = time.strftime("%a", time.localtime(at))
    assert model.headline == "Update scheduled" and model.scheduledText == f"Installs {day} 23:30"
    marking()
    with qtbot.waitSignal(model.changed, timeout=1000):
        model.retranslate()
    assert model.headline == "«Update scheduled»"
    assert model.scheduledText == f"«Installs «{day}» 23:30»"
    assert model.sizeText == "«1.2 GB»" and model.installTimeText == "«about 25 min»"
    assert model.requirementsText.startswith("«Park the car with at least 30 % battery.")
    assert model.notice == f"«Update scheduled for «{day}» 23:30»"
    # The agent's own text is never translated.
    assert model.version == "1.5.0 «rc»" and model.releaseNotes == "Better range.\nFaster maps."
    # New notices arrive rendered too.
    with qtbot.waitSignal(model.noticeShown, timeout=1000) as shown:
        model.decline()
    assert shown.args == ["«Update 1.5.0 «rc» declined»"] and model.notice == shown.args[0]


def test_clock_and_decimal_settings_apply_after_retranslate(model, i18n, qtbot) -> None:
    at = scheduled(model)
    day = time.strftime("%a", time.localtime(at))
    i18n.apply("en", clock24=False)
    model.retranslate()
    assert model.scheduledText == f"Installs {day} 11:30 PM" and model.notice.endswith("11:30 PM")
    assert model.socFloor == 30.0
    i18n.apply("fr", clock24=True)  # Monaco: comma decimal separator
    model.retranslate()
    assert "1,2" in model.sizeText and model.scheduledText.endswith("23:30")


def test_untranslated_release_notes_say_so_outside_english(model, i18n, qtbot) -> None:
    """The agent's notes are shown as sent: in another language the card says they are not translated."""
    scheduled(model)
    assert model.releaseNotes and model.notesCaption == ""  # English: nothing to say
    i18n.apply("ca")
    with qtbot.waitSignal(model.notesCaptionChanged, timeout=1000):
        model.retranslate()
    assert model.notesCaption == "Tal com les publica el fabricant, sense traduir"
    assert model.releaseNoteLines == ["Better range.", "Faster maps."]  # the notes themselves as sent
    i18n.apply("en")
    with qtbot.waitSignal(model.notesCaptionChanged, timeout=1000):
        model.retranslate()
    assert model.notesCaption == ""


def test_notice_repeating_the_card_is_flagged(model) -> None:
    f = Feed()
    model.handle_message(*f.desired())
    assert model.notice == "Software update 1.5.0 is available" and model.noticeRepeatsCard
    model.later()
    assert model.notice.startswith("We'll remind you") and not model.noticeRepeatsCard


# ---------------------------------------------------------------------------------------------- link


def test_every_link_status_has_a_translatable_reason() -> None:
    from hmi.link.client import REASON_AND_AGE, REASONS, BrokerState, LinkStatus

    seen = set()
    agents = ("online", "offline", "unknown")
    for broker, agent, fresh, skew in itertools.product(BrokerState, agents, (True, False), (None, 3600.0)):
        text = LinkStatus(broker, agent, fresh, clock_skew_s=skew).reason
        assert getattr(text, "context", None) == "link" and text.source in REASONS.values()
        seen.add(text.source)
        # While lost, the line says how old the values on screen are (one template, the reason inside it).
        aged = LinkStatus(broker, agent, fresh, clock_skew_s=skew, last_known_s=3 * 3600 + 60).reason
        if aged != text:
            assert aged.source == REASON_AND_AGE and aged == f"{text} · last known 3 h ago"
    assert seen == set(REASONS.values())  # every line is reachable


@pytest.fixture
def link(broker_config):
    """A real link to the test broker, not started: "connecting", and commands cannot be sent."""
    from hmi.link.client import MqttLink
    from hmi.vehicle.store import VehicleStore

    loop = asyncio.new_event_loop()
    yield MqttLink(VehicleStore(), broker_config, loop=loop)
    loop.close()


def test_link_texts_follow_the_language(link, marking, qtbot) -> None:
    from hmi.ui.link_model import LinkModel

    model = LinkModel(link)
    assert model.reason == "Connecting to the vehicle"
    model.setChargeLimit(80)  # not connected: the link's own message
    assert model.commands["set_charge_limit"] == {"state": "failed", "message": "Not connected to the car"}
    marking()
    with qtbot.waitSignal(model.changed, timeout=1000), qtbot.waitSignal(model.commandsChanged, timeout=1000):
        model.retranslate()
    assert model.reason == "«Connecting to the vehicle»"
    assert model.commands["set_charge_limit"]["message"] == "«Not connected to the car»"
    assert model.brokerState == "connecting"  # a code for QML, not a sentence


def test_agent_command_messages_are_not_translated(link, marking) -> None:
    from hmi.link.commands import Command
    from hmi.ui.link_model import LinkModel

    model = LinkModel(link)
    marking()
    cmd = Command("c1", "start_stop_charging", {}, 0.0, 10.0, state="failed", message="Charge port locked")
    link._notify_command(cmd)
    assert model.commands["start_stop_charging"]["message"] == "Charge port locked"
