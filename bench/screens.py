"""The screenshot suite of issue 10: the main window as a class sees it, run by hand and looked at.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/screens.py [--out /tmp/screens] [--only NAME ...]

Scenes: the default spiral trained, XOR (Playground's settings), circle with noise and test data,
a wide 2-64-64-3 net, the dark theme, high contrast, the colour-blind palette, and presenter mode at
200 %. Each at 1366x768 and 1920x1080, written as PNG to --out (not into the repo). The offscreen
platform's screen is large enough for both sizes (QT_QPA_OFFSCREEN... is not needed); under X use a
display at least 1920x1080.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

if not os.environ.get("PYTHONPATH"):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"

SIZES = ((1366, 768), (1920, 1080))
PLAYGROUND = {"network": {"activation": "tanh", "init": "xavier"}, "train": {"lr": 0.03, "batch_size": 10}}

# name: (spec patch, epochs to train, look: theme, high contrast, palette, presenter scale)
SCENES = {
    "spiral": ({}, 300, ("light", False, "playground", 100)),
    "xor": ({"data": {"name": "xor", "test_ratio": 0.0}, "network": {"sizes": [2, 4, 2, 2], **PLAYGROUND["network"]},
             "train": PLAYGROUND["train"]}, 120, ("light", False, "playground", 100)),
    "circle_noise_test": ({"data": {"name": "circle", "noise": 0.25, "test_ratio": 0.4},
                           "network": {"sizes": [2, 4, 2, 2], **PLAYGROUND["network"]}, "train": PLAYGROUND["train"]},
                          120, ("light", False, "playground", 100)),
    "wide_2_64_64_3": ({"network": {"sizes": [2, 64, 64, 3], "activation": "tanh", "init": "xavier"},
                        "train": {"lr": 0.1}}, 80, ("light", False, "playground", 100)),
    "dark": ({}, 300, ("dark", False, "playground", 100)),
    "high_contrast": ({}, 300, ("light", True, "playground", 100)),
    "high_contrast_dark": ({}, 300, ("dark", True, "playground", 100)),
    "colorblind": ({}, 300, ("light", False, "colorblind", 100)),
    "presenter_200": ({}, 300, ("light", False, "playground", 200)),
}


def pump(app, seconds):
    t = time.perf_counter()
    while time.perf_counter() - t < seconds:
        app.processEvents()
        time.sleep(0.005)


def wait_for(app, pred, timeout=60.0):
    t = time.perf_counter()
    while time.perf_counter() - t < timeout:
        app.processEvents()
        if pred():
            return True
        time.sleep(0.005)
    return False


def set_look(w, theme, hc, palette, scale):
    c = w.classroom
    c.set_theme(theme)
    if c.appearance.high_contrast != hc:
        w.actions["high_contrast"].trigger()
    w.actions[f"palette_{palette}"].trigger()
    if scale != 100:
        c.set_presenter_scale(scale)
    elif c.presenting:
        c.set_presenting(False)


def shoot(app, name, out, sizes):
    from nnviz.main_window import MainWindow

    patch, epochs, look = SCENES[name]
    w = MainWindow()
    w.show()
    pump(app, 0.3)
    if patch:
        w.worker.rebuild(patch, f"screens: {name}")
        wait_for(app, lambda: w.last_snapshot is not None and w.last_snapshot.epoch == 0 and
                 (not patch.get("network", {}).get("sizes") or
                  list(w.last_snapshot.sizes[1:-1]) == patch["network"]["sizes"][1:-1]))
    w.set_speed(0)
    w.play()
    ok = wait_for(app, lambda: w.last_snapshot is not None and w.last_snapshot.epoch >= epochs, timeout=120)
    w.pause()
    pump(app, 0.4)
    set_look(w, *look)
    files = []
    for width, height in sizes:
        w.resize(width, height)
        pump(app, 0.6)
        w.worker.request_snapshot()
        pump(app, 0.4)
        img = w.grab().toImage()
        path = out / f"{name}_{width}x{height}.png"
        img.save(str(path))
        snap = w.last_snapshot
        files.append((path, img.width(), img.height()))
        print(f"{path}  ({img.width()}x{img.height()}, epoch {snap.epoch}, "
              f"train acc {snap.epoch_history[-1].get('train_acc', float('nan')) if len(snap.epoch_history) else '-'})"
              + ("" if ok else "  [training did not reach the epoch]"))
    set_look(w, "light", False, "playground", 100)
    if hasattr(w, "shutdown"):
        w.shutdown(timeout=5.0)
    w.close()
    return files


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp/screens", help="folder for the PNGs (default /tmp/screens)")
    ap.add_argument("--only", nargs="*", choices=sorted(SCENES), help="these scenes only")
    a = ap.parse_args()
    from PySide6.QtWidgets import QApplication

    from nnviz.classroom import settings
    if hasattr(settings, "isolate"):
        settings.isolate()  # the suite's theme choices must not become the user's
    app = QApplication.instance() or QApplication([sys.argv[0]])
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for name in a.only or SCENES:
        shoot(app, name, out, SIZES)


if __name__ == "__main__":
    main()
