#!/usr/bin/env bash
# Extracts every tr() string of the app into assets/i18n/*.ts (keeping existing translations), fills in
# the translations of scripts/translations_<lang>.py (marking them finished), then compiles the .qm files
# the app loads. Run after changing user-visible text; it lists what still needs a translation
# (add those to scripts/translations_<lang>.py and run it again). STRICT=1 fails on a missing one.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${VENV:-.venv}/bin
mapfile -t SOURCES < <(find nnviz core -name '*.py' | sort)
for lang in ko; do
  "$BIN/pyside6-lupdate" -no-obsolete "${SOURCES[@]}" -ts "assets/i18n/nnviz_${lang}.ts"
  "$BIN/python" scripts/fill-translations.py "$lang" ${STRICT:+--strict}
  "$BIN/pyside6-lrelease" "assets/i18n/nnviz_${lang}.ts" -qm "assets/i18n/nnviz_${lang}.qm"
done
