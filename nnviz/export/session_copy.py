"""A private copy of the live session, for work that must not disturb training (export, save as lesson).

Only the worker thread may touch the live session, so the copy is made the way
any save is: the worker writes the session file to a temporary path, and the
copy is read back from it on the GUI thread.
"""
from __future__ import annotations

import os
import tempfile

from PySide6.QtCore import QObject

import core
from core.errors import NNVizError


class SessionCopy(QObject):
    """Asks the worker for a copy; calls ``on_copy(session)`` or ``on_fail(message)`` exactly once."""

    def __init__(self, worker, on_copy, on_fail, parent=None):
        super().__init__(parent)
        self.worker, self.on_copy, self.on_fail = worker, on_copy, on_fail
        self.tmp = None

    @property
    def busy(self):
        return self.tmp is not None

    def start(self):
        fd, self.tmp = tempfile.mkstemp(suffix=core.io.SUFFIX, prefix=".nnviz-copy-")
        os.close(fd)
        self.worker.saved.connect(self._saved)
        self.worker.commandFailed.connect(self._failed)
        self.worker.save(self.tmp)

    def _finish(self):
        for sig, slot in ((self.worker.saved, self._saved), (self.worker.commandFailed, self._failed)):
            try:
                sig.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        tmp, self.tmp = self.tmp, None
        return tmp

    def _failed(self, text):
        if self.tmp is None:
            return
        _unlink(self._finish())
        self.on_fail(text)

    def _saved(self, path):
        if self.tmp is None or os.path.abspath(path) != os.path.abspath(self.tmp):
            return  # another save finished
        tmp = self._finish()
        try:
            session = core.load_session(tmp)
        except NNVizError as e:
            self.on_fail(str(e))
            return
        finally:
            _unlink(tmp)
        self.on_copy(session)


def _unlink(p):
    try:
        os.unlink(p)
    except OSError:
        pass
