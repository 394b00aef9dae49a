"""Loss (and accuracy) per epoch, with a readout under the mouse and click-to-jump.

Non-finite values are never handed to pyqtgraph: they are dropped from the
curves and named in the readout, so a blown-up run cannot look like a
curve that simply stopped.

Cheap per frame, because it shares the GUI thread with the other views while
training runs at full speed (the spiral adds ~2000 epochs a second):

- the curves draw at most ~2 points per block of epochs: past RAW_POINTS
  epochs each block is drawn as its min and max (the envelope: every spike
  stays visible), kept incrementally while the run grows; zoomed in, the
  visible epochs only. The dashed test curves get block means, at most one
  point per DASH_PX pixels: Qt strokes a dashed zigzag ~50x slower than a
  solid line (3000 noisy test losses took ~65 ms a paint);
- the plots never auto-range (pyqtgraph's auto-range sets the range while
  painting and so paints every plot twice): the ranges are set here, with
  headroom, so the axes and grid (costly to draw) change only now and then,
  and the axes are cached as pixmaps;
- the readout has a fixed height, so a new text repaints the label only
  instead of re-laying out the window.

Legible at 1366x768 and in presenter mode: no axis is ever rescaled with an SI prefix (a loss of 0.69
stays 0.69, not "x0.001"), accuracy reads in % on an axis whose tick step is chosen for its height
(labels never overlap), both left axes have the width their labels need, and the legend sits in a row
of its own above the curves. Fonts and line widths follow the content scale (presenter mode).
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QGraphicsItem, QLabel, QSizePolicy, QVBoxLayout, QWidget

from nnviz.appearance import scale as appearance_scale
from nnviz.model.snapshot import EpochHistory
from nnviz.views.loss_curves import (
    MAX_BLOCKS,
    RAW_POINTS,
    _blocks,
    _blocks_xy,
    _Envelope,
    _finite_xy,
    _num,
    _points,
    _tail,
    _valid,
    nice_ceil,
)
from nnviz.views.offscreen import render_at
from nnviz.views.plot_axes import LossAxis, PercentAxis, SpacedAxis

TRAIN_COLOR = (0x00, 0x72, 0xB2)   # Okabe-Ito blue
TEST_COLOR = (0xD5, 0x5E, 0x00)    # Okabe-Ito vermillion
BATCH_COLOR = (170, 170, 170)
DASH_PX = 3                        # a dashed curve gets at most a point per this many pixels
X_HEADROOM = 0.05                  # the x range ends at least this share beyond the newest epoch, at a nice
                                   # number (loss_curves.nice_ceil): each change redraws four axes
X_PAD = 0.02
Y_PAD = 0.04
_CURVES = ("train_loss", "test_loss", "train_acc", "test_acc")
NBSP = "\u00a0"


class LossPlot(QWidget):
    """Train/test loss per epoch (top) and accuracy (bottom, classification only).

    The plots follow the run (ranges set here); dragging or zooming one stops that
    until a double-click or a new run."""

    epochClicked = Signal(int, int)   # epoch, the iteration at which that epoch's record was taken

    def __init__(self, parent=None):
        super().__init__(parent)
        self._snap = None
        self._key = None
        self._log = False
        self._history = EpochHistory.from_records(())
        self._epochs = np.zeros(0)
        self._run = None                   # token of the history the per-run state below belongs to
        self._seen = 0                     # rows of that history scanned for the state below
        self._present = dict.fromkeys(_CURVES, False)
        self._first_bad = None
        self._env = {k: _Envelope() for k in _CURVES}
        self._kind = None
        self._follow = True                # ranges follow the data (until the user pans or zooms)
        self._xr = None                    # x range set while following, or None
        self._yr = None
        self._setting_range = False

        self.readout = QLabel(self)
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.readout.setWordWrap(True)  # five numbers do not fit a narrow dock on one line
        self.readout.setContentsMargins(6, 2, 6, 2)
        # on the plot it reads: the room reserved for longer texts stays above
        self.readout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        self._readout_parts = None         # the parts shown (the label's text is glued for the width)
        self.readout.installEventFilter(self)   # a new font (presenter mode): other lines, another height
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._k = appearance_scale.content_scale()
        self._acc_room = True              # the accuracy plot fits under the loss plot
        self._bottom_label = None
        self.loss_plot = pg.PlotWidget(background="w", axisItems={"left": LossAxis(orientation="left"),
                                                                  "bottom": SpacedAxis(orientation="bottom")})
        self.acc_plot = pg.PlotWidget(background="w", axisItems={"left": PercentAxis(orientation="left"),
                                                                 "bottom": SpacedAxis(orientation="bottom")})
        for p in (self.loss_plot, self.acc_plot):
            p.setMenuEnabled(False)
            p.hideButtons()
            p.showGrid(x=True, y=True, alpha=0.25)
            pi = p.getPlotItem()
            for ax in ("left", "bottom"):
                a = pi.getAxis(ax)
                a.enableAutoSIPrefix(False)  # 0.69 stays 0.69: never "loss (x0.001)" 0-800
                a.setPen(pg.mkPen(90, 90, 90))
                a.setTextPen(pg.mkPen(60, 60, 60))
                # ticks, labels and grid lines are redrawn from a pixmap, not replayed, while
                # the range stays (a repaint of the curves repaints the grid under them)
                a.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            vb = pi.getViewBox()
            vb.disableAutoRange()
            vb.sigRangeChangedManually.connect(self._user_range)
            p.scene().sigMouseMoved.connect(lambda pos, p=p: self._on_move(p, pos))
            p.scene().sigMouseClicked.connect(lambda ev, p=p: self._on_click(p, ev))
            p.installEventFilter(self)   # a plot can get shorter while this widget keeps its size (the readout wraps)
        self.loss_plot.setLabel("left", self.tr("loss"))
        self.acc_plot.setLabel("left", self.tr("accuracy (%)"))
        self.acc_plot.setLabel("bottom", self.tr("epoch"))
        self.acc_plot.setXLink(self.loss_plot)
        self.acc_plot.setYRange(0, 1, padding=0.02)
        self.acc_plot.setMouseEnabled(x=True, y=False)
        self.loss_plot.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
        self.loss_plot.getViewBox().sigXRangeChanged.connect(self._x_range_changed)
        # the legend in a row of its own above the curves (the plot's title row), never over them
        pi = self.loss_plot.getPlotItem()
        self.legend = pg.LegendItem(colCount=3)
        self.legend.setLabelTextColor((40, 40, 40))
        pi.layout.removeItem(pi.titleLabel)
        pi.titleLabel.hide()
        self.legend.layout.setContentsMargins(2, 0, 2, 0)
        self.legend.layout.setVerticalSpacing(0)
        # over the left axis too: in a narrow column its width would otherwise widen the plot past its view
        pi.layout.addItem(self.legend, 0, 0, 1, 3, alignment=Qt.AlignmentFlag.AlignRight)
        pi.legend = self.legend  # where the theme looks for it
        self.batch_curve = self.loss_plot.plot(pen=pg.mkPen(BATCH_COLOR, width=1), name=self.tr("per batch"))
        self.train_curve = self.loss_plot.plot(pen=pg.mkPen(TRAIN_COLOR, width=2), name=self.tr("train"))
        # no legend entry while there is no test curve (pyqtgraph marks a hidden item with an icon)
        self.test_curve = self.loss_plot.plot(pen=pg.mkPen(TEST_COLOR, width=2, style=Qt.PenStyle.DashLine))
        self.test_curve.opts["name"] = self.tr("test")
        self.test_curve.hide()
        self._legend_test = False
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
        self._fit_readout()
        self._size_axes()

    # ------------------------------------------------------------------ public API
    def set_snapshot(self, snap):
        self._snap = snap
        h = EpochHistory.from_records(snap.epoch_history)
        lh = snap.loss_history
        # the last values too: a run restored and retrained can repeat the counts exactly
        key = (snap.iteration, len(h), len(lh), float(lh[-1]) if len(lh) else None,
               h[-1].get("train_loss") if len(h) else None, snap.kind, self._log)
        if key == self._key and h.token is self._history.token:
            return  # the worker re-sends snapshots while paused; nothing to redraw
        self._key = key
        self._history = h
        self._scan(h)
        self._epochs = h.column("epoch")
        if snap.kind != self._kind:  # only on a change: a label or a hidden panel re-lays the plots out
            self._kind = snap.kind
            self._show_plots()
        has_test = self._present["test_loss"]
        if has_test != self._legend_test:
            self._legend_test = has_test
            if has_test:
                self.legend.addItem(self.test_curve, self.test_curve.opts["name"])
            else:
                self.legend.removeItem(self.test_curve)
            self._fit_legend()
        if getattr(self, "_reserved", None) != (tuple(self._present.values()), self._first_bad is not None):
            self._fit_readout()
        self.test_curve.setVisible(has_test)
        self._draw_curves()
        if self.cursor.isVisible():
            self._show_readout(int(self.cursor.value()))
        else:
            self._show_readout(int(self._epochs[-1]) if len(self._epochs) else None)

    def set_log_scale(self, on):
        self._log = bool(on)
        self.loss_plot.setLogMode(x=False, y=self._log)
        self._yr = None  # other units: fit again
        if self._snap is not None:
            self.set_snapshot(self._snap)

    def set_content_scale(self, k):
        """Presenter mode: tick and label text, curve widths and the legend ``k`` times their 100 % size."""
        self._k = float(k)
        for c, w in ((self.train_curve, 2), (self.test_curve, 2), (self.batch_curve, 1), (self.train_acc, 2),
                     (self.test_acc, 2)):
            pen = pg.mkPen(c.opts["pen"])
            pen.setWidthF(w * self._k)
            c.setPen(pen)
        self._size_axes()
        self._fit_readout()

    def _size_axes(self):
        """Tick fonts at the content scale; both left axes as wide as the widest label needs (so the
        plots line up); the accuracy plot never shorter than its axis label."""
        font = appearance_scale.content_font(self.font(), 0.85, self._k)
        fm = QFontMetricsF(font)
        label_font = appearance_scale.content_font(self.font(), 1.0, self._k)
        lfm = QFontMetricsF(label_font)
        for p in (self.loss_plot, self.acc_plot):
            pi = p.getPlotItem()
            for name in ("left", "bottom"):
                ax = pi.getAxis(name)
                ax.setTickFont(font)
                style = dict(ax.labelStyle or {})
                style["font-size"] = f"{label_font.pointSizeF():.3g}pt"
                ax.labelStyle = style
                ax._updateLabel()
            # the epochs are read off the lower plot; above it the axis is a line with ticks only
            values = p is self.acc_plot or not self._acc_shown()
            pi.getAxis("bottom").setStyle(showValues=values)
            pi.getAxis("bottom").setHeight(int(fm.height() + 8 + lfm.height()) if values else 6)
            # room right of the curves for half the last epoch's label (else dropped at the edge)
            half = math.ceil(fm.horizontalAdvance("000") / 2)
            pi.getAxis("bottom").set_overhang(half)
            pi.layout.setContentsMargins(1, 1, half, 1)
        self._fit_left_axes()
        self._style_legend(f"{font.pointSizeF():.3g}pt")
        self._fit_legend()
        # each plot keeps room for a few tick labels; a short plot gets a shorter axis label, never a cut one
        for p in (self.loss_plot, self.acc_plot):
            legend = fm.height() * 1.6 if p is self.loss_plot else 0
            p.setMinimumHeight(int(fm.height() * 3.2 + legend + p.getPlotItem().getAxis("bottom").height() + 6))
        self._fit_axis_labels()

    def _fit_left_axes(self):
        """Both left axes as wide as the widest label either draws now (so the plots line up): a loss
        axis labelled 0, 0.5, 1.0 left a narrow column at 250 % little room for the curves if it kept
        room for "0.0000"."""
        fm = QFontMetricsF(appearance_scale.content_font(self.font(), 0.85, self._k))
        lfm = QFontMetricsF(appearance_scale.content_font(self.font(), 1.0, self._k))
        ax = self.loss_plot.getPlotItem().getAxis("left")
        strings = ["100"]
        if self._yr is not None:
            levels = ax.tickValues(self._yr[0], self._yr[1], max(20.0, self.loss_plot.getViewBox().height()))
            for spacing, values in levels[:ax.style["maxTextLevel"] + 1]:
                strings += ax.tickStrings(values, ax.autoSIPrefixScale * ax.scale, spacing)
        else:
            strings.append("0.00")
        width = int(max(fm.horizontalAdvance(t) for t in strings) + lfm.height() + 14)
        for p in (self.loss_plot, self.acc_plot):
            a = p.getPlotItem().getAxis("left")
            if a.width() != width:
                a.setWidth(width)

    def _acc_shown(self):
        return self._kind == "classification" and self._acc_room

    def _show_plots(self):
        """The accuracy plot under the loss plot for a classifier, when both fit at a readable size;
        else the loss plot alone, its epoch axis labelled (the readout still gives the accuracy)."""
        acc = self._acc_shown()
        if acc != self.acc_plot.isVisible() or self._bottom_label != (not acc):
            self.acc_plot.setVisible(acc)
            self._bottom_label = not acc
            self.loss_plot.setLabel("bottom", None if acc else self.tr("epoch"))
            self._size_axes()

    def _fit_axis_labels(self):
        """The longest axis label that fits the plot's height (vertical text): "accuracy (%)", then
        shorter forms; a label longer than its axis would be cut by the plot's edge."""
        font = appearance_scale.content_font(self.font(), 1.0, self._k)
        lfm = QFontMetricsF(font)
        for pw, forms in ((self.loss_plot, (self.tr("loss"),)),
                          (self.acc_plot, (self.tr("accuracy (%)"), self.tr("acc. (%)"), "%"))):
            ax = pw.getPlotItem().getAxis("left")
            room = pw.height() - pw.getPlotItem().getAxis("bottom").height() - 12
            if pw is self.loss_plot:
                room -= self.legend.boundingRect().height()
            text = next((t for t in forms if lfm.horizontalAdvance(t) + 12 <= room), forms[-1])  # + the text margins
            if text != ax.labelText:
                pw.setLabel("left", text)
        # room above 100 % and below 0 % for half a tick label, so both ends keep their labels
        tick = QFontMetricsF(appearance_scale.content_font(self.font(), 0.85, self._k)).height()
        h = max(20.0, self.acc_plot.height() - self.acc_plot.getPlotItem().getAxis("bottom").height() - 8)
        pad = min(0.25, 0.6 * tick / h)
        if getattr(self, "_acc_pad", None) != pad:
            self._acc_pad = pad
            self.acc_plot.setYRange(-pad, 1 + pad, padding=0)

    def _style_legend(self, size=None):
        """The legend's text size (pyqtgraph applies a new size to entries added later only)."""
        lg = self.legend
        if size is not None:
            lg.setLabelTextSize(size)
        for _sample, label in lg.items:
            label.setText(label.text, size=lg.opts["labelTextSize"], color=lg.opts["labelTextColor"])
        lg.updateSize()

    def follow(self):
        """Let the ranges follow the data again (after the user panned or zoomed)."""
        self._follow = True
        self._xr = self._yr = None
        if self._snap is not None:
            self._draw_curves()

    def readout_at(self, epoch):
        """The readout text for one epoch (the nearest recorded one)."""
        return self._plain(self._readout(epoch)[0])

    @staticmethod
    def _plain(parts):
        return " · ".join(parts).replace(NBSP, " ")

    def _readout(self, epoch):
        """(the readout's parts, whether they already say the loss is not a number) for one epoch; a
        number and its unit are joined by a non-breaking space."""
        r = self._record_near(epoch)
        if r is None:
            return [self.tr("no epoch finished yet")], False
        parts = [self.tr("epoch {e}").format(e=r["epoch"])]
        tl, vl = r.get("train_loss"), r.get("test_loss")
        bad = tl is not None and not math.isfinite(tl) or vl is not None and not math.isfinite(vl)
        if bad:
            parts.append(self.tr("loss is not a number"))
        else:
            parts.append(self.tr("train loss {v}").format(v=_num(tl)))
            if vl is not None:
                parts.append(self.tr("test loss {v}").format(v=_num(vl)))
        ta, va = r.get("train_acc"), r.get("test_acc")
        if ta is not None and math.isfinite(ta):
            parts.append(self.tr("train accuracy {v}").format(v=f"{100 * ta:.1f}{NBSP}%"))
        if va is not None and math.isfinite(va):
            parts.append(self.tr("test accuracy {v}").format(v=f"{100 * va:.1f}{NBSP}%"))
        return parts, bad

    def readout_text(self):
        """The readout as plain text (one line, ordinary spaces)."""
        return self._plain(self._readout_parts) if self._readout_parts else ""

    def _glued(self, parts):
        """The label's text: lines break only between parts (each ends in its "·"); a part too long for
        a line breaks before its value (a number and its unit stay whole), its name whole if that fits."""
        fm = QFontMetricsF(self.readout.font())
        m = self.readout.contentsMargins()
        room = max(50, self.width()) - m.left() - m.right()
        out = []
        for i, part in enumerate(parts):
            part += NBSP + "·" if i < len(parts) - 1 else ""
            if fm.horizontalAdvance(part) <= room:
                part = part.replace(" ", NBSP)
            elif " " in part:
                head, tail = part.rsplit(" ", 1)
                if fm.horizontalAdvance(head) <= room:
                    part = head.replace(" ", NBSP) + " " + tail
                elif " " in head:   # prose: its last word stays with the value
                    head, word = head.rsplit(" ", 1)
                    part = head + " " + word + NBSP + tail
            out.append(part)
        return " ".join(out)

    def render_to_image(self, width, height):
        return render_at(self, width, height)

    # ------------------------------------------------------------------ internals
    def _scan(self, h):
        """Which columns the run has and its first epoch with a non-finite loss, from the new rows only."""
        n = len(h)
        if h.token is not self._run or self._seen > n:
            if self._run is not None and h.token is not self._run and not self._follow:
                self._follow = True  # a new run: follow it
            self._run, self._seen = h.token, 0
            self._present = dict.fromkeys(_CURVES, False)
            self._first_bad = None
            self._xr = self._yr = None
        if n > self._seen:
            new = slice(self._seen, n)
            for k in _CURVES:
                self._present[k] = self._present[k] or bool(h.present(k)[new].any())
            if self._first_bad is None:
                bad = np.zeros(n - self._seen, dtype=bool)
                for k in ("train_loss", "test_loss"):
                    bad |= h.present(k)[new] & ~np.isfinite(h.column(k)[new])
                if bad.any():
                    self._first_bad = int(h.column("epoch")[self._seen + int(np.argmax(bad))])
            self._seen = n

    def _curve_xy(self, key, positive, view):
        """Points to draw for one column: every epoch, or blocks when there are many (envelopes;
        block means for the dashed test curves)."""
        h = self._history
        n = len(h)
        if not self._present[key] or not n:
            return np.zeros(0), np.zeros(0)
        dashed = key.startswith("test")
        px = self.loss_plot.getViewBox().width()
        max_points = max(50, int(px / DASH_PX)) if dashed else max(200, int(px))
        ep = self._epochs
        if view is None:
            i0, i1 = 0, n
        else:  # zoomed in: the epochs in view (and one beyond each side, so lines reach the edges)
            i0 = max(0, int(np.searchsorted(ep, view[0])) - 1)
            i1 = min(n, int(np.searchsorted(ep, view[1], side="right")) + 1)
        if i1 - i0 <= RAW_POINTS:
            return _points(ep[i0:i1], h.column(key)[i0:i1], positive, dashed, max_points)
        if i0 == 0 and i1 == n:
            return self._env[key].points(h, key, positive, dashed, max_points)
        k = math.ceil((i1 - i0) / MAX_BLOCKS)
        b = _blocks(ep[i0:i1], _valid(h.column(key)[i0:i1], positive), k)
        bx, by = _blocks_xy(b, dashed, max_points)
        tail = i0 + len(b[0]) * k
        tx, ty = _tail(ep[tail:i1], h.column(key)[tail:i1], positive, dashed)
        return np.concatenate([bx, tx]), np.concatenate([by, ty])

    def _draw_curves(self):
        snap, log = self._snap, self._log
        view = None
        if not self._follow:
            x0, x1 = self.loss_plot.getViewBox().viewRange()[0]
            view = (x0, x1)
        xy = {k: self._curve_xy(k, log if k.endswith("loss") else False, view) for k in _CURVES}
        self.train_curve.setData(*xy["train_loss"])
        self.test_curve.setData(*xy["test_loss"])
        bx, by = self._batch_xy(snap, log)
        self.batch_curve.setData(bx, by)
        if snap.kind == "classification":
            self.train_acc.setData(*xy["train_acc"])
            self.test_acc.setData(*xy["test_acc"])
        if self._follow:
            xs = [a for a in (xy["train_loss"][0], xy["test_loss"][0], bx) if len(a)]
            ys = [a for a in (xy["train_loss"][1], xy["test_loss"][1], by) if len(a)]
            yext = (min(float(a.min()) for a in ys), max(float(a.max()) for a in ys)) if ys else None
            if yext is not None and log:  # the view's units on a log axis: log10 of the loss
                yext = (math.log10(yext[0]), math.log10(yext[1]))
            self._fit_ranges(max(float(a[-1]) for a in xs) if xs else None, yext)

    def _fit_ranges(self, xmax, yext):
        """Set the ranges to hold the data, changing them only when the data outgrow them (or fill
        much less): each change redraws the axes and grid."""
        xr, yr = self._xr, self._yr
        if xmax is not None and (xr is None or xmax > xr[1] or xmax < 0.7 * xr[1]):
            right = nice_ceil(max(xmax * (1 + X_HEADROOM), 1e-9))
            xr = (-X_PAD * right, right)  # a little left of 0, so the 0 tick keeps its label
        if yext is not None:
            lo, hi = yext
            if not self._log:
                lo = min(lo, 0.0)  # a loss is >= 0: the axis starts at 0, as a reader expects
            span = hi - lo
            # room for the lowest tick's label (~9 px: pyqtgraph drops a label that would stick out)
            share = max(Y_PAD, 9.0 / max(60.0, self.loss_plot.getViewBox().height()))
            pad = share * span if span > 0 else (0.1 * abs(hi) or 0.1)
            if yr is None or lo < yr[0] or hi > yr[1] or (yr[1] - yr[0]) > 1.6 * (span + 2 * pad):
                yr = (lo - pad, hi + pad)
        if xr == self._xr and yr == self._yr:
            return
        self._xr, self._yr = xr, yr
        self._setting_range = True
        try:
            self.loss_plot.getViewBox().setRange(xRange=xr, yRange=yr, padding=0)
            # now, not when painting (pyqtgraph's default): a transform changed while painting
            # moves the curves' bounds and so paints both plots a second time
            for p in (self.loss_plot, self.acc_plot):
                p.getViewBox().updateMatrix()
        finally:
            self._setting_range = False
        self._fit_left_axes()

    def _user_range(self, *args):
        self._follow = False

    def _x_range_changed(self, *args):
        # panned or zoomed: show the epochs in the new view at full detail
        if not self._follow and not self._setting_range and self._snap is not None:
            self._draw_curves()

    def _batch_xy(self, snap, log):
        y = snap.loss_history
        n = len(y)
        if not n:
            return np.zeros(0), np.zeros(0)
        its = getattr(snap, "loss_iterations", None)
        if its is None or len(its) != n:
            its = np.arange(1, n + 1, dtype=np.float64)
        x = np.asarray(its, dtype=np.float64) / max(1, snap.iters_per_epoch)
        return _finite_xy(x, y, log)

    def _record_near(self, epoch):
        ep = self._epochs
        n = len(ep)
        if not n:
            return None
        i = int(np.searchsorted(ep, float(epoch)))
        if i >= n or (i > 0 and abs(ep[i - 1] - epoch) <= abs(ep[i] - epoch)):
            i -= 1
        return self._history[max(0, i)]

    def _show_readout(self, epoch):
        parts, bad = self._readout(epoch) if epoch is not None else ([self.tr("no epoch finished yet")], False)
        if self._first_bad is not None and not bad:   # said once, in any language
            parts.append(self.tr("loss is not a number from epoch {e}").format(e=self._first_bad))
        self._readout_parts = parts
        text = self._glued(parts)
        if text != self.readout.text():
            self.readout.setText(text)

    def _reserved_parts(self):
        """The longest parts this run's readout can show: its columns, at their widest numbers."""
        pr = self._present
        parts = [self.tr("epoch {e}").format(e="0000000"), self.tr("train loss {v}").format(v="0.0000")]
        if pr["test_loss"]:
            parts.append(self.tr("test loss {v}").format(v="0.0000"))
        for key, text in (("train_acc", self.tr("train accuracy {v}")), ("test_acc", self.tr("test accuracy {v}"))):
            if pr[key]:
                parts.append(text.format(v=f"100.0{NBSP}%"))
        if self._first_bad is not None:
            parts.append(self.tr("loss is not a number from epoch {e}").format(e="0000000"))
        return parts

    def _fit_readout(self):
        """The readout's height: what the longest text of this run's columns needs at the current width
        (fixed, so a new number never re-lays the window out; a run with other columns may)."""
        lab = self.readout
        text = lab.text()
        lab.setText(self._glued(self._reserved_parts()))
        h = lab.heightForWidth(max(50, self.width()))
        lab.setText(self._glued(self._readout_parts) if self._readout_parts else text)
        h = max(h, lab.heightForWidth(max(50, self.width())), lab.sizeHint().height())
        if h != lab.height() or lab.minimumHeight() != h:
            lab.setFixedHeight(h)
        self._reserved = (tuple(self._present.values()), self._first_bad is not None)

    def _fit_legend(self):
        """As many legend columns as the loss plot's width holds (at 250 % three did not)."""
        left, _t, right, _b = self.loss_plot.getPlotItem().layout.getContentsMargins()
        lg, room = self.legend, self.loss_plot.width() - left - right - 4
        cols = 3
        while cols > 1:
            if lg.columnCount != cols:
                lg.setColumnCount(cols)
            if lg.layout.preferredWidth() <= room:
                break
            cols -= 1
        if lg.columnCount != cols:
            lg.setColumnCount(cols)

    def changeEvent(self, ev):
        # a live language switch: the axis labels, the legend and the readout anew from their sources
        if ev.type() == QEvent.Type.LanguageChange:
            for pw in (self.loss_plot, self.acc_plot):
                pw.getPlotItem().getAxis("left").labelText = ""
            self._fit_axis_labels()
            self.acc_plot.setLabel("bottom", self.tr("epoch"))
            if self._bottom_label:
                self.loss_plot.setLabel("bottom", self.tr("epoch"))
            for curve, name in ((self.batch_curve, self.tr("per batch")), (self.train_curve, self.tr("train")),
                                (self.test_curve, self.tr("test"))):
                curve.opts["name"] = name
            for sample, label in self.legend.items:
                label.setText(sample.item.opts["name"])
            shown = int(self.cursor.value()) if self.cursor.isVisible() else (
                int(self._epochs[-1]) if len(self._epochs) else None)
            self._show_readout(shown)
            self._fit_readout()
        super().changeEvent(ev)

    def eventFilter(self, obj, ev):
        if obj is self.readout and ev.type() == QEvent.Type.FontChange and hasattr(self, "_reserved"):
            self._fit_readout()
        if ev.type() == QEvent.Type.Resize and hasattr(self, "legend") and obj in (self.loss_plot, self.acc_plot):
            if obj is self.loss_plot and ev.size().width() != ev.oldSize().width():
                self._fit_legend()
            if obj is self.loss_plot and ev.size().height() != ev.oldSize().height():
                self._fit_left_axes()   # its ticks follow its height
            self._fit_axis_labels()
        return False

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        if ev.size().width() != ev.oldSize().width():
            self._fit_readout()
        if ev.size().height() != ev.oldSize().height():
            room = ev.size().height() - self.readout.height() >= (self.loss_plot.minimumHeight()
                                                                   + self.acc_plot.minimumHeight())
            if room != self._acc_room:
                self._acc_room = room
                if self._kind is not None:
                    self._show_plots()
            self._fit_axis_labels()

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
        if ev.double():
            self.follow()
            return
        r = self._epoch_at(plot, ev.scenePos())
        if r is not None:
            self.epochClicked.emit(int(r["epoch"]), int(r["iteration"]))
