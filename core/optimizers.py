"""Optimizers in the book's form: ``update(params, grads)`` changes params in place.

Each keeps its state per parameter index. ``update`` is ``begin_step()`` then
``update_param(i, p, g)`` for every parameter, so the step-through path can
update one parameter at a time with exactly the same arithmetic.
"""
from __future__ import annotations

import math

import numpy as np
from array_api_compat import array_namespace

from .backend import NUMPY, to_numpy
from .errors import SpecError

EPS = 1e-7


class Optimizer:
    name = "optimizer"
    hyper: tuple[str, ...] = ("lr",)
    formula = ""

    def __init__(self, lr=0.01):
        self.lr = float(lr)
        self.t = 0          # steps taken (Adam's bias correction uses it)
        self.state = {}     # param index -> dict of slot name -> backend array

    def update(self, params, grads):
        self.begin_step()
        up = self.update_param
        for i, p in enumerate(params):
            up(i, p, grads[i])

    def begin_step(self):
        self.t += 1

    def update_param(self, i, p, g):
        raise NotImplementedError

    def _slot(self, i, name, p):
        st = self.state.setdefault(i, {})
        s = st.get(name)
        if s is None:
            s = st[name] = p * 0.0  # zeros with p's dtype, device and namespace
        return s

    # --- state for checkpoints and files (host numpy arrays) ---
    def hyperparams(self):
        return {k: getattr(self, k) for k in self.hyper}

    def set_hyperparams(self, **kw):
        for k, v in kw.items():
            if k not in self.hyper:
                raise SpecError("opt.no_setting", name=self.name, key=repr(k), has=", ".join(self.hyper))
            setattr(self, k, float(v))

    def state_dict(self):
        return {"name": self.name, "hyper": self.hyperparams(), "t": self.t,
                "slots": {i: {k: to_numpy(v).copy() for k, v in st.items()} for i, st in self.state.items()}}

    def load_state_dict(self, d, asarray):
        """Restore from ``state_dict()``; ``asarray`` moves host arrays to the backend."""
        if d["name"] != self.name:
            raise SpecError("opt.state_for", got=str(d["name"]), name=self.name)
        self.set_hyperparams(**d["hyper"])
        self.t = int(d["t"])
        self.state = {int(i): {k: asarray(v) for k, v in st.items()} for i, st in d["slots"].items()}


class SGD(Optimizer):
    name, formula = "sgd", "w <- w - lr * dL/dw"

    def update(self, params, grads):
        # update_param's arithmetic without a call per parameter (the training loop's hot path)
        self.t += 1
        lr = self.lr
        for p, g in zip(params, grads):
            p -= lr * g

    def update_param(self, i, p, g):
        p -= self.lr * g


class Momentum(Optimizer):
    name, hyper = "momentum", ("lr", "momentum")
    formula = "v <- momentum * v - lr * dL/dw;  w <- w + v"

    def __init__(self, lr=0.01, momentum=0.9):
        super().__init__(lr)
        self.momentum = float(momentum)

    def update_param(self, i, p, g):
        v = self._slot(i, "v", p)
        v *= self.momentum
        v -= self.lr * g
        p += v


class Nesterov(Optimizer):
    """Nesterov's accelerated gradient in the book's form (common/optimizer.py)."""
    name, hyper = "nesterov", ("lr", "momentum")
    formula = "v <- m v - lr g;  w <- w + m^2 v - (1 + m) lr g"

    def __init__(self, lr=0.01, momentum=0.9):
        super().__init__(lr)
        self.momentum = float(momentum)

    def update_param(self, i, p, g):
        m = self.momentum
        v = self._slot(i, "v", p)
        v *= m
        v -= self.lr * g
        p += m * m * v
        p -= (1 + m) * self.lr * g


class AdaGrad(Optimizer):
    name = "adagrad"
    formula = "h <- h + g*g;  w <- w - lr g / (sqrt(h) + 1e-7)"

    def update_param(self, i, p, g):
        xp = _ns(p)
        h = self._slot(i, "h", p)
        h += g * g
        p -= self.lr * g / (xp.sqrt(h) + EPS)


class RMSprop(Optimizer):
    name, hyper = "rmsprop", ("lr", "decay_rate")
    formula = "h <- d h + (1 - d) g*g;  w <- w - lr g / (sqrt(h) + 1e-7)"

    def __init__(self, lr=0.01, decay_rate=0.99):
        super().__init__(lr)
        self.decay_rate = float(decay_rate)

    def update_param(self, i, p, g):
        xp = _ns(p)
        h = self._slot(i, "h", p)
        h *= self.decay_rate
        h += (1 - self.decay_rate) * g * g
        p -= self.lr * g / (xp.sqrt(h) + EPS)


class Adam(Optimizer):
    """Adam as the book writes it: bias correction folded into the step size."""
    name, hyper = "adam", ("lr", "beta1", "beta2")
    formula = "m <- m + (1-b1)(g - m);  v <- v + (1-b2)(g*g - v);  w <- w - lr_t m / (sqrt(v) + 1e-7)"

    def __init__(self, lr=0.001, beta1=0.9, beta2=0.999):
        super().__init__(lr)
        self.beta1, self.beta2 = float(beta1), float(beta2)

    def step_size(self):
        return self.lr * math.sqrt(1.0 - self.beta2 ** self.t) / (1.0 - self.beta1 ** self.t)

    def update_param(self, i, p, g):
        xp = _ns(p)
        m = self._slot(i, "m", p)
        v = self._slot(i, "v", p)
        m += (1 - self.beta1) * (g - m)
        v += (1 - self.beta2) * (g * g - v)
        p -= self.step_size() * m / (xp.sqrt(v) + EPS)


def _ns(a):
    return NUMPY if type(a) is np.ndarray else array_namespace(a)


OPTIMIZERS = {c.name: c for c in (SGD, Momentum, Nesterov, AdaGrad, RMSprop, Adam)}


def make(name, **kw):
    """Build an optimizer by name with its settings (unknown settings are refused)."""
    cls = OPTIMIZERS.get(name)
    if cls is None:
        raise SpecError("opt.unknown", name=repr(name), choices=", ".join(OPTIMIZERS))
    opt = cls()
    opt.set_hyperparams(**kw)
    return opt


def clip_grads(grads, max_norm, xp):
    """Scale all gradients so their global L2 norm is at most max_norm (the book's clip_grads).

    Returns the norm before clipping."""
    total = 0.0
    for g in grads:
        total += float(xp.sum(g * g))
    norm = math.sqrt(total)
    rate = max_norm / (norm + 1e-6)
    if rate < 1:
        for g in grads:
            g *= rate
    return norm
