"""CLI of the OTA area: ``hmi ota-sim`` runs the self-update-agent / update-manager stand-in.

Import-light on purpose: the simulator (and paho) is imported inside the handler.
"""

from __future__ import annotations

import argparse


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    """Add ``ota-sim`` to the ``hmi`` command's subparsers."""
    from hmi.sim import sua  # cheap: paho and the OTA protocol only (no Qt, no numpy)

    parser = sub.add_parser(
        "ota-sim",
        help="run the self-update agent stand-in (OTA offer, consent, download, install, failure injection)",
        description="Self-update agent + update manager stand-in on the OTA topics of the agent interface.",
    )
    sua.build_parser(parser)
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    import logging

    from hmi.sim import sua

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return sua.run(args)
