"""Frame-time monitor: how long the application's own work holds the GUI thread without a break.

The GUI thread is *marked* at every step of its event loop: each event delivered to a GUI-thread object (an
application-wide event filter sees timers, socket notifiers, queued slot calls, input and qasync's callbacks
before they run), the loop going to sleep and waking up (``QAbstractEventDispatcher.aboutToBlock``/``awake``),
Python's cyclic garbage collector starting and ending, and a window's rasterisation starting and ending
(``afterSynchronizing``/``afterRendering``). A watchdog thread reads the GUI thread's **CPU clock**
(``pthread_getcpuclockid``) every few milliseconds; the CPU time the thread spends between two marks is one
stretch of work that no frame could interrupt.

CPU time, not wall time: on a loaded machine a thread can wait for a core for tens of milliseconds without the
app doing anything slow, and a test that judged wall time would flake. The watchdog only ever sees part of a
stretch (from its first look after the mark to its last look before the next), so a figure can be low, never
high. Stretches of Qt's rasterisation (offscreen tests render in software on the GUI thread, where a car's GPU
renders on a thread of its own), of the collector (its pause depends on everything the process holds) and of
the idle loop are not the app's and are left out.

While a stretch runs long the watchdog samples the GUI thread's Python stack every few milliseconds. The app's
share of a stretch is its CPU time times the share of samples showing HMI code called from the event loop (below
a pytest-qt wait, or a benchmark's ``pump``); test code calling the app directly, and Qt's own work (layout,
incubation, text shaping) with no HMI frame, are not the app's. The most frequent sample names the culprit in
the failure message.

An application event filter is called on the GUI thread only, so the monitor never needs Python's lock from
one of Qt's own threads (overriding ``QCoreApplication.notify`` in Python does, and deadlocks QML's loader).
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtQuick import QQuickWindow

#: The product rule: nothing on the GUI thread longer than this (ms). Stretches above it are recorded.
BUDGET_MS = 8.0
#: The test kit fails a test when a stretch of app work exceeds this (ms): a 60 Hz frame is delayed.
FAIL_MS = 1000 / 60
#: How often the watchdog looks at the GUI thread (s), and from when on it samples the stack of a stretch (ms).
WATCH_INTERVAL_S = 0.002
SAMPLE_AFTER_MS = 5.0

#: HMI entry points known to hold the GUI thread longer than a frame, with why: a stretch whose every sample
#: enters the HMI there is a known miss (listed by ``report(known=True)``) and does not fail a test. The map view
#: composes its frame in polish — tiles rasterised, street names placed — bounded per frame but not per tile or
#: per block; moving both to a worker is open work. Anything else over the limit fails.
KNOWN_OVER_BUDGET: dict[str, str] = {
    "ui/map_view.py": "the map view rasterises tiles and places street names in the frame's polish",
}

#: Frames that enter the event loop: pytest-qt's ``exec`` (under every qtbot wait), a benchmark's ``pump``. A
#: wait's condition callback is called by pytest-qt from Python, not from the loop, and does not count.
LOOP_ENTRIES = (("/pytestqt/", "exec"), ("", "pump"))

_PACKAGE = str(Path(__file__).resolve().parents[1])  # hmi/
_TESTKIT = str(Path(__file__).resolve().parent)  # hmi/testing/: the kit's own helpers are not the app


@dataclass
class Stall:
    """One stretch of GUI-thread work longer than the budget."""

    event: str
    cpu_ms: float
    samples: list[str] = field(default_factory=list)

    @property
    def app_ms(self) -> float:
        """The app's share of the stretch: its CPU time times the share of stack samples in HMI code called
        from the event loop (a statistical profile: a relayout with one icon drawn in it is Qt's work)."""
        if not self.samples:
            return 0.0
        return self.cpu_ms * sum(1 for s in self.samples if s) / len(self.samples)

    @property
    def known(self) -> str | None:
        """Why this app stall is a known miss (``KNOWN_OVER_BUDGET``), or None."""
        python = [s for s in self.samples if s]
        for path, why in KNOWN_OVER_BUDGET.items():
            # the outermost HMI frame (a polish called by Qt) or the innermost (a signal whose QML updates cost),
            # in most samples (as ``describe`` names the most frequent one: a sample may catch the lead-up)
            if python and 2 * sum(_frames_at(s, path) for s in python) > len(python):
                return why
        return None

    def describe(self) -> str:
        """One paragraph naming the culprit: the event, the CPU time and the most frequent stack sample."""
        head = (
            f"{self.cpu_ms:.1f} ms of GUI-thread CPU without a break (about {self.app_ms:.1f} ms of it in HMI code), "
            f"from {self.event}"
        )
        python = [s for s in self.samples if s]
        if not python:
            return head + " (no HMI frame in the stack samples)"
        common = max(set(python), key=python.count)
        return head + f"; {python.count(common)} of {len(self.samples)} stack samples in:\n{common}"


def _frames_at(sample: str, path: str) -> bool:
    """Whether a stack sample's outermost or innermost HMI frame is in ``path``."""
    lines = [line for line in sample.splitlines() if line.startswith("    ")]
    return bool(lines) and (lines[0].startswith(f"    {path}:") or lines[-1].startswith(f"    {path}:"))


def _stack_text(frame, root: str = _PACKAGE) -> str:
    """The HMI frames of ``frame``'s stack below its innermost event-loop entry: the outermost (where the loop
    called the HMI) and the innermost 3, innermost last. Empty when the loop called no HMI code (Qt's own work)
    or when no loop runs (test code calling the app directly)."""
    entries = traceback.extract_stack(frame)
    entry = max(
        (i for i, e in enumerate(entries) if any(f in e.filename and e.name == n for f, n in LOOP_ENTRIES)),
        default=None,
    )
    if entry is None:
        return ""
    ours = [e for e in entries[entry + 1 :] if e.filename.startswith(root) and not e.filename.startswith(_TESTKIT)]
    chosen = ours if len(ours) <= 4 else [ours[0], *ours[-3:]]
    return "".join(f"    {e.filename.removeprefix(root + '/')}:{e.lineno} {e.name}: {e.line}\n" for e in chosen)


class FrameMonitor(QObject):
    """Watches the GUI thread's stretches of work while started (see the module docstring)."""

    def __init__(self, code: Path | None = None) -> None:
        """``code``: the folder whose Python counts as the app's (default: the ``hmi`` package)."""
        super().__init__()
        self._code = str(code) if code is not None else _PACKAGE
        self.thread = threading.get_ident()
        self._cpu_clock = time.pthread_getcpuclockid(self.thread)
        #: Stretches over ``BUDGET_MS``, and the CPU time (ms) of every app-side stretch the watchdog saw.
        self.stalls: list[Stall] = []
        self.stretch_ms: list[float] = []
        self._mark = 0
        self._event = "start"
        self._excluded = False  # rendering, collecting or idle: not the app's
        self._rendering = self._collecting = self._idle = False
        self._token = id(self)
        self._stop = threading.Event()
        self._watchdog: threading.Thread | None = None
        self._dispatcher: QAbstractEventDispatcher | None = None

    # --------------------------------------------------------------------- life cycle
    def start(self) -> FrameMonitor:
        """Begin watching: the event filter, the loop's and the collector's marks, the watchdog thread."""
        QCoreApplication.instance().installEventFilter(self)
        self._dispatcher = QAbstractEventDispatcher.instance()
        self._dispatcher.aboutToBlock.connect(self._blocking)
        self._dispatcher.awake.connect(self._awake)
        gc.callbacks.append(self._on_gc)
        self._stop.clear()
        self._watchdog = threading.Thread(target=self._watch, name="frame-watchdog", daemon=True)
        self._watchdog.start()
        return self

    def stop(self) -> None:
        """Stop watching (what was recorded stays)."""
        self._stop.set()
        if self._watchdog is not None:
            self._watchdog.join(timeout=5)
            self._watchdog = None
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if self._dispatcher is not None:
            self._dispatcher.aboutToBlock.disconnect(self._blocking)
            self._dispatcher.awake.disconnect(self._awake)
            self._dispatcher = None
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)

    def reset(self) -> None:
        """Forget what was recorded (e.g. after a warm-up)."""
        self.stalls.clear()
        self.stretch_ms.clear()

    # --------------------------------------------------------------------- results
    def over(self, limit_ms: float = FAIL_MS, *, known: bool = False) -> list[Stall]:
        """App stalls over ``limit_ms`` (the known misses too with ``known``)."""
        return [s for s in self.stalls if s.app_ms > limit_ms and (known or s.known is None)]

    def report(self, limit_ms: float = FAIL_MS, *, known: bool = False) -> str:
        """The failure message: the app stalls over ``limit_ms``, worst first, with their culprits."""
        worst = sorted(self.over(limit_ms, known=known), key=lambda s: -s.app_ms)
        lines = [f"{len(worst)} time(s) app work held the GUI thread for more than {limit_ms:.0f} ms of CPU:"]
        lines += [f"- {s.describe()}" for s in worst[:5]]
        return "\n".join(lines)

    # --------------------------------------------------------------------- marks (GUI thread)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.Timer, QEvent.Type.UpdateRequest) and isinstance(watched, QQuickWindow):
            self._hook(watched)
        self._event = f"{kind.name} to {type(watched).__name__}"
        self._idle = False  # an event is being delivered (glib's dispatcher does not always say ``awake`` first)
        self._excluded = self._rendering or self._collecting
        self._mark += 1
        return False

    def _hook(self, window: QQuickWindow) -> None:
        if window.property("hmiFrameMonitor") == self._token:
            return
        window.setProperty("hmiFrameMonitor", self._token)
        direct = Qt.ConnectionType.DirectConnection
        window.afterSynchronizing.connect(self._render_begin, direct)
        window.afterRendering.connect(self._render_end, direct)

    def _set(self, attr: str, value: bool, event: str) -> None:
        if threading.get_ident() != self.thread:
            return  # a threaded render loop: rendering is off the GUI thread anyway
        setattr(self, attr, value)
        self._excluded = self._rendering or self._collecting or self._idle
        self._event = event
        self._mark += 1

    def _render_begin(self) -> None:
        self._set("_rendering", True, "rendering")

    def _render_end(self) -> None:
        self._set("_rendering", False, "after rendering")

    def _blocking(self) -> None:
        self._set("_idle", True, "idle")

    def _awake(self) -> None:
        self._set("_idle", False, "wake-up")

    def _on_gc(self, phase: str, info: dict) -> None:
        self._set("_collecting", phase == "start", "garbage collection" if phase == "start" else "after collection")

    # --------------------------------------------------------------------- the watchdog
    def _watch(self) -> None:
        mark, excluded, event = self._mark, self._excluded, self._event
        first = last = time.clock_gettime(self._cpu_clock)
        samples: list[str] = []
        while not self._stop.wait(WATCH_INTERVAL_S):
            now = time.clock_gettime(self._cpu_clock)
            if self._mark != mark:
                self._finish(event, excluded, (last - first) * 1000, samples)
                mark, excluded, event = self._mark, self._excluded, self._event
                first = last = now
                samples = []
                continue
            last = now
            if not excluded and (now - first) * 1000 > SAMPLE_AFTER_MS:
                frame = sys._current_frames().get(self.thread)
                if frame is not None and self._mark == mark:
                    samples.append(_stack_text(frame, self._code))
        self._finish(event, excluded, (last - first) * 1000, samples)

    def _finish(self, event: str, excluded: bool, cpu_ms: float, samples: list[str]) -> None:
        if excluded:
            return
        self.stretch_ms.append(cpu_ms)
        if cpu_ms > BUDGET_MS:
            self.stalls.append(Stall(event, cpu_ms, samples))
