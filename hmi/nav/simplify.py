"""From OSM ways to a road graph with numpy: junction detection, splitting ways into edges, geometry, CSR order.

A node of a road way becomes a **graph node** when

* it is the first or last node of a way (edges never span two ways: each edge keeps its way's rules),
* it is used more than once (by two ways, or twice by the same way: a junction),
* it is *forced*: traffic signals, stop / give-way signs, barriers, turn restriction via nodes;
* it is the middle node of a way piece that would start and end at the same graph node (a closed way touching
  the network once, or a ring on its own): the loop is split in two so it has two nodes and stays routable.

Every other node is a shape point kept in the edge's polyline. A **blocking barrier** becomes one dead-end copy per
way piece reaching it (same position and OSM id), so no route can pass it.

Differences from osmnx's ``simplify_graph`` on the same ways (checked by the test suite): osmnx keeps a loop as a
self-loop edge where this module splits it (one node and one or two edges more), and osmnx has no barriers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from hmi.nav.graph import EARTH_RADIUS_M

#: Edges whose geometry is gathered at once (bounds the temporary index arrays on country-sized graphs).
GEOMETRY_CHUNK_EDGES = 1_000_000


@dataclass
class Segments:
    """Way pieces between consecutive graph nodes: positions into the flat way-node array."""

    way: np.ndarray  #: int64[S] way index
    start: np.ndarray  #: int64[S] flat position of the first node
    end: np.ndarray  #: int64[S] flat position of the last node
    loop_splits: int  #: loops split at their middle node


def sorted_unique(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(sorted distinct values, index of each element's value in them): ``np.unique(a, return_inverse=True)`` by
    sorting, several times faster than numpy 2's hash-based ``unique`` on tens of millions of ids."""
    order = np.argsort(a, kind="stable")
    s = a[order]
    first = np.ones(len(s), bool)
    if len(s) > 1:
        np.not_equal(s[1:], s[:-1], out=first[1:])
    inverse = np.empty(len(a), np.int64)
    inverse[order] = np.cumsum(first) - 1
    return s[first], inverse


def way_of_position(offsets: np.ndarray, positions: np.ndarray) -> np.ndarray:
    """Way index of flat positions (``offsets`` as in :class:`hmi.nav.osm_read.RoadWays`)."""
    return np.searchsorted(offsets, positions, side="right") - 1


def split_ways(offsets: np.ndarray, nodes: np.ndarray, num_nodes: int, forced: np.ndarray) -> Segments:
    """Cut ways at graph nodes (see the module docstring). ``nodes``: node index per flat position;
    ``forced``: bool[num_nodes] nodes that must be graph nodes."""
    r = len(nodes)
    if r == 0:
        z = np.zeros(0, np.int64)
        return Segments(z, z, z, 0)
    count = np.bincount(nodes, minlength=num_nodes)
    mark = ((count >= 2) | forced)[nodes]
    mark[offsets[:-1]] = True
    mark[offsets[1:] - 1] = True
    loop_splits = 0
    while True:
        gp = np.flatnonzero(mark)
        wo = way_of_position(offsets, gp)
        same = wo[1:] == wo[:-1]
        s, e = gp[:-1][same], gp[1:][same]
        loops = nodes[s] == nodes[e]
        if not loops.any():
            break
        # consecutive repeats were removed, so a loop has at least one node between its ends; the middle one is
        # used once (or it would already be a graph node), so splitting there touches only this way
        mark[(s[loops] + e[loops]) // 2] = True
        loop_splits += int(np.count_nonzero(loops))
    return Segments(wo[:-1][same].astype(np.int64), s.astype(np.int64), e.astype(np.int64), loop_splits)


def step_lengths(lat: np.ndarray, lon: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Cumulative great-circle distance (m) along the flat position array, restarting at 0 on each way: the length
    between positions ``p < q`` of one way is ``cum[q] - cum[p]``."""
    if len(lat) == 0:
        return np.zeros(0)
    p1, p2 = np.radians(lat[:-1]), np.radians(lat[1:])
    dl = np.radians(lon[1:] - lon[:-1])
    a = np.sin((p2 - p1) / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    d = 2 * EARTH_RADIUS_M * np.arcsin(np.minimum(1.0, np.sqrt(a)))
    d[offsets[1:-1] - 1] = 0.0  # no step from one way's last node to the next way's first
    return np.concatenate(([0.0], np.cumsum(d)))


@dataclass
class GraphNodes:
    """Graph nodes: each is a node-table index (barrier copies repeat their barrier's index)."""

    table_index: np.ndarray  #: int64[N] node-table index of graph node n
    seg_u: np.ndarray  #: int64[S] graph node at each segment's start
    seg_v: np.ndarray  #: int64[S] graph node at each segment's end
    of_table: np.ndarray  #: int64[M] graph node of a node-table index (-1: none or a barrier with copies)
    barrier_copies: int  #: graph nodes that are copies of a blocking barrier


def graph_nodes(
    seg_u_table: np.ndarray, seg_v_table: np.ndarray, blocking: np.ndarray, lat: np.ndarray, lon: np.ndarray
) -> GraphNodes:
    """Number the segment end nodes in a spatial (Morton) order, giving blocking barriers one copy per segment end.

    Spatial order keeps nearby nodes near each other in memory, which is what routing and drawing touch together.
    """
    m = len(blocking)
    ku = seg_u_table.astype(np.int64)
    kv = seg_v_table.astype(np.int64)
    keys = np.concatenate((ku, kv))
    is_copy = blocking[keys] if len(keys) else np.zeros(0, bool)
    copy_of = keys[is_copy]
    keys[is_copy] = m + np.arange(len(copy_of), dtype=np.int64)
    uniq, inv = sorted_unique(keys)
    table_index = np.where(uniq < m, uniq, 0)
    if len(copy_of):
        table_index[uniq >= m] = copy_of[uniq[uniq >= m] - m]
    order = np.argsort(morton_key(lat[table_index], lon[table_index]), kind="stable")
    rank = np.empty(len(order), np.int64)
    rank[order] = np.arange(len(order))
    table_index = table_index[order]
    new = rank[inv]
    s = len(seg_u_table)
    of_table = np.full(m, -1, np.int64)
    plain = ~blocking[table_index]
    of_table[table_index[plain]] = np.flatnonzero(plain)
    return GraphNodes(table_index, new[:s], new[s:], of_table, len(copy_of))


def morton_key(lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
    """Z-order key of positions quantised to 16 bits per axis over their bounding box."""
    if len(lat) == 0:
        return np.zeros(0, np.uint64)

    def q(v: np.ndarray) -> np.ndarray:
        lo, hi = float(v.min()), float(v.max())
        scale = 65535.0 / (hi - lo) if hi > lo else 0.0
        return ((v - lo) * scale).astype(np.uint64)

    def spread(x: np.ndarray) -> np.ndarray:
        x = (x | (x << np.uint64(8))) & np.uint64(0x00FF00FF)
        x = (x | (x << np.uint64(4))) & np.uint64(0x0F0F0F0F)
        x = (x | (x << np.uint64(2))) & np.uint64(0x33333333)
        return (x | (x << np.uint64(1))) & np.uint64(0x55555555)

    return spread(q(lat)) | (spread(q(lon)) << np.uint64(1))


@dataclass
class Edges:
    """Directed edges in CSR order."""

    segment: np.ndarray  #: int64[E] segment of each edge
    reverse: np.ndarray  #: bool[E] True when the edge runs against its way's node order
    source: np.ndarray  #: int64[E]
    target: np.ndarray  #: int64[E]
    indptr: np.ndarray  #: int64[N+1]


def directed_edges(gn: GraphNodes, seg_fwd: np.ndarray, seg_bwd: np.ndarray, num_nodes: int) -> Edges:
    """One edge per drivable direction of each segment, sorted by (source, target, segment, direction)."""
    f = np.flatnonzero(seg_fwd)
    b = np.flatnonzero(seg_bwd)
    segment = np.concatenate((f, b)).astype(np.int64)
    reverse = np.concatenate((np.zeros(len(f), bool), np.ones(len(b), bool)))
    source = np.concatenate((gn.seg_u[f], gn.seg_v[b]))
    target = np.concatenate((gn.seg_v[f], gn.seg_u[b]))
    order = np.lexsort((reverse, segment, target, source))
    segment, reverse, source, target = segment[order], reverse[order], source[order], target[order]
    indptr = np.zeros(num_nodes + 1, np.int64)
    if len(source):
        np.cumsum(np.bincount(source, minlength=num_nodes), out=indptr[1:])
    return Edges(segment, reverse, source, target, indptr)


def edge_geometry(
    edges: Edges, segs: Segments, pos_lat: np.ndarray, pos_lon: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(geom_offsets, geom_lat, geom_lon): each edge's polyline from its source to its target node."""
    start = np.where(edges.reverse, segs.end[edges.segment], segs.start[edges.segment])
    step = np.where(edges.reverse, -1, 1).astype(np.int64)
    npts = np.abs(segs.end - segs.start)[edges.segment] + 1
    offsets = np.zeros(len(npts) + 1, np.int64)
    np.cumsum(npts, out=offsets[1:])
    total = int(offsets[-1])
    glat = np.empty(total)
    glon = np.empty(total)
    for a in range(0, len(npts), GEOMETRY_CHUNK_EDGES):
        b = min(len(npts), a + GEOMETRY_CHUNK_EDGES)
        n = npts[a:b]
        lo, hi = int(offsets[a]), int(offsets[b])
        within = np.arange(hi - lo, dtype=np.int64) - np.repeat(offsets[a:b] - lo, n)
        pos = np.repeat(start[a:b], n) + np.repeat(step[a:b], n) * within
        glat[lo:hi] = pos_lat[pos]
        glon[lo:hi] = pos_lon[pos]
    return offsets, glat, glon


def strong_components(indptr: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Strongly connected component per node, numbered by size (0 = largest; ties by lowest node)."""
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import connected_components

    n = len(indptr) - 1
    if n == 0:
        return np.zeros(0, np.int32)
    m = csr_matrix((np.ones(len(target), np.int8), target.astype(np.int64), indptr), shape=(n, n))
    _, labels = connected_components(m, directed=True, connection="strong")
    sizes = np.bincount(labels)
    first = np.full(len(sizes), n, np.int64)
    np.minimum.at(first, labels, np.arange(n))
    order = np.lexsort((first, -sizes))
    relabel = np.empty(len(sizes), np.int32)
    relabel[order] = np.arange(len(sizes), dtype=np.int32)
    return relabel[labels]
