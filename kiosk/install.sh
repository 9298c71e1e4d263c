#!/bin/bash
# Install the HMI as the kiosk of a Debian 12 (bookworm) head unit. Run as root
# from a checkout of this repository:
#
#   sudo kiosk/install.sh            # car: broker + HMI
#   sudo kiosk/install.sh --bench    # bench rig: also the simulated agent and update agent
#
# What it does (kiosk/README.md explains each part):
#   1. apt packages: cage, mosquitto, Python venv, the libraries PySide6 needs
#   2. system users: hmi (runs cage + HMI), hmi-agent (bench simulators); mosquitto comes with its package
#   3. the app in /opt/hmi (root-owned, world-readable) with its venv /opt/hmi/venv
#   4. /etc/hmi: broker config + ACL, and per-process credentials generated here
#      (mosquitto.passwd and agent.env / hmi.env / updater.env, mode 0600) — never committed.
#      Existing credentials are kept unless --new-credentials is given.
#   5. systemd units, PAM stack for the kiosk session, and enables them.
#
# Options:
#   --bench             also install and enable hmi-agent.service and hmi-sua.service
#   --new-credentials   generate new passwords even if /etc/hmi/*.env exist
#   --wheelhouse DIR    install Python packages from DIR only (no network): pip --no-index --find-links DIR
#   --no-start          enable the units but do not start them now
#   --stage DIR         write everything below DIR instead of / and skip apt, users, venv and
#                       systemctl (used by the tests and to inspect what would be installed)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")

bench=0
new_credentials=0
wheelhouse=""
start=1
root=""
while [[ $# -gt 0 ]]; do
    case $1 in
        --bench) bench=1 ;;
        --new-credentials) new_credentials=1 ;;
        --wheelhouse) wheelhouse=${2:?--wheelhouse needs a directory}; shift ;;
        --no-start) start=0 ;;
        --stage) root=${2:?--stage needs a directory}; shift ;;
        -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done

staging=0
[[ -n $root ]] && staging=1
if [[ $staging -eq 0 && $(id -u) -ne 0 ]]; then
    echo "install.sh: run as root (sudo $0)" >&2
    exit 1
fi

opt=$root/opt/hmi
etc=$root/etc/hmi
units=$root/etc/systemd/system
pamd=$root/etc/pam.d

say() { printf '==> %s\n' "$*"; }

# --- 1. packages -------------------------------------------------------------------------------------
if [[ $staging -eq 0 ]]; then
    say "installing Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    # mosquitto ships mosquitto_passwd; libegl1/libgl1/libxkbcommon0/libfontconfig1/libdbus-1-3/libglib2.0-0
    # are what the PySide6 wheels load at run time on Wayland.
    apt-get install -y --no-install-recommends \
        cage mosquitto python3 python3-venv \
        libegl1 libgl1 libgles2 libwayland-client0 libwayland-egl1 libwayland-cursor0 libxkbcommon0 \
        libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
fi

# --- 2. users -----------------------------------------------------------------------------------------
if [[ $staging -eq 0 ]]; then
    say "creating system users"
    if ! id hmi >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/hmi --no-create-home --shell /usr/sbin/nologin \
            --user-group hmi
    fi
    # DRM, GPU and touch/keyboard devices for cage.
    for group in video render input; do
        getent group "$group" >/dev/null && usermod -a -G "$group" hmi
    done
    if ! id hmi-agent >/dev/null 2>&1; then
        useradd --system --home-dir /nonexistent --no-create-home --shell /usr/sbin/nologin \
            --user-group hmi-agent
    fi
fi

# --- 3. the app and its venv ---------------------------------------------------------------------------
say "installing the app into $opt"
install -d -m 0755 "$opt"
# Only what runs on the car: no tests, caches, venvs or VCS data.
for part in hmi qml assets kiosk pyproject.toml README.md LICENSE; do
    if [[ -e $repo/$part ]]; then
        rm -rf "${opt:?}/$part"
        cp -R "$repo/$part" "$opt/$part"
    fi
done
if [[ -d $repo/build/i18n ]]; then  # compiled catalogs (rebuilt below when the venv is made)
    install -d -m 0755 "$opt/build"
    rm -rf "$opt/build/i18n"
    cp -R "$repo/build/i18n" "$opt/build/i18n"
fi
find "$opt" -name '__pycache__' -type d -prune -exec rm -rf {} +
# root owns the code; everyone (the hmi user) may read it, nobody else may change it.
if [[ $staging -eq 0 ]]; then chown -R root:root "$opt"; fi
chmod -R u=rwX,go=rX "$opt"
chmod 0755 "$opt/kiosk/hmi-kiosk.sh" "$opt/kiosk/install.sh"

if [[ $staging -eq 0 ]]; then
    say "creating the venv $opt/venv"
    # Debian's python3 (3.11), not a pyenv interpreter under /root: the hmi user must be able to read it.
    python3 -m venv "$opt/venv"
    pip_args=()
    if [[ -n $wheelhouse ]]; then
        pip_args=(--no-index --find-links "$wheelhouse")
    fi
    "$opt/venv/bin/pip" install --upgrade "${pip_args[@]}" pip
    # Editable: the app finds qml/ and assets/ next to the hmi package in /opt/hmi.
    "$opt/venv/bin/pip" install "${pip_args[@]}" --editable "$opt"
    # Translations are compiled here, as root: the hmi user cannot write below /opt/hmi at run time.
    "$opt/venv/bin/hmi" i18n build >/dev/null
    chmod -R u=rwX,go=rX "$opt/venv"
    if ! runuser -u hmi -- "$opt/venv/bin/hmi" --version >/dev/null; then
        echo "install.sh: the hmi user cannot run $opt/venv/bin/hmi" >&2
        exit 1
    fi
fi

# --- 4. broker config and credentials --------------------------------------------------------------------
say "writing broker config and credentials to $etc"
install -d -m 0755 "$etc"
install -m 0644 "$here/mosquitto.conf" "$etc/mosquitto.conf"
install -m 0644 "$here/acl" "$etc/mosquitto.acl"

# env file per broker user: which systemd unit reads it
declare -A env_file=([agent]=agent.env [hmi]=hmi.env [updater]=updater.env)

have_all=1
for user in "${!env_file[@]}"; do
    [[ -s $etc/${env_file[$user]} ]] || have_all=0
done
[[ -s $etc/mosquitto.passwd ]] || have_all=0

if [[ $have_all -eq 1 && $new_credentials -eq 0 ]]; then
    say "keeping the existing credentials (--new-credentials to replace them)"
else
    umask 077
    plain=$(mktemp "$etc/.passwd.XXXXXX")
    for user in agent hmi updater; do
        # 32 random URL-safe characters; no quoting issues in env files.
        password=$(head -c 48 /dev/urandom | base64 -w0 | tr -d '/+=' | head -c 32)
        printf '%s:%s\n' "$user" "$password" >>"$plain"
        {
            echo "# Broker credentials of the '$user' process. Generated by kiosk/install.sh; do not commit."
            echo "HMI_MQTT_HOST=127.0.0.1"
            echo "HMI_MQTT_PORT=1883"
            echo "HMI_MQTT_USERNAME=$user"
            echo "HMI_MQTT_PASSWORD=$password"
        } >"$etc/${env_file[$user]}.new"
    done
    # Hash in place (-U) so no password ever appears on a command line.
    mosquitto_passwd -U "$plain"
    mv -f "$plain" "$etc/mosquitto.passwd"
    for user in "${!env_file[@]}"; do
        mv -f "$etc/${env_file[$user]}.new" "$etc/${env_file[$user]}"
    done
    umask 022
fi
# systemd reads the env files as root before dropping privileges: root-only.
chmod 0600 "$etc"/{agent,hmi,updater}.env "$etc/mosquitto.passwd"
if [[ $staging -eq 0 ]]; then
    chown root:root "$etc"/{agent,hmi,updater}.env
    # The broker runs as "mosquitto" (hmi-mosquitto.service) and must read its password file.
    chown mosquitto:mosquitto "$etc/mosquitto.passwd"
fi
if [[ ! -e $etc/kiosk.env ]]; then
    cat >"$etc/kiosk.env" <<'EOF'
# Kiosk settings read by hmi.service (not secret). See /opt/hmi/kiosk/README.md.
# UI scale for the panel, e.g. 1.5 for a 1920x720 panel viewed from the driver's seat.
#HMI_SCALE=1
# Extra cage options, e.g. "-m last" to use only the last connected output.
#HMI_CAGE_ARGS=
EOF
    chmod 0644 "$etc/kiosk.env"
fi
if [[ $bench -eq 1 && ! -e $etc/sim.env ]]; then
    cat >"$etc/sim.env" <<'EOF'
# Bench-rig simulators (hmi-agent.service, hmi-sua.service). `hmi sim --list` shows the scenarios.
HMI_SIM_ARGS=--scenario city-drive
# e.g. --fail activation, --no-offer, --time-scale 0.1
HMI_SUA_ARGS=
# The simulator routes its scenario on the offline map: a prebuilt map directory,
# or the OSM extracts it is built from on first start.
#HMI_MAP_DIR=/var/lib/hmi-agent/maps/liechtenstein
#HMI_OSM_DIR=/opt/hmi-data
EOF
    chmod 0644 "$etc/sim.env"
fi

# --- 5. units -----------------------------------------------------------------------------------------------
say "installing systemd units"
install -d -m 0755 "$units" "$pamd"
install -m 0644 "$here/hmi.service" "$here/hmi-mosquitto.service" "$units/"
install -m 0644 "$here/pam.d-hmi-kiosk" "$pamd/hmi-kiosk"
if [[ $bench -eq 1 ]]; then
    install -m 0644 "$here/hmi-agent.service" "$here/hmi-sua.service" "$units/"
fi

if [[ $staging -eq 1 ]]; then
    say "staged into $root (no packages, users, venv or services touched)"
    exit 0
fi

# Debian's own broker would take port 1883 with its default config.
systemctl disable --now mosquitto.service 2>/dev/null || true
systemctl mask mosquitto.service
systemctl daemon-reload
systemctl set-default graphical.target
enable=(hmi-mosquitto.service hmi.service)
if [[ $bench -eq 1 ]]; then
    enable+=(hmi-agent.service hmi-sua.service)
fi
systemctl enable "${enable[@]}"
if [[ $start -eq 1 ]]; then
    if ! systemctl restart "${enable[@]}"; then
        echo "install.sh: a service did not start; see systemctl status ${enable[*]} and journalctl -b" >&2
        exit 1
    fi
    say "started: ${enable[*]} (journalctl -u hmi -f)"
else
    say "enabled: ${enable[*]}; they start at the next boot"
fi
