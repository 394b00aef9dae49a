"""Offscreen pictures drawn by the app's own view classes: the command line's PNGs and screenshots.

Nothing here draws differently from the window: the same ``NetworkDiagram``,
``BoundaryView``, ``LossPlot`` and ``MainWindow`` get a snapshot and render it.
"""
from __future__ import annotations

import os
import sys

DEFAULT_SIZES = {"loss": (900, 560), "boundary": (640, 640), "network": (1100, 760)}


def ensure_offscreen():
    """Use Qt's offscreen platform unless a display is there or the user chose a platform."""
    if "QT_QPA_PLATFORM" not in os.environ and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def application():
    """The QApplication (created offscreen-capable if there is none yet)."""
    ensure_offscreen()
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "nnviz"])


def snapshot_of(session, seq=1, error="", error_info=None, message=""):
    from nnviz.model.snapshot import make_snapshot

    return make_snapshot(session, seq, error=error, error_info=error_info, message=message)


def _save(img, path):
    if img.isNull() or not img.save(os.fspath(path)):
        raise OSError(f"could not write the image {path}")
    return os.fspath(path)


def render_views(snap, out_dir, sizes=None):
    """Write loss.png, boundary.png and network.png for a snapshot; returns {name: path}."""
    application()
    from nnviz.views.boundary import BoundaryView
    from nnviz.views.diagram import NetworkDiagram
    from nnviz.views.loss_plot import LossPlot

    sizes = dict(DEFAULT_SIZES, **(sizes or {}))
    os.makedirs(out_dir, exist_ok=True)
    out = {}
    for name, cls in (("loss", LossPlot), ("boundary", BoundaryView), ("network", NetworkDiagram)):
        view = cls()
        w, h = sizes[name]
        view.resize(w, h)
        view.set_snapshot(snap)
        out[name] = _save(view.render_to_image(w, h), os.path.join(out_dir, f"{name}.png"))
        view.deleteLater()
    return out


def render_window(snap, width=1400, height=860):
    """The main window showing ``snap``, laid out at width x height, as a QImage (never on screen)."""
    app = application()
    from PySide6.QtCore import Qt

    from nnviz.main_window import MainWindow

    win = MainWindow(start=False)
    win.setAttribute(Qt.WA_DontShowOnScreen, True)
    win.resize(int(width), int(height))
    win.show()
    app.processEvents()
    win.show_snapshot(snap)
    for _ in range(3):  # layouts settle, then the views repaint at their final size
        app.processEvents()
    win.show_snapshot(snap)
    app.processEvents()
    img = win.grab().toImage()
    win.shutdown()
    win.close()
    win.deleteLater()
    app.processEvents()
    return img


def save_window(snap, path, width=1400, height=860):
    return _save(render_window(snap, width, height), path)
