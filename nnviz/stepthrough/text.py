"""What the inspector shows a student, as text: pure formatting of engine events.

No Qt here: the inspector widget only displays these strings (and draws the graph
data), so every formula can be tested without a display. Formula lines are
``formula.Line`` objects: their plain text (Unicode sub/superscripts) for tests and
copying, ``.html`` for the inspector's typeset display.

One notation, the seeds' (seed 000, the book): a = x·W + b before the activation,
z = h(a) after it; layer k is the diagram's column k (inputs are column 0), written as
a superscript, a₁⁽¹⁾ = w₁₁⁽¹⁾·x₁ + w₂₁⁽¹⁾·x₂ + b₁⁽¹⁾. Units, inputs and weights are
numbered from 1 in formulas; matrix indices W[i, j] are numpy's, from 0. Numbers have
at most 8 significant digits.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from nnviz.stepthrough.formula import Line, frac, sym

MAX_TERMS = 8
CONTEXT = "InspectorText"


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for extraction into the translation files; returns it unchanged (no Qt here)."""
    return text


def _same(text):
    return text


# phrases the views look for in the lines (as translated with the same ``tr``)
SCORE_NOTE = QT_TRANSLATE_NOOP("InspectorText", "a is a score: the loss layer turns the scores into the network's answer")
_FN = {"Sigmoid": "sigmoid", "Tanh": "tanh", "ReLU": "relu", "LeakyReLU": "leaky_relu", "ELU": "elu",
       "Identity": "identity", "Softmax": "softmax"}
_DERIV = {"Sigmoid": "z(1 − z)", "Tanh": "1 − z²", "ReLU": "1 if a > 0 else 0", "Identity": "1",
          "LeakyReLU": "1 if a > 0 else α", "ELU": "1 if a > 0 else z + α",
          "Softmax": "z(1 − z)"}
# engine layer names as a student reads them (translated or glossed, e.g. Korean "Affine(완전연결)")
LAYER_NAMES = {n: n for n in (
    QT_TRANSLATE_NOOP("InspectorText", "Affine"), QT_TRANSLATE_NOOP("InspectorText", "MatMul"),
    QT_TRANSLATE_NOOP("InspectorText", "Sigmoid"), QT_TRANSLATE_NOOP("InspectorText", "Tanh"),
    QT_TRANSLATE_NOOP("InspectorText", "ReLU"), QT_TRANSLATE_NOOP("InspectorText", "LeakyReLU"),
    QT_TRANSLATE_NOOP("InspectorText", "ELU"), QT_TRANSLATE_NOOP("InspectorText", "Identity"),
    QT_TRANSLATE_NOOP("InspectorText", "Softmax"), QT_TRANSLATE_NOOP("InspectorText", "SoftmaxWithLoss"),
    QT_TRANSLATE_NOOP("InspectorText", "SigmoidWithLoss"), QT_TRANSLATE_NOOP("InspectorText", "MSELoss"))}


def layer_name(name, tr=_same):
    """An engine layer's name for display: translated where a translation exists."""
    return tr(LAYER_NAMES[name]) if name in LAYER_NAMES else name
_LOSS_LABEL = {"SoftmaxWithLoss": "Softmax-with-Loss", "SigmoidWithLoss": "Sigmoid-with-Loss",
               "MSELoss": "MSE-Loss"}


# ---------------------------------------------------------------- numbers

def num(v):
    """A number for a student: exact short decimals stay short (0.3, 0.11 — float noise
    like 0.11000000000000001 is hidden), anything else gets 8 significant digits with its
    trailing zeros (0.52747230), so a rounded value looks rounded."""
    v = float(v)
    if not math.isfinite(v):
        return str(v)
    if v == 0:
        return "0"
    short = float(f"{v:.12g}")
    text = repr(short)
    mant = text.split("e")[0].lstrip("-").replace(".", "").strip("0")
    if len(mant) <= 8 and abs(short - v) <= 1e-12 * abs(v):
        return text[:-2] if text.endswith(".0") else text
    if 1e-4 <= abs(v) < 1e8:
        return np.format_float_positional(v, precision=8, unique=False, fractional=False, trim="k").rstrip(".")
    return np.format_float_scientific(v, precision=7, unique=False, trim="k")


def _factor(v):
    """A number inside a product: negatives in parentheses, 0.3×(-0.1)."""
    s = num(v)
    return f"({s})" if s.startswith("-") else s


def vec(a, limit=MAX_TERMS):
    a = np.asarray(a).ravel()
    items = [num(x) for x in a[:limit]] + (["…"] if a.size > limit else [])
    return "[" + ", ".join(items) + "]"


def shape_text(a):
    """A shape as the seeds write it: (1, 2), (3,)."""
    return str(tuple(int(n) for n in np.shape(a)))


def _pick(values):
    """Which indices to list: all up to MAX_TERMS, else the largest in magnitude first."""
    values = np.asarray(values)
    if values.size <= MAX_TERMS:
        return list(range(values.size)), False
    return [int(i) for i in np.argsort(-np.abs(values), kind="stable")[:MAX_TERMS]], True


def _fn(name):
    return _FN.get(name, name.lower())


# ---------------------------------------------------------------- one node

def _sup(layer):
    return f"({layer})" if layer is not None else ""


def _input_sym(lin, i, layer):
    """What enters unit inputs of a layer: x₁… for the first layer, the previous layer's z₁⁽ᵏ⁻¹⁾ after."""
    if lin.layer == 0:
        return sym("x", i + 1)
    return sym("z", i + 1, _sup(layer - 1) if layer is not None else "")


def _dfrac(top, bottom):
    """dL/da as a fraction: plain ``dL/da``, typeset as a stacked fraction."""
    return frac(top, bottom)


def _derivative(name, a, z):
    """h′(a) of an activation in terms of the unit's own a and z (typeset): sigmoid z(1 − z), tanh 1 − (z)²."""
    forms = {"Sigmoid": (z, "(1 − ", z, ")"), "Softmax": (z, "(1 − ", z, ")"), "Tanh": ("1 − (", z, ")²"),
             "ReLU": ("1 if ", a, " > 0 else 0"), "Identity": ("1",), "LeakyReLU": ("1 if ", a, " > 0 else α"),
             "ELU": ("1 if ", a, " > 0 else ", z, " + α")}
    return Line(*forms[name]) if name in forms else Line(_DERIV.get(name, "h′(a)"))


def node_forward(ev_forward_linear, ev_forward_act, unit, sample=0, tr=_same, layer=None):
    """How unit ``unit`` (0-based) of a dense layer computed its values for one sample, in the seeds'
    notation: a = Σ w·x + b (the numbers plugged in), then z = h(a).

    ``ev_forward_linear``: the ForwardLayer of the Affine/MatMul; ``ev_forward_act``: the one of the
    activation after it, or None (scores going straight to the loss layer). ``layer``: the diagram's
    column number k, written as the superscript ⁽ᵏ⁾ (None: no superscripts)."""
    lin, n = ev_forward_linear, sample
    x, W, b = np.asarray(lin.x)[n], np.asarray(lin.params["W"]), lin.params.get("b")
    j = unit + 1 if layer is not None else ""
    sk = _sup(layer)
    terms = x * W[:, unit]
    idx, cut = _pick(terms)
    a_sym = sym("a", j, sk)
    symbolic = []
    for k, i in enumerate(idx):
        symbolic += ([" + "] if k else []) + [sym("w", f"{i + 1}{j}", sk), "·", _input_sym(lin, i, layer)]
    if cut:
        symbolic.append(" + …")
    val = " + ".join(f"{_factor(W[i, unit])}×{_factor(x[i])}" for i in idx) + (" + …" if cut else "")
    if b is not None:
        symbolic += [" + ", sym("b", j, sk)]
        val += f" + {_factor(np.asarray(b)[unit])}"
    a = float(np.asarray(lin.out)[n, unit])
    lines = [Line(a_sym, " = ", *symbolic, f" = {val} = {num(a)}")]
    if cut:
        lines.append(tr(QT_TRANSLATE_NOOP("InspectorText", "(the {k} largest of {n} terms; a sums all of them)"))
                     .format(k=MAX_TERMS, n=terms.size))
    act = ev_forward_act
    if act is None:
        lines.append(tr(SCORE_NOTE))
    else:
        z = float(np.asarray(act.out)[n, unit])
        f = _fn(act.name)
        z_sym = sym("z", j, sk)
        if act.name == "Softmax":
            u = unit + 1
            lines.append(Line(z_sym, " = ", frac(["exp(", sym("a", u, sk), ")"], ["Σ", sym("", "k"), " exp(",
                                                                                   sym("a", "k", sk), ")"]),
                              f" = {num(z)}"))
        else:
            lines.append(Line(z_sym, f" = {f}(", a_sym, f") = {f}({num(a)}) = {num(z)}"))
    return lines


def node_backward(ev_backward_act, ev_backward_linear, ev_forward_linear, unit, sample=0, tr=_same, layer=None):
    """The chain rule at unit ``unit`` for one sample: dL/dz, dL/da = dL/dz × h′(a), then each weight's
    dL/dw. ``ev_backward_act`` is None when the unit feeds the loss layer directly."""
    lin_b, lin_f, n = ev_backward_linear, ev_forward_linear, sample
    x = np.asarray(lin_f.x)
    batch = x.shape[0]
    j = unit + 1 if layer is not None else ""
    sk = _sup(layer)
    dL_dz, dL_da = _dfrac("dL", ["d", sym("z", j, sk)]), _dfrac("dL", ["d", sym("a", j, sk)])
    lines = []
    if ev_backward_act is not None:
        act = ev_backward_act
        dz = float(np.asarray(act.dout)[n, unit])
        da = float(np.asarray(act.dx)[n, unit])
        lines.append(Line(dL_dz, f" = {num(dz)}"))
        if act.derivative is not None:
            d = float(np.asarray(act.derivative)[n, unit])
            deriv = _derivative(act.name, sym("a", j, sk), sym("z", j, sk))
            if act.name == "Softmax":
                deriv = Line(deriv, " " + tr(QT_TRANSLATE_NOOP("InspectorText", "(the diagonal of its Jacobian)")))
            lines.append(Line("h′(", sym("a", j, sk), ") = ", deriv, f" = {num(d)}"))
            lines.append(Line(dL_da, " = ", dL_dz, " × h′(", sym("a", j, sk), f") = {_factor(dz)} × {_factor(d)} = "
                              f"{num(da)}"))
        else:
            lines.append(Line(dL_da, f" = {num(da)}"))
    else:
        da = float(np.asarray(lin_b.dout)[n, unit])
        lines.append(Line(dL_da, f" = {num(da)} ",
                          tr(QT_TRANSLATE_NOOP("InspectorText", "(from the loss layer)"))))
    if batch > 1:
        lines.append(tr(QT_TRANSLATE_NOOP("InspectorText", "for sample {n}; the layer's gradients add these up "
                                                           "over the {batch} samples of the batch"))
                     .format(n=n + 1, batch=batch))
    summed = tr(QT_TRANSLATE_NOOP("InspectorText", ";  summed over the batch: {v}"))
    gW = np.asarray(lin_b.grads["W"])[:, unit]
    dout = np.asarray(lin_b.dout)[:, unit]
    idx, cut = _pick(x[n] * da)
    for i in idx:
        own = float(x[n, i] * da)
        line = [_dfrac("dL", ["d", sym("w", f"{i + 1}{j}", sk)]), " = ", _input_sym(lin_f, i, layer), " × ", dL_da,
                f" = {_factor(x[n, i])} × {_factor(da)} = {num(own)}"]
        if batch > 1:
            line.append(summed.format(v=num(gW[i])))
        elif not math.isclose(float(gW[i]), float(x[:, i] @ dout), rel_tol=1e-12, abs_tol=1e-300):
            line.append(tr(QT_TRANSLATE_NOOP("InspectorText", ";  with regularisation: {v}")).format(v=num(gW[i])))
        lines.append(Line(*line))
    if cut:
        lines.append(tr(QT_TRANSLATE_NOOP("InspectorText", "… (the {k} largest of {n} weights)"))
                     .format(k=MAX_TERMS, n=x.shape[1]))
    if "b" in lin_b.grads:
        gb = float(np.asarray(lin_b.grads["b"])[unit])
        lines.append(Line(_dfrac("dL", ["d", sym("b", j, sk)]), " = ", dL_da, f" = {num(da)}",
                          summed.format(v=num(gb)) if batch > 1 else ""))
    return lines


# ---------------------------------------------------------------- an update

def _typeset_formulas():
    """The layers' and losses' formulas in the seeds' notation, typeset (the engine's own formula strings
    are plain ASCII for logs; the inspector shows these)."""
    a, z, N = sym("a"), sym("z"), sym("N")
    ak, zk, aj = sym("a", "k"), sym("z", "k"), sym("a", "j")
    t_nk, y_nk = sym("t", "nk"), sym("y", "nk")
    sums = ["Σ", sym("", "n"), " Σ", sym("", "k"), " "]
    return {
        "Sigmoid": Line(z, " = ", frac("1", ["1 + exp(−", a, ")"])),
        "Tanh": Line(z, " = tanh(", a, ")"),
        "ReLU": Line(z, " = max(0, ", a, ")"),
        "LeakyReLU": Line(z, " = ", a, " if ", a, " > 0 else α·", a),
        "ELU": Line(z, " = ", a, " if ", a, " > 0 else α(exp(", a, ") − 1)"),
        "Identity": Line(z, " = ", a),
        "Softmax": Line(zk, " = ", frac(["exp(", ak, " − max ", a, ")"], ["Σ", sym("", "j"), " exp(", aj, " − max ", a, ")"])),
        "SoftmaxWithLoss": Line("L = −", frac("1", N), " ", *sums, t_nk, " log ", y_nk),
        "SigmoidWithLoss": Line("L = −", frac("1", N), " Σ [t log y + (1 − t) log(1 − y)]"),
        "MSELoss": Line("L = ", frac("1", N), " ", *sums, frac("1", "2"), " (", y_nk, " − ", t_nk, ")", sym("", "", "2")),
    }


_TYPESET = _typeset_formulas()


def layer_formula(ev):
    """The formula of an event's layer or loss, typeset in the seeds' notation ("" when it has none)."""
    if ev.name in _TYPESET:
        return _TYPESET[ev.name]
    if ev.name in ("Affine", "MatMul"):
        return Line(sym("a"), " = x·W" + (" + b" if ev.name == "Affine" else ""))
    return _pretty(getattr(ev, "formula", "") or "")


def _pretty(formula):
    return formula.replace("<-", "←").replace(" * ", " × ").replace("*", "×").replace(" - ", " − ")


def param_update(ev_update, i=None, j=None, tr=_same):
    """How the update changed one parameter: W[i, j], or b[j] (or b[i]). With no index,
    every element up to MAX_TERMS."""
    ev = ev_update
    before, after, grad = (np.asarray(a) for a in (ev.before, ev.after, ev.grad))
    if before.ndim == 2:
        pos = [(i, j)] if i is not None and j is not None else list(np.ndindex(before.shape))
    else:
        k = j if j is not None else i
        pos = [(k,)] if k is not None else list(np.ndindex(before.shape))
    lines = []
    if ev.optimizer != "sgd":
        lines.append(f"{ev.optimizer}: {_pretty(ev.formula)}")
    for p in pos[:MAX_TERMS]:
        label = f"{ev.name}[{', '.join(map(str, p))}]"
        where = (tr(QT_TRANSLATE_NOOP("InspectorText", " (input {i} → unit {j})")).format(i=p[0] + 1, j=p[1] + 1)
                 if len(p) == 2 else tr(QT_TRANSLATE_NOOP("InspectorText", " (unit {j})")).format(j=p[0] + 1))
        w0, w1, g = float(before[p]), float(after[p]), float(grad[p])
        lines.append(f"{label}{where}")
        if ev.optimizer == "sgd":
            lines.append(f"w ← w − lr × dL/dw = {num(w0)} − {num(ev.lr)} × {_factor(g)} = {num(w1)}")
        else:
            lr_name = tr(QT_TRANSLATE_NOOP("InspectorText", "lr_t (bias-corrected)")) if ev.optimizer == "adam" else "lr"
            lines.append(f"dL/dw = {num(g)}, {lr_name} = {num(ev.lr)}")
            lines.append(f"w: {num(w0)} → {num(w1)} (Δ = {num(w1 - w0)})")
    if len(pos) > MAX_TERMS:
        lines.append(tr(QT_TRANSLATE_NOOP("InspectorText", "… ({n} more)")).format(n=len(pos) - MAX_TERMS))
    return lines


# ---------------------------------------------------------------- a layer's matrices

def layer_matrices(ev_forward):
    """[(title, shape text, array)] for a ForwardLayer: its input, parameters and output;
    the output's shape text is the whole shape check, e.g.
    ``x (1, 2) × W (2, 3) + b (3,) → (1, 3)``."""
    ev = ev_forward
    x, out = np.asarray(ev.x), np.asarray(ev.out)
    if "W" in ev.params:
        W, b = np.asarray(ev.params["W"]), ev.params.get("b")
        items = [("x", shape_text(x), x), ("W", shape_text(W), W)]
        check = f"x {shape_text(x)} × W {shape_text(W)}"
        title = "a = x·W"
        if b is not None:
            items.append(("b", shape_text(b), np.asarray(b)))
            check += f" + b {shape_text(b)}"
            title += " + b"
        items.append((title, f"{check} → {shape_text(out)}", out))
        return items
    f = _fn(ev.name)
    return [("a", shape_text(x), x), (f"z = {f}(a)", f"{f}(a {shape_text(x)}) → {shape_text(out)}", out)]


# ---------------------------------------------------------------- the loss

def _per_sample_loss(name, s, t):
    if name == "SoftmaxWithLoss":
        z = s - s.max(axis=-1, keepdims=True)
        logy = z - np.log(np.exp(z).sum(axis=-1, keepdims=True))
        return -(t * logy).sum(axis=-1), logy
    if name == "SigmoidWithLoss":
        return (np.maximum(s, 0) - s * t + np.log1p(np.exp(-np.abs(s)))).sum(axis=-1), None
    return 0.5 * ((s - t) ** 2).sum(axis=-1), None


def loss_text(ev_loss, sample=0, tr=_same):
    """The loss for one sample: scores, the network's answer, target, loss; then the batch's L."""
    ev, n = ev_loss, sample
    s, y, t = (np.asarray(a, dtype=np.float64) for a in (ev.scores, ev.probs, ev.targets))
    per, logy = _per_sample_loss(ev.name, s, t)
    batch = s.shape[0]
    lines = [Line(f"{_LOSS_LABEL.get(ev.name, ev.name)}: ", layer_formula(ev))]
    if ev.name == "MSELoss":
        lines.append(tr(QT_TRANSLATE_NOOP("InspectorText", "output y = {v}")).format(v=vec(y[n])))
    else:
        f = "softmax" if ev.name == "SoftmaxWithLoss" else "sigmoid"
        lines.append(tr(QT_TRANSLATE_NOOP("InspectorText", "scores a = {v}")).format(v=vec(s[n])))
        lines.append(tr(QT_TRANSLATE_NOOP("InspectorText", "probabilities y = {f}(a) = {v}")).format(f=f, v=vec(y[n])))
    lines.append(tr(QT_TRANSLATE_NOOP("InspectorText", "target t = {v}")).format(v=vec(t[n])))
    loss_is = tr(QT_TRANSLATE_NOOP("InspectorText", "loss = {v}"))
    if ev.name == "SoftmaxWithLoss" and np.count_nonzero(t[n]) == 1:
        k = int(np.argmax(t[n]))
        lines.append(loss_is.format(v=f"−Σ t log y = −log y{k + 1} = −log({num(y[n, k])}) = {num(per[n])}"))
    elif ev.name == "SoftmaxWithLoss":
        lines.append(loss_is.format(v=f"−Σ t log y = {num(per[n])}"))
    elif ev.name == "SigmoidWithLoss":
        lines.append(loss_is.format(v=f"−Σ [t log y + (1 − t) log(1 − y)] = {num(per[n])}"))
    else:
        lines.append(tr(QT_TRANSLATE_NOOP("InspectorText", "0.5 (y − t)² per output = {v}"))
                     .format(v=vec(0.5 * (s[n] - t[n]) ** 2)))
        lines.append(loss_is.format(v=f"Σ 0.5 (y − t)² = {num(per[n])}"))
    data = float(per.mean())
    if batch > 1:
        lines.append(tr(QT_TRANSLATE_NOOP("InspectorText", "L = mean over the {n} samples of the batch = {v}"))
                     .format(n=batch, v=num(data)))
    penalty = float(ev.value) - data
    if abs(penalty) > 1e-12 * max(1.0, abs(data)):
        lines.append(tr(QT_TRANSLATE_NOOP("InspectorText", "L = {data} + regularisation penalty {p} = {v}"))
                     .format(data=num(data), p=num(penalty), v=num(ev.value)))
    elif batch == 1:
        lines.append(f"L = {num(ev.value)}")
    return lines


# ---------------------------------------------------------------- the computation graph

@dataclass(frozen=True)
class GraphNode:
    key: str             # "x", "layer0", "layer1", ..., "loss", "t", "L"
    label: str           # what the box says: "x", "Affine", "Softmax-with-Loss", "t", "L"
    kind: str            # "input", "layer", "loss", "target", "output"
    layer: int | None    # index into Network.layers (len(layers) for the loss layer)
    inputs: tuple        # keys of the nodes with an arrow into this one
    current: bool        # the stage being shown is at this node
    forward: str         # the value on this node's outgoing arrow (drawn above it); "" not yet known
    backward: str        # dL/d(that value), drawn below the arrow; "" not yet known


def _summary(a, sample=0):
    a = np.asarray(a)
    row = a[sample] if a.ndim == 2 else a
    return f"{shape_text(a)} {vec(row, 4)}"


def computation_graph(network_describe_list, stage_event, sample=0):
    """The seed-001 chain ``x → Affine → Sigmoid → Affine → Softmax-with-Loss ← t → L`` as
    nodes for a view to draw. ``network_describe_list``: ``Network.describe()``;
    ``stage_event``: the current event, or the iteration's events so far (the last is
    current) to fill forward values above the arrows and gradients below them."""
    names = list(network_describe_list)
    n_layers = len(names) - 1
    events = [] if stage_event is None else (list(stage_event) if isinstance(stage_event, (list, tuple))
                                             else [stage_event])
    fwd, bwd, loss = {}, {}, None
    for ev in events:
        if ev.stage == "forward":
            fwd[ev.layer] = ev
        elif ev.stage == "backward":
            bwd[ev.layer] = ev
        elif ev.stage == "loss":
            loss = ev
    cur = None
    if events:
        ev = events[-1]
        cur = "loss" if ev.stage == "loss" or (ev.stage == "backward" and ev.layer >= n_layers) \
            else f"layer{ev.layer}"

    def arrow_back(li):  # dL/d(output of layer li) = dL/d(input of layer li + 1)
        nxt = bwd.get(li + 1)
        return _summary(nxt.dx, sample) if nxt is not None and nxt.dx is not None else ""

    nodes = [GraphNode("x", "x", "input", None, (), False,
                       _summary(fwd[0].x, sample) if 0 in fwd else "", arrow_back(-1))]
    prev = "x"
    for li in range(n_layers):
        key = f"layer{li}"
        nodes.append(GraphNode(key, names[li], "layer", li, (prev,), cur == key,
                               _summary(fwd[li].out, sample) if li in fwd else "", arrow_back(li)))
        prev = key
    nodes.append(GraphNode("loss", _LOSS_LABEL.get(names[-1], names[-1]), "loss", n_layers, (prev, "t"),
                           cur == "loss", num(loss.value) if loss else "", "1" if n_layers in bwd else ""))
    nodes.append(GraphNode("t", "t", "target", None, (), False,
                           _summary(loss.targets, sample) if loss else "", ""))
    nodes.append(GraphNode("L", "L", "output", None, ("loss",), False, num(loss.value) if loss else "", ""))
    return nodes


def chain_text(nodes):
    """One line, as the seed draws it: ``x → Affine → Sigmoid → Affine → Softmax-with-Loss ← t → L``."""
    main = [nd.label for nd in nodes if nd.kind in ("input", "layer", "loss")]
    return " → ".join(main) + " ← t → L"
