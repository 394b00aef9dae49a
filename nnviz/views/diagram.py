"""The network diagram: columns of neurons, every edge coloured by its weight.

The pieces live in rooms of their own: nnviz.views.raster (the numpy edge rasteriser),
diagram_items (the two graphics items that draw every edge and every node), diagram_layout (where
columns, nodes and edges go), diagram_widgets (the view, the per-layer controls, the weight editor),
diagram_pointer (hover, click, edit, architecture buttons). This module builds the columns for a
snapshot and recolours edges and nodes each frame.

Per frame (bench/gui_views.py, 2 cores, offscreen, 1000x700, 10k edges, every weight changed):
~28 ms with Qt's drawLines against 57 ms for one QGraphicsLineItem per edge; above DENSE_EDGES the
edges are recoloured in an EdgeRaster (~2 ns a pixel) and drawn with one drawImage: ~13 ms.

Scene coordinates are viewport pixels (no view transform): 1-px cosmetic lines stay 1 px, thumbnails
keep their size and the architecture buttons, which are ordinary widgets over the viewport, line up
with their columns. A resize re-lays the scene out; a new snapshot with the same architecture only
recolours.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPen
from PySide6.QtWidgets import (
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.features import FEATURES
from nnviz import colors
from nnviz.appearance import scale as appearance_scale
from nnviz.views.diagram_items import N_BUCKETS, WIDTHS, EdgeBatchItem, NodesItem, _plain_raster
from nnviz.views.diagram_layout import (
    BOTTOM,
    DEFAULT_MAX_EDGES,
    LEFT,
    MAX_HIDDEN_LAYERS,
    MAX_LABEL,
    MAX_NEURONS,
    NODE_MAX,
    RIGHT,
    TOP,
    column_nodes,
    column_xs,
    edge_ends,
    water_fill,
)
from nnviz.views.diagram_paint import DiagramPaint
from nnviz.views.diagram_pointer import DiagramPointer
from nnviz.views.diagram_widgets import (
    _LayerControls,
    _View,
    _WeightEditor,
    combo_rows,
    combo_width,
    controls_height,
    place_layer_controls,
)
from nnviz.views.legends import ColorBar
from nnviz.views.offscreen import render_at
from nnviz.views.raster import EdgeRaster, line_pixel_count, line_pixels

# the old single-module names that tests, benchmarks and other rooms import from here
__all__ = ["NetworkDiagram", "N_BUCKETS", "EdgeRaster", "line_pixels", "line_pixel_count", "_plain_raster",
           "MAX_HIDDEN_LAYERS", "MAX_NEURONS", "DENSE_EDGES", "RASTER_EDGES", "RASTER_MAX_PIXELS", "HIDE_FAINT_DENSE"]

WIDTH_STEPS = (0.3, 0.6, 0.85)         # |w|/scale thresholds between width classes
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
_water_fill = water_fill               # the old private name (tests, benchmarks)


class NetworkDiagram(DiagramPaint, DiagramPointer, QWidget):
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
        self._content_scale = appearance_scale.content_scale()  # presenter factor for nodes and labels
        self._canvas = (255, 255, 255)     # background of the drawing (the theme's plot background)
        self._legend_override = None       # (kind, scale) set by the step-through overlay, or None
        self._scale = None                 # fixed colour scale, or None: max |w| of each frame
        self._frame_scale = 1.0
        self._hidden_faint = 0
        self._node_index = {}
        self._hover_edge = None            # (layer, i, j)
        self._hover_node = (-1, -1)
        self._hover_pos = None
        self._edit = None                  # (layer, i, j) being edited
        self._controls = []
        self._combo_rows = (1, 0)          # (rows, width) of the activation menus (combo_rows)
        self._controls_need = 0            # controls_need(), measured at each layout
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
        self.remove_layer_btn = QToolButton(self)   # texts: _retranslate_controls
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
        # what the edge colours mean, with numbers: weights, or in the backward stages the gradients
        self.colorbar = ColorBar("weights", self.tr("weight"), self)
        self.colorbar.setContentsMargins(4, 0, 4, 2)
        lay.addWidget(self.colorbar)

        # hover readout and the inline weight editor float over the viewport
        vp = self.view.viewport()
        self.hover_label = QLabel(vp)
        self.hover_label.setStyleSheet("QLabel { background: #fffff4; color: #202020; border: 1px solid #909090;"
                                       " padding: 2px 4px; }")
        self.hover_label.hide()
        self.editor = _WeightEditor(vp, self)
        self.editor.setFixedWidth(110)
        self._retranslate_controls()
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
        return QPointF(float(c["xs"][unit]), float(c["ys"][unit]))

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
        left, right = self._margins()
        xs = column_xs(ncol, vw, left, right)
        self._combo_rows = combo_rows(self._controls, xs[1:-1])
        top = self._top()
        avail = max(20.0, vh - top - BOTTOM)
        k = self._content_scale
        gap = float(np.min(np.diff(xs))) if len(xs) > 1 else None
        for c, col in enumerate(self._columns):
            col.update(column_nodes(len(col["units"]), xs[c], top, avail, k, gap))
        ends = edge_ends(self._columns, self._offsets)
        self._ends = ends
        self._lines_buf = np.empty((min(len(ends), max(self._max_edges, 1) * 2 + 16), 4))
        self._place_texts()
        self._place_controls()
        self._controls_need = self._measure_controls_need()
        self._hover_edge = None
        self._hi_edge.hide()
        self._hi_node.hide()
        self.hover_label.hide()
        self.layoutChanged.emit()

    def _margins(self):
        """Room left of the first column and right of the last for the longest input / output name (CSV
        columns can be long; elided past MAX_LABEL)."""
        fm = QFontMetricsF(self._label_font())
        first, last = self._columns[0], self._columns[-1]
        w_in = max((fm.horizontalAdvance(self._label(first, u)) for u in first["units"]), default=0)
        w_out = max((fm.horizontalAdvance(str(u)) for u in last["units"]), default=0)
        k = self._content_scale
        left = max(LEFT * k, min(w_in, MAX_LABEL * k) + NODE_MAX * k / 2 + 12)
        right = max(RIGHT * k, min(w_out, MAX_LABEL * k) + NODE_MAX * k / 2 + 12)
        return left, right

    def controls_need(self):
        """The width at which every hidden layer's "-"/"+" and activation menu show whole: neighbouring
        columns far enough apart for their buttons side by side and for the menus in two staggered rows
        (at 250 % in Korean a narrower diagram elided "leaky_relu" and put one layer's "+" under the
        next one's "-"). 0 without hidden layers. Measured at each layout (Lecture asks every frame)."""
        return self._controls_need if self._arch else 0

    def _measure_controls_need(self):
        if not self._controls:
            return 0
        left, right = self._margins()
        menu = max((combo_width(c.combo) for c in self._controls if not c.combo.isHidden()), default=0)
        buttons = max((c.sizeHint().width() for c in self._controls if c.buttons_shown()), default=0)
        n_gaps = len(self._columns) - 1
        gap = max(buttons + 4, (menu + 6) / 2) if len(self._controls) > 1 else 0.0
        frame = self.width() - self.view.viewport().width()
        return int(math.ceil(max(left + right + n_gaps * gap, menu))) + max(0, frame)

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
        ctrl = controls_height(self._controls, self._combo_rows[0])
        return max(TOP, ctrl + QFontMetricsF(self._label_font()).height() + 12)

    def _build_controls(self):
        for w in self._controls:
            w.hide()         # gone from view now; deleted when the event loop next runs
            w.deleteLater()
        self._controls = []
        n_hidden = len(self._arch[0]) - 2
        for h in range(n_hidden):
            w = _LayerControls(self.view.viewport(), self, h)
            w.show()
            self._controls.append(w)
        self.add_layer_btn.setEnabled(n_hidden < MAX_HIDDEN_LAYERS)
        self.remove_layer_btn.setEnabled(n_hidden > 0)
        self._show_layer_count()

    def controls_changed(self):
        """A lesson showed or hid the layers' buttons or menus: the room above the nodes follows."""
        if self._snap is not None and self._arch:
            self._layout()
            self._update_frame()

    def _show_layer_count(self):
        n_hidden = len(self._arch[0]) - 2
        self.layers_label.setText(self.tr("{n} hidden layers").format(n=n_hidden) if n_hidden != 1
                                  else self.tr("1 hidden layer"))

    def _place_controls(self):
        sizes = self._arch[0]
        acts = self._acts_shown = self._snap.activations
        rows, width = self._combo_rows
        xs = [self._columns[h + 1]["x"] for h in range(len(self._controls))]
        place_layer_controls(self._controls, xs, rows, width, self.view.viewport().width())
        for h, w in enumerate(self._controls):
            w.minus.setEnabled(sizes[h + 1] > 1)
            w.plus.setEnabled(sizes[h + 1] < MAX_NEURONS)
            w.combo.blockSignals(True)
            i = w.combo.findData(acts[h])
            w.combo.setCurrentIndex(max(0, i))
            w.combo.blockSignals(False)

    def _retranslate_controls(self):
        self.add_layer_btn.setText(self.tr("+ layer"))
        self.add_layer_btn.setToolTip(self.tr("add a hidden layer before the output"))
        self.remove_layer_btn.setText(self.tr("− layer"))
        self.remove_layer_btn.setToolTip(self.tr("remove the last hidden layer"))
        self.editor.setPlaceholderText(self.tr("new weight"))
        if self._arch:
            self._show_layer_count()

    def changeEvent(self, ev):
        if ev.type() == QEvent.Type.LanguageChange:
            self._retranslate_controls()
        # a live language switch: the texts drawn on the canvas and the colour bar's title anew
        if ev.type() == QEvent.Type.LanguageChange and self._snap is not None and self._arch:
            self._place_texts()
            self._update_legend(self._snap, self._frame_scale)
        super().changeEvent(ev)

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
        if self._hidden_faint:
            self.info_label.setText(self.tr("showing {shown} of {total} edges (near-zero weights hidden)").format(
                shown=f"{shown:,}", total=f"{total:,}"))
        elif shown < total:
            self.info_label.setText(self.tr("showing the {shown} strongest of {total} edges").format(
                shown=f"{shown:,}", total=f"{total:,}"))
        else:
            self.info_label.setText(self.tr("{n} edges").format(n=f"{total:,}"))
        self._update_legend(snap, scale)
        if self._hover_edge is not None:
            self._show_edge_readout(*self._hover_edge)
        # no viewport().update() here: the nodes item was updated above, and the scene repaints the whole
        # viewport for it (FullViewportUpdate) one turn later; asking here too painted every frame twice

    def _select(self, w):
        """Ids of the edges to draw: all, or the strongest of each layer pair (NaN counts as strongest)."""
        total = len(w)
        if total <= self._max_edges:
            return self._all_ids
        strength = np.abs(w)
        strength[np.isnan(w)] = np.inf  # a broken weight must be seen
        counts = np.diff(self._offsets)
        take = water_fill(counts, self._max_edges)
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
