"""Qt adapter of the OTA updates core for QML: properties from ``UpdateView``, slots for the driver's taps.

It holds no logic: every input goes to ``hmi.updates.service.UpdateService`` (which sends its messages through
the link's ``publish`` and undoes a tap that could not be sent), and every property is a field of the current
``UpdateView``.

Wiring (done by the app):

* the link routes every message on ``UpdateService.SUBSCRIPTIONS`` (``selfupdate/#``, ``deviceupdate/#``) to
  ``handle_message(topic, payload)`` and calls ``start()`` after each (re)connect;
* the link's judgement of the install's conditions goes to ``set_conditions(link.safety_inputs(OTA_SIGNALS))``
  on every deciding signal, freshness change and second (fresh values only: see ``hmi.vehicle.freshness``);
* QML binds to the properties and calls the slots (``installNow()``, ``scheduleTonight()``, ``scheduleAt(t)``,
  ``later()``, ``decline()``, ``activate()``, ``rollback()``, ``dismiss()``);
* ``retranslate()`` after the language, unit, clock or text-size setting changed.

The view's sentences are translatable texts: the model keeps them raw and renders them with
``hmi.ui.translator.tr`` (current language and formats); the agent's version names and release notes are
passed through as plain text, never translated.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from hmi.ui.translator import language, tr
from hmi.updates import texts as tx
from hmi.updates.machine import Effect, Notice, tonight_at
from hmi.updates.service import PublishFn, UpdateService
from hmi.updates.texts import ota
from hmi.updates.view import UpdateView, schedule_choice
from hmi.vehicle.freshness import SafetyInputs

#: ``UpdateView`` fields that are translatable sentences (rendered for QML); the others are passed as they are.
TEXT_FIELDS = (
    "headline",
    "size_text",
    "install_time_text",
    "requirements_text",
    "notice",
    "scheduled_text",
    "waiting_text",
    "failure_text",
    "data_text",
    "last_checked_text",
)


class UpdatesModel(QObject):
    """The Updates page's model. Each property notifies on its own signal; ``changed`` follows any change
    (for Python listeners: the page binds to the properties)."""

    changed = Signal()
    #: Emitted with each new sentence for the driver (banner / notification).
    noticeShown = Signal(str)

    def __init__(
        self,
        service: UpdateService,
        publish: PublishFn | None = None,
        clock: Callable[[], float] = time.time,
        tick_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if publish is not None:
            service.publish = publish  # the link's ``publish(topic, payload, qos=, retain=) -> bool``
        if service.publish is None:
            raise ValueError("UpdatesModel needs a publish function (the link's publish)")
        self._service = service
        self._clock = clock
        self._view = service.view(clock())
        self._texts = _render(self._view)
        self._shown = self._values()  # what QML was last told (compared by ``_show``)
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    # ------------------------------------------------------------------------------ plumbing (link / app)

    def start(self) -> None:
        """Call after every (re)connect: asks the agent for its current state."""
        self._apply(self._service.start(self._clock()))

    def handle_message(self, topic: str, payload: bytes) -> None:
        """One message from ``selfupdate/#`` or ``deviceupdate/#``."""
        self._apply(self._service.handle_message(topic, payload, self._clock()))

    def set_vehicle(self, speed_kmh: float | None, gear: int | None, soc: float | None) -> None:
        """Vehicle conditions measured fresh just now (None when unknown or stale)."""
        self._apply(self._service.set_vehicle(speed_kmh, gear, soc, self._clock()))

    def set_conditions(self, inputs: SafetyInputs) -> None:
        """The link's judgement of the install's conditions (``MqttLink.safety_inputs(OTA_SIGNALS)``)."""
        self._apply(self._service.set_conditions(inputs, self._clock()))

    def retranslate(self) -> None:
        """Render every sentence again in the current language and formats (the app calls this)."""
        self._show(self._view, _render(self._view))

    def stop(self) -> None:
        """Stop the tick timer (the service is closed by its owner)."""
        self._timer.stop()

    # ------------------------------------------------------------------------------ taps (QML)

    @Slot()
    def installNow(self) -> None:
        self._apply(self._service.install_now(self._clock()))

    @Slot()
    def scheduleTonight(self) -> None:
        self._apply(self._service.schedule_tonight(self._clock()))

    @Slot(float)
    def scheduleAt(self, epoch_s: float) -> None:
        self._apply(self._service.schedule(epoch_s, self._clock()))

    @Slot()
    def later(self) -> None:
        self._apply(self._service.later(self._clock()))

    @Slot()
    def decline(self) -> None:
        self._apply(self._service.decline(self._clock()))

    @Slot()
    def activate(self) -> None:
        self._apply(self._service.activate(self._clock()))

    @Slot()
    def rollback(self) -> None:
        self._apply(self._service.rollback(self._clock()))

    @Slot()
    def checkNow(self) -> None:
        """Ask the car to report its software again (the same request as after every reconnect)."""
        self._apply(self._service.start(self._clock()))

    @Slot(result=float)
    def tonightAt(self) -> float:
        """When "Tonight" installs (epoch s): what ``scheduleTonight()`` asks for."""
        return tonight_at(self._clock())

    @Slot(int, int, result="QVariantMap")
    def scheduleChoice(self, hour: int, minute: int) -> dict[str, object]:
        """For the schedule picker: ``{at: epoch s, day: "tonight"|"today"|"tomorrow"}`` for ``hour:minute``."""
        at, day = schedule_choice(self._clock(), hour, minute)
        return {"at": at, "day": day}

    @Slot()
    def dismiss(self) -> None:
        self._apply(self._service.dismiss(self._clock()))

    # ------------------------------------------------------------------------------ internals

    def _tick(self) -> None:
        self._apply(self._service.tick(self._clock()))

    def _apply(self, effects: list[Effect]) -> None:
        view = self._service.view(self._clock())
        texts = _render(view)
        # Texts compare as their English wording: also compare the rendering (e.g. a clock time changed).
        if view != self._view or texts != self._texts:
            self._show(view, texts)
        for e in effects:
            if isinstance(e, Notice):
                self.noticeShown.emit(tr(e.text))

    def _show(self, view: UpdateView, texts: dict[str, str]) -> None:
        """Make ``view`` current: each property whose value changed notifies, then ``changed`` once."""
        before = self._shown
        self._view, self._texts = view, texts
        self._shown = self._values()
        for name in PROPERTIES:
            if self._shown[name] != before[name]:
                getattr(self, name + "Changed").emit()
        self.changed.emit()

    def _notes_caption(self) -> str:
        if not self._view.release_notes or language() == "en":
            return ""
        return tr(ota(tx.NOTES_AS_PUBLISHED))

    def _installed(self) -> list[dict[str, str]]:
        return [{"id": i.id, "name": i.name, "version": i.version} for i in self._view.installed]

    def _values(self) -> dict[str, object]:
        """Every property's current value, by property name."""
        return {name: getattr(self, name) for name in PROPERTIES}

    def _get(field: str) -> Callable[[UpdatesModel], Any]:  # type: ignore[misc]
        return lambda self: getattr(self._view, field)

    def _txt(field: str) -> Callable[[UpdatesModel], str]:  # type: ignore[misc]
        return lambda self: self._texts[field]

    # One notify signal per property, emitted only when its value changed: on one shared signal the page
    # re-evaluated every binding (the release notes' layout, the installed list's delegates) on each change
    # of the update's view, 12-25 ms of GUI-thread time on a loaded machine.
    stateChanged = Signal()
    state = Property(str, _get("state"), notify=stateChanged)
    headlineChanged = Signal()
    headline = Property(str, _txt("headline"), notify=headlineChanged)
    versionChanged = Signal()
    version = Property(str, _get("version"), notify=versionChanged)
    """The agent's version name: plain text, never translated."""
    sizeTextChanged = Signal()
    sizeText = Property(str, _txt("size_text"), notify=sizeTextChanged)
    installTimeTextChanged = Signal()
    installTimeText = Property(str, _txt("install_time_text"), notify=installTimeTextChanged)
    requirementsTextChanged = Signal()
    requirementsText = Property(str, _txt("requirements_text"), notify=requirementsTextChanged)
    releaseNotesChanged = Signal()
    releaseNotes = Property(str, _get("release_notes"), notify=releaseNotesChanged)
    """Plain text from the agent, never translated: QML must show it with ``textFormat: Text.PlainText``."""
    releaseNoteLinesChanged = Signal()
    releaseNoteLines = Property(
        "QVariantList", lambda self: self._view.release_notes.splitlines(), notify=releaseNoteLinesChanged
    )
    """The release notes line by line, for a list that lays out only the lines on screen."""
    notesCaptionChanged = Signal()
    notesCaption = Property(str, lambda self: self._notes_caption(), notify=notesCaptionChanged)
    """Says the notes are shown untranslated, when there are notes and the UI is not in English (else empty)."""
    progressChanged = Signal()
    progress = Property(int, _get("progress"), notify=progressChanged)
    noticeChanged = Signal()
    notice = Property(str, _txt("notice"), notify=noticeChanged)
    noticeRepeatsCardChanged = Signal()
    noticeRepeatsCard = Property(bool, _get("notice_repeats_card"), notify=noticeRepeatsCardChanged)
    """The latest notice only repeats what the card already says (the page does not show it twice)."""
    scheduledTextChanged = Signal()
    scheduledText = Property(str, _txt("scheduled_text"), notify=scheduledTextChanged)
    waitingTextChanged = Signal()
    waitingText = Property(str, _txt("waiting_text"), notify=waitingTextChanged)
    failureTextChanged = Signal()
    failureText = Property(str, _txt("failure_text"), notify=failureTextChanged)
    rolledBackChanged = Signal()
    rolledBack = Property(bool, _get("rolled_back"), notify=rolledBackChanged)
    badgeChanged = Signal()
    badge = Property(bool, _get("badge"), notify=badgeChanged)
    promptChanged = Signal()
    prompt = Property(bool, _get("prompt"), notify=promptChanged)
    socFloorChanged = Signal()
    socFloor = Property(float, _get("soc_floor"), notify=socFloorChanged)
    """Battery level (percent) the install needs."""
    canInstallNowChanged = Signal()
    canInstallNow = Property(bool, _get("can_install_now"), notify=canInstallNowChanged)
    canScheduleChanged = Signal()
    canSchedule = Property(bool, _get("can_schedule"), notify=canScheduleChanged)
    canLaterChanged = Signal()
    canLater = Property(bool, _get("can_later"), notify=canLaterChanged)
    canDeclineChanged = Signal()
    canDecline = Property(bool, _get("can_decline"), notify=canDeclineChanged)
    canActivateChanged = Signal()
    canActivate = Property(bool, _get("can_activate"), notify=canActivateChanged)
    canRollbackChanged = Signal()
    canRollback = Property(bool, _get("can_rollback"), notify=canRollbackChanged)
    canDismissChanged = Signal()
    canDismiss = Property(bool, _get("can_dismiss"), notify=canDismissChanged)
    installedChanged = Signal()
    installed = Property("QVariantList", _installed, notify=installedChanged)
    parkedChanged = Signal()
    parked = Property(bool, lambda self: self._view.parked is True, notify=parkedChanged)
    """Fresh data says parked and not moving (the install's condition), False when moving or unknown."""
    conditionsKnownChanged = Signal()
    conditionsKnown = Property(bool, lambda self: self._view.parked is not None, notify=conditionsKnownChanged)
    conditionSocChanged = Signal()
    conditionSoc = Property(
        float,
        lambda self: -1.0 if self._view.condition_soc is None else self._view.condition_soc,
        notify=conditionSocChanged,
    )
    """The state of charge the install's rules use (−1: no current data)."""
    checkingChanged = Signal()
    checking = Property(bool, _get("checking"), notify=checkingChanged)
    """Idle before the car has reported its software (nothing to tick off yet)."""
    lastCheckedTextChanged = Signal()
    lastCheckedText = Property(str, _txt("last_checked_text"), notify=lastCheckedTextChanged)
    conditionSocOkChanged = Signal()
    conditionSocOk = Property(bool, _get("soc_ok"), notify=conditionSocOkChanged)
    """The battery meets the install's floor by current data."""
    dataTextChanged = Signal()
    dataText = Property(str, _txt("data_text"), notify=dataTextChanged)
    """"Waiting for current data from the car" while the rules cannot judge, else empty."""
    del _get, _txt


#: Every QML property of ``UpdatesModel``; each has a ``<name>Changed`` notify signal.
PROPERTIES = tuple(
    name for name, attr in vars(UpdatesModel).items() if isinstance(attr, Property) and not name.startswith("_")
)


def _render(view: UpdateView) -> dict[str, str]:
    """The view's sentences in the current language and formats."""
    return {name: tr(getattr(view, name)) for name in TEXT_FIELDS}
