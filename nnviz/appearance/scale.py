"""The content scale: how much bigger what the class reads is drawn (presenter mode).

The presenter factor (100-250 %) reaches the application font and the chrome through
nnviz.appearance.theme.apply_appearance; the views' own content (diagram nodes and labels, plot
fonts, point markers) reads the factor from here and sizes itself from the font at 100 %, so that
it grows by exactly the factor whatever the chrome does (the chrome may scale less).
"""
from __future__ import annotations

_state = {"scale": 1.0, "base_pt": None}


def content_scale():
    """The factor (1.0 = 100 %) the views draw their content at."""
    return _state["scale"]


def set_content_scale(factor, base_point_size=None):
    """Set the factor (1.0-2.5); ``base_point_size`` is the application font's size at 100 %."""
    _state["scale"] = max(0.5, min(4.0, float(factor)))
    if base_point_size:
        _state["base_pt"] = float(base_point_size)
    return _state["scale"]


def base_point_size():
    """The application font's point size at 100 % (the font in force when nothing was scaled yet)."""
    if _state["base_pt"] is None:
        from PySide6.QtWidgets import QApplication
        app = QApplication.instance()
        ps = app.font().pointSizeF() if app is not None else -1.0
        _state["base_pt"] = ps if ps > 0 else 10.0
    return _state["base_pt"]


def content_font(widget_font, share=1.0, scale=None):
    """``widget_font`` (family, weight) at ``share`` of the 100 % size times the content scale."""
    from PySide6.QtGui import QFont
    f = QFont(widget_font)
    k = content_scale() if scale is None else scale
    f.setPointSizeF(max(6.5, base_point_size() * share * k))
    return f
