#!/usr/bin/env python3
"""Fill assets/i18n/nnviz_<lang>.ts from scripts/translations_<lang>.py and mark those entries finished.

    python3 scripts/fill-translations.py [ko] [--strict]

Prints every source text that has no translation yet (add it to the dictionary and run again);
--strict exits with status 1 when there is one. A translation whose placeholders ({}, {n}, ...)
differ from its source is an error.
"""
import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def load_dict(lang):
    """scripts/translations_<lang>.py plus every scripts/translations_<lang>_<room>.py (one per room of
    the app, so that rooms add their texts without touching each other's file)."""
    table = {}
    paths = [ROOT / "scripts" / f"translations_{lang}.py"]
    paths += sorted((ROOT / "scripts").glob(f"translations_{lang}_*.py"))
    for path in paths:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        table.update(getattr(mod, lang.upper()))
    return table


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    strict = "--strict" in argv
    lang = args[0] if args else "ko"
    table = load_dict(lang)
    ts = ROOT / "assets" / "i18n" / f"nnviz_{lang}.ts"
    tree = ET.parse(ts)
    root = tree.getroot()
    root.set("language", {"ko": "ko_KR"}.get(lang, lang))
    root.set("sourcelanguage", "en")
    missing, bad, filled = [], [], 0
    for msg in root.iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        if src in table:
            text = table[src]
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(src)):
                bad.append((src, text))
                continue
            tr.text = text
            tr.attrib.pop("type", None)
            filled += 1
        elif not (tr.text and tr.get("type") is None):
            missing.append(src)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    print(f"{ts.name}: {filled} entries filled, {len(missing)} without a translation, {len(bad)} refused")
    for s, t in bad:
        print(f"  placeholders differ: {s!r} -> {t!r}")
    for s in dict.fromkeys(missing):
        print(f"  untranslated: {s!r}")
    return 1 if (bad or (strict and missing)) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
