"""The OTA prompts and the Updates page end to end: the real HMI, a real mosquitto, the self-update-agent
stand-in, and taps on the real QML buttons.

Set ``HMI_OTA_SCREENSHOTS=<dir>`` to keep the screenshots taken along the flows (the README's
``docs/screenshots/ota-*.png`` come from here).
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QWheelEvent
from PySide6.QtQuick import QQuickItem

from hmi.link import signals as sig
from hmi.testing.plugin import WAIT_MS, find_item, layout_problems, tap

pytestmark = pytest.mark.timeout(90)

SHOTS = os.environ.get("HMI_OTA_SCREENSHOTS")
#: Notes with markup: must be shown as written, never interpreted.
HOSTILE_NOTES = "<b>Bold?</b> <a href='https://evil.example/'>Click me</a>\n<img src='x'> &amp; <i>done</i>"


# ------------------------------------------------------------------------------------------------ helpers


def note_line_items(hmi_app) -> list:
    """The release-note lines laid out now (the list creates them as they scroll into view), top to bottom."""
    flick = find_item(hmi_app, "updateNotesFlick")
    items = [i for i in flick.property("contentItem").childItems() if i.objectName() == "updateReleaseNoteLine"]
    return sorted((i for i in items if i.isVisible()), key=lambda i: i.y())


def note_lines(hmi_app) -> list[str]:
    """The release notes on the page, line by line (all of them while they fit the list)."""
    return [item.property("text") for item in note_line_items(hmi_app)]


def park(agent, soc: float = 80.0) -> None:
    agent.publish(sig.SPEED, 0.0)
    agent.publish(sig.GEAR, sig.GEAR_PARK)
    agent.publish(sig.SOC, soc)


def drive(agent, speed: float = 50.0) -> None:
    agent.publish(sig.GEAR, sig.GEAR_DRIVE)
    agent.publish(sig.SPEED, speed)


def next_local(hour: int, minute: int) -> float:
    """Unix time of the next local hour:minute (what the picker schedules)."""
    lt = time.localtime()
    t = time.mktime((lt.tm_year, lt.tm_mon, lt.tm_mday, hour, minute, 0, 0, 0, -1))
    if t <= time.time():
        t = time.mktime((lt.tm_year, lt.tm_mon, lt.tm_mday + 1, hour, minute, 0, 0, 0, -1))
    return t


def keep_fresh(agent) -> None:
    """The car keeps publishing (held values stay): vehicle data never goes stale during a flow."""
    agent.start()


def visible(app, name: str) -> bool:
    item = app.find(name)
    return item is not None and item.isVisible()


def text_of(app, name: str) -> str:
    return find_item(app, name).property("text")


def wait_state(qtbot, app, *states: str, timeout: int = WAIT_MS) -> None:
    qtbot.waitUntil(lambda: app.updates.state in states, timeout=timeout)


def wait_visible(qtbot, app, name: str, timeout: int = WAIT_MS) -> QQuickItem:
    qtbot.waitUntil(lambda: visible(app, name), timeout=timeout)
    return find_item(app, name)


def shot(app, qtbot, name: str, theme: str | None = None) -> None:
    if theme is not None:
        app.settings.setTheme(theme)
    if SHOTS:
        qtbot.wait(300)  # progress bar animation, theme change
        app.screenshot(Path(SHOTS) / f"{name}.png")


def open_updates(qtbot, app) -> None:
    tap(qtbot, app, "nav_updates")
    qtbot.waitUntil(lambda: visible(app, "updatesPage"), timeout=WAIT_MS)


@contextmanager
def running_app(qtbot, qasync_loop, broker_config, data_path: Path, start: bool = True):
    """An HMI like the ``hmi_app`` fixture's, on a given data dir (to restart it on the same one).
    With ``start=False`` it is not connected yet: call ``connect(qtbot, app)``."""
    from hmi.ui.app import HmiApp

    app = HmiApp(broker_config, data_path=data_path, loop=qasync_loop)
    try:
        if start:
            connect(qtbot, app)
        yield app
        assert not app.qml_warnings, "QML warnings:\n" + "\n".join(app.qml_warnings)
    finally:
        app.close()


def connect(qtbot, app) -> None:
    from hmi.link.client import BrokerState

    app.start()
    qtbot.waitUntil(lambda: app.link.broker is BrokerState.CONNECTED, timeout=WAIT_MS)


# ------------------------------------------------------------------------------------------------ tests


def test_offer_prompt_badge_and_page(hmi_app, agent, sua, qtbot) -> None:
    """Parked: the notification and the badge appear, never while moving; "Later" snoozes it until the end
    of the next drive; the page shows the offer, with markup in the notes shown literally."""
    park(agent)
    keep_fresh(agent)
    sua(release_notes=HOSTILE_NOTES)
    wait_state(qtbot, hmi_app, "CONSENT_REQUESTED")
    prompt = wait_visible(qtbot, hmi_app, "updatePrompt")
    assert text_of(hmi_app, "updatePromptHeadline") == "Software update available"
    assert "1.5.0" in text_of(hmi_app, "updatePromptDetail")
    # It never covers the search panel of the Navigate page (where the app opens), at any size.
    hmi_app.app.showPage("navigate")
    search = find_item(hmi_app, "destinationPanel")
    qtbot.waitUntil(search.isVisible, timeout=WAIT_MS)  # the map is loaded: the search panel is up
    for size in ((1920, 720), (1280, 800), (1024, 600)):
        hmi_app.resize(*size)
        qtbot.wait(100)
        a, b = (i.mapRectToScene(i.boundingRect()) for i in (prompt, search))
        assert prompt.isVisible() and not a.intersects(b), f"the update prompt covers the search panel at {size}"
    shot(hmi_app, qtbot, "ota-prompt-day", "day")
    nav = find_item(hmi_app, "nav_updates")
    assert any(c.property("count") == 1 for c in nav.findChildren(QQuickItem)), "no badge on the Updates tab"

    # While the car moves the notification never covers anything.
    drive(agent)
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=WAIT_MS)
    park(agent)
    qtbot.waitUntil(prompt.isVisible, timeout=WAIT_MS)

    # "Later": gone (the badge stays) until the end of the next drive.
    tap(qtbot, hmi_app, "updatePromptLater")
    qtbot.waitUntil(lambda: not prompt.isVisible(), timeout=WAIT_MS)
    assert hmi_app.updates.badge and not hmi_app.updates.prompt
    assert hmi_app.updates.notice == "We'll remind you at the end of your next drive"
    drive(agent)
    qtbot.wait(300)
    assert not prompt.isVisible()
    park(agent)
    qtbot.waitUntil(prompt.isVisible, timeout=WAIT_MS)

    tap(qtbot, hmi_app, "updatePromptArea")
    qtbot.waitUntil(lambda: hmi_app.app.page == "updates" and visible(hmi_app, "updatesPage"), timeout=WAIT_MS)
    assert not prompt.isVisible()
    assert text_of(hmi_app, "updateHeadline") == "Software update available"
    assert text_of(hmi_app, "updateVersion") == "Version 1.5.0"
    assert text_of(hmi_app, "updateSizeValue") == "1.2 GB"
    assert text_of(hmi_app, "updateInstallTimeValue") == "about 25 min"
    assert "at least 30 % battery" in text_of(hmi_app, "updateRequirements")
    for name in ("updateInstallNow", "updateSchedule", "updateLater", "updateDecline"):
        assert visible(hmi_app, name), name
    for name in ("updateActivate", "updateRollback", "updateDismiss"):
        assert not visible(hmi_app, name), name

    # Release notes with markup are shown literally: plain text, no link, no bold, no image.
    qtbot.waitUntil(lambda: note_lines(hmi_app) == HOSTILE_NOTES.splitlines(), timeout=WAIT_MS)
    for line in note_line_items(hmi_app):
        assert line.property("plain") is True  # textFormat: Text.PlainText
        assert line.property("hoveredLink") == ""

    # Leaving the page after looking at the offer does not bring the notification back.
    hmi_app.app.showPage("vehicle")
    qtbot.wait(200)
    assert not prompt.isVisible() and hmi_app.updates.badge


def test_install_now_download_install_restart_success(hmi_app, agent, sua, qtbot) -> None:
    park(agent)
    keep_fresh(agent)
    sim = sua(time_scale=0.15)  # 1.5 s download, 2.3 s install: long enough to see the progress
    wait_state(qtbot, hmi_app, "CONSENT_REQUESTED")
    tap(qtbot, hmi_app, "updatePromptOpen")
    qtbot.waitUntil(lambda: visible(hmi_app, "updatesPage"), timeout=WAIT_MS)
    shot(hmi_app, qtbot, "ota-offer-day", "day")

    tap(qtbot, hmi_app, "updateInstallNow")
    wait_state(qtbot, hmi_app, "DOWNLOADING")
    bar = wait_visible(qtbot, hmi_app, "updateProgressBar")
    assert text_of(hmi_app, "updateHeadline") == "Downloading update"
    assert visible(hmi_app, "updateDecline") and text_of(hmi_app, "updateDecline") == "Cancel update"
    assert not visible(hmi_app, "updateInstallNow")
    qtbot.waitUntil(lambda: hmi_app.updates.progress >= 30 or hmi_app.updates.state != "DOWNLOADING", timeout=WAIT_MS)
    shot(hmi_app, qtbot, "ota-progress-night", "night")
    qtbot.waitUntil(lambda: text_of(hmi_app, "updateProgressText") == f"{hmi_app.updates.progress} %", timeout=WAIT_MS)
    assert bar.isVisible() or hmi_app.updates.state != "DOWNLOADING"

    wait_state(qtbot, hmi_app, "INSTALLING")
    qtbot.waitUntil(lambda: text_of(hmi_app, "updateHeadline") == "Installing update", timeout=WAIT_MS)
    assert visible(hmi_app, "updateProgressBar")

    wait_state(qtbot, hmi_app, "AWAITING_ACTIVATION")
    wait_visible(qtbot, hmi_app, "updateActivate")
    assert text_of(hmi_app, "updateHeadline") == "Restart to finish the update"
    assert sim.installed_version == "1.4.2"  # nothing switched before the driver's tap
    shot(hmi_app, qtbot, "ota-restart-day", "day")

    tap(qtbot, hmi_app, "updateActivate")
    wait_state(qtbot, hmi_app, "SUCCESS", timeout=15_000)
    qtbot.waitUntil(lambda: text_of(hmi_app, "updateHeadline") == "Update installed", timeout=WAIT_MS)
    assert text_of(hmi_app, "updateVersion") == "Version 1.5.0 is now running"
    assert find_item(hmi_app, "updateNotes").property("title") == "What's new"
    assert "What's new in 1.5.0" in "\n".join(note_lines(hmi_app))
    assert sim.received == [("consent", "APPROVED")] * 3 and sim.installed_version == "1.5.0"
    shot(hmi_app, qtbot, "ota-success-day", "day")

    tap(qtbot, hmi_app, "updateDismiss")
    wait_state(qtbot, hmi_app, "IDLE")
    qtbot.waitUntil(lambda: text_of(hmi_app, "updateHeadline") == "Your software is up to date", timeout=WAIT_MS)
    # Idle: only "Check again", and when the car last reported its software.
    shown_actions = [n for n in ("updateInstallNow", "updateSchedule", "updateLater", "updateDismiss", "updateDecline")
                     if visible(hmi_app, n)]  # fmt: skip
    assert shown_actions == [] and visible(hmi_app, "updateCheckNow")
    assert text_of(hmi_app, "updateLastChecked").startswith("Last checked ")
    row = wait_visible(qtbot, hmi_app, "installedVersion_0")
    qtbot.waitUntil(lambda: row.property("text") == "1.5.0", timeout=WAIT_MS)
    assert not hmi_app.updates.badge and not visible(hmi_app, "updatePrompt")


def test_schedule_while_driving_then_install_when_parked(hmi_app, agent, sua, qtbot) -> None:
    drive(agent)
    park_soc = 80.0
    agent.publish(sig.SOC, park_soc)
    keep_fresh(agent)
    sim = sua()
    notices: list[str] = []
    hmi_app.updates.noticeShown.connect(notices.append)
    wait_state(qtbot, hmi_app, "CONSENT_REQUESTED")
    qtbot.wait(300)
    assert not visible(hmi_app, "updatePrompt"), "the notification covered the screen while driving"
    open_updates(qtbot, hmi_app)

    # The picker: taps only. One hour later than the default 02:00, at :30.
    tap(qtbot, hmi_app, "updateSchedule")
    wait_visible(qtbot, hmi_app, "updateSchedulePicker")
    assert not visible(hmi_app, "updateActions")
    tap(qtbot, hmi_app, "updatePickHourUp")
    tap(qtbot, hmi_app, "updatePickMinute_30")
    qtbot.waitUntil(lambda: text_of(hmi_app, "updatePickTime").endswith("03:30"), timeout=WAIT_MS)
    shot(hmi_app, qtbot, "ota-picker-day", "day")
    tap(qtbot, hmi_app, "updatePickConfirm")
    wait_state(qtbot, hmi_app, "SCHEDULED")
    assert not visible(hmi_app, "updateSchedulePicker")
    qtbot.waitUntil(lambda: text_of(hmi_app, "updateScheduled").endswith(" 03:30"), timeout=WAIT_MS)
    assert hmi_app.updates.scheduledText == "Installs " + time.strftime("%a %H:%M", time.localtime(next_local(3, 30)))
    assert sim.received == [("consent", "APPROVED")]  # the download only
    assert text_of(hmi_app, "updateSchedule") == "Change time" and visible(hmi_app, "updateInstallNow")

    # A time a moment away (the adapter's slot; the picker works in whole quarters of an hour).
    hmi_app.updates.scheduleAt(time.time() + 1.0)
    wait_state(qtbot, hmi_app, "WAITING_CONDITIONS")
    waiting = wait_visible(qtbot, hmi_app, "updateWaiting")
    assert waiting.property("text") == "Waiting: the car is moving"
    assert text_of(hmi_app, "updateSchedule") == "Schedule"
    qtbot.wait(300)
    assert sim.received == [("consent", "APPROVED")] and "UPDATING" not in sim.statuses()

    park(agent, park_soc)
    wait_state(qtbot, hmi_app, "INSTALLING", "AWAITING_ACTIVATION")
    assert "Waited until parked, installing now" in notices
    wait_state(qtbot, hmi_app, "AWAITING_ACTIVATION")

    # Restart to finish is not possible while moving.
    drive(agent)
    activate = find_item(hmi_app, "updateActivate")
    qtbot.waitUntil(lambda: activate.isVisible() and not activate.isEnabled(), timeout=WAIT_MS)
    assert text_of(hmi_app, "updateRestartHint").startswith("Park the car to restart")
    park(agent, park_soc)
    tap(qtbot, hmi_app, "updateActivate")
    wait_state(qtbot, hmi_app, "SUCCESS", timeout=15_000)
    assert sim.installed_version == "1.5.0"


def test_low_battery_install_waits_with_the_reason(hmi_app, agent, sua, qtbot) -> None:
    park(agent, soc=20.0)
    keep_fresh(agent)
    sim = sua(consent=False)
    wait_state(qtbot, hmi_app, "OFFERED")
    open_updates(qtbot, hmi_app)
    tap(qtbot, hmi_app, "updateInstallNow")
    wait_state(qtbot, hmi_app, "WAITING_CONDITIONS")
    waiting = wait_visible(qtbot, hmi_app, "updateWaiting")
    assert waiting.property("text") == "Waiting: the battery is below 30 %"
    assert text_of(hmi_app, "updateHeadline") == "Update waiting"
    assert not visible(hmi_app, "updateInstallNow")
    qtbot.wait(300)
    assert sim.received == [("command", "DOWNLOAD")]  # downloading is fine; installing is refused
    assert "UPDATING" not in sim.statuses()
    shot(hmi_app, qtbot, "ota-waiting-night", "night")

    tap(qtbot, hmi_app, "updateDecline")
    wait_state(qtbot, hmi_app, "DECLINED")
    qtbot.waitUntil(lambda: text_of(hmi_app, "updateHeadline") == "Update declined", timeout=WAIT_MS)
    # Wait with qtbot: the HMI's MQTT writes run on the Qt loop, which a blocking wait would starve.
    qtbot.waitUntil(lambda: ("command", "CLEANUP") in sim.received, timeout=WAIT_MS)
    tap(qtbot, hmi_app, "updateDismiss")
    wait_state(qtbot, hmi_app, "IDLE")
    assert sim.installed_version == "1.4.2"


def test_download_failure_is_explained(hmi_app, agent, sua, qtbot) -> None:
    park(agent)
    keep_fresh(agent)
    sua(fail="download")
    wait_state(qtbot, hmi_app, "CONSENT_REQUESTED")
    open_updates(qtbot, hmi_app)
    tap(qtbot, hmi_app, "updateInstallNow")
    wait_state(qtbot, hmi_app, "FAILED")
    failure = wait_visible(qtbot, hmi_app, "updateFailure")
    assert failure.property("text").startswith("The download failed. Nothing was changed in your car.")
    assert "Connection to the update server lost" in failure.property("text")
    assert text_of(hmi_app, "updateHeadline") == "Update failed"
    assert not visible(hmi_app, "updateRollback") and not visible(hmi_app, "updateRolledBack")
    assert visible(hmi_app, "updateInstalled")  # what the car runs, instead of the notes
    shot(hmi_app, qtbot, "ota-download-failure-day", "day")
    tap(qtbot, hmi_app, "updateDismiss")
    wait_state(qtbot, hmi_app, "IDLE")


def test_activation_failure_shows_the_rollback(hmi_app, agent, sua, qtbot) -> None:
    park(agent)
    keep_fresh(agent)
    sim = sua(fail="activation")
    wait_state(qtbot, hmi_app, "CONSENT_REQUESTED")
    open_updates(qtbot, hmi_app)
    tap(qtbot, hmi_app, "updateInstallNow")
    wait_state(qtbot, hmi_app, "AWAITING_ACTIVATION")
    tap(qtbot, hmi_app, "updateActivate")
    qtbot.waitUntil(lambda: hmi_app.updates.state == "FAILED" and hmi_app.updates.rolledBack, timeout=15_000)
    wait_visible(qtbot, hmi_app, "updateRolledBack")
    text = text_of(hmi_app, "updateFailure")
    assert text.startswith("The new software did not start. Your car returns to the previous version.")
    assert text.endswith("Your car is running version 1.4.2.")
    assert not visible(hmi_app, "updateRollback")  # already rolled back: nothing left to restore
    assert visible(hmi_app, "updateDismiss") and sim.installed_version == "1.4.2"
    qtbot.waitUntil(lambda: text_of(hmi_app, "installedVersion_0") == "1.4.2", timeout=WAIT_MS)
    shot(hmi_app, qtbot, "ota-failure-night", "night")


def test_update_failure_offers_restore_previous_version(hmi_app, agent, sua, qtbot) -> None:
    park(agent)
    keep_fresh(agent)
    sim = sua(fail="update", consent=False)
    wait_state(qtbot, hmi_app, "OFFERED")
    open_updates(qtbot, hmi_app)
    tap(qtbot, hmi_app, "updateInstallNow")
    wait_state(qtbot, hmi_app, "FAILED")
    assert text_of(hmi_app, "updateFailure").startswith("The update could not be installed.")
    wait_visible(qtbot, hmi_app, "updateRollback")
    shot(hmi_app, qtbot, "ota-update-failure-day", "day")
    tap(qtbot, hmi_app, "updateRollback")
    qtbot.waitUntil(lambda: hmi_app.updates.rolledBack, timeout=WAIT_MS)
    wait_visible(qtbot, hmi_app, "updateRolledBack")
    assert ("command", "ROLLBACK") in sim.received
    assert not visible(hmi_app, "updateRollback")


def test_hmi_restart_mid_download_comes_back_to_the_download(
    qtbot, qasync_loop, broker_config, agent, sua, tmp_path
) -> None:
    park(agent)
    keep_fresh(agent)
    data = tmp_path / "hmi-data"
    with running_app(qtbot, qasync_loop, broker_config, data) as app:
        sim = sua(time_scale=0.2)  # a 2 s download
        wait_state(qtbot, app, "CONSENT_REQUESTED")
        open_updates(qtbot, app)
        tap(qtbot, app, "updateInstallNow")
        qtbot.waitUntil(lambda: app.updates.state == "DOWNLOADING" and app.updates.progress >= 10, timeout=WAIT_MS)
    # The HMI is gone mid-download; a new one on the same data comes back to the download screen at once.
    with running_app(qtbot, qasync_loop, broker_config, data, start=False) as app2:
        # Before any message: the restored screen.
        assert app2.app.page == "updates" and app2.updates.state == "DOWNLOADING"
        qtbot.waitUntil(lambda: visible(app2, "updateProgressBar"), timeout=WAIT_MS)
        assert text_of(app2, "updateHeadline") == "Downloading update"
        assert app2.updates.progress >= 10 and visible(app2, "updateDecline")
        connect(qtbot, app2)
        # … then catches up with the agent and carries on with the install the driver asked for.
        wait_state(qtbot, app2, "AWAITING_ACTIVATION", timeout=20_000)
        tap(qtbot, app2, "updateActivate")
        wait_state(qtbot, app2, "SUCCESS", timeout=20_000)
    assert sim.installed_version == "1.5.0"
    assert sim.received.count(("consent", "APPROVED")) == 3


def test_long_release_notes_scroll(hmi_app, agent, sua, qtbot) -> None:
    park(agent)
    keep_fresh(agent)
    notes = "".join(f"{i}. A fix described at some length, so that the notes wrap and go on.\n" for i in range(200))
    sua(release_notes=notes, consent=False)
    wait_state(qtbot, hmi_app, "OFFERED")
    open_updates(qtbot, hmi_app)
    flick = wait_visible(qtbot, hmi_app, "updateNotesFlick")
    qtbot.waitUntil(lambda: flick.property("contentHeight") > 5 * flick.height(), timeout=WAIT_MS)
    assert flick.property("contentY") == 0
    qtbot.wait(200)  # layout settled
    centre = flick.mapToScene(flick.boundingRect().center())
    for _ in range(3):  # a few wheel notches (scroll down)
        event = QWheelEvent(
            centre,
            hmi_app.window.mapToGlobal(centre),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        event.setTimestamp(int(time.monotonic() * 1000))
        QGuiApplication.sendEvent(hmi_app.window, event)
        qtbot.wait(100)
    qtbot.waitUntil(lambda: flick.property("contentY") > 100, timeout=WAIT_MS)
    assert flick.property("count") == 200 and hmi_app.updates.releaseNoteLines == notes.splitlines()
    # Only the lines on screen (and a few around them) are laid out, so a long text costs no more than a short one.
    shown = note_line_items(hmi_app)
    assert 0 < len(shown) < 60, len(shown)


@pytest.mark.parametrize("size", [(1920, 720), (1280, 800), (1024, 600)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_updates_page_fits_every_size_and_theme(hmi_app, agent, sua, qtbot, size) -> None:
    park(agent)
    keep_fresh(agent)
    sua(consent=False)
    hmi_app.resize(*size)
    wait_state(qtbot, hmi_app, "OFFERED")
    open_updates(qtbot, hmi_app)
    w, h = size

    def check(what: str) -> None:
        for theme in ("day", "night"):
            hmi_app.settings.setTheme(theme)
            qtbot.wait(50)
            assert layout_problems(hmi_app) == [], f"{what} at {w}x{h} {theme}"
            shot(hmi_app, qtbot, f"ota-{what}-{theme}-{w}x{h}")

    check("offer")
    tap(qtbot, hmi_app, "updateSchedule")
    wait_visible(qtbot, hmi_app, "updatePickConfirm")
    check("picker")
    tap(qtbot, hmi_app, "updatePickCancel")
    tap(qtbot, hmi_app, "updateInstallNow")
    wait_state(qtbot, hmi_app, "AWAITING_ACTIVATION")
    wait_visible(qtbot, hmi_app, "updateActivate")
    check("restart")
    hmi_app.updates.decline()
    wait_state(qtbot, hmi_app, "DECLINED")
    tap(qtbot, hmi_app, "updateDismiss")
    wait_state(qtbot, hmi_app, "IDLE")
    wait_visible(qtbot, hmi_app, "installedVersion_0")
    check("idle")
    hmi_app.app.showPage("vehicle")
