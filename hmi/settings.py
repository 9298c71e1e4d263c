"""Driver settings persisted in SQLite (plain Python).

One key/value table holding JSON values; every value read back is checked
against its declared choices/range, so a damaged file falls back to defaults
instead of showing garbage.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hmi.i18n.languages import CODES, PSEUDO
from hmi.units import PRESSURE_UNITS, TEMPERATURE_UNITS, UNIT_SYSTEMS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Range:
    """Allowed numeric range of a setting."""

    lo: float
    hi: float


#: Text-size setting → factor applied to every font size (Theme.textScale). The one place for these:
#: "larger" stays modest so every page still fits at 1024×600, also in the +40 % pseudo-locale.
TEXT_SCALES: dict[str, float] = {"normal": 1.0, "large": 1.12, "larger": 1.25}

#: Setting → (default, allowed values as a tuple of choices or a Range).
SETTINGS: dict[str, tuple[Any, tuple[Any, ...] | Range]] = {
    "theme": ("auto", ("day", "night", "auto")),
    "units": ("metric", UNIT_SYSTEMS),  # distances and speeds
    "temperature": ("C", TEMPERATURE_UNITS),
    "pressure": ("bar", PRESSURE_UNITS),
    "clock24": (True, (True, False)),
    # "pseudo" is the designers' pseudo-locale: valid, but not offered on the Settings page.
    "language": ("en", (*CODES, PSEUDO.code)),
    "textSize": ("normal", tuple(TEXT_SCALES)),
    "page": ("navigate", ("navigate", "vehicle", "health", "updates", "settings")),
    # The car's last known position (rounded), so the automatic theme is right on the first frame of the next
    # start, before the agent has sent a position. None until the first fix.
    "lastLat": (None, Range(-90.0, 90.0)),
    "lastLon": (None, Range(-180.0, 180.0)),
}


def data_dir() -> Path:
    """Where the HMI keeps its databases: ``$HMI_DATA_DIR`` or ``~/.local/share/hmi``."""
    env = os.environ.get("HMI_DATA_DIR")
    path = Path(env).expanduser() if env else Path.home() / ".local" / "share" / "hmi"
    path.mkdir(parents=True, exist_ok=True)
    return path


def connect(path: Path) -> sqlite3.Connection:
    """Open an SQLite database the way every HMI store does: WAL, synchronous=NORMAL, busy timeout."""
    db = sqlite3.connect(str(path), timeout=5.0, isolation_level=None, check_same_thread=False)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    return db


def valid(key: str, value: Any) -> bool:
    """True when ``value`` is allowed for setting ``key``."""
    if key not in SETTINGS:
        return False
    allowed = SETTINGS[key][1]
    if isinstance(allowed, Range):
        return isinstance(value, int | float) and not isinstance(value, bool) and allowed.lo <= value <= allowed.hi
    return any(value == a and type(value) is type(a) for a in allowed)


class SettingsStore:
    """Persistent driver settings with defaults and validation."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "settings.sqlite"
        self.db = connect(self.path)
        self.db.execute("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        self.values: dict[str, Any] = {k: d for k, (d, _) in SETTINGS.items()}
        for key, text in self.db.execute("SELECT key, value FROM settings"):
            try:
                value = json.loads(text)
            except (ValueError, TypeError):
                value = None
            if valid(key, value):
                self.values[key] = value
            else:
                log.warning("settings: ignored invalid stored value for %r", key)

    def get(self, key: str) -> Any:
        """Current value of ``key``."""
        return self.values[key]

    def set(self, key: str, value: Any) -> bool:
        """Store ``value`` if valid; returns False (and logs) when it is not."""
        if not valid(key, value):
            log.warning("settings: refused %r for %r", value, key)
            return False
        self.values[key] = value
        self.db.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", (key, json.dumps(value)))
        return True

    def text_scale(self) -> float:
        """The font-size factor of the current ``textSize`` setting."""
        return TEXT_SCALES[self.values["textSize"]]

    def close(self) -> None:
        """Close the database."""
        self.db.close()
