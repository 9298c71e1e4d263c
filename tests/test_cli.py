"""The `hmi` command as a user runs it: no-display message, run/demo lifecycles, screenshots, scenarios."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from hmi.broker import free_port

pytestmark = pytest.mark.timeout(120)
HMI = [sys.executable, "-m", "hmi"]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["HMI_DATA_DIR"] = str(tmp_path / "data")
    env.update(extra)
    return env


class Output:
    """Collects a process's stderr on a thread so tests can wait for a line with a timeout."""

    def __init__(self, proc: subprocess.Popen) -> None:
        self.text = ""
        self._thread = threading.Thread(target=self._pump, args=(proc,), daemon=True)
        self._thread.start()

    def _pump(self, proc: subprocess.Popen) -> None:
        for line in proc.stderr:
            self.text += line

    def wait_for(self, pattern: str, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            m = re.search(pattern, self.text)
            if m:
                return m.group(0)
            time.sleep(0.05)
        raise AssertionError(f"{pattern!r} not seen; output:\n{self.text[-3000:]}")


@pytest.mark.parametrize("command", ["demo", "run"])
def test_no_display_is_one_clear_line(tmp_path: Path, command: str) -> None:
    out = subprocess.run([*HMI, command], capture_output=True, text=True, env=_env(tmp_path), timeout=60)
    assert out.returncode == 2
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "no display" in lines[0] and "xvfb-run" in lines[0]
    assert "Traceback" not in out.stderr


def test_run_against_missing_broker_renders_and_retries(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        [*HMI, "run", "--mqtt-port", str(free_port())],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
    )
    out = Output(proc)
    try:
        out.wait_for(r"first frame after \d+ ms", 30)
        out.wait_for(r"not reachable", 10)
        assert proc.poll() is None, "an unreachable broker must not end the HMI"
        proc.send_signal(signal.SIGINT)
        assert proc.wait(15) == 0
    finally:
        if proc.poll() is None:
            proc.kill()


@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="Xvfb not installed (run.sh installs it)")
def test_demo_runs_on_a_virtual_screen_and_ctrl_c_stops_all_three(tmp_path: Path) -> None:
    proc = subprocess.Popen(
        ["xvfb-run", "-a", "-s", "-screen 0 1280x800x24", *HMI, "demo", "--scenario", "charging-session"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=_env(tmp_path),
        start_new_session=True,
    )
    out = Output(proc)
    try:
        out.wait_for(r"mosquitto on 127\.0\.0\.1:\d+", 30)
        out.wait_for(r"vehicle agent is online", 30)
        children = subprocess.run(
            ["pgrep", "-g", str(proc.pid), "-f", "mosquitto|hmi sim"], capture_output=True, text=True
        ).stdout.split()
        assert len(children) >= 2, "broker and simulated agent run beside the HMI"
        hmi_pid = int(
            subprocess.run(
                ["pgrep", "-g", str(proc.pid), "-f", "python.* -m hmi demo"], capture_output=True, text=True
            ).stdout.split()[-1]
        )
        os.kill(hmi_pid, signal.SIGINT)
        out.wait_for(r"stopped the HMI, the simulated agent and the broker", 20)
        proc.wait(20)
        for pid in children:
            assert not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text()
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)


def test_screenshot_command_writes_a_png(tmp_path: Path) -> None:
    out = tmp_path / "settings.png"
    res = subprocess.run(
        [
            *HMI,
            "screenshot",
            "--page",
            "settings",
            "--size",
            "1024x600",
            "--theme",
            "night",
            "--scenario",
            "charging-session",
            "--at",
            "5",
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=90,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_sim_list_describes_scenarios(tmp_path: Path) -> None:
    res = subprocess.run([*HMI, "sim", "--list"], capture_output=True, text=True, env=_env(tmp_path), timeout=30)
    assert res.returncode == 0
    assert "slow-tyre-leak" in res.stdout and "LWT" in res.stdout


def test_a_reader_that_stops_early_ends_the_listing_quietly(tmp_path: Path) -> None:
    """`hmi sim --list | head -1`: the pipe closes after one line; no BrokenPipe traceback."""
    proc = subprocess.Popen(
        [*HMI, "sim", "--list"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(tmp_path), bufsize=0
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.read(1)  # the first byte, as `head -c1` would
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(30) in (0, 141) and "Traceback" not in err and "BrokenPipe" not in err, err


def test_sim_with_a_bad_scenario_file_fails_cleanly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"name": "x",\n "events": [{"at": "soon", "do": "drive"}]}')
    res = subprocess.run(
        [*HMI, "sim", "--scenario", str(bad)], capture_output=True, text=True, env=_env(tmp_path), timeout=30
    )
    assert res.returncode == 2 and "events[0].at" in res.stderr and "Traceback" not in res.stderr


def test_bad_port_environment_is_a_clear_error(tmp_path: Path) -> None:
    res = subprocess.run(
        [*HMI, "run"],
        capture_output=True,
        text=True,
        env=_env(tmp_path, QT_QPA_PLATFORM="offscreen", HMI_MQTT_PORT="eighty"),
        timeout=30,
    )
    assert res.returncode != 0 and "HMI_MQTT_PORT" in res.stderr and "Traceback" not in res.stderr
