"""The streaming simplifier against osmnx, an independent oracle, on the shipped extracts.

osmnx loads the same ways (those the road rules kept, with their directions) from OSM XML and simplifies them with
its own code (``hmi.nav.osmnx_check``). Documented differences: a loop (a way piece starting and ending at the same
graph node) is one self-loop edge per direction in osmnx and two edges split at the loop's middle node in the map;
a blocking barrier is one osmnx node and one dead-end copy per road in the map (merged again here by OSM id).
Everything else must agree edge by edge: same end nodes, same way, same length.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pytest

from hmi.nav.build import check_extract
from hmi.nav.graph import RoadGraph
from hmi.nav.osm_read import read_extract
from hmi.nav.osmnx_check import osmnx_road_graph, write_road_xml
from hmi.nav.paths import extract_path
from hmi.testing.plugin import cached_map


def _ours(g: RoadGraph) -> dict[tuple[int, int, int], list[float]]:
    src = g.edge_sources
    out: dict[tuple[int, int, int], list[float]] = defaultdict(list)
    for e in range(g.num_edges):
        key = (int(g.node_osmid[src[e]]), int(g.node_osmid[g.edge_target[e]]), int(g.edge_way[e]))
        out[key].append(float(g.edge_length_m[e]))
    return out


def _theirs(G) -> dict[tuple[int, int, int], list[float]]:
    out: dict[tuple[int, int, int], list[float]] = defaultdict(list)
    for u, v, d in G.edges(data=True):
        assert not isinstance(d["osmid"], list), "osmnx merged two ways into one edge"
        out[(u, v, d["osmid"])].append(float(d["length"]))
    return out


@pytest.mark.slow
@pytest.mark.parametrize("region", ["liechtenstein", "andorra", "monaco", "munich"])
def test_simplifier_matches_osmnx(region, tmp_path):
    g = RoadGraph.load(cached_map(region))
    src = extract_path(region)
    data = read_extract(src, check_extract(src), lambda f: None, lambda f: None)
    xml = tmp_path / "roads.osm"
    write_road_xml(data, xml)
    G = osmnx_road_graph(xml)

    ours, theirs = _ours(g), _theirs(G)
    loops = {k for k in theirs if k[0] == k[1]}
    loop_nodes = {(u, w) for u, _, w in loops}
    # nodes: barrier copies merged by OSM id; one extra node per split loop
    assert len(np.unique(g.node_osmid)) == G.number_of_nodes() + len(loop_nodes)
    # edges: each osmnx self-loop edge is two edges of the map
    assert g.num_edges == G.number_of_edges() + sum(len(theirs[k]) for k in loops)
    # the same edges with the same lengths, except at split loops
    split = {k for k in ours if k not in theirs}
    assert {(k[0], k[2]) for k in split if (k[0], k[2]) in loop_nodes} | {
        (k[1], k[2]) for k in split if (k[1], k[2]) in loop_nodes
    } == loop_nodes
    assert len(split) == 2 * len(loop_nodes)
    for k, lengths in theirs.items():
        if k in loops:
            continue
        assert sorted(ours[k]) == pytest.approx(sorted(lengths), rel=1e-5, abs=0.01), k
    # a loop's two halves add up to osmnx's self-loop
    halves: Counter[tuple[int, int]] = Counter()
    for k in split:
        halves[(k[0] if (k[0], k[2]) in loop_nodes else k[1], k[2])] += sum(ours[k])
    for u, _, w in loops:
        assert halves[(u, w)] == pytest.approx(sum(theirs[(u, u, w)]), rel=1e-5)
    total = float(np.sum(g.edge_length_m, dtype=np.float64))
    assert total == pytest.approx(sum(sum(v) for v in theirs.values()), rel=1e-6)


def test_osmnx_xml_carries_the_directions(tmp_path):
    osm = Path(__file__).parent / "osm" / "oneway.osm"
    data = read_extract(osm, "xml", lambda f: None, lambda f: None)
    write_road_xml(data, tmp_path / "x.osm")
    G = osmnx_road_graph(tmp_path / "x.osm")
    dirs = defaultdict(set)
    for u, v, d in G.edges(data=True):
        dirs[d["osmid"]].add("forward" if u < v else "backward")
    assert dirs[301] == {"forward"} and dirs[302] == {"backward"} and dirs[304] == {"forward", "backward"}
    assert 308 not in dirs  # dropped by the rules before osmnx sees it
