#!/usr/bin/env python3
"""Render assets/icons/hicolor/scalable/apps/nnviz.svg to the PNG sizes desktops look for
(assets/icons/hicolor/NxN/apps/nnviz.png). Run after changing the SVG; the PNGs are checked in.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render-icons.py
"""
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main():
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    svg = ROOT / "assets" / "icons" / "hicolor" / "scalable" / "apps" / "nnviz.svg"
    r = QSvgRenderer(str(svg))
    if not r.isValid():
        sys.exit(f"{svg} is not a valid SVG")
    for n in SIZES:
        img = QImage(n, n, QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r.render(p)
        p.end()
        out = ROOT / "assets" / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "nnviz.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not img.save(str(out), "PNG"):
            sys.exit(f"could not write {out}")
        print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
