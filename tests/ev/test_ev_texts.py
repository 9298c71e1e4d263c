"""Translatable EV/trip texts: the planner's reasons and warnings, replan messages, preconditioning and charger
texts are :class:`~hmi.i18n.Text` values with Quantity arguments, so they render in another language, unit system
and decimal separator (plain Python: ``Text.render(translate, formats)``, no Qt).
"""

from __future__ import annotations

import json
import re
import string

import pytest

from hmi.i18n import Quantity, Text
from hmi.nav.ev import chargers as chargers_mod
from hmi.nav.ev import planner as planner_mod
from hmi.nav.ev import replan as replan_mod
from hmi.nav.ev.chargers import Charger, parse_charger
from hmi.nav.ev.planner import Leg, NoFeasibleTrip, Place, Plan, PlanSettings, plan_trip
from hmi.nav.ev.replan import PreconditionController, describe_change
from hmi.nav.ev.synthetic import grid_graph
from hmi.units import DEFAULT, Formats

IMPERIAL_COMMA = Formats(system="imperial", temperature_unit="F", decimal=",", group=".")
METRIC_COMMA = Formats(decimal=",", group=".")

G = grid_graph(1, 60, 2000.0, 90.0)  # 118 km straight road, 2 km edges


def _pt(n):
    return float(G.node_lat[n]), float(G.node_lon[n])


def _charger(node, cid="c", power=50.0, plugs=("chademo", "ccs", "type2"), name=None):
    lat, lon = _pt(node)
    return Charger(id=cid, name=name or f"Charger {cid}", lat=lat, lon=lon, power_kw=power, plugs=plugs)


def german(context: str, source: str) -> str:
    """A stand-in catalog for the mechanism (the real ones come from the translators' .ts files)."""
    return {
        ("trip", "nearest compatible charger {distance} away, reachable {reachable}"): (
            "nächste passende Ladestation {distance} entfernt, erreichbar {reachable}"
        ),
        ("trip", "Added a charging stop at {names}, {delta}"): "Ladestopp bei {names} hinzugefügt, {delta}",
        ("trip", "{first} and {second}"): "{first} und {second}",
        (
            "trip",
            "Cannot reach {target} on this charge: {reason}",
        ): "{target} mit dieser Ladung nicht erreichbar: {reason}",
        (
            "trip",
            "Cannot reach the destination on this charge: {reason}",
        ): "Ziel mit dieser Ladung nicht erreichbar: {reason}",
        ("trip", "Destination"): "Ziel",
        ("trip", "Charging station"): "Ladestation",
        ("trip", "no answer from the vehicle"): "keine Antwort vom Fahrzeug",
    }.get((context, source), source)


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


# ---------------------------------------------------------------------------------------------- templates
@pytest.mark.parametrize("module", [planner_mod, replan_mod])
def test_templates_have_no_unit_baked_in(module):
    """Units the driver can change (km, mi, °C, kW, min) are never part of a template: they come with a Quantity."""
    for key, template in module.TEXTS.items():
        assert isinstance(template, str) and template, key
        assert not re.search(r"\d\s*(km|mi|kW|kWh|min|°[CF])\b|\{[^}]*\}\s*(km|mi|kW|min|%)", template), template


def test_the_planners_reasons_are_texts_with_quantities(leaf):
    g = grid_graph(1, 60, 2000.0, 90.0)
    with pytest.raises(NoFeasibleTrip) as exc:
        plan_trip(g, leaf, [_charger(20)], _pt(0), _pt(59), 10.0)
    reason = exc.value.reason
    assert isinstance(reason, Text) and reason.context == "trip"
    assert reason.source == planner_mod.TEXTS["nearest_charger"]
    assert reason.args["distance"] == Quantity("distance_km", pytest.approx(40.0, abs=0.5))
    assert reason.args["reachable"].kind == "distance_km"
    # English, the default formats: exactly the old wording (translators already have it)
    assert re.fullmatch(r"nearest compatible charger 40 km away, reachable [\d.]+ km", reason), reason
    assert str(exc.value) == reason
    # imperial with a decimal comma: miles, the comma, and nothing left in km
    imperial = reason.render(formats=IMPERIAL_COMMA)
    assert re.fullmatch(r"nearest compatible charger 25 mi away, reachable [\d,]+ mi", imperial), imperial
    assert "km" not in imperial
    # another language: translated template, same figures
    de = reason.render(german, METRIC_COMMA)
    assert de.startswith("nächste passende Ladestation 40 km entfernt, erreichbar "), de


def test_infeasible_reasons_carry_percent_and_power_quantities(leaf):
    ccs_only = [_charger(20, plugs=("ccs",))]
    with pytest.raises(NoFeasibleTrip) as exc:
        plan_trip(G, leaf, ccs_only, _pt(0), _pt(59), 20.0, PlanSettings(min_power_kw=7.4))
    reason = exc.value.reason
    assert reason.source == planner_mod.TEXTS["needs_no_charger"]
    assert reason.args["soc"] == Quantity("percent", 20.0) and reason.args["need"].kind == "percent"
    flt = reason.args["filter"]
    assert isinstance(flt, Text) and flt.args["power"] == Quantity("power_kw", 7.4)
    pattern = (
        r"the trip needs \d+ % and the battery has 20 %; "
        r"no compatible charger \(CHAdeMO/Type\u00a02, ≥ 7.4 kW\) on the map"
    )
    assert re.fullmatch(pattern, reason), reason
    assert "≥ 7,4 kW" in reason.render(formats=METRIC_COMMA)
    with pytest.raises(NoFeasibleTrip) as exc:
        plan_trip(G, leaf, [_charger(20)], _pt(0), _pt(59), 30.0, PlanSettings(charge_limit_pct=30))
    limit = exc.value.reason
    assert limit.source == planner_mod.TEXTS["above_limit"] and limit.args["charger"] == "Charger c"
    assert limit.args["limit"] == Quantity("percent", 30.0)
    assert re.fullmatch(r"from Charger c the destination needs \d+ %, above the 30 % charge limit", limit)


def test_start_below_reserve_warning_is_a_text(leaf):
    plan = plan_trip(G, leaf, [_charger(2)], _pt(0), _pt(40), 4.0, PlanSettings(reserve_pct=5))
    (warning,) = plan.warnings
    assert isinstance(warning, Text) and warning == "Starting below the 5 % reserve"
    assert warning.args == {"reserve": Quantity("percent", 5.0)}


def test_default_place_names_are_translatable(leaf):
    plan = plan_trip(G, leaf, [], _pt(0), _pt(10), 80.0)
    assert plan.legs[-1].end.name == "Destination" and isinstance(plan.legs[-1].end.name, Text)
    assert plan.legs[-1].end.name.render(german) == "Ziel"
    assert plan.legs[0].start.name == "Start"


# ---------------------------------------------------------------------------------------------- replan messages
def _leg(charger=None, charge_s=0.0, to_soc=None):
    a, b = Place("A", 0.0, 0.0), Place("B", 0.0, 0.1)
    return Leg(a, b, 10_000.0, 600.0, 1.5, 50.0, 40.0, charger, "chademo" if charger else None, charge_s, to_soc)


def _plan(*legs):
    return Plan(list(legs), 50.0, PlanSettings(), "nissan-leaf-40")


C1, C2, C3 = _charger(10, "1", name="Marktplatzgarage"), _charger(20, "2", name="Rathaus"), _charger(30, "3")


def test_added_stop_message_renders_in_the_drivers_formats():
    new = _plan(_leg(C1, 900.0, 60.0), _leg(C2, 600.0, 55.0), _leg())
    msg = describe_change([], [], new, 14 * 60 + 10)
    assert msg == "Added a charging stop at Marktplatzgarage and Rathaus, +14 min"
    assert isinstance(msg, Text) and msg.source == replan_mod.TEXTS["added"]
    delta = msg.args["delta"]
    assert isinstance(delta, Text) and delta.args == {"duration": Quantity("duration_s", 840.0)}
    assert msg.args["names"].source == replan_mod.TEXTS["and"]  # "and" is translated, names are not
    assert msg.render(german) == "Ladestopp bei Marktplatzgarage und Rathaus hinzugefügt, +14 min"
    # over an hour: the duration format, not "75 min"
    assert describe_change([], [], new, 75 * 60).endswith(", +1 h 15 min")


def test_other_replan_messages_keep_their_english_wording():
    old_legs = [_leg(C1, 900.0, 60.0), _leg()]
    dropped = describe_change([C1], old_legs, _plan(_leg()), -8 * 60)
    assert dropped == "Charging stop at Marktplatzgarage no longer needed, −8 min"
    assert dropped.args["delta"].source == replan_mod.TEXTS["sooner"]
    changed = describe_change([C1], old_legs, _plan(_leg(C2, 300.0, 50.0), _leg()), 120)
    assert changed == "Charging stop changed to Rathaus, +2 min"
    longer = describe_change([C1], old_legs, _plan(_leg(C1, 1200.0, 70.4), _leg()), 300)
    assert longer == "Longer charge at Marktplatzgarage (to 70 %), +5 min"
    assert longer.args["soc"] == Quantity("percent", 70.4)
    shorter = describe_change([C1], old_legs, _plan(_leg(C1, 600.0, 55.0), _leg()), -300)
    assert shorter == "Shorter charge at Marktplatzgarage (to 55 %), −5 min"
    same = describe_change([], [], _plan(_leg()), 20)
    assert same == "Route updated for the battery level, same arrival time"


def test_cannot_reach_message_nests_the_translated_reason(leaf):
    plan = plan_trip(G, leaf, [], _pt(0), _pt(40), 80.0)

    def replan(lat, lon, soc):
        raise NoFeasibleTrip(
            Text(
                "trip",
                planner_mod.TEXTS["nearest_charger"],
                distance=Quantity("distance_km", 30.0),
                reachable=Quantity("distance_km", 2.5),
            )
        )

    mon = replan_mod.ReplanMonitor(plan, replan)
    low = mon.tracker.progress(30_000).predicted_soc - 40
    ev = mon.update(30_000, low, *_pt(15), now=10.0)
    assert ev is not None and isinstance(ev.message, Text)
    assert (
        ev.message
        == "Cannot reach the destination on this charge: nearest compatible charger 30 km away, reachable 2.5 km"
    )
    assert ev.message.render(german, IMPERIAL_COMMA) == (
        "Ziel mit dieser Ladung nicht erreichbar: nächste passende Ladestation 19 mi entfernt, erreichbar 1,6 mi"
    )
    # JSON-safe for anything that persists it, and back to the same text
    back = Text.load(json.loads(json.dumps(ev.message.dump())))
    assert back == ev.message and back.render(formats=IMPERIAL_COMMA) == ev.message.render(formats=IMPERIAL_COMMA)
    # A destination with a name of its own is named.
    named = replan_mod.ReplanMonitor(plan_trip(G, leaf, [], _pt(0), _pt(40), 80.0, destination_name="Schaan"), replan)
    ev = named.update(30_000, low, *_pt(15), now=10.0)
    assert ev is not None and ev.message.startswith("Cannot reach Schaan on this charge: nearest compatible")
    assert ev.message.render(german).startswith("Schaan mit dieser Ladung nicht erreichbar: ")


def test_every_template_renders_with_its_arguments_in_every_format():
    """No template has a placeholder that its call site does not fill (checked over the real call sites above)."""
    for module in (planner_mod, replan_mod):
        for template in module.TEXTS.values():
            args = {f: Quantity("percent", 12.0) for f in _fields(template)}
            for fmt in (DEFAULT, IMPERIAL_COMMA):
                out = Text("trip", template, **args).render(formats=fmt)
                assert "{" not in out and "}" not in out, out


# ------------------------------------------------------------------------------------------ preconditioning, chargers
def test_preconditioning_failures_are_texts_and_the_cars_own_message_passes_through():
    c = PreconditionController(timeout_s=5.0, max_retries=1)
    c.step(replan_mod.FAST_CHARGING_PREPARATION, now=0.0)
    c.step(replan_mod.FAST_CHARGING_PREPARATION, now=6.0)  # retry
    c.step(replan_mod.FAST_CHARGING_PREPARATION, now=12.0)  # gives up
    assert c.state == "failed" and isinstance(c.message, Text)
    assert c.message.render(german) == "keine Antwort vom Fahrzeug"
    d = PreconditionController()
    cmd = d.step(replan_mod.FAST_CHARGING_PREPARATION, now=0.0)
    assert d.on_result({"id": cmd["id"], "ok": False, "message": ""})
    assert d.message == "refused by the vehicle" and isinstance(d.message, Text)
    e = PreconditionController()
    cmd = e.step(replan_mod.FAST_CHARGING_PREPARATION, now=0.0)
    assert e.on_result({"id": cmd["id"], "ok": False, "message": "Battery too cold"})
    assert e.message == "Battery too cold" and not isinstance(e.message, Text)  # the car's words, untranslated


@pytest.mark.parametrize("name", [None, "", "   ", "Charging station", 42])
def test_unnamed_chargers_get_a_translatable_name(name):
    entry = {"id": "x", "lat": 47.1, "lon": 9.5, "name": name}
    c = parse_charger(entry)
    assert c.name == "Charging station" and isinstance(c.name, Text)
    assert c.name.source == chargers_mod.UNNAMED and c.name.render(german) == "Ladestation"
    assert json.loads(json.dumps(c.to_dict()))["name"] == "Charging station"


def test_named_chargers_keep_their_name():
    c = parse_charger({"id": "x", "lat": 47.1, "lon": 9.5, "name": " Marktplatzgarage "})
    assert c.name == "Marktplatzgarage" and not isinstance(c.name, Text)


def test_plugs_are_spelled_the_same_on_screen_and_in_the_planner_messages() -> None:
    """One table (``profiles.PLUG_NAMES``): the charger card and trip panels (through the trip model) and the
    planner's reasons write every plug the same way, standard names with a no-break space in "Type 2"."""
    from hmi.nav.ev.profiles import PLUGS, plug_list, plug_name

    assert plug_name("type2") == "Type\u00a02" and plug_name("chademo") == "CHAdeMO" and plug_name("gbt") == "GB/T"
    assert plug_list(["chademo", "type2"]) == "CHAdeMO · Type\u00a02"
    assert plug_list(["chademo", "type2"], "/") == "CHAdeMO/Type\u00a02"
    assert all(plug_name(p) != p for p in PLUGS)  # every plug has its own display name
