"""PySide6 soak: 100k signal emits and void calls must not leak references to None/True/False.

PySide6 6.12.0 on CPython 3.11 drops a reference on every void call or emit and
aborts after ~1,000 (``none_dealloc``); pyproject pins PySide6 < 6.12 on 3.11.
This test proves the installed combination is clean.
"""

from __future__ import annotations

import sys

import PySide6
import pytest
from PySide6.QtCore import QObject, Signal

pytestmark = pytest.mark.timeout(120)
N = 100_000


class Emitter(QObject):
    ping = Signal()
    value = Signal(int)
    flag = Signal(bool)


def _singleton_refs() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_installed_pyside6_is_not_the_broken_combination() -> None:
    version = tuple(int(p) for p in PySide6.__version__.split(".")[:2])
    assert not (sys.version_info[:2] == (3, 11) and version >= (6, 12)), (
        f"PySide6 {PySide6.__version__} on Python 3.11 aborts after ~1,000 emits; pyproject must pin < 6.12"
    )


def test_100k_emits_and_void_calls_keep_refcounts_steady() -> None:
    emitter = Emitter()
    received = [0]

    def on_ping() -> None:
        received[0] += 1

    emitter.ping.connect(on_ping)
    emitter.value.connect(lambda v: None)
    emitter.flag.connect(lambda b: None)
    before = _singleton_refs()
    for i in range(N):
        emitter.ping.emit()
        emitter.flag.emit(i % 2 == 0)
        emitter.setObjectName("soak")  # a void C++ call
        emitter.blockSignals(False)  # returns bool
    after = _singleton_refs()
    assert received[0] == N
    # Allow a little noise from the interpreter itself, nothing proportional to N.
    drift = [abs(a - b) for a, b in zip(after, before, strict=True)]
    assert max(drift) < 100, f"refcount drift of None/True/False after {N} emits: {drift}"
