"""The simulated driver follows the HMI's active route, stops to charge where the plan says, and arrives."""

from __future__ import annotations

import json

import pytest

from hmi.link import signals as sig
from hmi.nav.graph import RoadGraph
from hmi.nav.route import route_between
from hmi.sim.agent import SimAgent
from hmi.sim.drive import path_from_route
from hmi.sim.navigation_follower import NavigationFollower, parse_active
from hmi.testing.plugin import find_item

pytestmark = pytest.mark.timeout(120)

VADUZ = (47.1392, 9.5229)
SCHAAN = (47.1655, 9.5107)
TRIESEN = (47.1024, 9.5234)


@pytest.fixture(scope="module")
def routes(offline_map):
    graph = RoadGraph.load(offline_map)
    return lambda a, b: path_from_route(graph, route_between(graph, a, b))


def active(dest, stops=()) -> bytes:
    return json.dumps(
        {
            "destination": None if dest is None else {"name": "X", "lat": dest[0], "lon": dest[1]},
            "eta": None,
            "arrival_soc": None,
            "charging_stops": [
                {"name": n, "lat": p[0], "lon": p[1], "arrive_soc": 10, "depart_soc": soc, "charge_s": 600}
                for n, p, soc in stops
            ],
        }
    ).encode()


def test_parse_active_rejects_garbage() -> None:
    assert parse_active(b"nope") is None
    assert parse_active(b'{"destination": {"lat": "x", "lon": 1}}') is None
    assert parse_active(active(None)).destination is None
    bad_stop = active(SCHAAN, [("c", VADUZ, 150)])
    assert parse_active(bad_stop) is None


def test_follower_ignores_eta_refreshes_and_builds_legs(routes) -> None:
    f = NavigationFollower(routes)
    action, path = f.update(active(SCHAAN, [("Vaduz charger", VADUZ, 60)]), TRIESEN)
    assert action == "drive" and path.length_m > 5000
    assert len(f.stops) == 1 and 2000 < f.stops[0].along_m < path.length_m
    assert f.update(active(SCHAAN, [("Vaduz charger", VADUZ, 60)]), TRIESEN) == ("same", None)
    assert f.update(b"garbage", TRIESEN) == ("same", None)
    assert f.update(active(None), TRIESEN) == ("park", None)


def test_agent_drives_charges_at_the_stop_then_arrives(routes, broker_config) -> None:
    agent = SimAgent(broker_config, route_provider=routes, client_id="follow-agent")
    agent.state.lat, agent.state.lon = TRIESEN
    agent.battery.soc = agent.state.soc = 20.0
    agent._nav_pending = active(SCHAAN, [("Vaduz charger", VADUZ, 45)])
    charged_at = None
    for _ in range(40_000):  # up to ~67 simulated minutes
        agent.tick(0.1)
        if agent.state.charging and charged_at is None:
            charged_at = (agent.state.lat, agent.state.lon, agent.state.soc)
        if agent.path is not None and agent.path_s >= agent.path.length_m - 1 and agent.state.speed_kmh == 0:
            break
    assert charged_at is not None, "the car stopped to charge"
    assert abs(charged_at[0] - VADUZ[0]) < 0.003 and abs(charged_at[1] - VADUZ[1]) < 0.003
    assert agent.follower.stops[0].done
    assert agent.state.soc > charged_at[2] + 10, "it charged before driving on"
    assert abs(agent.state.lat - SCHAAN[0]) < 0.003 and agent.state.gear == sig.GEAR_PARK


def test_hmi_route_is_driven_by_the_simulator_with_live_guidance(hmi_app, broker_config, routes, qtbot) -> None:
    sim = SimAgent(broker_config, route_provider=routes, client_id="drive-agent")
    sim.state.lat, sim.state.lon = VADUZ
    sim.connect()
    sim.start(speed=8)
    try:
        hmi_app.app.showPage("navigate")
        qtbot.waitUntil(lambda: hmi_app.nav.hasMap and hmi_app.store.get(sig.LATITUDE) is not None, timeout=20_000)
        hmi_app.nav.navigateTo("Schaan", *SCHAAN)
        qtbot.waitUntil(lambda: hmi_app.nav.active, timeout=15_000)
        qtbot.waitUntil(lambda: sim.driving and hmi_app.store.get(sig.SPEED, 0) > 20, timeout=20_000)
        qtbot.waitUntil(lambda: find_item(hmi_app, "maneuverBanner").isVisible(), timeout=10_000)
        start_remaining = hmi_app.nav._session.guidance.state.remaining_m
        qtbot.waitUntil(lambda: hmi_app.nav._session.guidance.state.remaining_m < start_remaining - 300, timeout=30_000)
        assert hmi_app.nav.keyboardLocked, "moving: the keyboard is locked"
        assert not hmi_app.nav._session.guidance.state.off_route
    finally:
        sim.stop()
        sim.disconnect()
