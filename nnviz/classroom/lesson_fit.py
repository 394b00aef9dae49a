"""The lesson panel in presenter mode: the step's note is what the room reads, so it gets the room.

- Once a step is shown the lesson's long text folds away behind a "more" toggle (at
  200 % on 1920x1080 the text box left the note ~2 lines less and it scrolled; at 250 % the note of
  backprop step 7 and the Restart button were cut at the bottom). The toggle folds it again, and the
  next step folds it anyway: a click on Next is a wish to read the note.
- The note (and the question or answer of a "predict first" step) is fitted to the room under the
  controls: its font steps down from the presenter size until it fits, never below NOTE_FLOOR of it
  (at 250 % still 1.5x the 100 % size); a note longer than that scrolls rather than shrinking more.
- Every lesson folds so (a lesson that only trains too: at 250 % its text box scrolled and cut the runs
  table under the note), and the lesson's title folds with its text: the step line, the toggle,
  Restart and Close share the title's row (a row more for the note: the Korean notes at 250 % needed
  it). Where that row is narrow the step line says "Step k of n" and the toggle only "▾".
- The numbers of the worked example fold to their title (a "show" toggle beside it) where they and the
  note at NOTE_KEEP of its size do not both fit (backprop's numbers are taller than the whole column at
  250 %: the box was cut after its title); the next step folds them again.
- The runs table (each run on one line where its name and numbers fit, runs_table.py) and its plot
  count in the fit: the note shrinks for the table's rows; the plot takes the height left, and is
  hidden where that is less than PLOT_LINES lines.
- Restart sits on the title's row; where that row is too narrow for its text it shows only "↺" (its
  tooltip and accessible name keep the words) rather than wrapping the title.

A mixin of ``LessonPanel`` (its widgets are made there; this module only lays them out).
"""
from __future__ import annotations

import math

from PySide6.QtCore import QMargins, QRect, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import QFrame, QToolButton

# of the presenter note size, tried in turn until the note fits (fine steps: the largest that fits)
NOTE_STEPS = (1.0, 0.95, 0.9, 0.85, 0.82, 0.8, 0.78, 0.76, 0.72, 0.68, 0.64, 0.6)
NOTE_FLOOR = NOTE_STEPS[-1]
RUNS_STEPS = (0.9, 0.8, 0.72, 0.64)   # the runs table's steps down (of the presenter size) when the note is at its floor
RUNS_NOTE_WANT = 0.76           # ... taken until the note keeps this share of its size
NOTE_KEEP = 0.85      # the numbers box stays open while the note is at least this share of its size
PLOT_LINES = 6        # the runs plot is shown where it gets at least this many text lines of height
PLAIN_STEP_SHARE = 0.78   # out of presenter mode: at most this much of the panel's text height for a step with runs
PLAIN_PLOT = (100, 480)   # out of presenter mode: the runs plot's least and most height (px)


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
        self._progress_forms = ("", "")
        self._compact_head = False
        return self.intro_toggle

    def _build_numbers_fold(self):
        """The numbers box's own toggle (presenting only): folded, the box is its title line."""
        self.numbers_toggle = QToolButton()
        self.numbers_toggle.setObjectName("numbersFold")
        self.numbers_toggle.setAutoRaise(True)
        self.numbers_toggle.clicked.connect(self._numbers_clicked)
        self.numbers_toggle.hide()
        self._numbers_folded = False
        self._numbers_opened = False   # the teacher opened them at this step
        self._numbers_margins = None
        return self.numbers_toggle

    def _retranslate_numbers_fold(self):
        self.numbers_toggle.setText(self.tr("show ▾") if self._numbers_folded else self.tr("less ▴"))
        self.numbers_toggle.setToolTip(self.tr("Show the numbers of the example") if self._numbers_folded
                                       else self.tr("Fold the numbers away"))

    def numbers_folded(self):
        return self._numbers_folded

    def _fold_numbers(self, folded):
        self._numbers_folded = bool(folded)
        self.numbers_label.setVisible(not self._numbers_folded and bool(self.numbers_label.text()))
        # folded, a line without its frame (the frame's margins cost the note a line at 250 %)
        self.numbers_box.setFrameShape(QFrame.Shape.NoFrame if folded else QFrame.Shape.StyledPanel)
        if self._numbers_margins is not None:
            self.numbers_box.layout().setContentsMargins(QMargins() if folded else self._numbers_margins)
        self._retranslate_numbers_fold()

    def _numbers_clicked(self):
        self._numbers_opened = self._numbers_folded
        self._fold_numbers(not self._numbers_folded)
        self._schedule_fit()

    def _retranslate_fold(self):
        self.intro_toggle.setText(self.tr("more ▾") if self._intro_folded else self.tr("less ▴"))
        head = " ".join(self.text_view.toPlainText().split())
        self.intro_toggle.setToolTip(self.tr("Show the lesson's text") + (f": {head[:160]}…" if head else "")
                                     if self._intro_folded else self.tr("Fold the lesson's text away"))

    def _arrange_restart(self):
        """Restart with its words where the title's row has room for them, else "↺" alone; with the
        lesson's title folded, the step line and the toggle on that row, in their shorter forms where
        it is narrow."""
        full = self.tr("↺ Restart lesson")
        self.restart_button.setAccessibleName(full)
        self._place_progress(self._compact_head)
        room = self.width() - 12 - self.close_button.sizeHint().width() - 24
        if self._compact_head:
            more = self.tr("more ▾") if self._intro_folded else self.tr("less ▴")
            fm = self.progress_label.fontMetrics()
            sp = max(0, self.head_row.spacing())
            room = self.width() - 12 - self.close_button.sizeHint().width() - 3 * sp

            def width_for(button, text):
                return button.sizeHint().width() - button.fontMetrics().horizontalAdvance(button.text()) + \
                    button.fontMetrics().horizontalAdvance(text)

            forms = [(p, t, r) for p in self._progress_forms for t in (more, more[-1]) for r in (full, "↺")]
            # the step line's "Lesson n" is worth most, the toggle's word then, Restart's words least
            order = sorted(forms, key=lambda f: (f[0] != self._progress_forms[0], f[1] != more, f[2] != full))
            pick = next((f for f in order if fm.horizontalAdvance(f[0]) + 6 <= room - width_for(
                self.intro_toggle, f[1]) - width_for(self.restart_button, f[2])), order[-1])
            if self.progress_label.text() != pick[0]:
                self.progress_label.setText(pick[0])
            if self.intro_toggle.text() != pick[1]:
                self.intro_toggle.setText(pick[1])
            want = pick[2] if self.isVisible() else full
        else:
            if self._progress_forms[0] and self.progress_label.text() != self._progress_forms[0]:
                self.progress_label.setText(self._progress_forms[0])
            fm = self.title_label.fontMetrics()
            need = fm.horizontalAdvance(self.title_label.text()) + self.restart_button.fontMetrics().horizontalAdvance(
                full) + self.close_button.sizeHint().width() + 48
            # a hidden panel's width is whatever it last had (or none yet): decided when shown (its resize)
            want = full if not self.isVisible() or need <= self.width() - 12 else "↺"
        if self.restart_button.text() != want:
            self.restart_button.setText(want)

    def _place_progress(self, compact):
        """The step line and the toggle on the title's row (the title folded away) or on a row of their own."""
        head, row = self.head_row, self.progress_row
        self.title_label.setVisible(not compact)
        inside = head.indexOf(self.progress_label) >= 0
        if compact == inside:
            return
        for w in (self.progress_label, self.intro_toggle):
            (row if compact else head).removeWidget(w)
        if compact:
            head.insertWidget(0, self.progress_label, 1, Qt.AlignmentFlag.AlignVCenter)
            head.insertWidget(1, self.intro_toggle, 0, Qt.AlignmentFlag.AlignVCenter)
        else:
            row.addWidget(self.progress_label, 1)
            row.addWidget(self.intro_toggle, 0, Qt.AlignmentFlag.AlignVCenter)

    def presenting_text(self):
        return self._text_factor > 1.0

    def intro_folded(self):
        return self._intro_folded

    def set_intro_folded(self, folded):
        """Fold the lesson's text to its summary line (True) or show it whole."""
        self._intro_folded = bool(folded)
        self.text_view.setVisible(not self._intro_folded)
        self._compact_head = self._intro_folded   # the title folds with the text
        self._retranslate_fold()
        self._arrange_restart()
        self._schedule_fit()

    def _update_fold(self, step_key):
        """After a refresh: presenting with a step shown, the text folds (again at each new step)."""
        lesson_open = self.controller.lesson is not None
        # every lesson: a lesson that only trains has the full height, but its runs table needs it
        offer = self.presenting_text() and lesson_open and step_key[1] > 0
        self.intro_row.setVisible(offer)
        self.numbers_toggle.setVisible(offer)
        # out of presenter mode the step title says which step; presenting, the progress line above does
        self.step_title.setVisible(not offer)
        if not offer:
            if self._intro_folded or self.text_view.isHidden():
                self._intro_folded = False
                self.text_view.setVisible(True)
                self._retranslate_fold()
            self._compact_head = False
            self._arrange_restart()
            if self._numbers_folded:
                self._fold_numbers(False)
            self._intro_shown_step = None
            self._reset_note_fonts()
            QTimer.singleShot(0, self._fit_plain)
            return
        if step_key != self._intro_shown_step:
            self._intro_shown_step = step_key
            self._numbers_opened = False
            self.set_intro_folded(True)
        else:
            self._arrange_restart()   # the refresh wrote the step line's long form
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

    def _set_runs_share(self, k):
        """The runs table's font as a share of the presenter text size (1.0: the panel's own font)."""
        if k == getattr(self, "_runs_share", 1.0):
            return
        self._runs_share = k
        f = QFont()   # resolves nothing: the label follows the panel's font again
        if k != 1.0:
            f = QFont(self.runs_label.font())
            f.setPointSizeF(self.text_point_size() * k)
        self.runs_label.setFont(f)

    def runs_share(self):
        return getattr(self, "_runs_share", 1.0)

    def _reset_note_fonts(self):
        self._note_share = 1.0
        self._set_runs_share(1.0)
        if self.runs_plot is not None:   # out of presenter mode the plot is back at its own height
            self.runs_plot.setMinimumHeight(140)
            self.runs_plot.setMaximumHeight(16777215)
            self.runs_plot.setVisible(True)

    def note_share(self):
        """The note's font as a share of the presenter text size (1.0: not shrunk to fit)."""
        return self._note_share

    @staticmethod
    def _box_height(box, widgets, width):
        """The height a titled box needs at ``width`` for ``widgets`` (its rows: a label, or a list of
        widgets side by side), from their heightForWidth (fonts that the fit does not change)."""
        lay = box.layout()
        m = lay.contentsMargins()
        inner = width - m.left() - m.right() - 2 * box.frameWidth()
        rows = []
        for row in widgets:
            parts = row if isinstance(row, (list, tuple)) else [row]
            fixed = sum(w.sizeHint().width() for w in parts[1:])
            hs = [w.heightForWidth(max(40, inner - fixed)) if w.hasHeightForWidth() else -1 for w in parts]
            rows.append(max(h if h > 0 else w.sizeHint().height() for h, w in zip(hs, parts)))
        return m.top() + m.bottom() + 2 * box.frameWidth() + sum(rows) + max(0, lay.spacing()) * max(0, len(rows) - 1)

    def _numbers_height(self, width, folded):
        if self.numbers_box.isHidden():
            return 0
        top = [self.numbers_title] + ([self.numbers_toggle] if not self.numbers_toggle.isHidden() else [])
        rows = [top] + ([] if folded or not self.numbers_label.text() else [self.numbers_label])
        return self._box_height(self.numbers_box, rows, width)

    def _runs_height(self, width, measured=False):
        """``measured``: the table laid out afresh in its font now (the label's heightForWidth keeps the old
        font's answer until the next event turn; this errs ~5 % high, never low)."""
        if self.runs_box.isHidden():
            return 0
        if not measured:
            return self._box_height(self.runs_box, [self.runs_title, self.runs_label], width)
        box = self.runs_box
        lay = box.layout()
        m = lay.contentsMargins()
        doc = QTextDocument()
        doc.setDefaultFont(self.runs_label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(self.runs_label.text())
        doc.setTextWidth(max(40, width - m.left() - m.right() - 2 * box.frameWidth()))
        title = self._box_height(box, [self.runs_title], width)
        return title + max(0, lay.spacing()) + math.ceil(doc.size().height())

    def _refit_width(self):
        """A new width: the runs table's rows (one line or two) and the wrapped labels' heights again."""
        try:
            if self.presenting_text() and self.controller.lesson is not None:
                self._fit_note()   # the note's size too: a wider panel (a refit of Lecture) reads larger
                return
            if self.controller.lesson is not None and self.controller.runs:
                self._show_runs()
            self._fit_wrapped()
        except RuntimeError:   # the panel went away before the timer fired
            pass

    def _fit_note(self):
        try:
            if not self.presenting_text() or self.controller.lesson is None:
                return
            view = self.scroll.viewport()
            width = view.width()
            if width < 40 or view.height() < 40:
                return
            self._set_runs_share(1.0)
            if self.controller.runs:
                self._show_runs()   # its rows at this width (one line where name and numbers fit)
            self._fit_wrapped()
            sp = max(0, self.scroll.widget().layout().spacing())
            full = self.text_point_size()
            runs = self._runs_height(width)
            below = runs + sp if runs else 0

            def fits(k, numbers):
                return self._reading_height(width, full * k) + below + (numbers + sp if numbers else 0) <= view.height()
            if self.numbers_box.isHidden():
                numbers_folded = False
            elif self._numbers_opened:
                numbers_folded = False
            else:   # open while the note keeps NOTE_KEEP of its size beside them, else their title only
                numbers_folded = not any(fits(k, self._numbers_height(width, False))
                                         for k in NOTE_STEPS if k >= NOTE_KEEP)
            if numbers_folded != self._numbers_folded:
                self._fold_numbers(numbers_folded)
            numbers = self._numbers_height(width, True) if (self._numbers_opened or numbers_folded) \
                else self._numbers_height(width, False)
            share = next((k for k in NOTE_STEPS if fits(k, numbers)), None)
            if share is None and runs:
                # the runs table steps down before the note goes under its floor: the last step of a
                # training lesson holds 6-7 runs, two lines each at 250 %, and scrolled with the note at 21 px.
                # The first step that leaves the note RUNS_NOTE_WANT of its size, else the note's largest
                best = None
                for rk in RUNS_STEPS:
                    self._set_runs_share(rk)
                    self._show_runs()
                    below = self._runs_height(width, measured=True) + sp
                    k = next((k for k in NOTE_STEPS if fits(k, numbers)), None)
                    if k is not None and (best is None or k > best[1]):
                        best = (rk, k)
                    if k is not None and k >= RUNS_NOTE_WANT:
                        break
                if best is not None:
                    self._set_runs_share(best[0])
                    self._show_runs()
                    below = self._runs_height(width, measured=True) + sp
                    share = best[1]
            share = NOTE_FLOOR if share is None else share
            if share != self._note_share or abs(self.note_label.font().pointSizeF() - full * share) > 0.01:
                self._set_note_share(share)
            self._size_runs_plot(view.height() - self._reading_height(width, full * share) - below
                                 - (numbers + sp if numbers else 0))
            self._fit_wrapped()
            if self._numbers_opened:   # the teacher asked for them: their top at the top of the view
                QTimer.singleShot(0, lambda: self.scroll.verticalScrollBar().setValue(self.numbers_box.y()))
            elif not self.controller.asking:
                self.scroll.verticalScrollBar().setValue(0)
        except RuntimeError:   # the panel went away before the timer fired
            pass

    def _fit_plain(self):
        """Out of presenter mode (the default window at 1366x768): at a new step with runs the step's
        column gets the height its note and table need, up to PLAIN_STEP_SHARE of the panel (the lesson's
        text above it scrolls, as it always could; at 1366x768 the table showed 2.5 of 4 runs), and the
        runs plot takes the height left (it asked 480 px and pushed the table's end out of view)."""
        try:
            plot = self.runs_plot
            if (self.presenting_text() or self.controller.lesson is None or plot is None
                    or self.runs_box.isHidden()):
                return
            view = self.scroll.viewport()
            width = view.width()
            if width < 40:
                return
            sp = max(0, self.scroll.widget().layout().spacing())
            need = self._reading_height(width) + sum(h + sp for h in (
                self._numbers_height(width, False), self._runs_height(width)) if h)
            least, most = PLAIN_PLOT
            key = (id(self.controller.lesson), self.controller.index)
            if key != getattr(self, "_plain_step", None) and self.isVisible():
                self._plain_step = key   # once a step: a teacher's drag of the divider holds until the next
                sizes = self.splitter.sizes()
                total = sum(sizes)
                want = min(int(total * PLAIN_STEP_SHARE), need + 2 * sp + 8)   # the plot may scroll
                if len(sizes) == 2 and want > sizes[1]:
                    self.splitter.setSizes([total - want, want])
                    QTimer.singleShot(0, self._fit_plain)   # the plot once the column has its height
                    return
            h = int(max(least, min(most, view.height() - need - 2 * sp - 6)))
            if plot.minimumHeight() != h or plot.maximumHeight() != h:
                plot.setMinimumHeight(h)
                plot.setMaximumHeight(h)
            plot.setVisible(True)
        except RuntimeError:   # the panel went away before the timer fired
            pass

    def _size_runs_plot(self, left):
        """The runs plot takes the height left under the table, or is hidden where that is too little."""
        plot = self.runs_plot
        if plot is None or self.runs_box.isHidden():
            return
        left -= max(0, self.runs_box.layout().spacing()) + 4
        least = PLOT_LINES * self.runs_label.fontMetrics().height()
        if left < least:
            plot.setVisible(False)
            return
        h = int(min(left, 2.5 * least))
        plot.setMinimumHeight(h)
        plot.setMaximumHeight(h)
        plot.setVisible(True)
