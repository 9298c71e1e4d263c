"""Rendering in-process leaves the caller's asyncio loop running.

A test suite renders screenshots inside its own process. The renderer used to run its own qasync loop to
completion, which left "no running loop" behind, so every task of the suite's session loop (the MQTT link's
keep-alive, for one) then failed at its next ``await`` with "no running event loop". It now renders on the
caller's running loop.
"""

from __future__ import annotations

import asyncio

from hmi.screenshot import rendering_session


def test_a_session_loop_task_lives_through_an_in_process_render(qasync_loop, qtbot, tmp_path) -> None:
    assert asyncio.events._get_running_loop() is qasync_loop
    ticks: list[int] = []

    async def keepalive() -> None:  # a task of the session loop, as the link's keep-alive is
        while len(ticks) < 1_000:
            await asyncio.sleep(0.05)
            ticks.append(len(ticks))

    task = qasync_loop.create_task(keepalive())
    try:
        with rendering_session(scenario="charging-session", at_s=2.0, size=(1024, 600)) as r:
            assert r.loop is qasync_loop
            shot = r.run(r.shoot("vehicle", (1024, 600), "day", tmp_path / "vehicle.png"))
            assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        seen = len(ticks)
        assert asyncio.events._get_running_loop() is qasync_loop
        qtbot.waitUntil(lambda: len(ticks) >= seen + 3, timeout=5_000)
        assert not task.done(), task.exception()
    finally:
        task.cancel()
