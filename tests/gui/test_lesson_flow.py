"""Lessons under a clicker (issue 11.5): Next/Previous at a fixed place, Reveal its own button, PageDown /
PageUp / → / ← and B, presenter text size, layout presets, and the runs table that keeps finished runs."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from nnviz.lessons import LessonRunner, load_lesson


@pytest.fixture(autouse=True)
def _english():
    from nnviz import i18n
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def open_lesson(window, wait_snap, qtbot, lesson_id):
    assert window.open_lesson(lesson_id)
    lesson = window.classroom.controller.lesson
    sizes = tuple(lesson.session_spec["network"]["sizes"])
    wait_snap(window, lambda s: tuple(s.sizes) == sizes and s.iteration == 0)
    return lesson


def test_clicker_keys_page_down_and_up_step_the_lesson_from_anywhere(window, wait_snap, qtbot):
    open_lesson(window, wait_snap, qtbot, "spiral")
    c = window.classroom.controller
    window.activateWindow()
    window.diagram.setFocus()
    qtbot.keyClick(window.diagram, Qt.Key.Key_PageDown)
    assert c.index == 1
    wait_snap(window, lambda s: s.iteration == 1)
    qtbot.keyClick(window.diagram, Qt.Key.Key_PageUp)
    assert c.index == 0
    # in the lesson's own text too (a text browser would scroll with PageDown otherwise)
    panel = window.classroom.lesson_panel
    panel.text_view.setFocus()
    qtbot.keyClick(panel.text_view, Qt.Key.Key_PageDown)
    assert c.index == 1


def test_arrows_are_lesson_steps_in_the_lesson_panel_and_stage_steps_elsewhere(window, wait_snap, qtbot):
    open_lesson(window, wait_snap, qtbot, "forward_pass")
    c = window.classroom.controller
    panel = window.classroom.lesson_panel
    panel.next_button.setFocus()
    qtbot.keyClick(panel.next_button, Qt.Key.Key_Right)
    assert c.index == 1
    qtbot.keyClick(panel.next_button, Qt.Key.Key_Left)
    assert c.index == 0
    stage = window.actions.get("step_stage")
    if stage is None:
        pytest.skip("no step-through actions in this window")
    fired = []
    stage.triggered.connect(lambda *_: fired.append(1))
    window.diagram.setFocus()
    qtbot.keyClick(window.diagram, Qt.Key.Key_Right)
    assert fired and c.index == 0  # a stage of the network, not a step of the lesson


def test_next_stays_in_place_and_keeps_its_text_while_reveal_is_its_own_button(window, wait_snap, qtbot):
    window.resize(1366, 768)
    open_lesson(window, wait_snap, qtbot, "backprop_by_hand")
    c = window.classroom.controller
    panel = window.classroom.lesson_panel
    QApplication.processEvents()

    def where():
        return panel.next_button.mapTo(panel, QPoint(0, 0)), panel.next_button.text()

    first = where()
    seen = set()
    while c.index < len(c.lesson.steps):
        panel.next_button.click()
        QApplication.processEvents()
        assert where() == first, f"Next moved or changed at step {c.index} (asking={c.asking})"
        if c.asking:
            seen.add("asked")
            assert panel.reveal_button.isVisible() and panel.reveal_button is not panel.next_button
    assert "asked" in seen  # the lesson has a question: Next answered it without turning into Reveal


def test_blank_screen_with_b_and_back_with_any_key(window, qtbot):
    blank = window.classroom.blank
    window.diagram.setFocus()
    qtbot.keyClick(window.diagram, Qt.Key.Key_B)
    assert blank.isVisible() and blank.geometry() == window.rect()
    img = blank.grab().toImage()
    assert img.pixelColor(img.width() // 2, img.height() // 2).name() == "#000000"
    qtbot.keyClick(blank, Qt.Key.Key_Space)
    assert not blank.isVisible()


def test_one_checked_scale_at_a_time(window):
    c = window.classroom
    try:
        for pct in (200, 150, 250, 125):
            c.set_presenter_scale(pct)
            checked = [a for a in c.scale_group.actions() if a.isChecked()]
            assert [a.text() for a in checked] == [f"{pct} %"]
        window.actions["scale_175"].trigger()
        assert [a.text() for a in c.scale_group.actions() if a.isChecked()] == ["175 %"]
        assert c.presenter_scale == 175 and window.presenter.factor == pytest.approx(1.75)
    finally:
        c.set_presenting(False)


def test_presenter_mode_enlarges_the_lesson_text_and_publishes_the_factor(window, wait_snap, qtbot):
    open_lesson(window, wait_snap, qtbot, "forward_pass")
    panel = window.classroom.lesson_panel
    c = window.classroom
    panel.next_button.click()
    px0 = panel.note_label.fontInfo().pixelSize()
    pt0 = panel.text_view.font().pointSizeF()
    got = []
    window.presenter.presenter_scale_changed.connect(got.append)
    try:
        c.set_presenter_scale(200)
        assert got and got[-1] == pytest.approx(2.0) and window.presenter.factor == pytest.approx(2.0)
        assert panel.note_label.fontInfo().pixelSize() >= 1.8 * px0
        assert panel.text_view.font().pointSizeF() >= 1.8 * pt0
    finally:
        c.set_presenting(False)
    assert window.presenter.factor == 1.0 and got[-1] == 1.0
    assert panel.note_label.fontInfo().pixelSize() == px0


def test_no_elided_or_clipped_text_in_the_lesson_panel_at_1920_presenter_200(window, wait_snap, qtbot):
    c = window.classroom
    try:
        c.set_presenter_scale(200)
        window.showNormal()
        window.resize(1920, 1080)
        open_lesson(window, wait_snap, qtbot, "backprop_by_hand")
        panel = c.lesson_panel
        for _ in range(4):
            panel.next_button.click()
        # a runs table with long names: it must not widen the column (notes cut at the right)
        c.controller.runs = [{"parts": (("init", "xavier"), ("optimizer", "momentum"), ("lr", "0.1"), ("name", "spiral_arms_long"), ("activation", "leaky_relu"), ("sizes", "2-10-10-10-3")),
                              "label": "", "loss": 0.123456, "acc": 0.99, "epoch": 100,
                              "history": ((1, 1.0), (100, 0.12))}] * 3
        panel.refresh()
        QApplication.processEvents()
        inner = panel.scroll.widget()
        assert inner.width() <= panel.scroll.viewport().width() + 1, (inner.width(), panel.scroll.viewport().width())
        for b in panel.findChildren(QAbstractButton):
            if b.isVisibleTo(panel) and b.text():
                assert b.width() >= b.sizeHint().width() - 2, (b.text(), b.width(), b.sizeHint().width())
        for lab in panel.findChildren(QLabel):
            if lab.isVisibleTo(panel) and lab.text() and not lab.wordWrap():
                assert lab.width() >= lab.sizeHint().width() - 2, (lab.text(), lab.width())
            if lab.isVisibleTo(panel) and lab.text() and lab.wordWrap():
                assert lab.height() >= lab.heightForWidth(lab.width()) - 2, lab.text()[:40]
    finally:
        c.set_presenting(False)


def test_layout_presets_and_presenter_mode_restore_the_layout(window, qtbot):
    c = window.classroom
    main = window.main_splitter
    before = (main.saveState(), window.right_splitter.saveState())
    c.layouts.apply("lecture")
    sizes = main.sizes()
    assert sizes[0] == 0 and sizes[1] > 0.4 * sum(sizes)  # no data column; the network large
    assert window.actions["layout_lecture"].isChecked()
    from PySide6.QtWidgets import QDockWidget
    docks = {d.objectName(): d for d in window.findChildren(QDockWidget)}
    if "inspectorDock" in docks:  # a full-width panel under the top row (its prose reads in long lines)
        assert window.dockWidgetArea(docks["inspectorDock"]) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert window.right_splitter.orientation() == Qt.Orientation.Horizontal   # output beside the loss plot
    c.layouts.apply("explore")
    assert main.sizes()[0] > 0 and window.actions["layout_explore"].isChecked()
    if "inspectorDock" in docks:
        assert window.dockWidgetArea(docks["inspectorDock"]) == Qt.DockWidgetArea.BottomDockWidgetArea
    window.actions["show_settings_bar"].trigger()
    assert not window.train_panel.isVisible()
    window.actions["show_settings_bar"].trigger()
    assert window.train_panel.isVisible()
    main.restoreState(before[0])
    before = main.saveState()
    c.set_presenting(True)
    assert main.sizes()[0] == 0 and window.actions["layout_lecture"].isChecked()
    c.set_presenting(False)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=5000)
    assert main.saveState() == before
    assert window.right_splitter.orientation() == Qt.Orientation.Vertical and main.widget(0).isVisible()


def test_runs_table_keeps_each_finished_run_and_its_name(window, wait_snap, qtbot):
    """Lesson 7: every run keeps the settings it trained with and its result; SGD 0.1 is there, Adam once."""
    lesson = open_lesson(window, wait_snap, qtbot, "init_and_optimizers")
    c = window.classroom.controller
    panel = window.classroom.lesson_panel
    shown = {}
    while c.index < len(lesson.steps):
        c.next()
        qtbot.waitUntil(lambda: not c.busy, timeout=120_000)
        shown[c.index] = [r for r in panel.runs_rows() if not r[0].endswith("(now)")]
    qtbot.waitUntil(lambda: window.last_snapshot.epoch == 100, timeout=60_000)
    names = [r[0] for r in panel.runs_rows()]
    assert names == ["book's init · sgd · lr 0.3", "xavier · sgd · lr 0.3", "he · sgd · lr 0.3", "xavier · sgd · lr 0.1",
                     "xavier · momentum · lr 0.1", "xavier · adam · lr 0.01 (now)"], names
    # a finished row never changes afterwards (a later setting does not rename it)
    for k in sorted(shown):
        for later in sorted(shown):
            if later > k:
                assert shown[later][:len(shown[k])] == shown[k], (k, later)
    # and each result is the run's own: the headless runner's loss just before the setting changed
    r = LessonRunner(load_lesson("init_and_optimizers"))
    expected = []
    for i, st in enumerate(lesson.steps):
        if i in (1, 3, 5, 7, 10):  # the settings change after each play: the run that just ended
            expected.append(f"{r.session.epoch_history[-1]['train_loss']:.4f}")
        r.run(st)
    assert [row[2] for row in panel.runs_rows()[:5]] == expected
    assert [row[1] for row in panel.runs_rows()] == [100] * 6


def test_select_a_hidden_neuron_step_shows_that_neurons_line(window, wait_snap, qtbot, settled):
    """Gates, last step: "select a hidden neuron to see the line it learnt" puts that neuron on the plot."""
    lesson = open_lesson(window, wait_snap, qtbot, "gates")
    c = window.classroom.controller
    while c.index < len(lesson.steps) - 1:
        c.next()
        if c.asking:
            c.next()
        qtbot.waitUntil(lambda: not c.busy, timeout=120_000)
    settled(window)
    output_image = window.boundary.image_rgba().copy()
    c.next()  # select_node layer 1, node 0
    step = lesson.steps[-1]
    assert step.action == "select_node" and step.args == {"layer": 1, "node": 0}
    assert window.boundary._neuron == (1, 0)
    qtbot.waitUntil(lambda: window.boundary.image_rgba() is not None
                    and not np.array_equal(window.boundary.image_rgba(), output_image), timeout=10_000)
    c.previous()  # any other step: the network's output again
    assert window.boundary._neuron == (-1, -1)


def test_1366x768_needs_no_scrolling_for_the_data_panel_or_the_start_page(window, wait_snap, qtbot):
    """Issue 11.6: the default window at 1366x768: the data column and the start page show everything."""
    window.showNormal()
    window.resize(1366, 768)
    QApplication.processEvents()
    qtbot.wait(100)
    data = window.main_splitter.widget(0)
    assert data.verticalScrollBar().maximum() == 0, "the data panel scrolls at 1366x768"
    page = window.classroom.show_start_page()
    QApplication.processEvents()
    assert page.height() <= page.SMALL_SCREEN_HEIGHT
    assert page.scroll.verticalScrollBar().maximum() == 0, "the start page cuts off a lesson"
    last = list(page.buttons.values())[-1]
    assert last.isVisible() and last.visibleRegion().boundingRect().height() == last.height()
    page.close()
    # a lesson open: its buttons and step note in view
    open_lesson(window, wait_snap, qtbot, "init_and_optimizers")
    panel = window.classroom.lesson_panel
    QApplication.processEvents()
    for b in (panel.prev_button, panel.next_button):
        assert b.visibleRegion().boundingRect().size() == b.size()


def test_the_question_is_in_view_when_it_is_asked_in_presenter_mode(window, wait_snap, qtbot):
    c = window.classroom
    try:
        c.set_presenter_scale(200)
        window.showNormal()
        window.resize(1920, 1080)
        open_lesson(window, wait_snap, qtbot, "backprop_by_hand")
        ctl, panel = c.controller, c.lesson_panel
        while not ctl.asking:
            ctl.next()
        qtbot.waitUntil(lambda: not panel.question_label.visibleRegion().isEmpty(), timeout=5000)
    finally:
        c.set_presenting(False)


def test_a_one_input_lesson_says_it_has_one_input_not_more_than_two(window, wait_snap, qtbot):
    open_lesson(window, wait_snap, qtbot, "softmax_overflow")
    qtbot.waitUntil(lambda: "no input plane" in window.boundary.title.text(), timeout=10_000)
    assert "one input" in window.boundary.title.text()
    assert "more than two" not in window.boundary.title.text()
