"""Over-the-air updates: the driver's consent and progress UI core on the Leda/Kanto self-update protocol.

* ``protocol`` — parse and validate every OTA message into typed dataclasses (``parse_message``), build ours.
* ``machine`` — the pure state machine (``UpdateMachine``) with the safety gate; inputs → effects.
* ``view`` — what the Updates page shows (``UpdateView``), formatting.
* ``store`` — SQLite (WAL) snapshot so a restart comes back to the same screen.
* ``service`` — ``UpdateService``: parse + machine + store; what the link and the Qt adapter call.
* ``link_binding`` — ``UpdatesLinkBinding``: OTA messages, re-sync on reconnect and the install's conditions
  (fresh data only) from the link, as the app wires them.

The Qt adapter is ``hmi.ui.updates_model.UpdatesModel``; the simulator is ``hmi.sim.sua``.
"""
