"""The presenter factor: how much the content a class reads (diagram, inspector, plots, lesson text)
is enlarged. 1.0 outside presenter mode; the presenter scale (1.0-2.5) in it.

The classroom owns one ``Presenter`` (``window.presenter``) and sets it; views read ``factor`` when they
lay out or paint, and connect ``presenter_scale_changed`` to re-lay out. Chrome (menus, toolbars) is
scaled separately by the theme with the same number.
"""
from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal


class Presenter(QObject):
    presenter_scale_changed = Signal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._factor = 1.0
        self._presenting = False

    def _get_factor(self):
        return self._factor

    factor = Property(float, _get_factor, notify=presenter_scale_changed)

    @property
    def presenting(self):
        return self._presenting

    def set_state(self, presenting, percent):
        """Presenter mode on/off at ``percent`` (100-250); emits the signal when the factor changes."""
        self._presenting = bool(presenting)
        f = max(1.0, min(2.5, float(percent) / 100.0)) if presenting else 1.0
        if f != self._factor:
            self._factor = f
            self.presenter_scale_changed.emit(f)


def presenter_factor(widget=None):
    """The content factor for ``widget``'s window (1.0 when it has no presenter, e.g. a bare test widget)."""
    if widget is None:
        return 1.0
    try:
        win = widget.window() if hasattr(widget, "window") else widget
    except RuntimeError:  # deleted C++ object
        return 1.0
    p = getattr(win, "presenter", None)
    if p is None:
        p = getattr(getattr(win, "classroom", None), "presenter", None)
    return float(p.factor) if p is not None else 1.0
