"""The Settings page with the real HMI (QML, offscreen): every choice is a tap and changes the persisted setting;
the text-size setting grows the text but keeps touch targets and layouts intact."""

from __future__ import annotations

import math

import pytest

from hmi.settings import TEXT_SCALES
from hmi.testing.plugin import MIN_TOUCH_PX, find_item, layout_problems, tap

pytestmark = pytest.mark.timeout(120)


def _visible(item, class_prefix: str):
    for child in item.childItems():
        if child.isVisible() and child.opacity() > 0:
            if child.metaObject().className().startswith(class_prefix):
                yield child
            yield from _visible(child, class_prefix)


def text_outside_cards(app, page: str) -> list[str]:
    """Texts that run past the left or right edge of their Card (into a neighbour or off the page)."""
    bad = []
    for card in _visible(find_item(app, f"{page}Page"), "Card_"):
        box = card.mapRectToScene(card.boundingRect())
        for text in _visible(card, "QQuickText"):
            r = text.mapRectToScene(text.boundingRect())
            if text.property("text") and (r.left() < box.left() - 1 or r.right() > box.right() + 1):
                bad.append(f"{page}: {text.property('text')!r} spans {r.left():.0f}…{r.right():.0f}, "
                           f"its card {box.left():.0f}…{box.right():.0f}")  # fmt: skip
    return bad


def _open_settings(app, qtbot) -> None:
    app.app.showPage("settings")
    qtbot.waitUntil(lambda: find_item(app, "settingsPage").isVisible(), timeout=5_000)


def test_every_settings_choice_is_a_tap_that_changes_the_setting(hmi_app, qtbot) -> None:
    app = hmi_app
    _open_settings(app, qtbot)
    # Languages by their own names; the designers' pseudo-locale is not offered to drivers.
    labels = {code: find_item(app, f"languageSelector_{code}") for code in ("en", "de", "fr", "ca")}
    assert [b.property("text") for b in labels.values()] == ["English", "Deutsch", "Français", "Català"]
    assert app.find("languageSelector_pseudo") is None
    taps = [
        ("temperatureSelector_F", "temperature", "F", "temperatureUnit"),
        ("pressureSelector_psi", "pressure", "psi", "pressureUnit"),
        ("pressureSelector_kPa", "pressure", "kPa", "pressureUnit"),
        ("unitsSelector_imperial", "units", "imperial", "units"),
        ("clockSelector_12", "clock24", False, "clock24"),
        ("textSizeSelector_large", "textSize", "large", "textSize"),
        ("themeSelector_night", "theme", "night", "theme"),
        ("languageSelector_fr", "language", "fr", "language"),
    ]
    changed: list[str] = []
    app.settings.on_change(changed.append)
    for name, key, value, prop in taps:
        assert app.settings_store.get(key) != value, f"{key} already {value!r}: the tap would prove nothing"
        tap(qtbot, app, name)
        qtbot.waitUntil(lambda k=key, v=value: app.settings_store.get(k) == v, timeout=5_000)
        assert app.settings.property(prop) == value
        qtbot.waitUntil(lambda n=name: find_item(app, n).property("highlighted") is True, timeout=5_000)
    assert changed == [key for _, key, _, _ in taps], "listeners hear each change once, with its key"
    assert app.settings.property("textScale") == TEXT_SCALES["large"]


def test_text_size_grows_fonts_not_touch_targets_and_pages_still_fit(hmi_app, qtbot) -> None:
    app = hmi_app
    clock = find_item(app, "statusClock")
    normal = clock.property("font").pixelSize()
    app.settings.setTextSize("larger")
    qtbot.waitUntil(lambda: clock.property("font").pixelSize() > normal, timeout=5_000)
    assert clock.property("font").pixelSize() == math.floor(normal * TEXT_SCALES["larger"] + 0.5)  # JS Math.round
    # The largest text on the smallest head unit, both themes: no text off screen, every touch target ≥ 76 px.
    app.resize(1024, 600)
    for theme in ("night", "day"):
        app.settings.setTheme(theme)
        for page in ("navigate", "vehicle", "health", "updates", "settings"):
            app.app.showPage(page)
            qtbot.waitUntil(lambda p=page: find_item(app, f"{p}Page").isVisible(), timeout=5_000)
            qtbot.wait(50)
            assert layout_problems(app) == [], f"{page} at 1024x600 {theme}, larger text"
            assert text_outside_cards(app, page) == [], f"{page} at 1024x600 {theme}, larger text"
    _open_settings(app, qtbot)
    button = find_item(app, "textSizeSelector_normal")
    assert button.height() >= MIN_TOUCH_PX and button.width() >= MIN_TOUCH_PX
    larger = clock.property("font").pixelSize()
    tap(qtbot, app, "textSizeSelector_normal")
    qtbot.waitUntil(lambda: app.settings_store.get("textSize") == "normal", timeout=5_000)
    qtbot.waitUntil(lambda: clock.property("font").pixelSize() < larger, timeout=5_000)


def test_vehicle_and_settings_pages_fit_in_long_languages_with_larger_text(hmi_app, agent, qtbot) -> None:
    """German and the +40 % pseudo-locale at 1024×600 with the largest text: nothing runs out of its card."""
    from hmi.link import signals as sig

    app = hmi_app
    for path, value in ((sig.ODOMETER, 123_456.0), (sig.OUTSIDE_TEMP, -12.5), (sig.CABIN_TEMP, 22.5)):
        agent.publish(path, value)
    app.resize(1024, 600)
    app.settings.setTextSize("larger")
    app.settings.setPressureUnit("kPa")  # the widest tyre texts
    for language in ("de", "pseudo"):
        assert app.set_language(language)
        for page in ("vehicle", "settings"):
            app.app.showPage(page)
            qtbot.waitUntil(lambda p=page: find_item(app, f"{p}Page").isVisible(), timeout=5_000)
            qtbot.wait(50)
            assert layout_problems(app) == [], f"{page} in {language}"
            assert text_outside_cards(app, page) == [], f"{page} in {language}"
    assert find_item(app, "odometerValue").property("text") == "123,456 km"  # pseudo keeps English numbers
    assert find_item(app, "tyreFL").property("text").endswith("kPa")
