#!/usr/bin/env bash
# Load benchmark of omniotap-server on loopback with wrk.
#
#   bench/api-bench.sh [BUILD_DIR]
#
# Seeds a tenant with 1,000,000 contacts and 100,000 of each other collection (timed), starts
# the server, then measures /health (the ceiling), GET by id, list pages 1 and 1,000, a rare
# search term, a filtered list and POST create: requests/s, p99 latency and the ratio to the
# ceiling, plus the server's resident memory. The ceiling and the read scenarios run in
# OMNIOTAP_BENCH_ROUNDS interleaved rounds (default 3) and each prints its median, so that a
# slow or fast moment of a shared machine does not decide a ratio; creates run once each.
# Set OMNIOTAP_BENCH_DATA to reuse a seeded data directory, OMNIOTAP_BENCH_SECONDS for the
# length of each run (default 10).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
server="$build/server/omniotap-server"
seconds="${OMNIOTAP_BENCH_SECONDS:-10}"
rounds="${OMNIOTAP_BENCH_ROUNDS:-3}"
port="${OMNIOTAP_BENCH_PORT:-18181}"
contacts="${OMNIOTAP_BENCH_CONTACTS:-1000000}"
others="${OMNIOTAP_BENCH_OTHERS:-100000}"
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null; }
[ -x "$server" ] || { echo "build the server first: $server not found" >&2; exit 1; }

data="${OMNIOTAP_BENCH_DATA:-$(mktemp -d)}"
if ! "$server" tenant list --data-dir "$data" --json | grep -q '"Bench"'; then
    tenant=$("$server" tenant create --data-dir "$data" --name Bench --rate-limit 100000000)
    echo "Seeding $contacts contacts and $others of each other collection..."
    start=$(date +%s.%N)
    "$server" seed --data-dir "$data" --tenant "$tenant" --contacts "$contacts" --customers "$others" \
        --leads "$others" --opportunities "$others" --tickets "$others"
    printf 'seed: %.1f s\n' "$(echo "$(date +%s.%N) - $start" | bc)"
fi
tenant=$("$server" tenant list --data-dir "$data" --json | python3 -c 'import json,sys; print([t["id"] for t in json.load(sys.stdin) if t["name"]=="Bench"][0])')
key=$("$server" key create --data-dir "$data" --tenant "$tenant" --name bench --scopes read,write)

"$server" serve --data-dir "$data" --listen "127.0.0.1:$port" > "$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.2; done

base="http://127.0.0.1:$port/api/v1"
id=$(curl -sf -H "X-API-Key: $key" "$base/contacts?limit=1&page=500" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"][0]["id"])')

export OMNIOTAP_BENCH_KEY="$key"
run() { # name method url
    OMNIOTAP_BENCH_METHOD="$2" wrk -t1 -c32 -d"${seconds}s" --latency -s "$root/bench/wrk/request.lua" "$3" > "$data/wrk.out"
    local rps p99 errors
    rps=$(awk '/Requests\/sec/ {print $2}' "$data/wrk.out")
    p99=$(awk '$1=="99%" {print $2}' "$data/wrk.out")
    errors=$(awk '/Non-2xx/ {print $5}' "$data/wrk.out")
    echo "$1|$rps|$p99|${errors:-0}"
}

reads=("health (ceiling)|$base/health"
    "GET by id|$base/contacts/$id"
    "list page 1 of 50|$base/contacts?page=1&limit=50"
    "list page 1000 of 50|$base/contacts?page=1000&limit=50"
    "search rare term|$base/contacts?search=quantum%20zoo"
    "filtered list|$base/contacts?status=inactive&limit=50")
runs=()
for round in $(seq "$rounds"); do
    echo "round $round of $rounds..." >&2
    for read in "${reads[@]}"; do
        runs+=("$(run "${read%%|*}" GET "${read#*|}")")
    done
done
# The median run of a scenario (by requests/s): its requests/s, p99 and non-2xx count, and
# every run's requests/s for the spread.
median() { # name
    printf '%s\n' "${runs[@]}" | awk -F'|' -v name="$1" '$1 == name' | sort -t'|' -k2 -g \
        | awk -F'|' '{ line[NR] = $0; all = all (NR > 1 ? " " : "") sprintf("%.0f", $2) }
            END { print line[int((NR + 1) / 2)] "|" all }'
}
results=()
for read in "${reads[@]}"; do
    results+=("$(median "${read%%|*}")")
done
# The first writes after a bulk load split the freshly packed index pages; the second run
# shows the steady state.
results+=("$(run "POST create (first)" POST "$base/contacts")|")
results+=("$(run "POST create (steady)" POST "$base/contacts")|")
rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")

ceiling=$(echo "${results[0]}" | cut -d'|' -f2)
printf '\n%-22s %12s %10s %9s %8s   %s\n' scenario "requests/s" "p99" "ceiling" "non-2xx" \
    "all runs, low to high"
for line in "${results[@]}"; do
    IFS='|' read -r name rps p99 errors all <<< "$line"
    printf '%-22s %12.0f %10s %8.0f%% %8s   %s\n' "$name" "$rps" "$p99" \
        "$(echo "100 * $rps / $ceiling" | bc -l)" "$errors" "$all"
done
printf '\nserver RSS: %d MB now, %d MB peak (%s contacts)\n' $((rss / 1024)) $((hwm / 1024)) "$contacts"
