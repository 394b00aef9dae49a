"""The decision boundary: the network's answer over the input plane, with the data on top.

Items are made once and refilled each frame; the image is RGBA uint8 with
levels given explicitly (pyqtgraph would otherwise re-scan every frame for
min/max) and its rect set so the axes read in data units.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from core.features import FEATURES
from nnviz import colors
from nnviz.views.offscreen import render_at

_FEATURE_LABELS = {"x1": "x₁", "x2": "x₂", "x1^2": "x₁²", "x2^2": "x₂²", "x1*x2": "x₁x₂",
                   "sin_x1": "sin x₁", "sin_x2": "sin x₂"}


def _upsample(thumb, txs, tys, xs, ys):
    """Bilinear: a (r, r) map sampled at (tys, txs) -> values at (ys, xs)."""
    rows = np.stack([np.interp(xs, txs, row) for row in thumb])          # (r, R): along x
    return np.stack([np.interp(ys, tys, col) for col in rows.T], axis=1)  # (R, R): along y


class BoundaryView(QWidget):
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

        self.title = QLabel(self)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)  # clicks edit the data; the window follows the data
        pi = self.plot.getPlotItem()
        for ax in ("left", "bottom"):
            pi.getAxis(ax).setPen(pg.mkPen(90, 90, 90))
            pi.getAxis(ax).setTextPen(pg.mkPen(60, 60, 60))
        pi.showGrid(False, False)
        self.image = pg.ImageItem(axisOrder="row-major")  # image[iy, ix], as the snapshot grids
        self.plot.addItem(self.image)
        self.train_item = pg.ScatterPlotItem(size=7, pxMode=True)
        self.test_item = pg.ScatterPlotItem(size=8, pxMode=True)
        self.train_item.setZValue(10)
        self.test_item.setZValue(11)
        self.plot.addItem(self.train_item)
        self.plot.addItem(self.test_item)
        self.plot.scene().sigMouseClicked.connect(self._on_click)

        self.nan_label = QLabel(self.tr("network output is not a number"), self.plot)
        self.nan_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nan_label.setWordWrap(True)
        self.nan_label.setStyleSheet("QLabel { background: #fff0f0; color: #b00000; border: 2px solid #b00000;"
                                     " padding: 8px; font-weight: bold; }")
        self.nan_label.hide()

        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addWidget(self.title)
        lay.addWidget(self.plot, 1)
        self.setMinimumSize(200, 200)

    # ------------------------------------------------------------------ public API
    def set_snapshot(self, snap):
        self._snap = snap
        self._update_bounds(snap)
        self._update_points(snap)
        self._update_image()

    def set_discretize(self, on):
        self._discretize = bool(on)
        self._update_image()

    def set_show_test(self, on):
        self._show_test = bool(on)
        self.test_item.setVisible(self._show_test)

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
        x0, x1, y0, y1 = b
        vb = self.plot.getViewBox()
        vb.setRange(xRange=(x0, x1), yRange=(y0, y1), padding=0)

    def _update_points(self, snap):
        key = (snap.x_train.shape, snap.x_test.shape, snap.kind)
        same = (self._points_key is not None and key == self._points_key[0]
                and np.array_equal(snap.x_train, self._points_key[1]) and np.array_equal(snap.y_train, self._points_key[2])
                and np.array_equal(snap.x_test, self._points_key[3]) and np.array_equal(snap.y_test, self._points_key[4]))
        if same:
            return
        self._points_key = (key, snap.x_train, snap.y_train, snap.x_test, snap.y_test)
        train_b, train_p = self._point_style(snap, snap.y_train, test=False)
        test_b, test_p = self._point_style(snap, snap.y_test, test=True)
        xt, xe = snap.x_train, snap.x_test
        if xt.ndim != 2 or xt.shape[1] < 2:  # one input (lesson 2's x = 1): the points lie on y = 0
            xt = np.column_stack([np.asarray(xt).reshape(len(xt), -1)[:, :1] if xt.size else np.zeros((len(xt), 1)),
                                  np.zeros(len(xt))])
            xe = np.column_stack([np.asarray(xe).reshape(len(xe), -1)[:, :1] if xe.size else np.zeros((len(xe), 1)),
                                  np.zeros(len(xe))])
        self.train_item.setData(x=xt[:, 0], y=xt[:, 1], brush=train_b, pen=train_p)
        self.test_item.setData(x=xe[:, 0], y=xe[:, 1], brush=test_b, pen=test_p)
        self.test_item.setVisible(self._show_test)

    def _target_scale(self, snap):
        t = np.concatenate([snap.y_train, snap.y_test]) if len(snap.y_test) else snap.y_train
        return colors.auto_scale(t)

    def _point_style(self, snap, y, test):
        """Brushes and pens per point; a palette of a few shared objects, not one per point."""
        if not len(y):
            return [], []
        if snap.kind == "classification":
            k = max(len(snap.class_names), int(np.max(y)) + 1)
            rgb = colors.class_colors(k)
            idx = np.asarray(y, dtype=np.int64)
        else:
            # regression: bucket the targets so the palette stays small
            n = 33
            idx = colors.bucketize(y, n, self._target_scale(snap))
            rgb = colors.bucket_colors(n)[:, :3]
        if test:
            # hollow rings, darker than the class colour so they read on their own class's region
            pens = [pg.mkPen(QColor(*(int(c * 0.6) for c in col)), width=2) for col in rgb]
            nobrush = pg.mkBrush(None)
            return [nobrush] * len(idx), [pens[i] for i in idx]
        brushes = [pg.mkBrush(QColor(*map(int, col))) for col in rgb]
        white = pg.mkPen(255, 255, 255, width=1)
        return [brushes[i] for i in idx], [white] * len(idx)

    def _update_image(self):
        snap = self._snap
        if snap is None:
            return
        if snap.grid_output is None:  # data off the plane (a wide CSV): nothing to draw behind the points
            self.image.setVisible(False)
            self.title.setText(self.tr("no input plane to draw (the data has more than two inputs)"))
            self.nan_label.hide()
            return
        rgba, title = self._neuron_image(snap, *self._neuron) if self._neuron[0] >= 0 else (None, None)
        if rgba is None:
            rgba, title = self._output_image(snap), self.tr("network output")
        bad = snap.grid_output is not None and not np.all(np.isfinite(snap.grid_output))
        if rgba is not None and np.any(np.all(rgba == colors.BAD_RGBA, axis=-1)):
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

    def _output_image(self, snap):
        out = snap.grid_output
        if snap.kind != "classification":
            return colors.diverging_image(out[:, :, 0], self._target_scale(snap))
        p = colors.output_probabilities(out, snap.activations[-1])
        k = max(2, p.shape[2])
        return colors.blend_probabilities(p, colors.class_colors(k), discretize=self._discretize)

    def _neuron_image(self, snap, column, unit):
        """(rgba, title) for one neuron, or (None, None) when it has no map."""
        n_hidden = len(snap.grid_hidden)
        xs, ys = snap.grid_xs, snap.grid_ys
        if column == 0:
            names = list(FEATURES) if snap.spec.get("data", {}).get("features") is not None else []
            if not 0 <= unit < len(names):
                return None, None
            gx, gy = np.meshgrid(xs, ys)
            v = FEATURES[names[unit]](gx, gy)
            return colors.diverging_image(v), self.tr("input {name}").format(name=_FEATURE_LABELS[names[unit]])
        if 1 <= column <= n_hidden:
            h = snap.grid_hidden[column - 1]
            if not 0 <= unit < h.shape[2]:
                return None, None
            r = h.shape[0]
            step = max(1, len(xs) // r)
            txs, tys = xs[::step][:r], ys[::step][:r]
            v = _upsample(np.asarray(h[:, :, unit], dtype=np.float64), txs, tys, xs, ys)
            act = snap.activations[column - 1]
            if act == "sigmoid":
                v, scale = 2 * v - 1, 1.0
            elif act == "tanh":
                scale = 1.0
            else:
                scale = colors.auto_scale(v)
            title = self.tr("neuron {u} of hidden layer {h} ({act})").format(u=unit + 1, h=column, act=act)
            return colors.diverging_image(v, scale), title
        if column == n_hidden + 1:
            out = snap.grid_output
            if not 0 <= unit < out.shape[2]:
                return None, None
            title = self.tr("output neuron {u}").format(u=unit + 1)
            if snap.kind != "classification":
                return colors.diverging_image(out[:, :, unit], self._target_scale(snap)), title
            p = colors.output_probabilities(out, snap.activations[-1])
            if p.shape[2] == 1:
                return colors.blend_probabilities(p, colors.class_colors(2)), title
            name = snap.class_names[unit] if unit < len(snap.class_names) else str(unit)
            title = self.tr("output neuron {u}: probability of class {c}").format(u=unit + 1, c=name)
            return colors.ramp_image(p[:, :, unit], colors.class_colors(p.shape[2])[unit]), title
        return None, None

    def _place_nan_label(self):
        w = min(self.plot.width() - 20, 320)
        self.nan_label.setFixedWidth(max(120, w))
        self.nan_label.adjustSize()
        self.nan_label.move((self.plot.width() - self.nan_label.width()) // 2,
                            (self.plot.height() - self.nan_label.height()) // 2)

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        if not self.nan_label.isHidden():
            self._place_nan_label()

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
