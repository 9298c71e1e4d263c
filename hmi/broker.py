"""Run a local MQTT broker for the demo and the tests.

A real ``mosquitto`` on a free localhost port. Only the desktop demo may fall
back to an embedded broker (amqtt), and only when mosquitto is not installed.
"""

from __future__ import annotations

import logging
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)


class BrokerError(RuntimeError):
    """The broker could not be started."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(host: str, port: int, timeout: float = 10.0) -> None:
    """Block until ``host:port`` accepts TCP connections or raise ``BrokerError``."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection((host, port), timeout=0.2):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise BrokerError(f"broker on {host}:{port} did not come up within {timeout:g} s") from None
            time.sleep(0.02)


def mosquitto_path() -> str | None:
    """Path of the mosquitto binary, or None when it is not installed."""
    return shutil.which("mosquitto") or next(
        (p for p in ("/usr/sbin/mosquitto", "/usr/local/sbin/mosquitto") if Path(p).exists()), None
    )


class Mosquitto:
    """A mosquitto process on 127.0.0.1 with its own config and a free port.

    ``extra_config`` is appended to the generated config (used by the kiosk
    tests for password/ACL files). ``stop()`` then ``start()`` reuses the port,
    which the reconnect tests rely on.
    """

    def __init__(self, port: int | None = None, extra_config: str = "", allow_anonymous: bool = True) -> None:
        binary = mosquitto_path()
        if binary is None:
            raise BrokerError("mosquitto is not installed (apt-get install mosquitto)")
        self.binary = binary
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self._dir = Path(tempfile.mkdtemp(prefix="hmi-mosquitto-"))
        self.config_path = self._dir / "mosquitto.conf"
        self.log_path = self._dir / "mosquitto.log"
        anonymous = "true" if allow_anonymous else "false"
        self.config_path.write_text(
            f"listener {self.port} {self.host}\n"
            f"allow_anonymous {anonymous}\n"
            "persistence false\n"
            "log_dest stderr\n"
            "log_type error\nlog_type warning\nlog_type notice\n"
            f"{extra_config}\n"
        )
        self._proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 10.0) -> Mosquitto:
        """Start the broker and wait until it accepts connections."""
        if self.running:
            return self
        log_file = self.log_path.open("ab")
        self._proc = subprocess.Popen(
            [self.binary, "-c", str(self.config_path)],
            stdout=log_file,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        log_file.close()
        try:
            wait_for_port(self.host, self.port, timeout)
        except BrokerError:
            self.stop()
            output = self.log_path.read_text(errors="replace")[-2000:]
            raise BrokerError(f"mosquitto failed to start: {output}") from None
        return self

    @property
    def running(self) -> bool:
        """True while the mosquitto process is alive."""
        return self._proc is not None and self._proc.poll() is None

    def stop(self) -> None:
        """Terminate the broker (kill after 5 s)."""
        if self._proc is None:
            return
        if self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(5)
        self._proc = None

    def kill(self) -> None:
        """SIGKILL the broker, as a crash would."""
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait(5)
        self._proc = None

    def close(self) -> None:
        """Stop the broker and delete its temporary files."""
        self.stop()
        shutil.rmtree(self._dir, ignore_errors=True)

    def __enter__(self) -> Mosquitto:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()


class EmbeddedBroker:
    """amqtt in a background thread: the demo's fallback when mosquitto is not installed.

    Never used by the tests, which always run the real mosquitto.
    """

    def __init__(self, port: int | None = None) -> None:
        self.host = "127.0.0.1"
        self.port = port or free_port()
        self._thread = None
        self._loop = None
        self._broker = None

    def start(self, timeout: float = 10.0) -> EmbeddedBroker:
        """Start amqtt on ``host:port`` and wait until it accepts connections."""
        import asyncio
        import threading

        try:
            from amqtt.broker import Broker
        except ImportError:
            raise BrokerError("neither mosquitto nor the embedded broker (pip install amqtt) is available") from None
        config = {
            "listeners": {"default": {"type": "tcp", "bind": f"{self.host}:{self.port}"}},
            "auth": {"allow-anonymous": True, "plugins": ["auth_anonymous"]},
            "topic-check": {"enabled": False},
        }

        def serve() -> None:
            self._loop = asyncio.new_event_loop()
            asyncio.set_event_loop(self._loop)
            self._broker = Broker(config, loop=self._loop)
            self._loop.run_until_complete(self._broker.start())
            self._loop.run_forever()

        self._thread = threading.Thread(target=serve, name="embedded-broker", daemon=True)
        self._thread.start()
        wait_for_port(self.host, self.port, timeout)
        return self

    def close(self) -> None:
        """Stop the broker thread."""
        import asyncio

        if self._loop is not None and self._broker is not None:
            fut = asyncio.run_coroutine_threadsafe(self._broker.shutdown(), self._loop)
            try:
                fut.result(5)
            except Exception:  # shutting down anyway
                log.debug("embedded broker shutdown failed", exc_info=True)
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(5)

    stop = close
