#!/usr/bin/env bash
# Extracts every tr() string of the app into assets/i18n/*.ts (keeping existing translations),
# then compiles them to the .qm files the app loads. Run after changing user-visible text.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
mapfile -t SOURCES < <(find nnviz -name '*.py' | sort)
for lang in ko; do
  "$BIN/pyside6-lupdate" -no-obsolete "${SOURCES[@]}" -ts "assets/i18n/nnviz_${lang}.ts"
  "$BIN/pyside6-lrelease" "assets/i18n/nnviz_${lang}.ts" -qm "assets/i18n/nnviz_${lang}.qm"
done
