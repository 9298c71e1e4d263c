#!/usr/bin/env bash
# Set everything up and run the demo or the test suite:
#   ./run.sh demo   broker + simulated car + HMI window
#   ./run.sh test   the whole test suite (what CI runs)
# Installs what is missing: Debian packages (mosquitto, weston, Xvfb, Qt's X11 libs, fonts, and the
# tools the kiosk tests check with: shellcheck, systemd-analyze, unshare)
# with apt-get when running as root (or via sudo), a venv in .venv, and the Python packages.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '\033[1m[hmi]\033[0m %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }

APT_PACKAGES=(
  mosquitto weston xvfb xauth fonts-dejavu-core shellcheck systemd util-linux
  libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0
  libxcb-cursor0 libxcb-keysyms1 libxcb-icccm4 libxcb-image0 libxcb-render-util0 libxkbcommon-x11-0
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libwayland-client0 libwayland-egl1 libwayland-cursor0
)

install_system_packages() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "missing packages ${missing[*]} and not root: run 'sudo apt-get install ${missing[*]}'"
    sudo="sudo"
  fi
  command -v apt-get >/dev/null || die "missing packages ${missing[*]}; this script installs them with apt-get (Debian/Ubuntu) only"
  say "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq || die "apt-get update failed (no network to the Debian mirror?)"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed; install them by hand and re-run"
}

setup_venv() {
  command -v python3 >/dev/null || die "python3 (3.11 or newer) is needed"
  python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' || die "python3 is $(python3 -V); 3.11 or newer is needed"
  [ -x .venv/bin/python ] || { say "creating .venv"; python3 -m venv .venv; }
  local stamp=.venv/.hmi-installed want
  want=$(sha256sum < pyproject.toml | cut -c1-16)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "installing Python packages into .venv (first run takes a few minutes)"
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null
    .venv/bin/python -m pip install -q -e ".[test,demo]" || die "pip install failed"
    echo "$want" > "$stamp"
  fi
}

build_catalogs() {
  # Translations: assets/i18n/*.ts → build/i18n/*.qm with PySide6's lrelease (compiled files are never checked in).
  .venv/bin/hmi i18n build >/dev/null || die "compiling the translation catalogs failed (hmi i18n build)"
}

cmd="${1:-}"
case "$cmd" in
  demo)
    shift
    install_system_packages
    setup_venv
    build_catalogs
    exec .venv/bin/hmi demo "$@"
    ;;
  test)
    shift
    install_system_packages
    setup_venv
    build_catalogs
    export QT_QPA_PLATFORM=offscreen
    set +e
    # One test worker per core, at most 4 (each holds a QML app, ~1 GB); HMI_TEST_WORKERS=N sets the number,
    # 0 runs every test in this one process.
    .venv/bin/python -m pytest -q -p no:cacheprovider -n "${HMI_TEST_WORKERS:-auto}" --maxprocesses 4 "$@"
    rc=$?
    set -e
    if [ $rc -eq 5 ]; then die "pytest collected no tests"; fi
    exit $rc
    ;;
  *)
    echo "usage: ./run.sh demo [hmi demo options] | ./run.sh test [pytest options]" >&2
    exit 2
    ;;
esac
