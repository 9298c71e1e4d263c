"""SQLite history: downsampling, retention, persistence, bad input, kill mid-write, corrupt file."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from hmi.health.history import DAY_S, HOUR_S, History

T0 = 1_700_000_000.0  # a fixed past instant: history rejects only far-future timestamps
P = "Vehicle.LowVoltageBattery.CurrentVoltage"


def test_wal_mode_and_minute_hour_aggregates(tmp_path):
    with History(tmp_path / "h.db") as h:
        for i in range(180):  # 3 hours of 1 Hz... every 60 s, 3 samples/min
            for k in range(3):
                assert h.add(P, 12.0 + k, T0 + i * 60 + k * 10)
        mins = h.series(P, T0, resolution="minute")
        hours = h.series(P, T0)
        assert len(mins) == 180 and all(p.n == 3 and p.min == 12 and p.max == 14 and p.mean == 13 for p in mins)
        assert mins[0].last == 14.0
        assert sum(p.n for p in hours) == 540 and len(hours) in (3, 4)
        mode = h._conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"


def test_flush_twice_does_not_double_count(tmp_path):
    with History(tmp_path / "h.db") as h:
        h.add(P, 10.0, T0)
        h.flush()
        h.add(P, 20.0, T0 + 1)  # same minute, same hour, after a commit
        h.flush()
        (m,) = h.series(P, T0, resolution="minute")
        (hr,) = h.series(P, T0)
        assert (m.n, m.mean, m.last) == (2, 15.0, 20.0)
        assert (hr.n, hr.mean, hr.min, hr.max) == (2, 15.0, 10.0, 20.0)


def test_retention_bounds_rows(tmp_path):
    with History(tmp_path / "h.db", flush_interval_s=1e9, max_pending=500) as h:
        n_days = 410
        for i in range(n_days * 24 * 4):  # every 15 min for 410 days
            h.add(P, 12.5, T0 + i * 900)
        st = h.stats()
        assert st["raw_rows"] <= 48 * 60 + 60 and st["raw_rows"] >= 48 * 4
        assert 400 * 24 - 2 <= st["hourly_rows"] <= 400 * 24 + 2
        newest = T0 + (n_days * 24 * 4 - 1) * 900
        assert h.series(P, newest - 401 * DAY_S)[0].ts >= newest - 400 * DAY_S - HOUR_S


def test_persists_across_reopen_and_last_ts(tmp_path):
    h = History(tmp_path / "h.db")
    for i in range(100):
        h.add(P, 12.0, T0 + i * 60)
    h.close()
    h.close()  # idempotent
    with History(tmp_path / "h.db") as h2:
        assert len(h2.series(P, T0, resolution="minute")) == 100
        assert h2.last_ts(P) == T0 + 99 * 60
        assert h2.last_ts("nope") is None
        assert h2.signals() == [P]


@pytest.mark.parametrize(
    ("path", "value", "ts"),
    [
        (P, float("nan"), T0),
        (P, float("inf"), T0),
        (P, 1.0, float("nan")),
        (P, 1.0, -5.0),
        (P, "12", T0),
        (P, None, T0),
        (P, 1.0, True),
        (P, 10**400, T0),
        (P, 1.0, 10**400),
        ("", 1.0, T0),
        ("x" * 500, 1.0, T0),
        (None, 1.0, T0),
        # far future: would make retention wipe the history (a stable id: parallel workers collect one name)
        pytest.param(P, 1.0, time.time() + 10 * DAY_S, id="far-future"),
    ],
)
def test_bad_samples_rejected(tmp_path, path, value, ts, caplog):
    with History(tmp_path / "h.db") as h:
        assert h.add(path, value, ts) is False
        assert h.rejected == 1 and "rejected" in caplog.text
        assert h.stats()["raw_rows"] == 0


def test_bools_stored_as_numbers(tmp_path):
    with History(tmp_path / "h.db") as h:
        assert h.add("Vehicle.Powertrain.TractionBattery.Charging.IsCharging", True, T0)
        assert h.series("Vehicle.Powertrain.TractionBattery.Charging.IsCharging", 0)[0].mean == 1.0


def test_corrupt_file_is_moved_aside(tmp_path, caplog):
    db = tmp_path / "h.db"
    db.write_bytes(b"this is not a database at all" * 100)
    with History(db) as h:
        h.add(P, 12.0, T0)
        assert len(h.series(P, T0)) == 1
    assert list(tmp_path.glob("h.db.corrupt-*")), "damaged file kept for inspection"
    assert "unusable" in caplog.text


WRITER = textwrap.dedent(
    """
    import sys
    from hmi.health.history import History
    h = History(sys.argv[1], flush_interval_s=0.0)
    i = 0
    while True:
        # each sample its own minute bucket; flush_interval 0 commits inside add()
        h.add("sig.a", float(i), 1_700_000_000.0 + 60 * i)
        h.add("sig.b", float(-i), 1_700_000_000.0 + 60 * i)
        print(i, flush=True)
        i += 1
    """
)


@pytest.mark.parametrize("kill_after", [50, 400])
def test_survives_sigkill_mid_write(tmp_path, kill_after):
    db = tmp_path / "h.db"
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True)
    last = -1
    try:
        deadline = time.monotonic() + 60
        while last < kill_after and time.monotonic() < deadline:
            line = proc.stdout.readline()
            assert line, "writer died early"
            last = int(line)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    assert last >= kill_after
    # Raw sqlite first: the file (with its WAL) must be intact.
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    with History(db) as h:
        a = h.series("sig.a", 0, resolution="minute")
        b = h.series("sig.b", 0, resolution="minute")
        # Everything printed was committed before the print (sample a committed as b was added).
        assert len(a) >= last + 1 and len(b) >= last + 1
        assert [p.mean for p in a] == [float(i) for i in range(len(a))]
        assert [p.mean for p in b] == [float(-i) for i in range(len(b))]
        assert abs(len(a) - len(b)) <= 1
        h.add("sig.a", 1.0, 1_800_000_000.0)  # still writable after recovery


def test_reader_sees_committed_rows_from_another_thread_and_cannot_write(tmp_path):
    import threading

    from hmi.health.history import HistoryReader

    with History(tmp_path / "h.db", flush_interval_s=3600) as h:
        reader = h.reader()
        assert isinstance(reader, HistoryReader)
        for i in range(3):
            h.add(P, 12.0 + i, T0 + i * HOUR_S)
        got: dict = {}

        def read() -> None:
            got["before"] = reader.arrays(P, T0 - 1)
            got["missing"] = reader.arrays("Vehicle.No.Such.Signal", T0 - 1)

        t = threading.Thread(target=read)
        t.start()
        t.join()
        assert got["before"] == ([], [], [])  # buffered, not committed: the reader sees the last flush
        assert got["missing"] == ([], [], [])
        h.flush()
        t = threading.Thread(target=lambda: got.update(after=reader.arrays(P, T0 - 1), day=reader.arrays(
            P, T0 - 1, resolution="day")))  # fmt: skip
        t.start()
        t.join()
        assert got["after"] == h.arrays(P, T0 - 1) and got["after"][1] == [12.0, 13.0, 14.0]
        assert got["day"] == h.arrays(P, T0 - 1, resolution="day")
        assert reader.series(P, T0 - 1) == h.series(P, T0 - 1)
        with pytest.raises(sqlite3.OperationalError):
            reader._connection().execute("DELETE FROM hourly")
        reader.close()
        reader.close()


def test_reader_snapshot_merges_the_buffer_once(tmp_path):
    """Buffered samples reach a reader as a copy (no commit on the writer's thread); once the writer commits,
    the same samples come from the file and the copy is ignored: never counted twice."""
    with History(tmp_path / "h.db", flush_interval_s=3600) as h:
        for i in range(48):
            h.add(P, 12.0 + (i % 2), T0 + i * 1800.0)  # two samples per hour: 12 and 13, mean 12.5
        h.flush()
        expected = h.arrays(P, T0 - 1)
        expected_days = h.arrays(P, T0 - 1, resolution="day")
        for i in range(48, 60):  # six more hours, still buffered
            h.add(P, 12.0 + (i % 2), T0 + i * 1800.0)
        gen = h.flush_gen
        pending = h.pending([P, "Vehicle.No.Such.Signal"])
        assert set(pending.buckets) == {P} and pending.flush_gen == gen
        reader = h.reader()
        with reader.snapshot(pending) as view:
            ts, means, _ = view.arrays(P, T0 - 1)
            day_ts, day_means, _ = view.arrays(P, T0 - 1, resolution="day")
        assert h.flush_gen == gen, "the snapshot committed nothing"
        assert len(ts) == len(expected[0]) + 6 and means == [12.5] * len(ts)
        assert day_means and all(m == 12.5 for m in day_means) and len(day_ts) >= len(expected_days[0])
        with reader.snapshot(None) as view:
            assert view.arrays(P, T0 - 1) == expected  # committed rows only
        h.flush()  # now the buffered hours are in the file: the old copy must not be added again
        with reader.snapshot(pending) as view:
            assert view.arrays(P, T0 - 1) == h.arrays(P, T0 - 1) and len(view.arrays(P, T0 - 1)[0]) == len(ts)
        reader.close()
    with History(tmp_path / "h.db") as again:
        assert again.flush_gen == gen + 1  # kept in the file
