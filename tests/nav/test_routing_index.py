"""The routing index as the EV planner uses it: named customizations (bounded), point-to-point with offsets,
one-to-many / many-to-one, shared by threads, answering correctly before its hierarchy is ready."""

from __future__ import annotations

import random
import threading

import numpy as np
import pytest
from turn_graphs import Oracle, grid_town, plain_dijkstra

from hmi.nav.routing_index import RoutingIndex
from hmi.nav.turns import TurnGraph


@pytest.fixture(scope="module")
def town_index():
    town = grid_town(12, 120.0)
    tg = TurnGraph.build(town.graph)
    return tg, RoutingIndex(tg, background=False, max_extra_metrics=2)


def test_custom_metrics_are_kept_in_a_bounded_lru(town_index):
    tg, idx = town_index
    rng = np.random.default_rng(3)
    for name in ("energy-a", "energy-b", "energy-c"):
        idx.customize(name, rng.integers(1, 5000, tg.num_arcs).astype(np.uint32))
    assert idx.has_metric("time") and idx.has_metric("distance")  # built-ins are never evicted
    assert not idx.has_metric("energy-a") and idx.has_metric("energy-b") and idx.has_metric("energy-c")
    with pytest.raises(KeyError):
        idx.route("energy-a", [(0, 0)], [(5, 0)])
    with pytest.raises(ValueError):
        idx.customize("short", np.ones(3, np.uint32))
    # a customized metric answers like a plain Dijkstra on those weights
    w = idx.metric_weights("energy-c").astype(np.int64).tolist()
    dist = plain_dijkstra(tg.indptr, tg.target, w, [(7, 11)])
    targets = [s for s in range(tg.num_states) if s in dist][::17]
    got = idx.distances_from("energy-c", [(7, 11)], targets)
    assert got.tolist() == [dist[t] for t in targets]
    back = idx.distances_to("energy-c", targets, [(7, 0)])
    for s, d in zip(targets, back.tolist(), strict=True):
        ref = plain_dijkstra(tg.indptr, tg.target, w, [(s, 0)]).get(7, -1)
        assert d == ref


def test_multi_source_target_offsets(town_index):
    tg, idx = town_index
    oracle = Oracle(tg, "time")
    w = oracle.arc_w
    rnd = random.Random(4)
    for _ in range(40):
        srcs = [(rnd.randrange(tg.num_states), rnd.randrange(20_000)) for _ in range(3)]
        tgts = [(rnd.randrange(tg.num_states), rnd.randrange(20_000)) for _ in range(3)]
        dist = plain_dijkstra(tg.indptr, tg.target, w, srcs)
        ref = min((dist[t] + o for t, o in tgts if t in dist), default=None)
        got = idx.route("time", srcs, tgts)
        assert (got is None) == (ref is None)
        if got is not None:
            assert got.cost == ref
            assert got.states[0] in dict(srcs) and got.states[-1] in dict(tgts)


def test_shared_by_threads(town_index):
    tg, idx = town_index
    rnd = random.Random(9)
    pairs = [(rnd.randrange(tg.num_states), rnd.randrange(tg.num_states)) for _ in range(200)]
    want = [None if (r := idx.route("time", [(s, 0)], [(t, 0)])) is None else r.cost for s, t in pairs]
    got: dict[int, list] = {}
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            out = []
            for s, t in pairs:
                r = idx.route("time", [(s, 0)], [(t, 0)])
                out.append(None if r is None else r.cost)
                idx.distances_from("distance", [(s, 0)], [t])
            got[k] = out
        except BaseException as exc:  # collected and re-raised in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    assert not errors, errors
    assert all(got[k] == want for k in range(4))


def test_answers_while_the_hierarchy_is_built():
    town = grid_town(30, 100.0)
    tg = TurnGraph.build(town.graph)
    idx = RoutingIndex(tg, background=True)  # queries start right away, before or after it is ready
    ref = RoutingIndex(tg, hierarchy=False)
    rnd = random.Random(2)
    for _ in range(50):
        s, t = rnd.randrange(tg.num_states), rnd.randrange(tg.num_states)
        a, b = idx.route("time", [(s, 0)], [(t, 0)]), ref.route("time", [(s, 0)], [(t, 0)])
        assert (a is None) == (b is None) and (a is None or a.cost == b.cost)
    assert idx.wait_ready(60) and idx.timings["customize_s"] >= 0


def test_distance_is_customized_on_first_use(town_index):
    tg, _ = town_index
    idx = RoutingIndex(tg, background=False)
    assert idx.ready and idx._metric("time").cch_metric is not None
    first = idx.route("distance", [(1, 0)], [(40, 0)])  # answered at once, by the bucket search
    assert idx.wait_metric("distance", 30)
    again = idx.route("distance", [(1, 0)], [(40, 0)])
    assert (first is None and again is None) or first.cost == again.cost
    assert not RoutingIndex(tg, hierarchy=False).wait_metric("time", 1)


def test_an_index_freed_on_another_thread_drops_its_query_objects_on_their_own_thread():
    """RoutingKit's query objects may only be dropped on the thread that made them (elsewhere they leak, with an
    "unsendable" error). A worker queries an index; the index is then freed on the main thread (as the garbage
    collector does with a closed map); the worker's next query, on another index, drops the old objects cleanly."""
    import gc
    import sys

    town = grid_town(5, 100.0)
    tg = TurnGraph.build(town.graph)
    raised: list[str] = []
    previous_hook = sys.unraisablehook
    sys.unraisablehook = lambda u: raised.append(f"{u.exc_type.__name__}: {u.exc_value}")
    try:
        old = RoutingIndex(tg, background=False)
        go, done = threading.Event(), threading.Event()
        answers: list[object] = []

        def worker(box: list[RoutingIndex]) -> None:
            first = box.pop()
            answers.append(first.route("time", [(0, 0)], [(tg.num_states - 1, 0)]))
            answers.append(first.distances_from("time", [(0, 0)], [1, 2]))
            del first  # only the main thread holds the old index now
            done.set()
            go.wait(10)
            answers.append(new.route("time", [(0, 0)], [(tg.num_states - 1, 0)]))

        new = RoutingIndex(tg, background=False)
        t = threading.Thread(target=worker, args=([old],))
        t.start()
        assert done.wait(10)
        del old
        gc.collect()  # the old index goes on this thread, while the worker still lives
        go.set()
        t.join(10)
        gc.collect()
    finally:
        sys.unraisablehook = previous_hook
    assert len(answers) == 3 and answers[0] is not None and answers[2] is not None
    assert not raised, raised
