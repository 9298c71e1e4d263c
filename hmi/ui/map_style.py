"""Map styles: colours per road class for day and night, line widths per zoom, what shows at which zoom.

Pure data (no Qt): colours are ``#rrggbb`` or ``#aarrggbb`` strings (Qt's order, alpha first). The day style
follows the familiar light car-navigation look (white streets with grey casing, warm major roads); the night
style is a low-glare dark blue-grey map with muted roads so the route line and the car stay the brightest
things on screen.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from hmi.nav.graph import RoadClass

C = RoadClass


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
    charger_fill: str
    charger_estimated_fill: str
    charger_symbol: str
    charger_outline: str
    reachable_fill: str
    reachable_outline: str
    pin_fill: str
    pin_outline: str
    overlay_text: str
    overlay_halo: str
    plate: str
    message_text: str
    extra: dict[str, str] = field(default_factory=dict)


def _roads(
    major_fill: tuple[str, str, str, str],
    major_casing: tuple[str, str, str, str],
    minor_fill: str,
    minor_casing: str,
    service_fill: str,
    link_factor: float = 0.7,
) -> dict[int, RoadStyle]:
    """Road styles for one palette: motorway, trunk, primary, secondary colours; then minor roads."""
    mw, tr, pr, se = major_fill
    mwc, trc, prc, sec = major_casing
    motorway = ((10, 2.6), (13, 5.0), (16, 12.0), (19, 34.0))
    trunk = ((10, 2.2), (13, 4.5), (16, 11.0), (19, 32.0))
    primary = ((10, 1.6), (13, 4.0), (16, 10.0), (19, 30.0))
    secondary = ((11, 1.4), (13, 3.4), (16, 9.0), (19, 28.0))
    tertiary = ((12, 1.2), (14, 3.2), (16, 8.0), (19, 26.0))
    minor = ((13, 1.0), (14, 2.2), (15, 3.6), (16, 6.5), (19, 22.0))
    service = ((15, 1.0), (16, 3.0), (19, 12.0))

    def link(stops: tuple[tuple[float, float], ...]) -> tuple[tuple[float, float], ...]:
        return tuple((z, w * link_factor) for z, w in stops)

    return {
        C.MOTORWAY: RoadStyle(mw, mwc, 0, motorway, 2.5, 0, 12),
        C.MOTORWAY_LINK: RoadStyle(mw, mwc, 12, link(motorway), 2.0, 12, 16),
        C.TRUNK: RoadStyle(tr, trc, 0, trunk, 2.5, 0, 12),
        C.TRUNK_LINK: RoadStyle(tr, trc, 12, link(trunk), 2.0, 12, 16),
        C.PRIMARY: RoadStyle(pr, prc, 0, primary, 2.0, 11, 13),
        C.PRIMARY_LINK: RoadStyle(pr, prc, 13, link(primary), 2.0, 13, 16),
        C.SECONDARY: RoadStyle(se, sec, 11, secondary, 2.0, 12, 14),
        C.SECONDARY_LINK: RoadStyle(se, sec, 13, link(secondary), 2.0, 13, 16),
        C.TERTIARY: RoadStyle(minor_fill, minor_casing, 12, tertiary, 2.0, 13, 15),
        C.TERTIARY_LINK: RoadStyle(minor_fill, minor_casing, 14, link(tertiary), 2.0, 14, 17),
        C.UNCLASSIFIED: RoadStyle(minor_fill, minor_casing, 13, minor, 1.8, 14, 16),
        C.RESIDENTIAL: RoadStyle(minor_fill, minor_casing, 13, minor, 1.8, 14, 16),
        C.LIVING_STREET: RoadStyle(minor_fill, minor_casing, 15, minor, 1.6, 15, 17),
        C.SERVICE: RoadStyle(service_fill, minor_casing, 15, service, 1.5, 16, 18),
        C.OTHER: RoadStyle(service_fill, minor_casing, 15, service, 1.5, 16, 18),
    }


DAY = MapStyle(
    name="day",
    background="#eceee8",
    roads=_roads(
        major_fill=("#f6c25b", "#f9cf72", "#fde29a", "#fff1c4"),
        major_casing=("#d39a32", "#d7a647", "#d8b462", "#d9c38e"),
        minor_fill="#ffffff",
        minor_casing="#bcc3cb",
        service_fill="#fbfbfb",
    ),
    tunnel_alpha=0.45,
    label_text="#4a4f55",
    label_major_text="#1f2226",
    label_halo="#ffffff",
    route="#1a73e8",
    route_casing="#0b4fae",
    route_driven="#a7adb5",
    route_driven_casing="#7f8790",
    car_fill="#1a73e8",
    car_outline="#ffffff",
    car_halo="#401a73e8",
    charger_fill="#188038",
    charger_estimated_fill="#ffffff",
    charger_symbol="#ffffff",
    charger_outline="#ffffff",
    reachable_fill="#3022a05a",
    reachable_outline="#b0168a48",
    pin_fill="#ea4335",
    pin_outline="#a50e0e",
    overlay_text="#2b2f33",
    overlay_halo="#ffffff",
    plate="#c8ffffff",
    message_text="#2b2f33",
)

NIGHT = MapStyle(
    name="night",
    background="#1b222c",
    roads=_roads(
        major_fill=("#8a7550", "#7b6a4c", "#5a6474", "#4d5766"),
        major_casing=("#2a2f36", "#2a2f36", "#262d37", "#252c36"),
        minor_fill="#3a4452",
        minor_casing="#222a35",
        service_fill="#323b48",
    ),
    tunnel_alpha=0.5,
    label_text="#9aa6b4",
    label_major_text="#d4dbe4",
    label_halo="#1b222c",
    route="#3d9bff",
    route_casing="#0d3d7a",
    route_driven="#566170",
    route_driven_casing="#2a323d",
    car_fill="#3d9bff",
    car_outline="#ffffff",
    car_halo="#503d9bff",
    charger_fill="#2fb55f",
    charger_estimated_fill="#1b222c",
    charger_symbol="#ffffff",
    charger_outline="#dfe6ee",
    reachable_fill="#3038c172",
    reachable_outline="#c045d483",
    pin_fill="#ff5b4f",
    pin_outline="#7a1410",
    overlay_text="#d4dbe4",
    overlay_halo="#1b222c",
    plate="#b01b222c",
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
    """(fill, casing) colours; without a casing (zoomed out) the thin line takes the casing colour so white
    streets stay visible on the light background."""
    rs = style.roads.get(int(road_class), style.roads[C.OTHER])
    if road_widths(style, road_class, zoom)[1] == 0:
        return rs.casing if style.name == "day" and not C(int(road_class)).is_major else rs.fill, rs.casing
    return rs.fill, rs.casing


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
