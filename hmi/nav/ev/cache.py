"""Bounded, thread-safe caches of the EV routing: per-graph search results and per-model edge energies.

The planner and the range search keep expensive per-graph results (a station's Pareto search, a consumption
model's edge energies) so a replan or a second destination does not redo them. They used to live in private
dicts on the graph that grew with every source node and every outside temperature; here each kind has one
:class:`LRUCache` with a size limit, owned by a typed :class:`EvCaches` object attached to the graph, and every
access takes the cache's lock (plans and the range run in workers while the GUI thread reads).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

#: Default number of chargers' searches kept per graph (one per charger of a corridor and consumption model).
DEFAULT_SEARCH_ENTRIES = 256
#: Searches from a trip's origin kept per graph. A moving car plans from a new position with a new state of
#: charge every time, so an origin's search is seldom asked for again (the same plan with other settings, a
#: second destination from where the car stands): a few are kept, apart, so they never push out the chargers'
#: searches and never fill the cache (they used to take ~1 MB each on a small country, one per replan).
DEFAULT_ORIGIN_ENTRIES = 4
#: Station-to-station paths of the index planner kept per graph (two paths of a few thousand edges each, stored as
#: int32 arrays: about 20 MB at this size on a country map); a replan reuses those between chargers.
DEFAULT_INDEX_PATH_ENTRIES = 2048
#: Station-pair bounds of the index planner kept per graph (three numbers per pair of road nodes, ~200 bytes each):
#: a corridor of 60 chargers has ~3,700 pairs, and a replan or a second destination shares most of them.
DEFAULT_INDEX_BOUND_ENTRIES = 100_000
#: Chargers' road nodes kept per graph (a plan snaps every charger of the map: 2,000 on a 1 M-node country).
DEFAULT_CHARGER_NODE_ENTRIES = 20_000
#: Default number of per-graph entries of edge energies: (array, list) per consumption model (vehicle ×
#: temperature), plus the adjacency lists.
DEFAULT_MODEL_ENTRIES = 8

_AUX_KEY = "ev_caches"
_AUX_LOCK = threading.Lock()


class LRUCache(Generic[K, V]):
    """A least-recently-used map with at most ``maxsize`` entries; all methods are safe across threads."""

    def __init__(self, maxsize: int) -> None:
        """``maxsize`` ≥ 1: the entry used least recently is dropped when a new one would exceed it."""
        if isinstance(maxsize, bool) or not isinstance(maxsize, int) or maxsize < 1:
            raise ValueError(f"cache size {maxsize!r} must be a positive integer")
        self._maxsize = maxsize
        self._data: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    @property
    def maxsize(self) -> int:
        """The size limit."""
        return self._maxsize

    def resize(self, maxsize: int) -> None:
        """Change the limit (dropping the least recently used entries if it shrinks)."""
        if isinstance(maxsize, bool) or not isinstance(maxsize, int) or maxsize < 1:
            raise ValueError(f"cache size {maxsize!r} must be a positive integer")
        with self._lock:
            self._maxsize = maxsize
            while len(self._data) > maxsize:
                self._data.popitem(last=False)

    def get(self, key: K) -> V | None:
        """The value for ``key`` (marking it recently used), or None."""
        with self._lock:
            value = self._data.get(key)
            if value is None:
                self.misses += 1
                return None
            self._data.move_to_end(key)
            self.hits += 1
            return value

    def put(self, key: K, value: V) -> None:
        """Store ``value`` under ``key`` as the most recently used entry."""
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self._maxsize:
                self._data.popitem(last=False)

    def get_or_compute(self, key: K, compute: Callable[[], V]) -> V:
        """The cached value, or ``compute()`` stored (computed outside the lock: two threads may both compute)."""
        value = self.get(key)
        if value is None:
            value = compute()
            self.put(key, value)
        return value

    def clear(self) -> None:
        """Drop every entry."""
        with self._lock:
            self._data.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._data)

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return key in self._data


@dataclass
class EvCaches:
    """The EV caches of one graph: Pareto searches by (source node, model key, peak limit) — the chargers' and,
    apart, the origins' — edge energies by model, and the index planner's station-to-station paths."""

    searches: LRUCache[tuple[Any, ...], Any] = field(default_factory=lambda: LRUCache(DEFAULT_SEARCH_ENTRIES))
    origins: LRUCache[tuple[Any, ...], Any] = field(default_factory=lambda: LRUCache(DEFAULT_ORIGIN_ENTRIES))
    edge_kwh: LRUCache[tuple[Any, ...], Any] = field(default_factory=lambda: LRUCache(DEFAULT_MODEL_ENTRIES))
    #: the index planner's resolved station pairs by (energy metric, from node, to node)
    index_paths: LRUCache[tuple[Any, ...], Any] = field(default_factory=lambda: LRUCache(DEFAULT_INDEX_PATH_ENTRIES))
    #: the road node of each charger by its position (or None: off the roads)
    charger_nodes: LRUCache[tuple[Any, ...], Any] = field(
        default_factory=lambda: LRUCache(DEFAULT_CHARGER_NODE_ENTRIES)
    )
    #: the index planner's station-pair bounds by (energy metric, from node, to node)
    index_bounds: LRUCache[tuple[Any, ...], Any] = field(default_factory=lambda: LRUCache(DEFAULT_INDEX_BOUND_ENTRIES))


def caches_of(graph: Any) -> EvCaches | None:
    """The graph's :class:`EvCaches` (created on first use), or None for objects that cannot carry one."""
    aux = getattr(graph, "_aux", None)
    if not isinstance(aux, dict):
        return None
    found = aux.get(_AUX_KEY)
    if isinstance(found, EvCaches):
        return found
    with _AUX_LOCK:
        found = aux.get(_AUX_KEY)
        if not isinstance(found, EvCaches):
            found = EvCaches()
            aux[_AUX_KEY] = found
        return found


def configure(graph: Any, search_entries: int | None = None, model_entries: int | None = None) -> None:
    """Set the size limits of ``graph``'s EV caches (the app passes its settings here)."""
    c = caches_of(graph)
    if c is None:
        return
    if search_entries is not None:
        c.searches.resize(search_entries)
    if model_entries is not None:
        c.edge_kwh.resize(model_entries)


def clear(graph: Any) -> None:
    """Empty ``graph``'s EV caches (the benchmark's cold runs)."""
    c = caches_of(graph)
    if c is not None:
        c.searches.clear()
        c.origins.clear()
        c.edge_kwh.clear()
        c.index_paths.clear()
        c.index_bounds.clear()
        c.charger_nodes.clear()
