"""Bounded, thread-safe caches for the EV planner's per-map tables (plain Python).

The planner, the reachable range and live replans run on worker threads, possibly two at once, and each vehicle
profile × outside temperature gives another float64[E] table of edge energies (20 MB on a country-size map). So
every per-map cache is an :class:`LruCache`: a size limit (the ``cache_size`` EV setting), least recently
used entries dropped first, one lock around every access. Caches belong to a map through :func:`map_caches`: a
typed :class:`MapCaches` in the graph's :class:`~hmi.nav.per_graph.PerGraph` slot (freed with the graph), not keys
in a private dict of the graph.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from hmi.lazy import np
from hmi.nav.per_graph import PerGraph

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

#: Entries per cache unless the EV settings say otherwise (each is one table per vehicle and temperature).
DEFAULT_SIZE = 4


class LruCache(Generic[K, V]):
    """A dict with a size limit that drops the least recently used entry; safe to share between threads.

    ``get_or_compute`` runs the computation *outside* the lock (two threads may compute the same key once each;
    the first result stored wins), so a slow table never blocks a reader of another key.
    """

    def __init__(self, maxsize: int = DEFAULT_SIZE) -> None:
        """``maxsize`` ≥ 1 entries."""
        self._lock = threading.Lock()
        self._data: OrderedDict[K, V] = OrderedDict()
        self._maxsize = self._checked(maxsize)
        self.hits = 0
        self.misses = 0

    @staticmethod
    def _checked(maxsize: int) -> int:
        if isinstance(maxsize, bool) or not isinstance(maxsize, int) or maxsize < 1:
            raise ValueError(f"cache size must be a whole number ≥ 1, got {maxsize!r}")
        return maxsize

    @property
    def maxsize(self) -> int:
        """The size limit."""
        return self._maxsize

    def resize(self, maxsize: int) -> None:
        """Change the size limit (dropping the oldest entries beyond it)."""
        with self._lock:
            self._maxsize = self._checked(maxsize)
            self._trim()

    def _trim(self) -> None:
        while len(self._data) > self._maxsize:
            self._data.popitem(last=False)

    def get(self, key: K) -> V | None:
        """The value for ``key`` (now the most recently used), or None."""
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                self.hits += 1
                return self._data[key]
            self.misses += 1
            return None

    def put(self, key: K, value: V) -> V:
        """Store ``value`` unless another thread stored ``key`` first; returns the value kept."""
        with self._lock:
            if key in self._data:
                self._data.move_to_end(key)
                return self._data[key]
            self._data[key] = value
            self._trim()
            return value

    def get_or_compute(self, key: K, compute: Callable[[], V]) -> V:
        """The cached value for ``key``, computing and storing it when missing."""
        value = self.get(key)
        if value is not None:
            return value
        return self.put(key, compute())

    def keys(self) -> list[K]:
        """Keys from least to most recently used."""
        with self._lock:
            return list(self._data)

    def __len__(self) -> int:
        with self._lock:
            return len(self._data)

    def clear(self) -> None:
        """Drop every entry."""
        with self._lock:
            self._data.clear()


@dataclass(eq=False)  # compared by identity (kept in a WeakSet)
class MapCaches:
    """The EV tables of one road graph."""

    #: battery energy (kWh) of every edge, per consumption-model key (vehicle, temperature, …)
    edge_kwh: LruCache[tuple, np.ndarray] = field(default_factory=LruCache)

    def resize(self, maxsize: int) -> None:
        """Apply a new size limit to every cache of the map."""
        self.edge_kwh.resize(maxsize)


_SLOT: PerGraph[MapCaches] = PerGraph("ev caches")
_lock = threading.Lock()
_live: weakref.WeakSet[MapCaches] = weakref.WeakSet()  # every map's caches, for a new size limit
_size = DEFAULT_SIZE


def _new_caches(_graph: object = None) -> MapCaches:
    caches = MapCaches()
    with _lock:
        caches.resize(_size)
        _live.add(caches)
    return caches


def map_caches(graph: object) -> MapCaches:
    """The caches of ``graph`` (created on first use, freed with the graph). A graph-like object without the
    road graph's ``derived`` slots gets fresh, unshared caches."""
    if not isinstance(getattr(graph, "derived", None), dict):
        return _new_caches()
    return _SLOT.get(graph, _new_caches)  # type: ignore[arg-type]


def set_cache_size(maxsize: int) -> None:
    """The size limit of every map's caches, now and for maps loaded later (from the EV settings)."""
    global _size
    LruCache._checked(maxsize)
    with _lock:
        _size = maxsize
        caches = list(_live)
    for c in caches:
        c.resize(maxsize)


def cache_size() -> int:
    """The current size limit."""
    return _size
