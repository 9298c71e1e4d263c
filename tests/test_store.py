"""The state store and per-frame coalescing (plain Python, fake clock)."""

from __future__ import annotations

from hmi.link import signals as sig
from hmi.vehicle.store import Coalescer, VehicleStore


class Clock:
    def __init__(self) -> None:
        self.t = 100.0

    def __call__(self) -> float:
        return self.t


def test_store_keeps_value_timestamp_and_staleness() -> None:
    clock = Clock()
    store = VehicleStore(stale_after_s=10, clock=clock)
    assert store.get(sig.SOC) is None and store.is_stale(sig.SOC)
    assert store.update(sig.SOC, 50.0, ts=1.0)
    assert not store.update(sig.SOC, 50.0, ts=2.0), "same value is not a change"
    assert store.last_ts(sig.SOC) == 2.0 and not store.is_stale(sig.SOC)
    clock.t += 10.5
    assert store.is_stale(sig.SOC) and store.get(sig.SOC) == 50.0, "stale values are kept, just marked"
    assert store.seconds_since_any() == 10.5


def test_moving_uses_last_known_speed_and_gear() -> None:
    store = VehicleStore()
    assert store.moving(), "unknown counts as moving"
    store.update(sig.SPEED, 0.0, 1)
    store.update(sig.GEAR, sig.GEAR_PARK, 1)
    assert not store.moving()
    store.update(sig.GEAR, sig.GEAR_DRIVE, 2)
    assert store.moving()


def test_coalescer_flushes_at_most_once_per_frame() -> None:
    clock = Clock()
    c = Coalescer(frame_s=1 / 60, clock=clock)
    assert c.mark("a") == 0.0, "an isolated change is flushed at once"
    assert c.mark("b") is None and c.mark("a") is None, "already scheduled"
    assert c.drain() == ["a", "b"]
    clock.t += 0.005
    delay = c.mark("a")
    assert delay is not None and abs(delay - (1 / 60 - 0.005)) < 1e-9, "next flush waits for the frame"
    clock.t += delay
    assert c.drain() == ["a"]
    clock.t += 1.0
    assert c.mark("c") == 0.0


def test_coalescer_under_load_bounds_flushes() -> None:
    clock = Clock()
    c = Coalescer(frame_s=1 / 60, clock=clock)
    flushes, due = 0, None
    for i in range(1000):  # 1000 msg/s for one second
        clock.t += 0.001
        d = c.mark(f"s{i % 7}")
        if d is not None:
            due = clock.t + d
        if due is not None and clock.t >= due:
            c.drain()
            flushes += 1
            due = None
    assert 55 <= flushes <= 62
