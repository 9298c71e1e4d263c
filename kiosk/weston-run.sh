#!/bin/bash
# Run a command under a headless Wayland kiosk compositor (CI, bench checks without a screen).
#
#   kiosk/weston-run.sh [--size WxH] -- COMMAND [ARGS...]
#   kiosk/weston-run.sh -- .venv/bin/hmi run --kiosk --mqtt-port 1883
#
# weston's kiosk shell shows one client full screen, like cage on the car, but it
# also runs as root and needs no GPU (--use-pixman), which cage does not. The
# command gets WAYLAND_DISPLAY, a private XDG_RUNTIME_DIR (mode 0700) and
# QT_QPA_PLATFORM=wayland; its exit status becomes ours. weston is stopped and
# its runtime directory removed afterwards.
set -euo pipefail

size=1280x800
while [[ $# -gt 0 ]]; do
    case $1 in
        --size) size=${2:?--size needs WxH}; shift 2 ;;
        --) shift; break ;;
        *) break ;;
    esac
done
if [[ $# -eq 0 ]]; then
    echo "usage: $0 [--size WxH] -- COMMAND [ARGS...]" >&2
    exit 2
fi
if [[ ! $size =~ ^([0-9]+)x([0-9]+)$ ]]; then
    echo "weston-run: --size must be WIDTHxHEIGHT, got '$size'" >&2
    exit 2
fi
width=${BASH_REMATCH[1]}
height=${BASH_REMATCH[2]}
if ! command -v weston >/dev/null 2>&1; then
    echo "weston-run: weston is not installed (apt-get install weston)" >&2
    exit 1
fi

runtime=$(mktemp -d "${TMPDIR:-/tmp}/weston-run.XXXXXX")
chmod 0700 "$runtime"
display=wayland-kiosk
weston_pid=""
# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
    if [[ -n $weston_pid ]] && kill -0 "$weston_pid" 2>/dev/null; then
        kill "$weston_pid" 2>/dev/null || true
        wait "$weston_pid" 2>/dev/null || true
    fi
    rm -rf "$runtime"
}
trap cleanup EXIT

XDG_RUNTIME_DIR=$runtime weston --backend=headless-backend.so --shell=kiosk-shell.so --use-pixman \
    --socket="$display" --width="$width" --height="$height" --idle-time=0 \
    >"$runtime/weston.log" 2>&1 &
weston_pid=$!

# Wait for the socket: a client started earlier fails to connect.
for _ in $(seq 1 500); do
    [[ -S $runtime/$display ]] && break
    if ! kill -0 "$weston_pid" 2>/dev/null; then
        echo "weston-run: weston exited:" >&2
        cat "$runtime/weston.log" >&2
        exit 1
    fi
    sleep 0.02
done
if [[ ! -S $runtime/$display ]]; then
    echo "weston-run: no Wayland socket after 10 s" >&2
    cat "$runtime/weston.log" >&2
    exit 1
fi

status=0
XDG_RUNTIME_DIR=$runtime WAYLAND_DISPLAY=$display QT_QPA_PLATFORM=wayland "$@" || status=$?
exit "$status"
