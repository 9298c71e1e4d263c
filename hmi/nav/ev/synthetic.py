"""Synthetic road graphs for tests and benchmarks (a real :class:`hmi.nav.graph.RoadGraph`, just generated)."""

from __future__ import annotations

import math

import numpy as np


def grid_graph(
    rows: int,
    cols: int,
    spacing_m: float = 1000.0,
    speed_kmh: float | np.ndarray = 80.0,
    origin: tuple[float, float] = (47.0, 9.5),
    seed: int | None = None,
    jitter: float = 0.0,
):
    """A bidirectional ``rows × cols`` grid road graph around ``origin`` (lat, lon).

    ``speed_kmh`` is one speed or a random range is drawn per edge when ``seed`` is given with ``jitter`` > 0
    (speeds × U(1 − jitter, 1 + jitter)). Returns a :class:`hmi.nav.graph.RoadGraph`.
    """
    from hmi.nav.graph import RoadGraph

    rng = np.random.default_rng(seed)
    n = rows * cols
    dlat = spacing_m / 111_320.0
    dlon = spacing_m / (111_320.0 * math.cos(math.radians(origin[0])))
    lat = np.array([origin[0] + r * dlat for r in range(rows) for _ in range(cols)])
    lon = np.array([origin[1] + c * dlon for _ in range(rows) for c in range(cols)])
    adj: list[list[int]] = [[] for _ in range(n)]
    for r in range(rows):
        for c in range(cols):
            u = r * cols + c
            if c + 1 < cols:
                adj[u].append(u + 1)
                adj[u + 1].append(u)
            if r + 1 < rows:
                adj[u].append(u + cols)
                adj[u + cols].append(u)
    indptr = np.zeros(n + 1, np.int64)
    indptr[1:] = np.cumsum([len(a) for a in adj])
    target = np.array([v for a in adj for v in a], np.int32)
    e = len(target)
    length = np.full(e, spacing_m, np.float32)
    speed = np.full(e, float(speed_kmh) if np.isscalar(speed_kmh) else 0.0)
    if not np.isscalar(speed_kmh):
        speed = np.asarray(speed_kmh, dtype=np.float64)
    if jitter > 0:
        speed = speed * rng.uniform(1 - jitter, 1 + jitter, e)
    time = (length / (speed / 3.6)).astype(np.float32)
    return RoadGraph.from_arrays(
        node_lat=lat, node_lon=lon, indptr=indptr, edge_target=target, edge_length_m=length, edge_time_s=time
    )
