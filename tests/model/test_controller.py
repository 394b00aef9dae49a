"""The worker's controller without a thread or Qt (issues 8.1, 8.5, 9.2)."""
import dataclasses
import sys

import numpy as np
import pytest

import core
from core.spec import default_spec
from nnviz.model.controller import _HANDLERS, Controller
from nnviz.model.notices import english
from nnviz.worker import commands as C


@pytest.fixture
def ctl():
    out = []
    c = Controller(out=lambda kind, *a: out.append((kind,) + a))
    c.outbox = out
    c.build_initial()
    return c


def test_the_model_and_the_commands_import_without_qt():
    assert "nnviz.model.controller" in sys.modules
    import subprocess
    code = ("import sys; import nnviz.model.controller, nnviz.worker.commands, nnviz.worker.pacing; "
            "print('PySide6' in sys.modules)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "False"


def test_every_command_is_a_frozen_dataclass_with_a_handler():
    kinds = [v for v in vars(C).values() if isinstance(v, type) and dataclasses.is_dataclass(v)]
    assert len(kinds) > 25
    for k in kinds:
        assert k.__dataclass_params__.frozen, k
        assert k is C.Stop or k in _HANDLERS, f"{k.__name__} has no handler"
    with pytest.raises(dataclasses.FrozenInstanceError):
        C.SetSpeed(3.0).steps_per_sec = 4.0


def test_two_quick_feature_toggles_both_count(ctl):
    # the window sends both before any snapshot: each applies to the spec in force when it runs
    ctl.apply(C.ToggleFeature("x1^2"))
    ctl.apply(C.ToggleFeature("x2^2"))
    assert ctl.session.spec["data"]["features"] == ["x1", "x2", "x1^2", "x2^2"]
    assert ctl.session.network.spec["sizes"][0] == 4
    ctl.apply(C.ToggleFeature("x1^2"))
    assert ctl.session.spec["data"]["features"] == ["x1", "x2", "x2^2"]
    assert "the input x1^2 was turned off" in english(ctl.message)


def test_the_last_feature_stays_on(ctl):
    ctl.apply(C.ToggleFeature("x1"))
    ctl.apply(C.ToggleFeature("x2"))
    assert ctl.session.spec["data"]["features"] == ["x2"]
    assert ctl.outbox[-1][:2] == ("failed", "at least one input feature must stay on")


def test_two_quick_neuron_clicks_add_two_neurons_and_layers_come_and_go(ctl):
    ctl.apply(C.ChangeUnits(0, +1))
    ctl.apply(C.ChangeUnits(0, +1))
    assert ctl.session.spec["network"]["sizes"] == [2, 12, 3]
    assert "the number of neurons changed (2-11-3 → 2-12-3)" in english(ctl.message)
    ctl.apply(C.AddLayer())
    ctl.apply(C.AddLayer())
    assert ctl.session.spec["network"]["sizes"] == [2, 12, 12, 12, 3]
    ctl.apply(C.ChangeUnits(2, -3))
    ctl.apply(C.SetActivation(1, "relu"))
    assert ctl.session.spec["network"]["sizes"] == [2, 12, 12, 9, 3]
    assert ctl.session.spec["network"]["activation"] == ["sigmoid", "relu", "sigmoid"]
    ctl.apply(C.RemoveLayer())
    ctl.apply(C.RemoveLayer())
    assert ctl.session.spec["network"]["sizes"] == [2, 12, 3]
    ctl.apply(C.ChangeUnits(5, +1))
    assert ctl.outbox[-1][0] == "failed" and "no hidden layer 6" in ctl.outbox[-1][1]


def test_lower_lr_and_reset_twice_lowers_twice(ctl):
    ctl.apply(C.Step())
    ctl.apply(C.LowerLrAndReset(10.0))
    ctl.apply(C.LowerLrAndReset(10.0))
    assert ctl.session.spec["train"]["lr"] == pytest.approx(0.01)
    assert ctl.session.iteration == 0


def test_play_train_snapshot_without_a_thread(ctl):
    ctl.apply(C.SetSpeed(0))
    ctl.apply(C.Play())
    ctl.train_slice()
    snap = ctl.snapshot()
    assert snap.running and snap.iteration > 0 and snap.seq == 1
    assert not ctl.dirty
    ctl.apply(C.Pause())
    assert not ctl.snapshot().running


def test_a_bug_in_a_command_is_reported_and_the_session_goes_on(ctl, monkeypatch, caplog):
    def broken():
        raise RuntimeError("injected")
    monkeypatch.setattr(ctl.session, "step", broken)
    ctl.apply(C.Step())
    kind, text = ctl.outbox[-1]
    assert kind == "failed" and "RuntimeError: injected" in text and "Training is paused" in text
    assert ctl.error_info["failure"] == "command"
    assert any("injected" in (r.exc_text or "") or r.exc_info for r in caplog.records)
    monkeypatch.undo()
    ctl.apply(C.Play())          # the same session trains on
    ctl.train_slice()
    assert ctl.session.iteration > 0 and not ctl.error


def test_a_failure_is_logged_once_with_its_traceback(ctl, caplog):
    for _ in range(3):
        ctl.report_failure("snapshot", ValueError("the same bug"))
    assert sum(1 for r in caplog.records if r.name == "nnviz.worker" and r.exc_info) == 1
    assert len([o for o in ctl.outbox if o[0] == "failed"]) == 3   # but reported every time


def test_a_stage_snapshot_never_writes_into_the_live_network(ctl):
    ctl.apply(C.Step())
    ctl.apply(C.StepStage())
    net = ctl.session.network
    before = [np.array(p, copy=True) for p in net.params]
    for p in net.params:
        p.flags.writeable = False        # any write into the live weights would raise
    try:
        for _ in range(6):
            snap = ctl.snapshot()
            assert snap.stage_index >= 0
            ctl.apply(C.StepStage())
    finally:
        for p in net.params:
            p.flags.writeable = True
    assert all(np.array_equal(a, b) for a, b in zip(before, net.params))


def test_a_session_with_a_negative_iteration_does_not_stop_the_controller(ctl):
    s = core.Session(default_spec())
    s.iteration = -5        # a state the loader refuses; handed over directly it must not break anything
    ctl.apply(C.LessonSession(s, None, "odd"))
    try:
        ctl.snapshot()
    except Exception:       # noqa: BLE001 - the worker reports this (tests/gui/test_worker.py)
        pass
    ctl.apply(C.Reset())
    ctl.apply(C.Play())
    ctl.train_slice()
    assert ctl.session.iteration > 0 and ctl.snapshot().running


def test_the_full_speed_decision_map_matches_the_exact_one_to_the_eye(ctl):
    from nnviz.model.snapshot import make_snapshot
    for _ in range(300):
        ctl.session.step()
    exact = make_snapshot(ctl.session, 1)
    fast = make_snapshot(ctl.session, 2, fast_grid=True)
    assert fast.grid_output.dtype == np.float64 and fast.grid_output.shape == exact.grid_output.shape
    assert np.abs(fast.grid_output - exact.grid_output).max() < 1e-5
    assert all(np.abs(a - b).max() < 1e-5 for a, b in zip(fast.grid_hidden, exact.grid_hidden))
    ctl.session.step()                       # the twin follows the live weights
    assert np.abs(make_snapshot(ctl.session, 3, fast_grid=True).grid_output
                  - make_snapshot(ctl.session, 4).grid_output).max() < 1e-5
