"""Structures derived from one road graph (routing index, segment grid, road attributes), cached on that graph.

A ``weakref.WeakKeyDictionary`` keyed by the graph looks like the natural cache, but it leaks: its values (a
routing index holds the turn graph, which holds the road graph) refer back to their key, so the graph — and
the memory-mapped map files it keeps open, one descriptor each — never dies. A :class:`PerGraph` slot stores the
value on the graph itself instead: graph and value form an ordinary cycle that the garbage collector frees
together once nothing else uses the graph.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

from hmi.nav.graph import RoadGraph

T = TypeVar("T")


class PerGraph(Generic[T]):
    """One typed, thread-safe cache slot per road graph: ``slot.get(graph, build)`` builds the value once."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._lock = threading.RLock()

    def get(self, graph: RoadGraph, build: Callable[[RoadGraph], T]) -> T:
        """The graph's value, built by ``build(graph)`` on first use (one build even when threads race)."""
        with self._lock:
            store = graph.derived
            if self in store:
                return store[self]  # type: ignore[return-value]
            value = build(graph)
            store[self] = value
            return value

    def peek(self, graph: RoadGraph) -> T | None:
        """The graph's value when built, else None (never builds)."""
        return graph.derived.get(self)  # type: ignore[return-value]

    def set(self, graph: RoadGraph, value: T) -> None:
        """Replace the graph's value (tests and synthetic maps attach their own)."""
        with self._lock:
            graph.derived[self] = value

    def drop(self, graph: RoadGraph) -> None:
        """Forget the graph's value (the next :meth:`get` builds it again)."""
        with self._lock:
            graph.derived.pop(self, None)

    def __repr__(self) -> str:
        return f"PerGraph({self.name!r})"
