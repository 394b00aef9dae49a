"""Breakpoints fire where training really goes wrong, say where and why, and stay quiet otherwise."""
from dataclasses import replace

import numpy as np
import pytest

import core
from core.breakpoints import Breakpoints, Watch, check_events, check_session, hit_from_error, locate, scan_session
from core.datasets import Dataset
from core.events import BackwardLayer, Update, frozen_copy

ALL = Breakpoints(grad_norm=10.0, loss_rise=1.5, loss_window=20, dead_relu=0.5, saturated=0.5)


def micro(s):
    """One iteration stage by stage: (events, NumericError or None)."""
    events = []
    try:
        for ev in s.micro_steps():
            events.append(ev)
    except core.NumericError as e:
        return events, e
    return events, None


def test_clean_default_run_never_stops():
    s = core.Session({})
    for _ in range(100):
        s.step()
        assert check_session(s, ALL) is None
    for _ in range(10):
        events, err = micro(s)
        assert err is None and check_events(events, ALL) is None
        assert check_session(s, ALL) is None


def test_exploding_outputs_stop_at_the_loss_of_the_output_unit():
    # squared error on the spiral at lr 1000: each update overshoots more, the outputs grow
    # without bound and their square overflows at iteration 52
    s = core.Session({"network": {"output": "identity", "loss": "mse"}, "train": {"lr": 1000.0}})
    with np.errstate(all="ignore"):
        before = None
        with pytest.raises(core.NumericError) as err:
            while True:
                before = s.checkpoint()
                s.step()
        s.restore(before)                      # the batch the failed step saw
        hit = locate(s, Breakpoints())
        assert s.iteration == before["iteration"] == 52          # locate changes nothing
        events, e = micro(s)
    assert err.value.stage == "loss"
    assert hit.kind == "nan" and hit.stage == "loss" and hit.layer == 3
    out = np.abs(events[-1].out)
    assert hit.unit == np.unravel_index(np.argmax(out), out.shape)[1]
    assert "squared error overflowed" in hit.message and "learning rate" in hit.message
    assert np.isnan(hit.value)                 # the engine raises before the loss value is out
    same = lambda h: replace(h, value=0.0)
    assert same(check_events(events, Breakpoints(), e)) == same(hit)
    assert check_events(events, Breakpoints(nan=False), e) is None
    assert same(hit_from_error(e, events)) == same(hit)


def one_sample_session(W1, x=(1.0, 1.0)):
    ds = Dataset(x=[list(x)], y=[0], kind="classification", class_names=("p", "q"), feature_names=("a", "b"))
    spec = {"network": {"sizes": [2, 2, 2], "bias": False, "weights": [[W1, None], [np.eye(2).tolist(), None]]},
            "train": {"batch_size": 1}}
    return core.Session(spec, dataset=ds)


def test_overflow_in_the_forward_pass_names_the_unit_and_the_edge():
    s = one_sample_session([[1.0, 1e308], [0.5, 1e308]])       # unit 2 sums 2e308 = inf
    with np.errstate(all="ignore"):
        events, err = micro(s)
    hit = check_events(events, Breakpoints(), err)
    assert (hit.kind, hit.stage, hit.layer, hit.unit, hit.edge) == ("nan", "forward", 0, 1, (0, 1))
    assert hit.value == np.inf
    assert "unit 2 of layer 1 (MatMul)" in hit.message and "edge 1 → 2" in hit.message


def test_bad_input_data_is_blamed_on_the_data():
    s = one_sample_session([[1.0, 0.0], [0.0, 1.0]], x=(np.nan, 1.0))
    with np.errstate(all="ignore"):
        events, err = micro(s)
    hit = check_events(events, Breakpoints(), err)
    assert (hit.stage, hit.layer, hit.unit) == ("forward", 0, 0) and "data" in hit.message


def test_bad_gradient_and_bad_update_events():
    W = np.ones((3, 4))
    g = W.copy()
    g[1, 2] = np.inf
    bw = BackwardLayer(7, 5, 2, "Affine", frozen_copy(np.ones((1, 4))), frozen_copy(np.ones((1, 3))),
                       {"W": frozen_copy(g), "b": frozen_copy(np.ones(4))})
    hit = check_events([bw], Breakpoints())
    assert (hit.stage, hit.layer, hit.unit, hit.edge) == ("backward", 2, 2, (1, 2))
    assert "clipping" in hit.message
    after = W.copy()
    after[2, 0] = -np.inf
    up = Update(7, 9, 2, 2, "W", frozen_copy(W), frozen_copy(after), frozen_copy(W), "sgd", 1e308)
    hit = check_events([up], Breakpoints())
    assert (hit.stage, hit.layer, hit.unit, hit.edge, hit.value) == ("update", 2, 0, (2, 0), -np.inf)
    assert "learning rate" in hit.message


def test_nonfinite_state_after_a_step():
    s = core.Session({})
    s.step()
    s.network.params[2][3, 1] = np.nan                 # layer 3's W, as a bad update leaves it
    hit = check_session(s, Breakpoints())
    assert (hit.kind, hit.stage, hit.layer, hit.edge) == ("nan", "update", 2, (3, 1))


def test_gradient_norm():
    s = core.Session({})
    s.step()
    norm = float(np.sqrt(sum(np.sum(np.square(core.to_numpy(g))) for g in s.network.grads)))
    hit = check_session(s, Breakpoints(grad_norm=norm / 2))
    assert hit.kind == "grad_norm" and hit.value == pytest.approx(norm)
    assert check_session(s, Breakpoints(grad_norm=norm * 2)) is None
    events, _ = micro(s)
    assert check_events(events, Breakpoints(grad_norm=1e-12)).kind == "grad_norm"
    assert check_events(events, Breakpoints(grad_norm=1e12)) is None


def test_loss_rise():
    s = core.Session({})
    bp = Breakpoints(loss_rise=1.5, loss_window=50)
    hit = check_session(s, bp, [1.0] * 50 + [2.0] * 50)
    assert hit.kind == "loss_rise" and hit.value == pytest.approx(2.0) and "diverging" in hit.message
    assert check_session(s, bp, [1.0] * 50 + [1.4] * 50) is None
    assert check_session(s, bp, [1.0] * 99 + [100.0]).value == pytest.approx(149 / 50)   # means, not the last
    assert check_session(s, bp, [1.0] * 60) is None
    # a real run that starts to diverge when the learning rate jumps
    s = core.Session({"network": {"output": "identity", "loss": "mse"}, "train": {"lr": 0.1}})
    for _ in range(200):
        s.step()
    assert check_session(s, bp) is None
    s.set_train(lr=8.0)
    with np.errstate(all="ignore"):
        for _ in range(60):
            try:
                s.step()
            except core.NumericError:
                break
            if check_session(s, bp):
                break
    assert check_session(s, bp).kind == "loss_rise"


def test_dead_relu():
    spec = {"network": {"activation": "relu"}}
    s = core.Session(spec)
    for _ in range(20):
        s.step()
        assert check_session(s, Breakpoints(dead_relu=0.5)) is None
    (W1, b1), rest = s.network.get_weights()[0], s.network.get_weights()[1:]
    s.network.set_weights([(W1, b1 - 100.0)] + rest)            # every unit below 0 for every input
    s.step()
    hit = check_session(s, Breakpoints(dead_relu=0.5))
    assert (hit.kind, hit.stage, hit.layer, hit.unit, hit.value) == ("dead_relu", "forward", 1, 0, 1.0)
    assert "10 of 10 ReLU units of layer 2" in hit.message
    events, _ = micro(s)
    ev_hit = check_events(events, Breakpoints(dead_relu=0.5))
    assert (ev_hit.kind, ev_hit.layer, ev_hit.unit, ev_hit.value) == ("dead_relu", 1, 0, 1.0)
    assert check_session(s, Breakpoints(dead_relu=None)) is None


@pytest.mark.parametrize("act", ["sigmoid", "tanh"])
def test_saturated(act):
    s = core.Session({"network": {"activation": act}})
    s.step()
    assert check_session(s, Breakpoints(saturated=0.3)) is None
    (W1, b1), rest = s.network.get_weights()[0], s.network.get_weights()[1:]
    s.network.set_weights([(W1 * 1e5, b1)] + rest)
    s.step()
    hit = check_session(s, Breakpoints(saturated=0.3))
    assert hit.kind == "saturated" and hit.layer == 1 and hit.value > 0.3
    assert "saturated" in hit.message and "f'(z)" in hit.message
    events, _ = micro(s)
    assert check_events(events, Breakpoints(saturated=0.3)).kind == "saturated"


def test_priority_and_watch_reports_a_lasting_condition_once():
    s = core.Session({"network": {"activation": "relu"}})
    (W1, b1), rest = s.network.get_weights()[0], s.network.get_weights()[1:]
    s.network.set_weights([(W1, b1 - 100.0)] + rest)
    bp = Breakpoints(grad_norm=1e-12, dead_relu=0.5)
    s.step()
    assert [h.kind for h in scan_session(s, bp)] == ["grad_norm", "dead_relu"]
    watch = Watch(Breakpoints(dead_relu=0.5))
    assert watch.after_step(s).kind == "dead_relu"
    s.step()
    assert watch.after_step(s) is None                     # still dead: Continue continues
    s.network.set_weights([(W1, b1)] + rest)
    s.step()
    assert watch.after_step(s) is None                     # cleared
    s.network.set_weights([(W1, b1 - 100.0)] + rest)
    s.step()
    assert watch.after_step(s).kind == "dead_relu"         # and back
