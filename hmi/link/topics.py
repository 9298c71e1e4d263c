"""MQTT topic names of the agent interface (everything except ``vss/...``, see ``signals``)."""

AGENT_STATUS = "agent/status"
HMI_STATUS = "hmi/status"
ONLINE = "online"
OFFLINE = "offline"

SERVICES_DESTINATION = "services/destination"
SERVICES_PRECONDITIONING = "services/preconditioning"

COMMAND_PREFIX = "hmi/command/"
COMMAND_RESULT_SUFFIX = "/result"
COMMAND_NAMES = ("set_charge_limit", "precondition_battery", "start_stop_charging")

NAVIGATION_ACTIVE = "hmi/navigation/active"

SELFUPDATE_DESIRED_STATE = "selfupdate/desiredstate"
SELFUPDATE_DESIRED_STATE_FEEDBACK = "selfupdate/desiredstatefeedback"
SELFUPDATE_DESIRED_STATE_COMMAND = "selfupdate/desiredstate/command"
SELFUPDATE_CURRENT_STATE = "selfupdate/currentstate"
SELFUPDATE_CURRENT_STATE_GET = "selfupdate/currentstate/get"
OWNER_CONSENT = "deviceupdate/ownerconsent"
OWNER_CONSENT_FEEDBACK = "deviceupdate/ownerconsentfeedback"


def command_topic(name: str) -> str:
    """Topic the HMI publishes command ``name`` on."""
    return COMMAND_PREFIX + name


def command_result_topic(name: str) -> str:
    """Topic the agent answers command ``name`` on."""
    return COMMAND_PREFIX + name + COMMAND_RESULT_SUFFIX
