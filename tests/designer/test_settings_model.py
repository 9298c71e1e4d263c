"""The ``settings`` Qt adapter: language, units, text size; bad values from QML are refused (no app, no QML)."""

from __future__ import annotations

import pytest

from hmi.i18n.languages import LANGUAGES
from hmi.settings import TEXT_SCALES, SettingsStore
from hmi.ui.settings_model import SettingsModel


@pytest.fixture
def model(qapp, tmp_path):
    store = SettingsStore(tmp_path / "settings.sqlite")
    m = SettingsModel(store, lambda: (None, None), "127.0.0.1:1883")
    yield m
    m.deleteLater()
    store.close()


def test_new_settings_change_notify_and_persist(model, qtbot, tmp_path) -> None:
    heard: list[str] = []
    model.on_change(heard.append)
    assert (model.language, model.temperatureUnit, model.pressureUnit, model.textSize) == ("en", "C", "bar", "normal")
    assert model.textScale == 1.0
    with qtbot.waitSignal(model.changed, timeout=1_000):
        model.setLanguage("de")
    model.setTemperatureUnit("F")
    model.setPressureUnit("kPa")
    model.setTextSize("larger")
    model.setLanguage("pseudo")  # the designers' pseudo-locale is a valid setting (not listed on the page)
    assert heard == ["language", "temperature", "pressure", "textSize", "language"]
    assert (model.language, model.temperatureUnit, model.pressureUnit, model.textSize) == (
        "pseudo",
        "F",
        "kPa",
        "larger",
    )
    assert model.textScale == TEXT_SCALES["larger"]
    model.setPressureUnit("kPa")
    assert heard[-1] == "language", "setting the same value again is not a change"
    again = SettingsStore(tmp_path / "settings.sqlite")
    assert (again.get("temperature"), again.get("pressure"), again.get("textSize")) == ("F", "kPa", "larger")
    again.close()


@pytest.mark.parametrize(
    ("slot", "value", "prop", "kept"),
    [
        ("setLanguage", "xx", "language", "en"),
        ("setLanguage", "", "language", "en"),
        ("setLanguage", "de\u0000", "language", "en"),
        ("setLanguage", "Deutsch", "language", "en"),
        ("setTemperatureUnit", "K", "temperatureUnit", "C"),
        ("setTemperatureUnit", "f", "temperatureUnit", "C"),
        ("setPressureUnit", "atm", "pressureUnit", "bar"),
        ("setPressureUnit", "x" * 10_000, "pressureUnit", "bar"),
        ("setTextSize", "huge", "textSize", "normal"),
        ("setUnits", "parsecs", "units", "metric"),
    ],
)
def test_bad_values_from_qml_are_refused(model, slot, value, prop, kept) -> None:
    heard: list[str] = []
    model.on_change(heard.append)
    getattr(model, slot)(value)
    assert getattr(model, prop) == kept and heard == []


def test_languages_offered_by_their_own_names_without_the_pseudo_locale(model) -> None:
    offered = model.languages
    assert [entry["code"] for entry in offered] == [lang.code for lang in LANGUAGES] == ["en", "de", "fr", "ca"]
    assert [entry["name"] for entry in offered] == ["English", "Deutsch", "Français", "Català"]
    assert all(set(entry) == {"code", "name"} for entry in offered)
