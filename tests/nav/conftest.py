"""Session fixtures: the Monaco and Liechtenstein maps, built once and cached under
``<repo>/build/test-maps/nav/`` (``$HMI_TEST_MAPS/nav``) — a folder of our own, so pruning stale builds here never
touches maps other suites cache next door.

The cache key hashes the extract, the charger files and the source of the build pipeline, so a code change in
the builder rebuilds the maps while an unchanged tree reuses them (the warm suite never runs osmnx).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from pathlib import Path

import pytest

from hmi.nav.graph import RoadGraph
from hmi.nav.paths import REPO_ROOT, is_built, shared_data_dir

CACHE = Path(os.environ.get("HMI_TEST_MAPS", REPO_ROOT / "build" / "test-maps")) / "nav"
_BUILD_SOURCES = ("build.py", "places.py", "chargers.py", "route.py", "graph.py")


def _key(*files: Path) -> str:
    h = hashlib.sha256()
    for f in files:
        h.update(f.read_bytes())
    nav = REPO_ROOT / "hmi" / "nav"
    for name in _BUILD_SOURCES:
        h.update((nav / name).read_bytes())
    return h.hexdigest()[:16]


def cached_map(region: str, chargers: tuple[str, ...] = ()) -> Path:
    """Build (or reuse) the map of ``<shared>/<region>.osm.pbf``; skips the test if the extract is missing."""
    extract = shared_data_dir() / f"{region}.osm.pbf"
    if not extract.is_file():
        pytest.skip(f"shared extract {extract} not available")
    charger_files = [shared_data_dir() / c for c in chargers]
    out = CACHE / f"{region}-{_key(extract, *charger_files)}"
    if not is_built(out):
        from hmi.nav.build import build_map

        build_map(extract, out, chargers=charger_files, region=region)
        # drop maps built by older code of ours (only inside our own nav/ folder)
        for old in CACHE.glob(f"{region}-*"):
            if old != out and re.fullmatch(rf"{region}-[0-9a-f]{{16}}", old.name):
                shutil.rmtree(old, ignore_errors=True)
    return out


@pytest.fixture(scope="session")
def li_dir() -> Path:
    """Liechtenstein map with the OCM chargers (the default demo region)."""
    return cached_map("liechtenstein", ("chargers-liechtenstein-ocm.csv",))


@pytest.fixture(scope="session")
def monaco_dir() -> Path:
    """Monaco map (small, with French surroundings)."""
    return cached_map("monaco")


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
