"""What the mouse does on the diagram: hit-testing nodes and edges, the hover readout, the inline
weight editor and the architecture buttons. A mixin of NetworkDiagram (it uses its columns, edge
buffers and signals)."""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QRectF

from nnviz.views.diagram_layout import FEATURE_LABELS, MAX_HIDDEN_LAYERS, MAX_NEURONS, node_at

_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def layer_formula(k, act, output=False, bias=True):
    """What layer k computes, in the seeds' notation (diagram column k is the lessons' layer k):
    a = x·W + b before the activation, z = h(a) after it; the first layer reads the inputs x, the
    others the previous layer's z; the output layer's activation gives y."""
    sub = str(k).translate(_SUB)
    prev = "x" if k == 1 else "z" + str(k - 1).translate(_SUB)
    a = f"a{sub} = {prev}·W{sub}" + (f" + b{sub}" if bias else "")
    return f"{a},  {'y' if output else 'z' + sub} = {act or 'h'}(a{sub})"


class DiagramPointer:
    """Hover, click, edit and architecture changes (mixed into NetworkDiagram)."""

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
        return node_at(self._columns, p.x(), p.y())
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
            self._hi_node.setRect(QRectF(col["xs"][u] - s / 2, col["ys"][u] - s / 2, s, s))
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
            text = FEATURE_LABELS.get(name, str(name))
            if self._arch[2]:
                text += "\n" + (self.tr("click to turn off") if col["selected"][u] else self.tr("click to use"))
        else:
            b = snap.weights[c - 1][1]
            who = (self.tr("neuron {u} of hidden layer {h}").format(u=u + 1, h=c) if col["kind"] == "hidden"
                   else self.tr("output {name}").format(name=col["units"][u]))
            text = who + "\n" + layer_formula(c, snap.activations[c - 1] if c - 1 < len(snap.activations) else "",
                                                output=col["kind"] == "output", bias=b is not None)
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
