"""Guidance: maneuver texts, snapping, progress, off-route hysteresis, rerouting, arrival."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from hmi.nav import route as R
from hmi.nav.guidance import Guidance, Maneuver, classify_turn, format_distance, format_instruction, turn_angle

VADUZ = (47.1410, 9.5209)
SCHAAN = (47.1650, 9.5090)


def test_format_distance_and_instruction():
    assert format_distance(312) == "300 m" and format_distance(47) == "50 m" and format_distance(1234) == "1.2 km"
    assert format_distance(25_600) == "26 km" and format_distance(float("nan")) == "0 m"
    assert format_distance(1234, "de") == "1,2 km"
    m = Maneuver("turn-left", "Landstrasse", 1000.0, 90.0, 47.1, 9.5)
    assert format_instruction(m, 300) == "In 300 m, turn left onto Landstrasse"
    assert format_instruction(m, 5) == "Turn left onto Landstrasse"
    assert format_instruction(m, 300, "de") == "In 300 m links abbiegen auf Landstrasse"
    r = Maneuver("roundabout", "", 0, 0, 0, 0, exit=2)
    assert format_instruction(r, 120) == "In 100 m, at the roundabout, take the 2nd exit"
    assert format_instruction(Maneuver("depart", "Städtle", 0, 0, 0, 0)) == "Head north on Städtle"


def test_turn_classification():
    assert turn_angle(0, 90) == 90 and turn_angle(350, 10) == 20 and turn_angle(10, 350) == -20
    assert classify_turn(5) == "continue" and classify_turn(-40) == "slight-left" and classify_turn(90) == "turn-right"
    assert classify_turn(-150) == "sharp-left" and classify_turn(179) == "uturn"


def test_route_maneuvers_have_names_and_instructions(li):
    r = R.route_between(li, VADUZ, (47.2404, 9.5250))
    kinds = [m.kind for m in r.maneuvers]
    assert kinds[0] == "depart" and kinds[-1] == "arrive"
    assert any(k in kinds for k in ("turn-left", "turn-right", "roundabout"))
    named = [m for m in r.maneuvers[1:-1] if m.street]
    assert named and all(m.instruction.startswith("In ") and m.street in m.instruction for m in named)
    assert any(m.kind == "roundabout" and m.exit >= 1 and "exit" in m.instruction for m in r.maneuvers)


def _drive(route, step_m=15.0):
    """Positions every step_m along the route polyline (what a simulated car reports)."""
    pts = np.asarray(route.coordinates)
    out = [tuple(pts[0])]
    for a, b in itertools.pairwise(pts):
        d = math.hypot((b[0] - a[0]) * 111_320, (b[1] - a[1]) * 111_320 * math.cos(math.radians(a[0])))
        k = max(1, int(d // step_m))
        for i in range(1, k + 1):
            out.append((a[0] + (b[0] - a[0]) * i / k, a[1] + (b[1] - a[1]) * i / k))
    return out


def test_follow_route_to_arrival(li):
    r = R.route_between(li, VADUZ, SCHAAN)
    g = Guidance(li, r, clock=lambda: 1000.0)
    remaining = []
    seen_next = []
    for i, (lat, lon) in enumerate(_drive(r)):
        st = g.update(lat, lon, heading=None, speed=13.0, timestamp=float(i))
        assert not st.off_route
        assert st.distance_from_route_m < 5
        remaining.append(st.remaining_m)
        if st.next_maneuver is not None:
            seen_next.append(st.next_maneuver.kind)
    assert st.arrived and "arrive" in seen_next
    assert all(b <= a + 1e-6 for a, b in itertools.pairwise(remaining))
    assert remaining[0] == pytest.approx(r.distance_m, abs=20)
    assert len({k for k in seen_next}) >= 2


def test_midway_state(li):
    r = R.route_between(li, VADUZ, SCHAAN)
    g = Guidance(li, r, clock=lambda: 0.0)
    pts = _drive(r)
    half = pts[len(pts) // 2]
    st = g.update(*half)
    assert 0.3 * r.distance_m < st.remaining_m < 0.7 * r.distance_m
    assert 0 < st.remaining_s < r.duration_s and st.eta == pytest.approx(st.remaining_s)
    assert st.next_maneuver is not None and st.distance_to_next_m >= 0
    assert st.instruction.startswith("In ") and st.current_street
    nxt = st.next_maneuver
    assert st.distance_to_next_m == pytest.approx(nxt.distance_m - st.along_m)


def test_off_route_hysteresis_and_reroute(li):
    r = R.route_between(li, VADUZ, SCHAAN)
    g = Guidance(li, r)
    pts = _drive(r)
    for p in pts[:10]:
        g.update(*p)
    lat, lon = pts[10]
    far = (lat + 0.0009, lon + 0.0009)  # ~120 m off
    assert not g.update(*far).off_route
    assert not g.update(*far).off_route
    st = g.update(*far)
    assert st.off_route and "off-route" in st.events and g.needs_reroute
    # one good fix does not clear it (hysteresis), two do
    assert g.update(*pts[11]).off_route
    st = g.update(*pts[12])
    assert not st.off_route and "back-on-route" in st.events
    for _ in range(3):
        g.update(*far)
    assert g.needs_reroute
    new = g.reroute(*far)
    assert new is g.route and not g.state.off_route and g.state.events == ["rerouted"]
    assert new.coordinates[-1] == pytest.approx(r.coordinates[-1])
    # a brief excursion (2 fixes) never triggers it
    g2 = Guidance(li, r)
    g2.update(*pts[0])
    g2.update(*far)
    g2.update(*far)
    assert not g2.update(*pts[1]).off_route


def test_invalid_fixes_are_ignored(li):
    r = R.route_between(li, VADUZ, SCHAAN)
    g = Guidance(li, r)
    pts = _drive(r)
    good = g.update(*pts[5], timestamp=10.0)
    for bad in ((math.nan, 9.5), (47.1, math.inf), (91.0, 9.5), ("a", "b"), (None, None)):
        assert g.update(*bad) is good
    assert g.update(*pts[6], timestamp=5.0) is good  # out of order
    assert g.update(*pts[6], heading=float("nan"), speed=-3, timestamp=11.0) is not good
