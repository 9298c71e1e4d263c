"""Soak benchmark: a simulated 24-hour day of the whole HMI, and how its memory, descriptors and threads went.

Run: ``.venv/bin/python bench/bench_soak.py [--quick] [--hours H]``. One process: the real app (QML offscreen,
the Liechtenstein map), a time-lapsed car following the HMI's routes, the self-update agent stand-in and a real
mosquitto (``hmi.sim.soak``: navigation every hour with changing consumption, a charging stop every 6 h, an
update offered, installed and restarted every 3 h, a broker restart every 4 h).

Baseline, same run, same sampling: first the same app with the same car ticked at the same rate but parked and
nothing happening (``--baseline-hours``), then the day. Figures: resident memory growth after the warm-up (per
run and per simulated hour), the spread of open file descriptors and native threads, QML warnings.

Targets (issue 14): RSS growth ≤ 20 MB after warm-up over 24 h, descriptors and threads constant, no QML warning.
``--quick``: 2 simulated hours (about 1 minute).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import math
import sys
import tempfile
from pathlib import Path

from qt_env import ROOT  # noqa: F401  (sys.path and the offscreen platform)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="2 simulated hours instead of 24")
    parser.add_argument("--hours", type=float, default=24.0, help="simulated hours of the day (default 24)")
    parser.add_argument("--baseline-hours", type=float, default=None, help="parked baseline (default: hours / 8)")
    parser.add_argument("--ticks-per-s", type=float, default=30.0, help="car ticks per real second (default 30)")
    parser.add_argument("--dt", type=float, default=5.0, help="simulated seconds per tick (default 5)")
    args = parser.parse_args()
    hours = 2.0 if args.quick else args.hours
    baseline_h = args.baseline_hours if args.baseline_hours is not None else max(0.5, hours / 8)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    import PySide6.QtQuick  # noqa: F401  (before any window)
    import qasync
    from PySide6.QtCore import QEventLoop, QTimer

    from hmi.broker import Mosquitto
    from hmi.link.config import BrokerConfig
    from hmi.nav.graph import RoadGraph
    from hmi.sim.soak import SoakDrive, SoakPlan, soak_agent
    from hmi.sim.sua import SuaSimulator
    from hmi.testing.plugin import cached_map
    from hmi.ui.app import HmiApp, ensure_gui_app

    qapp = ensure_gui_app()
    # The Qt loop runs the asyncio callbacks (as under the app and pytest-qt); ``pump`` spins it for a while.
    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    # The map built from the shipped extract by this checkout's builder (cached like the tests'), not whatever
    # map a user directory holds.
    map_dir = cached_map("liechtenstein")
    broker = Mosquitto().start()
    config = BrokerConfig(broker.host, broker.port)

    def pump(seconds: float) -> None:
        spin = QEventLoop()
        QTimer.singleShot(max(0, round(seconds * 1000)), spin.quit)
        spin.exec()

    never = math.inf
    common = {"dt_s": args.dt, "ticks_per_s": args.ticks_per_s, "sample_every_h": max(0.05, hours / 96)}
    baseline_plan = SoakPlan(
        hours=baseline_h,
        navigate_every_h=never,
        charge_every_h=never,
        ota_every_h=never,
        broker_restart_every_h=never,
        warmup_h=baseline_h / 4,
        **common,
    )
    # A shorter day keeps the day's rhythm: every interval scaled down with it.
    scale = min(1.0, hours / 24)
    day_plan = SoakPlan(
        hours=hours,
        navigate_every_h=1.0 * scale,
        charge_every_h=6.0 * scale,
        charge_for_h=1.0 * scale,
        ota_every_h=3.0 * scale,
        broker_restart_every_h=4.0 * scale,
        warmup_h=min(2.0, hours / 4),
        **common,
    )
    with tempfile.TemporaryDirectory(prefix="hmi-soak-") as data:
        hmi = HmiApp(config, data_path=Path(data), loop=loop, map_path=map_dir, show=True)
        hmi.start()
        agent = soak_agent(config, RoadGraph.load(map_dir)).connect()
        sua = SuaSimulator(broker.host, broker.port, consent=False, time_scale=0.01, auto_offer=False).start()
        try:
            while not hmi.nav.hasMap:
                pump(0.1)
            print(f"baseline: the car parked, {baseline_plan.hours:g} simulated h, same tick rate and sampling")
            agent.do("park")
            base = SoakDrive(hmi, agent, sua, broker, baseline_plan, pump).run()
            for line in base.lines():
                print("  " + line)
            agent.do("drive")
            print(f"soak day: {day_plan.hours:g} simulated h (about {day_plan.real_seconds / 60:.0f} min)")
            day = SoakDrive(hmi, agent, sua, broker, day_plan, pump).run()
            for line in day.lines():
                print("  " + line)
            step = max(1, len(day.samples) // 12)
            trend = ", ".join(f"{s.sim_h:.1f} h {s.rss_mb:.0f} MB" for s in day.samples[::step])
            print(f"  RSS by simulated hour: {trend}")
        finally:
            sua.stop()
            agent.disconnect()
            hmi.close()
            broker.close()
    per_h = day.rss_growth_mb / max(1e-9, day.plan.hours - day.plan.warmup_h)
    base_per_h = base.rss_growth_mb / max(1e-9, base.plan.hours - base.plan.warmup_h)
    fds, threads = day.spread("fds"), day.spread("threads")
    print()
    print("| figure | soak day | baseline (parked, same rate) | target |")
    print("|---|---|---|---|")
    print(f"| RSS growth after warm-up | {day.rss_growth_mb:+.1f} MB ({per_h:+.2f} MB/h) "
          f"| {base.rss_growth_mb:+.1f} MB ({base_per_h:+.2f} MB/h) | ≤ 20 MB / 24 h |")  # fmt: skip
    print(f"| open file descriptors | {fds[0]}…{fds[1]} | {'…'.join(map(str, base.spread('fds')))} | constant |")
    print(f"| native threads | {threads[0]}…{threads[1]} | {'…'.join(map(str, base.spread('threads')))} | constant |")
    print(f"| QML warnings | {len(day.qml_warnings)} | {len(base.qml_warnings)} | 0 |")
    print(f"| signal updates handled | {day.counts.get('messages', 0)} | {base.counts.get('messages', 0)} | |")
    ok = day.rss_growth_mb <= 20.0 and fds[1] - fds[0] <= 2 and threads[1] - threads[0] <= 2 and not day.qml_warnings
    print("\n" + ("within targets" if ok else "TARGET MISSED"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
