"""Benchmark: health history insert rate and 30-day query time with a year of data.

Feeds one year of samples (one per minute per signal; ``--quick``: one per 5 minutes) into
``hmi.health.history.History`` and into a baseline measured in the same run: a naive
row-per-sample table ``samples(path, ts, value)`` without an index, filled with batched
``executemany`` (its best case) in the same WAL mode. Then times the query the health page
makes for a 30-day chart (hourly mean/min/max of one signal) and a 7-day one, on both.

Run: ``.venv/bin/python bench/bench_health.py [--quick]``; ``run(quick) -> dict`` for ``hmi bench``.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from hmi.health.history import DAY_S, HOUR_S, History

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


def run(quick: bool = False) -> dict:
    """Run the benchmark; returns the figures (times in ms, rates in samples/s, sizes in bytes)."""
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


def main(argv: list[str] | None = None) -> int:
    """Print the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="one sample per 5 min, 2 signals")
    args = ap.parse_args(argv)
    r = run(args.quick)
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
