#!/usr/bin/env bash
# Sync benchmark of the omniotap client against a local omniotap-server.
#
#   bench/client-sync-bench.sh [BUILD_DIR]
#
# Seeds a tenant (rate limit raised) with 100,000 contacts and 10,000 of each other
# collection, then times, with the client's peak resident memory:
#   1. the initial sync of an empty profile (every record pulled into the cache);
#   2. an incremental sync with 100 changes each way (100 API updates to pull, 100 local
#      creates and updates to push).
# OMNIOTAP_BENCH_CONTACTS and OMNIOTAP_BENCH_OTHERS change the seed sizes.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
server="$build/server/omniotap-server"
client="$build/app/omniotap"
port="${OMNIOTAP_BENCH_PORT:-18182}"
contacts="${OMNIOTAP_BENCH_CONTACTS:-100000}"
others="${OMNIOTAP_BENCH_OTHERS:-10000}"
for binary in "$server" "$client"; do
    [ -x "$binary" ] || { echo "build first: $binary not found" >&2; exit 1; }
done

work=$(mktemp -d)
data="$work/server"
profile="$work/profile"
tenant=$("$server" tenant create --data-dir "$data" --name Bench --rate-limit 100000000)
echo "Seeding $contacts contacts and $others of each other collection..."
"$server" seed --data-dir "$data" --tenant "$tenant" --contacts "$contacts" --customers "$others" \
    --leads "$others" --opportunities "$others" --tickets "$others" > /dev/null
key=$("$server" key create --data-dir "$data" --tenant "$tenant" --name bench --scopes read,write)
"$server" serve --data-dir "$data" --listen "127.0.0.1:$port" > "$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$port/api/v1"
export OMNIOTAP_API_KEY="$key"
"$client" connect --profile "$profile" --server "http://127.0.0.1:$port" > /dev/null

# Runs the client with the arguments; prints "seconds peak-RSS-MB" on stdout, the client's
# own output on stderr.
timed() {
    python3 - "$@" <<'PY'
import resource, subprocess, sys, time
start = time.monotonic()
done = subprocess.run(sys.argv[1:], stdout=sys.stderr)
elapsed = time.monotonic() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
if done.returncode != 0:
    sys.exit(f"{sys.argv[1:]} exited with {done.returncode}")
print(f"{elapsed:.2f} {peak:.0f}")
PY
}

read -r initial initial_rss < <(timed "$client" sync --profile "$profile")

# 100 changes made elsewhere (API updates of existing contacts)...
ids=$(curl -sf -H "X-API-Key: $key" "$base/contacts?limit=100" \
    | python3 -c 'import json,sys; print("\n".join(r["id"] for r in json.load(sys.stdin)["data"]))')
for id in $ids; do
    curl -sf -o /dev/null -X PATCH -H "X-API-Key: $key" -H 'Content-Type: application/json' \
        -d '{"jobTitle":"Changed on the server"}' "$base/contacts/$id"
done
# ...and 100 made here: 50 new contacts and 50 edits of customers.
customers=$(curl -sf -H "X-API-Key: $key" "$base/customers?limit=50" \
    | python3 -c 'import json,sys; print("\n".join(r["id"] for r in json.load(sys.stdin)["data"]))')
{
    echo "firstName,lastName"
    for i in $(seq 50); do echo "Bench,Person $i"; done
} > "$work/new.csv"
{
    echo "id,industry"
    for id in $customers; do echo "$id,Changed here"; done
} > "$work/edits.csv"
"$client" import --profile "$profile" --collection contacts "$work/new.csv" > /dev/null
"$client" import --profile "$profile" --collection customers "$work/edits.csv" > /dev/null

read -r incremental incremental_rss < <(timed "$client" sync --profile "$profile" --json)

total=$((contacts + 4 * others))
printf '\n%-46s %8s %12s\n' scenario seconds "client RSS"
printf '%-46s %8s %9s MB\n' "initial sync, $total records" "$initial" "$initial_rss"
printf '%-46s %8s %9s MB\n' "incremental sync, 100 changes each way" "$incremental" "$incremental_rss"
