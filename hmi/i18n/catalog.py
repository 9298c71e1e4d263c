"""Translation catalogs: PySide6's ``lupdate`` extracts, ``lrelease`` compiles (plain Python, no Qt import).

* Sources: ``assets/i18n/hmi_<lang>.ts`` (Qt Linguist XML, checked in, edited by translators).
* Build output: ``build/i18n/hmi_<lang>.qm`` plus ``hmi_pseudo.qm``, the designers' pseudo-locale
  (every source string 40 % longer with accented letters, to find clipped layouts). Compiled files are never
  checked in; :func:`ensure_built` rebuilds them when missing or older than their sources (``run.sh`` and
  the app's start-up call it, it costs one ``stat`` per file when nothing changed).
"""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from hmi.i18n.languages import CODES, PSEUDO

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parents[2]
TS_DIR = REPO_ROOT / "assets" / "i18n"
QM_DIR = REPO_ROOT / "build" / "i18n"
#: What lupdate scans: the QML and the Python package (QT_TRANSLATE_NOOP templates).
SOURCES = ("qml", "hmi")
EXTENSIONS = "qml,js,py"
_SUFFIXES = tuple(f".{ext}" for ext in EXTENSIONS.split(","))


def source_args() -> list[str]:
    """lupdate's inputs: the QML folder, and every Python file by name — given a folder, lupdate
    only looks for QML/JS in it, whatever ``-extensions`` says."""
    py = sorted(str(p.relative_to(REPO_ROOT)) for p in (REPO_ROOT / "hmi").rglob("*.py"))
    return ["qml", *py]


#: Languages with a catalog (English is the source language and needs none).
TRANSLATED = tuple(c for c in CODES if c != "en")

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%L?\d+")


class CatalogError(RuntimeError):
    """A catalog could not be extracted or compiled (message says which and why)."""


def ts_path(lang: str, ts_dir: Path = TS_DIR) -> Path:
    """The translation source of ``lang``."""
    return ts_dir / f"hmi_{lang}.ts"


def qm_path(lang: str, qm_dir: Path = QM_DIR) -> Path:
    """The compiled catalog of ``lang``."""
    return qm_dir / f"hmi_{lang}.qm"


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    found = str(exe) if exe.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise CatalogError(f"pyside6-{name} not found (is PySide6 installed in this environment?)")
    return found


def _run(args: list[str]) -> str:
    proc = subprocess.run(args, cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        raise CatalogError(f"{Path(args[0]).name} failed: {(proc.stderr or proc.stdout).strip()[-500:]}")
    return proc.stdout + proc.stderr


def update(langs: tuple[str, ...] = TRANSLATED, ts_dir: Path = TS_DIR, *, drop_obsolete: bool = True) -> str:
    """Run lupdate: add new source strings to each ``.ts`` (keeping translations), drop vanished ones."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    out = []
    for lang in langs:
        args = [_tool("lupdate"), *source_args(), "-extensions", EXTENSIONS, "-locations", "absolute"]
        args += ["-target-language", lang, "-ts", str(ts_path(lang, ts_dir))]
        out.append(_run(args + (["-no-obsolete"] if drop_obsolete else [])))
    return "".join(out)


# ---------------------------------------------------------------------------------------------- pseudo-locale
_ACCENTS = str.maketrans("AaCcEeIiNnOoSsUuYyZz", "ÅåÇçÉéÎîÑñÖöŠšÛûÝýŽž")


def pseudo(text: str) -> str:
    """``text`` accented and 40 % longer, placeholders untouched: ``Start`` → ``[Šţårţ ~~]``-style."""
    parts, pos = [], 0
    for m in PLACEHOLDER.finditer(text):
        parts.append(text[pos : m.start()].translate(_ACCENTS))
        parts.append(m.group(0))
        pos = m.end()
    parts.append(text[pos:].translate(_ACCENTS))
    body = "".join(parts)
    visible = len(PLACEHOLDER.sub("", text))
    pad = max(1, round(visible * 0.4) - 2)  # the brackets count towards the 40 %
    # Pad with word-like chunks so long strings can still wrap where real translations would.
    filler = " ".join("ẋẋẋẋẋẋ"[: min(6, pad - i)] for i in range(0, pad, 7))
    return f"[{body} {filler}]" if " " in text.strip() else f"[{body}{filler.replace(' ', '')}]"


def _pseudo_ts(source_ts: Path, out_ts: Path) -> None:
    tree = ET.parse(source_ts)
    root = tree.getroot()
    root.set("language", "en")
    for msg in root.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        tr.attrib.pop("type", None)
        for child in list(tr):
            tr.remove(child)
        if msg.get("numerus") == "yes":
            tr.text = None
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = pseudo(src)
        else:
            tr.text = pseudo(src)
    tree.write(out_ts, encoding="utf-8", xml_declaration=True)


# ---------------------------------------------------------------------------------------------- build
def build(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR, langs: tuple[str, ...] = TRANSLATED) -> list[Path]:
    """Compile every ``.ts`` with lrelease and generate the pseudo-locale; returns the ``.qm`` files."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    built = []
    for lang in langs:
        src = ts_path(lang, ts_dir)
        if not src.exists():
            raise CatalogError(f"{src}: missing translation source")
        _run([_tool("lrelease"), "-silent", str(src), "-qm", str(qm_path(lang, qm_dir))])
        built.append(qm_path(lang, qm_dir))
    with tempfile.TemporaryDirectory(prefix="hmi-pseudo-") as tmp:
        # The pseudo catalog covers the sources as they are now, not only what translators have seen.
        raw = Path(tmp) / "raw.ts"
        _run([_tool("lupdate"), *source_args(), "-extensions", EXTENSIONS, "-silent", "-ts", str(raw)])
        _pseudo_ts(raw, Path(tmp) / "pseudo.ts")
        _run([_tool("lrelease"), "-silent", str(Path(tmp) / "pseudo.ts"), "-qm", str(qm_path(PSEUDO.code, qm_dir))])
    built.append(qm_path(PSEUDO.code, qm_dir))
    return built


def _newest_source() -> float:
    newest = 0.0
    for top in SOURCES:
        for path in (REPO_ROOT / top).rglob("*"):
            if path.suffix in _SUFFIXES and "__pycache__" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    return newest


def stale(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR, lang: str | None = None) -> bool:
    """True when a ``.qm`` is missing or older than its ``.ts`` (the pseudo one: than any source file);
    ``lang`` checks that catalog only (the app switching language need not walk the sources)."""
    for code in TRANSLATED if lang is None else (lang,) if lang in TRANSLATED else ():
        qm, ts = qm_path(code, qm_dir), ts_path(code, ts_dir)
        if not qm.exists() or (ts.exists() and ts.stat().st_mtime > qm.stat().st_mtime):
            return True
    if lang not in (None, PSEUDO.code):
        return False
    pseudo = qm_path(PSEUDO.code, qm_dir)
    return not pseudo.exists() or _newest_source() > pseudo.stat().st_mtime


def ensure_built(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR, lang: str | None = None) -> bool:
    """Build the catalogs if they (or ``lang``'s) are missing or stale; False (logged) if that is impossible."""
    try:
        if stale(ts_dir, qm_dir, lang):
            log.info("i18n: compiling translation catalogs into %s", qm_dir)
            build(ts_dir, qm_dir)
        return True
    except (CatalogError, OSError, subprocess.SubprocessError) as exc:
        log.error("i18n: cannot build translation catalogs: %s", exc)
        return False


# ---------------------------------------------------------------------------------------------- checks
@dataclass
class Report:
    """Completeness of one catalog."""

    lang: str
    total: int = 0
    unfinished: list[str] = field(default_factory=list)
    placeholder_errors: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Every message translated with the same placeholders as its source."""
        return not self.unfinished and not self.placeholder_errors


def placeholders(text: str) -> list[str]:
    """The placeholders of a source or translation, sorted (``{name}``, ``{rate:.1f}``, ``%1``, ``%n``)."""
    return sorted(PLACEHOLDER.findall(text))


def check(ts: Path, lang: str = "") -> Report:
    """Parse a ``.ts`` file (untrusted XML) and list untranslated messages and placeholder mismatches."""
    report = Report(lang or ts.stem.removeprefix("hmi_"))
    try:
        root = ET.parse(ts).getroot()
    except (ET.ParseError, OSError) as exc:
        raise CatalogError(f"{ts}: unreadable catalog: {exc}") from exc
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") in ("obsolete", "vanished"):
                continue
            report.total += 1
            src = msg.findtext("source") or ""
            where = f"{name}: {src!r}"
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            texts = forms if msg.get("numerus") == "yes" else [(tr.text or "") if tr is not None else ""]
            if tr is None or tr.get("type") == "unfinished" or not all(t.strip() for t in texts):
                report.unfinished.append(where)
                continue
            want = [p for p in placeholders(src) if p != "%n"]
            for text in texts:
                got = [p for p in placeholders(text) if p != "%n"]
                if got != want:
                    report.placeholder_errors.append(f"{where} → {text!r}: placeholders {got} ≠ {want}")
    return report


def check_against_sources(langs: tuple[str, ...] = TRANSLATED, ts_dir: Path = TS_DIR) -> list[Report]:
    """Run lupdate on copies of the catalogs (the checked-in files stay untouched) and check each copy,
    so strings added to the code since the last translation count as unfinished."""
    reports = []
    with tempfile.TemporaryDirectory(prefix="hmi-ts-") as tmp:
        for lang in langs:
            shutil.copy(ts_path(lang, ts_dir), Path(tmp) / f"hmi_{lang}.ts")
        update(langs, Path(tmp))
        for lang in langs:
            reports.append(check(ts_path(lang, Path(tmp)), lang))
    return reports
