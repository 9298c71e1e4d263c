"""Vehicle profiles: ``assets/vehicles/<id>.json``, one schema, validated on load.

Schema (version 1), every number finite; units in the key names::

    {
      "schema_version": 1,
      "id": "nissan-leaf-40",                  # == file stem, [a-z0-9-]{1,64}
      "name": "Nissan LEAF 40 kWh",
      "usable_capacity_kwh": 39.0,             # (0, 300]
      "mass_kg": 1680,                          # kerb mass + driver/load, (300, 5000]
      "drag_area_m2": 0.64,                     # Cd × frontal area, (0.1, 3]
      "rolling_resistance": 0.0085,             # Crr, (0, 0.05]
      "drivetrain_efficiency": 0.87,            # battery → wheel, (0.3, 1]
      "regen_efficiency": 0.65,                 # wheel → battery on braking/descents, [0, 1]
      "max_regen_kw": 50,                       # regen power bound, [0, 500]
      "aux_power_kw": [[-20, 4.5], …, [40, 2.0]],   # HVAC + 12 V loads vs outside °C, piecewise-linear
      "plugs": ["chademo", "type2"],            # normalised plug names (see PLUGS)
      "onboard_charger_kw": 6.6,                # AC charging cap, (0, 50]
      "charging_curves": {"chademo": [[0, 44], …, [100, 4]], "type2": [[0, 6.6], …]},
                                                # per plug: [SoC %, kW into the battery], SoC 0 … 100 strictly
                                                # increasing, power > 0
      "sources": {"usable_capacity_kwh": "…", …}  # where each figure comes from (free text)
    }

Loading raises :class:`ProfileError` with the file and the offending field; nothing half-valid is returned.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1

#: Normalised plug names (same spelling as ``chargers.json`` of the map build).
PLUGS = ("type1", "type2", "ccs", "ccs1", "chademo", "tesla", "schuko", "cee", "gbt")
#: Plugs that deliver DC (the car's onboard charger is bypassed).
DC_PLUGS = frozenset({"ccs", "ccs1", "chademo", "tesla"})
#: How each plug is written on screen and in messages: the standard names, never translated. No-break spaces:
#: "Type 2" never wraps between its words.
PLUG_NAMES: dict[str, str] = {
    "type1": "Type\u00a01",
    "type2": "Type\u00a02",
    "ccs": "CCS",
    "ccs1": "CCS1",
    "chademo": "CHAdeMO",
    "tesla": "Tesla",
    "schuko": "Schuko",
    "cee": "CEE",
    "gbt": "GB/T",
}
assert set(PLUG_NAMES) == set(PLUGS), "every plug has a display name"


def plug_name(plug: str) -> str:
    """``type2`` → ``Type 2`` (an unknown name as it is)."""
    return PLUG_NAMES.get(plug, plug)


def plug_list(plugs: Iterable[str], separator: str = " · ") -> str:
    """``["chademo", "type2"]`` → ``CHAdeMO · Type 2``."""
    return separator.join(plug_name(p) for p in plugs)


_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_MAX_FILE_BYTES = 256 * 1024


class ProfileError(ValueError):
    """A vehicle profile is missing, unreadable or does not follow the schema."""


@dataclass(frozen=True)
class VehicleProfile:
    """A validated vehicle profile (see the module docstring for units and ranges)."""

    id: str
    name: str
    usable_capacity_kwh: float
    mass_kg: float
    drag_area_m2: float
    rolling_resistance: float
    drivetrain_efficiency: float
    regen_efficiency: float
    max_regen_kw: float
    aux_power_kw: tuple[tuple[float, float], ...]
    plugs: tuple[str, ...]
    onboard_charger_kw: float
    charging_curves: dict[str, tuple[tuple[float, float], ...]]
    sources: dict[str, str] = field(default_factory=dict)

    def aux_kw(self, outside_temp_c: float) -> float:
        """Auxiliary (HVAC + 12 V) power in kW at an outside temperature, clamped to the table's ends."""
        return _interp(self.aux_power_kw, outside_temp_c)

    def has_dc(self) -> bool:
        """True when the car has a DC fast-charging plug."""
        return any(p in DC_PLUGS for p in self.plugs)

    def to_dict(self) -> dict[str, Any]:
        """The profile as schema JSON (round-trips through :func:`parse_profile`)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "name": self.name,
            "usable_capacity_kwh": self.usable_capacity_kwh,
            "mass_kg": self.mass_kg,
            "drag_area_m2": self.drag_area_m2,
            "rolling_resistance": self.rolling_resistance,
            "drivetrain_efficiency": self.drivetrain_efficiency,
            "regen_efficiency": self.regen_efficiency,
            "max_regen_kw": self.max_regen_kw,
            "aux_power_kw": [list(p) for p in self.aux_power_kw],
            "plugs": list(self.plugs),
            "onboard_charger_kw": self.onboard_charger_kw,
            "charging_curves": {k: [list(p) for p in v] for k, v in self.charging_curves.items()},
            "sources": dict(self.sources),
        }


def _interp(points: tuple[tuple[float, float], ...], x: float) -> float:
    """Piecewise-linear interpolation over sorted (x, y) points, clamped at both ends."""
    if x <= points[0][0]:
        return points[0][1]
    for (x0, y0), (x1, y1) in itertools.pairwise(points):
        if x <= x1:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return points[-1][1]


def vehicles_dir() -> Path:
    """The shipped profiles: ``<repo>/assets/vehicles``."""
    return Path(__file__).resolve().parents[3] / "assets" / "vehicles"


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a number")


def _num(d: dict[str, Any], key: str, lo: float, hi: float, *, lo_open: bool = False) -> float:
    if key not in d:
        raise ProfileError(f"missing field '{key}'")
    v = d[key]
    if isinstance(v, bool) or not isinstance(v, int | float):
        raise ProfileError(f"'{key}' must be a number, got {type(v).__name__}")
    v = float(v)
    if not math.isfinite(v):
        raise ProfileError(f"'{key}' must be finite")
    if v < lo or v > hi or (lo_open and v == lo):
        rng = f"({lo:g}, {hi:g}]" if lo_open else f"[{lo:g}, {hi:g}]"
        raise ProfileError(f"'{key}' = {v:g} is outside {rng}")
    return v


def _points(
    v: Any,
    key: str,
    x_lo: float,
    x_hi: float,
    y_lo: float,
    y_hi: float,
    *,
    y_positive: bool,
    span: tuple[float, float] | None = None,
) -> tuple[tuple[float, float], ...]:
    if not isinstance(v, list) or not (2 <= len(v) <= 200):
        raise ProfileError(f"'{key}' must be a list of 2 … 200 [x, y] points")
    out: list[tuple[float, float]] = []
    for i, p in enumerate(v):
        if not isinstance(p, list) or len(p) != 2:
            raise ProfileError(f"'{key}'[{i}] must be a [x, y] pair")
        pt = _num({"x": p[0]}, "x", x_lo, x_hi), _num({"y": p[1]}, "y", y_lo, y_hi)
        if y_positive and pt[1] <= 0:
            raise ProfileError(f"'{key}'[{i}]: power must be > 0")
        if out and pt[0] <= out[-1][0]:
            raise ProfileError(f"'{key}': x values must be strictly increasing (point {i})")
        out.append(pt)
    if span is not None and (out[0][0] != span[0] or out[-1][0] != span[1]):
        raise ProfileError(f"'{key}' must cover SoC {span[0]:g} … {span[1]:g} %")
    return tuple(out)


def parse_profile(data: Any, expected_id: str | None = None) -> VehicleProfile:
    """Validate decoded JSON ``data`` and return the profile; raises :class:`ProfileError` on any violation."""
    if not isinstance(data, dict):
        raise ProfileError("profile must be a JSON object")
    if data.get("schema_version") != SCHEMA_VERSION:
        raise ProfileError(f"'schema_version' must be {SCHEMA_VERSION}, got {data.get('schema_version')!r}")
    pid = data.get("id")
    if not isinstance(pid, str) or not _ID_RE.match(pid):
        raise ProfileError(f"'id' must match {_ID_RE.pattern}, got {pid!r}")
    if expected_id is not None and pid != expected_id:
        raise ProfileError(f"'id' {pid!r} does not match the file name {expected_id!r}")
    name = data.get("name")
    if not isinstance(name, str) or not (1 <= len(name.strip()) <= 80):
        raise ProfileError("'name' must be a non-empty string of ≤ 80 characters")
    plugs = data.get("plugs")
    if not isinstance(plugs, list) or not plugs or not all(isinstance(p, str) for p in plugs):
        raise ProfileError("'plugs' must be a non-empty list of plug names")
    unknown = [p for p in plugs if p not in PLUGS]
    if unknown:
        raise ProfileError(f"unknown plug(s) {unknown}; known: {', '.join(PLUGS)}")
    if len(set(plugs)) != len(plugs):
        raise ProfileError("'plugs' lists a plug twice")
    curves_raw = data.get("charging_curves")
    if not isinstance(curves_raw, dict):
        raise ProfileError("missing field 'charging_curves' (object: plug → [[SoC %, kW], …])")
    curves: dict[str, tuple[tuple[float, float], ...]] = {}
    for plug in plugs:
        if plug not in curves_raw:
            raise ProfileError(f"'charging_curves' has no curve for plug '{plug}'")
        curves[plug] = _points(
            curves_raw[plug], f"charging_curves.{plug}", 0, 100, 0, 1000, y_positive=True, span=(0.0, 100.0)
        )
    extra = set(curves_raw) - set(plugs)
    if extra:
        raise ProfileError(f"'charging_curves' has curves for plugs the car lacks: {sorted(extra)}")
    if "aux_power_kw" not in data:
        raise ProfileError("missing field 'aux_power_kw'")
    aux = _points(data["aux_power_kw"], "aux_power_kw", -60, 70, 0, 30, y_positive=False)
    sources = data.get("sources", {})
    if not isinstance(sources, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in sources.items()):
        raise ProfileError("'sources' must be an object of strings")
    return VehicleProfile(
        id=pid,
        name=name.strip(),
        usable_capacity_kwh=_num(data, "usable_capacity_kwh", 0, 300, lo_open=True),
        mass_kg=_num(data, "mass_kg", 300, 5000),
        drag_area_m2=_num(data, "drag_area_m2", 0.1, 3),
        rolling_resistance=_num(data, "rolling_resistance", 0, 0.05, lo_open=True),
        drivetrain_efficiency=_num(data, "drivetrain_efficiency", 0.3, 1),
        regen_efficiency=_num(data, "regen_efficiency", 0, 1),
        max_regen_kw=_num(data, "max_regen_kw", 0, 500),
        aux_power_kw=aux,
        plugs=tuple(plugs),
        onboard_charger_kw=_num(data, "onboard_charger_kw", 0, 50, lo_open=True),
        charging_curves=curves,
        sources=dict(sources),
    )


def load_profile(path: str | Path) -> VehicleProfile:
    """Load and validate one profile file; errors name the file and the field."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ProfileError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if len(raw) > _MAX_FILE_BYTES:
        raise ProfileError(f"{p}: file is larger than {_MAX_FILE_BYTES} bytes")
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise ProfileError(f"{p}: not UTF-8 text") from None
    except ValueError as exc:  # JSONDecodeError and NaN/Infinity literals
        raise ProfileError(f"{p}: invalid JSON ({exc})") from None
    try:
        return parse_profile(data, expected_id=p.stem)
    except ProfileError as exc:
        raise ProfileError(f"{p.name}: {exc}") from None


def load_profiles(directory: str | Path | None = None) -> dict[str, VehicleProfile]:
    """All profiles in ``directory`` (default :func:`vehicles_dir`), keyed by id; a bad file raises."""
    d = Path(directory) if directory is not None else vehicles_dir()
    return {p.id: p for p in (load_profile(f) for f in sorted(d.glob("*.json")))}


def get_profile(vehicle_id: str, directory: str | Path | None = None) -> VehicleProfile:
    """The profile ``vehicle_id``; :class:`ProfileError` listing the known ids if there is none."""
    d = Path(directory) if directory is not None else vehicles_dir()
    if not isinstance(vehicle_id, str) or not _ID_RE.match(vehicle_id):
        raise ProfileError(f"invalid vehicle id {vehicle_id!r}")
    path = d / f"{vehicle_id}.json"
    if not path.is_file():
        known = ", ".join(sorted(f.stem for f in d.glob("*.json"))) or "none"
        raise ProfileError(f"unknown vehicle {vehicle_id!r} (known: {known})")
    return load_profile(path)
