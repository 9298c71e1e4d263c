"""HMI → agent commands (``hmi/command/<name>`` → ``/result``) with pending state and timeout."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from hmi.i18n import QT_TRANSLATE_NOOP, Text
from hmi.link import topics
from hmi.link.validate import Rejected, parse_json

# Seconds to wait for the agent's answer before the command counts as failed.
COMMAND_TIMEOUT_S = 10.0
# The link's own command messages (translatable; the agent's own messages are shown as it writes them).
TIMEOUT_MESSAGE = Text("link", QT_TRANSLATE_NOOP("link", "No answer from the car"))
NOT_CONNECTED_MESSAGE = Text("link", QT_TRANSLATE_NOOP("link", "Not connected to the car"))


class CommandError(ValueError):
    """A command with an unknown name or invalid parameters."""


def _int_percent(params: dict[str, Any]) -> dict[str, Any]:
    percent = params.get("percent")
    if isinstance(percent, bool) or not isinstance(percent, int) or not 0 <= percent <= 100:
        raise CommandError("percent must be an integer 0…100")
    return {"percent": percent}


def _choice(key: str, allowed: tuple[str, ...]):
    def check(params: dict[str, Any]) -> dict[str, Any]:
        if params.get(key) not in allowed:
            raise CommandError(f"{key} must be one of {', '.join(allowed)}")
        return {key: params[key]}

    return check


#: Parameter checks per command name (the contract's command list).
COMMAND_PARAMS = {
    "set_charge_limit": _int_percent,
    "precondition_battery": _choice("mode", ("FAST_CHARGING_PREPARATION", "INACTIVE")),
    "start_stop_charging": _choice("action", ("START", "STOP")),
}
assert set(COMMAND_PARAMS) == set(topics.COMMAND_NAMES)


@dataclass
class Command:
    """One sent command and its outcome."""

    id: str
    name: str
    params: dict[str, Any]
    sent_at: float
    deadline: float
    state: str = "pending"
    """``pending``, ``ok``, ``failed`` or ``timeout``."""
    message: str = ""
    sent: bool = True
    """False when the link did not publish it (not connected, or no current data for a gated command)."""


@dataclass
class CommandTracker:
    """Builds command payloads and matches results by id. Pure: the link publishes."""

    timeout_s: float = COMMAND_TIMEOUT_S
    pending: dict[str, Command] = field(default_factory=dict)
    latest: dict[str, Command] = field(default_factory=dict)
    """Last command per name (what the UI shows)."""

    def create(self, name: str, params: dict[str, Any], now: float, wall: float) -> tuple[Command, str, dict[str, Any]]:
        """Validate and register a command; returns it with its topic and payload."""
        if name not in COMMAND_PARAMS:
            raise CommandError(f"unknown command {name!r}")
        clean = COMMAND_PARAMS[name](params)
        cmd = Command(str(uuid.uuid4()), name, clean, now, now + self.timeout_s)
        self.pending[cmd.id] = cmd
        self.latest[name] = cmd
        return cmd, topics.command_topic(name), {"id": cmd.id, "ts": wall, **clean}

    def on_result(self, name: str, payload: bytes) -> Command | Rejected:
        """Apply an agent answer; unknown ids and malformed answers are rejected."""
        data, err = parse_json(payload, 4096)
        if err is not None:
            return err
        if not isinstance(data, dict):
            return Rejected("result is not a JSON object", "shape")
        cmd = self.pending.get(data.get("id")) if isinstance(data.get("id"), str) else None
        if cmd is None or cmd.name != name:
            return Rejected(f"result for unknown command id {str(data.get('id'))[:40]!r}", "unknown")
        ok, message = data.get("ok"), data.get("message", "")
        if not isinstance(ok, bool) or not isinstance(message, str):
            return Rejected('result needs "ok": bool and "message": str', "type")
        del self.pending[cmd.id]
        cmd.state = "ok" if ok else "failed"
        cmd.message = message[:200]
        return cmd

    def expire(self, now: float) -> list[Command]:
        """Mark commands past their deadline as timed out and return them."""
        expired = [c for c in self.pending.values() if now >= c.deadline]
        for cmd in expired:
            del self.pending[cmd.id]
            cmd.state = "timeout"
            cmd.message = TIMEOUT_MESSAGE
        return expired
