"""``HealthMonitor``: the vehicle-health core the UI wraps.

Feed it validated signal updates — ``monitor.update(path, value, ts)``, e.g. via
``VehicleStore.subscribe(monitor.update)`` — and it

* keeps the current health values (tyres, HV battery, 12 V, motor, service, DTCs),
* writes health signals and two derived ones to the ``History``:
  ``Health.Tyre.<key>.ColdPressure`` — tyre pressure compensated to 20 °C with the outside air
  temperature, recorded only while the car *rests* (parked for ``rest_s``, tyres at ambient), and
  ``Health.LowVoltageBattery.RestingVoltage`` — 12 V voltage while resting and not charging,
* raises and clears alerts (threshold rules with hysteresis, DTCs, sensor dropouts, predictions),
* re-runs the predictions from history every ``predict_interval_s`` of data time — on a worker thread
  once :meth:`HealthMonitor.use_worker` gave it a way back to the owner's thread (the Qt adapter does):
  the owner's thread then only hands over a snapshot (current values, a copy of the history's buffer —
  no commit, no disk wait) and applies the result; a newer request cancels the older (``hmi.worker``).

A tyre prediction names the tyre's current reading (the value the tyre diagram shows); the monitor
re-words it, and its alert, whenever that tyre reports (``predict.with_reading``).

Time is the *data clock*: the newest accepted sample timestamp. Per signal, a timestamp not newer
than the last accepted one is ignored (contract rule; also what a backward clock jump looks like),
so stored history stays monotonic; a clock that jumped back simply leaves a gap.
Listeners (``subscribe``) get the set of changed areas: ``values``, ``alerts``, ``predictions``, ``dtcs``.
"""

from __future__ import annotations

import logging
import math
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from hmi.health import alerts as alert_texts
from hmi.health import predict
from hmi.health.alerts import AlertManager, Level, RuleEngine, ThresholdRule, same
from hmi.health.dtc import DtcInfo, DtcTable
from hmi.health.history import DAY_S, History, HistoryReader, Point
from hmi.health.predict import Prediction
from hmi.health.service import ServiceCentre, load_centres, nearest
from hmi.i18n import QT_TRANSLATE_NOOP, Text
from hmi.link import signals as sig
from hmi.link.validate import check_value
from hmi.worker import CancelToken, LatestWorker

log = logging.getLogger(__name__)

TYRE_KEYS = tuple(k for k, *_ in sig.TYRES)
TYRE_LABEL = {k: predict.tyre_label(k) for k in TYRE_KEYS}
TYRE_PRESSURE = {k: sig.tyre_pressure(r, s) for k, r, s, _ in sig.TYRES}
TYRE_FLAG = {k: sig.tyre_low(r, s) for k, r, s, _ in sig.TYRES}
PRESSURE_TYRE = {v: k for k, v in TYRE_PRESSURE.items()}
FLAG_TYRE = {v: k for k, v in TYRE_FLAG.items()}

COLD_PRESSURE = {k: f"Health.Tyre.{k}.ColdPressure" for k in TYRE_KEYS}
RESTING_VOLTAGE = "Health.LowVoltageBattery.RestingVoltage"

# Signals kept in history (besides the derived ones).
HISTORY_SIGNALS = (
    *TYRE_PRESSURE.values(),
    sig.LV_VOLTAGE,
    sig.SOH,
    sig.SOC,
    sig.BATTERY_TEMP,
    sig.MOTOR_TEMP,
    sig.ODOMETER,
    sig.SERVICE_DISTANCE,
    sig.OUTSIDE_TEMP,
)

# Signals whose change the health page shows.
DISPLAY_SIGNALS = frozenset((*HISTORY_SIGNALS, *TYRE_FLAG.values(), sig.DTC_LIST))

# Short trend names for the UI → history path.
TREND_SIGNALS: dict[str, str] = {
    **{f"tyre.{k}": TYRE_PRESSURE[k] for k in TYRE_KEYS},
    **{f"tyreCold.{k}": COLD_PRESSURE[k] for k in TYRE_KEYS},
    "lv": sig.LV_VOLTAGE,
    "lvResting": RESTING_VOLTAGE,
    "soh": sig.SOH,
    "soc": sig.SOC,
    "batteryTemp": sig.BATTERY_TEMP,
    "motorTemp": sig.MOTOR_TEMP,
    "serviceDistance": sig.SERVICE_DISTANCE,
    "outsideTemp": sig.OUTSIDE_TEMP,
}

# User-visible strings of this module (translation context "health"; templates of ``Text`` values).
TEXTS = {
    "all_ok": QT_TRANSLATE_NOOP("health", "All systems OK"),
    "waiting": QT_TRANSLATE_NOOP("health", "Waiting for vehicle data"),
    "sensor_tyre": QT_TRANSLATE_NOOP("health", "{tyre} pressure sensor"),
    "lv_label": QT_TRANSLATE_NOOP("health", "12 V battery"),
}


def text(key: str, **args: Any) -> Text:
    """Text ``key`` of :data:`TEXTS` as a translatable ``Text``."""
    return Text("health", TEXTS[key], **args)


@dataclass(frozen=True)
class HealthConfig:
    """Thresholds and timings (defaults for a LEAF-class car, 250 kPa placard)."""

    safe_tyre_kpa: float = predict.SAFE_TYRE_KPA
    tyre_low_clear_kpa: float = 218.0
    tyre_critical_kpa: float = 150.0
    tyre_critical_clear_kpa: float = 165.0
    lv_low_v: float = 11.8
    lv_low_clear_v: float = 12.2
    lv_critical_v: float = 10.5
    lv_critical_clear_v: float = 11.5
    motor_hot_c: float = 150.0
    motor_critical_c: float = 170.0
    hv_hot_c: float = 50.0
    hv_critical_c: float = 58.0
    soh_low_pct: float = predict.SOH_LOW_PCT
    service_soon_km: float = 1000.0
    rest_s: float = 1800.0
    """Parked this long before tyre and 12 V readings count as resting."""
    dropout_s: float = 600.0
    """A tyre sensor silent this long (data time) while the other tyres report raises a sensor alert."""
    predict_interval_s: float = 3600.0
    """Data time between prediction runs."""
    predict_min_wall_s: float = 2.0
    """Wall time between prediction runs (bounds the cost of time-accelerated playback)."""
    t_ref_c: float = predict.T_REF_C


def default_rules(cfg: HealthConfig) -> list[ThresholdRule]:
    """Threshold rules for the health signals."""
    rules = []
    for k in TYRE_KEYS:
        rules.append(ThresholdRule(f"tyre.{k}", TYRE_PRESSURE[k], TYRE_LABEL[k], True, kind="pressure_kpa", levels=(
            Level("warning", cfg.safe_tyre_kpa, cfg.tyre_low_clear_kpa, "tyre_low", "action_check_tyre", 60, 120),
            Level("critical", cfg.tyre_critical_kpa, cfg.tyre_critical_clear_kpa, "tyre_very_low", "action_stop",
                  5, 60),
        )))  # fmt: skip
    lv = text("lv_label")
    rules += [
        ThresholdRule("lv", sig.LV_VOLTAGE, lv, below=True, kind="voltage", levels=(
            Level("warning", cfg.lv_low_v, cfg.lv_low_clear_v, "lv_low", "action_lv", 120, 120),
            Level("critical", cfg.lv_critical_v, cfg.lv_critical_clear_v, "lv_very_low", "action_stop", 10, 60),
        )),
        ThresholdRule("motor_temp", sig.MOTOR_TEMP, "", below=False, kind="temperature_c", levels=(
            Level("warning", cfg.motor_hot_c, cfg.motor_hot_c - 10, "motor_hot", "action_cool", 30, 60),
            Level("critical", cfg.motor_critical_c, cfg.motor_critical_c - 10, "motor_very_hot", "action_stop", 5, 60),
        )),
        ThresholdRule("hv_temp", sig.BATTERY_TEMP, "", below=False, kind="temperature_c", levels=(
            Level("warning", cfg.hv_hot_c, cfg.hv_hot_c - 4, "hv_hot", "action_cool", 30, 60),
            Level("critical", cfg.hv_critical_c, cfg.hv_critical_c - 4, "hv_very_hot", "action_stop", 5, 60),
        )),
        ThresholdRule("soh", sig.SOH, "", below=True, kind="percent", levels=(
            Level("info", cfg.soh_low_pct, cfg.soh_low_pct + 2, "soh_low", "action_service", 0, 0),
        )),
        ThresholdRule("service", sig.SERVICE_DISTANCE, "", below=True, kind="distance_km", levels=(
            Level("info", cfg.service_soon_km, cfg.service_soon_km + 100, "service_soon", "action_book_service", 0, 0),
            Level("warning", 0.0, 100.0, "service_overdue", "action_book_service", 0, 0),
        )),
    ]  # fmt: skip
    return rules


#: Every history series the predictions read.
PREDICTION_PATHS = (*COLD_PRESSURE.values(), RESTING_VOLTAGE, sig.SOH, sig.ODOMETER)


class SeriesSource(Protocol):
    """Where predictions read their series: ``History`` (owner's thread) or ``HistoryReader`` (worker)."""

    def arrays(
        self, path: str, since: float, until: float | None = None, *, resolution: str = "hour"
    ) -> tuple[list[float], list[float], list[float]]: ...


@dataclass(frozen=True)
class PredictionInputs:
    """What a prediction run needs besides the history: a snapshot taken on the owner's thread."""

    now: float
    """The data clock (newest accepted timestamp)."""
    service_distance_km: float | None
    readings_kpa: dict[str, float | None] = field(default_factory=dict)
    """Latest gauge reading per tyre key (named in the tyre texts)."""


def compute_predictions(
    source: SeriesSource, inputs: PredictionInputs, config: HealthConfig, token: CancelToken | None = None
) -> list[Prediction]:
    """Every prediction from the history in ``source`` (pure: safe on a worker thread).

    ``token`` is checked between predictions: a cancelled run stops with ``worker.Cancelled``.
    """
    now = inputs.now
    preds: list[Prediction] = []

    def step() -> None:
        if token is not None:
            token.check()

    for k in TYRE_KEYS:
        step()
        t, mean, _ = source.arrays(COLD_PRESSURE[k], now - predict.TYRE_RULE.noise_days * DAY_S)
        preds.append(predict.predict_tyre_leak(
            k, t, mean, reading_kpa=inputs.readings_kpa.get(k), safe_kpa=config.safe_tyre_kpa, t_ref_c=config.t_ref_c
        ))  # fmt: skip
    step()
    t, mean, _ = source.arrays(RESTING_VOLTAGE, now - predict.LV_RULE.window_days * DAY_S)
    preds.append(predict.predict_lv_decline(t, mean))
    step()
    t, mean, _ = source.arrays(sig.SOH, now - predict.SOH_RULE.window_days * DAY_S, resolution="day")
    preds.append(predict.predict_hv_soh(t, mean, low_pct=config.soh_low_pct))
    step()
    t, _, last = source.arrays(sig.ODOMETER, now - predict.ODO_RULE.window_days * DAY_S)
    preds.append(predict.predict_service_due(t, last, inputs.service_distance_km))
    return preds


class HealthMonitor:
    """Health values, history, predictions and alerts from validated signal updates."""

    def __init__(
        self,
        db_path: str | Path,
        *,
        config: HealthConfig | None = None,
        dtc_table: DtcTable | None = None,
        map_dir: str | Path | None = None,
        history: History | None = None,
    ):
        self.config = config or HealthConfig()
        self.history = history if history is not None else History(db_path)
        self.history.register(sorted(HISTORY_SIGNALS))
        self.dtc_table = dtc_table if dtc_table is not None else DtcTable.load()
        self.alerts = AlertManager()
        self.rules = RuleEngine(default_rules(self.config), self.alerts)
        self._map_dir = map_dir
        self._centres: list[ServiceCentre] | None = None
        self._values: dict[str, tuple[Any, float]] = {}
        self._last_ts: dict[str, float] = {}
        #: The last two reading times of each tyre's pressure sensor (dropout detection).
        self._tyre_reads: dict[str, deque[float]] = {k: deque(maxlen=2) for k in TYRE_KEYS}
        self._moving_last: float | None = None
        self._busy_last: float | None = None
        self._moving = self._busy = False
        self._dtcs: list[DtcInfo] = []
        self._predictions: dict[str, Prediction] = {}
        self._pred_data_ts = -math.inf
        self._pred_wall = -math.inf
        self._pred_gen = 0  # the newest prediction request; an older result is not applied
        self._worker: LatestWorker[list[Prediction]] | None = None
        self._reader: HistoryReader | None = None
        self._listeners: list[Callable[[set[str]], None]] = []
        self._pending: set[str] = set()
        self._depth = 0
        self.now: float | None = None
        self.rejected = 0
        self.alerts.subscribe(lambda: self._pending.add("alerts"))

    # -- listeners -----------------------------------------------------------------------------------------------
    def subscribe(self, callback: Callable[[set[str]], None]) -> None:
        """Call ``callback(changed_areas)`` after each update that changed something."""
        self._listeners.append(callback)

    def _emit(self) -> None:
        if self._depth or not self._pending:
            return
        changed, self._pending = self._pending, set()
        for cb in list(self._listeners):
            try:
                cb(changed)
            except Exception:
                log.exception("health listener failed")

    # -- input ---------------------------------------------------------------------------------------------------
    def update(self, path: str, value: Any, ts: float) -> bool:
        """Take one signal update; returns False when it is rejected or ignored (never raises on bad input)."""
        self._depth += 1
        try:
            ok = self._update(path, value, ts)
        except Exception:
            # A bug must not take the HMI down with it: log, keep last good state.
            log.exception("health: update %r failed", path)
            ok = False
        finally:
            self._depth -= 1
        self._emit()
        return ok

    def update_many(self, updates: list[tuple[str, Any, float]]) -> int:
        """Feed several ``(path, value, ts)`` updates with one notification; returns how many were accepted."""
        self._depth += 1
        try:
            n = sum(1 for p, v, t in updates if self.update(p, v, t))
        finally:
            self._depth -= 1
        self._emit()
        return n

    def _reject(self, path: Any, why: str) -> bool:
        self.rejected += 1
        log.warning("health: update of %.80r rejected: %s", path, why)
        return False

    def _update(self, path: str, value: Any, ts: float) -> bool:
        signal = sig.BY_PATH.get(path) if isinstance(path, str) else None
        if signal is None:
            log.debug("health: ignoring unknown signal %.80r", path)
            return False
        if isinstance(value, tuple):
            value = list(value)  # the vehicle store keeps validated arrays as tuples (check_value's output)
        value, err = check_value(signal, value)
        if err is not None:
            return self._reject(path, err.reason)
        if isinstance(ts, bool) or not isinstance(ts, int | float) or not math.isfinite(ts) or ts <= 0:
            return self._reject(path, f"bad timestamp {ts!r}")
        ts = float(ts)
        last = self._last_ts.get(path)
        if last is None and path in HISTORY_SIGNALS:
            last = self.history.last_ts(path)
        if last is not None and ts <= last:
            # Out-of-order, a re-delivered retained value, or a clock that jumped back.
            if ts < last - 60:
                log.info("health: %s timestamp %.0f is %.0f s older than the last one; ignored", path, ts, last - ts)
            return False
        self._last_ts[path] = ts
        self._values[path] = (value, ts)
        self.now = ts if self.now is None else max(self.now, ts)
        if path in DISPLAY_SIGNALS:  # speed/position at 10 Hz must not wake the UI
            self._pending.add("values")
        self._dispatch(path, value, ts)
        self._check_dropouts()
        self._maybe_predict()
        return True

    def _dispatch(self, path: str, value: Any, ts: float) -> None:
        if path in HISTORY_SIGNALS:
            self.history.add(path, value, ts)
        if self.rules.watches(path):
            self.rules.feed(path, float(value), ts)
        if path in (sig.GEAR, sig.SPEED, sig.IS_CHARGING, sig.CABLE_CONNECTED):
            self._update_activity(ts)
        if path in PRESSURE_TYRE:
            self._tyre_reads[PRESSURE_TYRE[path]].append(ts)
            self._record_cold_pressure(PRESSURE_TYRE[path], ts)
            self._reword_tyre_prediction(PRESSURE_TYRE[path], ts)
        elif path == sig.OUTSIDE_TEMP:
            for k in TYRE_KEYS:
                self._record_cold_pressure(k, ts)
        if path == sig.LV_VOLTAGE:
            self._record_resting_voltage(ts)
        if path in FLAG_TYRE:
            self._update_flag(FLAG_TYRE[path], bool(value), ts)
        if path == sig.DTC_LIST:
            self._update_dtcs(list(value), ts)

    # -- derived signals -----------------------------------------------------------------------------------------
    def _update_activity(self, ts: float) -> None:
        speed, gear = self.value(sig.SPEED), self.value(sig.GEAR)
        # Only a known gear/speed says "moving" here; unknown is not evidence of driving.
        moving = (speed is not None and speed > sig.MOVING_SPEED_KMH) or (gear is not None and gear != sig.GEAR_PARK)
        charging = bool(self.value(sig.IS_CHARGING)) or bool(self.value(sig.CABLE_CONNECTED))
        # Remember the last instant the car was busy; rest is measured from the moment it stopped.
        # An idle sample does not start the rest clock: it may be a live value stamped "now" while
        # backdated history is still being replayed; rest then counts from the first sample asked about.
        if moving or self._moving:
            self._moving_last = ts
        if moving or charging or self._busy:
            self._busy_last = ts
        self._moving, self._busy = moving, moving or charging

    def resting(self, ts: float | None = None, *, for_lv: bool = False) -> bool:
        """Parked (and for the 12 V battery also not charging) for at least ``rest_s``.

        Before any gear/speed/charging signal arrived, rest counts from the first sample.
        """
        ts = self.now if ts is None else ts
        if ts is None:
            return False
        if self._moving_last is None:
            self._moving_last = ts
        if self._busy_last is None:
            self._busy_last = ts
        if for_lv:
            return not self._busy and ts - self._busy_last >= self.config.rest_s
        return not self._moving and ts - self._moving_last >= self.config.rest_s

    def _fresh(self, path: str, ts: float) -> Any:
        v = self._values.get(path)
        if v is None or ts - v[1] > self.config.dropout_s:
            return None
        return v[0]

    def _record_cold_pressure(self, tyre: str, ts: float) -> None:
        if not self.resting(ts):
            return
        p = self._fresh(TYRE_PRESSURE[tyre], ts)
        if p is None:
            return
        temp = self._fresh(sig.OUTSIDE_TEMP, ts)
        # Without an outside temperature the reading is used as is (logged once per run would be noise).
        cold = predict.compensate_pressure(float(p), float(temp), self.config.t_ref_c) if temp is not None else float(p)
        self.history.add(COLD_PRESSURE[tyre], cold, ts)

    def _record_resting_voltage(self, ts: float) -> None:
        v = self._fresh(sig.LV_VOLTAGE, ts)
        # The DC/DC converter holds ~14 V while driving or charging, and surface charge lingers after.
        if v is None or not self.resting(ts, for_lv=True):
            return
        self.history.add(RESTING_VOLTAGE, float(v), ts)

    # -- event alerts --------------------------------------------------------------------------------------------
    def _update_flag(self, tyre: str, low: bool, ts: float) -> None:
        aid = f"tyre_flag.{tyre}"
        # The pressure rule already speaks for this tyre when active: one alert per tyre.
        if low and not self.rules.is_active(f"tyre.{tyre}"):
            title = alert_texts.text("tyre_flag", label=TYRE_LABEL[tyre])
            action = alert_texts.text("action_check_tyre")
            self.alerts.set(aid, "warning", title, action, ts, source=TYRE_FLAG[tyre])
        else:
            self.alerts.clear(aid)

    def _update_dtcs(self, codes: list[str], ts: float) -> None:
        infos = self.dtc_table.lookup_many(codes)
        if [i.code for i in infos] != [i.code for i in self._dtcs]:
            self._pending.add("dtcs")
        self._dtcs = infos
        keep = set()
        for info in infos:
            aid = f"dtc.{info.code}"
            keep.add(aid)
            # words first, the code after them; an unknown code's text already names it ("Unknown code P1ABC")
            title = alert_texts.text("dtc", code=info.code, text=info.text) if info.known else info.text
            self.alerts.set(aid, info.severity, title, info.action, ts, source=sig.DTC_LIST)
        self.alerts.clear_prefix("dtc.", keep)

    def _check_dropouts(self) -> None:
        """Raise or clear "sensor not reporting" per tyre.

        A tyre is silent when another tyre has reported at least twice since its last reading and more than
        ``dropout_s`` after it. Measured against the other tyres, not against any signal: parked, a car's
        tyre sensors sleep together while the 12 V voltage still reports. Twice, because the four readings of
        one round arrive one after another: a time-lapse round 30 min after the last must not flag the
        three tyres whose new reading is still in flight.
        """
        reads = self._tyre_reads
        for k in TYRE_KEYS:
            aid = f"sensor.{k}"
            mine = reads[k]
            silent = bool(mine) and any(
                len(other) == 2 and other[0] > mine[-1] and other[-1] - mine[-1] > self.config.dropout_s
                for j, other in reads.items()
                if j != k
            )
            if silent:
                title = alert_texts.text("sensor_missing", label=text("sensor_tyre", tyre=TYRE_LABEL[k]))
                action = alert_texts.text("action_sensor")
                self.alerts.set(aid, "info", title, action, mine[-1], source=TYRE_PRESSURE[k])
            else:
                self.alerts.clear(aid)

    # -- predictions ---------------------------------------------------------------------------------------------
    def use_worker(self, deliver: Callable[[Callable[[], None]], None]) -> bool:
        """Run predictions on a worker thread from now on; ``deliver(fn)`` must call ``fn`` on this (the owner's)
        thread. Returns False (and stays synchronous) when the history cannot be read from another thread."""
        if self._worker is not None:
            return True
        if not self.history.path.exists():
            log.info("health: history %s is not a file; predictions stay on this thread", self.history.path)
            return False
        self._reader = self.history.reader()
        self._worker = LatestWorker(deliver, name="health-predictions")
        return True

    @property
    def predictions_pending(self) -> bool:
        """A prediction run was requested and its result is not applied yet."""
        return self._worker is not None and self._worker.busy

    def _maybe_predict(self) -> None:
        if self.now is None or self.now - self._pred_data_ts < self.config.predict_interval_s:
            return
        if time.monotonic() - self._pred_wall < self.config.predict_min_wall_s:
            return
        self.request_predictions()

    def _inputs(self) -> PredictionInputs:
        assert self.now is not None
        dts = self.value(sig.SERVICE_DISTANCE)
        readings = {k: self._reading(k) for k in TYRE_KEYS}
        return PredictionInputs(self.now, None if dts is None else float(dts), readings)

    def _reading(self, tyre: str) -> float | None:
        v = self.value(TYRE_PRESSURE[tyre])
        return None if v is None else float(v)

    def request_predictions(self) -> None:
        """Re-run the predictions: on the worker when there is one (the result is applied later, on this
        thread), else now. A newer request cancels the older."""
        if self._worker is None or self._reader is None:
            self.refresh_predictions()
            return
        self._pred_wall = time.monotonic()
        if self.now is None:
            return
        self._pred_data_ts = self.now
        self._pred_gen += 1
        gen, inputs, reader, config = self._pred_gen, self._inputs(), self._reader, self.config
        # What is still buffered goes along as a copy: no commit (and no disk wait) on this thread.
        pending = self.history.pending(PREDICTION_PATHS)

        def job(token: CancelToken) -> list[Prediction]:
            with reader.snapshot(pending) as view:
                return compute_predictions(view, inputs, config, token)

        self._worker.submit(job, lambda preds: self._apply_predictions(preds, inputs.now, gen))

    def refresh_predictions(self) -> list[Prediction]:
        """Re-run every prediction from history now, on this thread, and update the prediction alerts."""
        now = self.now
        self._pred_wall = time.monotonic()
        if now is None:
            return []
        self._pred_data_ts = now
        self._pred_gen += 1  # a run still on the worker is older than this one
        preds = compute_predictions(self.history, self._inputs(), self.config)
        self._apply_predictions(preds, now, self._pred_gen)
        return preds

    def _apply_predictions(self, preds: list[Prediction], now: float, gen: int) -> None:
        """Take the result of the run ``gen`` computed at data time ``now`` (on the owner's thread)."""
        if gen != self._pred_gen:
            return  # a newer run was requested since
        # Readings may have moved on while the worker computed: name the current ones.
        preds = [predict.with_reading(p, self._reading(p.subject)) if p.kind == "tyre_leak" else p for p in preds]
        new = {p.key: p for p in preds}
        if not same(new, self._predictions):
            self._pending.add("predictions")
        self._predictions = new
        for p in preds:
            self._prediction_alert(p, now)
        self._emit()

    def _reword_tyre_prediction(self, tyre: str, ts: float) -> None:
        key = f"tyre_leak.{tyre}"
        p = self._predictions.get(key)
        if p is None:
            return
        q = predict.with_reading(p, self._reading(tyre))
        if same(q, p):
            return
        self._predictions[key] = q
        self._pending.add("predictions")
        if self.alerts.get(f"predict.{key}") is not None:
            self._prediction_alert(q, ts)

    def _prediction_alert(self, p: Prediction, ts: float) -> None:
        aid = f"predict.{p.key}"
        # A healthy-looking SoH projection is information for the page, not an alert.
        quiet = p.state != "trend" or p.severity == "ok" or (p.kind == "hv_soh" and p.severity == "info")
        if quiet:
            self.alerts.clear(aid)
            return
        if p.kind == "service_due" and self.rules.is_active("service"):
            self.alerts.clear(aid)  # the distance rule already asks for a service
            return
        action = alert_texts.text({
            "tyre_leak": "action_check_tyre",
            "lv_decline": "action_lv",
            "hv_soh": "action_service",
            "service_due": "action_book_service",
        }[p.kind])  # fmt: skip
        self.alerts.set(aid, p.severity, p.text, action, ts, detail=p.basis, source="prediction")

    # -- output for the UI ---------------------------------------------------------------------------------------
    def value(self, path: str) -> Any:
        """Current value of ``path`` (None if never received)."""
        v = self._values.get(path)
        return None if v is None else v[0]

    def tyres(self) -> list[dict[str, Any]]:
        """One dict per tyre in display order: key, label, pressure, low, stale, prediction."""
        out = []
        for k in TYRE_KEYS:
            pred = self._predictions.get(f"tyre_leak.{k}")
            out.append({
                "key": k,
                "label": TYRE_LABEL[k],
                "pressure": self.value(TYRE_PRESSURE[k]),
                "low": bool(self.value(TYRE_FLAG[k])) or self.rules.is_active(f"tyre.{k}"),
                "stale": self.alerts.get(f"sensor.{k}") is not None,
                "prediction": pred.text if pred is not None and pred.state == "trend" else "",
            })  # fmt: skip
        return out

    def battery(self) -> dict[str, Any]:
        """HV battery: ``soc``, ``soh``, ``temperature`` (None when unknown)."""
        return {"soc": self.value(sig.SOC), "soh": self.value(sig.SOH), "temperature": self.value(sig.BATTERY_TEMP)}

    def dtcs(self) -> list[DtcInfo]:
        """Active trouble codes with text, severity and action (unknown codes included)."""
        return list(self._dtcs)

    def predictions(self) -> list[Prediction]:
        """Latest predictions (trend, stable or withheld), tyres first."""
        return list(self._predictions.values())

    def status(self) -> tuple[str, str]:
        """Overall ``(level, text)``: ``ok``/``info``/``warning``/``critical``/``unknown``; the text is a ``Text``."""
        top = self.alerts.top()
        if top is not None:
            return top.severity, top.title
        if not self._values:
            return "unknown", text("waiting")
        return "ok", text("all_ok")

    def service_recommended(self) -> bool:
        """Whether to offer the service prompt (distance rule or service-due prediction active)."""
        return self.alerts.get("service") is not None or self.alerts.get("predict.service_due.car") is not None

    def acknowledge(self, alert_id: str) -> bool:
        """Driver acknowledged ``alert_id``."""
        ok = self.alerts.acknowledge(alert_id)
        self._emit()
        return ok

    def trend(self, name: str, days: float, *, until: float | None = None) -> list[Point]:
        """Hourly points of trend ``name`` (a ``TREND_SIGNALS`` key or a history path) over ``days``.

        The window ends at ``until`` or the data clock.
        """
        path = TREND_SIGNALS.get(name, name)
        end = until if until is not None else (self.now if self.now is not None else time.time())
        if not (isinstance(days, int | float) and math.isfinite(days) and 0 < days <= 400):
            raise ValueError(f"days must be in (0, 400], got {days!r}")
        return self.history.series(path, end - days * DAY_S, end)

    def service_centres(self, lat: float | None = None, lon: float | None = None, limit: int = 3) -> list[dict]:
        """Nearest service centres to (lat, lon) or the car's position, as dicts with distance; [] if unknown."""
        if lat is None or lon is None:
            lat, lon = self.value(sig.LATITUDE), self.value(sig.LONGITUDE)
        if lat is None or lon is None:
            return []
        if self._centres is None:
            self._centres = load_centres(self._map_dir)
        try:
            return [c.as_dict(km) for c, km in nearest(self._centres, lat, lon, limit=limit)]
        except ValueError as exc:
            log.warning("health: %s", exc)
            return []

    def flush(self) -> None:
        """Commit buffered history."""
        self.history.flush()

    def close(self) -> None:
        """Stop the prediction worker, flush and close the history."""
        if self._worker is not None:
            self._worker.close()
        if self._reader is not None:
            self._reader.close()
        self.history.close()
