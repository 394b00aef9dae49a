"""The network diagram: columns of neurons, every edge coloured by its weight.

Performance shapes this file. All edges live in ONE EdgeBatchItem whose
paint() issues one QPainter.drawLines call per (colour bucket, width class);
the endpoints sit in a numpy buffer that Qt reads in place (QLineF is four
doubles), so a frame allocates no Qt line objects: it re-buckets the weights
with numpy and re-sorts rows of the buffer. Measured by bench/gui_views.py
(2 cores, offscreen, 1000x700, 10k edges, every weight changed each frame):
28 ms a frame against 57 ms for one QGraphicsLineItem per edge (with the
scene's default BSP index the per-item design takes ~27 s). What is left is
rasterising: ~7 ns per pixel for any 1-px line, ~310 px per edge here, hence
the shortcuts for dense nets below. Above DENSE_EDGES the edges are not drawn
by Qt at all: an EdgeRaster keeps every edge's pixel list for the layout and
a frame only recolours them with numpy (~2 ns a pixel), one drawImage: ~13 ms
a frame at 10k edges against ~21 ms with drawLines.

Scene coordinates are viewport pixels (no view transform): 1-px cosmetic lines
stay 1 px, thumbnails keep their size and the architecture buttons, which are
ordinary widgets over the viewport, line up with their columns. A resize
re-lays the scene out; a new snapshot with the same architecture only
recolours.
"""
from __future__ import annotations

import math

import numpy as np
import shiboken6
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintEngine, QPen, QTransform
from PySide6.QtWidgets import (QComboBox, QGraphicsItem, QGraphicsLineItem, QGraphicsRectItem,
                               QGraphicsScene, QGraphicsSimpleTextItem, QGraphicsView, QHBoxLayout,
                               QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget)

from core.features import FEATURES
from core.layers import HIDDEN_ACTIVATIONS
from nnviz import colors
from nnviz.views.offscreen import render_at

MAX_HIDDEN_LAYERS = 6
MAX_NEURONS = 64
DEFAULT_MAX_EDGES = 2000

N_BUCKETS = 17                         # odd: zero weights get their own grey bucket
WIDTH_STEPS = (0.3, 0.6, 0.85)         # |w|/scale thresholds between width classes
WIDTHS = (0.0, 2.0, 3.0, 4.5)          # px; 0 = Qt's cosmetic hairline, the fastest line there is
MAX_WIDE_EDGES = 400                   # only this many strongest edges may be drawn wider than 1 px
AA_MAX_EDGES = 300                     # antialias small nets only: it costs 50-100x per line
# Beyond this many edges a frame is bound by rasterising pixels (~6 ns each, ~360 px per
# edge at 1000x700, whatever the pen): every line is a hairline and edges in the
# zero bucket, whose grey barely differs from the background, are left out.
DENSE_EDGES = 3000
HIDE_FAINT_DENSE = True                # (bench/gui_views.py turns it off to time every edge painted)
# Dense nets are rasterised with numpy instead (EdgeRaster): every edge's pixels are fixed by the
# layout, so a frame only recolours them, ~2 ns per edge pixel against Qt's ~7. Their pixel lists
# take 4 bytes a pixel; past this many pixels in all, Qt draws the lines as for small nets.
RASTER_EDGES = True
RASTER_MAX_PIXELS = 16_000_000
_LINE_BYTES = 32                       # sizeof(QLineF): four qreal (double) fields

# layout, in px
TOP = 74                               # room for the per-layer buttons and the column header
BOTTOM, LEFT, RIGHT = 12, 64, 72
NODE_MAX = 44
NODE_MIN = 14                          # below this a column is drawn as compact dots, no thumbnails
BIAS_MARK = 8
MAX_LABEL = 150                        # longer input/output names are elided

_FEATURE_LABELS = {"x1": "x₁", "x2": "x₂", "x1^2": "x₁²", "x2^2": "x₂²", "x1*x2": "x₁x₂",
                   "sin_x1": "sin x₁", "sin_x2": "sin x₂"}


def _qimage(rgba):
    """(h, w, 4) uint8 with row 0 = smallest y -> QImage (row 0 at the top), owning its pixels."""
    a = np.ascontiguousarray(rgba[::-1])
    h, w = a.shape[:2]
    return QImage(a.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()


def _color(rgba):
    return QColor(int(rgba[0]), int(rgba[1]), int(rgba[2]), int(rgba[3]) if len(rgba) > 3 else 255)


def _line_ptr(buf, row):
    """A QLineF* into row ``row`` of a C-contiguous (n, 4) float64 buffer (Qt reads it in place)."""
    return shiboken6.wrapInstance(buf.ctypes.data + row * _LINE_BYTES, QLineF)


def _water_fill(counts, budget):
    """Split ``budget`` over layer pairs: small pairs keep all their edges, the rest share evenly."""
    counts = np.asarray(counts, dtype=np.int64)
    take = np.zeros_like(counts)
    left, open_ = int(budget), [int(k) for k in np.argsort(counts, kind="stable")]
    while open_:
        share, extra = divmod(left, len(open_))
        k = open_[0]
        if counts[k] <= share:
            take[k] = counts[k]
            left -= int(counts[k])
            open_.pop(0)
        else:
            for n, k in enumerate(sorted(open_)):
                take[k] = min(counts[k], share + (n < extra))  # the remainder too: exactly the budget
            break
    return take


def _line_run(u0, v0, u1, v1, stride_u, stride_v):
    """Pixels of lines stepping along u (|du| >= |dv|), as flat indices u * stride_u + v * stride_v,
    and the pixel count per line. Qt's aliased hairline rule (QCosmeticStroker): from u = round(u0)
    to round(u1) - 1, the pixel holding the line's v at u + 0.5 when v grows along u, at u otherwise."""
    back = u1 < u0
    u0, u1 = np.where(back, u1, u0), np.where(back, u0, u1)
    v0, v1 = np.where(back, v1, v0), np.where(back, v0, v1)
    du = u1 - u0
    s = np.divide(v1 - v0, du, out=np.zeros_like(du), where=du != 0)
    i0 = np.floor(u0 + 0.5)
    n = np.maximum(np.floor(u1 + 0.5) - i0, 0).astype(np.int64)
    c0 = v0 + (i0 + np.where(s > 0, 0.5, 0.0) - u0) * s  # v at the first pixel
    k = np.arange(int(n.sum()), dtype=np.int32)         # step along each line
    k -= np.repeat((np.cumsum(n) - n).astype(np.int32), n)
    v = k.astype(np.float32)
    v *= np.repeat(s.astype(np.float32), n)
    v += np.repeat(c0.astype(np.float32), n)
    pix = np.floor(v, out=v).astype(np.int32)
    del v
    if stride_v != 1:
        pix *= np.int32(stride_v)
    k += np.repeat(i0.astype(np.int32), n)
    if stride_u != 1:
        k *= np.int32(stride_u)
    pix += k
    return pix, n


def line_pixels(ends, width, height):
    """The pixels of 1-px lines as Qt's aliased cosmetic pen draws them (but for rounding, ~2 % of
    pixels a pixel off): (flat pixel indices y * width + x (int32), pixel count per line (int64),
    line index of each run). The pixels are grouped by line, the lines in the order of the third
    array (those stepping along x first). Ends are kept a pixel inside width x height."""
    e = np.array(ends, dtype=np.float64).reshape(-1, 4)
    np.clip(e[:, 0::2], 1.0, max(1.0, width - 2.0), out=e[:, 0::2])
    np.clip(e[:, 1::2], 1.0, max(1.0, height - 2.0), out=e[:, 1::2])
    x0, y0, x1, y1 = e.T
    along_x = np.abs(x1 - x0) >= np.abs(y1 - y0)
    a, b = np.flatnonzero(along_x), np.flatnonzero(~along_x)
    pa, na = _line_run(x0[a], y0[a], x1[a], y1[a], 1, int(width))
    pb, nb = _line_run(y0[b], x0[b], y1[b], x1[b], int(width), 1)
    return np.concatenate([pa, pb]), np.concatenate([na, nb]), np.concatenate([a, b])


def line_pixel_count(ends):
    """About how many pixels line_pixels() lists for these lines (at most one more a line; no pixel is made)."""
    e = np.floor(np.asarray(ends, dtype=np.float64).reshape(-1, 4))
    return int((np.maximum(np.abs(e[:, 2] - e[:, 0]), np.abs(e[:, 3] - e[:, 1])) + 1).sum())


class EdgeRaster:
    """Every edge of the layout as 1-px lines in a numpy-owned image, recoloured per frame.

    An edge's pixels depend on the layout only; a frame changes only which edges are drawn
    and in which colour. So the pixel lists are made once per layout, and a frame is one
    ``np.maximum.at`` of each edge's paint rank (0 = not drawn) over its pixels (on a pixel
    shared by several edges the highest rank wins: the strongest colour, as painting weak
    before strong does) plus a table look-up of the colours. The image wraps the numpy
    buffer (no copy) and is drawn with one drawImage."""

    def __init__(self, ends, width, height):
        self.ends = ends                  # the layout it was made for (compared by identity)
        self.width, self.height = int(width), int(height)
        self.pix, self.lens, self.order = line_pixels(ends, self.width, self.height)
        covered = np.bincount(self.pix, minlength=self.width * self.height) > 0
        self.cover = np.flatnonzero(covered).astype(np.int32)
        ys, xs = divmod(self.cover, self.width) if len(self.cover) else (np.zeros(1), np.zeros(1))
        self.box = QRectF(float(xs.min()), float(ys.min()), float(xs.max() - xs.min() + 1),
                          float(ys.max() - ys.min() + 1))
        self._top = np.zeros(self.width * self.height, dtype=np.uint8)  # highest rank on each pixel
        self.argb = np.zeros((self.height, self.width), dtype=np.uint32)  # premultiplied ARGB32
        self.image = QImage(self.argb.data, self.width, self.height, 4 * self.width,
                            QImage.Format.Format_ARGB32_Premultiplied)
        self._shown = None                # (ranks, colour table) the image shows

    def draw(self, ranks, table):
        """ranks: uint8 per edge (0 = not drawn, higher on top); table[rank]: premultiplied ARGB32."""
        if (self._shown is not None and np.array_equal(self._shown[1], table)
                and np.array_equal(self._shown[0], ranks)):
            return False  # no edge changed its colour: the image stands
        self._shown = (ranks.copy(), table.copy())
        top = self._top
        top.fill(0)
        np.maximum.at(top, self.pix, np.repeat(ranks[self.order], self.lens))
        self.argb.reshape(-1)[self.cover] = table[top[self.cover]]
        return True


def _plain_raster(painter):
    """True when painting 1:1 onto pixels (a widget, a grab, a cache pixmap); False for SVG,
    printing or a scaled export, which get real lines."""
    eng = painter.paintEngine()
    return (eng is not None and eng.type() == QPaintEngine.Type.Raster
            and painter.deviceTransform().type().value <= QTransform.TransformationType.TxTranslate.value)


class EdgeBatchItem(QGraphicsItem):
    """Every drawn edge, painted with one drawLines call per (colour bucket, width class),
    or, for dense nets, as one image made by an EdgeRaster.

    ``lines`` (n, 4) holds the endpoints sorted so each group is a contiguous run;
    ``edge_ids[r]`` names the edge of row r and ``buckets[r]`` its colour bucket."""

    def __init__(self):
        super().__init__()
        # Cached as a pixmap: hover highlights and the readout repaint the viewport without
        # re-rasterising thousands of edges; a new frame calls update() and refills it.
        # (Not while a raster draws: its image is as quick to draw as the cache.)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._rect = QRectF()
        self.lines = np.zeros((0, 4))
        self.edge_ids = np.zeros(0, dtype=np.int64)
        self.buckets = np.zeros(0, dtype=np.int64)
        self.groups = []                  # (pen, first row, row count), weakest first
        self.antialias = False
        self.raster = None                # EdgeRaster of the layout (dense nets), or None
        self.use_raster = False           # this frame is in the raster (else: drawLines)
        cols = colors.bucket_colors(N_BUCKETS)
        self.pens = []                    # index: width class * (N_BUCKETS + 1) + colour bucket
        for w in WIDTHS:
            for c in cols:
                pen = QPen(_color(c), w)
                pen.setCosmetic(True)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                self.pens.append(pen)

    def bucket_argb(self):
        """The hairline pens' colours as premultiplied ARGB32, by colour bucket (for the raster; read
        from the pens each time, so new pens, another palette, show at once)."""
        argb = []
        for pen in self.pens[:N_BUCKETS + 1]:
            c = pen.color()
            a = c.alpha()
            argb.append((a << 24) | (c.red() * a // 255 << 16) | (c.green() * a // 255 << 8) | (c.blue() * a // 255))
        return np.array(argb, dtype=np.uint32)

    def set_rect(self, rect):
        self.prepareGeometryChange()
        self._rect = QRectF(rect)

    def boundingRect(self):
        return self._rect

    def set_raster_mode(self, on):
        on = bool(on)
        if on != self.use_raster:
            self.use_raster = on
            self.setCacheMode(QGraphicsItem.CacheMode.NoCache if on
                              else QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def paint(self, painter, option, widget=None):
        n = len(self.edge_ids)
        if not n:
            return
        if self.use_raster and self.raster is not None and _plain_raster(painter):
            r = self.raster
            painter.drawImage(r.box, r.image, r.box)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias)
        buf = self.lines
        for pen, first, count in self.groups:
            painter.setPen(pen)
            painter.drawLines(_line_ptr(buf, first), count)


class NodesItem(QGraphicsItem):
    """All neurons: thumbnails with a bias mark for roomy columns, plain dots for wide ones."""

    def __init__(self):
        super().__init__()
        self._rect = QRectF()
        self.full = []       # per node: (QRectF, QImage or None, fill QColor, bias QColor or None, dimmed)
        self.dots = []       # per compact column: (rect buffer (n, 4) float64, QColor per node or one QColor)
        self._border = QPen(QColor(90, 90, 90), 1)
        self._border.setCosmetic(True)

    def set_rect(self, rect):
        self.prepareGeometryChange()
        self._rect = QRectF(rect)

    def boundingRect(self):
        return self._rect

    def paint(self, painter, option, widget=None):
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for rect, img, fill, bias, dimmed in self.full:
            painter.setOpacity(0.28 if dimmed else 1.0)
            if img is not None:
                painter.drawImage(rect, img)
            else:
                painter.fillRect(rect, fill)
            painter.setPen(self._border)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            if bias is not None:
                mark = QRectF(rect.left() - BIAS_MARK / 2, rect.bottom() - BIAS_MARK / 2, BIAS_MARK, BIAS_MARK)
                painter.setBrush(bias)
                painter.drawRect(mark)
        painter.setOpacity(1.0)
        painter.setPen(Qt.PenStyle.NoPen)
        for rects, fills in self.dots:
            if isinstance(fills, QColor):
                painter.setBrush(fills)
                painter.drawRects(shiboken6.wrapInstance(rects.ctypes.data, QRectF), len(rects))
            else:
                for r, c in zip(rects, fills):
                    painter.fillRect(QRectF(*r), c)


class _View(QGraphicsView):
    """Passes mouse and resize events to the diagram; scene units are viewport pixels."""

    def __init__(self, scene, owner):
        super().__init__(scene)
        self._owner = owner
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # one item covers the whole scene, so computing minimal update regions only costs time
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setBackgroundBrush(QBrush(QColor(255, 255, 255)))
        self.viewport().setMouseTracking(True)

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self._owner._on_resize()

    def mouseMoveEvent(self, ev):
        self._owner.hover_at(self.mapToScene(ev.position().toPoint()), ev.position().toPoint())

    def mousePressEvent(self, ev):
        if ev.button() == Qt.MouseButton.LeftButton:
            self._owner.click_at(self.mapToScene(ev.position().toPoint()))

    def mouseReleaseEvent(self, ev):
        pass

    def leaveEvent(self, ev):
        self._owner.hover_at(None)
        super().leaveEvent(ev)


class _LayerControls(QWidget):
    """"-"/"+" and the activation of one hidden layer, floating over its column."""

    def __init__(self, parent, diagram, h):
        super().__init__(parent)
        self.h = h
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(2)
        self.minus = QToolButton(self)
        self.minus.setText("−")
        self.minus.setToolTip(diagram.tr("one neuron fewer"))
        self.plus = QToolButton(self)
        self.plus.setText("+")
        self.plus.setToolTip(diagram.tr("one neuron more"))
        row.addStretch(1)
        row.addWidget(self.minus)
        row.addWidget(self.plus)
        row.addStretch(1)
        lay.addLayout(row)
        self.combo = QComboBox(self)
        for a in HIDDEN_ACTIVATIONS:
            self.combo.addItem(a, a)
        self.combo.setToolTip(diagram.tr("activation function of this layer"))
        f = self.combo.font()
        f.setPointSizeF(max(7.0, f.pointSizeF() * 0.9))
        self.combo.setFont(f)
        lay.addWidget(self.combo)
        self.minus.clicked.connect(lambda: diagram._change_neurons(self.h, -1))
        self.plus.clicked.connect(lambda: diagram._change_neurons(self.h, +1))
        self.combo.currentIndexChanged.connect(lambda _i: diagram._change_activation(self.h, self.combo.currentData()))
        self.adjustSize()


class _WeightEditor(QLineEdit):
    """The inline editor; Escape closes it without a change."""

    def __init__(self, parent, diagram):
        super().__init__(parent)
        self._diagram = diagram

    def keyPressEvent(self, ev):
        if ev.key() == Qt.Key.Key_Escape:
            self._diagram.cancel_edit()
            return
        super().keyPressEvent(ev)


class NetworkDiagram(QWidget):
    """Columns of neurons (inputs, hidden layers, output) joined by weight-coloured edges.

    Indices in signals are 0-based: ``layer`` is the dense layer (W of snap.weights),
    ``column`` 0 the inputs, 1.. the hidden layers, then the output; an input
    ``unit`` is its row in the drawn input column (all seven Playground features
    when the data lies in a plane). Text shown to people counts from 1."""

    featureToggled = Signal(str)
    weightEdited = Signal(int, int, int, float)
    nodeHovered = Signal(int, int)
    architectureRequested = Signal(list, list)
    nodeClicked = Signal(int, int)     # (column, unit): a neuron was clicked (the inspector selects it)
    layoutChanged = Signal()           # node and edge positions changed (overlays re-place themselves)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._snap = None
        self._arch = None                  # what the layout was built for
        self._max_edges = DEFAULT_MAX_EDGES
        self._scale = None                 # fixed colour scale, or None: max |w| of each frame
        self._frame_scale = 1.0
        self._hidden_faint = 0
        self._node_index = {}
        self._hover_edge = None            # (layer, i, j)
        self._hover_node = (-1, -1)
        self._hover_pos = None
        self._edit = None                  # (layer, i, j) being edited
        self._controls = []
        self._acts_shown = None
        self._raster_ranks = None          # paint rank + 1 per edge (0 = not drawn), for EdgeRaster
        self._raster_size = (None, 0)      # (layout, pixels its EdgeRaster would list)

        self.scene = QGraphicsScene(self)
        self.scene.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.view = _View(self.scene, self)
        self.edges = EdgeBatchItem()
        self.nodes = NodesItem()
        self.scene.addItem(self.edges)
        self.scene.addItem(self.nodes)
        self.nodes.setZValue(1)
        hl = QPen(QColor(20, 20, 20), 2)
        hl.setCosmetic(True)
        self._hi_edge = QGraphicsLineItem()
        self._hi_edge.setPen(hl)
        self._hi_edge.setZValue(2)
        self._hi_edge.hide()
        self._hi_node = QGraphicsRectItem()
        self._hi_node.setPen(hl)
        self._hi_node.setZValue(3)
        self._hi_node.hide()
        self.scene.addItem(self._hi_edge)
        self.scene.addItem(self._hi_node)
        self._texts = []

        # top bar: layer count, what is shown, the colour scale
        self.add_layer_btn = QToolButton(self)
        self.add_layer_btn.setText(self.tr("+ layer"))
        self.add_layer_btn.setToolTip(self.tr("add a hidden layer before the output"))
        self.remove_layer_btn = QToolButton(self)
        self.remove_layer_btn.setText(self.tr("− layer"))
        self.remove_layer_btn.setToolTip(self.tr("remove the last hidden layer"))
        self.layers_label = QLabel(self)
        self.info_label = QLabel(self)
        self.info_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.add_layer_btn.clicked.connect(self._add_layer)
        self.remove_layer_btn.clicked.connect(self._remove_layer)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 2, 4, 2)
        bar.setSpacing(6)
        bar.addWidget(self.add_layer_btn)
        bar.addWidget(self.remove_layer_btn)
        bar.addWidget(self.layers_label)
        bar.addStretch(1)
        bar.addWidget(self.info_label)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(0)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)

        # hover readout and the inline weight editor float over the viewport
        vp = self.view.viewport()
        self.hover_label = QLabel(vp)
        self.hover_label.setStyleSheet("QLabel { background: #fffff4; color: #202020; border: 1px solid #909090;"
                                       " padding: 2px 4px; }")
        self.hover_label.hide()
        self.editor = _WeightEditor(vp, self)
        self.editor.setFixedWidth(110)
        self.editor.setPlaceholderText(self.tr("new weight"))
        self.editor.hide()
        self.editor.returnPressed.connect(lambda: self.commit_edit(self.editor.text()))
        self.editor_message = QLabel(vp)
        self.editor_message.setStyleSheet("QLabel { background: #fff0f0; color: #c00000; border: 1px solid #c00000;"
                                          " padding: 2px 4px; }")
        self.editor_message.hide()
        self.setMinimumSize(320, 240)

    # ------------------------------------------------------------------ public API
    def set_snapshot(self, snap):
        self._snap = snap
        arch = self._arch_key(snap)
        if arch != self._arch:
            self._arch = arch
            self._build_columns(snap)
            self._build_controls()
            self._layout()
        self._update_frame()

    def set_max_edges(self, k):
        """Draw at most about k edges in all, the strongest of each layer pair."""
        self._max_edges = max(1, int(k))
        if self._snap is not None:
            self._update_frame()

    def set_weight_scale(self, scale=None):
        """Fix the colour scale (|w| that is full orange/blue), or None for max |w| each frame."""
        self._scale = None if scale is None else float(scale)
        if self._snap is not None:
            self._update_frame()

    def node_count(self):
        return sum(len(c["units"]) for c in self._columns) if self._arch else 0

    def edge_count(self):
        """Edges drawn now."""
        return int(len(self.edges.edge_ids))

    def total_edges(self):
        return int(self._offsets[-1]) if self._arch else 0

    def weight_scale(self):
        """|w| that the full colours stand for in the frame on screen."""
        return self._frame_scale

    def edge_bucket(self, layer, i, j):
        """Colour bucket of a drawn edge (0 = full orange .. N_BUCKETS-1 = full blue,
        N_BUCKETS = not a number), or None when that edge is not drawn."""
        e = self._edge_id(layer, i, j)
        rows = np.nonzero(self.edges.edge_ids == e)[0]
        return int(self.edges.buckets[rows[0]]) if rows.size else None

    def edge_midpoint(self, layer, i, j):
        """Scene (= viewport pixel) position of the middle of an edge."""
        x0, y0, x1, y1 = self._ends[self._edge_id(layer, i, j)]
        return QPointF((x0 + x1) / 2, (y0 + y1) / 2)

    def node_center(self, column, unit):
        c = self._columns[column]
        return QPointF(float(c["x"]), float(c["ys"][unit]))

    def node_image(self, column, unit):
        """The thumbnail drawn in a node (top row = largest y), or None (compact or no plane)."""
        k = self._node_index.get((column, unit)) if self._arch else None
        return None if k is None else self.nodes.full[k][1]

    def hover_text(self):
        """The hover readout on screen ("" when none)."""
        return "" if self.hover_label.isHidden() else self.hover_label.text()

    def info_text(self):
        return self.info_label.text()

    def render_to_image(self, width, height):
        """The diagram laid out at width x height, as a QImage (the buttons included)."""
        return render_at(self, width, height, relayout=self._on_resize)

    # ------------------------------------------------------------------ building
    def _arch_key(self, snap):
        all_inputs = snap.spec.get("data", {}).get("features") is not None
        return (tuple(snap.sizes), tuple(snap.feature_names), all_inputs, snap.kind, tuple(snap.class_names),
                len(snap.activations))

    def _build_columns(self, snap):
        """Per column: names and the node index each weight row/column maps to."""
        sizes, names = list(snap.sizes), list(snap.feature_names)
        all_inputs = self._arch[2]
        shown = list(FEATURES) if all_inputs else names
        inputs = {"kind": "input", "units": shown, "selected": [n in names for n in shown],
                  "rows": [shown.index(n) for n in names]}
        cols = [inputs]
        for h, n in enumerate(sizes[1:-1]):
            cols.append({"kind": "hidden", "units": list(range(n)), "rows": list(range(n)), "layer": h})
        out_names = (list(snap.class_names) if snap.kind == "classification" and len(snap.class_names) == sizes[-1]
                     else [f"y{j + 1}" if sizes[-1] > 1 else "y" for j in range(sizes[-1])])
        cols.append({"kind": "output", "units": out_names, "rows": list(range(sizes[-1]))})
        self._columns = cols
        counts = [sizes[k] * sizes[k + 1] for k in range(len(sizes) - 1)]
        self._pair_sizes = sizes
        self._offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
        self._wflat = np.zeros(int(self._offsets[-1]))
        self._all_ids = np.arange(int(self._offsets[-1]), dtype=np.int64)
        self._feature_imgs = None

    def _layout(self):
        """Positions of nodes and edge endpoints for the current viewport size."""
        if not self._arch:
            return
        vw = max(200, self.view.viewport().width())
        vh = max(150, self.view.viewport().height())
        rect = QRectF(0, 0, vw, vh)
        self.scene.setSceneRect(rect)
        self.edges.set_rect(rect)
        self.nodes.set_rect(rect)
        ncol = len(self._columns)
        # room for the longest input / output name (CSV columns can be long; elided past MAX_LABEL)
        fm = QFontMetricsF(self._label_font())
        first, last = self._columns[0], self._columns[-1]
        w_in = max((fm.horizontalAdvance(self._label(first, u)) for u in first["units"]), default=0)
        w_out = max((fm.horizontalAdvance(str(u)) for u in last["units"]), default=0)
        left = max(LEFT, min(w_in, MAX_LABEL) + NODE_MAX / 2 + 12)
        right = max(RIGHT, min(w_out, MAX_LABEL) + NODE_MAX / 2 + 12)
        xs = np.linspace(left, vw - right, ncol) if ncol > 1 else np.array([vw / 2])
        top = self._top()
        avail = max(20.0, vh - top - BOTTOM)
        for c, col in enumerate(self._columns):
            n = len(col["units"])
            spacing = avail / n
            size = min(NODE_MAX, spacing * 0.8)
            compact = size < NODE_MIN
            if compact:
                size = float(np.clip(spacing * 0.7, 1.5, 6.0))
            else:
                spacing = min(spacing, NODE_MAX * 1.3)
            ys = top + avail / 2 + (np.arange(n) - (n - 1) / 2) * spacing
            col.update(x=float(xs[c]), ys=ys, size=size, compact=compact)
        # edge endpoints, row-major per W (edge id = offset + i * out + j)
        ends = np.empty((int(self._offsets[-1]), 4))
        for k in range(ncol - 1):
            a, b = self._columns[k], self._columns[k + 1]
            sy = a["ys"][a["rows"]]
            ty = b["ys"][b["rows"]]
            e = ends[self._offsets[k]:self._offsets[k + 1]].reshape(len(sy), len(ty), 4)
            e[..., 0] = a["x"] + a["size"] / 2
            e[..., 1] = sy[:, None]
            e[..., 2] = b["x"] - b["size"] / 2
            e[..., 3] = ty[None, :]
        self._ends = ends
        self._lines_buf = np.empty((min(len(ends), max(self._max_edges, 1) * 2 + 16), 4))
        self._place_texts()
        self._place_controls()
        self._hover_edge = None
        self._hi_edge.hide()
        self._hi_node.hide()
        self.hover_label.hide()
        self.layoutChanged.emit()

    def column_geometry(self, column):
        """(x, ys (per drawn unit), node size, compact, rows: drawn unit of each W row) of a column."""
        c = self._columns[column]
        return float(c["x"]), np.asarray(c["ys"]), float(c["size"]), bool(c["compact"]), list(c["rows"])

    def edge_lines(self, layer):
        """Endpoints (x0, y0, x1, y1) of dense layer ``layer``'s edges, shaped (in, out, 4) like W."""
        n_in, n_out = self._pair_sizes[layer], self._pair_sizes[layer + 1]
        return self._ends[self._offsets[layer]:self._offsets[layer + 1]].reshape(n_in, n_out, 4)

    def _top(self):
        """Room above the nodes for the per-layer buttons and the column header: TOP at the normal font,
        more when a presenter scale makes them bigger."""
        ctrl = max((w.sizeHint().height() for w in self._controls), default=0)
        return max(TOP, 2 + ctrl + QFontMetricsF(self._label_font()).height() + 12)

    def _label_font(self):
        f = QFont(self.font())
        f.setPointSizeF(max(7.0, f.pointSizeF() * 0.9))
        return f

    @staticmethod
    def _label(col, name):
        return _FEATURE_LABELS.get(name, str(name)) if col["kind"] == "input" else str(name)

    def _place_texts(self):
        for t in self._texts:
            self.scene.removeItem(t)
        self._texts = []
        small = self._label_font()
        fm = QFontMetricsF(small)

        def text(s, x, y, align="center", color=None):
            if color is None:  # dark on the light canvas, light on a dark one (whatever the theme)
                bg = self.view.backgroundBrush().color() if self.view.backgroundBrush().style() != Qt.BrushStyle.NoBrush \
                    else self.palette().color(self.backgroundRole())
                color = QColor(50, 50, 50) if bg.lightness() > 128 else QColor(225, 225, 225)
            s = fm.elidedText(s, Qt.TextElideMode.ElideMiddle, MAX_LABEL)
            it = QGraphicsSimpleTextItem(s)
            it.setFont(small)
            it.setBrush(color)
            br = it.boundingRect()
            dx = {"center": -br.width() / 2, "right": -br.width(), "left": 0}[align]
            it.setPos(x + dx, y - br.height() / 2)
            it.setZValue(4)
            self.scene.addItem(it)
            self._texts.append(it)

        last = len(self._columns) - 1
        for c, col in enumerate(self._columns):
            n = len(col["units"])
            if col["kind"] == "input":
                head = self.tr("{n} inputs").format(n=n) if not self._arch[2] else self.tr("features")
            elif col["kind"] == "hidden":
                head = self.tr("{n} neurons").format(n=n) if n != 1 else self.tr("1 neuron")
            else:
                head = self.tr("output")
            text(head, col["x"], self._top() - fm.height() / 2 - 4)
            if col["compact"]:
                continue
            if col["kind"] == "input":
                for u, name in enumerate(col["units"]):
                    text(self._label(col, name), col["x"] - col["size"] / 2 - 6, col["ys"][u], "right")
            elif c == last:
                for u, name in enumerate(col["units"]):
                    text(str(name), col["x"] + col["size"] / 2 + 6, col["ys"][u], "left")

    def _build_controls(self):
        for w in self._controls:
            w.deleteLater()
        self._controls = []
        n_hidden = len(self._arch[0]) - 2
        for h in range(n_hidden):
            w = _LayerControls(self.view.viewport(), self, h)
            w.show()
            self._controls.append(w)
        self.add_layer_btn.setEnabled(n_hidden < MAX_HIDDEN_LAYERS)
        self.remove_layer_btn.setEnabled(n_hidden > 0)
        self.layers_label.setText(self.tr("{n} hidden layers").format(n=n_hidden) if n_hidden != 1
                                  else self.tr("1 hidden layer"))

    def _place_controls(self):
        sizes = self._arch[0]
        acts = self._acts_shown = self._snap.activations
        cols = self._columns
        gap = cols[1]["x"] - cols[0]["x"] if len(cols) > 1 else 200
        for h, w in enumerate(self._controls):
            col = self._columns[h + 1]
            w.combo.setFixedWidth(int(max(44, min(96, gap - 8))))  # neighbours must not overlap
            w.adjustSize()
            w.move(int(col["x"] - w.width() / 2), 2)
            w.minus.setEnabled(sizes[h + 1] > 1)
            w.plus.setEnabled(sizes[h + 1] < MAX_NEURONS)
            w.combo.blockSignals(True)
            i = w.combo.findData(acts[h])
            w.combo.setCurrentIndex(max(0, i))
            w.combo.blockSignals(False)

    def _on_resize(self):
        if self._arch:
            self._layout()
            self._update_frame()

    # ------------------------------------------------------------------ per frame
    def _update_frame(self):
        snap = self._snap
        if snap is None or not self._arch:
            return
        for k, (W, _b) in enumerate(snap.weights):
            self._wflat[self._offsets[k]:self._offsets[k + 1]] = np.ravel(W)
        w = self._wflat
        scale = self._scale if self._scale else colors.auto_scale(w)
        self._frame_scale = scale
        self._update_edges(w, scale)
        self._update_nodes(snap, scale)
        if self._controls and snap.activations != self._acts_shown:
            self._place_controls()  # activation combos follow the snapshot
        total, shown = self.total_edges(), self.edge_count()
        scale_txt = self.tr("colour scale ±{s}").format(s=f"{scale:.3g}")
        if self._hidden_faint:
            self.info_label.setText(self.tr("showing {shown} of {total} edges (near-zero weights hidden)").format(
                shown=f"{shown:,}", total=f"{total:,}") + "  ·  " + scale_txt)
        elif shown < total:
            self.info_label.setText(self.tr("showing the {shown} strongest of {total} edges").format(
                shown=f"{shown:,}", total=f"{total:,}") + "  ·  " + scale_txt)
        else:
            self.info_label.setText(self.tr("{n} edges").format(n=f"{total:,}") + "  ·  " + scale_txt)
        if self._hover_edge is not None:
            self._show_edge_readout(*self._hover_edge)
        self.view.viewport().update()

    def _select(self, w):
        """Ids of the edges to draw: all, or the strongest of each layer pair (NaN counts as strongest)."""
        total = len(w)
        if total <= self._max_edges:
            return self._all_ids
        strength = np.abs(w)
        strength[np.isnan(w)] = np.inf  # a broken weight must be seen
        counts = np.diff(self._offsets)
        take = _water_fill(counts, self._max_edges)
        parts = []
        for k, t in enumerate(take):
            lo, hi = int(self._offsets[k]), int(self._offsets[k + 1])
            if t >= hi - lo:
                parts.append(np.arange(lo, hi))
            elif t > 0:
                parts.append(lo + np.argpartition(strength[lo:hi], hi - lo - t)[hi - lo - t:])
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)

    def _update_edges(self, w, scale):
        ids = self._select(w)
        wd = w[ids]
        cb = colors.bucketize(wd, N_BUCKETS, scale)
        dense = len(ids) > DENSE_EDGES
        self._hidden_faint = 0
        if dense and HIDE_FAINT_DENSE:
            keep = cb != N_BUCKETS // 2
            self._hidden_faint = int(len(ids) - np.count_nonzero(keep))
            ids, wd, cb = ids[keep], wd[keep], cb[keep]
        n = len(ids)
        with np.errstate(invalid="ignore"):
            a = np.abs(wd) / scale
        a[~np.isfinite(a)] = 0.0
        if dense:
            wc = np.zeros(n, dtype=np.int64)
        else:
            wc = np.searchsorted(WIDTH_STEPS, a, side="right")
            if n > MAX_WIDE_EDGES > 0:  # wide lines are slow: keep them for the strongest few
                cut = np.partition(a, n - MAX_WIDE_EDGES)[n - MAX_WIDE_EDGES]
                wc[a < cut] = 0
            wc[cb == N_BUCKETS] = 1  # a NaN weight: a 2-px magenta line, not a hairline
        # paint order: thin before wide, weak before strong, NaN last, so strong edges stay on top
        nb = N_BUCKETS + 1
        rank = np.empty(nb, dtype=np.int64)
        rank[np.argsort(np.abs(colors.bucket_values(N_BUCKETS)), kind="stable")] = np.arange(N_BUCKETS)
        rank[N_BUCKETS] = N_BUCKETS
        key = (wc * nb + rank[cb]).astype(np.int16)
        order = np.argsort(key, kind="stable")  # radix sort on small ints
        if len(self._lines_buf) < n:
            self._lines_buf = np.empty((n, 4))
        buf = self._lines_buf
        sorted_ids = ids[order]
        np.take(self._ends, sorted_ids, axis=0, out=buf[:n])
        counts = np.bincount(key, minlength=len(WIDTHS) * nb)
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        # pen index by (width class, colour bucket); key used the rank, so undo it for the pen
        bucket_of_rank = np.argsort(rank)
        groups = []
        for g in np.nonzero(counts)[0]:
            wcls, r = divmod(int(g), nb)
            groups.append((self.edges.pens[wcls * nb + int(bucket_of_rank[r])], int(starts[g]), int(counts[g])))
        e = self.edges
        e.lines, e.edge_ids, e.buckets, e.groups = buf, sorted_ids, cb[order], groups
        e.antialias = n <= AA_MAX_EDGES
        e.set_raster_mode(dense and self._raster_fits())
        if e.use_raster:
            r = e.raster
            if r is None or r.ends is not self._ends:
                rc = self.scene.sceneRect()  # = the viewport, in pixels
                r = e.raster = EdgeRaster(self._ends, int(rc.width()), int(rc.height()))
            if self._raster_ranks is None or len(self._raster_ranks) != len(self._ends):
                self._raster_ranks = np.zeros(len(self._ends), dtype=np.uint8)
            table = np.zeros(nb + 1, dtype=np.uint32)  # colour by paint rank + 1; 0: not drawn
            table[rank + 1] = e.bucket_argb()
            ranks = self._raster_ranks
            ranks.fill(0)
            ranks[ids] = (rank[cb] + 1).astype(np.uint8)  # every line is a hairline here: rank = key
            r.draw(ranks, table)
        else:
            e.raster = None  # its pixel lists take memory (~4 bytes an edge pixel)
        e.update()

    def _raster_fits(self):
        """Dense nets are drawn by an EdgeRaster when their pixel lists stay within RASTER_MAX_PIXELS."""
        if not RASTER_EDGES:
            return False
        if self._raster_size[0] is not self._ends:
            self._raster_size = (self._ends, line_pixel_count(self._ends))
        return self._raster_size[1] <= RASTER_MAX_PIXELS

    def _feature_images(self, snap):
        """Playground's input thumbnails: each feature over the plane (depends on the bounds only)."""
        key = snap.bounds
        if self._feature_imgs is None or self._feature_imgs[0] != key:
            x0, x1, y0, y1 = snap.bounds
            r = snap.grid_hidden[0].shape[0] if snap.grid_hidden else 25
            gx, gy = np.meshgrid(np.linspace(x0, x1, r), np.linspace(y0, y1, r))
            imgs = {name: _qimage(colors.diverging_image(f(gx, gy))) for name, f in FEATURES.items()}
            self._feature_imgs = (key, imgs)
        return self._feature_imgs[1]

    def _update_nodes(self, snap, scale):
        full, dots, index = [], [], {}
        has_plane = snap.grid_output is not None
        last = len(self._columns) - 1
        for c, col in enumerate(self._columns):
            n = len(col["units"])
            imgs, fills, biases = [None] * n, [QColor(200, 200, 200)] * n, [None] * n
            if c > 0:
                b = snap.weights[c - 1][1]
                if b is not None:
                    biases = [_color(x) for x in colors.weight_rgba(b, scale)]
            if c == last and snap.kind == "classification" and n > 1:
                fills = [_color(x) for x in colors.class_colors(n)]  # ties each output to the boundary
            if col["compact"]:
                half = col["size"] / 2
                rects = np.empty((n, 4))
                rects[:, 0] = col["x"] - half
                rects[:, 1] = col["ys"] - half
                rects[:, 2] = rects[:, 3] = col["size"]
                if c == 0 or biases[0] is None:
                    dots.append((rects, QColor(110, 110, 110)))
                else:
                    dots.append((rects, biases))
                continue
            if has_plane:
                if col["kind"] == "input" and self._arch[2]:
                    fi = self._feature_images(snap)
                    imgs = [fi[name] for name in col["units"]]
                elif col["kind"] == "hidden" and col["layer"] < len(snap.grid_hidden):
                    imgs = self._hidden_images(snap, col["layer"])
                elif c == last:
                    imgs = self._output_images(snap)
            for u in range(n):
                s = col["size"]
                rect = QRectF(col["x"] - s / 2, col["ys"][u] - s / 2, s, s)
                dimmed = col["kind"] == "input" and not col["selected"][u]
                full.append((rect, imgs[u], fills[u], biases[u], dimmed))
                index[(c, u)] = len(full) - 1
        self.nodes.full, self.nodes.dots = full, dots
        self._node_index = index
        self.nodes.update()

    def _hidden_images(self, snap, h):
        v = np.asarray(snap.grid_hidden[h], dtype=np.float64)
        act = snap.activations[h]
        # bounded activations use their own range, so a saturated neuron looks saturated
        if act == "sigmoid":
            v, scale = 2.0 * v - 1.0, 1.0
        elif act == "tanh":
            scale = 1.0
        else:
            scale = colors.auto_scale(v)
        rgba = colors.weight_rgba(v, scale)
        return [_qimage(rgba[:, :, u]) for u in range(v.shape[2])]

    def _output_images(self, snap):
        out = snap.grid_output[::4, ::4]  # the thumbnail needs no more than the hidden maps have
        if snap.kind != "classification":
            t = np.concatenate([snap.y_train, snap.y_test]) if len(snap.y_test) else snap.y_train
            return [_qimage(colors.diverging_image(out[:, :, j], colors.auto_scale(t))) for j in range(out.shape[2])]
        p = colors.output_probabilities(out, snap.activations[-1])
        k = p.shape[2]
        if k == 1:
            return [_qimage(colors.blend_probabilities(p, colors.class_colors(2)))]
        cc = colors.class_colors(k)
        return [_qimage(colors.ramp_image(p[:, :, j], cc[j])) for j in range(k)]

    # ------------------------------------------------------------------ mouse
    def _edge_id(self, layer, i, j):
        n_in, n_out = self._pair_sizes[layer], self._pair_sizes[layer + 1]
        if not (0 <= i < n_in and 0 <= j < n_out):
            raise IndexError(f"layer {layer} has W of shape ({n_in}, {n_out}); ({i}, {j}) is outside it")
        return int(self._offsets[layer] + i * n_out + j)

    def _edge_of(self, e):
        layer = int(np.searchsorted(self._offsets, e, side="right") - 1)
        i, j = divmod(int(e - self._offsets[layer]), self._pair_sizes[layer + 1])
        return layer, i, j

    def _node_at(self, p):
        for c, col in enumerate(self._columns):
            half = max(col["size"] / 2, 3.0)
            if abs(p.x() - col["x"]) <= half:
                d = np.abs(col["ys"] - p.y())
                u = int(np.argmin(d))
                if d[u] <= max(half, 2.0 if col["compact"] else half):
                    return c, u
        return -1, -1

    def _edge_at(self, p, tol=4.0):
        lines, n = self.edges.lines, len(self.edges.edge_ids)
        if not n:
            return None
        seg = lines[:n]
        ax, ay = seg[:, 0], seg[:, 1]
        dx, dy = seg[:, 2] - ax, seg[:, 3] - ay
        L2 = dx * dx + dy * dy
        L2[L2 == 0] = 1.0
        t = np.clip(((p.x() - ax) * dx + (p.y() - ay) * dy) / L2, 0.0, 1.0)
        d2 = (ax + t * dx - p.x()) ** 2 + (ay + t * dy - p.y()) ** 2
        r = int(np.argmin(d2[::-1]))  # later rows are painted on top: prefer them
        r = n - 1 - r
        if d2[r] > tol * tol:
            return None
        return self._edge_of(int(self.edges.edge_ids[r]))

    def hover_at(self, scene_pos, view_pos=None):
        """What is under the mouse (scene coordinates); None when the mouse left."""
        if not self._arch or scene_pos is None:
            self._set_hover_node(-1, -1)
            self._hover_edge = None
            self._hi_edge.hide()
            self.hover_label.hide()
            return
        self._hover_pos = view_pos if view_pos is not None else self.view.mapFromScene(scene_pos)
        c, u = self._node_at(scene_pos)
        self._set_hover_node(c, u)
        edge = None if c >= 0 else self._edge_at(scene_pos)
        self._hover_edge = edge
        if edge is None:
            self._hi_edge.hide()
            if c >= 0:
                self._show_node_readout(c, u)
            else:
                self.hover_label.hide()
            return
        self._show_edge_readout(*edge)

    def _set_hover_node(self, c, u):
        if (c, u) == self._hover_node:
            return
        self._hover_node = (c, u)
        if c >= 0:
            col = self._columns[c]
            s = max(col["size"], 4.0) + 4
            self._hi_node.setRect(QRectF(col["x"] - s / 2, col["ys"][u] - s / 2, s, s))
            self._hi_node.show()
        else:
            self._hi_node.hide()
        self.nodeHovered.emit(c, u)

    def _show_edge_readout(self, layer, i, j):
        snap = self._snap
        w = float(snap.weights[layer][0][i, j])
        g = float(snap.grads[layer][0][i, j]) if snap.grads else float("nan")
        val = f"{w:.4f}" if math.isfinite(w) else self.tr("not a number")
        text = f"w[{layer + 1}][{i + 1}→{j + 1}] = {val}"
        if math.isfinite(g):
            text += "\n" + self.tr("gradient {g}").format(g=f"{g:.4g}")
        text += "\n" + self.tr("click to edit")
        x0, y0, x1, y1 = self._ends[self._edge_id(layer, i, j)]
        self._hi_edge.setLine(x0, y0, x1, y1)
        self._hi_edge.show()
        self._show_label(text)

    def _show_node_readout(self, c, u):
        col = self._columns[c]
        snap = self._snap
        if col["kind"] == "input":
            name = col["units"][u]
            text = _FEATURE_LABELS.get(name, str(name))
            if self._arch[2]:
                text += "\n" + (self.tr("click to turn off") if col["selected"][u] else self.tr("click to use"))
        else:
            b = snap.weights[c - 1][1]
            who = (self.tr("neuron {u} of hidden layer {h}").format(u=u + 1, h=c) if col["kind"] == "hidden"
                   else self.tr("output {name}").format(name=col["units"][u]))
            text = who
            if b is not None:
                bv = float(b[u])
                text += "\n" + self.tr("bias {b}").format(
                    b=f"{bv:.4f}" if math.isfinite(bv) else self.tr("not a number"))
        self._show_label(text)

    def _show_label(self, text):
        lab = self.hover_label
        lab.setText(text)
        lab.adjustSize()
        if self._hover_pos is not None:
            vp = self.view.viewport()
            x = min(self._hover_pos.x() + 14, vp.width() - lab.width() - 2)
            y = min(self._hover_pos.y() + 14, vp.height() - lab.height() - 2)
            lab.move(max(0, x), max(0, y))
        lab.show()
        lab.raise_()

    def click_at(self, scene_pos):
        if not self._arch:
            return
        c, u = self._node_at(scene_pos)
        if c >= 0:
            self.nodeClicked.emit(c, u)
        if c == 0 and self._arch[2] and not getattr(self, "select_only", False):  # stage view: clicks select
            self.featureToggled.emit(self._columns[0]["units"][u])
            return
        if c >= 0:
            return
        edge = self._edge_at(scene_pos)
        if edge is not None:
            self.edit_edge(*edge)
        elif self._edit is not None:
            self.cancel_edit()  # a click on empty space closes the editor

    # ------------------------------------------------------------------ editing a weight
    def edit_edge(self, layer, i, j):
        """Open the inline editor for W[layer][i, j] (0-based), prefilled with its value."""
        self._edge_id(layer, i, j)  # raises for a bad index
        self._edit = (layer, i, j)
        w = float(self._snap.weights[layer][0][i, j])
        mid = self.view.mapFromScene(self.edge_midpoint(layer, i, j))
        vp = self.view.viewport()
        ed = self.editor
        ed.setText(f"{w:.6g}")
        ed.setToolTip(f"w[{layer + 1}][{i + 1}→{j + 1}]")
        x = int(min(max(0, mid.x() - ed.width() / 2), vp.width() - ed.width()))
        y = int(min(max(0, mid.y() - ed.height() / 2), vp.height() - ed.height()))
        ed.move(x, y)
        ed.show()
        ed.raise_()
        ed.selectAll()
        ed.setFocus()
        self.editor_message.hide()
        self.editor_message.move(x, min(y + ed.height() + 2, vp.height() - 20))

    def commit_edit(self, text):
        """Finish editing: a finite number emits weightEdited and closes; anything else shows why."""
        if self._edit is None:
            return False
        s = str(text).strip().replace("−", "-").replace(",", ".")
        try:
            value = float(s)
        except ValueError:
            value = None
        if value is None or not math.isfinite(value):
            self.editor_message.setText(self.tr("“{t}” is not a number; type e.g. -0.5").format(t=text))
            self.editor_message.adjustSize()
            self.editor_message.show()
            self.editor_message.raise_()
            return False
        layer, i, j = self._edit
        self.cancel_edit()
        self.weightEdited.emit(layer, i, j, value)
        return True

    def cancel_edit(self):
        self._edit = None
        self.editor.hide()
        self.editor_message.hide()

    def editor_error(self):
        """The red message under the editor ("" when none)."""
        return "" if self.editor_message.isHidden() else self.editor_message.text()

    # ------------------------------------------------------------------ architecture
    def _hidden(self):
        sizes = list(self._snap.sizes)
        acts = list(self._snap.activations[:len(sizes) - 2])
        return sizes, acts

    def _change_neurons(self, h, delta):
        sizes, acts = self._hidden()
        n = sizes[h + 1] + delta
        if n < 1 or (delta > 0 and n > MAX_NEURONS):
            return
        sizes[h + 1] = n
        self.architectureRequested.emit(sizes, acts)

    def _change_activation(self, h, name):
        sizes, acts = self._hidden()
        if acts[h] == name:
            return
        acts[h] = name
        self.architectureRequested.emit(sizes, acts)

    def _add_layer(self):
        sizes, acts = self._hidden()
        if len(acts) >= MAX_HIDDEN_LAYERS:
            return
        # the new layer copies the last hidden one (a 2-neuron layer, as Playground adds, would
        # starve a 3-class output); with no hidden layer yet, Playground's 4 tanh
        n = min(sizes[-2], MAX_NEURONS) if acts else 4
        acts.append(acts[-1] if acts else "tanh")
        sizes.insert(len(sizes) - 1, n)
        self.architectureRequested.emit(sizes, acts)

    def _remove_layer(self):
        sizes, acts = self._hidden()
        if not acts:
            return
        del sizes[-2]
        acts.pop()
        self.architectureRequested.emit(sizes, acts)
