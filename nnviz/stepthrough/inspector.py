"""The value/formula inspector: the numbers of the stage on screen, as the seeds write them.

Two parts side by side:

- the node inspector: for the selected neuron (click one in the diagram), the formula lines of
  ``nnviz.stepthrough.text`` for the stages revealed so far: z = Σ w·a + b with the numbers and
  a = f(z) in the forward pass, the loss, dL/da, dL/dz and dL/dw in the backward pass, and
  w ← w − lr × dL/dw in the update;
- the layer inspector: the current stage's matrices as tables (x, W, b, the output; dL/d(out),
  dL/dx and the gradients; before, dL/dw and after), each titled with its shape the way the
  seeds write it, e.g. ``x (1, 2) × W (2, 3) + b (3,) → (1, 3)``; the traced sample's row is
  highlighted.

The widget only displays text made by ``nnviz.stepthrough.text`` from the engine's events.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont, QFontInfo
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from nnviz.appearance import scale as appearance_scale
from nnviz.stepthrough import text as it
from nnviz.stepthrough.matrix import FORMULA_SCALE, INK, MATRIX_SCALE, PICKED, MatrixTable, formula_html
from nnviz.stepthrough.stage import LINEAR, StageView
from nnviz.stepthrough.text import QT_TRANSLATE_NOOP

CAPTION_SCALE = 0.9      # the stage caption and the node and layer titles, of the 100 % font (formulas 1.15)


def tr_text(text):
    """A phrase of ``nnviz.stepthrough.text`` (or one marked with its context) in the window's language."""
    return QCoreApplication.translate(it.CONTEXT, text)

class Inspector(QWidget):
    """Shows the selected node's formulas and the current layer's matrices for a stage snapshot.

    ``edgePicked(dense, i, j)`` / ``nodePicked(column, unit)`` when a cell of a weight matrix / of a
    layer's values is clicked: the panel highlights that edge or neuron in the diagram."""

    edgePicked = Signal(int, int, int)
    nodePicked = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._factor = 1.0
        self._picked = None            # (role, i, j) of the clicked matrix cell
        self._snap = None
        self._sv = None
        self._selected = None          # (column, unit) in the diagram's numbering
        self.header = QLabel()
        self.header.setWordWrap(True)
        f = QFont(self.header.font())
        f.setBold(True)
        self.header.setFont(f)
        # node inspector
        self.node_title = QLabel()
        self.node_title.setFont(f)
        self.node_title.setWordWrap(True)
        self.node_text = QLabel()
        self.node_text.setWordWrap(True)
        self.node_text.setTextFormat(Qt.TextFormat.RichText)
        self.node_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.node_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        node = QWidget()
        nl = QVBoxLayout(node)
        nl.setContentsMargins(4, 2, 4, 2)
        nl.addWidget(self.node_title)
        nl.addWidget(self.node_text, 1)
        node_scroll = QScrollArea()
        node_scroll.setWidget(node)
        node_scroll.setWidgetResizable(True)
        node_scroll.setFrameShape(QFrame.Shape.NoFrame)
        node_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.node_scroll = node_scroll
        # layer inspector
        self.layer_title = QLabel()
        self.layer_title.setFont(f)
        self.layer_text = QLabel()
        self.layer_text.setWordWrap(True)
        self.layer_text.setTextFormat(Qt.TextFormat.RichText)
        self.layer_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tables_box = QWidget()
        self.tables_layout = QHBoxLayout(self.tables_box)
        self.tables_layout.setContentsMargins(0, 0, 0, 0)
        self.tables_layout.setSpacing(12)
        self.tables_layout.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.tables_layout.addStretch(1)
        self.tables = []
        layer = QWidget()
        ll = QVBoxLayout(layer)
        ll.setContentsMargins(4, 2, 4, 2)
        ll.addWidget(self.layer_title)
        ll.addWidget(self.layer_text)
        ll.addWidget(self.tables_box, 1)
        layer_scroll = QScrollArea()   # wide layers and big presenter fonts scroll instead of being cut off
        layer_scroll.setWidget(layer)
        layer_scroll.setWidgetResizable(True)
        layer_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.layer_scroll = layer_scroll
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(node_scroll)
        split.addWidget(layer_scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([420, 680])
        self.splitter = split
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.setSpacing(4)
        self.header_row = QHBoxLayout()   # the stage caption, and tools the panel puts at its right
        self.header_row.setContentsMargins(0, 0, 0, 0)
        self.header_row.addWidget(self.header, 1)
        lay.addLayout(self.header_row)
        lay.addWidget(split, 1)
        self._apply_fonts()
        self._show_idle()

    def add_header_widget(self, widget):
        """A widget at the right end of the caption row (the debugger's tools): one row less than above it."""
        self.header_row.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

    # ------------------------------------------------------------------ language
    def changeEvent(self, ev):
        if ev.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        elif ev.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            # a new theme re-inherits fonts down the window: the presenter sizes are ours to set again
            self._apply_fonts()
        super().changeEvent(ev)

    def retranslate_ui(self):
        """Every text again in the new language (the formulas are rebuilt from the snapshot)."""
        if self._sv is not None:
            self._refresh()
        else:
            self._show_idle()

    # ------------------------------------------------------------------ presenter scale
    def set_presenter_factor(self, factor):
        """Formulas, matrices and titles follow the presenter factor (1.0 … 2.5)."""
        self._factor = max(0.5, float(factor))
        self._apply_fonts()
        if self._sv is not None:
            self._refresh()

    def formula_pixel_size(self):
        """The pixel size the formulas are drawn at."""
        return QFontInfo(self.node_text.font()).pixelSize()

    def _formula_font(self, share=FORMULA_SCALE):
        # sized from the 100 % application font times the presenter factor (the chrome scales apart)
        return appearance_scale.content_font(self.font(), share, self._factor)

    def _apply_fonts(self):
        # the caption and titles (bold, prose) a step smaller than the formulas: at 250 % in the Lecture
        # layout they took 5 of the panel's 8 lines and left the formulas 2
        for w, share in ((self.header, CAPTION_SCALE), (self.node_title, CAPTION_SCALE),
                         (self.layer_title, CAPTION_SCALE), (self.node_text, None), (self.layer_text, None)):
            f = self._formula_font(share or FORMULA_SCALE)
            f.setBold(share is not None)
            w.setFont(f)
        px = QFontInfo(self._formula_font(MATRIX_SCALE)).pixelSize()
        for t in self.tables:
            t.set_pixel_size(px)

    # ------------------------------------------------------------------ public API
    def set_snapshot(self, snap):
        self._snap = snap
        self._sv = StageView(snap)
        self._refresh()

    def select_node(self, column, unit):
        """Select a neuron by the diagram's numbering (column 0 = inputs); (-1, -1) clears."""
        self._selected = None if column is None or column < 0 else (int(column), int(unit))
        self._refresh()

    def selected(self):
        return self._selected

    def all_texts(self):
        """Every text the inspector shows (labels and table cells), for tests and screen readers."""
        out = [self.header.text(), self.node_title.text(), self.node_text.accessibleDescription(),
               self.layer_title.text(), self.layer_text.accessibleDescription()]
        for t in self.tables:
            if t.isVisible() or not t.isHidden():
                out.extend(t.texts())
        return out

    # ------------------------------------------------------------------ drawing
    def _show_idle(self):
        self.header.setText(self.tr("Press → (Step stage) to run the next iteration stage by stage: forward "
                                    "through each layer, the loss, backward, the update."))
        self.node_title.setText(self.tr("Node"))
        self._set_formula(self.node_text, [self.tr("Click a neuron in the network to see how it computes its value.")])
        self.layer_title.setText(self.tr("Layer"))
        self._set_formula(self.layer_text, [])
        self._set_tables([])

    def _set_formula(self, label, lines, heads=()):
        """Typeset ``lines`` in ``label``; their plain text is its accessible description (screen readers,
        tests, copying)."""
        label.setText(formula_html(lines, heads))
        label.setAccessibleDescription("\n".join(str(ln) for ln in lines))

    def _refresh(self):
        sv = self._sv
        if sv is None or not sv.active:
            self._show_idle()
            if self._selected is not None and self._snap is not None:
                self.node_title.setText(self._node_name(*self._selected))
            return
        ev = sv.current
        n = len(sv.events)
        head = self.tr("Iteration {it} · stage {k} of {n}: {what}").format(
            it=sv.snap.iteration, k=sv.index + 1, n=n, what=sv.describe_current(tr_text))
        if sv.traced_row >= 0:
            where = (self.tr("sample {s} of the batch").format(s=sv.sample + 1) if sv.sample is not None
                     else self.tr("not in this batch"))
            head += "  ·  " + self.tr("traced point #{r} ({where})").format(r=sv.traced_row, where=where)
        self.header.setText(head)
        self._refresh_node()
        self._refresh_layer(ev)

    def _node_name(self, c, u):
        snap = self._snap
        if snap is None:
            return ""
        last = len(snap.sizes) - 1
        if c == 0:
            names = list(snap.feature_names)
            return self.tr("Input {name}").format(name=names[u] if u < len(names) else u + 1)
        if c == last:
            return self.tr("Output neuron {u} (layer {k})").format(u=u + 1, k=c)
        return self.tr("Neuron {u} of hidden layer {h}").format(u=u + 1, h=c)   # layer k = diagram column k

    # --- the node
    def _refresh_node(self):
        sv = self._sv
        sel = self._selected
        if sel is None:
            f = sv.focus()
            c = f["columns"][-1] if f else sv.n_columns - 1
            sel_text = self.tr("(no neuron selected: click one in the network; showing neuron 1 of the "
                               "stage's layer)")
            sel = (max(0, c), 0)
        else:
            sel_text = ""
        c, u = sel
        # presenting, the hint is the title's tooltip: on the title's line it wrapped to three at 250 %
        inline = sel_text and self._factor <= 1.0
        self.node_title.setText(self._node_name(c, u) + ("  " + sel_text if inline else ""))
        self.node_title.setToolTip(sel_text)
        heads = {self.tr("Forward"), self.tr("Loss"), self.tr("Backward"), self.tr("Update")}
        self._set_formula(self.node_text, self._node_lines(c, u), heads)
        if sv.current.stage in ("loss", "backward", "update"):   # the newest lines in view (a short panel scrolls)
            QTimer.singleShot(0, self._scroll_node_to_end)

    def _scroll_node_to_end(self):
        try:   # after the layout gave the new lines their height; the window may be gone by then
            bar = self.node_scroll.verticalScrollBar()
            bar.setValue(bar.maximum())
        except RuntimeError:
            pass

    def _node_lines(self, c, u):
        sv = self._sv
        if c >= sv.n_columns:
            return [self.tr("this neuron is not in the network shown")]
        lines = []
        stage = sv.current.stage
        if c == 0:
            ev, n = sv.forward_source(0)
            if ev is None:
                return [self.tr("not reached yet")]
            x = np.asarray(ev.x)[n]
            try:
                _x, _ys, _s, _compact, rows = self._column_rows(c)
                i = rows.index(u) if rows is not None else u
            except ValueError:
                return [self.tr("this input is not used by the network")]
            if i >= x.size:
                return [self.tr("this input is not used by the network")]
            return [f"x{i + 1} = {it.num(x[i])}"]
        d = c - 1
        lin, act = sv.dense[d]
        if lin not in sv.fwd:
            return [self.tr("not reached yet: the forward pass has not come to this layer")]
        lin_ev, n = sv.forward_source(lin)
        act_ev = sv.forward_source(act)[0] if act is not None else None
        if u >= np.asarray(lin_ev.out).shape[1]:
            return []
        lines.append(self.tr("Forward"))
        fwd = it.node_forward(lin_ev, act_ev, u, n, tr=tr_text, layer=c)
        if act is not None and act not in sv.fwd:  # its activation is the next stage: a only, for now
            fwd = [ln for ln in fwd if ln != tr_text(it.SCORE_NOTE)]
            fwd.append(self.tr("(z = h(a) comes at the next stage)"))
        lines += fwd
        if sv.loss is not None and c == sv.n_columns - 1:
            lines.append("")
            lines.append(self.tr("Loss"))
            lines += it.loss_text(sv.loss, sv.sample if sv.sample is not None else 0, tr=tr_text)
        if stage in ("backward", "update"):
            b_lines = self._backward_lines(d, u)
            if b_lines:
                lines.append("")
                lines.append(self.tr("Backward"))
                lines += b_lines
        if stage == "update":
            u_lines = self._update_lines(d, u)
            if u_lines:
                lines.append("")
                lines.append(self.tr("Update"))
                lines += u_lines
        return lines

    def _column_rows(self, c):
        d = getattr(self, "_diagram", None)
        if d is not None:
            try:
                return d.column_geometry(c)
            except (AttributeError, IndexError, TypeError):
                pass
        return None, None, None, None, None

    def set_diagram(self, diagram):
        """The diagram whose numbering the selection uses (the input column may show unused features)."""
        self._diagram = diagram

    def _backward_lines(self, d, u):
        sv = self._sv
        if sv.sample is None:
            return [self.tr("the traced point is not in this batch: gradients exist for the batch's points only")]
        lin, act = sv.dense[d]
        act_b = sv.bwd.get(act) if act is not None else None
        if act is not None and act_b is None:
            return []
        lin_b_revealed = sv.bwd.get(lin)
        lin_b = lin_b_revealed or sv.all_bwd.get(lin)
        if lin_b is None:
            return []
        if act is None and lin_b_revealed is None and sv.n_layers not in sv.bwd:
            return []
        lines = it.node_backward(act_b, lin_b, sv.all_fwd[lin], u, sv.sample, tr=tr_text, layer=d + 1)
        if lin_b_revealed is None:   # dL/dw belongs to the linear layer's own stage, not shown yet
            lines = [ln for ln in lines if not ln.startswith(("dL/dw", "dL/db", "…"))]
        return lines

    def _update_lines(self, d, u):
        sv = self._sv
        out = []
        w = sv.update_of(d, "W")
        if w is not None:
            n_in = np.asarray(w.before).shape[0]
            for i in range(min(n_in, it.MAX_TERMS)):
                lines = it.param_update(w, i, u, tr=tr_text)
                out += lines if not out else [ln for ln in lines if not ln.startswith(w.optimizer + ":")]
            if n_in > it.MAX_TERMS:
                out.append(self.tr("… ({n} more incoming weights)").format(n=n_in - it.MAX_TERMS))
        b = sv.update_of(d, "b")
        if b is not None:
            lines = it.param_update(b, None, u, tr=tr_text)
            out += [ln for ln in lines if not ln.startswith(b.optimizer + ":")] if out else lines
        return out

    # --- the layer
    def _set_tables(self, items):
        """items: (title, shape text, array, traced row or None[, role]); role says what a cell is, so a
        click on it can be shown in the diagram: ("W", dense) an edge, ("units", column) a neuron."""
        while len(self.tables) < len(items):
            t = MatrixTable()
            t.set_pixel_size(QFontInfo(self._formula_font(MATRIX_SCALE)).pixelSize())
            t.cellPicked.connect(self._on_cell)
            self.tables.append(t)
            self.tables_layout.insertWidget(len(self.tables) - 1, t)   # before the closing stretch
        for k, t in enumerate(self.tables):
            if k < len(items):
                title, shape, a, hl = items[k][:4]
                role = items[k][4] if len(items[k]) > 4 else None
                picked = self._picked[1:] if self._picked is not None and role is not None \
                    and self._picked[0] == role else None
                t.set_matrix(title, shape, a, hl, role=role, picked=picked, highlight_col=self._selected_col(role))
                t.show()
            else:
                t.hide()

    def _selected_col(self, role):
        """The column of a matrix that belongs to the selected neuron: its incoming weights in W of its
        layer, its values in its layer's outputs (the diagram's selection shown in the numbers)."""
        if self._selected is None or role is None:
            return None
        c, u = self._selected
        if (role[0] == "W" and role[1] == c - 1) or (role[0] == "units" and role[1] == c):
            return u
        return None

    def _on_cell(self, role, i, j):
        if role is None:
            return
        self._picked = (role, int(i), int(j))
        if role[0] == "W":
            self.edgePicked.emit(int(role[1]), int(i), int(j))
        else:
            self.nodePicked.emit(int(role[1]), int(j))
        for t in self.tables:       # the same cell in every matrix of that kind (before, dL/dW, after)
            if not t.isHidden() and t.role == role:
                tt = t.table
                for r in range(tt.rowCount()):
                    for c in range(tt.columnCount()):
                        item = tt.item(r, c)
                        if item is not None and (r, c) == (i, j):
                            item.setBackground(QBrush(PICKED))
                            item.setForeground(QBrush(INK))
                        elif item is not None and item.background().color() == PICKED:
                            item.setBackground(QBrush())
                            item.setForeground(QBrush())

    def picked(self):
        """(role, i, j) of the matrix cell last clicked, or None."""
        return self._picked

    def _refresh_layer(self, ev):
        sv = self._sv
        n = sv.sample
        items, text = [], []
        if ev.stage == "forward":
            self.layer_title.setText(self.tr("Layer {l}: {name} (forward)").format(
                l=sv.column_of(ev.layer), name=it.layer_name(ev.name, tr_text)))
            mats = it.layer_matrices(ev)
            check = mats[-1][1]
            text.append(check)
            if it.layer_formula(ev):
                text.append(it.layer_formula(ev))
            d = sv.dense_of.get(ev.layer, 0)
            linear = ev.name in LINEAR
            roles = ([("units", d), ("W", d)] + ([("units", d + 1)] if len(mats) == 4 else []) + [("units", d + 1)]
                     if linear else [("units", d + 1), ("units", d + 1)])
            for (title, shape, a), role in zip(mats, roles):
                a = np.asarray(a)
                items.append((title, shape, a, n if a.ndim == 2 and a.shape[0] == sv.batch else None, role))
        elif ev.stage == "loss":
            self.layer_title.setText(self.tr("The loss ({name})").format(name=it.layer_name(ev.name, tr_text)))
            text += it.loss_text(ev, n if n is not None else 0, tr=tr_text)
            for title, a in ((tr_text(QT_TRANSLATE_NOOP("InspectorText", "scores a")), ev.scores),
                             (tr_text(QT_TRANSLATE_NOOP("InspectorText", "y (the network's answer)")), ev.probs),
                             (tr_text(QT_TRANSLATE_NOOP("InspectorText", "target t")), ev.targets)):
                a = np.asarray(a)
                items.append((title, it.shape_text(a), a, n))
        elif ev.stage == "backward":
            if ev.layer >= sv.n_layers:
                self.layer_title.setText(self.tr("Backward from the loss ({name})").format(
                    name=it.layer_name(ev.name, tr_text)))
                text.append(self.tr("dL/d(scores) = what the loss layer sends back, per sample"))
            else:
                self.layer_title.setText(self.tr("Layer {l}: {name} (backward)").format(
                    l=sv.column_of(ev.layer), name=it.layer_name(ev.name, tr_text)))
                if ev.derivative is not None:
                    text.append(self.tr("dL/da = dL/dz × h′(a), element by element"))
                elif ev.name in LINEAR and "b" in ev.grads:
                    text.append(self.tr("dL/dW = xᵀ × dL/da;  dL/db = Σ over the batch of dL/da;  dL/dx = dL/da × Wᵀ"))
                elif ev.name in LINEAR:   # MatMul: no bias
                    text.append(self.tr("dL/dW = xᵀ × dL/da;  dL/dx = dL/da × Wᵀ"))
            linear = ev.name in LINEAR
            if ev.dout is not None:
                a = np.asarray(ev.dout)
                items.append((tr_text(QT_TRANSLATE_NOOP("InspectorText", "dL/da (from above)")) if linear else "dL/dz",
                              it.shape_text(a), a, n))
            if ev.derivative is not None:
                a = np.asarray(ev.derivative)
                items.append(("h′(a)", it.shape_text(a), a, n))
            if ev.dx is not None:
                a = np.asarray(ev.dx)
                title = "dL/dx" if linear else (tr_text(QT_TRANSLATE_NOOP("InspectorText", "dL/da (the scores)"))
                                                if ev.layer >= sv.n_layers else "dL/da")
                items.append((title, it.shape_text(a), a, n))
            d = sv.dense_of.get(ev.layer, 0)
            for name, g in ev.grads.items():
                g = np.asarray(g)
                items.append((f"dL/d{name}", it.shape_text(g), g, None, ("W", d) if name == "W" else ("units", d + 1)))
        else:  # update
            d = sv.dense_of.get(ev.layer, 0)
            self.layer_title.setText(self.tr("Update of {name}{d} (layer {l})").format(name=ev.name, d=d + 1, l=d + 1))
            text += it.param_update(ev, tr=tr_text)
            for title, a in ((tr_text(QT_TRANSLATE_NOOP("InspectorText", "{name} before")), ev.before), (f"dL/d{ev.name}", ev.grad),
                             (tr_text(QT_TRANSLATE_NOOP("InspectorText", "{name} after")), ev.after)):
                a = np.asarray(a)
                items.append((title.format(name=ev.name) if "{name}" in title else title, it.shape_text(a), a, None,
                              ("W", d) if ev.name == "W" else ("units", d + 1)))
        self._set_formula(self.layer_text, text)
        self._set_tables(items)
