"""Opening the broker connection without blocking the event loop.

paho's ``connect``/``reconnect`` resolve the broker's name and open the TCP connection in the calling thread
— up to the connect timeout against an address that never answers, plus DNS. The link's calling thread is
the Qt main thread, so ``Connector`` runs that one step (``open_tcp``) in a worker thread and hands the
connected socket back on the loop, where ``HandoffClient.hand_over`` lets paho take it: from there paho only
sends CONNECT on a non-blocking socket, and the rest of MQTT runs on the loop as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import paho.mqtt.client as mqtt

log = logging.getLogger(__name__)

#: Longest a TCP connect (DNS included) may take before the attempt counts as failed.
CONNECT_TIMEOUT_S = 3.0

#: ``done(sock, error)``: exactly one of them is None.
ConnectDone = Callable[[socket.socket | None, BaseException | None], None]


def open_tcp(host: str, port: int, timeout: float) -> socket.socket:
    """Resolve ``host`` and connect to ``host:port`` (blocking: call it in a worker thread)."""
    sock = socket.create_connection((host, port), timeout=timeout)
    # Small MQTT packets (signals, commands) go out at once instead of waiting for Nagle's timer.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


class HandoffClient(mqtt.Client):
    """paho's client, started on a socket that was connected elsewhere (``hand_over``).

    paho creates its socket in ``_create_socket_connection`` (paho 1.6 … 2.x); this override returns the
    handed-over socket instead of connecting. ``tests/link/test_connector.py`` checks that paho still calls it,
    so a paho release that changes the seam fails the tests instead of blocking the GUI thread again.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._handed_over: socket.socket | None = None

    def hand_over(self, sock: socket.socket) -> mqtt.MQTTErrorCode:
        """Start MQTT on the connected ``sock`` (paho's ``reconnect`` without its own TCP connect)."""
        self._handed_over = sock
        try:
            return self.reconnect()
        finally:
            unused, self._handed_over = self._handed_over, None
            if unused is not None:  # reconnect failed before taking it
                unused.close()

    def _create_socket_connection(self) -> socket.socket:
        sock, self._handed_over = self._handed_over, None
        if sock is None:
            raise OSError("the link opens its connections in a worker thread; none was handed over")
        return sock


class Connector:
    """Runs ``open_tcp`` in one worker thread; the result comes back on ``loop``.

    One attempt at a time. ``cancel()`` makes the attempt in flight void: its socket is closed when it arrives
    (a blocking connect cannot be interrupted, only ignored).
    """

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._pool: ThreadPoolExecutor | None = None
        self._attempt = 0
        self._busy = False

    @property
    def busy(self) -> bool:
        """An attempt is in flight."""
        return self._busy

    def start(self, host: str, port: int, timeout: float, done: ConnectDone) -> None:
        """Connect in the worker; ``done(sock, None)`` or ``done(None, error)`` is called on the loop."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="mqtt-connect")
        self._attempt += 1
        attempt = self._attempt
        self._busy = True
        future = self.loop.run_in_executor(self._pool, open_tcp, host, port, timeout)
        future.add_done_callback(lambda f: self._finished(attempt, f, done))

    def _finished(self, attempt: int, future: asyncio.Future[socket.socket], done: ConnectDone) -> None:
        sock: socket.socket | None = None
        error: BaseException | None = None
        if future.cancelled():
            error = ConnectionAbortedError("connect attempt cancelled")
        elif future.exception() is not None:
            error = future.exception()
        else:
            sock = future.result()
        if attempt != self._attempt:  # cancelled meanwhile: nobody wants this connection
            if sock is not None:
                sock.close()
            return
        self._busy = False
        done(sock, error)

    def cancel(self) -> None:
        """Void the attempt in flight (its socket is closed when the worker returns)."""
        self._attempt += 1
        self._busy = False

    def close(self) -> None:
        """Cancel and let the worker thread end (it finishes a connect in progress first, then exits)."""
        self.cancel()
        if self._pool is not None:
            with contextlib.suppress(RuntimeError):
                self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
