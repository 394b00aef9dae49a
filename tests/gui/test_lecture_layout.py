"""The Lecture layout for a projector (issue 11.2): at 1920x1080 in presenter mode 200 % and 250 % the
window's minimum size fits the screen, the diagram and the output plot are large with a usable aspect,
the inspector is a full-width panel whose formulas are at least ~45 characters wide (not word by word),
and the default window fits 1366x768."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from nnviz.classroom.presenting import LECTURE_INSPECTOR_CHARS
from nnviz.window_bars import overflowing

SCREEN = (1920, 1080)
# the least the room gets at each scale: (diagram share of the screen, diagram w x h, output plot side)
WANT = {200: (0.12, (500, 400), 300), 250: (0.12, (500, 380), 240)}


@pytest.fixture(autouse=True)
def _english():
    from nnviz import i18n
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def lecture_at(window, qtbot, wait_snap, pct, lesson="backprop_by_hand", steps=3):
    """Presenter mode at ``pct`` on a 1920x1080 window with a step-through lesson a few stages in."""
    c = window.classroom
    assert window.open_lesson(lesson)
    sizes = tuple(c.controller.lesson.session_spec["network"]["sizes"])
    wait_snap(window, lambda s: tuple(s.sizes) == sizes and s.iteration == 0)
    for _ in range(steps):
        c.controller.next()
        qtbot.waitUntil(lambda: not c.controller.busy, timeout=20_000)
    qtbot.waitUntil(lambda: window.stepthrough.shown_snapshot is not None
                    and window.stepthrough.shown_snapshot.stage_index >= 0, timeout=20_000)
    c.set_presenter_scale(pct)
    window.showNormal()
    window.resize(*SCREEN)
    QApplication.processEvents()
    qtbot.wait(50)            # the presenter layout refits on the next turn after the resize
    QApplication.processEvents()
    return c


def _viewbox(window):
    vb = window.boundary.plot.getPlotItem().getViewBox()
    return vb.size().width(), vb.size().height()


@pytest.mark.parametrize("pct", [200, 250])
def test_lecture_at_1920x1080_fits_and_gives_the_room_a_large_diagram_output_and_readable_inspector(
        window, qtbot, wait_snap, pct):
    c = lecture_at(window, qtbot, wait_snap, pct)
    try:
        assert c.layouts.current == "lecture" and window.size().toTuple() == SCREEN
        # the window can be as small as the screen (was ~1300x1060 at 200 %, 1983 wide at 250 %)
        for m in (window.minimumSizeHint(), window.minimumSize()):
            assert m.width() <= SCREEN[0] and m.height() <= SCREEN[1], (pct, m.toTuple())
        share, (dw, dh), side = WANT[pct]
        d = window.diagram
        assert d.width() >= dw and d.height() >= dh, (pct, d.size().toTuple())
        assert d.width() * d.height() >= share * SCREEN[0] * SCREEN[1], (pct, d.size().toTuple())
        assert 0.6 <= d.width() / d.height() <= 2.2
        bw, bh = _viewbox(window)
        assert bw >= side and bh >= side, (pct, bw, bh)       # square data aspect, big enough to see
        assert abs(bw - bh) <= 0.05 * max(bw, bh)
        # the inspector: full width at the bottom, its formulas at least N characters of their font wide
        dock = window.stepthrough.docks["inspector"]
        assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
        assert dock.isVisible() and dock.width() >= 0.95 * SCREEN[0]
        node = window.stepthrough.inspector.node_text
        chars = node.width() / node.fontMetrics().averageCharWidth()
        assert chars >= 45 and LECTURE_INSPECTOR_CHARS >= 45, (pct, chars)
        assert node.fontInfo().pixelSize() >= 1.8 * 14 * (pct / 200) * 0.9   # the presenter formula size
        assert dock.height() >= 0.25 * SCREEN[1], dock.height()
        # the lesson's step note: large type, lines of a readable length
        panel = c.lesson_panel
        note = panel.note_label
        assert panel.isVisible() and note.width() / note.fontMetrics().averageCharWidth() >= 24
        # the step controls are all on their toolbar, none in an overflow menu
        window.fit_toolbars()
        qtbot.waitUntil(lambda: not overflowing(window.toolbar), timeout=5000)
        # the status readouts that do not fit hide rather than push the window wider than the screen
        sb = window.statusBar()
        assert sb.minimumSizeHint().width() <= SCREEN[0]
        assert window.status_labels["sps"].isVisible()
    finally:
        c.set_presenting(False)


def test_lecture_follows_the_window_in_presenter_mode_and_gives_back_the_layout(window, qtbot, wait_snap):
    c = lecture_at(window, qtbot, wait_snap, 200)
    try:
        main, right = window.main_splitter, window.right_splitter
        assert main.sizes()[0] == 0 and not main.widget(0).isVisible()   # data column away: not counted
        assert right.orientation() == Qt.Orientation.Horizontal          # output beside the loss plot
        assert not window.train_panel.isVisible()                        # the hyper-parameter bar folded
        window.actions["show_settings_bar"].trigger()                    # the teacher wants it back...
        assert window.train_panel.isVisible()
        window.resize(1600, 1000)                                        # ...and it stays on a refit
        qtbot.waitUntil(lambda: window.stepthrough.docks["inspector"].width() >= 0.95 * 1600, timeout=5000)
        assert window.train_panel.isVisible() and main.sizes()[0] == 0
        c.set_presenter_scale(250)                                       # a new scale: Lecture again
        qtbot.wait(20)
        assert main.sizes()[0] == 0 and c.layouts.current == "lecture"
    finally:
        c.set_presenting(False)
    assert window.right_splitter.orientation() == Qt.Orientation.Vertical
    assert window.main_splitter.widget(0).isVisible()


def test_default_window_fits_1366x768(window, qtbot, wait_snap):
    window.showNormal()
    window.resize(1366, 768)
    QApplication.processEvents()
    m = window.minimumSizeHint()
    # within the screen (not yet with a title bar and a panel: ~710 px; the data column needs ~470)
    assert m.width() <= 1366 and m.height() <= 750, m.toTuple()
    assert window.open_lesson("spiral")
    QApplication.processEvents()
    m = window.minimumSizeHint()
    assert m.width() <= 1366 and m.height() <= 750, m.toTuple()
    assert not overflowing(window.toolbar)


def test_a_lesson_that_only_trains_gives_the_inspector_height_to_the_room(window, qtbot, wait_snap):
    c = window.classroom
    try:
        c.set_presenter_scale(200)
        window.showNormal()
        window.resize(*SCREEN)
        assert window.open_lesson("spiral")
        QApplication.processEvents()
        qtbot.wait(50)
        QApplication.processEvents()
        docks = window.stepthrough.docks
        assert not any(d.isVisible() for d in docks.values())          # View > Inspector brings them back
        assert window.diagram.height() >= 0.75 * SCREEN[1], window.diagram.height()
        bw, bh = _viewbox(window)
        assert min(bw, bh) >= 300, (bw, bh)
        assert window.open_lesson("backprop_by_hand")                  # a step-through lesson: back it comes
        QApplication.processEvents()
        assert docks["inspector"].isVisible()
    finally:
        c.set_presenting(False)
    assert docks["inspector"].isVisible()


def test_a_new_lesson_starts_with_no_neuron_selected(window, wait_snap, qtbot):
    """A neuron picked in one lesson is not one of the next lesson's: the inspector said "Neuron 1 of
    hidden layer 3 · this neuron is not in the network shown" in a 2-2-2 lesson opened after a 2-3-2-2 one."""
    assert window.open_lesson("forward_pass")
    window.select_node(3, 0)
    assert window.stepthrough.inspector.selected() == (3, 0)
    assert window.open_lesson("backprop_by_hand")
    assert window.stepthrough.inspector.selected() is None


def test_a_short_note_after_a_long_one_takes_its_own_height(window, wait_snap, qtbot):
    """The note's height was measured with the longer note's height still its minimum: a one-line step
    kept five lines of blank, and the runs table under it went out of view."""
    assert window.open_lesson("activations")
    panel = window.classroom.lesson_panel
    QApplication.processEvents()
    note = panel.note_label
    note.setText("a long note that wraps " * 20)
    panel._fit_wrapped()
    tall = note.minimumHeight()
    note.setText("short")
    panel._fit_wrapped()
    line = note.fontMetrics().lineSpacing()
    assert tall > 3 * line and note.minimumHeight() <= 1.5 * line + 4, (tall, note.minimumHeight(), line)


def test_the_timeline_status_is_shortened_by_whole_parts_never_cut(window, qtbot):
    tl = window.stepthrough.timeline
    window.showNormal()
    window.resize(1366, 768)
    tl._timeline = {"position": 123456, "front": 654321, "exact": True, "kept": 4096,
                    "nbytes": 200 * 2**20, "budget": 256 * 2**20}
    for width in (900, 420, 260):
        tl.resize(width, tl.height())
        QApplication.processEvents()
        tl._show()
        shown, full = tl.label.text(), tl.status_text()
        assert tl.label.fontMetrics().horizontalAdvance(shown) <= tl.label.width() or " · " not in shown
        assert full.startswith(shown) and shown.startswith("iteration 123,456 of 654,321")
        assert tl.label.toolTip() == ("" if shown == full else full)
    assert tl.label.text() != tl.status_text()      # at 260 px something had to go


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("pct", [200, 250])
def test_lecture_shows_every_layers_buttons_and_activation_menu_whole(window, qtbot, wait_snap, lang, pct):
    """The activations lesson at 250 % in Korean elided "leaky_relu" to "leaky_rel…" and put layer 1's
    "+" under layer 2's "−": the diagram now gets the width its layers' controls need."""
    from nnviz.views.diagram_widgets import combo_width
    c = window.classroom
    c.set_language(lang)
    try:
        assert window.open_lesson("activations")
        wait_snap(window, lambda s: len(s.sizes) == 4)
        c.set_presenter_scale(pct)
        window.showNormal()
        window.resize(*SCREEN)
        d = window.diagram
        controls = d._controls
        assert len(controls) == 2

        def whole():
            QApplication.processEvents()
            menus = [w.combo for w in controls]
            if any(m.width() < combo_width(m) for m in menus):
                return False
            buttons = [b.geometry().translated(w.pos()) for w in controls for b in (w.minus, w.plus)]
            overlap = any(a.intersects(b) for i, a in enumerate(buttons) for b in buttons[i + 1:])
            vw = d.view.viewport().width()
            inside = all(m.geometry().left() >= 0 and m.geometry().right() < vw for m in menus)
            return not overlap and inside
        qtbot.waitUntil(whole, timeout=10_000)
        # and the rest of the row keeps a readable output plot beside the lesson
        bw, bh = _viewbox(window)
        assert min(bw, bh) >= 200, (bw, bh)
    finally:
        c.set_presenting(False)
        c.set_language("en")


def test_lecture_gives_the_inspector_caption_its_row_and_keeps_the_debugger_tools_in_the_menu(
        window, qtbot, wait_snap):
    """At 250 % the stage caption wrapped to two lines beside Gradient check and Breakpoints: Lecture
    folds the two tools away (they stay in the Training menu) and brings them back after."""
    c = lecture_at(window, qtbot, wait_snap, 250, steps=8)      # a backward stage: a long caption
    st = window.stepthrough
    try:
        qtbot.waitUntil(lambda: not st.tools_bar.isVisible(), timeout=5000)
        header = st.inspector.header
        assert header.isVisible() and header.text()
        assert header.height() < 1.6 * header.fontMetrics().height(), (header.height(), header.text())
        menu = window.training_menu.actions()
        assert window.actions["gradient_check"] in menu and window.actions["breakpoints"] in menu
        assert window.actions["gradient_check"].isEnabled()
    finally:
        c.set_presenting(False)
    assert st.tools_bar.isVisible()


def test_a_short_lecture_diagram_keeps_its_names_apart_and_the_loss_clear_of_the_menus(window, qtbot, wait_snap):
    """Korean backprop_by_hand at 250 %, the loss stage: the diagram is ~300 px high under the inspector.
    The seven feature names were drawn over each other, the loss label under the activation menu, and the
    button row the lesson hides still took 56 px above the nodes."""
    c = window.classroom
    c.set_language("ko")
    try:
        c = lecture_at(window, qtbot, wait_snap, 250, steps=5)
        d, ov = window.diagram, window.stepthrough.overlay
        snap = window.stepthrough.shown_snapshot
        assert snap.events[snap.stage_index].stage == "loss"
        QApplication.processEvents()
        ctl = d._controls[0]
        assert ctl.minus.isHidden() and ctl.plus.isHidden() and ctl.combo.isVisible()   # the lesson hides "sizes"
        assert ctl.combo.geometry().top() <= 4                 # the menu where the hidden buttons were
        names = [t.sceneBoundingRect() for t in d._texts if t.sceneBoundingRect().right() < d.column_geometry(0)[0]]
        assert len(names) == 7
        for i, a in enumerate(names):                          # each name on its own line
            for b in names[i + 1:]:
                assert a.intersected(b).height() <= 1, (a, b)
        qtbot.waitUntil(lambda: any(t.startswith("L = ") for t in ov.label_texts()), timeout=5000)
        menu = d.view.mapToScene(ctl.combo.geometry()).boundingRect()
        for box, text in ov.placed_labels():
            assert not box.intersects(menu), (text, box, menu)
    finally:
        c.set_presenting(False)
        c.set_language("en")


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("pct", [200, 250])
@pytest.mark.parametrize("lesson", ["forward_pass", "backprop_by_hand", "softmax_overflow"])
def test_no_diagram_text_is_elided_or_runs_into_another_in_lecture(window, qtbot, wait_snap, lesson, pct, lang):
    """At 250 % forward_pass's first header was cut to "fe…es" (half the gap to "1 · 3", which needs
    little): a header now takes what its neighbours' forms leave."""
    window.classroom.set_language(lang)
    c = lecture_at(window, qtbot, wait_snap, pct, lesson=lesson, steps=1)
    try:
        QApplication.processEvents()
        d = window.diagram
        texts = [(t.text(), t.sceneBoundingRect()) for t in d._texts]
        assert texts and not [s for s, _r in texts if "…" in s], texts
        scene = d.scene.sceneRect()
        for k, (s, r) in enumerate(texts):
            assert scene.contains(r), (s, r)
            for s2, r2 in texts[k + 1:]:
                assert r.intersected(r2).width() <= 1 or r.intersected(r2).height() <= 1, (s, s2)
        # the hidden columns' headers in one form ("3 neurons" beside "2 · 2" read as two kinds), the
        # inputs' and the output's alike
        from PySide6.QtGui import QFontMetricsF
        heads = [t for t, _room in d._headers(QFontMetricsF(d.label_font()))]

        def form(s):
            return "·" in s, any(ch.isalpha() for ch in s), s[:1].isdigit()
        hidden = heads[1:-1]
        assert len({form(h) for h in hidden}) <= 1, heads
        def prefix(s):   # "layer k · ...", "k · ..." or the name alone
            return "plain" if "·" not in s else ("number" if s[:1].isdigit() else "layer")
        assert prefix(heads[0]) == prefix(heads[-1]), heads
        assert "1 inputs" not in heads
    finally:
        c.set_presenting(False)
        c.set_language("en")


def test_a_step_that_shows_no_stage_gives_the_inspector_height_to_the_note_and_back(window, qtbot, wait_snap):
    """backprop_by_hand's last step runs a whole iteration: the inspector holds two lines of hints, and
    at 250 % in Korean the note beside it was 23 px. It now gets the height (29 px) until a stage is back."""
    c = window.classroom
    c.set_language("ko")
    try:
        c = lecture_at(window, qtbot, wait_snap, 250, steps=3)
        ctl, dock = c.controller, window.stepthrough.docks["inspector"]
        while ctl.index < ctl.step_count() - 1:          # to step 12 of 13 (a question first: shown, then run)
            ctl.next()
            if ctl.asking:
                ctl.next()
            qtbot.waitUntil(lambda: not ctl.busy, timeout=20_000)
        assert ctl.current_step().action == "step_stage"
        qtbot.waitUntil(lambda: dock.height() >= 0.3 * SCREEN[1], timeout=5000)   # a stage: the inspector large
        note_before = c.lesson_panel.note_label.fontInfo().pixelSize()
        ctl.next()
        qtbot.waitUntil(lambda: not ctl.busy, timeout=20_000)
        assert ctl.current_step().action == "step_batch"
        qtbot.waitUntil(lambda: dock.height() <= 0.25 * SCREEN[1], timeout=5000)
        qtbot.waitUntil(lambda: c.lesson_panel.note_label.fontInfo().pixelSize() >= 27, timeout=5000)
        assert window.diagram.height() >= 500
        ctl.previous()                                   # a stage again: the inspector's height back
        qtbot.waitUntil(lambda: not ctl.busy, timeout=20_000)
        qtbot.waitUntil(lambda: dock.height() >= 0.3 * SCREEN[1], timeout=5000)
        assert note_before >= 27
    finally:
        c.set_presenting(False)
        c.set_language("en")
