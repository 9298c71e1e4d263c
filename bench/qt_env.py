"""Shared set-up of the benchmarks that run the real app: offscreen Qt, a qasync loop and a real mosquitto."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")


@contextmanager
def app_environment() -> Iterator[tuple[Any, asyncio.AbstractEventLoop, Any]]:
    """``(qapp, loop, broker_config)``: the Qt application, its qasync loop and a started mosquitto (closed on
    exit) — what ``HmiApp`` needs."""
    import PySide6.QtQuick  # noqa: F401  (before any window)
    import qasync

    from hmi.broker import Mosquitto
    from hmi.link.config import BrokerConfig
    from hmi.ui.app import ensure_gui_app

    qapp = ensure_gui_app()
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    broker = Mosquitto().start()
    try:
        yield qapp, loop, BrokerConfig(broker.host, broker.port)
    finally:
        broker.close()
