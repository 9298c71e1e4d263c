"""Street names on the real Liechtenstein map: along the road, upright at every map rotation, whole (never cut by
the view's edge or a bend), at least 20 px at 1024×600, not overlapping; and placement rules on synthetic streets."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from hmi.nav import projection as proj
from hmi.nav.graph import RoadClass
from hmi.ui.map import labels as lb
from hmi.ui.map_style import MIN_LABEL_PX

VADUZ = (47.1410, 9.5209)
SCHAAN = (47.1655, 9.5107)


class FixedMetrics:
    """Every letter 10 px wide, 20 px high (placement without Qt)."""

    px = 20
    height = 20.0

    def advances(self, text: str, bold: bool) -> list[float]:
        return [10.0] * len(text)


class Street:
    def __init__(self, name: str, points: list[tuple[float, float]], road_class: int = RoadClass.RESIDENTIAL) -> None:
        """``points`` in zoom-16 pixels (converted to world units)."""
        k = proj.world_size_px(16)
        base = proj.lat_lon_to_world(*VADUZ)
        self.name = name
        self.road_class = road_class
        self.xs = np.array([base[0] + x / k for x, _ in points])
        self.ys = np.array([base[1] + y / k for _, y in points])
        self.cum = np.r_[0.0, np.cumsum(np.hypot(np.diff(self.xs), np.diff(self.ys)))]
        self.bbox = (self.xs.min(), self.ys.min(), self.xs.max(), self.ys.max())


def _all_labels(layer: lb.LabelLayer, z: int, classes: list[int]) -> list[lb.Label]:
    wx, wy = proj.lat_lon_to_world(*VADUZ)
    bw = lb.BLOCK_PX / proj.world_size_px(z)
    bx, by = int(wx // bw), int(wy // bw)
    return [
        lab for dx in (-2, -1, 0, 1, 2) for dy in (-2, -1, 0, 1, 2) for lab in layer.block(z, bx + dx, by + dy, classes)
    ]


def test_a_name_longer_than_its_street_or_on_a_hairpin_is_not_placed() -> None:
    straight = Street("Kurzweg", [(0, 0), (60, 0)])  # 7 letters = 70 px on a 60 px street
    hairpin = Street("Kehre", [(0, 0), (30, 0), (32, 8), (0, 12)])  # turns back within one name's length
    long_one = Street("Langer Weg", [(0, 0), (400, 30)])
    layer = lb.LabelLayer([straight, hairpin, long_one], FixedMetrics())
    assert layer.positions(straight, 16) == []
    assert layer.positions(hairpin, 16) == []
    (lab,) = layer.positions(long_one, 16)
    assert "".join(g.ch for g in lab.forward) == "Langer Weg" == "".join(g.ch for g in lab.backward)


def test_a_street_drawn_right_to_left_still_reads_left_to_right() -> None:
    street = Street("Westwärts", [(400, 0), (0, 0)])
    (lab,) = lb.LabelLayer([street], FixedMetrics()).positions(street, 16)
    xs = [g.dx for g in lab.forward]
    assert xs == sorted(xs), "letters go left to right at bearing 0"
    assert [g.dx for g in lab.backward] == sorted((g.dx for g in lab.backward), reverse=True)
    assert lab.layout(0)[0] is False and lab.layout(180)[0] is True


@pytest.fixture(scope="module")
def scene(liechtenstein_map):
    from hmi.ui import map_render as mr

    return mr.MapScene.load(liechtenstein_map)


def test_labels_on_the_real_map_follow_their_street_and_do_not_overlap(scene, qapp) -> None:
    from hmi.ui.map.painter import QtTextMetrics
    from hmi.ui.map_style import DAY, label_classes

    metrics = QtTextMetrics(MIN_LABEL_PX)
    layer = lb.LabelLayer(scene.chains, metrics)
    by_name: dict[str, list] = {}
    for c in scene.chains:
        by_name.setdefault(c.name, []).append(c)
    for z in (14, 15, 16, 17):
        labels = _all_labels(layer, z, label_classes(DAY, z))
        assert len(labels) >= 8, f"few street names at zoom {z}: {len(labels)}"
        k = proj.world_size_px(z)
        for lab in labels:
            assert math.cos(lab.angle) >= -1e-9, f"{lab.text!r} reads right to left at bearing 0"
            assert "".join(g.ch for g in lab.forward) == lab.text, "the whole name, every letter"
            # every letter sits on its street: within a pixel of the street's polyline
            for g in lab.forward:
                px, py = lab.wx * k + g.dx, lab.wy * k + g.dy
                d = min(_distance_to_polyline(px, py, c.xs * k, c.ys * k) for c in by_name[lab.text])
                assert d < 1.0, f"{lab.text!r}: a letter {d:.1f} px off the road at zoom {z}"
        for a, b in itertools.combinations(labels, 2):
            assert not lb.collide(a, b, k), f"{a.text!r} overlaps {b.text!r} at zoom {z}"


def _distance_to_polyline(px: float, py: float, xs: np.ndarray, ys: np.ndarray) -> float:
    ax, ay, bx, by = xs[:-1], ys[:-1], xs[1:], ys[1:]
    dx, dy = bx - ax, by - ay
    t = np.clip(((px - ax) * dx + (py - ay) * dy) / np.maximum(dx * dx + dy * dy, 1e-12), 0, 1)
    return float(np.min(np.hypot(ax + t * dx - px, ay + t * dy - py)))


@pytest.mark.parametrize("bearing", [0, 33, 90, 151, 180, 222, 270, 333])
@pytest.mark.parametrize("where", [VADUZ, SCHAAN], ids=["vaduz", "schaan"])
def test_shown_labels_at_1024x600_are_upright_whole_inside_the_view_and_large_enough(
    map_window, liechtenstein_map, qtbot, bearing, where
) -> None:
    mw = map_window(
        f'mapDir: "{liechtenstein_map}"; centerLat: {where[0]}; centerLon: {where[1]}; zoom: 16; '
        f"bearing: {bearing}; labelPixelSize: 12",  # asked for less than the minimum: still 20 px
        width=1024,
        height=600,
    )
    m = mw.map
    qtbot.waitUntil(lambda: mw.grab() is not None and m.property("tilesPending") == 0, timeout=10_000)
    mw.grab()
    shown = m._frame.shown_labels
    assert len(shown) >= 4, f"only {len(shown)} street names on screen"
    assert m.property("labelPixelSize") == MIN_LABEL_PX
    for sh in shown:
        lab = sh.label
        assert lab.px >= MIN_LABEL_PX
        glyphs = lab.backward if sh.backward else lab.forward
        assert "".join(g.ch for g in glyphs) == lab.text
        b = math.radians(bearing)
        xs = [sh.x + g.dx * math.cos(b) + g.dy * math.sin(b) for g in glyphs]
        ys = [sh.y - g.dx * math.sin(b) + g.dy * math.cos(b) for g in glyphs]
        # upright: the text runs left to right (or straight up) on screen, no letter past vertical by more
        # than the bend a label may follow
        assert xs[-1] - xs[0] >= -1.0, f"{lab.text!r} upside down at bearing {bearing}"
        for g in glyphs:
            a = g.angle - b
            assert math.cos(a) >= -math.sin(math.radians(lb.MAX_BEND_DEG)) - 1e-9, f"{lab.text!r} letter upside down"
        # whole and inside the view: every letter's box within the item
        r = lab.radius
        assert min(xs) >= r - 1 and max(xs) <= 1024 - r + 1 and min(ys) >= r - 1 and max(ys) <= 600 - r + 1
    images = m._frame.labels
    assert len(images) == len(shown)
    for img, x, y in images:
        assert x >= -lb.PAD_PX and y >= -lb.PAD_PX and x + img.width() <= 1024 + lb.PAD_PX
