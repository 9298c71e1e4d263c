"""Web-Mercator math for the map view: WGS84 ↔ world coordinates ↔ screen pixels, tiles, scale bar.

Plain Python and numpy, no Qt. Conventions:

* **world coordinates** ``(x, y)`` are normalised Web-Mercator in ``[0, 1]``: ``x`` grows east from the
  antimeridian, ``y`` grows *south* from 85.0511° N (the same orientation as screen pixels);
* at zoom ``z`` the world is ``TILE_SIZE * 2**z`` pixels wide (slippy-map convention, zoom may be fractional);
* ``bearing`` is the compass direction that points *up* on screen, degrees clockwise from north (0 = north-up;
  heading-up sets it to the car's heading).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from hmi.lazy import np

TILE_SIZE = 256
#: Latitude where Web-Mercator's square world ends.
MAX_LAT = 85.0511287798066
EARTH_RADIUS_M = 6_378_137.0  # the WGS84 semi-major axis Web-Mercator uses
EARTH_CIRCUMFERENCE_M = 2 * math.pi * EARTH_RADIUS_M
MIN_ZOOM = 0.0
MAX_ZOOM = 22.0


def clamp_lat(lat: float) -> float:
    """Latitude clamped to the Mercator square."""
    return max(-MAX_LAT, min(MAX_LAT, lat))


def lat_lon_to_world(lat: float, lon: float) -> tuple[float, float]:
    """World coordinates ``(x, y)`` in [0, 1] of a WGS84 point (latitude clamped to ±85.05°)."""
    s = math.sin(math.radians(clamp_lat(lat)))
    x = (lon + 180.0) / 360.0
    y = 0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)
    return x, y


def world_to_lat_lon(x: float, y: float) -> tuple[float, float]:
    """WGS84 ``(lat, lon)`` of world coordinates (inverse of :func:`lat_lon_to_world`)."""
    lon = x * 360.0 - 180.0
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))
    return lat, lon


def lat_lon_to_world_array(lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Vectorised :func:`lat_lon_to_world` (float64 arrays)."""
    lat = np.clip(np.asarray(lat, dtype=np.float64), -MAX_LAT, MAX_LAT)
    s = np.sin(np.radians(lat))
    x = (np.asarray(lon, dtype=np.float64) + 180.0) / 360.0
    y = 0.5 - np.log((1 + s) / (1 - s)) / (4 * np.pi)
    return x, y


def world_size_px(zoom: float) -> float:
    """Width of the whole world in pixels at ``zoom``."""
    return TILE_SIZE * 2.0**zoom


def meters_per_pixel(lat: float, zoom: float) -> float:
    """Ground metres covered by one screen pixel at latitude ``lat`` and ``zoom``."""
    return EARTH_CIRCUMFERENCE_M * math.cos(math.radians(clamp_lat(lat))) / world_size_px(zoom)


def zoom_for_meters_per_pixel(lat: float, mpp: float) -> float:
    """The zoom at which one pixel covers ``mpp`` metres at ``lat``."""
    return math.log2(EARTH_CIRCUMFERENCE_M * math.cos(math.radians(clamp_lat(lat))) / (TILE_SIZE * mpp))


def world_units_per_meter(lat: float) -> float:
    """World units (fraction of the world width) per ground metre at latitude ``lat``."""
    return 1.0 / (EARTH_CIRCUMFERENCE_M * math.cos(math.radians(clamp_lat(lat))))


def tile_bounds(z: int, tx: int, ty: int) -> tuple[float, float, float, float]:
    """World bounds ``(x0, y0, x1, y1)`` of slippy tile ``(z, tx, ty)``."""
    n = 2**z
    return tx / n, ty / n, (tx + 1) / n, (ty + 1) / n


def tiles_covering(z: int, x0: float, y0: float, x1: float, y1: float) -> list[tuple[int, int]]:
    """Tiles ``(tx, ty)`` at integer zoom ``z`` that intersect the world rectangle, row by row."""
    n = 2**z
    tx0 = max(0, math.floor(x0 * n))
    ty0 = max(0, math.floor(y0 * n))
    tx1 = min(n - 1, math.floor(x1 * n))
    ty1 = min(n - 1, math.floor(y1 * n))
    return [(tx, ty) for ty in range(ty0, ty1 + 1) for tx in range(tx0, tx1 + 1)]


@dataclass(frozen=True)
class Viewport:
    """What the map shows: centre, zoom, rotation and pixel size. Immutable; methods return new viewports."""

    center_lat: float
    center_lon: float
    zoom: float
    bearing: float = 0.0
    width: float = 1280.0
    height: float = 800.0

    # ------------------------------------------------------------------ derived values
    @property
    def center_world(self) -> tuple[float, float]:
        """World coordinates of the screen centre."""
        return lat_lon_to_world(self.center_lat, self.center_lon)

    @property
    def scale(self) -> float:
        """Screen pixels per world unit."""
        return world_size_px(self.zoom)

    @property
    def meters_per_pixel(self) -> float:
        """Ground metres per pixel at the centre."""
        return meters_per_pixel(self.center_lat, self.zoom)

    def _rot(self) -> tuple[float, float]:
        a = math.radians(self.bearing)
        return math.cos(a), math.sin(a)

    # ------------------------------------------------------------------ conversions
    def world_to_screen(self, x: float, y: float) -> tuple[float, float]:
        """Screen pixel of world point ``(x, y)``."""
        cx, cy = self.center_world
        dx, dy = (x - cx) * self.scale, (y - cy) * self.scale
        c, s = self._rot()
        # rotate by -bearing so the bearing direction points up
        return self.width / 2 + dx * c + dy * s, self.height / 2 - dx * s + dy * c

    def screen_to_world(self, px: float, py: float) -> tuple[float, float]:
        """World point under screen pixel ``(px, py)``."""
        cx, cy = self.center_world
        sx, sy = px - self.width / 2, py - self.height / 2
        c, s = self._rot()
        dx, dy = sx * c - sy * s, sx * s + sy * c
        return cx + dx / self.scale, cy + dy / self.scale

    def to_screen(self, lat: float, lon: float) -> tuple[float, float]:
        """Screen pixel of a WGS84 point."""
        return self.world_to_screen(*lat_lon_to_world(lat, lon))

    def from_screen(self, px: float, py: float) -> tuple[float, float]:
        """WGS84 ``(lat, lon)`` under screen pixel ``(px, py)``."""
        return world_to_lat_lon(*self.screen_to_world(px, py))

    def visible_world_bounds(self, margin_px: float = 0.0) -> tuple[float, float, float, float]:
        """Axis-aligned world rectangle ``(x0, y0, x1, y1)`` covering the (possibly rotated) screen."""
        m = margin_px
        corners = [
            self.screen_to_world(px, py)
            for px, py in ((-m, -m), (self.width + m, -m), (-m, self.height + m), (self.width + m, self.height + m))
        ]
        xs = [c[0] for c in corners]
        ys = [c[1] for c in corners]
        return min(xs), min(ys), max(xs), max(ys)

    # ------------------------------------------------------------------ moves
    def with_center_world(self, x: float, y: float) -> Viewport:
        """The same view centred on world point ``(x, y)``."""
        lat, lon = world_to_lat_lon(min(1.0, max(0.0, x)), min(1.0, max(0.0, y)))
        return replace(self, center_lat=lat, center_lon=lon)

    def panned(self, dx_px: float, dy_px: float) -> Viewport:
        """The view after the content was dragged by ``(dx_px, dy_px)`` screen pixels."""
        x, y = self.screen_to_world(self.width / 2 - dx_px, self.height / 2 - dy_px)
        return self.with_center_world(x, y)

    def zoomed_about(self, px: float, py: float, zoom: float) -> Viewport:
        """The view at ``zoom`` with the world point under screen pixel ``(px, py)`` kept in place."""
        wx, wy = self.screen_to_world(px, py)
        v = replace(self, zoom=zoom)
        # after zooming, move so that (wx, wy) is under (px, py) again
        nx, ny = v.screen_to_world(px, py)
        cx, cy = v.center_world
        return v.with_center_world(cx + wx - nx, cy + wy - ny)

    def keeping(self, wx: float, wy: float, px: float, py: float) -> Viewport:
        """The view (same zoom and bearing) that shows world point ``(wx, wy)`` at screen pixel ``(px, py)``."""
        nx, ny = self.screen_to_world(px, py)
        cx, cy = self.center_world
        return self.with_center_world(cx + wx - nx, cy + wy - ny)


_NICE = (1, 2, 5)


def nice_distance(max_value: float) -> float:
    """The largest 1-2-5 × 10ⁿ value not above ``max_value`` (``max_value`` > 0)."""
    if not (max_value > 0 and math.isfinite(max_value)):
        return 0.0
    exp = math.floor(math.log10(max_value))
    best = 0.0
    for e in (exp - 1, exp):
        for m in _NICE:
            v = m * 10.0**e
            if v <= max_value * (1 + 1e-12):
                best = max(best, v)
    return best


METERS_PER_MILE = 1609.344
METERS_PER_FOOT = 0.3048


def scale_bar(mpp: float, max_px: float, imperial: bool = False) -> tuple[float, str]:
    """(bar length in pixels, label) for a scale bar at most ``max_px`` long at ``mpp`` metres per pixel."""
    if not (mpp > 0 and math.isfinite(mpp) and max_px > 0):
        return 0.0, ""
    max_m = mpp * max_px
    if imperial:
        if max_m >= METERS_PER_MILE * 0.1:
            miles = nice_distance(max_m / METERS_PER_MILE)
            return miles * METERS_PER_MILE / mpp, f"{miles:g} mi"
        feet = nice_distance(max_m / METERS_PER_FOOT)
        return feet * METERS_PER_FOOT / mpp, f"{feet:g} ft"
    meters = nice_distance(max_m)
    if meters >= 1000:
        return meters / mpp, f"{meters / 1000:g} km"
    return meters / mpp, f"{meters:g} m"
