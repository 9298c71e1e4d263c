"""The OTA update state machine: offer → consent → download → install → restart → result.

Pure Python, no MQTT and no Qt. Inputs are validated protocol messages (``hmi.updates.protocol``), driver
taps, a clock tick and the vehicle conditions; every input returns a list of effects: ``Publish`` (a message
for the link to send) and ``Notice`` (a sentence for the driver). Time is always passed in (``now``, unix
seconds), so the machine is deterministic and testable.

Two ways of driving the self-update agent are supported, per activity:

* command flow — no update manager asks for consent: the HMI sends ``DOWNLOAD``/``UPDATE``/``ACTIVATE``
  commands on ``selfupdate/desiredstate/command`` after the driver's taps;
* consent flow — a Kanto update manager asks ``deviceupdate/ownerconsent`` for each step; the HMI answers
  ``APPROVED``/``DENIED`` on ``deviceupdate/ownerconsentfeedback`` after the driver's taps.

Safety (the contract's rules) is enforced in one place, ``_send``: every command and every consent answer
goes through it, whatever the messages or the taps say. It judges the vehicle conditions as a
:class:`~hmi.vehicle.freshness.SafetyInputs` snapshot: parked, not moving and above the SoC floor on *fresh*
data from an online agent over a live link — and only while that snapshot is still valid at the moment of
sending (a scheduled install, a tap a few seconds later, never rests on data that went stale meanwhile).
"""

from __future__ import annotations

import logging
import math
import time
import uuid
from collections import deque
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from hmi.link import topics
from hmi.link.signals import GEAR_PARK, MOVING_SPEED_KMH, is_moving
from hmi.updates import protocol as p
from hmi.updates import texts as tx
from hmi.updates.texts import ota
from hmi.vehicle.freshness import OTA_SIGNALS, SafetyInputs

log = logging.getLogger(__name__)

#: Default battery floor for installing and restarting (a setting).
DEFAULT_SOC_FLOOR = 30.0
#: How far ahead an install can be scheduled.
MAX_SCHEDULE_AHEAD_S = 14 * 24 * 3600
#: No feedback for this long while the agent is working → ask it for its state again (and tell the driver).
STALL_S = 120.0
#: States in which the agent is working and feedback is expected.
WORKING_STATES = frozenset({"DOWNLOADING", "INSTALLING", "ACTIVATING"})
#: How many finished activity ids are remembered, so replayed offers are not shown again.
FINISHED_MEMORY = 32


class State(str, Enum):
    """What the Updates page shows."""

    IDLE = "IDLE"
    OFFERED = "OFFERED"  # desired state received, waiting for the driver
    CONSENT_REQUESTED = "CONSENT_REQUESTED"  # the update manager asks consent, waiting for the driver
    DOWNLOADING = "DOWNLOADING"
    DOWNLOADED = "DOWNLOADED"
    SCHEDULED = "SCHEDULED"
    WAITING_CONDITIONS = "WAITING_CONDITIONS"
    INSTALLING = "INSTALLING"
    AWAITING_ACTIVATION = "AWAITING_ACTIVATION"  # "restart to finish"
    ACTIVATING = "ACTIVATING"
    SUCCESS = "SUCCESS"
    FAILED = "FAILED"
    DECLINED = "DECLINED"


class Goal(str, Enum):
    """What the driver asked for with a tap."""

    NONE = "NONE"
    INSTALL_NOW = "INSTALL_NOW"
    SCHEDULED = "SCHEDULED"


#: States in which the driver's decision is still open (prompt, badge).
PROMPT_STATES = frozenset({State.OFFERED, State.CONSENT_REQUESTED})
TERMINAL_STATES = frozenset({State.IDLE, State.SUCCESS, State.FAILED, State.DECLINED})
#: States in which a newer offer may replace the current one.
REPLACEABLE_STATES = TERMINAL_STATES | PROMPT_STATES
#: States in which the downloaded update waits for the install step.
DOWNLOADED_STATES = frozenset({State.DOWNLOADED, State.SCHEDULED, State.WAITING_CONDITIONS})
#: Commands that change what the car runs: gated on parked + SoC floor.
GATED_COMMANDS = frozenset({p.Command.UPDATE, p.Command.ACTIVATE, p.Command.ROLLBACK})


@dataclass(frozen=True)
class Publish:
    """A message for the link to publish (QoS 1, not retained)."""

    topic: str
    payload: dict[str, Any]
    qos: int = 1
    retain: bool = False


@dataclass(frozen=True)
class Notice:
    """A sentence for the driver (banner / notification): a translatable ``Text`` from ``hmi.updates.texts``."""

    text: str


Effect = Publish | Notice


@dataclass
class Activity:
    """Everything known about the current update activity."""

    activity_id: str
    baseline: str
    version: str
    component_id: str
    release_notes: str = ""
    size_bytes: int | None = None
    estimated_install_s: float | None = None
    previous_version: str | None = None
    last_ts: dict[str, int] = field(default_factory=dict)
    """Last accepted timestamp per topic (publishers have their own clocks)."""
    authorised: set[str] = field(default_factory=set)
    """Commands the driver has authorised with a tap."""
    pending_consent: str | None = None
    """Command the update manager asked consent for and has not been answered."""
    consent_flow: bool = False
    download_started: bool = False
    identified: bool = False
    activation_succeeded: bool = False
    failed: bool = False
    failure_stage: str = ""
    rollback_sent: bool = False


class UpdateMachine:
    """The OTA state machine. Every public method returns the effects to carry out, in order."""

    def __init__(self, soc_floor: float = DEFAULT_SOC_FLOOR) -> None:
        self.soc_floor = soc_floor
        self.state = State.IDLE
        self.activity: Activity | None = None
        self.goal = Goal.NONE
        self.scheduled_at: float | None = None
        self.progress = 0
        self.reasons: tuple[str, ...] = ()
        """Why the install waits (translatable texts, ``blocking_reasons``)."""
        self.waited_for: set[str] = set()
        self.failure_reason: str = ""
        """The failure sentence (a translatable text)."""
        self.rolled_back = False
        self.notice: str = ""
        """The latest sentence for the driver (a translatable text)."""
        self.snoozed = False
        self.snooze_saw_moving = False
        self.inputs = SafetyInputs.unknown()
        """The vehicle conditions the safety rules look at (fresh values only; see ``set_conditions``)."""
        self.was_moving: bool | None = None
        self.installed: tuple[p.SoftwareNode, ...] = ()
        self.current_state_ts = -1
        self.finished: deque[str] = deque(maxlen=FINISHED_MEMORY)
        self.last_rejection = ""
        self.rejections = 0
        self._out_ts = 0
        self.last_heard: float | None = None
        """Our clock when the last feedback for the activity was accepted (stall detection)."""

    # ------------------------------------------------------------------------------------------ queries

    def conditions(self, now: float) -> tuple[float | None, int | None, float | None]:
        """Speed, gear and SoC the rules may use at ``now``: all None unless the inputs are usable then."""
        inp = self.inputs
        if not inp.usable(now):
            return None, None, None
        speed, gear, soc = (inp.get(path) for path in OTA_SIGNALS)
        return _finite(speed), _int_or_none(gear), _finite(soc)

    def blocking_reasons(self, now: float) -> tuple[str, ...]:
        """Why UPDATE/ACTIVATE/ROLLBACK may not go out at ``now`` (empty = allowed), as translatable texts.

        Without fresh data there is one reason — no current data — since the others cannot be judged.
        """
        speed, gear, soc = self.conditions(now)
        if speed is None or gear is None or soc is None:
            return (ota(tx.NO_CURRENT_DATA),)
        reasons: list[str] = []
        if speed > MOVING_SPEED_KMH:
            reasons.append(ota(tx.MOVING))
        elif gear != GEAR_PARK:
            reasons.append(ota(tx.NOT_PARKED))
        if soc < self.soc_floor:
            reasons.append(ota(tx.LOW_BATTERY, soc=tx.percent(self.soc_floor)))
        return tuple(reasons)

    def conditions_ok(self, now: float) -> bool:
        """True when fresh data at ``now`` says parked, not moving and at or above the SoC floor."""
        speed, gear, soc = self.conditions(now)
        return (
            not is_moving(speed, gear) and soc is not None and soc >= self.soc_floor and not self.blocking_reasons(now)
        )

    @property
    def badge(self) -> bool:
        """True while something needs the driver: an open offer, a restart to finish, a wait."""
        return self.state in PROMPT_STATES | {State.DOWNLOADED, State.WAITING_CONDITIONS, State.AWAITING_ACTIVATION}

    @property
    def prompt(self) -> bool:
        """True when the "update available" notification should be up (not snoozed with "Later")."""
        return self.badge and not self.snoozed

    def allowed_taps(self) -> frozenset[str]:
        """Taps that make sense in the current state (the UI enables only these buttons)."""
        s = self.state
        taps: set[str] = set()
        if s in PROMPT_STATES or s in DOWNLOADED_STATES:
            taps |= {"install_now", "schedule"}
        if s in PROMPT_STATES or s == State.DOWNLOADED:
            taps.add("later")
        if s == State.DOWNLOADING:
            taps |= {"install_now", "schedule"}
        if s == State.AWAITING_ACTIVATION:
            taps |= {"activate", "later"}
        if s not in TERMINAL_STATES and s != State.ACTIVATING:
            taps.add("decline")
        if s == State.FAILED and self._can_rollback():
            taps.add("rollback")
        if s in {State.SUCCESS, State.FAILED, State.DECLINED}:
            taps.add("dismiss")
        return frozenset(taps)

    def _can_rollback(self) -> bool:
        a = self.activity
        return (
            a is not None
            and a.failure_stage in {"update", "activation"}
            and not self.rolled_back
            and not a.rollback_sent
        )

    # ------------------------------------------------------------------------------------------ inputs

    def start(self, now: float) -> list[Effect]:
        """After (re)start: ask the agent to republish its current state so the screen resyncs."""
        aid = self.activity.activity_id if self.activity else f"hmi-{uuid.uuid4()}"
        return [Publish(topics.SELFUPDATE_CURRENT_STATE_GET, p.build_current_state_get(aid, self._stamp(now)))]

    def handle(self, msg: p.Message, topic: str, now: float) -> list[Effect]:
        """Feed one validated message (from ``protocol.parse_message``) received on ``topic``."""
        if isinstance(msg, p.DesiredState):
            return self._on_desired_state(msg, topic, now)
        if isinstance(msg, p.CurrentState):
            return self._on_current_state(msg)
        if isinstance(msg, p.Feedback | p.ConsentRequest):
            if not self._accept_for_activity(msg, topic):
                return []
            if isinstance(msg, p.Feedback):
                return self._on_feedback(msg, now)
            return self._on_consent_request(msg, now)
        # Our own outgoing messages (commands, consent answers, get requests) echo back on the wildcards.
        log.debug("ignoring %s on %s (HMI-side message)", type(msg).__name__, topic)
        return []

    def set_vehicle(self, speed_kmh: float | None, gear: int | None, soc: float | None, now: float) -> list[Effect]:
        """Vehicle conditions measured fresh at ``now`` (None = not fresh / unknown): ``set_conditions`` with a
        snapshot valid for ``SAFETY_MAX_AGE_S``, as a caller that judged freshness itself would give it."""
        return self.set_conditions(SafetyInputs.measured(now, speed=speed_kmh, gear=gear, soc=soc), now)

    def set_conditions(self, inputs: SafetyInputs, now: float) -> list[Effect]:
        """New vehicle conditions (the link's ``safety_inputs(OTA_SIGNALS)``). Re-checks a waiting install;
        detects the end of a drive."""
        self.inputs = inputs
        effects: list[Effect] = []
        speed, gear, _soc = self.conditions(now)
        moving = is_moving(speed, gear)
        known = speed is not None and gear is not None
        if known:
            if self.snoozed and moving:
                self.snooze_saw_moving = True
            if self.snoozed and self.snooze_saw_moving and not moving and self.was_moving:
                # "Later" = remind at the end of the next drive (moving → parked).
                self.snoozed = False
                self.snooze_saw_moving = False
                if self.badge and self.activity:
                    effects.append(self._notice(ota(tx.READY, version=self.activity.version)))
            self.was_moving = moving
        if self.state == State.WAITING_CONDITIONS:
            effects += self._advance(now)
        return effects

    def tick(self, now: float) -> list[Effect]:
        """Clock tick: starts a scheduled install when its time has come (after re-checking the rules).

        Also notices a stalled agent (no feedback for ``STALL_S`` while it should be working) and asks it to
        resync — a request for information, never a command.
        """
        if self.state.value in WORKING_STATES:
            if self.last_heard is None or now < self.last_heard:
                self.last_heard = now
            elif now - self.last_heard >= STALL_S:
                self.last_heard = now
                return [*self.start(now), self._notice(ota(tx.STALLED))]
        if self.state == State.SCHEDULED and self.scheduled_at is not None and now >= self.scheduled_at:
            return self._advance(now)
        if self.state == State.WAITING_CONDITIONS:
            return self._advance(now)
        return []

    # ------------------------------------------------------------------------------------------ taps

    def install_now(self, now: float) -> list[Effect]:
        """Driver tapped "Install now": download (if needed), then install as soon as the rules allow."""
        if not self._tap_ok("install_now"):
            return []
        self.goal = Goal.INSTALL_NOW
        self.scheduled_at = None
        return self._authorise_install(now)

    def schedule(self, at: float, now: float) -> list[Effect]:
        """Driver picked a time: download now, install at ``at`` (unix seconds) after re-checking the rules."""
        if not self._tap_ok("schedule"):
            return []
        if not math.isfinite(at) or at <= now or at > now + MAX_SCHEDULE_AHEAD_S:
            self.last_rejection = f"schedule time {at!r} is not within the next 14 days"
            log.warning("schedule rejected: %s", self.last_rejection)
            return [self._notice(ota(tx.PICK_WITHIN))]
        self.goal = Goal.SCHEDULED
        self.scheduled_at = float(at)
        effects = [self._notice(ota(tx.SCHEDULED_FOR, **tx.when(at)))]
        return effects + self._authorise_install(now)

    def later(self, now: float) -> list[Effect]:
        """Driver tapped "Later": hide the prompt until the end of the next drive. Nothing is answered."""
        if not self._tap_ok("later"):
            return []
        self.snoozed = True
        # Tapped during a drive: the reminder comes when this drive ends.
        speed, gear, _soc = self.conditions(now)
        self.snooze_saw_moving = speed is not None and gear is not None and is_moving(speed, gear)
        return [self._notice(ota(tx.REMIND_LATER))]

    def decline(self, now: float) -> list[Effect]:
        """Driver declined: deny a pending consent, discard anything downloaded. Allowed in any condition."""
        if not self._tap_ok("decline"):
            return []
        a = self._act()
        effects: list[Effect] = []
        if a.pending_consent:
            effects += self._send_consent(p.ConsentStatus.DENIED, a.pending_consent, now, tapped=True)
        if a.download_started:
            effects += self._send_command(p.Command.CLEANUP, now, tapped=True)
        a.authorised.clear()
        self._finish(State.DECLINED)
        return [*effects, self._notice(ota(tx.DECLINED, version=a.version))]

    def activate(self, now: float) -> list[Effect]:
        """Driver tapped "Restart to finish": ACTIVATE (or approve it) when parked and above the SoC floor."""
        if not self._tap_ok("activate"):
            return []
        a = self._act()
        reasons = self.blocking_reasons(now)
        if reasons:
            # Refuse, and do not keep the tap: the driver taps again when the car is ready.
            return [self._notice(ota(tx.CANT_RESTART, reasons=tx.and_list(reasons)))]
        a.authorised.add(p.Command.ACTIVATE.value)
        self.snoozed = False
        if a.consent_flow:
            if a.pending_consent == p.Command.ACTIVATE.value:
                return self._start_activation(now)
            return [self._notice(ota(tx.RESTART_WHEN_READY))]
        return self._start_activation(now)

    def rollback(self, now: float) -> list[Effect]:
        """Driver asked to restore the previous version after a failed install or restart."""
        if not self._tap_ok("rollback"):
            return []
        reasons = self.blocking_reasons(now)
        if reasons:
            return [self._notice(ota(tx.CANT_RESTORE, reasons=tx.and_list(reasons)))]
        a = self._act()
        a.authorised.add(p.Command.ROLLBACK.value)
        effects = self._send_command(p.Command.ROLLBACK, now, tapped=True)
        if effects:
            a.rollback_sent = True
            effects.append(self._notice(ota(tx.RESTORING)))
        return effects

    def dismiss(self, now: float) -> list[Effect]:
        """Driver closed the result screen: clean up on the agent and go back to idle."""
        if not self._tap_ok("dismiss"):
            return []
        effects: list[Effect] = []
        a = self.activity
        if a is not None and self.state in {State.SUCCESS, State.FAILED} and not a.consent_flow:
            effects += self._send_command(p.Command.CLEANUP, now, tapped=True)
        if a is not None:
            self.finished.append(a.activity_id)
        self.activity = None
        self._reset_progress()
        self.state = State.IDLE
        self.failure_reason = ""
        self.rolled_back = False
        self.notice = ""
        return effects

    # ------------------------------------------------------------------------------------------ messages

    def _on_desired_state(self, msg: p.DesiredState, topic: str, now: float) -> list[Effect]:
        a = self.activity
        if a is not None and msg.activity_id == a.activity_id:
            if not self._in_order(a, topic, msg.timestamp):
                return []
            if self.state in PROMPT_STATES:
                # The same offer re-sent with fresher details (e.g. corrected notes).
                a.release_notes = msg.release_notes or ""
                a.size_bytes = msg.size_bytes
                a.estimated_install_s = msg.estimated_install_s
            return []
        if msg.activity_id in self.finished:
            return self._reject(f"activity {msg.activity_id!r} is already finished")
        if a is not None and self.state not in REPLACEABLE_STATES:
            return self._reject(f"update {a.version} is in progress ({self.state.value}); new offer ignored")
        if a is not None:
            self.finished.append(a.activity_id)
        previous = self._installed_version(msg.component_id)
        self.activity = Activity(
            activity_id=msg.activity_id,
            baseline=msg.baseline,
            version=msg.version,
            component_id=msg.component_id,
            release_notes=msg.release_notes or "",
            size_bytes=msg.size_bytes,
            estimated_install_s=msg.estimated_install_s,
            previous_version=previous,
            last_ts={topic: msg.timestamp},
        )
        self._reset_progress()
        self.failure_reason = ""
        self.rolled_back = False
        self.snoozed = False
        self.state = State.OFFERED
        return [self._notice(ota(tx.AVAILABLE, version=msg.version))]

    def _on_current_state(self, msg: p.CurrentState) -> list[Effect]:
        if msg.timestamp <= self.current_state_ts:
            return self._reject(f"current state timestamp {msg.timestamp} is not newer than {self.current_state_ts}")
        self.current_state_ts = msg.timestamp
        self.installed = msg.software
        a = self.activity
        if a is None:
            return []
        installed = msg.version_of(a.component_id)
        if self.state in PROMPT_STATES | DOWNLOADED_STATES | {State.DOWNLOADING} and installed is not None:
            a.previous_version = installed
        if (
            self.state == State.FAILED
            and a.failure_stage in {"update", "activation"}
            and a.previous_version is not None
            and installed == a.previous_version
            and not self.rolled_back
        ):
            # The agent reports the previous version running again after the failure: confirmed rollback.
            self.rolled_back = True
            return [self._notice(ota(tx.BACK_ON, version=a.previous_version))]
        return []

    def _on_consent_request(self, msg: p.ConsentRequest, now: float) -> list[Effect]:
        a = self._act()
        if self.state == State.DECLINED:
            # The driver said no: tell the manager again rather than leave it waiting.
            return self._send_consent(p.ConsentStatus.DENIED, msg.command.value, now)
        if self.state in TERMINAL_STATES:
            return self._reject(f"consent request in {self.state.value} ignored")
        a.consent_flow = True
        cmd = msg.command
        a.pending_consent = cmd.value
        if cmd == p.Command.DOWNLOAD:
            if p.Command.DOWNLOAD.value in a.authorised:
                # The driver already tapped install/schedule (we may have raced the request).
                return self._send_consent(p.ConsentStatus.APPROVED, cmd.value, now)
            if self.state == State.OFFERED:
                self.state = State.CONSENT_REQUESTED
            return []
        if cmd == p.Command.UPDATE:
            if self.state in DOWNLOADED_STATES or self.state == State.DOWNLOADING:
                if self.state == State.DOWNLOADING:
                    return []  # answered once the download has succeeded
                return self._advance(now)
            if self.state in PROMPT_STATES:
                self.state = State.CONSENT_REQUESTED
            return []
        # ACTIVATE
        if self.state == State.AWAITING_ACTIVATION and p.Command.ACTIVATE.value in a.authorised:
            if self.blocking_reasons(now):
                a.authorised.discard(p.Command.ACTIVATE.value)
                return [self._notice(ota(tx.CANT_RESTART, reasons=tx.and_list(self.blocking_reasons(now))))]
            return self._start_activation(now)
        return []

    def _on_feedback(self, msg: p.Feedback, now: float) -> list[Effect]:
        a = self._act()
        self.last_heard = now
        st = msg.status
        if st in p.FAILURE_STATUSES:
            return self._on_failure(msg)
        if st == p.Status.COMPLETE:
            if a.failed:
                return self._reject("COMPLETE after a failure of the same activity: still shown as failed")
            # ACTIVATION_SUCCESS may be lost (the broker restarted while the car restarted; the agent's answer to
            # "current state?" repeats only its last status): the car's own report of the new version running,
            # with the activity's COMPLETE, shows the restart succeeded too. Without either, COMPLETE is refused
            # (a stale COMPLETE must never show an update installed).
            restarted = a.activation_succeeded or self._installed_version(a.component_id) == a.version
            if self.state == State.ACTIVATING and restarted:
                self.state = State.SUCCESS
                self.progress = 100
                self.finished.append(a.activity_id)
                return [self._notice(ota(tx.INSTALLED, version=a.version))]
            return self._reject(f"COMPLETE in {self.state.value} before a successful restart")
        if st in (p.Status.IDENTIFYING, p.Status.IDENTIFIED):
            a.identified = a.identified or st == p.Status.IDENTIFIED
            return []
        if self.state == State.DOWNLOADING:
            if st == p.Status.DOWNLOADING:
                self.progress = max(self.progress, msg.progress)
                return []
            if st == p.Status.DOWNLOAD_SUCCESS:
                self.progress = 100
                self.state = State.DOWNLOADED
                return self._advance(now)
        if self.state == State.INSTALLING:
            if st == p.Status.UPDATING:
                self.progress = max(self.progress, msg.progress)
                return []
            if st == p.Status.UPDATE_SUCCESS:
                self.progress = 100
                self.state = State.AWAITING_ACTIVATION
                a.authorised.discard(p.Command.UPDATE.value)
                self.goal = Goal.NONE
                self.snoozed = False
                return [self._notice(ota(tx.RESTART_TO_FINISH))]
        if self.state == State.ACTIVATING:
            if st == p.Status.ACTIVATING:
                self.progress = max(self.progress, msg.progress)
                return []
            if st == p.Status.ACTIVATION_SUCCESS:
                a.activation_succeeded = True
                self.progress = 100
                return []
        return self._reject(f"status {st.value} does not fit state {self.state.value}")

    def _on_failure(self, msg: p.Feedback) -> list[Effect]:
        a = self._act()
        stage = {
            p.Status.IDENTIFICATION_FAILED: "identification",
            p.Status.DOWNLOAD_FAILURE: "download",
            p.Status.UPDATE_FAILURE: "update",
            p.Status.ACTIVATION_FAILURE: "activation",
        }.get(msg.status, "")
        if self.state in {State.IDLE, State.DECLINED}:
            return self._reject(f"{msg.status.value} for a declined activity")
        if a.failed:
            return []  # already shown as failed (e.g. INCOMPLETE after DOWNLOAD_FAILURE)
        a.failed = True
        a.failure_stage = stage or _stage_of(self.state)
        detail = msg.message or next((x.message for x in msg.actions if x.message), "")
        self.failure_reason = _failure_text(a.failure_stage, detail)
        a.authorised.clear()
        a.pending_consent = None
        self.goal = Goal.NONE
        self.scheduled_at = None
        self.state = State.FAILED
        self.snoozed = False
        self.finished.append(a.activity_id)
        return [self._notice(self.failure_reason)]

    # ------------------------------------------------------------------------------------------ steps

    def _authorise_install(self, now: float) -> list[Effect]:
        a = self._act()
        a.authorised |= {p.Command.DOWNLOAD.value, p.Command.UPDATE.value}
        self.snoozed = False
        if self.state in DOWNLOADED_STATES:
            self.state = State.DOWNLOADED
            return self._advance(now)
        if self.state == State.DOWNLOADING:
            return []
        # Not downloaded yet: start (or approve) the download. Downloading is allowed while driving.
        if a.consent_flow and a.pending_consent == p.Command.UPDATE.value and not a.download_started:
            # The manager skipped the download consent (already downloaded on its side).
            self.state = State.DOWNLOADED
            return self._advance(now)
        if a.consent_flow:
            if a.pending_consent != p.Command.DOWNLOAD.value:
                self.state = State.DOWNLOADING
                self.last_heard = now
                a.download_started = True
                return []
            effects = self._send_consent(p.ConsentStatus.APPROVED, p.Command.DOWNLOAD.value, now)
        else:
            effects = self._send_command(p.Command.DOWNLOAD, now)
        if effects:
            a.download_started = True
            self.state = State.DOWNLOADING
            self.last_heard = now
            self.progress = 0
        return effects

    def _advance(self, now: float) -> list[Effect]:
        """Downloaded and authorised: install when the time has come and the rules allow, else wait."""
        a = self._act()
        if self.goal == Goal.NONE or p.Command.UPDATE.value not in a.authorised:
            self.state = State.DOWNLOADED
            return []
        if self.goal == Goal.SCHEDULED and self.scheduled_at is not None and now < self.scheduled_at:
            self.state = State.SCHEDULED
            return []
        reasons = self.blocking_reasons(now)
        if reasons:
            effects: list[Effect] = []
            if self.state != State.WAITING_CONDITIONS or reasons != self.reasons:
                effects.append(self._notice(tx.waiting(reasons)))
            self.state = State.WAITING_CONDITIONS
            self.reasons = reasons
            self.waited_for |= set(reasons)
            return effects
        if a.consent_flow and a.pending_consent != p.Command.UPDATE.value:
            # Ready; the update manager has not asked for the install step yet.
            self.state = State.DOWNLOADED
            self.reasons = ()
            return []
        if a.consent_flow:
            effects = self._send_consent(p.ConsentStatus.APPROVED, p.Command.UPDATE.value, now)
        else:
            effects = self._send_command(p.Command.UPDATE, now)
        if not effects:
            return []
        self.state = State.INSTALLING
        self.last_heard = now
        self.progress = 0
        self.reasons = ()
        if self.waited_for:
            effects.append(self._notice(_waited_text(self.waited_for, self.soc_floor)))
            self.waited_for = set()
        return effects

    def _start_activation(self, now: float) -> list[Effect]:
        a = self._act()
        if a.consent_flow:
            effects = self._send_consent(p.ConsentStatus.APPROVED, p.Command.ACTIVATE.value, now)
        else:
            effects = self._send_command(p.Command.ACTIVATE, now)
        if effects:
            a.authorised.discard(p.Command.ACTIVATE.value)
            self.state = State.ACTIVATING
            self.last_heard = now
            self.progress = 0
        return effects

    # ------------------------------------------------------------------------------------------ the gate

    def _send_command(self, command: p.Command, now: float, tapped: bool = False) -> list[Effect]:
        a = self._act()
        msg = p.build_command(a.activity_id, self._stamp(now), a.baseline, command)
        return self._send(Publish(topics.SELFUPDATE_DESIRED_STATE_COMMAND, msg), command, True, tapped, now)

    def _send_consent(self, status: p.ConsentStatus, command: str, now: float, tapped: bool = False) -> list[Effect]:
        a = self._act()
        msg = p.build_consent_feedback(a.activity_id, self._stamp(now), status)
        approving = status == p.ConsentStatus.APPROVED
        effects = self._send(Publish(topics.OWNER_CONSENT_FEEDBACK, msg), p.Command(command), approving, tapped, now)
        if effects:
            a.pending_consent = None
        return effects

    def _send(self, pub: Publish, command: p.Command, approving: bool, tapped: bool, now: float) -> list[Effect]:
        """The one place every command and consent answer passes. Refuses anything the rules forbid at ``now``."""
        a = self._act()
        if approving and command != p.Command.CLEANUP and command.value not in a.authorised and not tapped:
            log.error("refused %s %s: the driver did not tap for it", pub.topic, command.value)
            return []
        if approving and command in GATED_COMMANDS and not self.conditions_ok(now):
            log.error("refused %s %s: %s", pub.topic, command.value, ", ".join(self.blocking_reasons(now)))
            return []
        return [pub]

    # ------------------------------------------------------------------------------------------ helpers

    def _accept_for_activity(self, msg: p.Feedback | p.ConsentRequest, topic: str) -> bool:
        a = self.activity
        if a is None or msg.activity_id != a.activity_id:
            self._reject(f"{topic}: unknown activity {msg.activity_id[:40]!r}")
            return False
        return self._in_order(a, topic, msg.timestamp)

    def _in_order(self, a: Activity, topic: str, ts: int) -> bool:
        last = a.last_ts.get(topic)
        if last is not None and ts <= last:
            kind = "duplicate" if ts == last else "out-of-order"
            self._reject(f"{topic}: {kind} message (timestamp {ts} ≤ {last})")
            return False
        a.last_ts[topic] = ts
        return True

    def _tap_ok(self, tap: str) -> bool:
        if tap in self.allowed_taps():
            return True
        self.last_rejection = f"tap {tap!r} is not possible in {self.state.value}"
        log.info(self.last_rejection)
        return False

    def _reject(self, reason: str) -> list[Effect]:
        self.last_rejection = reason
        self.rejections += 1
        log.warning("OTA message ignored: %s", reason)
        return []

    def _notice(self, text: str) -> Notice:
        self.notice = text
        return Notice(text)

    def _act(self) -> Activity:
        assert self.activity is not None, "no current activity"
        return self.activity

    def _finish(self, state: State) -> None:
        self.state = state
        self.goal = Goal.NONE
        self.scheduled_at = None
        self.reasons = ()
        self.waited_for = set()
        if self.activity is not None:
            self.finished.append(self.activity.activity_id)

    def _reset_progress(self) -> None:
        self.progress = 0
        self.goal = Goal.NONE
        self.scheduled_at = None
        self.reasons = ()
        self.waited_for = set()

    def _installed_version(self, component_id: str) -> str | None:
        return p.CurrentState("", 0, self.installed).version_of(component_id)

    def _stamp(self, now: float) -> int:
        # Strictly increasing, so the receiver never sees two of our messages as duplicates.
        self._out_ts = max(self._out_ts + 1, int(now * 1000))
        return self._out_ts

    # ------------------------------------------------------------------------------------------ persistence

    def to_dict(self) -> dict[str, Any]:
        """JSON-able snapshot of everything needed to come back to the same screen."""
        a = self.activity
        return {
            "state": self.state.value,
            "goal": self.goal.value,
            "scheduled_at": self.scheduled_at,
            "progress": self.progress,
            "reasons": [tx.dump_text(r) for r in self.reasons],
            "waited_for": [tx.dump_text(r) for r in sorted(self.waited_for)],
            "failure_reason": tx.dump_text(self.failure_reason),
            "rolled_back": self.rolled_back,
            "notice": tx.dump_text(self.notice),
            "snoozed": self.snoozed,
            "snooze_saw_moving": self.snooze_saw_moving,
            "soc_floor": self.soc_floor,
            "installed": [[n.id, n.version, n.name, n.type] for n in self.installed],
            "current_state_ts": self.current_state_ts,
            "finished": list(self.finished),
            "out_ts": self._out_ts,
            "last_heard": self.last_heard,
            "activity": None
            if a is None
            else {
                "activity_id": a.activity_id,
                "baseline": a.baseline,
                "version": a.version,
                "component_id": a.component_id,
                "release_notes": a.release_notes,
                "size_bytes": a.size_bytes,
                "estimated_install_s": a.estimated_install_s,
                "previous_version": a.previous_version,
                "last_ts": dict(a.last_ts),
                "authorised": sorted(a.authorised),
                "pending_consent": a.pending_consent,
                "consent_flow": a.consent_flow,
                "download_started": a.download_started,
                "identified": a.identified,
                "activation_succeeded": a.activation_succeeded,
                "failed": a.failed,
                "failure_stage": a.failure_stage,
                "rollback_sent": a.rollback_sent,
            },
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> UpdateMachine:
        """Rebuild a machine from ``to_dict`` output; raises ``ValueError``/``TypeError``/``KeyError`` if bad.

        The snapshot is a file on disk, so it is untrusted too: every field is type-checked. Vehicle
        conditions are not restored (unknown until fresh signals arrive, the safe side).
        """
        m = cls(soc_floor=_num(d["soc_floor"]))
        m.state = State(d["state"])
        m.goal = Goal(d["goal"])
        m.scheduled_at = None if d["scheduled_at"] is None else _num(d["scheduled_at"])
        m.progress = int(_num(d["progress"]))
        m.reasons = tuple(_texts(d["reasons"]))
        m.waited_for = set(_texts(d["waited_for"]))
        m.failure_reason = tx.load_text(d["failure_reason"])
        m.rolled_back = _b(d["rolled_back"])
        m.notice = _notice_or_nothing(d["notice"])
        m.snoozed = _b(d["snoozed"])
        m.snooze_saw_moving = _b(d["snooze_saw_moving"])
        m.installed = tuple(p.SoftwareNode(*_strs(n)) for n in d["installed"])
        m.current_state_ts = int(_num(d["current_state_ts"]))
        m.finished.extend(_strs(d["finished"]))
        m._out_ts = int(_num(d["out_ts"]))
        m.last_heard = None if d["last_heard"] is None else _num(d["last_heard"])
        raw = d["activity"]
        if raw is not None:
            m.activity = Activity(
                activity_id=_s(raw["activity_id"]),
                baseline=_s(raw["baseline"]),
                version=_s(raw["version"]),
                component_id=_s(raw["component_id"]),
                release_notes=_s(raw["release_notes"]),
                size_bytes=None if raw["size_bytes"] is None else int(_num(raw["size_bytes"])),
                estimated_install_s=None if raw["estimated_install_s"] is None else _num(raw["estimated_install_s"]),
                previous_version=None if raw["previous_version"] is None else _s(raw["previous_version"]),
                last_ts={_s(k): int(_num(v)) for k, v in dict(raw["last_ts"]).items()},
                authorised=set(_strs(raw["authorised"])),
                pending_consent=None if raw["pending_consent"] is None else _s(raw["pending_consent"]),
                consent_flow=_b(raw["consent_flow"]),
                download_started=_b(raw["download_started"]),
                identified=_b(raw["identified"]),
                activation_succeeded=_b(raw["activation_succeeded"]),
                failed=_b(raw["failed"]),
                failure_stage=_s(raw["failure_stage"]),
                rollback_sent=_b(raw["rollback_sent"]),
            )
            if m.activity.failed and m.state == State.SUCCESS:
                raise ValueError("snapshot shows a failed activity as a success")
        elif m.state not in {State.IDLE}:
            raise ValueError(f"state {m.state.value} without an activity")
        return m


# ---------------------------------------------------------------------------------------------- module helpers


def _finite(x: Any) -> float | None:
    if isinstance(x, bool) or not isinstance(x, int | float):
        return None
    try:
        f = float(x)
    except OverflowError:
        return None
    return f if math.isfinite(f) else None


def _int_or_none(x: Any) -> int | None:
    if isinstance(x, bool) or not isinstance(x, int | float):
        return None
    if isinstance(x, float) and (not math.isfinite(x) or not x.is_integer()):
        return None
    return int(x)


def _num(x: Any) -> float:
    f = _finite(x)
    if f is None:
        raise ValueError(f"not a finite number: {x!r}")
    return f


def _s(x: Any) -> str:
    if not isinstance(x, str):
        raise TypeError(f"not a string: {type(x).__name__}")
    return x


def _b(x: Any) -> bool:
    if not isinstance(x, bool):
        raise TypeError(f"not a bool: {type(x).__name__}")
    return x


def _strs(xs: Any) -> list[str]:
    if not isinstance(xs, list):
        raise TypeError("not a list")
    return [_s(x) for x in xs]


def _texts(xs: Any) -> list[str]:
    if not isinstance(xs, list):
        raise TypeError("not a list")
    return [tx.load_text(x) for x in xs]


def _notice_or_nothing(data: Any) -> str:
    # The notice is only the latest sentence: a bad one is dropped, the screen itself is still good.
    try:
        return tx.load_text(data)
    except ValueError as err:
        log.error("OTA snapshot notice rejected (%s); not shown", err)
        return ""


def _stage_of(state: State) -> str:
    if state in {State.INSTALLING, State.AWAITING_ACTIVATION}:
        return "update"
    if state == State.ACTIVATING:
        return "activation"
    if state == State.DOWNLOADING:
        return "download"
    return "identification"


def _failure_text(stage: str, detail: str) -> str:
    """Plain explanation of a failure for the driver, with the agent's own detail (untranslated) after it."""
    base = ota(tx.FAILURES.get(stage, tx.FAILURE_OTHER))
    detail = detail.strip()
    return ota(tx.FAILURE_DETAIL, failure=base, detail=detail[:200]) if detail else base


def _waited_text(waited: set[str], floor: float) -> str:
    """The notice "Waited until parked and the battery reached 30 %, installing now" for what was waited for."""
    # Classified by template (a snapshot from before translatable texts holds the English sentences).
    sources = [getattr(r, "source", r) for r in waited]
    parts: list[str] = []
    if any("moving" in s or "Park" in s for s in sources):
        parts.append(ota(tx.WAITED_PARKED))
    if any("battery" in s for s in sources):
        parts.append(ota(tx.WAITED_BATTERY, soc=tx.percent(floor)))
    if any(s in (tx.NO_DATA, tx.NO_CURRENT_DATA) for s in sources):
        parts.append(ota(tx.WAITED_DATA))
    return ota(tx.WAITED, conditions=tx.and_list(parts or [ota(tx.WAITED_READY)]))


def tonight_at(now: float, hour: int = 2, minute: int = 0) -> float:
    """Unix time of the next local ``hour:minute`` after ``now`` ("tonight 02:00")."""
    lt = time.localtime(now)
    candidate = time.mktime((lt.tm_year, lt.tm_mon, lt.tm_mday, hour, minute, 0, 0, 0, -1))
    if candidate <= now:
        candidate = time.mktime((lt.tm_year, lt.tm_mon, lt.tm_mday + 1, hour, minute, 0, 0, 0, -1))
    return candidate
