"""Qt adapter: the UI language and display formats.

Installs the compiled catalog of the chosen language (``QTranslator``), re-evaluates every ``qsTr`` binding
(``QQmlEngine.retranslate``) and keeps the process-wide :class:`hmi.units.Formats` (units from the settings,
decimal/group separators from the language's ``QLocale``). Python adapters render their texts with
:func:`tr` and :func:`formats`; QML formats numbers with ``i18n.fmt(kind, value, i18n.revision)`` — passing
``revision`` is what re-evaluates the binding when a language or unit setting changes.
"""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import Property, QCoreApplication, QLocale, QObject, QTranslator, Signal, Slot
from PySide6.QtQml import QQmlEngine

from hmi.i18n import catalog
from hmi.i18n.languages import BY_CODE, PSEUDO, Language
from hmi.i18n.text import render
from hmi.units import DASH, DEFAULT, QUANTITY_KINDS, Formats

log = logging.getLogger(__name__)

# Qt's translator is process-wide (QCoreApplication), so the formats that go with it are too.
_formats: Formats = DEFAULT
_language = "en"
_NUMBER_KINDS = {"number0": ".0f", "number1": ".1f", "number2": ".2f"}


def _translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def tr(value: Any) -> Any:
    """Render a :class:`hmi.i18n.Text` (or a dict/list holding them) in the current language and formats;
    anything else passes through unchanged."""
    return render(value, _translate, _formats)


def formats() -> Formats:
    """The driver's current unit and number formats."""
    return _formats


def language() -> str:
    """The language the UI is in now (``en``, ``de``, ``fr``, ``ca`` or ``pseudo``)."""
    return _language


def language_info(code: str) -> Language:
    """The shipped language (or the pseudo-locale) for a setting value; unknown codes mean English."""
    return PSEUDO if code == PSEUDO.code else BY_CODE.get(code, BY_CODE["en"])


class I18n(QObject):
    """Language switching and formatting for QML (context property ``i18n``)."""

    changed = Signal()

    def __init__(self, engine: QQmlEngine | None = None, qm_dir: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._engine = engine
        self._qm_dir = qm_dir or catalog.QM_DIR
        self._translator: QTranslator | None = None
        self._language = "en"
        self._revision = 0

    def set_engine(self, engine: QQmlEngine | None) -> None:
        """The engine whose ``qsTr`` bindings follow the language (replaced on live reload)."""
        self._engine = engine

    def apply(
        self,
        language: str,
        system: str = "metric",
        temperature: str = "C",
        pressure: str = "bar",
        clock24: bool = True,
    ) -> bool:
        """Switch language and formats at once; False (logged, English kept) when a catalog cannot load."""
        global _formats, _language
        info = language_info(language)
        ok = self._install(info)
        _language = self._language
        locale = QLocale(info.locale)
        QLocale.setDefault(locale)
        _formats = Formats(
            system=system,
            temperature_unit=temperature,
            pressure_unit=pressure,
            clock24=clock24,
            decimal=locale.decimalPoint(),
            group=locale.groupSeparator(),
        )
        if self._engine is not None:
            self._engine.retranslate()
        self._revision += 1
        self.changed.emit()
        return ok

    def _install(self, info: Language) -> bool:
        if info.code == self._language and (self._translator is not None or info.code == "en"):
            return True
        app = QCoreApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        self._language = "en"
        if info.code == "en":
            return True
        catalog.ensure_built(qm_dir=self._qm_dir, lang=info.code)
        translator = QTranslator(self)
        path = catalog.qm_path(info.code, self._qm_dir)
        if not translator.load(str(path)):
            log.error("i18n: cannot load %s; staying in English", path)
            return False
        app.installTranslator(translator)
        self._translator = translator
        self._language = info.code
        log.info("i18n: language %s (%s)", info.code, info.locale)
        return True

    def release(self) -> None:
        """Remove the installed translator (the app is closing) and reset the process-wide formats."""
        global _formats, _language
        if self._translator is not None:
            QCoreApplication.instance().removeTranslator(self._translator)
            self._translator = None
        self._language = _language = "en"
        QLocale.setDefault(QLocale("en_GB"))
        _formats = DEFAULT

    @Property(int, notify=changed)
    def revision(self) -> int:
        """Increases on every language or format change (pass it to :meth:`fmt` in bindings)."""
        return self._revision

    @Property(str, notify=changed)
    def language(self) -> str:
        """The language in use: ``en``, ``de``, ``fr``, ``ca`` or ``pseudo``."""
        return self._language

    @Property(str, notify=changed)
    def speedUnit(self) -> str:
        """``km/h`` or ``mph``."""
        return _formats.speed_unit()

    @Slot(str, "QVariant", int, result=str)
    def fmt(self, kind: str, value: Any, revision: int = 0) -> str:
        """Format ``value`` as ``kind`` (a quantity kind of :mod:`hmi.units` or ``number0/1/2``)."""
        try:
            if value is None or isinstance(value, bool) or not isinstance(value, int | float):
                return _formats.quantity(kind, None) if kind in QUANTITY_KINDS else DASH
            if kind in _NUMBER_KINDS:
                return _formats.number(value, _NUMBER_KINDS[kind]) if math.isfinite(value) else DASH
            return _formats.quantity(kind, float(value))
        except (ValueError, TypeError, OverflowError):
            log.warning("i18n: cannot format %r as %r", value, kind)
            return DASH
