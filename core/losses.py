"""Loss layers: the last layer of a network. ``forward(x, t)`` -> float, ``backward(dout=1)`` -> dL/dx.

Targets ``t`` arrive as float arrays shaped like the scores (one-hot for
softmax, 0/1 for sigmoid, real values for MSE); the Session encodes labels.
"""
from __future__ import annotations

from .backend import NUMPY
from .layers import softmax


class Loss:
    kind = "loss"
    formula = ""

    def __init__(self, xp=NUMPY):
        self.xp = xp
        self.params, self.grads, self.names = [], [], []
        self.y = self.t = None

    def output(self, x):
        """The network's output for scores x (probabilities for softmax/sigmoid losses)."""
        return x


class SoftmaxWithLoss(Loss):
    """Softmax followed by cross-entropy; backward is (y - t) / N as in the seeds."""
    kind = "softmax_cross_entropy"
    formula = "L = -(1/N) sum_n sum_k t_nk log y_nk"

    def forward(self, x, t):
        # log y = z - log(sum exp z) with z = x - max x: exact and stable, so backward's
        # (y - t)/N is the true gradient (the book's log(y + 1e-7) is not quite)
        xp = self.xp
        self.t = t
        z = x - xp.max(x, axis=-1, keepdims=True)
        e = xp.exp(z)
        s = xp.sum(e, axis=-1, keepdims=True)
        self.y = e / s
        return -float(xp.sum(t * (z - xp.log(s)))) / x.shape[0]

    def backward(self, dout=1.0):
        n = self.t.shape[0]
        return (self.y - self.t) * (dout / n)

    def output(self, x):
        return softmax(x, self.xp)


class SigmoidWithLoss(Loss):
    """Sigmoid followed by binary cross-entropy (the book's SigmoidWithLoss)."""
    kind = "sigmoid_bce"
    formula = "L = -(1/N) sum [t log y + (1 - t) log(1 - y)]"

    def forward(self, x, t):
        # the same loss written on the logit x: max(x,0) - x t + log(1 + exp(-|x|)) never overflows
        xp = self.xp
        self.t = t
        self.y = 0.5 * (xp.tanh(0.5 * x) + 1.0)
        per = xp.maximum(x, 0.0) - x * t + xp.log1p(xp.exp(-xp.abs(x)))
        return float(xp.sum(per)) / x.shape[0]

    def backward(self, dout=1.0):
        n = self.t.shape[0]
        return (self.y - self.t) * (dout / n)

    def output(self, x):
        return 0.5 * (self.xp.tanh(0.5 * x) + 1.0)


class MSELoss(Loss):
    """Seed 004's squared error: 0.5 * sum over outputs of (y - t)^2 per sample, averaged over the batch."""
    kind = "mse"
    formula = "L = (1/N) sum_n sum_k 0.5 (y_nk - t_nk)^2"

    def forward(self, x, t):
        self.y, self.t = x, t
        d = x - t
        return 0.5 * float(self.xp.sum(d * d)) / x.shape[0]

    def backward(self, dout=1.0):
        return (self.y - self.t) * (dout / self.y.shape[0])


LOSSES = {"cross_entropy": SoftmaxWithLoss, "bce": SigmoidWithLoss, "mse": MSELoss}
