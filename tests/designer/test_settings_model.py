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


def _noon_and_midnight_longitudes() -> tuple[float, float]:
    """Longitudes (on the equator) where it is about noon and about midnight now: the sun stands over
    15° per hour west of Greenwich after 12:00 UTC (an oracle independent of ``hmi.daylight``)."""
    import time

    utc = time.gmtime()
    hours = utc.tm_hour + utc.tm_min / 60
    noon = ((12 - hours) * 15 + 180) % 360 - 180
    midnight = (noon + 360) % 360 - 180
    return noon, midnight


def test_automatic_theme_is_right_before_the_first_fix_and_follows_the_first_fix_at_once(qapp, tmp_path) -> None:
    noon, midnight = _noon_and_midnight_longitudes()
    position: list[float | None] = [None, None]
    store = SettingsStore(tmp_path / "settings.sqlite")
    model = SettingsModel(store, lambda: (position[0], position[1]), "127.0.0.1:1883")
    position[:] = [0.0, midnight]
    model.position_known()  # no minute-long wait for the refresh timer
    assert model.night
    position[:] = [0.0, noon]
    model.position_known()
    assert not model.night
    position[:] = [0.0, midnight]
    model.position_known()
    model.deleteLater()
    store.close()
    # The next start, before the agent sends a position: the remembered one decides the first frame.
    store = SettingsStore(tmp_path / "settings.sqlite")
    again = SettingsModel(store, lambda: (None, None), "127.0.0.1:1883")
    assert again.night
    assert store.get("lastLon") == round(midnight, 1)
    again.deleteLater()
    store.close()
