"""The map camera: what the map shows, and where the car sits on screen while it is followed.

Plain Python (numbers in, numbers out). The camera owns the view — centre, zoom, bearing, item size — and
the part of the item no panel covers (:func:`hmi.ui.map.layout.free_area`). While following, the car sits
at the *anchor* of that free area (its centre north-up; low in it heading-up, so the road ahead shows), and
when a route has a next maneuver the camera zooms out — in whole zoom levels, never below
:data:`FIT_MIN_ZOOM` — until the maneuver is inside the free area too. A zoom chosen by the driver while the
camera framed a maneuver holds until the next maneuver (or ``recenter``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from hmi.nav import projection as proj
from hmi.ui.map.layout import MARGIN_PX, Rect

MIN_ZOOM = 10.0
MAX_ZOOM = 19.0
DEFAULT_ZOOM = 15.0
#: Heading-up: the car sits this far down the free area, so more of the road ahead is visible.
HEADING_UP_CAR_Y = 0.72
#: Half the car marker (its halo) plus a gap: how far the car's centre stays from a panel.
CAR_CLEARANCE_PX = 40.0
#: Framing a far maneuver never zooms out further than this (the car's surroundings stay readable).
FIT_MIN_ZOOM = 12.0
#: A maneuver counts as "the same" while its position along the route moves less than this.
SAME_MANEUVER_M = 5.0


def clamp_zoom(z: float) -> float:
    """``z`` limited to the map's zoom range."""
    return min(MAX_ZOOM, max(MIN_ZOOM, z))


@dataclass
class Camera:
    """The view state and the rules that move it (see the module docstring)."""

    center_lat: float = 47.141
    center_lon: float = 9.521
    zoom: float = DEFAULT_ZOOM
    bearing: float = 0.0
    width: float = 1280.0
    height: float = 800.0
    follow: bool = False
    heading_up: bool = False
    #: the part of the item no panel covers (None: the whole item)
    free: Rect | None = None
    #: the zoom the driver chose; the view may show less detail to frame a maneuver
    user_zoom: float = DEFAULT_ZOOM
    #: world position of the car, and of the next maneuver with its distance along the route
    car: tuple[float, float] | None = None
    maneuver: tuple[float, float] | None = None
    maneuver_along_m: float | None = None
    #: True while the driver's zoom overrides framing the current maneuver
    fit_suspended: bool = False

    # ------------------------------------------------------------------ derived
    def viewport(self) -> proj.Viewport:
        """The current view as a :class:`~hmi.nav.projection.Viewport`."""
        return proj.Viewport(
            self.center_lat, self.center_lon, self.zoom, self.bearing, max(1.0, self.width), max(1.0, self.height)
        )

    def free_rect(self) -> Rect:
        """The uncovered area (the whole item when no panel is known)."""
        return self.free if self.free is not None else Rect(0.0, 0.0, max(1.0, self.width), max(1.0, self.height))

    def anchor(self) -> tuple[float, float]:
        """Where the car sits on screen while followed: centre of the free area, or low in it heading-up."""
        f = self.free_rect()
        x = f.x + f.w / 2
        if not self.heading_up:
            return x, f.y + f.h / 2
        inner = f.shrunk(min(CAR_CLEARANCE_PX, f.h / 2 - 1))
        return x, min(inner.bottom, f.y + f.h * HEADING_UP_CAR_Y)

    def safe_rect(self) -> Rect:
        """The free area less the car's clearance: where the car's and the maneuver's centres may go."""
        f = self.free_rect()
        return f.shrunk(min(CAR_CLEARANCE_PX, f.w / 2 - 1, f.h / 2 - 1))

    # ------------------------------------------------------------------ moves
    def set_view(self, v: proj.Viewport) -> None:
        """Take centre and zoom (clamped) from ``v``."""
        self.center_lat, self.center_lon = v.center_lat, v.center_lon
        self.zoom = clamp_zoom(v.zoom)

    def keep(self, wx: float, wy: float, px: float, py: float) -> None:
        """Move (same zoom and bearing) so world point (wx, wy) is under screen pixel (px, py)."""
        self.set_view(self.viewport().keeping(wx, wy, px, py))

    def zoom_about(self, px: float, py: float, zoom: float) -> None:
        """Zoom to ``zoom`` keeping the world point under (px, py) in place."""
        self.set_view(self.viewport().zoomed_about(px, py, clamp_zoom(zoom)))

    def clamp_to(self, bounds: tuple[float, float, float, float]) -> None:
        """Keep some map on screen: the centre may leave the map's extent by half its size at most."""
        x0, y0, x1, y1 = bounds
        mx, my = (x1 - x0) / 2 + 1e-6, (y1 - y0) / 2 + 1e-6
        wx, wy = proj.lat_lon_to_world(self.center_lat, self.center_lon)
        wx, wy = min(x1 + mx, max(x0 - mx, wx)), min(y1 + my, max(y0 - my, wy))
        self.center_lat, self.center_lon = proj.world_to_lat_lon(wx, wy)

    def fit(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """Show the world rectangle (x0, y0)–(x1, y1) in the free area, as large as fits, north-up unless
        heading-up. Stops following; following again returns to the driver's zoom."""
        self.follow = False
        if not self.heading_up:
            self.bearing = 0.0
        f = self.free_rect().shrunk(MARGIN_PX * 3)
        w, h = max(1.0, f.w), max(1.0, f.h)
        c, s = math.cos(math.radians(self.bearing)), math.sin(math.radians(self.bearing))
        # the box's extent on screen axes at this bearing, in world units
        ex = abs(x1 - x0) * abs(c) + abs(y1 - y0) * abs(s)
        ey = abs(x1 - x0) * abs(s) + abs(y1 - y0) * abs(c)
        span = max(ex / w, ey / h, 1e-12)
        # an overview, not the driver's zoom: following again returns to ``user_zoom``
        self.zoom = clamp_zoom(math.log2(1.0 / (span * proj.TILE_SIZE)))
        fx, fy = f.center
        self.keep((x0 + x1) / 2, (y0 + y1) / 2, fx, fy)

    # ------------------------------------------------------------------ following
    def set_maneuver(self, world: tuple[float, float] | None, along_m: float | None) -> None:
        """The next maneuver's world position and distance along the route (None: no route or none ahead).
        A new maneuver lifts a zoom override of the previous one."""
        if world is None or along_m is None:
            self.maneuver = self.maneuver_along_m = None
            return
        if self.maneuver_along_m is None or abs(along_m - self.maneuver_along_m) > SAME_MANEUVER_M:
            self.fit_suspended = False
        self.maneuver, self.maneuver_along_m = world, along_m

    def wanted_zoom(self) -> float:
        """The zoom following should show: the driver's, or less (whole levels) to frame the next maneuver."""
        z = clamp_zoom(self.user_zoom)
        if not self.follow or self.car is None or self.maneuver is None or self.fit_suspended:
            return z
        ax, ay = self.anchor()
        safe = self.safe_rect()
        c, s = math.cos(math.radians(self.bearing)), math.sin(math.radians(self.bearing))
        dwx, dwy = self.maneuver[0] - self.car[0], self.maneuver[1] - self.car[1]
        # screen offset of the maneuver from the car per world unit of scale (see Viewport.world_to_screen)
        ox, oy = dwx * c + dwy * s, -dwx * s + dwy * c
        k = math.inf  # the largest scale (px per world unit) at which the maneuver stays inside ``safe``
        if ox > 0:
            k = min(k, (safe.right - ax) / ox)
        elif ox < 0:
            k = min(k, (safe.x - ax) / ox)
        if oy > 0:
            k = min(k, (safe.bottom - ay) / oy)
        elif oy < 0:
            k = min(k, (safe.y - ay) / oy)
        if not math.isfinite(k):
            return z
        if k <= 0:  # the anchor is outside the safe area (a tiny free area): as far out as framing goes
            return clamp_zoom(min(z, FIT_MIN_ZOOM))
        fit = math.floor(math.log2(k / proj.TILE_SIZE) + 1e-9)
        return clamp_zoom(max(min(z, FIT_MIN_ZOOM), min(z, fit)))

    def follow_car(self) -> None:
        """While following: put the car at the anchor (at the current zoom and bearing)."""
        if self.follow and self.car is not None:
            self.keep(*self.car, *self.anchor())

    def snapshot(self) -> tuple:
        """The observable view state (the facade compares snapshots to emit change signals)."""
        return (self.center_lat, self.center_lon, self.zoom, self.bearing, self.follow, self.heading_up)

    def copy(self) -> Camera:
        """An independent copy (for previews and tests)."""
        return replace(self)
