"""Recent destinations and favourites in SQLite."""

from __future__ import annotations

import math
import sqlite3

import pytest

from hmi.nav.recents import MAX_RECENTS, DestinationError, DestinationStore


@pytest.fixture()
def store(tmp_path):
    clock = iter(range(1_000_000, 2_000_000))
    s = DestinationStore(tmp_path / "d.sqlite", clock=lambda: float(next(clock)))
    yield s
    s.close()


def test_recents_order_dedup_and_cap(store):
    store.add_recent("Städtle 32, Vaduz", 47.1395, 9.5221)
    store.add_recent("Landstrasse, Schaan", 47.166, 9.509, source="phone")
    again = store.add_recent("Städtle 32, Vaduz", 47.13951, 9.52211)  # same place (< 30 m)
    assert again.use_count == 2
    names = [d.name for d in store.recents()]
    assert names == ["Städtle 32, Vaduz", "Landstrasse, Schaan"]
    store.add_recent("Städtle 32, Vaduz", 47.2, 9.6)  # same name elsewhere: a different destination
    assert len(store.recents()) == 3
    for i in range(MAX_RECENTS + 10):
        store.add_recent(f"Place {i}", 47.0 + i * 1e-3, 9.5)
    rec = store.recents(100)
    assert len(rec) == MAX_RECENTS and rec[0].name == f"Place {MAX_RECENTS + 9}"
    assert store.remove_recent(f"Place {MAX_RECENTS + 9}", 47.0 + (MAX_RECENTS + 9) * 1e-3, 9.5)
    store.clear_recents()
    assert store.recents() == []


def test_favourites(store):
    assert store.favourites() == {}
    store.set_favourite("home", "Home", 47.14, 9.52, address="Städtle 32")
    store.set_favourite("work", "Office", 47.16, 9.51)
    store.set_favourite("home", "New home", 47.2, 9.5)
    favs = store.favourites()
    assert favs["home"].name == "New home" and favs["home"].slot == "home" and favs["work"].name == "Office"
    assert store.remove_favourite("work") and not store.remove_favourite("work")
    with pytest.raises(DestinationError, match="unknown favourite"):
        store.set_favourite("gym", "Gym", 47, 9)


@pytest.mark.parametrize(
    "name,lat,lon",
    [("", 47, 9), (None, 47, 9), ("x", math.nan, 9), ("x", 47, math.inf), ("x", 91, 9), ("x", "a", 9), (123, 47, 9)],
)
def test_rejects_bad_entries(store, name, lat, lon):
    with pytest.raises(DestinationError):
        store.add_recent(name, lat, lon)
    assert store.recents() == []


def test_cleans_and_limits_names(store):
    d = store.add_recent("  Städtle\x00  32\n ", 47.1, 9.5)
    assert d.name == "Städtle 32"
    d = store.add_recent(b"bytes \xff name", 47.1, 9.6)
    assert d.name.startswith("bytes")
    assert len(store.add_recent("x" * 10_000, 47.1, 9.7).name) == 200
    with pytest.raises(DestinationError):
        store.add_recent("x", 47, 9, source="hacker")


def test_persists_and_uses_wal(tmp_path):
    p = tmp_path / "d.sqlite"
    s = DestinationStore(p)
    s.add_recent("A", 47.1, 9.5)
    s.set_favourite("work", "W", 47.2, 9.5)
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    s.close()
    s2 = DestinationStore(p)
    assert [d.name for d in s2.recents()] == ["A"] and s2.favourite("work").name == "W"
    s2.close()


def test_corrupt_database_is_moved_aside(tmp_path):
    p = tmp_path / "d.sqlite"
    p.write_bytes(b"SQLite format 3\x00" + b"\xde\xad" * 4000)
    s = DestinationStore(p)
    s.add_recent("fresh", 47.1, 9.5)
    assert [d.name for d in s.recents()] == ["fresh"]
    s.close()
    assert any(f.name.startswith("d.sqlite.corrupt-") for f in tmp_path.iterdir())
    sqlite3.connect(p).close()
