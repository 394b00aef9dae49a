"""The training worker on its own thread: commands, rate-limited snapshots, bad numbers, clean stop."""
import time

import numpy as np
import pytest
from PySide6.QtCore import QObject, QThread, Slot

import core
from core import datasets as ds_mod
from nnviz.model.messages import layer_names
from nnviz.model.notices import english
from nnviz.stepthrough.stage import layer_number
from nnviz.worker import TrainingWorker, default_spec, fit_spec_to_data, merge_spec


class Collector(QObject):
    """Lives on the GUI thread, so the worker's signals arrive queued, as they do in the window."""

    def __init__(self, worker):
        super().__init__()
        self.snaps, self.failed, self.threads = [], [], set()
        worker.snapshotReady.connect(self.on_snap)
        worker.commandFailed.connect(self.on_failed)

    @Slot(object)
    def on_snap(self, s):
        self.threads.add(QThread.currentThread())
        self.snaps.append(s)

    @Slot(str)
    def on_failed(self, text):
        self.failed.append(text)

    @property
    def last(self):
        return self.snaps[-1] if self.snaps else None


@pytest.fixture
def run_worker(qtbot):
    made = []

    def make(spec=None, **kw):
        w = TrainingWorker(spec, **kw)
        c = Collector(w)
        w.start()
        qtbot.waitUntil(lambda: c.last is not None, timeout=10_000)
        made.append(w)
        return w, c

    yield make
    for w in made:
        assert w.stop(5.0)


def wait_for(qtbot, c, pred, timeout=20_000):
    qtbot.waitUntil(lambda: c.last is not None and pred(c.last), timeout=timeout)
    return c.last


def test_snapshots_arrive_on_the_gui_thread_and_the_session_lives_on_the_worker(qtbot, run_worker):
    w, c = run_worker()
    s = c.last
    assert s.iteration == 0 and s.sizes == (2, 10, 3) and not s.running
    assert c.threads == {QThread.currentThread()}
    # the loop runs on its own thread (the QObject itself stays on the GUI thread so a restart can start a new loop)
    assert w.loop_thread() is not None and w.loop_thread() is not QThread.currentThread()
    assert s.grid_output.shape == (100, 100, 3) and len(s.grid_hidden) == 1


def test_full_speed_emits_at_most_about_30_snapshots_a_second_and_many_steps_per_snapshot(qtbot, run_worker):
    w, c = run_worker(speed=0)
    w.play()
    wait_for(qtbot, c, lambda s: s.running)
    n0, t0 = len(c.snaps), time.monotonic()
    it0 = c.last.iteration
    qtbot.waitUntil(lambda: time.monotonic() - t0 > 1.5, timeout=5000)
    w.pause()
    rate = (len(c.snaps) - n0) / (time.monotonic() - t0)
    steps = c.last.iteration - it0
    assert rate <= 36, f"{rate:.0f} snapshots/s: the worker must not emit per step"
    assert steps > 20 * (len(c.snaps) - n0), "several steps run between two snapshots"
    seqs = [s.seq for s in c.snaps]
    assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)


def test_limited_speed_runs_about_that_many_steps_per_second(qtbot, run_worker):
    w, c = run_worker(speed=50)
    w.play()
    s0 = wait_for(qtbot, c, lambda s: s.running and s.iteration > 0)
    t0, it0 = time.monotonic(), s0.iteration
    qtbot.waitUntil(lambda: time.monotonic() - t0 > 1.0, timeout=5000)
    rate = (c.last.iteration - it0) / (time.monotonic() - t0)
    w.pause()
    assert 25 <= rate <= 75, f"asked for 50 steps/s, ran {rate:.0f}"


def test_step_and_step_epoch_are_exact(qtbot, run_worker):
    w, c = run_worker()
    w.step()
    s = wait_for(qtbot, c, lambda s: s.iteration >= 1)
    assert s.iteration == 1 and s.epoch == 0
    w.step_epoch()  # the rest of epoch 0
    s = wait_for(qtbot, c, lambda s: s.epoch >= 1)
    assert (s.epoch, s.iteration) == (1, s.iters_per_epoch)
    w.step_epoch()
    s = wait_for(qtbot, c, lambda s: s.epoch >= 2)
    assert (s.epoch, s.iteration) == (2, 2 * s.iters_per_epoch)


def test_pause_freezes_the_iteration(qtbot, run_worker):
    w, c = run_worker(speed=0)
    w.play()
    wait_for(qtbot, c, lambda s: s.iteration > 100)
    w.pause()
    s1 = wait_for(qtbot, c, lambda s: not s.running)
    t0 = time.monotonic()
    w.request_snapshot()
    qtbot.waitUntil(lambda: c.last.seq > s1.seq and time.monotonic() - t0 > 0.3, timeout=5000)
    assert c.last.iteration == s1.iteration


def test_reset_restores_the_initial_weights(qtbot, run_worker):
    w, c = run_worker()
    w0 = c.last.weights
    w.step_epoch()
    s = wait_for(qtbot, c, lambda s: s.epoch == 1)
    assert not np.allclose(s.weights[0][0], w0[0][0])
    w.reset()
    s = wait_for(qtbot, c, lambda s: s.iteration == 0)
    for (a, b), (a0, b0) in zip(s.weights, w0):
        np.testing.assert_array_equal(a, a0)
        np.testing.assert_array_equal(b, b0)
    assert "reset" in english(s.message) or any("reset" in english(x.message) for x in c.snaps[-3:])


def test_live_learning_rate_keeps_the_weights(qtbot, run_worker):
    w, c = run_worker()
    w.step_epoch()
    s1 = wait_for(qtbot, c, lambda s: s.epoch == 1)
    w.set_train(lr=0.1, optimizer="adam")
    s2 = wait_for(qtbot, c, lambda s: s.spec["train"]["lr"] == 0.1)
    assert s2.spec["train"]["optimizer"] == "adam" and s2.iteration == s1.iteration
    np.testing.assert_array_equal(s2.weights[0][0], s1.weights[0][0])


def test_rebuild_fits_the_network_to_new_data_and_says_why(qtbot, run_worker):
    w, c = run_worker()
    w.rebuild({"data": {"name": "circle"}}, "the data set changed to circle")
    s = wait_for(qtbot, c, lambda s: s.spec["data"]["name"] == "circle")
    assert s.sizes == (2, 10, 2) and s.iteration == 0  # softmax: one output per class
    assert "network reset because the data set changed to circle" in english(s.message)
    w.rebuild({"network": {"sizes": [2, 4, 4, 3], "activation": ["relu", "tanh"]}}, "two hidden layers")
    s = wait_for(qtbot, c, lambda s: len(s.sizes) == 4)
    assert s.sizes == (2, 4, 4, 2) and s.activations == ("relu", "tanh", "softmax")


def test_a_refused_command_keeps_the_session(qtbot, run_worker):
    w, c = run_worker()
    w.set_train(lr=-1)
    qtbot.waitUntil(lambda: bool(c.failed), timeout=5000)
    assert "learning rate" in c.failed[0]
    w.rebuild({"network": {"activation": "nope"}}, "x")
    qtbot.waitUntil(lambda: len(c.failed) >= 2, timeout=5000)
    assert "unknown activation" in c.failed[1]
    w.step()
    s = wait_for(qtbot, c, lambda s: s.iteration == 1)
    assert s.spec["train"]["lr"] == 1.0 and s.activations == ("sigmoid", "softmax")


def test_bad_numbers_pause_and_say_where(qtbot, run_worker):
    # The default sigmoid/softmax spiral stays finite even at lr 1e300 (softmax cross-entropy and the
    # sigmoid saturate), so this uses an identity output with MSE, which overflows at lr 10.
    spec = merge_spec(default_spec(), {"network": {"output": "identity", "loss": "mse"}, "train": {"lr": 10.0}})
    w, c = run_worker(spec, speed=0)
    w.play()
    s = wait_for(qtbot, c, lambda s: bool(s.error))
    assert not s.running
    assert s.error_info["stage"] in ("forward", "loss", "backward", "update")
    assert s.error_info["layer"] is not None and s.error_info["name"]
    k = layer_number(layer_names(w.session.network), s.error_info["layer"])   # "layer k" = diagram column k
    assert f"layer {k} (" in s.error and s.error_info["stage"] in s.error
    assert "learning rate" in s.error
    assert all(np.isfinite(s.loss_history))
    it = s.iteration
    t0 = time.monotonic()
    qtbot.waitUntil(lambda: time.monotonic() - t0 > 0.3, timeout=2000)
    assert c.last.iteration == it  # stays paused


def test_points_are_added_and_removed(qtbot, run_worker):
    w, c = run_worker()
    n = len(c.last.y_train)
    w.add_point(0.5, 0.5, 2)
    s = wait_for(qtbot, c, lambda s: len(s.y_train) == n + 1)
    assert 2 in s.y_train[np.all(np.isclose(s.x_train, [0.5, 0.5]), axis=1)]
    w.remove_point(0.5, 0.5, 0.01)
    wait_for(qtbot, c, lambda s: len(s.y_train) == n)


def test_edit_weight_shows_in_the_next_snapshot(qtbot, run_worker):
    w, c = run_worker()
    w.edit_weight(1, 3, 2, 0.75)
    s = wait_for(qtbot, c, lambda s: s.weights[1][0][3, 2] == 0.75)
    assert s.iteration == 0


def test_save_and_load_through_the_worker(qtbot, run_worker, tmp_path):
    w, c = run_worker()
    w.step_epoch()
    s1 = wait_for(qtbot, c, lambda s: s.epoch == 1)
    path = str(tmp_path / "a.nnviz")
    w.save(path)
    wait_for(qtbot, c, lambda s: "saved" in english(s.message) or any("saved" in english(x.message) for x in c.snaps))
    w.reset()
    wait_for(qtbot, c, lambda s: s.iteration == 0)
    w.load(path)
    s = wait_for(qtbot, c, lambda s: s.iteration == s1.iteration)
    np.testing.assert_array_equal(s.weights[0][0], s1.weights[0][0])
    w.load(str(tmp_path / "missing.nnviz"))
    qtbot.waitUntil(lambda: bool(c.failed), timeout=5000)
    assert "does not exist" in c.failed[-1]


def test_a_session_copy_comes_as_bytes_without_a_file_and_continues_like_the_live_one(qtbot, run_worker, tmp_path,
                                                                                    monkeypatch):
    import tempfile

    from nnviz.export.session_copy import SessionCopy

    def no_file(*a, **k):
        raise AssertionError("a session copy must not go through a file")
    monkeypatch.setattr(tempfile, "mkstemp", no_file)
    monkeypatch.setattr(core.io, "atomic_write", no_file)
    w, c = run_worker()
    w.step_epoch()
    s1 = wait_for(qtbot, c, lambda s: s.epoch == 1)
    got, failed = [], []
    copy = SessionCopy(w, got.append, failed.append)
    copy.start()
    qtbot.waitUntil(lambda: bool(got or failed), timeout=10_000)
    assert not failed and not copy.busy
    session = got[0]
    assert session.iteration == s1.iteration
    np.testing.assert_array_equal(core.to_numpy(session.network.params[0]), s1.weights[0][0])
    w.step()                                        # the live run goes on as the copy would
    s2 = wait_for(qtbot, c, lambda s: s.iteration == s1.iteration + 1)
    session.step()
    np.testing.assert_array_equal(core.to_numpy(session.network.params[0]), s2.weights[0][0])


def test_stop_while_training_is_quick(qtbot):
    w = TrainingWorker(speed=0)
    c = Collector(w)
    w.start()
    w.play()
    qtbot.waitUntil(lambda: c.last is not None and c.last.iteration > 50, timeout=10_000)
    t0 = time.monotonic()
    assert w.stop(2.0)
    assert time.monotonic() - t0 < 1.0
    assert not w.is_running()
    assert w.stop(1.0)  # idempotent


def test_fit_spec_to_data():
    spec = default_spec()
    circle = ds_mod.make("circle")
    assert fit_spec_to_data(spec, circle)["network"]["sizes"] == [2, 10, 2]
    sig = merge_spec(spec, {"network": {"output": "sigmoid", "loss": "bce"}})
    assert fit_spec_to_data(sig, circle)["network"]["sizes"] == [2, 10, 1]
    reg = fit_spec_to_data(spec, ds_mod.make("reg_plane"))["network"]
    assert (reg["sizes"][-1], reg["output"], reg["loss"]) == (1, "identity", "mse")
    feats = merge_spec(spec, {"data": {"features": ["x1", "x2", "x1^2"]}})
    assert fit_spec_to_data(feats, ds_mod.make("spiral"))["network"]["sizes"][0] == 3
    wide = ds_mod.Dataset(np.zeros((4, 5)), np.array([0, 1, 0, 1]), "classification", ("a", "b"))
    f = fit_spec_to_data(spec, wide)
    assert f["data"]["features"] is None and f["network"]["sizes"][0] == 5
    core.Session(f, wide)  # builds


def test_pacing_spaces_expensive_frames_and_survives_a_silent_gui(qtbot):
    w = TrainingWorker(speed=0)
    c = Collector(w)
    w.set_pacing(True)
    w.start()
    try:
        qtbot.waitUntil(lambda: c.last is not None, timeout=10_000)
        w.play()
        # a window that never says it drew anything: training goes on (each wait times out)
        s = wait_for(qtbot, c, lambda s: s.running and s.iteration > 500)
        # a window whose frames cost 60 ms: at most 12 % of the time goes to frames, about 2 a second
        acked, seq0, t0 = s.seq, s.seq, time.monotonic()
        while time.monotonic() - t0 < 2.0:
            qtbot.wait(5)
            if c.last.seq > acked:
                acked = c.last.seq
                w.frame_done(acked, 0.060)
        frames = c.last.seq - seq0
        assert frames <= 12, f"{frames} frames in 2 s although each costs the window 60 ms"
        assert w.frame_interval() >= 0.060 / 0.12 * 0.9
        assert c.last.running and c.last.iteration > s.iteration + 1000
    finally:
        assert w.stop(5.0)


# ---------------------------------------------------------------- the worker cannot die (issue 9.2)
def test_an_exception_while_making_a_snapshot_is_reported_and_play_still_works(qtbot, run_worker, monkeypatch):
    w, c = run_worker(speed=0)
    real = w.controller.snapshot
    calls = {"n": 0}

    def broken_once():
        calls["n"] += 1
        if calls["n"] == 1:
            raise IndexError("injected into the snapshot")
        return real()

    monkeypatch.setattr(w.controller, "snapshot", broken_once)
    with qtbot.waitSignal(w.commandFailed, timeout=10_000) as sig:
        w.request_snapshot()
    assert "IndexError: injected into the snapshot" in sig.args[0]
    s = wait_for(qtbot, c, lambda s: s.error_info.get("failure") == "snapshot")
    assert "preparing the picture" in s.error
    w.play()
    s = wait_for(qtbot, c, lambda s: s.running and s.iteration > 100)
    assert w.is_running() and not s.error


def test_an_exception_in_a_training_step_is_reported_and_the_loop_goes_on(qtbot, run_worker, monkeypatch):
    w, c = run_worker(speed=0, split=False)   # the patched step is this thread's session's (the child has its own)
    monkeypatch.setattr(w.controller.session, "step", lambda: (_ for _ in ()).throw(RuntimeError("step bug")))
    w.play()
    s = wait_for(qtbot, c, lambda s: s.error_info.get("failure") == "training")
    assert not s.running and "RuntimeError: step bug" in s.error
    assert any("step bug" in t for t in c.failed)
    w.reset()                      # a new session: its steps are fine again
    w.play()
    wait_for(qtbot, c, lambda s: s.running and s.iteration > 100)
    assert w.is_running()


def test_full_speed_trains_in_a_process_of_its_own_and_pause_brings_the_run_back(qtbot, run_worker, monkeypatch):
    monkeypatch.setenv("NNVIZ_TRAIN_PROCESS", "1")
    w, c = run_worker(speed=0)
    start = w.session.iteration
    w.play()
    s = wait_for(qtbot, c, lambda s: s.running and s.iteration > start + 3000)
    assert w.controller.split_active
    assert w.session.iteration == start     # the thread's session waits while the child trains
    assert s.steps_per_sec > 0 and s.timeline["front"] >= s.iteration
    w.pause()
    s = wait_for(qtbot, c, lambda s: not s.running)
    assert not w.controller.split_active
    assert w.session.iteration == s.iteration > start + 3000
    assert len(w.stepper.ring) > 2          # the child's checkpoints reached the ring


def test_a_session_whose_iteration_is_negative_leaves_a_working_worker(qtbot, run_worker):
    # the loader refuses such a file (core); handed to the worker directly it must not end the thread
    w, c = run_worker(speed=0)
    bad = core.Session(default_spec())
    bad.iteration = -5
    with qtbot.waitSignal(w.synced, timeout=10_000):
        w.load_lesson_session(bad, None, "iteration -5")
        w.sync(1)
    w.reset()
    w.play()
    s = wait_for(qtbot, c, lambda s: s.running and s.iteration > 100)
    assert w.is_running() and s.running


def test_the_watchdog_sees_a_stuck_loop_and_a_restart_trains_again(qtbot, run_worker, monkeypatch):
    import threading

    from nnviz.watchdog import Watchdog
    w, c = run_worker(speed=0)
    release = threading.Event()
    old = w.controller
    monkeypatch.setattr(old, "train_slice", lambda: release.wait(30))
    dog = Watchdog(lambda: w, stuck_s=0.3, check_ms=50)
    dog.start()
    try:
        with qtbot.waitSignal(dog.alarm, timeout=10_000) as sig:
            w.play()
        assert sig.args[0] == "stuck"
        last = c.last
        spec = dict(last.spec, network=dict(last.spec["network"], weights=list(last.weights)))
        w.restart(spec, old.session.dataset, "restarted")
        dog.start()
        w.set_speed(0)
        w.play()
        wait_for(qtbot, c, lambda s: s.running and s.iteration > 100 and s.seq > last.seq)
        assert w.controller is not old and dog.check() == "ok"
    finally:
        release.set()
        dog.stop()


def test_the_watchdog_sees_a_dead_loop(qtbot, run_worker):
    from nnviz.watchdog import Watchdog
    w, c = run_worker()
    dog = Watchdog(lambda: w, check_ms=50)
    dog.start()
    with qtbot.waitSignal(dog.alarm, timeout=10_000) as sig:
        assert w.stop(5.0)     # the loop ends while the window still wants it: as if it had died
    assert sig.args[0] == "dead"
    w.restart(None, None, "restarted")
    w.play()
    wait_for(qtbot, c, lambda s: s.running and s.iteration > 10)
    assert dog.check() == "ok"
    dog.stop()
