"""pytest plugin (entry point ``pytest11``): real-broker and real-app fixtures for GUI tests.

Fixtures
--------
``mqtt_broker``  a real mosquitto on a free 127.0.0.1 port, torn down after the test.
``agent``        a simulated onboard agent on that broker, in manual mode: it publishes a
                 full, plausible vehicle state once and then only what the test asks
                 (``agent.publish("Vehicle.Speed", 50)``, ``agent.go_offline()``, ``agent.crash()``).
``hmi_app``      the real HMI (``HmiApp``) wired to that broker, QML loaded, offscreen, connected.
                 A QML warning during the test fails it, and so does app work holding the GUI thread
                 for more than a 60 Hz frame of CPU time (``hmi.testing.frames``; the message names
                 the culprit).
                 ``@pytest.mark.frame_budget_exempt(reason=...)`` switches the frame monitor off for a
                 test that must do startup work on the GUI thread.
``qasync_loop``  the session's asyncio loop on top of Qt (one per session: a fresh one per
                 test breaks the next test).

Helpers: ``find_item``, ``wait_for_property``, ``wait_until_value`` and ``grab``.
"""

from __future__ import annotations

import asyncio
import fcntl
import gc
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from hmi.broker import Mosquitto
from hmi.link.config import BrokerConfig

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config: pytest.Config) -> None:
    """Register the ``frame_budget_exempt`` marker, and import every ``hmi`` module now, before any test starts a
    thread.

    pytest rewrites the asserts of every module of the distribution that registers this plugin, so each ``hmi``
    module is parsed to an AST when first imported. On CPython 3.11 up to 3.11.7 that parse can fail at random
    with ``SystemError: AST constructor recursion depth mismatch`` (CPython gh-106905) when it happens deep in a
    fixture while paho and simulator threads run; importing everything here (about a second) parses each module
    once, at a shallow stack with no other thread.
    """
    import importlib
    import pkgutil

    import hmi

    config.addinivalue_line(
        "markers",
        "frame_budget_exempt(reason): the hmi_app frame monitor is off for this test (reason required)",
    )
    for module in pkgutil.walk_packages(hmi.__path__, "hmi."):
        if module.name.endswith("__main__"):
            continue
        try:
            importlib.import_module(module.name)
        except ImportError:
            pass  # an optional dependency is missing: whatever uses that module reports it


#: Default timeout (ms) of every wait helper.
WAIT_MS = 10_000

#: The frame monitor of the running test's ``hmi_app`` (checked when the test body returns).
_monitors: dict[str, Any] = {}


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    """After the test body: fail the test when its app held the GUI thread for longer than a frame."""
    result = yield
    monitor = _monitors.get(item.nodeid)
    if monitor is not None and monitor.over():
        survey = os.environ.get("HMI_FRAME_LOG")
        if not survey:
            pytest.fail(monitor.report(), pytrace=False)
        with open(survey, "a", encoding="utf-8") as log:
            log.write(f"## {item.nodeid}\n{monitor.report()}\n\n")
    return result


@pytest.fixture
def mqtt_broker() -> Iterator[Mosquitto]:
    """A real mosquitto on a free 127.0.0.1 port, torn down after the test."""
    broker = Mosquitto().start()
    try:
        yield broker
    finally:
        broker.close()


@pytest.fixture
def broker_config(mqtt_broker: Mosquitto) -> BrokerConfig:
    """Connection settings for ``mqtt_broker``."""
    return BrokerConfig(mqtt_broker.host, mqtt_broker.port)


@pytest.fixture
def agent(broker_config: BrokerConfig):
    """A connected simulated agent in manual mode (nothing moves unless the test says so)."""
    from hmi.sim.agent import SimAgent

    sim = SimAgent(broker_config, client_id=f"test-agent-{os.getpid()}").connect()
    try:
        yield sim
    finally:
        sim.stop()
        try:
            sim.disconnect()
        except Exception:  # already crashed on purpose
            sim.client.loop_stop()


@pytest.fixture(scope="session")
def qasync_loop(qapp):
    """One qasync loop for the session, marked as already running under pytest-qt's waits."""
    import PySide6.QtQuick  # noqa: F401  (must be loaded before any QQuickWindow)
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    return loop


def cached_map(region: str = "liechtenstein") -> Path:
    """The offline map of ``region``, built once from the shipped OSM extract (``assets/osm``) and cached.

    The cache (``$HMI_TEST_MAPS`` or ``<repo>/build/test-maps``) is keyed by a hash of the extract,
    its charger files and the map builder's source, so a builder change rebuilds and an unchanged
    tree reuses the map (a warm suite never runs osmnx). A missing extract fails the test: the data ships
    with the repository, so its absence is a broken checkout, not a reason to skip.
    """
    import hashlib

    from hmi.nav.paths import REPO_ROOT, charger_files, extract_path, is_built

    extract = extract_path(region)
    if not extract.is_file():
        pytest.fail(f"OSM extract {extract} is missing (it ships in assets/osm)", pytrace=False)
    chargers = charger_files(region)
    digest = hashlib.sha256()
    for f in (extract, *chargers, *sorted((REPO_ROOT / "hmi" / "nav").glob("*.py"))):
        digest.update(f.read_bytes())
    cache = Path(os.environ.get("HMI_TEST_MAPS", REPO_ROOT / "build" / "test-maps"))
    target = cache / f"{region}-{digest.hexdigest()[:16]}"
    if is_built(target):
        return target
    cache.mkdir(parents=True, exist_ok=True)
    with (cache / f".{region}.lock").open("w") as lock:
        # Parallel test workers (pytest-xdist) build one map once: the others wait here, then reuse it.
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not is_built(target):
            from hmi.nav.build import build_map

            build_map(extract, target, chargers=chargers, region=region)
    return target


@pytest.fixture(scope="session")
def offline_map() -> Path:
    """The Liechtenstein demo map (built once per cache key)."""
    return cached_map("liechtenstein")


def _frame_monitor(request: pytest.FixtureRequest):
    """A started frame monitor for this test, or None when the test is marked exempt."""
    from hmi.testing.frames import FrameMonitor

    exempt = request.node.get_closest_marker("frame_budget_exempt")
    if exempt is not None:
        if not (exempt.kwargs.get("reason") or exempt.args):
            pytest.fail("frame_budget_exempt needs a reason", pytrace=False)
        return None
    return FrameMonitor().start()


@pytest.fixture
def hmi_app(request, qtbot, qasync_loop, broker_config: BrokerConfig, tmp_path: Path, offline_map: Path):
    """The real HMI connected to ``mqtt_broker``: QML loaded, offscreen, 1280×800, the Liechtenstein map.

    Its GUI thread is watched by ``hmi.testing.frames`` from the first frame on (loading the QML and drawing the
    first frame are startup work) to the end of the test body: app work holding it for more than a 60 Hz frame
    of CPU time fails the test (``HMI_FRAME_LOG=<file>`` appends every test's findings to a file instead, for a
    survey)."""
    from hmi.link.client import BrokerState
    from hmi.ui.app import HmiApp

    app = HmiApp(broker_config, data_path=tmp_path / "hmi-data", loop=qasync_loop, map_path=offline_map)
    app.start()
    monitor = None
    try:
        qtbot.waitUntil(lambda: app.link.broker is BrokerState.CONNECTED, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: app.first_frame_ms is not None, timeout=WAIT_MS)
        monitor = _frame_monitor(request)
        _monitors[request.node.nodeid] = monitor
        yield app
        assert not app.qml_warnings, "QML warnings:\n" + "\n".join(app.qml_warnings)
    finally:
        _monitors.pop(request.node.nodeid, None)
        if monitor is not None:
            monitor.stop()
        app.close()
        # Free the closed app's cycles now (memory-mapped map files hold a file descriptor each).
        gc.collect()


def find_item(app, object_name: str):
    """The QML item with ``objectName`` in ``app``'s window; fails the test when missing."""
    item = app.find(object_name)
    assert item is not None, f"no QML item with objectName {object_name!r}"
    return item


def wait_for_property(qtbot, obj: Any, prop: str, expected: Any, timeout: int = WAIT_MS) -> None:
    """Wait until ``obj.property(prop) == expected`` (``obj`` a QObject or an ``(app, objectName)`` pair)."""
    if isinstance(obj, tuple):
        app, name = obj
        obj = find_item(app, name)
    qtbot.waitUntil(lambda: obj.property(prop) == expected, timeout=timeout)


def wait_until_value(qtbot, app, key: str, expected: Any, timeout: int = WAIT_MS) -> None:
    """Wait until the QML-visible vehicle property ``key`` (e.g. ``socText``) equals ``expected``."""
    qtbot.waitUntil(lambda: app.vehicle.value(key) == expected, timeout=timeout)


def visible_items(root):
    """Every visible item below ``root`` with a flag: is it inside a clipping (scrolling) ancestor?"""
    for child in root.childItems():
        if not child.isVisible() or child.opacity() == 0:
            continue
        yield child, False
        for item, clipped in visible_items(child):
            yield item, clipped or child.clip()


def is_touch_button(item) -> bool:
    """TouchButton controls and the bottom bar's page buttons."""
    return item.metaObject().className().startswith("TouchButton") or item.objectName().startswith("nav_")


#: Minimum touch target (px) on every head-unit size.
MIN_TOUCH_PX = 76


def layout_problems(app, buttons=is_touch_button, checked: set[str] | None = None) -> list[str]:
    """What a driver would see as broken: text off the screen (outside scrolling areas) and touch targets
    smaller than 76 px. ``buttons(item)`` says which items are touch targets; their names go into ``checked``.
    """
    w, h = app.window.width(), app.window.height()
    bad = []
    for item, clipped in visible_items(app.window.contentItem()):
        if item.metaObject().className() == "QQuickText" and item.property("text") and not clipped:
            r = item.mapRectToScene(item.boundingRect())
            if r.left() < -1 or r.top() < -1 or r.right() > w + 1 or r.bottom() > h + 1:
                bad.append(f"text {item.property('text')!r} off screen at {r.getRect()}")
        if buttons(item):
            if checked is not None:
                checked.add(item.objectName())
            if item.width() < MIN_TOUCH_PX or item.height() < MIN_TOUCH_PX:
                bad.append(f"{item.objectName()} is {item.width():.0f}x{item.height():.0f}, below {MIN_TOUCH_PX} px")
    return bad


def scroll_into_view(qtbot, app, object_name: str, tries: int = 6) -> None:
    """If the item ``object_name`` sits in a scrolling area (a Flickable), scroll until it is fully shown (or, when
    taller than the area, its top is); layouts settle over a frame or two, so this retries."""
    from hmi.sim.driver import scroll_step

    item = find_item(app, object_name)
    for _ in range(tries):
        if scroll_step(item):
            return
        qtbot.wait(40)
    raise AssertionError(f"could not scroll {object_name} into view")


def tap(qtbot, app, object_name: str, timeout: int = WAIT_MS) -> None:
    """Tap the QML item ``object_name`` at its centre through the window, like a finger: waits until it is
    visible and enabled, and scrolls it into view first when it is in a scrolling area."""
    from PySide6.QtCore import Qt

    item = find_item(app, object_name)
    qtbot.waitUntil(lambda: item.isVisible() and item.isEnabled(), timeout=timeout)
    scroll_into_view(qtbot, app, object_name)
    # Where the finger lands: once the item stands still (a panel sliding in, a list still laying out; on a busy
    # machine their frames come far apart, so a fixed short wait taps where the item was, not where it is).
    last = None
    for _ in range(max(1, timeout // 50)):
        qtbot.wait(50)
        pos = _visible_centre(item)
        if pos == last:
            break
        last = pos
    qtbot.mouseClick(app.window, Qt.MouseButton.LeftButton, pos=pos)


def _visible_centre(item):
    """The centre of the part of ``item`` its scrolling area shows (a finger taps what it sees: a row taller
    than a squeezed list shows only in part)."""
    from hmi.sim.driver import scrolling_area

    rect = item.mapRectToScene(item.boundingRect())
    flick = scrolling_area(item)
    if flick is not None:
        shown = rect.intersected(flick.mapRectToScene(flick.boundingRect()))
        if not shown.isEmpty():
            rect = shown
    return rect.center().toPoint()


def grab(app, path: Path) -> Path:
    """Save a screenshot of ``app``'s window as PNG."""
    return app.screenshot(Path(path))


def _painted_rect(item):
    """Scene rectangle of the glyphs a QQuickText paints: its boundingRect() is the laid-out text, aligned,
    so it reaches outside the item's box when the text does not fit and neither wraps nor elides."""
    return item.mapRectToScene(item.boundingRect())


def _text_items(root, scroller=None):
    """Visible, non-empty texts under ``root`` with their nearest scrolling ancestor and clipping ancestors."""
    for child in root.childItems():
        if not child.isVisible() or child.opacity() == 0:
            continue
        inner = child if child.inherits("QQuickFlickable") else scroller
        if child.metaObject().className() == "QQuickText" and str(child.property("text") or "").strip():
            yield child, inner
        yield from _text_items(child, inner)


def text_problems(app) -> list[str]:
    """Texts a reader would see broken: glyphs cut off by a clipping box or the window edge (scrolling areas
    excepted: scrolled-away text is not broken) and texts painted over each other. Elided text ("…") is a
    deliberate truncation and is not reported; the pseudo-locale test uses this to find layouts that cannot
    take longer translations.
    """
    from PySide6.QtCore import QRectF

    window = QRectF(0, 0, app.window.width(), app.window.height())
    texts = list(_text_items(app.window.contentItem()))
    bad, rects = [], []
    for item, scroller in texts:
        r = _painted_rect(item)
        label = repr(str(item.property("text"))[:40])
        rects.append((item, scroller, r, label))
        if scroller is None and not window.adjusted(-1, -1, 1, 1).contains(r):
            bad.append(f"text {label} cut by the window edge at {r.getRect()}")
            continue
        parent = item.parentItem()
        while parent is not None and parent is not scroller:
            if parent.clip():
                box = parent.mapRectToScene(parent.boundingRect()).adjusted(-1, -1, 1, 1)
                if not box.contains(r):
                    bad.append(f"text {label} clipped by {parent.metaObject().className()} "
                               f"{parent.objectName() or ''} at {r.getRect()}")  # fmt: skip
                    break
            parent = parent.parentItem()
    for i, (_, sa, ra, la) in enumerate(rects):
        for _, sb, rb, lb in rects[i + 1 :]:
            if sa is not sb:
                continue
            inter = ra.intersected(rb)
            if inter.width() > 2 and inter.height() > 2:
                bad.append(f"texts {la} and {lb} overlap at {inter.getRect()}")
    return bad


def items_over(app, below) -> list:
    """The visible items painted above ``below`` (after it in paint order: siblings declared later or with a
    higher z, and everything drawn after its branch), without ``below``'s own children and ancestors."""
    ancestors = set()
    parent = below.parentItem()
    while parent is not None:
        ancestors.add(parent)
        parent = parent.parentItem()
    out: list = []
    passed = False

    def walk(item) -> None:
        nonlocal passed
        for child in sorted(item.childItems(), key=lambda c: c.z()):  # stable: declaration order within a z
            if not child.isVisible() or child.opacity() == 0:
                continue
            if child is below:
                passed = True
                continue  # its own children are part of it
            if passed and child not in ancestors:
                out.append(child)
            walk(child)

    walk(app.window.contentItem())
    return out


def car_marker_problems(app, map_name: str = "navMap") -> list[str]:
    """What covers the car on the map: every item painted over the map item ``map_name`` whose rectangle meets
    the car marker's (the marker as last drawn, halo included). Panels are found from the window's item tree,
    independently of what the page tells the map; empty when the car is clear or there is no car marker."""
    from PySide6.QtQuick import QQuickItem

    m = find_item(app, map_name)
    car = m.carMarkerRect()
    if car.isEmpty():
        return []
    car = m.mapRectToScene(car)
    bad = []
    for item in items_over(app, m):
        if not item.flags() & QQuickItem.Flag.ItemHasContents or item.width() <= 0 or item.height() <= 0:
            continue  # layout containers and mouse areas paint nothing
        r = item.mapRectToScene(item.boundingRect())
        if r.intersects(car):
            name = item.objectName() or item.metaObject().className()
            bad.append(f"{name} at {r.getRect()} covers the car at {car.getRect()}")
    return bad


def park(agent, lat: float, lon: float, soc: float | None = None) -> None:
    """The simulated car parked at (lat, lon), heading north (and at ``soc`` % when given)."""
    from hmi.link import signals as sig

    agent.publish(sig.LATITUDE, lat)
    agent.publish(sig.LONGITUDE, lon)
    agent.publish(sig.HEADING, 0.0)
    agent.publish(sig.SPEED, 0.0)
    agent.publish(sig.GEAR, sig.GEAR_PARK)
    if soc is not None:
        agent.publish(sig.SOC, soc)


def shown(app, object_name: str) -> bool:
    """True when the QML item ``object_name`` exists and is visible."""
    item = app.find(object_name)
    return item is not None and item.isVisible()
