"""The decision boundary: the network's answer over the input plane, with the data on top.

Read from the back of a room: the class regions are light tints (probability-weighted, so a boundary
fades to grey), every point is drawn in its class's full colour with an outline that stands out from
any tint; training points are filled circles, test points hollow diamonds; points the network gets
wrong (as the map shows it at that point) wear a ring and are counted in the key under the plot.
The plot keeps one data unit as long on x as on y.

Items are made once and refilled each frame; the image is RGBA uint8 with
levels given explicitly (pyqtgraph would otherwise re-scan every frame for
min/max) and its rect set so the axes read in data units.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nnviz import colors
from nnviz.appearance import scale as appearance_scale
from nnviz.views.boundary_maps import BoundaryMaps
from nnviz.views.legends import ColorBar, MarksLegend
from nnviz.views.offscreen import render_at
from nnviz.views.plot_axes import SpacedAxis

TRAIN_SIZE, TEST_SIZE, RING_SIZE = 8.0, 10.0, 15.0   # marker sizes in px at 100 % (grow with the content scale)
RING_RGB = (0x10, 0x10, 0x10)                        # the "misclassified" ring: dark on every light tint
MAX_ASPECT = 2.0                                     # a data box longer than this is squeezed, not letterboxed


def interpolate_grid(grid, xs, ys, px, py):
    """Bilinear samples of ``grid`` (R, R, k) over (xs, ys) at the points (px, py): (n, k)."""
    fx = np.clip(np.interp(px, xs, np.arange(len(xs))), 0, len(xs) - 1)
    fy = np.clip(np.interp(py, ys, np.arange(len(ys))), 0, len(ys) - 1)
    x0 = np.minimum(fx.astype(np.int64), len(xs) - 2).clip(0)
    y0 = np.minimum(fy.astype(np.int64), len(ys) - 2).clip(0)
    tx, ty = (fx - x0)[:, None], (fy - y0)[:, None]
    x1, y1 = np.minimum(x0 + 1, len(xs) - 1), np.minimum(y0 + 1, len(ys) - 1)
    g = grid
    return ((g[y0, x0] * (1 - tx) + g[y0, x1] * tx) * (1 - ty) + (g[y1, x0] * (1 - tx) + g[y1, x1] * tx) * ty)


class BoundaryView(BoundaryMaps, QWidget):
    """Network output (or one neuron's map) over ``snap.bounds``; click to add/remove points."""

    pointClicked = Signal(float, float, str)   # x, y in data units; "add" | "add_other" | "remove"
    pointTraced = Signal(int)                  # index of the nearest training point

    def __init__(self, parent=None):
        super().__init__(parent)
        self._snap = None
        self._neuron = (-1, -1)
        self._discretize = False
        self._show_test = True
        self._trace_mode = False
        self._points_key = None
        self._bounds = None
        self._bad = False

        self._k = appearance_scale.content_scale()
        self._wrong_key = None
        self._counts = (0, 0, 0, 0)         # misclassified train, train, misclassified test, test

        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)   # a long title ("no input plane to draw ...") wraps in a narrow column
        self.stage = QWidget(self)          # holds the plot at the data's aspect (see _place_plot)
        # its x labels never touch (at 250 % a narrow plot's "-0.5" and "0" could)
        self.plot = pg.PlotWidget(self.stage, background="w", axisItems={"bottom": SpacedAxis(orientation="bottom")})
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)  # clicks edit the data; the window follows the data
        pi = self.plot.getPlotItem()
        for ax in ("left", "bottom"):
            pi.getAxis(ax).setPen(pg.mkPen(90, 90, 90))
            pi.getAxis(ax).setTextPen(pg.mkPen(60, 60, 60))
            pi.getAxis(ax).enableAutoSIPrefix(False)
        pi.showGrid(False, False)
        self.image = pg.ImageItem(axisOrder="row-major")  # image[iy, ix], as the snapshot grids
        self.plot.addItem(self.image)
        self.train_item = pg.ScatterPlotItem(size=TRAIN_SIZE, pxMode=True, symbol="o")
        self.test_item = pg.ScatterPlotItem(size=TEST_SIZE, pxMode=True, symbol="d")
        self.wrong_item = pg.ScatterPlotItem(size=RING_SIZE, pxMode=True, symbol="o",
                                             pen=pg.mkPen(RING_RGB, width=1.7), brush=pg.mkBrush(None))
        self.train_item.setZValue(10)
        self.test_item.setZValue(11)
        self.wrong_item.setZValue(12)
        self.plot.addItem(self.train_item)
        self.plot.addItem(self.test_item)
        self.plot.addItem(self.wrong_item)
        self.plot.scene().sigMouseClicked.connect(self._on_click)

        self.nan_label = QLabel(self.plot)
        self._retranslate_label()
        self.nan_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nan_label.setWordWrap(True)
        self.nan_label.setStyleSheet("QLabel { background: #fff0f0; color: #b00000; border: 2px solid #b00000;"
                                     " padding: 8px; font-weight: bold; }")
        self.nan_label.hide()
        self.legend = MarksLegend(self)
        self.colorbar = ColorBar("map", "", self)
        self.colorbar.hide()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.title)
        lay.addWidget(self.stage, 1)
        lay.addWidget(self.colorbar)
        lay.addWidget(self.legend)
        # a tall column's spare height goes under the key: the title stays on the plot it names
        lay.addStretch(0)
        self.setMinimumSize(200, 200)
        self._size_axes()
        self.stage.installEventFilter(self)
        for wd in (self.title, self.colorbar, self.legend):
            wd.installEventFilter(self)

    # ------------------------------------------------------------------ public API
    def set_snapshot(self, snap):
        self._snap = snap
        self._update_bounds(snap)
        self._update_points(snap)
        self._fit_range()
        self._update_image()
        self._update_wrong(snap)

    def set_discretize(self, on):
        self._discretize = bool(on)
        self._update_image()

    def set_show_test(self, on):
        self._show_test = bool(on)
        self.test_item.setVisible(self._show_test)
        self._points_key = None
        if self._snap is not None:
            self._update_points(self._snap)
            self._update_wrong(self._snap)

    def set_content_scale(self, k):
        """Presenter mode: markers, axis text and the key drawn ``k`` times their 100 % size."""
        self._k = float(k)
        self._points_key = None
        self.legend.set_content_scale(k)
        self.colorbar.set_content_scale(k)
        self._size_axes()
        if self._snap is not None:
            self._update_points(self._snap)
            self._update_wrong(self._snap)
        self._place_plot()

    def misclassified(self):
        """(wrong train points, train points, wrong test points, test points) as marked now."""
        return self._counts

    def legend_text(self):
        return self.legend.text()

    def set_trace_mode(self, on):
        self._trace_mode = bool(on)

    def show_neuron(self, column, unit):
        """Show one neuron's map (diagram numbering: 0 inputs, 1.. hidden, last output); (-1, -1) = output."""
        self._neuron = (int(column), int(unit))
        self._update_image()

    def is_not_a_number(self):
        """True while the overlay says the output is not a number."""
        return not self.nan_label.isHidden()

    def image_rgba(self):
        """The RGBA image on screen (row 0 = smallest y), or None."""
        return self.image.image

    def render_to_image(self, width, height):
        return render_at(self, width, height)

    # ------------------------------------------------------------------ drawing
    def _update_bounds(self, snap):
        b = tuple(snap.bounds)
        if b == self._bounds:
            return
        self._bounds = b
        self._place_plot()
        self._fit_range()

    def _fit_range(self):
        """The view: the map's bounds, widened where a point lies closer to an edge than its marker's
        radius (one input: the points on y = 0 run to the map's edge), so every marker is drawn whole."""
        if self._bounds is None:
            return
        x0, x1, y0, y1 = self._bounds
        ext = getattr(self, "_pts_ext", None)
        if ext is not None:
            pi = self.plot.getPlotItem()
            r = max(TRAIN_SIZE, TEST_SIZE, RING_SIZE) * self._marker_scale() / 2 + 2  # + the pen
            sides = (self.plot.width() - pi.getAxis("left").width(), self.plot.height() - pi.getAxis("bottom").height())
            (p_x0, p_y0), (p_x1, p_y1) = ext
            spans = []
            for (lo, hi), (p_lo, p_hi), px in (((x0, x1), (p_x0, p_x1), sides[0]), ((y0, y1), (p_y0, p_y1), sides[1])):
                px = max(float(px), 4 * r)
                m = r * (max(hi, p_hi) - min(lo, p_lo)) / (px - 2 * r)   # r pixels in data units, once widened
                spans.append((min(lo, p_lo - m), max(hi, p_hi + m)))
            (x0, x1), (y0, y1) = spans
        rng = (x0, x1, y0, y1)
        if rng != getattr(self, "_range", None):
            self._range = rng
            self.plot.getViewBox().setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def _points_xy(self, snap):
        xt, xe = snap.x_train, snap.x_test
        if xt.ndim != 2 or xt.shape[1] < 2:  # one input (lesson 2's x = 1): the points lie on y = 0
            xt = np.column_stack([np.asarray(xt).reshape(len(xt), -1)[:, :1] if xt.size else np.zeros((len(xt), 1)),
                                  np.zeros(len(xt))])
            xe = np.column_stack([np.asarray(xe).reshape(len(xe), -1)[:, :1] if xe.size else np.zeros((len(xe), 1)),
                                  np.zeros(len(xe))])
        return xt, xe

    def _update_points(self, snap):
        # the palette is part of the key: a palette switch recolours the points with the regions
        key = (snap.x_train.shape, snap.x_test.shape, snap.kind, colors.palette_name(), self._marker_scale())
        same = (self._points_key is not None and key == self._points_key[0]
                and np.array_equal(snap.x_train, self._points_key[1]) and np.array_equal(snap.y_train, self._points_key[2])
                and np.array_equal(snap.x_test, self._points_key[3]) and np.array_equal(snap.y_test, self._points_key[4]))
        if same:
            return
        self._points_key = (key, snap.x_train, snap.y_train, snap.x_test, snap.y_test)
        train_b, train_p = self._point_style(snap, snap.y_train, test=False)
        test_b, test_p = self._point_style(snap, snap.y_test, test=True)
        xt, xe = self._points_xy(snap)
        k = self._marker_scale()
        self.train_item.setData(x=xt[:, 0], y=xt[:, 1], brush=train_b, pen=train_p, size=TRAIN_SIZE * k, symbol="o")
        self.test_item.setData(x=xe[:, 0], y=xe[:, 1], brush=test_b, pen=test_p, size=TEST_SIZE * k, symbol="d")
        self.test_item.setVisible(self._show_test)
        self._wrong_key = None
        shown = [a[:, :2][np.all(np.isfinite(a[:, :2]), axis=1)] for a in ((xt, xe) if self._show_test else (xt,)) if len(a)]
        pts = np.concatenate(shown) if shown else np.zeros((0, 2))
        self._pts_ext = (pts.min(axis=0), pts.max(axis=0)) if len(pts) else None   # for _fit_range

    def _class_rgb(self, snap, y):
        """(per-class colours (k, 3), index per point) for targets y."""
        if snap.kind == "classification":
            k = max(len(snap.class_names), int(np.max(y)) + 1 if len(y) else 0, 2)
            return colors.class_colors(k), np.asarray(y, dtype=np.int64)
        n = 33  # regression: bucket the targets so the palette stays small
        return colors.bucket_colors(n)[:, :3], colors.bucketize(y, n, self._target_scale(snap))

    def _point_style(self, snap, y, test):
        """Brushes and pens per point; a palette of a few shared objects, not one per point.

        Training points: filled with the full class colour, outlined in a colour that stands out from
        it and from the light tints. Test points: hollow diamonds in a darker shade of the class colour
        (a hollow mark in the full colour would vanish on its own region's tint)."""
        if not len(y):
            return [], []
        rgb, idx = self._class_rgb(snap, y)
        k = self._marker_scale()
        if test:
            pens = [pg.mkPen(QColor(*(int(c * 0.62) for c in col)), width=2.4 * k) for col in rgb]
            nobrush = pg.mkBrush(None)
            return [nobrush] * len(idx), [pens[i] for i in idx]
        brushes = [pg.mkBrush(QColor(*map(int, col))) for col in rgb]
        pens = [pg.mkPen(QColor(*colors.outline_for(col)), width=1.3 * k) for col in rgb]
        return [brushes[i] for i in idx], [pens[i] for i in idx]

    def _marker_scale(self):
        """The content scale for markers, but never so big that the points cover a small plot: a
        training point stays under 1/40 of the plot's side."""
        side = min(self.plot.width(), self.plot.height())
        cap = max(0.6, side / 40.0 / TRAIN_SIZE) if side > 50 else self._k
        return round(min(self._k, cap), 2)

    def _predicted(self, snap, pts):
        """The class the map shows at each point, or None: the grid's raw answer interpolated
        bilinearly at the points (n x k numbers, not the whole grid), then read as probabilities."""
        out = snap.grid_output
        if out is None or not len(pts) or snap.kind != "classification":
            return None
        v = interpolate_grid(out, snap.grid_xs, snap.grid_ys, pts[:, 0], pts[:, 1])
        if not np.all(np.isfinite(v)):
            return None
        p = colors.output_probabilities(v, snap.activations[-1])
        return (p[:, 0] > 0.5).astype(np.int64) if p.shape[1] == 1 else np.argmax(p, axis=1)

    def _update_wrong(self, snap):
        """Ring the points the network gets wrong; count them in the key."""
        # the arrays themselves are kept (compared by identity, never by a reusable id())
        key = (snap.grid_output, snap.x_train, snap.x_test, snap.y_train, snap.y_test)
        state = (self._show_test, self._marker_scale(), colors.palette_name(), self.tr("train {n}"),
                 tuple(snap.class_names), snap.kind)
        old = getattr(self, "_judged", None)
        if old is not None and old[1] == state and all(a is b for a, b in zip(old[0], key)):
            return  # the same answer over the same points (a paused window is sent the frame again)
        self._judged = (key, state)
        xt, xe = self._points_xy(snap)
        pt, pe = self._predicted(snap, xt), self._predicted(snap, xe)
        wt = np.zeros(len(xt), bool) if pt is None else pt != np.asarray(snap.y_train, dtype=np.int64)
        we = (np.zeros(len(xe), bool) if pe is None or not self._show_test
              else pe != np.asarray(snap.y_test, dtype=np.int64))
        key = (wt.tobytes(), we.tobytes(), self._marker_scale(), id(snap.x_train), id(snap.x_test))
        if key != self._wrong_key:
            self._wrong_key = key
            pts = np.vstack([xt[wt], xe[we]]) if len(xt) or len(xe) else np.zeros((0, 2))
            k = self._marker_scale()
            self.wrong_item.setData(x=pts[:, 0], y=pts[:, 1], size=RING_SIZE * k,
                                    pen=pg.mkPen(RING_RGB, width=1.7 * k), brush=pg.mkBrush(None))
        self._counts = (int(wt.sum()), len(xt), int(we.sum()), len(xe) if self._show_test else 0)
        self._update_legend(snap, judged=pt is not None)

    def _update_legend(self, snap, judged):
        entries = []
        if snap.kind == "classification":
            rgb, _ = self._class_rgb(snap, snap.y_train)
            names = list(snap.class_names) or [str(i) for i in range(len(rgb))]
            if len(names) < len(rgb):
                names += [str(i) for i in range(len(names), len(rgb))]
            entries += [("class", rgb[i], names[i]) for i in range(len(rgb))]
        wt, nt, we, ne = self._counts
        entries.append(("train", None, self.tr("train {n}").format(n=nt)))
        if ne:
            entries.append(("test", None, self.tr("test {n}").format(n=ne)))
        if judged:
            text = (self.tr("misclassified: {a} of {n} train, {b} of {m} test").format(a=wt, n=nt, b=we, m=ne) if ne
                    else self.tr("misclassified: {a} of {n}").format(a=wt, n=nt))
            entries.append(("wrong", RING_RGB, text))
        self.legend.set_entries(entries)

    def _update_image(self):
        snap = self._snap
        if snap is None:
            return
        if snap.grid_output is None:  # data off the plane (a wide CSV): nothing to draw behind the points
            self.image.setVisible(False)
            x = np.asarray(snap.x_train)
            if x.ndim == 2 and x.shape[1] < 2:  # lesson 2's softmax net: one input, no plane
                self.title.setText(self.tr("no input plane to draw (the data has one input)"))
            else:
                self.title.setText(self.tr("no input plane to draw (the data has more than two inputs)"))
            self.nan_label.hide()
            return
        rgba, title = self._neuron_image(snap, *self._neuron) if self._neuron[0] >= 0 else (None, None)
        if rgba is None:
            rgba, title = self._output_image(snap), self.tr("network output")
        bad = snap.grid_output is not None and not np.all(np.isfinite(snap.grid_output))
        if rgba is not None and np.any(colors.bad_pixels(rgba)):
            bad = True
        if bad:
            # a half-magenta picture could still be read as a boundary; show only the message
            self.image.setVisible(False)
            self._place_nan_label()
            self.nan_label.show()
            self.nan_label.raise_()
        else:
            self.nan_label.hide()
            self.image.setVisible(True)
            self.image.setImage(rgba, autoLevels=False, levels=(0, 255))
            r, c = rgba.shape[:2]
            xs, ys = snap.grid_xs, snap.grid_ys
            dx = (xs[-1] - xs[0]) / max(1, len(xs) - 1)
            dy = (ys[-1] - ys[0]) / max(1, len(ys) - 1)
            # grid values are pixel centres: the image reaches half a pixel beyond them
            self.image.setRect(QRectF(xs[0] - dx / 2, ys[0] - dy / 2, xs[-1] - xs[0] + dx, ys[-1] - ys[0] + dy))
        self.title.setText(title)
        self._update_colorbar(snap, bad)

    def _place_nan_label(self):
        w = min(self.plot.width() - 20, 320)
        self.nan_label.setFixedWidth(max(120, w))
        self.nan_label.adjustSize()
        self.nan_label.move((self.plot.width() - self.nan_label.width()) // 2,
                            (self.plot.height() - self.nan_label.height()) // 2)

    def _size_axes(self):
        """Axes of a fixed size (so the plot can be placed at the data's aspect before it is drawn),
        their text at the content scale, never rescaled with an SI prefix."""
        pi = self.plot.getPlotItem()
        font = appearance_scale.content_font(self.font(), 0.85, self._k)
        fm = QFontMetricsF(font)
        for name in ("left", "bottom"):
            ax = pi.getAxis(name)
            ax.setTickFont(font)
            ax.setStyle(tickTextOffset=max(2, int(3 * self._k)))
        pi.getAxis("left").setWidth(int(fm.horizontalAdvance("−0.00") + 10 * self._k))
        pi.getAxis("bottom").setHeight(int(fm.height() + 10 * self._k))

    def _plot_size(self, W, H):
        """The plot's (width, height) in a W x H room: one data unit as long on x as on y (within MAX_ASPECT)."""
        pi = self.plot.getPlotItem()
        ax_w = pi.getAxis("left").width() + 6
        ax_h = pi.getAxis("bottom").height() + 6
        x0, x1, y0, y1 = self._bounds or (0.0, 1.0, 0.0, 1.0)
        aspect = float(np.clip((x1 - x0) / (y1 - y0) if y1 > y0 else 1.0, 1 / MAX_ASPECT, MAX_ASPECT))
        vw, vh = max(40.0, W - ax_w), max(40.0, H - ax_h)
        if vw / vh > aspect:
            vw = vh * aspect
        else:
            vh = vw / aspect
        return int(round(vw + ax_w)), int(round(vh + ax_h))

    def _cap_stage(self):
        """The stage no taller than the plot it holds (a plot limited by the width leaves the rest
        under the key, not between the title and the plot)."""
        W = self.width()
        if W <= 0 or self.height() <= 0:
            return
        rest = sum(wd.heightForWidth(W) if wd.hasHeightForWidth() else wd.sizeHint().height()
                   for wd in (self.title, self.colorbar, self.legend) if not wd.isHidden())
        room = max(40, self.height() - rest)
        cap = min(room, self._plot_size(W, room)[1])
        if cap != self.stage.maximumHeight():
            self.stage.setMaximumHeight(cap)

    def _place_plot(self):
        """The plot as big as the stage allows at the data's aspect, centred across, at the stage's top."""
        self._cap_stage()   # the axes or the data's aspect may have changed
        W, H = self.stage.width(), self.stage.height()
        if W <= 0 or H <= 0:
            return
        w, h = self._plot_size(W, H)
        self.plot.setGeometry((W - w) // 2, 0, min(w, W), min(h, H))
        if self._snap is not None and self._points_key is not None and \
                self._points_key[0][-1] != self._marker_scale():
            self._update_points(self._snap)
            self._update_wrong(self._snap)
        self._fit_range()   # the markers' radius in data units follows the plot's size

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self._place_plot()
        if not self.nan_label.isHidden():
            self._place_nan_label()

    def _retranslate_label(self):
        self.nan_label.setText(self.tr("network output is not a number"))

    def changeEvent(self, ev):
        # a live language switch: the title and the key are made again from their sources
        if ev.type() == QEvent.Type.LanguageChange:
            self._retranslate_label()
        if ev.type() == QEvent.Type.LanguageChange and self._snap is not None:
            self._judged = None
            self._update_image()
            self._update_wrong(self._snap)
        super().changeEvent(ev)

    def eventFilter(self, obj, ev):
        # the stage has no layout: place the plot whenever the stage gets a new size
        if obj is self.stage and ev.type() == QEvent.Type.Resize:
            self._place_plot()
        elif obj in (self.title, self.colorbar, self.legend) and \
                ev.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide):
            self._cap_stage()   # the title or the key wrapped to more rows (or fewer), the colour bar came or went
        return False

    # ------------------------------------------------------------------ mouse
    def _on_click(self, ev):
        vb = self.plot.getViewBox()
        if self._snap is None or not vb.sceneBoundingRect().contains(ev.scenePos()):
            return
        p = vb.mapSceneToView(ev.scenePos())
        x, y = float(p.x()), float(p.y())
        mods = ev.modifiers()
        button = ev.button()
        if button == Qt.MouseButton.LeftButton and (self._trace_mode or mods & Qt.KeyboardModifier.ControlModifier):
            i = self.nearest_train_point(x, y)
            if i is not None:
                self.pointTraced.emit(i)
        elif button == Qt.MouseButton.LeftButton:
            self.pointClicked.emit(x, y, "add_other" if mods & Qt.KeyboardModifier.ShiftModifier else "add")
        elif button == Qt.MouseButton.RightButton:
            self.pointClicked.emit(x, y, "remove")
        ev.accept()

    def nearest_train_point(self, x, y):
        """Index of the training point nearest (x, y), distance measured in screen proportions."""
        pts = self._snap.x_train
        if not len(pts):
            return None
        x0, x1, y0, y1 = self._snap.bounds
        d = ((pts[:, 0] - x) / (x1 - x0)) ** 2 + ((pts[:, 1] - y) / (y1 - y0)) ** 2
        return int(np.argmin(d))
