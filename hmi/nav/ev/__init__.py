"""Charging-aware EV routing (plain Python + numpy, no Qt).

Modules, one concept each:

* :mod:`~hmi.nav.ev.profiles` — vehicle profiles (``assets/vehicles/*.json``), one validated schema;
* :mod:`~hmi.nav.ev.consumption` — physics energy per road edge (speed, grade, temperature, HVAC, bounded regen);
* :mod:`~hmi.nav.ev.charging` — piecewise-linear charging curves per plug, exact charging times;
* :mod:`~hmi.nav.ev.chargers` — the map's chargers with documented defaults/estimated flags, plug/power filters;
* :mod:`~hmi.nav.ev.stations` — the charger graph: every non-dominated (time, energy) road path between stations;
* :mod:`~hmi.nav.ev.planner` — the charging-stop planner (fastest total trip time over all paths, SoC constraints);
* :mod:`~hmi.nav.ev.reference` — an exhaustive solver over given hops (tests, benchmark baseline);
* :mod:`~hmi.nav.ev.cache` — bounded, thread-safe LRU caches of searches and edge energies per graph;
* :mod:`~hmi.nav.ev.reachable` — reachable-range polygons;
* :mod:`~hmi.nav.ev.replan` — live replanning from the car's SoC and battery preconditioning;
* :mod:`~hmi.nav.ev.battery_sim` — the simulated car's battery (same consumption model and curves);
* :mod:`~hmi.nav.ev.settings` — the driver's EV settings in SQLite;
* :mod:`~hmi.nav.ev.cli` — ``hmi plan`` and ``hmi range``.

Only the light profile API is re-exported here; import the others from their modules.
"""

from hmi.nav.ev.profiles import ProfileError, VehicleProfile, load_profile, load_profiles, vehicles_dir

__all__ = ["ProfileError", "VehicleProfile", "load_profile", "load_profiles", "vehicles_dir"]
