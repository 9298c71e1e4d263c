"""In-car infotainment and navigation HMI for a Nissan-LEAF-class EV.

Packages (see README and docs/architecture.md):
``hmi.link`` MQTT link to the onboard agent, ``hmi.vehicle`` state store,
``hmi.nav`` offline maps/routing/EV planning, ``hmi.health`` predictive
maintenance, ``hmi.updates`` OTA consent, ``hmi.ui`` Qt adapters,
``hmi.sim`` simulated agent, ``hmi.testing`` pytest plugin.
"""

__version__ = "0.1.0"
