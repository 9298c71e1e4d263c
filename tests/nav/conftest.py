"""Session fixtures: the Monaco and Liechtenstein maps from the suite's one map cache (``hmi.testing.plugin``).

The cache key hashes the extract, its charger files and the map code, so a builder change rebuilds the maps while
an unchanged tree reuses them (a warm suite never rebuilds a map).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hmi.nav.graph import RoadGraph
from hmi.testing.plugin import cached_map as shared_cached_map


@pytest.fixture(scope="session")
def li_dir() -> Path:
    """Liechtenstein map with the OCM chargers (the default demo region)."""
    return shared_cached_map("liechtenstein")


@pytest.fixture(scope="session")
def monaco_dir() -> Path:
    """Monaco map (small, with French surroundings)."""
    return shared_cached_map("monaco")


@pytest.fixture(scope="session")
def li(li_dir: Path) -> RoadGraph:
    """The loaded Liechtenstein graph (shared: tests must not mutate it)."""
    return RoadGraph.load(li_dir)


@pytest.fixture(scope="session")
def monaco(monaco_dir: Path) -> RoadGraph:
    """The loaded Monaco graph."""
    return RoadGraph.load(monaco_dir)


@pytest.fixture(scope="session")
def to_networkx():
    """``to_networkx(graph, metric)``: the networkx DiGraph of a RoadGraph (see :func:`nx_digraph`)."""
    return nx_digraph


def nx_digraph(graph: RoadGraph, metric: str = "time"):
    """networkx DiGraph from the CSR arrays (cheapest of parallel edges), weights as float64 of the stored float32."""
    import networkx as nx

    from hmi.nav.route import edge_weights

    w = edge_weights(graph, metric)
    G = nx.DiGraph()
    G.add_nodes_from(range(graph.num_nodes))
    src = graph.edge_sources
    for e in range(graph.num_edges):
        u, v, c = int(src[e]), int(graph.edge_target[e]), float(w[e])
        if u == v:
            continue
        if not G.has_edge(u, v) or G[u][v]["weight"] > c:
            G.add_edge(u, v, weight=c)
    return G
