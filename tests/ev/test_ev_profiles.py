"""Vehicle profiles: the shipped files load; every schema violation is rejected with a clear reason."""

from __future__ import annotations

import json
import math

import pytest

from hmi.nav.ev.profiles import ProfileError, get_profile, load_profile, load_profiles, parse_profile, vehicles_dir

SHIPPED = ("nissan-leaf-40", "nissan-leaf-e-plus-62", "generic-ccs-75")


def test_shipped_profiles_load_with_sources():
    profiles = load_profiles()
    assert set(SHIPPED) <= set(profiles)
    leaf = profiles["nissan-leaf-40"]
    assert leaf.plugs == ("chademo", "type2")
    assert leaf.onboard_charger_kw == 6.6
    assert 35 <= leaf.usable_capacity_kwh <= 40
    assert profiles["generic-ccs-75"].plugs[0] == "ccs"
    for p in profiles.values():
        # every physical figure documents where it comes from
        for key in ("usable_capacity_kwh", "mass_kg", "drag_area_m2", "aux_power_kw", "onboard_charger_kw"):
            assert key in p.sources, (p.id, key)
        for plug in p.plugs:
            assert f"charging_curves.{plug}" in p.sources


def test_round_trip_and_aux_interpolation():
    leaf = get_profile("nissan-leaf-40")
    again = parse_profile(json.loads(json.dumps(leaf.to_dict())), "nissan-leaf-40")
    assert again == leaf
    assert leaf.aux_kw(-40) == leaf.aux_power_kw[0][1]  # clamped
    assert leaf.aux_kw(15) == pytest.approx((1.3 + 0.45) / 2)
    assert leaf.has_dc()


def _base() -> dict:
    return json.loads((vehicles_dir() / "nissan-leaf-40.json").read_text())


def _write(tmp_path, data, name="nissan-leaf-40.json", raw: bytes | None = None):
    p = tmp_path / name
    p.write_bytes(raw if raw is not None else json.dumps(data).encode())
    return p


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d.pop("usable_capacity_kwh"), "missing field 'usable_capacity_kwh'"),
        (lambda d: d.pop("charging_curves"), "missing field 'charging_curves'"),
        (lambda d: d.pop("aux_power_kw"), "missing field 'aux_power_kw'"),
        (lambda d: d.update(usable_capacity_kwh=-40), "outside"),
        (lambda d: d.update(usable_capacity_kwh=0), "outside"),
        (lambda d: d.update(mass_kg="1600"), "must be a number"),
        (lambda d: d.update(mass_kg=True), "must be a number"),
        (lambda d: d.update(drivetrain_efficiency=1.5), "outside"),
        (lambda d: d.update(schema_version=2), "schema_version"),
        (lambda d: d.update(id="Nissan LEAF"), "'id' must match"),
        (lambda d: d.update(id="other-car"), "does not match the file name"),
        (lambda d: d.update(name=""), "'name'"),
        (lambda d: d.update(plugs=[]), "'plugs'"),
        (lambda d: d.update(plugs=["chademo", "type2", "warp"]), "unknown plug"),
        (lambda d: d["charging_curves"].pop("type2"), "no curve for plug 'type2'"),
        (lambda d: d["charging_curves"].update(ccs=[[0, 50], [100, 10]]), "plugs the car lacks"),
        (lambda d: d["charging_curves"].update(chademo=[[0, 40], [50, 45]]), "must cover SoC"),
        (lambda d: d["charging_curves"].update(chademo=[[0, 40], [60, 45], [50, 30], [100, 3]]), "strictly"),
        (lambda d: d["charging_curves"].update(chademo=[[0, 40], [100, 0]]), "power must be > 0"),
        (lambda d: d["charging_curves"].update(chademo=[[0, 40], [100]]), "pair"),
        (lambda d: d.update(aux_power_kw=[[0, 1]]), "2 … 200"),
        (lambda d: d.update(sources=["x"]), "'sources'"),
    ],
)
def test_schema_violations(tmp_path, mutate, message):
    data = _base()
    mutate(data)
    with pytest.raises(ProfileError, match=message) as exc:
        load_profile(_write(tmp_path, data))
    assert "nissan-leaf-40.json" in str(exc.value)


def test_nan_and_infinity_rejected(tmp_path):
    for literal in ("NaN", "Infinity", "-Infinity"):
        text = json.dumps(_base()).replace('"mass_kg": 1680', f'"mass_kg": {literal}')
        with pytest.raises(ProfileError, match="invalid JSON"):
            load_profile(_write(tmp_path, None, raw=text.encode()))
    data = _base()
    data["mass_kg"] = math.nan  # through parse_profile directly (e.g. from another decoder)
    with pytest.raises(ProfileError, match="finite"):
        parse_profile(data)


def test_bad_json_utf8_size_and_missing_file(tmp_path):
    with pytest.raises(ProfileError, match="invalid JSON"):
        load_profile(_write(tmp_path, None, raw=b'{"id": "nissan-leaf-40",'))
    with pytest.raises(ProfileError, match="not UTF-8"):
        load_profile(_write(tmp_path, None, raw=b'{"name": "\xff\xfe"}'))
    with pytest.raises(ProfileError, match="larger than"):
        load_profile(_write(tmp_path, None, raw=b" " * 300_000))
    with pytest.raises(ProfileError, match="cannot read"):
        load_profile(tmp_path / "absent.json")
    with pytest.raises(ProfileError, match="profile must be a JSON object"):
        load_profile(_write(tmp_path, [1, 2]))


def test_get_profile_unknown_and_invalid_ids():
    with pytest.raises(ProfileError, match=r"known: .*nissan-leaf-40"):
        get_profile("tesla-model-x")
    with pytest.raises(ProfileError, match="invalid vehicle id"):
        get_profile("../../etc/passwd")


def test_one_bad_file_fails_the_directory(tmp_path):
    _write(tmp_path, _base())
    bad = _base()
    bad["id"] = "broken"
    bad["mass_kg"] = -1
    _write(tmp_path, bad, "broken.json")
    with pytest.raises(ProfileError, match=r"broken\.json"):
        load_profiles(tmp_path)
