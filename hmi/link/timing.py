"""How long the link holds the GUI thread: every entry point from the event loop is timed.

The frame budget says nothing on the GUI thread may run longer than 8 ms. ``CallbackTiming`` wraps the
link's loop callbacks (socket readable/writable, timers, the connect hand-over) and keeps the longest
wall-clock time of each. Wall time on a busy machine also counts time the thread was runnable but waiting for
a CPU, so with ``blocked=True`` it also measures the time spent *blocked* — asleep in a system call (a
``connect`` or a DNS lookup), neither running nor waiting to run — from the thread's scheduler statistics
(``/proc/thread-self/schedstat``: run time and run-queue wait, in ns). That figure is what the link itself
causes, independent of the machine's load; tests and benchmarks switch it on.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

SCHEDSTAT = Path("/proc/thread-self/schedstat")

F = TypeVar("F", bound=Callable[..., Any])


def _scheduled_ns() -> int:
    """Run time + run-queue wait of the calling thread so far (ns); 0 where the kernel does not say."""
    try:
        run_ns, wait_ns, _slices = SCHEDSTAT.read_text().split()
    except (OSError, ValueError):
        return 0
    return int(run_ns) + int(wait_ns)


class CallbackTiming:
    """Longest wall-clock (and, optionally, blocked) time per timed entry point."""

    def __init__(self, blocked: bool = False) -> None:
        self.blocked_enabled = blocked and SCHEDSTAT.exists()
        self.calls = 0
        self.longest_s: dict[str, float] = {}
        self.longest_blocked_s: dict[str, float] = {}

    def wrap(self, name: str, func: F) -> F:
        """``func`` timed under ``name`` (exceptions pass through: the caller guards)."""

        @functools.wraps(func)
        def timed(*args: Any, **kwargs: Any) -> Any:
            sched = _scheduled_ns() if self.blocked_enabled else 0
            start = time.perf_counter_ns()
            try:
                return func(*args, **kwargs)
            finally:
                wall = time.perf_counter_ns() - start
                self.calls += 1
                if wall / 1e9 > self.longest_s.get(name, 0.0):
                    self.longest_s[name] = wall / 1e9
                if self.blocked_enabled:
                    blocked = max(0, wall - (_scheduled_ns() - sched)) / 1e9
                    if blocked > self.longest_blocked_s.get(name, 0.0):
                        self.longest_blocked_s[name] = blocked

        return timed  # type: ignore[return-value]

    @property
    def longest(self) -> tuple[str, float]:
        """The entry point with the longest wall-clock time and that time (s)."""
        return max(self.longest_s.items(), key=lambda kv: kv[1], default=("", 0.0))

    @property
    def longest_blocked(self) -> tuple[str, float]:
        """The entry point that was blocked longest in a system call, and for how long (s)."""
        return max(self.longest_blocked_s.items(), key=lambda kv: kv[1], default=("", 0.0))

    def reset(self) -> None:
        """Forget what was measured (e.g. after warm-up)."""
        self.calls = 0
        self.longest_s.clear()
        self.longest_blocked_s.clear()
