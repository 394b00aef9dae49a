"""File > Open, Save, Save As and Recent files for the window (``window.classroom.files``).

A session file is read and checked whole on a thread of its own (``run_off_thread``: a progress dialog
with Cancel when it takes a while), then handed to the worker; a lesson file goes to the lessons. A file
that cannot be read is refused with a message and nothing changes. Saving is the worker's (it owns the
live session); this object remembers which file Save writes to and keeps the recent-files list.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

import core
from core import io as core_io
from core.errors import NNVizError
from nnviz.classroom import settings as prefs
from nnviz.files.offthread import Cancelled, run_off_thread
from nnviz.lessons import SUFFIX as LESSON_SUFFIX

SESSION_SUFFIX = core_io.SUFFIX


class SessionFiles(QObject):
    def __init__(self, classroom):
        super().__init__(classroom)
        self.classroom = classroom
        self.window = classroom.window
        self.current_path = None          # the session file Save writes to
        self.recent_menu = None
        self._pending_saves = set()
        self._refusal = None              # the Message of the refusal that commandFailed reports next
        w = self.window.worker
        w.saved.connect(self._saved)
        w.commandRefused.connect(self._command_refused)
        w.commandFailed.connect(self._command_failed)

    # ------------------------------------------------------------------ recent files
    def attach_recent_menu(self, menu):
        self.recent_menu = menu
        menu.aboutToShow.connect(self.fill_recent)
        self.fill_recent()

    def fill_recent(self):
        m = self.recent_menu
        if m is None:
            return
        m.clear()
        files = prefs.recent_files()
        for p in files:
            a = m.addAction(os.path.basename(p))
            a.setToolTip(p)
            a.setStatusTip(p)
            a.triggered.connect(lambda _=False, path=p: self.open_path(path))
        if not files:
            a = m.addAction(self.tr("(none yet)"))
            a.setEnabled(False)
        else:
            m.addSeparator()
            m.addAction(self.tr("Clear the list"), self.clear_recent)

    def clear_recent(self):
        prefs.clear_recent_files()
        self.fill_recent()

    # ------------------------------------------------------------------ opening
    def open_dialog(self):
        if not self.classroom.allowed("open"):
            return
        start = os.path.dirname(self.current_path) if self.current_path else ""
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a session or a lesson"), start,
            self.tr("nnviz sessions and lessons (*{} *{});;nnviz sessions (*{});;Lessons (*{});;All files (*)").format(
                SESSION_SUFFIX, LESSON_SUFFIX, SESSION_SUFFIX, LESSON_SUFFIX))
        if path:
            self.open_path(path)

    def open_path(self, path):
        """Open a session file (.nnviz) or a lesson (.json). A file that cannot be read is refused with a
        message; the session on screen, and the file, stay as they were. True when it opened."""
        c = self.classroom
        path = os.fspath(path)
        if path.lower().endswith(LESSON_SUFFIX):
            return c.open_lesson(path)
        try:  # read and checked off the GUI thread; the worker gets the result
            session = run_off_thread(core.load_session, path, label=self.tr("Opening {}…").format(
                os.path.basename(path)), parent=self.window)
        except Cancelled:
            return False
        except NNVizError as e:
            c.refuse(self.tr("Cannot open this file"), str(e))
            return False
        if c.controller.active:
            c.controller.close()
            c.lesson_panel.hide()
        c.set_hidden(())
        self.window.pause()
        self.window.worker.load_lesson_session(session, None, self.tr("opened {}").format(path))
        self.current_path = os.path.abspath(path)
        prefs.add_recent_file(path)
        c._fill_lessons_menu()
        return True

    # ------------------------------------------------------------------ saving
    def save(self):
        if not self.classroom.allowed("save"):
            return
        if self.current_path and self.current_path.endswith(SESSION_SUFFIX):
            self.save_to(self.current_path)
        else:
            self.save_as()

    def save_as(self):
        if not self.classroom.allowed("save"):
            return
        start = self.current_path or "session" + SESSION_SUFFIX
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save session"), start,
                                              self.tr("nnviz sessions (*{})").format(SESSION_SUFFIX))
        if path:
            if not path.endswith(SESSION_SUFFIX):
                path += SESSION_SUFFIX
            self.save_to(path)

    def save_to(self, path):
        """Ask the worker to write the session to ``path`` (``saved`` or a refusal follows)."""
        self._pending_saves.add(os.path.abspath(path))
        self.window.worker.save(path)

    def _saved(self, path):
        if os.path.abspath(path) in self._pending_saves:
            self._pending_saves.discard(os.path.abspath(path))
            self.current_path = os.path.abspath(path)
            prefs.add_recent_file(path)
            self.window.statusBar().showMessage(self.tr("Saved {}").format(path), 8000)

    def _command_refused(self, message):
        self._refusal = message

    def _command_failed(self, text):
        refusal, self._refusal = self._refusal, None
        if self._pending_saves:
            self._pending_saves.clear()
            # the worker's Message in the window's language (the English text is for the log)
            from nnviz.i18n import translate
            self.classroom.refuse(self.tr("Cannot save"), translate(refusal) if refusal is not None else text)
