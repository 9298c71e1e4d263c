"""Benchmark: vehicle health — history storage, false alarms of the predictions, and the GUI thread.

**History.** Feeds one year of samples (one per minute per signal; ``--quick``: one per 5 minutes) into
``hmi.health.history.History`` and into a baseline measured in the same run: a naive row-per-sample table
``samples(path, ts, value)`` without an index, filled with batched ``executemany`` (its best case) in the
same WAL mode. Then times the query the health page makes for a 30-day chart (hourly mean/min/max of one
signal) and a 7-day one, on both.

**False alarms.** Steady sensors — a tyre at 250 kPa, a 12 V battery resting at 12.6 V, an HV battery flat at
71.5 % state of health — with autocorrelated noise (AR(1), ``hmi.health.synthetic``, sampled as the monitor
records them) over simulated years. The predictions run over the trailing window at a fixed cadence (tyres
hourly as in the app; the 12 V battery every 6 h, its 30-day windows an hour apart being nearly the same
data; the HV battery daily, as its daily medians change once a day). Counted per simulated year: warnings
(episodes of severity ``warning``) and alerts (episodes of any prediction alert), for the current rules and,
on the same series, for the previous ones (Sen's interval for independent residuals, confidence from the
interval relative to the slope, the HV battery always projected).

**GUI thread.** A year of hourly history; the health model asks for predictions (as the page does when it
opens) with the worker; measured on the GUI thread: every callback in the health model's path (the request,
applying the result, the model's refresh), and the longest stall of the Qt event loop while the worker runs
(a 2 ms timer's lateness). Baseline in the same run: the previous way, predictions computed on the GUI thread.

Run: ``.venv/bin/python bench/bench_health.py [--quick] [--only history alarms gui]``; ``run(quick) -> dict``.
"""

from __future__ import annotations

import argparse
import math
import os
import sqlite3
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hmi.health import predict, synthetic  # noqa: E402
from hmi.health.history import DAY_S, HOUR_S, History  # noqa: E402
from hmi.health.stats import theil_sen  # noqa: E402

SIGNALS = (
    "Vehicle.Chassis.Axle.Row1.Wheel.Left.Tire.Pressure",
    "Vehicle.Chassis.Axle.Row1.Wheel.Right.Tire.Pressure",
    "Vehicle.Chassis.Axle.Row2.Wheel.Left.Tire.Pressure",
    "Vehicle.Chassis.Axle.Row2.Wheel.Right.Tire.Pressure",
    "Vehicle.LowVoltageBattery.CurrentVoltage",
    "Vehicle.Powertrain.TractionBattery.StateOfHealth",
)
QUERY_REPEATS = 20


def _samples(n_signals: int, step_s: float, days: float, t0: float):
    """Yield (path, value, ts) in time order: a year of plausible values."""
    n = int(days * DAY_S / step_s)
    paths = SIGNALS[:n_signals]
    for i in range(n):
        ts = t0 + i * step_s
        for k, p in enumerate(paths):
            yield p, 250.0 - (i % 1440) * 0.001 + k, ts


def _median_time(fn, repeats: int = QUERY_REPEATS) -> float:
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    times.sort()
    return times[len(times) // 2]


def _dir_size(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def run_history(quick: bool = False) -> dict:
    """The history part; returns the figures (times in ms, rates in samples/s, sizes in bytes)."""
    n_signals, step_s = (2, 300.0) if quick else (len(SIGNALS), 60.0)
    days = 365.0
    t0 = time.time() - days * DAY_S  # a year ending now (history rejects far-future timestamps)
    n_total = int(days * DAY_S / step_s) * n_signals
    probe = SIGNALS[0]
    end = t0 + days * DAY_S
    out: dict = {"samples": n_total, "signals": n_signals, "step_s": step_s, "days": days}
    with tempfile.TemporaryDirectory() as tmp:
        # -- ours: downsampled history (minute rows for 48 h, hourly rows for 400 days) --------------------------
        db = Path(tmp) / "health.db"
        h = History(db, flush_interval_s=10.0)
        t = time.perf_counter()
        for p, v, ts in _samples(n_signals, step_s, days, t0):
            h.add(p, v, ts)
        h.flush()
        dt = time.perf_counter() - t
        out["history_insert_s"] = dt
        out["history_insert_rate"] = n_total / dt
        stats = h.stats()
        out["history_rows"] = stats["raw_rows"] + stats["hourly_rows"]
        out["history_30d_query_ms"] = 1000 * _median_time(lambda: h.series(probe, end - 30 * DAY_S, end))
        out["history_7d_query_ms"] = 1000 * _median_time(lambda: h.series(probe, end - 7 * DAY_S, end))
        out["history_30d_points"] = len(h.series(probe, end - 30 * DAY_S, end))
        h.close()
        out["history_bytes"] = _dir_size(db)

        # -- baseline: naive row-per-sample, unindexed ---------------------------------------------------------
        bdb = Path(tmp) / "naive.db"
        conn = sqlite3.connect(bdb, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("CREATE TABLE samples(path TEXT, ts REAL, value REAL)")
        t = time.perf_counter()
        batch: list[tuple[str, float, float]] = []
        for row in _samples(n_signals, step_s, days, t0):
            batch.append(row)
            if len(batch) >= 2000:
                conn.execute("BEGIN")
                conn.executemany("INSERT INTO samples(path, value, ts) VALUES(?,?,?)", batch)
                conn.execute("COMMIT")
                batch.clear()
        if batch:
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO samples(path, value, ts) VALUES(?,?,?)", batch)
            conn.execute("COMMIT")
        dt = time.perf_counter() - t
        out["naive_insert_s"] = dt
        out["naive_insert_rate"] = n_total / dt
        out["naive_rows"] = conn.execute("SELECT count(*) FROM samples").fetchone()[0]
        sql = (
            "SELECT CAST(ts / ? AS INTEGER) AS b, avg(value), min(value), max(value) FROM samples "
            "WHERE path=? AND ts BETWEEN ? AND ? GROUP BY b ORDER BY b"
        )

        def naive(days_back: float) -> list:
            return conn.execute(sql, (HOUR_S, probe, end - days_back * DAY_S, end)).fetchall()

        reps = 5 if not quick else QUERY_REPEATS
        out["naive_30d_query_ms"] = 1000 * _median_time(lambda: naive(30), reps)
        out["naive_7d_query_ms"] = 1000 * _median_time(lambda: naive(7), reps)
        out["naive_30d_points"] = len(naive(30))
        conn.close()
        out["naive_bytes"] = _dir_size(bdb)

    out["query_30d_speedup"] = out["naive_30d_query_ms"] / out["history_30d_query_ms"]
    out["query_7d_speedup"] = out["naive_7d_query_ms"] / out["history_7d_query_ms"]
    out["insert_rate_ratio"] = out["history_insert_rate"] / out["naive_insert_rate"]
    out["size_ratio"] = out["naive_bytes"] / out["history_bytes"]
    return out


# -- false alarms of steady sensors --------------------------------------------------------------------------------
#: kind: (steady level, noise sd, predictor, cadence of the prediction runs in hours)
STEADY = {
    "tyre": (250.0, 1.5, "tyre", 1),
    "lv": (12.6, 0.04, "12 V", 6),
    "soh": (71.5, 0.5, "HV battery", 24),
}
RULES = {"tyre": predict.TYRE_RULE, "lv": predict.LV_RULE, "soh": predict.SOH_RULE}


def new_outcome(kind: str, t, y) -> tuple[bool, bool]:
    """(warning, alert) of the current predictions on one window (the monitor's rule for a prediction alert)."""
    if kind == "tyre":
        p = predict.predict_tyre_leak("frontLeft", t, y)
    elif kind == "lv":
        p = predict.predict_lv_decline(t, y)
    else:
        p = predict.predict_hv_soh(t, y)
    alert = p.state == "trend" and p.severity != "ok" and not (kind == "soh" and p.severity == "info")
    return alert and p.severity == "warning", alert


def old_outcome(kind: str, t, y) -> tuple[bool, bool]:
    """(warning, alert) of the previous rules on the same window: Sen's interval for independent residuals, a
    trend when it excludes zero beyond the noise floor and is at most ±50 % of the slope, the HV battery always
    projected (warning below 70 % in 12 months)."""
    rule = RULES[kind]
    if kind == "soh":
        t, y = predict.daily_medians(t, y)
    span = (t[-1] - t[0]) / DAY_S if len(t) > 1 else 0.0
    if len(t) < rule.min_points or span < (30.0 if kind == "soh" else rule.min_days):
        return False, False
    fit = theil_sen(t, y, independent=True)
    if fit is None or fit.sigma > rule.max_sigma:
        return False, False
    if kind == "soh":
        warn = fit.level + min(fit.slope, 0.0) * 365.0 < predict.SOH_LOW_PCT
        return warn, warn
    falling = fit.ci_high < 0 and -fit.slope >= (1.0 if kind == "tyre" else 0.003)
    if not falling or fit.halfwidth / abs(fit.slope) > 0.5:
        return False, False
    if kind == "tyre":
        return True, True
    days = max(0.0, (fit.level - predict.LV_REPLACE_V) / -fit.slope)
    return days < 30, True


def count_alarms(kind: str, phi: float, days: float, seed: int = 1) -> dict:
    """Warnings and alerts per simulated year of a steady ``kind`` sensor with AR(1) noise at ``phi``.

    Each simulated year starts with an empty history (a new car, or a new sensor): the predictions see the
    window fill up, as a driver's car does.
    """
    level, sd, _, cadence_h = STEADY[kind]
    window = RULES[kind].window_days  # what the previous rules read
    record = max(window, RULES[kind].noise_days or 0.0)  # what the current ones read
    rng = synthetic.np.random.default_rng(seed)
    out = {"new_warnings": 0.0, "new_alerts": 0.0, "old_warnings": 0.0, "old_alerts": 0.0, "runs": 0, "new_s": 0.0}
    left = days
    while left > 0:
        span = min(365.0, left)
        left -= span
        t, y = synthetic.sample(kind, rng, phi=phi, sd=sd, level=level, days=span)
        state = {"new": (False, False), "old": (False, False)}
        for te in synthetic.np.arange(t[0] + cadence_h * HOUR_S, t[-1] + 1, cadence_h * HOUR_S):
            first, lo, hi = synthetic.np.searchsorted(t, [te - record * DAY_S, te - window * DAY_S, te], side="right")
            c = time.perf_counter()
            new = new_outcome(kind, t[first:hi], y[first:hi])
            out["new_s"] += time.perf_counter() - c
            old = old_outcome(kind, t[lo:hi], y[lo:hi])
            for name, now in (("new", new), ("old", old)):
                before = state[name]
                out[f"{name}_warnings"] += now[0] and not before[0]  # a new episode
                out[f"{name}_alerts"] += now[1] and not before[1]
                state[name] = now
            out["runs"] += 1
    for key in ("new_warnings", "new_alerts", "old_warnings", "old_alerts"):
        out[key] *= 365.0 / days
    out["new_ms_per_run"] = 1000 * out.pop("new_s") / max(out["runs"], 1)
    return out


#: Simulated days per sensor and φ (tyre runs are hourly: a year is 8 760 predictions).
ALARM_DAYS = {"tyre": 365.0 * 3, "lv": 365.0 * 2, "soh": 365.0 * 30}
ALARM_DAYS_QUICK = {"tyre": 30.0, "lv": 60.0, "soh": 365.0 * 3}


def run_alarms(quick: bool = False) -> dict:
    """False alarms per simulated year for each steady sensor at φ = 0.9 and 0.97 (quick: 0.9, fewer days)."""
    days = ALARM_DAYS_QUICK if quick else ALARM_DAYS
    phis = (0.9,) if quick else (0.9, 0.97)
    return {f"{kind}@{phi}": {**count_alarms(kind, phi, days[kind]), "years": days[kind] / 365.0, "phi": phi}
            for kind in STEADY for phi in phis}  # fmt: skip


# -- the GUI thread ------------------------------------------------------------------------------------------------
def run_gui(quick: bool = False) -> dict:
    """Longest GUI-thread callback and event-loop stall with a year of history: worker vs on the GUI thread."""
    import PySide6.QtQuick  # noqa: F401  (Qt's GUI types before the application)
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QTimer

    from hmi.health import monitor as monitor_module
    from hmi.health.monitor import HealthConfig, HealthMonitor
    from hmi.link import signals as sig
    from hmi.ui.app import ensure_gui_app
    from hmi.ui.health_model import FRAME_MS, HealthModel

    app = ensure_gui_app()
    repeats = 5 if quick else 20
    gui = threading.get_ident()
    out: dict = {"repeats": repeats}
    with tempfile.TemporaryDirectory() as tmp:
        now = time.time()
        history = synthetic.history_year(Path(tmp) / "h.db", now)
        monitor = HealthMonitor(Path(tmp) / "h.db", config=HealthConfig(predict_min_wall_s=1e9), history=history)
        calls: list[tuple[str, float, float]] = []  # (callback, wall s, thread CPU s) on the GUI thread
        compute: list[float] = []

        def timed(name, fn):
            def wrapper(*args, **kwargs):
                w, c = time.perf_counter(), time.thread_time()
                result = fn(*args, **kwargs)
                if threading.get_ident() == gui:
                    calls.append((name, time.perf_counter() - w, time.thread_time() - c))
                else:
                    compute.append(time.thread_time() - c)
                return result

            return wrapper

        monitor_module.compute_predictions = timed("compute", monitor_module.compute_predictions)
        monitor.request_predictions = timed("request", monitor.request_predictions)
        monitor._apply_predictions = timed("apply", monitor._apply_predictions)
        model = HealthModel(monitor)
        model._timer.timeout.disconnect()
        model._timer.timeout.connect(timed("refresh", model.refresh))
        monitor.update(sig.SERVICE_DISTANCE, 2500.0, now)
        for k in ("Row1", "Row2"):
            for side in ("Left", "Right"):
                monitor.update(sig.tyre_pressure(k, side), 236, now)

        # Event-loop stalls: a 2 ms timer's lateness while the predictions run.
        ticks = QElapsedTimer()
        stalls: list[float] = []
        last = [0.0]

        def tick() -> None:
            t = ticks.nsecsElapsed() / 1e9
            stalls.append(t - last[0] - 0.002)
            last[0] = t

        timer = QTimer()
        timer.setInterval(2)
        timer.timeout.connect(tick)

        def spin_until(done, timeout_s: float = 60.0) -> None:
            deadline = time.monotonic() + timeout_s
            while not done() and time.monotonic() < deadline:
                app.processEvents()
                time.sleep(0.0005)

        def measure(request) -> tuple[list, list]:
            calls.clear()
            stalls.clear()
            for i in range(repeats):
                # A new reading each time: the result then changes what the page shows (a refresh to measure).
                monitor.update(sig.tyre_pressure("Row1", "Left"), 236 - i % 2, time.time())
                spin_until(lambda: False, 0.05)  # idle between requests
                ticks.start()
                last[0] = 0.0
                timer.start()
                request()
                spin_until(lambda: not monitor.predictions_pending)
                spin_until(lambda: False, 2 * FRAME_MS / 1000)  # the coalesced refresh
                timer.stop()
            return list(calls), [s for s in stalls if s > 0]

        _, idle_stalls = measure(lambda: None)  # the same timer with nothing to do: the machine's own noise
        worker_calls, worker_stalls = measure(model.refreshPredictions)

        def on_gui_thread() -> None:  # the previous slot: compute and apply on the GUI thread, then refresh
            monitor.refresh_predictions()
            model.refresh()

        sync_calls, sync_stalls = measure(timed("synchronous", on_gui_thread))
        monitor.close()
        import shiboken6

        shiboken6.delete(model)
        QCoreApplication.processEvents()

    def worst(cs, names, idx):
        vals = [c[idx] for c in cs if c[0] in names]
        return 1000 * max(vals) if vals else math.nan

    names = ("request", "apply", "refresh")
    for name in names:
        vals = sorted(c[1] for c in worker_calls if c[0] == name)
        out[f"{name}_ms_median"] = 1000 * vals[len(vals) // 2] if vals else math.nan
        out[f"{name}_ms_max"] = 1000 * vals[-1] if vals else math.nan
    out["worker_longest_callback_ms"] = worst(worker_calls, names, 1)
    out["worker_longest_callback_cpu_ms"] = worst(worker_calls, names, 2)
    out["worker_longest_stall_ms"] = 1000 * max(worker_stalls, default=0.0)
    out["idle_longest_stall_ms"] = 1000 * max(idle_stalls, default=0.0)
    out["worker_stall_ms_p99"] = 1000 * percentile(worker_stalls, 0.99)
    out["idle_stall_ms_p99"] = 1000 * percentile(idle_stalls, 0.99)
    out["compute_cpu_ms_median"] = 1000 * sorted(compute)[len(compute) // 2] if compute else math.nan
    out["sync_longest_callback_ms"] = worst(sync_calls, ("synchronous",), 1)
    out["sync_longest_stall_ms"] = 1000 * max(sync_stalls, default=0.0)
    return out


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile of ``values`` (nearest rank; 0 when empty)."""
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))] if ordered else 0.0


def run(quick: bool = False, only: tuple[str, ...] = ("history", "alarms", "gui")) -> dict:
    """Every part asked for; returns their figures by part."""
    parts = {"history": run_history, "alarms": run_alarms, "gui": run_gui}
    return {name: parts[name](quick) for name in only}


def print_history(r: dict) -> None:
    print(f"health history bench: {r['samples']:,} samples ({r['signals']} signals, every {r['step_s']:g} s, "
          f"{r['days']:g} days), cpu count {os.cpu_count()}")  # fmt: skip
    print(f"  insert     history {r['history_insert_rate']:>12,.0f} samples/s ({r['history_insert_s']:.1f} s)   "
          f"naive {r['naive_insert_rate']:>12,.0f} samples/s ({r['naive_insert_s']:.1f} s)   "
          f"ratio {r['insert_rate_ratio']:.2f}")  # fmt: skip
    print(f"  30-day     history {r['history_30d_query_ms']:>9.2f} ms ({r['history_30d_points']} pts)       "
          f"naive {r['naive_30d_query_ms']:>9.2f} ms ({r['naive_30d_points']} pts)       "
          f"speed-up {r['query_30d_speedup']:.0f}x")  # fmt: skip
    print(
        f"  7-day      history {r['history_7d_query_ms']:>9.2f} ms                 "
        f"naive {r['naive_7d_query_ms']:>9.2f} ms                 speed-up {r['query_7d_speedup']:.0f}x"
    )
    print(
        f"  storage    history {r['history_bytes'] / 1e6:>9.2f} MB ({r['history_rows']:,} rows)  "
        f"naive {r['naive_bytes'] / 1e6:>9.2f} MB ({r['naive_rows']:,} rows)  ratio {r['size_ratio']:.0f}x"
    )


def print_alarms(rows: dict) -> None:
    print("false alarms of steady sensors per simulated year (AR(1) noise; current rules vs previous rules)")
    print(f"  {'sensor':<11} {'φ':>5} {'years':>5} {'runs/yr':>8}   {'warnings':>17}   {'alerts':>17}   ms/run")
    for key, r in rows.items():
        kind = key.split("@")[0]
        warnings = f"{r['new_warnings']:>6.2f} vs {r['old_warnings']:>6.2f}"
        alerts = f"{r['new_alerts']:>6.2f} vs {r['old_alerts']:>6.2f}"
        print(f"  {STEADY[kind][2]:<11} {r['phi']:>5} {r['years']:>5.2g} {r['runs'] / r['years']:>8.0f}   {warnings}   "
              f"{alerts}   {r['new_ms_per_run']:.1f}")  # fmt: skip


def print_gui(r: dict) -> None:
    print(f"health predictions with a year of history ({r['repeats']} requests each), cpu count {os.cpu_count()}")
    print(f"  worker: predictions {r['compute_cpu_ms_median']:.1f} ms CPU (median) off the GUI thread")
    for name in ("request", "apply", "refresh"):
        print(f"    GUI-thread {name:<8} {r[f'{name}_ms_median']:>7.2f} ms median   {r[f'{name}_ms_max']:>7.2f} ms max")
    print(f"    longest GUI-thread callback {r['worker_longest_callback_ms']:.2f} ms "
          f"({r['worker_longest_callback_cpu_ms']:.2f} ms CPU); longest event-loop stall "
          f"{r['worker_longest_stall_ms']:.2f} ms (p99 {r['worker_stall_ms_p99']:.2f} ms)   (budget 8 ms)")  # fmt: skip
    print(f"  idle, same timer, nothing to do: longest event-loop stall {r['idle_longest_stall_ms']:.2f} ms "
          f"(p99 {r['idle_stall_ms_p99']:.2f} ms)")  # fmt: skip
    print(f"  baseline, on the GUI thread: longest callback {r['sync_longest_callback_ms']:.1f} ms; longest "
          f"event-loop stall {r['sync_longest_stall_ms']:.1f} ms")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="shorter runs (history: every 5 min, 2 signals)")
    ap.add_argument("--only", nargs="+", choices=("history", "alarms", "gui"), default=("history", "alarms", "gui"))
    args = ap.parse_args(argv)
    r = run(args.quick, tuple(args.only))
    for name, show in (("history", print_history), ("alarms", print_alarms), ("gui", print_gui)):
        if name in r:
            show(r[name])
    return 0


if __name__ == "__main__":
    sys.exit(main())
