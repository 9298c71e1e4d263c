"""sd_notify protocol (hmi.sdnotify) against a real datagram socket bound by the test."""

from __future__ import annotations

import os
import time

import pytest

from hmi import sdnotify


def wait_for(predicate, timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met within timeout")
        time.sleep(0.01)


def test_ready_status_watchdog_stopping_reach_a_path_socket(notify_listener):
    n = sdnotify.from_env({"NOTIFY_SOCKET": notify_listener.env_value})
    assert n.enabled
    assert n.ready(status="map loaded")
    assert n.watchdog()
    assert n.status("two\nlines")
    assert n.stopping()
    wait_for(lambda: len(notify_listener.texts()) == 4)
    assert notify_listener.texts() == ["READY=1\nSTATUS=map loaded", "WATCHDOG=1", "STATUS=two lines", "STOPPING=1"]
    assert n.sent == 4


def test_abstract_namespace_socket(abstract_notify_listener):
    assert abstract_notify_listener.env_value.startswith("@")
    n = sdnotify.from_env({"NOTIFY_SOCKET": abstract_notify_listener.env_value})
    assert n.ready()
    wait_for(lambda: abstract_notify_listener.texts() == ["READY=1"])


@pytest.mark.parametrize("value", [None, "", "relative/path", "@", "vsock:2:1234"])
def test_noop_without_usable_socket(value):
    env = {} if value is None else {"NOTIFY_SOCKET": value}
    n = sdnotify.from_env(env)
    assert not n.enabled
    assert n.watchdog_interval_s is None
    assert n.ready() is False and n.watchdog() is False and n.stopping() is False


def test_send_failure_is_reported_not_raised(tmp_path, caplog):
    # The supervisor went away: the socket path no longer exists.
    n = sdnotify.Notifier(str(tmp_path / "gone"), watchdog_timeout_s=1.0)
    assert n.enabled
    assert n.watchdog() is False
    assert n.watchdog() is False
    assert sum("sd_notify" in r.message for r in caplog.records) == 1  # logged once, not per ping


def test_status_is_one_short_line(notify_listener):
    n = sdnotify.Notifier(notify_listener.env_value)
    n.status("x" * 10_000 + "\n\r\nSTOPPING=1")
    wait_for(lambda: len(notify_listener.texts()) == 1)
    (text,) = notify_listener.texts()
    assert "\n" not in text and len(text) == len("STATUS=") + sdnotify.MAX_STATUS_CHARS


def test_rejects_injected_fields(notify_listener):
    n = sdnotify.Notifier(notify_listener.env_value)
    with pytest.raises(ValueError):
        n.notify("READY=1\nSTOPPING=1")
    with pytest.raises(ValueError):
        n.notify("READY")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"WATCHDOG_USEC": "2000000"}, 2.0),
        ({"WATCHDOG_USEC": "2000000", "WATCHDOG_PID": str(os.getpid())}, 2.0),
        ({"WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "1"}, None),  # meant for another process
        ({"WATCHDOG_USEC": "0"}, None),
        ({"WATCHDOG_USEC": "-5"}, None),
        ({"WATCHDOG_USEC": "nan"}, None),
        ({"WATCHDOG_USEC": "1e6"}, None),
        ({"WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "abc"}, None),
        ({}, None),
    ],
)
def test_watchdog_timeout_from_env(env, expected):
    assert sdnotify.watchdog_timeout(env) == expected


def test_ping_interval_is_half_the_timeout(notify_listener):
    n = sdnotify.from_env({"NOTIFY_SOCKET": notify_listener.env_value, "WATCHDOG_USEC": "3000000"})
    assert n.watchdog_timeout_s == 3.0
    assert n.watchdog_interval_s == 1.5


def test_watchdog_without_socket_is_off():
    n = sdnotify.from_env({"WATCHDOG_USEC": "3000000"})
    assert n.watchdog_interval_s is None


def test_unset_environment(monkeypatch, notify_listener):
    monkeypatch.setenv("NOTIFY_SOCKET", notify_listener.env_value)
    monkeypatch.setenv("WATCHDOG_USEC", "1000000")
    n = sdnotify.from_env(unset_environment=True)
    assert n.enabled and n.watchdog_interval_s == 0.5
    assert "NOTIFY_SOCKET" not in os.environ and "WATCHDOG_USEC" not in os.environ
