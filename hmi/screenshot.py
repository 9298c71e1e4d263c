"""Render pages offscreen through the real stack: broker, simulated agent at a scenario time, HMI."""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

#: (page, (width, height), theme, output path)
Shot = tuple[str, tuple[int, int], str, Path]


def render_pages(shots: Iterable[Shot], *, scenario: str = "city-drive", at_s: float = 30.0) -> list[Path]:
    """Render each shot and return the written paths.

    The agent fast-forwards the scenario to ``at_s`` seconds before it connects,
    so the screenshots show a car mid-scenario, not a cold start.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import PySide6.QtQuick  # noqa: F401
    import qasync

    from hmi.broker import EmbeddedBroker, Mosquitto, mosquitto_path
    from hmi.cli import _make_agent
    from hmi.link.config import BrokerConfig
    from hmi.ui.app import HmiApp, ensure_gui_app

    qapp = ensure_gui_app()
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    broker = Mosquitto().start() if mosquitto_path() else EmbeddedBroker().start()
    config = BrokerConfig(broker.host, broker.port)
    agent = _make_agent(config, scenario)
    steps = int(at_s / 0.1)
    agent.online = False  # fast-forward silently, then publish the state once connected
    for _ in range(steps):
        agent.tick(0.1)
    agent.connect()
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="hmi-shot-") as data:
        hmi = HmiApp(config, data_path=Path(data), loop=loop)
        hmi.start()
        try:

            async def shoot() -> None:
                deadline = time.monotonic() + 15
                while hmi.link.status.lost and time.monotonic() < deadline:
                    await asyncio.sleep(0.05)
                for page, size, theme, path in shots:
                    hmi.settings.setTheme(theme)
                    hmi.app.showPage(page)
                    hmi.resize(*size)
                    await asyncio.sleep(0.4)  # layout, image provider, one frame
                    written.append(hmi.screenshot(Path(path)))

            loop.run_until_complete(shoot())
        finally:
            hmi.close()
            agent.disconnect()
            broker.close()
    return written
