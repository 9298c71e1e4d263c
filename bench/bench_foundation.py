"""Foundation benchmark: first frame, publish → QML latency under load, resident memory.

Run: ``.venv/bin/python bench/bench_foundation.py [--quick]``. Every figure is
printed next to a baseline measured in the same run:

* first frame: ``hmi run`` (real QML shell) vs. an empty QML window, both as fresh processes;
* latency: publish → QML property of the HMI vs. a bare paho subscriber (same broker, same rate);
* memory: RSS of the running HMI with the simulated car after N seconds vs. an empty QML window.

Targets (issue 2): first frame ≤ 1.0 s, p99 ≤ 16 ms at 1000 msg/s with no backlog growth, RSS ≤ 200 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EMPTY_WINDOW = """
import sys, time, os
t0 = time.monotonic()
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
import PySide6.QtQuick
app = QGuiApplication(sys.argv)
engine = QQmlApplicationEngine()
engine.loadData(b"import QtQuick; Window { width: 1280; height: 800; visible: true; color: 'black' }")
win = engine.rootObjects()[0]
def done():
    print(f"first frame after {(time.monotonic() - t0) * 1000:.0f} ms", flush=True)
    rss = int(re.search(r"VmRSS:\\s+(\\d+)", open('/proc/self/status').read()).group(1)) // 1024
    print(f"rss {rss} MB", flush=True)
    app.quit()
import re
win.frameSwapped.connect(done)
app.exec()
"""


def pct(values: list[float], p: float) -> float:
    """Percentile (nearest rank) of ``values``."""
    s = sorted(values)
    return s[min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))]


def first_frame(broker_port: int) -> dict[str, float]:
    """Wall time from process start to the first swapped frame: HMI vs. an empty QML window."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HMI_DATA_DIR": tempfile.mkdtemp()}
    t0 = time.monotonic()
    base = subprocess.run([sys.executable, "-c", EMPTY_WINDOW], capture_output=True, text=True, env=env, timeout=60)
    base_wall = (time.monotonic() - t0) * 1000
    base_ms = float(re.search(r"first frame after (\d+)", base.stdout).group(1))
    base_rss = float(re.search(r"rss (\d+)", base.stdout).group(1))
    t0 = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "hmi", "run", "--mqtt-port", str(broker_port)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    hmi_ms = None
    for line in proc.stderr:
        m = re.search(r"first frame after (\d+) ms", line)
        if m:
            hmi_ms = float(m.group(1))
            wall = (time.monotonic() - t0) * 1000
            break
    proc.terminate()
    proc.wait(10)
    return {
        "hmi_ms": hmi_ms,
        "hmi_wall_ms": wall,
        "empty_ms": base_ms,
        "empty_wall_ms": base_wall,
        "empty_rss_mb": base_rss,
    }


PUBLISHER = """
import json, sys, time
import paho.mqtt.client as mqtt
port, topic, rate, seconds = int(sys.argv[1]), sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="bench-pub")
c.connect("127.0.0.1", port)
c.loop_start()
time.sleep(0.5)
period, nxt, end, i = 1.0 / rate, time.monotonic(), time.monotonic() + seconds, 0
while time.monotonic() < end:
    i += 1
    c.publish(topic, json.dumps({"value": (i % 3000) / 10, "ts": time.time()}))
    nxt += period
    d = nxt - time.monotonic()
    if d > 0:
        time.sleep(d)
time.sleep(0.3)
c.loop_stop()
print(i)
"""

BARE_SUBSCRIBER = """
import json, sys, time
import paho.mqtt.client as mqtt
port, topic, seconds = int(sys.argv[1]), sys.argv[2], float(sys.argv[3])
lat = []
c = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="bench-bare")
c.on_message = lambda cl, u, m: lat.append((time.time() - json.loads(m.payload)["ts"]) * 1000)
c.connect("127.0.0.1", port)
c.subscribe(topic)
c.loop_start()
time.sleep(seconds)
c.loop_stop()
print(json.dumps(lat))
"""


_LOOP: list = [None]


def latency(rate: int, seconds: float) -> dict[str, float]:
    """Publish → QML-property latency in the HMI vs publish → on_message in a bare paho client.

    The publisher and the bare subscriber are separate processes, so they do not compete with the
    HMI for the GIL (in one process the baseline itself showed p99 of ~100 ms).
    """
    import asyncio

    import PySide6.QtQuick  # noqa: F401
    import qasync

    from hmi.broker import Mosquitto
    from hmi.link import signals as sig
    from hmi.link.config import BrokerConfig
    from hmi.ui.app import HmiApp, ensure_gui_app

    qapp = ensure_gui_app()
    loop = asyncio.get_event_loop() if isinstance(_LOOP[0], qasync.QEventLoop) else None
    if loop is None:  # one qasync loop per process: a second one breaks the first at exit
        loop = _LOOP[0] = qasync.QEventLoop(qapp)
        asyncio.set_event_loop(loop)
    broker = Mosquitto().start()
    config = BrokerConfig(broker.host, broker.port)
    hmi = HmiApp(config, data_path=Path(tempfile.mkdtemp()), loop=loop, map_path=Path("/nonexistent")).start()
    hmi_lat: list[tuple[float, float]] = []  # (receive time, latency)
    topic = sig.BY_PATH[sig.SPEED].topic

    def on_flush(paths: list[str]) -> None:
        if sig.SPEED in paths:
            state = hmi.store.state(sig.SPEED)
            now = time.time()
            hmi_lat.append((now, (now - state.ts) * 1000))

    hmi.vehicle.flushed.connect(on_flush)
    procs: dict[str, subprocess.Popen] = {}

    async def run() -> None:
        while hmi.link.broker.value != "connected":
            await asyncio.sleep(0.02)
        procs["bare"] = subprocess.Popen(
            [sys.executable, "-c", BARE_SUBSCRIBER, str(broker.port), topic, str(seconds + 1.5)],
            stdout=subprocess.PIPE,
            text=True,
        )
        procs["pub"] = subprocess.Popen(
            [sys.executable, "-c", PUBLISHER, str(broker.port), topic, str(rate), str(seconds)],
            stdout=subprocess.PIPE,
            text=True,
        )
        while procs["pub"].poll() is None:
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.3)

    loop.run_until_complete(run())
    sent = int(procs["pub"].stdout.read().strip() or 0)
    base_lat = json.loads(procs["bare"].communicate(timeout=30)[0] or "[]")
    hmi.close()
    broker.close()
    lat = [v for _, v in hmi_lat]
    half = len(hmi_lat) // 2
    first, second = [v for _, v in hmi_lat[:half]], [v for _, v in hmi_lat[half:]]
    return {
        "rate": rate,
        "sent": sent,
        "bare_received": len(base_lat),
        "hmi_updates": len(lat),
        "hmi_p50_ms": pct(lat, 50),
        "hmi_p99_ms": pct(lat, 99),
        "bare_p50_ms": pct(base_lat, 50),
        "bare_p99_ms": pct(base_lat, 99),
        "backlog_growth_ms": statistics.median(second) - statistics.median(first),
    }


def memory(seconds: float) -> dict[str, float]:
    """RSS of ``hmi demo``-like stack (HMI process) after ``seconds`` with the simulated car driving."""
    from hmi.broker import Mosquitto

    broker = Mosquitto().start()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HMI_DATA_DIR": tempfile.mkdtemp()}
    sim = subprocess.Popen(
        [sys.executable, "-m", "hmi", "sim", "--scenario", "city-drive", "--mqtt-port", str(broker.port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    app = subprocess.Popen(
        [sys.executable, "-m", "hmi", "run", "--mqtt-port", str(broker.port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    time.sleep(seconds)
    status = Path(f"/proc/{app.pid}/status").read_text()
    rss = int(re.search(r"VmRSS:\s+(\d+)", status).group(1)) / 1024
    for p in (app, sim):
        p.terminate()
        p.wait(10)
    broker.close()
    return {"seconds": seconds, "hmi_rss_mb": rss}


def run(quick: bool = False) -> dict[str, object]:
    """All foundation figures (``quick`` shortens the load and memory runs)."""
    from hmi.broker import Mosquitto

    with Mosquitto() as broker:
        frame = first_frame(broker.port)
    lat = [latency(r, 3 if quick else 10) for r in (100, 1000)]
    mem = memory(15 if quick else 60)
    return {"first_frame": frame, "latency": lat, "memory": mem}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter runs (CI smoke)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    r = run(args.quick)
    if args.json:
        print(json.dumps(r, indent=2))
        return
    f = r["first_frame"]
    print("== Foundation benchmark ==")
    print(
        f"first frame     HMI {f['hmi_ms']:.0f} ms in-process ({f['hmi_wall_ms']:.0f} ms wall)   "
        f"empty QML window {f['empty_ms']:.0f} ms ({f['empty_wall_ms']:.0f} ms wall)   "
        f"ratio {f['hmi_wall_ms'] / f['empty_wall_ms']:.2f}×   target ≤ 1000 ms"
    )
    for x in r["latency"]:
        print(
            f"latency @{x['rate']:>4} msg/s  HMI p50 {x['hmi_p50_ms']:.2f} ms  p99 {x['hmi_p99_ms']:.2f} ms   "
            f"bare paho p50 {x['bare_p50_ms']:.2f} ms  p99 {x['bare_p99_ms']:.2f} ms   "
            f"ratio p99 {x['hmi_p99_ms'] / max(x['bare_p99_ms'], 1e-3):.1f}×   "
            f"backlog growth {x['backlog_growth_ms']:+.2f} ms   sent {x['sent']} / UI updates {x['hmi_updates']}"
            f"   target p99 ≤ 16 ms"
        )
    m = r["memory"]
    print(
        f"memory          HMI RSS {m['hmi_rss_mb']:.0f} MB after {m['seconds']:.0f} s driving   "
        f"empty QML window {f['empty_rss_mb']:.0f} MB   ratio {m['hmi_rss_mb'] / f['empty_rss_mb']:.2f}×   "
        "target ≤ 200 MB"
    )


if __name__ == "__main__":
    main()
