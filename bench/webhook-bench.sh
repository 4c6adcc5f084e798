#!/usr/bin/env bash
# Webhook delivery under load: 1,000 creates/s for 30 s with a local receiver subscribed,
# against the same run without webhooks.
#
#   bench/webhook-bench.sh [BUILD_DIR]
#
# Prints the API's achieved create rate and latency in both runs, the pending deliveries
# every 5 s (the backlog), whether every event arrived, and the commit-to-delivery latency
# (arrival at the receiver minus the event's occurred_at). Environment: OMNIOTAP_BENCH_RATE
# (default 1000), OMNIOTAP_BENCH_SECONDS (default 30).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
server="$build/server/omniotap-server"
rate="${OMNIOTAP_BENCH_RATE:-1000}"
seconds="${OMNIOTAP_BENCH_SECONDS:-30}"
port="${OMNIOTAP_BENCH_PORT:-18191}"
receiver_port=$((port + 1))
[ -x "$server" ] || { echo "build the server first: $server not found" >&2; exit 1; }

data="$(mktemp -d)"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

tenant=$("$server" tenant create --data-dir "$data" --name WebhookBench --rate-limit 100000000)
key=$("$server" key create --data-dir "$data" --tenant "$tenant" --name bench --scopes admin)
"$server" serve --data-dir "$data" --listen "127.0.0.1:$port" --allow-private-webhooks \
    > "$data/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$port/api/v1"
# Enough connections that the offered rate does not depend on the answer time.
load() { python3 "$root/bench/webhooks/load.py" "$base/contacts" "$key" "$rate" "$seconds" 64; }

echo "Run 1: $rate creates/s for $seconds s, no webhook endpoint"
without=$(load)
echo "  $without"

python3 "$root/bench/webhooks/receiver.py" "$receiver_port" "$data/received.txt" &
pids+=($!)
sleep 0.5
curl -sf -H "X-API-Key: $key" -H 'Content-Type: application/json' \
    -d "{\"url\":\"http://127.0.0.1:$receiver_port/hook\",\"events\":[\"contact.created\"]}" \
    "$base/webhooks" > /dev/null

echo "Run 2: $rate creates/s for $seconds s, one endpoint subscribed to contact.created"
backlog() { # pending deliveries, read from the database as the server sees it
    python3 -c "import sqlite3,sys; c=sqlite3.connect('file:$data/omniotap.db?mode=ro', uri=True); \
print(c.execute(\"SELECT COUNT(*) FROM webhook_deliveries WHERE state='pending'\").fetchone()[0])"
}
( for i in $(seq 5 5 "$seconds"); do sleep 5; echo "  backlog after ${i} s: $(backlog) pending"; done ) &
sampler=$!
with=$(load)
wait "$sampler" || true
echo "  $with"

created=$(python3 -c "import json,sys; print(json.loads(sys.argv[1])['created'])" "$with")
for _ in $(seq 300); do
    [ "$(cut -d' ' -f2 "$data/received.txt" | sort -u | wc -l)" -ge "$created" ] && break
    sleep 0.1
done
echo "  backlog after the run: $(backlog) pending"

python3 - "$data/received.txt" "$created" "$without" "$with" <<'PY'
import json, sys
from datetime import datetime
path, created, without, with_ = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3]), json.loads(sys.argv[4])
first = {}
for line in open(path):
    arrived, event_id, occurred = line.split()
    if event_id not in first:
        occurred_ms = datetime.fromisoformat(occurred.replace("Z", "+00:00")).timestamp() * 1000
        first[event_id] = float(arrived) - occurred_ms
lat = sorted(first.values())
pick = lambda q: lat[min(len(lat) - 1, int(len(lat) * q))] if lat else float("nan")
print()
print(f"events created: {created}, delivered: {len(first)} "
      f"({'every event' if len(first) >= created else 'MISSING ' + str(created - len(first))})")
print(f"commit-to-delivery latency: p50 {pick(0.5):.1f} ms, p90 {pick(0.9):.1f} ms, "
      f"p99 {pick(0.99):.1f} ms, max {lat[-1] if lat else float('nan'):.1f} ms")
ratio = 100.0 * with_["rate"] / without["rate"]
print(f"API creates/s: {without['rate']} without webhooks, {with_['rate']} with ({ratio:.1f} %); "
      f"p50 {without['p50_ms']} -> {with_['p50_ms']} ms, p99 {without['p99_ms']} -> {with_['p99_ms']} ms")
PY
