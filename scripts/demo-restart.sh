#!/usr/bin/env bash
# Shows that a kiosk killed with SIGKILL comes back under the documented unit deploy/wegweiser-kiosk.service:
# starts the kiosk with that unit's ExecStart, Restart= and RestartSec=, kills it with `kill -9` and reports the
# new process and how long the screen was gone.
#
# With a running systemd (user manager, or the system manager as root) the kiosk runs as a transient systemd
# service with those settings. Without one (containers, CI) a clearly labelled stand-in supervisor applies the
# same Restart= policy; `--stand-in` chooses it even where systemd runs.
# The kiosk runs offscreen and windowed, so no display is needed; its program is the bundle dist/kiosk/kiosk
# (built when missing) in place of /opt/wegweiser/kiosk/kiosk, or $KIOSK_PROGRAM.
set -euo pipefail
cd "$(dirname "$0")/.."
unit=deploy/wegweiser-kiosk.service
installed_program=/opt/wegweiser/kiosk/kiosk
settle_seconds=3  # how long the kiosk must stay up to count as running

unit_setting() { sed -n "s/^$1=//p" "$unit" | tail -n 1; }
exec_start=$(unit_setting ExecStart)
restart=$(unit_setting Restart)
restart_sec=$(unit_setting RestartSec)
service_type=$(unit_setting Type)
watchdog_sec=$(unit_setting WatchdogSec)
case "$restart_sec" in  # systemd time spans this unit may use: 2, 2s, 500ms
    *ms) restart_seconds=$(awk "BEGIN { print ${restart_sec%ms} / 1000 }") ;;
    *s) restart_seconds=${restart_sec%s} ;;
    *) restart_seconds=$restart_sec ;;
esac

program="${KIOSK_PROGRAM:-dist/kiosk/kiosk}"
if [ -z "${KIOSK_PROGRAM:-}" ] && [ ! -x "$program" ]; then
    echo "No bundle yet: building it with scripts/build-bundle.sh."
    scripts/build-bundle.sh > /dev/null
fi
program=$(realpath "$program")
read -r -a command <<< "${exec_start/#$installed_program/$program}"
command+=(--windowed)
export SDL_VIDEODRIVER=offscreen KIVY_HOME="${TMPDIR:-/tmp}/wegweiser-demo-kivy"

echo "Unit $unit: ExecStart=$exec_start, Restart=$restart, RestartSec=$restart_sec, Type=$service_type," \
    "WatchdogSec=$watchdog_sec"
echo "Running: SDL_VIDEODRIVER=offscreen ${command[*]}"

now() { date +%s.%N; }
alive() { [ -n "$1" ] && [ "$1" != 0 ] && kill -0 "$1" 2> /dev/null; }

if [ "${1:-}" != --stand-in ] && systemctl --user is-system-running > /dev/null 2>&1; then
    manager=(systemctl --user) run=(systemd-run --user)
elif [ "${1:-}" != --stand-in ] && [ "$(id -u)" = 0 ] && systemctl is-system-running > /dev/null 2>&1; then
    manager=(systemctl) run=(systemd-run)
else
    manager=()
fi

if [ ${#manager[@]} -gt 0 ]; then
    service=wegweiser-kiosk-demo-$$
    echo "systemd is running: starting the kiosk as the transient service $service."
    trap '"${manager[@]}" stop "$service" 2> /dev/null || true' EXIT
    # Type=notify: systemd-run returns once the kiosk sent READY=1 (its first frame); it then pings the watchdog.
    "${run[@]}" --quiet --unit "$service" --property "Restart=$restart" --property "RestartSec=$restart_sec" \
        --property "Type=$service_type" --property "WatchdogSec=$watchdog_sec" --property NotifyAccess=main \
        --property StartLimitIntervalSec=0 --setenv SDL_VIDEODRIVER --setenv KIVY_HOME -- "${command[@]}"
    kiosk_pid() { "${manager[@]}" show --property MainPID --value "$service"; }
else
    if [ "${1:-}" = --stand-in ]; then
        echo "Stand-in supervisor chosen with --stand-in."
    else
        echo "No running systemd here (systemctl cannot reach a manager): using a STAND-IN SUPERVISOR that applies"
        echo "the unit's Restart=$restart and RestartSec=$restart_sec. On a kiosk, systemd itself does this,"
        echo "and its watchdog (Type=$service_type, WatchdogSec=$watchdog_sec) also restarts a hung UI; the stand-in"
        echo "has no watchdog (tests/test_real_screen.py checks the READY=1 and WATCHDOG=1 messages)."
    fi
    pid_file=$(mktemp)
    # Whether systemd restarts a service that ended with this status (bash: 128 + N for signal N).
    restarts_after() {
        local status=$1 clean_signal=false
        case "$status" in 129|130|141|143) clean_signal=true ;; esac  # SIGHUP, SIGINT, SIGPIPE, SIGTERM
        case "$restart" in
            always) true ;;
            on-success) [ "$status" = 0 ] || $clean_signal ;;
            on-failure) [ "$status" != 0 ] && ! $clean_signal ;;
            on-abnormal|on-abort) [ "$status" -gt 128 ] && ! $clean_signal ;;
            *) false ;;
        esac
    }
    supervise() {
        while :; do
            "${command[@]}" > /dev/null 2>&1 &
            echo $! > "$pid_file"
            local status=0
            wait $! || status=$?
            restarts_after "$status" || break
            sleep "$restart_seconds"
        done
        echo 0 > "$pid_file"
    }
    supervise &
    supervisor=$!
    trap 'kill "$supervisor" 2> /dev/null; kill "$(cat "$pid_file")" 2> /dev/null; rm -f "$pid_file"' EXIT
    kiosk_pid() { cat "$pid_file"; }
fi

sleep "$settle_seconds"
before=$(kiosk_pid)
alive "$before" || { echo "The kiosk did not start: run the command above by hand to see why." >&2; exit 1; }
echo "Kiosk running as pid $before."
echo "kill -9 $before"
kill -9 "$before"
killed_at=$(now)
deadline=$(awk "BEGIN { printf \"%.3f\", $killed_at + $restart_seconds + 30 }")
while :; do
    after=$(kiosk_pid)
    if [ "$after" != "$before" ] && alive "$after"; then
        break
    fi
    if awk "BEGIN { exit !($(now) > $deadline) }"; then
        echo "The kiosk did not come back within $restart_seconds s + 30 s (Restart=$restart)." >&2
        exit 1
    fi
    sleep 0.1
done
back_at=$(now)
sleep "$settle_seconds"
alive "$after" || { echo "The kiosk came back as pid $after but stopped again." >&2; exit 1; }
echo "Kiosk running again as pid $after: came back after $(awk "BEGIN { printf \"%.1f\", $back_at - $killed_at }") s" \
     "and is still running $settle_seconds s later."
