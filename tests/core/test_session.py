"""Sessions: stage-by-stage stepping equals step() bitwise; checkpoints replay bitwise; live settings."""
import numpy as np
import pytest

import core
from core.events import BackwardLayer, ForwardLayer, Loss, Update

SPEC = {"network": {"sizes": [2, 10, 3], "activation": "sigmoid", "seed": 0},
        "data": {"name": "spiral", "seed": 1984},
        "train": {"optimizer": "sgd", "lr": 1.0, "batch_size": 30, "seed": 0}}


def params(s):
    return [core.to_numpy(p).copy() for p in s.network.params]


def same(a, b):
    return len(a) == len(b) and all(np.array_equal(x, y) for x, y in zip(a, b))


def with_backend(spec, backend, **train):
    spec = {k: dict(v) for k, v in spec.items()}
    spec["network"]["backend"] = backend
    spec["train"].update(train)
    return spec


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"])
def test_stage_stepping_equals_step_bitwise(backend, optimizer):
    spec = with_backend(SPEC, backend, optimizer=optimizer, lr=0.1, max_grad=1.0)
    spec["network"]["regularization"], spec["network"]["reg_rate"] = "l2", 0.001
    a, b = core.Session.from_spec(spec), core.Session.from_spec(spec)
    for i in range(25):  # crosses epoch boundaries (10 iterations each)
        a.step()
        list(b.micro_steps())
        assert same(params(a), params(b)), f"diverged at iteration {i}"
    assert a.loss_history == b.loss_history
    assert a.epoch_history == b.epoch_history


def test_event_order_and_contents():
    s = core.Session.from_spec(SPEC)
    ev = list(s.micro_steps())
    kinds = [type(e).__name__ for e in ev]
    assert kinds == ["ForwardLayer"] * 3 + ["Loss"] + ["BackwardLayer"] * 4 + ["Update"] * 4
    assert [e.index for e in ev] == list(range(12))
    assert all(e.iteration == 0 for e in ev)
    f0, f1 = ev[0], ev[1]
    assert f0.name == "Affine" and f0.x.shape == (30, 2) and f0.out.shape == (30, 10)
    np.testing.assert_array_equal(f1.x, f0.out)
    loss = ev[3]
    assert isinstance(loss, Loss) and loss.value == s.loss_history[0]
    np.testing.assert_allclose(loss.probs.sum(axis=1), 1.0)
    assert loss.rows.shape == (30,)
    upd = ev[8]
    assert isinstance(upd, Update) and upd.name == "W" and upd.layer == 0
    np.testing.assert_allclose(upd.after, upd.before - 1.0 * upd.grad)
    bw = [e for e in ev if isinstance(e, BackwardLayer)]
    assert [e.layer for e in bw] == [3, 2, 1, 0]
    sig = bw[2]
    np.testing.assert_allclose(sig.dx, sig.dout * sig.derivative)
    with pytest.raises(ValueError):
        f0.out[0, 0] = 1.0  # events are read-only
    assert isinstance(f0, ForwardLayer)


def test_abandoned_iteration_leaves_no_trace():
    s = core.Session.from_spec(SPEC)
    s.step()
    before = params(s)
    gen = s.micro_steps()
    for _ in range(9):  # into the updates
        next(gen)
    gen.close()
    assert same(params(s), before) and s.iteration == 1 and len(s.loss_history) == 1
    ref = core.Session.from_spec(SPEC)
    ref.step()
    ref.step()
    s.step()
    assert same(params(s), params(ref))


def test_iteration_complete_when_last_event_seen():
    s = core.Session.from_spec(SPEC)
    gen = s.micro_steps()
    for _ in range(12):
        next(gen)
    gen.close()
    assert s.iteration == 1


def test_checkpoint_restore_replays_bitwise(backend):
    spec = with_backend(SPEC, backend, optimizer="adam", lr=0.01)
    s = core.Session.from_spec(spec)
    states, trail = {}, {}
    for k in range(35):
        states[k] = s.checkpoint()
        s.step()
        trail[k + 1] = params(s)
    for k in (0, 7, 10, 23):
        s.restore(states[k])
        assert s.iteration == k and len(s.loss_history) == k
        for j in range(k, 35):
            s.step()
            assert same(params(s), trail[j + 1]), f"replay from {k} differs at {j + 1}"


def test_epoch_history_and_test_split():
    spec = {k: dict(v) for k, v in SPEC.items()}
    spec["data"]["test_ratio"] = 0.2
    s = core.Session.from_spec(spec)
    assert s.n_train == 240 and s.raw_test.shape == (60, 2)
    s.step_epoch()
    assert s.iteration == 8 and s.epoch == 1
    rec = s.epoch_history[-1]
    assert rec["test_loss"] is not None and 0 <= rec["test_acc"] <= 1 and 0 <= rec["train_acc"] <= 1
    assert rec["train_loss"] == pytest.approx(np.mean(s.loss_history[-8:]))


def test_running_accuracy_counts_the_batches():
    s = core.Session.from_spec(SPEC)
    correct = 0
    for _ in range(10):
        ev = list(s.micro_steps())
        loss = ev[3]
        correct += int(np.sum(np.argmax(loss.probs, 1) == np.argmax(loss.targets, 1)))
    assert s.epoch_history[-1]["train_acc"] == pytest.approx(correct / 300)


def test_live_settings():
    s = core.Session.from_spec(SPEC)
    s.step()
    s.set_train(lr=0.5)
    assert s.optimizer.lr == 0.5
    s.set_train(optimizer="adam", lr=0.01)
    assert s.optimizer.name == "adam" and s.optimizer.t == 0
    s.set_train(batch_size=10)  # mid-epoch: takes effect at the next epoch
    assert s.batch_size == 30
    s.step_epoch()
    assert s.batch_size == 10 and s.iters_per_epoch == 30
    with pytest.raises(core.SpecError, match="learning rate"):
        s.set_train(lr=-1)
    with pytest.raises(core.SpecError, match="unknown optimizer"):
        s.set_train(optimizer="lbfgs")


def test_numeric_error_names_stage_and_layer():
    spec = {k: dict(v) for k, v in SPEC.items()}
    # softmax + cross-entropy has bounded gradients (|y - t| <= 1): weights only grow linearly and
    # never overflow. Squared error with a linear output is the classic divergence.
    spec["network"].update(activation="tanh", output="identity", loss="mse")
    spec["train"]["lr"] = 10.0
    s = core.Session.from_spec(spec)
    with pytest.raises(core.NumericError) as err, np.errstate(all="ignore"):
        for _ in range(3000):
            s.step()
    e = err.value
    assert e.stage in ("forward", "update", "loss") and e.layer is not None
    assert "learning rate" in str(e)
    it = s.iteration
    # nothing was updated by the failing step: the same error again, at the same iteration
    with pytest.raises(core.NumericError), np.errstate(all="ignore"):
        s.step()
    assert s.iteration == it


def test_softmax_spiral_does_not_blow_up_even_at_huge_learning_rates():
    spec = {k: dict(v) for k, v in SPEC.items()}
    spec["train"]["lr"] = 1000.0
    s = core.Session.from_spec(spec)
    with np.errstate(over="raise", invalid="raise", divide="raise"):  # underflow is harmless
        for _ in range(300):
            s.step()
    assert np.isfinite(s.loss_history[-1])


def test_mismatched_data_and_network_are_explained():
    with pytest.raises(core.SpecError, match="3 classes but the output layer has 2"):
        core.Session.from_spec({"network": {"sizes": [2, 5, 2]}, "data": {"name": "spiral"}})
    with pytest.raises(core.SpecError, match="input neuron"):
        core.Session.from_spec({"network": {"sizes": [3, 5, 3]}, "data": {"name": "spiral"}})


def test_features_and_regression():
    spec = {"network": {"sizes": [4, 6, 1], "activation": "tanh", "output": "identity", "loss": "mse"},
            "data": {"name": "reg_plane", "features": ["x1", "x2", "x1^2", "sin_x1"], "test_ratio": 0.5},
            "train": {"optimizer": "adam", "lr": 0.01, "batch_size": 10}}
    s = core.Session.from_spec(spec)
    first = None
    for _ in range(6):
        s.step_epoch()
        first = first or s.epoch_history[0]["test_loss"]
    assert s.epoch_history[-1]["train_acc"] is None
    assert s.epoch_history[-1]["test_loss"] < first
    assert core.to_numpy(s.x_train).shape[1] == 4


def test_binary_classification_with_one_output():
    spec = {"network": {"sizes": [2, 4, 1], "activation": "tanh", "output": "sigmoid", "loss": "bce", "init": "xavier"},
            "data": {"name": "gauss"}, "train": {"optimizer": "sgd", "lr": 0.1, "batch_size": 10}}
    s = core.Session.from_spec(spec)
    for _ in range(5):
        s.step_epoch()
    assert s.epoch_history[-1]["train_acc"] > 0.9


def test_trace_changes_nothing():
    s = core.Session.from_spec(SPEC)
    before = params(s)
    ev = s.trace([0.1, -0.2])
    assert [e.name for e in ev] == ["Affine", "Sigmoid", "Affine"] and ev[0].x.shape == (1, 2)
    assert same(before, params(s))


def test_restore_does_not_share_optimizer_state_with_the_checkpoint():
    spec = {k: dict(v) for k, v in SPEC.items()}
    spec["train"].update(optimizer="momentum", lr=0.1)
    s = core.Session.from_spec(spec)
    for _ in range(3):
        s.step()
    c = s.checkpoint()
    s.restore(c)
    for _ in range(5):
        s.step()
    first = params(s)
    s.restore(c)
    for _ in range(5):
        s.step()
    assert same(first, params(s))


def test_failed_step_at_epoch_start_takes_its_shuffle_back():
    s = core.Session.from_spec(SPEC)
    s.step_epoch()
    assert s._batch == 0
    rng_before, perm_before = s.rng.bit_generator.state, s._perm.copy()
    s.network.params[2][0, 0] = np.inf  # a bad number reaches the second layer's weights
    with pytest.raises(core.NumericError) as err, np.errstate(all="ignore"):
        s.step()
    assert err.value.stage == "update" and err.value.name == "Affine.W" and err.value.layer == 2
    assert s.rng.bit_generator.state == rng_before and np.array_equal(s._perm, perm_before)
    assert s.iteration == 10 and len(s.loss_history) == 10


def test_epoch_rows_are_cut_afresh_after_a_new_batch_size_and_new_targets():
    """numpy writes each epoch's rows into buffers it reuses (core.Session._cut_numpy): a batch size
    changed mid-run, new target rows and a restored checkpoint must each train on the current rows, as
    the Array API path does, which cuts new arrays every epoch."""
    pytest.importorskip("array_api_strict")
    runs = []
    for backend in ("numpy", "array_api_strict"):
        s = core.Session.from_spec(with_backend(SPEC, backend))
        s.step_epoch()
        s.set_train(batch_size=20)
        s.step_epoch()
        s.step_epoch()
        s.set_targets(np.eye(3)[(s.dataset.y + 1) % 3])
        s.step_epoch()
        mid = s.checkpoint()
        s.step_epoch()
        s.step()
        s.restore(mid)
        s.step_epoch()
        runs.append(params(s))
    assert same(*runs)
