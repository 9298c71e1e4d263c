"""kiosk/install.sh (staged into a temp root) and the kiosk shell scripts' syntax."""

from __future__ import annotations

import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from kiosk_fixtures import KIOSK, ShippedBroker, require_tool
from kiosk_mqtt import Client

SCRIPTS = sorted(KIOSK.glob("*.sh"))


def test_scripts_exist_and_are_executable():
    names = {p.name for p in SCRIPTS}
    assert {"hmi-kiosk.sh", "install.sh"} <= names
    for script in SCRIPTS:
        assert os.access(script, os.X_OK), f"{script.name} is not executable"
        assert script.read_text().startswith("#!/bin/bash\n"), script.name


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_bash_syntax(script):
    proc = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True, timeout=30)
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_shellcheck(script):
    require_tool("shellcheck", "shellcheck")
    proc = subprocess.run(["shellcheck", "-x", str(script)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def stage(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(KIOSK / "install.sh"), "--stage", str(root), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def read_env(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text().splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            out[key] = value
    return out


@pytest.fixture
def staged(tmp_path):
    require_tool("mosquitto_passwd", "mosquitto")
    root = tmp_path / "root"
    proc = stage(root, "--bench")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return root


def test_install_stages_app_config_units_and_secret_credentials(staged):
    etc = staged / "etc" / "hmi"
    # What the units need, where they look for it.
    for path in (
        "opt/hmi/hmi/__init__.py",
        "opt/hmi/qml/Main.qml",
        "opt/hmi/kiosk/hmi-kiosk.sh",
        "etc/hmi/mosquitto.conf",
        "etc/hmi/mosquitto.acl",
        "etc/hmi/mosquitto.passwd",
        "etc/pam.d/hmi-kiosk",
        "etc/systemd/system/hmi.service",
        "etc/systemd/system/hmi-mosquitto.service",
        "etc/systemd/system/hmi-agent.service",
        "etc/systemd/system/hmi-sua.service",
    ):
        assert (staged / path).exists(), path
    assert not (staged / "opt/hmi/tests").exists() and not (staged / "opt/hmi/.venv").exists()
    assert (etc / "mosquitto.acl").read_text() == (KIOSK / "acl").read_text()
    assert os.access(staged / "opt/hmi/kiosk/hmi-kiosk.sh", os.X_OK)
    # Code world-readable (the hmi user runs it), secrets root-only.
    assert stat.S_IMODE((staged / "opt/hmi/hmi/__init__.py").stat().st_mode) == 0o644
    for name in ("agent.env", "hmi.env", "updater.env", "mosquitto.passwd"):
        assert stat.S_IMODE((etc / name).stat().st_mode) == 0o600, name
    envs = {user: read_env(etc / f"{user}.env") for user in ("agent", "hmi", "updater")}
    passwords = set()
    for user, env in envs.items():
        assert env["HMI_MQTT_USERNAME"] == user
        assert env["HMI_MQTT_HOST"] == "127.0.0.1" and env["HMI_MQTT_PORT"] == "1883"
        assert len(env["HMI_MQTT_PASSWORD"]) == 32 and env["HMI_MQTT_PASSWORD"].isalnum()
        passwords.add(env["HMI_MQTT_PASSWORD"])
    assert len(passwords) == 3
    # Hashed, never plain text.
    passwd = (etc / "mosquitto.passwd").read_text()
    assert all(p not in passwd for p in passwords)
    assert sorted(line.split(":")[0] for line in passwd.splitlines()) == ["agent", "hmi", "updater"]
    assert not list(etc.glob(".passwd.*")) and not list(etc.glob("*.new"))
    # The generated credentials never end up in the repository.
    assert not list(KIOSK.glob("*.env")) and not (KIOSK / "mosquitto.passwd").exists()


def test_generated_credentials_log_in_to_the_shipped_broker(staged):
    etc = staged / "etc" / "hmi"
    shipped = ShippedBroker(password_file=etc / "mosquitto.passwd")
    try:
        shipped.broker.start()
        for user in ("agent", "hmi", "updater"):
            env = read_env(etc / f"{user}.env")
            client = Client(shipped, user, env["HMI_MQTT_PASSWORD"])
            try:
                assert client.ok, (user, client.rc)
            finally:
                client.close()
        wrong = Client(shipped, "hmi", read_env(etc / "agent.env")["HMI_MQTT_PASSWORD"])
        wrong.close()
        assert wrong.rc.is_failure
    finally:
        shipped.broker.close()
        shutil.rmtree(shipped.tmp, ignore_errors=True)


def test_rerun_keeps_credentials_unless_asked(staged):
    etc = staged / "etc" / "hmi"
    before = (etc / "hmi.env").read_text()
    assert stage(staged).returncode == 0
    assert (etc / "hmi.env").read_text() == before
    assert stage(staged, "--new-credentials").returncode == 0
    assert (etc / "hmi.env").read_text() != before


def test_install_rejects_unknown_options(tmp_path):
    proc = stage(tmp_path / "root", "--frobnicate")
    assert proc.returncode == 2 and "unknown option" in proc.stderr


def test_staged_files_are_where_config_and_units_point(staged):
    conf = (staged / "etc/hmi/mosquitto.conf").read_text()
    for path in re.findall(r"^(?:password_file|acl_file) (\S+)$", conf, re.M):
        assert (staged / path.lstrip("/")).is_file(), path
    for unit in (staged / "etc/systemd/system").glob("*.service"):
        for line in unit.read_text().splitlines():
            key, _, value = line.partition("=")
            if key == "EnvironmentFile" and not value.startswith("-"):
                assert (staged / value.lstrip("/")).is_file(), (unit.name, value)
            if key == "ExecStart" and value.startswith("/opt/hmi/kiosk/"):
                assert os.access(staged / value.split()[0].lstrip("/"), os.X_OK), (unit.name, value)
            if key == "PAMName":
                assert (staged / "etc/pam.d" / value).is_file(), value


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"HMI_CAGE": "/nonexistent/cage"}, "compositor '/nonexistent/cage' not found"),
        ({"HMI_CAGE": "/bin/true", "HMI_BIN": "/nonexistent/hmi"}, "'/nonexistent/hmi' is missing"),
    ],
)
def test_launcher_reports_missing_parts(env, message):
    proc = subprocess.run(
        [str(KIOSK / "hmi-kiosk.sh")], env={"PATH": "/usr/bin:/bin", **env}, capture_output=True, text=True, timeout=30
    )
    assert proc.returncode == 1 and message in proc.stderr, proc.stderr


def test_launcher_reports_a_compositor_that_never_ran_the_hmi(tmp_path):
    # A compositor that exits without starting its client leaves no exit status: that is a failure.
    hmi = tmp_path / "hmi"
    hmi.write_text("#!/bin/sh\nexit 0\n")
    hmi.chmod(0o755)
    env = {"PATH": "/usr/bin:/bin", "HMI_CAGE": "/bin/true", "HMI_BIN": str(hmi), "XDG_RUNTIME_DIR": str(tmp_path)}
    proc = subprocess.run([str(KIOSK / "hmi-kiosk.sh")], env=env, capture_output=True, text=True, timeout=30)
    assert proc.returncode == 1 and "left no exit status" in proc.stderr, proc.stderr
    assert not list(tmp_path.glob("hmi-exit.*"))  # its temp file is cleaned up


CAGE_STANDIN = """#!/bin/sh
# Test stand-in for cage: skip its options up to "--", run the client as a child, exit 0 like cage 0.1.x.
while [ $# -gt 0 ] && [ "$1" != "--" ]; do shift; done
shift
"$@"
exit 0
"""


def run_launcher(tmp_path, status: int, **env: str) -> tuple[subprocess.CompletedProcess[str], list[str]]:
    """kiosk/hmi-kiosk.sh with a stand-in cage and an HMI that reports what it got and exits with ``status``."""
    cage, hmi, report = tmp_path / "cage", tmp_path / "hmi", tmp_path / "report"
    cage.write_text(CAGE_STANDIN)
    hmi.write_text(
        "#!/bin/sh\n"
        f'{{ echo "args=$*"; echo "platform=$QT_QPA_PLATFORM"; echo "scale=${{QT_SCALE_FACTOR:-unset}}";'
        f' echo "watchdog_pid=${{WATCHDOG_PID:-unset}}"; }} > {report}\n'
        f"exit {status}\n"
    )
    for p in (cage, hmi):
        p.chmod(0o755)
    full_env = {"PATH": "/usr/bin:/bin", "HMI_CAGE": str(cage), "HMI_BIN": str(hmi), "XDG_RUNTIME_DIR": str(tmp_path)}
    full_env.update(env)
    proc = subprocess.run(
        [str(KIOSK / "hmi-kiosk.sh"), "--mqtt-port", "1884"], env=full_env, capture_output=True, text=True, timeout=30
    )
    return proc, report.read_text().splitlines()


@pytest.mark.parametrize("status", [0, 3, 99, 134])
def test_launcher_passes_args_env_and_the_hmi_exit_status(tmp_path, status):
    proc, report = run_launcher(tmp_path, status, WATCHDOG_PID="4242", HMI_SCALE="1.5")
    # cage exits 0 whatever happened; the launcher reports the HMI's own status to systemd.
    assert proc.returncode == status, proc.stderr
    assert report == ["args=run --kiosk --mqtt-port 1884", "platform=wayland", "scale=1.5", "watchdog_pid=unset"]
    assert not list(tmp_path.glob("hmi-exit.*"))


@pytest.mark.parametrize("scale", ["abc", "0", "10", "1.5; rm -rf /", "-1", "nan", "1e3", " "])
def test_launcher_ignores_a_bad_scale(tmp_path, scale):
    proc, report = run_launcher(tmp_path, 0, HMI_SCALE=scale)
    assert proc.returncode == 0
    assert "scale=unset" in report
    assert "ignoring HMI_SCALE" in proc.stderr
