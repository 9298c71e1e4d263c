"""One source for every number: a value shown on two pages (or twice on one) reads the same everywhere.

The values are read from the rendered QML items (their ``text``/``value``), never recomputed with the code that
formats them, across pages, languages and unit systems, while the car's values change.
"""

from __future__ import annotations

import pytest

from hmi.link import signals as sig
from hmi.testing.plugin import find_item

#: (SoC %, range km, state of health %, 12 V battery V) the car reports, one row per step of the test.
READINGS = [(78.4, 192.0, 93.6, 12.6), (41.0, 98.5, 93.4, 12.4), (7.2, 16.9, 92.6, 11.9), (100.0, 241.0, 93.3, 12.7)]


def shown(app, name: str) -> str:
    """What an item shows: a Text's ``text`` or a ValueLabel's ``value``."""
    item = find_item(app, name)
    value = item.property("value")
    return value if isinstance(value, str) else item.property("text")


def pairs(app) -> dict[str, list[str]]:
    """Every fact with the places it is shown."""
    return {
        "charge": [shown(app, "statusSoc"), shown(app, "socValue"), shown(app, "healthSoc")],
        "range": [shown(app, "statusRange"), shown(app, "rangeValue")],
        "battery health": [shown(app, "soh"), shown(app, "healthSoh")],
    }


@pytest.mark.parametrize(("language", "units"), [("en", "metric"), ("de", "imperial"), ("fr", "metric")])
def test_a_value_shown_twice_reads_the_same_everywhere(hmi_app, agent, qtbot, language, units) -> None:
    app = hmi_app
    assert app.set_language(language)
    app.settings.setUnits(units)
    for soc, range_km, soh, lv in READINGS:
        agent.publish(sig.SOC, soc)
        agent.publish(sig.RANGE, range_km * 1000.0)  # the contract's unit is metres
        agent.publish(sig.SOH, soh)
        agent.publish(sig.LV_VOLTAGE, lv)
        # every page's copy follows the car (the health model samples on its own schedule): wait until the
        # status bar shows the new charge, then until every copy of every fact agrees
        percent = str(round(soc))
        for page in ("vehicle", "health", "navigate"):
            app.app.showPage(page)

            def agree(percent: str = percent) -> bool:
                shown_now = pairs(app)
                return percent in shown_now["charge"][0] and all(
                    len(set(p)) == 1 and p[0] not in ("", "–") for p in shown_now.values()
                )

            qtbot.waitUntil(agree, timeout=10_000)
    assert app.set_language("en")
