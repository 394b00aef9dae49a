"""Save as lesson: the current state (network, weights, data) as a lesson file, with a title, a text
and the controls students will not see. Opening the file shows students exactly that.

The worker writes its session to a temporary file (its ``save`` command), the dialog loads that copy
and hands it to ``nnviz.lessons.save_lesson``: the live session is never touched here."""
from __future__ import annotations

import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

from core.errors import NNVizError
from nnviz import i18n
from nnviz.classroom import controls as ctl
from nnviz.classroom.retranslate import Retranslates
from nnviz.export.session_copy import SessionCopy
from nnviz.lessons import SUFFIX, localized, save_lesson


class SaveLessonDialog(Retranslates, QDialog):
    def __init__(self, window, classroom, parent=None):
        super().__init__(parent or window)
        self.setObjectName("saveLessonDialog")
        self.window_ = window
        self.classroom = classroom
        self.retranslate_ui = self._retranslate
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.title_edit = QLineEdit()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setMinimumHeight(110)
        self.title_caption, self.text_caption = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.title_caption, self.title_edit)
        form.addRow(self.text_caption, self.text_edit)
        self.hide_box = QGroupBox()
        grid = QGridLayout(self.hide_box)
        self.checks = {}
        self.group_labels = {}
        for col, (group, names) in enumerate(ctl.GROUPS):
            head = QLabel()
            f = head.font()
            f.setBold(True)
            head.setFont(f)
            grid.addWidget(head, 0, col)
            self.group_labels[group] = head
            for row, name in enumerate(names, start=1):
                cb = QCheckBox()
                cb.setObjectName("hide_" + name)
                grid.addWidget(cb, row, col)
                self.checks[name] = cb
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.hide_box)
        lay.addWidget(self.buttons)
        self.last_error = ""
        self.saved_path = None
        self._copy = None
        self._prefill()
        self._retranslate()

    def _retranslate(self):
        self.setWindowTitle(self.tr("Save as lesson"))
        self.title_caption.setText(self.tr("Title"))
        self.text_caption.setText(self.tr("Text for the students"))
        self.title_edit.setPlaceholderText(self.tr("What this lesson shows"))
        self.text_edit.setPlaceholderText(self.tr("What to look at, what to try"))
        self.hide_box.setTitle(self.tr("Hide these controls from students"))
        for group, head in self.group_labels.items():
            head.setText(ctl.group_label(group))
        for name, cb in self.checks.items():
            cb.setText(ctl.control_label(name))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

    def _prefill(self):
        lesson = self.classroom.controller.lesson
        lang = i18n.current_language()
        if lesson is not None:
            self.title_edit.setText(localized(lesson.title, lang))
            self.text_edit.setPlainText(localized(lesson.text, lang))
        for name, cb in self.checks.items():
            cb.setChecked(name in self.classroom.hidden)

    def hidden_controls(self):
        return [n for n, cb in self.checks.items() if cb.isChecked()]

    def choose_file(self):
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as lesson"), "lesson" + SUFFIX,
                                              self.tr("Lessons (*{})").format(SUFFIX))
        if path:
            if not path.endswith(SUFFIX):
                path += SUFFIX
            self.save_to(path)

    def save_to(self, path):
        """Write the lesson to ``path`` (asynchronous: the worker first writes a copy of its session).
        ``saved_path`` is set when it is written; a failure shows a message and keeps the dialog open."""
        title = self.title_edit.text().strip() or self.tr("Lesson")
        text = self.text_edit.toPlainText().strip() or title
        job = (os.path.abspath(path), title, text, self.hidden_controls())
        self._copy = SessionCopy(self.window_.worker, lambda session: self._write(session, *job), self._error, self)
        self._copy.start()

    def _write(self, session, path, title, text, hidden):
        lang = i18n.current_language()
        lesson = self.classroom.controller.lesson
        try:
            titles = {lang: title}
            texts = {lang: text}
            if lesson is not None:  # keep the other language of a lesson being re-saved
                for k, v in lesson.title.items():
                    titles.setdefault(k, v) if localized(lesson.title, lang) == title else None
                for k, v in lesson.text.items():
                    texts.setdefault(k, v) if localized(lesson.text, lang) == text else None
            save_lesson(path, session, titles, texts, hidden_controls=hidden, lang=lang)
        except NNVizError as e:
            self._error(str(e))
            return
        self.saved_path = path
        self.window_.statusBar().showMessage(self.tr("Lesson saved: {}").format(path), 8000)
        from nnviz.classroom import settings as prefs
        prefs.add_recent_file(path)
        self.accept()

    def _error(self, text):
        self.last_error = text
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Cannot save the lesson"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.open()
        self.message_box = box
