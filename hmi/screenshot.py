"""Render pages offscreen through the real stack: broker, simulated agent, HMI — at a moment of a scenario.

``rendering_session`` is the reusable part (one broker, one agent, one app for any number of shots): the
scenario is *played in step with the HMI* up to ``at_s`` simulated seconds — the car ticks as fast as the HMI
keeps up (every simulated second the renderer waits until the HMI has the car's newest value), time-lapsed
health history plays on the way, and the driver's steps (``DRIVER_ACTIONS``: tap Go on the phone's destination,
tap a button, open a card …) are performed through the UI at their time, each waiting for what a driver would
wait for. So ``hmi screenshot --scenario low-battery --at 60`` shows the trip 60 s in, guidance running,
exactly as the demo would after the same taps. Then the car is frozen (its state republished to stay fresh)
and each shot sets page, size, theme and language and grabs the window.

``hmi.matrix`` and ``hmi.readme_shots`` build on it; ``render_pages`` is the one-shot form.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import os
import tempfile
import threading
import time
import warnings
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hmi.sim.scenario import DRIVER_ACTIONS, Event

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

    from hmi.sim.agent import SimAgent
    from hmi.ui.app import HmiApp

log = logging.getLogger(__name__)

#: (page, (width, height), theme, output path)
Shot = tuple[str, tuple[int, int], str, Path]
#: Time for layout, the image provider and a frame after a page/size/theme change.
SETTLE_S = 0.4
#: Simulation step and how often (simulated seconds) the HMI is waited for while a scenario plays.
TICK_S = 0.1
SYNC_EVERY_S = 1.0
#: How long the renderer waits for the HMI to receive the car's newest value before going on anyway.
SYNC_TIMEOUT_S = 5.0


_LOOP: asyncio.AbstractEventLoop | None = None


class ThemeMismatch(RuntimeError):
    """A rendered shot does not show the theme it was asked for (its file name would lie)."""


def rendered_theme(image: QImage) -> str:
    """``day`` or ``night`` as the picture shows it: the mean lightness of the status bar strip at the top.

    A modal scrim over the whole window dims both themes alike; day stays far above night even then.
    """
    w = image.width()
    samples = [image.pixelColor(x, y).lightness() for x in range(0, w, max(1, w // 64)) for y in range(2, 40, 6)]
    return "day" if samples and sum(samples) / len(samples) > 64 else "night"


class Renderer:
    """A running HMI offscreen, connected to a simulated car; see ``rendering_session``."""

    def __init__(self, hmi: HmiApp, loop: asyncio.AbstractEventLoop) -> None:
        self.hmi = hmi
        self.loop = loop

    def run(self, coro: Any) -> Any:
        """Run a coroutine on the app's (qasync) loop until it is done.

        When that loop is already running (a test suite's session loop under pytest-qt renders in-process), Qt's
        events are processed until the task is done instead: ``run_until_complete`` on a second loop would leave
        "no running loop" behind, and the suite's tasks (the MQTT link's keep-alive) would fail at their next
        ``await``."""
        if not self.loop.is_running():
            return self.loop.run_until_complete(coro)
        from PySide6.QtCore import QEventLoop

        task = self.loop.create_task(coro)
        waiter = QEventLoop()
        task.add_done_callback(lambda _t: waiter.quit())
        if not task.done():
            waiter.exec()
        return task.result()

    async def wait_connected(self, agent: SimAgent | None = None, timeout_s: float = 15.0) -> None:
        """Until the link is up and the agent online, the agent knows the HMI is online, and the HMI has the car's
        data live (or ``timeout_s``).

        What the HMI got on subscribing is the broker's retained copy, "last known" and never fresh: the agent
        publishes its state once more, live, so a shot does not show "link lost" for want of a tick."""
        from hmi.link import topics
        from hmi.link.client import BrokerState

        deadline = time.monotonic() + timeout_s
        link = self.hmi.link
        while (link.broker is not BrokerState.CONNECTED or link.status.agent != topics.ONLINE) and (
            time.monotonic() < deadline
        ):
            await asyncio.sleep(0.02)
        while agent is not None and not agent.hmi_online and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        if agent is not None:
            agent.publish_all()
        while link.status.lost and time.monotonic() < deadline:
            await asyncio.sleep(0.02)

    async def sync(self, agent: SimAgent, timeout_s: float = SYNC_TIMEOUT_S) -> bool:
        """Until the HMI has the newest value the car sent (then it has all before it); False on timeout."""
        last = agent.last_published
        deadline = time.monotonic() + timeout_s
        while last is not None and (self.hmi.store.last_ts(last[0]) or 0.0) < last[1] - 1e-6:
            if time.monotonic() > deadline:
                return False
            await asyncio.sleep(0.005)
        return True

    async def play(self, agent: SimAgent, at_s: float, extra_steps: Sequence[Event] = ()) -> None:
        """Play the scenario to ``at_s`` in step with the HMI, performing the driver's steps at their time, then
        ``extra_steps`` (driver steps without a time, e.g. a README shot's)."""
        from hmi.sim.driver import perform

        steps = [e for e in (agent.scenario.events if agent.scenario else ()) if e.do in DRIVER_ACTIONS]
        steps = [e for e in steps if e.at <= at_s + 1e-9]
        warned = False
        next_sync = SYNC_EVERY_S
        while True:
            while steps and steps[0].at <= agent.t + 1e-9:
                await self.sync(agent)
                await perform(self.hmi, steps.pop(0), agent)
            if agent.t >= at_s - 1e-9:
                break
            agent.tick(min(TICK_S, at_s - agent.t))
            if agent.t >= next_sync - 1e-9:
                next_sync += SYNC_EVERY_S
                if not await self.sync(agent) and not warned:
                    warned = True
                    log.warning("screenshot: the HMI fell behind the simulated car; going on")
        await self.sync(agent)
        await self.perform_steps(agent, extra_steps)

    async def perform_steps(self, agent: SimAgent, steps: Sequence[Event]) -> None:
        """Perform driver steps without a time (a README shot's) on the scenario as it stands."""
        from hmi.sim.driver import perform

        for step in steps:
            await perform(self.hmi, step, agent)
        await asyncio.sleep(0.2)  # the last fix through guidance, the last coalesced frame

    async def maps_complete(self, timeout_s: float = 5.0) -> None:
        """Until every visible map has drawn all its tiles and street names (or ``timeout_s``)."""
        from hmi.ui.map_view import MapView

        maps = [m for m in self.hmi.window.findChildren(MapView) if m.isVisible()]
        deadline = time.monotonic() + timeout_s
        while any(m.property("tilesPending") for m in maps) and time.monotonic() < deadline:
            self.hmi.grab()  # a frame: the map polishes, renders what the budget allows
            await asyncio.sleep(0.02)

    def pages(self) -> list[str]:
        """The pages the UI actually has (``Main.qml``'s page list), in bottom-bar order."""
        raw = self.hmi.window.property("pages")
        entries = raw.toVariant() if hasattr(raw, "toVariant") else raw
        return [str(e["name"]) for e in entries or [] if isinstance(e, dict) and "name" in e]

    async def shoot(
        self, page: str, size: tuple[int, int], theme: str, path: Path, *, settle_s: float = SETTLE_S, quality: int = -1
    ) -> Path:
        """Show ``page`` at ``size`` in ``theme`` and save a PNG (``quality`` 0 = smallest file); raises
        ThemeMismatch when the picture does not show ``theme``."""
        self.hmi.settings.setTheme(theme)
        self.hmi.app.showPage(page)
        self.hmi.resize(*size)
        await asyncio.sleep(settle_s)
        # What a page asked for when it opened (the health predictions run on a worker) is on screen first.
        deadline = time.monotonic() + 10.0
        if self.hmi.health_monitor.predictions_pending:
            while self.hmi.health_monitor.predictions_pending and time.monotonic() < deadline:
                await asyncio.sleep(0.02)
            await asyncio.sleep(SETTLE_S / 4)  # the model's coalesced refresh and a frame
        await self.maps_complete()
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        image = self.hmi.grab()
        shown = rendered_theme(image)
        if shown != theme:
            raise ThemeMismatch(f"{path.name}: asked for the {theme} theme, the picture shows {shown}")
        if not image.save(str(path), "PNG", quality):
            raise OSError(f"could not write {path}")
        return path


@contextmanager
def rendering_session(
    *,
    scenario: str = "city-drive",
    at_s: float = 30.0,
    language: str = "en",
    steps: Sequence[Event] = (),
    size: tuple[int, int] = (1280, 800),
) -> Iterator[Renderer]:
    """Broker + simulated agent + offscreen HMI (window ``size``) with the scenario played to ``at_s`` (see the
    module docstring) and then ``steps``; torn down on exit."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import PySide6.QtQuick  # noqa: F401
    import qasync

    from hmi.broker import EmbeddedBroker, Mosquitto, mosquitto_path
    from hmi.link.config import BrokerConfig
    from hmi.sim.launch import make_agent, region_map, start_sua
    from hmi.ui.app import HmiApp, ensure_gui_app

    qapp = ensure_gui_app()
    global _LOOP
    running = asyncio.events._get_running_loop()
    if isinstance(running, qasync.QEventLoop):
        # a test suite renders in-process: its own session loop serves (a second loop on the same Qt thread
        # would steal the first one's place as the running loop)
        loop: asyncio.AbstractEventLoop = running
    else:
        if _LOOP is None or _LOOP.is_closed():
            # one loop for every session of the process: a loop per session would be left to the garbage
            # collector, which closes it after Qt has deleted its signal source
            _LOOP = qasync.QEventLoop(qapp)
            # closed at exit while Qt still exists (the garbage collector would close it after Qt is gone)
            atexit.register(_LOOP.close)
        loop = _LOOP
    # The caller's current loop comes back afterwards.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            previous: asyncio.AbstractEventLoop | None = asyncio.get_event_loop_policy().get_event_loop()
        except RuntimeError:  # a thread without a loop of its own
            previous = None
    asyncio.set_event_loop(loop)
    broker = Mosquitto().start() if mosquitto_path() else EmbeddedBroker().start()
    agent = None
    stack = ExitStack()
    try:
        config = BrokerConfig(broker.host, broker.port)
        agent = make_agent(config, scenario)
        agent.connect()
        # OTA scenarios: the self-update stand-in offers its update, as under `hmi demo`/`hmi sim`.
        sua = start_sua(config, agent.scenario)
        if sua is not None:
            stack.callback(sua.stop)
        with tempfile.TemporaryDirectory(prefix="hmi-shot-") as data:
            # the map the car drives on (a Munich scenario shows Munich)
            shown = agent.scenario
            map_path = region_map(shown.region) if shown is not None and shown.recording is None else None
            hmi = HmiApp(config, size=size, data_path=Path(data), loop=loop, language=language, map_path=map_path)
            hmi.start()
            try:
                renderer = Renderer(hmi, loop)
                renderer.run(renderer.wait_connected(agent))
                renderer.run(renderer.play(agent, at_s))
                # Keep the (frozen) state fresh: after 10 s without data the HMI would rightly say "link lost",
                # and a matrix takes longer than that. Republishing, not ticking, so every shot shows one moment.
                # It starts before the shot's own driver steps: an update installs only on fresh data (the safety
                # rule's 3 s), and waiting for the restart button takes longer than that.
                stop = threading.Event()
                keeper = threading.Thread(target=_keep_fresh, args=(agent, stop), name="shot-keep-fresh", daemon=True)
                keeper.start()
                stack.callback(keeper.join, 5)
                stack.callback(stop.set)
                renderer.run(renderer.perform_steps(agent, steps))
                yield renderer
            finally:
                hmi.close()
                # the loop runs once more, so the tasks the app cancelled (the link's keep-alive) finish cancelling
                Renderer(hmi, loop).run(asyncio.sleep(0.05))
    finally:
        stack.close()
        if agent is not None:
            agent.disconnect()
        broker.close()
        asyncio.set_event_loop(previous)


def _keep_fresh(agent: SimAgent, stop: threading.Event, every_s: float = 1.0) -> None:
    while not stop.wait(every_s):
        try:
            agent.publish_all()
        except Exception:  # a screenshot must not die on a republish; the banner would show it
            log.exception("could not republish the simulated state")


def render_pages(
    shots: Iterable[Shot],
    *,
    scenario: str = "city-drive",
    at_s: float = 30.0,
    language: str = "en",
    steps: Sequence[Event] = (),
) -> list[Path]:
    """Render each shot (in ``language``) and return the written paths."""
    written: list[Path] = []
    shots = list(shots)
    size = shots[0][1] if shots else (1280, 800)  # driver steps land where they would at the shot's size
    with rendering_session(scenario=scenario, at_s=at_s, language=language, steps=steps, size=size) as renderer:

        async def shoot() -> None:
            for page, size, theme, path in shots:
                written.append(await renderer.shoot(page, size, theme, Path(path)))

        renderer.run(shoot())
    return written
