#!/bin/bash
# Start the HMI full screen under cage, the Wayland kiosk compositor.
#
# Run by hmi.service as the unprivileged user "hmi" on a logind seat (cage
# itself refuses to run as root). cage shows exactly one application full
# screen and exits when it exits, so a crashed HMI ends the service and systemd
# restarts it. Process tree: this script → cage → sh → hmi run --kiosk.
#
# Environment (all optional; hmi.service reads /etc/hmi/kiosk.env and /etc/hmi/hmi.env):
#   HMI_BIN       the hmi entry point           (default /opt/hmi/venv/bin/hmi)
#   HMI_CAGE      the compositor binary          (default cage)
#   HMI_CAGE_ARGS extra cage options, e.g. "-m last" for the last-connected output only
#   HMI_SCALE     UI scale factor for the panel  (QT_SCALE_FACTOR, e.g. 1.5 on a 1920x720 10" panel)
# Any arguments are passed on to `hmi run --kiosk` (e.g. --mqtt-port 1884).
set -euo pipefail

hmi_bin=${HMI_BIN:-/opt/hmi/venv/bin/hmi}
cage_bin=${HMI_CAGE:-cage}

if ! command -v "$cage_bin" >/dev/null 2>&1; then
    echo "hmi-kiosk: compositor '$cage_bin' not found (apt-get install cage)" >&2
    exit 1
fi
if [[ ! -x $hmi_bin ]]; then
    echo "hmi-kiosk: HMI entry point '$hmi_bin' is missing or not executable (run kiosk/install.sh)" >&2
    exit 1
fi

# systemd sets WATCHDOG_PID to its main process (this script), not the HMI.
# Without it the HMI treats the watchdog as its own and pings from its Qt
# loop; hmi.service has NotifyAccess=all so pings from a child count.
unset WATCHDOG_PID

export QT_QPA_PLATFORM=wayland
# cage draws no decorations; make sure Qt does not either.
export QT_WAYLAND_DISABLE_WINDOWDECORATION=1
# kiosk.env is edited by hand: accept a plain number from 0.5 to 4, ignore anything else.
if [[ -n ${HMI_SCALE:-} ]]; then
    if [[ $HMI_SCALE =~ ^[0-9]{1,2}(\.[0-9]{1,3})?$ ]] && awk -v s="$HMI_SCALE" 'BEGIN { exit !(s >= 0.5 && s <= 4) }'; then
        export QT_SCALE_FACTOR=$HMI_SCALE
    else
        echo "hmi-kiosk: ignoring HMI_SCALE='$HMI_SCALE' (expected a number from 0.5 to 4)" >&2
    fi
fi

# cage 0.1.x (Debian 12) exits 0 whatever its client returned, so the HMI's
# exit status is recorded here and becomes the launcher's: hmi.service uses it
# to tell the service exit combination (no restart) from a crash (restart).
exit_file=$(mktemp "${XDG_RUNTIME_DIR:-/tmp}/hmi-exit.XXXXXX")
trap 'rm -f "$exit_file"' EXIT
export HMI_EXIT_FILE=$exit_file

# No -s: VT switching (Ctrl+Alt+Fn) stays disabled while the HMI runs, so a
# passenger cannot leave the kiosk. -d: no client-side decorations.
# The inner sh expands "$@" and $HMI_EXIT_FILE itself, hence single quotes.
# shellcheck disable=SC2086,SC2016  # HMI_CAGE_ARGS is a list of options on purpose
"$cage_bin" -d ${HMI_CAGE_ARGS:-} -- /bin/sh -c '"$@"; echo "$?" > "$HMI_EXIT_FILE"' hmi-kiosk \
    "$hmi_bin" run --kiosk "$@" || cage_status=$?

status=$(cat "$exit_file" 2>/dev/null || true)
if [[ $status =~ ^[0-9]+$ ]]; then
    exit "$status"
fi
echo "hmi-kiosk: the HMI left no exit status (compositor status ${cage_status:-0})" >&2
exit 1
