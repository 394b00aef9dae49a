"""The main window, offscreen: default state, training controls, rebuilds, weight edits, refusals, shutdown."""
import os
import subprocess
import sys
import textwrap
import time

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from core.features import FEATURES
from nnviz.model.messages import layer_names
from nnviz.model.notices import english
from nnviz.stepthrough.stage import layer_number

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def test_opens_with_the_book_spiral_and_a_2_10_3_network(window):
    s = window.drawn_snapshot
    assert s.sizes == (2, 10, 3) and s.activations == ("sigmoid", "softmax")
    assert s.spec["data"]["name"] == "spiral" and len(s.y_train) == 300
    assert s.spec["train"]["optimizer"] == "sgd" and s.spec["train"]["lr"] == 1.0
    assert s.spec["train"]["batch_size"] == 30 and not s.running and s.iteration == 0
    # the diagram draws all seven Playground features (x1, x2 on), 10 hidden and 3 output neurons
    assert window.diagram.node_count() == len(FEATURES) + 10 + 3
    assert window.diagram.total_edges() == 2 * 10 + 10 * 3
    assert window.train_panel.lr_combo.currentText() == "1.0"
    assert window.train_panel.batch_spin.value() == 30
    assert window.data_panel.buttons["spiral"].isChecked()
    assert window.error_panel.isHidden()
    assert set(window.actions) >= {"reset", "play", "step", "step_epoch"}


def test_play_trains_the_spiral_past_90_percent(window, wait_snap, qtbot):
    window.set_speed(0)
    window.actions["play"].trigger()
    s = wait_snap(window, lambda s: s.epoch_history and s.epoch_history[-1]["train_acc"] > 0.9, timeout=60_000)
    assert s.running and s.epoch_history[-1]["train_acc"] > 0.9
    qtbot.waitUntil(lambda: window.drawn_snapshot.seq >= s.seq, timeout=10_000)
    assert window.actions["play"].text() == "Pause"
    assert "steps/s" in window.status_labels["sps"].text()
    assert "accuracy" in window.status_labels["accuracy"].text()


def test_pause_freezes_the_iteration_counter(window, wait_snap, qtbot):
    window.set_speed(0)
    window.play()
    wait_snap(window, lambda s: s.iteration > 200)
    window.actions["play"].trigger()  # pause
    s1 = wait_snap(window, lambda s: not s.running)
    t0 = time.monotonic()
    qtbot.waitUntil(lambda: time.monotonic() - t0 > 0.4, timeout=3000)
    window.worker.request_snapshot()
    s2 = wait_snap(window, lambda s: s.seq > s1.seq)
    assert s2.iteration == s1.iteration
    qtbot.waitUntil(lambda: window.drawn_snapshot.seq >= s2.seq, timeout=10_000)
    assert window.actions["play"].text() == "Play"
    assert window.status_labels["iteration"].text() == f"iteration {s1.iteration}"


def test_step_is_one_iteration_and_step_epoch_one_epoch(window, wait_snap):
    window.actions["step"].trigger()
    s = wait_snap(window, lambda s: s.iteration > 0)
    assert (s.iteration, s.epoch) == (1, 0)
    window.actions["step_epoch"].trigger()   # finishes epoch 0
    s = wait_snap(window, lambda s: s.epoch > 0)
    assert (s.epoch, s.iteration) == (1, 10)
    window.actions["step_epoch"].trigger()
    s = wait_snap(window, lambda s: s.epoch > 1)
    assert (s.epoch, s.iteration) == (2, 20)


def test_keyboard_shortcuts(window, wait_snap, qtbot):
    window.activateWindow()
    window.diagram.setFocus()
    qtbot.keyClick(window, Qt.Key_S)
    wait_snap(window, lambda s: s.iteration == 1)
    qtbot.keyClick(window, Qt.Key_E)
    wait_snap(window, lambda s: s.epoch == 1)
    qtbot.keyClick(window, Qt.Key_R)
    wait_snap(window, lambda s: s.iteration == 0)
    qtbot.keyClick(window, Qt.Key_Space)
    wait_snap(window, lambda s: s.running)
    qtbot.keyClick(window, Qt.Key_Space)
    wait_snap(window, lambda s: not s.running)


def test_reset_restores_the_initial_weights(window, wait_snap):
    w0 = window.drawn_snapshot.weights
    window.set_speed(0)
    window.play()
    wait_snap(window, lambda s: s.iteration > 300)
    window.pause()
    window.actions["reset"].trigger()
    s = wait_snap(window, lambda s: s.iteration == 0 and not s.running)
    for (W, b), (W0, b0) in zip(s.weights, w0):
        np.testing.assert_array_equal(W, W0)
        np.testing.assert_array_equal(b, b0)


def test_changing_an_activation_or_adding_a_neuron_rebuilds(window, wait_snap):
    d = window.diagram
    d.architectureRequested.emit([2, 10, 3], ["relu"])
    s = wait_snap(window, lambda s: s.activations[0] == "relu")
    assert "network reset because the activation of hidden layer 1 changed to relu" in window.messages
    d.architectureRequested.emit([2, 11, 3], ["relu"])
    s = wait_snap(window, lambda s: s.sizes == (2, 11, 3))
    assert s.weights[0][0].shape == (2, 11)
    window.worker.request_snapshot()
    wait_snap(window, lambda s: window.drawn_snapshot is not None and window.drawn_snapshot.sizes == (2, 11, 3))
    assert d.node_count() == len(FEATURES) + 11 + 3
    assert d.total_edges() == 2 * 11 + 11 * 3
    assert any("number of neurons changed" in m for m in window.messages)
    # the "+" button of the diagram's hidden layer does the same
    d._change_neurons(0, +1)
    wait_snap(window, lambda s: s.sizes == (2, 12, 3))
    # a feature switched on in the diagram adds an input
    d.featureToggled.emit("x1^2")
    s = wait_snap(window, lambda s: s.sizes[0] == 3)
    assert s.feature_names == ("x1", "x2", "x1^2")


def test_editing_a_weight_by_click_changes_it(window, wait_snap):
    d = window.diagram
    d.edit_edge(0, 1, 4)
    assert d.commit_edit("-2.5")
    s = wait_snap(window, lambda s: s.weights[0][0][1, 4] == -2.5)
    assert s.iteration == 0


def test_a_bad_csv_is_refused_naming_line_and_column(window, tmp_path, qtbot):
    p = tmp_path / "bad.csv"
    p.write_text("x1,x2,label\n0.1,0.2,0\n0.3,abc,1\n")
    assert window.data_panel.import_csv(str(p)) is None
    err = window.data_panel.last_error
    assert "line 3" in err and "column 2" in err
    box = window.data_panel.error_box
    assert isinstance(box, QMessageBox) and box.isVisible() and "line 3" in box.text()
    box.close()


def test_a_good_csv_replaces_the_data(window, tmp_path, wait_snap):
    p = tmp_path / "good.csv"
    rows = ["a,b,c,label"] + [f"{i % 7},{i % 5},{i % 3},{i % 2}" for i in range(40)]
    p.write_text("\n".join(rows) + "\n")
    assert window.data_panel.import_csv(str(p)) is not None
    s = wait_snap(window, lambda s: s.sizes[0] == 3)
    assert s.sizes == (3, 10, 2) and s.grid_output is None


def test_learning_rate_10_pauses_with_the_nan_message(window, wait_snap):
    # On the default sigmoid/softmax spiral, lr 10 (even 1e300) never overflows: the softmax
    # cross-entropy and the sigmoid saturate. With an identity output and MSE, lr 10 does.
    window.train_panel.output_combo.setCurrentIndex(3)  # identity + MSE
    window.train_panel.output_combo.activated.emit(3)
    wait_snap(window, lambda s: s.activations[-1] == "identity")
    window.train_panel.set_lr(10)
    wait_snap(window, lambda s: s.spec["train"]["lr"] == 10)
    window.set_speed(0)
    window.play()
    s = wait_snap(window, lambda s: bool(s.error), timeout=30_000)
    assert not s.running
    wait_snap(window, lambda s: window.error_panel.isVisible())
    text = window.error_label.text()
    k = layer_number(layer_names(window.worker.session.network), s.error_info["layer"])   # = diagram column k
    assert f"layer {k} (" in text and s.error_info["stage"] in text
    assert "learning rate" in text
    assert window.actions["play"].text() == "Play"
    # nothing non-finite reached the views
    d = window.drawn_snapshot
    assert all(np.all(np.isfinite(W)) for W, _ in d.weights) and np.all(np.isfinite(d.grid_output))
    # the panel's remedy: lr / 10 and reset
    window.error_lower_lr.click()
    s = wait_snap(window, lambda s: s.spec["train"]["lr"] == 1.0 and s.iteration == 0 and not s.error)


def test_clicking_the_boundary_adds_and_removes_points(window, wait_snap):
    n = len(window.drawn_snapshot.y_train)
    window.data_panel.class_combo.setCurrentIndex(1)
    window.boundary.pointClicked.emit(0.9, 0.9, "add")
    s = wait_snap(window, lambda s: len(s.y_train) == n + 1)
    assert s.y_train[np.argmin(np.hypot(*(s.x_train - [0.9, 0.9]).T))] == 1
    window.boundary.pointClicked.emit(-0.9, 0.9, "add_other")
    s = wait_snap(window, lambda s: len(s.y_train) == n + 2)
    assert s.y_train[np.argmin(np.hypot(*(s.x_train - [-0.9, 0.9]).T))] == 2
    window.boundary.pointClicked.emit(0.9, 0.9, "remove")
    wait_snap(window, lambda s: len(s.y_train) == n + 1)


def test_live_settings_do_not_reset_and_the_others_say_why(window, wait_snap):
    window.actions["step_epoch"].trigger()
    wait_snap(window, lambda s: s.epoch == 1)
    tp = window.train_panel
    tp.opt_combo.setCurrentText("adam")
    s = wait_snap(window, lambda s: s.spec["train"]["optimizer"] == "adam")
    assert s.epoch == 1
    tp.init_combo.setCurrentText("xavier")
    tp.init_combo.textActivated.emit("xavier")
    s = wait_snap(window, lambda s: s.spec["network"]["init"] == "xavier")
    assert s.iteration == 0
    assert "network reset because the initialiser changed to xavier" in window.messages
    assert window.statusBar().currentMessage() or window.last_message


def test_data_panel_switches_data_and_the_network_follows(window, wait_snap):
    window.data_panel.choose("xor")
    s = wait_snap(window, lambda s: s.spec["data"]["name"] == "xor")
    assert s.sizes[-1] == 2 and s.iteration == 0
    window.train_panel.problem_combo.setCurrentIndex(1)
    window.train_panel.problem_combo.activated.emit(1)
    s = wait_snap(window, lambda s: s.kind == "regression")
    assert s.sizes[-1] == 1 and s.activations[-1] in ("identity", "tanh")


def test_closing_while_training_exits_cleanly_and_fast():
    script = textwrap.dedent(f"""
        import os, sys, time
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        sys.path.insert(0, {ROOT!r})
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from nnviz.main_window import MainWindow
        w = MainWindow()
        w.show()
        w.set_speed(0)
        w.play()
        t0 = time.monotonic()
        while (w.last_snapshot is None or w.last_snapshot.iteration < 500) and time.monotonic() - t0 < 20:
            app.processEvents()
        assert w.last_snapshot.running and w.worker.is_running()
        t0 = time.monotonic()
        w.close()
        dt = time.monotonic() - t0
        del w
        app.processEvents()
        print(f"closed in {{dt:.3f}} s")
        sys.exit(0 if dt < 1.0 else 3)
    """)
    r = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Destroyed while thread" not in r.stderr
    assert "closed in" in r.stdout


def test_data_panel_thumbnails_noise_ratio_classes_regenerate(window, wait_snap, qtbot):
    from core.datasets import DATASETS

    dp = window.data_panel
    assert list(dp.buttons) == list(DATASETS)
    for name, b in dp.buttons.items():
        img = b.icon().pixmap(52, 52).toImage()
        colours = {img.pixel(x, y) for x in range(0, 52, 2) for y in range(0, 52, 2)}
        assert len(colours) >= 3, f"the thumbnail of {name} is blank"
    dp.classes_spin.setValue(5)
    s = wait_snap(window, lambda s: len(s.class_names) == 5)
    assert s.sizes[-1] == 5 and any("5 arms" in m for m in window.messages)
    dp.choose("circle")
    wait_snap(window, lambda s: s.spec["data"]["name"] == "circle")
    x0 = window.last_snapshot.x_train.copy()
    dp.noise_slider.setValue(30)
    dp.test_slider.setValue(40)
    s = wait_snap(window, lambda s: s.spec["data"]["noise"] == 0.3 and s.spec["data"]["test_ratio"] == 0.4)
    assert len(s.y_test) == 200 and len(s.y_train) == 300
    dp.regenerate()
    s = wait_snap(window, lambda s: s.spec["data"]["seed"] not in (None, 0))
    assert not np.array_equal(np.sort(s.x_train[:, 0]), np.sort(x0[:, 0]))
    qtbot.waitUntil(lambda: dp.noise_label.text() == "30 %", timeout=5000)


def test_a_refused_command_shows_in_the_message_panel(window, qtbot, tmp_path):
    window.worker.load(str(tmp_path / "missing.nnviz"))
    qtbot.waitUntil(lambda: window.error_panel.isVisible(), timeout=10_000)
    assert "does not exist" in window.error_label.text()
    assert window.error_reset.isHidden()
    window.error_dismiss.click()
    assert window.error_panel.isHidden()


def test_a_refused_setting_snaps_the_panel_back(window, wait_snap, qtbot):
    tp = window.train_panel
    tp.lr_combo.setEditText("abc")
    tp._lr_entered()
    assert "positive number" in tp.last_error
    tp.init_combo.setCurrentText("he")  # shown, but the worker refuses what is sent:
    window.worker.rebuild({"network": {"init": "nope"}}, "x")
    qtbot.waitUntil(lambda: window.error_panel.isVisible(), timeout=10_000)
    assert "unknown initialiser" in window.error_label.text()
    qtbot.waitUntil(lambda: tp.init_combo.currentText() == "book", timeout=5000)
    assert window.last_snapshot.spec["network"]["init"] == "book"


# ---------------------------------------------------------------- a frame always finishes (issue 9.1)
def test_a_view_that_raises_shows_a_badge_and_the_other_views_and_later_frames_go_on(window, qtbot, caplog,
                                                                                      monkeypatch):
    calls = {"boundary": 0, "loss": 0}

    def broken(snap):
        calls["boundary"] += 1
        raise IndexError("index 1 is out of bounds for axis 0 with size 1")

    real_loss = window.loss_plot.set_snapshot

    def counted(snap):
        calls["loss"] += 1
        real_loss(snap)

    monkeypatch.setattr(window.boundary, "set_snapshot", broken)
    monkeypatch.setattr(window.loss_plot, "set_snapshot", counted)
    window.worker.step()
    qtbot.waitUntil(lambda: calls["boundary"] >= 1 and calls["loss"] >= 1, timeout=10_000)
    badge = window.frames.badge("boundary")
    assert badge is not None and badge.isVisible()
    assert "This view could not draw: IndexError" in badge.text()
    assert badge.parentWidget() is window.boundary
    # later frames are drawn: the loss plot and the diagram get each new snapshot
    window.worker.step()
    qtbot.waitUntil(lambda: window.drawn_snapshot.iteration == 2 and calls["boundary"] >= 2, timeout=10_000)
    window.worker.step()
    qtbot.waitUntil(lambda: window.drawn_snapshot.iteration == 3, timeout=10_000)
    assert calls["loss"] >= 3
    logged = [r for r in caplog.records if r.name == "nnviz.views" and r.exc_info]
    assert len(logged) == 1 and "boundary" in logged[0].getMessage()   # once, with its traceback
    # the view recovers: its badge goes away with the next frame it draws
    monkeypatch.undo()
    window.worker.step()
    qtbot.waitUntil(lambda: not badge.isVisible(), timeout=10_000)
    assert window.frames.failures == {}


def test_a_failing_view_at_full_speed_does_not_stop_the_frames(window, qtbot, monkeypatch):
    monkeypatch.setattr(window.diagram, "set_snapshot", lambda snap: 1 / 0)
    n = {"drawn": 0}
    window.snapshotDrawn.connect(lambda: n.__setitem__("drawn", n["drawn"] + 1))
    window.set_speed(0)
    window.play()
    qtbot.waitUntil(lambda: n["drawn"] >= 3, timeout=60_000)
    window.pause()
    assert window.frames.badge("diagram").isVisible()


# ---------------------------------------------------------------- intents, not stale state (issue 8.5)
def test_two_quick_clicks_with_no_frame_in_between_do_two_things(window, wait_snap):
    d = window.diagram
    # no event loop turn between the clicks: no snapshot can be drawn in between
    d._change_neurons(0, +1)
    d._change_neurons(0, +1)
    wait_snap(window, lambda s: s.sizes == (2, 12, 3))
    d.featureToggled.emit("x1^2")
    d.featureToggled.emit("x2^2")
    s = wait_snap(window, lambda s: s.sizes[0] == 4)
    assert s.feature_names == ("x1", "x2", "x1^2", "x2^2")
    d.featureToggled.emit("x1^2")
    d.featureToggled.emit("x1^2")            # off and on again
    window.worker.sync(7)
    s = wait_snap(window, lambda s: "the input x1^2 was turned on" in english(s.message)
                  or any("x1^2 was turned on" in m for m in window.messages[-2:]))
    s = wait_snap(window, lambda s: s.sizes[0] == 4)
    window.error_lower_lr.click()
    window.error_lower_lr.click()
    wait_snap(window, lambda s: abs(s.spec["train"]["lr"] - 0.01) < 1e-12)


def test_the_help_menu_opens_the_log_folder(window, monkeypatch, tmp_path):
    from nnviz import crashlog
    monkeypatch.setenv("NNVIZ_LOG_DIR", str(tmp_path / "logs"))
    opened = []
    monkeypatch.setattr("PySide6.QtGui.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    a = window.actions["open_log_folder"]
    assert a in window.classroom.help_menu.actions()
    a.trigger()
    assert opened and opened[0].toLocalFile() == str(tmp_path / "logs")
    assert crashlog.log_dir() == tmp_path / "logs"


# ---------------------------------------------------------------- step controls never overflow (issue 11.1)
def test_step_controls_are_never_in_an_overflow_menu_at_1920x1080_up_to_250_percent(window, qtbot):
    from nnviz.window_bars import STEP_CONTROLS, overflowing
    window.resize(1920, 1080)
    c = window.classroom
    try:
        for pct in (100, 150, 200, 250):
            c.set_presenter_scale(pct)
            qtbot.wait(50)   # the bars refit on the next turn of the event loop
            window.fit_toolbars()
            qtbot.waitUntil(lambda: not overflowing(window.toolbar), timeout=5000)
            tb = window.toolbar
            for k in STEP_CONTROLS:
                a = window.actions[k]
                assert a in tb.actions(), k
                btn = tb.widgetForAction(a)
                assert btn is not None and btn.isVisible(), f"{k} hidden at {pct} %"
                r = btn.geometry()
                assert tb.rect().contains(r), f"{k} outside the toolbar at {pct} %"
    finally:
        c.set_presenting(False)


def test_the_status_bar_does_not_say_paused_during_auto_play(window, qtbot):
    window.actions["autoplay_stages"].setChecked(True)
    try:
        qtbot.waitUntil(lambda: window.drawn_snapshot.stage_index >= 0, timeout=10_000)
        window.worker.request_snapshot()
        qtbot.waitUntil(lambda: window.status_labels["sps"].text() == "auto-playing stages", timeout=10_000)
    finally:
        window.stepthrough.stop_autoplay()
    window.worker.request_snapshot()
    qtbot.waitUntil(lambda: window.status_labels["sps"].text() == "paused", timeout=10_000)


# ---------------------------------------------------------------- crash log and dialog (issue 9.6)
def test_an_unexpected_exception_is_logged_and_shown_with_copy_details(window, qtbot, tmp_path, monkeypatch):
    import sys

    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    from nnviz import crashlog
    monkeypatch.setenv("NNVIZ_LOG_DIR", str(tmp_path / "logs"))
    crashlog.uninstall()
    path = crashlog.install()
    try:
        assert path == tmp_path / "logs" / "nnviz.log" and sys.excepthook is crashlog.excepthook

        def boom():
            raise KeyError("an unexpected key")
        try:
            boom()
        except KeyError:
            crashlog.excepthook(*sys.exc_info())
        box = next(b for b in QApplication.topLevelWidgets() if b.objectName() == "crashDialog" and b.isVisible())
        assert isinstance(box, QMessageBox) and not box.isModal()
        assert "KeyError" in box.text() and str(path) in box.informativeText()
        assert "Traceback" in box.detailedText()
        copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Copy details")
        copy.click()
        assert "KeyError: 'an unexpected key'" in QApplication.clipboard().text()
        assert box.isVisible()          # copying does not close it
        box.close()
        # the same error again (same place): logged again, no second dialog
        try:
            boom()
        except KeyError:
            crashlog.excepthook(*sys.exc_info())
        assert not any(b.objectName() == "crashDialog" and b.isVisible() for b in QApplication.topLevelWidgets())
        text = path.read_text(encoding="utf-8")
        assert text.count("KeyError: 'an unexpected key'") == 2 and "Traceback" in text
        # the app goes on: the window still trains
        window.worker.step()
        qtbot.waitUntil(lambda: window.drawn_snapshot.iteration == 1, timeout=10_000)
    finally:
        crashlog.uninstall()
    assert sys.excepthook is not crashlog.excepthook


def test_the_log_folder_follows_the_platform_state_directory(monkeypatch):
    from nnviz import crashlog
    monkeypatch.delenv("NNVIZ_LOG_DIR", raising=False)
    d = crashlog.log_dir()
    assert d.name == "logs" and "nnviz" in str(d).lower()


def test_a_worker_restart_says_so_in_the_window_language(window, wait_snap, qtbot):
    from nnviz import i18n
    from nnviz.classroom.messages import translate_message
    window.actions["step"].trigger()
    wait_snap(window, lambda s: s.iteration == 1)
    # the restart starts from the state drawn, which follows the newest snapshot a few timer turns later
    qtbot.waitUntil(lambda: window.drawn_snapshot is not None and window.drawn_snapshot.iteration == 1, timeout=10_000)
    window.restart_worker()
    s = wait_snap(window, lambda s: any(getattr(m, "id", "") == "notice.restarted" for m in s.message))
    assert "training restarted from the weights of iteration 1" in window.last_message
    i18n.set_language("ko")
    try:
        assert translate_message(s.message) == "반복 1의 가중치로 학습을 다시 시작했습니다"
    finally:
        i18n.set_language("en")
