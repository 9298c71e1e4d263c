"""Driver alerts: severity, action text, hysteresis, acknowledge.

Two parts:

* ``ThresholdRule`` + ``Hysteresis`` turn a noisy signal into a stable on/off state per
  severity level: a level **sets** only after the value has been beyond ``set_at`` for
  ``hold_s`` seconds and **clears** only after it has been back past ``clear_at`` (a
  separate, safer threshold) for ``clear_hold_s`` seconds. Time is the samples' own
  timestamps, so time-accelerated data behave like real time.
* ``AlertManager`` holds the active alerts (one per id), orders them by severity, keeps
  the driver's acknowledgement until the alert clears or escalates, and tells listeners
  about every change.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any

from hmi.i18n import QT_TRANSLATE_NOOP, Quantity, Text

log = logging.getLogger(__name__)

SEVERITY_RANK = {"ok": 0, "info": 1, "warning": 2, "critical": 3}

# User-visible strings of this module (translation context "health"; templates of ``Text`` values).
# ``{label}`` is a nested Text (e.g. "Front-left tyre"); ``{value}`` a ``Quantity`` in the driver's units.
TEXTS = {
    "action_check_tyre": QT_TRANSLATE_NOOP("health", "Check tyre pressure at the next stop"),
    "action_stop": QT_TRANSLATE_NOOP("health", "Stop safely now"),
    "action_service": QT_TRANSLATE_NOOP("health", "Have the vehicle checked at a service centre"),
    "action_book_service": QT_TRANSLATE_NOOP("health", "Book a service: the nearest service centres are listed"),
    "action_lv": QT_TRANSLATE_NOOP("health", "Have the 12 V battery checked; avoid leaving the car unused for long"),
    "action_cool": QT_TRANSLATE_NOOP("health", "Drive gently to let it cool down"),
    "action_sensor": QT_TRANSLATE_NOOP("health", "Have the sensor checked at the next service"),
    "tyre_low": QT_TRANSLATE_NOOP("health", "{label} pressure low ({value})"),
    "tyre_very_low": QT_TRANSLATE_NOOP("health", "{label} pressure very low ({value})"),
    "tyre_flag": QT_TRANSLATE_NOOP("health", "{label} pressure low (tyre monitor)"),
    "lv_low": QT_TRANSLATE_NOOP("health", "12 V battery voltage low ({value})"),
    "lv_very_low": QT_TRANSLATE_NOOP("health", "12 V battery voltage very low ({value})"),
    "motor_hot": QT_TRANSLATE_NOOP("health", "Motor temperature high ({value})"),
    "motor_very_hot": QT_TRANSLATE_NOOP("health", "Motor overheating ({value})"),
    "hv_hot": QT_TRANSLATE_NOOP("health", "High-voltage battery hot ({value})"),
    "hv_very_hot": QT_TRANSLATE_NOOP("health", "High-voltage battery overheating ({value})"),
    "soh_low": QT_TRANSLATE_NOOP("health", "High-voltage battery capacity reduced ({value})"),
    "service_soon": QT_TRANSLATE_NOOP("health", "Service recommended (in {value})"),
    "service_overdue": QT_TRANSLATE_NOOP("health", "Service overdue by {overdue}"),
    "sensor_missing": QT_TRANSLATE_NOOP("health", "{label} not reporting"),
    #: a trouble code's alert: the words first, the code after them for the workshop ("… (P0AA6)")
    "dtc": QT_TRANSLATE_NOOP("health", "{text} ({code})"),
}


def text(key: str, **args: Any) -> Text:
    """The alert text ``key`` of :data:`TEXTS` as a translatable ``Text`` with ``args``."""
    return Text("health", TEXTS[key], **args)


def same(a: object, b: object) -> bool:
    """Equal including the arguments of translatable texts.

    ``Text`` compares as its English string, and English may round a value away (tyre pressure in bar)
    that the driver's units show (kPa): such a change must still reach the screen.
    """
    return a == b and _key(a) == _key(b)


def _key(v: object) -> object:
    if isinstance(v, Text):
        return v.dump()
    if is_dataclass(v) and not isinstance(v, type):
        return tuple(_key(getattr(v, f.name)) for f in fields(v))
    if isinstance(v, dict):
        return {k: _key(x) for k, x in v.items()}
    if isinstance(v, list | tuple):
        return [_key(x) for x in v]
    return v


@dataclass(frozen=True)
class Level:
    """One severity tier of a threshold rule."""

    severity: str
    set_at: float
    clear_at: float
    title: str
    """Key into TEXTS (filled with ``label``, ``value`` and ``overdue``)."""
    action: str
    """Key into TEXTS."""
    hold_s: float = 30.0
    clear_hold_s: float = 60.0


@dataclass(frozen=True)
class ThresholdRule:
    """A signal watched against one or more levels; ``below`` rules fire on low values."""

    id: str
    signal: str
    label: str
    below: bool
    levels: tuple[Level, ...]
    kind: str | None = None
    """``hmi.units`` quantity kind of the signal (the title shows the value in the driver's units)."""

    def __post_init__(self) -> None:
        for lv in self.levels:
            if lv.severity not in SEVERITY_RANK or lv.severity == "ok":
                raise ValueError(f"{self.id}: bad severity {lv.severity!r}")
            # The clear threshold must be on the safe side of the set threshold, or it would flap.
            safe = lv.clear_at >= lv.set_at if self.below else lv.clear_at <= lv.set_at
            if not safe:
                raise ValueError(f"{self.id}: clear_at {lv.clear_at} not on the safe side of set_at {lv.set_at}")


class Hysteresis:
    """Set/clear thresholds plus minimum hold times, driven by timestamped samples."""

    def __init__(self, set_at: float, clear_at: float, *, below: bool, hold_s: float, clear_hold_s: float):
        self.set_at, self.clear_at, self.below = set_at, clear_at, below
        self.hold_s, self.clear_hold_s = hold_s, clear_hold_s
        self.active = False
        self._since: float | None = None
        self._last_ts = -math.inf

    def _beyond(self, value: float, limit: float) -> bool:
        return value < limit if self.below else value > limit

    def update(self, value: float, ts: float) -> bool:
        """Feed one sample; returns the (possibly new) active state.

        A timestamp older than the previous one does not advance the hold timers.
        """
        ts = max(ts, self._last_ts)
        self._last_ts = ts
        if not self.active:
            if self._beyond(value, self.set_at):
                self._since = ts if self._since is None else self._since
                if ts - self._since >= self.hold_s:
                    self.active, self._since = True, None
            else:
                self._since = None
        else:
            back = not self._beyond(value, self.clear_at) and value != self.clear_at
            if back:
                self._since = ts if self._since is None else self._since
                if ts - self._since >= self.clear_hold_s:
                    self.active, self._since = False, None
            else:
                self._since = None
        return self.active


@dataclass(frozen=True)
class Alert:
    """One active alert as the driver sees it."""

    id: str
    severity: str
    title: str
    action: str
    since: float
    detail: str = ""
    source: str = ""
    acknowledged: bool = False

    def as_dict(self) -> dict:
        """Plain dict for the Qt adapter."""
        return {
            "id": self.id,
            "severity": self.severity,
            "title": self.title,
            "action": self.action,
            "detail": self.detail,
            "since": self.since,
            "source": self.source,
            "acknowledged": self.acknowledged,
        }


class AlertManager:
    """The set of active alerts, with acknowledgement and change notification."""

    def __init__(self) -> None:
        self._alerts: dict[str, Alert] = {}
        self._listeners: list[Callable[[], None]] = []

    def subscribe(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after every change of the alert set."""
        self._listeners.append(callback)

    def _changed(self) -> None:
        for cb in list(self._listeners):
            try:
                cb()
            except Exception:
                log.exception("alert listener failed")

    def set(
        self, id: str, severity: str, title: str, action: str, ts: float, *, detail: str = "", source: str = ""
    ) -> bool:
        """Raise or update alert ``id``; returns True if anything visible changed.

        The first-seen time is kept; an acknowledgement survives text updates but not an escalation.
        """
        if severity not in SEVERITY_RANK or severity == "ok":
            raise ValueError(f"bad severity {severity!r}")
        old = self._alerts.get(id)
        if old is None:
            self._alerts[id] = Alert(id, severity, title, action, ts, detail, source)
        else:
            escalated = SEVERITY_RANK[severity] > SEVERITY_RANK[old.severity]
            new = replace(
                old, severity=severity, title=title, action=action, detail=detail, source=source or old.source,
                acknowledged=old.acknowledged and not escalated,
            )  # fmt: skip
            if same(new, old):
                return False
            self._alerts[id] = new
        self._changed()
        return True

    def clear(self, id: str) -> bool:
        """Remove alert ``id``; returns True if it was active."""
        if self._alerts.pop(id, None) is None:
            return False
        self._changed()
        return True

    def clear_prefix(self, prefix: str, keep: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        """Remove every alert whose id starts with ``prefix`` except those in ``keep``."""
        gone = [k for k in self._alerts if k.startswith(prefix) and k not in keep]
        for k in gone:
            del self._alerts[k]
        if gone:
            self._changed()

    def acknowledge(self, id: str) -> bool:
        """Mark alert ``id`` as seen by the driver; False for an unknown id."""
        a = self._alerts.get(id)
        if a is None or a.acknowledged:
            return False
        self._alerts[id] = replace(a, acknowledged=True)
        self._changed()
        return True

    def get(self, id: str) -> Alert | None:
        """The active alert ``id`` or None."""
        return self._alerts.get(id)

    def active(self) -> list[Alert]:
        """Active alerts, most severe first, then oldest first."""
        return sorted(self._alerts.values(), key=lambda a: (-SEVERITY_RANK[a.severity], a.since, a.id))

    def count(self, *, unacknowledged_only: bool = False) -> int:
        """Number of active alerts (optionally only those not yet acknowledged)."""
        return sum(1 for a in self._alerts.values() if not (unacknowledged_only and a.acknowledged))

    def top(self) -> Alert | None:
        """The most severe active alert."""
        alerts = self.active()
        return alerts[0] if alerts else None

    def overlay(self) -> Alert | None:
        """The critical, unacknowledged alert to show over any page (None if there is none)."""
        for a in self.active():
            if a.severity == "critical" and not a.acknowledged:
                return a
        return None


class RuleEngine:
    """Evaluates threshold rules against samples and raises/clears their alerts in an ``AlertManager``."""

    def __init__(self, rules: list[ThresholdRule], manager: AlertManager):
        self.manager = manager
        self._by_signal: dict[str, list[ThresholdRule]] = {}
        self._states: dict[str, list[Hysteresis]] = {}
        self._shown: dict[str, tuple[Level, float]] = {}  # what each rule's alert says now
        for r in rules:
            self._by_signal.setdefault(r.signal, []).append(r)
            self._states[r.id] = [
                Hysteresis(lv.set_at, lv.clear_at, below=r.below, hold_s=lv.hold_s, clear_hold_s=lv.clear_hold_s)
                for lv in r.levels
            ]

    def watches(self, signal: str) -> bool:
        """Whether any rule looks at ``signal``."""
        return signal in self._by_signal

    def feed(self, signal: str, value: float, ts: float) -> None:
        """Update every rule of ``signal``; the alert shows the most severe active level."""
        for rule in self._by_signal.get(signal, ()):
            best: Level | None = None
            for lv, hy in zip(rule.levels, self._states[rule.id], strict=True):
                if hy.update(value, ts) and (best is None or SEVERITY_RANK[lv.severity] > SEVERITY_RANK[best.severity]):
                    best = lv
            if best is None:
                self._shown.pop(rule.id, None)
                self.manager.clear(rule.id)
            elif self._shown.get(rule.id) == (best, round(value, 1)) and self.manager.get(rule.id) is not None:
                continue  # same level and displayed value: no need to build the texts again
            else:
                self._shown[rule.id] = (best, round(value, 1))
                # Title values are rounded so a jittering reading does not re-notify listeners every sample.
                title = text(best.title, label=rule.label, value=self._value(rule, value),
                             overdue=self._value(rule, -value))  # fmt: skip
                self.manager.set(rule.id, best.severity, title, text(best.action), ts, source=rule.signal)

    @staticmethod
    def _value(rule: ThresholdRule, value: float) -> Quantity | float:
        v = round(value, 1)
        return Quantity(rule.kind, v) if rule.kind is not None else v

    def is_active(self, rule_id: str) -> bool:
        """Whether any level of ``rule_id`` is currently active."""
        return any(h.active for h in self._states.get(rule_id, ()))
