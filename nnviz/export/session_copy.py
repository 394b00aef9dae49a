"""A private copy of the live session, for work that must not disturb training (export, save as lesson).

Only the worker thread may touch the live session, so the worker serialises it (``core.io``'s
session-file bytes, no temporary file) and the copy is rebuilt from those bytes, checked exactly as
a file would be, on the thread that asked.
"""
from __future__ import annotations

import itertools

from PySide6.QtCore import QObject

from core.errors import NNVizError
from core.io import session_from_bytes

_tokens = itertools.count(1)


class SessionCopy(QObject):
    """Asks the worker for a copy; calls ``on_copy(session)`` or ``on_fail(message)`` exactly once."""

    def __init__(self, worker, on_copy, on_fail, parent=None):
        super().__init__(parent)
        self.worker, self.on_copy, self.on_fail = worker, on_copy, on_fail
        self.token = None

    @property
    def busy(self):
        return self.token is not None

    def start(self):
        self.token = next(_tokens)
        self.worker.copied.connect(self._copied)
        self.worker.commandFailed.connect(self._failed)
        self.worker.copy_session(self.token)

    def _finish(self):
        for sig, slot in ((self.worker.copied, self._copied), (self.worker.commandFailed, self._failed)):
            try:
                sig.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self.token = None

    def _failed(self, text):
        if self.token is None:
            return
        self._finish()
        self.on_fail(text)

    def _copied(self, token, data):
        if self.token is None or token != self.token:
            return  # another copy's answer
        self._finish()
        try:
            session = session_from_bytes(bytes(data), name="the copy of the running session")
        except NNVizError as e:
            self.on_fail(str(e))
            return
        self.on_copy(session)
