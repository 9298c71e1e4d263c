"""Stopping the demo: Ctrl+C or SIGTERM to its process group, or its X server going away, stops the HMI, the
simulated car and the broker quietly — no traceback, no process left, no temporary broker folder left."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.timeout(180)]


def _start_demo(tmp_path: Path, offline_map: Path, env_extra: dict[str, str]) -> tuple[subprocess.Popen, Path, Path]:
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    err = tmp_path / "stderr.txt"
    env = {
        **os.environ,
        "HMI_MAP_DIR": str(offline_map),
        "HMI_DATA_DIR": str(tmp_path / "data"),
        "TMPDIR": str(tmp),
        **env_extra,
    }
    with err.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "hmi", "demo"],
            stdin=subprocess.DEVNULL,
            stdout=sink,
            stderr=sink,
            env=env,
            start_new_session=True,  # its own process group, as a terminal gives it
        )
    deadline = time.monotonic() + 90
    while "first frame" not in err.read_text(errors="replace"):
        assert proc.poll() is None, err.read_text(errors="replace")[-3000:]
        assert time.monotonic() < deadline, "the demo did not show its first frame"
        time.sleep(0.2)
    time.sleep(2)  # the simulated car is driving its scenario
    return proc, err, tmp


def _group_gone(pgid: int, timeout: float = 20) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.2)
    return False


def _after(text: str, marker: str) -> str:
    return text[text.index(marker) :] if marker in text else text


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_a_signal_to_the_process_group_stops_everything_quietly(tmp_path, offline_map, signum) -> None:
    proc, err, tmp = _start_demo(tmp_path, offline_map, {"QT_QPA_PLATFORM": "offscreen"})
    pgid = os.getpgid(proc.pid)
    try:
        os.killpg(pgid, signum)
        assert proc.wait(60) == 0
        assert _group_gone(pgid), "a process of the demo outlived it"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(pgid, signal.SIGKILL)
    out = _after(err.read_text(errors="replace"), "first frame")
    assert "Traceback" not in out and "Error" not in out, out[-3000:]
    assert "stopped the HMI, the simulated agent and the broker" in out
    assert not list(tmp.glob("hmi-mosquitto-*")), "the broker's temporary folder was left behind"


# The OpenGL scene graph (Mesa on Xvfb) learns of the dead display through libX11 on its render thread, the
# software one through Qt's xcb plugin on the GUI thread: both must stop everything the same way.
@pytest.mark.parametrize(
    "backend",
    [{"QT_QUICK_BACKEND": "software"}, {"QT_QUICK_BACKEND": "rhi", "QSG_RHI_BACKEND": "opengl"}],
    ids=["software", "opengl"],
)
def test_the_x_server_going_away_stops_everything_quietly(tmp_path, offline_map, backend: dict[str, str]) -> None:
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed (Debian package xvfb; ./run.sh test installs it)", pytrace=False)
    display = f":{100 + os.getpid() % 400}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        time.sleep(1)
        env = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display, **backend}
        proc, err, tmp = _start_demo(tmp_path, offline_map, env)
        pgid = os.getpgid(proc.pid)
        xvfb.terminate()
        xvfb.wait(10)
        proc.wait(60)
        assert _group_gone(pgid), "the simulated car or the broker outlived the demo"
    finally:
        if xvfb.poll() is None:
            xvfb.kill()
    out = _after(err.read_text(errors="replace"), "first frame")
    assert "Traceback" not in out, out[-3000:]
    assert "the display went away" in out, out[-3000:]
    assert "stopped the HMI, the simulated agent and the broker" in out, out[-3000:]
    # Qt's exit from libX11's thread destroyed Qt objects on the wrong thread; the demo now ends first.
    assert "Timers cannot be stopped from another thread" not in out, out[-3000:]
    assert proc.returncode == 1, proc.returncode
    assert not list(tmp.glob("hmi-mosquitto-*")), "the broker's temporary folder was left behind"
