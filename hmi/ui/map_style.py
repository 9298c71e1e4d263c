"""Map styles: colours per road class for day and night, line widths per zoom, what shows at which zoom.

Pure data (no Qt): colours are ``#rrggbb`` or ``#aarrggbb`` strings (Qt's order, alpha first).

Legibility rules (checked by ``tests/mapview/test_map_style.py`` from this table):

* every road colour — fill, casing and the thin line drawn zoomed out — has a contrast ratio of at least
  :data:`MIN_ROAD_CONTRAST` with the background, in both themes (WCAG 2 relative luminance), so a road is
  seen at a glance in sunlight and at night. The day map therefore draws roads darker than the land (slate
  streets, ochre to raspberry main roads on a light warm grey); the night map draws them lighter than its
  dark blue-grey land, muted enough that the route line and the car stay the brightest things on screen;
* road classes differ by colour, width and casing: motorway, trunk, primary, secondary, tertiary, minor and
  service roads are told apart by colour and/or width at every zoom where both show;
* street names are at least :data:`MIN_LABEL_PX` pixels high (the page passes a larger size on larger screens).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from hmi.nav.graph import RoadClass

C = RoadClass

#: WCAG contrast every road colour keeps against the map background.
MIN_ROAD_CONTRAST = 3.0
#: Smallest street-name size (px), also at 1024×600.
MIN_LABEL_PX = 20
MAX_LABEL_PX = 40


@dataclass(frozen=True)
class RoadStyle:
    """How one road class is drawn."""

    fill: str
    casing: str
    #: lowest integer tile zoom at which the class is drawn at all (zoom-dependent detail)
    min_zoom: int
    #: (zoom, fill width px) stops, interpolated exponentially between them
    widths: tuple[tuple[float, float], ...]
    #: casing width added to the fill width (both sides together)
    casing_px: float = 2.0
    #: lowest zoom at which the casing is drawn
    casing_zoom: int = 0
    #: lowest zoom at which the class's street names are drawn
    label_zoom: int = 15


@dataclass(frozen=True)
class MapStyle:
    """A complete day or night style."""

    name: str
    background: str
    roads: dict[int, RoadStyle]
    tunnel_alpha: float
    label_text: str
    label_major_text: str
    label_halo: str
    route: str
    route_casing: str
    route_driven: str
    route_driven_casing: str
    car_fill: str
    car_outline: str
    car_halo: str
    #: the car marker when its position is only "last known" (stale)
    car_stale: str
    charger_fill: str
    charger_estimated_fill: str
    charger_symbol: str
    charger_outline: str
    reachable_fill: str
    reachable_outline: str
    #: drawn over the map outside the reachable area: the map stays visible, dimmed
    unreachable_dim: str
    pin_fill: str
    pin_outline: str
    overlay_text: str
    overlay_halo: str
    plate: str
    message_text: str
    extra: dict[str, str] = field(default_factory=dict)


#: The road classes a driver tells apart, most major first (links are drawn like their road, thinner).
CLASS_GROUPS: tuple[tuple[str, tuple[int, ...]], ...] = (
    ("motorway", (C.MOTORWAY, C.MOTORWAY_LINK)),
    ("trunk", (C.TRUNK, C.TRUNK_LINK)),
    ("primary", (C.PRIMARY, C.PRIMARY_LINK)),
    ("secondary", (C.SECONDARY, C.SECONDARY_LINK)),
    ("tertiary", (C.TERTIARY, C.TERTIARY_LINK)),
    ("minor", (C.UNCLASSIFIED, C.RESIDENTIAL, C.LIVING_STREET)),
    ("service", (C.SERVICE, C.OTHER)),
)


def _roads(
    major_fill: tuple[str, str, str, str],
    major_casing: tuple[str, str, str, str],
    tertiary: tuple[str, str],
    minor: tuple[str, str],
    service: tuple[str, str],
    link_factor: float = 0.7,
) -> dict[int, RoadStyle]:
    """Road styles for one palette: motorway, trunk, primary, secondary colours; then (fill, casing) pairs."""
    mw, tr, pr, se = major_fill
    mwc, trc, prc, sec = major_casing
    motorway_w = ((10, 2.8), (13, 5.5), (16, 13.0), (19, 34.0))
    trunk_w = ((10, 2.4), (13, 5.0), (16, 12.0), (19, 32.0))
    primary_w = ((10, 2.0), (13, 4.4), (16, 11.0), (19, 30.0))
    secondary_w = ((10, 1.6), (13, 3.8), (16, 10.0), (19, 28.0))
    tertiary_w = ((11, 1.3), (13, 2.8), (16, 8.5), (19, 28.0))
    minor_w = ((12, 0.9), (14, 2.2), (15, 3.8), (16, 6.5), (19, 22.0))
    service_w = ((15, 1.2), (16, 2.6), (19, 11.0))

    def link(stops: tuple[tuple[float, float], ...]) -> tuple[tuple[float, float], ...]:
        return tuple((z, w * link_factor) for z, w in stops)

    return {
        C.MOTORWAY: RoadStyle(mw, mwc, 0, motorway_w, 2.5, 12, 12),
        C.MOTORWAY_LINK: RoadStyle(mw, mwc, 12, link(motorway_w), 2.0, 13, 16),
        C.TRUNK: RoadStyle(tr, trc, 0, trunk_w, 2.5, 12, 12),
        C.TRUNK_LINK: RoadStyle(tr, trc, 12, link(trunk_w), 2.0, 13, 16),
        C.PRIMARY: RoadStyle(pr, prc, 0, primary_w, 2.0, 13, 13),
        C.PRIMARY_LINK: RoadStyle(pr, prc, 13, link(primary_w), 2.0, 14, 16),
        C.SECONDARY: RoadStyle(se, sec, 10, secondary_w, 2.0, 13, 14),
        C.SECONDARY_LINK: RoadStyle(se, sec, 13, link(secondary_w), 2.0, 14, 16),
        C.TERTIARY: RoadStyle(*tertiary, 11, tertiary_w, 2.0, 14, 14),
        C.TERTIARY_LINK: RoadStyle(*tertiary, 14, link(tertiary_w), 1.5, 15, 17),
        C.UNCLASSIFIED: RoadStyle(*minor, 12, minor_w, 1.5, 15, 15),
        C.RESIDENTIAL: RoadStyle(*minor, 12, minor_w, 1.5, 15, 15),
        C.LIVING_STREET: RoadStyle(*minor, 14, minor_w, 1.5, 15, 16),
        C.SERVICE: RoadStyle(*service, 15, service_w, 1.2, 17, 17),
        C.OTHER: RoadStyle(*service, 15, service_w, 1.2, 17, 17),
    }


DAY = MapStyle(
    name="day",
    background="#f4f2ed",
    roads=_roads(
        major_fill=("#a8325e", "#c1402a", "#b55d12", "#9a6a00"),
        major_casing=("#5e1833", "#6e2014", "#653206", "#553a00"),
        tertiary=("#5e6a79", "#333b45"),
        minor=("#7b8591", "#4c5560"),
        service=("#7d8793", "#5a636e"),
    ),
    tunnel_alpha=0.45,
    label_text="#262b33",
    label_major_text="#12151a",
    label_halo="#ffffff",
    route="#1a73e8",
    route_casing="#0b3f8c",
    route_driven="#a7adb5",
    route_driven_casing="#6f7782",
    car_fill="#1a73e8",
    car_outline="#ffffff",
    car_halo="#401a73e8",
    car_stale="#8a929c",
    charger_fill="#188038",
    charger_estimated_fill="#ffffff",
    charger_symbol="#ffffff",
    charger_outline="#ffffff",
    reachable_fill="#1422a05a",
    reachable_outline="#c0168a48",
    unreachable_dim="#4d2b313a",
    pin_fill="#ea4335",
    pin_outline="#a50e0e",
    overlay_text="#1f2329",
    overlay_halo="#ffffff",
    plate="#d9ffffff",
    message_text="#2b2f33",
)

NIGHT = MapStyle(
    name="night",
    background="#1b222c",
    roads=_roads(
        major_fill=("#b07c97", "#bd8068", "#b4936b", "#a19a5a"),
        major_casing=("#8e6179", "#95634e", "#866b4b", "#7d7646"),
        tertiary=("#8492a0", "#66737f"),
        minor=("#707d8a", "#636f7d"),
        service=("#707d8a", "#636f7d"),
    ),
    tunnel_alpha=0.5,
    label_text="#b7c2ce",
    label_major_text="#e2e8ef",
    label_halo="#1b222c",
    route="#3d9bff",
    route_casing="#0d3d7a",
    route_driven="#4d5866",
    route_driven_casing="#232a33",
    car_fill="#1f78e0",
    car_outline="#ffffff",
    car_halo="#503d9bff",
    car_stale="#6f7985",
    charger_fill="#2fb55f",
    charger_estimated_fill="#1b222c",
    charger_symbol="#ffffff",
    charger_outline="#dfe6ee",
    reachable_fill="#1438c172",
    reachable_outline="#c045d483",
    unreachable_dim="#a60a0d12",
    pin_fill="#ff5b4f",
    pin_outline="#7a1410",
    overlay_text="#e2e8ef",
    overlay_halo="#1b222c",
    plate="#c01b222c",
    message_text="#d4dbe4",
)


def style_for(night: bool) -> MapStyle:
    """The night or day style."""
    return NIGHT if night else DAY


def _interp(stops: tuple[tuple[float, float], ...], zoom: float) -> float:
    """Exponential interpolation between (zoom, value) stops (flat outside them)."""
    if zoom <= stops[0][0]:
        return stops[0][1]
    for (z0, v0), (z1, v1) in itertools.pairwise(stops):
        if zoom <= z1:
            t = (zoom - z0) / (z1 - z0)
            return v0 * (v1 / v0) ** t  # widths double per zoom-ish: interpolate in log space
    return stops[-1][1]


def road_widths(style: MapStyle, road_class: int, zoom: float) -> tuple[float, float]:
    """(fill width, casing width) in pixels for ``road_class`` at ``zoom``; casing 0 when not drawn."""
    rs = style.roads.get(int(road_class), style.roads[C.OTHER])
    fill = _interp(rs.widths, zoom)
    casing = fill + rs.casing_px if zoom >= rs.casing_zoom and fill >= 1.2 else 0.0
    return fill, casing


def road_colors(style: MapStyle, road_class: int, zoom: float) -> tuple[str, str]:
    """(fill, casing) colours of ``road_class`` (the same at every zoom: each keeps its contrast on its own)."""
    rs = style.roads.get(int(road_class), style.roads[C.OTHER])
    return rs.fill, rs.casing


def label_px(requested: float) -> int:
    """The street-name size for a requested pixel size: never below MIN_LABEL_PX, never absurdly large."""
    return round(min(MAX_LABEL_PX, max(MIN_LABEL_PX, float(requested))))


def visible_classes(style: MapStyle, zoom: int) -> list[int]:
    """Road classes drawn at integer tile ``zoom``, most major first."""
    return sorted(c for c, rs in style.roads.items() if zoom >= rs.min_zoom)


def label_classes(style: MapStyle, zoom: int) -> list[int]:
    """Road classes whose names are drawn at integer ``zoom``, most major first."""
    return sorted(c for c, rs in style.roads.items() if zoom >= rs.label_zoom and zoom >= rs.min_zoom)


def route_widths(zoom: float) -> tuple[float, float]:
    """(fill, casing) widths in pixels of the route line at ``zoom``: bold when zoomed out, within the road when in."""
    fill = _interp(((10, 5.0), (13, 7.0), (16, 11.0), (19, 20.0)), zoom)
    return fill, fill + 4.0
