#!/usr/bin/env bash
# Desktop window figures on a large local cache, under a virtual display (Xvfb).
#
#   bench/desktop-bench.sh [BUILD_DIR]
#
# Fills a profile's cache with 1,000,000 contacts (OMNIOTAP_BENCH_CONTACTS) as a sync stores
# them, then prints the start to a usable window, search-as-you-type latency per keystroke and
# the cost of the next page while scrolling. OMNIOTAP_BENCH_PROFILE keeps a filled profile.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
command -v xvfb-run >/dev/null || apt-get install -y -qq xvfb xauth >/dev/null
profile="${OMNIOTAP_BENCH_PROFILE:-$(mktemp -d)/profile}"
xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/omniotap-desktop-bench" "$profile" \
    "${OMNIOTAP_BENCH_CONTACTS:-1000000}"
