"""Preferences that outlive the window (QSettings): layout, language, theme, presenter scale, recent files.

``NNVIZ_SETTINGS=/path/file.ini`` makes nnviz keep its settings in that file instead of the
user's (the tests point it at a temporary file, so they never touch a teacher's settings).

``isolate()`` is for the headless commands (``nnviz screenshot``, ``demo``, ``train``): from then on
this process reads and writes a fresh, empty store in a temporary folder, so a screenshot or a demo
neither depends on nor changes what the teacher saved (window size, language, theme, recent files).
"""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile

from PySide6.QtCore import QSettings

ORGANIZATION = "nnviz"
APPLICATION = "nnviz"
MAX_RECENT = 8


_scratch: list[str] = []  # set by isolate(): the temporary settings file of this process


def isolate():
    """Keep this process's settings in a new temporary file, never the user's, until ``end_isolation``
    (or the process's end) removes it. Returns the file's path."""
    if not _scratch:
        folder = tempfile.mkdtemp(prefix="nnviz-settings-")
        atexit.register(shutil.rmtree, folder, True)
        _scratch.append(os.path.join(folder, "nnviz.ini"))
    return _scratch[0]


def end_isolation():
    """Back to the user's settings (or NNVIZ_SETTINGS); the temporary file goes."""
    if _scratch:
        shutil.rmtree(os.path.dirname(_scratch.pop()), ignore_errors=True)


def settings():
    """The QSettings nnviz reads and writes (a new object each call; they all share one store)."""
    path = _scratch[0] if _scratch else os.environ.get("NNVIZ_SETTINGS")
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def value(key, default=None, kind=None):
    """settings().value with a type: kind=bool/int/float/str converts what an .ini file gives back as text."""
    v = settings().value(key, default)
    if v is None:
        return default
    try:
        if kind is bool:
            return v if isinstance(v, bool) else str(v).strip().lower() in ("1", "true", "yes", "on")
        if kind is not None:
            return kind(v)
    except (TypeError, ValueError):
        return default
    return v


def set_value(key, v):
    s = settings()
    s.setValue(key, v)
    s.sync()


def recent_files():
    """Recently opened or saved files, newest first, only those that still exist (at most MAX_RECENT)."""
    v = settings().value("recent_files", [])
    if isinstance(v, str):
        v = [v] if v else []
    out = []
    for p in v or []:
        p = str(p)
        if p and p not in out and os.path.exists(p):
            out.append(p)
    return out[:MAX_RECENT]


def add_recent_file(path):
    path = os.path.abspath(os.fspath(path))
    v = settings().value("recent_files", [])
    if isinstance(v, str):
        v = [v] if v else []
    items = [path] + [str(p) for p in (v or []) if str(p) != path]
    set_value("recent_files", items[:MAX_RECENT])
    return items[:MAX_RECENT]


def clear_recent_files():
    set_value("recent_files", [])
