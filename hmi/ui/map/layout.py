"""Screen layout of the map: rectangles, the area no panel covers, and where the corner items go.

Plain Python. Panels (the turn card, the trip bar, the map buttons …) are drawn over the map; the page tells
the map item their rectangles, and everything the driver must see — the car, the next maneuver, the scale
bar, the attribution — is placed in :func:`free_area`, the largest rectangle none of them covers.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass

#: A free area narrower or lower than this is not used (the car marker and some road around it must fit).
MIN_FREE_PX = 150.0
#: Space kept between the edge of the free area and what is placed in it.
MARGIN_PX = 12.0


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle in item pixels."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def area(self) -> float:
        return max(0.0, self.w) * max(0.0, self.h)

    @property
    def center(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def intersects(self, other: Rect) -> bool:
        """True when the two rectangles share an area (touching edges do not count)."""
        return self.x < other.right and other.x < self.right and self.y < other.bottom and other.y < self.bottom

    def contains(self, other: Rect) -> bool:
        """True when ``other`` lies wholly inside this rectangle."""
        return other.x >= self.x and other.y >= self.y and other.right <= self.right and other.bottom <= self.bottom

    def contains_point(self, x: float, y: float) -> bool:
        """True when (x, y) lies inside (edges included)."""
        return self.x <= x <= self.right and self.y <= y <= self.bottom

    def shrunk(self, d: float) -> Rect:
        """The rectangle with ``d`` pixels taken off every side (never negative in size)."""
        w, h = max(0.0, self.w - 2 * d), max(0.0, self.h - 2 * d)
        return Rect(self.x + (self.w - w) / 2, self.y + (self.h - h) / 2, w, h)

    def clipped(self, width: float, height: float) -> Rect | None:
        """The part inside (0, 0, width, height), or None when nothing is."""
        x0, y0 = max(0.0, self.x), max(0.0, self.y)
        x1, y1 = min(width, self.right), min(height, self.bottom)
        return Rect(x0, y0, x1 - x0, y1 - y0) if x1 > x0 and y1 > y0 else None


def free_area(width: float, height: float, covered: Iterable[Rect], min_px: float = MIN_FREE_PX) -> Rect:
    """The rectangle of the item (``width`` × ``height``) no ``covered`` rectangle overlaps that leaves the most
    room around its centre: the largest shorter side, then the largest area. (The car sits near the centre and
    the road can lead anywhere; a wide, low band between two cards would force the map to zoom far out.)

    Candidates are bounded by item and panel edges; for every pair of horizontal edges the free runs across the
    band are found from the panels that reach into it (O(n³) for n panels, a few dozen at most). A free area
    has at least ``min_px`` in both directions, or — when the panels leave no such room (a keyboard over most
    of a small screen) — half that; with less, the whole item is returned: the map then behaves as if nothing
    covered it.
    """
    rects = [c for c in (r.clipped(width, height) for r in covered) if c is not None]
    if not rects:
        return Rect(0.0, 0.0, float(width), float(height))
    for least in (min_px, min_px / 2):
        best = _roomiest(width, height, rects, least)
        if best is not None:
            return best
    return Rect(0.0, 0.0, float(width), float(height))


def _roomiest(width: float, height: float, rects: list[Rect], min_px: float) -> Rect | None:
    ys = sorted({0.0, float(height), *(r.y for r in rects), *(r.bottom for r in rects)})
    best: Rect | None = None
    for y0, y1 in itertools.combinations(ys, 2):
        if y1 - y0 < min_px:
            continue
        blocked = sorted((r.x, r.right) for r in rects if r.y < y1 and r.bottom > y0)
        x = 0.0
        for bx0, bx1 in [*blocked, (float(width), float(width))]:
            if bx0 - x >= min_px:
                cand = Rect(x, y0, bx0 - x, y1 - y0)
                if best is None or _room(cand) > _room(best):
                    best = cand
            x = max(x, bx1)
    return best


def _room(r: Rect) -> tuple[float, float]:
    """How good a free area is: its shorter side, then its area."""
    return min(r.w, r.h), r.area


def corner_items(
    free: Rect, scale_bar: tuple[float, float], attribution: tuple[float, float], margin: float = MARGIN_PX
) -> tuple[Rect, Rect]:
    """Rectangles for the scale bar (bottom left) and the attribution (bottom right) of the free area.

    ``scale_bar`` and ``attribution`` are (width, height). When the free area is too narrow for both side by
    side, the scale bar goes above the attribution, right-aligned with it. An attribution wider than the free
    area is right-aligned in it as far as the item's left edge allows (it must stay on screen).
    """
    bw, bh = scale_bar
    aw, ah = attribution
    attr = Rect(max(0.0, free.right - margin - aw), free.bottom - margin - ah, aw, ah)
    bar = Rect(free.x + margin, free.bottom - margin - bh, bw, bh)
    if bar.right + margin > attr.x:
        bar = Rect(attr.right - bw, attr.y - margin / 2 - bh, bw, bh)
    return bar, attr
