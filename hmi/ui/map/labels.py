"""Street names along the roads: each letter on the road line, upright, the whole name or nothing.

Plain Python and numpy; text is measured through :class:`TextMetrics` (the painter passes Qt's font metrics,
tests may pass their own). Placement works per integer zoom in :data:`BLOCK_PX` blocks of that zoom's pixel
space (computed once, kept):

* a name is placed only where a stretch of its street as long as the whole text exists and bends gently
  (every letter turns at most :data:`MAX_GLYPH_TURN_DEG` from the previous one and
  :data:`MAX_BEND_DEG` from the text's overall direction) — otherwise it is skipped, never cut;
* along a street it repeats every :data:`SPACING_PX`; in each stretch the most horizontal fitting position is
  taken (easier to read at a glance than a vertical one);
* each label has two layouts, one reading along the street's direction and one against it; a frame shows the
  one whose overall direction points rightwards on screen, so no name is ever upside down, in north-up or
  heading-up;
* labels do not overlap (their letters' discs are kept apart), majors are placed first.

Per frame, :func:`visible` keeps the labels wholly inside the view, clear of the car, pins and panels.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from hmi.lazy import np
from hmi.nav import projection as proj
from hmi.nav.graph import RoadClass
from hmi.ui.map.layout import Rect

BLOCK_PX = 512
SPACING_PX = 700.0
#: Largest turn between neighbouring letters, and of any letter from the label's overall direction.
MAX_GLYPH_TURN_DEG = 16.0
MAX_BEND_DEG = 38.0
#: Space between two labels and around the car, pins and panels (px).
PAD_PX = 6.0
#: The same name again closer than this (px) is noise (dual carriageways, a split street).
SAME_NAME_PX = 360.0
#: Letters' extra spacing along the road (px): a little air makes names on curves easier to read.
TRACKING_PX = 0.5


class TextMetrics(Protocol):
    """What placement needs to know about the label font."""

    px: int
    """Font pixel size."""
    height: float
    """Line height (px)."""

    def advances(self, text: str, bold: bool) -> list[float]:
        """Advance width of each character of ``text`` (px)."""
        ...


@dataclass(frozen=True)
class Glyph:
    """One letter: its centre relative to the label's anchor (zoom pixels, bearing 0) and its baseline angle."""

    ch: str
    dx: float
    dy: float
    angle: float
    """Radians, screen orientation at bearing 0 (0 = pointing right, positive = clockwise)."""
    adv: float
    """The letter's advance along the road (px)."""


@dataclass(frozen=True)
class Label:
    """A placed street name (see the module docstring)."""

    uid: int
    text: str
    major: bool
    wx: float
    wy: float
    """Anchor: the middle of the text on the road, world units."""
    angle: float
    """Overall direction of the forward layout (radians at bearing 0); cos(angle) ≥ 0."""
    forward: tuple[Glyph, ...]
    backward: tuple[Glyph, ...]
    radius: float
    """Half the text height plus padding: the band the text covers around its letters' centres."""
    px: int
    # letter centres relative to the anchor (zoom px, bearing 0), for the overlap tests
    points: np.ndarray = field(repr=False, compare=False)

    def layout(self, bearing_deg: float) -> tuple[bool, tuple[Glyph, ...]]:
        """(backward?, glyphs) for a map turned by ``bearing_deg``: the layout that reads left to right."""
        on_screen = self.angle - math.radians(bearing_deg)
        backward = math.cos(on_screen) < 0
        return backward, self.backward if backward else self.forward


class Street(Protocol):
    """A named street polyline (``hmi.ui.map_render.Chain``): world coordinates and cumulative length."""

    name: str
    road_class: int
    xs: np.ndarray
    ys: np.ndarray
    cum: np.ndarray
    bbox: tuple[float, float, float, float]


class LabelLayer:
    """Street-name placement for a map's streets (see the module docstring)."""

    def __init__(self, chains: Sequence[Street], metrics: TextMetrics) -> None:
        self.chains = chains
        self.metrics = metrics
        self._blocks: dict[tuple[int, int, int, tuple[int, ...]], list[Label]] = {}
        self._uid = itertools.count()
        self._cb = np.array([c.bbox for c in chains]) if chains else np.zeros((0, 4))
        self._ccls = np.array([c.road_class for c in chains], np.int64)
        self._clen = np.array([c.cum[-1] for c in chains]) if chains else np.zeros(0)
        self._advances: dict[tuple[str, bool], list[float]] = {}

    def advances(self, text: str, bold: bool) -> list[float]:
        """Per-letter advances (cached)."""
        key = (text, bold)
        got = self._advances.get(key)
        if got is None:
            got = [a + TRACKING_PX for a in self.metrics.advances(text, bold)]
            self._advances[key] = got
        return got

    def has_block(self, z: int, bx: int, by: int, classes: Sequence[int]) -> bool:
        """True when block (bx, by) at zoom ``z`` is placed already."""
        return (z, bx, by, tuple(classes)) in self._blocks

    def block(self, z: int, bx: int, by: int, classes: Sequence[int]) -> list[Label]:
        """Labels anchored in block (bx, by) at zoom ``z`` for streets of ``classes`` (placed on first call)."""
        key = (z, bx, by, tuple(classes))
        got = self._blocks.get(key)
        if got is None:
            if len(self._blocks) > 20_000:  # bounded; placement is cheap to redo
                self._blocks.clear()
            got = self._place(z, bx, by, classes)
            self._blocks[key] = got
        return got

    # ------------------------------------------------------------------ placement
    def _place(self, z: int, bx: int, by: int, classes: Sequence[int]) -> list[Label]:
        if not len(self._cb):
            return []
        k = proj.world_size_px(z)
        bw = BLOCK_PX / k
        x0, y0 = bx * bw, by * bw
        x1, y1 = x0 + bw, y0 + bw
        mask = np.zeros(max(len(RoadClass), int(self._ccls.max()) + 1) + 1, bool)
        mask[list(classes)] = True
        cb = self._cb
        cand = np.flatnonzero(
            mask[self._ccls]
            & (cb[:, 0] <= x1)
            & (cb[:, 2] >= x0)
            & (cb[:, 1] <= y1)
            & (cb[:, 3] >= y0)
            & (self._clen * k >= 40)
        )
        cand = cand[np.lexsort((-self._clen[cand], self._ccls[cand]))]  # majors first, then longer streets
        neighbours: list[Label] = []
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    neighbours.extend(self._blocks.get((z, bx + dx, by + dy, tuple(classes)), ()))
        placed: list[Label] = []
        for ci in cand.tolist():
            chain = self.chains[ci]
            for lab in self.positions(chain, z):
                if not (x0 <= lab.wx < x1 and y0 <= lab.wy < y1):
                    continue
                others = placed + neighbours
                if any(collide(lab, o, k) for o in others):
                    continue
                if any(o.text == lab.text and math.hypot((o.wx - lab.wx) * k, (o.wy - lab.wy) * k) < SAME_NAME_PX
                       for o in others):  # fmt: skip
                    continue
                placed.append(lab)
        return placed

    def positions(self, chain: Street, z: int) -> list[Label]:
        """Every label position of ``chain`` at zoom ``z``: one per SPACING_PX stretch, where it fits."""
        name = chain.name
        major = RoadClass(chain.road_class).is_major
        adv = self.advances(name, major)
        text_len = sum(adv)
        k = proj.world_size_px(z)
        cum = chain.cum * k
        length = float(cum[-1])
        if length < text_len + 8:
            return []
        xs, ys = chain.xs * k, chain.ys * k
        n = max(1, int(length // SPACING_PX))
        out = []
        for i in range(n):
            lo, hi = length * i / n + text_len / 2, length * (i + 1) / n - text_len / 2
            if hi < lo:
                lo = hi = length * (i + 0.5) / n
            steps = max(1, min(12, int((hi - lo) / max(8.0, text_len / 4))))
            best: tuple[float, Label] | None = None
            mid = (lo + hi) / 2
            for j in range(steps + 1):
                s = lo + (hi - lo) * j / steps
                lab = self._fit(name, major, adv, xs, ys, cum, s, k)
                if lab is None:
                    continue
                # horizontal first, then near the middle of the stretch
                score = abs(math.cos(lab.angle)) - 0.1 * abs(s - mid) / max(1.0, hi - lo)
                if best is None or score > best[0]:
                    best = (score, lab)
            if best is not None:
                out.append(best[1])
        return out

    def _fit(
        self,
        name: str,
        major: bool,
        adv: list[float],
        xs: np.ndarray,
        ys: np.ndarray,
        cum: np.ndarray,
        s: float,
        k: float,
    ) -> Label | None:
        """The label centred ``s`` px along the street (zoom px arrays), or None where it does not fit."""
        total = sum(adv)
        s0, s1 = s - total / 2, s + total / 2
        if s0 < 0 or s1 > cum[-1]:
            return None
        fwd = _layout(name, adv, xs, ys, cum, s0, 1)
        if fwd is None:
            return None
        glyphs, chord = fwd
        back = _layout(name, adv, xs, ys, cum, s1, -1)
        if back is None:
            return None
        bglyphs, _ = back
        if math.cos(chord) < 0:  # the forward layout is the one that reads left to right at bearing 0
            glyphs, bglyphs = bglyphs, glyphs
            chord = math.atan2(math.sin(chord + math.pi), math.cos(chord + math.pi))
        ax, ay = float(np.interp(s, cum, xs)), float(np.interp(s, cum, ys))
        rel = tuple(Glyph(ch, gx - ax, gy - ay, a, w) for (ch, gx, gy, a), w in zip(glyphs, adv, strict=True))
        brel = tuple(Glyph(ch, gx - ax, gy - ay, a, w) for (ch, gx, gy, a), w in zip(bglyphs, adv, strict=True))
        pts = np.array([(g.dx, g.dy) for g in rel])
        return Label(
            next(self._uid),
            name,
            major,
            ax / k,
            ay / k,
            chord,
            rel,
            brel,
            self.metrics.height / 2 + PAD_PX / 2,
            self.metrics.px,
            pts,
        )


def _layout(
    text: str, adv: list[float], xs: np.ndarray, ys: np.ndarray, cum: np.ndarray, start: float, step: int
) -> tuple[list[tuple[str, float, float, float]], float] | None:
    """Letters along the street from arc position ``start`` in direction ``step`` (+1 or −1): each letter's
    centre on the line and its angle; None where the street bends too much under the text."""
    total = sum(adv)
    out: list[tuple[str, float, float, float]] = []
    pos = 0.0
    angles = []
    for ch, a in zip(text, adv, strict=True):
        c = start + step * (pos + a / 2)
        p0 = start + step * pos
        p1 = start + step * (pos + a)
        x0, y0 = float(np.interp(p0, cum, xs)), float(np.interp(p0, cum, ys))
        x1, y1 = float(np.interp(p1, cum, xs)), float(np.interp(p1, cum, ys))
        if math.hypot(x1 - x0, y1 - y0) < 0.5 * a:  # a hairpin under one letter
            return None
        angles.append(math.atan2(y1 - y0, x1 - x0))
        out.append((ch, float(np.interp(c, cum, xs)), float(np.interp(c, cum, ys)), angles[-1]))
        pos += a
    end = start + step * total
    ex, ey = float(np.interp(end, cum, xs)), float(np.interp(end, cum, ys))
    sx, sy = float(np.interp(start, cum, xs)), float(np.interp(start, cum, ys))
    if math.hypot(ex - sx, ey - sy) < 0.8 * total:
        return None
    chord = math.atan2(ey - sy, ex - sx)
    limit_turn, limit_bend = math.radians(MAX_GLYPH_TURN_DEG), math.radians(MAX_BEND_DEG)
    for i, a in enumerate(angles):
        if abs(_wrap(a - chord)) > limit_bend or (i and abs(_wrap(a - angles[i - 1])) > limit_turn):
            return None
    return out, chord


def _wrap(a: float) -> float:
    return math.atan2(math.sin(a), math.cos(a))


def collide(a: Label, b: Label, k: float) -> bool:
    """True when the two labels' text bands overlap (``k``: zoom pixels per world unit)."""
    dx, dy = (b.wx - a.wx) * k, (b.wy - a.wy) * k
    reach = _reach(a) + _reach(b)
    if abs(dx) > reach or abs(dy) > reach:
        return False
    pb = b.points + np.array([dx, dy])
    d = np.hypot(a.points[:, None, 0] - pb[None, :, 0], a.points[:, None, 1] - pb[None, :, 1])
    return bool((d < a.radius + b.radius).any())


def _reach(lab: Label) -> float:
    return float(np.abs(lab.points).max()) + lab.radius if len(lab.points) else lab.radius


@dataclass(frozen=True)
class Shown:
    """A label as a frame shows it: which layout, and its anchor on screen."""

    label: Label
    backward: bool
    x: float
    y: float


def visible(
    labels: Sequence[Label],
    to_screen: Callable[[float, float], tuple[float, float]],
    bearing_deg: float,
    width: float,
    height: float,
    keep_clear: Sequence[tuple[float, float, float]] = (),
    covered: Sequence[Rect] = (),
) -> list[Shown]:
    """The labels a frame shows: every letter inside the view (none cut by its edge), none on a
    ``keep_clear`` disc (x, y, r: the car, pins, chargers) or under a ``covered`` panel."""
    if not labels:
        return []
    c, s = math.cos(math.radians(bearing_deg)), math.sin(math.radians(bearing_deg))
    out: list[Shown] = []
    clear = np.array(keep_clear, float).reshape(-1, 3)
    rects = np.array([(r.x, r.y, r.right, r.bottom) for r in covered], float).reshape(-1, 4)
    for lab in labels:
        ax, ay = to_screen(lab.wx, lab.wy)
        backward, glyphs = lab.layout(bearing_deg)
        gx = np.array([g.dx for g in glyphs])
        gy = np.array([g.dy for g in glyphs])
        # zoom px at bearing 0 → screen: turned by −bearing (see Viewport.world_to_screen)
        px, py = ax + gx * c + gy * s, ay - gx * s + gy * c
        r = lab.radius
        if px.min() < r or py.min() < r or px.max() > width - r or py.max() > height - r:
            continue
        if len(clear):
            d = np.hypot(px[:, None] - clear[None, :, 0], py[:, None] - clear[None, :, 1])
            if (d < r + clear[None, :, 2]).any():
                continue
        if len(rects):
            inside = (
                (px[:, None] > rects[None, :, 0] - r)
                & (px[:, None] < rects[None, :, 2] + r)
                & (py[:, None] > rects[None, :, 1] - r)
                & (py[:, None] < rects[None, :, 3] + r)
            )
            if inside.any():
                continue
        out.append(Shown(lab, backward, ax, ay))
    return out
