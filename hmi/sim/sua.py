"""A stand-in for the Eclipse Leda self-update agent and the Kanto update manager, over MQTT.

It speaks the OTA topics of the agent interface exactly as the HMI expects them:

* publishes the installed software, retained, on ``selfupdate/currentstate`` and answers
  ``selfupdate/currentstate/get`` (and then also replays the current offer, the last feedback and a pending
  consent request with their original timestamps, so a restarted HMI catches up without duplicates);
* publishes a desired-state offer with release notes on ``selfupdate/desiredstate`` and identifies it
  (``IDENTIFYING`` → ``IDENTIFIED``);
* consent mode (default, the update manager's role): asks ``deviceupdate/ownerconsent`` for DOWNLOAD, then
  UPDATE, then ACTIVATE, and carries out each step on ``APPROVED``; command mode: waits for
  ``selfupdate/desiredstate/command``. Both are honoured in either mode;
* realistic feedback on ``selfupdate/desiredstatefeedback``: DOWNLOADING with progress → DOWNLOAD_SUCCESS,
  UPDATING with progress → UPDATE_SUCCESS, ACTIVATING → ACTIVATION_SUCCESS → COMPLETE;
* failure injection: ``download`` (DOWNLOAD_FAILURE), ``update`` (UPDATE_FAILURE), ``activation``
  (ACTIVATION_FAILURE, then the boot-loader falls back: the previous version is reported again — a rollback);
  ``ROLLBACK`` and ``CLEANUP`` commands are honoured.

A separate simulator process, so paho's own network thread (``loop_start``) is used; the steps run on one
worker thread. ``time_scale`` multiplies every delay (0.01 = 100× faster, for tests).

Standalone: ``python -m hmi.sim.sua --mqtt-host H --mqtt-port P [--fail download|update|activation]``.
"""

from __future__ import annotations

import argparse
import logging
import queue
import signal
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import paho.mqtt.client as mqtt

from hmi.link import topics
from hmi.updates import protocol as p

log = logging.getLogger(__name__)

from hmi.sim.scenario import OTA_FAIL_MODES as FAIL_MODES  # noqa: E402  (one source of truth)

DEFAULT_RELEASE_NOTES = """\
What's new in 1.5.0

Navigation
- Charging stops now account for the battery temperature on arrival.
- Faster rerouting after a missed turn.

Battery
- Battery pre-conditioning starts automatically when a fast charger is the destination.
- The range estimate uses the last 50 km of driving.

Fixes
- The tyre pressure warning no longer flickers on cold mornings.
- Improved Bluetooth reconnection.

Install takes about 25 minutes. The car can't be driven during the restart (about 2 minutes).
"""

# Step timings at time_scale 1 (seconds).
IDENTIFY_S = 1.0
DOWNLOAD_STEPS = 10
DOWNLOAD_STEP_S = 1.0
UPDATE_STEPS = 10
UPDATE_STEP_S = 1.5
ACTIVATE_S = 3.0
CONSENT_DELAY_S = 0.5


@dataclass
class SimActivity:
    """The simulator's view of one update activity."""

    activity_id: str
    version: str
    phase: str = "OFFERED"
    """OFFERED, IDENTIFIED, DOWNLOADING, DOWNLOADED, UPDATING, UPDATED, ACTIVATING, DONE, FAILED."""
    pending_consent: str | None = None
    offer_bytes: bytes = b""
    last_feedback: bytes | None = None
    consent_bytes: bytes | None = None
    failed_stage: str = ""
    statuses: list[str] = field(default_factory=list)


class SuaSimulator:
    """Self-update agent + update manager stand-in. ``start()`` connects and (by default) offers an update."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 1883,
        *,
        username: str | None = None,
        password: str | None = None,
        fail: str | None = None,
        time_scale: float = 1.0,
        consent: bool = True,
        auto_offer: bool = True,
        installed_version: str = "1.4.2",
        target_version: str = "1.5.0",
        release_notes: str = DEFAULT_RELEASE_NOTES,
        size_bytes: int = 1_234_000_000,
        estimated_install_s: float = 1500.0,
    ) -> None:
        if fail is not None and fail not in FAIL_MODES:
            raise ValueError(f"fail must be one of {FAIL_MODES}, got {fail!r}")
        if not time_scale > 0:
            raise ValueError("time_scale must be > 0")
        self.host, self.port = host, port
        self.fail = fail
        self.time_scale = time_scale
        self.consent = consent
        self.auto_offer = auto_offer
        self.installed_version = installed_version
        self.target_version = target_version
        self.release_notes = release_notes
        self.size_bytes = size_bytes
        self.estimated_install_s = estimated_install_s
        self.baseline = "self-update"
        self.component_id = "os-image"
        self.activity: SimActivity | None = None
        #: Every valid command / consent answer received, as ("command", "UPDATE") or ("consent", "APPROVED").
        self.received: list[tuple[str, str]] = []
        self._lock = threading.RLock()
        self._jobs: queue.Queue[Callable[[], None] | None] = queue.Queue()
        self._cancel = threading.Event()
        self._stopping = threading.Event()
        self._connected = threading.Event()
        self._last_ts = 0
        self._worker: threading.Thread | None = None
        self._client = mqtt.Client(
            mqtt.CallbackAPIVersion.VERSION2, client_id=f"hmi-sua-sim-{uuid.uuid4().hex[:8]}", clean_session=True
        )
        if username:
            self._client.username_pw_set(username, password)
        self._client.on_connect = self._on_connect
        self._client.on_message = self._on_message

    # ------------------------------------------------------------------------------------- lifecycle

    def start(self, timeout: float = 10.0) -> SuaSimulator:
        """Connect, publish the current state and (if ``auto_offer``) an offer. Raises on connect timeout."""
        self._worker = threading.Thread(target=self._run_jobs, name="sua-sim-worker", daemon=True)
        self._worker.start()
        self._client.connect_async(self.host, self.port, keepalive=30)
        self._client.loop_start()
        if not self._connected.wait(timeout):
            self.stop()
            raise TimeoutError(f"SUA simulator could not connect to {self.host}:{self.port}")
        if self.auto_offer:
            self.offer()
        return self

    def stop(self) -> None:
        """Stop the worker and disconnect."""
        self._stopping.set()
        self._cancel.set()
        self._jobs.put(None)
        if self._worker is not None:
            self._worker.join(5)
        self._client.disconnect()
        self._client.loop_stop()

    def __enter__(self) -> SuaSimulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------------------------- public actions

    def offer(self, version: str | None = None, release_notes: str | None = None) -> str:
        """Publish a new desired state (a new activity), identify it and, in consent mode, ask consent."""
        version = version or self.target_version
        aid = str(uuid.uuid4())
        payload: dict[str, Any] = {
            "domains": [
                {
                    "id": self.baseline,
                    "components": [
                        {
                            "id": self.component_id,
                            "version": version,
                            "config": [
                                {"key": "image", "value": f"https://updates.example.com/os-image-{version}.raucb"}
                            ],
                        }
                    ],
                }
            ],
            "releaseNotes": self.release_notes if release_notes is None else release_notes,
            "sizeBytes": self.size_bytes,
            "estimatedInstallS": self.estimated_install_s,
        }
        with self._lock:
            self._cancel.set()
            act = SimActivity(aid, version)
            act.offer_bytes = p.encode(p.wrap(aid, self._stamp(), payload))
            self.activity = act
        self._publish(topics.SELFUPDATE_DESIRED_STATE, act.offer_bytes)
        self._jobs.put(lambda: self._identify(act))
        return aid

    @property
    def connected(self) -> bool:
        """Connected to the broker right now (paho reconnects by itself after a broker restart)."""
        return self._client.is_connected()

    def statuses(self) -> list[str]:
        """Feedback statuses published for the current activity, in order."""
        with self._lock:
            return list(self.activity.statuses) if self.activity else []

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 10.0) -> bool:
        """Poll ``predicate`` until true or ``timeout``; returns its last value (for tests)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return True
            time.sleep(0.01)
        return predicate()

    # ------------------------------------------------------------------------------------- MQTT

    def _on_connect(self, client: mqtt.Client, userdata: Any, flags: Any, reason_code: Any, properties: Any) -> None:
        if reason_code.is_failure:
            log.error("SUA simulator: connect refused: %s", reason_code)
            return
        client.subscribe(
            [
                (topics.SELFUPDATE_DESIRED_STATE_COMMAND, 1),
                (topics.SELFUPDATE_CURRENT_STATE_GET, 1),
                (topics.OWNER_CONSENT_FEEDBACK, 1),
            ]
        )
        self._publish_current_state()
        self._connected.set()

    def _on_message(self, client: mqtt.Client, userdata: Any, msg: mqtt.MQTTMessage) -> None:
        try:
            parsed = p.parse_message(msg.topic, msg.payload)
        except p.ProtocolError as err:
            log.warning("SUA simulator: rejected message on %s: %s", msg.topic, err)
            return
        if isinstance(parsed, p.CurrentStateGet):
            self._answer_get()  # at once, not behind a running download
        elif isinstance(parsed, p.CommandMessage):
            if parsed.command == p.Command.CLEANUP and self._is_current(parsed.activity_id):
                # stop a running step now; the job below marks the activity done (a late CLEANUP of the previous
                # activity must not stop the one offered since)
                self._cancel.set()
            self._jobs.put(lambda: self._on_command(parsed))
        elif isinstance(parsed, p.ConsentFeedback):
            if parsed.status == p.ConsentStatus.DENIED:
                self._cancel.set()
            self._jobs.put(lambda: self._on_consent(parsed))

    def _is_current(self, activity_id: str) -> bool:
        with self._lock:
            return self.activity is not None and self.activity.activity_id == activity_id

    def _publish(self, topic: str, payload: bytes, retain: bool = False) -> None:
        self._client.publish(topic, payload, qos=1, retain=retain)

    def _stamp(self) -> int:
        with self._lock:
            self._last_ts = max(self._last_ts + 1, int(time.time() * 1000))
            return self._last_ts

    # ------------------------------------------------------------------------------------- worker

    def _run_jobs(self) -> None:
        while not self._stopping.is_set():
            job = self._jobs.get()
            if job is None:
                return
            try:
                job()
            except Exception:  # a bug in one step must not kill the simulator
                log.exception("SUA simulator step failed")

    def _sleep(self, seconds: float) -> bool:
        """Wait scaled time; False when cancelled (CLEANUP, new offer, stop)."""
        return not self._cancel.wait(seconds * self.time_scale)

    def _feedback(self, act: SimActivity, status: str, progress: int = 0, message: str = "") -> None:
        action_status = status if status in p.ACTION_STATUSES else "UPDATING"
        payload = {
            "status": status,
            "message": message,
            "actions": [
                {
                    "component": {"id": self.component_id, "version": act.version},
                    "status": action_status,
                    "progress": progress,
                    "message": message,
                }
            ],
        }
        data = p.encode(p.wrap(act.activity_id, self._stamp(), payload))
        with self._lock:
            act.last_feedback = data
            act.statuses.append(status)
        self._publish(topics.SELFUPDATE_DESIRED_STATE_FEEDBACK, data)

    def _ask_consent(self, act: SimActivity, command: str) -> None:
        if not self.consent or not self._sleep(CONSENT_DELAY_S):
            return
        data = p.encode(p.wrap(act.activity_id, self._stamp(), {"command": command}))
        with self._lock:
            act.pending_consent = command
            act.consent_bytes = data
        self._publish(topics.OWNER_CONSENT, data)

    def _publish_current_state(self) -> None:
        payload = {
            "softwareNodes": [
                {
                    "id": f"{self.baseline}:{self.component_id}",
                    "version": self.installed_version,
                    "name": "OS image",
                    "type": "IMAGE",
                },
                {"id": "self-update-agent", "version": "0.3.0", "name": "Self update agent", "type": "APPLICATION"},
                {"id": "hmi", "version": "0.1.0", "name": "Infotainment", "type": "APPLICATION"},
            ],
            "hardwareNodes": [],
            "associations": [],
        }
        aid = self.activity.activity_id if self.activity else "sua-sim"
        self._publish(topics.SELFUPDATE_CURRENT_STATE, p.encode(p.wrap(aid, self._stamp(), payload)), retain=True)

    def _answer_get(self) -> None:
        self._publish_current_state()
        with self._lock:
            act = self.activity
        if act is None:
            return
        # Replays keep their original timestamps: the HMI drops what it already has as duplicates.
        self._publish(topics.SELFUPDATE_DESIRED_STATE, act.offer_bytes)
        if act.last_feedback is not None:
            self._publish(topics.SELFUPDATE_DESIRED_STATE_FEEDBACK, act.last_feedback)
        if act.pending_consent and act.consent_bytes is not None:
            self._publish(topics.OWNER_CONSENT, act.consent_bytes)

    # ------------------------------------------------------------------------------------- steps

    def _identify(self, act: SimActivity) -> None:
        self._cancel.clear()
        self._feedback(act, "IDENTIFYING")
        if not self._sleep(IDENTIFY_S):
            return
        self._feedback(act, "IDENTIFIED", message=f"os-image {act.version} identified")
        act.phase = "IDENTIFIED"
        self._ask_consent(act, "DOWNLOAD")

    def _current(self, aid: str) -> SimActivity | None:
        act = self.activity
        if act is None or act.activity_id != aid:
            log.warning("SUA simulator: message for unknown activity %s ignored", aid)
            return None
        return act

    def _on_consent(self, msg: p.ConsentFeedback) -> None:
        act = self._current(msg.activity_id)
        if act is None:
            return
        self.received.append(("consent", msg.status.value))
        command, act.pending_consent = act.pending_consent, None
        if command is None:
            log.warning("SUA simulator: consent answer without a pending request ignored")
            return
        if msg.status == p.ConsentStatus.DENIED:
            act.phase = "DONE"
            self._feedback(act, "INCOMPLETE", message="Declined by the owner")
            return
        self._execute(act, command)

    def _on_command(self, msg: p.CommandMessage) -> None:
        act = self._current(msg.activity_id)
        if act is None:
            return
        if msg.baseline != self.baseline:
            log.warning("SUA simulator: command for unknown baseline %s ignored", msg.baseline)
            return
        self.received.append(("command", msg.command.value))
        self._execute(act, msg.command.value)

    def _execute(self, act: SimActivity, command: str) -> None:
        self._cancel.clear()
        if command == "DOWNLOAD" and act.phase in {"IDENTIFIED", "OFFERED"}:
            self._download(act)
        elif command == "UPDATE" and act.phase == "DOWNLOADED":
            self._update(act)
        elif command == "ACTIVATE" and act.phase == "UPDATED":
            self._activate(act)
        elif command == "ROLLBACK" and act.phase in {"UPDATED", "FAILED"}:
            self._rollback(act)
        elif command == "CLEANUP":
            act.phase = "DONE"
            act.pending_consent = None
        else:
            log.info("SUA simulator: %s ignored in phase %s", command, act.phase)

    def _download(self, act: SimActivity) -> None:
        act.phase = "DOWNLOADING"
        for step in range(DOWNLOAD_STEPS + 1):
            progress = round(100 * step / DOWNLOAD_STEPS)
            if self.fail == "download" and progress >= 40:
                self._fail(act, "download", "DOWNLOAD_FAILURE", "Connection to the update server lost")
                return
            self._feedback(act, "DOWNLOADING", progress)
            if step < DOWNLOAD_STEPS and not self._sleep(DOWNLOAD_STEP_S):
                return
        act.phase = "DOWNLOADED"
        self._feedback(act, "DOWNLOAD_SUCCESS", 100)
        self._ask_consent(act, "UPDATE")

    def _update(self, act: SimActivity) -> None:
        act.phase = "UPDATING"
        for step in range(UPDATE_STEPS + 1):
            progress = round(100 * step / UPDATE_STEPS)
            if self.fail == "update" and progress >= 50:
                self._fail(act, "update", "UPDATE_FAILURE", "Writing the new image failed verification")
                return
            self._feedback(act, "UPDATING", progress)
            if step < UPDATE_STEPS and not self._sleep(UPDATE_STEP_S):
                return
        act.phase = "UPDATED"
        self._feedback(act, "UPDATE_SUCCESS", 100)
        self._ask_consent(act, "ACTIVATE")

    def _activate(self, act: SimActivity) -> None:
        act.phase = "ACTIVATING"
        self._feedback(act, "ACTIVATING", 0, "Switching to the new version")
        if not self._sleep(ACTIVATE_S / 2):
            return
        self._feedback(act, "ACTIVATING", 50)
        if not self._sleep(ACTIVATE_S / 2):
            return
        if self.fail == "activation":
            self._fail(act, "activation", "ACTIVATION_FAILURE", "The new version did not pass its boot check")
            # The boot loader falls back to the previous slot by itself.
            if self._sleep(ACTIVATE_S / 2):
                self._publish_current_state()
                self._feedback(act, "INCOMPLETE", message=f"Rolled back to {self.installed_version}")
            return
        self._feedback(act, "ACTIVATION_SUCCESS", 100)
        self.installed_version = act.version
        self._publish_current_state()
        act.phase = "DONE"
        self._feedback(act, "COMPLETE", 100, f"os-image {act.version} is running")

    def _rollback(self, act: SimActivity) -> None:
        act.phase = "DONE"
        self._publish_current_state()
        self._feedback(act, "INCOMPLETE", message=f"Rolled back to {self.installed_version}")

    def _fail(self, act: SimActivity, stage: str, status: str, message: str) -> None:
        act.phase = "FAILED"
        act.failed_stage = stage
        self._feedback(act, status, message=message)
        if stage != "activation":
            self._feedback(act, "INCOMPLETE", message=message)


# ------------------------------------------------------------------------------------------------- CLI


def build_parser(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    """Arguments of the standalone simulator (also used by ``hmi ota-sim``)."""
    from hmi.link.config import add_mqtt_arguments

    parser = parser or argparse.ArgumentParser(prog="python -m hmi.sim.sua", description=__doc__.split("\n")[0])
    add_sua_arguments(parser)
    add_mqtt_arguments(parser)
    return parser


def add_sua_arguments(parser: argparse.ArgumentParser) -> None:
    """The simulator's own options (the broker options come from ``hmi.link.config``)."""
    parser.add_argument("--fail", choices=FAIL_MODES, default=None, help="inject a failure at this step")
    parser.add_argument("--time-scale", type=float, default=1.0, help="multiply every delay (0.1 = 10x faster)")
    parser.add_argument(
        "--no-consent", action="store_true", help="do not ask owner consent; wait for the HMI's commands"
    )
    parser.add_argument("--version", dest="target_version", default="1.5.0", help="version to offer")
    parser.add_argument("--installed-version", default="1.4.2")
    parser.add_argument("--no-offer", action="store_true", help="only publish the current state")


def run(args: argparse.Namespace) -> int:
    """Run the simulator until SIGINT/SIGTERM."""
    from hmi.link.config import config_from_args

    config = config_from_args(args)
    sim = SuaSimulator(
        config.host,
        config.port,
        username=config.username,
        password=config.password,
        fail=args.fail,
        time_scale=args.time_scale,
        consent=not args.no_consent,
        auto_offer=not args.no_offer,
        installed_version=args.installed_version,
        target_version=args.target_version,
    )
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        sim.start()
    except TimeoutError as err:
        log.error("%s", err)
        return 2
    log.info(
        "SUA simulator running on %s:%s (fail=%s, time scale %g)",
        config.host,
        config.port,
        args.fail,
        args.time_scale,
    )
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m hmi.sim.sua``."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    return run(build_parser().parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
