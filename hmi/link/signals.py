"""The vehicle-signal table of the agent interface: the single source of truth.

Every VSS signal the HMI understands is listed once here with its type, unit,
accepted range and the rate the simulated agent publishes it at. Link
validation, the simulator's value ranges and the docs (``hmi signals --markdown``)
all read this table; nothing else hard-codes a VSS path.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class SignalType(str, Enum):
    """Value kinds from the contract (``double`` is treated like ``float``)."""

    FLOAT = "float"
    INT = "int"
    BOOL = "bool"
    STRING = "string"
    STRING_LIST = "string[]"


@dataclass(frozen=True)
class Signal:
    """One row of the contract's signal table."""

    path: str
    type: SignalType
    unit: str
    minimum: float | None = None
    maximum: float | None = None
    allowed: tuple[str, ...] = ()
    rate_hz: float = 1.0
    """How often the simulated agent publishes it (location/speed 10 Hz, others <= 1 Hz)."""
    item_pattern: str | None = None
    max_items: int | None = None

    @property
    def topic(self) -> str:
        """MQTT topic: ``vss/`` + the VSS path with dots replaced by slashes."""
        return VSS_TOPIC_PREFIX + self.path.replace(".", "/")


VSS_TOPIC_PREFIX = "vss/"

#: Gear values of ``Vehicle.Powertrain.Transmission.SelectedGear`` (VSS).
GEAR_NEUTRAL = 0
GEAR_PARK = 126
GEAR_DRIVE = 127

#: "Moving" per the contract: speed above this, or gear not park.
MOVING_SPEED_KMH = 3.0

_F = SignalType.FLOAT
_I = SignalType.INT
_B = SignalType.BOOL

_TYRE_SIGNALS: list[Signal] = []
for _row in ("Row1", "Row2"):
    for _side in ("Left", "Right"):
        _base = f"Vehicle.Chassis.Axle.{_row}.Wheel.{_side}.Tire"
        _TYRE_SIGNALS.append(Signal(f"{_base}.Pressure", _I, "kPa", 0, 1000))
        _TYRE_SIGNALS.append(Signal(f"{_base}.IsPressureLow", _B, ""))

SIGNALS: tuple[Signal, ...] = (
    Signal("Vehicle.Speed", _F, "km/h", 0, 400, rate_hz=10),
    Signal("Vehicle.TraveledDistance", _F, "km", 0, 10_000_000),
    Signal("Vehicle.CurrentLocation.Latitude", _F, "deg", -90, 90, rate_hz=10),
    Signal("Vehicle.CurrentLocation.Longitude", _F, "deg", -180, 180, rate_hz=10),
    Signal("Vehicle.CurrentLocation.Heading", _F, "deg", 0, 360, rate_hz=10),
    Signal("Vehicle.Powertrain.Transmission.SelectedGear", _I, "", -128, 127),
    Signal("Vehicle.Powertrain.TractionBattery.StateOfCharge.Displayed", _F, "%", 0, 100),
    Signal("Vehicle.Powertrain.TractionBattery.StateOfCharge.CurrentEnergy", _F, "kWh", 0, 300),
    Signal("Vehicle.Powertrain.TractionBattery.NetCapacity", _I, "kWh", 1, 300, rate_hz=0.1),
    Signal("Vehicle.Powertrain.TractionBattery.StateOfHealth", _F, "%", 0, 100, rate_hz=0.1),
    Signal("Vehicle.Powertrain.TractionBattery.Range", _I, "m", 0, 2_000_000),
    Signal("Vehicle.Powertrain.TractionBattery.Temperature.Average", _F, "°C", -60, 100),
    Signal("Vehicle.Powertrain.TractionBattery.CurrentPower", _F, "W", -500_000, 500_000),
    Signal("Vehicle.Powertrain.TractionBattery.Charging.IsCharging", _B, ""),
    Signal("Vehicle.Powertrain.TractionBattery.Charging.ChargingPort.IsChargingCableConnected", _B, ""),
    Signal("Vehicle.Powertrain.TractionBattery.Charging.ChargeLimit", _I, "%", 0, 100),
    Signal("Vehicle.Powertrain.TractionBattery.Charging.TimeToComplete", _I, "s", 0, 604_800),
    Signal(
        "Vehicle.Powertrain.TractionBattery.BatteryConditioning.RequestedMode",
        SignalType.STRING,
        "",
        allowed=("INACTIVE", "FAST_CHARGING_PREPARATION", "DRIVING_PREPARATION"),
    ),
    Signal("Vehicle.Powertrain.ElectricMotor.Temperature", _F, "°C", -60, 250),
    Signal("Vehicle.LowVoltageBattery.CurrentVoltage", _F, "V", 0, 32),
    *_TYRE_SIGNALS,
    Signal(
        "Vehicle.Diagnostics.DTCList",
        SignalType.STRING_LIST,
        "",
        item_pattern=r"^[PCBU][0-9A-F]{4}$",
        max_items=64,
    ),
    Signal("Vehicle.Service.DistanceToService", _F, "km", -100_000, 100_000, rate_hz=0.2),
    Signal("Vehicle.Exterior.AirTemperature", _F, "°C", -60, 70, rate_hz=0.2),
    Signal("Vehicle.Cabin.HVAC.AmbientAirTemperature", _F, "°C", -60, 90, rate_hz=0.5),
    Signal("Vehicle.Exterior.LightIntensity", _I, "%", 0, 100, rate_hz=0.5),
)

BY_PATH: dict[str, Signal] = {s.path: s for s in SIGNALS}
BY_TOPIC: dict[str, Signal] = {s.topic: s for s in SIGNALS}

# Short names used by the state store adapters and QML.
SPEED = "Vehicle.Speed"
ODOMETER = "Vehicle.TraveledDistance"
LATITUDE = "Vehicle.CurrentLocation.Latitude"
LONGITUDE = "Vehicle.CurrentLocation.Longitude"
HEADING = "Vehicle.CurrentLocation.Heading"
GEAR = "Vehicle.Powertrain.Transmission.SelectedGear"
SOC = "Vehicle.Powertrain.TractionBattery.StateOfCharge.Displayed"
ENERGY = "Vehicle.Powertrain.TractionBattery.StateOfCharge.CurrentEnergy"
NET_CAPACITY = "Vehicle.Powertrain.TractionBattery.NetCapacity"
SOH = "Vehicle.Powertrain.TractionBattery.StateOfHealth"
RANGE = "Vehicle.Powertrain.TractionBattery.Range"
BATTERY_TEMP = "Vehicle.Powertrain.TractionBattery.Temperature.Average"
BATTERY_POWER = "Vehicle.Powertrain.TractionBattery.CurrentPower"
IS_CHARGING = "Vehicle.Powertrain.TractionBattery.Charging.IsCharging"
CABLE_CONNECTED = "Vehicle.Powertrain.TractionBattery.Charging.ChargingPort.IsChargingCableConnected"
CHARGE_LIMIT = "Vehicle.Powertrain.TractionBattery.Charging.ChargeLimit"
TIME_TO_COMPLETE = "Vehicle.Powertrain.TractionBattery.Charging.TimeToComplete"
CONDITIONING_MODE = "Vehicle.Powertrain.TractionBattery.BatteryConditioning.RequestedMode"
MOTOR_TEMP = "Vehicle.Powertrain.ElectricMotor.Temperature"
LV_VOLTAGE = "Vehicle.LowVoltageBattery.CurrentVoltage"
DTC_LIST = "Vehicle.Diagnostics.DTCList"
SERVICE_DISTANCE = "Vehicle.Service.DistanceToService"
OUTSIDE_TEMP = "Vehicle.Exterior.AirTemperature"
CABIN_TEMP = "Vehicle.Cabin.HVAC.AmbientAirTemperature"
#: The car's ambient-light sensor (0 = dark … 100 = full daylight): drives the "auto" theme when current.
LIGHT = "Vehicle.Exterior.LightIntensity"

#: Tyre positions in display order: (key, VSS row, VSS side, label).
TYRES: tuple[tuple[str, str, str, str], ...] = (
    ("frontLeft", "Row1", "Left", "Front left"),
    ("frontRight", "Row1", "Right", "Front right"),
    ("rearLeft", "Row2", "Left", "Rear left"),
    ("rearRight", "Row2", "Right", "Rear right"),
)


def tyre_pressure(row: str, side: str) -> str:
    """VSS path of the pressure of one tyre."""
    return f"Vehicle.Chassis.Axle.{row}.Wheel.{side}.Tire.Pressure"


def tyre_low(row: str, side: str) -> str:
    """VSS path of the low-pressure flag of one tyre."""
    return f"Vehicle.Chassis.Axle.{row}.Wheel.{side}.Tire.IsPressureLow"


def is_moving(speed_kmh: float | None, gear: int | None) -> bool:
    """The contract's "moving": speed > 3 km/h or gear not park.

    Unknown speed or gear counts as moving: the safe side for locks.
    """
    if speed_kmh is None or gear is None:
        return True
    return speed_kmh > MOVING_SPEED_KMH or gear != GEAR_PARK


def markdown_table() -> str:
    """The signal table as Markdown, for the docs."""
    lines = ["| VSS path | type | unit | accepted range | sim rate |", "|---|---|---|---|---|"]
    for s in SIGNALS:
        if s.allowed:
            rng = ", ".join(s.allowed)
        elif s.item_pattern:
            rng = f"≤ {s.max_items} codes, each `{s.item_pattern}`"
        elif s.minimum is not None:
            rng = f"{s.minimum:g} … {s.maximum:g}"
        else:
            rng = "–"
        lines.append(f"| {s.path} | {s.type.value} | {s.unit or '–'} | {rng} | {s.rate_hz:g} Hz |")
    return "\n".join(lines)
