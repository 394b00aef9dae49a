"""Issue 11's lecture screenshots, run by hand and looked at: every lesson's key steps (the first, a middle
one, the last) in presenter mode 200 % full screen on 1920x1080, in English and Korean, and the default
window at 1366x768 in both languages.

    .venv/bin/python bench/lecture_screens.py [--out /tmp/shots-lecture] [--only LESSON ...] [--lang en ko]
        [--runs presenter default] [--percent 200 250] [--steps K ...]

Each (screen, language) runs in a process of its own on Qt's offscreen platform with a screen of exactly
that size (a configfile for the offscreen plugin), so presenter mode's full screen is the real one.
Beside each PNG a line in sizes.txt says what the room gets: the step note's and formulas' pixel sizes,
the diagram's and the output plot's sizes, the inspector formulas' width in characters.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LESSONS = ("spiral", "forward_pass", "backprop_by_hand", "gates", "activations", "softmax_overflow",
           "init_and_optimizers")


def key_steps(n):
    """The steps shot: after the first, a middle one and the last."""
    return sorted({1, (n + 1) // 2, n})


def pump(app, seconds):
    t = time.perf_counter()
    while time.perf_counter() - t < seconds:
        app.processEvents()
        time.sleep(0.005)


def wait_for(app, pred, timeout=120.0):
    t = time.perf_counter()
    while time.perf_counter() - t < timeout:
        app.processEvents()
        if pred():
            return True
        time.sleep(0.005)
    return False


def measure(w):
    """What the room gets, in pixels and characters."""
    st = w.stepthrough
    ins = st.inspector
    node = ins.node_text
    panel = w.classroom.lesson_panel
    vb = w.boundary.plot.getPlotItem().getViewBox().size()
    dock = st.docks["inspector"]
    return {"window": list(w.size().toTuple()), "min": list(w.minimumSizeHint().toTuple()),
            "note_px": panel.note_label.fontInfo().pixelSize(), "title_px": panel.title_label.fontInfo().pixelSize(),
            "formula_px": ins.formula_pixel_size(),
            "inspector_chars": round(node.width() / max(1, node.fontMetrics().averageCharWidth()), 1),
            "inspector": list(dock.size().toTuple()) if dock.isVisible() else None,
            "diagram": list(w.diagram.size().toTuple()), "plot": [round(vb.width()), round(vb.height())],
            "lesson_panel": list(panel.size().toTuple()) if panel.isVisible() else None}


def child(out, lang, screen, mode, only, percent=200, steps=None):
    from PySide6.QtWidgets import QApplication

    from nnviz import i18n
    from nnviz.classroom import settings
    settings.isolate()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    i18n.set_language(lang)
    from nnviz.main_window import MainWindow
    w = MainWindow()
    w.show()
    wait_for(app, lambda: w.drawn_snapshot is not None, 20)
    c = w.classroom
    if mode == "presenter":
        c.set_presenter_scale(percent)  # presenter mode: full screen on this screen, the Lecture layout
    else:
        w.showNormal()
        w.resize(*screen)
    pump(app, 0.8)
    sizes = open(out / "sizes.txt", "a")

    def shoot(name):
        w.worker.request_snapshot()
        pump(app, 0.6)
        path = out / f"{name}.png"
        w.grab().save(str(path))
        m = measure(w)
        sizes.write(f"{path.name} {json.dumps(m)}\n")
        sizes.flush()
        print(path, m, flush=True)

    tag = f"{mode}{percent if mode == 'presenter' else ''}_{screen[0]}x{screen[1]}_{lang}"
    if mode == "default":
        shoot(f"{tag}_window")
    for lesson_id in only or LESSONS:
        if not w.open_lesson(lesson_id):
            print("could not open", lesson_id, file=sys.stderr)
            continue
        ctl = c.controller
        n = len(ctl.lesson.steps)
        wanted = key_steps(n) if mode == "presenter" else [(n + 1) // 2]
        if steps:   # steps asked for by number (those past the lesson's end are left out)
            wanted = sorted({k for k in steps if 1 <= k <= n}) or wanted
        done = 0
        for k in wanted:
            while done < k:
                ctl.next()
                if ctl.asking:          # a step that asks first: show the question, then run it
                    ctl.next()
                wait_for(app, lambda: not ctl.busy)
                done += 1
            wait_for(app, lambda: w.last_snapshot is not None and not w.last_snapshot.running, 60)
            pump(app, 0.5)
            shoot(f"{tag}_{lesson_id}_step{k:02d}of{n:02d}")
        c.close_lesson()
        pump(app, 0.3)
    sizes.close()
    if c.presenting:
        c.set_presenting(False)
    w.shutdown(timeout=5.0)
    w.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp/shots-lecture")
    ap.add_argument("--only", nargs="*", choices=LESSONS)
    ap.add_argument("--lang", nargs="*", default=["en", "ko"])
    ap.add_argument("--runs", nargs="*", default=["presenter", "default"], choices=["presenter", "default"])
    ap.add_argument("--percent", nargs="*", type=int, default=[200], choices=[125, 150, 175, 200, 250, 300],
                    help="the presenter scales shot (default 200)")
    ap.add_argument("--steps", nargs="*", type=int, help="the steps shot (default: the key steps)")
    ap.add_argument("--child", nargs=5, metavar=("LANG", "W", "H", "MODE", "PCT"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    if a.child:
        lang, wd, ht, mode, pct = a.child
        child(out, lang, (int(wd), int(ht)), mode, a.only, int(pct), a.steps)
        return
    for mode in a.runs:
        screen = (1920, 1080) if mode == "presenter" else (1366, 768)
        for lang, pct in [(lg, p) for lg in a.lang for p in (a.percent if mode == "presenter" else [0])]:
            with tempfile.TemporaryDirectory() as tmp:
                conf = Path(tmp) / "screen.json"
                conf.write_text(json.dumps({"synchronousWindowSystemEvents": False, "windowFrameMargins": False,
                                            "screens": [{"name": "room", "x": 0, "y": 0, "width": screen[0],
                                                         "height": screen[1], "logicalDpi": 96,
                                                         "logicalBaseDpi": 96, "dpr": 1}]}))
                env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={conf}")
                env.setdefault("PYTHONPATH", str(ROOT))
                cmd = [sys.executable, __file__, "--out", str(out), "--child", lang, str(screen[0]),
                       str(screen[1]), mode, str(pct)] + (["--only", *a.only] if a.only else []) + \
                    (["--steps", *map(str, a.steps)] if a.steps else [])
                subprocess.run(cmd, env=env, check=True)


if __name__ == "__main__":
    main()
