"""Pure-Python ``sd_notify``: tell systemd the HMI is ready, alive, or stopping.

The protocol (``man sd_notify``): newline-separated ``KEY=VALUE`` fields sent as
one datagram to the ``AF_UNIX``/``SOCK_DGRAM`` socket named by ``$NOTIFY_SOCKET``.
A name starting with ``@`` is in the Linux abstract namespace (leading NUL).
``$WATCHDOG_USEC`` is the watchdog timeout; ``$WATCHDOG_PID``, when set, names
the process the watchdog applies to (libsystemd's ``sd_watchdog_enabled``).

Everything here is a no-op when the process does not run under systemd, and
sending never raises: a supervisor that went away must not crash the UI.
No Qt here — the Qt timer that calls :meth:`Notifier.watchdog` lives in
``hmi.ui.watchdog``.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)

# STATUS= is free text shown by `systemctl status`; keep it one short line.
MAX_STATUS_CHARS = 200


def socket_address(name: str | None) -> str | None:
    """The ``sendto`` address for a ``$NOTIFY_SOCKET`` value, or None when unusable.

    ``@name`` maps to the abstract name ``\\0name``; absolute paths are used as
    they are. Anything else (empty, relative, ``vsock:`` which we do not
    support) yields None.
    """
    if not name:
        return None
    if name.startswith("@"):
        return "\0" + name[1:] if len(name) > 1 else None
    if name.startswith("/"):
        return name
    return None


def watchdog_timeout(env: Mapping[str, str], pid: int | None = None) -> float | None:
    """Watchdog timeout in seconds from ``WATCHDOG_USEC``/``WATCHDOG_PID``, or None.

    None when unset, not a positive integer, or meant for another process
    (``WATCHDOG_PID`` set and not our pid) — the same rules as libsystemd.
    """
    raw = env.get("WATCHDOG_USEC", "")
    try:
        usec = int(raw)
    except ValueError:
        if raw:
            log.warning("ignoring WATCHDOG_USEC=%r: not an integer", raw[:40])
        return None
    if usec <= 0:
        return None
    wpid = env.get("WATCHDOG_PID")
    if wpid:
        try:
            if int(wpid) != (os.getpid() if pid is None else pid):
                return None
        except ValueError:
            log.warning("ignoring WATCHDOG_PID=%r: not an integer", wpid[:40])
            return None
    return usec / 1_000_000


class Notifier:
    """Sends ``sd_notify`` messages to one socket; disabled when there is none.

    Build it with :func:`from_env` in the app. ``address`` is the raw
    ``$NOTIFY_SOCKET`` value (``@abstract`` or ``/path``).
    """

    def __init__(self, address: str | None = None, watchdog_timeout_s: float | None = None) -> None:
        self._address = socket_address(address)
        if address and self._address is None:
            log.warning("ignoring NOTIFY_SOCKET=%r: not an absolute path or @abstract name", address[:80])
        self.watchdog_timeout_s = watchdog_timeout_s if self._address else None
        self._sock: socket.socket | None = None
        self._failed = False  # log the first send failure only; the UI keeps running either way
        self.sent = 0

    @property
    def enabled(self) -> bool:
        """True when a notify socket is configured (we run under systemd)."""
        return self._address is not None

    @property
    def watchdog_interval_s(self) -> float | None:
        """How often to send ``WATCHDOG=1``: half the timeout (systemd's advice), or None."""
        return self.watchdog_timeout_s / 2 if self.watchdog_timeout_s else None

    def notify(self, *fields: str) -> bool:
        """Send ``fields`` (``"KEY=VALUE"`` each) as one datagram; True when sent."""
        if self._address is None:
            return False
        for field in fields:
            if "=" not in field or "\n" in field:
                raise ValueError(f"not a single KEY=VALUE field: {field!r}")
        data = "\n".join(fields).encode("utf-8", "replace")
        try:
            if self._sock is None:
                self._sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
                # A full socket buffer must never block the UI thread.
                self._sock.setblocking(False)
            self._sock.sendto(data, self._address)
        except OSError as exc:
            if not self._failed:
                log.warning("sd_notify to %r failed: %s", self._address.replace("\0", "@"), exc)
                self._failed = True
            return False
        self._failed = False
        self.sent += 1
        return True

    def ready(self, status: str | None = None) -> bool:
        """``READY=1`` (plus an optional ``STATUS=``): startup is complete."""
        fields = ["READY=1"]
        if status is not None:
            fields.append("STATUS=" + _one_line(status))
        return self.notify(*fields)

    def watchdog(self) -> bool:
        """``WATCHDOG=1``: the main loop is alive."""
        return self.notify("WATCHDOG=1")

    def status(self, text: str) -> bool:
        """``STATUS=<text>`` shown by ``systemctl status`` (newlines flattened, truncated)."""
        return self.notify("STATUS=" + _one_line(text))

    def stopping(self) -> bool:
        """``STOPPING=1``: a clean shutdown has begun (no watchdog kill while we exit)."""
        return self.notify("STOPPING=1")

    def close(self) -> None:
        """Close the socket (a later send reopens it)."""
        if self._sock is not None:
            self._sock.close()
            self._sock = None


def _one_line(text: str) -> str:
    flat = " ".join(str(text).split())
    return flat[:MAX_STATUS_CHARS]


def from_env(env: Mapping[str, str] | None = None, unset_environment: bool = False) -> Notifier:
    """A :class:`Notifier` for ``$NOTIFY_SOCKET``/``$WATCHDOG_USEC`` (disabled outside systemd).

    ``unset_environment`` removes the variables from ``os.environ`` so child
    processes (map builds, workers) do not ping on our behalf.
    """
    source = os.environ if env is None else env
    notifier = Notifier(source.get("NOTIFY_SOCKET"), watchdog_timeout(source))
    if unset_environment and env is None:
        for key in ("NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"):
            os.environ.pop(key, None)
    return notifier
