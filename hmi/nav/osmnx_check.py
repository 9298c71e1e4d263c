"""The same roads built by osmnx: an independent oracle for :mod:`hmi.nav.simplify` and the benchmark baseline.

:func:`write_road_xml` writes the ways the road rules kept (with their drivable directions as ``oneway`` tags) and
their nodes as OSM XML; :func:`osmnx_road_graph` loads it with ``osmnx.graph_from_xml`` (unsimplified) and
simplifies it with ``osmnx.simplify_graph``, telling osmnx the same two rules the streaming simplifier applies
beyond osmnx's own endpoint test: edges never span two ways (``edge_attrs_differ=["osmid"]``) and forced nodes
(signals, barriers, gates, stop/give-way signs and the first/last node of every way) are endpoints
(``node_attrs_include``). What remains different by design — osmnx keeps a loop as one self-loop edge where the map
splits it at its middle node, and a blocking barrier is one osmnx node where the map has a dead-end copy per road —
is accounted for by the tests, not hidden here.

osmnx (networkx, pandas, geopandas) is imported only by these functions: never on the app's or the build's path.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from xml.sax.saxutils import quoteattr

import numpy as np

from hmi.nav.osm_read import Extract

if TYPE_CHECKING:
    import networkx as nx

#: Node tag marking the nodes osmnx must keep as endpoints.
KEEP_TAG = "hmi_keep"


def forced_node_ids(data: Extract) -> np.ndarray:
    """OSM ids of the road nodes that must be graph nodes besides junctions: flagged nodes and way ends."""
    ways = data.ways
    ends = np.concatenate((ways.nodes[ways.offsets[:-1]], ways.nodes[ways.offsets[1:] - 1]))
    used = np.unique(ways.nodes)
    flagged = np.fromiter(data.node_flags.keys(), np.int64, len(data.node_flags))
    flagged = flagged[np.isin(flagged, data.nodes.osmid[used])]
    return np.union1d(data.nodes.osmid[ends], flagged)


def write_road_xml(data: Extract, path: Path) -> None:
    """The kept road ways and their nodes as OSM XML for ``osmnx.graph_from_xml``."""
    ways, nodes = data.ways, data.nodes
    used = np.unique(ways.nodes)
    keep = set(forced_node_ids(data).tolist())
    with path.open("w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="hmi-osmnx-check">\n')
        osmid, lat, lon = nodes.osmid.tolist(), nodes.lat.tolist(), nodes.lon.tolist()
        for i in used.tolist():
            tag = f'<tag k="{KEEP_TAG}" v="yes"/>' if osmid[i] in keep else ""
            # repr() of a Python float round-trips exactly: osmnx measures the same coordinates
            fh.write(f'<node id="{osmid[i]}" lat="{lat[i]!r}" lon="{lon[i]!r}">{tag}</node>\n')
        way_nodes = ways.nodes.tolist()
        offsets = ways.offsets.tolist()
        for w in range(ways.count):
            p = ways.profiles[int(ways.profile[w])]
            oneway = "no" if p.forward and p.backward else ("yes" if p.forward else "-1")
            refs = "".join(f'<nd ref="{osmid[i]}"/>' for i in way_nodes[offsets[w] : offsets[w + 1]])
            fh.write(
                f'<way id="{int(ways.way_id[w])}">{refs}<tag k="highway" v="road"/>'
                f"<tag k={quoteattr('oneway')} v={quoteattr(oneway)}/></way>\n"
            )
        fh.write("</osm>\n")


def osmnx_road_graph(xml_path: Path) -> nx.MultiDiGraph:
    """The simplified osmnx graph of a file from :func:`write_road_xml` (all components kept)."""
    import warnings

    import osmnx as ox

    ox.settings.log_console = False
    saved = list(ox.settings.useful_tags_node)
    ox.settings.useful_tags_node = [*saved, KEEP_TAG]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            G = ox.graph_from_xml(xml_path, simplify=False, retain_all=True)
            return ox.simplify_graph(G, node_attrs_include=[KEEP_TAG], edge_attrs_differ=["osmid"])
    finally:
        ox.settings.useful_tags_node = saved
