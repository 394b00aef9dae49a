"""Every number of ../shared/reference/seed_examples.md, to 1e-8, from the engine itself."""
import numpy as np
import pytest

import core
from core.layers import naive_softmax, softmax

SEED000_W = [([[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]], [0.1, 0.2, 0.3]),
             ([[0.1, 0.4], [0.2, 0.5], [0.3, 0.6]], [0.1, 0.2]),
             ([[0.1, 0.3], [0.2, 0.4]], [0.1, 0.2])]


def host(a):
    return core.to_numpy(a)


def test_three_layer_forward_pass(backend):
    net = core.Network.from_spec({"sizes": [2, 3, 2, 2], "activation": "sigmoid", "output": "identity",
                                  "loss": "mse", "backend": backend}, weights=SEED000_W)
    y = host(net.predict(np.array([[1.0, 0.5]])))
    np.testing.assert_allclose(y, [[0.31682708, 0.69627909]], atol=1e-8)


def test_stable_softmax_and_naive_overflow():
    a = np.array([1010.0, 1000.0, 990.0])
    np.testing.assert_allclose(softmax(a), [9.99954600e-01, 4.53978686e-05, 2.06106005e-09], rtol=1e-8)
    with np.errstate(over="ignore", invalid="ignore"):
        naive = naive_softmax(a)
    assert np.all(np.isnan(naive))
    # shift invariance, row-wise on a batch
    rng = np.random.default_rng(3)
    b = rng.standard_normal((4, 5))
    np.testing.assert_allclose(softmax(b + 123.0), softmax(b), atol=1e-12)
    np.testing.assert_allclose(softmax(b).sum(axis=1), 1.0, atol=1e-12)
    np.testing.assert_allclose(softmax(b)[2], softmax(b[2:3])[0], atol=1e-15)


def seed004_net(backend="numpy"):
    w1 = np.array([[0.3, 0.25], [0.4, 0.35]])  # (out, in) as the seed writes it
    w2 = np.array([[0.45, 0.4], [0.7, 0.6]])
    return core.Network.from_spec({"sizes": [2, 2, 2], "activation": "sigmoid", "output": "sigmoid",
                                   "loss": "mse", "bias": False, "backend": backend},
                                  weights=[(w1.T, None), (w2.T, None)])


def test_backprop_by_hand(backend):
    net = seed004_net(backend)
    x, t = np.array([[0.1, 0.2]]), np.array([[0.4, 0.6]])
    E = net.forward(x, t)
    h = host(net.layers[1].out)
    o = host(net.layers[3].out)
    np.testing.assert_allclose(h, [[0.51998934, 0.52747230]], atol=1e-8)
    np.testing.assert_allclose(o, [[0.60944600, 0.66384491]], atol=1e-8)
    np.testing.assert_allclose(0.5 * (t - o) ** 2, [[0.02193381, 0.00203809]], atol=1e-8)
    assert E == pytest.approx(0.02397190, abs=1e-8)
    net.backward()
    core.optimizers.SGD(lr=0.5).update(net.params, net.grads)
    (W1, _), (W2, _) = net.get_weights()
    np.testing.assert_allclose(W2.T, [[0.43703857, 0.38685205], [0.69629578, 0.59624247]], atol=1e-8)
    np.testing.assert_allclose(W1.T, [[0.29959556, 0.24919112], [0.39964496, 0.34928991]], atol=1e-8)
    E2 = net.forward(x, t)
    np.testing.assert_allclose(host(net.layers[3].out), [[0.60617688, 0.66295848]], atol=1e-8)
    assert E2 == pytest.approx(0.02323634, abs=1e-8)


BOOK = {"network": {"sizes": [2, 10, 3], "activation": "sigmoid", "output": "softmax",
                    "loss": "cross_entropy", "init": "book", "seed": 0},
        "data": {"name": "spiral", "seed": 1984, "noise": 0, "test_ratio": 0.0},
        "train": {"optimizer": "sgd", "lr": 1.0, "batch_size": 30, "seed": 0}}


def test_book_spiral_run():
    s = core.Session.from_spec(BOOK)
    assert s.n_train == 300 and s.iters_per_epoch == 10
    for _ in range(300 * 10):
        s.step()
    last = s.epoch_history[-1]
    assert s.epoch == 300 and last["iteration"] == 3000
    assert np.mean(s.loss_history[-10:]) < 0.15
    assert last["train_loss"] < 0.15
    # accuracy of the trained network over the whole training set
    _, acc = s.evaluate("train")
    assert acc > 0.95
    assert s.loss_history[0] == pytest.approx(np.log(3), abs=0.02)  # starts at chance


def test_book_spiral_with_trainer():
    x, t = core.datasets.spiral(seed=1984)
    net = core.Network.from_spec(BOOK["network"])
    losses = core.Trainer(net, core.optimizers.SGD(lr=1.0)).fit(x, t, max_epoch=300, batch_size=30,
                                                                eval_interval=10)
    assert len(losses) == 300
    assert losses[0] > 1.0 and losses[-1] < 0.15


def gate_session(gate, sizes, activation="sigmoid", steps=4000, lr=1.0, seed=0):
    spec = {"network": {"sizes": sizes, "activation": activation, "output": "sigmoid", "loss": "bce",
                        "init": "xavier", "seed": seed},
            "data": {"name": gate}, "train": {"optimizer": "sgd", "lr": lr, "batch_size": 4}}
    s = core.Session.from_spec(spec)
    for _ in range(steps):
        s.step()
    return s.evaluate("train")[1]


@pytest.mark.parametrize("gate", ["gate_and", "gate_or", "gate_nand"])
def test_single_layer_learns_linear_gates(gate):
    assert gate_session(gate, [2, 1]) == 1.0


def test_xor_needs_a_hidden_layer():
    assert gate_session("gate_xor", [2, 1]) <= 0.75  # no line separates XOR
    accs = [gate_session("gate_xor", [2, 2, 1], activation="tanh", steps=3000, seed=s) for s in range(3)]
    assert max(accs) == 1.0
    assert gate_session("gate_xor", [2, 4, 1], activation="tanh", steps=3000) == 1.0
