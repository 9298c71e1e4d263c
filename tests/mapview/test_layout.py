"""The free area of the map (largest rectangle no panel covers) against a brute-force search, and where the
scale bar and the attribution go."""

from __future__ import annotations

import itertools
import random

import pytest

from hmi.ui.map.layout import Rect, corner_items, free_area


def _brute_force(width: int, height: int, covered: list[Rect], min_px: float) -> tuple[float, float]:
    """The best (shorter side, area) over every free rectangle with corners on a 1-px grid (an independent
    oracle; (0, 0) when none is free)."""
    blocked = [[False] * width for _ in range(height)]
    for r in covered:
        for y in range(max(0, int(r.y)), min(height, int(r.bottom))):
            for x in range(max(0, int(r.x)), min(width, int(r.right))):
                blocked[y][x] = True
    best = (0.0, 0.0)
    for y0 in range(height):
        for y1 in range(y0 + 1, height + 1):
            if y1 - y0 < min_px:
                continue
            run = 0
            for x in range(width):
                if any(blocked[y][x] for y in range(y0, y1)):
                    run = 0
                    continue
                run += 1
                if run >= min_px:
                    best = max(best, (min(run, y1 - y0), run * (y1 - y0)))
    return best


@pytest.mark.parametrize("seed", range(25))
def test_free_area_is_the_roomiest_empty_rectangle(seed: int) -> None:
    rng = random.Random(seed)
    w, h = 24, 16
    covered = []
    for _ in range(rng.randint(0, 5)):
        x, y = rng.randint(-2, w - 1), rng.randint(-2, h - 1)
        covered.append(Rect(x, y, rng.randint(1, 10), rng.randint(1, 8)))
    min_px = rng.choice([1, 2, 4])
    got = free_area(w, h, covered, min_px=min_px)
    want = _brute_force(w, h, covered, min_px)
    if want == (0, 0):
        want = _brute_force(w, h, covered, min_px / 2)  # no room of min_px: half that is taken
    if want == (0, 0):
        assert got == Rect(0, 0, w, h), "nothing free: the whole item"
        return
    assert (min(got.w, got.h), got.area) == want
    assert not any(got.intersects(c) for c in covered)
    assert Rect(0, 0, w, h).contains(got) and got.w >= min_px / 2 and got.h >= min_px / 2


def test_guidance_layout_at_1280x800() -> None:
    """The navigate page while guiding: turn card top left, trip bar bottom left, buttons on the right."""
    w, h = 1280, 640
    covered = [
        Rect(16, 16, 710, 234),  # maneuver banner
        Rect(16, 258, 710, 118),  # next charging stop
        Rect(16, 435, 760, 60),  # trip timeline
        Rect(16, 503, 760, 121),  # trip bar
        Rect(1180, 140, 84, 84),  # range button
        Rect(1180, 232, 84, 352),  # map buttons
    ]
    free = free_area(w, h, covered)
    assert not any(free.intersects(c) for c in covered)
    # right of the cards (room all round the car), not the wide, low band between them
    assert free == Rect(726, 0, 454, 435)
    assert free_area(w, h, covered[:1] + covered[3:]) == Rect(726, 0, 454, 503), "no charging card, no timeline"


def test_nothing_covered_is_the_whole_item_and_off_item_panels_are_ignored() -> None:
    assert free_area(800, 600, []) == Rect(0, 0, 800, 600)
    assert free_area(800, 600, [Rect(-100, -100, 50, 50), Rect(900, 0, 10, 10)]) == Rect(0, 0, 800, 600)
    # a keyboard over everything but a sliver: the whole item (the map behaves as if uncovered)
    assert free_area(800, 600, [Rect(0, 40, 800, 560)]) == Rect(0, 0, 800, 600)
    # over most of a small screen: the strip above it, if it holds the car
    assert free_area(1024, 470, [Rect(0, 110, 1024, 360)]) == Rect(0, 0, 1024, 110)


@pytest.mark.parametrize("free", [Rect(776, 0, 404, 640), Rect(0, 290, 1164, 350), Rect(500, 100, 260, 300)])
def test_scale_bar_and_attribution_fit_in_the_free_area(free: Rect) -> None:
    bar, attr = corner_items(free, (140, 36), (230, 22))
    assert free.contains(bar) and free.contains(attr)
    assert not bar.intersects(attr)
    assert attr.bottom <= free.bottom and attr.right <= free.right  # bottom right
    if free.w >= 140 + 230 + 3 * 12:
        assert bar.x < attr.x and bar.bottom == pytest.approx(attr.bottom)  # side by side when they fit


def test_an_attribution_wider_than_the_free_area_stays_on_the_item() -> None:
    bar, attr = corner_items(Rect(500, 100, 180, 300), (140, 36), (230, 22))
    assert attr.right == pytest.approx(680 - 12) and attr.x >= 0 and not bar.intersects(attr)
    bar, attr = corner_items(Rect(0, 100, 180, 300), (140, 36), (230, 22))
    assert attr.x == 0 and not bar.intersects(attr)


def test_rect_helpers() -> None:
    r = Rect(10, 20, 100, 50)
    assert r.right == 110 and r.bottom == 70 and r.center == (60, 45) and r.area == 5000
    assert r.intersects(Rect(100, 60, 20, 20)) and not r.intersects(Rect(110, 20, 5, 5))  # touching edges: no
    assert r.shrunk(10) == Rect(20, 30, 80, 30) and r.shrunk(40).h == 0
    assert r.clipped(50, 40) == Rect(10, 20, 40, 20) and Rect(-5, -5, 4, 4).clipped(10, 10) is None
    assert all(r.contains_point(x, y) for x, y in itertools.product((10, 110), (20, 70)))
