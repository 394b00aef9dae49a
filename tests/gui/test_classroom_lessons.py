"""Lessons in the window: each opens; lessons 1-3 show the seeds' reference numbers; steps, predictions,
Previous, fixed weights through Reset, hidden controls, the start page and Save as lesson."""
import re

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

from nnviz.lessons import LessonRunner, list_lessons, load_lesson
from nnviz.model.notices import english

LESSON_IDS = [i.id for i in list_lessons()]


@pytest.fixture(autouse=True)
def _english():
    from nnviz import i18n
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def numbers_in(text):
    return [float(m) for m in re.findall(r"-?\d+(?:\.\d+)?(?:e[-+]?\d+)?|nan", text)]


def shows(text, values, tol=1e-8):
    """Every reference value appears among the numbers of ``text`` (to ``tol``, relative for tiny ones)."""
    found = numbers_in(text)
    for v in values:
        if isinstance(v, str):
            assert v in text, f"{v!r} not in {text!r}"
            continue
        assert any(abs(f - v) <= max(tol, 1e-7 * abs(v)) for f in found), f"{v} not shown in:\n{text}"


def open_lesson(window, wait_snap, qtbot, lesson_id):
    assert window.open_lesson(lesson_id)
    lesson = window.classroom.controller.lesson
    spec_sizes = tuple(lesson.session_spec["network"]["sizes"])
    wait_snap(window, lambda s: tuple(s.sizes) == spec_sizes and s.iteration == 0)
    qtbot.waitUntil(lambda: window.drawn_snapshot is not None and window.drawn_snapshot.seq >= window.last_snapshot.seq,
                    timeout=10_000)
    return lesson


def wait_drawn(window, qtbot, pred, timeout=20_000):
    qtbot.waitUntil(lambda: window.drawn_snapshot is not None and bool(pred(window.drawn_snapshot)), timeout=timeout)
    return window.drawn_snapshot


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_every_lesson_opens_with_its_network_text_and_steps(window, wait_snap, qtbot, lesson_id):
    lesson = open_lesson(window, wait_snap, qtbot, lesson_id)
    panel = window.classroom.lesson_panel
    assert panel.isVisible()
    assert panel.title_label.text() == lesson.title["en"]
    assert lesson.text["en"].split("\n\n")[0][:40] in panel.text_view.toPlainText()
    snap = window.drawn_snapshot
    spec = lesson.session_spec
    assert list(snap.sizes) == spec["network"]["sizes"]
    assert snap.spec["train"]["lr"] == spec["train"]["lr"]
    if lesson.weights is not None:
        for (W, b), (W0, b0) in zip(snap.weights, lesson.weights):
            np.testing.assert_array_equal(W, W0)
            if b0 is not None:
                np.testing.assert_array_equal(b, b0)
    assert f"of {len(lesson.steps)}" in panel.progress_label.text()
    # the first step runs and shows its note (or its question first)
    panel.next_button.click()
    c = window.classroom.controller
    first = lesson.steps[0]
    if first.predict:
        assert c.asking and panel.question_label.text() == first.predict["question"]["en"]
    else:
        assert panel.note_label.text() == first.note["en"]
    for key in lesson.hidden_controls:
        assert not window.classroom.allowed(key)


def test_lesson_1_shows_the_forward_pass_of_seed_000(window, wait_snap, qtbot):
    open_lesson(window, wait_snap, qtbot, "forward_pass")
    text = window.classroom.lesson_panel.numbers_text()
    shows(text, [0.3, 0.7, 1.1, 0.57444252, 0.66818777, 0.75026011, 0.51615984, 1.21402696, 0.62624937, 0.77101070])
    out = [line for line in text.splitlines() if line.startswith("Output y")][0]
    shows(out, [0.31682708, 0.69627909])


def test_lesson_2_shows_naive_nan_and_stable_softmax(window, wait_snap, qtbot):
    open_lesson(window, wait_snap, qtbot, "softmax_overflow")
    text = window.classroom.lesson_panel.numbers_text()
    naive = [line for line in text.splitlines() if "naively" in line][0]
    stable = [line for line in text.splitlines() if "stably" in line][0]
    assert naive.endswith("(nan, nan, nan)")
    shows(stable, [9.99954600e-01, 4.53978686e-05, 2.06106005e-09], tol=1e-12)
    assert "9.99954600e-01" in stable or "0.99995460" in stable
    assert "4.53978686e-05" in stable and "2.06106005e-09" in stable
    shows(text, [1010, 1000, 990])


def test_lesson_3_steps_to_the_updated_weights_of_seed_004(window, wait_snap, qtbot):
    lesson = open_lesson(window, wait_snap, qtbot, "backprop_by_hand")
    panel = window.classroom.lesson_panel
    c = window.classroom.controller
    text = panel.numbers_text()
    shows(text, [0.51998934, 0.52747230, 0.60944600, 0.66384491, 0.02397190])
    # the stages, with the prediction before the backward pass: question first, answer hidden
    for k in range(5):
        panel.next_button.click()
    assert c.index == 5 and not c.asking
    panel.next_button.click()           # step 6 has a prediction: the question, not yet the step
    assert c.asking and c.index == 5
    assert panel.question_label.text() == lesson.steps[5].predict["question"]["en"]
    assert panel.predict_box.isVisible() and panel.answer_label.isHidden()
    panel.reveal_button.click()
    assert not c.asking and c.index == 6
    assert panel.answer_label.isVisible() and "0.43703857" in panel.answer_label.text()
    for k in range(6):                  # the rest of the iteration: backward and the two updates
        panel.next_button.click()
    assert c.index == 12
    assert panel.note_label.text() == lesson.steps[11].note["en"]
    w1 = np.array([[0.29959556, 0.24919112], [0.39964496, 0.34928991]])
    w2 = np.array([[0.43703857, 0.38685205], [0.69629578, 0.59624247]])
    # shown after the last update stage (a stage view, or the next iteration's normal view)
    snap = wait_drawn(window, qtbot, lambda s: np.allclose(s.weights[1][0].T, w2, atol=1e-8))
    W1, W2 = snap.weights[0][0], snap.weights[1][0]
    np.testing.assert_allclose(W1.T, w1, atol=1e-8)
    np.testing.assert_allclose(W2.T, w2, atol=1e-8)
    qtbot.waitUntil(lambda: "0.43703857" in panel.numbers_text(), timeout=10_000)
    shows(panel.numbers_text(), [0.29959556, 0.24919112, 0.39964496, 0.34928991,
                                 0.43703857, 0.38685205, 0.69629578, 0.59624247, 0.60617688, 0.66295848, 0.02323634])
    assert "0.43703857" in window.classroom.lesson_panel.answer_label.text()
    # the same weights as the engine's own run of the lesson
    r = LessonRunner(load_lesson("backprop_by_hand"))
    for _ in range(12):
        r.next()
    r._finish_micro()
    for (W, b), (Wr, br) in zip(snap.weights, r.session.network.get_weights()):
        np.testing.assert_array_equal(W, Wr)
    # the last step runs the next iteration in one go: o = (0.60617688, 0.66295848) was its forward pass
    panel.next_button.click()
    assert c.index == 13 and not panel.next_button.isEnabled()


def test_previous_goes_back_exactly(window, wait_snap, qtbot):
    open_lesson(window, wait_snap, qtbot, "spiral")
    c = window.classroom.controller
    panel = window.classroom.lesson_panel
    panel.next_button.click()   # one minibatch
    s1 = wait_drawn(window, qtbot, lambda s: s.iteration == 1)
    panel.next_button.click()   # the rest of epoch 1
    wait_drawn(window, qtbot, lambda s: s.iteration == 10)
    panel.prev_button.click()
    assert c.index == 1
    s = wait_drawn(window, qtbot, lambda s: s.iteration == 1)
    for (W, _), (W1, _) in zip(s.weights, s1.weights):
        np.testing.assert_array_equal(W, W1)
    assert window.classroom.lesson_panel.note_label.text() == c.lesson.steps[0].note["en"]


def test_fixed_weights_survive_reset_in_a_lesson(window, wait_snap, qtbot):
    lesson = open_lesson(window, wait_snap, qtbot, "forward_pass")
    window.actions["step"].trigger()
    wait_snap(window, lambda s: s.iteration == 1)
    window.actions["reset"].trigger()
    s = wait_snap(window, lambda s: s.iteration == 0 and "reset" in english(s.message))
    for (W, b), (W0, b0) in zip(s.weights, lesson.weights):
        np.testing.assert_array_equal(W, W0)
        np.testing.assert_array_equal(b, b0)


def test_a_scripted_play_trains_exactly_the_epochs_of_the_lesson(window, wait_snap, qtbot):
    open_lesson(window, wait_snap, qtbot, "gates")
    c = window.classroom.controller
    c.next()   # set: AND, one layer
    wait_snap(window, lambda s: s.spec["data"]["name"] == "gate_and" and tuple(s.sizes) == (2, 1))
    c.next()   # play 300 epochs
    qtbot.waitUntil(lambda: not c.busy, timeout=60_000)
    s = wait_drawn(window, qtbot, lambda s: s.epoch == 300)
    assert s.epoch_history[-1]["train_acc"] == 1.0
    r = LessonRunner(load_lesson("gates"))
    r.next()
    r.next()
    for (W, b), (Wr, br) in zip(s.weights, r.session.network.get_weights()):
        np.testing.assert_array_equal(W, Wr)
        np.testing.assert_array_equal(b, br)


def test_hidden_controls_are_hidden_and_refused_then_back(window, wait_snap, qtbot):
    open_lesson(window, wait_snap, qtbot, "backprop_by_hand")
    tp, dp = window.train_panel, window.data_panel
    hidden = window.classroom.hidden
    assert {"dataset", "points", "sizes", "optimizer", "batch_size"} <= hidden
    assert not tp.opt_combo.isVisibleTo(window) and not tp.batch_spin.isVisibleTo(window)
    assert tp.lr_combo.isVisibleTo(window)
    assert not dp.buttons["spiral"].isVisibleTo(window)
    assert not window.diagram.add_layer_btn.isVisibleTo(window)
    n = len(window.last_snapshot.y_train)
    window._point_clicked(0.0, 0.0, "add")            # adding points is hidden: nothing happens
    window.request_architecture([2, 3, 2], ["sigmoid", "sigmoid"])
    window.worker.request_snapshot()
    s = wait_snap(window, lambda s: True)
    qtbot.wait(200)
    s = window.last_snapshot
    assert len(s.y_train) == n and tuple(s.sizes) == (2, 2, 2)
    window.actions["close_lesson"].trigger()
    assert not window.classroom.hidden
    qtbot.waitUntil(lambda: tp.opt_combo.isVisibleTo(window) and dp.buttons["spiral"].isVisibleTo(window), timeout=5000)
    assert not window.classroom.lesson_panel.isVisible()


def test_start_page_lists_the_lessons_in_the_current_language(window, qtbot):
    from nnviz import i18n
    page = window.classroom.show_start_page()
    titles = page.lesson_titles()
    assert list(titles) == LESSON_IDS and len(titles) == 7
    assert titles["forward_pass"].endswith(load_lesson("forward_pass").title["en"])
    window.classroom.set_language("ko")
    try:
        titles = page.lesson_titles()
        assert titles["forward_pass"].endswith(load_lesson("forward_pass").title["ko"])
        m = window.classroom.lessons_menu
        texts = [a.text() for a in m.actions()]
        assert any(t.endswith(load_lesson("spiral").title["ko"]) for t in texts)
    finally:
        window.classroom.set_language("en")
        assert i18n.current_language() == "en"
    page.buttons["spiral"].click()
    assert window.classroom.controller.lesson.id == "spiral"
    assert page.isHidden()


def test_save_as_lesson_then_open_shows_students_exactly_that(window, wait_snap, qtbot, tmp_path):
    window.actions["step"].trigger()
    s = wait_snap(window, lambda s: s.iteration == 1)
    dlg = window.classroom.save_lesson_dialog_open()
    dlg.title_edit.setText("My spiral")
    dlg.text_edit.setPlainText("Watch the arms.")
    for name in ("optimizer", "lr", "dataset"):
        dlg.checks[name].setChecked(True)
    path = tmp_path / "mine.json"
    dlg.save_to(str(path))
    qtbot.waitUntil(lambda: dlg.saved_path is not None or bool(dlg.last_error), timeout=10_000)
    assert dlg.saved_path == str(path) and path.exists(), dlg.last_error
    lesson = load_lesson(path)
    assert lesson.hidden_controls == ["dataset", "optimizer", "lr"]
    assert lesson.title == {"en": "My spiral"}
    # open it: the same weights, those controls hidden
    window.actions["reset"].trigger()
    wait_snap(window, lambda s: s.iteration == 0)
    assert window.classroom.open_path(str(path))
    t = wait_snap(window, lambda t: t.iteration == 0 and window.classroom.controller.active)
    qtbot.waitUntil(lambda: english(window.last_snapshot.message).startswith("lesson"), timeout=10_000)
    t = window.last_snapshot
    for (W, b), (W1, b1) in zip(t.weights, s.weights):
        np.testing.assert_array_equal(W, W1)
    assert window.classroom.hidden == {"dataset", "optimizer", "lr"}
    assert not window.train_panel.lr_combo.isVisibleTo(window)
    assert window.classroom.lesson_panel.title_label.text() == "My spiral"


def test_a_broken_lesson_file_is_refused_and_nothing_changes(window, wait_snap, qtbot, tmp_path):
    p = tmp_path / "broken.json"
    p.write_text('{"format": "nnviz-lesson", "version": 1, "id": "x", "title": {"en": "x"}')
    before = p.read_bytes()
    assert not window.classroom.open_path(str(p))
    assert "not valid JSON" in window.classroom.last_error
    box = window.classroom.message_box
    assert box is not None and box.isVisible() and not box.isModal() or box.windowModality()
    assert p.read_bytes() == before
    assert not window.classroom.controller.active
    box.close()
    QApplication.processEvents()


def test_next_during_a_play_finishes_it_first_and_records_the_run(window, wait_snap, qtbot):
    open_lesson(window, wait_snap, qtbot, "activations")
    c = window.classroom.controller
    panel = window.classroom.lesson_panel
    c.next()          # play 100 epochs (sigmoid)
    c.next()          # pressed at once: the play finishes first, then the switch to tanh
    qtbot.waitUntil(lambda: c.index == 2 and not c.busy, timeout=60_000)
    assert len(c.runs) == 1 and c.runs[0]["epoch"] == 100
    r = LessonRunner(load_lesson("activations"))
    r.next()
    assert c.runs[0]["loss"] == r.session.epoch_history[-1]["train_loss"]
    wait_snap(window, lambda s: s.spec["network"]["activation"] in ("tanh", ["tanh", "tanh"]) and s.iteration == 0)
    qtbot.waitUntil(lambda: panel.runs_box.isVisible(), timeout=10_000)
    assert "sigmoid" in panel.runs_label.text() and ">100<" in panel.runs_label.text()
    c.next()          # tanh trains: both runs side by side, named by what differs
    qtbot.waitUntil(lambda: not c.busy and "tanh" in panel.runs_label.text(), timeout=60_000)
    text = panel.runs_label.text()
    assert "sigmoid" in text and "tanh" in text and "spiral" not in text
