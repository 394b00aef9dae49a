"""Issue 11, what the room reads in the Lecture layout at 1920x1080, 200 % and 250 %: the step note of
every step of the step-through lessons wholly in view under Previous / Next / Restart (the lesson text
folds to one line), measured on the widgets' geometry."""
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
def test_every_step_note_is_wholly_in_view_under_the_controls(window, qtbot, wait_snap, pct, lesson):
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
            from nnviz.classroom.lesson_fit import NOTE_FLOOR   # here: the geometry above is the test
            # the lesson text folded to its one-line summary; the note still large type
            assert panel.intro_folded() and panel.text_view.isHidden() and panel.intro_row.isVisible()
            assert panel.intro_row.height() <= 2.2 * panel.intro_summary.fontMetrics().height()
            # never smaller than NOTE_FLOOR of the presenter text size (the lesson text keeps it whole)
            full = panel.text_view.fontInfo().pixelSize()
            assert full >= 1.8 * 14 * pct / 200 * 0.9
            assert panel.note_label.fontInfo().pixelSize() >= NOTE_FLOOR * full - 1, k
        panel.intro_toggle.click()          # "more": the whole text back
        assert not panel.intro_folded() and not panel.text_view.isHidden()
    finally:
        c.set_presenting(False)
    assert not panel.intro_row.isVisible() and not panel.text_view.isHidden()
