"""Navigation session helpers: phone destinations are validated; the ETA includes charging stops ahead."""

from __future__ import annotations

import json
import time
from types import SimpleNamespace

import pytest

from hmi.link.validate import Rejected
from hmi.nav.session import PhoneDestination, Place, parse_phone_destination
from hmi.ui.nav_model import remaining_charge_s

NOW = time.time()


def dest(**kw) -> bytes:
    base = {"id": "a1", "name": "Rathaus Schaan", "lat": 47.1655, "lon": 9.5107, "ts": NOW}
    base.update(kw)
    return json.dumps(base).encode()


def test_valid_phone_destination() -> None:
    d = parse_phone_destination(dest(), now=NOW)
    assert isinstance(d, PhoneDestination) and d.place.name == "Rathaus Schaan"


@pytest.mark.parametrize(
    "payload",
    [
        b"\xff",
        b"[]",
        dest(name=""),
        dest(name="x" * 121),
        dest(name="bad\x07name"),
        dest(lat=95),
        dest(lon="9.5"),
        dest(ts=NOW - 7200),
        dest(id=""),
        b'{"id": "a", "name": "n", "lat": NaN, "lon": 1, "ts": 1}',
    ],
    # Stable ids: the payloads hold the time, and parallel workers must collect the same test names.
    ids=[
        "not-utf8",
        "not-an-object",
        "empty-name",
        "long-name",
        "control-char",
        "lat-95",
        "lon-string",
        "stale",
        "empty-id",
        "nan",
    ],
)
def test_bad_phone_destinations_are_rejected(payload: bytes) -> None:
    assert isinstance(parse_phone_destination(payload, now=NOW), Rejected)


def test_eta_counts_only_the_stops_ahead() -> None:
    charger = object()
    plan = SimpleNamespace(
        legs=[
            SimpleNamespace(distance_m=5000, charger=charger, charge_s=900, stop_overhead_s=300),
            SimpleNamespace(distance_m=8000, charger=charger, charge_s=600, stop_overhead_s=300),
            SimpleNamespace(distance_m=2000, charger=None, charge_s=0, stop_overhead_s=0),
        ]
    )
    assert remaining_charge_s(plan, 0) == 2100
    assert remaining_charge_s(plan, 6000) == 900
    assert remaining_charge_s(plan, 14_000) == 0


def test_routing_failures_become_translatable_screen_messages() -> None:
    from hmi.i18n import Text
    from hmi.nav.route import BadInput, NoRoute, OutsideMap, RoutingError
    from hmi.nav.session import routing_error_text

    cases = {
        OutsideMap("the destination (48.85660, 2.35220) is outside the map (liechtenstein)"): (
            "The destination is outside the offline map (liechtenstein)"
        ),
        OutsideMap("the start (47.00000, 9.50000) is outside the map (liechtenstein)"): (
            "The car's position is outside the offline map (liechtenstein)"
        ),
        OutsideMap("the destination (47.1, 9.5) is 2.3 km from the nearest road on the map"): (
            "The destination is too far from a road on the offline map"
        ),
        NoRoute("the destination cannot be reached by road from here: … not connected to the start"): (
            "The destination cannot be reached by road from here: it is not connected to the start"
        ),
        NoRoute("no drivable route between start and destination"): "No drivable route between start and destination",
        BadInput("destination must be a (lat, lon) pair"): "The position is not valid",
        RoutingError("anything else"): "The route could not be planned",
    }
    for exc, english in cases.items():
        text = routing_error_text(exc, "liechtenstein")
        assert isinstance(text, Text) and text.context == "nav" and text == english
    french = {"The destination is outside the offline map ({region})": "La destination est hors de la carte ({region})"}
    text = routing_error_text(OutsideMap("the destination (1, 2) is outside the map (x)"), "monaco")
    assert text.render(lambda c, s: french.get(s, s)) == "La destination est hors de la carte (monaco)"


def test_failed_reroute_is_explained_in_the_drivers_language(offline_map) -> None:
    from hmi.nav.session import NavigationSession

    session = NavigationSession(offline_map, clock=lambda: 1000.0)
    place = Place("Rathaus Schaan", 47.1655, 9.5107)
    session.start(place, session.plan((47.1392, 9.5229), place))
    events: list[str] = []
    for _ in range(4):  # far outside the map (Lake Constance): off route, and no route back from there
        state = session.on_fix(47.6, 9.4, None, 50.0)
        events += state.events
    assert any(e.startswith("reroute-failed") for e in events) and session.reroutes == 0
    err = session.reroute_error
    assert err == "Rerouting failed: The car's position is outside the offline map (liechtenstein)"
    german = {
        "Rerouting failed: {reason}": "Neuberechnung fehlgeschlagen: {reason}",
        "The car's position is outside the offline map ({region})": "Das Auto ist ausserhalb der Karte ({region})",
    }
    assert err.render(lambda c, s: german.get(s, s)) == (
        "Neuberechnung fehlgeschlagen: Das Auto ist ausserhalb der Karte (liechtenstein)"
    )
