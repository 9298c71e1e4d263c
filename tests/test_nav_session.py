"""Navigation session helpers: phone destinations are validated; the ETA includes charging stops ahead."""

from __future__ import annotations

import json
import time
from types import SimpleNamespace

import pytest

from hmi.link.validate import Rejected
from hmi.nav.session import PhoneDestination, parse_phone_destination
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
