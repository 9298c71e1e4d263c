"""Map drawing pieces: scene preparation, spatial query, tiles, charger file parsing."""

from __future__ import annotations

import json
import math
import os
import shutil

import numpy as np
import pytest

from hmi.nav import projection as proj
from hmi.nav.graph import MapFormatError, RoadClass, RoadGraph
from hmi.ui import map_render as mr
from hmi.ui.map_style import DAY, NIGHT, label_classes, road_widths, visible_classes


def _street_graph() -> RoadGraph:
    """Four nodes on a two-way 'Hauptstrasse' (3 segments, both directions) plus a one-way 'Nebenweg'."""
    lat = np.array([47.140, 47.141, 47.142, 47.143, 47.141])
    lon = np.array([9.520, 9.520, 9.520, 9.520, 9.522])
    # directed edges grouped by source node (CSR)
    edges = [(0, 1, 0), (1, 0, 0), (1, 2, 0), (1, 4, 1), (2, 1, 0), (2, 3, 0), (3, 2, 0)]
    edges.sort()
    src = np.array([e[0] for e in edges])
    indptr = np.searchsorted(src, np.arange(len(lat) + 1))
    tgt = np.array([e[1] for e in edges])
    length = np.array([111.0 if e[2] == 0 else 160.0 for e in edges])
    cls = np.array([RoadClass.PRIMARY if e[2] == 0 else RoadClass.RESIDENTIAL for e in edges], np.uint8)
    return RoadGraph.from_arrays(
        node_lat=lat,
        node_lon=lon,
        indptr=indptr,
        edge_target=tgt,
        edge_length_m=length,
        edge_time_s=length / 10,
        edge_class=cls,
        edge_name=np.array([e[2] for e in edges], np.int32),
        names=["Hauptstrasse", "Nebenweg"],
    )


def test_two_way_streets_are_drawn_once_and_joined_into_chains(qapp) -> None:
    scene = mr.MapScene(_street_graph())
    assert scene.num_drawn == 4  # 3 two-way segments + 1 one-way
    # minor classes first in draw order, so major roads end up on top
    assert list(scene.cls) == sorted(scene.cls, reverse=True)
    chains = {c.name: c for c in scene.chains}
    assert set(chains) == {"Hauptstrasse", "Nebenweg"}
    main = chains["Hauptstrasse"]
    assert len(main.xs) == 4  # one polyline through all four nodes, joints not repeated
    lat, _ = proj.world_to_lat_lon(main.xs[0], main.ys[0])
    assert lat == pytest.approx(47.140, abs=1e-9) or lat == pytest.approx(47.143, abs=1e-9)
    assert main.road_class == RoadClass.PRIMARY


def test_edges_in_matches_brute_force(liechtenstein_map, qapp) -> None:
    scene = mr.MapScene.load(liechtenstein_map)
    rng = np.random.default_rng(7)
    x0, y0, x1, y1 = scene.bounds
    everything = mr.class_mask(range(len(RoadClass)))
    for _ in range(40):
        size = rng.uniform(1e-5, 2e-3)
        ax, ay = rng.uniform(x0, x1), rng.uniform(y0, y1)
        got = scene.edges_in(ax, ay, ax + size, ay + size, everything)
        want = np.flatnonzero(
            (scene.minx <= ax + size) & (scene.maxx >= ax) & (scene.miny <= ay + size) & (scene.maxy >= ay)
        )
        assert sorted(got.tolist()) == want.tolist()
    majors = mr.class_mask([c for c in RoadClass if c.is_major])
    got = scene.edges_in(x0, y0, x1, y1, majors)
    assert len(got) and all(RoadClass(int(c)).is_major for c in scene.cls[got])


def test_tiles_are_blank_off_map_and_drawn_on_it(liechtenstein_map, qapp) -> None:
    scene = mr.MapScene.load(liechtenstein_map)
    cache = mr.TileCache(scene, capacity=4)
    assert cache.render(DAY, 15, 0, 0) is None  # far away from Liechtenstein
    lat, lon = 47.1410, 9.5209  # Vaduz
    x, y = proj.lat_lon_to_world(lat, lon)
    tx, ty = int(x * 2**16), int(y * 2**16)
    img = cache.render(DAY, 16, tx, ty)
    assert img is not None and (img.width(), img.height()) == (256, 256)
    colours = {img.pixel(i, j) for i in range(0, 256, 4) for j in range(0, 256, 4)}
    assert len(colours) > 20
    night = cache.render(NIGHT, 16, tx, ty)
    assert (night is not None and night.pixel(0, 0) != img.pixel(0, 0)) or night.pixel(128, 128) != img.pixel(128, 128)
    for i in range(6):  # LRU bound
        cache.render(DAY, 16, tx + i, ty)
    assert len(cache) == 4


def test_style_detail_depends_on_zoom() -> None:
    assert RoadClass.RESIDENTIAL not in visible_classes(DAY, 11)
    assert RoadClass.RESIDENTIAL in visible_classes(DAY, 15)
    assert RoadClass.PRIMARY in visible_classes(DAY, 10)
    assert RoadClass.SERVICE not in label_classes(NIGHT, 14)
    w12, _ = road_widths(DAY, RoadClass.PRIMARY, 12)
    w17, c17 = road_widths(DAY, RoadClass.PRIMARY, 17)
    assert w17 > w12 and c17 > w17
    assert road_widths(DAY, RoadClass.MOTORWAY, 14)[0] > road_widths(DAY, RoadClass.RESIDENTIAL, 14)[0]
    assert DAY.background != NIGHT.background and DAY.route != NIGHT.route


def test_charger_file_is_untrusted(tmp_path, caplog) -> None:
    path = tmp_path / "chargers.json"
    good = {"id": "ocm:1", "lat": 47.14, "lon": 9.52, "name": "Vaduz", "power_kw": 22.0, "power_estimated": True}
    entries = [
        good,
        {"id": "x"},
        {"id": 5, "lat": 1, "lon": 1},
        {"id": "nan", "lat": float("nan"), "lon": 9.5},
        {"id": "far", "lat": 91.0, "lon": 9.5},
        {"id": "bool", "lat": True, "lon": 9.5},
        "junk",
        None,
        {"id": "power", "lat": 47.1, "lon": 9.5, "power_kw": "lots"},
    ]
    path.write_text(json.dumps(entries, allow_nan=True))
    chargers = mr.load_chargers(path)
    assert [c["id"] for c in chargers] == ["ocm:1", "power"]
    assert chargers[0]["estimated"] is True and chargers[1]["power_kw"] == 0.0
    path.write_bytes(b"\xff\xfe not json")
    assert mr.load_chargers(path) == []
    path.write_text('{"not": "a list"}')
    assert mr.load_chargers(path) == []
    assert mr.load_chargers(tmp_path / "missing.json") == []
    assert "ignoring charger file" in caplog.text


def test_empty_graph_scene(qapp) -> None:
    g = RoadGraph.from_arrays(
        node_lat=np.zeros(0),
        node_lon=np.zeros(0),
        indptr=np.zeros(1, np.int64),
        edge_target=np.zeros(0, np.int32),
        edge_length_m=np.zeros(0),
        edge_time_s=np.zeros(0),
    )
    scene = mr.MapScene(g)
    assert scene.num_drawn == 0 and scene.chains == []
    assert mr.render_tile(scene, DAY, 15, 17000, 11000) is None
    assert len(scene.edges_in(0, 0, 1, 1, mr.class_mask(range(15)))) == 0
    assert not math.isnan(scene.center_lat_lon[0])


def test_shared_scene_is_reused_until_the_map_files_change(liechtenstein_map, tmp_path, qapp) -> None:
    # A live-reloaded UI gets a new map item: it must not prepare the same map again.
    first = mr.MapScene.shared(liechtenstein_map)
    assert mr.MapScene.shared(liechtenstein_map) is first
    assert mr.MapScene.shared(str(liechtenstein_map) + "/") is first  # same folder, other spelling
    # A copy that is then rebuilt (a file rewritten) is a different map: prepared afresh, old one freed.
    copy = tmp_path / "map"
    shutil.copytree(liechtenstein_map, copy)
    other = mr.MapScene.shared(copy)
    assert other is not first and other.num_drawn == first.num_drawn
    chargers = copy / "chargers.json"
    chargers.write_text("[]")
    os.utime(chargers, ns=(0, 0))  # a different mtime even on coarse-clock file systems
    rebuilt = mr.MapScene.shared(copy)
    assert rebuilt is not other and rebuilt.chargers == [] and other.chargers
    # A broken map still raises (nothing cached for it).
    (copy / "metadata.json").unlink()
    with pytest.raises(MapFormatError):
        mr.MapScene.shared(copy)
