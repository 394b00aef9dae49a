#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages nnviz needs: python3-venv (a stock Debian/Ubuntu has no
# `python3 -m venv` without it), the libraries Qt needs (offscreen and under a real X display), the
# CJK font for the Korean UI, and desktop-file-utils (checks the launcher file; the install test uses
# it). Runs as root or through sudo; does nothing when everything is there.
set -euo pipefail
PY_VENV="python3-venv"
# the versioned package too (python3.12-venv on Ubuntu 24.04), which the plain one does not always pull in
if command -v python3 >/dev/null; then
    PY_VENV="$PY_VENV python$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')-venv"
fi
PKGS="$PY_VENV libgl1 libegl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3
      xvfb libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
      libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-xkb1 libx11-xcb1 fonts-noto-cjk
      desktop-file-utils"
installed() { dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q "install ok installed"; }
available() { apt-cache show "$1" >/dev/null 2>&1; }
missing=$(for p in $PKGS; do installed "$p" || echo "$p"; done)
[ -z "$missing" ] && exit 0
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
# a versioned pythonX.Y-venv that this release does not package is left out (python3-venv covers it)
wanted=$(for p in $missing; do available "$p" && echo "$p" || echo "install-system-deps: no package $p here, skipped" >&2; done)
[ -z "$wanted" ] && exit 0
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $wanted
