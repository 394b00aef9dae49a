"""Histograms of the weights and of the gradients, one row per dense layer, live.

One pyqtgraph plot per (layer, weights | gradients); the step curves are made once and refilled.
Drawing is skipped while the widget is hidden and limited to ``MAX_HZ`` while training runs.
"""
from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from nnviz import colors
from nnviz.stepthrough.binning import BINS, histogram

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
        self.nonfinite = {}        # same keys -> how many nan/inf values the bars leave out
        self._factor = 1.0
        self._head_w = QLabel()
        self._head_g = QLabel()
        self._grid.addWidget(self._head_w, 0, 1)
        self._grid.addWidget(self._head_g, 0, 2)
        self.retranslate_ui()

    def changeEvent(self, ev):
        if ev.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(ev)

    def retranslate_ui(self):
        """Titles and the layers' labels in the language in force (the notes follow at the next draw)."""
        self._head_w.setText(self.tr("weights (W and b)"))
        self._head_g.setText(self.tr("gradients dL/dW, dL/db"))
        for k, (lab, _w, _g) in enumerate(self._rows):
            lab.setText(self.tr("layer {k}").format(k=k + 1))
        if self._snap is not None and self.isVisible():
            self._draw()

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
            lab = QLabel(self.tr("layer {k}").format(k=k + 1))   # again in retranslate_ui
            pair = []
            for col, rgb in ((1, _W), (2, _G)):
                pw = pg.PlotWidget(background="w")
                pw.setMenuEnabled(False)
                pw.hideButtons()
                pw.setMouseEnabled(x=False, y=False)
                pw.setMinimumHeight(int(60 * self._factor))   # the dock scrolls rather than squeezing rows
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
            for which, arrays, (pw, curve) in (("weights", (W, b), self._rows[k][1]),
                                                ("gradients", (gW, gb), self._rows[k][2])):
                bins = histogram(arrays, BINS)
                curve.setData(bins.edges, bins.counts.astype(np.float64))
                pw.setTitle(self._nonfinite_note(bins) or None, size="8pt")
                self.counts[(k, which)] = (bins.edges, bins.counts)
                self.nonfinite[(k, which)] = bins.nonfinite

    def set_presenter_factor(self, factor):
        self._factor = max(0.5, float(factor))
        for _lab, a, b in self._rows:
            for pw, _curve in (a, b):
                pw.setMinimumHeight(int(60 * self._factor))

    def _nonfinite_note(self, bins):
        """'2 nan, 1 +inf not shown': the values no bar can hold, said rather than silently dropped."""
        parts = [self.tr("{n} nan").format(n=bins.nan) if bins.nan else "",
                 self.tr("{n} +inf").format(n=bins.posinf) if bins.posinf else "",
                 self.tr("{n} −inf").format(n=bins.neginf) if bins.neginf else ""]
        parts = [p for p in parts if p]
        return self.tr("{values} not shown").format(values=", ".join(parts)) if parts else ""
