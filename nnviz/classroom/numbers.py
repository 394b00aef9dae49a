"""The numbers a lesson is about, as text: the forward pass of the lesson's example point through
the network of a snapshot, layer by layer, its loss, softmax computed naively and stably, and the
weights - for networks small enough to read (seeds 000 and 004 are worked by hand).

Pure numpy on the snapshot's copies (no Qt, no live session): the lesson panel shows it, the tests
read it. ``tr`` translates the fixed words (the panel passes Qt's translate).
"""
from __future__ import annotations

import math

import numpy as np

from core import features as feats
from core.network import Network
from core.session import encode_targets
from nnviz.stepthrough.text import num

MAX_UNITS = 12      # beyond this many neurons in a layer the panel shows no per-layer numbers
MAX_WEIGHTS = 40    # ... and no weight matrices beyond this many weights


def fmt(v):
    """8 significant digits; very small or large values in scientific notation with 9 (4.53978686e-05)."""
    v = float(v)
    if not math.isfinite(v):
        return "nan" if math.isnan(v) else ("inf" if v > 0 else "-inf")
    if v != 0 and (abs(v) < 1e-4 or abs(v) >= 1e8):
        return f"{v:.8e}"
    return num(v)


def vec(a):
    return "(" + ", ".join(fmt(x) for x in np.ravel(a)) + ")"


def mat(a):
    a = np.atleast_2d(np.asarray(a))
    return "[" + ", ".join("[" + ", ".join(fmt(x) for x in row) + "]" for row in a) + "]"


def naive_softmax(a):
    """exp(a) / sum(exp(a)) exactly as written: overflows to nan for large scores (seed 000)."""
    a = np.asarray(a, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        e = np.exp(a)
        return e / np.sum(e, axis=-1, keepdims=True)


def stable_softmax(a):
    a = np.asarray(a, dtype=np.float64)
    e = np.exp(a - np.max(a, axis=-1, keepdims=True))
    return e / np.sum(e, axis=-1, keepdims=True)


def small_enough(snap):
    sizes = tuple(snap.sizes)
    n_w = sum(int(np.size(W)) for W, _b in snap.weights)
    return max(sizes) <= MAX_UNITS and n_w <= MAX_WEIGHTS and len(snap.y_train) >= 1


def forward_numbers(snap, targets=None, sample=0, tr=lambda s: s):
    """Lines of text: the forward pass of training point ``sample`` with the snapshot's weights.

    ``targets``: explicit target rows (a lesson's seed-004 t = (0.4, 0.6)); else the labels encoded as
    the network is trained on them. Returns [] for networks too big to read."""
    if snap is None or not small_enough(snap) or sample >= len(snap.y_train):
        return []
    spec = {k: v for k, v in snap.spec["network"].items() if k != "weights"}
    spec["backend"] = "numpy"
    try:
        net = Network.from_spec(spec, weights=[(W, b) for W, b in snap.weights])
    except Exception:  # noqa: BLE001 - a spec the engine no longer accepts: show nothing
        return []
    x_raw = np.asarray(snap.x_train[sample:sample + 1], dtype=np.float64)
    f = snap.spec.get("data", {}).get("features")
    x = feats.transform(x_raw, f) if f and x_raw.shape[1] == 2 else x_raw
    if x.shape[1] != snap.sizes[0]:
        return []
    lines = [tr("Input x = {x}").format(x=vec(x))]
    h = x
    dense = 0
    with np.errstate(all="ignore"):
        for layer in net.layers:
            kind = type(layer).__name__
            h = np.asarray(layer.forward(h), dtype=np.float64)
            if kind in ("Affine", "MatMul"):
                dense += 1
                formula = "x·W{k} + b{k}" if kind == "Affine" else "x·W{k}"
                src = "x" if dense == 1 else f"z{dense - 1}"
                formula = formula.replace("x", src, 1).format(k=dense)
                lines.append(tr("Layer {k}: a{k} = {formula} = {v}").format(k=dense, formula=formula, v=vec(h)))
            else:
                name = kind.lower()
                lines.append(tr("Layer {k}: z{k} = {f}(a{k}) = {v}").format(k=dense, f=name, v=vec(h)))
        scores = h
        loss_name = snap.spec["network"].get("loss", "mse")
        if loss_name == "cross_entropy":
            y = stable_softmax(scores)
            naive = naive_softmax(scores)
            lines.append(tr("Softmax computed naively, exp(a) / Σ exp(a): {v}").format(v=vec(naive)))
            lines.append(tr("Softmax computed stably, exp(a − max a) / Σ exp(a − max a): {v}").format(v=vec(y)))
        elif loss_name == "bce":
            y = 1.0 / (1.0 + np.exp(-scores))
        else:
            y = scores
        lines.append(tr("Output y = {v}").format(v=vec(y)))
        t = _target(snap, targets, sample)
        if t is not None:
            lines.append(tr("Target t = {v}").format(v=vec(t)))
            try:
                loss = float(net.loss_layer.forward(scores, t.reshape(1, -1)))
            except Exception:  # noqa: BLE001
                loss = float("nan")
            if loss_name == "mse":
                per = 0.5 * (np.ravel(t) - np.ravel(y)) ** 2
                lines.append(tr("Error per output ½(t − y)² = {v}").format(v=vec(per)))
            lines.append(tr("Loss E = {v}").format(v=fmt(loss)))
    lines.append(tr("Weights (x @ W: W[i, j] joins input i to neuron j):"))
    for k, (W, b) in enumerate(snap.weights, start=1):
        text = f"W{k} = {mat(W)}"
        if b is not None:
            text += f",  b{k} = {vec(b)}"
        lines.append(text)
    if snap.iteration:
        lines.append(tr("after {n} update(s)").format(n=snap.iteration))
    return lines


def _target(snap, targets, sample):
    if targets is not None:
        T = np.asarray(targets, dtype=np.float64)
        return T[sample] if sample < len(T) else None
    try:
        enc = encode_targets(np.asarray(snap.y_train[sample:sample + 1]), snap.kind, snap.spec["network"]["output"],
                             snap.sizes[-1], len(snap.class_names))
        return np.asarray(enc, dtype=np.float64)[0]
    except Exception:  # noqa: BLE001
        return None
