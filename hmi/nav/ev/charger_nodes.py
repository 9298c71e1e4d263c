"""Where a charger is reached: its road node, cached on the graph (a plan snaps every charger of the map)."""

from __future__ import annotations

from typing import Any

from hmi.nav.ev.cache import caches_of
from hmi.nav.ev.chargers import Charger
from hmi.nav.graph import haversine_m

#: Chargers further than this from a road node are ignored.
MAX_CHARGER_SNAP_M = 500.0


def charger_node(graph: Any, charger: Charger) -> int | None:
    """The road node a charger is reached at (the router's own snapping), None when it is off the roads — cached
    on the graph's EV caches: a plan snaps every charger of the map, a few thousand on a country."""
    from hmi.nav.route import RoutingError, snap  # (the router imports much: only where a plan needs it)

    caches = caches_of(graph)
    key = (charger.lat, charger.lon)
    hit = None if caches is None else caches.charger_nodes.get(key)
    if hit is not None:
        return hit[0]
    try:
        node: int | None = snap(graph, (float(charger.lat), float(charger.lon)), "charger")
    except RoutingError:
        node = None
    if node is not None:
        far = haversine_m(charger.lat, charger.lon, float(graph.node_lat[node]), float(graph.node_lon[node]))
        node = None if far > MAX_CHARGER_SNAP_M else node
    if caches is not None:
        caches.charger_nodes.put(key, (node,))
    return node
