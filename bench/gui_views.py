"""How fast the views redraw, against a naive reference. Run by hand:

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_views.py

1. Network diagram, 1000x700: a frame is set_snapshot() with every weight changed,
   then a forced repaint of the viewport (and, separately, a grab to a QImage).
   Ours (one EdgeBatchItem) at ~1k / 10k / 100k edges as shipped: above
   diagram.DENSE_EDGES edges every line is a hairline, the grey zero-bucket
   edges are skipped and the edges are rasterised with numpy (EdgeRaster) when
   their pixel lists fit diagram.RASTER_MAX_PIXELS (else Qt's drawLines, as
   for small nets). Beside it: the same with the raster off (Qt's drawLines,
   the previous design), then every edge painted (grey ones too) for ours and
   for the naive design: the same widget with one QGraphicsLineItem per edge
   re-penned each frame, at 1k and 10k.
2. Decision boundary (100x100) plus every neuron thumbnail for the default net:
   the grid computed (make_snapshot's grid part) and drawn by BoundaryView and
   the diagram. Targets: 10k edges >= 60 fps; boundary + thumbnails <= 10 ms.
3. What a long run costs per frame: the spiral trained at full speed adds ~20k
   losses and ~2k epoch records a second. make_snapshot (no grid) and the loss
   plot (set_snapshot + repaint) with the histories of ~10 s, ~1 min and ~5 min,
   the run growing by 700 iterations between frames (as at full speed).
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
from nnviz.model.snapshot import GRID_RESOLUTION, THUMB_RESOLUTION, make_snapshot  # noqa: E402
from nnviz.views import diagram as diagram_mod  # noqa: E402
from nnviz.views.boundary import BoundaryView  # noqa: E402
from nnviz.views.diagram import NetworkDiagram  # noqa: E402

W, H = 1000, 700
SIZES = {"1k": [2, 24, 36, 3], "10k": [2, 100, 98, 3], "100k": [2, 316, 316, 3]}
N_VARIANTS = 8  # distinct weight sets cycled through, so every frame changes every weight


def timed(fn, frames, warmup=3):
    """Median seconds per call (a shared machine has bursts of other work: a mean would time those)."""
    for _ in range(warmup):
        fn()
    ts = []
    for _ in range(frames):
        t = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t)
    return float(np.median(ts))


def alternating(variants, rounds, frames, warmup=1):
    """Median seconds per call of each variant, {name: (setup, fn)}, timed in alternating rounds
    (setup() switches to the variant, untimed) so that drift and bursts hit all of them alike."""
    ts = {name: [] for name in variants}
    for r in range(rounds):
        order = list(variants) if r % 2 == 0 else list(variants)[::-1]
        for name in order:
            setup, fn = variants[name]
            setup()
            for _ in range(warmup):
                fn()
            for _ in range(frames):
                t = time.perf_counter()
                fn()
                ts[name].append(time.perf_counter() - t)
    return {name: float(np.median(v)) for name, v in ts.items()}


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


def bench_ours(app, sizes, rounds, frames=5):
    """Ours as shipped, with the raster off (drawLines) and with every edge painted, alternating."""
    snaps = snapshots(sizes)
    d = NetworkDiagram()
    d.set_max_edges(10 ** 7)
    d.resize(W, H)
    d.show()
    d.set_snapshot(snaps[0])
    app.processEvents()
    i = [0]
    edges = {}

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

    def mode(name, raster, hide_faint):
        def setup():
            diagram_mod.RASTER_EDGES, diagram_mod.HIDE_FAINT_DENSE = raster, hide_faint
            update_only()
            edges[name] = d.edge_count()
        return setup

    shipped = mode("repaint", True, True)
    try:
        res = alternating({"repaint": (shipped, frame_repaint),
                           "grab": (mode("grab", True, True), frame_grab),
                           "update": (mode("update", True, True), update_only),
                           "drawlines": (mode("drawlines", False, True), frame_repaint),
                           "all": (mode("all", True, False), frame_repaint)}, rounds, frames)
    finally:
        diagram_mod.RASTER_EDGES, diagram_mod.HIDE_FAINT_DENSE = True, True
    res["edges"], res["all_edges"] = edges["repaint"], edges["all"]
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
    t = {"grid": [], "make_snapshot": [], "boundary": [], "diagram": [], "total": []}
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
        t["grid"].append(t1 - t0)
        t["make_snapshot"].append(t2 - t1)
        t["boundary"].append(t3 - t2)
        t["diagram"].append(t4 - t3)
        t["total"].append((t1 - t0) + (t4 - t2))
    return {k: 1000 * float(np.median(v)) for k, v in t.items()}  # medians, ms


@contextlib.contextmanager
def patched(**values):
    """Set module constants of nnviz.views.diagram for the block."""
    old = {k: getattr(diagram_mod, k) for k in values}
    for k, v in values.items():
        setattr(diagram_mod, k, v)
    try:
        yield
    finally:
        for k, v in old.items():
            setattr(diagram_mod, k, v)


def every_edge_painted():
    """Grey zero-bucket edges painted too, for the naive reference: as before, dense drawing off
    altogether (ours keeps the dense-net drawing and only shows the grey edges: bench_ours)."""
    return patched(DENSE_EDGES=10 ** 12)


def bench_long_run(app):
    """make_snapshot and the loss plot with long histories (extended synthetically: the histories
    are plain lists on the session; training a real 5-minute run here would take 5 minutes)."""
    from nnviz.views.loss_plot import LossPlot

    s = core.Session.from_spec({"data": {"test_ratio": 0.3}})
    for _ in range(3000):
        s.step()
    losses, epochs = list(s.loss_history), list(s.epoch_history)
    p = LossPlot()
    p.resize(470, 320)
    p.show()
    out = []
    for label, iters in (("10 s", 200_000), ("1 min", 1_200_000), ("5 min", 6_000_000)):
        reps = iters // len(losses)
        s.loss_history[:] = losses * reps
        s.epoch_history[:] = []
        for r in range(reps):  # epochs numbered on, as a run that long would have them
            base = r * len(epochs)
            s.epoch_history.extend(dict(e, epoch=base + e["epoch"], iteration=10 * (base + e["epoch"]))
                                   for e in epochs)
        make_snapshot(s, 0, grid=False)  # the first one reads the whole history once
        p.set_snapshot(make_snapshot(s, 1, grid=False))
        app.processEvents()
        t_snap, t_plot, frames = [], [], 30
        for f in range(frames):
            s.loss_history.extend(losses[:700])
            s.epoch_history.extend(dict(e, epoch=len(s.epoch_history) + 1) for e in epochs[:70])
            t0 = time.perf_counter()
            snap = make_snapshot(s, f + 2, grid=False)
            t1 = time.perf_counter()
            p.set_snapshot(snap)
            p.loss_plot.viewport().repaint()
            p.acc_plot.viewport().repaint()
            t2 = time.perf_counter()
            t_snap.append(t1 - t0)
            t_plot.append(t2 - t1)
        out.append((label, len(s.loss_history), len(s.epoch_history), np.median(t_snap) * 1e3,
                    np.median(t_plot) * 1e3))
    p.close()
    p.deleteLater()
    app.processEvents()
    return out


def main():
    app = QApplication.instance() or QApplication(sys.argv)
    print(f"offscreen {W}x{H}, platform {app.platformName()}, {os.cpu_count()} cores")
    print("\n1. network diagram: set_snapshot (every weight changed) + forced viewport repaint, ms per frame")
    print(f"   as shipped: above {diagram_mod.DENSE_EDGES:,} edges hairlines only, grey zero-bucket edges not painted,")
    print(f"   rasterised with numpy up to {diagram_mod.RASTER_MAX_PIXELS:,} edge pixels; 'drawLines' = the same"
          " with the raster off")
    print("   (Qt's drawLines: the previous design); 'all edges' paints the grey ones too, ours and the naive")
    print("   one-item-per-edge reference alike; 'update' = set_snapshot alone (numpy, raster included).")
    print("   Medians of frames; ours, drawLines and all edges timed in alternating rounds in one widget.")
    print(f"{'edges':>8} | {'painted':>7} {'ours':>6} {'fps':>5} {'grab':>6} {'update':>6} |"
          f" {'drawLines':>9} {'fps':>5} | {'all edges: ours':>15} {'fps':>5} {'naive':>7} {'fps':>5}"
          f" {'naive/ours':>10}")
    for name, sizes in SIZES.items():
        o = bench_ours(app, sizes, rounds=6 if name != "100k" else 2, frames=5 if name != "100k" else 3)
        n = None
        if name in ("1k", "10k"):
            with every_edge_painted():
                n = bench_naive(app, sizes, 9 if name == "10k" else 21)
        line = (f"{o['all_edges']:>8,} | {o['edges']:>7,} {o['repaint'] * 1e3:>6.1f} {1 / o['repaint']:>5.0f}"
                f" {o['grab'] * 1e3:>6.1f} {o['update'] * 1e3:>6.1f} | {o['drawlines'] * 1e3:>9.1f}"
                f" {1 / o['drawlines']:>5.0f} | {o['all'] * 1e3:>15.1f} {1 / o['all']:>5.0f}")
        if n:
            line += f" {n['repaint'] * 1e3:>7.1f} {1 / n['repaint']:>5.0f} {n['repaint'] / o['all']:>9.1f}x"
        print(line, flush=True)
    print("\n2. default 2-10-3 net: decision boundary 100x100 + thumbnails, ms per frame (medians)")
    b = bench_boundary(app)
    total = b["total"]  # the median frame (not the sum of the parts' medians)
    print(f"  grid computed (decision_grid + thumbnails)  {b['grid']:6.2f}")
    print(f"  boundary drawn (set_snapshot + repaint)       {b['boundary']:6.2f}")
    print(f"  diagram with thumbnails drawn (+ repaint)     {b['diagram']:6.2f}")
    print(f"  total                                         {total:6.2f}   (target <= 10)")
    print(f"  (whole make_snapshot, for reference:          {b['make_snapshot']:6.2f})")
    print("\n3. long runs: ms per frame, the run growing by 700 iterations between frames")
    print(f"  {'run at full speed':>17} {'iterations':>11} {'epochs':>8} {'make_snapshot':>14} {'loss plot':>10}")
    for label, iters, epochs, t_snap, t_plot in bench_long_run(app):
        print(f"  {label:>17} {iters:>11,} {epochs:>8,} {t_snap:>14.2f} {t_plot:>10.2f}")
    ours, theirs, n = bench_downsampling(app)
    print("\n4. one loss curve of 200k epochs growing by 100 a frame, ms per frame (set data + repaint):")
    print(f"  nnviz's incremental envelope ({n} points drawn) {ours:6.2f}   pyqtgraph's own peak downsampling"
          f" + clip-to-view {theirs:6.2f}  ->  {'ours kept' if ours < theirs else 'pyqtgraph is faster'}")


def bench_downsampling(app, n_epochs=200_000):
    """Issue 10.2 asks for pyqtgraph's downsampling where the benchmark agrees: the same growing curve
    drawn both ways in one plot widget."""
    import pyqtgraph as pg

    from nnviz.model.snapshot import EPOCH_FIELDS, EpochHistory
    from nnviz.views.loss_curves import _Envelope
    rng = np.random.default_rng(0)
    e = np.arange(1, n_epochs + 1, dtype=float)
    y = 0.05 + 1 / e + rng.normal(0, 0.01, n_epochs) ** 2
    pw = pg.PlotWidget()
    pw.resize(480, 300)
    pw.show()
    app.processEvents()
    pw.setXRange(0, n_epochs)
    pw.setYRange(0, 1)
    c = pw.plot(pen=pg.mkPen((0, 114, 178), width=2))
    sizes = range(n_epochs - 3000, n_epochs, 100)
    c.setDownsampling(auto=True, method="peak")
    c.setClipToView(True)
    theirs = []
    for k in sizes:
        t = time.perf_counter()
        c.setData(e[:k], y[:k])
        pw.viewport().repaint()
        theirs.append(time.perf_counter() - t)
    c.setDownsampling(auto=False)
    c.setClipToView(False)
    env, token, ours = _Envelope(), object(), []
    cols = {f: np.zeros(n_epochs) for f in EPOCH_FIELDS}
    cols["epoch"], cols["train_loss"] = e, y
    for k in sizes:
        h = EpochHistory({f: cols[f][:k] for f in EPOCH_FIELDS}, {f: np.ones(k, bool) for f in EPOCH_FIELDS}, k,
                         token=token)
        t = time.perf_counter()
        x2, y2 = env.points(h, "train_loss", False, False, int(pw.getViewBox().width()))
        c.setData(x2, y2)
        pw.viewport().repaint()
        ours.append(time.perf_counter() - t)
    pw.close()
    return 1000 * float(np.median(ours)), 1000 * float(np.median(theirs)), len(x2)


if __name__ == "__main__":
    main()
