"""Vehicle health and predictive maintenance (plain Python, no Qt, no MQTT).

Modules
-------
``dtc``       SAE J2012 code table lookup (``assets/dtc_codes.json``); unknown codes → "Unknown code P0XYZ",
              malformed codes rejected.
``history``   SQLite (WAL) history: per-minute rows kept 48 h, hourly min/mean/max rows kept 400 days;
              survives a kill or power loss mid-write (at most the last ~10 s of buffered samples are lost).
``stats``     Theil–Sen trends with a 95 % slope interval widened for correlated readings (effective sample
              size from the bias-corrected lag-1 autocorrelation, Student-t quantiles), Student's t, mean rates.
``predict``   Explained predictions: slow tyre leak on temperature-compensated pressure, 12 V resting-voltage
              decline, HV state of health in 12 months, service due from the driving rate. Each states its
              basis and confidence (interval width against the distance to the threshold), gives dates as
              ranges, says "stable" whenever the interval includes zero, and is withheld on thin, noisy or
              too uncertain data.
``worker``    One background thread whose newest request cancels the older (the predictions run there).
``synthetic`` Series with a known truth and AR(1) noise, sampled as the monitor records them (tests, bench).
``alerts``    info/warning/critical alerts with a driver action, hysteresis (set/clear thresholds + hold times),
              acknowledge.
``service``   Nearest service centres (map place index, else ``assets/service_centres.json`` from real OSM data).
``monitor``   ``HealthMonitor``: takes validated ``(path, value, ts)`` updates and ties the above together.

Wiring (app)::

    monitor = HealthMonitor(data_dir / "health.sqlite", map_dir=map_dir)
    store.subscribe(monitor.update)            # VehicleStore → monitor
    health = HealthModel(monitor)              # hmi.ui.health_model, exposed to QML as ``health``;
                                               # it gives the monitor its worker (results back via Qt)

Thresholds (``HealthConfig``, LEAF-class defaults, 250 kPa placard): tyre warning below 210 kPa (clears above
218 kPa after 2 min), critical below 150 kPa ("Stop safely now"); 12 V warning below 11.8 V; motor 150/170 °C;
HV battery 50/58 °C; service prompt at 1,000 km; SoH info below 70 %.

User-visible strings live in a ``TEXTS`` dict at the top of each module as ``QT_TRANSLATE_NOOP`` templates
(context ``health``); the modules return ``hmi.i18n.Text`` values (English strings that remember template and
arguments), with tyre names as nested Texts and unit-bearing values as ``Quantity`` arguments, so the UI renders
them in the driver's language and units. The DTC table's texts (context ``dtc``) are made visible to ``lupdate``
by the generated ``dtc_texts.py`` (``dtc_extract``: regenerate after editing ``assets/dtc_codes.json``).
"""
