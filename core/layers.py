"""Layers with the book's protocol: ``params``/``grads`` lists, ``forward(x)``, ``backward(dout)``.

Gradients are written in place (``g[...] = ...``) so a network's flat ``grads``
list shares memory with its layers, as in "Deep Learning from Scratch 2".
Each layer keeps its array namespace ``xp`` (chosen once, not per call).
"""
from __future__ import annotations

import numpy as np

from .backend import NUMPY


class Layer:
    """Base: a layer without parameters. ``names`` label params for the UI ("W", "b")."""
    kind = "layer"

    def __init__(self, xp=NUMPY):
        self.xp = xp
        self.params, self.grads, self.names = [], [], []
        self.x = self.out = None
        # numpy can write products straight into the grads (out=); the Array API has no out=
        self._np = xp is NUMPY

    def __repr__(self):
        return f"{type(self).__name__}()"


class MatMul(Layer):
    kind = "matmul"

    def __init__(self, W, xp=NUMPY):
        super().__init__(xp)
        self.params, self.grads, self.names = [W], [xp.zeros_like(W)], ["W"]

    def forward(self, x):
        self.x = x
        self.out = x @ self.params[0]
        return self.out

    def backward(self, dout):
        self.backward_params(dout)
        return dout @ self.params[0].T

    def backward_params(self, dout):
        """Only the parameter gradients: the first layer's dL/dx is not needed to train."""
        if self._np:
            np.matmul(self.x.T, dout, out=self.grads[0])
        else:
            self.grads[0][...] = self.x.T @ dout


class Affine(MatMul):
    """MatMul plus a bias: x @ W + b."""
    kind = "affine"

    def __init__(self, W, b, xp=NUMPY):
        super().__init__(W, xp)
        self.params.append(b)
        self.grads.append(xp.zeros_like(b))
        self.names.append("b")

    def forward(self, x):
        W, b = self.params
        self.x = x
        self.out = x @ W + b
        return self.out

    def backward_params(self, dout):
        # MatMul's product written out here, not called through super(): this runs every step
        if self._np:
            np.matmul(self.x.T, dout, out=self.grads[0])
            np.add.reduce(dout, 0, None, self.grads[1])
        else:
            self.grads[0][...] = self.x.T @ dout
            self.grads[1][...] = self.xp.sum(dout, axis=0)


class Activation(Layer):
    """An element-wise function; ``derivative()`` is f'(z) at the last input (for the inspector)."""
    kind = "activation"
    formula = "f(z)"

    def derivative(self):
        raise NotImplementedError


class Identity(Activation):
    kind, formula = "identity", "a = z"

    def forward(self, x):
        self.x = self.out = x
        return x

    def backward(self, dout):
        return dout

    def derivative(self):
        return self.xp.ones_like(self.x)


class Sigmoid(Activation):
    kind, formula = "sigmoid", "a = 1 / (1 + exp(-z))"

    def forward(self, x):
        # sigmoid(x) = (1 + tanh(x/2)) / 2: same cost as 1/(1+exp(-x)) but never overflows
        self.x = x
        self.out = 0.5 * (self.xp.tanh(0.5 * x) + 1.0)
        return self.out

    def backward(self, dout):
        return dout * (1.0 - self.out) * self.out

    def derivative(self):
        return (1.0 - self.out) * self.out


class Tanh(Activation):
    kind, formula = "tanh", "a = tanh(z)"

    def forward(self, x):
        self.x = x
        self.out = self.xp.tanh(x)
        return self.out

    def backward(self, dout):
        return dout * (1.0 - self.out * self.out)

    def derivative(self):
        return 1.0 - self.out * self.out


class ReLU(Activation):
    kind, formula = "relu", "a = max(0, z)"

    def forward(self, x):
        self.x = x
        self.mask = x > 0
        self.out = self.xp.where(self.mask, x, 0.0)
        return self.out

    def backward(self, dout):
        return self.xp.where(self.mask, dout, 0.0)

    def derivative(self):
        return self.xp.astype(self.mask, self.x.dtype)


class LeakyReLU(Activation):
    kind = "leaky_relu"

    def __init__(self, alpha=0.01, xp=NUMPY):
        super().__init__(xp)
        self.alpha = float(alpha)
        self.formula = f"a = z if z > 0 else {self.alpha:g} z"

    def forward(self, x):
        self.x = x
        self.mask = x > 0
        self.out = self.xp.where(self.mask, x, self.alpha * x)
        return self.out

    def backward(self, dout):
        return self.xp.where(self.mask, dout, self.alpha * dout)

    def derivative(self):
        xp = self.xp
        return xp.where(self.mask, xp.ones_like(self.x), xp.full_like(self.x, self.alpha))

    def __repr__(self):
        return f"LeakyReLU(alpha={self.alpha:g})"


class ELU(Activation):
    kind = "elu"

    def __init__(self, alpha=1.0, xp=NUMPY):
        super().__init__(xp)
        self.alpha = float(alpha)
        self.formula = f"a = z if z > 0 else {self.alpha:g} (exp(z) - 1)"

    def forward(self, x):
        xp = self.xp
        self.x = x
        self.mask = x > 0
        # expm1 of min(x, 0) so the unused branch cannot overflow for large x
        neg = self.alpha * xp.expm1(xp.minimum(x, xp.zeros_like(x)))
        self.out = xp.where(self.mask, x, neg)
        return self.out

    def backward(self, dout):
        return dout * self.derivative()

    def derivative(self):
        xp = self.xp
        return xp.where(self.mask, xp.ones_like(self.x), self.out + self.alpha)

    def __repr__(self):
        return f"ELU(alpha={self.alpha:g})"


class Softmax(Activation):
    kind, formula = "softmax", "a_k = exp(z_k - max z) / sum_j exp(z_j - max z)"

    def forward(self, x):
        self.x = x
        self.out = softmax(x, self.xp)
        return self.out

    def backward(self, dout):
        y = self.out
        dx = y * dout
        return dx - y * self.xp.sum(dx, axis=-1, keepdims=True)

    def derivative(self):
        # the diagonal of the Jacobian (what a per-node inspector can show)
        return self.out * (1.0 - self.out)


def softmax(x, xp=NUMPY):
    """Row-wise softmax; subtracting the row max keeps exp from overflowing."""
    e = xp.exp(x - xp.max(x, axis=-1, keepdims=True))
    return e / xp.sum(e, axis=-1, keepdims=True)


def naive_softmax(x, xp=NUMPY):
    """The textbook formula without the max shift, kept only to show that it overflows."""
    e = xp.exp(x)
    return e / xp.sum(e, axis=-1, keepdims=True)


def sigmoid(x, xp=NUMPY):
    return 0.5 * (xp.tanh(0.5 * x) + 1.0)


ACTIVATIONS = {
    "identity": Identity, "linear": Identity, "sigmoid": Sigmoid, "tanh": Tanh, "relu": ReLU,
    "leaky_relu": LeakyReLU, "elu": ELU, "softmax": Softmax,
}
HIDDEN_ACTIVATIONS = ("sigmoid", "tanh", "relu", "leaky_relu", "elu", "identity")
