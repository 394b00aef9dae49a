import numpy as np
import pytest

import core
from core import optimizers as O


def quad_run(opt, steps=200):
    """Minimise 0.5 * |p - target|^2 from 0; returns the final distance."""
    target = np.array([1.0, -2.0, 3.0])
    p = np.zeros(3)
    for _ in range(steps):
        opt.update([p], [p - target])
    return np.linalg.norm(p - target)


@pytest.mark.parametrize("name, kw", [("sgd", {"lr": 0.1}), ("momentum", {"lr": 0.05}), ("nesterov", {"lr": 0.05}),
                                      ("adagrad", {"lr": 0.5}), ("rmsprop", {"lr": 0.05}), ("adam", {"lr": 0.1})])
def test_each_optimizer_converges(name, kw):
    assert quad_run(O.make(name, **kw), 500) < 0.05


def test_adam_matches_the_book_formula():
    opt = O.Adam(lr=0.1)
    p, g = np.array([1.0]), np.array([0.5])
    opt.update([p], [g])
    m, v = 0.1 * 0.5, 0.001 * 0.25
    lr_t = 0.1 * np.sqrt(1 - 0.999) / (1 - 0.9)
    assert p[0] == pytest.approx(1.0 - lr_t * m / (np.sqrt(v) + 1e-7), abs=1e-15)


def test_momentum_formula():
    opt = O.Momentum(lr=0.1, momentum=0.9)
    p = np.array([0.0])
    opt.update([p], [np.array([1.0])])
    opt.update([p], [np.array([1.0])])
    assert p[0] == pytest.approx(-0.1 + (-0.09 - 0.1))


def test_state_round_trip():
    a = O.Adam(lr=0.01)
    p = np.ones(4)
    for _ in range(3):
        a.update([p], [p * 0.3])
    st = a.state_dict()
    b = O.Adam()
    b.load_state_dict(st, np.asarray)
    q = p.copy()
    a.update([p], [p * 0.3])
    b.update([q], [q * 0.3])
    assert np.array_equal(p, q)
    with pytest.raises(core.SpecError, match="adam, not sgd"):
        O.SGD().load_state_dict(st, np.asarray)


def test_unknown_setting_refused():
    with pytest.raises(core.SpecError, match="has no setting 'beta1'"):
        O.make("sgd", beta1=0.9)


def test_clip_grads_global_norm():
    g = [np.array([3.0, 0.0]), np.array([4.0])]
    norm = O.clip_grads(g, 1.0, np)
    assert norm == pytest.approx(5.0)
    total = np.sqrt(sum(float((x * x).sum()) for x in g))
    assert total == pytest.approx(1.0, abs=1e-6)
    small = [np.array([0.1])]
    O.clip_grads(small, 1.0, np)
    assert small[0][0] == 0.1
