"""Bounded, thread-safe caches of the EV planner: LRU order, size from the settings, per map, no key clashes."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from hmi.nav.ev import cache
from hmi.nav.ev.cache import LruCache, map_caches, set_cache_size
from hmi.nav.ev.consumption import ConsumptionModel, edge_energies
from hmi.nav.ev.settings import SettingsStore, validate
from hmi.nav.ev.synthetic import grid_graph


def test_lru_drops_the_least_recently_used_first():
    c: LruCache[str, int] = LruCache(2)
    c.put("a", 1)
    c.put("b", 2)
    assert c.get("a") == 1  # "a" is now the most recent
    c.put("c", 3)
    assert c.keys() == ["a", "c"] and c.get("b") is None
    c.resize(1)
    assert c.keys() == ["c"] and len(c) == 1
    with pytest.raises(ValueError):
        LruCache(0)
    with pytest.raises(ValueError):
        c.resize(True)


def test_get_or_compute_is_safe_across_threads():
    c: LruCache[int, list[int]] = LruCache(8)
    computed: list[int] = []
    lock = threading.Lock()
    results: dict[int, list[object]] = {k: [] for k in range(16)}
    start = threading.Barrier(8)

    def compute(k: int) -> list[int]:
        with lock:
            computed.append(k)
        return [k]

    def worker() -> None:
        start.wait()
        for k in range(16):
            results[k].append(c.get_or_compute(k % 16, lambda k=k: compute(k)))

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert len(c) <= 8
    for k, got in results.items():
        assert all(v == [k] for v in got)


def test_edge_energy_tables_are_bounded_by_the_setting_and_belong_to_their_map():
    set_cache_size(2)
    try:
        g = grid_graph(3, 3, 500.0, 50.0)
        from hmi.nav.ev.profiles import load_profiles

        profile = load_profiles()["nissan-leaf-40"]
        tables = [edge_energies(g, ConsumptionModel(profile, t)) for t in (-10.0, 5.0, 20.0, 35.0)]
        assert len(map_caches(g).edge_kwh) == 2  # the two most recent temperatures only
        assert edge_energies(g, ConsumptionModel(profile, 35.0)) is tables[-1]  # still cached
        assert not hasattr(g, "_aux") or not any("ev_edge_kwh" in str(k) for k in g._aux)
        other = grid_graph(3, 3, 500.0, 50.0)
        assert map_caches(other) is not map_caches(g)
        gone = weakref.ref(g)
        n = len(cache._live)
        del g, tables
        gc.collect()
        assert gone() is None and len(cache._live) == n - 1  # the map and its caches are freed together
    finally:
        set_cache_size(cache.DEFAULT_SIZE)


def test_the_cache_size_is_an_ev_setting(tmp_path):
    store = SettingsStore(tmp_path / "ev.sqlite3")
    try:
        assert store.load().cache_size == cache.DEFAULT_SIZE
        assert store.set("cache_size", 8).cache_size == 8
        for bad in (0, 65, 2.5, True, "4"):
            with pytest.raises(ValueError):
                validate("cache_size", bad)
    finally:
        store.close()
