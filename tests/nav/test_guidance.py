"""Guidance: maneuver texts, snapping, progress, off-route hysteresis, rerouting, arrival."""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path

import numpy as np
import pytest

from hmi.i18n import Quantity, Text
from hmi.nav import guidance as G
from hmi.nav import route as R
from hmi.nav.guidance import (
    Guidance,
    Maneuver,
    classify_turn,
    format_distance,
    format_instruction,
    maneuver_text,
    turn_angle,
)
from hmi.units import DEFAULT

VADUZ = (47.1410, 9.5209)
SCHAAN = (47.1650, 9.5090)

#: what a German catalog would hold for a few guidance templates (a real .qm is tested in the GUI suite)
GERMAN = {
    "Turn left onto {street}": "Links abbiegen auf {street}",
    "In {distance}, turn left onto {street}": "In {distance} links abbiegen auf {street}",
    "In {distance}, bear right": "In {distance} halb rechts abbiegen",
    "At the roundabout, take the 2nd exit": "Im Kreisverkehr die 2. Ausfahrt nehmen",
    "In {distance}, at the roundabout, take the 2nd exit onto {street}": (
        "In {distance} im Kreisverkehr die 2. Ausfahrt auf {street} nehmen"
    ),
    "In {distance}, at the roundabout, take exit {exit}": "In {distance} im Kreisverkehr die Ausfahrt {exit} nehmen",
    "Head northeast on {street}": "Fahren Sie Richtung Nordosten auf {street}",
    "In {distance}, you will arrive at your destination": "In {distance} erreichen Sie Ihr Ziel",
}
LI = DEFAULT.with_(decimal=",", group="'")  # de_LI: 1'234,5
IMPERIAL_DE = DEFAULT.with_(system="imperial", decimal=",", group=".")


def german(context: str, source: str) -> str:
    assert context == "guidance", f"guidance texts must use the 'guidance' context, not {context!r}"
    return GERMAN.get(source, source)


def marked_templates() -> set[str]:
    """Every template literally marked in guidance.py (what lupdate extracts)."""
    src = Path(G.__file__).read_text(encoding="utf-8")
    return set(re.findall(r'QT_TRANSLATE_NOOP\(\s*"guidance",\s*"((?:[^"\\]|\\.)*)"\s*\)', src))


def test_format_distance_and_instruction():
    assert format_distance(312) == "300 m" and format_distance(47) == "50 m" and format_distance(1234) == "1.2 km"
    assert format_distance(25_600) == "26 km" and format_distance(float("nan")) == "0 m"
    m = Maneuver("turn-left", "Landstrasse", 1000.0, 90.0, 47.1, 9.5)
    assert format_instruction(m, 300) == "In 300 m, turn left onto Landstrasse"
    assert format_instruction(m, 5) == "Turn left onto Landstrasse"
    assert format_instruction(m, None) == "Turn left onto Landstrasse" == maneuver_text(m)
    assert format_instruction(m, float("nan")) == "Turn left onto Landstrasse"
    r = Maneuver("roundabout", "", 0, 0, 0, 0, exit=2)
    assert format_instruction(r, 120) == "In 120 m, at the roundabout, take the 2nd exit"
    assert format_instruction(Maneuver("depart", "Städtle", 0, 0, 0, 0)) == "Head north on Städtle"
    assert format_instruction(Maneuver("depart", "", 0, 225.0, 0, 0), 300) == "Head southwest"
    arrive = Maneuver("arrive", "", 0, 0, 0, 0)
    assert format_instruction(arrive, 400) == "In 400 m, you will arrive at your destination"
    assert format_instruction(arrive, 3) == "You have arrived at your destination"
    assert maneuver_text(arrive) == "Arrive at your destination"
    assert format_instruction(Maneuver("slight-right", "", 0, 0, 0, 0), 1500) == "In 1.5 km, bear right"


def test_instructions_render_in_german_with_local_units_and_separators():
    m = Maneuver("turn-left", "Landstrasse", 1000.0, 90.0, 47.1, 9.5)
    text = format_instruction(m, 1234)
    assert isinstance(text, Text) and text.context == "guidance"
    assert text == "In 1.2 km, turn left onto Landstrasse"  # still the English str for logs and JSON
    assert text.render(german, LI) == "In 1,2 km links abbiegen auf Landstrasse"
    assert text.render(german, IMPERIAL_DE) == "In 0,8 mi links abbiegen auf Landstrasse"
    assert text.render(lambda c, s: s, DEFAULT.with_(system="imperial")) == "In 0.8 mi, turn left onto Landstrasse"
    near = format_instruction(m, 60)
    assert near.render(german, IMPERIAL_DE) == "In 200 ft links abbiegen auf Landstrasse"
    assert format_instruction(m, 5).render(german, LI) == "Links abbiegen auf Landstrasse"
    # the distance is a Quantity (the driver's units), the street a plain string (never translated)
    assert text.args["distance"] == Quantity("short_distance_m", 1234.0) and text.args["street"] == "Landstrasse"
    assert format_instruction(Maneuver("slight-right", "", 0, 0, 0, 0), 2500).render(german, LI) == (
        "In 2,5 km halb rechts abbiegen"
    )
    dep = format_instruction(Maneuver("depart", "Äulestrasse", 0, 45.0, 0, 0))
    assert dep.render(german, LI) == "Fahren Sie Richtung Nordosten auf Äulestrasse"
    arrive = format_instruction(Maneuver("arrive", "", 0, 0, 0, 0), 2345.0)
    assert arrive.render(german, IMPERIAL_DE) == "In 1,5 mi erreichen Sie Ihr Ziel"
    # a Text survives persisting (dump/load) and still renders in German
    assert Text.load(text.dump()).render(german, LI) == "In 1,2 km links abbiegen auf Landstrasse"


def test_roundabout_exits_are_whole_sentences():
    english = []
    for n in range(1, 9):
        plain = format_instruction(Maneuver("roundabout", "", 0, 0, 0, 0, exit=n))
        named = format_instruction(Maneuver("roundabout", "Zollstrasse", 0, 0, 0, 0, exit=n), 300)
        assert plain.source != named.source and "{exit}" not in plain.source  # the ordinal is in the sentence
        english.append(str(plain))
    assert english[:4] == [
        "At the roundabout, take the 1st exit",
        "At the roundabout, take the 2nd exit",
        "At the roundabout, take the 3rd exit",
        "At the roundabout, take the 4th exit",
    ]
    assert english[7] == "At the roundabout, take the 8th exit" and len(set(english)) == 8
    ninth = format_instruction(Maneuver("roundabout", "", 0, 0, 0, 0, exit=11), 180)
    assert ninth == "In 180 m, at the roundabout, take exit 11"
    assert ninth.render(german, LI) == "In 180 m im Kreisverkehr die Ausfahrt 11 nehmen"
    second = format_instruction(Maneuver("roundabout", "Zollstrasse", 0, 0, 0, 0, exit=2), 1100)
    assert second.render(german, LI) == "In 1,1 km im Kreisverkehr die 2. Ausfahrt auf Zollstrasse nehmen"
    assert format_instruction(Maneuver("roundabout", "", 0, 0, 0, 0, exit=2)).render(german) == (
        "Im Kreisverkehr die 2. Ausfahrt nehmen"
    )
    # a missing or nonsense exit number still gives a sentence (the 1st exit), never a crash
    assert format_instruction(Maneuver("roundabout", "", 0, 0, 0, 0, exit=None)).endswith("1st exit")
    assert format_instruction(Maneuver("roundabout", "", 0, 0, 0, 0, exit=-3)).endswith("1st exit")


def test_every_template_is_marked_and_keeps_its_placeholders():
    marked = marked_templates()
    phrases = [*G.TURNS.values(), *G.ROUNDABOUT, G.ROUNDABOUT_ANY]
    for ph in phrases:
        assert {ph.named, ph.unnamed, ph.in_named, ph.in_unnamed} <= marked
        assert "{street}" in ph.named and "{street}" in ph.in_named
        assert "{street}" not in ph.unnamed and "{street}" not in ph.in_unnamed
        assert "{distance}" in ph.in_named and "{distance}" in ph.in_unnamed and "{distance}" not in ph.named
    for named, unnamed in G.DEPART.values():
        assert {named, unnamed} <= marked
    assert {G.ARRIVED, G.ARRIVE_AHEAD, G.ARRIVE_IN} <= marked
    # a translation with a mistyped placeholder falls back to English instead of failing
    m = Maneuver("turn-left", "Landstrasse", 0, 0, 0, 0)
    broken = format_instruction(m, 300).render(lambda c, s: "In {distanz} links auf {strasse}", LI)
    assert broken == "In 300 m, turn left onto Landstrasse"


def test_turn_classification():
    assert turn_angle(0, 90) == 90 and turn_angle(350, 10) == 20 and turn_angle(10, 350) == -20
    assert classify_turn(5) == "continue" and classify_turn(-40) == "slight-left" and classify_turn(90) == "turn-right"
    assert classify_turn(-150) == "sharp-left" and classify_turn(179) == "uturn"


def test_route_maneuvers_have_names_and_instructions(li):
    r = R.route_between(li, VADUZ, (47.2404, 9.5250))
    kinds = [m.kind for m in r.maneuvers]
    assert kinds[0] == "depart" and kinds[-1] == "arrive"
    assert any(k in kinds for k in ("turn-left", "turn-right", "roundabout"))
    named = [m for m in r.maneuvers[1:-1] if m.street]
    assert named and all(m.instruction.startswith("In ") and m.street in m.instruction for m in named)
    assert any(m.kind == "roundabout" and m.exit >= 1 and "exit" in m.instruction for m in r.maneuvers)
    # every instruction is a marked guidance template (lupdate sees it), with its distance as a Quantity
    marked = marked_templates()
    for m in r.maneuvers:
        assert isinstance(m.instruction, Text) and m.instruction.source in marked
        if "distance" in m.instruction.args:
            assert m.instruction.args["distance"].kind == "short_distance_m"
    assert any(m.instruction.render(german, LI) != m.instruction for m in r.maneuvers)
    as_json = r.to_dict()["maneuvers"]
    assert [d["instruction"] for d in as_json] == [str(m.instruction) for m in r.maneuvers]
    assert all(type(d["instruction"]) is str for d in as_json)


def _drive(route, step_m=15.0):
    """Positions every step_m along the route polyline (what a simulated car reports)."""
    pts = np.asarray(route.coordinates)
    out = [tuple(pts[0])]
    for a, b in itertools.pairwise(pts):
        d = math.hypot((b[0] - a[0]) * 111_320, (b[1] - a[1]) * 111_320 * math.cos(math.radians(a[0])))
        k = max(1, int(d // step_m))
        for i in range(1, k + 1):
            out.append((a[0] + (b[0] - a[0]) * i / k, a[1] + (b[1] - a[1]) * i / k))
    return out


def test_follow_route_to_arrival(li):
    r = R.route_between(li, VADUZ, SCHAAN)
    g = Guidance(li, r, clock=lambda: 1000.0)
    remaining = []
    seen_next = []
    for i, (lat, lon) in enumerate(_drive(r)):
        st = g.update(lat, lon, heading=None, speed=13.0, timestamp=float(i))
        assert not st.off_route
        assert st.distance_from_route_m < 5
        remaining.append(st.remaining_m)
        if st.next_maneuver is not None:
            seen_next.append(st.next_maneuver.kind)
    assert st.arrived and "arrive" in seen_next
    assert all(b <= a + 1e-6 for a, b in itertools.pairwise(remaining))
    assert remaining[0] == pytest.approx(r.distance_m, abs=20)
    assert len({k for k in seen_next}) >= 2


def test_midway_state(li):
    r = R.route_between(li, VADUZ, SCHAAN)
    g = Guidance(li, r, clock=lambda: 0.0)
    pts = _drive(r)
    half = pts[len(pts) // 2]
    st = g.update(*half)
    assert 0.3 * r.distance_m < st.remaining_m < 0.7 * r.distance_m
    assert 0 < st.remaining_s < r.duration_s and st.eta == pytest.approx(st.remaining_s)
    assert st.next_maneuver is not None and st.distance_to_next_m >= 0
    assert st.instruction.startswith("In ") and st.current_street
    assert isinstance(st.instruction, Text) and st.instruction.args["distance"].value == pytest.approx(
        st.distance_to_next_m
    )
    nxt = st.next_maneuver
    assert st.distance_to_next_m == pytest.approx(nxt.distance_m - st.along_m)


def test_off_route_hysteresis_and_reroute(li):
    r = R.route_between(li, VADUZ, SCHAAN)
    g = Guidance(li, r, router=lambda o, d, m, h: R.route_between(li, o, d, m, h))
    pts = _drive(r)
    for p in pts[:10]:
        g.update(*p)
    lat, lon = pts[10]
    far = (lat + 0.0009, lon + 0.0009)  # ~120 m off
    assert not g.update(*far).off_route
    assert not g.update(*far).off_route
    st = g.update(*far)
    assert st.off_route and "off-route" in st.events and g.needs_reroute
    # one good fix does not clear it (hysteresis), two do
    assert g.update(*pts[11]).off_route
    st = g.update(*pts[12])
    assert not st.off_route and "back-on-route" in st.events
    for _ in range(3):
        g.update(*far)
    assert g.needs_reroute
    new = g.reroute(*far)
    assert new is g.route and not g.state.off_route and g.state.events == ["rerouted"]
    assert new.coordinates[-1] == pytest.approx(r.coordinates[-1])
    # a brief excursion (2 fixes) never triggers it
    g2 = Guidance(li, r)
    g2.update(*pts[0])
    g2.update(*far)
    g2.update(*far)
    assert not g2.update(*pts[1]).off_route


def test_invalid_fixes_are_ignored(li):
    r = R.route_between(li, VADUZ, SCHAAN)
    g = Guidance(li, r)
    pts = _drive(r)
    good = g.update(*pts[5], timestamp=10.0)
    for bad in ((math.nan, 9.5), (47.1, math.inf), (91.0, 9.5), ("a", "b"), (None, None)):
        assert g.update(*bad) is good
    assert g.update(*pts[6], timestamp=5.0) is good  # out of order
    assert g.update(*pts[6], heading=float("nan"), speed=-3, timestamp=11.0) is not good
