"""Histograms of the weights and of the gradients, one row per dense layer, live.

One pyqtgraph plot per (layer, weights | gradients); the step curves are made once and refilled.
Drawing is skipped while the widget is hidden and limited to ``MAX_HZ`` while training runs.
"""
from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from nnviz import colors

BINS = 30
MAX_HZ = 6.0
_W = tuple(colors.WEIGHT_POS)
_G = tuple(colors.GRAD_NEG)


class HistogramsView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(4, 4, 4, 4)
        self._grid.setSpacing(4)
        self._rows = []            # per dense layer: (label, (plot, curve) weights, (plot, curve) grads)
        self._snap = None
        self._last = 0.0
        self._shown_seq = None
        self.counts = {}           # (layer, "weights" | "gradients") -> (edges, counts) last drawn
        self._head_w = QLabel(self.tr("weights (W and b)"))
        self._head_g = QLabel(self.tr("gradients dL/dW, dL/db"))
        self._grid.addWidget(self._head_w, 0, 1)
        self._grid.addWidget(self._head_g, 0, 2)

    def set_snapshot(self, snap):
        self._snap = snap
        if not self.isVisible():
            return
        now = time.monotonic()
        if snap.running and now - self._last < 1.0 / MAX_HZ:
            return
        self._last = now
        self._draw()

    def showEvent(self, ev):
        super().showEvent(ev)
        if self._snap is not None:
            self._draw()

    def _ensure_rows(self, n):
        while len(self._rows) < n:
            k = len(self._rows)
            lab = QLabel(self.tr("layer {k}").format(k=k + 1))
            pair = []
            for col, rgb in ((1, _W), (2, _G)):
                pw = pg.PlotWidget(background="w")
                pw.setMenuEnabled(False)
                pw.hideButtons()
                pw.setMouseEnabled(x=False, y=False)
                pw.setMinimumHeight(60)
                pi = pw.getPlotItem()
                pi.getAxis("left").setWidth(30)
                curve = pg.PlotCurveItem(x=np.array([0.0, 1.0]), y=np.array([0.0]), stepMode="center",
                                         fillLevel=0, brush=pg.mkBrush(*rgb, 150), pen=pg.mkPen(*rgb, width=1))
                pw.addItem(curve)
                self._grid.addWidget(pw, k + 1, col)
                pair.append((pw, curve))
            self._grid.addWidget(lab, k + 1, 0)
            self._rows.append((lab, pair[0], pair[1]))
        for k, (lab, a, b) in enumerate(self._rows):
            vis = k < n
            lab.setVisible(vis)
            a[0].setVisible(vis)
            b[0].setVisible(vis)

    def _draw(self):
        snap = self._snap
        if snap is None or snap.seq == self._shown_seq:
            return
        self._shown_seq = snap.seq
        n = len(snap.weights)
        self._ensure_rows(n)
        for k in range(n):
            W, b = snap.weights[k]
            gW, gb = snap.grads[k] if k < len(snap.grads) else (np.zeros_like(W), None)
            for which, arrays, (_pw, curve) in (("weights", (W, b), self._rows[k][1]),
                                                ("gradients", (gW, gb), self._rows[k][2])):
                vals = np.concatenate([np.ravel(a) for a in arrays if a is not None])
                vals = vals[np.isfinite(vals)]
                if vals.size == 0:
                    curve.setData([0.0, 1.0], [0.0])
                    self.counts[(k, which)] = (np.array([0.0, 1.0]), np.array([0]))
                    continue
                lo, hi = float(vals.min()), float(vals.max())
                if hi <= lo:
                    lo, hi = lo - 0.5, hi + 0.5
                counts, edges = np.histogram(vals, bins=BINS, range=(lo, hi))
                curve.setData(edges, counts.astype(np.float64))
                self.counts[(k, which)] = (edges, counts)
