"""The stage drawn over the network diagram: what the current step-through stage touches.

Two items on the diagram's scene, both painted in batches (never one item per edge):

- under the nodes (z 0.5): a veil that fades every edge the stage does not touch, the stage's
  edges redrawn on top (forward: weight colours; backward: the gradient scale; update: Δw on
  the gradient scale), and the pulses: up to ``MAX_PULSES`` dots travelling along the strongest
  of those edges, left to right in the forward pass and right to left in the backward pass,
  animated over the chosen stage time by a ``QVariantAnimation``;
- over the nodes (z 4.5): outlines of the stage's nodes, the traced sample's values next to the
  nodes (x, a = x·W + b or z = h(a) forward; dL/da backward; y and t at the loss), Δw on the edges in the
  update stage, the selected node, and a breakpoint's culprit in red.

Everything shown comes from the snapshot's events (``nnviz.stepthrough.stage.StageView``); nothing is computed.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QEasingCurve, QLineF, QObject, QPointF, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from nnviz import colors
from nnviz.appearance import scale as appearance_scale
from nnviz.stepthrough.overlay_labels import StageLabels
from nnviz.stepthrough.placement import leader_end
from nnviz.stepthrough.stage import StageView
from nnviz.stepthrough.text import QT_TRANSLATE_NOOP

MAX_PULSES = 300          # moving dots at most, the strongest edges first
MAX_ACTIVE_EDGES = 1500   # stage edges redrawn above the veil, the strongest first
N_BUCKETS = 17
DEFAULT_STAGE_MS = 600
STAGGER = 0.35            # share of the stage over which the pulses set off, one after another
FORWARD_PULSE = QColor(255, 140, 0)
BACKWARD_PULSE = QColor(118, 42, 131)
CULPRIT = QColor(220, 20, 20)
FOCUS = QColor(255, 170, 0)
SELECTED = QColor(20, 60, 200)


def _qcolor(rgba):
    return QColor(int(rgba[0]), int(rgba[1]), int(rgba[2]), int(rgba[3]))


class _Layer(QGraphicsItem):
    def __init__(self, owner, which):
        super().__init__()
        self._owner, self._which = owner, which
        self._rect = QRectF()

    def set_rect(self, r):
        self.prepareGeometryChange()
        self._rect = QRectF(r)

    def boundingRect(self):
        return self._rect

    def paint(self, painter, option, widget=None):
        if self._which == "under":
            self._owner._paint_under(painter)
        else:
            self._owner._paint_over(painter)


class StageOverlay(StageLabels, QObject):
    """Draws the stage of a step-through snapshot over ``diagram`` (a NetworkDiagram)."""

    def __init__(self, diagram, parent=None):
        super().__init__(parent or diagram)
        self.diagram = diagram
        self.under = _Layer(self, "under")
        self.over = _Layer(self, "over")
        self.under.setZValue(0.5)
        self.over.setZValue(4.5)
        diagram.scene.addItem(self.under)
        diagram.scene.addItem(self.over)
        self.under.hide()
        self.over.hide()
        self._sv = None
        self._selected = None               # (column, unit)
        self._stage_ms = DEFAULT_STAGE_MS
        self._t = 1.0                       # animation progress 0..1 (1: done, no pulses)
        # what the stage draws, prepared once per snapshot/layout
        self._groups = []                   # (QPen, [QLineF])
        self._pulse_a = np.zeros((0, 2))
        self._pulse_b = np.zeros((0, 2))
        self._pulse_r = np.zeros(0)
        self._pulse_color = FORWARD_PULSE
        self._outlines = []                 # QRectF of the stage's nodes
        self._labels = []                   # (x, y, text, QColor, align[, node rect]) align: left|center|right
        self._placed = []                   # (QRectF box, text, QColor, QFont): the labels as drawn
        self.dropped_labels = 0             # labels with no free place, left out
        self._culprit_rects, self._culprit_lines = [], []
        self._selected_rect = None
        self._edge_labels = []              # (QRectF box, QPointF anchor on the edge, leader?, text, QColor)
        self._picked = None                 # ("edge", dense, i, j) | ("node", column, unit) from the inspector
        self._picked_line, self._picked_rect = None, None
        self._glow = False                  # activation stages: the nodes glow instead of pulses
        self._factor = 1.0
        self._set_font()
        self.anim = QVariantAnimation(self)
        self.anim.setStartValue(0.0)
        self.anim.setEndValue(1.0)
        self.anim.setEasingCurve(QEasingCurve.Type.InOutSine)
        self.anim.valueChanged.connect(self._tick)
        diagram.layoutChanged.connect(self._relayout)

    def _set_font(self):
        """The value labels: 0.85 of the 100 % application font times the presenter factor (the size the
        diagram writes its own numbers at), so they grow with the factor whatever the chrome does."""
        self._font = appearance_scale.content_font(self.diagram.font(), 0.85, self._factor)
        self._fm = QFontMetricsF(self._font)

    # ------------------------------------------------------------------ public API
    def set_presenter_factor(self, factor):
        self._factor = float(factor)
        self._relayout()

    def set_picked_edge(self, dense, i, j):
        """Highlight edge W[i, j] of dense layer ``dense`` (a weight-matrix cell picked in the inspector)."""
        self._picked = ("edge", int(dense), int(i), int(j))
        self._relayout()

    def set_picked_node(self, column, unit):
        self._picked = ("node", int(column), int(unit))
        self._relayout()

    def picked_geometry(self):
        """(QLineF or None, QRectF or None) of what is highlighted for the picked matrix cell."""
        return self._picked_line, self._picked_rect

    def label_font(self):
        return QFont(self._font)


    def set_snapshot(self, snap):
        sv = StageView(snap)
        prev = self._sv
        self._sv = sv
        self.diagram.select_only = sv.active
        if not sv.active:
            self.anim.stop()
            self._t = 1.0
            self.under.hide()
            self.over.hide()
            return
        self._prepare()
        same_stage = (prev is not None and prev.active and prev.index == sv.index
                      and prev.current is sv.current)
        if not same_stage:
            self._start_animation()

    def set_stage_ms(self, ms):
        """Time a stage's animation takes (the auto-play period)."""
        self._stage_ms = int(max(50, ms))

    def stage_ms(self):
        return self._stage_ms

    def set_selected(self, column, unit):
        self._selected = None if column is None or column < 0 else (int(column), int(unit))
        if self._sv is not None and self._sv.active:
            self._prepare()

    def finish_animation(self):
        """Jump to the end of the stage's animation (screenshots, tests)."""
        self.anim.stop()
        self._tick(1.0)

    def is_animating(self):
        return self.anim.state() == QVariantAnimation.State.Running

    def is_active(self):
        return self._sv is not None and self._sv.active

    def highlighted_layer(self):
        """The engine layer highlighted: a breakpoint's culprit when one is shown, else the stage's layer
        (the loss layer is len(layers)); None in the normal view."""
        sv = self._sv
        if sv is None or not sv.active:
            return None
        c = sv.culprit()
        if c is not None and c["layer"] is not None:
            return int(c["layer"])
        return int(sv.current.layer) if getattr(sv.current, "layer", None) is not None else sv.n_layers

    def highlighted_column(self):
        sv = self._sv
        if sv is None or not sv.active:
            return None
        c = sv.culprit()
        if c is not None and c["column"] is not None:
            return int(c["column"])
        f = sv.focus()
        return f["columns"][-1] if f else None

    def culprit(self):
        return self._sv.culprit() if self._sv is not None and self._sv.active else None

    def focus(self):
        return self._sv.focus() if self._sv is not None and self._sv.active else None


    def pulse_count(self):
        return int(len(self._pulse_r))

    def active_edge_count(self):
        return sum(len(lines) for _pen, lines in self._groups)

    # ------------------------------------------------------------------ animation
    def _start_animation(self):
        self.anim.stop()
        f = self._sv.focus()
        moving = len(self._pulse_r) > 0 or self._glow
        if not moving or f is None:
            self._tick(1.0)
            return
        self.anim.setDuration(int(self._stage_ms * 0.85))
        self._t = 0.0
        self.anim.start()

    def _tick(self, v):
        self._t = float(v)
        self.under.update()
        if self._glow:
            self.over.update()

    # ------------------------------------------------------------------ geometry
    def _relayout(self):
        self._set_font()
        if self._sv is not None and self._sv.active:
            self._prepare()

    def _prepare(self):
        d, sv = self.diagram, self._sv
        if not getattr(d, "_arch", None):
            return
        rect = d.scene.sceneRect()
        self.under.set_rect(rect)
        self.over.set_rect(rect)
        if tuple(d._arch[0]) != tuple(sv.snap.sizes) or len(d._arch[0]) != sv.n_columns:
            # the diagram shows another network than this stage (a new one is on its way)
            self.under.hide()
            self.over.hide()
            return
        self._groups, self._outlines, self._labels, self._edge_labels, self._placed = [], [], [], [], []
        self._culprit_rects, self._culprit_lines = [], []
        self._pulse_a = self._pulse_b = np.zeros((0, 2))
        self._pulse_r = np.zeros(0)
        self._glow = False
        f = sv.focus()
        snap = sv.snap
        if f is not None:
            if f["dense"] is not None and f["kind"] in ("forward", "backward", "update"):
                self._prepare_edges(f, snap)
            for c in f["columns"]:
                self._outline_column(c)
            self._glow = f["kind"] in ("activation", "backward_node", "loss", "backward_loss", "update_bias")
            if f["kind"] in ("loss", "backward_loss"):
                self._prepare_loss_pulses(f)
        self._prepare_labels(f)
        self._prepare_culprit()
        self._separate_labels()
        self._prepare_selected()
        self._prepare_picked()
        self.under.show()
        self.over.show()
        self.under.update()
        self.over.update()

    def _node_rect(self, c, u, pad=3.0):
        x, ys, size, compact, _rows = self.diagram.column_geometry(c)
        s = max(size, 4.0) + 2 * pad
        return QRectF(x - s / 2, float(ys[u]) - s / 2, s, s)

    def _outline_column(self, c):
        x, ys, size, compact, rows = self.diagram.column_geometry(c)
        if compact:
            s = max(size, 4.0) + 8
            self._outlines.append(QRectF(x - s / 2, float(ys.min()) - s / 2, s, float(ys.max() - ys.min()) + s))
        else:
            for u in (rows if c == 0 else range(len(ys))):   # inputs: only the features in use
                self._outlines.append(self._node_rect(c, u))

    def _prepare_edges(self, f, snap):
        sv, d = self._sv, f["dense"]
        lines = self.diagram.edge_lines(d).reshape(-1, 4)
        if f["kind"] == "forward":
            vals = np.asarray(snap.weights[d][0], dtype=np.float64).ravel()
            scale = self.diagram.weight_scale() or colors.auto_scale(vals)
            gradient = False
            self._pulse_color = FORWARD_PULSE
        elif f["kind"] == "backward":
            ev = sv.current
            vals = np.asarray(ev.grads["W"], dtype=np.float64).ravel()
            scale = colors.auto_scale(vals)
            gradient = True
            self._pulse_color = BACKWARD_PULSE
        else:
            ev = sv.current
            vals = np.asarray(ev.delta, dtype=np.float64).ravel()
            scale = colors.auto_scale(vals)
            gradient = True
        strength = np.abs(np.nan_to_num(vals, nan=np.inf))
        ids = np.arange(len(vals))
        if len(ids) > MAX_ACTIVE_EDGES:
            ids = np.argpartition(strength, len(ids) - MAX_ACTIVE_EDGES)[-MAX_ACTIVE_EDGES:]
        buckets = colors.bucketize(vals[ids], N_BUCKETS, scale)
        pal = colors.bucket_colors(N_BUCKETS, gradient=gradient)
        with np.errstate(invalid="ignore", divide="ignore"):
            rel = np.clip(strength[ids] / scale, 0.0, 1.0)
        widths = np.where(rel > 0.66, 3.5, np.where(rel > 0.33, 2.5, 1.6))
        groups = {}
        for e, b, w in zip(ids, buckets, widths):
            groups.setdefault((int(b), float(w)), []).append(QLineF(*lines[e]))
        self._groups = []
        for (b, w), ls in sorted(groups.items(), key=lambda kv: (kv[0][1], abs(kv[0][0] - N_BUCKETS // 2))):
            pen = QPen(_qcolor(pal[b]), w)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            self._groups.append((pen, ls))
        if f["kind"] in ("forward", "backward"):
            k = min(MAX_PULSES, len(vals))
            top = np.argsort(-strength, kind="stable")[:k]
            sel = lines[top]
            if f["direction"] > 0:
                self._pulse_a, self._pulse_b = sel[:, 0:2].copy(), sel[:, 2:4].copy()
            else:
                self._pulse_a, self._pulse_b = sel[:, 2:4].copy(), sel[:, 0:2].copy()
            with np.errstate(invalid="ignore", divide="ignore"):
                r = np.clip(strength[top] / scale, 0.0, 1.0)
            self._pulse_r = 3.0 + 3.0 * np.nan_to_num(r)

    def _prepare_loss_pulses(self, f):
        """Loss stages: dots between the output nodes and the loss, right of the output column."""
        x, ys, size, _compact, _rows = self.diagram.column_geometry(f["columns"][0])
        lx, ly = self._loss_point()
        a = np.stack([np.full(len(ys), x), ys - size / 2], axis=1)
        b = np.tile([lx, ly], (len(ys), 1))
        n = min(len(ys), MAX_PULSES)
        if f["kind"] == "loss":
            self._pulse_a, self._pulse_b, self._pulse_color = a[:n], b[:n], FORWARD_PULSE
        else:
            self._pulse_a, self._pulse_b, self._pulse_color = b[:n], a[:n], BACKWARD_PULSE
        self._pulse_r = np.full(n, 4.5)

    def _prepare_culprit(self):
        sv, d = self._sv, self.diagram
        c = sv.culprit()
        if c is None or c["column"] is None:
            return
        col = c["column"]
        x, ys, size, compact, _rows = d.column_geometry(col)
        unit = c["unit"]
        if unit is not None and 0 <= unit < len(ys) and c["edge"] is None:
            self._culprit_rects.append(self._node_rect(col, unit, pad=5))
        else:
            s = max(size, 4.0) + 12
            self._culprit_rects.append(QRectF(x - s / 2, float(ys.min()) - s / 2, s, float(ys.max() - ys.min()) + s))
        if c["edge"] is not None:
            dense, i, j = c["edge"]
            try:
                x0, y0, x1, y1 = d.edge_lines(dense)[i, j]
                self._culprit_lines.append(QLineF(x0, y0, x1, y1))
            except (IndexError, KeyError):
                pass
        if c["layer"] is not None and c["layer"] >= sv.n_layers:   # the loss itself
            lx, ly = self._loss_point()
            self._labels.append((lx, ly, QCoreApplication.translate("InspectorText", QT_TRANSLATE_NOOP("InspectorText", "loss: NaN/inf")),
                                 CULPRIT, "center"))

    def _prepare_selected(self):
        self._selected_rect = None
        if self._selected is None:
            return
        c, u = self._selected
        try:
            x, ys, size, compact, _rows = self.diagram.column_geometry(c)
        except (IndexError, AttributeError, TypeError):
            return
        if 0 <= u < len(ys):
            self._selected_rect = self._node_rect(c, u, pad=6)

    def _prepare_picked(self):
        self._picked_line, self._picked_rect = None, None
        p = self._picked
        if p is None:
            return
        try:
            if p[0] == "edge":
                x0, y0, x1, y1 = self.diagram.edge_lines(p[1])[p[2], p[3]]
                self._picked_line = QLineF(float(x0), float(y0), float(x1), float(y1))
            else:
                _x, ys, _s, compact, rows = self.diagram.column_geometry(p[1])
                u = rows.index(p[2]) if (p[1] == 0 and rows is not None and p[2] in rows) else p[2]
                if 0 <= u < len(ys) and not compact:
                    self._picked_rect = self._node_rect(p[1], u, pad=6)
        except (IndexError, KeyError, TypeError, ValueError, AttributeError):
            pass   # the cell belongs to a network the diagram no longer shows

    # ------------------------------------------------------------------ painting
    def _paint_under(self, p):
        sv = self._sv
        if sv is None or not sv.active:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        veil = QColor(self._background())
        veil.setAlpha(165)
        p.fillRect(self.under.boundingRect(), veil)
        for pen, lines in self._groups:
            p.setPen(pen)
            p.drawLines(lines)
        t = self._t
        n = len(self._pulse_r)
        if 0.0 < t < 1.0 and n:
            # staggered: pulse k (strongest first) leaves at STAGGER * k / n and arrives STAGGER later than
            # the one before it; each fades in at its start and out at its end
            lag = STAGGER * np.arange(n) / max(1, n - 1)
            tk = np.clip((t - lag) / (1.0 - STAGGER), 0.0, 1.0)
            pos = self._pulse_a + (self._pulse_b - self._pulse_a) * tk[:, None]
            col = QColor(self._pulse_color)
            for (x, y), r, u in zip(pos, self._pulse_r, tk):
                if u <= 0.0 or u >= 1.0:
                    continue
                a = int(255 * min(1.0, 6 * u, 6 * (1 - u)))
                col.setAlpha(a)
                p.setPen(QPen(QColor(255, 255, 255, a), 1.2))
                p.setBrush(QBrush(col))
                p.drawEllipse(QPointF(x, y), r, r)

    def _background(self):
        """The diagram's background (light or dark theme): the veil and the label boxes take its colour."""
        d = self.diagram
        view = getattr(d, "view", None)
        if view is not None and view.backgroundBrush().style() != Qt.BrushStyle.NoBrush:
            return view.backgroundBrush().color()
        return d.palette().color(d.backgroundRole()) if hasattr(d, "palette") else QColor(255, 255, 255)

    def _text_color(self, color):
        """A label colour readable on the background: the light-theme colour, lightened on a dark one."""
        if self._background().lightness() >= 128:
            return color
        h, s_, light, a = color.getHsl()
        return QColor.fromHsl(max(h, 0), min(s_, 200), max(light, 200), a)

    def _paint_over(self, p):
        sv = self._sv
        if sv is None or not sv.active:
            return
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        glow = FOCUS
        if self._glow and 0.0 < self._t < 1.0:
            glow = QColor(FOCUS)
            glow.setAlpha(int(120 + 135 * abs(np.sin(np.pi * self._t * 2))))
        pen = QPen(glow, 2.5)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        for r in self._outlines:
            p.drawRoundedRect(r, 3, 3)
        if self._selected_rect is not None:
            p.setPen(QPen(SELECTED, 2.5, Qt.PenStyle.DashLine))
            p.drawRoundedRect(self._selected_rect, 4, 4)
        if self._culprit_rects or self._culprit_lines:
            p.setPen(QPen(CULPRIT, 3.5))
            for r in self._culprit_rects:
                p.drawRoundedRect(r, 4, 4)
            p.drawLines(self._culprit_lines)
        if self._picked_line is not None or self._picked_rect is not None:
            pen = QPen(SELECTED, 4.5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(pen)
            if self._picked_line is not None:
                p.drawLine(self._picked_line)
            if self._picked_rect is not None:
                p.drawRoundedRect(self._picked_rect, 4, 4)
        box_fill = QColor(self._background())
        box_fill.setAlpha(230)
        for box, text, color, font in self._placed:
            p.setFont(font)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(box_fill)
            p.drawRoundedRect(box, 3, 3)
            p.setPen(self._text_color(color))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        p.setFont(self._font)
        for box, anchor, leader, text, color in self._edge_labels:
            col = self._text_color(color)
            p.setBrush(col)
            p.setPen(Qt.PenStyle.NoPen)
            k = max(1.0, self._factor)                           # seen from the back of the room
            p.drawEllipse(anchor, 2.5 * k, 2.5 * k)             # the label's point on its edge
            if leader:
                ex, ey = leader_end((box.x(), box.y(), box.width(), box.height()), (anchor.x(), anchor.y()))
                p.setPen(QPen(col, 1.2 * k))
                p.drawLine(anchor, QPointF(ex, ey))
            p.setPen(QPen(col, 1.0))
            p.setBrush(box_fill)
            p.drawRoundedRect(box, 3, 3)
            p.setPen(col)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
