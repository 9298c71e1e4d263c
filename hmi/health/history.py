"""Persisted health-signal history in SQLite (WAL), downsampled and bounded.

Storage policy (one database file, two tables, both ``WITHOUT ROWID`` keyed by
``(signal, bucket)`` so a time-range query is an index range scan):

* ``raw``    — one row per signal per **minute** (count, sum, min, max, last value), kept **48 hours**.
* ``hourly`` — one row per signal per **hour** (same aggregates), kept **400 days**.

Every accepted sample updates both tables through small in-memory buffers that are
written in one transaction per flush (on demand, or automatically every
``flush_interval_s`` of wall time / ``max_pending`` buckets). The database therefore
holds at most ``24*60*2`` raw + ``400*24`` hourly rows per signal, whatever the input rate.

Durability: WAL journal, ``synchronous=FULL`` by default, so a kill or power loss
mid-write loses at most the samples buffered since the last commit and never
corrupts the file. On open the file is checked (``PRAGMA quick_check``); a corrupt file
is moved aside (``*.corrupt-<time>``) and a fresh one started, so the HMI always boots.

Time: buckets come from the sample's own timestamp. Retention is applied relative to the
newest accepted timestamp (the *data clock*), so time-accelerated simulations work; samples
more than ``max_future_s`` ahead of the wall clock are rejected so one bogus timestamp
cannot make retention delete everything.
"""

from __future__ import annotations

import logging
import math
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

MINUTE_S = 60
HOUR_S = 3600
DAY_S = 86400
RAW_RETENTION_S = 48 * HOUR_S
HOURLY_RETENTION_S = 400 * DAY_S
SCHEMA_VERSION = 1
MAX_PATH_LEN = 200

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS signal(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE);
CREATE TABLE IF NOT EXISTS raw(
    sig INTEGER NOT NULL, bucket INTEGER NOT NULL,
    n INTEGER NOT NULL, vsum REAL NOT NULL, vmin REAL NOT NULL, vmax REAL NOT NULL,
    last_ts REAL NOT NULL, last_value REAL NOT NULL,
    PRIMARY KEY(sig, bucket)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS hourly(
    sig INTEGER NOT NULL, bucket INTEGER NOT NULL,
    n INTEGER NOT NULL, vsum REAL NOT NULL, vmin REAL NOT NULL, vmax REAL NOT NULL,
    last_ts REAL NOT NULL, last_value REAL NOT NULL,
    PRIMARY KEY(sig, bucket)) WITHOUT ROWID;
"""

# Merges a buffered bucket into a stored one; SQLite evaluates every right-hand side on the old row.
_UPSERT = """
INSERT INTO {table}(sig, bucket, n, vsum, vmin, vmax, last_ts, last_value) VALUES(?,?,?,?,?,?,?,?)
ON CONFLICT(sig, bucket) DO UPDATE SET
    n = n + excluded.n, vsum = vsum + excluded.vsum,
    vmin = min(vmin, excluded.vmin), vmax = max(vmax, excluded.vmax),
    last_value = CASE WHEN excluded.last_ts >= last_ts THEN excluded.last_value ELSE last_value END,
    last_ts = max(last_ts, excluded.last_ts)
"""


@dataclass(frozen=True)
class Point:
    """One aggregated bucket: ``ts`` is the bucket's middle."""

    ts: float
    mean: float
    min: float
    max: float
    last: float
    n: int


class _Bucket:
    __slots__ = ("last_ts", "last_value", "n", "vmax", "vmin", "vsum")

    def __init__(self, value: float, ts: float):
        self.n, self.vsum, self.vmin, self.vmax = 1, value, value, value
        self.last_ts, self.last_value = ts, value

    def add(self, value: float, ts: float) -> None:
        self.n += 1
        self.vsum += value
        if value < self.vmin:
            self.vmin = value
        elif value > self.vmax:
            self.vmax = value
        if ts >= self.last_ts:
            self.last_ts, self.last_value = ts, value


class History:
    """Downsampled signal history in one SQLite file (see module docstring for the policy)."""

    def __init__(
        self,
        path: str | Path,
        *,
        raw_retention_s: float = RAW_RETENTION_S,
        hourly_retention_s: float = HOURLY_RETENTION_S,
        flush_interval_s: float = 10.0,
        max_pending: int = 400,
        max_future_s: float | None = DAY_S,
        synchronous: str = "FULL",
        clock: Callable[[], float] = time.time,
    ):
        self.path = Path(path)
        self.raw_retention_s = raw_retention_s
        self.hourly_retention_s = hourly_retention_s
        self.flush_interval_s = flush_interval_s
        self.max_pending = max_pending  # a flush of 2000 buckets held the GUI thread for 20 ms; 400 stay near 4 ms
        self.max_future_s = max_future_s
        self._clock = clock
        self._raw: dict[tuple[int, int], _Bucket] = {}
        self._hourly: dict[tuple[int, int], _Bucket] = {}
        self._sig_ids: dict[str, int] = {}
        self._last_flush = time.monotonic()
        self._pruned_at = -math.inf
        self._future_limit = -math.inf
        self.newest_ts = -math.inf
        self.rejected = 0
        self.flush_gen = 0
        """Commits so far (also kept in the file): a reader tells from it whether a ``pending`` snapshot is in."""
        if synchronous not in ("OFF", "NORMAL", "FULL", "EXTRA"):
            raise ValueError(f"synchronous must be OFF/NORMAL/FULL/EXTRA, not {synchronous!r}")
        self._conn = self._open(synchronous)

    # -- opening -------------------------------------------------------------------------------------------------
    def _open(self, synchronous: str) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            return self._connect(synchronous)
        except sqlite3.DatabaseError as exc:
            # A damaged file must not keep the HMI from starting: keep it for inspection, start afresh.
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            log.error("history %s unusable (%s); moved to %s, starting a new one", self.path, exc, aside)
            for suffix in ("", "-wal", "-shm"):
                p = Path(str(self.path) + suffix)
                if p.exists():
                    p.rename(Path(str(aside) + suffix))
            return self._connect(synchronous)

    def _connect(self, synchronous: str) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, isolation_level=None)
        try:
            conn.execute("PRAGMA busy_timeout=2000")
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.DatabaseError(f"cannot enable WAL (journal_mode={mode})")
            conn.execute(f"PRAGMA synchronous={synchronous}")
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            if ok != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {ok}")
            conn.executescript(_SCHEMA)
            row = conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row is None:
                conn.execute("INSERT INTO meta(key, value) VALUES('schema', ?)", (str(SCHEMA_VERSION),))
            elif row[0] != str(SCHEMA_VERSION):
                raise sqlite3.DatabaseError(f"schema version {row[0]!r}, expected {SCHEMA_VERSION}")
            for sid, p in conn.execute("SELECT id, path FROM signal"):
                self._sig_ids[p] = sid
            gen = conn.execute("SELECT value FROM meta WHERE key='flush_gen'").fetchone()
            self.flush_gen = int(gen[0]) if gen is not None else 0
            newest = conn.execute("SELECT max(last_ts) FROM hourly").fetchone()[0]
            if newest is not None:
                self.newest_ts = float(newest)
        except BaseException:
            conn.close()
            raise
        return conn

    # -- writing -------------------------------------------------------------------------------------------------
    def register(self, paths: Iterable[str]) -> None:
        """Give every path in ``paths`` its signal id now, in one transaction (a first sample of a new path then
        costs no write of its own: an autocommitted INSERT on the GUI thread took over 8 ms on a new file)."""
        new = [p for p in paths if p not in self._sig_ids]
        if not new:
            return
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            self._conn.executemany("INSERT OR IGNORE INTO signal(path) VALUES(?)", [(p,) for p in new])
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        for sid, p in self._conn.execute("SELECT id, path FROM signal"):
            self._sig_ids[p] = sid

    def _sig(self, path: str) -> int:
        sid = self._sig_ids.get(path)
        if sid is None:
            cur = self._conn.execute("INSERT OR IGNORE INTO signal(path) VALUES(?)", (path,))
            if cur.rowcount:
                sid = cur.lastrowid
            else:
                sid = self._conn.execute("SELECT id FROM signal WHERE path=?", (path,)).fetchone()[0]
            self._sig_ids[path] = sid
        return sid

    def add(self, path: str, value: float | bool, ts: float) -> bool:
        """Buffer one sample; returns False (and logs) when it is rejected.

        Booleans are stored as 0/1. Non-finite values/timestamps, non-numbers and timestamps far
        in the future are rejected. May flush (commit) when the buffer is due.
        """
        if not isinstance(path, str) or not path or len(path) > MAX_PATH_LEN:
            return self._reject(path, value, ts, "bad signal path")
        if isinstance(value, bool):
            value = float(value)
        if not isinstance(value, int | float) or not isinstance(ts, int | float) or isinstance(ts, bool):
            return self._reject(path, value, ts, "value and ts must be numbers")
        try:
            value, ts = float(value), float(ts)
        except OverflowError:  # an int with hundreds of digits
            return self._reject(path, value, ts, "number out of range")
        if not (math.isfinite(value) and math.isfinite(ts)) or ts <= 0:
            return self._reject(path, value, ts, "non-finite value or timestamp")
        if ts > self._future_limit:
            # Re-read the wall clock only when the cached limit is passed (it is refreshed on every flush).
            self._future_limit = self._clock() + self.max_future_s if self.max_future_s is not None else math.inf
            if ts > self._future_limit:
                return self._reject(path, value, ts, "timestamp too far in the future")
        sid = self._sig_ids.get(path)
        if sid is None:
            sid = self._sig(path)
        key = (sid, int(ts // MINUTE_S))
        b = self._raw.get(key)
        if b is None:
            self._raw[key] = _Bucket(value, ts)
        else:
            b.add(value, ts)
        key = (sid, int(ts // HOUR_S))
        b = self._hourly.get(key)
        if b is None:
            self._hourly[key] = _Bucket(value, ts)
        else:
            b.add(value, ts)
        if ts > self.newest_ts:
            self.newest_ts = ts
        if len(self._raw) >= self.max_pending or time.monotonic() - self._last_flush >= self.flush_interval_s:
            self.flush()
        return True

    def _reject(self, path: object, value: object, ts: object, why: str) -> bool:
        self.rejected += 1
        log.warning("history: sample rejected (%s): path=%.80r value=%.40r ts=%.40r", why, path, value, ts)
        return False

    def flush(self) -> int:
        """Write buffered buckets in one transaction (and apply retention); returns buckets written."""
        self._last_flush = time.monotonic()
        self._future_limit = self._clock() + self.max_future_s if self.max_future_s is not None else math.inf
        if not self._raw and not self._hourly:
            return 0
        raw, hourly = self._raw, self._hourly
        written = len(raw) + len(hourly)
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for table, buf in (("raw", raw), ("hourly", hourly)):
                conn.executemany(
                    _UPSERT.format(table=table),
                    [(s, k, b.n, b.vsum, b.vmin, b.vmax, b.last_ts, b.last_value) for (s, k), b in buf.items()],
                )
            # Retention at most once per data-hour: a cheap range delete on the primary key.
            if self.newest_ts - self._pruned_at >= HOUR_S:
                self._prune(self.newest_ts)
            conn.execute(
                "INSERT INTO meta(key, value) VALUES('flush_gen', ?) "
                "ON CONFLICT(key) DO UPDATE SET value=excluded.value",
                (str(self.flush_gen + 1),),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self._raw, self._hourly = {}, {}
        self.flush_gen += 1
        return written

    def _prune(self, now: float) -> None:
        self._pruned_at = now
        raw_cut = int((now - self.raw_retention_s) // MINUTE_S)
        hourly_cut = int((now - self.hourly_retention_s) // HOUR_S)
        for sid in self._sig_ids.values():
            self._conn.execute("DELETE FROM raw WHERE sig=? AND bucket<?", (sid, raw_cut))
            self._conn.execute("DELETE FROM hourly WHERE sig=? AND bucket<?", (sid, hourly_cut))

    # -- reading -------------------------------------------------------------------------------------------------
    def series(self, path: str, since: float, until: float | None = None, *, resolution: str = "hour") -> list[Point]:
        """Aggregated points of ``path`` with bucket start in ``[since, until]``, oldest first.

        ``resolution`` is ``"hour"`` (kept 400 days) or ``"minute"`` (kept 48 h). Buffered
        samples are flushed first so a query sees everything accepted so far.
        """
        self.flush()
        return _series(self._conn, self._sig_ids.get(path), since, until, resolution)

    def arrays(
        self, path: str, since: float, until: float | None = None, *, resolution: str = "hour"
    ) -> tuple[list[float], list[float], list[float]]:
        """Like ``series`` but as three lists (bucket-middle ts, mean, last value): cheaper for the predictions.

        ``resolution`` may also be ``"day"``: hourly rows merged per UTC day in SQL.
        """
        self.flush()
        return _arrays(self._conn, self._sig_ids.get(path), since, until, resolution)

    def reader(self) -> HistoryReader:
        """A read-only view of this file on a connection of its own, for another thread (see ``HistoryReader``).

        It sees committed rows; hand it :meth:`pending` for what is still buffered (no commit needed).
        """
        return HistoryReader(self.path)

    def pending(self, paths: Iterable[str]) -> Pending:
        """A copy of the buffered (not yet committed) hourly buckets of ``paths``, for a ``HistoryReader``."""
        wanted = {self._sig_ids[p]: p for p in paths if p in self._sig_ids}
        buckets: dict[str, list[tuple[int, int, float, float]]] = {}
        for (sid, bucket), b in self._hourly.items():
            path = wanted.get(sid)
            if path is not None:
                buckets.setdefault(path, []).append((bucket, b.n, b.vsum, b.last_value))
        return Pending(self.flush_gen, buckets)

    def last_ts(self, path: str) -> float | None:
        """Newest stored or buffered timestamp of ``path`` (None if never seen)."""
        sid = self._sig_ids.get(path)
        if sid is None:
            return None
        best = max((b.last_ts for (s, _), b in self._hourly.items() if s == sid), default=None)
        row = self._conn.execute(
            "SELECT max(last_ts) FROM (SELECT last_ts FROM hourly WHERE sig=? ORDER BY bucket DESC LIMIT 2)", (sid,)
        ).fetchone()[0]
        vals = [v for v in (best, row) if v is not None]
        return max(vals) if vals else None

    def signals(self) -> list[str]:
        """Paths that have a history."""
        return sorted(self._sig_ids)

    def stats(self) -> dict[str, int]:
        """Row counts (for diagnostics and the benchmark)."""
        self.flush()
        return {
            "signals": len(self._sig_ids),
            "raw_rows": self._conn.execute("SELECT count(*) FROM raw").fetchone()[0],
            "hourly_rows": self._conn.execute("SELECT count(*) FROM hourly").fetchone()[0],
        }

    def add_many(self, samples: Iterable[tuple[str, float, float]]) -> int:
        """Add ``(path, value, ts)`` samples; returns how many were accepted."""
        return sum(1 for p, v, t in samples if self.add(p, v, t))

    def close(self) -> None:
        """Flush and close; safe to call twice."""
        if self._conn is None:
            return
        try:
            self.flush()
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self._conn.close()
            self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class Pending:
    """Hourly buckets still in a ``History``'s buffer — ``(bucket, n, sum, last value)`` per path — taken when
    its file had seen ``flush_gen`` commits."""

    flush_gen: int
    buckets: dict[str, list[tuple[int, int, float, float]]]


class HistoryReader:
    """Read-only queries on a history file from one other thread (the prediction worker).

    The connection is opened by the first query and is read-only (``mode=ro``): with WAL it never blocks
    the writer and sees each committed flush; :meth:`snapshot` adds what the writer still buffers (a
    ``Pending`` copy), so nobody has to commit for it. One thread at a time may use it.
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._conn: sqlite3.Connection | None = None
        self._sig_ids: dict[str, int] = {}

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            # check_same_thread=False: the worker thread uses it, its owner closes it after joining that thread.
            uri = f"{self.path.resolve().as_uri()}?mode=ro"
            self._conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA busy_timeout=2000")
        return self._conn

    def _sig(self, path: str) -> int | None:
        sid = self._sig_ids.get(path)
        if sid is None:
            row = self._connection().execute("SELECT id FROM signal WHERE path=?", (path,)).fetchone()
            if row is None:
                return None  # not seen yet; asked again next time
            sid = self._sig_ids[path] = int(row[0])
        return sid

    def series(self, path: str, since: float, until: float | None = None, *, resolution: str = "hour") -> list[Point]:
        """As :meth:`History.series`, of what has been committed."""
        return _series(self._connection(), self._sig(path), since, until, resolution)

    def arrays(
        self, path: str, since: float, until: float | None = None, *, resolution: str = "hour"
    ) -> tuple[list[float], list[float], list[float]]:
        """As :meth:`History.arrays`, of what has been committed."""
        return _arrays(self._connection(), self._sig(path), since, until, resolution)

    @contextmanager
    def snapshot(self, pending: Pending | None = None) -> Iterator[SeriesView]:
        """One consistent view for several queries (a read transaction), with ``pending`` buffered buckets
        merged in unless the file has been committed to since they were taken (then they are in it)."""
        conn = self._connection()
        conn.execute("BEGIN")
        try:
            row = conn.execute("SELECT value FROM meta WHERE key='flush_gen'").fetchone()
            gen = int(row[0]) if row is not None else 0
            merge = pending.buckets if pending is not None and pending.flush_gen == gen else {}
            yield SeriesView(self, merge)
        finally:
            conn.execute("COMMIT")

    def close(self) -> None:
        """Close the connection (from the thread that used it); safe to call twice."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None


class SeriesView:
    """``arrays`` queries inside a :meth:`HistoryReader.snapshot`."""

    def __init__(self, reader: HistoryReader, pending: dict[str, list[tuple[int, int, float, float]]]):
        self._reader = reader
        self._pending = pending

    def arrays(
        self, path: str, since: float, until: float | None = None, *, resolution: str = "hour"
    ) -> tuple[list[float], list[float], list[float]]:
        """As :meth:`History.arrays` (hour or day resolution), committed rows and the snapshot's buffer."""
        r = self._reader
        return _arrays(r._connection(), r._sig(path), since, until, resolution, self._pending.get(path, ()))


# -- queries shared by History and HistoryReader ----------------------------------------------------------------------
def _bucket_range(since: float, until: float | None, width: int) -> tuple[int, int]:
    lo = int(since // width) if math.isfinite(since) else -(2**62)
    hi = int(until // width) if until is not None and math.isfinite(until) else 2**62
    return lo, hi


def _rows(conn: sqlite3.Connection, sid: int | None, since: float, until: float | None, resolution: str) -> list:
    if resolution not in ("hour", "minute"):
        raise ValueError("resolution must be 'hour' or 'minute'")
    if sid is None:
        return []
    table, width = ("hourly", HOUR_S) if resolution == "hour" else ("raw", MINUTE_S)
    return conn.execute(
        f"SELECT bucket, n, vsum, vmin, vmax, last_value FROM {table} "
        "WHERE sig=? AND bucket BETWEEN ? AND ? ORDER BY bucket",
        (sid, *_bucket_range(since, until, width)),
    ).fetchall()


def _series(conn: sqlite3.Connection, sid: int | None, since: float, until: float | None, resolution: str) -> list:
    width = HOUR_S if resolution == "hour" else MINUTE_S
    rows = _rows(conn, sid, since, until, resolution)
    return [Point((b + 0.5) * width, s / n, lo, hi_, last, n) for b, n, s, lo, hi_, last in rows]


def _arrays(
    conn: sqlite3.Connection,
    sid: int | None,
    since: float,
    until: float | None,
    resolution: str,
    pending: Iterable[tuple[int, int, float, float]] = (),
) -> tuple[list[float], list[float], list[float]]:
    # ``pending``: buffered hourly buckets (bucket, n, sum, last value) to merge with the stored rows.
    lo, hi = _bucket_range(since, until, HOUR_S)
    extra = [b for b in pending if lo <= b[0] <= hi]
    if resolution == "day":
        rows = []
        if sid is not None:
            rows = conn.execute(
                "SELECT bucket / 24 AS d, sum(vsum), sum(n) FROM hourly "
                "WHERE sig=? AND bucket BETWEEN ? AND ? GROUP BY d ORDER BY d",
                (sid, lo, hi),
            ).fetchall()
        if extra:
            days = {d: [s, n] for d, s, n in rows}
            for bucket, n, vsum, _ in extra:
                acc = days.setdefault(bucket // 24, [0.0, 0])
                acc[0] += vsum
                acc[1] += n
            rows = [(d, s, n) for d, (s, n) in sorted(days.items())]
        # "last" of a day: the value at its newest sample is not kept per day; the daily mean stands in.
        means = [s / n for _, s, n in rows]
        return [(d + 0.5) * DAY_S for d, _, _ in rows], means, means
    pts = _rows(conn, sid, since, until, resolution)
    width = HOUR_S if resolution == "hour" else MINUTE_S
    if extra and resolution == "hour":
        merged = {b: [n, s, last] for b, n, s, _, _, last in pts}
        for bucket, n, vsum, last in extra:
            acc = merged.setdefault(bucket, [0, 0.0, last])
            acc[0] += n
            acc[1] += vsum
            acc[2] = last  # buffered samples are newer than the stored ones
        pts = [(b, n, s, 0.0, 0.0, last) for b, (n, s, last) in sorted(merged.items())]
    return ([(r[0] + 0.5) * width for r in pts], [r[2] / r[1] for r in pts], [r[5] for r in pts])
