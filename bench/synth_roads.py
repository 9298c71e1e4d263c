"""Road-like synthetic graphs of a given size, in memory, for the routing benchmark (``bench/bench_nav.py``).

A lattice of towns: each town is an irregular street grid (some streets missing, some one-way, an arterial through
the middle), towns are joined to their neighbours by rural roads, and every few rows and columns of towns a
motorway runs past with an interchange (slip roads on both sides) at each town. Some junctions have traffic
signals, a few streets are destination-only, and a few turn restrictions sit at arterial crossings. Everything is
vectorised (a 5 M-node graph takes about a minute) and deterministic from the seed.
"""

from __future__ import annotations

import math

import numpy as np

from hmi.nav.graph import RoadClass, RoadGraph

#: streets per town side (a town has TOWN² junctions)
TOWN = 20
#: metres between parallel streets of a town, and between town centres
BLOCK_M = 110.0
TOWN_GAP_M = 6_000.0
#: every MOTORWAY_EVERY-th row and column of towns has a motorway
MOTORWAY_EVERY = 4
SPEED_KMH = {
    RoadClass.MOTORWAY: 120.0,
    RoadClass.MOTORWAY_LINK: 60.0,
    RoadClass.PRIMARY: 80.0,
    RoadClass.SECONDARY: 50.0,
    RoadClass.RESIDENTIAL: 30.0,
}


def road_network(nodes: int, seed: int = 1) -> tuple[RoadGraph, dict[str, np.ndarray | list]]:
    """A graph of about ``nodes`` junctions and its map attributes (``node_flags``, ``edge_access``,
    ``restrictions``) for :func:`hmi.nav.road_attrs.attach_road_attrs`."""
    rng = np.random.default_rng(seed)
    per_town = TOWN * TOWN
    towns_side = max(1, round(math.sqrt(nodes / per_town)))
    n_towns = towns_side * towns_side
    # ---- town junctions
    t = np.arange(n_towns)
    ty, tx = np.divmod(t, towns_side)
    k = np.arange(per_town)
    ky, kx = np.divmod(k, TOWN)
    x = (tx[:, None] * TOWN_GAP_M + kx[None, :] * BLOCK_M + rng.normal(0, 8, (n_towns, per_town))).ravel()
    y = (ty[:, None] * TOWN_GAP_M + ky[None, :] * BLOCK_M + rng.normal(0, 8, (n_towns, per_town))).ravel()
    base = (t * per_town)[:, None]
    u_list, v_list, cls_list, oneway_list = [], [], [], []

    def add(u: np.ndarray, v: np.ndarray, cls: int | np.ndarray, oneway: np.ndarray | bool = False) -> None:
        u_list.append(np.asarray(u, np.int64).ravel())
        v_list.append(np.asarray(v, np.int64).ravel())
        cls_arr = np.broadcast_to(np.asarray(cls, np.uint8), u_list[-1].shape).copy()
        cls_list.append(cls_arr.ravel())
        oneway_list.append(np.broadcast_to(np.asarray(oneway, bool), u_list[-1].shape).ravel().copy())

    mid = TOWN // 2
    right = k[kx < TOWN - 1]
    up = k[ky < TOWN - 1]
    for nb, step in ((right, 1), (up, TOWN)):
        u = (base + nb[None, :]).ravel()
        v = u + step
        along = (ky[nb] if step == 1 else kx[nb])[None, :].repeat(n_towns, 0).ravel()
        arterial = along == mid
        keep = arterial | (rng.random(len(u)) > 0.3)  # some streets missing: dead ends, irregular blocks
        oneway = ~arterial & (rng.random(len(u)) < 0.2)
        cls = np.where(arterial, RoadClass.SECONDARY, RoadClass.RESIDENTIAL)
        add(u[keep], v[keep], cls[keep], oneway[keep])
    # ---- rural roads between neighbouring towns (arterial ends)
    east = t[tx < towns_side - 1]
    north = t[ty < towns_side - 1]
    add(east * per_town + mid * TOWN + TOWN - 1, (east + 1) * per_town + mid * TOWN, RoadClass.PRIMARY)
    add(north * per_town + (TOWN - 1) * TOWN + mid, (north + towns_side) * per_town + mid, RoadClass.PRIMARY)
    # ---- motorways: a carriageway per direction past every MOTORWAY_EVERY-th town row, interchange per town
    m_rows = np.arange(0, towns_side, MOTORWAY_EVERY)
    mx, my, extra = [], [], 0
    first_id = len(x)
    for row in m_rows:
        cols = np.arange(towns_side)
        ys = row * TOWN_GAP_M - 900.0
        town_entry = (row * towns_side + cols) * per_town + mid  # the arterial's south end
        for offset, east in ((0.0, True), (40.0, False)):  # one carriageway per direction, 40 m apart
            ids = first_id + extra + np.arange(towns_side)
            mx.append(cols * TOWN_GAP_M + mid * BLOCK_M + (30.0 if east else -30.0))
            my.append(np.full(towns_side, ys + offset))
            if east:
                add(ids[:-1], ids[1:], RoadClass.MOTORWAY, True)
            else:
                add(ids[1:], ids[:-1], RoadClass.MOTORWAY, True)
            add(ids, town_entry, RoadClass.MOTORWAY_LINK, True)  # off-ramp
            add(town_entry, ids, RoadClass.MOTORWAY_LINK, True)  # on-ramp
            extra += towns_side
    if mx:
        x = np.concatenate([x, *mx])
        y = np.concatenate([y, *my])
    u = np.concatenate(u_list)
    v = np.concatenate(v_list)
    cls = np.concatenate(cls_list)
    oneway = np.concatenate(oneway_list)
    # two-way roads get both directions; one-ways a random direction
    flip = oneway & (rng.random(len(u)) < 0.5)
    u, v = np.where(flip, v, u), np.where(flip, u, v)
    src = np.concatenate([u, v[~oneway]])
    dst = np.concatenate([v, u[~oneway]])
    cls = np.concatenate([cls, cls[~oneway]])
    length = np.hypot(x[src] - x[dst], y[src] - y[dst]) * rng.uniform(1.0, 1.15, len(src))
    by_class = np.full(len(RoadClass), 30.0)
    for c, kmh in SPEED_KMH.items():
        by_class[int(c)] = kmh
    speed = by_class[cls] / 3.6
    order = np.lexsort((dst, src))
    src, dst, cls, length, speed = src[order], dst[order], cls[order], length[order], speed[order]
    n = len(x)
    indptr = np.zeros(n + 1, np.int64)
    np.cumsum(np.bincount(src, minlength=n), out=indptr[1:])
    lat0 = 47.0
    lat = lat0 + y / 111_320.0
    lon = 8.0 + x / (111_320.0 * math.cos(math.radians(lat0)))
    g = RoadGraph.from_arrays(
        node_lat=lat,
        node_lon=lon,
        indptr=indptr,
        edge_target=dst.astype(np.int32),
        edge_length_m=length.astype(np.float32),
        edge_time_s=(length / speed).astype(np.float32),
        edge_class=cls,
        metadata={"region": f"synthetic-{n}"},
    )
    return g, _attributes(g, rng, cls)


def _attributes(g: RoadGraph, rng: np.random.Generator, cls: np.ndarray) -> dict[str, np.ndarray | list]:
    """Signals at a fifth of the arterial junctions, 2 % destination-only residential streets, and a no-left-turn
    at every 50th arterial crossing."""
    from hmi.nav.road_attrs import AccessFlag, NodeFlag

    src, dst = g.edge_sources.astype(np.int64), g.edge_target.astype(np.int64)
    flags = np.zeros(g.num_nodes, np.uint8)
    major = cls <= RoadClass.SECONDARY
    deg = np.bincount(dst[major], minlength=g.num_nodes)
    crossings = np.flatnonzero(deg >= 3)
    flags[crossings[rng.random(len(crossings)) < 0.2]] |= int(NodeFlag.TRAFFIC_SIGNALS)
    access = np.zeros(g.num_edges, np.uint8)
    res = np.flatnonzero(cls == RoadClass.RESIDENTIAL)
    access[res[rng.random(len(res)) < 0.02]] = int(AccessFlag.DESTINATION)
    restrictions = []
    rip, rev = g.reverse_csr()
    for v in crossings[::50].tolist():
        ins = rev[rip[v] : rip[v + 1]]
        outs = np.arange(g.indptr[v], g.indptr[v + 1])
        if len(ins) and len(outs) > 1:
            e = int(ins[0])
            f = int(next((o for o in outs if dst[o] != src[e]), outs[0]))
            restrictions.append({"osm": v, "kind": "no", "from": [e], "via_node": v, "via": [], "to": [f]})
    return {"node_flags": flags, "edge_access": access, "restrictions": restrictions}
