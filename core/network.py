"""A feed-forward network built from a JSON-able spec, in the book's layer protocol."""
from __future__ import annotations

import math

import numpy as np

from . import init as initialisers
from .backend import Backend, to_numpy
from .errors import NumericError, SpecError
from .layers import ACTIVATIONS, Affine, MatMul
from .losses import MSELoss, SigmoidWithLoss, SoftmaxWithLoss
from .messages import msg, plain
from .spec import NETWORK_DEFAULTS, OUTPUTS, REGULARIZATIONS, check_range, normalize_network  # noqa: F401

# the spec's rules live in core.spec; these names stay importable from here
DEFAULT_SPEC = NETWORK_DEFAULTS
normalize_spec = normalize_network


class Network:
    """Layers run in order; the loss layer last; backward in reverse (the book's TwoLayerNet, generalised).

    ``dense`` lists, per weight layer, (index of its linear layer, index of its
    activation layer or None) into ``layers`` — what the diagram calls a layer.
    """

    def __init__(self, layers, loss_layer, spec, backend):
        self.layers, self.loss_layer = layers, loss_layer
        self.spec, self.backend, self.xp = spec, backend, backend.xp
        self.params, self.grads, self.owners = [], [], []
        for li, layer in enumerate(layers):
            for pi, _ in enumerate(layer.params):
                self.owners.append((li, layer.names[pi]))
            self.params += layer.params
            self.grads += layer.grads
        self.dense = []
        for li, layer in enumerate(layers):
            if isinstance(layer, MatMul):  # Affine is a MatMul with a bias
                self.dense.append([li, None])
            elif self.dense:
                self.dense[-1][1] = li
        self.dense = [tuple(d) for d in self.dense]
        self.reg, self.reg_rate = spec["regularization"], float(spec["reg_rate"])
        self._w_index = [i for i, (_, n) in enumerate(self.owners) if n == "W"]
        self._convert = backend.name != "numpy"  # host numpy inputs need moving to the device
        self.need_dx = True  # the book's backward returns dL/dx; Session turns it off

    # --- building ---
    @classmethod
    def from_spec(cls, spec, weights=None, inference=False):
        spec = normalize_spec(spec, inference)
        be = Backend(spec.get("backend", "numpy"))
        xp, dt = be.xp, be.dtype(spec["dtype"])
        sizes = spec["sizes"]
        rng = np.random.default_rng(spec["seed"])
        init = initialisers.get(spec["init"])
        acts = spec["activation"]
        acts = [acts] * (len(sizes) - 2) if isinstance(acts, str) else acts
        layers = []
        for i in range(len(sizes) - 1):
            W, b = init(rng, sizes[i], sizes[i + 1])
            W = be.asarray(W, dt)
            layers.append(Affine(W, be.asarray(b, dt), xp=xp) if spec["bias"] else MatMul(W, xp=xp))
            if i < len(sizes) - 2:
                layers.append(_activation(acts[i], xp))
        out, loss = spec["output"], spec["loss"]
        if loss == "cross_entropy":
            loss_layer = SoftmaxWithLoss(xp)
        elif loss == "bce":
            loss_layer = SigmoidWithLoss(xp)
        else:
            if out != "identity":
                layers.append(ACTIVATIONS[out](xp=xp))
            loss_layer = MSELoss(xp)
        net = cls(layers, loss_layer, spec, be)
        w = weights if weights is not None else spec.get("weights")
        if w is not None:
            net.set_weights(w)
        return net

    # --- the book's API ---
    def predict(self, x):
        """Output-layer scores before the loss (logits for softmax/sigmoid losses), as the book."""
        if self._convert:  # host data to the device; tested inline: this runs every step
            x = self._in(x)
        for layer in self.layers:
            x = layer.forward(x)
        return x

    def output(self, x):
        """What the network answers: probabilities for softmax/sigmoid losses, else the scores."""
        return self.loss_layer.output(self.predict(x))

    def forward(self, x, t):
        score = self.predict(x)
        loss = self.loss_layer.forward(score, self._in(t) if self._convert else t)
        return loss + self.penalty() if self.reg and self.reg_rate else loss

    def backward(self, dout=1.0):
        """Fill the grads. Returns dL/dx of the first layer unless ``need_dx`` is off
        (training never needs it, and on a wide input it is the largest product)."""
        dout = self.loss_layer.backward(dout)
        layers = self.layers
        for layer in layers[:0:-1]:
            dout = layer.backward(dout)
        if self.need_dx:
            dout = layers[0].backward(dout)
        else:
            layers[0].backward_params(dout)
            dout = None
        if self.reg and self.reg_rate:
            self.add_penalty_grads()
        return dout

    # --- regularisation (weights only, never biases) ---
    def penalty(self):
        xp, r = self.xp, self.reg_rate
        if self.reg == "l2":
            return 0.5 * r * sum(float(xp.sum(self.params[i] * self.params[i])) for i in self._w_index)
        return r * sum(float(xp.sum(xp.abs(self.params[i]))) for i in self._w_index)

    def add_penalty_grads(self, only=None):
        xp, r = self.xp, self.reg_rate
        for i in self._w_index:
            if only is not None and self.owners[i][0] != only:
                continue
            W = self.params[i]
            self.grads[i] += r * W if self.reg == "l2" else r * xp.sign(W)

    def set_regularization(self, kind, rate):
        """Change the penalty live; refused (nothing changed) outside the spec's range."""
        if kind not in REGULARIZATIONS:
            raise SpecError("spec.reg_kind", kind=repr(kind))
        rate = check_range("network.reg_rate", rate, "regularisation rate")
        self.reg, self.reg_rate = kind, float(rate)
        self.spec["regularization"], self.spec["reg_rate"] = kind, float(rate)

    # --- weights as host numpy, per dense layer ---
    def get_weights(self):
        out = []
        for li, _ in self.dense:
            layer = self.layers[li]
            W = to_numpy(layer.params[0]).copy()
            b = to_numpy(layer.params[1]).copy() if len(layer.params) > 1 else None
            out.append((W, b))
        return out

    def set_weights(self, ws):
        ws = list(ws)
        if len(ws) != len(self.dense):
            raise SpecError("net.weights_count", n=len(self.dense), got=len(ws))
        dt = self.backend.dtype(self.spec["dtype"])
        for k, ((li, _), pair) in enumerate(zip(self.dense, ws)):
            layer = self.layers[li]
            if isinstance(pair, dict):
                pair = (pair.get("W"), pair.get("b"))
            W, b = (pair[0], pair[1] if len(pair) > 1 else None)
            W = np.asarray(W, dtype=np.float64)
            if W.shape != tuple(layer.params[0].shape):
                raise SpecError("net.w_shape", l=k + 1, a=self.spec["sizes"][k], b=self.spec["sizes"][k + 1],
                                got=str(W.shape), want=str(tuple(layer.params[0].shape)))
            has_b = len(layer.params) > 1
            if has_b and b is None:
                raise SpecError("net.b_missing", l=k + 1, want=str(tuple(layer.params[1].shape)))
            if not has_b and b is not None:
                raise SpecError("net.b_extra", l=k + 1)
            if has_b:
                b = np.asarray(b, dtype=np.float64)
                if b.shape != tuple(layer.params[1].shape):
                    raise SpecError("net.b_shape", l=k + 1, got=str(b.shape), want=str(tuple(layer.params[1].shape)))
            layer.params[0][...] = self.backend.asarray(W, dt)
            if has_b:
                layer.params[1][...] = self.backend.asarray(b, dt)

    def set_weight(self, layer, i, j, value):
        """Set one weight W[i, j] of dense layer ``layer`` (0-based) — the app's click-to-edit."""
        W = self.layers[self.dense[layer][0]].params[0]
        if not (0 <= i < W.shape[0] and 0 <= j < W.shape[1]):
            raise SpecError("net.edit_outside", l=layer + 1, shape=str(tuple(W.shape)), i=i, j=j)
        if not math.isfinite(value):
            raise SpecError("net.edit_finite", value=repr(value))
        W[i, j] = value

    def get_grads(self):
        out = []
        for li, _ in self.dense:
            layer = self.layers[li]
            out.append((to_numpy(layer.grads[0]).copy(),
                        to_numpy(layer.grads[1]).copy() if len(layer.grads) > 1 else None))
        return out

    def astype(self, dtype):
        """A copy of this network in another dtype — float16 for inference or storage (seed 001)."""
        return Network.from_spec(dict(self.spec, dtype=dtype), weights=self.get_weights(), inference=True)

    # --- numbers going bad ---
    def find_nonfinite(self, x):
        """Where a NaN/inf first appears for input x: (stage, layer index, layer name) or None.

        Parameters are checked first (a bad update), then each layer's output in order."""
        xp = self.xp
        for li, layer in enumerate(self.layers):
            for p, n in zip(layer.params, layer.names):
                if not bool(xp.all(xp.isfinite(p))):
                    return ("update", li, f"{type(layer).__name__}.{n}")
        h = self._in(x)
        for li, layer in enumerate(self.layers):
            h = layer.forward(h)
            if not bool(xp.all(xp.isfinite(h))):
                return ("forward", li, type(layer).__name__)
        return ("loss", len(self.layers), type(self.loss_layer).__name__)

    def check_finite(self, loss, x, where=None, *, iteration=None, epoch=None):
        """Raise NumericError naming where the NaN/inf came from when ``loss`` is not finite.

        ``iteration`` / ``epoch`` say when (for the message); ``where`` is the older form
        (" at iteration N" / " in epoch N"), kept only as text."""
        if math.isfinite(loss):
            return
        stage, li, name = self.find_nonfinite(x)
        what = msg(f"numeric.what.{stage}", name=name, l=li + 1)
        if iteration is not None:
            when = msg("numeric.at_iteration", it=iteration)
        elif epoch is not None:
            when = msg("numeric.in_epoch", ep=epoch)
        else:
            when = plain(where or "")
        raise NumericError(msg("numeric.stopped", where=when, what=what), stage=stage, layer=li, name=name,
                           iteration=iteration, epoch=epoch)

    def _in(self, a):
        if self._convert and isinstance(a, np.ndarray):
            return self.backend.asarray(a, self.spec["dtype"])
        return a

    def describe(self):
        """The layer chain as the seeds draw it, e.g. ['Affine', 'Sigmoid', 'Affine', 'SoftmaxWithLoss']."""
        return [type(l).__name__ for l in self.layers] + [type(self.loss_layer).__name__]

    def __repr__(self):
        return f"Network({self.spec['sizes']}, {' -> '.join(self.describe())})"


def _activation(a, xp):
    if isinstance(a, dict):
        kw = {k: v for k, v in a.items() if k != "name"}
        return ACTIVATIONS[a["name"]](xp=xp, **kw)
    return ACTIVATIONS[a](xp=xp)
