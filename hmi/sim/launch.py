"""Starting the simulated car for a scenario: the agent with the offline router, and the self-update stand-in.

Shared by the ``hmi`` command (``demo``, ``sim``) and the screenshot renderer (``hmi.screenshot``), so neither
imports the other. Heavy imports (the map, paho, the router) happen inside the functions.
"""

from __future__ import annotations

import functools
import itertools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hmi.link.config import BrokerConfig
    from hmi.nav.graph import RoadGraph
    from hmi.sim.agent import SimAgent
    from hmi.sim.drive import DrivePath
    from hmi.sim.scenario import Scenario
    from hmi.sim.sua import SuaSimulator


def progress_printer(label: str) -> Callable[..., None]:
    """A one-line progress bar on stderr: ``progress(fraction, stage)``."""
    last = [-1]

    def progress(fraction: float, stage: str = "") -> None:
        pct = int(fraction * 100)
        if pct != last[0]:
            last[0] = pct
            bar = "#" * (pct // 4) + "-" * (25 - pct // 4)
            end = "\n" if pct >= 100 else ""
            print(f"\r{label}: [{bar}] {pct:3d}% {stage[:40]:<40}", end=end, file=sys.stderr, flush=True)

    return progress


def region_map(region: str) -> Path:
    """The map directory of ``region``, built from the shipped extract on first use (with a progress bar)."""
    from hmi.nav.paths import ensure_map

    return ensure_map(region, progress=progress_printer(f"Building the {region} map"))


@functools.cache
def region_graph(region: str) -> RoadGraph:
    """The road graph of ``region`` (the map is built on first use, with a progress bar)."""
    from hmi.nav.graph import RoadGraph

    return RoadGraph.load(region_map(region))


def path_provider() -> Callable[[Scenario], DrivePath]:
    """Route a scenario's waypoints on the offline map."""
    from hmi.nav.route import route_between
    from hmi.sim.drive import concat, path_from_route

    def provide(scenario: Scenario) -> DrivePath:
        graph = region_graph(scenario.region)
        points = list(scenario.waypoints)
        if scenario.loop:
            points.append(points[0])
        legs = [path_from_route(graph, route_between(graph, a, b)) for a, b in itertools.pairwise(points)]
        return concat(legs)

    return provide


def route_provider(region: str) -> Callable[[tuple[float, float], tuple[float, float]], DrivePath]:
    """Drive paths between two positions on the offline map: the simulated driver follows the HMI's route."""
    from hmi.nav.route import route_between
    from hmi.sim.drive import path_from_route

    graph = region_graph(region)
    return lambda a, b: path_from_route(graph, route_between(graph, a, b))


def make_agent(config: BrokerConfig, scenario_name: str) -> SimAgent:
    """The simulated agent for a scenario (by name or file), with the offline router for its drives."""
    from hmi.sim import scenario as scenarios
    from hmi.sim.agent import SimAgent

    scenario = scenarios.find(scenario_name)
    routes = None if scenario.recording is not None else route_provider(scenario.region)
    return SimAgent(config, scenario, path_provider=path_provider(), route_provider=routes)


def start_sua(config: BrokerConfig, scenario: Scenario | None) -> SuaSimulator | None:
    """The self-update-agent stand-in, started, for scenarios with an ``ota`` section (else None)."""
    if scenario is None or scenario.ota is None:
        return None
    from hmi.sim.sua import SuaSimulator

    sua = SuaSimulator(
        config.host,
        config.port,
        username=config.username,
        password=config.password,
        fail=scenario.ota["fail"],
        time_scale=scenario.ota["time_scale"],
        consent=scenario.ota["consent"],
    )
    sua.start()
    return sua
