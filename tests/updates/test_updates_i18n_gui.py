"""The Updates page in the pseudo-locale (+40 %) at 1024×600 through its busiest screens, and its Python-made
texts following a language and clock switch live. Real HMI, real mosquitto, the self-update-agent stand-in."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from test_updates_gui import drive, keep_fresh, open_updates, park, tap, text_of, visible, wait_state, wait_visible

from hmi.testing.plugin import WAIT_MS, layout_problems, text_problems

pytestmark = pytest.mark.timeout(120)


def check(app, qtbot, shots: Path, name: str, problems: dict[str, list[str]]) -> None:
    """Layout check of the current screen in German (real translations, ~30 % longer) and the pseudo-locale."""
    for lang in ("de", "pseudo"):
        assert app.set_language(lang)
        qtbot.wait(150)
        app.screenshot(shots / f"ota-{lang}-{name}.png")
        found = text_problems(app) + layout_problems(app)
        if found:
            problems[f"{name} ({lang})"] = found


def translated(source: str) -> str:
    """The current catalog's translation of an OTA template (what the model must show)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ota", source)


def test_updates_page_fits_long_languages_at_1024x600(hmi_app, agent, sua, qtbot, tmp_path) -> None:
    shots = Path(os.environ.get("HMI_PSEUDO_SHOTS", tmp_path))
    park(agent, soc=20.0)  # below the 30 % floor: the battery chip says what is needed
    keep_fresh(agent)
    sua(fail="update", consent=False)
    wait_state(qtbot, hmi_app, "OFFERED")
    hmi_app.resize(1024, 600)
    hmi_app.settings.setClock24(False)
    open_updates(qtbot, hmi_app)
    problems: dict[str, list[str]] = {}
    check(hmi_app, qtbot, shots, "offer", problems)

    tap(qtbot, hmi_app, "updateSchedule")
    wait_visible(qtbot, hmi_app, "updateSchedulePicker")
    qtbot.waitUntil(lambda: "2:00 AM" in text_of(hmi_app, "updatePickTime"), timeout=WAIT_MS)
    check(hmi_app, qtbot, shots, "picker", problems)
    tap(qtbot, hmi_app, "updatePickCancel")

    tap(qtbot, hmi_app, "updateInstallNow")
    wait_state(qtbot, hmi_app, "WAITING_CONDITIONS")
    wait_visible(qtbot, hmi_app, "updateWaiting")
    check(hmi_app, qtbot, shots, "waiting", problems)

    park(agent, soc=80.0)
    wait_state(qtbot, hmi_app, "FAILED", timeout=15_000)
    wait_visible(qtbot, hmi_app, "updateRollback")
    check(hmi_app, qtbot, shots, "failed", problems)
    assert not problems, "\n".join(f"{k}:\n  " + "\n  ".join(v) for k, v in problems.items())
    assert hmi_app.qml_warnings == []


def test_ota_texts_follow_language_and_clock_live(hmi_app, agent, sua, qtbot) -> None:
    from hmi.updates import texts as tx

    drive(agent)
    keep_fresh(agent)
    sua()
    wait_state(qtbot, hmi_app, "CONSENT_REQUESTED")
    open_updates(qtbot, hmi_app)
    hmi_app.updates.scheduleTonight()
    wait_state(qtbot, hmi_app, "SCHEDULED", "DOWNLOADING")
    qtbot.waitUntil(lambda: hmi_app.updates.notice.endswith(" 02:00"), timeout=WAIT_MS)
    hmi_app.settings.setClock24(False)
    qtbot.waitUntil(lambda: hmi_app.updates.notice.endswith(" 2:00 AM"), timeout=WAIT_MS)
    wait_state(qtbot, hmi_app, "SCHEDULED")
    qtbot.waitUntil(lambda: text_of(hmi_app, "updateScheduled").endswith(" 2:00 AM"), timeout=WAIT_MS)

    english = text_of(hmi_app, "updateHeadline")
    assert english == "Update scheduled"
    assert hmi_app.set_language("de")
    german = translated(tx.HEADLINES["SCHEDULED"])
    assert german and german != english, "no German catalog entry for the OTA headline"
    qtbot.waitUntil(lambda: text_of(hmi_app, "updateHeadline") == german, timeout=WAIT_MS)
    scheduled = text_of(hmi_app, "updateScheduled")
    assert "2:00 AM" in scheduled and scheduled.startswith(translated(tx.INSTALLS_AT).split("{")[0])
    assert hmi_app.updates.scheduledText == scheduled and not scheduled.startswith("Installs ")
    assert hmi_app.set_language("en")
    qtbot.waitUntil(lambda: text_of(hmi_app, "updateHeadline") == english, timeout=WAIT_MS)
    assert visible(hmi_app, "updateScheduled") and text_of(hmi_app, "updateScheduled").startswith("Installs ")


def test_link_banner_follows_the_language_and_fits_at_1024x600(hmi_app, agent, qtbot) -> None:
    from PySide6.QtCore import QCoreApplication

    from hmi.testing.plugin import find_item

    banner = find_item(hmi_app, "linkBanner")
    qtbot.waitUntil(lambda: not banner.property("visible"), timeout=WAIT_MS)
    hmi_app.resize(1024, 600)
    agent.go_offline()
    qtbot.waitUntil(lambda: banner.property("visible"), timeout=WAIT_MS)
    assert text_of(hmi_app, "linkBannerText") == "Vehicle link lost — Vehicle agent offline"
    assert hmi_app.set_language("de")
    reason = QCoreApplication.translate("link", "Vehicle agent offline")
    assert reason and reason != "Vehicle agent offline", "no German catalog entry for the link status"
    qtbot.waitUntil(lambda: hmi_app.link_model.reason == reason, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: reason in text_of(hmi_app, "linkBannerText"), timeout=WAIT_MS)
    for lang in ("de", "pseudo"):
        assert hmi_app.set_language(lang)
        qtbot.wait(100)
        assert text_problems(hmi_app) == [], lang
    agent.go_online()
    qtbot.waitUntil(lambda: not banner.property("visible"), timeout=WAIT_MS)
