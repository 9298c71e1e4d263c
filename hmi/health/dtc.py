"""Diagnostic trouble codes: look up SAE J2012 codes in the shipped table.

The table (``assets/dtc_codes.json``) maps a code to its generic text, a severity
(``info``/``warning``/``critical``) and a driver action. A well-formed code that is not
in the table is never dropped: it comes back as "Unknown code P0XYZ" with a cautious
default. A malformed code (not ``^[PCBU][0-9A-F]{4}$``) is rejected with ``DtcError``.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from hmi.i18n import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

# Same pattern as the agent contract (``Vehicle.Diagnostics.DTCList`` items).
CODE_RE = re.compile(r"^[PCBU][0-9A-F]{4}$")
SEVERITIES = ("info", "warning", "critical")
DEFAULT_TABLE = Path(__file__).resolve().parents[2] / "assets" / "dtc_codes.json"
MAX_TABLE_BYTES = 2_000_000

# Translation context of the table's code descriptions and actions (extracted via ``dtc_texts.py``).
CONTEXT = "dtc"

# User-visible strings of this module (context "health"; templates of ``Text`` values).
TEXTS = {
    "unknown": QT_TRANSLATE_NOOP("health", "Unknown code {code}"),
    "unknown_action": QT_TRANSLATE_NOOP("health", "Have the vehicle checked at a service centre"),
    "system_P": QT_TRANSLATE_NOOP("health", "Powertrain"),
    "system_C": QT_TRANSLATE_NOOP("health", "Chassis"),
    "system_B": QT_TRANSLATE_NOOP("health", "Body"),
    "system_U": QT_TRANSLATE_NOOP("health", "Network"),
}


class DtcError(ValueError):
    """A code or a code table entry is malformed."""


@dataclass(frozen=True)
class DtcInfo:
    """What the driver sees for one code."""

    code: str
    text: str
    """A ``Text`` (context "dtc" for table entries)."""
    severity: str
    action: str
    known: bool

    @property
    def system(self) -> Text:
        """Vehicle system from the code's letter (Powertrain, Chassis, Body, Network)."""
        return Text("health", TEXTS["system_" + self.code[0]])


def normalise_code(code: object) -> str:
    """Return ``code`` upper-cased and stripped, or raise ``DtcError`` if it is not a J2012 code."""
    if not isinstance(code, str):
        raise DtcError(f"DTC must be a string, got {type(code).__name__}")
    c = code.strip().upper()
    if not CODE_RE.match(c):
        raise DtcError(f"malformed DTC {code[:16]!r}: expected a letter P/C/B/U and four hex digits")
    return c


class DtcTable:
    """The code table: ``lookup(code) -> DtcInfo``."""

    def __init__(self, entries: dict[str, DtcInfo]):
        self._entries = dict(entries)

    @classmethod
    def load(cls, path: str | Path | None = None) -> DtcTable:
        """Load a table file; bad entries are logged and skipped, a bad file raises ``DtcError``."""
        p = Path(path) if path is not None else DEFAULT_TABLE
        try:
            if p.stat().st_size > MAX_TABLE_BYTES:
                raise DtcError(f"{p}: table larger than {MAX_TABLE_BYTES} bytes")
            doc = json.loads(p.read_bytes().decode("utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DtcError(f"{p}: cannot read DTC table: {exc}") from exc
        rows = doc.get("codes") if isinstance(doc, dict) else None
        if not isinstance(rows, list):
            raise DtcError(f"{p}: no 'codes' list")
        entries: dict[str, DtcInfo] = {}
        for i, row in enumerate(rows):
            try:
                info = _entry(row)
            except DtcError as exc:
                log.warning("%s: entry %d skipped: %s", p, i, exc)
                continue
            entries[info.code] = info
        return cls(entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, code: object) -> bool:
        try:
            return normalise_code(code) in self._entries
        except DtcError:
            return False

    def lookup(self, code: object) -> DtcInfo:
        """Info for ``code``; unknown well-formed codes get "Unknown code …"; malformed raise ``DtcError``."""
        c = normalise_code(code)
        info = self._entries.get(c)
        if info is not None:
            return info
        # Unknown but well-formed: show it, cautiously, never drop it.
        unknown = Text("health", TEXTS["unknown"], code=c)  # the code itself is a name: never translated
        return DtcInfo(c, unknown, "warning", Text("health", TEXTS["unknown_action"]), known=False)

    def lookup_many(self, codes: list[object]) -> list[DtcInfo]:
        """Look up a DTC list; malformed items are logged and skipped, duplicates collapsed, order kept."""
        out: list[DtcInfo] = []
        seen: set[str] = set()
        for code in codes:
            try:
                info = self.lookup(code)
            except DtcError as exc:
                log.warning("DTC list item rejected: %s", exc)
                continue
            if info.code not in seen:
                seen.add(info.code)
                out.append(info)
        return out


def _entry(row: object) -> DtcInfo:
    if not isinstance(row, dict):
        raise DtcError("entry is not an object")
    code = normalise_code(row.get("code"))
    text, severity, action = row.get("text"), row.get("severity"), row.get("action")
    if not isinstance(text, str) or not text.strip() or len(text) > 200:
        raise DtcError(f"{code}: missing or too long 'text'")
    if severity not in SEVERITIES:
        raise DtcError(f"{code}: severity {severity!r} not one of {SEVERITIES}")
    if not isinstance(action, str) or not action.strip() or len(action) > 200:
        raise DtcError(f"{code}: missing or too long 'action'")
    if any(b in s for s in (text, action) for b in "{}"):
        # The texts are translation templates (str.format): a brace would break every language.
        raise DtcError(f"{code}: braces are not allowed in 'text' or 'action'")
    return DtcInfo(code, Text(CONTEXT, text.strip()), severity, Text(CONTEXT, action.strip()), known=True)


def table_texts(path: str | Path | None = None) -> list[tuple[str, str]]:
    """``(source, comment)`` of every translatable string of a table file, without duplicates.

    Code descriptions first (the comment is the code), then the driver actions (comment "action").
    Bad entries are skipped, as by :meth:`DtcTable.load`.
    """
    infos = list(DtcTable.load(path)._entries.values())
    out: dict[str, str] = {}
    for info in infos:
        out.setdefault(info.text.source, info.code)
    for info in infos:
        out.setdefault(info.action.source, "action")
    return list(out.items())
