"""The driver's EV settings, persisted in SQLite (WAL): vehicle, reserve, arrival SoC, charge limit, filters.

Values are validated on every write *and* on read (a hand-edited or corrupted database falls back to the
default for that key with a log line), so the planner never sees a bad setting.
"""

from __future__ import annotations

import json
import logging
import math
import sqlite3
import threading
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from hmi.nav.ev.cache import DEFAULT_MODEL_ENTRIES, DEFAULT_SEARCH_ENTRIES
from hmi.nav.ev.profiles import PLUGS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EvSettings:
    """Driver settings (SoC values in %)."""

    vehicle_id: str = "nissan-leaf-40"
    reserve_pct: float = 5.0
    arrival_pct: float = 10.0
    charge_limit_pct: float = 80.0
    min_power_kw: float = 0.0
    plugs: tuple[str, ...] = ()  # empty = every plug the car has
    #: size limits of the planner's per-map LRU caches (hmi.nav.ev.cache): station searches, and edge-energy
    #: tables per vehicle and temperature
    cache_searches: int = DEFAULT_SEARCH_ENTRIES
    cache_models: int = DEFAULT_MODEL_ENTRIES

    def plan_settings(self, outside_temp_c: float = 20.0, stop_overhead_s: float = 300.0) -> Any:
        """The planner's :class:`~hmi.nav.ev.planner.PlanSettings` for these settings."""
        from hmi.nav.ev.planner import PlanSettings

        return PlanSettings(
            reserve_pct=self.reserve_pct,
            arrival_pct=self.arrival_pct,
            charge_limit_pct=self.charge_limit_pct,
            min_power_kw=self.min_power_kw,
            allowed_plugs=self.plugs or None,
            outside_temp_c=outside_temp_c,
            stop_overhead_s=stop_overhead_s,
        )


#: Below this the battery counts as low wherever a level is coloured (status bar, trip timeline).
LOW_BATTERY_PCT = 15.0


def soc_level(soc: float, reserve_pct: float) -> str:
    """The colour class of a battery level: ``critical`` at or below the reserve (as shown, whole %), ``low``
    below :data:`LOW_BATTERY_PCT`, else ``good``."""
    if soc < reserve_pct + 0.5:
        return "critical"
    if soc < LOW_BATTERY_PCT:
        return "low"
    return "good"


_CACHE_RANGES = {"cache_searches": (1, 100_000), "cache_models": (1, 64)}

_RANGES = {
    "reserve_pct": (0.0, 50.0),
    "arrival_pct": (0.0, 100.0),
    "charge_limit_pct": (20.0, 100.0),
    "min_power_kw": (0.0, 400.0),
}


def validate(key: str, value: Any) -> Any:
    """The normalised value for ``key``, or ValueError with the reason."""
    if key == "vehicle_id":
        if not isinstance(value, str) or not (1 <= len(value) <= 64) or not all(c.isalnum() or c == "-" for c in value):
            raise ValueError(f"invalid vehicle id {value!r}")
        return value
    if key in _RANGES:
        lo, hi = _RANGES[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
            raise ValueError(f"{key} must be a number, got {value!r}")
        if not lo <= value <= hi:
            raise ValueError(f"{key} = {value!r} is outside {lo:g} … {hi:g}")
        return float(value)
    if key in _CACHE_RANGES:
        lo, hi = _CACHE_RANGES[key]
        if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
            raise ValueError(f"{key} must be a whole number, got {value!r}")
        if not lo <= value <= hi:
            raise ValueError(f"{key} = {value!r} is outside {lo} … {hi}")
        return int(value)
    if key == "plugs":
        if not isinstance(value, list | tuple) or not all(isinstance(p, str) and p in PLUGS for p in value):
            raise ValueError(f"plugs must be a list of {', '.join(PLUGS)}")
        return tuple(dict.fromkeys(value))
    raise ValueError(f"unknown setting {key!r}")


class SettingsStore:
    """Key/value table ``ev_settings`` in a SQLite file (WAL); thread-safe, one connection."""

    def __init__(self, path: str | Path) -> None:
        """Open (or create) the database at ``path`` (``":memory:"`` for tests)."""
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS ev_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        self._db.commit()

    def load(self) -> EvSettings:
        """Stored settings over the defaults; bad stored values are skipped with a log line."""
        with self._lock:
            rows = self._db.execute("SELECT key, value FROM ev_settings").fetchall()
        values: dict[str, Any] = {}
        for key, raw in rows:
            try:
                values[key] = validate(key, json.loads(raw))
            except (ValueError, TypeError) as exc:
                log.warning("ev settings: ignoring stored %s: %s", key, exc)
        return replace(EvSettings(), **values)

    def set(self, key: str, value: Any) -> EvSettings:
        """Validate and store one setting; returns the settings after the change (ValueError if invalid)."""
        v = validate(key, value)
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO ev_settings (key, value) VALUES (?, ?)",
                (key, json.dumps(list(v) if isinstance(v, tuple) else v)),
            )
            self._db.commit()
        return self.load()

    def save(self, settings: EvSettings) -> None:
        """Store every field of ``settings``."""
        for key, value in asdict(settings).items():
            self.set(key, value)

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()


def default_path() -> Path:
    """``~/.local/share/hmi/ev-settings.sqlite3``."""
    return Path.home() / ".local" / "share" / "hmi" / "ev-settings.sqlite3"
