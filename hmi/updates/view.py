"""What the Updates page shows, computed from the machine: texts, numbers and which buttons are enabled.

Plain Python, so the Qt adapter only copies these fields into properties and QML only lays them out.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from hmi.updates.machine import State, UpdateMachine

#: Idle headline until ``selfupdate/currentstate`` has told us what is installed.
CHECKING = "Checking the car's software"
#: Short headline per state, for the page title and the status bar.
HEADLINES = {
    State.IDLE: "Your software is up to date",
    State.OFFERED: "Software update available",
    State.CONSENT_REQUESTED: "Software update available",
    State.DOWNLOADING: "Downloading update",
    State.DOWNLOADED: "Update ready to install",
    State.SCHEDULED: "Update scheduled",
    State.WAITING_CONDITIONS: "Update waiting",
    State.INSTALLING: "Installing update",
    State.AWAITING_ACTIVATION: "Restart to finish the update",
    State.ACTIVATING: "Restarting",
    State.SUCCESS: "Update installed",
    State.FAILED: "Update failed",
    State.DECLINED: "Update declined",
}


@dataclass(frozen=True)
class InstalledItem:
    """One row of the installed-software list."""

    id: str
    name: str
    version: str


@dataclass(frozen=True)
class UpdateView:
    """Everything the Updates page and the badge display. All strings are plain text."""

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


def format_size(size_bytes: int | None) -> str:
    """``1 234 567 890`` → ``"1.2 GB"`` (decimal units, as download sizes are usually shown)."""
    if size_bytes is None:
        return ""
    value = float(size_bytes)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1000
    return ""  # pragma: no cover - the loop always returns


def format_duration(seconds: float | None) -> str:
    """``1500`` → ``"about 25 min"``; empty when unknown."""
    if seconds is None:
        return ""
    minutes = max(1, round(seconds / 60))
    if minutes < 60:
        return f"about {minutes} min"
    hours, rest = divmod(minutes, 60)
    return f"about {hours} h {rest} min" if rest else f"about {hours} h"


def build_view(m: UpdateMachine, now: float | None = None) -> UpdateView:
    """The page's content for the machine's current state."""
    a = m.activity
    taps = m.allowed_taps()
    if m.state == State.SCHEDULED and m.scheduled_at is not None:
        scheduled = "Installs " + time.strftime("%a %H:%M", time.localtime(m.scheduled_at))
    else:
        scheduled = ""
    requirements = (
        f"Park the car with at least {m.soc_floor:g} % battery. The car can't be driven while the update installs."
    )
    if m.state == State.FAILED:
        failure = m.failure_reason
        if m.rolled_back and a is not None and a.previous_version:
            failure += f" Your car is running version {a.previous_version}."
    else:
        failure = ""
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
        notice=m.notice,
        scheduled_text=scheduled,
        waiting_text=("Waiting: " + " and ".join(m.reasons)) if m.state == State.WAITING_CONDITIONS else "",
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
    )
