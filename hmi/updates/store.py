"""SQLite persistence of the OTA state machine, so an HMI restart comes back to the same screen.

One row holds the machine's JSON snapshot (WAL mode, written after every change). A missing, corrupt or
tampered snapshot is logged and replaced by a fresh machine: the agent is then asked for its current state.

Driver-facing sentences in the snapshot (notice, failure, waiting reasons) are stored as ``Text.dump()``
JSON (schema 2), so after a restart they render in the language and formats chosen then. Schema 1
snapshots (English sentences as plain strings) are still read; those sentences show in English until the
next change.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
from pathlib import Path

from hmi.updates.machine import DEFAULT_SOC_FLOOR, UpdateMachine

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
#: Snapshot schemas this version reads (1: sentences stored as plain English strings).
READABLE_SCHEMAS = frozenset({1, 2})
#: A snapshot larger than this is not ours (release notes are ≤ 20 000 chars).
MAX_SNAPSHOT_BYTES = 1024 * 1024


class UpdateStore:
    """The machine's snapshot in an SQLite database (``path`` or ``":memory:"``)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open()
        except sqlite3.DatabaseError as err:
            # Not a database (truncated, overwritten): keep it for inspection, start a new one.
            aside = f"{self.path}.corrupt-{int(time.time())}"
            log.error("OTA database %s unusable (%s); moved to %s", self.path, err, aside)
            Path(self.path).rename(aside)
            for suffix in ("-wal", "-shm"):
                Path(self.path + suffix).unlink(missing_ok=True)
            self._db = self._open()
        self._last_saved: str | None = None

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=5.0, check_same_thread=False)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.execute(
                "CREATE TABLE IF NOT EXISTS ota_state ("
                " id INTEGER PRIMARY KEY CHECK (id = 1),"
                " schema INTEGER NOT NULL, saved_at REAL NOT NULL, snapshot TEXT NOT NULL)"
            )
            db.commit()
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db

    def save(self, machine: UpdateMachine) -> bool:
        """Write the machine's snapshot if it changed since the last save; returns True when written."""
        text = json.dumps(machine.to_dict(), ensure_ascii=False, allow_nan=False, sort_keys=True)
        if text == self._last_saved:
            return False
        with self._db:
            self._db.execute(
                "INSERT INTO ota_state (id, schema, saved_at, snapshot) VALUES (1, ?, ?, ?) "
                "ON CONFLICT(id) DO UPDATE SET schema=excluded.schema, saved_at=excluded.saved_at, "
                "snapshot=excluded.snapshot",
                (SCHEMA_VERSION, time.time(), text),
            )
        self._last_saved = text
        return True

    def load(self, soc_floor: float = DEFAULT_SOC_FLOOR) -> UpdateMachine:
        """The saved machine, or a fresh one (with ``soc_floor``) when there is none or it is unreadable.

        The SoC floor is a setting, so the current setting wins over the saved one.
        """
        try:
            row = self._db.execute("SELECT schema, snapshot FROM ota_state WHERE id = 1").fetchone()
        except sqlite3.DatabaseError as err:
            log.error("OTA state unreadable (%s); starting fresh", err)
            return UpdateMachine(soc_floor=soc_floor)
        if row is None:
            return UpdateMachine(soc_floor=soc_floor)
        schema, text = row
        if schema not in READABLE_SCHEMAS or not isinstance(text, str) or len(text) > MAX_SNAPSHOT_BYTES:
            log.error("OTA state has schema %r / unexpected size; starting fresh", schema)
            return UpdateMachine(soc_floor=soc_floor)
        try:
            machine = UpdateMachine.from_dict(json.loads(text))
        except (ValueError, TypeError, KeyError, AttributeError, AssertionError, RecursionError) as err:
            log.error("OTA state snapshot rejected (%s); starting fresh", err)
            return UpdateMachine(soc_floor=soc_floor)
        machine.soc_floor = soc_floor
        self._last_saved = text
        return machine

    def close(self) -> None:
        """Close the database."""
        self._db.close()
