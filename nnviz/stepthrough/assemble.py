"""The snapshot of a step-through stage, assembled from the iteration's event copies (no Qt).

A stage shows the weights as they were at that stage (the forward pass's values, replaced by the
updated ones whose update stage is revealed), the gradients revealed so far, the decision boundary
those weights draw and the traced point's forward pass. None of that is written into the live
network: the weights come from the events (``Stepper.stage_params``) and are loaded into a scratch
network of the same architecture, which the boundary grid and the trace run through. The live
session, its parameters and its layers' cached inputs stay exactly as they are (issue 8.1).

Worker side: ``stage_snapshot(session, stepper, make_snapshot, seq=..., ...)``.
"""
from __future__ import annotations

import dataclasses

import numpy as np

from core.network import Network


class _StageSession:
    """The live session read through, with the scratch network in place of its own.

    ``make_snapshot`` and ``Session.trace`` only read a session; handing them this view keeps one
    implementation of each (the snapshot's fields, the forward trace) while the live network is never
    touched."""

    def __init__(self, session, network):
        self._session = session
        self.network = network

    def __getattr__(self, name):
        return getattr(self._session, name)

    # equal to (and hashed as) the session: caches keyed by the session (the snapshot's history cache)
    # find the session's entry instead of starting a new one for every stage
    def __eq__(self, other):
        return other is self._session or other is self

    def __hash__(self):
        return hash(self._session)


def _architecture(net):
    return (tuple(type(layer).__name__ for layer in net.layers), type(net.loss_layer).__name__,
            tuple((li, n, tuple(p.shape)) for (li, n), p in zip(net.owners, net.params)),
            net.backend.name, str(net.params[0].dtype) if net.params else "",
            tuple(sorted((k, repr(v)) for k, v in net.spec.items() if k not in ("weights", "seed"))))


class ScratchNetwork:
    """One network of the live one's architecture, kept between stage snapshots (rebuilt when it changes)."""

    def __init__(self):
        self._net = None
        self._key = None

    def with_params(self, live, params):
        """The scratch network holding ``params`` (host arrays in ``live.params`` order)."""
        key = _architecture(live)
        if self._net is None or key != self._key:
            self._net = Network.from_spec(dict(live.spec), inference=True)
            self._net.set_regularization(live.reg, live.reg_rate)
            self._key = key
        net = self._net
        dt = net.params[0].dtype if net.params else None
        for p, v in zip(net.params, params):
            p[...] = net.backend.asarray(np.asarray(v), dt) if dt is not None else v
        return net


def dense_weights(net, params):
    """((W, b or None), ...) per dense layer from params in ``net.params`` order (the snapshot's layout)."""
    where = {owner: i for i, owner in enumerate(net.owners)}
    out = []
    for li, _act in net.dense:
        W = np.array(params[where[(li, "W")]], copy=True)
        b = where.get((li, "b"))
        out.append((W, np.array(params[b], copy=True) if b is not None else None))
    return tuple(out)


def trace_events(session, stepper, entry, row):
    """Forward events of training point ``row`` with the weights the iteration's forward pass used
    (a traced point outside the batch), run through the scratch network. Cached on the entry."""
    if row in entry.traces:
        return entry.traces[row]
    net = stepper.scratch.with_params(session.network, stepper.stage_params(session, entry, -1))
    events = tuple(type(session).trace(_StageSession(session, net), session.raw_train[row]))
    entry.traces[row] = events
    return events


def stage_history(snap, entry, k):
    """The loss and epoch histories as stage k of the iteration sees them: its loss from the loss stage
    on, the record of the epoch it ends only once its last update is done (the session is past it)."""
    losses, its, epochs = snap.loss_history, snap.loss_iterations, snap.epoch_history
    if entry.failed:
        return losses, its, epochs
    loss_seen = any(ev.stage == "loss" for ev in entry.events[:k + 1])
    if not loss_seen and its is not None and len(its) and its[-1] > entry.iteration:
        keep = int(np.searchsorted(its, entry.iteration, side="right"))
        losses, its = losses[:keep], its[:keep]
    if k < len(entry.events) - 1 and len(epochs) and epochs[-1]["iteration"] > entry.iteration:
        head = type(epochs).from_records(epochs[:len(epochs) - 1])
        head.token = epochs.token      # its rows are the first rows of the same history
        epochs = head
    return losses, its, epochs


def stage_snapshot(session, stepper, make_snapshot, *, timeline=None, **make_kw):
    """The snapshot of the stage under ``stepper.cursor``.

    ``make_snapshot(session, seq, ...)`` is the app's snapshot maker; it is given the live session with
    the scratch network holding this stage's weights, so the weights and the boundary grid are the
    stage's; ``make_kw`` are its other arguments (seq, error, error_info, message, grid). Gradients,
    events, the batch, the traced point and the histories come from the events."""
    entry = stepper.entry()
    it, k = stepper.cursor
    live = session.network
    net = stepper.scratch.with_params(live, stepper.stage_params(session, entry, k))
    make_kw.update(running=False, steps_per_sec=0.0)
    snap = make_snapshot(_StageSession(session, net), **make_kw)
    rows = entry.rows
    n_train = session.n_train
    row = stepper.trace_row if stepper.trace_row is not None and stepper.trace_row < n_train else (
        int(rows[0]) if len(rows) else -1)
    trace = () if row < 0 or row in rows else trace_events(session, stepper, entry, row)
    losses, loss_its, epochs = stage_history(snap, entry, k)
    return dataclasses.replace(snap, iteration=it, epoch=entry.epoch, batch_in_epoch=entry.batch,
                               grads=stepper.stage_grads(session, entry, k), events=entry.events, stage_index=k,
                               traced_row=row, batch_rows=np.array(rows, copy=True), trace=trace,
                               timeline=timeline if timeline is not None else snap.timeline,
                               loss_history=losses, loss_iterations=loss_its, epoch_history=epochs)
