"""The state store, the freshness rule and per-frame coalescing (plain Python, fake clocks)."""

from __future__ import annotations

import pytest

from hmi.link import signals as sig
from hmi.vehicle.freshness import (
    SAFETY_MAX_AGE_S,
    SafetyInputs,
    age_of,
    age_text,
    last_known_text,
)
from hmi.vehicle.store import Coalescer, VehicleStore

WALL0 = 1_800_000_000.0


class Clock:
    def __init__(self, t: float = 100.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


class Clocks:
    """A monotonic and a wall clock that advance together (``tick``) or separately."""

    def __init__(self) -> None:
        self.mono = Clock(100.0)
        self.wall = Clock(WALL0)

    def tick(self, dt: float) -> None:
        self.mono.t += dt
        self.wall.t += dt


def make_store(stale_after_s: float = 10.0) -> tuple[VehicleStore, Clocks]:
    c = Clocks()
    return VehicleStore(stale_after_s=stale_after_s, clock=c.mono, wall=c.wall), c


def test_store_keeps_value_timestamp_and_staleness() -> None:
    store, c = make_store()
    assert store.get(sig.SOC) is None and store.is_stale(sig.SOC)
    assert store.update(sig.SOC, 50.0, ts=WALL0 - 1)
    assert not store.update(sig.SOC, 50.0, ts=WALL0), "same value is not a change"
    assert store.last_ts(sig.SOC) == WALL0 and not store.is_stale(sig.SOC)
    c.tick(10.5)
    assert store.is_stale(sig.SOC) and store.get(sig.SOC) == 50.0, "stale values are kept, just marked"
    assert store.newest_age() == pytest.approx(10.5)
    assert not store.any_current()


def test_age_comes_from_ts_bounded_by_the_receive_time() -> None:
    store, c = make_store()
    store.update(sig.SOC, 50.0, ts=WALL0 - 3 * 3600)  # a value stamped three hours ago arrives now
    assert store.age(sig.SOC) == pytest.approx(3 * 3600)
    assert store.is_stale(sig.SOC), "received just now, but three hours old"
    # An agent clock a little ahead of ours: the age is the time since receipt, never negative.
    store.update(sig.SPEED, 0.0, ts=WALL0 + 120)
    assert store.age(sig.SPEED) == 0.0
    c.tick(4)
    assert store.age(sig.SPEED) == pytest.approx(4)
    # Our wall clock jumping back an hour cannot make a value younger than its time with us.
    c.wall.t -= 3600
    assert store.age(sig.SPEED) == pytest.approx(4)
    assert age_of(ts=WALL0, received=100.0, now_wall=WALL0 - 50, now_mono=100.0) == 0.0


def test_retained_and_earlier_epochs_are_last_known() -> None:
    store, c = make_store()
    store.update(sig.GEAR, sig.GEAR_PARK, ts=WALL0, retained=True)
    assert store.get(sig.GEAR) == sig.GEAR_PARK and store.is_stale(sig.GEAR), "a retained copy is a replay"
    store.update(sig.SPEED, 0.0, ts=WALL0)
    assert store.is_current(sig.SPEED) and store.any_current()
    store.invalidate()  # reconnect, disconnect or agent offline
    assert store.is_stale(sig.SPEED) and not store.any_current()
    assert store.get(sig.SPEED) == 0.0, "last known values stay"
    c.tick(0.1)
    store.update(sig.SPEED, 0.0, ts=WALL0 + 0.1)
    assert store.is_current(sig.SPEED)


def test_current_for_counts_down_to_the_bound() -> None:
    store, c = make_store()
    store.update(sig.SPEED, 12.0, ts=WALL0 - 1.0)  # one second old on arrival
    assert store.current_for(sig.SPEED, SAFETY_MAX_AGE_S) == pytest.approx(SAFETY_MAX_AGE_S - 1.0)
    c.tick(SAFETY_MAX_AGE_S - 1.0 + 0.01)
    assert not store.is_current(sig.SPEED, SAFETY_MAX_AGE_S) and store.is_current(sig.SPEED)


def test_moving_uses_last_known_speed_and_gear() -> None:
    store, _ = make_store()
    assert store.moving(), "unknown counts as moving"
    store.update(sig.SPEED, 0.0, WALL0)
    store.update(sig.GEAR, sig.GEAR_PARK, WALL0)
    assert not store.moving()
    store.update(sig.GEAR, sig.GEAR_DRIVE, WALL0 + 1)
    assert store.moving()


def test_safety_inputs_expire_and_a_backward_wall_clock_voids_them() -> None:
    inputs = SafetyInputs({sig.SPEED: 0.0, sig.GEAR: sig.GEAR_PARK}, (), True, True, WALL0, 2.0)
    assert inputs.parked(WALL0) and inputs.parked(WALL0 + 2.0)
    assert not inputs.usable(WALL0 + 2.01), "past its validity"
    assert not inputs.usable(WALL0 - 0.5), "a wall clock that went back cannot extend it"
    assert not SafetyInputs({sig.SPEED: 0.0, sig.GEAR: 126}, (), True, False, WALL0, 2.0).usable(WALL0)
    assert not SafetyInputs({sig.SPEED: 0.0, sig.GEAR: 126}, (), False, True, WALL0, 2.0).usable(WALL0)
    assert not SafetyInputs({sig.SPEED: 0.0}, (sig.GEAR,), True, True, WALL0, 2.0).usable(WALL0)
    moving = SafetyInputs({sig.SPEED: 30.0, sig.GEAR: sig.GEAR_DRIVE}, (), True, True, WALL0, 2.0)
    assert moving.usable(WALL0) and not moving.parked(WALL0)
    assert not SafetyInputs.unknown(WALL0).usable(WALL0)


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0 s"), (59.9, "59 s"), (60, "1 min"), (3599, "59 min"), (3 * 3600 + 5, "3 h"), (49 * 3600, "2 d")],
)
def test_age_text_uses_the_coarsest_unit(seconds: float, text: str) -> None:
    assert age_text(seconds) == text
    assert last_known_text(seconds) == f"last known {text} ago"


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


def test_clock_check_tells_a_lagging_or_racing_agent_clock_from_old_data() -> None:
    from hmi.vehicle.freshness import ClockCheck

    check = ClockCheck(window_s=10.0)
    assert check.skew(100.0) is None, "nothing seen: nothing to say"
    for i in range(20):  # live values, each 0.05 s in transit
        check.observe(0.05, 100.0 + i * 0.5)
    assert check.skew(110.0) is None
    check.observe(3600.0, 110.1)  # one replayed old value among live ones is data, not the clock
    assert check.skew(110.2) is None
    lagging = ClockCheck(window_s=10.0)
    for i in range(20):
        lagging.observe(600.0 + (i % 3) * 0.01, 200.0 + i * 0.5)
    assert lagging.skew(210.0) == pytest.approx(600.0)
    assert lagging.skew(230.0) is None, "the window has passed"
    racing = ClockCheck(window_s=10.0)
    racing.observe(-3600.0, 300.0)
    assert racing.skew(300.5) == -3600.0
    racing.observe(-10.0, 301.0)  # within tolerance: the clock is fine after all
    assert racing.skew(301.5) is None
    racing.reset()
    assert racing.skew(301.5) is None
