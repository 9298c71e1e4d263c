"""Internationalisation: translatable texts made in plain Python, translated by Qt's translation system.

* :func:`QT_TRANSLATE_NOOP` marks a template for ``lupdate`` (it returns the template unchanged).
* :class:`Text` is English text that remembers its template and arguments, so a Qt adapter can render it
  again in the driver's language and units (:func:`hmi.ui.translator.tr`) at any time.
* :mod:`hmi.i18n.catalog` runs PySide6's ``lupdate``/``lrelease`` (``.ts`` sources → ``.qm`` at build time).
"""

from hmi.i18n.languages import LANGUAGES, PSEUDO
from hmi.i18n.text import QT_TRANSLATE_NOOP, Quantity, Text, render

__all__ = ["LANGUAGES", "PSEUDO", "QT_TRANSLATE_NOOP", "Quantity", "Text", "render"]
