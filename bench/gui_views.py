"""How fast the views redraw, against a naive reference. Run by hand:

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_views.py

1. Network diagram, 1000x700: a frame is set_snapshot() with every weight changed,
   then a forced repaint of the viewport (and, separately, a grab to a QImage).
   Ours (one EdgeBatchItem) at ~1k / 10k / 100k edges as shipped (above
   diagram.DENSE_EDGES the grey zero-bucket edges are skipped), then with every
   edge painted beside the naive design: the same widget with one
   QGraphicsLineItem per edge re-penned each frame, at 1k and 10k.
2. Decision boundary (100x100) plus every neuron thumbnail for the default net:
   the grid computed (make_snapshot's grid part) and drawn by BoundaryView and
   the diagram. Targets: 10k edges >= 60 fps; boundary + thumbnails <= 10 ms.
"""
from __future__ import annotations

import contextlib
import dataclasses
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsLineItem  # noqa: E402

import core  # noqa: E402
from core import decision_grid  # noqa: E402
from nnviz.snapshot import GRID_RESOLUTION, THUMB_RESOLUTION, make_snapshot  # noqa: E402
from nnviz.views.boundary import BoundaryView  # noqa: E402
from nnviz.views import diagram as diagram_mod  # noqa: E402
from nnviz.views.diagram import NetworkDiagram  # noqa: E402

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


class NaiveDiagram(NetworkDiagram):
    """The design we avoid: the same widget, but one QGraphicsLineItem per edge, re-penned
    every frame (same selection, colours, widths and paint order; the batch item hidden)."""

    def _update_edges(self, w, scale):
        super()._update_edges(w, scale)
        e = self.edges
        e.setVisible(False)
        if getattr(self, "_items_for", None) is not self._ends:
            for it in getattr(self, "_items", []):
                self.scene.removeItem(it)
            self._items = []
            for x0, y0, x1, y1 in self._ends.tolist():
                it = QGraphicsLineItem(x0, y0, x1, y1)
                it.setVisible(False)
                self.scene.addItem(it)
                self._items.append(it)
            self._items_for = self._ends
            self._shown = []
        for it in self._shown:
            it.setVisible(False)
        ids = e.edge_ids.tolist()
        self._shown = []
        for pen, first, count in e.groups:
            for z, k in enumerate(ids[first:first + count]):
                it = self._items[k]
                it.setPen(pen)
                it.setZValue(first + z)  # keep our paint order: strong edges on top
                it.setVisible(True)
                self._shown.append(it)


def bench_naive(app, sizes, frames):
    snaps = snapshots(sizes)
    d = NaiveDiagram()
    d.set_max_edges(10 ** 7)
    d.resize(W, H)
    d.show()
    d.set_snapshot(snaps[0])
    app.processEvents()
    i = [0]

    def frame():
        i[0] += 1
        d.set_snapshot(snaps[i[0] % N_VARIANTS])
        d.view.viewport().repaint()

    res = {"edges": d.edge_count(), "repaint": timed(frame, frames, warmup=1)}
    d.close()
    d.deleteLater()
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


@contextlib.contextmanager
def every_edge_painted():
    """Switch off the dense-net shortcut (zero-bucket edges skipped above DENSE_EDGES)."""
    old = diagram_mod.DENSE_EDGES
    diagram_mod.DENSE_EDGES = 10 ** 12
    try:
        yield
    finally:
        diagram_mod.DENSE_EDGES = old


def main():
    app = QApplication.instance() or QApplication(sys.argv)
    print(f"offscreen {W}x{H}, platform {app.platformName()}, {os.cpu_count()} cores")
    print("\n1. network diagram: set_snapshot (every weight changed) + forced viewport repaint, ms per frame")
    print(f"   as shipped: above {diagram_mod.DENSE_EDGES:,} edges the grey zero-bucket edges are not painted;")
    print("   'every edge' paints all of them, for ours and for the naive one-item-per-edge reference alike")
    print(f"{'edges':>8} | {'painted':>7} {'ours':>6} {'fps':>5} {'grab':>6} {'numpy':>6} |"
          f" {'every edge: ours':>16} {'fps':>5} {'naive':>7} {'fps':>5} {'naive/ours':>10}")
    for name, sizes in SIZES.items():
        frames = 30 if name != "100k" else 6
        o = bench_ours(app, sizes, frames)
        with every_edge_painted():
            a = bench_ours(app, sizes, frames)
            n = bench_naive(app, sizes, 8 if name == "10k" else 20) if name in ("1k", "10k") else None
        line = (f"{a['edges']:>8,} | {o['edges']:>7,} {o['repaint'] * 1e3:>6.1f} {1 / o['repaint']:>5.0f}"
                f" {o['grab'] * 1e3:>6.1f} {o['update'] * 1e3:>6.1f} | {a['repaint'] * 1e3:>16.1f}"
                f" {1 / a['repaint']:>5.0f}")
        if n:
            line += f" {n['repaint'] * 1e3:>7.1f} {1 / n['repaint']:>5.0f} {n['repaint'] / a['repaint']:>9.1f}x"
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
