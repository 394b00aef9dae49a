"""Network outputs over a grid of the input plane: the decision boundary and per-neuron maps."""
from __future__ import annotations

import numpy as np

from . import features as feats
from .backend import to_numpy


def grid_points(bounds, resolution):
    """(xs, ys, points) for a resolution x resolution grid; points row-major with y varying slowest."""
    x0, x1, y0, y1 = bounds
    xs = np.linspace(x0, x1, resolution)
    ys = np.linspace(y0, y1, resolution)
    gx, gy = np.meshgrid(xs, ys)
    return xs, ys, np.column_stack([gx.ravel(), gy.ravel()])


def decision_grid(net, bounds, resolution=100, features=("x1", "x2")):
    """{"xs", "ys", "output": (res, res, n_out), "hidden": [(res, res, units) per hidden layer]}.

    ``output`` is what the network answers (probabilities for softmax/sigmoid
    losses); ``hidden[k]`` holds every neuron's activation of hidden layer k.
    Indexed [iy, ix]. Runs the network's own layers; changes no parameter."""
    xs, ys, pts = grid_points(bounds, resolution)
    x = net.backend.asarray(feats.transform(pts, features), net.spec["dtype"])
    hidden, h = [], x
    act_of = {a: k for k, (_, a) in enumerate(net.dense)}
    for li, layer in enumerate(net.layers):
        h = layer.forward(h)
        k = act_of.get(li)
        if k is not None and k < len(net.dense) - 1:
            hidden.append(to_numpy(h).reshape(resolution, resolution, -1))
    out = to_numpy(net.loss_layer.output(h)).reshape(resolution, resolution, -1)
    return {"xs": xs, "ys": ys, "output": out, "hidden": hidden}
