"""The map style table, checked for legibility: road-to-background contrast (WCAG 2) for every road class in both
themes, road classes told apart, street names large enough, the route standing out."""

from __future__ import annotations

import itertools
import math

import pytest

from hmi.nav.graph import RoadClass
from hmi.ui.map_style import (
    CLASS_GROUPS,
    DAY,
    MIN_LABEL_PX,
    MIN_ROAD_CONTRAST,
    NIGHT,
    MapStyle,
    label_px,
    road_colors,
    road_widths,
    visible_classes,
)

THEMES = [DAY, NIGHT]


def _rgb(spec: str) -> tuple[int, int, int]:
    h = spec.lstrip("#")[-6:]  # #aarrggbb: the colour part
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _luminance(spec: str) -> float:
    """WCAG 2 relative luminance."""

    def lin(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = _rgb(spec)
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _lab(spec: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB colour, for colour differences."""

    def lin(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in _rgb(spec))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def delta_e(a: str, b: str) -> float:
    return math.dist(_lab(a), _lab(b))


def test_the_reported_problem_is_measured_right() -> None:
    """The old day style: white streets at 1.2:1 on #eceee8 (the issue's figure)."""
    assert contrast("#ffffff", "#eceee8") == pytest.approx(1.2, abs=0.04)


@pytest.mark.parametrize("style", THEMES, ids=lambda s: s.name)
def test_every_road_colour_has_at_least_3_to_1_contrast_with_the_background(style: MapStyle) -> None:
    low = []
    for cls in RoadClass:
        for z in range(10, 20):
            if cls not in visible_classes(style, z):
                continue
            fill, casing = road_colors(style, cls, z)
            casing_w = road_widths(style, cls, z)[1]
            for what, colour in (("fill", fill), ("casing", casing) if casing_w > 0 else ("fill", fill)):
                c = contrast(colour, style.background)
                if c < MIN_ROAD_CONTRAST:
                    low.append(f"{cls.name} {what} {colour} at zoom {z}: {c:.2f}:1")
    assert not low, "\n".join(sorted(set(low)))


@pytest.mark.parametrize("style", THEMES, ids=lambda s: s.name)
def test_road_classes_are_told_apart_by_colour_or_width(style: MapStyle) -> None:
    main = [(name, classes[0]) for name, classes in CLASS_GROUPS]
    for z in range(12, 20):
        for (na, a), (nb, b) in itertools.combinations(main, 2):
            if a not in visible_classes(style, z) or b not in visible_classes(style, z):
                continue
            de = delta_e(road_colors(style, a, z)[0], road_colors(style, b, z)[0])
            wa, wb = road_widths(style, a, z)[0], road_widths(style, b, z)[0]
            ratio = max(wa, wb) / min(wa, wb)
            assert de >= 10 or ratio >= 1.25, f"{na} and {nb} look alike at zoom {z}: ΔE {de:.1f}, widths {ratio:.2f}×"
    # the main road classes differ in colour itself (a driver reads "the orange road")
    majors = [c for _, c in main[:4]]
    for a, b in itertools.combinations(majors, 2):
        assert delta_e(style.roads[a].fill, style.roads[b].fill) >= 10, (a, b)
    # and a more important road is never drawn narrower than a less important one
    for z in range(12, 20):
        widths = [road_widths(style, c, z)[0] for _, c in main if c in visible_classes(style, z)]
        assert widths == sorted(widths, reverse=True), f"zoom {z}: {widths}"


@pytest.mark.parametrize("style", THEMES, ids=lambda s: s.name)
def test_route_car_and_labels_stand_out(style: MapStyle) -> None:
    assert contrast(style.route, style.background) >= MIN_ROAD_CONTRAST
    assert contrast(style.car_fill, style.car_outline) >= MIN_ROAD_CONTRAST  # the arrow on its white disc
    for _, classes in CLASS_GROUPS:  # the route is not mistaken for any road
        assert delta_e(style.route, style.roads[classes[0]].fill) >= 25
    for text in (style.label_text, style.label_major_text):
        assert contrast(text, style.label_halo) >= 4.5  # street names: WCAG AA on their halo


def test_street_names_are_at_least_20_px() -> None:
    assert MIN_LABEL_PX == 20
    assert label_px(12) == 20 and label_px(26) == 26 and label_px(500) <= 40
