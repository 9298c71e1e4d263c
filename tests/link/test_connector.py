"""The link never blocks the GUI thread while it connects: DNS and the TCP connect run in a worker thread.

A broker address that never answers is simulated on this machine: a listening socket whose accept queue is
full, so the kernel drops further SYNs and a ``connect()`` hangs until its timeout — exactly what a blackholed
address does. (A TEST-NET address would depend on the machine's routing.) While the link retries against it,
two figures are taken on the GUI thread:

* the longest time any of the link's loop entry points was *blocked* in a system call (scheduler statistics:
  wall time minus running and waiting-to-run time, so a loaded CI machine does not inflate it) — the frame
  budget, 8 ms;
* the longest gap between ticks of a 5 ms Qt timer: an event-loop stall from any cause. paho's own blocking
  connect would show up here as a 3 s stall per attempt, so it is checked against a loose bound (load on a
  shared machine causes gaps of tens of ms) and printed.
"""

from __future__ import annotations

import socket
import time

import pytest
from PySide6.QtCore import QTimer

from hmi.link.client import BrokerState, MqttLink
from hmi.link.config import BrokerConfig
from hmi.link.connector import CONNECT_TIMEOUT_S, HandoffClient
from hmi.link.timing import SCHEDSTAT, CallbackTiming
from hmi.vehicle.store import VehicleStore

pytestmark = pytest.mark.timeout(60)

#: The frame budget: nothing on the GUI thread may run longer.
FRAME_BUDGET_S = 0.008


class Blackhole:
    """A TCP port on 127.0.0.1 that accepts nothing: its (tiny) accept queue is full, new SYNs are dropped."""

    def __init__(self) -> None:
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(0)
        self.port = self.server.getsockname()[1]
        self.fillers: list[socket.socket] = []
        # Fill the accept queue (Linux takes backlog + 1); a connect that does not complete at once means full.
        for _ in range(8):
            s = socket.socket()
            s.setblocking(False)
            if s.connect_ex(("127.0.0.1", self.port)) != 0:
                s.close()
                break
            self.fillers.append(s)

    def close(self) -> None:
        for s in self.fillers:
            s.close()
        self.server.close()


@pytest.fixture
def blackhole():
    hole = Blackhole()
    probe = socket.socket()
    probe.settimeout(0.3)
    try:
        probe.connect(("127.0.0.1", hole.port))
        pytest.fail("the blackhole accepted a connection: its accept queue is not full", pytrace=False)
    except TimeoutError:
        pass
    finally:
        probe.close()
    yield hole
    hole.close()


class StallProbe:
    """Longest gap between ticks of a 5 ms timer on the Qt loop."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.monotonic()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.monotonic()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def test_paho_still_creates_its_socket_through_the_handoff_seam() -> None:
    """If a paho release stopped calling ``_create_socket_connection``, paho would connect (blocking) by itself."""
    import paho.mqtt.client as mqtt

    client = HandoffClient(mqtt.CallbackAPIVersion.VERSION2)
    client.connect_async("127.0.0.1", 1)
    with pytest.raises(OSError, match="worker thread"):
        client.reconnect()


def _run_link(config: BrokerConfig, loop, qtbot, seconds: float) -> tuple[MqttLink, StallProbe]:
    timing = CallbackTiming(blocked=True)
    link = MqttLink(VehicleStore(), config, loop=loop, timing=timing)
    probe = StallProbe()
    probe.start()
    link.start()
    try:
        qtbot.wait(int(seconds * 1000))
    finally:
        link.stop()
        probe.stop()
    return link, probe


def test_retries_against_a_blackholed_broker_never_block_the_gui_thread(qtbot, qasync_loop, blackhole) -> None:
    assert SCHEDSTAT.exists(), "the kernel's per-thread scheduler statistics are needed for the blocked time"
    seconds = 2 * CONNECT_TIMEOUT_S + 1.5  # at least two attempts that each hang for the whole connect timeout
    link, probe = _run_link(BrokerConfig("127.0.0.1", blackhole.port), qasync_loop, qtbot, seconds)
    assert link.broker is not BrokerState.CONNECTED
    name, blocked = link.timing.longest_blocked
    wall_name, wall = link.timing.longest
    print(
        f"\nblackholed broker, {seconds:.1f} s: {link.timing.calls} link callbacks; longest blocked"
        f" {blocked * 1e3:.2f} ms ({name}); longest wall {wall * 1e3:.2f} ms ({wall_name});"
        f" longest event-loop gap {probe.longest * 1e3:.1f} ms"
    )
    assert link.timing.calls > 0 and "connected_tcp" in link.timing.longest_s, "the attempts came back to the loop"
    assert blocked < FRAME_BUDGET_S, f"{name} blocked the GUI thread for {blocked * 1e3:.1f} ms"
    assert probe.longest < CONNECT_TIMEOUT_S / 3, f"the event loop stalled for {probe.longest:.2f} s"


def test_an_unresolvable_broker_name_never_blocks_the_gui_thread(qtbot, qasync_loop) -> None:
    # .invalid never resolves (RFC 6761); how long the resolver takes to say so depends on the machine.
    link, probe = _run_link(BrokerConfig("hmi-broker.invalid", 1883), qasync_loop, qtbot, 2.5)
    assert link.broker is not BrokerState.CONNECTED
    name, blocked = link.timing.longest_blocked
    gap = probe.longest * 1e3
    print(f"\nunresolvable name: longest blocked {blocked * 1e3:.2f} ms ({name}); event-loop gap {gap:.1f} ms")
    assert blocked < FRAME_BUDGET_S, f"{name} blocked the GUI thread for {blocked * 1e3:.1f} ms"
    assert probe.longest < 1.0
