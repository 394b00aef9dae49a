"""What a stage snapshot shows, looked up once for every step-through view (no Qt, no arithmetic).

``StageView(snapshot)`` sorts the iteration's events into what the stage reveals: the forward
events up to it, the loss, the backward events, the updates; maps engine layers to the diagram's
columns (0 = inputs, d + 1 = the output of dense layer d); and finds the traced sample (its row
in the batch, or the forward events of a traced point outside the batch). Every number comes
from the engine's events; the views only pick and format.
"""
from __future__ import annotations

import numpy as np

from nnviz.stepthrough.text import QT_TRANSLATE_NOOP, _same, layer_name

LINEAR = ("Affine", "MatMul")
_LOSS_NAME = {"cross_entropy": "SoftmaxWithLoss", "bce": "SigmoidWithLoss", "mse": "MSELoss"}
STAGE_WORDS = {"forward": "forward", "loss": "loss", "backward": "backward", "update": "update"}


def plane_point(row):
    """Where a data row is drawn in the input plane: its first two columns; with one input the
    boundary view lays the points on y = 0 (and with none at the origin) — any input dimension."""
    p = np.ravel(np.asarray(row, dtype=np.float64))
    return (float(p[0]) if p.size else 0.0, float(p[1]) if p.size > 1 else 0.0)


def layer_number(layer_names, layer):
    """The layer number a student reads for engine layer ``layer`` (an index into Network.layers;
    len(layers) is the loss layer): the diagram's column of its output, as the lessons count ("layer k"
    is column k, the inputs are column 0). An Affine/MatMul and the activation after it share a number:
    engine layers Affine, Sigmoid, Affine, Sigmoid are layers 1, 1, 2, 2; the loss is the last one's."""
    names = list(layer_names)
    upto = names if layer is None or layer >= len(names) else names[:int(layer) + 1]
    return max(1, sum(1 for n in upto if n in LINEAR)) if names else 1


def loss_name(spec):
    return _LOSS_NAME.get(spec.get("network", {}).get("loss", ""), "Loss")


class StageView:
    def __init__(self, snap):
        self.snap = snap
        events = tuple(getattr(snap, "events", ()) or ()) if snap is not None else ()
        idx = getattr(snap, "stage_index", -1) if snap is not None else -1
        self.events = events
        self.active = bool(events) and 0 <= idx < len(events)
        self.index = idx if self.active else -1
        self.current = events[idx] if self.active else None
        self.revealed = events[:idx + 1] if self.active else ()
        forward_all = sorted((e for e in events if e.stage == "forward"), key=lambda e: e.layer)
        self.layer_names = [e.name for e in forward_all]
        self.n_layers = len(self.layer_names)
        self.loss_name = (next((e.name for e in events if e.stage == "loss"), None)
                          or (loss_name(snap.spec) if snap is not None else "Loss"))
        # dense layers: (linear layer index, activation layer index or None), as Network.dense
        self.dense = []
        for li, name in enumerate(self.layer_names):
            if name in LINEAR:
                self.dense.append([li, None])
            elif self.dense:
                self.dense[-1][1] = li
        self.dense = [tuple(d) for d in self.dense]
        self.dense_of = {}      # engine layer -> dense index
        for d, (lin, act) in enumerate(self.dense):
            self.dense_of[lin] = d
            if act is not None:
                self.dense_of[act] = d
        self.fwd = {e.layer: e for e in self.revealed if e.stage == "forward"}
        self.bwd = {e.layer: e for e in self.revealed if e.stage == "backward"}
        self.loss = next((e for e in self.revealed if e.stage == "loss"), None)
        self.updates = {e.param: e for e in self.revealed if e.stage == "update"}
        self.all_fwd = {e.layer: e for e in forward_all}
        self.all_bwd = {e.layer: e for e in events if e.stage == "backward"}
        # the traced sample
        self.traced_row = int(getattr(snap, "traced_row", -1)) if snap is not None else -1
        rows = getattr(snap, "batch_rows", None) if snap is not None else None
        rows = np.asarray(rows) if rows is not None else np.zeros(0, dtype=np.int64)
        hit = np.nonzero(rows == self.traced_row)[0] if self.traced_row >= 0 else np.zeros(0)
        self.sample = int(hit[0]) if hit.size else None      # row of the traced point in the batch
        self.trace = {e.layer: e for e in (getattr(snap, "trace", ()) or ())} if snap is not None else {}
        self.batch = int(rows.size)

    # ---------------------------------------------------------------- where things are
    @property
    def n_columns(self):
        return len(self.dense) + 1

    def column_of(self, layer):
        """Diagram column of an engine layer's output (the loss layer: the output column)."""
        if layer is None:
            return None
        if layer >= self.n_layers:
            return len(self.dense)
        return self.dense_of.get(layer, 0) + 1

    def stage_name(self):
        return self.current.stage if self.current is not None else ""

    def layer_number(self, layer):
        """The number a student reads for an engine layer (see the module function ``layer_number``)."""
        return layer_number(self.layer_names, layer)

    def describe_current(self, tr=_same):
        """'forward through layer 1 (Affine)', 'the loss', 'backward through ...', 'update of W1'."""
        ev = self.current
        if ev is None:
            return ""
        name = layer_name(ev.name, tr) if ev.stage != "update" else ev.name
        if ev.stage == "forward":
            return tr(QT_TRANSLATE_NOOP("InspectorText", "forward through layer {l} ({name})")).format(
                l=self.layer_number(ev.layer), name=name)
        if ev.stage == "loss":
            return tr(QT_TRANSLATE_NOOP("InspectorText", "the loss ({name})")).format(name=name)
        if ev.stage == "backward":
            if ev.layer >= self.n_layers:
                return tr(QT_TRANSLATE_NOOP("InspectorText", "backward from the loss ({name})")).format(name=name)
            return tr(QT_TRANSLATE_NOOP("InspectorText", "backward through layer {l} ({name})")).format(
                l=self.layer_number(ev.layer), name=name)
        d = self.dense_of.get(ev.layer, 0)
        return tr(QT_TRANSLATE_NOOP("InspectorText", "update of {name}{d} (layer {l}, {opt})")).format(
            name=ev.name, d=d + 1, l=d + 1, opt=ev.optimizer)

    # ---------------------------------------------------------------- the traced sample's values
    def forward_source(self, layer):
        """(ForwardLayer, sample row in it) for the traced sample once that layer's forward is revealed,
        or (None, None)."""
        if layer not in self.fwd:
            return None, None
        if self.sample is not None:
            return self.fwd[layer], self.sample
        if layer in self.trace:
            return self.trace[layer], 0
        return self.fwd[layer], 0

    def column_forward(self, c):
        """What the traced sample's column c holds so far: (kind, values) with kind 'x' (inputs),
        'a' (a = x·W + b, before the activation) or 'z' (z = h(a), after it), the seeds' notation;
        (None, None) before its forward stage."""
        if c == 0:
            ev, n = self.forward_source(0)
            return ("x", np.asarray(ev.x)[n]) if ev is not None else (None, None)
        lin, act = self.dense[c - 1]
        if act is not None and act in self.fwd:
            ev, n = self.forward_source(act)
            return "z", np.asarray(ev.out)[n]
        if lin in self.fwd:
            ev, n = self.forward_source(lin)
            return "a", np.asarray(ev.out)[n]
        return None, None

    def column_backward(self, c):
        """(dL/dz or None, dL/da or None) of the traced sample at column c (c >= 1), as revealed: the
        gradient at the activation's output z and at its input a. Only a sample of the batch has
        gradients; (None, None) otherwise."""
        if self.sample is None or c < 1:
            return None, None
        n = self.sample
        lin, act = self.dense[c - 1]
        if act is not None:
            ev = self.bwd.get(act)
            if ev is None:
                return None, None
            return np.asarray(ev.dout)[n], np.asarray(ev.dx)[n]
        # no activation: the gradient arriving at the linear layer's output is dL/da
        ev = self.bwd.get(lin)
        if ev is not None:
            return None, np.asarray(ev.dout)[n]
        if c == len(self.dense):
            ev = self.bwd.get(self.n_layers)
            if ev is not None:
                return None, np.asarray(ev.dx)[n]
        return None, None

    def update_of(self, dense, name="W"):
        """The Update event of dense layer ``dense``'s W (or b) if revealed."""
        lin = self.dense[dense][0]
        for e in self.updates.values():
            if e.layer == lin and e.name == name:
                return e
        return None

    # ---------------------------------------------------------------- the stage's focus in the diagram
    def focus(self):
        """What the diagram highlights: dict(kind, dense (edges of W_d) or None, columns, direction).

        kind: 'forward' (edges, pulses left to right), 'activation', 'loss', 'backward' (edges recoloured,
        pulses right to left), 'backward_node', 'update', 'update_bias'."""
        ev = self.current
        if ev is None:
            return None
        last = len(self.dense)
        if ev.stage == "forward":
            d = self.dense_of.get(ev.layer, 0)
            if ev.name in LINEAR:
                return {"kind": "forward", "dense": d, "columns": (d, d + 1), "direction": 1}
            return {"kind": "activation", "dense": None, "columns": (d + 1,), "direction": 0}
        if ev.stage == "loss":
            return {"kind": "loss", "dense": None, "columns": (last,), "direction": 1}
        if ev.stage == "backward":
            if ev.layer >= self.n_layers:
                return {"kind": "backward_loss", "dense": None, "columns": (last,), "direction": -1}
            d = self.dense_of.get(ev.layer, 0)
            if ev.name in LINEAR:
                return {"kind": "backward", "dense": d, "columns": (d, d + 1), "direction": -1}
            return {"kind": "backward_node", "dense": None, "columns": (d + 1,), "direction": -1}
        d = self.dense_of.get(ev.layer, 0)
        if ev.name == "b":
            return {"kind": "update_bias", "dense": d, "columns": (d + 1,), "direction": 0}
        return {"kind": "update", "dense": d, "columns": (d, d + 1), "direction": 0}

    def culprit(self):
        """(column, unit, edge (dense, i, j) or None, engine layer) of a breakpoint shown, or None."""
        info = getattr(self.snap, "error_info", None) or {}
        if not self.snap or not self.snap.error or "breakpoint" not in info:
            return None
        layer = info.get("layer")
        col = self.column_of(layer) if layer is not None else None
        edge = None
        if info.get("edge") is not None and layer is not None and layer in self.dense_of:
            d = self.dense_of[layer]
            i, j = info["edge"]
            edge = (d, int(i), int(j))
        unit = info.get("unit")
        return {"column": col, "unit": unit, "edge": edge, "layer": layer, "stage": info.get("stage"),
                "kind": info.get("breakpoint")}
