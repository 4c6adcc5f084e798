#!/usr/bin/env bash
# Takes the pictures in docs/images/ of the desktop window under a virtual display (Xvfb):
# seeds a server with sample records, syncs a fresh profile from it, and has
# omniotap-screenshots grab the window.
#
#   docs/take-screenshots.sh [BUILD_DIR]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
command -v xvfb-run >/dev/null || apt-get install -y -qq xvfb xauth >/dev/null
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
server="$build/server/omniotap-server"
tenant=$("$server" tenant create --data-dir "$work/data" --name "Acme Sales" --rate-limit 100000)
"$server" seed --data-dir "$work/data" --tenant "$tenant" --contacts 2000 --customers 300 \
    --leads 300 --opportunities 300 --tickets 300 > /dev/null
key=$("$server" key create --data-dir "$work/data" --tenant "$tenant" --name "Desktop app" \
    --scopes read,write,admin)
"$server" key create --data-dir "$work/data" --tenant "$tenant" --name "Website forms" \
    --scopes write > /dev/null
port=18234
"$server" serve --data-dir "$work/data" --listen "127.0.0.1:$port" > "$work/server.log" 2>&1 &
pid=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/v1/health" >/dev/null && break; sleep 0.2; done
export OMNIOTAP_API_KEY="$key"
"$build/app/omniotap" connect --profile "$work/profile" --server "http://127.0.0.1:$port" > /dev/null
"$build/app/omniotap" sync --profile "$work/profile" > /dev/null
curl -sf -o /dev/null -X POST -H "X-API-Key: $key" -H 'Content-Type: application/json' \
    -d '{"url":"https://hooks.example.com/omniotap","events":["contact.created","contact.updated","opportunity.updated"],"description":"Marketing automation"}' \
    "http://127.0.0.1:$port/api/v1/webhooks"
xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/omniotap-screenshots" "$work/profile" \
    "$root/docs/images" "http://127.0.0.1:$port" "$key"
