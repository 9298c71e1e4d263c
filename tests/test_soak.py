"""Soak: the PySide6 reference leak, and a short simulated day of the whole HMI.

PySide6 6.12.0 on CPython 3.11 drops a reference on every void call or emit and
aborts after ~1,000 (``none_dealloc``); pyproject pins PySide6 < 6.12 on 3.11.
The first tests prove the installed combination is clean (100,000 emits).

The day (``hmi.sim.soak``) drives the real app, a time-lapsed car, the self-update
agent stand-in and broker restarts, and checks that memory stays within bound and
file descriptors and threads stay constant after the warm-up, with no QML warning.
Its 24-hour version is ``bench/bench_soak.py``.
"""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtCore import QObject, Signal

from hmi.sim.soak import SoakDrive, SoakPlan, soak_agent
from hmi.sim.sua import SuaSimulator

pytestmark = pytest.mark.timeout(120)
N = 100_000


class Emitter(QObject):
    ping = Signal()
    value = Signal(int)
    flag = Signal(bool)


def _singleton_refs() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_installed_pyside6_is_not_the_broken_combination() -> None:
    version = tuple(int(p) for p in PySide6.__version__.split(".")[:2])
    assert not (sys.version_info[:2] == (3, 11) and version >= (6, 12)), (
        f"PySide6 {PySide6.__version__} on Python 3.11 aborts after ~1,000 emits; pyproject must pin < 6.12"
    )


def test_100k_emits_and_void_calls_keep_refcounts_steady() -> None:
    emitter = Emitter()
    received = [0]

    def on_ping() -> None:
        received[0] += 1

    emitter.ping.connect(on_ping)
    emitter.value.connect(lambda v: None)
    emitter.flag.connect(lambda b: None)
    before = _singleton_refs()
    for i in range(N):
        emitter.ping.emit()
        emitter.flag.emit(i % 2 == 0)
        emitter.setObjectName("soak")  # a void C++ call
        emitter.blockSignals(False)  # returns bool
    after = _singleton_refs()
    assert received[0] == N
    # Allow a little noise from the interpreter itself, nothing proportional to N.
    drift = [abs(a - b) for a, b in zip(after, before, strict=True)]
    assert max(drift) < 100, f"refcount drift of None/True/False after {N} emits: {drift}"


# ---------------------------------------------------------------------------------------------- the soak day

#: A short day for CI: 2 simulated hours in about 40 s. The warm-up sees every kind of event once (a broker
#: restart, a charging stop, an update, several plans); the rest of the day repeats them all.
SHORT_DAY = SoakPlan(
    hours=2.0,
    dt_s=5.0,
    ticks_per_s=36.0,
    navigate_every_h=0.3,
    charge_every_h=0.6,
    charge_for_h=0.15,
    ota_every_h=0.3,
    broker_restart_every_h=0.4,
    sample_every_h=0.05,
    warmup_h=0.8,
)
#: Resident memory may grow this much after the warm-up (the issue's bound for the 24-hour run).
MAX_RSS_GROWTH_MB = 20.0


@pytest.mark.timeout(180)
def test_a_short_soak_day_keeps_memory_descriptors_and_threads_steady(
    hmi_app, mqtt_broker, broker_config, offline_map, qtbot
) -> None:
    from hmi.nav.graph import RoadGraph

    agent = soak_agent(broker_config, RoadGraph.load(offline_map)).connect()
    sua = SuaSimulator(mqtt_broker.host, mqtt_broker.port, consent=False, time_scale=0.01, auto_offer=False).start()
    try:
        qtbot.waitUntil(lambda: hmi_app.nav.hasMap, timeout=30_000)
        report = SoakDrive(hmi_app, agent, sua, mqtt_broker, SHORT_DAY, lambda s: qtbot.wait(int(s * 1000))).run()
    finally:
        sua.stop()
        agent.disconnect()
    print("\n" + "\n".join(report.lines()))
    c = report.counts
    assert c.get("broker restarts", 0) >= 3 and c.get("reconnects", 0) >= 3, c
    # An update installs at a charging stop (the driver waits for it there). A broker restart in the middle of
    # one can leave the HMI waiting for the agent's next word until its stall check (two real minutes, longer
    # than this whole compressed day), so the day asks only that updates were offered and went on to install.
    installing = {"INSTALLING", "AWAITING_ACTIVATION", "ACTIVATING", "SUCCESS"}
    assert c.get("update offers", 0) >= 1 and installing & {s for _, s, _ in report.update_states}, (
        c,
        report.update_states,
    )
    # (a stop that waits for an update takes time from driving: fewer destinations on a slow machine)
    assert c.get("destinations", 0) >= 3 and c.get("plans", 0) >= 5 and c.get("charging stops", 0) >= 1, c
    assert len(report.measured) >= 10
    assert report.rss_growth_mb <= MAX_RSS_GROWTH_MB, "\n".join(report.lines())
    for what in ("fds", "threads"):
        low, high = report.spread(what)
        assert high - low <= 2, f"{what} not steady after the warm-up: {low}…{high}"
    assert not report.qml_warnings
