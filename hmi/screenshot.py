"""Render pages offscreen through the real stack: broker, simulated agent at a scenario time, HMI.

``render_pages`` takes a list of shots; ``rendering_session`` is the reusable part (one broker, one agent,
one app for any number of shots), which ``hmi.matrix`` builds the screenshot matrix on.
"""

from __future__ import annotations

import asyncio
import logging
import os
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: (page, (width, height), theme, output path)
Shot = tuple[str, tuple[int, int], str, Path]
#: Time for layout, the image provider and a frame after a page/size/theme change.
SETTLE_S = 0.4


class Renderer:
    """A running HMI offscreen, connected to a simulated car; see ``rendering_session``."""

    def __init__(self, hmi: Any, loop: asyncio.AbstractEventLoop) -> None:
        self.hmi = hmi
        self.loop = loop

    def run(self, coro: Any) -> Any:
        """Run a coroutine on the app's (qasync) loop until it is done."""
        return self.loop.run_until_complete(coro)

    async def wait_connected(self, timeout_s: float = 15.0) -> None:
        """Until the link has the car's data (or ``timeout_s``)."""
        deadline = time.monotonic() + timeout_s
        while self.hmi.link.status.lost and time.monotonic() < deadline:
            await asyncio.sleep(0.05)

    async def play_history(self, agent: Any, at_s: float, step_s: float = 1.0, timeout_s: float = 10.0) -> None:
        """Time-lapse scenarios: the history the demo would have played by ``at_s``, delivered now.

        In ``step_s`` parts of playback time, each once the HMI has the previous one: a burst of a whole
        history would overflow the broker's queue for the HMI (QoS 0 messages are dropped, not delayed).
        """
        elapsed = 0.0
        while elapsed < at_s:
            elapsed = min(at_s, elapsed + step_s)
            last = agent.play_history_until(elapsed)
            deadline = time.monotonic() + timeout_s
            while last is not None and (self.hmi.store.last_ts(last[0]) or 0.0) < last[1]:
                if time.monotonic() > deadline:
                    log.warning("screenshot: the time-lapse history stopped arriving; showing it as far as it got")
                    return
                await asyncio.sleep(0.02)

    def pages(self) -> list[str]:
        """The pages the UI actually has (``Main.qml``'s page list), in bottom-bar order."""
        raw = self.hmi.window.property("pages")
        entries = raw.toVariant() if hasattr(raw, "toVariant") else raw
        return [str(e["name"]) for e in entries or [] if isinstance(e, dict) and "name" in e]

    async def shoot(
        self, page: str, size: tuple[int, int], theme: str, path: Path, *, settle_s: float = SETTLE_S, quality: int = -1
    ) -> Path:
        """Show ``page`` at ``size`` in ``theme`` and save a PNG (``quality`` 0 = smallest file)."""
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
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if not self.hmi.grab().save(str(path), "PNG", quality):
            raise OSError(f"could not write {path}")
        return path


@contextmanager
def rendering_session(*, scenario: str = "city-drive", at_s: float = 30.0, language: str = "en") -> Iterator[Renderer]:
    """Broker + simulated agent fast-forwarded to ``at_s`` + offscreen HMI, torn down on exit.

    The agent fast-forwards the scenario to ``at_s`` seconds before it connects,
    so the screenshots show a car mid-scenario, not a cold start.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import PySide6.QtQuick  # noqa: F401
    import qasync

    from hmi.broker import EmbeddedBroker, Mosquitto, mosquitto_path
    from hmi.cli import _make_agent, _start_sua
    from hmi.link.config import BrokerConfig
    from hmi.ui.app import HmiApp, ensure_gui_app

    qapp = ensure_gui_app()
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    broker = Mosquitto().start() if mosquitto_path() else EmbeddedBroker().start()
    agent = None
    stack = ExitStack()
    try:
        config = BrokerConfig(broker.host, broker.port)
        agent = _make_agent(config, scenario)
        steps = int(at_s / 0.1)
        agent.online = False  # fast-forward silently, then publish the state once connected
        for _ in range(steps):
            agent.tick(0.1)
        agent.connect()
        # OTA scenarios: the self-update stand-in offers its update, as under `hmi demo`/`hmi sim`.
        sua = _start_sua(config, agent.scenario)
        if sua is not None:
            stack.callback(sua.stop)
        # Keep the (frozen) state fresh: after 10 s without data the HMI would rightly say "link lost",
        # and a matrix takes longer than that. Republishing, not ticking, so every shot shows one moment.
        stop = threading.Event()
        keeper = threading.Thread(target=_keep_fresh, args=(agent, stop), name="shot-keep-fresh", daemon=True)
        keeper.start()
        stack.callback(keeper.join, 5)
        stack.callback(stop.set)
        with tempfile.TemporaryDirectory(prefix="hmi-shot-") as data:
            hmi = HmiApp(config, data_path=Path(data), loop=loop, language=language)
            hmi.start()
            try:
                renderer = Renderer(hmi, loop)
                renderer.run(renderer.wait_connected())
                renderer.run(renderer.play_history(agent, at_s))
                yield renderer
            finally:
                hmi.close()
    finally:
        stack.close()
        if agent is not None:
            agent.disconnect()
        broker.close()


def _keep_fresh(agent: Any, stop: threading.Event, every_s: float = 2.0) -> None:
    while not stop.wait(every_s):
        try:
            agent.publish_all()
        except Exception:  # a screenshot must not die on a republish; the banner would show it
            log.exception("could not republish the simulated state")


def render_pages(
    shots: Iterable[Shot], *, scenario: str = "city-drive", at_s: float = 30.0, language: str = "en"
) -> list[Path]:
    """Render each shot (in ``language``) and return the written paths."""
    written: list[Path] = []
    with rendering_session(scenario=scenario, at_s=at_s, language=language) as renderer:

        async def shoot() -> None:
            for page, size, theme, path in shots:
                written.append(await renderer.shoot(page, size, theme, Path(path)))

        renderer.run(shoot())
    return written
