#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages Qt needs (offscreen and under a real X display)
# and the CJK font for the Korean UI. Runs as root or through sudo.
set -euo pipefail
PKGS="libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
      xvfb libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
      libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-xkb1 libx11-xcb1 fonts-noto-cjk"
missing=$(for p in $PKGS; do dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"; done)
[ -z "$missing" ] && exit 0
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
