"""How fast the views redraw, against a naive reference. Run by hand:

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_views.py

1. Network diagram, 1000x700: a frame is set_snapshot() with every weight changed,
   then a forced repaint of the viewport (and, separately, a grab to a QImage).
   Ours (one EdgeBatchItem) at ~1k / 10k / 100k edges beside the naive design,
   one QGraphicsLineItem per edge re-penned each frame, at 1k and 10k.
2. Decision boundary (100x100) plus every neuron thumbnail for the default net:
   the grid computed (make_snapshot's grid part) and drawn by BoundaryView and
   the diagram. Targets: 10k edges >= 60 fps; boundary + thumbnails <= 10 ms.
"""
from __future__ import annotations

import dataclasses
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from PySide6.QtGui import QColor, QPen  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsLineItem, QGraphicsScene, QGraphicsView  # noqa: E402

import core  # noqa: E402
from core import decision_grid  # noqa: E402
from nnviz import colors  # noqa: E402
from nnviz.snapshot import GRID_RESOLUTION, THUMB_RESOLUTION, make_snapshot  # noqa: E402
from nnviz.views.boundary import BoundaryView  # noqa: E402
from nnviz.views.diagram import N_BUCKETS, NetworkDiagram  # noqa: E402

W, H = 1000, 700
SIZES = {"1k": [2, 24, 36, 3], "10k": [2, 100, 98, 3], "100k": [2, 316, 316, 3]}
N_VARIANTS = 8  # distinct weight sets cycled through, so every frame changes every weight


def timed(fn, frames, warmup=3):
    for _ in range(warmup):
        fn()
    t = time.perf_counter()
    for _ in range(frames):
        fn()
    return (time.perf_counter() - t) / frames


def snapshots(sizes):
    s = core.Session.from_spec({"network": {"sizes": sizes, "activation": "tanh", "init": "xavier"},
                                "data": {"name": "spiral", "classes": sizes[-1]}})
    s.step()
    base = make_snapshot(s, 0)
    rng = np.random.default_rng(0)
    out = []
    for v in range(N_VARIANTS):
        ws = tuple((W_ + rng.normal(0, 0.3, W_.shape), b) for W_, b in base.weights)
        out.append(dataclasses.replace(base, seq=v, weights=ws))
    return out


def bench_ours(app, sizes, frames):
    snaps = snapshots(sizes)
    d = NetworkDiagram()
    d.set_max_edges(10 ** 7)
    d.resize(W, H)
    d.show()
    d.set_snapshot(snaps[0])
    app.processEvents()
    i = [0]

    def frame_repaint():
        i[0] += 1
        d.set_snapshot(snaps[i[0] % N_VARIANTS])
        d.view.viewport().repaint()

    def frame_grab():
        i[0] += 1
        d.set_snapshot(snaps[i[0] % N_VARIANTS])
        d.grab().toImage()

    def update_only():
        i[0] += 1
        d.set_snapshot(snaps[i[0] % N_VARIANTS])

    res = {"edges": d.edge_count(), "repaint": timed(frame_repaint, frames),
           "grab": timed(frame_grab, frames), "update": timed(update_only, frames)}
    d.close()
    d.deleteLater()
    app.processEvents()
    return res


def bench_naive(app, sizes, frames):
    """The design we avoid: one QGraphicsLineItem per edge, pen changed per item per frame."""
    snaps = snapshots(sizes)
    scene = QGraphicsScene(0, 0, W, H)
    view = QGraphicsView(scene)
    view.resize(W, H)
    view.show()
    # same geometry as a column layout: endpoints evenly spaced per column
    cols = [np.linspace(40, H - 40, n) for n in sizes]
    xs = np.linspace(60, W - 60, len(sizes))
    items = []
    for k in range(len(sizes) - 1):
        for y0 in cols[k]:
            for y1 in cols[k + 1]:
                it = QGraphicsLineItem(xs[k], y0, xs[k + 1], y1)
                scene.addItem(it)
                items.append(it)
    pens = [QPen(QColor(*map(int, c[:3])), 0) for c in colors.bucket_colors(N_BUCKETS)]
    app.processEvents()
    i = [0]

    def frame():
        i[0] += 1
        snap = snaps[i[0] % N_VARIANTS]
        w = np.concatenate([W_.ravel() for W_, _ in snap.weights])
        b = colors.bucketize(w, N_BUCKETS)
        for it, k in zip(items, b.tolist()):
            it.setPen(pens[k])
        view.viewport().repaint()

    res = {"edges": len(items), "repaint": timed(frame, frames, warmup=1)}
    view.close()
    app.processEvents()
    return res


def bench_boundary(app, frames=40):
    s = core.Session.from_spec({})
    for _ in range(200):
        s.step()
    snap = make_snapshot(s, 0)
    bv = BoundaryView()
    bv.resize(500, 500)
    bv.show()
    d = NetworkDiagram()
    d.resize(W, H)
    d.show()
    bv.set_snapshot(snap)
    d.set_snapshot(snap)
    app.processEvents()
    t_grid = t_snap = t_bv = t_d = 0.0
    for f in range(frames):
        s.step()  # new weights each frame; not timed
        t0 = time.perf_counter()
        g = decision_grid(s.network, snap.bounds, GRID_RESOLUTION, s.features)
        step = max(1, GRID_RESOLUTION // THUMB_RESOLUTION)
        _thumbs = tuple(np.ascontiguousarray(h[::step, ::step]) for h in g["hidden"])
        t1 = time.perf_counter()
        snap = make_snapshot(s, f)
        t2 = time.perf_counter()
        bv.set_snapshot(snap)
        bv.plot.viewport().repaint()
        t3 = time.perf_counter()
        d.set_snapshot(snap)
        d.view.viewport().repaint()
        t4 = time.perf_counter()
        t_grid += t1 - t0
        t_snap += t2 - t1
        t_bv += t3 - t2
        t_d += t4 - t3
    n = frames / 1000.0
    return {"grid": t_grid / n, "make_snapshot": t_snap / n, "boundary": t_bv / n, "diagram": t_d / n}


def main():
    app = QApplication.instance() or QApplication(sys.argv)
    print(f"offscreen {W}x{H}, platform {app.platformName()}, {os.cpu_count()} cores\n")
    print("1. network diagram: set_snapshot (all weights changed) + forced repaint")
    print(f"{'edges':>8} {'ours ms':>8} {'ours fps':>9} {'(grab ms)':>10} {'(numpy ms)':>10}"
          f" {'naive ms':>9} {'naive fps':>10} {'speed-up':>9}")
    for name, sizes in SIZES.items():
        frames = 30 if name != "100k" else 8
        o = bench_ours(app, sizes, frames)
        line = (f"{o['edges']:>8,} {o['repaint'] * 1e3:>8.1f} {1 / o['repaint']:>9.1f} {o['grab'] * 1e3:>10.1f}"
                f" {o['update'] * 1e3:>10.1f}")
        if name in ("1k", "10k"):
            n = bench_naive(app, sizes, 8 if name == "10k" else 20)
            line += f" {n['repaint'] * 1e3:>9.1f} {1 / n['repaint']:>10.1f} {n['repaint'] / o['repaint']:>8.1f}x"
        print(line, flush=True)
    print("\n2. default 2-10-3 net: decision boundary 100x100 + thumbnails, ms per frame")
    b = bench_boundary(app)
    total = b["grid"] + b["boundary"] + b["diagram"]
    print(f"  grid computed (decision_grid + thumbnails)  {b['grid']:6.2f}")
    print(f"  boundary drawn (set_snapshot + repaint)       {b['boundary']:6.2f}")
    print(f"  diagram with thumbnails drawn (+ repaint)     {b['diagram']:6.2f}")
    print(f"  total                                         {total:6.2f}   (target <= 10)")
    print(f"  (whole make_snapshot, for reference:          {b['make_snapshot']:6.2f})")


if __name__ == "__main__":
    main()
