"""The route polyline: metres along it, bearing at a point, driven/ahead split."""

from __future__ import annotations

import pytest

from hmi.nav import projection as proj
from hmi.nav.graph import bearing_deg, haversine_m
from hmi.ui.map.route_line import RouteLine

# north for ~222 m, then east for ~152 m
POINTS = [(47.1400, 9.5200), (47.1420, 9.5200), (47.1420, 9.5220)]


def test_lengths_and_points_along_the_route() -> None:
    r = RouteLine(POINTS)
    first = haversine_m(*POINTS[0], *POINTS[1])
    assert r.length_m == pytest.approx(first + haversine_m(*POINTS[1], *POINTS[2]))
    assert r.lat_lon_at(first / 2) == pytest.approx((47.1410, 9.5200))
    assert r.world_at(0) == pytest.approx(proj.lat_lon_to_world(*POINTS[0]))
    assert r.lat_lon_at(-5) == POINTS[0] and r.lat_lon_at(1e9) == pytest.approx(POINTS[-1])
    assert r.distance_to(first, 47.1420, 9.5200) == pytest.approx(0, abs=0.01)


def test_bearing_follows_the_route_and_looks_a_little_ahead() -> None:
    r = RouteLine(POINTS)
    first = haversine_m(*POINTS[0], *POINTS[1])
    assert r.bearing_at(10) == pytest.approx(0, abs=0.5)
    assert r.bearing_at(first + 20) == pytest.approx(bearing_deg(*POINTS[1], *POINTS[2]), abs=0.5)
    assert 0 < r.bearing_at(first - 6) < 90, "just before the corner the arrow starts to turn"
    assert r.bearing_at(r.length_m) == pytest.approx(90, abs=0.5), "at the end: the last stretch's direction"


def test_split_at_progress() -> None:
    r = RouteLine(POINTS)
    driven, ahead = r.split(100)
    assert driven[-1] == ahead[0] == pytest.approx(r.world_at(100))
    assert len(driven) == 2 and len(ahead) == 3
    assert r.split(0)[0] == [] and r.split(1e9)[1] == []
    with pytest.raises(ValueError):
        RouteLine(POINTS[:1])
