"""Where charger icons go on screen: clustered when zoomed out, and never on top of the car.

Plain Python. Icons closer than an icon's width merge into one cluster badge with a count (below
:data:`CLUSTER_MAX_ZOOM`; at street level every charger keeps its own icon). Any icon that would touch the car
marker is pushed straight away from the car until it clears it: the car is what the driver looks for, and it
is drawn last, on top, in any case.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

#: Below this zoom, overlapping charger icons become a cluster badge.
CLUSTER_MAX_ZOOM = 14.0
#: Icon diameters (px): fast (≥ 50 kW) and slow chargers, street level and zoomed out; a cluster badge.
ICON_PX = {(True, False): 40, (False, False): 34, (True, True): 24, (False, True): 20}
CLUSTER_PX = 38
#: Icons at street level from this zoom (smaller below).
SMALL_BELOW_ZOOM = 13.5
#: Gap kept between an icon and the car marker.
CAR_GAP_PX = 4.0


@dataclass(frozen=True)
class Charger:
    """A charger in view: id, screen position, and how it is drawn."""

    id: str
    x: float
    y: float
    fast: bool
    estimated: bool


@dataclass(frozen=True)
class Marker:
    """A charger icon or a cluster badge as drawn: centre, diameter, and the chargers it stands for."""

    ids: tuple[str, ...]
    x: float
    y: float
    size: float
    fast: bool
    estimated: bool
    small: bool

    @property
    def cluster(self) -> bool:
        return len(self.ids) > 1


def place(chargers: Sequence[Charger], zoom: float, car: tuple[float, float, float] | None = None) -> list[Marker]:
    """Markers for ``chargers`` at ``zoom``; ``car`` is the car marker's (x, y, radius) on screen."""
    small = zoom < SMALL_BELOW_ZOOM
    markers: list[Marker] = []
    if zoom < CLUSTER_MAX_ZOOM:
        groups: list[list[Charger]] = []
        # fast chargers seed the clusters, so a cluster sits where the useful charger is
        for ch in sorted(chargers, key=lambda c: (not c.fast, c.id)):
            size = ICON_PX[(ch.fast, small)]
            for g in groups:
                gx = sum(c.x for c in g) / len(g)
                gy = sum(c.y for c in g) / len(g)
                if math.hypot(ch.x - gx, ch.y - gy) < size:
                    g.append(ch)
                    break
            else:
                groups.append([ch])
        for g in groups:
            if len(g) == 1:
                markers.append(_single(g[0], small))
            else:
                markers.append(
                    Marker(
                        tuple(c.id for c in g),
                        sum(c.x for c in g) / len(g),
                        sum(c.y for c in g) / len(g),
                        CLUSTER_PX,
                        any(c.fast for c in g),
                        all(c.estimated for c in g),
                        small,
                    )
                )
    else:
        markers = [_single(ch, small) for ch in chargers]
    if car is not None:
        markers = [_clear_of(m, car) for m in markers]
    return markers


def _single(ch: Charger, small: bool) -> Marker:
    return Marker((ch.id,), ch.x, ch.y, ICON_PX[(ch.fast, small)], ch.fast, ch.estimated, small)


def _clear_of(m: Marker, car: tuple[float, float, float]) -> Marker:
    """``m`` moved straight away from the car until it no longer touches the car marker."""
    cx, cy, r = car
    need = r + m.size / 2 + CAR_GAP_PX
    dx, dy = m.x - cx, m.y - cy
    d = math.hypot(dx, dy)
    if d >= need:
        return m
    ux, uy = (dx / d, dy / d) if d > 1e-6 else (0.0, -1.0)  # right on the car: above it
    return Marker(m.ids, cx + ux * need, cy + uy * need, m.size, m.fast, m.estimated, m.small)


def marker_at(markers: Sequence[Marker], x: float, y: float, hit_px: float) -> Marker | None:
    """The marker nearest to (x, y) within ``hit_px`` of its centre (touch slop included), or None."""
    best, best_d = None, math.inf
    for m in markers:
        d = math.hypot(m.x - x, m.y - y)
        if d <= max(hit_px, m.size / 2) and d < best_d:
            best, best_d = m, d
    return best
