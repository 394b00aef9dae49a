"""Preferences that outlive the window (QSettings): layout, language, theme, presenter scale, recent files.

``NNVIZ_SETTINGS=/path/file.ini`` makes nnviz keep its settings in that file instead of the
user's (the tests point it at a temporary file, so they never touch a teacher's settings).
"""
from __future__ import annotations

import os

from PySide6.QtCore import QSettings

ORGANIZATION = "nnviz"
APPLICATION = "nnviz"
MAX_RECENT = 8


def settings():
    """The QSettings nnviz reads and writes (a new object each call; they all share one store)."""
    path = os.environ.get("NNVIZ_SETTINGS")
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
