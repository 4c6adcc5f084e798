#!/usr/bin/env bash
# Runs a command against a real but throw-away Secret Service: a private D-Bus session bus
# (dbus-run-session) with gnome-keyring unlocked by a fixed password, and HOME/XDG_* pointing
# into a temporary directory, so the command never sees the real user's keyring or bus.
# Works headless and as root (CI). The command's exit status is the script's.
# Usage: tests/support/with-keyring.sh COMMAND [ARG...]
set -euo pipefail

script="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")"

# Second stage, inside dbus-run-session: start the keyring, wait for it, run the command.
if [[ "${1:-}" == "--inside-session" ]]; then
    shift
    log="$XDG_RUNTIME_DIR/gnome-keyring.log"
    # --foreground keeps the daemon our child: we stop and reap it ourselves. (Daemonized, it
    # is re-parented to PID 1, which in many containers never reaps it.) --unlock reads the
    # password of the login keyring from stdin and creates that keyring on first use; it
    # becomes the "default" collection, where QtKeychain (libsecret) stores entries.
    printf '%s' 'omniotap-test-keyring' |
        gnome-keyring-daemon --foreground --unlock --components=secrets >"$log" 2>&1 &
    keyring_pid=$!
    trap 'kill "$keyring_pid" 2>/dev/null || true; wait "$keyring_pid" 2>/dev/null || true' EXIT

    # Wait until the daemon owns org.freedesktop.secrets; calling earlier would make the bus
    # activate a second gnome-keyring from its .service file, without our unlocked keyring.
    ready=false
    for ((attempt = 0; attempt < 100; attempt++)); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
            org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
            grep -q 'boolean true'; then
            ready=true
            break
        fi
        kill -0 "$keyring_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [[ "$ready" != true ]]; then
        echo "with-keyring.sh: gnome-keyring-daemon did not come up on the session bus:" >&2
        cat "$log" >&2 || true
        exit 2
    fi

    # Tells tests that this keyring is disposable (they refuse to write into a real one).
    export OMNIOTAP_TEST_KEYRING=1
    status=0
    "$@" || status=$?
    exit "$status"
fi

if (($# == 0)); then
    echo "Usage: $0 COMMAND [ARG...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "with-keyring.sh: $tool is missing (run .ci/install-deps)" >&2
        exit 2
    fi
done

scratch="$(mktemp -d "${TMPDIR:-/tmp}/omniotap-keyring.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
export HOME="$scratch/home"
export XDG_DATA_HOME="$scratch/data" # gnome-keyring keeps its keyrings in $XDG_DATA_HOME/keyrings
export XDG_CONFIG_HOME="$scratch/config"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime" # the daemon's control socket
# Nothing from a desktop session may leak in: no display to prompt on, no other bus or keyring.
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL DISPLAY WAYLAND_DISPLAY

status=0
dbus-run-session -- "$script" --inside-session "$@" || status=$?
exit "$status"
