"""The numbers the stage overlay writes on the diagram: value labels at the nodes, the loss, and the
update stage's Δ labels placed on their edges (``placement``) with leader lines.

Node labels are placed after they are all known (``_separate_labels``): each takes the first free place
among its own (beside its node's top corner), a row or two down or up, above or below its node and the
node's other side, clear of the nodes, of the labels placed before it and of the diagram's own texts,
inside the diagram; with no free place at its size it tries LABEL_SHRINK of it, and with none at all it
is left out (counted in ``dropped_labels``) rather than drawn over a node or another label. At 250 % the
value labels of a hidden column met the next column's nodes, and the loss was cut at the top edge.

A mixin of ``StageOverlay`` (it uses the overlay's StageView, diagram geometry and font metrics);
painting stays in the overlay.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF

from nnviz.stepthrough.placement import place_labels

MAX_LABELED_UNITS = 16    # a column with more neurons shows no value labels
MAX_EDGE_LABELS = 12      # Δw labels in the update stage, the largest first
LABEL_SHRINK = (1.0, 0.82, 0.68)   # node label sizes tried, of the value font, when the room is short


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
            self._labels.append((x - size / 2 - 3, y, text, color, "right", self._node_rect(c, u, pad=0)))
        else:
            self._labels.append((x + size / 2 + 3, y, text, color, "left", self._node_rect(c, u, pad=0)))

    def _loss_point(self):
        """Where the loss sits in the diagram: above the output column."""
        x, ys, size, _compact, _rows = self.diagram.column_geometry(self._sv.n_columns - 1)
        h = self._fm.height() + 2          # its box wholly inside the diagram (it was cut at 200 %)
        return x, max(float(ys.min()) - size / 2 - max(26.0, 0.6 * h + 8), h / 2 + 2)

    def _label_box(self, x, y, text, align, fm=None):
        """The rectangle the overlay paints a node label in (as ``paint`` draws it)."""
        fm = fm or self._fm
        w, h = fm.horizontalAdvance(text) + 6, fm.height() + 2
        left = x - w / 2 if align == "center" else (x - w if align == "right" else x)
        return QRectF(left, y - h / 2, w, h)

    def _label_fonts(self):
        out = []
        for k in LABEL_SHRINK:
            f = QFont(self._font)
            f.setPointSizeF(max(6.5, self._font.pointSizeF() * k))
            out.append((f, QFontMetricsF(f)))
        return out

    @staticmethod
    def _candidates(box, home):
        """Where a label may go, in order: its own place, a row or two down or up, then (a node's label)
        above and below its node and on the node's other side. A node's label stays beside its node's
        row: moved further it was read as the next node's (softmax's y and t under the wrong class). A free
        label (the loss) may also slide sideways by half or all its width (a wide activation menu at 250 % took
        the loss's place above the output column)."""
        step = box.height() + 1
        for dy in (0, step, -step, 2 * step, -2 * step):
            b = box.translated(0, dy)
            if home is None or (b.bottom() > home.top() - 2 and b.top() < home.bottom() + 2):
                yield b
        if home is None:
            for dx in (box.width() / 2, -box.width() / 2, box.width(), -box.width()):
                for dy in (0, -step, step):
                    yield box.translated(dx, dy)
        if home is not None:
            w, h = box.width(), box.height()
            cx = home.center().x() - w / 2
            yield QRectF(cx, home.top() - h - 1, w, h)
            yield QRectF(cx, home.bottom() + 1, w, h)
            other = home.left() - 3 - w if box.left() >= home.center().x() else home.right() + 3
            for dy in (0, step, -step):
                yield QRectF(other, box.top() + dy, w, h)

    def _separate_labels(self):
        """Each label to its first free place (see the module's doc): ``self._placed`` [(box, text, colour,
        font)] is what ``paint`` draws."""
        d = self.diagram
        # the diagram's own texts (column headers, input names) and its nodes are in the way
        placed = [t.sceneBoundingRect() for t in getattr(d, "_texts", ())]
        view = getattr(d, "view", None)
        for ctl in getattr(d, "_controls", ()):   # the layers' buttons and activation menus lie over the
            # drawing (the menu is a sibling shown on its own; a lesson may hide the buttons alone)
            boxes = [b.geometry().translated(ctl.pos()) for b in (ctl.minus, ctl.plus) if b.isVisible()]
            boxes += [ctl.combo.geometry()] if ctl.combo.isVisible() else []
            placed += [view.mapToScene(g).boundingRect() for g in boxes] if view is not None else []
        for c in range(self._sv.n_columns):
            x, ys, size, compact, rows = d.column_geometry(c)
            if not compact:
                placed += [self._node_rect(c, u, pad=1) for u in range(len(ys))]
        bounds = d.scene.sceneRect().adjusted(1, 1, -1, -1)
        fonts = self._label_fonts()
        self._placed, self.dropped_labels = [], 0
        # a free label (the loss) first: it says what the stage is about; a node's value has more places
        for x, y, text, color, align, *home in sorted(self._labels, key=lambda lab: len(lab) > 5):
            home = home[0] if home else None
            choice = None
            for font, fm in fonts:
                for b in self._candidates(self._label_box(x, y, text, align, fm), home):
                    if bounds.contains(b) and not any(b.intersects(q) for q in placed):
                        choice = (b, font)
                        break
                if choice is not None:
                    break
            if choice is None:
                self.dropped_labels += 1
                continue
            placed.append(choice[0])
            self._placed.append((choice[0], text, color, choice[1]))

    def edge_labels(self):
        """[(box QRectF, anchor QPointF, leader bool, text)] of the update stage's Δ labels."""
        return [(QRectF(b), QPointF(a), led, t) for b, a, led, t, _c in self._edge_labels]

    def label_texts(self):
        """The texts drawn on the diagram: node labels as placed, then the Δ labels."""
        return [t for _b, t, _c, _f in self._placed] + [t for _b, _a, _l, t, _c in self._edge_labels]

    def placed_labels(self):
        """[(QRectF box, text)] of the node labels as drawn (after the overlaps were resolved)."""
        return [(QRectF(b), t) for b, t, _c, _f in self._placed]

    def label_obstacles(self):
        """The nodes' rectangles the labels keep clear of (tests measure against them)."""
        d, out = self.diagram, []
        for c in range(self._sv.n_columns):
            x, ys, size, compact, rows = d.column_geometry(c)
            if not compact:
                out += [self._node_rect(c, u, pad=0) for u in range(len(ys))]
        return out

    def _prepare_labels(self, f):
        self._prepare_node_labels(f)   # placed by _separate_labels once the culprit's label is in too

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
