"""The lesson panel beside the diagram: the lesson's text, its scripted steps with their notes,
"predict, then reveal" questions, the numbers of the worked example and the runs side by side."""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nnviz import i18n
from nnviz.classroom.lesson_fit import StepFit
from nnviz.classroom.numbers import forward_numbers
from nnviz.classroom.retranslate import Retranslates
from nnviz.classroom.runs_table import RunsTable
from nnviz.lessons import localized


def _label(wrap=True, selectable=True):
    lab = QLabel()
    lab.setWordWrap(wrap)
    lab.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)  # text under its title, never centred
    lab.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return lab


def _titled_box():
    """A framed box whose title wraps (a QGroupBox title does not, and would widen the panel)."""
    box = QFrame()
    box.setFrameShape(QFrame.Shape.StyledPanel)
    v = QVBoxLayout(box)
    title = QLabel()
    title.setWordWrap(True)
    f = QFont()
    f.setBold(True)
    title.setFont(f)
    v.addWidget(title)
    return box, v, title


class LessonPanel(StepFit, RunsTable, Retranslates, QWidget):
    """Shows the controller's lesson; its buttons drive the controller."""

    closeRequested = Signal()

    def __init__(self, controller, window, parent=None):
        super().__init__(parent)
        self.setObjectName("lessonPanel")
        self._text_factor = 1.0
        self.controller = controller
        self.window_ = window
        self.retranslate_ui = self._retranslate  # the name the classroom calls on a language switch

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.closeRequested.emit)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.progress_label = QLabel()
        self.progress_label.setWordWrap(True)
        self.restart_button = QToolButton()
        self.restart_button.setAutoRaise(True)
        # Restart beside the title: above everything that grows, never pushed out by a long note
        head.insertWidget(1, self.restart_button, 0, Qt.AlignmentFlag.AlignTop)
        self.head_row = head

        self.text_view = QTextBrowser()
        self.text_view.setOpenExternalLinks(False)
        self.text_view.setFrameShape(QFrame.Shape.StyledPanel)

        # the step: its note, the prediction question, the buttons
        self.step_title = QLabel()
        bf = QFont()  # only the weight: the size follows the application's (presenter scale)
        bf.setBold(True)
        self.step_title.setFont(bf)
        self.note_label = _label()
        self.predict_box = QFrame()
        self.predict_box.setObjectName("predictBox")
        self.predict_box.setFrameShape(QFrame.Shape.StyledPanel)
        pv = QVBoxLayout(self.predict_box)
        self.predict_title = QLabel()
        self.predict_title.setFont(bf)
        self.question_label = _label()
        self.reveal_button = QPushButton()
        self.answer_label = _label()
        pv.addWidget(self.predict_title)
        pv.addWidget(self.question_label)
        pv.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)
        pv.addWidget(self.answer_label)

        self.prev_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # top to bottom when the panel is narrow
        row.addWidget(self.prev_button, 1)
        row.addWidget(self.next_button, 1)
        self.buttons_row = row

        self.numbers_box, nv, self.numbers_title = _titled_box()
        # presenting, the numbers fold to their title where they and the note do not both fit (lesson_fit)
        nv.removeWidget(self.numbers_title)
        ntop = QHBoxLayout()
        ntop.setContentsMargins(0, 0, 0, 0)
        ntop.addWidget(self.numbers_title, 1)
        ntop.addWidget(self._build_numbers_fold(), 0, Qt.AlignmentFlag.AlignTop)
        nv.insertLayout(0, ntop)
        self._numbers_margins = nv.contentsMargins()
        self.numbers_label = _label()
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.numbers_label.setFont(mono)
        nv.addWidget(self.numbers_label)

        self.runs_box, rv, self.runs_title = _titled_box()
        self.runs_label = QLabel()
        self.runs_label.setTextFormat(Qt.TextFormat.RichText)
        self.runs_label.setWordWrap(True)
        # the table must not widen the scrolled column (its notes would be cut at the right, and the
        # column does not scroll sideways): it takes the width it is given, its cells wrap
        self.runs_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.runs_label.setMinimumWidth(0)
        rv.addWidget(self.runs_label)
        self.runs_plot = None

        steps = QWidget()
        sp = steps.sizePolicy()
        sp.setHeightForWidth(True)  # wrapped notes and numbers get the height their width needs
        steps.setSizePolicy(sp)
        sv = QVBoxLayout(steps)
        sv.setContentsMargins(0, 4, 0, 0)
        sv.addWidget(self.step_title)
        sv.addWidget(self.note_label)
        sv.addWidget(self.predict_box)
        sv.addWidget(self.numbers_box)
        sv.addWidget(self.runs_box)
        sv.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(steps)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.text_view)
        split.addWidget(scroll)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        self.splitter = split

        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.addLayout(head)
        # the step, and presenting the lesson text's more/less toggle (the text folds once a step is shown)
        progress = QHBoxLayout()
        progress.setContentsMargins(0, 0, 0, 0)
        progress.addWidget(self.progress_label, 1)
        progress.addWidget(self._build_intro_fold(), 0, Qt.AlignmentFlag.AlignVCenter)
        self.progress_row = progress
        lay.addLayout(progress)
        # Previous / Next always at the same place, above everything that grows (a clicker's target)
        lay.addLayout(row)
        lay.addWidget(split, 1)
        self.setMinimumWidth(280)

        self.next_button.clicked.connect(controller.next)
        self.prev_button.clicked.connect(controller.previous)
        self.reveal_button.clicked.connect(controller.reveal)
        self.restart_button.clicked.connect(controller.restart)
        controller.changed.connect(self.refresh)
        window.snapshotDrawn.connect(self._snapshot_drawn)
        self._shown_lesson = None
        presenter = getattr(window, "presenter", None)
        if presenter is not None:
            presenter.presenter_scale_changed.connect(self.set_text_scale)
        self._title_font()
        self._retranslate()
        # → / ← are step-stage keys in the window; with the focus in this panel they are lesson steps.
        # The filter sits on this panel's own focusable widgets (made here, so their Python wrappers
        # exist), and key events of later ones climb to event(). An application-wide Python filter saw
        # every object's events, half-destroyed C++ internals too, and crashed the process during a
        # style-sheet change (monkey test).
        for child in self.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus:
                child.installEventFilter(self)

    # ------------------------------------------------------------------ presenter keys and size
    ARROWS = {Qt.Key.Key_Right: "next", Qt.Key.Key_Left: "previous"}

    def _arrow(self, ev):
        """True when ``ev`` is → / ← for the lesson (and then it is taken care of)."""
        t = ev.type()
        if t not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        if ev.key() not in self.ARROWS or ev.modifiers() not in (Qt.KeyboardModifier.NoModifier,
                                                                  Qt.KeyboardModifier.KeypadModifier):
            return False
        if t == QEvent.Type.ShortcutOverride:
            ev.accept()  # the window's step-stage shortcut does not take it
        else:
            getattr(self.controller, self.ARROWS[ev.key()])()
        return True

    def eventFilter(self, obj, ev):
        return self._arrow(ev)

    def event(self, ev):
        return self._arrow(ev) or super().event(ev)

    def set_text_scale(self, factor):
        """The presenter factor: the lesson's text, note and question grow with it (a little more than
        the chrome, so that the back row reads what the teacher points at). Presenting, the step's note
        and question get most of the panel's height; the lesson's long text scrolls above them."""
        self._text_factor = float(factor)
        self._apply_text_fonts()
        total = max(2, sum(self.splitter.sizes()))
        share = 0.22 if self._text_factor > 1.0 else 0.5   # presenting, the step note is what the room reads
        self.splitter.setSizes([int(total * share), total - int(total * share)])
        self.refresh()   # presenting, the lesson text folds once a step is shown; the note is fitted

    def text_point_size(self):
        from nnviz.appearance import theme
        base = theme.base_font(QApplication.instance()).pointSizeF()
        base = base if base > 0 else 10.0
        k = self._text_factor
        return base * k * (1.15 if k > 1.0 else 1.0)

    def _apply_text_fonts(self):
        if self._text_factor <= 1.0:
            # out of presenter mode the texts inherit the application's font again (exactly its size)
            for w in (self.text_view, self.note_label, self.question_label, self.answer_label):
                w.setFont(QFont())
            mono = QFont("monospace")
            mono.setStyleHint(QFont.StyleHint.Monospace)
            self.numbers_label.setFont(mono)
            for w in (self.step_title, self.predict_title):
                bf = QFont()
                bf.setBold(True)
                w.setFont(bf)
            self._arrange_buttons()
            self._fit_wrapped()
            return
        pt = self.text_point_size()
        for w in (self.text_view, self.note_label, self.question_label, self.answer_label):
            f = QFont(w.font())
            f.setPointSizeF(pt)
            w.setFont(f)
        f = QFont(self.numbers_label.font())
        f.setPointSizeF(pt * 0.95)
        self.numbers_label.setFont(f)
        for w in (self.step_title, self.predict_title):
            f = QFont(w.font())
            f.setBold(True)
            f.setPointSizeF(pt)
            w.setFont(f)
        self._arrange_buttons()
        self._fit_wrapped()
        self._schedule_fit()   # the note at its full size again, then fitted to the room

    def _fit_wrapped(self):
        """Wrapped labels in the scrolled column get the height their width needs (a scroll area's layout
        does not always ask them, and a note or the numbers would be cut at the bottom)."""
        room = self.scroll.viewport().width()
        inner = self.scroll.widget()
        for lab in (self.note_label, self.question_label, self.answer_label, self.numbers_label, self.runs_label):
            # the column's width less the frames around the label (the boxes have margins on both sides)
            w = room - 2 * max(0, lab.mapTo(inner, QPoint(0, 0)).x())
            lab.setMinimumHeight(0)   # measured afresh: the height a longer note before it needed stuck
            lab.setMinimumHeight(lab.heightForWidth(max(40, w)) if lab.text() else 0)

    # ------------------------------------------------------------------ language
    def changeEvent(self, ev):
        if ev.type() == QEvent.Type.FontChange:
            self._title_font()
            if self._text_factor > 1.0:
                self._apply_text_fonts()
            self._arrange_buttons()
        super().changeEvent(ev)

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self._arrange_buttons()
        QTimer.singleShot(0, self._refit_width)  # after the layout gave the labels their new width
        if self.intro_row.isVisible():
            self._schedule_fit()

    def _arrange_buttons(self):
        need = self.prev_button.sizeHint().width() + self.next_button.sizeHint().width() + 24
        room = self.width() - 12
        want = QBoxLayout.Direction.LeftToRight if need <= room else QBoxLayout.Direction.TopToBottom
        if self.buttons_row.direction() != want:
            self.buttons_row.setDirection(want)
        self._arrange_restart()

    def _title_font(self):
        f = QFont(self.font())
        f.setBold(True)
        f.setPointSizeF(self.font().pointSizeF() * 1.25)
        self.title_label.setFont(f)

    def _retranslate(self):
        self.close_button.setToolTip(self.tr("Close the lesson"))
        self.predict_title.setText(self.tr("Predict first"))
        self.reveal_button.setText(self.tr("Reveal the answer"))
        self.reveal_button.setToolTip(self.tr("Show the answer and run this step"))
        self.prev_button.setText(self.tr("◀ Previous"))
        self.prev_button.setToolTip(self.tr("Back to the step before (the lesson is replayed to it)"))
        self.next_button.setText(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Run the next step and show its note"))
        self.restart_button.setToolTip(self.tr("Back to the start of the lesson"))
        self.numbers_title.setText(self.tr("The numbers of the example"))
        self.runs_title.setText(self.tr("Runs side by side"))
        self._retranslate_fold()
        self._retranslate_numbers_fold()
        self._shown_lesson = None
        self.refresh()

    # ------------------------------------------------------------------ showing the state
    def lang(self):
        return i18n.current_language()

    def refresh(self):
        c = self.controller
        lesson = c.lesson
        if lesson is None:
            self.title_label.setText(self.tr("No lesson open"))
            self.progress_label.setText("")
            self.text_view.setPlainText("")
            self._shown_lesson = None
            for w in (self.prev_button, self.next_button, self.restart_button):
                w.setEnabled(False)
            self.predict_box.hide()
            self.numbers_box.hide()
            self.runs_box.hide()
            self.step_title.setText("")
            self.note_label.setText("")
            self._update_fold((None, 0, False))
            return
        lang = self.lang()
        key = (lesson.id, id(lesson), lang)
        if self._shown_lesson != key:
            self._shown_lesson = key
            self.title_label.setText(localized(lesson.title, lang))
            paragraphs = localized(lesson.text, lang).split("\n\n")
            self.text_view.setHtml("".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs))
        n = len(lesson.steps)
        order = self._lesson_number(lesson)
        short = self.tr("Step {k} of {total}").format(k=c.index, total=n)
        if order:
            self.progress_label.setText(self.tr("Lesson {n} · step {k} of {total}").format(n=order, k=c.index, total=n))
        else:
            self.progress_label.setText(short)
        self._progress_forms = (self.progress_label.text(), short)   # the short one where the row is narrow
        step = c.current_step()
        if c.index == 0:
            self.step_title.setText(self.tr("Ready"))
            self.note_label.setText(self.tr("Read the text above, then press Next to run the first step."))
        else:
            self.step_title.setText(self.tr("Step {k}").format(k=c.index))
            self.note_label.setText(localized(step.note, lang))
        upcoming = c.next_step()
        if c.asking and upcoming is not None and upcoming.predict:
            self.predict_box.show()
            self.question_label.setText(localized(upcoming.predict["question"], lang))
            self.question_label.show()
            self.reveal_button.show()
            self.answer_label.hide()
        elif c.revealed and step is not None and step.predict:
            self.predict_box.show()
            self.question_label.setText(localized(step.predict["question"], lang))
            self.reveal_button.hide()
            self.answer_label.setText(localized(step.predict["answer"], lang))
            self.answer_label.show()
            # presenting, the question was on the screen at the click before: the answer gets its room
            self.question_label.setVisible(not self.presenting_text())
        else:
            self.predict_box.hide()
        self.prev_button.setEnabled(c.index > 0 or c.asking)
        self.next_button.setEnabled(c.index < n)
        # Next keeps its text and place: while a question is asked it reveals the answer and runs the step
        self.next_button.setToolTip(self.tr("Show the answer and run this step") if c.asking
                                    else self.tr("Run the next step and show its note"))
        self.restart_button.setEnabled(c.index > 0 or c.asking)
        if c.index >= n:
            self.next_button.setToolTip(self.tr("The lesson is finished"))
        self._show_numbers(self.window_.drawn_snapshot)
        self._show_runs()
        self._fit_wrapped()
        self._update_fold((key, c.index, c.asking))
        # what the class reads now in view: the question while one is asked, else the step's note
        if c.asking:
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.predict_box, 0, 0))
        else:
            self.scroll.verticalScrollBar().setValue(0)

    def _lesson_number(self, lesson):
        from nnviz.lessons import list_lessons
        try:
            ids = [i.id for i in list_lessons()]
        except Exception:  # noqa: BLE001
            return 0
        return ids.index(lesson.id) + 1 if lesson.id in ids and lesson.path is not None else 0

    def _snapshot_drawn(self):
        if self.controller.lesson is not None and self.isVisible():
            self._show_numbers(self.window_.drawn_snapshot)
            self._show_runs()
            self._fit_wrapped()
            if self.intro_row.isVisible():
                self._schedule_fit()   # the "(now)" row may have taken a line more or less

    def _show_numbers(self, snap):
        lesson = self.controller.lesson
        lines = []
        if lesson is not None and snap is not None:
            targets = lesson.targets if (lesson.targets is not None and lesson.dataset is not None
                                         and len(snap.y_train) == len(lesson.targets)) else None
            lines = forward_numbers(snap, targets, tr=self.tr)
        if lines:
            self.numbers_label.setText("\n".join(lines))
            self.numbers_label.setVisible(not self.numbers_folded())
            self.numbers_box.show()
        else:
            self.numbers_label.setText("")
            self.numbers_box.hide()

    def numbers_text(self):
        return self.numbers_label.text()
