#!/usr/bin/env bash
# Builds OmnioTap and runs every test suite (installs the Debian packages it needs first).
# Usage: tests/run-all.sh [BUILD_DIR]   (default: build)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"

"$root/.ci/install-deps"

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOMNIOTAP_BUILD_TESTS=ON "${launcher[@]}"
cmake --build "$build" -j2

export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure -j2 --timeout 600
