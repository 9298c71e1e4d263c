"""Helpers of the kiosk tests: a test ``NOTIFY_SOCKET``, the shipped broker, a headless weston."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from hmi.broker import Mosquitto, free_port

KIOSK = Path(__file__).resolve().parents[2] / "kiosk"


def require_tool(tool: str, package: str) -> str:
    """The path of ``tool``; fails the test when it is missing (``run.sh`` installs every tool the suite needs,
    so a missing one is a broken setup, not a reason to skip)."""
    path = shutil.which(tool)
    if path is None:
        import pytest

        pytest.fail(f"{tool} is not installed (Debian package {package}; ./run.sh test installs it)", pytrace=False)
    return path


USERS = ("agent", "hmi", "updater")


class NotifyListener:
    """A bound ``AF_UNIX`` datagram socket standing in for systemd's notify socket.

    ``messages`` holds ``(monotonic time, text)`` for every datagram, filled by a
    reader thread so the Qt main loop under test is never involved.
    """

    def __init__(self, abstract: bool = False) -> None:
        self._dir = tempfile.mkdtemp(prefix="hmi-notify-")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        if abstract:
            name = f"hmi-test-notify-{os.getpid()}-{time.monotonic_ns()}"
            self.sock.bind("\0" + name)
            self.env_value = "@" + name
        else:
            path = os.path.join(self._dir, "notify")
            self.sock.bind(path)
            self.env_value = path
        self.sock.settimeout(0.05)
        self.messages: list[tuple[float, str]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        while not self._stop.is_set():
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                self.messages.append((time.monotonic(), data.decode("utf-8", "replace")))

    def texts(self) -> list[str]:
        """All datagrams received so far, in order."""
        with self._lock:
            return [m for _, m in self.messages]

    def times_of(self, field: str) -> list[float]:
        """Arrival times of datagrams containing the line ``field``."""
        with self._lock:
            return [t for t, m in self.messages if field in m.split("\n")]

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()
        for p in Path(self._dir).glob("*"):
            p.unlink()
        os.rmdir(self._dir)


def shipped_config(port: int, password_file: Path, state_dir: Path) -> str:
    """``kiosk/mosquitto.conf`` with only the port and the file paths changed for a test run.

    The ACL path points at the committed ``kiosk/acl`` itself, so the tests check what ships.
    """
    out = []
    replaced = set()
    for line in (KIOSK / "mosquitto.conf").read_text().splitlines():
        key = line.split(" ", 1)[0]
        if key == "listener":
            assert line == "listener 1883 127.0.0.1", "the shipped listener must be loopback-only"
            line = f"listener {port} 127.0.0.1"
        elif key == "password_file":
            line = f"password_file {password_file}"
        elif key == "acl_file":
            line = f"acl_file {KIOSK / 'acl'}"
        elif key == "persistence_location":
            line = f"persistence_location {state_dir}/"
        else:
            out.append(line)
            continue
        replaced.add(key)
        out.append(line)
    assert replaced == {"listener", "password_file", "acl_file", "persistence_location"}, replaced
    return "\n".join(out) + "\n"


class ShippedBroker:
    """A real mosquitto running the shipped config, with fresh credentials for each user."""

    def __init__(self, password_file: Path | None = None) -> None:
        """Fresh passwords for agent/hmi/updater, or ``password_file`` as it is (e.g. from install.sh)."""
        # mosquitto started as root drops privileges to the "mosquitto" user before reading the
        # password file, so the files live outside pytest's root-only tmp tree.
        self.tmp = tmp = Path(tempfile.mkdtemp(prefix="hmi-kiosk-broker-"))
        tmp.chmod(0o755)
        self.passwords = {user: secrets.token_urlsafe(16) for user in USERS}
        passwd = tmp / "passwd"
        if password_file is not None:
            shutil.copyfile(password_file, passwd)
        for i, user in enumerate(() if password_file is not None else USERS):
            flags = ["-b", "-c"] if i == 0 else ["-b"]
            subprocess.run(
                ["mosquitto_passwd", *flags, str(passwd), user, self.passwords[user]],
                check=True,
                capture_output=True,
                timeout=30,
            )
        state = tmp / "state"
        state.mkdir()
        state.chmod(0o777)
        passwd.chmod(0o644)
        self.broker = Mosquitto(port=free_port())
        # Replace the generated config with the shipped one; start/stop/log handling stay the broker's.
        self.broker.config_path.write_text(shipped_config(self.broker.port, passwd, state))
        self.host = self.broker.host
        self.port = self.broker.port

    def log(self) -> str:
        return self.broker.log_path.read_text(errors="replace")


class Weston:
    """A headless weston with the kiosk shell: the CI stand-in for cage on the car.

    ``weston --backend=headless-backend.so --shell=kiosk-shell.so --use-pixman``
    runs as root (cage refuses to) and needs no GPU. ``env`` holds what a client
    needs (``XDG_RUNTIME_DIR`` a private 0700 dir, ``WAYLAND_DISPLAY``).
    """

    def __init__(self, width: int = 1280, height: int = 800) -> None:
        self.binary = shutil.which("weston")
        if self.binary is None:
            raise FileNotFoundError("weston is not installed (apt-get install weston)")
        self.runtime_dir = Path(tempfile.mkdtemp(prefix="hmi-weston-"))
        self.runtime_dir.chmod(0o700)
        self.display = f"hmi-test-{os.getpid()}"
        self.socket_path = self.runtime_dir / self.display
        self.log_path = self.runtime_dir / "weston.log"
        self.width, self.height = width, height
        self.proc: subprocess.Popen[bytes] | None = None
        self.startup_s: float | None = None
        self.env = {"XDG_RUNTIME_DIR": str(self.runtime_dir), "WAYLAND_DISPLAY": self.display}

    def start(self, timeout: float = 20.0) -> Weston:
        """Start weston and wait until its Wayland socket accepts connections."""
        env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "DISPLAY")}
        env["XDG_RUNTIME_DIR"] = str(self.runtime_dir)
        t0 = time.monotonic()
        with self.log_path.open("wb") as log_file:
            self.proc = subprocess.Popen(
                [
                    self.binary,
                    "--backend=headless-backend.so",
                    "--shell=kiosk-shell.so",
                    "--use-pixman",
                    f"--socket={self.display}",
                    f"--width={self.width}",
                    f"--height={self.height}",
                    "--idle-time=0",  # never blank, as on the car
                ],
                env=env,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
            )
        deadline = t0 + timeout
        while True:
            if self.proc.poll() is not None:
                raise RuntimeError(f"weston exited with {self.proc.returncode}: {self.log()[-2000:]}")
            if self.socket_path.exists():
                try:
                    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
                        s.connect(str(self.socket_path))
                    break
                except OSError:
                    pass
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"weston socket did not appear within {timeout} s: {self.log()[-2000:]}")
            time.sleep(0.01)
        self.startup_s = time.monotonic() - t0
        return self

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.runtime_dir, ignore_errors=True)
