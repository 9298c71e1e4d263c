"""Preconditioning held back by the link for want of current data is asked again, not given up."""

from __future__ import annotations

from hmi.nav.ev.replan import FAST_CHARGING_PREPARATION, PreconditionController

T0 = 1_800_000_000.0


def test_a_start_the_link_held_back_is_asked_again_after_the_timeout() -> None:
    c = PreconditionController(timeout_s=10.0, max_retries=3)
    sent = c.step(FAST_CHARGING_PREPARATION, T0)
    assert sent is not None and c.state == "pending"
    # The link refused it at once: not sent (no current data from the car).
    held = {"id": sent["id"], "ok": False, "message": "Waiting for current data from the car", "sent": False}
    assert c.on_result(held)
    assert c.state == "failed" and c.message == "Waiting for current data from the car"
    assert c.step(FAST_CHARGING_PREPARATION, T0 + 1) is None, "not asked again at once"
    again = c.step(FAST_CHARGING_PREPARATION, T0 + 10.5)
    assert again is not None and again["id"] != sent["id"] and c.state == "pending"
    assert c.on_result({"id": again["id"], "ok": True, "message": "Battery preconditioning on"})
    assert c.state == "active"


def test_the_cars_refusal_is_still_final() -> None:
    c = PreconditionController(timeout_s=10.0, max_retries=3)
    sent = c.step(FAST_CHARGING_PREPARATION, T0)
    assert c.on_result({"id": sent["id"], "ok": False, "message": "Battery too cold"})
    assert c.step(FAST_CHARGING_PREPARATION, T0 + 60) is None and c.state == "failed"
