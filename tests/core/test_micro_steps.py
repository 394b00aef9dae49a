"""Session.micro_steps() is safe to interleave, and Session's position is readable without its privates."""
import numpy as np
import pytest

import core

SPECS = [
    {},  # the book's spiral, sigmoid, SGD
    {"network": {"sizes": [3, 8, 6, 3], "activation": ["relu", "tanh"], "regularization": "l2", "reg_rate": 0.01},
     "data": {"test_ratio": 0.3, "features": ["x1", "x2", "x1*x2"]},
     "train": {"optimizer": "adam", "lr": 0.01, "batch_size": 16, "max_grad": 1.0}},
    {"network": {"sizes": [2, 5, 1], "activation": "tanh", "output": "sigmoid", "loss": "bce"},
     "data": {"name": "circle", "n": 64, "test_ratio": 0.25}, "train": {"optimizer": "momentum", "batch_size": 8}},
]


def _state(s):
    st = s.checkpoint()
    return ([p.copy() for p in st["params"]], st["optimizer"], st["iteration"], st["epoch"], st["batch"],
            list(s.loss_history), [dict(r) for r in s.epoch_history], st["epoch_correct"])


def _same(a, b):
    pa, oa, *ra = a
    pb, ob, *rb = b
    assert len(pa) == len(pb) and all(np.array_equal(x, y) for x, y in zip(pa, pb))
    for i, slots in oa["slots"].items():
        for k, v in slots.items():
            assert np.array_equal(v, ob["slots"][i][k])
    assert ra == rb


def _meddle(s):
    """What a window or a lesson does while a stage is shown."""
    s.evaluate("train")
    s.evaluate("test")
    s.network.output(s.x_train[:7])
    s.trace(s.dataset.x[3])
    s.checkpoint()
    core.decision_grid(s.network, (-1.0, 1.0, -1.0, 1.0), resolution=8, features=s.features)


@pytest.mark.parametrize("spec", SPECS)
def test_evaluating_between_every_pair_of_stages_equals_step_bitwise(spec):
    a, b = core.Session(spec), core.Session(spec)
    # several iterations, across an epoch end (the end-of-epoch test evaluation and accuracy count)
    for _ in range(a.iters_per_epoch + 3):
        a.step()
        for _ev in b.micro_steps():
            _meddle(b)
        _same(_state(a), _state(b))


def test_next_batch_rows_is_exact_and_draws_nothing():
    s = core.Session({"train": {"batch_size": 50}})
    for _ in range(2 * s.iters_per_epoch + 1):
        rows = s.next_batch_rows()
        state = s.rng.bit_generator.state
        assert s.next_batch_rows().tolist() == rows.tolist() and s.rng.bit_generator.state == state
        seen = next(ev for ev in s.micro_steps() if ev.stage == "loss").rows   # then the generator is closed
        assert seen.tolist() == rows.tolist()
        s.step()


def test_public_position_accessors_are_read_only():
    s = core.Session({})
    assert s.batch_in_epoch == 0 and s.shuffle_order is None
    s.step()
    assert s.batch_in_epoch == 1
    order = s.shuffle_order
    assert sorted(order.tolist()) == list(range(s.n_train))
    with pytest.raises(ValueError):
        order[0] = 5
    with pytest.raises(AttributeError):
        s.batch_in_epoch = 3
