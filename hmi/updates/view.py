"""What the Updates page shows, computed from the machine: texts, numbers and which buttons are enabled.

Plain Python, so the Qt adapter only copies these fields into properties and QML only lays them out.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from hmi.i18n import Quantity
from hmi.link.signals import is_moving
from hmi.updates import texts as tx
from hmi.updates.machine import State, UpdateMachine, tonight_at
from hmi.updates.texts import ota
from hmi.vehicle.freshness import WAITING_FOR_DATA

#: Idle headline until ``selfupdate/currentstate`` has told us what is installed.
CHECKING = ota(tx.CHECKING)
#: Short headline per state, for the page title and the status bar (translatable texts).
HEADLINES = {state: ota(tx.HEADLINES[state.value]) for state in State}
#: Notices that only repeat what the card already shows (the offer, "restart to finish").
_CARD_NOTICES = frozenset({tx.AVAILABLE, tx.READY, tx.RESTART_TO_FINISH})


@dataclass(frozen=True)
class InstalledItem:
    """One row of the installed-software list."""

    id: str
    name: str
    version: str


@dataclass(frozen=True)
class UpdateView:
    """Everything the Updates page and the badge display.

    Sentences are translatable texts (render with ``Text.render`` / ``hmi.ui.translator.tr``); ``version``,
    ``release_notes`` and installed names are the agent's plain text, shown as written.
    """

    state: str
    headline: str
    version: str
    size_text: str
    install_time_text: str
    requirements_text: str
    release_notes: str
    progress: int
    notice: str
    scheduled_text: str
    waiting_text: str
    failure_text: str
    rolled_back: bool
    badge: bool
    prompt: bool
    installed: tuple[InstalledItem, ...]
    can_install_now: bool
    can_schedule: bool
    can_later: bool
    can_decline: bool
    can_activate: bool
    can_rollback: bool
    can_dismiss: bool
    soc_floor: float
    """The battery level the install needs (the requirements sentence and the battery chip)."""
    notice_repeats_card: bool
    """The latest notice only repeats what the card shows (the page then does not show it twice)."""
    parked: bool | None
    """What the install's conditions say now: parked and not moving (None: no current data from the car)."""
    condition_soc: float | None
    """The state of charge the rules use now (None: no current data)."""
    data_text: str
    """"Waiting for current data from the car" while the rules have no fresh data to judge, else empty."""
    checking: bool = False
    """Idle and the car has not reported its software yet: nothing is known, so nothing is shown as fine."""
    last_checked_text: str = ""
    """When the car last reported its software ("Last checked Monday 14:05"), or that it has not yet."""
    soc_ok: bool = False
    """The battery meets the install's floor by current data (False when unknown or below)."""


def schedule_choice(now: float, hour: int, minute: int) -> tuple[float, str]:
    """The install time the schedule picker offers for ``hour:minute``: the next such local time after ``now``
    and how to call its day: ``tonight`` (today from 18:00, or tomorrow before 06:00), ``today`` or ``tomorrow``."""
    at = tonight_at(now, hour, minute)
    today = time.localtime(at)[:3] == time.localtime(now)[:3]
    if (hour >= 18) if today else (hour < 6):
        return at, "tonight"
    return at, "today" if today else "tomorrow"


def format_size(size_bytes: int | None) -> str:
    """``1 234 567 890`` → ``"1.2 GB"`` (decimal units, locale separators when rendered); empty when unknown."""
    return "" if size_bytes is None else tx.size(size_bytes)


def format_duration(seconds: float | None) -> str:
    """``1500`` → ``"about 25 min"`` (the driver's duration format); empty when unknown."""
    if seconds is None:
        return ""
    # Never "about < 1 min": the shortest install is announced as a minute.
    return ota(tx.ABOUT, duration=Quantity("duration_s", max(60.0, float(seconds))))


def build_view(m: UpdateMachine, now: float | None = None) -> UpdateView:
    """The page's content for the machine's current state (conditions judged at ``now``, default: now)."""
    now = time.time() if now is None else now
    a = m.activity
    speed, gear, soc = m.conditions(now)
    taps = m.allowed_taps()
    if m.state == State.SCHEDULED and m.scheduled_at is not None:
        scheduled = ota(tx.INSTALLS_AT, **tx.when(m.scheduled_at))
    else:
        scheduled = ""
    requirements = ota(tx.REQUIREMENTS, soc=tx.percent(m.soc_floor))
    failure = m.failure_reason if m.state == State.FAILED else ""
    if failure and m.rolled_back and a is not None and a.previous_version:
        failure = ota(tx.RUNNING_VERSION, failure=failure, version=a.previous_version)
    waiting = tx.waiting(m.reasons) if m.state == State.WAITING_CONDITIONS else ""
    notice = m.notice
    repeats = (
        getattr(notice, "source", None) in _CARD_NOTICES
        or notice in {waiting, failure} - {""}
        or (m.state == State.FAILED and m.rolled_back)
    )
    return UpdateView(
        state=m.state.value,
        # Idle before the car has reported its software: nothing is known yet, so don't claim "up to date".
        headline=CHECKING if m.state == State.IDLE and not m.installed else HEADLINES[m.state],
        version=a.version if a else "",
        size_text=format_size(a.size_bytes) if a else "",
        install_time_text=format_duration(a.estimated_install_s) if a else "",
        requirements_text=requirements if a else "",
        release_notes=a.release_notes if a else "",
        progress=int(m.progress),
        notice=notice,
        scheduled_text=scheduled,
        waiting_text=waiting,
        failure_text=failure,
        rolled_back=m.rolled_back,
        badge=m.badge,
        prompt=m.prompt,
        installed=tuple(InstalledItem(n.id, n.name or n.id, n.version) for n in m.installed),
        can_install_now="install_now" in taps,
        can_schedule="schedule" in taps,
        can_later="later" in taps,
        can_decline="decline" in taps,
        can_activate="activate" in taps,
        can_rollback="rollback" in taps,
        can_dismiss="dismiss" in taps,
        soc_floor=m.soc_floor,
        notice_repeats_card=bool(notice) and repeats,
        parked=None if speed is None or gear is None else not is_moving(speed, gear),
        condition_soc=soc,
        data_text=WAITING_FOR_DATA if soc is None or speed is None or gear is None else "",
        checking=m.state == State.IDLE and not m.installed,
        last_checked_text=(
            ota(tx.LAST_CHECKED, **tx.when(m.current_state_ts / 1000))
            if m.current_state_ts > 0
            else ota(tx.NOT_CHECKED)
        ),
        soc_ok=soc is not None and soc >= m.soc_floor,
    )
