"""Loss (and accuracy) per epoch, with a readout under the mouse and click-to-jump.

Non-finite values are never handed to pyqtgraph: they are dropped from the
curves and named in the readout, so a blown-up run cannot look like a
curve that simply stopped.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

TRAIN_COLOR = (0x00, 0x72, 0xB2)   # Okabe-Ito blue
TEST_COLOR = (0xD5, 0x5E, 0x00)    # Okabe-Ito vermillion
BATCH_COLOR = (170, 170, 170)
MAX_BATCH_POINTS = 2000            # per-iteration loss is averaged down to this many points
_COLUMNS = ("epoch", "iteration", "train_loss", "test_loss", "train_acc", "test_acc")


def _finite_xy(x, y, positive=False):
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    ok = np.isfinite(y) & np.isfinite(x)
    if positive:
        ok &= y > 0  # log axes cannot show <= 0
    return x[ok], y[ok]


def _same(value, cached):
    v = np.nan if value is None else float(value)
    return v == cached or (math.isnan(v) and math.isnan(cached))


def _column(history, key):
    return np.array([np.nan if r.get(key) is None else r[key] for r in history], dtype=np.float64)


class _LossAxis(pg.AxisItem):
    """On a log axis pyqtgraph labels every minor tick (0.05 0.06 0.07 ...) and the labels
    run into each other; here the minor ticks at 2 and 5 form their own level, so only
    1-2-5 get labels (maxTextLevel 1) while 3, 4, 6-9 stay unlabelled grid lines."""

    def __init__(self, **kw):
        super().__init__(**kw)
        self.setStyle(maxTextLevel=1)

    def logTickValues(self, minVal, maxVal, size, stdTicks):
        ticks = [(sp, t) for sp, t in stdTicks if sp >= 1.0]
        if len(ticks) >= 3:
            return ticks
        v1, v2 = int(math.floor(minVal)), int(math.ceil(maxVal))
        decades = np.arange(v1, v2)
        two_five = (decades[:, None] + np.log10([2, 5])).ravel()
        rest = (decades[:, None] + np.log10([3, 4, 6, 7, 8, 9])).ravel()
        inside = lambda v: [float(x) for x in v if minVal < x < maxVal]
        if not ticks:  # less than a decade visible: decades as the top level
            ticks = [(None, inside(decades))]
        labelled = sum(len(t) for _, t in ticks) + len(inside(two_five))
        if labelled < 2:  # a narrow range (0.25..0.45): label 3, 4, ... too, as pyqtgraph would
            return ticks + [(None, inside(np.concatenate([two_five, rest])))]
        return ticks + [(None, inside(two_five)), (None, inside(rest))]


class LossPlot(QWidget):
    """Train/test loss per epoch (top) and accuracy (bottom, classification only)."""

    epochClicked = Signal(int, int)   # epoch, the iteration at which that epoch's record was taken

    def __init__(self, parent=None):
        super().__init__(parent)
        self._snap = None
        self._key = None
        self._log = False
        self._history = ()
        self._epochs = np.zeros(0)
        self._cols = {k: np.zeros(0) for k in _COLUMNS}
        self._present = dict.fromkeys(_COLUMNS, False)
        self._first_bad = None

        self.readout = QLabel(self)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setWordWrap(True)  # five numbers do not fit a narrow dock on one line
        self.readout.setContentsMargins(6, 2, 6, 2)
        self.loss_plot = pg.PlotWidget(background="w", axisItems={"left": _LossAxis(orientation="left")})
        self.acc_plot = pg.PlotWidget(background="w")
        for p in (self.loss_plot, self.acc_plot):
            p.setMenuEnabled(False)
            p.hideButtons()
            p.showGrid(x=True, y=True, alpha=0.25)
            pi = p.getPlotItem()
            for ax in ("left", "bottom"):
                pi.getAxis(ax).setPen(pg.mkPen(90, 90, 90))
                pi.getAxis(ax).setTextPen(pg.mkPen(60, 60, 60))
            p.scene().sigMouseMoved.connect(lambda pos, p=p: self._on_move(p, pos))
            p.scene().sigMouseClicked.connect(lambda ev, p=p: self._on_click(p, ev))
        self.loss_plot.setLabel("left", self.tr("loss"))
        self.acc_plot.setLabel("left", self.tr("accuracy"))
        self.acc_plot.setLabel("bottom", self.tr("epoch"))
        self.acc_plot.setXLink(self.loss_plot)
        self.acc_plot.setYRange(0, 1, padding=0.02)
        self.acc_plot.setMouseEnabled(x=True, y=False)
        legend = self.loss_plot.addLegend(offset=(-8, 8))
        legend.setLabelTextColor((40, 40, 40))
        self.batch_curve = self.loss_plot.plot(pen=pg.mkPen(BATCH_COLOR, width=1), name=self.tr("per batch"))
        self.train_curve = self.loss_plot.plot(pen=pg.mkPen(TRAIN_COLOR, width=2), name=self.tr("train"))
        self.test_curve = self.loss_plot.plot(pen=pg.mkPen(TEST_COLOR, width=2, style=Qt.PenStyle.DashLine),
                                              name=self.tr("test"))
        self.train_acc = self.acc_plot.plot(pen=pg.mkPen(TRAIN_COLOR, width=2))
        self.test_acc = self.acc_plot.plot(pen=pg.mkPen(TEST_COLOR, width=2, style=Qt.PenStyle.DashLine))
        self.cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen(120, 120, 120, style=Qt.PenStyle.DotLine))
        self.cursor.hide()
        self.loss_plot.addItem(self.cursor, ignoreBounds=True)

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.readout)
        lay.addWidget(self.loss_plot, 3)
        lay.addWidget(self.acc_plot, 2)
        self.setMinimumSize(240, 200)

    # ------------------------------------------------------------------ public API
    def set_snapshot(self, snap):
        self._snap = snap
        h, lh = snap.epoch_history, snap.loss_history
        # the last values too: a run restored and retrained can repeat the counts exactly
        key = (snap.iteration, len(h), len(lh), float(lh[-1]) if len(lh) else None,
               h[-1].get("train_loss") if h else None, snap.kind, self._log)
        if key == self._key:
            return  # the worker re-sends snapshots while paused; nothing to redraw
        self._key = key
        self._history = snap.epoch_history
        c = self._update_columns(snap.epoch_history)
        ep, log = c["epoch"], self._log
        self._epochs = ep
        self.train_curve.setData(*_finite_xy(ep, c["train_loss"], log))
        self.test_curve.setData(*(_finite_xy(ep, c["test_loss"], log) if self._present["test_loss"] else ([], [])))
        self.test_curve.setVisible(self._present["test_loss"])
        self.batch_curve.setData(*self._batch_xy(snap, log))
        classify = snap.kind == "classification"
        self.acc_plot.setVisible(classify)
        self.loss_plot.setLabel("bottom", None if classify else self.tr("epoch"))
        if classify:
            self.train_acc.setData(*_finite_xy(ep, c["train_acc"]))
            self.test_acc.setData(*(_finite_xy(ep, c["test_acc"]) if self._present["test_acc"] else ([], [])))
        if self.cursor.isVisible():
            self._show_readout(int(self.cursor.value()))
        else:
            self._show_readout(int(ep[-1]) if len(ep) else None)

    def _update_columns(self, h):
        """History as numpy columns (None -> NaN), extended by the new records only: the
        history grows by an epoch at a time while snapshots arrive 30 times a second."""
        c, n = self._cols, len(self._cols["epoch"])
        # the same run, grown: first and last known records unchanged (a restored checkpoint
        # retrained with other settings has the same iterations but other losses)
        continues = 0 < n <= len(h) and all(
            _same(h[i].get(k), c[k][i]) for i in (0, n - 1) for k in ("iteration", "train_loss", "test_loss"))
        if not continues:
            c = self._cols = {k: np.zeros(0) for k in _COLUMNS}
            self._present = dict.fromkeys(_COLUMNS, False)
            self._first_bad = None
            n = 0
        new = h[n:]
        if new:
            for k in _COLUMNS:
                c[k] = np.concatenate([c[k], _column(new, k)])
                self._present[k] = self._present[k] or any(r.get(k) is not None for r in new)
            if self._first_bad is None:
                for r in new:
                    if any(r.get(k) is not None and not math.isfinite(r[k]) for k in ("train_loss", "test_loss")):
                        self._first_bad = r["epoch"]
                        break
        return c

    def set_log_scale(self, on):
        self._log = bool(on)
        self.loss_plot.setLogMode(x=False, y=self._log)
        if self._snap is not None:
            self.set_snapshot(self._snap)

    def readout_at(self, epoch):
        """The readout text for one epoch (the nearest recorded one)."""
        r = self._record_near(epoch)
        if r is None:
            return self.tr("no epoch finished yet")
        parts = [self.tr("epoch {e}").format(e=r["epoch"])]
        tl, vl = r.get("train_loss"), r.get("test_loss")
        if tl is not None and not math.isfinite(tl) or vl is not None and not math.isfinite(vl):
            parts.append(self.tr("loss is not a number"))
        else:
            parts.append(self.tr("train loss {v}").format(v=f"{tl:.4f}"))
            if vl is not None:
                parts.append(self.tr("test loss {v}").format(v=f"{vl:.4f}"))
        ta, va = r.get("train_acc"), r.get("test_acc")
        if ta is not None and math.isfinite(ta):
            parts.append(self.tr("train accuracy {v}").format(v=f"{100 * ta:.1f} %"))
        if va is not None and math.isfinite(va):
            parts.append(self.tr("test accuracy {v}").format(v=f"{100 * va:.1f} %"))
        return " · ".join(parts)

    def readout_text(self):
        return self.readout.text()

    def render_to_image(self, width, height):
        old = self.size()
        self.resize(int(width), int(height))
        self.layout().activate()
        img = self.grab().toImage()
        self.resize(old)
        self.layout().activate()
        return img

    # ------------------------------------------------------------------ internals
    def _batch_xy(self, snap, log):
        y = snap.loss_history
        n = len(y)
        if not n:
            return np.zeros(0), np.zeros(0)
        x = np.arange(1, n + 1, dtype=np.float64) / max(1, snap.iters_per_epoch)
        if n > MAX_BATCH_POINTS:
            # block means: a stride would alias the batch-to-batch noise into fake waves
            k = int(math.ceil(n / MAX_BATCH_POINTS))
            m = n // k * k
            # (a block holding a NaN averages to NaN and is dropped like any NaN point)
            with np.errstate(invalid="ignore", over="ignore"):
                y = np.asarray(y[:m]).reshape(-1, k).mean(axis=1)
            x = x[k - 1:m:k]
        return _finite_xy(x, y, log)

    def _record_near(self, epoch):
        if not len(self._epochs):
            return None
        i = int(np.argmin(np.abs(self._epochs - float(epoch))))
        return self._history[i]

    def _show_readout(self, epoch):
        text = self.readout_at(epoch) if epoch is not None else self.tr("no epoch finished yet")
        if self._first_bad is not None and "not a number" not in text:
            text += " · " + self.tr("loss is not a number from epoch {e}").format(e=self._first_bad)
        self.readout.setText(text)

    def _epoch_at(self, plot, scene_pos):
        vb = plot.getViewBox()
        if not len(self._epochs) or not vb.sceneBoundingRect().contains(scene_pos):
            return None
        x = vb.mapSceneToView(scene_pos).x()
        r = self._record_near(x)
        return r

    def _on_move(self, plot, pos):
        r = self._epoch_at(plot, pos)
        if r is None:
            return
        self.cursor.setValue(r["epoch"])
        self.cursor.show()
        self._show_readout(r["epoch"])

    def _on_click(self, plot, ev):
        if ev.button() != Qt.MouseButton.LeftButton:
            return
        r = self._epoch_at(plot, ev.scenePos())
        if r is not None:
            self.epochClicked.emit(int(r["epoch"]), int(r["iteration"]))
