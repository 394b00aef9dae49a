"""The worker's one-line notices (status bar) in the window's language, translated by id.

A notice is a ``core.messages.Message`` of the catalogue in ``nnviz.model.notices`` (Qt-free: the
worker makes them); the Korean comes from Qt's translation files under the id as context (see
core.messages), so rewording the English never loses a translation. ``translate_message`` takes a
Message (a notice or an engine message), a tuple of them (several notices at once), or text, which is
shown as it is: no text is ever parsed back into a notice.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nnviz.model.notices import NOTICES, notice, render  # noqa: F401 - NOTICES/notice: this module's API


def _tr(context, template):
    return QCoreApplication.translate(context, template)


def render_notice(m) -> str:
    """One notice (or an engine message) in the current language."""
    return render(m, _tr)


def translate_message(message):
    """``message`` (a Message, a tuple of them, or text shown as it is) in the current language."""
    return render(message, _tr)
