import numpy as np
import pytest

import core
from core import layers


@pytest.mark.parametrize("cls", [layers.Sigmoid, layers.Tanh, layers.ELU, layers.ReLU, layers.LeakyReLU])
def test_activations_never_overflow(cls):
    x = np.array([[-1e4, -800.0, -1.0, 0.0, 1.0, 800.0, 1e4]])
    with np.errstate(all="raise"):
        y = cls().forward(x)
    assert np.all(np.isfinite(y))


def test_sigmoid_values_and_saturation():
    y = layers.Sigmoid().forward(np.array([-1e4, 0.0, 1e4, 0.3]))
    assert y[0] == 0.0 and y[1] == 0.5 and y[2] == 1.0
    assert y[3] == pytest.approx(1 / (1 + np.exp(-0.3)), abs=1e-15)


def test_softmax_with_loss_accepts_extreme_scores():
    loss = core.losses.SoftmaxWithLoss()
    with np.errstate(all="raise"):
        v = loss.forward(np.array([[1010.0, 1000.0, 990.0]]), np.array([[1.0, 0, 0]]))
    assert v == pytest.approx(-np.log(9.99954600e-01), abs=1e-8)


def test_leaky_relu_and_elu_parameters():
    x = np.array([-2.0, 3.0])
    np.testing.assert_allclose(layers.LeakyReLU(alpha=0.1).forward(x), [-0.2, 3.0])
    np.testing.assert_allclose(layers.ELU(alpha=2.0).forward(x), [2.0 * np.expm1(-2.0), 3.0])
    net = core.Network.from_spec({"sizes": [2, 3, 2], "activation": [{"name": "leaky_relu", "alpha": 0.2}]})
    assert net.layers[1].alpha == 0.2


def test_grads_share_memory_with_layers():
    net = core.Network.from_spec({"sizes": [2, 4, 3]})
    net.forward(np.ones((2, 2)), np.eye(3)[:2])
    net.backward()
    assert net.grads[0] is net.layers[0].grads[0]
    assert np.any(net.grads[0] != 0)
    core.optimizers.SGD(lr=0.1).update(net.params, net.grads)
    assert net.params[0] is net.layers[0].params[0]


def test_float32_training_and_float16_inference():
    s = core.Session.from_spec({"network": {"sizes": [2, 10, 3], "dtype": "float32"}})
    for _ in range(20):
        s.step()
    assert s.network.params[0].dtype == np.float32
    half = s.network.astype("float16")
    assert half.params[0].dtype == np.float16
    x = np.asarray(s.x_train[:20], dtype=np.float16)
    np.testing.assert_allclose(half.output(x).astype(np.float64), s.network.output(s.x_train[:20]), atol=2e-2)
    with pytest.raises(core.SpecError, match="float16"):
        core.Network.from_spec({"sizes": [2, 3], "dtype": "float16"})


@pytest.mark.parametrize("spec, msg", [
    ({"sizes": [2]}, "at least two"),
    ({"sizes": [2, 3, 2], "activation": "swish"}, "hidden layer 1: unknown activation"),
    ({"sizes": [2, 3, 2], "activation": ["relu", "tanh"]}, "2 entries but the network has 1"),
    ({"sizes": [2, 2], "output": "identity", "loss": "cross_entropy"}, "cross_entropy needs output 'softmax'"),
    ({"sizes": [2, 2], "init": "zeros"}, "unknown initialiser"),
    ({"sizes": [2, 2], "colour": 1}, "unknown network setting"),
])
def test_bad_specs_say_what_is_wrong(spec, msg):
    with pytest.raises(core.SpecError, match=msg):
        core.Network.from_spec(spec)


def test_set_weights_names_the_layer():
    net = core.Network.from_spec({"sizes": [2, 3, 2]})
    with pytest.raises(core.SpecError, match=r"layer 2 .*W has shape \(2, 2\), expected \(3, 2\)"):
        net.set_weights([(np.zeros((2, 3)), np.zeros(3)), (np.zeros((2, 2)), np.zeros(2))])


@pytest.mark.parametrize("name", ["book", "xavier", "he", "uniform"])
def test_initialisers(name):
    net = core.Network.from_spec({"sizes": [50, 40, 2], "init": name, "seed": 1})
    (W, b), _ = net.get_weights()
    expected_std = {"book": 0.01, "xavier": 1 / np.sqrt(50), "he": np.sqrt(2 / 50), "uniform": 1 / np.sqrt(12)}[name]
    assert W.std() == pytest.approx(expected_std, rel=0.1)
    assert np.all(b == (0.1 if name == "uniform" else 0.0))
    if name == "uniform":
        assert W.min() >= -0.5 and W.max() <= 0.5


def test_cupy_backend_refuses_clearly_without_gpu():
    try:
        import cupy  # noqa: F401
        pytest.skip("CuPy is installed")
    except ImportError:
        pass
    with pytest.raises(core.BackendError, match="CuPy"):
        core.Network.from_spec({"sizes": [2, 2], "backend": "cupy"})
