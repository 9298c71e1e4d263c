"""How much work an adapter does on the GUI thread per call: the frame-budget check of a Qt model.

Each GUI-thread entry point of a model (a slot, a queued result, a timer) runs inside :meth:`GuiWork.measure`,
which keeps the longest *CPU time of the calling thread* per entry point (``time.thread_time``). CPU time is the
work the call itself did: on a loaded machine a starved process has long wall-clock gaps that are no fault of
the code, and the frame budget (nothing on the GUI thread > 8 ms, no frame delayed > 16 ms) is about the work.
Wall time is kept alongside for information.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


class GuiWork:
    """Longest CPU (and wall) time per measured entry point; nested measurements count once, at the outside."""

    def __init__(self) -> None:
        self.calls = 0
        self.longest_cpu_s: dict[str, float] = {}
        self.longest_wall_s: dict[str, float] = {}
        self._depth = threading.local()

    @contextmanager
    def measure(self, name: str) -> Iterator[None]:
        """Time the block under ``name`` (exceptions pass through)."""
        depth = getattr(self._depth, "n", 0)
        self._depth.n = depth + 1
        cpu, wall = time.thread_time_ns(), time.perf_counter_ns()
        try:
            yield
        finally:
            self._depth.n = depth
            if depth == 0:
                cpu_s = (time.thread_time_ns() - cpu) / 1e9
                wall_s = (time.perf_counter_ns() - wall) / 1e9
                self.calls += 1
                if cpu_s > self.longest_cpu_s.get(name, 0.0):
                    self.longest_cpu_s[name] = cpu_s
                if wall_s > self.longest_wall_s.get(name, 0.0):
                    self.longest_wall_s[name] = wall_s

    @property
    def longest(self) -> tuple[str, float]:
        """The entry point with the longest CPU time and that time (s)."""
        return max(self.longest_cpu_s.items(), key=lambda kv: kv[1], default=("", 0.0))

    def reset(self) -> None:
        """Forget what was measured (e.g. after warm-up)."""
        self.calls = 0
        self.longest_cpu_s.clear()
        self.longest_wall_s.clear()
