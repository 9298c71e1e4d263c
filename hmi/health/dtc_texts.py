"""DTC texts for ``lupdate``: GENERATED from assets/dtc_codes.json by hmi.health.dtc_extract — do not edit.

Regenerate with ``python -m hmi.health.dtc_extract`` (or ``hmi health dtc-texts``) after changing the table.
"""

from hmi.i18n import QT_TRANSLATE_NOOP

# fmt: off
TEXTS = (
    QT_TRANSLATE_NOOP("dtc", "Mass or Volume Air Flow Circuit Malfunction"),  # P0100
    QT_TRANSLATE_NOOP("dtc", "Mass or Volume Air Flow Circuit Range/Performance Problem"),  # P0101
    QT_TRANSLATE_NOOP("dtc", "Intake Air Temperature Circuit High Input"),  # P0113
    QT_TRANSLATE_NOOP("dtc", "Engine Coolant Temperature Circuit Low Input"),  # P0117
    QT_TRANSLATE_NOOP("dtc", "Coolant Thermostat (Coolant Temperature Below Thermostat Regulating Temperature)"),  # P0128  # noqa: E501
    QT_TRANSLATE_NOOP("dtc", "O2 Sensor Heater Circuit Malfunction (Bank 1 Sensor 1)"),  # P0135
    QT_TRANSLATE_NOOP("dtc", "System Too Lean (Bank 1)"),  # P0171
    QT_TRANSLATE_NOOP("dtc", "System Too Rich (Bank 1)"),  # P0172
    QT_TRANSLATE_NOOP("dtc", "Random/Multiple Cylinder Misfire Detected"),  # P0300
    QT_TRANSLATE_NOOP("dtc", "Cylinder 1 Misfire Detected"),  # P0301
    QT_TRANSLATE_NOOP("dtc", "Crankshaft Position Sensor A Circuit Malfunction"),  # P0335
    QT_TRANSLATE_NOOP("dtc", "Camshaft Position Sensor Circuit Malfunction"),  # P0340
    QT_TRANSLATE_NOOP("dtc", "Exhaust Gas Recirculation Flow Insufficient Detected"),  # P0401
    QT_TRANSLATE_NOOP("dtc", "Catalyst System Efficiency Below Threshold (Bank 1)"),  # P0420
    QT_TRANSLATE_NOOP("dtc", "Evaporative Emission Control System Malfunction"),  # P0440
    QT_TRANSLATE_NOOP("dtc", "Evaporative Emission Control System Leak Detected (small leak)"),  # P0442
    QT_TRANSLATE_NOOP("dtc", "Evaporative Emission Control System Leak Detected (gross leak)"),  # P0455
    QT_TRANSLATE_NOOP("dtc", "Vehicle Speed Sensor Malfunction"),  # P0500
    QT_TRANSLATE_NOOP("dtc", "System Voltage Malfunction"),  # P0560
    QT_TRANSLATE_NOOP("dtc", "System Voltage Low"),  # P0562
    QT_TRANSLATE_NOOP("dtc", "System Voltage High"),  # P0563
    QT_TRANSLATE_NOOP("dtc", "Serial Communication Link Malfunction"),  # P0600
    QT_TRANSLATE_NOOP("dtc", "Internal Control Module Keep Alive Memory (KAM) Error"),  # P0603
    QT_TRANSLATE_NOOP("dtc", "Internal Control Module Read Only Memory (ROM) Error"),  # P0605
    QT_TRANSLATE_NOOP("dtc", "Transmission Control System Malfunction"),  # P0700
    QT_TRANSLATE_NOOP("dtc", "High Voltage System Interlock Circuit"),  # P0A0A
    QT_TRANSLATE_NOOP("dtc", "Engine Failed to Start"),  # P0A0F
    QT_TRANSLATE_NOOP("dtc", "Battery Energy Control Module"),  # P0A1F
    QT_TRANSLATE_NOOP("dtc", "Drive Motor A Temperature Sensor Circuit"),  # P0A2A
    QT_TRANSLATE_NOOP("dtc", "Drive Motor A Over Temperature"),  # P0A2F
    QT_TRANSLATE_NOOP("dtc", "Drive Motor A Position Sensor Circuit"),  # P0A3F
    QT_TRANSLATE_NOOP("dtc", "Drive Motor A Inverter Performance"),  # P0A78
    QT_TRANSLATE_NOOP("dtc", "Hybrid/EV Battery Pack Over Temperature"),  # P0A7E
    QT_TRANSLATE_NOOP("dtc", "Hybrid/EV Battery Pack Deterioration"),  # P0A7F
    QT_TRANSLATE_NOOP("dtc", "Replace Hybrid/EV Battery Pack"),  # P0A80
    QT_TRANSLATE_NOOP("dtc", "DC/DC Converter Performance"),  # P0A94
    QT_TRANSLATE_NOOP("dtc", "Hybrid/EV Battery Positive Contactor Circuit Stuck Closed"),  # P0AA1
    QT_TRANSLATE_NOOP("dtc", "Hybrid/EV Battery Negative Contactor Circuit Stuck Closed"),  # P0AA4
    QT_TRANSLATE_NOOP("dtc", "Hybrid/EV Battery Voltage System Isolation Fault"),  # P0AA6
    QT_TRANSLATE_NOOP("dtc", "Hybrid/EV Battery System Voltage Low"),  # P0AFA
    QT_TRANSLATE_NOOP("dtc", "Left Front Wheel Speed Sensor Circuit"),  # C0035
    QT_TRANSLATE_NOOP("dtc", "Right Front Wheel Speed Sensor Circuit"),  # C0040
    QT_TRANSLATE_NOOP("dtc", "Left Rear Wheel Speed Sensor Circuit"),  # C0045
    QT_TRANSLATE_NOOP("dtc", "Right Rear Wheel Speed Sensor Circuit"),  # C0050
    QT_TRANSLATE_NOOP("dtc", "Driver Frontal Stage 1 Deployment Control"),  # B0001
    QT_TRANSLATE_NOOP("dtc", "High Speed CAN Communication Bus"),  # U0001
    QT_TRANSLATE_NOOP("dtc", "Control Module Communication Bus A Off"),  # U0073
    QT_TRANSLATE_NOOP("dtc", "Lost Communication With ECM/PCM A"),  # U0100
    QT_TRANSLATE_NOOP("dtc", "Lost Communication With TCM"),  # U0101
    QT_TRANSLATE_NOOP("dtc", "Lost Communication With Battery Energy Control Module A"),  # U0111
    QT_TRANSLATE_NOOP("dtc", "Lost Communication With Anti-Lock Brake System (ABS) Control Module"),  # U0121
    QT_TRANSLATE_NOOP("dtc", "Lost Communication With Body Control Module"),  # U0140
    QT_TRANSLATE_NOOP("dtc", "Lost Communication With Instrument Panel Cluster (IPC) Control Module"),  # U0155
    QT_TRANSLATE_NOOP("dtc", "Lost Communication With Hybrid Powertrain Control Module"),  # U0293
    QT_TRANSLATE_NOOP("dtc", "Have the vehicle checked at a service centre soon"),  # action
    QT_TRANSLATE_NOOP("dtc", "Have the vehicle checked at a service centre"),  # action
    QT_TRANSLATE_NOOP("dtc", "Have the 12 V battery checked soon"),  # action
    QT_TRANSLATE_NOOP("dtc", "Stop safely now. Do not touch high-voltage parts; call for assistance"),  # action
    QT_TRANSLATE_NOOP("dtc", "Stop safely now and let the motor cool down"),  # action
    QT_TRANSLATE_NOOP("dtc", "Stop safely now and call for assistance"),  # action
    QT_TRANSLATE_NOOP("dtc", "Have the high-voltage battery checked at a service centre"),  # action
    QT_TRANSLATE_NOOP("dtc", "Have the 12 V supply checked soon; avoid long trips"),  # action
    QT_TRANSLATE_NOOP("dtc", "ABS may be unavailable: drive with care and have it checked"),  # action
    QT_TRANSLATE_NOOP("dtc", "Airbag may not deploy: have it checked at a service centre"),  # action
)
# fmt: on
