#!/usr/bin/env python3
"""Render assets/icons/hicolor/scalable/apps/nnviz.svg to the PNG sizes desktops look for
(assets/icons/hicolor/NxN/apps/nnviz.png). Run after changing the SVG; the PNGs are checked in
(tests/install/test_assets.py renders them again and compares).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render-icons.py [--out DIR]

Below 48 pixels the edges are drawn thicker than plain scaling would (a 1-pixel weight line
vanishes at 16 px), so the small icons still read as a network.
"""
import argparse
import os
import re
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent

from PySide6.QtCore import QByteArray, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SVG = ROOT / "assets" / "icons" / "hicolor" / "scalable" / "apps" / "nnviz.svg"


def svg_for(size, text):
    """The SVG as drawn at ``size`` pixels: edge strokes widened below 48 px."""
    if size >= 48:
        return text
    factor = (48 / size) ** 0.75
    # only the edges (<line>), not the nodes' white rings
    return re.sub(r'(<line [^>]*?)stroke-width="([0-9.]+)"',
                  lambda m: f'{m.group(1)}stroke-width="{float(m.group(2)) * factor:.2f}"', text)


def render(size, text=None):
    text = svg_for(size, text if text is not None else SVG.read_text(encoding="utf-8"))
    r = QSvgRenderer(QByteArray(text.encode("utf-8")))
    if not r.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    r.render(p)
    p.end()
    return img


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "assets" / "icons"), help="folder for hicolor/NxN/apps/nnviz.png")
    out_dir = Path(ap.parse_args().out)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    for n in SIZES:
        out = out_dir / "hicolor" / f"{n}x{n}" / "apps" / "nnviz.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not render(n).save(str(out), "PNG"):
            raise SystemExit(f"could not write {out}")
        print(f"wrote {out}")


if __name__ == "__main__":
    main()
