"""Web-Mercator math (pure): round trips, known values, viewport transforms with rotation, scale bar."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hmi.nav import projection as proj

lats = st.floats(-85.0, 85.0, allow_nan=False)
lons = st.floats(-180.0, 180.0, allow_nan=False)
zooms = st.floats(10.0, 19.0, allow_nan=False)
bearings = st.floats(0.0, 360.0, allow_nan=False)


def test_known_values() -> None:
    assert proj.lat_lon_to_world(0.0, 0.0) == pytest.approx((0.5, 0.5))
    assert proj.lat_lon_to_world(0.0, -180.0)[0] == pytest.approx(0.0)
    assert proj.lat_lon_to_world(proj.MAX_LAT, 0.0)[1] == pytest.approx(0.0, abs=1e-9)
    assert proj.lat_lon_to_world(-proj.MAX_LAT, 0.0)[1] == pytest.approx(1.0, abs=1e-9)
    # slippy-map convention: 156 543.03 m per pixel at zoom 0 on the equator
    assert proj.meters_per_pixel(0.0, 0) == pytest.approx(156_543.03, abs=0.01)
    assert proj.meters_per_pixel(60.0, 1) == pytest.approx(proj.meters_per_pixel(0.0, 0) / 2 / 2, rel=1e-9)
    # Vaduz at zoom 16: the OSM wiki's tile formula (asinh(tan φ)) gives tile 34 501 / 23 013
    x, y = proj.lat_lon_to_world(47.1410, 9.5209)
    assert (int(x * 2**16), int(y * 2**16)) == (34_501, 23_013)
    lat = math.radians(47.1410)
    assert y == pytest.approx((1 - math.asinh(math.tan(lat)) / math.pi) / 2, abs=1e-12)


@given(lats, lons)
def test_world_round_trip(lat: float, lon: float) -> None:
    x, y = proj.lat_lon_to_world(lat, lon)
    assert 0.0 <= x <= 1.0 and 0.0 <= y <= 1.0
    lat2, lon2 = proj.world_to_lat_lon(x, y)
    assert lat2 == pytest.approx(lat, abs=1e-9)
    assert lon2 == pytest.approx(lon, abs=1e-9)


def test_array_matches_scalar() -> None:
    rng = np.random.default_rng(3)
    lat = rng.uniform(-80, 80, 500)
    lon = rng.uniform(-180, 180, 500)
    xs, ys = proj.lat_lon_to_world_array(lat, lon)
    for i in range(0, 500, 37):
        assert (xs[i], ys[i]) == pytest.approx(proj.lat_lon_to_world(lat[i], lon[i]), abs=1e-12)


def test_polar_latitudes_are_clamped_not_infinite() -> None:
    _x, y = proj.lat_lon_to_world(90.0, 0.0)
    assert math.isfinite(y) and y == pytest.approx(0.0, abs=1e-9)
    _xs, ys = proj.lat_lon_to_world_array(np.array([90.0, -90.0]), np.array([0.0, 0.0]))
    assert np.isfinite(ys).all()


@given(st.floats(46.0, 48.0), st.floats(9.0, 10.0), zooms, bearings, st.floats(0, 1280), st.floats(0, 800))
def test_viewport_screen_round_trip(lat, lon, zoom, bearing, px, py) -> None:
    v = proj.Viewport(lat, lon, zoom, bearing, 1280, 800)
    la, lo = v.from_screen(px, py)
    sx, sy = v.to_screen(la, lo)
    assert sx == pytest.approx(px, abs=1e-4)
    assert sy == pytest.approx(py, abs=1e-4)


def test_centre_maps_to_middle_and_bearing_turns_the_map() -> None:
    v = proj.Viewport(47.14, 9.52, 16, 0, 1280, 800)
    assert v.to_screen(47.14, 9.52) == pytest.approx((640, 400))
    # north-up: a point to the north is above the centre, east is to the right
    assert v.to_screen(47.15, 9.52)[1] < 400
    assert v.to_screen(47.14, 9.53)[0] > 640
    # heading east (bearing 90) puts east at the top
    east = proj.Viewport(47.14, 9.52, 16, 90, 1280, 800).to_screen(47.14, 9.53)
    assert east[0] == pytest.approx(640, abs=1e-6) and east[1] < 400


@given(zooms, bearings, st.floats(0, 1280), st.floats(0, 800), st.floats(10, 19))
def test_zoom_about_keeps_the_point_under_the_finger(zoom, bearing, px, py, new_zoom) -> None:
    v = proj.Viewport(47.14, 9.52, zoom, bearing, 1280, 800)
    before = v.from_screen(px, py)
    after = v.zoomed_about(px, py, new_zoom)
    assert after.zoom == new_zoom
    assert after.to_screen(*before) == pytest.approx((px, py), abs=1e-3)


def test_pan_moves_content_with_the_finger() -> None:
    v = proj.Viewport(47.14, 9.52, 15, 30, 1280, 800)
    point = v.from_screen(500, 300)
    moved = v.panned(40, -25)
    assert moved.to_screen(*point) == pytest.approx((540, 275), abs=1e-6)
    wx, wy = v.screen_to_world(10, 10)
    kept = v.keeping(wx, wy, 100, 200)
    assert kept.world_to_screen(wx, wy) == pytest.approx((100, 200), abs=1e-6)


def test_visible_bounds_cover_a_rotated_screen() -> None:
    v = proj.Viewport(47.14, 9.52, 15, 45, 1280, 800)
    x0, y0, x1, y1 = v.visible_world_bounds()
    for px, py in ((0, 0), (1280, 0), (0, 800), (1280, 800), (640, 400)):
        x, y = v.screen_to_world(px, py)
        assert x0 - 1e-12 <= x <= x1 + 1e-12 and y0 - 1e-12 <= y <= y1 + 1e-12
    tiles = proj.tiles_covering(15, x0, y0, x1, y1)
    cx, cy = v.center_world
    assert (int(cx * 2**15), int(cy * 2**15)) in tiles
    assert proj.tile_bounds(1, 1, 0) == (0.5, 0.0, 1.0, 0.5)


def test_zoom_for_meters_per_pixel_inverts() -> None:
    assert proj.zoom_for_meters_per_pixel(47.0, proj.meters_per_pixel(47.0, 13.3)) == pytest.approx(13.3)


@pytest.mark.parametrize(
    ("mpp", "imperial", "label"),
    [
        (1.0, False, "100 m"),
        (2.39, False, "200 m"),
        (12.0, False, "1 km"),
        (40.0, False, "5 km"),
        (1.0, True, "200 ft"),
        (30.0, True, "2 mi"),
    ],
)
def test_scale_bar_uses_round_numbers(mpp, imperial, label) -> None:
    px, text = proj.scale_bar(mpp, 130, imperial)
    assert text == label
    assert 0 < px <= 130


def test_scale_bar_rejects_nonsense() -> None:
    assert proj.scale_bar(float("nan"), 130) == (0.0, "")
    assert proj.scale_bar(-1, 130) == (0.0, "")
    assert proj.nice_distance(0) == 0.0
    assert proj.nice_distance(7.3) == 5
    assert proj.nice_distance(10) == 10
