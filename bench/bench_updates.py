"""Benchmark of the OTA core: message validation and state-machine steps (with SQLite persistence).

Baselines measured in the same run: ``json.loads`` of the same bytes (validation overhead ratio), and the
machine without persistence (cost of the WAL snapshot per step).

Run: ``.venv/bin/python bench/bench_updates.py [--quick]``
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from hmi.link import topics
from hmi.link.signals import GEAR_PARK
from hmi.updates import protocol as p
from hmi.updates.machine import UpdateMachine
from hmi.updates.service import UpdateService


def _msg(ts: int, payload: dict) -> bytes:
    return json.dumps({"activityId": "bench", "timestamp": ts, "payload": payload}).encode()


def _rate(fn, n: int) -> float:
    """Calls per second of ``fn(i)`` over ``n`` calls."""
    t = time.perf_counter()
    for i in range(n):
        fn(i)
    return n / (time.perf_counter() - t)


FEEDBACK = _msg(
    1,
    {
        "status": "DOWNLOADING",
        "message": "",
        "actions": [{"component": {"id": "os-image", "version": "1.5.0"}, "status": "DOWNLOADING", "progress": 42}],
    },
)
DESIRED = _msg(
    1,
    {
        "domains": [{"id": "self-update", "components": [{"id": "os-image", "version": "1.5.0", "config": []}]}],
        "releaseNotes": ("Faster maps and better range estimates. " * 500)[:20_000],
        "sizeBytes": 1_234_000_000,
        "estimatedInstallS": 1500,
    },
)


def _flow(svc: UpdateService, progress_steps: int) -> int:
    """One full offer → success flow; returns the number of inputs fed."""
    ts = iter(range(1, 10**9))
    fb = topics.SELFUPDATE_DESIRED_STATE_FEEDBACK
    n = 0

    def feed(topic: str, payload: dict) -> None:
        nonlocal n
        svc.handle_message(topic, _msg(next(ts), payload), 1.0)
        n += 1

    svc.machine = UpdateMachine()
    svc.set_vehicle(0.0, GEAR_PARK, 80.0, 1.0)
    feed(topics.SELFUPDATE_DESIRED_STATE, json.loads(DESIRED)["payload"])
    svc.install_now(1.0)
    for i in range(progress_steps):
        feed(fb, {"status": "DOWNLOADING", "actions": [{"component": {"id": "c"}, "status": "DOWNLOADING",
                                                       "progress": i * 100 // progress_steps}]})  # fmt: skip
    feed(fb, {"status": "DOWNLOAD_SUCCESS"})
    feed(fb, {"status": "UPDATE_SUCCESS"})
    svc.activate(1.0)
    feed(fb, {"status": "ACTIVATION_SUCCESS"})
    feed(fb, {"status": "COMPLETE"})
    assert svc.machine.state.value == "SUCCESS"
    return n + 3


def run(quick: bool = False) -> dict:
    """Measure and return the figures (messages or steps per second, and ratios to the baselines)."""
    n = 2_000 if quick else 20_000
    out: dict = {}
    out["feedback_parse_per_s"] = _rate(
        lambda i: p.parse_message(topics.SELFUPDATE_DESIRED_STATE_FEEDBACK, FEEDBACK), n
    )
    out["feedback_json_loads_per_s"] = _rate(lambda i: json.loads(FEEDBACK), n)
    out["feedback_validation_cost_ratio"] = out["feedback_json_loads_per_s"] / out["feedback_parse_per_s"]
    m = max(200, n // 20)
    out["desired_20k_notes_parse_per_s"] = _rate(lambda i: p.parse_message(topics.SELFUPDATE_DESIRED_STATE, DESIRED), m)
    out["desired_20k_notes_json_loads_per_s"] = _rate(lambda i: json.loads(DESIRED), m)
    out["desired_validation_cost_ratio"] = (
        out["desired_20k_notes_json_loads_per_s"] / out["desired_20k_notes_parse_per_s"]
    )
    flows = 5 if quick else 30
    for name, path in (("memory", ":memory:"), ("wal_file", None)):
        with tempfile.TemporaryDirectory() as d:
            svc = UpdateService(path or Path(d) / "ota.db")
            t = time.perf_counter()
            steps = sum(_flow(svc, 100) for _ in range(flows))
            out[f"flow_steps_per_s_{name}"] = steps / (time.perf_counter() - t)
            svc.store.close()
    out["wal_persistence_slowdown_ratio"] = out["flow_steps_per_s_memory"] / out["flow_steps_per_s_wal_file"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    figures = run(parser.parse_args().quick)
    for key, value in figures.items():
        print(f"{key:42s} {value:12.1f}" if value >= 10 else f"{key:42s} {value:12.2f}")


if __name__ == "__main__":
    main()
