"""kiosk/hmi.service under a real systemd: READY after the first frame, restart on crash and on a hung UI.

systemd is not PID 1 in the CI container, but its user manager (``systemd --user``) runs
once ``/run/systemd/system`` exists. The test gives it that in a private mount namespace
(``unshare -m`` + a tmpfs on ``/run/systemd``, invisible to the rest of the machine) and
runs the committed unit there. Kept verbatim from kiosk/hmi.service: every supervision
setting (Type=notify, NotifyAccess=, WatchdogSec=, Restart=, RestartSec=, start limits,
timeouts) and the ExecStart launcher kiosk/hmi-kiosk.sh. Replaced: what only a system
manager on the car has — User=/PAM/TTY/hardening, the env files — and cage (which refuses
root) by a stand-in that, like cage, runs the HMI as its child and exits with it; the
display is a headless weston kiosk shell. The HMI is the real app with its real
sd_notify code, so this is the same chain as on the car:
systemd → launcher → compositor → HMI → READY/WATCHDOG → restart.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from kiosk_fixtures import require_tool

pytestmark = pytest.mark.kiosk

REPO = Path(__file__).resolve().parents[2]
KIOSK = REPO / "kiosk"
SYSTEMD = next((p for p in ("/lib/systemd/systemd", "/usr/lib/systemd/systemd") if Path(p).exists()), None)

# [section] keys copied verbatim from the committed unit (supervision behaviour).
KEEP = {
    "Unit": {"Description", "StartLimitIntervalSec", "StartLimitBurst"},
    "Service": {
        "Type",
        "NotifyAccess",
        "WatchdogSec",
        "WatchdogSignal",
        "TimeoutStartSec",
        "TimeoutStopSec",
        "Restart",
        "RestartSec",
        "RestartPreventExitStatus",
        "KillMode",
        "Environment",
        "ExecStart",
    },
}

CAGE_STANDIN = """#!/bin/sh
# Test stand-in for cage: skip cage's options up to "--", run the app as a child
# (as cage does), pass SIGTERM on, exit with the app's status.
while [ $# -gt 0 ] && [ "$1" != "--" ]; do shift; done
shift
"$@" &
child=$!
trap 'kill -TERM "$child" 2>/dev/null' TERM INT
wait "$child"
status=$?
if kill -0 "$child" 2>/dev/null; then wait "$child"; status=$?; fi
exit "$status"
"""


def parse_unit(text: str) -> list[tuple[str, str, str]]:
    """(section, key, value) for every assignment, in order (systemd allows repeated keys)."""
    section, out = "", []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("["):
            section = line.strip("[]")
            continue
        key, _, value = line.partition("=")
        out.append((section, key.strip(), value.strip()))
    return out


class UserManager:
    """``systemd --user`` in a private mount namespace, driven with ``systemctl --user``."""

    def __init__(self) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="hmi-systemd-"))
        self.runtime = self.base / "run"
        self.units = self.base / "config" / "systemd" / "user"
        self.runtime.mkdir(mode=0o700)
        self.units.mkdir(parents=True)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(self.base),
            "XDG_RUNTIME_DIR": str(self.runtime),
            "XDG_CONFIG_HOME": str(self.base / "config"),
            "XDG_DATA_HOME": str(self.base / "data"),
            "XDG_STATE_HOME": str(self.base / "state"),
        }
        script = (
            "mount -t tmpfs tmpfs /run/systemd 2>/dev/null || mount -t tmpfs tmpfs /run || exit 97; "
            "mkdir -p /run/systemd/system && exec " + str(SYSTEMD) + " --user"
        )
        self.log = (self.base / "manager.log").open("wb")
        # unshare execs sh, which execs systemd: self.proc is the manager, so we can reap it.
        self.proc = subprocess.Popen(
            ["unshare", "-m", "--propagation", "private", "sh", "-c", script],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 20
        while not (self.runtime / "systemd" / "private").exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.close()
                raise RuntimeError("systemd --user did not start")
            time.sleep(0.02)

    def systemctl(self, *args: str, timeout: float = 30, check: bool = True) -> str:
        proc = subprocess.run(
            ["systemctl", "--user", "--no-pager", *args], env=self.env, capture_output=True, text=True, timeout=timeout
        )
        if check and proc.returncode != 0:
            raise AssertionError(f"systemctl {' '.join(args)} failed: {proc.stderr}{proc.stdout}")
        return proc.stdout

    def show(self, unit: str) -> dict[str, str]:
        props = "MainPID,NRestarts,ActiveState,SubState,StatusText,Result,WatchdogUSec,NotifyAccess,Restart"
        out = self.systemctl("show", unit, "-p", props)
        return dict(line.split("=", 1) for line in out.splitlines() if "=" in line)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()  # the manager stops its units, then exits
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.log.close()
        shutil.rmtree(self.base, ignore_errors=True)


@pytest.fixture
def user_manager():
    if os.geteuid() != 0 or SYSTEMD is None or shutil.which("unshare") is None or shutil.which("systemctl") is None:
        pytest.skip("needs root, unshare and systemd (Debian package systemd) for a private systemd --user")
    try:
        manager = UserManager()
    except RuntimeError as exc:
        pytest.skip(f"systemd --user cannot run here (no mount namespace?): {exc}")
    try:
        yield manager
    finally:
        manager.close()


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def hmi_process(main: int) -> int | None:
    """The Python HMI below the service's main process (launcher → compositor → sh → HMI)."""
    todo = [main]
    while todo:
        pid = todo.pop()
        try:
            exe = os.readlink(f"/proc/{pid}/exe")
        except OSError:
            exe = ""
        if "python" in Path(exe).name:
            return pid
        todo.extend(children(pid))
    return None


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_until(predicate, timeout: float, what: str, step: float = 0.1):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(step)


def test_unit_restarts_hmi_after_crash_and_after_hang(user_manager, weston, shipped_broker, tmp_path, capsys):
    committed = parse_unit((KIOSK / "hmi.service").read_text())
    values = {(s, k): v for s, k, v in committed}
    # What the car relies on, checked on the file that ships.
    assert values[("Service", "Type")] == "notify"
    assert values[("Service", "NotifyAccess")] == "all"  # the HMI is cage's child, not the main process
    assert values[("Service", "Restart")] == "always"
    watchdog_s = float(values[("Service", "WatchdogSec")])
    restart_s = float(values[("Service", "RestartSec")])
    assert 0 < watchdog_s <= 30 and restart_s <= 5
    assert values[("Service", "ExecStart")] == "/opt/hmi/kiosk/hmi-kiosk.sh"

    tools = tmp_path / "bin"
    tools.mkdir()
    cage = tools / "cage"
    cage.write_text(CAGE_STANDIN)
    hmi_bin = tools / "hmi"
    hmi_bin.write_text(f'#!/bin/sh\nexec {sys.executable} -m hmi "$@"\n')  # the venv's `hmi` entry point
    for p in (cage, hmi_bin):
        p.chmod(0o755)

    supervised_unit(
        user_manager,
        {
            "HMI_BIN": hmi_bin,
            "HMI_CAGE": cage,
            "HMI_MQTT_PORT": shipped_broker.port,
            "HMI_MQTT_USERNAME": "hmi",
            "HMI_MQTT_PASSWORD": shipped_broker.passwords["hmi"],
            "HMI_DATA_DIR": tmp_path / "data",  # after the committed /var/lib/hmi, so it wins
            "XDG_RUNTIME_DIR": weston.runtime_dir,
            "WAYLAND_DISPLAY": weston.display,
        },
    )

    # Start: with Type=notify, `systemctl start` returns once the HMI sent READY=1 (first frame).
    t0 = time.monotonic()
    user_manager.systemctl("start", "hmi.service", timeout=90)
    start_to_ready_ms = (time.monotonic() - t0) * 1000
    state = user_manager.show("hmi.service")
    assert (state["ActiveState"], state["SubState"], state["NRestarts"]) == ("active", "running", "0"), state
    assert state["StatusText"].startswith("HMI on screen"), state
    assert state["WatchdogUSec"] == f"{watchdog_s:g}s"
    main = int(state["MainPID"])
    app = wait_until(lambda: hmi_process(main), 5, "the HMI process under the compositor")

    # The HMI's pings keep the watchdog happy: same processes well past WatchdogSec.
    time.sleep(watchdog_s * 1.3)
    state = user_manager.show("hmi.service")
    assert (state["MainPID"], state["NRestarts"], state["ActiveState"]) == (str(main), "0", "active"), state
    assert alive(app)

    # Crash: the HMI dies, the compositor exits with it, systemd restarts the service.
    t_crash = time.monotonic()
    os.kill(app, signal.SIGKILL)
    state = wait_until(
        lambda: (s := user_manager.show("hmi.service"))["NRestarts"] == "1" and s["SubState"] == "running" and s,
        restart_s + 60,
        "restart after the crash",
    )
    crash_to_ready_ms = (time.monotonic() - t_crash) * 1000
    main2 = int(state["MainPID"])
    assert main2 != main
    app2 = wait_until(lambda: hmi_process(main2), 5, "the restarted HMI")
    assert app2 != app

    # Hang: a stopped HMI sends no pings; the watchdog kills the service and it comes back.
    t_hang = time.monotonic()
    os.kill(app2, signal.SIGSTOP)
    state = wait_until(
        lambda: (s := user_manager.show("hmi.service"))["NRestarts"] == "2" and s["SubState"] == "running" and s,
        watchdog_s + restart_s + 60,
        "the watchdog restart of the hung HMI",
    )
    hang_to_ready_ms = (time.monotonic() - t_hang) * 1000
    assert hang_to_ready_ms >= (watchdog_s - 1) * 1000  # it was the watchdog, not something sooner
    wait_until(lambda: not alive(app2), 10, "the hung HMI to be killed")
    main3 = int(state["MainPID"])
    assert main3 not in (main, main2)
    assert wait_until(lambda: hmi_process(main3), 5, "the HMI after the watchdog restart")

    user_manager.systemctl("stop", "hmi.service", timeout=30)
    assert user_manager.show("hmi.service")["ActiveState"] == "inactive"

    timing = {
        "app": "hmi-kiosk.sh -> cage stand-in -> hmi run --kiosk",
        "launcher_start_to_ready_ms": round(start_to_ready_ms),
        "crash_to_ready_again_ms": round(crash_to_ready_ms),
        "hang_to_ready_again_ms": round(hang_to_ready_ms),
        "WatchdogSec": watchdog_s,
        "RestartSec": restart_s,
    }
    with capsys.disabled():
        print("\nsystemd supervision timing:", json.dumps(timing))


def supervised_unit(manager: UserManager, extra_env: dict[str, object]) -> None:
    """Install the committed hmi.service (supervision settings only) in ``manager`` as hmi.service."""
    lines, section = [], None
    for s, k, v in parse_unit((KIOSK / "hmi.service").read_text()):
        if k not in KEEP.get(s, set()):
            continue
        if s != section:
            lines.append(f"[{s}]")
            section = s
        if k == "ExecStart":
            v = v.replace("/opt/hmi/kiosk/", f"{KIOSK}/")
        lines.append(f"{k}={v}")
    lines += [f'Environment="{k}={v}"' for k, v in extra_env.items()]
    (manager.units / "hmi.service").write_text("\n".join(lines) + "\n")
    manager.systemctl("daemon-reload")


FAKE_HMI = """#!/bin/sh
# What the launcher hands the HMI: arguments and environment.
{{ echo "args=$*"; echo "platform=$QT_QPA_PLATFORM"; echo "watchdog_pid=${{WATCHDOG_PID:-unset}}"; }} > {report}
exec {python} -c "from hmi import sdnotify; import time; sdnotify.from_env().ready(); time.sleep(0.3)
raise SystemExit({status})"
"""


@pytest.mark.parametrize(("status", "restarted"), [(99, False), (0, True)])
def test_exit_status_decides_restart(user_manager, tmp_path, status, restarted):
    """The service exit status (99) stops the kiosk for a technician; any other exit restarts it."""
    tools = tmp_path / "bin"
    tools.mkdir()
    report = tmp_path / "report"
    (tools / "cage").write_text(CAGE_STANDIN)
    (tools / "hmi").write_text(FAKE_HMI.format(report=report, python=sys.executable, status=status))
    for name in ("cage", "hmi"):
        (tools / name).chmod(0o755)
    supervised_unit(user_manager, {"HMI_BIN": tools / "hmi", "HMI_CAGE": tools / "cage"})
    user_manager.systemctl("start", "hmi.service", timeout=60)
    assert report.read_text().splitlines() == ["args=run --kiosk", "platform=wayland", "watchdog_pid=unset"]
    if restarted:
        state = wait_until(lambda: (s := user_manager.show("hmi.service"))["NRestarts"] != "0" and s, 15, "a restart")
    else:
        state = wait_until(
            lambda: (s := user_manager.show("hmi.service"))["ActiveState"] in ("inactive", "failed") and s,
            15,
            "the service to stay down",
        )
        time.sleep(3)  # longer than RestartSec: still no restart
        state = user_manager.show("hmi.service")
        assert state["NRestarts"] == "0" and state["ActiveState"] in ("inactive", "failed"), state
    user_manager.systemctl("stop", "hmi.service", timeout=30)


def test_units_pass_systemd_analyze_verify(tmp_path):
    require_tool("systemd-analyze", "systemd")
    units = sorted(KIOSK.glob("*.service"))
    assert {u.name for u in units} >= {"hmi.service", "hmi-mosquitto.service", "hmi-agent.service"}
    for unit in units:
        # Point /opt/hmi at the repo and its venv so verify can check the commands exist.
        venv_bin = Path(sys.prefix) / "bin"
        text = unit.read_text().replace("/opt/hmi/kiosk/", f"{KIOSK}/").replace("/opt/hmi/venv/bin/", f"{venv_bin}/")
        target = tmp_path / unit.name
        target.write_text(text)
        proc = subprocess.run(
            ["systemd-analyze", "verify", "--man=no", str(target)], capture_output=True, text=True, timeout=60
        )
        # Unknown keys or bad values are only warnings (exit 0), so any output fails.
        output = (proc.stdout + proc.stderr).strip()
        assert proc.returncode == 0 and not output, f"{unit.name}:\n{output}"
        for _, key, value in parse_unit(text):
            if key == "ExecStart" and value.startswith("/") and " " not in value:
                assert os.access(value, os.X_OK), value


def test_units_agree_with_the_shipped_config():
    hmi = dict(((s, k), v) for s, k, v in parse_unit((KIOSK / "hmi.service").read_text()))
    broker = parse_unit((KIOSK / "hmi-mosquitto.service").read_text())
    execs = [v for s, k, v in broker if k == "ExecStart"]
    assert execs == ["/usr/sbin/mosquitto -c /etc/hmi/mosquitto.conf"]
    assert ("Unit", "Conflicts", "mosquitto.service") in broker
    assert hmi[("Service", "User")] == "hmi"
