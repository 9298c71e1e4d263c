"""The car arrow's direction: route bearing on a route, heading or course over ground while moving, held at a
standstill, never from stale (None) values, smoothed on the unit circle."""

from __future__ import annotations

import math

import pytest

from hmi.ui.map.heading import TAU_S, HeadingEstimator, HeadingInput, angle_diff

VADUZ = (47.1410, 9.5209)


def _ahead(pos: tuple[float, float], metres: float, bearing: float) -> tuple[float, float]:
    lat, lon = pos
    return (
        lat + metres * math.cos(math.radians(bearing)) / 111_320,
        lon + metres * math.sin(math.radians(bearing)) / (111_320 * math.cos(math.radians(lat))),
    )


def test_the_route_bearing_wins_over_a_noisy_heading() -> None:
    est = HeadingEstimator()
    assert est.update(HeadingInput(0.0, VADUZ, heading=95.0, speed_kmh=50, route_bearing=310.0)) == pytest.approx(310)
    assert est.source == "route"


def test_while_moving_off_route_the_heading_then_the_course_over_ground() -> None:
    est = HeadingEstimator()
    est.update(HeadingInput(0.0, VADUZ, heading=40.0, speed_kmh=50))
    assert est.heading == pytest.approx(40) and est.source == "heading"
    # no heading (or a stale one): the direction of the last metres driven
    est = HeadingEstimator()
    pos = VADUZ
    t = 0.0
    for _ in range(10):
        pos = _ahead(pos, 3.0, 200.0)
        t += 0.2
        est.update(HeadingInput(t, pos, heading=None, speed_kmh=50))
    assert est.source == "course" and est.heading == pytest.approx(200, abs=1.0)


def test_stale_or_missing_values_never_turn_the_arrow() -> None:
    est = HeadingEstimator()
    est.update(HeadingInput(0.0, VADUZ, heading=10.0, speed_kmh=40))
    for t in (1.0, 5.0, 60.0):  # heading and speed only "last known" now: the caller passes None
        assert est.update(HeadingInput(t, None, heading=None, speed_kmh=None)) == pytest.approx(10)
    # parked: a heading at a standstill is noise, the last direction holds
    assert est.update(HeadingInput(61.0, VADUZ, heading=250.0, speed_kmh=0.0)) == pytest.approx(10)


def test_a_parked_car_gets_its_first_direction_from_its_heading() -> None:
    est = HeadingEstimator()
    assert est.heading is None
    assert est.update(HeadingInput(0.0, VADUZ, heading=None, speed_kmh=0.0)) is None
    assert est.update(HeadingInput(0.1, VADUZ, heading=123.0, speed_kmh=0.0)) == pytest.approx(123)
    assert est.source == "rest"


def test_smoothing_takes_the_short_way_round_and_settles() -> None:
    est = HeadingEstimator()
    est.update(HeadingInput(0.0, VADUZ, heading=350.0, speed_kmh=30))
    est.update(HeadingInput(0.05, VADUZ, heading=20.0, speed_kmh=30))
    h = est.heading
    assert h is not None and (h > 350 or h < 20), "350° → 20° turns through north"
    assert not est.settled
    # after one time constant about 63 % of the way (on the circle), after 8 the arrow has arrived
    est = HeadingEstimator()
    est.update(HeadingInput(0.0, VADUZ, heading=350.0, speed_kmh=30))
    est.update(HeadingInput(TAU_S, VADUZ, heading=20.0, speed_kmh=30))
    assert angle_diff(est.heading, 350.0) == pytest.approx(30 * 0.63, abs=2.5)
    est.advance(8 * TAU_S)
    assert est.settled and est.heading == pytest.approx(20, abs=0.5)


def test_opposite_directions_do_not_leave_the_arrow_undefined() -> None:
    est = HeadingEstimator(tau_s=1e-9)
    est.update(HeadingInput(0.0, VADUZ, heading=90.0, speed_kmh=30))
    assert est.update(HeadingInput(1.0, VADUZ, heading=270.0, speed_kmh=30)) == pytest.approx(270)


def test_angle_diff() -> None:
    assert angle_diff(10, 350) == pytest.approx(20) and angle_diff(350, 10) == pytest.approx(-20)
    assert angle_diff(180, 0) == pytest.approx(180)


def test_the_car_takes_the_route_bearing_only_on_the_route_and_never_stale_values() -> None:
    from hmi.ui.map.car import ON_ROUTE_M, Car
    from hmi.ui.map.route_line import RouteLine

    route = RouteLine([(47.1400, 9.5200), (47.1420, 9.5200), (47.1420, 9.5220)])  # north, then east
    car = Car()
    for name, value in (("lat", 47.1410), ("lon", 9.5200), ("heading", 100.0), ("speed", 40.0)):
        assert car.set(name, value)
    assert not car.set("speed", 40.0), "unchanged"
    assert car.update(0.0, route, 111.0) and car.arrow.heading == pytest.approx(0, abs=0.5), "on the route: north"
    # off the route (well away from where guidance snapped it): the car's own heading
    car.set("lon", 9.5200 + 2 * ON_ROUTE_M / (111_320 * math.cos(math.radians(47.14))))
    car.update(10.0, route, 111.0)
    assert car.arrow.heading == pytest.approx(100, abs=0.5) and car.arrow.source == "heading"
    # a stale position is never on any route, a stale heading never counts: the arrow holds
    car.set("stale", True)
    car.set("heading_stale", True)
    car.set("heading", 250.0)
    car.update(20.0, route, 111.0)
    assert car.arrow.heading == pytest.approx(100, abs=0.5)
    assert car.set("lat", 95.0) and car.lat is None and car.world() is None, "out of range: unknown"
