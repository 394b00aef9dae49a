"""Issue 11, what the room reads in the Lecture layout at 1920x1080, 200 % and 250 %: the step note of
every step of the step-through lessons wholly in view under Previous / Next / Restart (the lesson text
folds away), the diagram's value labels clear of its nodes, each other and its edges, and at least four
formula lines in the inspector; measured on the widgets' geometry."""
import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

SCREEN = (1920, 1080)


@pytest.fixture(autouse=True)
def _english():
    from nnviz import i18n
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def presenting(window, qtbot, wait_snap, pct, lesson):
    c = window.classroom
    assert window.open_lesson(lesson)
    sizes = tuple(c.controller.lesson.session_spec["network"]["sizes"])
    wait_snap(window, lambda s: tuple(s.sizes) == sizes and s.iteration == 0)
    c.set_presenter_scale(pct)
    window.showNormal()
    window.resize(*SCREEN)
    QApplication.processEvents()
    qtbot.wait(50)            # the presenter layout refits on the next turn after the resize
    QApplication.processEvents()
    return c


def rect_in(widget, ancestor):
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def note_in_view(panel):
    """The note's rectangle lies inside the scroll area's viewport, the column is not scrolled, and the
    controls lie inside the panel."""
    view = panel.scroll.viewport()
    note = rect_in(panel.note_label, view)
    if panel.scroll.verticalScrollBar().value() != 0 or note.top() < 0 or note.bottom() > view.height():
        return False
    if panel.note_label.height() < panel.note_label.heightForWidth(panel.note_label.width()) - 2:
        return False
    whole = panel.rect()
    return all(b.isVisible() and whole.contains(rect_in(b, panel))
               for b in (panel.prev_button, panel.next_button, panel.restart_button))


@pytest.mark.parametrize("pct", [200, 250])
@pytest.mark.parametrize("lesson", ["backprop_by_hand", "softmax_overflow", "forward_pass"])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_step_note_is_wholly_in_view_under_the_controls(window, qtbot, wait_snap, pct, lesson, lang):
    from nnviz import i18n
    i18n.set_language(lang)
    c = presenting(window, qtbot, wait_snap, pct, lesson)
    panel = c.lesson_panel
    ctl = c.controller
    try:
        n = len(ctl.lesson.steps)
        for k in range(1, n + 1):
            ctl.next()
            if ctl.asking:      # a "predict first" step: the question, then the answer and the step
                ctl.next()
            qtbot.waitUntil(lambda: not ctl.busy, timeout=20_000)
            qtbot.waitUntil(lambda: note_in_view(panel), timeout=3000)
            from nnviz.classroom.lesson_fit import NOTE_FLOOR  # here: the geometry above is the test
            # the lesson text folded away; the note still large type
            assert panel.intro_folded() and panel.text_view.isHidden() and panel.intro_row.isVisible()
            assert panel.intro_toggle.height() <= 2.2 * panel.intro_toggle.fontMetrics().height()
            # never smaller than NOTE_FLOOR of the presenter text size (the lesson text keeps it whole)
            full = panel.text_view.fontInfo().pixelSize()
            assert full >= 1.8 * 14 * pct / 200 * 0.9
            assert panel.note_label.fontInfo().pixelSize() >= NOTE_FLOOR * full - 1, k
        panel.intro_toggle.click()          # "more": the whole text back
        assert not panel.intro_folded() and not panel.text_view.isHidden()
    finally:
        c.set_presenting(False)
    assert not panel.intro_row.isVisible() and not panel.text_view.isHidden()


def lines_in_view(label, scroll):
    """How many of ``label``'s lines (by its font's line spacing) are inside ``scroll``'s viewport."""
    vp = scroll.viewport()
    top = label.mapTo(vp, label.rect().topLeft()).y()
    seen = max(0, min(top + label.height(), vp.height()) - max(top, 0))
    return seen / label.fontMetrics().lineSpacing()


def label_boxes(ov):
    """The node labels' boxes as drawn (the old overlay drew each at its first place: ``_labels``)."""
    if hasattr(ov, "placed_labels"):
        return ov.placed_labels()
    return [(ov._label_box(x, y, t, a), t) for x, y, t, _c, a, *_h in ov._labels]


def node_rects(diagram):
    from PySide6.QtCore import QRectF
    out = []
    for c in range(len(diagram._arch[0])):
        x, ys, size, compact, _rows = diagram.column_geometry(c)
        if not compact:
            out += [QRectF(x - size / 2, float(y) - size / 2, size, size) for y in ys]
    return out


@pytest.mark.parametrize("pct", [200, 250])
@pytest.mark.parametrize("lesson,steps", [("softmax_overflow", 2), ("forward_pass", 3), ("backprop_by_hand", 3)])
def test_value_labels_clear_the_nodes_each_other_and_the_edges_of_the_diagram(
        window, qtbot, wait_snap, pct, lesson, steps):
    c = presenting(window, qtbot, wait_snap, pct, lesson)
    ctl = c.controller
    ov = window.stepthrough.overlay
    try:
        for _ in range(steps):
            ctl.next()
            if ctl.asking:
                ctl.next()
            qtbot.waitUntil(lambda: not ctl.busy, timeout=20_000)
        qtbot.waitUntil(lambda: ov.is_active() and bool(label_boxes(ov)), timeout=5000)
        QApplication.processEvents()
        boxes = label_boxes(ov)
        nodes = node_rects(window.diagram)
        scene = window.diagram.scene.sceneRect()
        for k, (b, t) in enumerate(boxes):
            assert scene.contains(b), (t, b.getRect(), scene.getRect())          # the loss was cut at the top
            assert not any(b.intersects(n) for n in nodes), (t, b.getRect())   # on a node at 250 %
            assert not any(b.intersects(o) for o, _t in boxes[k + 1:]), t
        assert len(boxes) >= 3          # the room still reads the values (none dropped wholesale)
    finally:
        c.set_presenting(False)


@pytest.mark.parametrize("pct", [200, 250])
@pytest.mark.parametrize("lesson,steps", [("forward_pass", 3), ("backprop_by_hand", 7)])
def test_the_inspector_shows_at_least_four_formula_lines(window, qtbot, wait_snap, pct, lesson, steps):
    """At 250 % the caption (2 lines) and the node title (3: its "no neuron selected" hint) left the
    formulas 2 lines of the Lecture inspector."""
    c = presenting(window, qtbot, wait_snap, pct, lesson)
    ctl = c.controller
    ins = window.stepthrough.inspector
    try:
        for _ in range(steps):
            ctl.next()
            qtbot.waitUntil(lambda: not ctl.busy, timeout=20_000)
        qtbot.waitUntil(lambda: window.stepthrough.shown_snapshot is not None
                        and window.stepthrough.shown_snapshot.stage_index >= 0, timeout=20_000)
        QApplication.processEvents()
        view, text = ins.node_scroll.viewport(), ins.node_text
        line = text.fontMetrics().lineSpacing()
        # the formulas' room: the viewport below the title (the column scrolls to the newest lines)
        room = view.height() - max(0, rect_in(text, ins.node_scroll.widget()).top())
        assert room >= 4 * line, (pct, room, line, ins.node_title.height(), ins.header.height())
        assert ins.formula_pixel_size() >= 1.8 * 14 * pct / 200 * 0.9       # at the presenter size
        assert window.stepthrough.docks["inspector"].isVisible()
    finally:
        c.set_presenting(False)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_a_step_through_lesson_at_1366x768_shows_the_inspectors_formulas(window, qtbot, wait_snap, lang):
    """The default window at 1366x768: the inspector under a step-through lesson was ~90 px high, its
    caption and the neuron's title and no formula line (in Korean none at all)."""
    from nnviz import i18n
    i18n.set_language(lang)
    window.showNormal()
    window.resize(1366, 768)
    QApplication.processEvents()
    c = window.classroom
    assert window.open_lesson("forward_pass")
    ctl = c.controller
    for _ in range(3):
        ctl.next()
        qtbot.waitUntil(lambda: not ctl.busy, timeout=20_000)
    qtbot.waitUntil(lambda: window.stepthrough.shown_snapshot is not None
                    and window.stepthrough.shown_snapshot.stage_index >= 0, timeout=20_000)
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(30)
    ins = window.stepthrough.inspector
    ins.node_scroll.verticalScrollBar().setValue(0)
    QApplication.processEvents()
    seen = lines_in_view(ins.node_text, ins.node_scroll)
    assert seen >= 3, (lang, seen, window.stepthrough.docks["inspector"].height())
    m = window.minimumSizeHint()
    assert m.width() <= 1366 and m.height() <= 750, m.toTuple()
    assert window.diagram.height() >= 300, window.diagram.height()


def walk(ctl, qtbot, steps):
    for _ in range(steps):
        ctl.next()
        if ctl.asking:
            ctl.next()
        qtbot.waitUntil(lambda: not ctl.busy, timeout=60_000)


def settled(window, qtbot):
    """The last frame drawn and the fit after it (it runs on the next event turns)."""
    qtbot.waitUntil(lambda: window.last_snapshot is not None and not window.last_snapshot.running, timeout=60_000)
    window.worker.request_snapshot()
    for _ in range(4):
        qtbot.wait(40)
        QApplication.processEvents()


def column_has_no_scrollbar(panel):
    bar = panel.scroll.verticalScrollBar()
    assert not bar.isVisible() or bar.maximum() == 0, bar.maximum()
    assert bar.value() == 0
    if panel.text_view.isVisible():
        assert not panel.text_view.verticalScrollBar().isVisible()


def table_width(label):
    """The width the label's rich-text table takes, laid out at the label's width and font."""
    from PySide6.QtGui import QTextDocument
    doc = QTextDocument()
    doc.setDefaultFont(label.font())
    doc.setDocumentMargin(0)
    doc.setHtml(label.text())
    doc.setTextWidth(label.width())
    return doc.idealWidth()


def whole_in_view(widget, panel):
    view = panel.scroll.viewport()
    r = rect_in(widget, view)
    return r.top() >= 0 and r.bottom() <= view.height() and widget.height() >= (
        widget.heightForWidth(widget.width()) - 2 if widget.hasHeightForWidth() else 0)


@pytest.mark.parametrize("pct", [200, 250])
@pytest.mark.parametrize("lesson", ["init_and_optimizers", "activations"])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_run_of_a_training_step_is_in_view_with_its_note(window, qtbot, wait_snap, pct, lesson, lang):
    """At step 7 of a lesson that trains the lesson's text kept a scrollbar above the note and the runs
    table under it was cut (at 250 % 1.5 runs in view; in activations the "(now)" row): now the text
    folds with the title, a run is one line where its name and numbers fit, the table counts in the fit."""
    from nnviz import i18n
    i18n.set_language(lang)
    c = presenting(window, qtbot, wait_snap, pct, lesson)
    panel, ctl = c.lesson_panel, c.controller
    try:
        walk(ctl, qtbot, 7)
        settled(window, qtbot)
        assert len(panel.runs_rows()) >= 4 and panel.runs_rows()[-1][0].endswith("(now)")
        assert panel.runs_box.isVisible() and whole_in_view(panel.runs_label, panel), (
            rect_in(panel.runs_label, panel.scroll.viewport()).getRect(), panel.scroll.viewport().height())
        assert note_in_view(panel) and whole_in_view(panel.note_label, panel)
        assert table_width(panel.runs_label) <= panel.runs_label.width() + 1   # the accuracy was cut at the right
        column_has_no_scrollbar(panel)
        assert panel.text_view.isHidden() and not panel.title_label.isVisible()
        assert panel.progress_label.height() <= 1.6 * panel.progress_label.fontMetrics().lineSpacing()
        # the note at the presenter size or near it; the table's numbers at the chrome's (>= 24 / 30 px)
        # reached: 28 px at 200 %; at 250 % 35 px in English, Korean 29 (activations) and 23 (init: its run
        # names take two lines each, the note shrinks for them)
        assert panel.note_label.fontInfo().pixelSize() >= (27 if pct == 200 else 28 if lang == "en" else 22)
        assert panel.runs_label.fontInfo().pixelSize() >= 12 * pct / 100 - 1
        if panel.runs_plot is not None and panel.runs_plot.isVisible():
            assert whole_in_view(panel.runs_plot, panel)
    finally:
        c.set_presenting(False)
    assert panel.title_label.isVisible() and not panel.text_view.isHidden()


@pytest.mark.parametrize("lesson", ["init_and_optimizers", "activations", "gates"])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_last_step_of_a_training_lesson_shows_every_run_at_250_percent(window, qtbot, wait_snap, lesson, lang):
    """The last step holds 5-7 runs, two lines each in a 495 px panel at 250 %: the table scrolled its last
    runs away and the note sat at its floor (21 px). The table now steps down first (RUNS_STEPS)."""
    from nnviz import i18n
    i18n.set_language(lang)
    c = presenting(window, qtbot, wait_snap, 250, lesson)
    panel, ctl = c.lesson_panel, c.controller
    try:
        walk(ctl, qtbot, len(ctl.lesson.steps))
        settled(window, qtbot)
        assert len(panel.runs_rows()) >= 4
        assert panel.runs_box.isVisible() and whole_in_view(panel.runs_label, panel), (
            rect_in(panel.runs_label, panel.scroll.viewport()).getRect(), panel.scroll.viewport().height())
        assert note_in_view(panel) and whole_in_view(panel.note_label, panel)
        column_has_no_scrollbar(panel)
        # reached: the note 25-35 px, the table 22-25 px (the chrome is ~30 px)
        assert panel.note_label.fontInfo().pixelSize() >= 24, panel.note_label.fontInfo().pixelSize()
        assert panel.runs_label.fontInfo().pixelSize() >= 20, panel.runs_label.fontInfo().pixelSize()
    finally:
        c.set_presenting(False)
    assert panel.runs_share() == 1.0


# the long notes of issue 11 (and what they reached: the fit's floor is NOTE_FLOOR of the presenter size);
# Korean softmax_overflow step 2 (its answer under the note) still scrolls at 250 %; at 200 % it was 18 px
# until Lecture gave a two-column diagram less of the row (LECTURE_STAGES_DIAGRAM_SHARE) and the note refits
# to a wider panel
LONG_NOTES = [("en", 200, "backprop_by_hand", 13, 26), ("ko", 200, "backprop_by_hand", 13, 23),
              ("ko", 200, "softmax_overflow", 2, 20),
              ("en", 250, "backprop_by_hand", 13, 26), ("ko", 250, "backprop_by_hand", 13, 21),
              ("en", 250, "backprop_by_hand", 7, 33), ("ko", 250, "backprop_by_hand", 7, 31)]


@pytest.mark.parametrize("lang,pct,lesson,step,px", LONG_NOTES)
def test_a_long_note_and_the_numbers_title_are_whole_in_view_without_a_scrollbar(
        window, qtbot, wait_snap, lang, pct, lesson, step, px):
    """The numbers of the worked example (taller than the whole column at 250 %) were cut after their
    title and the column scrolled: now they fold to their title line where they and the note do not
    both fit, and the note is fitted above that line; "show" opens them and the column scrolls to them."""
    from nnviz import i18n
    i18n.set_language(lang)
    c = presenting(window, qtbot, wait_snap, pct, lesson)
    panel, ctl = c.lesson_panel, c.controller
    try:
        walk(ctl, qtbot, step)
        settled(window, qtbot)
        assert note_in_view(panel) and whole_in_view(panel.note_label, panel)
        assert panel.numbers_box.isVisible() and whole_in_view(panel.numbers_title, panel)
        assert rect_in(panel.numbers_box, panel.scroll.viewport()).bottom() <= panel.scroll.viewport().height()
        column_has_no_scrollbar(panel)
        assert panel.note_label.fontInfo().pixelSize() >= px, panel.note_label.fontInfo().pixelSize()
        if panel.numbers_folded():
            panel.numbers_toggle.click()
            for _ in range(3):
                qtbot.wait(30)
                QApplication.processEvents()
            assert not panel.numbers_folded() and panel.numbers_label.isVisible()
            view = panel.scroll.viewport()
            assert rect_in(panel.numbers_title, view).top() >= 0     # scrolled to the numbers, their title in view
            walk(ctl, qtbot, 1) if step < len(ctl.lesson.steps) else ctl.previous()
            qtbot.waitUntil(lambda: not ctl.busy, timeout=20_000)
            settled(window, qtbot)
            assert note_in_view(panel)   # the next step folds them again where they do not fit
    finally:
        c.set_presenting(False)
    assert not panel.numbers_folded() and panel.numbers_label.isVisible()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_runs_of_a_training_step_are_in_view_in_the_default_window(window, qtbot, wait_snap, lang):
    """The default window at 1366x768, out of presenter mode: the runs plot asked 480 px and the step's
    column kept 58 % of the panel; the table showed 2.5 of its 4 runs. Now the column gets what the note
    and the table need (the lesson's text above it scrolls, as it could), the plot the height left."""
    from nnviz import i18n
    i18n.set_language(lang)
    window.showNormal()
    window.resize(1366, 768)
    QApplication.processEvents()
    c = window.classroom
    assert window.open_lesson("init_and_optimizers")
    panel, ctl = c.lesson_panel, c.controller
    walk(ctl, qtbot, 7)
    settled(window, qtbot)
    assert not c.presenting and len(panel.runs_rows()) == 4
    assert whole_in_view(panel.note_label, panel) and whole_in_view(panel.runs_label, panel), (
        rect_in(panel.runs_label, panel.scroll.viewport()).getRect(), panel.scroll.viewport().height())
    assert panel.text_view.isVisible() and panel.text_view.height() >= 4 * panel.text_view.fontMetrics().lineSpacing()


def test_a_new_theme_in_presenter_mode_keeps_the_inspectors_presenter_fonts(window, qtbot, wait_snap):
    """Switching to the dark theme at 250 % re-inherited fonts down the window and left the inspector's
    formulas at the 100 % size (14 px beside 35 px prose)."""
    c = presenting(window, qtbot, wait_snap, 250, "backprop_by_hand")
    ins, theme = window.stepthrough.inspector, c.appearance.theme
    try:
        walk(c.controller, qtbot, 2)
        settled(window, qtbot)
        before = ins.formula_pixel_size()
        c.set_theme("dark" if c.appearance.theme != "dark" else "light")
        settled(window, qtbot)
        assert ins.formula_pixel_size() == before and before >= 1.8 * 14
        assert ins.node_text.fontInfo().pixelSize() == before
    finally:
        c.set_presenting(False)
        c.set_theme(theme)
