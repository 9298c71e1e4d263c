"""The camera: the car at the anchor of the free area, the next maneuver framed (whole zoom levels, with a floor),
the driver's zoom respected until the next maneuver, fitting a box into the free area."""

from __future__ import annotations

import math

import pytest

from hmi.nav import projection as proj
from hmi.ui.map.camera import CAR_CLEARANCE_PX, FIT_MIN_ZOOM, Camera
from hmi.ui.map.layout import Rect

VADUZ = (47.1410, 9.5209)
FREE = Rect(776, 0, 404, 640)  # right of the guidance cards at 1280×800


def _cam(**kw) -> Camera:
    cam = Camera(width=1280, height=640, free=FREE, follow=True, zoom=16, user_zoom=16, **kw)
    cam.car = proj.lat_lon_to_world(*VADUZ)
    return cam


def _screen(cam: Camera, world: tuple[float, float]) -> tuple[float, float]:
    return cam.viewport().world_to_screen(*world)


@pytest.mark.parametrize("heading_up", [False, True])
@pytest.mark.parametrize("bearing", [0, 47, 180, 301])
def test_following_puts_the_car_at_the_anchor_inside_the_free_area(heading_up: bool, bearing: float) -> None:
    cam = _cam(heading_up=heading_up, bearing=bearing)
    cam.follow_car()
    x, y = _screen(cam, cam.car)
    assert (x, y) == pytest.approx(cam.anchor(), abs=1e-6)
    assert FREE.shrunk(CAR_CLEARANCE_PX - 1).contains_point(x, y)
    if heading_up:
        assert y > FREE.y + FREE.h * 0.6, "heading-up: low in the free area, the road ahead above it"
    else:
        assert (x, y) == pytest.approx(FREE.center, abs=1e-6)


def _maneuver(cam: Camera, metres: float, bearing_deg: float) -> tuple[float, float]:
    """World point ``metres`` from the car towards compass ``bearing_deg``."""
    lat, lon = proj.world_to_lat_lon(*cam.car)
    dlat = metres * math.cos(math.radians(bearing_deg)) / 111_320
    dlon = metres * math.sin(math.radians(bearing_deg)) / (111_320 * math.cos(math.radians(lat)))
    return proj.lat_lon_to_world(lat + dlat, lon + dlon)


@pytest.mark.parametrize("heading_up", [False, True])
@pytest.mark.parametrize(("metres", "direction"), [(80, 0), (400, 300), (900, 135), (2500, 270), (3000, 20)])
def test_the_next_maneuver_is_framed_in_the_free_area(heading_up: bool, metres: float, direction: float) -> None:
    cam = _cam(heading_up=heading_up, bearing=direction if heading_up else 0)
    m = _maneuver(cam, metres, direction)
    cam.set_maneuver(m, 1000.0)
    want = cam.wanted_zoom()
    assert want == int(want) and FIT_MIN_ZOOM <= want <= 16
    cam.zoom = want
    cam.follow_car()
    safe = cam.safe_rect()
    assert safe.contains_point(*_screen(cam, cam.car))
    if want > FIT_MIN_ZOOM:
        assert safe.contains_point(*_screen(cam, m)), f"maneuver outside the free area at zoom {want}"
        # and it is the most detailed such zoom: one level more and it would not fit
        cam.zoom = want + 1
        cam.follow_car()
        assert want == 16 or not safe.contains_point(*_screen(cam, m))


def test_a_far_maneuver_stops_at_the_zoom_floor_and_a_near_one_keeps_the_drivers_zoom() -> None:
    cam = _cam()
    cam.set_maneuver(_maneuver(cam, 40_000, 10), 40_000.0)
    assert cam.wanted_zoom() == FIT_MIN_ZOOM
    cam.set_maneuver(_maneuver(cam, 30, 10), 10.0)
    assert cam.wanted_zoom() == 16
    cam.follow = False
    cam.set_maneuver(_maneuver(cam, 5000, 10), 20.0)
    assert cam.wanted_zoom() == 16, "not following: no framing"


def test_the_drivers_zoom_holds_until_the_next_maneuver() -> None:
    cam = _cam()
    cam.set_maneuver(_maneuver(cam, 2000, 0), 2000.0)
    assert cam.wanted_zoom() < 16
    cam.fit_suspended = True  # the driver zoomed in while the camera framed this maneuver
    assert cam.wanted_zoom() == 16
    cam.set_maneuver(_maneuver(cam, 1990, 0), 2002.0)  # the same maneuver, a fix later
    assert cam.fit_suspended
    cam.set_maneuver(_maneuver(cam, 2600, 0), 2600.0)  # the next one
    assert not cam.fit_suspended and cam.wanted_zoom() < 16


def test_fit_shows_a_box_in_the_free_area() -> None:
    cam = _cam()
    a = proj.lat_lon_to_world(47.06, 9.50)
    b = proj.lat_lon_to_world(47.23, 9.60)
    cam.fit(min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1]))
    assert not cam.follow and cam.bearing == 0
    for corner in ((a[0], a[1]), (b[0], b[1]), (a[0], b[1]), (b[0], a[1])):
        assert FREE.contains_point(*_screen(cam, corner))
    assert cam.zoom < 13 and cam.user_zoom == 16, "an overview: following again returns to the driver's zoom"
    cam.follow = True
    assert cam.wanted_zoom() == 16


def test_without_panels_the_free_area_is_the_item() -> None:
    cam = Camera(width=800, height=600)
    assert cam.free_rect() == Rect(0, 0, 800, 600) and cam.anchor() == (400, 300)
