"""The languages the HMI ships (one source of truth for settings, catalogs and the Settings page)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    """A shipped UI language."""

    code: str  # the setting value and the .ts/.qm file suffix
    native: str  # its name in its own language, as the Settings page lists it
    locale: str  # QLocale name used for number formats (the region we ship it in)


#: Shipped languages: English first (the source language), then one per shipped region.
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "en_GB"),
    Language("de", "Deutsch", "de_LI"),  # Liechtenstein
    Language("fr", "Français", "fr_MC"),  # Monaco
    Language("ca", "Català", "ca_AD"),  # Andorra
)
CODES = tuple(lang.code for lang in LANGUAGES)
BY_CODE = {lang.code: lang for lang in LANGUAGES}

#: Designers' pseudo-locale: every string 40 % longer with accents, to find clipped layouts.
PSEUDO = Language("pseudo", "Pseudo (+40 %)", "en_GB")
