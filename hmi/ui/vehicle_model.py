"""Qt adapter: the vehicle state store as QML properties (``vehicle.socText`` …).

A ``QQmlPropertyMap`` keyed by short camelCase names. Raw values keep VSS
units; ``…Text`` keys are display strings in the driver's units; ``…Stale``
flags grey out values that stopped arriving. Updates are coalesced so QML sees
at most one change per key per frame.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtQml import QQmlPropertyMap

from hmi import units
from hmi.link import signals as sig
from hmi.vehicle.store import Coalescer, VehicleStore

log = logging.getLogger(__name__)

Formatter = Callable[[Any, str], str]


def _tyre_fields() -> list[tuple[str, str, Formatter | None]]:
    rows: list[tuple[str, str, Formatter | None]] = []
    for key, row, side, _label in sig.TYRES:
        cap = key[0].upper() + key[1:]
        rows.append((sig.tyre_pressure(row, side), f"tyre{cap}", lambda v, s: units.pressure_kpa(v)))
        rows.append((sig.tyre_low(row, side), f"tyre{cap}Low", None))
    return rows


#: VSS path → (QML key, formatter for the ``<key>Text`` companion or None).
FIELDS: list[tuple[str, str, Formatter | None]] = [
    (sig.SPEED, "speed", lambda v, s: units.speed(v, s)),
    (sig.ODOMETER, "odometer", lambda v, s: units.distance_km(v, s)),
    (sig.LATITUDE, "latitude", None),
    (sig.LONGITUDE, "longitude", None),
    (sig.HEADING, "heading", None),
    (sig.GEAR, "gear", lambda v, s: units.gear(v)),
    (sig.SOC, "soc", lambda v, s: units.percent(v)),
    (sig.ENERGY, "energy", lambda v, s: units.DASH if v is None else f"{v:.1f} kWh"),
    (sig.NET_CAPACITY, "capacity", None),
    (sig.SOH, "soh", lambda v, s: units.percent(v)),
    (sig.RANGE, "range", lambda v, s: units.distance_km(None if v is None else v / 1000, s)),
    (sig.BATTERY_TEMP, "batteryTemp", lambda v, s: units.temperature(v)),
    (sig.BATTERY_POWER, "batteryPower", lambda v, s: units.power_kw(v)),
    (sig.IS_CHARGING, "charging", None),
    (sig.CABLE_CONNECTED, "cable", None),
    (sig.CHARGE_LIMIT, "chargeLimit", lambda v, s: units.percent(v)),
    (sig.TIME_TO_COMPLETE, "timeToComplete", lambda v, s: units.duration(v)),
    (sig.CONDITIONING_MODE, "conditioning", None),
    (sig.MOTOR_TEMP, "motorTemp", lambda v, s: units.temperature(v)),
    (sig.LV_VOLTAGE, "lvVoltage", lambda v, s: units.voltage(v)),
    *_tyre_fields(),
    (sig.DTC_LIST, "dtcs", None),
    (sig.SERVICE_DISTANCE, "serviceDistance", lambda v, s: units.distance_km(v, s)),
    (sig.OUTSIDE_TEMP, "outsideTemp", lambda v, s: units.temperature(v)),
    (sig.CABIN_TEMP, "cabinTemp", lambda v, s: units.temperature(v)),
]
assert {p for p, _, _ in FIELDS} == set(sig.BY_PATH), "every contract signal is exposed to QML"
BY_PATH = {path: (key, fmt) for path, key, fmt in FIELDS}


def _qml_value(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


class VehicleModel(QObject):
    """Owns the ``QQmlPropertyMap`` QML binds to as ``vehicle``."""

    flushed = Signal(list)
    """Emitted after each coalesced flush with the VSS paths that changed (tests, benchmark)."""

    def __init__(self, store: VehicleStore, unit_system: str = "metric", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.unit_system = unit_system
        self.map = QQmlPropertyMap(self)
        self._coalescer = Coalescer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self._stale_timer = QTimer(self)
        self._stale_timer.setInterval(1000)
        self._stale_timer.timeout.connect(self.refresh_staleness)
        self._stale_timer.start()
        for _path, key, fmt in FIELDS:
            self.map.insert(key, None)
            self.map.insert(key + "Stale", True)
            if fmt is not None:
                self.map.insert(key + "Text", fmt(None, unit_system))
        self.map.insert("speedUnit", units.speed_unit(unit_system))
        self.map.insert("moving", True)
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
            self._set("moving", self.store.moving())
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
            self._set(key + "Text", fmt(value, self.unit_system))

    def refresh_staleness(self) -> None:
        """Re-check the stale flag of every signal (once a second)."""
        for path, key, _ in FIELDS:
            self._set(key + "Stale", self.store.is_stale(path))

    def set_unit_system(self, system: str) -> None:
        """Re-format every text in the new unit system."""
        self.unit_system = system
        self._set("speedUnit", units.speed_unit(system))
        for path, key, fmt in FIELDS:
            if fmt is not None:
                self._set(key + "Text", fmt(self.store.get(path), system))

    def value(self, key: str) -> Any:
        """Current QML-visible value of ``key`` (for tests)."""
        return self.map.value(key)
