"""Immutable step-through events: one per stage of a training iteration.

Every array is a host numpy copy, so an event can cross to the GUI thread and
be kept in a history without the engine ever changing it afterwards.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


def frozen_copy(a):
    """A read-only host copy (events must never change after they are made)."""
    if a is None:
        return None
    from .backend import to_numpy
    c = np.array(to_numpy(a), copy=True)
    c.flags.writeable = False
    return c


@dataclass(frozen=True)
class Event:
    iteration: int      # the iteration being computed (0-based: the first step is iteration 0)
    index: int          # position of this event inside its iteration
    stage: str = field(init=False, default="")


@dataclass(frozen=True)
class ForwardLayer(Event):
    layer: int                      # index into Network.layers
    name: str                       # "Affine", "Sigmoid", ...
    x: np.ndarray                   # input (batch, in)
    out: np.ndarray                 # output (batch, out)
    params: dict                    # {"W": ..., "b": ...} the values used
    formula: str = ""
    stage: str = field(init=False, default="forward")


@dataclass(frozen=True)
class Loss(Event):
    name: str                       # "SoftmaxWithLoss", ...
    value: float                    # the loss (regularisation included)
    scores: np.ndarray              # what entered the loss layer
    probs: np.ndarray               # the network's answer (softmax/sigmoid probabilities, or scores)
    targets: np.ndarray             # encoded targets (one-hot, 0/1 or real)
    rows: np.ndarray                # indices of the batch's samples in the training set
    formula: str = ""
    stage: str = field(init=False, default="loss")


@dataclass(frozen=True)
class BackwardLayer(Event):
    layer: int                      # index into Network.layers; len(layers) is the loss layer
    name: str
    dout: np.ndarray                # upstream gradient dL/d(output)
    dx: np.ndarray                  # downstream gradient dL/d(input)
    grads: dict                     # {"W": dL/dW, "b": dL/db} (regularisation included)
    derivative: np.ndarray | None = None   # f'(z) for an activation layer (dL/dz = dL/da * f'(z))
    stage: str = field(init=False, default="backward")


@dataclass(frozen=True)
class Update(Event):
    layer: int                      # owning layer index
    param: int                      # index into Network.params
    name: str                       # "W" or "b"
    before: np.ndarray
    after: np.ndarray
    grad: np.ndarray                # the gradient used (after clipping)
    optimizer: str = "sgd"
    lr: float = 0.0
    formula: str = ""
    stage: str = field(init=False, default="update")

    @property
    def delta(self):
        return self.after - self.before
