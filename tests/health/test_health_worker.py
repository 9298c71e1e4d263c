"""LatestWorker: jobs run on its thread, results come back through ``deliver``, a newer request cancels the older."""

from __future__ import annotations

import logging
import queue
import threading
import time

import pytest

from hmi.worker import CancelToken, LatestWorker

WAIT_S = 10.0


class Owner:
    """The owner's loop: what the worker posts is run by ``drain`` on the test's thread."""

    def __init__(self) -> None:
        self.posted: queue.Queue = queue.Queue()
        self.thread = threading.get_ident()

    def deliver(self, fn) -> None:
        self.posted.put(fn)

    def drain(self, worker: LatestWorker) -> int:
        """Run what the worker posts until it is idle (a failed job posts nothing); returns how many ran."""
        n = 0
        deadline = time.monotonic() + WAIT_S
        while worker.busy:
            assert time.monotonic() < deadline, "the worker did not finish"
            try:
                fn = self.posted.get(timeout=0.05)
            except queue.Empty:
                continue
            fn()
            n += 1
        return n


@pytest.fixture
def owner_and_worker():
    owner = Owner()
    worker: LatestWorker = LatestWorker(owner.deliver, name="test-worker")
    yield owner, worker
    worker.close()


def test_job_runs_on_the_worker_and_the_result_on_the_owner(owner_and_worker):
    owner, worker = owner_and_worker
    seen = {}

    def job(token: CancelToken) -> int:
        seen["job"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["done"] = threading.get_ident()
        seen["result"] = result

    worker.submit(job, done)
    assert owner.drain(worker) == 1
    assert seen["result"] == 42 and seen["done"] == owner.thread and seen["job"] != owner.thread
    assert worker.completed == 1 and not worker.busy


def test_a_newer_request_cancels_the_running_and_drops_the_waiting(owner_and_worker):
    owner, worker = owner_and_worker
    started, release = threading.Event(), threading.Event()
    results, stopped = [], []

    def slow(token: CancelToken) -> str:
        started.set()
        assert release.wait(WAIT_S)
        try:
            token.check()  # a long job checks between its steps
        except Exception:
            stopped.append("slow")
            raise
        return "slow"

    worker.submit(slow, results.append)
    assert started.wait(WAIT_S)
    worker.submit(lambda token: "waiting", results.append)  # queued behind the running job...
    worker.submit(lambda token: "newest", results.append)  # ...and replaced before it ever ran
    release.set()
    owner.drain(worker)
    assert results == ["newest"] and stopped == ["slow"]
    assert worker.cancelled == 2 and worker.completed == 1


def test_a_result_overtaken_on_its_way_is_not_applied(owner_and_worker):
    owner, worker = owner_and_worker
    results = []
    worker.submit(lambda token: "first", results.append)
    first = owner.posted.get(timeout=WAIT_S)  # finished, but the owner has not run it yet
    worker.submit(lambda token: "second", results.append)
    first()
    owner.drain(worker)
    assert results == ["second"]


def test_failures_are_logged_and_the_worker_goes_on(owner_and_worker, caplog):
    owner, worker = owner_and_worker
    results = []

    def broken(token: CancelToken) -> None:
        raise RuntimeError("boom in job")

    def bad_handler(result) -> None:
        raise RuntimeError("boom in handler")

    with caplog.at_level(logging.ERROR, logger="hmi.worker"):
        worker.submit(broken, results.append)
        owner.drain(worker)
        worker.submit(lambda token: 1, bad_handler)
        owner.drain(worker)
        worker.submit(lambda token: 2, results.append)
        owner.drain(worker)
    assert results == [2]
    assert "job failed" in caplog.text and "result handler failed" in caplog.text


def test_close_cancels_and_joins():
    owner = Owner()
    worker: LatestWorker = LatestWorker(owner.deliver)
    started, finished = threading.Event(), threading.Event()

    def job(token: CancelToken) -> None:
        started.set()
        if token.wait(WAIT_S):  # a job waiting on something: close cancels it
            finished.set()

    worker.submit(job, lambda result: None)
    assert started.wait(WAIT_S)
    worker.close()
    assert finished.is_set() and owner.posted.empty()
    with pytest.raises(RuntimeError):
        worker.submit(job, lambda result: None)
    worker.close()  # twice is fine
