"""Qt adapter: ``HealthMonitor`` as QML properties, list models and slots (``health.*`` in QML).

No health logic here: every value comes from the monitor; this class only turns it into
Qt types, renders its translatable texts (``hmi.i18n.Text``) in the driver's language and
units with :func:`hmi.ui.translator.tr` and formats numbers with :func:`hmi.ui.translator.formats`,
and emits change signals. The monitor keeps the raw texts and values, so :meth:`HealthModel.retranslate`
can render everything again after a language or unit change. Monitor notifications are coalesced to
one refresh per frame (a ``QTimer``), and each property emits its signal only when its rendered value
actually changed. The monitor's predictions run on its worker thread; this adapter gives it the way
back to the GUI thread (a queued signal), where the result is applied.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from hmi.health import predict, service
from hmi.health.monitor import TREND_SIGNALS, HealthMonitor
from hmi.link import signals as sig
from hmi.ui.translator import formats, tr

log = logging.getLogger(__name__)

FRAME_MS = 16


class DictListModel(QAbstractListModel):
    """A list of dicts with fixed keys as a QML list model (one role per key)."""

    countChanged = Signal()

    def __init__(self, keys: tuple[str, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys = keys
        self._roles = {Qt.ItemDataRole.UserRole + 1 + i: k for i, k in enumerate(keys)}
        self._items: list[dict[str, Any]] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        key = self._roles.get(role)
        return None if key is None else self._items[index.row()].get(key)

    def roleNames(self) -> dict[int, QByteArray]:
        return {r: QByteArray(k.encode()) for r, k in self._roles.items()}

    def set_items(self, items: list[dict[str, Any]]) -> bool:
        """Replace the rows; returns False (no signals) when nothing changed."""
        items = [{k: it.get(k) for k in self._keys} for it in items]
        if items == self._items:
            return False
        old_n = len(self._items)
        self.beginResetModel()
        self._items = items
        self.endResetModel()
        if old_n != len(items):
            self.countChanged.emit()
        return True

    def items(self) -> list[dict[str, Any]]:
        """Current rows (copies)."""
        return [dict(i) for i in self._items]

    @Property(int, notify=countChanged)
    def count(self) -> int:
        """Number of rows."""
        return len(self._items)

    @Slot(int, result="QVariantMap")
    def get(self, row: int) -> dict[str, Any]:
        """Row ``row`` as a map ({} when out of range)."""
        return dict(self._items[row]) if 0 <= row < len(self._items) else {}


#: Display unit of each trend: quantity family and decimals of the chart's value axis.
_TREND_KIND = {
    **{n: "pressure" for n in TREND_SIGNALS if n.startswith(("tyre.", "tyreCold."))},
    "lv": "voltage",
    "lvResting": "voltage",
    "soh": "percent",
    "soc": "percent",
    "batteryTemp": "temperature",
    "motorTemp": "temperature",
    "outsideTemp": "temperature",
    "serviceDistance": "distance",
}


DTC_KEYS = ("code", "text", "severity", "action", "known", "system")
ALERT_KEYS = ("id", "severity", "title", "action", "detail", "since", "source", "acknowledged")


class HealthModel(QObject):
    """Health page data for QML; wraps a ``HealthMonitor`` (which the app feeds from the vehicle store)."""

    statusChanged = Signal()
    tyresChanged = Signal()
    valuesChanged = Signal()
    predictionsChanged = Signal()
    alertsChanged = Signal()
    dtcsChanged = Signal()
    retranslated = Signal()
    """After :meth:`retranslate`: QML re-fetches what it got from slots (trend axis, service centres)."""
    _delivered = Signal(object)
    """A callable from the prediction worker, run on the GUI thread (queued connection)."""

    def __init__(self, monitor: HealthMonitor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.monitor = monitor
        threading.Thread(target=service.warm_up, name="geopy-import", daemon=True).start()
        self._dtc_model = DictListModel(DTC_KEYS, self)
        self._alert_model = DictListModel(ALERT_KEYS, self)
        self._cache: dict[str, Any] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FRAME_MS)
        self._timer.timeout.connect(self.refresh)
        self._delivered.connect(self._run_delivered, Qt.ConnectionType.QueuedConnection)
        monitor.use_worker(self._delivered.emit)
        monitor.subscribe(self._on_monitor)
        self.refresh()

    @Slot(object)
    def _run_delivered(self, fn: Any) -> None:
        # A worker result, now on the GUI thread; an exception must not reach Qt's event loop.
        try:
            fn()
        except Exception:
            log.exception("health: applying a worker result failed")

    # -- change plumbing -----------------------------------------------------------------------------------------
    def _on_monitor(self, _areas: set[str]) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def _put(self, key: str, value: Any) -> bool:
        if self._cache.get(key, object()) == value:
            return False
        self._cache[key] = value
        return True

    def retranslate(self) -> None:
        """Render every QML-visible text again in the current language, units and number formats.

        Emits the change signals of what now reads differently, then ``retranslated``.
        """
        self.refresh()
        self.retranslated.emit()

    @Slot()
    def refresh(self) -> None:
        """Pull everything from the monitor, render it, and emit the signals of what changed."""
        m = self.monitor
        level, text = m.status()
        if self._put("status", (level, tr(text))):
            self.statusChanged.emit()
        if self._put("tyres", [self._tyre(t) for t in m.tyres()]):
            self.tyresChanged.emit()
        if self._put("values", self._values()):
            self.valuesChanged.emit()
        if self._put("predictions", [tr(p.as_dict()) for p in m.predictions()]):
            self.predictionsChanged.emit()
        dtcs = [{"code": d.code, "text": tr(d.text), "severity": d.severity, "action": tr(d.action),
                 "known": d.known, "system": tr(d.system)} for d in m.dtcs()]  # fmt: skip
        if self._dtc_model.set_items(dtcs):
            self.dtcsChanged.emit()
        alerts = [tr(a.as_dict()) for a in m.alerts.active()]
        overlay = m.alerts.overlay()
        counts = (m.alerts.count(unacknowledged_only=True), m.alerts.count(), m.service_recommended())
        changed = self._alert_model.set_items(alerts)
        changed |= self._put("overlay", tr(overlay.as_dict()) if overlay else {})
        changed |= self._put("counts", counts)
        if changed:
            self.alertsChanged.emit()

    def _tyre(self, t: dict[str, Any]) -> dict[str, Any]:
        return {**tr(t), "pressureText": formats().pressure_kpa(t["pressure"])}

    def _values(self) -> dict[str, Any]:
        m = self.monitor
        f = formats()
        b = m.battery()
        lv, motor, service = m.value(sig.LV_VOLTAGE), m.value(sig.MOTOR_TEMP), m.value(sig.SERVICE_DISTANCE)
        return {
            "soc": b["soc"],
            "socText": f.percent(b["soc"]),
            "soh": b["soh"],
            "sohText": f.percent(b["soh"]),
            "batteryTemperature": b["temperature"],
            "batteryTemperatureText": f.temperature(b["temperature"]),
            "lvVoltage": lv,
            "lvVoltageText": f.voltage(lv),
            "motorTemperature": motor,
            "motorTemperatureText": f.temperature(motor),
            "serviceDistance": service,
            # The caption says "Service overdue" for a negative distance: show how far, unsigned.
            "serviceDistanceText": f.distance_km(abs(service) if service is not None else None),
        }

    # -- properties ----------------------------------------------------------------------------------------------
    @Property(str, notify=statusChanged)
    def statusLevel(self) -> str:
        """``ok``, ``info``, ``warning``, ``critical`` or ``unknown``."""
        return self._cache["status"][0]

    @Property(str, notify=statusChanged)
    def statusText(self) -> str:
        """One line: "All systems OK" or the most severe alert."""
        return self._cache["status"][1]

    @Property("QVariantList", notify=tyresChanged)
    def tyres(self) -> list[dict[str, Any]]:
        """Four tyres: key, label, pressure, pressureText, low, stale, prediction."""
        return self._cache["tyres"]

    @Property("QVariantMap", notify=valuesChanged)
    def values(self) -> dict[str, Any]:
        """soc/soh/batteryTemperature/lvVoltage/motorTemperature/serviceDistance and their ``…Text``."""
        return self._cache["values"]

    @Property("QVariantMap", notify=valuesChanged)
    def battery(self) -> dict[str, Any]:
        """HV battery: soc, soh, temperature (with ``…Text``)."""
        v = self._cache["values"]
        return {"soc": v["soc"], "socText": v["socText"], "soh": v["soh"], "sohText": v["sohText"],
                "temperature": v["batteryTemperature"], "temperatureText": v["batteryTemperatureText"]}  # fmt: skip

    @Property("QVariant", notify=valuesChanged)
    def lvVoltage(self) -> float | None:
        """12 V battery voltage (V) or null."""
        return self._cache["values"]["lvVoltage"]

    @Property("QVariant", notify=valuesChanged)
    def motorTemperature(self) -> float | None:
        """Motor temperature (°C) or null."""
        return self._cache["values"]["motorTemperature"]

    @Property("QVariant", notify=valuesChanged)
    def serviceDistance(self) -> float | None:
        """Distance to service (km, negative = overdue) or null."""
        return self._cache["values"]["serviceDistance"]

    @Property("QVariantList", notify=predictionsChanged)
    def predictions(self) -> list[dict[str, Any]]:
        """Predictions with ``text`` (headline) and ``basis`` (days, readings, confidence) and ``state``."""
        return self._cache["predictions"]

    @Property(QObject, constant=True)
    def dtcModel(self) -> DictListModel:
        """Active DTCs: code, text, severity, action, known, system."""
        return self._dtc_model

    @Property(QObject, constant=True)
    def alertModel(self) -> DictListModel:
        """Active alerts, most severe first: id, severity, title, action, detail, since, source, acknowledged."""
        return self._alert_model

    @Property(int, notify=alertsChanged)
    def activeAlertCount(self) -> int:
        """Active alerts not yet acknowledged (for the status-bar badge)."""
        return self._cache["counts"][0]

    @Property(int, notify=alertsChanged)
    def alertCount(self) -> int:
        """All active alerts."""
        return self._cache["counts"][1]

    @Property(bool, notify=alertsChanged)
    def serviceRecommended(self) -> bool:
        """Show the "Service recommended" prompt (with ``serviceCentres()``)."""
        return self._cache["counts"][2]

    @Property("QVariantMap", notify=alertsChanged)
    def overlayAlert(self) -> dict[str, Any]:
        """The unacknowledged critical alert to show over any page ({} when none)."""
        return self._cache["overlay"]

    @Property("QStringList", constant=True)
    def trendNames(self) -> list[str]:
        """Names accepted by ``trend()``."""
        return list(TREND_SIGNALS)

    # -- slots ---------------------------------------------------------------------------------------------------
    @Slot(str, result=bool)
    def acknowledge(self, alert_id: str) -> bool:
        """The driver acknowledged an alert."""
        ok = self.monitor.acknowledge(alert_id)
        self.refresh()
        return ok

    @Slot(str, int, result="QVariantList")
    def trend(self, name: str, days: int) -> list[dict[str, float]]:
        """Hourly points ``{x: epoch ms, y: mean, min, max}`` of a trend over the last ``days`` (7 or 30).

        Values are in the driver's units (``trendAxis(name).unit``).
        """
        if name not in TREND_SIGNALS:
            log.warning("health: unknown trend %r", name)
            return []
        try:
            pts = self.monitor.trend(name, days)
        except ValueError as exc:
            log.warning("health: %s", exc)
            return []
        _, _, k, o = formats().chart_unit(_TREND_KIND.get(name))
        return [{"x": p.ts * 1000.0, "y": p.mean * k + o, "min": p.min * k + o, "max": p.max * k + o} for p in pts]

    @Slot(str, result="QVariant")
    def trendThreshold(self, name: str) -> float | None:
        """The limit a trend is judged against (drawn on the chart, in the driver's units), or null."""
        cfg = self.monitor.config
        if name.startswith(("tyre.", "tyreCold.")):
            limit = cfg.safe_tyre_kpa
        else:
            limit = {
                "lv": cfg.lv_low_v,
                "lvResting": predict.LV_REPLACE_V,
                "soh": cfg.soh_low_pct,
                "batteryTemp": cfg.hv_hot_c,
                "motorTemp": cfg.motor_hot_c,
            }.get(name)
        if limit is None:
            return None
        _, _, k, o = formats().chart_unit(_TREND_KIND.get(name))
        return limit * k + o

    @Slot(str, result="QVariantMap")
    def trendAxis(self, name: str) -> dict[str, Any]:
        """Value axis of trend ``name`` in the driver's units: ``unit`` label, ``decimals``, ``threshold``."""
        unit, decimals, _, _ = formats().chart_unit(_TREND_KIND.get(name))
        return {"unit": unit, "decimals": decimals, "threshold": self.trendThreshold(name)}

    @Slot(result="QVariantList")
    def serviceCentres(self) -> list[dict[str, Any]]:
        """Nearest service centres to the car (name, kindText, address, distanceText, lat, lon), rendered."""
        centres = [tr(c) for c in self.monitor.service_centres()]
        for c in centres:
            c["distanceText"] = formats().distance_km(c.get("distanceKm"))  # the driver may have chosen miles
        return centres

    @Slot()
    def refreshPredictions(self) -> None:
        """Re-run the predictions (e.g. when the page opens): on the monitor's worker; the result arrives as
        ``predictionsChanged`` (and ``alertsChanged``) once applied."""
        self.monitor.request_predictions()
