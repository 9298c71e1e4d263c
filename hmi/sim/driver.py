"""The simulated driver's hands: the scenario steps a driver takes on the HMI's screen (``DRIVER_ACTIONS`` in
``hmi.sim.scenario``) — tap Go on the phone's destination, tap a button, open a page or a charger's card,
scroll to a card, change a setting.

Each step acts through the real UI where a finger would (a mouse click at the item's centre through the
window; a tap on the charger's icon on the map) and through the same slots the pages call otherwise; then it
waits, on the app's asyncio (qasync) loop, until what the driver would wait for is on screen: the route after
Go, the card after a tap. A step whose target never appears raises :class:`DriverError` naming the step.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from hmi.sim.scenario import Event

if TYPE_CHECKING:
    from PySide6.QtQuick import QQuickItem

    from hmi.sim.agent import SimAgent
    from hmi.ui.app import HmiApp

log = logging.getLogger(__name__)

#: How long a step waits for its target or its result.
STEP_TIMEOUT_S = 30.0
#: The Navigate page searches this long after the last key (its search-as-you-type delay is 350 ms).
SEARCH_PAUSE_S = 0.5
#: An item scrolled into view keeps this gap to the top of its scrolling area.
SCROLL_MARGIN_PX = 20
#: A long press: held this long (the keyboard's hold interval is 450 ms).
HOLD_S = 0.8
#: Zoom at which the driver looks for a charger to tap it.
CHARGER_ZOOM = 16.0
#: The slot each ``setting`` key is set with: driver settings on ``app.settings``, trip settings on ``app.trip``.
SETTING_SLOTS = {
    "theme": ("settings", "setTheme"),
    "units": ("settings", "setUnits"),
    "temperature": ("settings", "setTemperatureUnit"),
    "pressure": ("settings", "setPressureUnit"),
    "clock24": ("settings", "setClock24"),
    "language": ("settings", "setLanguage"),
    "textSize": ("settings", "setTextSize"),
    "vehicle_id": ("trip", "setVehicleId"),
    "reserve_pct": ("trip", "setReservePct"),
    "arrival_pct": ("trip", "setArrivalPct"),
    "charge_limit_pct": ("trip", "setChargeLimitPct"),
    "min_power_kw": ("trip", "setMinPowerKw"),
    "plugs": ("trip", "setPlugs"),
}


class DriverError(RuntimeError):
    """A driver step could not be done; the message says which and why."""


async def until(cond: Callable[[], Any], what: str, timeout_s: float = STEP_TIMEOUT_S) -> Any:
    """Wait (on the event loop) until ``cond()`` is truthy; its value, or DriverError naming ``what``."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = cond()
        if value:
            return value
        if time.monotonic() > deadline:
            raise DriverError(f"waited {timeout_s:.0f} s for {what}")
        await asyncio.sleep(0.02)


def item(app: HmiApp, name: str) -> QQuickItem | None:
    """The visible QML item with objectName ``name`` (None while missing or hidden)."""
    found = app.find(name)
    return found if found is not None and found.isVisible() and found.isEnabled() else None


def scrolling_area(item: QQuickItem) -> QQuickItem | None:
    """The nearest Flickable that ``item`` scrolls in, or None."""
    flick = item.parentItem()
    while flick is not None and not flick.inherits("QQuickFlickable"):
        flick = flick.parentItem()
    return flick


def scroll_step(target: QQuickItem) -> bool:
    """One step of bringing ``target`` into view in its scrolling area (a Flickable); True when it is shown
    (or, when taller than the area, its top is) or it is in no scrolling area. Layouts settle over a frame or
    two, so callers repeat it."""
    flick = scrolling_area(target)
    if flick is None:
        return True
    from PySide6.QtCore import QPointF

    y = target.mapToItem(flick, QPointF(0, 0)).y()
    fits = target.height() <= flick.height()
    if y >= 0 and (y + target.height() <= flick.height() if fits else y <= SCROLL_MARGIN_PX):
        return True
    limit = max(0.0, flick.property("contentHeight") - flick.height())
    if not fits and flick.property("contentY") >= limit:
        return True  # a tall item at the end of the area: scrolled as far as it goes
    flick.setProperty("contentY", max(0.0, min(flick.property("contentY") + y - SCROLL_MARGIN_PX, limit)))
    return False


async def scroll_into_view(app: HmiApp, name: str) -> QQuickItem:
    """Scroll the item ``name`` into view (waiting for it to show); returns it."""
    target = await until(lambda: item(app, name), f"{name!r} to show")
    for _ in range(8):
        if scroll_step(target):
            return target
        await asyncio.sleep(0.05)
    raise DriverError(f"could not scroll {name!r} into view")


def _mouse(app: HmiApp, kind: str, x: float, y: float) -> None:
    """Deliver a mouse press or release at window pixel (x, y) straight to the window.

    ``sendEvent``, not QTest: QTest's helpers process pending events themselves, which under qasync would run
    other tasks inside the one performing the step.
    """
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QGuiApplication, QMouseEvent

    pos = QPointF(x, y)
    etype = QMouseEvent.Type.MouseButtonPress if kind == "press" else QMouseEvent.Type.MouseButtonRelease
    buttons = Qt.MouseButton.LeftButton if kind == "press" else Qt.MouseButton.NoButton
    event = QMouseEvent(
        etype, pos, app.window.mapToGlobal(pos), Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
    )
    QGuiApplication.sendEvent(app.window, event)


def click(app: HmiApp, x: float, y: float) -> None:
    """A finger tap at window pixel (x, y)."""
    _mouse(app, "press", x, y)
    _mouse(app, "release", x, y)


def press(app: HmiApp, x: float, y: float) -> None:
    """A finger put down at window pixel (x, y) and kept there."""
    _mouse(app, "press", x, y)


async def type_text(app: HmiApp, text: str) -> None:
    """Type ``text`` on the on-screen keyboard (tapping the search field first when it is closed)."""
    if item(app, "keyboard") is None:
        await tap(app, "searchField")
        await until(lambda: item(app, "keyboard"), "the on-screen keyboard (is the car moving?)")
    for ch in text:
        await tap(app, "keySpace" if ch == " " else f"key_{ch.lower()}")
        await asyncio.sleep(0.03)  # not a double tap
    await asyncio.sleep(SEARCH_PAUSE_S)  # the page searches once the driver pauses: let that start


async def tap(app: HmiApp, name: str) -> None:
    """Tap the item ``name`` at its centre (waits until it shows and is enabled; scrolls to it)."""
    target = await scroll_into_view(app, name)
    await asyncio.sleep(0.02)  # the layout settles before the item's position is read
    c = target.mapToScene(target.boundingRect().center())
    click(app, c.x(), c.y())


async def route_ready(app: HmiApp, agent: SimAgent | None) -> None:
    """Until guidance runs with its trip plan, and the simulated car has the route to drive it."""
    await until(lambda: app.nav.active and not app.nav.busy, "the route (guidance did not start)")
    await until(lambda: not app.trip.busy, "the trip plan")
    dest = app.nav.destination
    if agent is not None and dest:
        await until(lambda: agent.follows((dest["lat"], dest["lon"])), "the simulated car to take up the route")


async def open_charger(app: HmiApp, query: str) -> None:
    """Find the charger on the map and tap its icon, as a driver would: its card opens."""
    m = app.find("navMap")
    if m is None:
        raise DriverError("open_charger: the map is not on screen")
    app.app.showPage("navigate")
    info = await until(lambda: m.findCharger(query), f"a charger matching {query!r} on the map (is the map loaded?)")
    m.setProperty("follow", False)
    m.setProperty("zoom", max(CHARGER_ZOOM, m.property("zoom")))
    # the charger in the middle of the part of the map no panel covers (where the driver can see and tap it)
    m.setProperty("centerLat", info["lat"])
    m.setProperty("centerLon", info["lon"])
    free = m.property("freeArea").center()
    lat, lon = m.toCoordinate(m.width() - free.x(), m.height() - free.y())
    m.setProperty("centerLat", lat)
    m.setProperty("centerLon", lon)
    await asyncio.sleep(0.1)  # a frame with the map there
    x, y = m.toScreen(info["lat"], info["lon"])
    if m.chargerAt(x, y) != info["id"]:
        raise DriverError(f"open_charger: {info['name']!r} is not tappable on the map")
    from PySide6.QtCore import QPointF

    pos = m.mapToScene(QPointF(x, y))
    click(app, pos.x(), pos.y())
    await until(lambda: item(app, "chargerCard"), f"the card of {info['name']!r}")


def apply_setting(app: HmiApp, key: str, value: Any) -> None:
    """Change a driver or trip setting through the slot its Settings page control calls."""
    model, slot = SETTING_SLOTS[key]
    getattr(getattr(app, model), slot)(value)


async def perform(app: HmiApp, step: Event, agent: SimAgent | None = None) -> None:
    """Do one driver step (see the module docstring); DriverError when it cannot be done."""
    p = step.params
    log.info("driver: %s %s", step.do, p or "")
    if step.do == "accept_destination":
        await until(lambda: app.nav.phoneOffer.get("name"), "the phone's destination offer")
        await tap(app, "phoneOfferGo")
        await route_ready(app, agent)
    elif step.do == "navigate_to":
        app.app.showPage("navigate")
        app.nav.navigateTo(p["name"], p["lat"], p["lon"])
        await route_ready(app, agent)
    elif step.do == "tap":
        await tap(app, p["target"])
    elif step.do == "press":
        target = await scroll_into_view(app, p["target"])
        await asyncio.sleep(0.02)
        c = target.mapToScene(target.boundingRect().center())
        press(app, c.x(), c.y())
        await asyncio.sleep(HOLD_S)  # held past the long-press interval
    elif step.do == "type":
        await type_text(app, p["text"])
    elif step.do == "wait_for":
        text = p.get("text")
        what = f"{p['target']!r} to show" + (f" {text!r}" if text else "")
        await until(lambda: (i := item(app, p["target"])) and (not text or text in str(i.property("text"))), what)
    elif step.do == "open_page":
        app.app.showPage(p["page"])
        await until(lambda: app.app.page == p["page"], f"page {p['page']!r}")
    elif step.do == "open_charger":
        await open_charger(app, p["charger"])
    elif step.do == "show":
        await scroll_into_view(app, p["target"])
    elif step.do == "setting":
        apply_setting(app, p["key"], p["value"])
    else:
        raise DriverError(f"{step.do!r} is not a driver action")
    await until(
        lambda: not app.nav.busy and not app.nav.searching and not app.trip.busy,
        "the HMI to finish what the step started",
    )
