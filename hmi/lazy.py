"""numpy on first use.

The QML app's first frame does not need numpy (~0.1–0.3 s to import); the map, the planner and the
predictions do, a moment later. Modules on the start-up path write ``from hmi.lazy import np``.
"""

from __future__ import annotations

from typing import Any


class _LazyNumpy:
    """Stands in for the ``numpy`` module until an attribute is first used, then imports it."""

    def __getattr__(self, name: str) -> Any:
        import numpy

        return getattr(numpy, name)


np: Any = _LazyNumpy()
