"""Charger markers: clustered when zoomed out, one icon each at street level, never on the car."""

from __future__ import annotations

import math

import pytest

from hmi.ui.map import markers as mk


def _ch(i: int, x: float, y: float, fast: bool = False) -> mk.Charger:
    return mk.Charger(f"c{i}", x, y, fast, False)


def test_overlapping_icons_become_one_cluster_when_zoomed_out() -> None:
    chargers = [_ch(0, 100, 100, fast=True), _ch(1, 110, 104), _ch(2, 104, 96), _ch(3, 400, 300)]
    markers = mk.place(chargers, zoom=12)
    clusters = [m for m in markers if m.cluster]
    assert len(clusters) == 1 and set(clusters[0].ids) == {"c0", "c1", "c2"} and clusters[0].fast
    assert [m.ids for m in markers if not m.cluster] == [("c3",)]
    # every charger is in exactly one marker
    assert sorted(i for m in markers for i in m.ids) == ["c0", "c1", "c2", "c3"]


def test_street_level_keeps_every_charger_apart() -> None:
    chargers = [_ch(0, 100, 100), _ch(1, 110, 104)]
    assert [m.ids for m in mk.place(chargers, zoom=15)] == [("c0",), ("c1",)]


@pytest.mark.parametrize("zoom", [12, 16])
def test_no_marker_touches_the_car(zoom: float) -> None:
    car = (500.0, 400.0, 30.0)
    chargers = [_ch(i, 500 + 25 * math.cos(i), 400 + 25 * math.sin(i), fast=i % 2 == 0) for i in range(6)]
    chargers.append(_ch(9, 500, 400))  # right on the car
    for m in mk.place(chargers, zoom, car):
        assert math.hypot(m.x - car[0], m.y - car[1]) >= car[2] + m.size / 2 + mk.CAR_GAP_PX - 1e-9


def test_marker_hit_test() -> None:
    markers = mk.place([_ch(0, 100, 100), _ch(1, 200, 100)], zoom=16)
    assert mk.marker_at(markers, 104, 103, 30).ids == ("c0",)
    assert mk.marker_at(markers, 175, 100, 30).ids == ("c1",)
    assert mk.marker_at(markers, 150, 300, 30) is None
