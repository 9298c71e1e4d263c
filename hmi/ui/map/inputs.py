"""Values the map item takes from QML, checked: finite numbers, lists of [lat, lon] points, rings of them.

Plain Python. QML may hand over NaN, ``undefined`` (NaN), strings, nested lists of anything; a bad value is
logged with what was wrong and the caller keeps its last good one.
"""

from __future__ import annotations

import logging
import math
from typing import Any

log = logging.getLogger(__name__)

#: Longest route / polygon accepted (points); more is an error on the caller's side.
MAX_OVERLAY_POINTS = 200_000
#: Most rings accepted in one polygon property.
MAX_RINGS = 1000


def finite(value: Any) -> float | None:
    """``value`` as a finite float, else None."""
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    return f if math.isfinite(f) else None


def lat_lon(lat: Any, lon: Any) -> tuple[float, float] | None:
    """A valid (lat, lon) from two untrusted values, or None."""
    a, b = finite(lat), finite(lon)
    if a is None or b is None or not (-85.06 <= a <= 85.06 and -180 <= b <= 180):
        return None
    return a, b


def lat_lon_list(value: Any, what: str, limit: int = MAX_OVERLAY_POINTS) -> list[tuple[float, float]]:
    """A QML list of ``[lat, lon]`` pairs (or ``{lat, lon}`` maps): bad points are skipped and logged."""
    if value is None:
        return []
    if not isinstance(value, list | tuple):
        log.warning("%s: expected a list of [lat, lon] pairs, got %s", what, type(value).__name__)
        return []
    if len(value) > limit:
        log.warning("%s: %d points, more than the %d accepted; ignored", what, len(value), limit)
        return []
    out: list[tuple[float, float]] = []
    bad = 0
    for item in value:
        if isinstance(item, dict):
            p = lat_lon(item.get("lat"), item.get("lon"))
        elif isinstance(item, list | tuple) and len(item) >= 2:
            p = lat_lon(item[0], item[1])
        else:
            p = None
        if p is None:
            bad += 1
        else:
            out.append(p)
    if bad:
        log.warning("%s: skipped %d malformed point(s)", what, bad)
    return out


def is_ring_list(value: Any) -> bool:
    """True for a list of polygons (a list whose first element is itself a list of points)."""
    return (
        isinstance(value, list | tuple)
        and bool(value)
        and isinstance(value[0], list | tuple)
        and bool(value[0])
        and isinstance(value[0][0], list | tuple | dict)
    )


def rings(value: Any, what: str) -> list[list[tuple[float, float]]]:
    """One ring or a list of rings of [lat, lon] points; rings of fewer than three good points are dropped."""
    raw = value if is_ring_list(value) else [value]
    if not isinstance(raw, list | tuple):
        return []
    out = []
    for ring in raw[:MAX_RINGS]:
        pts = lat_lon_list(ring, what)
        if len(pts) >= 3:
            out.append(pts)
    return out
