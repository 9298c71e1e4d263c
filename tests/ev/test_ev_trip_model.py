"""The Qt adapter: plan timeline for QML, settings that persist, replan message, preconditioning command."""

from __future__ import annotations

import re
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from hmi.i18n import Text
from hmi.nav.ev.chargers import UNNAMED, Charger
from hmi.nav.ev.settings import SettingsStore
from hmi.nav.ev.synthetic import grid_graph
from hmi.ui.trip_model import TripModel

G = grid_graph(1, 60, 2000.0, 90.0)


def _pt(n):
    return float(G.node_lat[n]), float(G.node_lon[n])


CHARGERS = [
    Charger(
        id="B",
        name="Motorway DC",
        lat=_pt(30)[0],
        lon=_pt(30)[1],
        power_kw=50.0,
        plugs=("chademo", "ccs", "type2"),
        power_estimated=True,
    )
]


@pytest.fixture
def model(qtbot, tmp_path, profiles):
    store = SettingsStore(tmp_path / "ev.sqlite3")
    m = TripModel(G, CHARGERS, profiles, store)
    yield m
    m.shutdown()
    store.close()


def _plan(qtbot, model, soc, dest=59):
    model.setLiveState(*_pt(0), soc)
    with qtbot.waitSignal(model.planChanged, timeout=10_000, check_params_cb=lambda *a: not model.busy):
        model.planTo(*_pt(dest), "Far town")
    qtbot.waitUntil(lambda: not model.busy, timeout=10_000)


def test_plan_timeline_and_next_stop(qtbot, model):
    _plan(qtbot, model, 45.0)
    assert model.hasPlan and model.planError == ""
    kinds = [s["kind"] for s in model.timeline]
    assert kinds == ["drive", "charge", "drive", "arrive"]
    charge = model.timeline[1]
    assert charge["name"] == "Motorway DC" and charge["estimated"] and charge["powerEstimated"]
    assert charge["toSoc"] > charge["arriveSoc"] and charge["minutes"] > 0
    assert model.timeline[-1]["name"] == "Far town" and model.timeline[-1]["soc"] >= 10
    assert model.stopCount == 1 and model.totalMinutes > 0 and model.arrivalSoc >= 10
    assert model.nextStop["name"] == "Motorway DC" and model.nextStop["plug"] == "chademo"
    assert model.property("timeline") == model.timeline  # visible to QML


def test_infeasible_plan_sets_the_reason(qtbot, model):
    model.setMinPowerKw(100.0)
    _plan(qtbot, model, 20.0)
    assert not model.hasPlan and "no compatible charger" in model.planError


def test_preconditioning_command_and_result(qtbot, model):
    _plan(qtbot, model, 45.0)
    sent = []
    model.commandRequested.connect(lambda name, payload: sent.append((name, dict(payload))))
    model.setRouteProgress(30_000.0)  # 30 km before the DC stop: 20 min at 90 km/h
    assert sent and sent[-1][0] == "precondition_battery"
    assert sent[-1][1]["mode"] == "FAST_CHARGING_PREPARATION"
    assert model.preconditionState == "pending"
    with qtbot.waitSignal(model.preconditionStateChanged, timeout=1000):
        model.onCommandResult("precondition_battery", {"id": sent[-1][1]["id"], "ok": True, "message": "on"})
    assert model.preconditionState == "active"
    model.clearPlan()
    assert sent[-1][1]["mode"] == "INACTIVE" and not model.hasPlan


def test_soc_drop_replans_with_a_message(qtbot, model):
    _plan(qtbot, model, 70.0)
    assert model.stopCount == 0
    model.setRouteProgress(30_000.0)
    with qtbot.waitSignal(model.replanMessageChanged, timeout=5000):
        model.setLiveState(*_pt(15), 40.0)  # ~17 % below the plan's prediction
    assert model.replanMessage.startswith("Added a charging stop at Motorway DC, +")
    assert model.stopCount == 1


def test_settings_persist_and_reject_bad_values(qtbot, tmp_path, profiles):
    store = SettingsStore(tmp_path / "s.sqlite3")
    m = TripModel(G, CHARGERS, profiles, store)
    with qtbot.waitSignal(m.settingsChanged, timeout=1000):
        m.setReservePct(7.0)
    m.setArrivalPct(float("nan"))  # ignored
    m.setChargeLimitPct(90.0)
    m.setVehicleId("generic-ccs-75")
    m.setVehicleId("no-such-car")  # ignored
    m.setPlugs(["ccs"])
    assert (m.reservePct, m.arrivalPct, m.chargeLimitPct, m.vehicleId) == (7.0, 10.0, 90.0, "generic-ccs-75")
    assert m.plugs == ["ccs"] and m.availablePlugs == ["ccs", "type2"]
    assert {v["id"] for v in m.vehicles} >= {"nissan-leaf-40", "generic-ccs-75"}
    m.shutdown()
    store.close()
    store2 = SettingsStore(tmp_path / "s.sqlite3")
    m2 = TripModel(G, CHARGERS, profiles, store2)
    assert (m2.reservePct, m2.chargeLimitPct, m2.vehicleId, m2.plugs) == (7.0, 90.0, "generic-ccs-75", ["ccs"])
    m2.shutdown()
    store2.close()


def test_range_polygons(qtbot, model):
    model.setLiveState(*_pt(30), 10.0)
    model.updateRange()
    assert model.rangeBusy  # computed on the range worker, never in the slot
    qtbot.waitUntil(lambda: not model.rangeBusy, timeout=10_000)
    assert len(model.rangePolygon) >= 3 and len(model.rangePolygonReserve) >= 3
    model.setLiveState(float("nan"), 0.0, 50.0)  # ignored, keeps the last good state
    model.updateRange()
    qtbot.waitUntil(lambda: not model.rangeBusy, timeout=10_000)
    assert len(model.rangePolygon) >= 3


def test_progress_follows_the_position(qtbot, model):
    _plan(qtbot, model, 70.0)
    model.setLiveState(*_pt(10), 62.0)  # 20 km in, on plan: no replan
    assert model.replanMessage == ""
    with qtbot.waitSignal(model.replanMessageChanged, timeout=5000):
        model.setLiveState(*_pt(15), 40.0)  # 30 km in, far below the prediction
    assert "Added a charging stop" in model.replanMessage


# ---------------------------------------------------------------------------------------------- languages and units
class _Catalog(QTranslator):
    """A real QTranslator (installed in the application) answering a few "trip" templates in German."""

    GERMAN: ClassVar[dict[str, str]] = {
        "Added a charging stop at {names}, {delta}": "Ladestopp bei {names} hinzugefügt, {delta}",
        "nearest compatible charger {distance} away, reachable {reachable}": (
            "nächste passende Ladestation {distance} entfernt, erreichbar {reachable}"
        ),
        "Destination": "Ziel",
        "Charging station": "Ladestation",
    }

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.GERMAN.get(source) if context == "trip" else None

    def isEmpty(self):
        return False


@pytest.fixture
def i18n(qapp):
    """The app's I18n (process-wide formats and translator), released afterwards."""
    from hmi.ui.translator import I18n

    obj = I18n()
    catalog = _Catalog()
    try:
        yield obj, catalog
    finally:
        QCoreApplication.removeTranslator(catalog)
        obj.release()


def test_texts_follow_the_language_and_units_on_retranslate(qtbot, tmp_path, profiles, i18n):
    from hmi.ui.translator import formats

    setter, catalog = i18n
    g = grid_graph(1, 60, 2000.0, 90.0)
    pt = lambda n: (float(g.node_lat[n]), float(g.node_lon[n]))  # noqa: E731
    unnamed = Charger(
        id="U", name=Text("trip", UNNAMED), lat=pt(20)[0], lon=pt(20)[1], power_kw=50.0, plugs=("chademo",)
    )
    store = SettingsStore(tmp_path / "ev.sqlite3")
    m = TripModel(g, [unnamed], profiles, store)
    try:
        m.setLiveState(*pt(0), 10.0)
        with qtbot.waitSignal(m.planErrorChanged, timeout=10_000):
            m.planTo(*pt(59), "")
        qtbot.waitUntil(lambda: not m.busy, timeout=10_000)
        assert re.fullmatch(r"nearest compatible charger 40 km away, reachable [\d.]+ km", m.planError), m.planError
        assert isinstance(m.plan_error, Text)  # the raw text stays, for re-rendering
        # imperial, French number formats (decimal comma), and a catalog: one retranslate re-renders the reason
        setter.apply("fr", "imperial", "F")  # fr_MC: decimal comma
        QCoreApplication.installTranslator(catalog)
        assert formats().system == "imperial" and formats().decimal == ","
        with qtbot.waitSignal(m.planErrorChanged, timeout=1000):
            m.retranslate()
        assert re.fullmatch(r"nächste passende Ladestation 25 mi entfernt, erreichbar [\d,]+ mi", m.planError), (
            m.planError
        )
        assert m.property("planError") == m.planError
        assert m.chargerInfo("U")["name"] == "Ladestation"
        # nothing changed: no signal, same text
        before = m.planError
        m.retranslate()
        assert m.planError == before
        # back to English / metric
        QCoreApplication.removeTranslator(catalog)
        setter.apply("en", "metric", "C")
        m.retranslate()
        assert m.planError.startswith("nearest compatible charger 40 km away")
    finally:
        m.shutdown()
        store.close()


def test_timeline_next_stop_and_replan_message_are_retranslated(qtbot, model, i18n):
    setter, catalog = i18n
    _plan(qtbot, model, 70.0, dest=59)
    model.setRouteProgress(30_000.0)
    with qtbot.waitSignal(model.replanMessageChanged, timeout=5000):
        model.setLiveState(*_pt(15), 40.0)
    assert model.replanMessage.startswith("Added a charging stop at Motorway DC, +")
    assert model.timeline[-1]["name"] == "Far town"
    # a destination without a name gets the translatable "Destination"
    raw_message = model.replan_message
    assert isinstance(raw_message, Text)
    setter.apply("fr", "imperial", "F")  # fr_MC: decimal comma
    QCoreApplication.installTranslator(catalog)
    with qtbot.waitSignal(model.replanMessageChanged, timeout=1000):
        model.retranslate()
    assert model.replanMessage.startswith("Ladestopp bei Motorway DC hinzugefügt, +"), model.replanMessage
    # numbers stay raw for QML (formatted there with i18n.fmt); QML-visible lists are plain values
    assert model.nextStop["distanceKm"] > 0 and model.property("nextStop")["name"] == "Motorway DC"


def test_unnamed_destination_is_translated(qtbot, model, i18n):
    _setter, catalog = i18n
    model.setLiveState(*_pt(0), 70.0)
    with qtbot.waitSignal(model.timelineChanged, timeout=10_000):
        model.planTo(*_pt(40), "")
    qtbot.waitUntil(lambda: model.hasPlan and not model.busy, timeout=10_000)
    assert model.timeline[-1]["name"] == "Destination"
    QCoreApplication.installTranslator(catalog)
    with qtbot.waitSignal(model.timelineChanged, timeout=1000):
        model.retranslate()
    assert model.timeline[-1]["name"] == "Ziel" and model.property("timeline")[-1]["name"] == "Ziel"


def test_changing_ev_settings_during_a_trip_replans_once_after_the_last_tap(qtbot, model):
    _plan(qtbot, model, 70.0)
    first = model._plan
    assert model.stopCount == 0 and model.replanMessage == ""
    planned = []
    model.planChanged.connect(lambda: planned.append(model._plan))
    # Arrival SoC stepped up three times in quick succession (a driver tapping +): one replan, at the end.
    # (Without a stop the car arrives with about a quarter of its charge.)
    for pct in (20.0, 25.0, 30.0):
        model.setArrivalPct(pct)
        qtbot.wait(50)
    assert planned == []  # nothing while the driver is still tapping
    qtbot.waitUntil(lambda: model.replanMessage == "Route updated for your new charging settings", timeout=5_000)
    assert len(planned) == 1 and planned[0] is not first
    assert model.stopCount == 1 and model.arrivalSoc >= 30  # the new plan charges to arrive with 30 %


def test_settings_no_trip_can_meet_keep_the_current_route_and_say_why(qtbot, model):
    _plan(qtbot, model, 45.0)
    first = model._plan
    model.setMinPowerKw(150.0)  # no charger that powerful on the way
    qtbot.waitUntil(lambda: model.replanMessage.startswith("Your new charging settings cannot be met"), timeout=5_000)
    assert "no compatible charger" in model.replanMessage and model.replanMessage.endswith("keeping the current route")
    assert model._plan is first and model.hasPlan and model.planError == ""


def test_settings_changes_without_a_trip_plan_nothing(qtbot, model):
    model.setLiveState(*_pt(0), 50.0)
    model.setArrivalPct(30.0)
    qtbot.wait(1_200)
    assert not model.hasPlan and not model.busy and model.replanMessage == ""


# ---------------------------------------------------------------------- off the GUI thread, numbers that add up
class _Gate:
    """Holds the planner at its start until released (the real planner runs afterwards)."""

    def __init__(self, monkeypatch) -> None:
        import threading

        from hmi.ui import trip_model

        self.event = threading.Event()
        self.threads: list[str] = []
        real = trip_model.plan_trip

        def gated(*args, **kwargs):
            self.threads.append(threading.current_thread().name)
            assert self.event.wait(30), "the gate was never opened"
            return real(*args, **kwargs)

        monkeypatch.setattr(trip_model, "plan_trip", gated)

    def open(self) -> None:
        self.event.set()


def test_timeline_minutes_add_up_to_the_total_from_any_position(qtbot, model):
    _plan(qtbot, model, 45.0)
    for progress_m in (0.0, 12_345.0, 61_000.0, 100_000.0):
        model.setRouteProgress(progress_m)
        steps = model.timeline
        assert sum(s["minutes"] for s in steps[:-1]) == steps[-1]["minutes"] == model.totalMinutes, steps
    plan = model.plan
    model.setRouteProgress(0.0)
    # the total is the plan's own (drive + charge + stop overhead), rounded once
    independent = sum(leg.drive_s + leg.charge_s + leg.stop_overhead_s for leg in plan.legs) / 60
    assert abs(model.totalMinutes - independent) <= 0.5
    # the charge step is the whole stop, and the next-stop card shows the same minutes
    charge = next(s for s in model.timeline if s["kind"] == "charge")
    assert model.nextStop["chargeMinutes"] == charge["minutes"]


def test_planning_runs_on_the_worker_with_a_spinner_only_after_the_delay(qtbot, model, monkeypatch):
    from hmi.ui.trip_model import SPINNER_DELAY_MS

    gate = _Gate(monkeypatch)
    model.setLiveState(*_pt(0), 45.0)
    model.planTo(*_pt(59), "Far town")
    # the slot returned at once: the planner waits on its worker, the spinner on its delay
    assert model.busy and not model.spinner and not model.hasPlan
    assert model._spinner_timer.isActive() and model._spinner_timer.interval() == SPINNER_DELAY_MS
    qtbot.waitUntil(lambda: model.spinner, timeout=5_000)
    gate.open()
    qtbot.waitUntil(lambda: model.hasPlan and not model.busy, timeout=10_000)
    assert not model.spinner and gate.threads == ["ev-plan"]


def test_a_newer_request_supersedes_the_older(qtbot, model, monkeypatch):
    gate = _Gate(monkeypatch)
    model.setLiveState(*_pt(0), 45.0)
    model.planTo(*_pt(59), "Far town")
    qtbot.waitUntil(lambda: len(gate.threads) == 1, timeout=5_000)  # the first is running
    model.planTo(*_pt(20), "Near town")  # supersedes it
    gate.open()
    qtbot.waitUntil(lambda: model.hasPlan and not model.busy, timeout=10_000)
    qtbot.wait(200)  # (the first job's result, had it been applied, would have arrived by now)
    assert model.timeline[-1]["name"] == "Near town"
    assert model._plan_worker.cancelled >= 1


def test_closing_the_model_drops_work_in_flight(qtbot, tmp_path, profiles, monkeypatch):
    gate = _Gate(monkeypatch)
    store = SettingsStore(tmp_path / "close.sqlite3")
    m = TripModel(G, CHARGERS, profiles, store)
    changes = []
    m.planChanged.connect(lambda: changes.append(1))
    m.setLiveState(*_pt(0), 45.0)
    m.planTo(*_pt(59), "Far town")
    qtbot.waitUntil(lambda: len(gate.threads) == 1, timeout=5_000)
    gate.open()
    m.shutdown()
    qtbot.wait(300)
    assert changes == [] and not m.hasPlan
    assert not m._plan_worker._thread.is_alive()


def test_a_start_below_the_reserve_never_plans_an_arrival_below_it(qtbot, tmp_path, profiles):
    store = SettingsStore(tmp_path / "low.sqlite3")
    near = [Charger(id="N", name="Next door", lat=_pt(1)[0], lon=_pt(1)[1], power_kw=50.0, plugs=("chademo",))]
    m = TripModel(G, near, profiles, store)
    try:
        m.setReservePct(5.0)
        m.setArrivalPct(0.0)  # the reserve still holds at the destination
        _plan(qtbot, m, 3.0, dest=10)
        assert m.hasPlan and m.stopCount == 1
        assert m.plan.arrival_soc >= 5.0 - 1e-6 and m.timeline[-1]["soc"] >= 5
        assert all(leg.arrive_soc > 0.0 for leg in m.plan.legs)
        assert m.startLevel == "critical"  # 3 % is below the reserve: shown as such
        assert m.notes == ["Starting below the 5 % reserve"]  # the plan's note reaches the screen's model
        m.clearPlan()
        assert m.notes == []
    finally:
        m.shutdown()
        store.close()


def test_the_planner_caches_take_their_size_from_the_ev_settings(qtbot, tmp_path, profiles):
    from hmi.nav.ev.cache import caches_of
    from hmi.nav.ev.settings import validate

    store = SettingsStore(tmp_path / "caches.sqlite3")
    store.set("cache_searches", 12)
    store.set("cache_models", 2)
    g = grid_graph(1, 10, 2000.0, 90.0)
    m = TripModel(g, [], profiles, store)
    try:
        c = caches_of(g)
        assert (c.searches.maxsize, c.edge_kwh.maxsize) == (12, 2)
        for key, bad in (("cache_models", 0), ("cache_models", 65), ("cache_searches", 2.5), ("cache_searches", True)):
            with pytest.raises(ValueError):
                validate(key, bad)
    finally:
        m.shutdown()
        store.close()
