"""Every sentence the OTA core shows the driver, as translatable templates (context ``"ota"``).

The machine, the view and the service build :class:`hmi.i18n.Text` values from these templates, so the UI
can render them again in the driver's language, clock and number format. Version names, release notes and
failure details come from the agent: they are arguments (plain strings), never translated.

Persisted texts (the machine's snapshot) are stored with :func:`dump_text` and read back with
:func:`load_text`, which only accepts templates listed here: a tampered snapshot cannot smuggle in its own
format string.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

from hmi.i18n import QT_TRANSLATE_NOOP, Quantity, Text
from hmi.vehicle import freshness

CONTEXT = "ota"

# ---------------------------------------------------------------------------------------------- headlines
#: Idle headline until ``selfupdate/currentstate`` has told us what is installed.
CHECKING = QT_TRANSLATE_NOOP("ota", "Checking the car's software")
#: When the car last reported its software (its current state), e.g. "Last checked Monday 14:05".
LAST_CHECKED = QT_TRANSLATE_NOOP("ota", "Last checked {day} {time}")
#: Before the car has reported its software at all.
NOT_CHECKED = QT_TRANSLATE_NOOP("ota", "Not checked yet: waiting for the car to report its software")
#: Short headline per machine state (``State.value``), for the page title and the status bar.
HEADLINES = {
    "IDLE": QT_TRANSLATE_NOOP("ota", "Your software is up to date"),
    "OFFERED": QT_TRANSLATE_NOOP("ota", "Software update available"),
    "CONSENT_REQUESTED": QT_TRANSLATE_NOOP("ota", "Software update available"),
    "DOWNLOADING": QT_TRANSLATE_NOOP("ota", "Downloading update"),
    "DOWNLOADED": QT_TRANSLATE_NOOP("ota", "Update ready to install"),
    "SCHEDULED": QT_TRANSLATE_NOOP("ota", "Update scheduled"),
    "WAITING_CONDITIONS": QT_TRANSLATE_NOOP("ota", "Update waiting"),
    "INSTALLING": QT_TRANSLATE_NOOP("ota", "Installing update"),
    "AWAITING_ACTIVATION": QT_TRANSLATE_NOOP("ota", "Restart to finish the update"),
    "ACTIVATING": QT_TRANSLATE_NOOP("ota", "Restarting"),
    "SUCCESS": QT_TRANSLATE_NOOP("ota", "Update installed"),
    "FAILED": QT_TRANSLATE_NOOP("ota", "Update failed"),
    "DECLINED": QT_TRANSLATE_NOOP("ota", "Update declined"),
}

#: Under the release notes in a language other than English: the agent's notes are shown as it sent them.
NOTES_AS_PUBLISHED = QT_TRANSLATE_NOOP("ota", "As published by the car's maker, not translated")

# ---------------------------------------------------------------------------------------------- why not now
# Before safety decisions needed fresh data (kept so snapshots saved by older versions still load).
NO_DATA = QT_TRANSLATE_NOOP("ota", "vehicle data is not available")
#: a reason, after "Can't restart now: …": the car's latest values are too old or the car is not connected
NO_CURRENT_DATA = QT_TRANSLATE_NOOP("ota", "there is no current data from the car")
MOVING = QT_TRANSLATE_NOOP("ota", "the car is moving")
NOT_PARKED = QT_TRANSLATE_NOOP("ota", "the car is not in Park")
LOW_BATTERY = QT_TRANSLATE_NOOP("ota", "the battery is below {soc}")
#: Joins the last two reasons ("the car is moving and the battery is below 30 %").
AND = QT_TRANSLATE_NOOP("ota", "{first} and {rest}")
#: Joins a reason to the rest of a list of three or more ("A, B and C").
LIST = QT_TRANSLATE_NOOP("ota", "{first}, {rest}")
WAITING = QT_TRANSLATE_NOOP("ota", "Waiting: {reasons}")
CANT_RESTART = QT_TRANSLATE_NOOP("ota", "Can't restart now: {reasons}")
CANT_RESTORE = QT_TRANSLATE_NOOP("ota", "Can't restore the previous version now: {reasons}")
WAITED_PARKED = QT_TRANSLATE_NOOP("ota", "parked")
WAITED_BATTERY = QT_TRANSLATE_NOOP("ota", "the battery reached {soc}")
WAITED_DATA = QT_TRANSLATE_NOOP("ota", "vehicle data arrived")
WAITED_READY = QT_TRANSLATE_NOOP("ota", "ready")
WAITED = QT_TRANSLATE_NOOP("ota", "Waited until {conditions}, installing now")

# ---------------------------------------------------------------------------------------------- notices
AVAILABLE = QT_TRANSLATE_NOOP("ota", "Software update {version} is available")
READY = QT_TRANSLATE_NOOP("ota", "Software update {version} is ready to install")
STALLED = QT_TRANSLATE_NOOP("ota", "No news from the update service; checking its state")
PICK_WITHIN = QT_TRANSLATE_NOOP("ota", "Pick a time within the next 14 days")
SCHEDULED_FOR = QT_TRANSLATE_NOOP("ota", "Update scheduled for {day} {time}")
REMIND_LATER = QT_TRANSLATE_NOOP("ota", "We'll remind you at the end of your next drive")
DECLINED = QT_TRANSLATE_NOOP("ota", "Update {version} declined")
RESTART_WHEN_READY = QT_TRANSLATE_NOOP("ota", "Restarting as soon as the update manager is ready")
RESTORING = QT_TRANSLATE_NOOP("ota", "Restoring the previous version…")
BACK_ON = QT_TRANSLATE_NOOP("ota", "Your car is back on version {version}")
INSTALLED = QT_TRANSLATE_NOOP("ota", "Update {version} installed. See what's new")
RESTART_TO_FINISH = QT_TRANSLATE_NOOP(
    "ota", "Restart to finish the update (takes about a minute, the car can't be driven)"
)
NOT_SENT = QT_TRANSLATE_NOOP(
    "ota", "Not connected to the car: nothing was sent. Try again when the connection is back."
)

# ---------------------------------------------------------------------------------------------- failures
FAILURES = {
    "identification": QT_TRANSLATE_NOOP("ota", "The update could not be prepared. Nothing was changed in your car."),
    "download": QT_TRANSLATE_NOOP("ota", "The download failed. Nothing was changed in your car."),
    "update": QT_TRANSLATE_NOOP(
        "ota", "The update could not be installed. Your car keeps running the current version."
    ),
    "activation": QT_TRANSLATE_NOOP("ota", "The new software did not start. Your car returns to the previous version."),
}
FAILURE_OTHER = QT_TRANSLATE_NOOP("ota", "The update did not complete.")
#: A failure sentence with the agent's own (untranslated) detail after it.
FAILURE_DETAIL = QT_TRANSLATE_NOOP("ota", "{failure} ({detail})")
RUNNING_VERSION = QT_TRANSLATE_NOOP("ota", "{failure} Your car is running version {version}.")

# ---------------------------------------------------------------------------------------------- offer details
INSTALLS_AT = QT_TRANSLATE_NOOP("ota", "Installs {day} {time}")
REQUIREMENTS = QT_TRANSLATE_NOOP(
    "ota", "Park the car with at least {soc} battery. The car can't be driven while the update installs."
)
ABOUT = QT_TRANSLATE_NOOP("ota", "about {duration}")
SIZES = {
    "B": QT_TRANSLATE_NOOP("ota", "{size:.0f} B"),
    "kB": QT_TRANSLATE_NOOP("ota", "{size:.1f} kB"),
    "MB": QT_TRANSLATE_NOOP("ota", "{size:.1f} MB"),
    "GB": QT_TRANSLATE_NOOP("ota", "{size:.1f} GB"),
}
#: Abbreviated weekday names, Monday first (``time.struct_time.tm_wday``), for "Installs Tue 02:00".
WEEKDAYS = (
    QT_TRANSLATE_NOOP("ota", "Mon"),
    QT_TRANSLATE_NOOP("ota", "Tue"),
    QT_TRANSLATE_NOOP("ota", "Wed"),
    QT_TRANSLATE_NOOP("ota", "Thu"),
    QT_TRANSLATE_NOOP("ota", "Fri"),
    QT_TRANSLATE_NOOP("ota", "Sat"),
    QT_TRANSLATE_NOOP("ota", "Sun"),
)


def _collect() -> frozenset[str]:
    known: set[str] = set()
    for name, value in globals().items():
        if not name.isupper() or name == "CONTEXT":
            continue
        if isinstance(value, str):
            known.add(value)
        elif isinstance(value, dict):
            known |= {v for v in value.values() if isinstance(v, str)}
        elif isinstance(value, tuple):
            known |= {v for v in value if isinstance(v, str)}
    return frozenset(known)


#: Every template of this module: the only ones a persisted text may use.
KNOWN = _collect()
#: Texts of other contexts a persisted notice may hold: (context, template).
FOREIGN = frozenset({("link", freshness.WAITING_FOR_DATA_TEMPLATE)})


def ota(template: str, **args: Any) -> Text:
    """A driver-facing OTA text from one of this module's templates."""
    return Text(CONTEXT, template, **args)


def and_list(items: Sequence[str]) -> str:
    """``a``, ``a and b``, ``a, b and c`` (each join a translatable template, so word order can change)."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ota(AND if len(items) == 2 else LIST, first=items[0], rest=and_list(items[1:]))


def waiting(reasons: Sequence[str]) -> Text:
    """Why an install waits: "Waiting for current data from the car" (the link's sentence, the same wherever a
    safety decision waits for data) or "Waiting: the car is moving and …"."""
    if ota(NO_CURRENT_DATA) in reasons:
        return freshness.WAITING_FOR_DATA
    return ota(WAITING, reasons=and_list(reasons))


def percent(value: float) -> Quantity:
    """A state of charge, formatted by the driver's locale (``30 %``)."""
    return Quantity("percent", value)


def when(epoch: float) -> dict[str, Any]:
    """``day`` and ``time`` arguments for "Installs {day} {time}": local weekday and the driver's clock."""
    return {"day": ota(WEEKDAYS[time.localtime(epoch).tm_wday]), "time": Quantity("clock", epoch)}


def size(size_bytes: int) -> Text:
    """``1 234 567 890`` → ``"1.2 GB"`` (decimal units, as download sizes are usually shown)."""
    value = float(size_bytes)
    for unit in ("B", "kB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return ota(SIZES[unit], size=value)
        value /= 1000
    raise AssertionError("unreachable")  # pragma: no cover


def dump_text(value: str) -> Any:
    """JSON-safe form of a text for the snapshot (a plain string stays a string)."""
    return value.dump() if isinstance(value, Text) else str(value)


def load_text(data: Any) -> str:
    """Inverse of :func:`dump_text`; raises ValueError for malformed data or a template not of this module."""
    try:
        text = Text.load(data)
    except (KeyError, IndexError, TypeError, AttributeError, OverflowError, RecursionError) as err:
        # A dump whose arguments do not fit its template fails while rendering the English text.
        raise ValueError(f"stored text does not render: {err!r}") from err
    if not isinstance(text, str):
        raise ValueError("not a stored text")
    _check_known(text)
    return text


def _check_known(value: Any) -> None:
    if isinstance(value, Text):
        if (value.context, value.source) in FOREIGN:
            return
        if value.context != CONTEXT or value.source not in KNOWN:
            raise ValueError(f"unknown stored template {value.context!r}/{value.source[:60]!r}")
        for arg in value.args.values():
            _check_known(arg)
