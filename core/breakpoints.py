"""Breakpoints for the step-through debugger: stop when training goes wrong, and say why.

Two paths. ``check_events`` reads one iteration's events (the stage-by-stage path) and
finds the first value that went bad, down to the unit or the edge. ``check_session`` is
the fast path after ``Session.step()``: it uses only what the engine already holds (the
gradients, the loss history, each layer's cached ``.out``), so it costs little per step.
Both return the first ``Hit`` in the order nan, grad_norm, loss_rise, dead_relu,
saturated; ``Watch`` reports a condition once when it starts, so Continue continues.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .backend import to_numpy
from .errors import NumericError
from .messages import Message, msg, plain, render, render_all, template

SIGMOID_SAT = 0.49   # |sigmoid(z) - 0.5| above this: f'(z) = a(1 - a) < 0.0099, under 4 % of its peak
TANH_SAT = 0.98      # |tanh(z)| above this: f'(z) = 1 - a^2 < 0.04, also under 4 % of its peak
MOST = 0.5           # a unit counts as saturated when more than this share of the batch is


@dataclass
class Breakpoints:
    nan: bool = True                 # a value turns NaN/inf
    grad_norm: float | None = None   # pause when the global gradient norm exceeds this
    loss_rise: float | None = None   # pause when mean loss of the last window > factor x the window before
    loss_window: int = 50
    dead_relu: float | None = None   # pause when more than this fraction of a ReLU layer's units is dead
    saturated: float | None = None   # ... of a sigmoid/tanh layer's units is saturated


@dataclass(frozen=True)
class Hit:
    kind: str            # "nan", "grad_norm", "loss_rise", "dead_relu", "saturated"
    stage: str           # "forward", "loss", "backward", "update", or "" (not tied to one stage)
    layer: int | None    # index into Network.layers; len(layers) is the loss layer
    unit: int | None     # a unit (column) of that layer's output, or of its input for a bad dL/dx
    edge: tuple | None   # (i, j): the weight W[i, j] from input unit i to unit j
    value: float         # the bad value, the norm, the loss ratio or the fraction
    message: str         # what happened, likely causes, what to try (English)
    # the same as translatable messages (core.messages): render_all(hit.messages, tr) in another language
    messages: tuple = field(default=(), compare=False, repr=False)

    @property
    def parts(self):
        """((English template, kwargs), ...): the older form of ``messages``, kept for callers not yet
        switched to them (a template translates with any context: the catalogue's Korean is filed by it)."""
        return tuple((template(m.id), {k: render(v) if isinstance(v, Message) else v for k, v in m.args.items()})
                     for m in self.messages)


def _p(msg_id, **kw):
    return msg(msg_id, **kw)


def _hit(kind, stage, layer, unit, edge, value, *parts):
    parts = tuple(p for p in parts if p is not None)
    return Hit(kind, stage, layer, unit, edge, value, render_all(parts), parts)


def hit_text(hit, tr=None):
    """``hit.message`` in another language: ``tr(context, template)`` is Qt's translate (see core.messages)."""
    return render_all(hit.messages, tr) if hit.messages else hit.message


# ---------------------------------------------------------------- advice

_ADVICE = {
    "forward": 'bp.advice.forward',
    "input": 'bp.advice.input',
    "SoftmaxWithLoss": 'bp.advice.SoftmaxWithLoss',
    "SigmoidWithLoss": 'bp.advice.SigmoidWithLoss',
    "MSELoss": 'bp.advice.MSELoss',
    "backward": 'bp.advice.backward',
    "update": 'bp.advice.update',
}


def _advice(key, default="forward"):
    return _p(_ADVICE.get(key, _ADVICE[default]))


def _f(v):
    return f"{v:.8g}"


# ---------------------------------------------------------------- where a value first went bad

def _first_bad(a):
    """Index tuple of the first non-finite element (row-major), or None."""
    bad = ~np.isfinite(a)
    if not bad.any():
        return None
    return tuple(int(i) for i in np.argwhere(bad)[0])


def _forward_hit(ev):
    x, out = np.asarray(ev.x), np.asarray(ev.out)
    if ev.layer == 0 and _first_bad(x) is not None:
        n, i = _first_bad(x)
        return _hit("nan", "forward", 0, i, None, float(x[n, i]),
                    _p('bp.forward.input',
                       it=ev.iteration, i=i + 1, n=n + 1, v=x[n, i]), _advice("input"))
    pos = _first_bad(out)
    if pos is None:
        return None
    n, j = pos
    edge, detail = None, None
    W = ev.params.get("W")
    if W is not None:
        terms = x[n] * W[:, j]
        bad = _first_bad(terms)
        i = bad[0] if bad is not None else int(np.argmax(np.abs(terms)))
        edge = (i, j)
        detail = _p('bp.forward.largest_term', i=i + 1, j=j + 1, w=_f(W[i, j]), a=_f(x[n, i]))
    else:
        detail = _p('bp.forward.input_z', z=_f(x[n, j]))
    return _hit("nan", "forward", ev.layer, j, edge, float(out[n, j]),
                _p('bp.forward.unit',
                   it=ev.iteration, j=j + 1, l=ev.layer + 1, name=ev.name, v=out[n, j], n=n + 1),
                detail, _advice("forward"))


def _loss_hit(ev, n_layers):
    scores = np.asarray(ev.scores)
    unit = int(np.unravel_index(np.argmax(np.abs(np.nan_to_num(scores, nan=np.inf))), scores.shape)[1])
    return _hit("nan", "loss", n_layers, unit, None, float(ev.value),
                _p('bp.loss.nan',
                   it=ev.iteration, name=ev.name, v=ev.value, u=unit + 1), _advice(ev.name))


def _backward_hit(ev):
    for name in ("W", "b"):
        g = ev.grads.get(name)
        pos = None if g is None else _first_bad(np.asarray(g))
        if pos is not None:
            edge, unit = (pos, pos[1]) if len(pos) == 2 else (None, pos[0])
            where = (_p('bp.backward.dW',
                        i0=pos[0], j0=pos[1], i=pos[0] + 1, j=pos[1] + 1, it=ev.iteration, l=ev.layer + 1,
                        name=ev.name, v=g[pos]) if edge
                     else _p('bp.backward.db',
                             u=unit + 1, it=ev.iteration, l=ev.layer + 1, name=ev.name, v=g[pos]))
            return _hit("nan", "backward", ev.layer, unit, edge, float(g[pos]), where, _advice("backward"))
    pos = _first_bad(np.asarray(ev.dx))
    if pos is None:
        return None
    n, i = pos
    return _hit("nan", "backward", ev.layer, i, None, float(ev.dx[n, i]),
                _p('bp.backward.dx',
                   it=ev.iteration, i=i + 1, l=ev.layer + 1, name=ev.name, v=ev.dx[n, i], n=n + 1),
                _advice("backward"))


def _update_hit(ev):
    pos = _first_bad(np.asarray(ev.after))
    if pos is None:
        return None
    edge, unit = (pos, pos[1]) if len(pos) == 2 else (None, pos[0])
    where = f"{ev.name}[{', '.join(map(str, pos))}]"
    return _hit("nan", "update", ev.layer, unit, edge, float(ev.after[pos]),
                _p('bp.update.param',
                   it=ev.iteration, where=where, l=ev.layer + 1, v=ev.after[pos], w=_f(ev.before[pos]),
                   g=_f(ev.grad[pos]), lr=f"{ev.lr:g}"),
                _advice("update"))


def _nan_in_events(events):
    n_layers = 1 + max((ev.layer for ev in events if ev.stage == "forward"), default=-1)
    for ev in events:
        if ev.stage == "forward":
            hit = _forward_hit(ev)
        elif ev.stage == "loss":
            hit = None if math.isfinite(ev.value) else _loss_hit(ev, n_layers)
        elif ev.stage == "backward":
            hit = _backward_hit(ev)
        else:
            hit = _update_hit(ev)
        if hit is not None:
            return hit
    return None


def hit_from_error(err, events=()):
    """A Hit for a NumericError the engine raised (it stops before the bad stage's event,
    e.g. a loss overflow). ``events``: what the iteration yielded before it, for detail."""
    hit = _nan_in_events(events)
    if hit is not None:
        return hit
    stage, layer = getattr(err, "stage", None) or "loss", getattr(err, "layer", None)
    unit, detail = None, None
    fwd = [ev for ev in events if ev.stage == "forward"]
    if stage == "loss" and fwd:
        out = np.asarray(fwd[-1].out)
        n, unit = (int(i) for i in np.unravel_index(np.argmax(np.abs(out)), out.shape))
        detail = _p('bp.loss.largest_score',
                    u=unit + 1, n=n + 1, v=_f(out[n, unit]))
        layer = len(fwd)
    name = getattr(err, "name", None) or "?"
    what = {"loss": 'bp.what.loss',
            "forward": 'bp.what.forward',
            "update": 'bp.what.update'}.get(stage)
    what = _p(what, name=name, l=(layer or 0) + 1) if what else (err.message if getattr(err, "message", None) else plain(str(err)))
    it = (_p('bp.iteration', it=events[0].iteration) if events else None)
    return _hit("nan", stage, layer, unit, None, float("nan"), it, what, detail,
                _advice(name if stage == "loss" else stage))


# ---------------------------------------------------------------- the other conditions

def _grad_hit(grads, bp, iteration):
    norm = math.sqrt(sum(float(np.sum(np.square(g))) for g in grads))
    if bp.grad_norm is None or not norm > bp.grad_norm:
        return None
    return _hit("grad_norm", "backward", None, None, None, norm,
                _p('bp.grad_norm',
                   it=iteration, v=_f(norm), limit=f"{bp.grad_norm:g}"))


def _loss_rise_hit(history, bp, iteration):
    w = int(bp.loss_window)
    if bp.loss_rise is None or w < 1 or len(history) < 2 * w:
        return None
    recent, before = float(np.mean(history[-w:])), float(np.mean(history[-2 * w:-w]))
    if not (math.isfinite(recent) and math.isfinite(before) and before > 0 and recent > bp.loss_rise * before):
        return None
    return _hit("loss_rise", "loss", None, None, None, recent / before,
                _p('bp.loss_rise',
                   it=iteration, w=w, recent=_f(recent), ratio=f"{recent / before:.3g}", before=_f(before)))


def _dead_relu_hit(li, out, bp, iteration):
    if bp.dead_relu is None or out.ndim != 2 or out.shape[1] == 0:
        return None
    dead = np.all(out == 0, axis=0)
    frac = float(dead.mean())
    if not frac > bp.dead_relu:
        return None
    unit = int(np.argmax(dead))
    return _hit("dead_relu", "forward", li, unit, None, frac,
                _p('bp.dead_relu',
                   it=iteration, k=int(dead.sum()), n=dead.size, l=li + 1, u=unit + 1))


def _saturated_hit(li, name, out, bp, iteration):
    if bp.saturated is None or out.ndim != 2 or out.shape[1] == 0:
        return None
    sat = np.abs(out - 0.5) > SIGMOID_SAT if name == "Sigmoid" else np.abs(out) > TANH_SAT
    units = sat.mean(axis=0) > MOST
    frac = float(units.mean())
    if not frac > bp.saturated:
        return None
    unit = int(np.argmax(units))
    return _hit("saturated", "forward", li, unit, None, frac,
                _p('bp.saturated',
                   it=iteration, k=int(units.sum()), n=units.size, name=name.lower(), l=li + 1, u=unit + 1))


def _activation_hits(pairs, bp, iteration):
    """pairs: (layer index, layer class name, host output). Dead ReLU first, then saturated."""
    hits = []
    for li, name, out in pairs:
        if name == "ReLU":
            hits.append(_dead_relu_hit(li, out, bp, iteration))
    for li, name, out in pairs:
        if name in ("Sigmoid", "Tanh"):
            hits.append(_saturated_hit(li, name, out, bp, iteration))
    return hits


# ---------------------------------------------------------------- the two paths

def scan_events(events, bp, error=None):
    """Every condition that holds for one iteration's events (in priority order).

    ``error``: the NumericError raised while the events were made (the engine raises
    before yielding a non-finite loss), to locate it."""
    events = list(events)
    it = events[0].iteration if events else 0
    hits = []
    if bp.nan:
        hits.append(_nan_in_events(events) or (hit_from_error(error, events) if error is not None else None))
    updates = [ev for ev in events if ev.stage == "update"]
    if updates and bp.grad_norm is not None:  # the gradients as used (after clipping), as check_session sees them
        hits.append(_grad_hit([np.asarray(ev.grad) for ev in updates], bp, it))
    hits += _activation_hits([(ev.layer, ev.name, np.asarray(ev.out)) for ev in events if ev.stage == "forward"],
                             bp, it)
    return [h for h in hits if h is not None]


def check_events(events, bp, error=None):
    hits = scan_events(events, bp, error)
    return hits[0] if hits else None


def scan_session(session, bp, last_loss_history=None):
    """Every condition that holds right after ``session.step()`` (in priority order).

    ``last_loss_history``: the losses to judge a rise on (default: session.loss_history).
    Activations come from each layer's ``.out``, so call this straight after the step:
    anything that runs the network in between (trace(), predict, the end-of-epoch test
    evaluation) replaces them. The gradient norm is after clipping (what was applied)."""
    net, it = session.network, session.iteration - 1   # the iteration just computed, as events number it
    hist = session.loss_history if last_loss_history is None else last_loss_history
    hits = []
    if bp.nan:
        hits.append(_nan_in_state(net, it))
    if bp.grad_norm is not None:
        hits.append(_grad_hit([to_numpy(g) for g in net.grads], bp, it))
    hits.append(_loss_rise_hit(hist, bp, it))
    if bp.dead_relu is not None or bp.saturated is not None:
        hits += _activation_hits([(li, type(l).__name__, to_numpy(l.out)) for li, l in enumerate(net.layers)
                                  if l.out is not None], bp, it)
    return [h for h in hits if h is not None]


def check_session(session, bp, last_loss_history=None):
    hits = scan_session(session, bp, last_loss_history)
    return hits[0] if hits else None


def _nan_in_state(net, it):
    """After a completed step the loss was finite (step() raises otherwise), but a
    gradient or an update can still have overflowed: the next forward would fail."""
    for stage, arrays in (("backward", net.grads), ("update", net.params)):
        for i, a in enumerate(arrays):
            a = to_numpy(a)
            pos = _first_bad(a)
            if pos is None:
                continue
            li, name = net.owners[i]
            edge, unit = (pos, pos[1]) if len(pos) == 2 else (None, pos[0])
            what = "dL/d" + name if stage == "backward" else name
            return _hit("nan", stage, li, unit, edge, float(a[pos]),
                        _p('bp.state.nan',
                           it=it, what=f"{what}[{', '.join(map(str, pos))}]", l=li + 1, v=a[pos]),
                        _advice(stage))
    return None


def locate(session, bp=None):
    """Run the session's next iteration stage by stage to find where a value first goes
    bad (after step() raised NumericError, say); the session is left as it was.

    step() may have drawn a new shuffle before it raised, so restore the checkpoint from
    before the failed step first (CheckpointRing.seek) to look at the same batch."""
    bp = bp or Breakpoints()
    start = session.checkpoint()
    events, error = [], None
    try:
        for ev in session.micro_steps():
            events.append(ev)
    except NumericError as e:
        error = e
    session.restore(start)
    return check_events(events, bp, error)


class Watch:
    """Reports each kind once when its condition starts to hold and again only after it
    has cleared: a dead layer stays dead, and Continue must not stop on it every step."""

    def __init__(self, bp):
        self.bp = bp
        self._active = set()

    def _edge(self, hits):
        kinds = {h.kind for h in hits}
        new = [h for h in hits if h.kind not in self._active or h.kind == "nan"]
        self._active = kinds
        return new[0] if new else None

    def after_step(self, session, last_loss_history=None):
        return self._edge(scan_session(session, self.bp, last_loss_history))

    def after_events(self, events, error=None):
        return self._edge(scan_events(events, self.bp, error))
