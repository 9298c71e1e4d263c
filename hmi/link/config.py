"""Broker connection settings: ``--mqtt-*`` options with ``HMI_MQTT_*`` environment fallbacks."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 1883
#: Seconds between MQTT keepalive pings; the broker declares a silent client dead after 1.5×.
DEFAULT_KEEPALIVE_S = 5


@dataclass(frozen=True)
class BrokerConfig:
    """Where and how to connect to the local broker."""

    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    username: str | None = None
    password: str | None = None
    keepalive_s: int = DEFAULT_KEEPALIVE_S

    @property
    def address(self) -> str:
        """``host:port`` for display."""
        return f"{self.host}:{self.port}"


def add_mqtt_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the contract's ``--mqtt-host/--mqtt-port/--mqtt-username/--mqtt-password`` options."""
    group = parser.add_argument_group("broker (defaults from HMI_MQTT_* environment variables)")
    group.add_argument("--mqtt-host", help=f"broker host (HMI_MQTT_HOST, default {DEFAULT_HOST})")
    group.add_argument("--mqtt-port", type=int, help=f"broker port (HMI_MQTT_PORT, default {DEFAULT_PORT})")
    group.add_argument("--mqtt-username", help="broker user name (HMI_MQTT_USERNAME)")
    group.add_argument("--mqtt-password", help="broker password (HMI_MQTT_PASSWORD)")


def config_from_args(args: argparse.Namespace, env: dict[str, str] | None = None) -> BrokerConfig:
    """Options win over ``HMI_MQTT_*`` variables, which win over the defaults."""
    env = os.environ if env is None else env

    def pick(option: str, var: str) -> str | None:
        value = getattr(args, option, None)
        return str(value) if value is not None else env.get(var) or None

    port_text = pick("mqtt_port", "HMI_MQTT_PORT")
    try:
        port = int(port_text) if port_text else DEFAULT_PORT
    except ValueError:
        raise SystemExit(f"hmi: HMI_MQTT_PORT={port_text!r} is not a port number") from None
    if not 0 < port < 65536:
        raise SystemExit(f"hmi: MQTT port {port} is out of range")
    return BrokerConfig(
        host=pick("mqtt_host", "HMI_MQTT_HOST") or DEFAULT_HOST,
        port=port,
        username=pick("mqtt_username", "HMI_MQTT_USERNAME"),
        password=pick("mqtt_password", "HMI_MQTT_PASSWORD"),
    )
