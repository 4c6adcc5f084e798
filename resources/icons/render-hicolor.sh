#!/usr/bin/env bash
# Renders the application icon (resources/icons/omniotap.svg) into the hicolor theme sizes that
# the Linux packages install. The PNGs are committed, so building needs no SVG renderer; run
# this again after changing the SVG (needs rsvg-convert, Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

for size in 16 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert --width "$size" --height "$size" --output \
        "hicolor/${size}x${size}/apps/dev.omniotap.OmnioTap.png" omniotap.svg
done
