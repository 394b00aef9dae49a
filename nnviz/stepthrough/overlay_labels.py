"""The numbers the stage overlay writes on the diagram: value labels at the nodes, the loss, and the
update stage's Δ labels placed on their edges (``placement``) with leader lines.

A mixin of ``StageOverlay`` (it uses the overlay's StageView, diagram geometry and font metrics);
painting stays in the overlay.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor

from nnviz.stepthrough.placement import place_labels

MAX_LABELED_UNITS = 16    # a column with more neurons shows no value labels
MAX_EDGE_LABELS = 12      # Δw labels in the update stage, the largest first


def short(v):
    """A number for a label on the diagram (4 significant digits)."""
    v = float(v)
    if not np.isfinite(v):
        return str(v)
    return f"{v:.4g}"


class StageLabels:
    def _label_at_node(self, c, u, text, color, below=False):
        """A label at the top (or bottom) corner of a node: right of it, left of it in the output column
        (the diagram's right margin holds the class names)."""
        x, ys, size, compact, _rows = self.diagram.column_geometry(c)
        off = max(size / 2 - 7, 0.0) if c == self._sv.n_columns - 1 else size / 2 + 1   # labels on the left
        y = float(ys[u]) + (off if below else -off)                                  # stay within the node
        if c == self._sv.n_columns - 1:
            self._labels.append((x - size / 2 - 3, y, text, color, "right"))
        else:
            self._labels.append((x + size / 2 + 3, y, text, color, "left"))

    def _loss_point(self):
        """Where the loss sits in the diagram: above the output column."""
        x, ys, size, _compact, _rows = self.diagram.column_geometry(self._sv.n_columns - 1)
        return x, max(float(ys.min()) - size / 2 - 26, 12.0)

    def _label_box(self, x, y, text, align):
        """The rectangle the overlay paints a node label in (as ``paint`` draws it)."""
        fm = self._fm
        w, h = fm.horizontalAdvance(text) + 6, fm.height() + 2
        left = x - w / 2 if align == "center" else (x - w if align == "right" else x)
        return QRectF(left, y - h / 2, w, h)

    def _separate_labels(self):
        """Labels that would cover one another (or the diagram's texts) move down or up a row: at presenter
        scales a hidden column's labels (right of its nodes) and the next column's (left of its nodes) meet
        in the gap."""
        # the diagram's own texts (column headers, input names) are in the way too: the loss above the
        # output column met its header at 200 %
        placed = [t.sceneBoundingRect() for t in getattr(self.diagram, "_texts", ())]
        out = []
        for x, y, text, color, align in self._labels:
            box = self._label_box(x, y, text, align)
            step = box.height() + 1
            for dy in (0, step, -step, 2 * step, -2 * step):
                b = box.translated(0, dy)
                if not any(b.intersects(q) for q in placed):
                    box, y = b, y + dy
                    break
            placed.append(box)
            out.append((x, y, text, color, align))
        self._labels = out

    def _prepare_labels(self, f):
        self._prepare_node_labels(f)
        self._separate_labels()

    def _prepare_node_labels(self, f):
        sv, d = self._sv, self.diagram
        stage = sv.current.stage
        ncol = sv.n_columns
        fwd_color, back_color = QColor(30, 30, 30), QColor(110, 30, 120)
        if stage in ("forward", "loss"):
            for c in range(ncol):
                kind, vals = sv.column_forward(c)
                if kind is None:
                    continue
                x, ys, size, compact, rows = d.column_geometry(c)
                if compact or len(vals) > MAX_LABELED_UNITS:
                    continue
                for i, v in enumerate(vals):
                    u = rows[i] if c == 0 else i
                    self._label_at_node(c, u, f"{kind} {short(v)}", fwd_color)
            if stage == "loss" and sv.loss is not None:
                n = sv.sample if sv.sample is not None else 0
                c = ncol - 1
                x, ys, size, compact, _rows = d.column_geometry(c)
                y, t = np.asarray(sv.loss.probs)[n], np.asarray(sv.loss.targets)[n]
                if not compact and len(y) <= MAX_LABELED_UNITS:
                    for u in range(len(y)):
                        self._label_at_node(c, u, f"y {short(y[u])}  t {short(t[u])}", QColor(0, 90, 40), below=True)
                lx, ly = self._loss_point()
                self._labels.append((lx, ly, f"L = {short(sv.loss.value)}", QColor(150, 20, 20), "center"))
        elif stage == "backward":
            for c in range(1, ncol):
                _dz, dz = sv.column_backward(c)      # the gradient at a, the layer's pre-activation
                if dz is None:
                    continue
                x, ys, size, compact, _rows = d.column_geometry(c)
                if compact or len(dz) > MAX_LABELED_UNITS:
                    continue
                for u, v in enumerate(dz):
                    self._label_at_node(c, u, f"dL/da {short(v)}", back_color)
        elif stage == "update" and f is not None and f["dense"] is not None:
            ev = sv.current
            delta, before, after = (np.asarray(a, dtype=np.float64) for a in (ev.delta, ev.before, ev.after))
            if ev.name == "W":
                lines = d.edge_lines(f["dense"])
                flat = np.abs(np.nan_to_num(delta, nan=np.inf)).ravel()
                k = min(MAX_EDGE_LABELS, flat.size)
                top = np.argsort(-flat, kind="stable")[:k]          # the largest changes get a place first
                full = delta.size <= 8
                texts, segs = [], []
                for e in top:
                    i, j = divmod(int(e), delta.shape[1])
                    texts.append(f"{short(before[i, j])} → {short(after[i, j])}" if full else f"Δ {short(delta[i, j])}")
                    segs.append(tuple(float(v) for v in lines[i, j]))
                fm = self._fm
                sizes = [(fm.horizontalAdvance(t) + 8, fm.height() + 2) for t in texts]
                nodes = [self._node_rect(c, u, pad=1) for c in (f["dense"], f["dense"] + 1)
                         for u in range(len(d.column_geometry(c)[1]))]
                r = d.scene.sceneRect()
                for p in place_labels(segs, sizes, [(q.x(), q.y(), q.width(), q.height()) for q in nodes],
                                      (r.x(), r.y(), r.width(), r.height())):
                    self._edge_labels.append((QRectF(*p.box), QPointF(*p.anchor), p.leader, texts[p.index],
                                              back_color))
            else:
                c = f["dense"] + 1
                x, ys, size, compact, _rows = d.column_geometry(c)
                if not compact and delta.size <= MAX_LABELED_UNITS:
                    for u in range(delta.size):
                        self._label_at_node(c, u, f"b {short(before[u])} → {short(after[u])}", back_color)
