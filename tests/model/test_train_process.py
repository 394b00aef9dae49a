"""Full speed in a process of its own (nnviz.worker.trainproc): the run that comes back is bitwise the run
the thread would have made, going back in time still works, a NaN is met as on the thread, and a
training process that dies never stops training."""
import time

import numpy as np
import pytest

import core
from nnviz.model.controller import Controller
from nnviz.worker import commands as C


@pytest.fixture
def split(monkeypatch):
    monkeypatch.setenv("NNVIZ_TRAIN_PROCESS", "1")
    made = []

    def make(spec=None):
        out = []
        c = Controller(spec, out=lambda kind, *a: out.append((kind,) + a), split=True)
        c.build_initial()
        c.out_log = out
        made.append(c)
        return c
    yield make
    for c in made:
        c.close()


def run_in_child(c, until_iteration, timeout=60.0):
    """Play at full speed; frames (snapshots) until the training process passed ``until_iteration``."""
    c.apply(C.SetSpeed(0.0))
    c.apply(C.Play())
    c.train_slice()
    assert c.split_active, "the run went to the training process"
    t = time.monotonic()
    snap = None
    while time.monotonic() - t < timeout:
        c.train_slice()
        snap = c.snapshot()
        if snap.iteration >= until_iteration or not c.split_active:
            break
        time.sleep(0.02)
    return snap


def test_the_run_that_comes_back_is_the_run_the_thread_would_have_made(split):
    c = split()
    for _ in range(7):           # some steps on the thread first: the child continues mid-epoch
        c.session.step()
    start = c.session.iteration
    snap = run_in_child(c, 3000)
    assert snap.running and snap.iteration > start and snap.steps_per_sec > 0
    c.apply(C.Pause())           # brings the run back
    assert not c.split_active
    s = c.session
    n = s.iteration
    assert n >= snap.iteration > start
    ref = core.Session(c.spec0)
    for _ in range(n):
        ref.step()
    for a, b in zip(s.network.params, ref.network.params):
        assert np.array_equal(a, b)                         # bitwise
    assert s.epoch == ref.epoch and s.batch_in_epoch == ref.batch_in_epoch
    assert np.array_equal(np.asarray(s.loss_history[-100:]), np.asarray(ref.loss_history[-100:]))
    assert len(s.loss_history) == len(ref.loss_history)
    assert list(s.epoch_history) == list(ref.epoch_history)
    # and it goes on exactly: one more step here equals one more step of the reference
    assert s.step() == ref.step()
    # the checkpoints the child took reached the ring: going back lands exactly
    st = c.stepper
    kept = st.ring.kept()
    assert len(kept) > 3 and kept[-1] > start
    k = (start + n) // 2
    st.scrub(s, k)
    ref_k = core.Session(c.spec0)
    for _ in range(k):
        ref_k.step()
    assert s.iteration == k
    for a, b in zip(s.network.params, ref_k.network.params):
        assert np.array_equal(a, b)


def test_a_command_during_the_run_acts_on_the_state_the_child_reached(split):
    c = split()
    snap = run_in_child(c, 500)
    c.apply(C.SetTrain({"lr": 0.5}))
    assert not c.split_active and c.session.iteration >= snap.iteration
    assert c.session.spec["train"]["lr"] == 0.5
    c.train_slice()                                         # still playing: back to the child, lr 0.5 with it
    assert c.split_active
    c.apply(C.Pause())
    assert c.session.spec["train"]["lr"] == 0.5


def test_a_blow_up_in_the_child_is_met_on_the_thread_as_without_it(split, monkeypatch):
    spec = {"data": {"name": "reg_plane"}, "train": {"lr": 10.0},
            "network": {"output": "identity", "loss": "mse", "sizes": [2, 10, 1], "activation": "identity"}}
    c = split(spec)
    run_in_child(c, 10**9, timeout=30)                      # ends when the child stops
    for _ in range(20):                                     # the thread redoes the failing step
        if not c.running:
            break
        c.train_slice()
    assert not c.running
    snap = c.snapshot()
    assert snap.error and not c.split_active
    # the same message as training on the thread gives
    monkeypatch.setenv("NNVIZ_TRAIN_PROCESS", "0")
    t = Controller(spec, split=True)
    t.build_initial()
    assert t.split is None
    t.apply(C.SetSpeed(0.0))
    t.apply(C.Play())
    while t.running:
        t.train_slice()
    assert t.snapshot().error == snap.error
    assert t.session.iteration == c.session.iteration


def test_a_training_process_that_dies_leaves_training_on_the_thread(split, caplog):
    c = split()
    handed = c.session.iteration
    snap = run_in_child(c, 200)
    assert snap.iteration > handed
    c.split._proc.kill()
    c.split._proc.wait(5)
    after = c.snapshot()                                    # the frame finds it gone
    assert c.split is None and c.running
    assert after.iteration == handed == c.session.iteration  # the run as it was handed over
    assert "the training process failed" in caplog.text
    c.train_slice()                                         # training goes on here
    assert c.session.iteration > handed


def test_breakpoints_that_need_every_step_keep_the_run_on_the_thread(split):
    c = split()
    c.stepper.set_breakpoints(loss_rise=10.0)
    c.apply(C.SetSpeed(0.0))
    c.apply(C.Play())
    it = c.session.iteration
    c.train_slice()
    assert not c.split_active and c.session.iteration > it
