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
