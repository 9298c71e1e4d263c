"""Live replanning triggers and messages, preconditioning decisions, and the command round trip via a broker."""

from __future__ import annotations

import json
import logging
import threading

import paho.mqtt.client as mqtt
import pytest

from hmi.link import topics
from hmi.nav.ev.chargers import Charger
from hmi.nav.ev.planner import NoFeasibleTrip, plan_trip
from hmi.nav.ev.replan import (
    FAST_CHARGING_PREPARATION,
    INACTIVE,
    PlanTracker,
    PreconditionController,
    ReplanMonitor,
    desired_precondition,
)
from hmi.nav.ev.synthetic import grid_graph

G = grid_graph(1, 60, 2000.0, 90.0)  # 118 km straight road, 2 km edges


def _pt(n):
    return float(G.node_lat[n]), float(G.node_lon[n])


def _charger(node, cid, plugs=("chademo", "type2"), power=50.0):
    lat, lon = _pt(node)
    return Charger(id=cid, name=f"Charger {cid}", lat=lat, lon=lon, power_kw=power, plugs=plugs)


CHARGERS = [_charger(15, "A"), _charger(30, "B"), _charger(45, "C")]
DEST = _pt(59)


def _replanner(leaf, settings=None):
    def replan(lat, lon, soc):
        return plan_trip(G, leaf, CHARGERS, (lat, lon), DEST, soc, settings)

    return replan


def test_tracker_predicts_soc_along_the_route(leaf):
    plan = plan_trip(G, leaf, CHARGERS, _pt(0), DEST, 70.0)
    assert not plan.stops
    tr = PlanTracker(plan)
    p0, pmid, pend = tr.progress(0), tr.progress(59_000), tr.progress(118_000)
    assert p0.predicted_soc == pytest.approx(70.0)
    assert pend.predicted_soc == pytest.approx(plan.arrival_soc)
    assert pmid.predicted_soc == pytest.approx((70.0 + plan.arrival_soc) / 2, abs=0.1)
    assert pmid.remaining_leg_s == pytest.approx(plan.drive_s / 2, rel=0.01)
    assert tr.remaining_s(p0) == pytest.approx(plan.total_s)


def test_soc_drop_adds_a_charging_stop(leaf):
    plan = plan_trip(G, leaf, CHARGERS, _pt(0), DEST, 70.0)
    mon = ReplanMonitor(plan, _replanner(leaf))
    # on plan: nothing happens
    p = mon.tracker.progress(30_000)
    assert mon.update(30_000, p.predicted_soc, *_pt(15), now=100.0) is None
    # the car used far more than predicted: arrival would be ~8 % < 10 % → replan with a stop
    ev = mon.update(30_000, p.predicted_soc - 12.0, *_pt(15), now=101.0)
    assert ev is not None and ev.trigger == "deficit" and ev.plan is not None
    assert ev.message.startswith("Added a charging stop at Charger ")
    assert ev.message.endswith(" min") and "+" in ev.message
    assert ev.delta_s > 0 and mon.plan is ev.plan and ev.plan.stops


def test_a_plan_made_after_leaving_the_route_announces_changed_stops(leaf):
    """Off the route, the trip is planned again from where the car is: a stop it adds is said, as a live replan's
    would be; the same stops say nothing (the reroute is the navigation's notice)."""
    plan = plan_trip(G, leaf, CHARGERS, _pt(0), DEST, 70.0)
    mon = ReplanMonitor(plan, _replanner(leaf))
    same = plan_trip(G, leaf, CHARGERS, _pt(5), DEST, 64.0)
    assert not same.stops and mon.reroute_change(10_000, same) == ""
    low = plan_trip(G, leaf, CHARGERS, _pt(5), DEST, 30.0)
    assert low.stops
    message = mon.reroute_change(10_000, low)
    assert message.startswith("Added a charging stop at Charger ") and "+" in message


def test_replans_are_rate_limited_and_skipped_while_charging(leaf):
    plan = plan_trip(G, leaf, CHARGERS, _pt(0), DEST, 70.0)
    calls = []

    def replan(lat, lon, soc):
        calls.append(soc)
        raise NoFeasibleTrip("nearest compatible charger 30 km away, reachable 2 km")

    mon = ReplanMonitor(plan, replan, min_interval_s=30.0)
    low = mon.tracker.progress(30_000).predicted_soc - 15
    assert mon.update(30_000, low, *_pt(15), charging=True, now=0.0) is None
    ev = mon.update(30_000, low, *_pt(15), now=10.0)
    assert ev is not None and ev.plan is None and ev.infeasible_reason
    assert ev.message.startswith("Cannot reach the destination on this charge: nearest compatible charger")
    assert mon.update(30_000, low, *_pt(15), now=20.0) is None  # within 30 s
    assert mon.update(30_000, low, *_pt(15), now=45.0) is not None
    assert len(calls) == 2


def test_surplus_drops_an_unneeded_stop(leaf):
    plan = plan_trip(G, leaf, CHARGERS, _pt(0), DEST, 45.0)
    assert plan.stops
    mon = ReplanMonitor(plan, _replanner(leaf))
    p = mon.tracker.progress(20_000)
    ev = mon.update(20_000, p.predicted_soc + 15.0, *_pt(10), now=0.0)
    assert ev is not None and ev.trigger == "surplus"
    assert "no longer needed" in ev.message and "−" in ev.message
    assert not mon.plan.stops


def test_small_surplus_keeps_the_plan(leaf):
    plan = plan_trip(G, leaf, CHARGERS, _pt(0), DEST, 45.0)
    mon = ReplanMonitor(plan, _replanner(leaf), surplus_pct=2.0, min_saving_s=3600)
    p = mon.tracker.progress(20_000)
    ev = mon.update(20_000, p.predicted_soc + 2.5, *_pt(10), now=0.0)
    assert ev is not None and ev.plan is None and ev.message == ""
    assert mon.plan is plan
    # the same surplus is not re-checked every update
    assert mon.update(20_000, p.predicted_soc + 2.6, *_pt(10), now=100.0) is None


def test_invalid_live_values_are_ignored(leaf, caplog):
    caplog.set_level(logging.WARNING)
    plan = plan_trip(G, leaf, CHARGERS, _pt(0), DEST, 70.0)
    mon = ReplanMonitor(plan, _replanner(leaf))
    for soc, dist in ((float("nan"), 0.0), (150.0, 0.0), (50.0, float("inf")), (True, 0.0), ("50", 0.0)):
        assert mon.update(dist, soc, *_pt(0), now=0.0) is None
    assert "ignoring invalid" in caplog.text
    assert mon.plan is plan


def test_precondition_when_a_dc_stop_is_near(leaf):
    plan = plan_trip(G, leaf, [_charger(30, "B")], _pt(0), DEST, 45.0)
    (stop,) = plan.stops
    assert stop.plug == "chademo"
    tr = PlanTracker(plan)
    assert desired_precondition(plan, tr.progress(0)) == INACTIVE  # 40 min away
    assert desired_precondition(plan, tr.progress(30_000)) == FAST_CHARGING_PREPARATION  # 20 min away
    after = tr.progress(70_000)
    assert after.leg == 1 and desired_precondition(plan, after) == INACTIVE  # on to the destination
    ac = plan_trip(G, leaf, [_charger(30, "AC", ("type2",), 22.0)], _pt(0), DEST, 45.0)
    assert ac.stops and desired_precondition(ac, PlanTracker(ac).progress(40_000)) == INACTIVE
    assert desired_precondition(None, None) == INACTIVE


def test_precondition_controller_state_machine():
    c = PreconditionController(timeout_s=10, max_retries=2)
    assert c.step(INACTIVE, now=0) is None and c.state == "inactive"
    cmd = c.step(FAST_CHARGING_PREPARATION, now=1)
    assert cmd is not None and cmd["mode"] == FAST_CHARGING_PREPARATION and set(cmd) == {"id", "ts", "mode"}
    assert c.state == "pending"
    assert c.step(FAST_CHARGING_PREPARATION, now=2) is None  # no duplicates while pending
    assert not c.on_result({"id": "other", "ok": True, "message": ""})
    assert not c.on_result({"id": cmd["id"], "ok": "yes"})
    assert not c.on_result("garbage")
    assert c.on_result({"id": cmd["id"], "ok": True, "message": "Battery preconditioning on"})
    assert c.state == "active" and c.message == "Battery preconditioning on"
    assert c.step(FAST_CHARGING_PREPARATION, now=3) is None  # already acknowledged
    off = c.step(INACTIVE, now=4)
    assert off is not None and off["mode"] == INACTIVE
    # timeouts: retried with a new id, then failed
    r1 = c.step(INACTIVE, now=15)
    r2 = c.step(INACTIVE, now=26)
    assert r1 and r2 and r1["id"] != r2["id"] != off["id"]
    assert c.step(INACTIVE, now=37) is None and c.state == "failed" and "no answer" in c.message
    # refusal
    d = PreconditionController()
    cmd = d.step(FAST_CHARGING_PREPARATION, now=0)
    assert d.on_result({"id": cmd["id"], "ok": False, "message": "Battery too cold"})
    assert d.state == "failed" and d.message == "Battery too cold"
    assert d.step(FAST_CHARGING_PREPARATION, now=1) is None  # not nagging the car
    assert d.step(INACTIVE, now=2) is None  # acknowledged mode is still INACTIVE
    with pytest.raises(ValueError):
        d.step("TURBO")


def test_precondition_round_trip_through_the_broker(agent, mqtt_broker):
    """The controller's payload goes to the (simulated) agent over mosquitto; its answer activates the state."""
    ctl = PreconditionController()
    got: list[dict] = []
    answered = threading.Event()
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="ev-test-hmi")
    subscribed = threading.Event()
    client.on_connect = lambda c, u, f, rc, p: c.subscribe(topics.command_result_topic("precondition_battery"), 1)
    client.on_subscribe = lambda c, u, mid, rcs, p: subscribed.set()

    def on_message(c, u, msg):
        got.append(json.loads(msg.payload))
        answered.set()

    client.on_message = on_message
    client.connect(mqtt_broker.host, mqtt_broker.port)
    client.loop_start()
    try:
        assert subscribed.wait(10), "no SUBACK from the broker"
        cmd = ctl.step(FAST_CHARGING_PREPARATION)
        client.publish(topics.command_topic("precondition_battery"), json.dumps(cmd), qos=1).wait_for_publish(10)
        assert answered.wait(10), "no answer from the agent"
        assert ctl.on_result(got[-1])
        assert ctl.state == "active"
        assert agent.state.conditioning == FAST_CHARGING_PREPARATION
    finally:
        client.loop_stop()
        client.disconnect()


def test_locate_position_on_the_plan_route(leaf):
    plan = plan_trip(G, leaf, [_charger(30, "B")], _pt(0), DEST, 45.0)
    tr = PlanTracker(plan)
    along, off = tr.locate(*_pt(15))
    assert along == pytest.approx(30_000, abs=5) and off < 1
    lat, lon = _pt(40)
    along, off = tr.locate(lat + 0.001, lon, after_m=70_000)  # 111 m beside the road
    assert along == pytest.approx(80_000, abs=5) and off == pytest.approx(111, abs=2)
    # outside the forward window (lost fixes for a while): falls back to the whole route
    along, off = tr.locate(*_pt(5), after_m=60_000)
    assert along == pytest.approx(10_000, abs=5) and off < 1
