"""Classroom features of the app: lessons, session files, presenter mode, themes, keyboard, export,
languages. ``Classroom(window)`` adds them to a MainWindow (``window.classroom``)."""
from nnviz.classroom.classroom import Classroom

__all__ = ["Classroom"]
