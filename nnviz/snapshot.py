"""What the GUI thread sees of a training run: an immutable copy, made on the worker thread.

Views are functions of a Snapshot (plus what the user selected); they never
touch the live session. Every array here is a host numpy copy owned by the
snapshot, so the worker may keep training while the GUI draws it.
"""
from __future__ import annotations

import copy
import time
from dataclasses import dataclass, field

import numpy as np

from core import datasets as ds_mod
from core import decision_grid
from core.backend import to_numpy

GRID_RESOLUTION = 100     # Playground's output heatmap
THUMB_RESOLUTION = 24     # per-neuron thumbnails (Playground draws 10x10; a little finer reads better)


@dataclass(frozen=True)
class Snapshot:
    seq: int                       # increases with every snapshot the worker emits
    time: float                    # time.monotonic() when taken
    iteration: int
    epoch: int
    batch_in_epoch: int
    iters_per_epoch: int
    spec: dict                     # the session spec (deep copy)
    sizes: tuple                   # neurons per dense layer, inputs first
    activations: tuple             # activation name per hidden layer, then the output's
    feature_names: tuple           # names of the input neurons ("x1", "x2", "x1^2", ...)
    weights: tuple                 # ((W (in, out), b or None), ...) per dense layer
    grads: tuple                   # same structure; zeros before the first step
    loss_history: np.ndarray       # loss per iteration (float64)
    epoch_history: tuple           # dicts: epoch, iteration, train_loss, train_acc, test_loss, test_acc
    kind: str                      # "classification" | "regression"
    class_names: tuple
    x_train: np.ndarray            # raw 2-D points (n, 2) (or first two columns of CSV data)
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    bounds: tuple                  # (xmin, xmax, ymin, ymax) of the boundary view, data units
    grid_xs: np.ndarray = None     # (R,) grid coordinates
    grid_ys: np.ndarray = None
    grid_output: np.ndarray = None  # (R, R, n_out) network answer over the plane, [iy, ix]
    grid_hidden: tuple = ()        # per hidden layer (r, r, units) activations at THUMB_RESOLUTION
    running: bool = False          # playing
    steps_per_sec: float = 0.0
    error: str = ""                # a NumericError message when training stopped on a bad number
    error_info: dict = field(default_factory=dict)  # {"stage", "layer", "name"} of that error
    message: str = ""              # a one-line notice for the status bar ("network rebuilt: ...")

    @property
    def train_loss(self):
        return self.epoch_history[-1]["train_loss"] if self.epoch_history else None


def _grid(session, bounds, res):
    if session.features is None:
        return None  # CSV data with other than two raw columns has no input plane
    return decision_grid(session.network, bounds, res, session.features)


def make_snapshot(session, seq, running=False, steps_per_sec=0.0, error="", error_info=None,
                  message="", grid=True):
    """Copy what the views need out of a live session. Call it on the thread that owns the session."""
    net = session.network
    spec = copy.deepcopy(session.spec)
    nspec = spec["network"]
    acts = nspec["activation"]
    hidden = [acts] * (len(nspec["sizes"]) - 2) if isinstance(acts, str) else list(acts)
    hidden = [a["name"] if isinstance(a, dict) else a for a in hidden]
    x_all = session.dataset.x
    b = ds_mod.bounds(x_all[:, :2]) if x_all.shape[1] >= 2 else (-1.0, 1.0, -1.0, 1.0)
    out, thumbs, gx, gy = None, (), None, None
    if grid and session.features is not None:
        g = decision_grid(net, b, GRID_RESOLUTION, session.features)
        out, gx, gy = g["output"], g["xs"], g["ys"]
        # thumbnails: subsample the same grid (no second pass through the network)
        step = max(1, GRID_RESOLUTION // THUMB_RESOLUTION)
        thumbs = tuple(np.ascontiguousarray(h[::step, ::step]) for h in g["hidden"])
    names = tuple(session.features) if session.features is not None else tuple(session.dataset.feature_names)
    return Snapshot(
        seq=seq, time=time.monotonic(), iteration=session.iteration, epoch=session.epoch,
        batch_in_epoch=session._batch, iters_per_epoch=session.iters_per_epoch, spec=spec,
        sizes=tuple(nspec["sizes"]), activations=tuple(hidden) + (nspec["output"],), feature_names=names,
        weights=tuple(net.get_weights()), grads=tuple(net.get_grads()),
        loss_history=np.asarray(session.loss_history, dtype=np.float64),
        epoch_history=tuple(dict(r) for r in session.epoch_history),
        kind=session.dataset.kind, class_names=tuple(session.dataset.class_names),
        x_train=np.array(session.raw_train[:, :2], copy=True), y_train=np.array(session.y_train, copy=True),
        x_test=np.array(session.raw_test[:, :2], copy=True), y_test=np.array(session.y_test, copy=True),
        bounds=tuple(float(v) for v in b), grid_xs=gx, grid_ys=gy, grid_output=out, grid_hidden=thumbs,
        running=running, steps_per_sec=float(steps_per_sec), error=error, error_info=dict(error_info or {}),
        message=message)
