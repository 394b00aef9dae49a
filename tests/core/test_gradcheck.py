"""Backprop against central differences for every activation x loss, with and without bias."""
import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import core
from core.layers import HIDDEN_ACTIVATIONS

HEADS = [("softmax", "cross_entropy"), ("sigmoid", "bce"), ("identity", "mse"), ("sigmoid", "mse"),
         ("tanh", "mse"), ("softmax", "mse")]


def targets(rng, out, loss, n, k):
    if loss == "cross_entropy":
        return np.eye(k)[rng.integers(0, k, n)]
    if loss == "bce":
        return rng.integers(0, 2, (n, k)).astype(float)
    return rng.standard_normal((n, k))


@settings(max_examples=200, deadline=None)
@given(act=st.sampled_from(HIDDEN_ACTIVATIONS), head=st.sampled_from(HEADS), bias=st.booleans(),
       sizes=st.lists(st.integers(1, 5), min_size=1, max_size=3), n=st.integers(1, 6),
       seed=st.integers(0, 10_000), reg=st.sampled_from([None, "l2", "l1"]))
def test_gradients_match_finite_differences(act, head, bias, sizes, n, seed, reg):
    out, loss = head
    k = 1 if loss == "bce" else max(2, sizes[-1])
    rng = np.random.default_rng(seed)
    spec = {"sizes": [sizes[0]] + sizes[1:] + [k], "activation": act, "output": out, "loss": loss,
            "bias": bias, "init": "xavier", "seed": seed, "regularization": reg, "reg_rate": 0.05}
    if len(spec["sizes"]) < 2:
        spec["sizes"] = [sizes[0], k]
    net = core.Network.from_spec(spec)
    net.set_weights([(rng.standard_normal(W.shape), None if b is None else rng.standard_normal(b.shape))
                     for W, b in net.get_weights()])
    x = rng.standard_normal((n, spec["sizes"][0]))
    t = targets(rng, out, loss, n, k)
    # a pre-activation sitting on a ReLU kink (exactly 0 when a dead unit feeds a bias-free
    # layer) has no derivative, and ELU's second derivative jumps at 0: finite differences
    # straddling 0 measure the kink, not backprop
    net.predict(x)
    for layer in net.layers:
        if layer.kind in ("relu", "leaky_relu", "elu"):
            assume(np.min(np.abs(layer.x)) > 0.05)  # the stencil reaches 2e-3 * |input|
    if reg == "l1":  # |w| has a kink at 0 too
        assume(all(np.min(np.abs(W)) > 1e-3 for W, _ in net.get_weights()))
    for r in core.gradient_check(net, x, t):
        assert r["max_rel_error"] < 1e-6, (spec, r)


def test_gradient_check_runs_on_every_backend(backend):
    rng = np.random.default_rng(1)
    net = core.Network.from_spec({"sizes": [3, 4, 3], "activation": "tanh", "backend": backend, "init": "xavier"})
    x, t = rng.standard_normal((5, 3)), np.eye(3)[[0, 1, 2, 0, 1]]
    res = core.gradient_check(net, x, t)
    assert len(res) == 4 and max(r["max_rel_error"] for r in res) < 1e-6


def test_gradient_check_catches_a_broken_backward(monkeypatch):
    net = core.Network.from_spec({"sizes": [2, 3, 2], "activation": "sigmoid"})
    sig = net.layers[1]
    monkeypatch.setattr(sig, "backward", lambda dout: dout * sig.out)  # wrong derivative
    rng = np.random.default_rng(0)
    res = core.gradient_check(net, rng.standard_normal((4, 2)), np.eye(2)[[0, 1, 1, 0]])
    assert max(r["max_rel_error"] for r in res) > 1e-2


def test_gradient_check_leaves_parameters_unchanged():
    net = core.Network.from_spec({"sizes": [2, 3, 2], "init": "xavier"})
    before = [p.copy() for p in net.params]
    core.gradient_check(net, np.ones((2, 2)), np.eye(2))
    for a, b in zip(before, net.params):
        assert np.array_equal(a, b)
