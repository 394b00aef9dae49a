"""The lesson panel in presenter mode: the step's note is what the room reads, so it gets the room.

- Once a step is shown the lesson's long text folds away behind a "more" toggle (at
  200 % on 1920x1080 the text box left the note ~2 lines less and it scrolled; at 250 % the note of
  backprop step 7 and the Restart button were cut at the bottom). The toggle folds it again, and the
  next step folds it anyway: a click on Next is a wish to read the note.
- The note (and the question or answer of a "predict first" step) is fitted to the room under the
  controls: its font steps down from the presenter size until it fits, never below NOTE_FLOOR of it
  (at 250 % still 1.5x the 100 % size); a note longer than that scrolls rather than shrinking more.
- Restart sits on the title's row; where that row is too narrow for its text it shows only "↺" (its
  tooltip and accessible name keep the words) rather than wrapping the title.

A mixin of ``LessonPanel`` (its widgets are made there; this module only lays them out).
"""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QToolButton

# of the presenter note size, tried in turn until the note fits (fine steps: the largest that fits)
NOTE_STEPS = (1.0, 0.95, 0.9, 0.85, 0.8, 0.76, 0.72, 0.68, 0.64, 0.6)
NOTE_FLOOR = NOTE_STEPS[-1]


class StepFit:
    """Folding the lesson text and fitting the note (mixed into LessonPanel)."""

    def _build_intro_fold(self):
        """The toggle that folds the lesson's text (on the step's row: a summary line of its own cost the
        note a line at 250 %, and in Korean the note did not fit then). Its tooltip begins the text."""
        self.intro_toggle = QToolButton()
        self.intro_toggle.setObjectName("introFold")
        self.intro_toggle.setAutoRaise(True)
        self.intro_toggle.clicked.connect(lambda: self.set_intro_folded(not self._intro_folded))
        self.intro_toggle.hide()
        self.intro_row = self.intro_toggle
        self._intro_folded = False
        self._intro_shown_step = None
        self._note_share = 1.0
        return self.intro_toggle

    def _retranslate_fold(self):
        self.intro_toggle.setText(self.tr("more ▾") if self._intro_folded else self.tr("less ▴"))
        head = " ".join(self.text_view.toPlainText().split())
        self.intro_toggle.setToolTip(self.tr("Show the lesson's text") + (f": {head[:160]}…" if head else "")
                                     if self._intro_folded else self.tr("Fold the lesson's text away"))

    def _arrange_restart(self):
        """Restart with its words where the title's row has room for them, else "↺" alone."""
        full = self.tr("↺ Restart lesson")
        self.restart_button.setAccessibleName(full)
        fm = self.title_label.fontMetrics()
        need = fm.horizontalAdvance(self.title_label.text()) + self.restart_button.fontMetrics().horizontalAdvance(
            full) + self.close_button.sizeHint().width() + 48
        # a hidden panel's width is whatever it last had (or none yet): decided when shown (its resize)
        want = full if not self.isVisible() or need <= self.width() - 12 else "↺"
        if self.restart_button.text() != want:
            self.restart_button.setText(want)

    def presenting_text(self):
        return self._text_factor > 1.0

    def intro_folded(self):
        return self._intro_folded

    def set_intro_folded(self, folded):
        """Fold the lesson's text to its summary line (True) or show it whole."""
        self._intro_folded = bool(folded)
        self.text_view.setVisible(not self._intro_folded)
        self._retranslate_fold()
        self._schedule_fit()

    def _update_fold(self, step_key):
        """After a refresh: presenting with a step shown, the text folds (again at each new step)."""
        lesson_open = self.controller.lesson is not None
        self._arrange_restart()
        # only where the panel is short: under the Lecture inspector (a lesson that steps through stages);
        # a lesson that only trains has the full height, and the toggle wrapped its step line at 250 %
        stages = lesson_open and any(st.action == "step_stage" for st in self.controller.lesson.steps)
        offer = self.presenting_text() and stages and step_key[1] > 0
        self.intro_row.setVisible(offer)
        # out of presenter mode the step title says which step; presenting, the progress line above does
        self.step_title.setVisible(not offer)
        if not offer:
            if self._intro_folded or self.text_view.isHidden():
                self._intro_folded = False
                self.text_view.setVisible(True)
                self._retranslate_fold()
            self._intro_shown_step = None
            self._reset_note_fonts()
            return
        if step_key != self._intro_shown_step:
            self._intro_shown_step = step_key
            self.set_intro_folded(True)
        else:
            self._schedule_fit()

    # ------------------------------------------------------------------ fitting the note
    def _schedule_fit(self):
        QTimer.singleShot(0, self._fit_note)   # after the layout gave the scrolled column its height

    @staticmethod
    def _wrapped_height(label, font, width):
        """The height ``label`` needs at ``width`` with ``font``, from the font's metrics (a label's own
        heightForWidth kept the old font's answer until the next event turn, under the style sheet)."""
        if label.isHidden() or not label.text():
            return 0
        m = label.contentsMargins()
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        r = QFontMetrics(font).boundingRect(QRect(0, 0, max(1, width - m.left() - m.right()), 1 << 20),
                                            int(flags), label.text())
        return r.height() + m.top() + m.bottom()

    def _reading_height(self, width, pt=None):
        """The height the step column's top needs for what the room reads now (the note, and the
        question or answer of a "predict first" step) at ``width``, its texts at ``pt`` points."""
        pt = pt or self.note_label.font().pointSizeF()
        sp = max(0, self.scroll.widget().layout().spacing())

        def font(w, bold=False):
            f = QFont(w.font())
            f.setPointSizeF(pt)
            f.setBold(bold)
            return f

        h = self.scroll.widget().layout().contentsMargins().top()
        if not self.step_title.isHidden():
            h += QFontMetrics(font(self.step_title, True)).height() + sp
        h += self._wrapped_height(self.note_label, font(self.note_label), width) + sp
        box = self.predict_box
        if not box.isHidden():
            lay = box.layout()
            m = lay.contentsMargins()
            inner = width - m.left() - m.right() - 2 * box.frameWidth()
            parts = [QFontMetrics(font(self.predict_title, True)).height(),
                     self._wrapped_height(self.question_label, font(self.question_label), inner),
                     self.reveal_button.sizeHint().height() if not self.reveal_button.isHidden() else 0,
                     self._wrapped_height(self.answer_label, font(self.answer_label), inner)]
            h += m.top() + m.bottom() + 2 * box.frameWidth() + sum(parts) + max(0, lay.spacing()) * (
                sum(1 for p in parts if p) - 1)
        return h

    def _set_note_share(self, k):
        self._note_share = k
        pt = self.text_point_size() * k
        for w in (self.note_label, self.question_label, self.answer_label, self.step_title, self.predict_title):
            f = QFont(w.font())
            f.setPointSizeF(pt)
            w.setFont(f)

    def _reset_note_fonts(self):
        self._note_share = 1.0

    def note_share(self):
        """The note's font as a share of the presenter text size (1.0: not shrunk to fit)."""
        return self._note_share

    def _fit_note(self):
        try:
            if not self.presenting_text() or self.controller.lesson is None:
                return
            view = self.scroll.viewport()
            width = view.width()
            if width < 40 or view.height() < 40:
                return
            full = self.text_point_size()
            share = next((k for k in NOTE_STEPS if self._reading_height(width, full * k) <= view.height()),
                         NOTE_FLOOR)
            self._set_note_share(share)
            self._fit_wrapped()
            self.scroll.verticalScrollBar().setValue(0)
        except RuntimeError:   # the panel went away before the timer fired
            pass
