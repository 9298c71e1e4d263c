"""Qt adapter: the vehicle state store as QML properties (``vehicle.socText`` …).

A ``QQmlPropertyMap`` keyed by short camelCase names. Raw values keep VSS
units; ``…Text`` keys are display strings in the driver's units and the
language's number format (``hmi.ui.translator.formats()``: km/mi, °C/°F,
bar/kPa/psi, decimal separators); ``…Stale`` flags dim values that are not
current — retained, from before a reconnect, or too old by their ``ts`` (see
``hmi.vehicle.freshness``). Updates are coalesced so QML sees at most one change
per key per frame; :meth:`VehicleModel.retranslate` re-renders every text after a
language or unit setting changes.

``moving`` is the safe side for distraction locks (prompts, overlays): true
unless fresh data says parked. ``driveState`` (``charging``, ``driving``,
``parked``) describes the last known values, with ``driveStateStale``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtQml import QQmlPropertyMap

from hmi import units
from hmi.link import signals as sig
from hmi.ui import translator
from hmi.units import Formats
from hmi.vehicle.store import Coalescer, VehicleStore

log = logging.getLogger(__name__)

#: ``formatter(raw VSS value, the driver's formats) -> display text``.
Formatter = Callable[[Any, Formats], str]


def _range_km(metres: float | None, f: Formats) -> str:
    # VSS range is in metres; a non-number becomes the dash like any unknown value.
    ok = isinstance(metres, int | float) and not isinstance(metres, bool)
    return f.distance_km(metres / 1000 if ok else None)


def _tyre_fields() -> list[tuple[str, str, Formatter | None]]:
    rows: list[tuple[str, str, Formatter | None]] = []
    for key, row, side, _label in sig.TYRES:
        cap = key[0].upper() + key[1:]
        rows.append((sig.tyre_pressure(row, side), f"tyre{cap}", lambda v, f: f.pressure_kpa(v)))
        rows.append((sig.tyre_low(row, side), f"tyre{cap}Low", None))
    return rows


#: VSS path → (QML key, formatter for the ``<key>Text`` companion or None).
FIELDS: list[tuple[str, str, Formatter | None]] = [
    (sig.SPEED, "speed", lambda v, f: f.speed(v)),
    (sig.ODOMETER, "odometer", lambda v, f: f.distance_km(v)),
    (sig.LATITUDE, "latitude", None),
    (sig.LONGITUDE, "longitude", None),
    (sig.HEADING, "heading", None),
    (sig.GEAR, "gear", lambda v, f: units.gear(v)),  # the selector's symbol (P R N D), the same in every language
    (sig.SOC, "soc", lambda v, f: f.percent(v)),
    (sig.ENERGY, "energy", lambda v, f: f.energy_kwh(v)),
    (sig.NET_CAPACITY, "capacity", None),
    (sig.SOH, "soh", lambda v, f: f.percent(v)),
    (sig.RANGE, "range", _range_km),
    (sig.BATTERY_TEMP, "batteryTemp", lambda v, f: f.temperature(v)),
    (sig.BATTERY_POWER, "batteryPower", lambda v, f: f.power_w(v)),
    (sig.IS_CHARGING, "charging", None),
    (sig.CABLE_CONNECTED, "cable", None),
    (sig.CHARGE_LIMIT, "chargeLimit", lambda v, f: f.percent(v)),
    (sig.TIME_TO_COMPLETE, "timeToComplete", lambda v, f: f.duration(v)),
    (sig.CONDITIONING_MODE, "conditioning", None),
    (sig.MOTOR_TEMP, "motorTemp", lambda v, f: f.temperature(v)),
    (sig.LV_VOLTAGE, "lvVoltage", lambda v, f: f.voltage(v)),
    *_tyre_fields(),
    (sig.DTC_LIST, "dtcs", None),
    (sig.SERVICE_DISTANCE, "serviceDistance", lambda v, f: f.distance_km(v)),
    (sig.OUTSIDE_TEMP, "outsideTemp", lambda v, f: f.temperature(v)),
    (sig.CABIN_TEMP, "cabinTemp", lambda v, f: f.temperature(v)),
    (sig.LIGHT, "ambientLight", lambda v, f: f.percent(v)),
]
assert {p for p, _, _ in FIELDS} == set(sig.BY_PATH), "every contract signal is exposed to QML"
BY_PATH = {path: (key, fmt) for path, key, fmt in FIELDS}


def _qml_value(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _render(fmt: Formatter, value: Any, f: Formats, key: str) -> str:
    # The store only holds validated values, but a formatter bug must cost one label, not the whole flush.
    try:
        return fmt(value, f)
    except (TypeError, ValueError, OverflowError):
        log.exception("vehicle: cannot format %s=%r", key, value)
        return units.DASH


class VehicleModel(QObject):
    """Owns the ``QQmlPropertyMap`` QML binds to as ``vehicle``."""

    flushed = Signal(list)
    """Emitted after each coalesced flush with the VSS paths that changed (tests, benchmark)."""

    def __init__(
        self, store: VehicleStore, parked: Callable[[], bool] | None = None, parent: QObject | None = None
    ) -> None:
        """``parked()``: fresh data says parked and not moving (the link's ``parked``); without it the last
        known values decide ``moving`` (unknown counts as moving)."""
        super().__init__(parent)
        self.store = store
        self._parked = parked
        self.map = QQmlPropertyMap(self)
        self._coalescer = Coalescer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._stale_timer = QTimer(self)
        self._stale_timer.setInterval(1000)
        self._stale_timer.timeout.connect(self.refresh_staleness)
        self._stale_timer.start()
        f = translator.formats()
        for _path, key, fmt in FIELDS:
            self.map.insert(key, None)
            self.map.insert(key + "Stale", True)
            if fmt is not None:
                self.map.insert(key + "Text", fmt(None, f))
        self.map.insert("speedUnit", f.speed_unit())
        self.map.insert("moving", True)
        self.map.insert("driveState", "")
        self.map.insert("driveStateStale", True)
        store.subscribe(self._on_update)

    def _on_update(self, path: str, value: Any, ts: float) -> None:
        delay = self._coalescer.mark(path)
        if delay is not None:
            self._timer.start(round(delay * 1000))

    def flush(self) -> None:
        """Push every changed signal into the property map (one change per key)."""
        try:
            paths = self._coalescer.drain()
            for path in paths:
                self._set_path(path)
            self._set_drive_state()
            self.flushed.emit(paths)
        except Exception:  # a Qt timer slot must never raise into the event loop
            log.exception("vehicle model flush failed")

    def _set(self, key: str, value: Any) -> None:
        if self.map.value(key) != value:
            self.map.insert(key, value)

    def _set_path(self, path: str) -> None:
        key, fmt = BY_PATH[path]
        value = self.store.get(path)
        self._set(key, _qml_value(value))
        self._set(key + "Stale", self.store.is_stale(path))
        if fmt is not None:
            self._set(key + "Text", _render(fmt, value, translator.formats(), key))

    def refresh_staleness(self) -> None:
        """Re-check the stale flag of every signal (once a second, and when the link reports a freshness change)."""
        try:
            for path, key, _ in FIELDS:
                self._set(key + "Stale", self.store.is_stale(path))
            self._set_drive_state()
        except Exception:  # a Qt timer slot must never raise into the event loop
            log.exception("vehicle model staleness refresh failed")

    def _set_drive_state(self) -> None:
        self._set("moving", not self._parked() if self._parked is not None else self.store.moving())
        if self.store.get(sig.GEAR) is None and self.store.get(sig.SPEED) is None:
            state = ""
        elif self.store.get(sig.IS_CHARGING) is True:
            state = "charging"
        else:
            state = "driving" if self.store.moving() else "parked"
        self._set("driveState", state)
        self._set("driveStateStale", self.store.is_stale(sig.GEAR) or self.store.is_stale(sig.SPEED))

    def retranslate(self) -> None:
        """Re-render every ``<key>Text`` and ``speedUnit`` in the current language, units and number format."""
        f = translator.formats()
        self._set("speedUnit", f.speed_unit())
        for path, key, fmt in FIELDS:
            if fmt is not None:
                self._set(key + "Text", _render(fmt, self.store.get(path), f, key))

    def value(self, key: str) -> Any:
        """Current QML-visible value of ``key`` (for tests)."""
        return self.map.value(key)
