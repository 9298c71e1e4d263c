"""One background thread for slow work whose newest request is the only one that matters (plain Python).

``LatestWorker.submit(job, on_done)`` runs ``job(token)`` on the worker thread and hands ``on_done(result)``
to ``deliver``, which must run it on the owner's thread (the Qt adapter posts it to the GUI thread). A newer
``submit`` **cancels** the older request: one still waiting is dropped, one running sees
``token.cancelled`` at its next :meth:`CancelToken.check` (raising :class:`Cancelled`), and a result that
arrives after a newer request is not delivered. Exceptions in a job are logged, never raised into the
owner's loop; ``close`` cancels and joins.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

R = TypeVar("R")


class Cancelled(Exception):
    """Raised inside a job by :meth:`CancelToken.check` once a newer request has replaced it."""


class CancelToken:
    """A job's view of whether it is still wanted."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        """Mark the job as no longer wanted."""
        self._event.set()

    @property
    def cancelled(self) -> bool:
        """Whether a newer request (or ``close``) replaced this job."""
        return self._event.is_set()

    def wait(self, timeout_s: float) -> bool:
        """Block until the job is cancelled or ``timeout_s`` passed; True if cancelled (for a job that waits)."""
        return self._event.wait(timeout_s)

    def check(self) -> None:
        """Raise :class:`Cancelled` if the job is no longer wanted (call it between steps)."""
        if self._event.is_set():
            raise Cancelled


class _Request(Generic[R]):
    __slots__ = ("job", "on_done", "token")

    def __init__(self, job: Callable[[CancelToken], R], on_done: Callable[[R], None]) -> None:
        self.job = job
        self.on_done = on_done
        self.token = CancelToken()


class LatestWorker(Generic[R]):
    """Runs jobs one at a time on a daemon thread; each new request cancels the previous one."""

    def __init__(self, deliver: Callable[[Callable[[], None]], None], *, name: str = "latest-worker") -> None:
        self._deliver = deliver
        self._name = name
        self._cond = threading.Condition()
        self._pending: _Request[R] | None = None
        self._current: _Request[R] | None = None
        self._latest: _Request[R] | None = None
        self._closed = False
        self._thread: threading.Thread | None = None
        self._undelivered = 0  # results handed to ``deliver`` that have not come back yet
        self.completed = 0
        """Jobs that ran to the end and were handed to ``deliver``."""
        self.cancelled = 0
        """Jobs dropped or stopped because a newer request replaced them."""

    def submit(self, job: Callable[[CancelToken], R], on_done: Callable[[R], None]) -> None:
        """Request ``job``; the request before it (waiting or running) is cancelled."""
        request = _Request(job, on_done)
        with self._cond:
            if self._closed:
                raise RuntimeError("worker is closed")
            for old in (self._pending, self._current):
                if old is not None and not old.token.cancelled:
                    old.token.cancel()
                    self.cancelled += 1
            self._pending = self._latest = request
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
                self._thread.start()
            self._cond.notify()

    def cancel(self) -> None:
        """Cancel what is waiting or running without a new request (its result is never delivered)."""
        with self._cond:
            for old in (self._pending, self._current):
                if old is not None and not old.token.cancelled:
                    old.token.cancel()
                    self.cancelled += 1
            self._pending = self._latest = None

    @property
    def busy(self) -> bool:
        """A request is waiting, running, or its result is on its way to the owner's thread."""
        with self._cond:
            return self._pending is not None or self._current is not None or self._undelivered > 0

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._pending is None and not self._closed:
                    self._cond.wait()
                if self._closed:
                    return
                request, self._pending = self._pending, None
                self._current = request
            try:
                result = request.job(request.token)
            except Cancelled:
                result = None
            except Exception:
                log.exception("%s: job failed", self._name)
                result = None
                request.token.cancel()  # nothing to deliver
            with self._cond:
                self._current = None
                deliver = not request.token.cancelled and not self._closed
                if deliver:
                    self.completed += 1
                    self._undelivered += 1
            if deliver:
                try:
                    self._deliver(lambda request=request, result=result: self._finish(request, result))
                except Exception:  # the owner is gone (its Qt object deleted): nothing to hand the result to
                    log.exception("%s: delivering a result failed", self._name)
                    with self._cond:
                        self._undelivered -= 1

    def _finish(self, request: _Request[R], result: R) -> None:
        # On the owner's thread: a newer request may have arrived since the job finished.
        try:
            with self._cond:
                wanted = request is self._latest and not self._closed
            if wanted:
                request.on_done(result)
        except Exception:
            log.exception("%s: result handler failed", self._name)
        finally:
            with self._cond:
                self._undelivered -= 1

    def close(self, timeout_s: float = 5.0) -> None:
        """Cancel what is waiting or running and stop the thread (waits up to ``timeout_s``)."""
        with self._cond:
            self._closed = True
            for old in (self._pending, self._current):
                if old is not None:
                    old.token.cancel()
            self._pending = None
            self._cond.notify()
            thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout_s)
            if thread.is_alive():
                log.warning("%s: still running %.1f s after close", self._name, timeout_s)
