"""A simulated day for soak runs: time-lapsed driving, charging, navigation with replans, OTA offers and broker
restarts against the real HMI, with the HMI process's memory, file descriptors and threads sampled on the way.

The car (``SimAgent``) is ticked from the Qt loop in steps of ``dt_s`` simulated seconds, ``ticks_per_s`` times a
real second, so a day takes ``hours * 3600 / dt_s / ticks_per_s`` real seconds. Payload timestamps stay real
time (the HMI judges freshness on them); only the car's world runs fast. By simulated time:

* every ``navigate_every_h``: the driver picks the next destination (route and charging plan; the simulated
  driver follows the HMI's route, and a changed consumption factor makes the plan replan);
* every ``charge_every_h``: a stop to charge, ``charge_for_h`` long;
* every ``ota_every_h``: a new software version is offered; the driver accepts it, it installs while parked,
  the driver restarts to finish, dismisses the result (a charging stop lasts until the update it was waiting
  for has finished, up to 12 minutes longer);
* every ``broker_restart_every_h``: mosquitto restarts (the HMI, the car and the update agent reconnect).

Used by ``tests/test_soak.py`` (a short day) and ``bench/bench_soak.py`` (24 hours).
"""

from __future__ import annotations

import gc
import logging
import math
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from hmi.broker import Mosquitto
from hmi.link.client import BrokerState
from hmi.sim.agent import SimAgent
from hmi.sim.sua import SuaSimulator

log = logging.getLogger(__name__)

#: Destinations the simulated driver picks in turn (Liechtenstein: name, lat, lon).
DESTINATIONS = (
    ("Rathaus Schaan", 47.1655, 9.5107),
    ("Triesen", 47.1024, 9.5234),
    ("Balzers", 47.0665, 9.5029),
    ("Vaduz Städtle", 47.1392, 9.5229),
    ("Eschen", 47.2109, 9.5227),
)
#: Consumption factors cycled through when navigating: planned, a headwind, a light day.
CONSUMPTION = (1.0, 1.5, 0.8)
#: Update states with nothing under way: a new version may be offered.
QUIET_UPDATE_STATES = ("IDLE", "SUCCESS", "FAILED", "DECLINED")
#: The longest a driver waits at a stop, past the planned departure, for an update to finish (simulated hours).
MAX_UPDATE_WAIT_H = 0.2


@dataclass(frozen=True)
class SoakPlan:
    """What the simulated day does and how fast (simulated hours; see the module docstring)."""

    hours: float = 24.0
    dt_s: float = 5.0
    ticks_per_s: float = 30.0
    navigate_every_h: float = 1.0
    charge_every_h: float = 6.0
    charge_for_h: float = 1.0
    ota_every_h: float = 3.0
    broker_restart_every_h: float = 4.0
    sample_every_h: float = 0.25
    warmup_h: float = 2.0
    """Samples before this are warm-up (caches, the map, first plans); growth is measured from the first after."""

    @property
    def real_seconds(self) -> float:
        """How long the day takes in real time (without set-up)."""
        return self.hours * 3600 / self.dt_s / self.ticks_per_s


@dataclass(frozen=True)
class Sample:
    """The HMI process at one moment of the day."""

    sim_h: float
    rss_mb: float
    fds: int
    threads: int
    """Native threads of the process (``/proc/self/task``): Qt's, Python's and the simulators'."""
    messages: int


@dataclass
class SoakReport:
    """What happened during the day and how the process's resources went."""

    plan: SoakPlan
    samples: list[Sample] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    real_s: float = 0.0
    qml_warnings: list[str] = field(default_factory=list)
    #: (simulated hour, update state, parked) at every change of the update's state: why an update took long
    update_states: list[tuple[float, str, bool]] = field(default_factory=list)

    @property
    def measured(self) -> list[Sample]:
        """Samples after the warm-up."""
        return [s for s in self.samples if s.sim_h >= self.plan.warmup_h]

    @property
    def rss_growth_mb(self) -> float:
        """Resident memory at the end minus right after the warm-up."""
        m = self.measured
        return m[-1].rss_mb - m[0].rss_mb if m else 0.0

    def spread(self, attr: str) -> tuple[int, int]:
        """Smallest and largest ``fds`` or ``threads`` after the warm-up."""
        values = [getattr(s, attr) for s in self.measured]
        return (min(values), max(values)) if values else (0, 0)

    def lines(self) -> list[str]:
        """A human summary."""
        m = self.measured
        fds, threads = self.spread("fds"), self.spread("threads")
        rate = self.counts.get("messages", 0) / self.real_s if self.real_s else 0.0
        return [
            f"simulated {self.plan.hours:g} h in {self.real_s:.0f} s real ({self.plan.dt_s:g} s per tick, "
            f"{self.plan.ticks_per_s:g} ticks/s); {self.counts.get('messages', 0)} signal updates ({rate:.0f}/s)",
            "events: " + ", ".join(f"{k} {v}" for k, v in sorted(self.counts.items()) if k != "messages"),
            f"RSS after warm-up {m[0].rss_mb:.1f} MB → end {m[-1].rss_mb:.1f} MB: growth {self.rss_growth_mb:+.1f} MB"
            if m
            else "no samples after warm-up",
            f"file descriptors {fds[0]}…{fds[1]}, threads {threads[0]}…{threads[1]} (after warm-up)",
            f"QML warnings: {len(self.qml_warnings)}",
        ]


def process_resources() -> tuple[float, int, int]:
    """(resident MB, open file descriptors, native threads) of this process, from /proc."""
    with open("/proc/self/statm") as f:
        resident_pages = int(f.read().split()[1])
    rss_mb = resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    return rss_mb, len(os.listdir("/proc/self/fd")), len(os.listdir("/proc/self/task"))


class SoakDrive:
    """Runs one simulated day against ``hmi`` (an ``HmiApp``); ``pump(seconds)`` runs the Qt loop meanwhile."""

    def __init__(
        self,
        hmi: Any,
        agent: SimAgent,
        sua: SuaSimulator,
        broker: Mosquitto,
        plan: SoakPlan,
        pump: Callable[[float], None],
    ) -> None:
        self.hmi = hmi
        self.agent = agent
        self.sua = sua
        self.broker = broker
        self.plan = plan
        self.pump = pump
        self.report = SoakReport(plan)
        self.counts = self.report.counts
        self._messages = 0
        self._versions = 0
        self._t0 = agent.t
        # The first destination and offer come early; an interval of inf means "never" (a baseline run).
        self._next: dict[str, float] = {
            "navigate": 0.05 if math.isfinite(plan.navigate_every_h) else math.inf,
            "charge": plan.charge_every_h,
            "ota": 0.1 if math.isfinite(plan.ota_every_h) else math.inf,
            "broker_restart": plan.broker_restart_every_h,
            "sample": 0.0,
        }
        self._unplug_at: float | None = None
        hmi.store.subscribe(self._count)
        hmi.trip.planChanged.connect(lambda: self._bump("plans"))
        hmi.trip.replanMessageChanged.connect(lambda: self._bump("replan messages"))

    def _count(self, path: str, value: Any, ts: float) -> None:
        self._messages += 1

    def _bump(self, key: str) -> None:
        self.counts[key] = self.counts.get(key, 0) + 1

    @property
    def sim_h(self) -> float:
        """Simulated hours since this drive began."""
        return (self.agent.t - self._t0) / 3600

    def run(self) -> SoakReport:
        """The whole day; returns the report."""
        started = time.monotonic()
        tick_every = 1.0 / self.plan.ticks_per_s
        due = time.monotonic()
        while self.sim_h < self.plan.hours:
            self.agent.tick(self.plan.dt_s)
            self._scheduled()
            self._drive_the_updates()
            due += tick_every
            self.pump(max(0.0, due - time.monotonic()))
            if time.monotonic() - due > 1.0:  # far behind (a restart, a slow machine): do not try to catch up
                due = time.monotonic()
        self.pump(0.5)
        self._sample()
        self.report.real_s = time.monotonic() - started
        self.counts["messages"] = self._messages
        self.counts["reconnects"] = self.hmi.link.connect_count - 1
        self.report.qml_warnings = list(self.hmi.qml_warnings)
        return self.report

    # ------------------------------------------------------------------ the day's events
    def _scheduled(self) -> None:
        h = self.sim_h
        if h >= self._next["sample"] and self._settled():
            self._sample()
            self._next["sample"] = h + self.plan.sample_every_h
        if self._unplug_at is not None and h >= self._unplug_at and not self._update_holds(h):
            self.agent.do("unplug")
            self._unplug_at = None
            self._next["navigate"] = h  # drive on
        if h >= self._next["navigate"] and self._unplug_at is None:
            self._navigate()
            self._next["navigate"] = h + self.plan.navigate_every_h
        if h >= self._next["charge"]:
            self.hmi.nav.stop()
            self.agent.do("park")
            self.agent.do("plug_in", power_kw=50.0)
            self._unplug_at = h + self.plan.charge_for_h
            self._next["charge"] = h + self.plan.charge_every_h
            self._bump("charging stops")
        if h >= self._next["ota"] and self.hmi.updates.state in QUIET_UPDATE_STATES:
            self._close_result()
            self._versions += 1
            self.sua.offer(f"2.{self._versions}.0")
            self._next["ota"] = h + self.plan.ota_every_h
            self._bump("update offers")
        if h >= self._next["broker_restart"]:
            self.broker.stop()
            self.broker.start()
            self._next["broker_restart"] = h + self.plan.broker_restart_every_h
            self._bump("broker restarts")

    def _navigate(self) -> None:
        n = self.counts.get("destinations", 0)
        name, lat, lon = DESTINATIONS[n % len(DESTINATIONS)]
        self.agent.do("consumption", factor=CONSUMPTION[n % len(CONSUMPTION)])
        self.hmi.nav.navigateTo(name, lat, lon)
        self._bump("destinations")

    def _update_holds(self, h: float) -> bool:
        """The driver stays parked while an update accepted at this stop installs and restarts (it installs only
        while parked), for up to :data:`MAX_UPDATE_WAIT_H` past the planned departure: each stop finishes the
        update that waited for it, so the day's number of installs does not hang on how fast the machine is."""
        busy = self.hmi.updates.state not in QUIET_UPDATE_STATES
        return busy and self._unplug_at is not None and h < self._unplug_at + MAX_UPDATE_WAIT_H

    def _drive_the_updates(self) -> None:
        """The driver's taps: accept an offer, restart to finish when parked, close the result."""
        u = self.hmi.updates
        seen = self.report.update_states
        if not seen or seen[-1][1] != u.state:
            seen.append((round(self.sim_h, 3), u.state, u.parked))
        if u.state in ("OFFERED", "CONSENT_REQUESTED") and u.canInstallNow:
            u.installNow()
        elif u.state == "AWAITING_ACTIVATION" and u.canActivate and u.parked:
            u.activate()
        elif u.state == "SUCCESS":
            self._close_result()

    def _close_result(self) -> None:
        """The driver closes the update's result screen (an installed update is counted here)."""
        u = self.hmi.updates
        if u.canDismiss:
            if u.state == "SUCCESS":
                self._bump("updates installed")
            u.dismiss()

    # ------------------------------------------------------------------ measuring
    def _settled(self) -> bool:
        """Compare like with like: sample while everything is connected and the car is talking."""
        return self.hmi.link.broker is BrokerState.CONNECTED and not self.hmi.link.status.lost

    def _sample(self) -> None:
        # After a full collection: a closed map's files are released when the garbage collector frees the graph
        # (its caches refer back to it), so without it the count shows the collector's timing, not a leak.
        gc.collect()
        rss, fds, threads = process_resources()
        self.report.samples.append(Sample(self.sim_h, rss, fds, threads, self._messages))
        log.info("soak %.2f h: RSS %.1f MB, %d fds, %d threads", self.sim_h, rss, fds, threads)


def soak_agent(config: Any, graph: Any) -> SimAgent:
    """The car of the day: the city-drive loop, following the HMI's routes when navigating (``graph``: the road
    graph of the offline map the HMI uses)."""
    import itertools

    from hmi.nav.route import route_between
    from hmi.sim import scenario as scenarios
    from hmi.sim.drive import concat, path_from_route

    def path_provider(scenario: Any) -> Any:
        points = [*scenario.waypoints, scenario.waypoints[0]]
        return concat([path_from_route(graph, route_between(graph, a, b)) for a, b in itertools.pairwise(points)])

    def route_provider(a: Any, b: Any) -> Any:
        return path_from_route(graph, route_between(graph, a, b))

    return SimAgent(
        config,
        scenarios.find("city-drive"),
        path_provider=path_provider,
        route_provider=route_provider,
        client_id="soak-car",
    )
