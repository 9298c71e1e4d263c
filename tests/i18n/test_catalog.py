"""Translation catalogs: lupdate/lrelease through hmi.i18n.catalog, completeness of the shipped languages."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from hmi.i18n import catalog
from hmi.i18n.languages import CODES, LANGUAGES, PSEUDO

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>health</name>
  <message><source>Tyre {tyre} low</source><translation>Reifen {tyre} niedrig</translation></message>
  <message><source>{n} km left</source><translation>noch {km} km</translation></message>
  <message><source>Waiting</source><translation type="unfinished"></translation></message>
  <message><source>Gone</source><translation type="vanished">Weg</translation></message>
  <message numerus="yes"><source>%n stops</source>
    <translation><numerusform>%n Stopp</numerusform><numerusform></numerusform></translation></message>
  <message><source>Battery %1</source><translation>Akku</translation></message>
</context>
</TS>
"""


def test_pseudo_locale_is_40_percent_longer_and_keeps_placeholders() -> None:
    for source in ["Start", "Turn left onto {street}", "{rate:.1f} kPa a day", "+%n more", "Battery %1 of %2",
                   "Software update available — install tonight?"]:  # fmt: skip
        text = catalog.pseudo(source)
        visible = len(catalog.PLACEHOLDER.sub("", source))
        assert len(catalog.PLACEHOLDER.sub("", text)) >= visible * 1.4, (source, text)
        assert catalog.placeholders(text) == catalog.placeholders(source)
        assert text.startswith("[") and text.endswith("]")  # clipping shows at either end
    assert catalog.pseudo("Start") != "Start" and "å" in catalog.pseudo("Start")


def test_check_finds_untranslated_and_placeholder_errors(tmp_path: Path) -> None:
    ts = tmp_path / "hmi_de.ts"
    ts.write_text(TS, encoding="utf-8")
    report = catalog.check(ts)
    assert report.lang == "de" and report.total == 5 and not report.complete
    assert any("Waiting" in u for u in report.unfinished)
    assert any("%n stops" in u for u in report.unfinished)  # one plural form empty
    assert len(report.placeholder_errors) == 2
    assert any("{km}" in e for e in report.placeholder_errors) and any(
        "Battery" in e for e in report.placeholder_errors
    )


@pytest.mark.parametrize("content", ["<TS><context>", "not xml at all \x00", ""])
def test_check_rejects_unreadable_catalogs(tmp_path: Path, content: str) -> None:
    ts = tmp_path / "hmi_de.ts"
    ts.write_text(content, encoding="utf-8")
    with pytest.raises(catalog.CatalogError, match="unreadable"):
        catalog.check(ts)


def test_build_compiles_every_language_and_the_pseudo_locale(tmp_path: Path, qapp) -> None:
    from PySide6.QtCore import QTranslator

    out = tmp_path / "qm"
    built = catalog.build(qm_dir=out)
    assert sorted(p.name for p in built) == sorted(f"hmi_{c}.qm" for c in (*catalog.TRANSLATED, PSEUDO.code))
    pseudo = QTranslator()
    assert pseudo.load(str(catalog.qm_path(PSEUDO.code, out)))
    # Both QML strings and Python templates (lupdate skips .py files in folders: they are passed by name).
    assert pseudo.translate("ota", "Software update available").startswith("[Šöftwåré")
    assert pseudo.translate("Main", "Settings").startswith("[Šéttîñgš")
    german = QTranslator()
    assert german.load(str(catalog.qm_path("de", out)))
    assert german.translate("ota", "Software update available") not in ("", "Software update available")
    assert not catalog.stale(qm_dir=out)


def test_ensure_built_rebuilds_stale_catalogs_and_reports_failure(tmp_path: Path) -> None:
    ts_dir, out = tmp_path / "ts", tmp_path / "qm"
    shutil.copytree(catalog.TS_DIR, ts_dir)
    assert catalog.ensure_built(ts_dir, out) and not catalog.stale(ts_dir, out)
    de = catalog.qm_path("de", out)
    old = de.stat().st_mtime
    os.utime(catalog.ts_path("de", ts_dir), (old + 10, old + 10))  # a translator saved the .ts
    assert catalog.stale(ts_dir, out) and catalog.stale(ts_dir, out, "de")
    assert not catalog.stale(ts_dir, out, "fr")  # switching to French need not rebuild
    assert catalog.ensure_built(ts_dir, out, "de") and de.stat().st_mtime > old
    catalog.ts_path("fr", ts_dir).write_text("<TS><broken", encoding="utf-8")
    os.utime(catalog.ts_path("fr", ts_dir), (old + 20, old + 20))
    assert catalog.ensure_built(ts_dir, out) is False  # logged, the app carries on in English


def test_shipped_languages_are_listed_once() -> None:
    assert CODES[0] == "en" and len(set(CODES)) == len(CODES) == len(LANGUAGES)
    assert {"de", "fr", "ca"} <= set(CODES) and PSEUDO.code not in CODES
    for lang in catalog.TRANSLATED:
        assert catalog.ts_path(lang).exists(), f"{lang}: no translation source"


def test_every_shipped_translation_is_complete() -> None:
    """lupdate on copies of the catalogs: strings added to the code since the last translation count too."""
    reports = catalog.check_against_sources()
    assert [r.lang for r in reports] == list(catalog.TRANSLATED)
    for report in reports:
        assert report.total > 300, f"{report.lang}: only {report.total} messages"
        problems = report.unfinished[:15] + report.placeholder_errors[:15]
        assert report.complete, f"{report.lang}: {len(report.unfinished)} untranslated, " + "\n".join(problems)


def test_no_user_visible_literal_escapes_qstr_in_qml() -> None:
    """A `text:` bound to a bare string literal would never be translated."""
    offenders = []
    for path in sorted((catalog.REPO_ROOT / "qml").rglob("*.qml")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            m = re.search(r"\b(text|title|label|placeholderText)\s*:\s*\"([^\"]*[A-Za-z]{2}[^\"]*)\"", line)
            if m:
                offenders.append(f"{path.name}:{n}: {m.group(2)!r}")
    assert not offenders, "\n".join(offenders)


def test_cli_check_and_language_option() -> None:
    import subprocess
    import sys

    hmi = [sys.executable, "-m", "hmi"]
    res = subprocess.run([*hmi, "i18n", "check"], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr
    assert [line.split(":")[0] for line in res.stdout.splitlines() if "messages" in line] == list(catalog.TRANSLATED)
    bad = subprocess.run([*hmi, "screenshot", "--language", "klingon", "-o", "/tmp/x.png"], capture_output=True,
                         text=True, timeout=60)  # fmt: skip
    assert bad.returncode == 2 and "klingon" in bad.stderr and "pseudo" in bad.stderr


def test_a_damaged_catalog_keeps_english_and_says_so(tmp_path: Path, qapp, caplog) -> None:
    from PySide6.QtCore import QCoreApplication

    from hmi.ui.translator import I18n, formats, tr

    out = tmp_path / "qm"
    out.mkdir()
    for code in (*catalog.TRANSLATED, PSEUDO.code):
        catalog.qm_path(code, out).write_bytes(b"\x00\xffnot a catalog" * 50)  # newer than the sources: not rebuilt
    i18n = I18n(qm_dir=out)
    try:
        assert i18n.apply("de", "imperial", "F", "psi", False) is False
        assert i18n.language == "en" and "cannot load" in caplog.text
        assert QCoreApplication.translate("Main", "Settings") == "Settings"
        assert formats().system == "imperial" and formats().temperature_unit == "F"  # the units still apply
        assert tr("plain") == "plain"
    finally:
        i18n.release()
    assert formats().system == "metric"
