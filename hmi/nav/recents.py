"""Recent destinations and favourites (Home, Work), persisted in SQLite (WAL mode).

These are what the driver can still pick while the car moves (the keyboard is locked then), so the store is
small, validated and never blocks on a bad file: a corrupt database is moved aside and a fresh one created.
"""

from __future__ import annotations

import logging
import math
import os
import sqlite3
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FAVOURITE_SLOTS = ("home", "work")
MAX_RECENTS = 50
MAX_NAME = 200
SAME_PLACE_M = 30.0
SOURCES = ("search", "phone", "favourite", "map", "recent")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS recents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    source TEXT NOT NULL DEFAULT 'search',
    used_at REAL NOT NULL,
    use_count INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS recents_used ON recents(used_at DESC);
CREATE TABLE IF NOT EXISTS favourites (
    slot TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    saved_at REAL NOT NULL
);
"""


class DestinationError(ValueError):
    """A destination was rejected (invalid name, position, slot or source); the message says why."""


@dataclass(frozen=True)
class Destination:
    """A stored destination."""

    name: str
    lat: float
    lon: float
    address: str = ""
    source: str = "search"
    used_at: float = 0.0
    use_count: int = 1
    slot: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain dict (for QML models / JSON)."""
        return asdict(self)


def default_path() -> Path:
    """``$HMI_DATA_DIR/destinations.sqlite`` or ``~/.local/share/hmi/destinations.sqlite``."""
    base = os.environ.get("HMI_DATA_DIR")
    root = Path(base).expanduser() if base else Path.home() / ".local" / "share" / "hmi"
    return root / "destinations.sqlite"


def _clean_name(name: Any, what: str = "name") -> str:
    if isinstance(name, bytes):
        name = name.decode("utf-8", errors="replace")
    if not isinstance(name, str):
        raise DestinationError(f"{what} must be text, got {type(name).__name__}")
    name = " ".join(name.replace("\x00", "").split())
    if not name and what == "name":
        raise DestinationError("name must not be empty")
    return name[:MAX_NAME]


def _clean_pos(lat: Any, lon: Any) -> tuple[float, float]:
    try:
        la, lo = float(lat), float(lon)
    except (TypeError, ValueError):
        raise DestinationError(f"position ({lat!r}, {lon!r}) is not numeric") from None
    if not (math.isfinite(la) and math.isfinite(lo) and -90 <= la <= 90 and -180 <= lo <= 180):
        raise DestinationError(f"position ({la}, {lo}) is out of range")
    return la, lo


def _dist_m(a: tuple[float, float], b: tuple[float, float]) -> float:
    dy = (a[0] - b[0]) * 111_320.0
    dx = (a[1] - b[1]) * 111_320.0 * math.cos(math.radians(a[0]))
    return math.hypot(dx, dy)


class DestinationStore:
    """Recents (most recent first, deduplicated by name + position, capped at :data:`MAX_RECENTS`) and favourites."""

    def __init__(self, path: str | Path | None = None, clock: Any = time.time) -> None:
        """Open (or create) the database at ``path`` (default :func:`default_path`; ``":memory:"`` for tests)."""
        self.path = Path(path) if path not in (None, ":memory:") else (default_path() if path is None else None)
        self.clock = clock
        self.db = self._open()

    def _open(self) -> sqlite3.Connection:
        target = str(self.path) if self.path is not None else ":memory:"
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = self._connect(target)
        except sqlite3.DatabaseError as exc:
            if self.path is None:
                raise
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            log.error("destinations database %s unusable (%s); moved to %s and starting empty", self.path, exc, aside)
            for suffix in ("", "-wal", "-shm"):
                p = Path(str(self.path) + suffix)
                if p.exists():
                    p.rename(Path(str(aside) + suffix))
            db = self._connect(target)
        return db

    @staticmethod
    def _connect(target: str) -> sqlite3.Connection:
        db = sqlite3.connect(target, check_same_thread=False, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(_SCHEMA)
            db.execute("SELECT count(*) FROM recents").fetchone()
            db.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    # ------------------------------------------------------------------------------------------------ recents
    def add_recent(
        self, name: Any, lat: Any, lon: Any, address: Any = "", source: str = "search", when: float | None = None
    ) -> Destination:
        """Record a destination the driver navigated to; returns the stored entry (raises DestinationError)."""
        name = _clean_name(name)
        address = _clean_name(address or "", "address")
        pos = _clean_pos(lat, lon)
        if source not in SOURCES:
            raise DestinationError(f"unknown source {source!r}")
        now = float(when) if when is not None and math.isfinite(float(when)) else float(self.clock())
        rows = self.db.execute("SELECT id, lat, lon, use_count FROM recents WHERE name = ?", (name,)).fetchall()
        same = next((r for r in rows if _dist_m(pos, (r[1], r[2])) <= SAME_PLACE_M), None)
        with self._tx():
            if same is not None:
                self.db.execute(
                    "UPDATE recents SET used_at = ?, use_count = use_count + 1, address = ?, lat = ?,"
                    " lon = ?, source = ? WHERE id = ?",
                    (now, address, pos[0], pos[1], source, same[0]),
                )
            else:
                self.db.execute(
                    "INSERT INTO recents(name, address, lat, lon, source, used_at) VALUES (?,?,?,?,?,?)",
                    (name, address, pos[0], pos[1], source, now),
                )
            self.db.execute(
                "DELETE FROM recents WHERE id NOT IN (SELECT id FROM recents ORDER BY used_at DESC, id DESC LIMIT ?)",
                (MAX_RECENTS,),
            )
        return self.recents(1)[0]

    def recents(self, limit: int = 10) -> list[Destination]:
        """Most recent first."""
        limit = max(0, min(int(limit), MAX_RECENTS))
        rows = self.db.execute(
            "SELECT name, lat, lon, address, source, used_at, use_count FROM recents "
            "ORDER BY used_at DESC, id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        return [Destination(r[0], r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows]

    def remove_recent(self, name: str, lat: float, lon: float) -> bool:
        """Forget one recent destination; True if something was removed."""
        pos = _clean_pos(lat, lon)
        rows = self.db.execute("SELECT id, lat, lon FROM recents WHERE name = ?", (name,)).fetchall()
        ids = [r[0] for r in rows if _dist_m(pos, (r[1], r[2])) <= SAME_PLACE_M]
        with self._tx():
            for i in ids:
                self.db.execute("DELETE FROM recents WHERE id = ?", (i,))
        return bool(ids)

    def clear_recents(self) -> None:
        """Forget all recent destinations (privacy)."""
        with self._tx():
            self.db.execute("DELETE FROM recents")

    # ------------------------------------------------------------------------------------------------ favourites
    def set_favourite(self, slot: str, name: Any, lat: Any, lon: Any, address: Any = "") -> Destination:
        """Save Home or Work (``slot`` in :data:`FAVOURITE_SLOTS`)."""
        if slot not in FAVOURITE_SLOTS:
            raise DestinationError(f"unknown favourite {slot!r} (use {', '.join(FAVOURITE_SLOTS)})")
        name = _clean_name(name)
        address = _clean_name(address or "", "address")
        pos = _clean_pos(lat, lon)
        with self._tx():
            self.db.execute(
                "INSERT INTO favourites(slot, name, address, lat, lon, saved_at) VALUES (?,?,?,?,?,?) "
                "ON CONFLICT(slot) DO UPDATE SET name=excluded.name, address=excluded.address, "
                "lat=excluded.lat, lon=excluded.lon, saved_at=excluded.saved_at",
                (slot, name, address, pos[0], pos[1], float(self.clock())),
            )
        fav = self.favourite(slot)
        assert fav is not None
        return fav

    def favourite(self, slot: str) -> Destination | None:
        """The saved Home/Work destination, or None."""
        r = self.db.execute(
            "SELECT name, lat, lon, address, saved_at FROM favourites WHERE slot = ?", (slot,)
        ).fetchone()
        return Destination(r[0], r[1], r[2], r[3], "favourite", r[4], 1, slot) if r else None

    def favourites(self) -> dict[str, Destination]:
        """All saved favourites by slot."""
        return {s: f for s in FAVOURITE_SLOTS if (f := self.favourite(s)) is not None}

    def remove_favourite(self, slot: str) -> bool:
        """Delete a favourite; True if it existed."""
        with self._tx():
            cur = self.db.execute("DELETE FROM favourites WHERE slot = ?", (slot,))
        return cur.rowcount > 0

    def _tx(self) -> Any:
        db = self.db

        class _Tx:
            def __enter__(self) -> None:
                db.execute("BEGIN IMMEDIATE")

            def __exit__(self, et: Any, ev: Any, tb: Any) -> None:
                db.execute("COMMIT" if et is None else "ROLLBACK")

        return _Tx()
