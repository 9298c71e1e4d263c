"""Designer-tools benchmark: live-reload latency, and saving/loading long recordings.

Run: ``.venv/bin/python bench/bench_designer.py [--quick]``. Every figure is printed next to a baseline
measured in the same run:

* live reload: one ``LiveReloader.reload()`` of the real qml/ (compile check + new window) vs. building
  the whole app the first time (``HmiApp(...)``, which loads the same QML); target: well under 1 s;
* save to screen: what a designer waits for — writing Main.qml until the new item exists in the new window
  (file watcher, debounce, reload); target: under 1 s, the first save in a process too;
* recordings: writing and loading (validating) an N-message recording vs. plain ``json.dumps``/``json.loads``
  of the same data; an hour of driving is ~230 000 messages.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from qt_env import app_environment


def reload_latency(repeats: int) -> dict[str, float]:
    """Median ms of a live reload vs. the app's first construction (QML load included)."""
    from hmi.ui.app import QML_DIR, HmiApp
    from hmi.ui.live_reload import attach

    with app_environment() as (qapp, loop, config), tempfile.TemporaryDirectory(prefix="bench-designer-") as d:
        tmp = Path(d)
        shutil.copytree(QML_DIR, tmp / "qml")
        t0 = time.perf_counter()
        app = HmiApp(config, data_path=tmp / "data", loop=loop, qml_dir=tmp / "qml")
        build_ms = (time.perf_counter() - t0) * 1000
        reloader = attach(app)
        saves = [_save_to_screen(qapp, app, tmp / "qml" / "Main.qml", f"benchMarker{i}") for i in range(repeats)]
        times = []
        for _ in range(repeats):
            qapp.processEvents()
            t0 = time.perf_counter()
            assert reloader.reload(), reloader.problems
            times.append((time.perf_counter() - t0) * 1000)
        app.close()
    return {
        "reload_ms": statistics.median(times),
        "reload_max_ms": max(times),
        "first_build_ms": build_ms,
        "first_save_ms": saves[0],
        "save_ms": statistics.median(saves),
        "save_max_ms": max(saves),
    }


def _save_to_screen(qapp, app, main_qml: Path, marker: str, limit_s: float = 10.0) -> float:
    """Ms from writing ``main_qml`` with a new item until that item exists in the app's window."""
    from hmi.testing.qml_edit import with_marker_item

    text = with_marker_item(main_qml.read_text(), marker)
    t0 = time.perf_counter()
    main_qml.write_text(text)
    while app.find(marker) is None:
        if time.perf_counter() - t0 > limit_s:
            raise RuntimeError(f"the saved change did not show within {limit_s:g} s")
        qapp.processEvents()
        time.sleep(0.001)
    ms = (time.perf_counter() - t0) * 1000
    # Let the new window settle (first frame) before the next save.
    for _ in range(20):
        qapp.processEvents()
        time.sleep(0.005)
    return ms


def recordings(n: int) -> dict[str, float]:
    """Seconds to save and load an ``n``-message recording vs. plain json of the same data."""
    from hmi.link.config import BrokerConfig
    from hmi.sim import scenario as scenarios
    from hmi.sim.recorder import Recorder

    rec = Recorder(BrokerConfig())
    rec.started_at, rec._t0, rec.stopped_at = 1.764e9, 0.0, n / 64
    topics = [f"vss/Vehicle/Signal{i}" for i in range(32)]
    rec.messages = [
        (i / 64, topics[i % 32], json.dumps({"value": i % 120 + 0.5, "ts": 1.764e9 + i / 64}).encode(), True)
        for i in range(n)
    ]
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "bench.json"
        t0 = time.perf_counter()
        rec.save(path)
        save_s = time.perf_counter() - t0
        plain = [[t, topic, json.loads(p), r] for t, topic, p, r in rec.messages]
        t0 = time.perf_counter()
        text = json.dumps(plain)
        dumps_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        loaded = scenarios.load(path)
        load_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        json.loads(text)
        loads_s = time.perf_counter() - t0
        size_mb = path.stat().st_size / 1e6
    assert len(loaded.recording.messages) == n
    return {"messages": n, "mb": size_mb, "save_s": save_s, "dumps_s": dumps_s, "load_s": load_s, "loads_s": loads_s}


def run(quick: bool) -> dict:
    """All figures (``hmi bench`` aggregates this)."""
    out = {"reload": reload_latency(3 if quick else 10)}
    out["recording"] = recordings(20_000 if quick else 230_000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    res = run(args.quick)
    r = res["reload"]
    print(
        f"live reload        {r['reload_ms']:7.0f} ms median ({r['reload_max_ms']:.0f} max)   "
        f"baseline first app build {r['first_build_ms']:.0f} ms   ratio {r['reload_ms'] / r['first_build_ms']:.2f}"
    )
    print(
        f"save to screen     {r['save_ms']:7.0f} ms median ({r['save_max_ms']:.0f} max, "
        f"first {r['first_save_ms']:.0f})   target 1000 ms   ratio {r['save_max_ms'] / 1000:.2f}"
    )
    c = res["recording"]
    print(
        f"save recording     {c['save_s']:7.2f} s for {c['messages']} messages ({c['mb']:.1f} MB)   "
        f"baseline json.dumps {c['dumps_s']:.2f} s   ratio {c['save_s'] / c['dumps_s']:.1f}"
    )
    print(
        f"load + validate    {c['load_s']:7.2f} s   baseline json.loads {c['loads_s']:.2f} s   "
        f"ratio {c['load_s'] / c['loads_s']:.1f}"
    )


if __name__ == "__main__":
    main()
