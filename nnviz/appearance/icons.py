"""Toolbar icons drawn from the palette in force, and the style that hands them out.

The platform's standard media icons are black pixmaps: on a dark toolbar Play, Step, Step back and
Step stage vanish. These icons are vector glyphs painted in the palette's button-text colour at the
moment they are drawn (a QIconEngine), so one QIcon reads in light, dark and high-contrast themes
alike, and a theme switch needs no new icons.

``NnvizStyle`` is a QProxyStyle over the platform style (or Fusion): ``standardIcon`` returns these
icons for the media/arrow/reload pixmaps the window asks for, so callers keep using
``style().standardIcon(QStyle.SP_MediaPlay)``; it also draws the check marks of checkable menu items
itself, thick and in the menu's text colour (Fusion's are invisible in high contrast).
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QMenu, QProxyStyle, QStyle

S = QStyle.StandardPixmap
GLYPHS = ("play", "pause", "step", "step_epoch", "step_back", "step_stage", "reset")
_FOR_PIXMAP = {S.SP_MediaPlay: "play", S.SP_MediaPause: "pause", S.SP_MediaSkipForward: "step",
               S.SP_MediaSeekForward: "step_epoch", S.SP_ArrowBack: "step_back", S.SP_ArrowForward: "step_stage",
               S.SP_BrowserReload: "reset"}


def glyph_color(mode=QIcon.Mode.Normal, palette=None):
    """The colour an icon is painted in: the palette's button text (disabled: its disabled text)."""
    pal = palette or QApplication.palette()
    group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else QPalette.ColorGroup.Active
    role = QPalette.ColorRole.HighlightedText if mode == QIcon.Mode.Selected else QPalette.ColorRole.ButtonText
    return pal.color(group, role)


def _tri(x0, y0, x1, y1, right=True):
    if right:
        return QPolygonF([QPointF(x0, y0), QPointF(x1, (y0 + y1) / 2), QPointF(x0, y1)])
    return QPolygonF([QPointF(x1, y0), QPointF(x0, (y0 + y1) / 2), QPointF(x1, y1)])


def paint_glyph(p, rect, name, color):
    """Paint glyph ``name`` filling ``rect`` (a square) in ``color``."""
    s = min(rect.width(), rect.height())
    x, y = rect.x() + (rect.width() - s) / 2, rect.y() + (rect.height() - s) / 2
    m = s * 0.14
    a, b = x + m, y + m          # inner box
    w = s - 2 * m
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(color)
    if name == "play":
        p.drawPolygon(_tri(a + w * 0.12, b, a + w * 0.95, b + w))
    elif name == "pause":
        bw = w * 0.3
        p.drawRect(QRectF(a + w * 0.12, b, bw, w))
        p.drawRect(QRectF(a + w * 0.88 - bw, b, bw, w))
    elif name == "step":        # one triangle and a bar: one minibatch
        p.drawPolygon(_tri(a, b, a + w * 0.68, b + w))
        p.drawRect(QRectF(a + w * 0.76, b, w * 0.22, w))
    elif name == "step_epoch":  # two triangles: a whole epoch
        p.drawPolygon(_tri(a, b, a + w * 0.52, b + w))
        p.drawPolygon(_tri(a + w * 0.48, b, a + w, b + w))
    elif name in ("step_back", "step_stage"):
        right = name == "step_stage"
        p.drawPolygon(_tri(a + w * 0.1, b + w * 0.05, a + w * 0.9, b + w * 0.95, right))
    elif name == "reset":       # an open circle with an arrow head
        pen = QPen(color, max(1.5, s * 0.13))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        r = QRectF(a + w * 0.1, b + w * 0.1, w * 0.8, w * 0.8)
        p.drawArc(r, 60 * 16, 290 * 16)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        tip = QPointF(r.center().x() + r.width() * 0.25, r.top() + r.height() * 0.07)
        p.drawPolygon(QPolygonF([QPointF(tip.x() - w * 0.28, tip.y() - w * 0.18), QPointF(tip.x() + w * 0.12,
                                 tip.y() - w * 0.02), QPointF(tip.x() - w * 0.16, tip.y() + w * 0.26)]))
    p.restore()


class PaletteIconEngine(QIconEngine):
    """An icon painted at draw time in the application palette's colours (follows the theme)."""

    def __init__(self, name):
        super().__init__()
        self.name = name

    def paint(self, painter, rect, mode, state):
        paint_glyph(painter, QRectF(rect), self.name, glyph_color(mode))

    def pixmap(self, size, mode, state):
        pm = QPixmap(size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        self.paint(p, QRect(0, 0, size.width(), size.height()), mode, state)
        p.end()
        return pm

    def clone(self):
        return PaletteIconEngine(self.name)

    def key(self):
        return "nnviz-palette-icon"

    def actualSize(self, size, mode, state):
        return size

    def availableSizes(self, mode=QIcon.Mode.Normal, state=QIcon.State.Off):
        return [QSize(16, 16), QSize(24, 24), QSize(32, 32), QSize(48, 48), QSize(64, 64)]


def icon(name):
    """A theme-following icon: one of GLYPHS."""
    if name not in GLYPHS:
        raise ValueError(f"no icon named {name!r}; there are {', '.join(GLYPHS)}")
    return QIcon(PaletteIconEngine(name))


class NnvizStyle(QProxyStyle):
    """The platform style with nnviz's palette icons and visible menu check marks."""

    def __init__(self, base):
        name = base.objectName() if base is not None else ""  # read first: the proxy takes base over
        super().__init__(base)
        self.base_name = name

    def standardIcon(self, sp, option=None, widget=None):
        name = _FOR_PIXMAP.get(sp)
        if name is not None:
            return icon(name)
        return super().standardIcon(sp, option, widget)

    def drawPrimitive(self, pe, option, painter, widget=None):
        if pe in (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton,
                  QStyle.PrimitiveElement.PE_IndicatorMenuCheckMark) and isinstance(widget, QMenu):
            self._menu_check(pe, option, painter)
            return
        super().drawPrimitive(pe, option, painter, widget)

    @staticmethod
    def _menu_check(pe, option, painter):
        """A menu item's check box / radio in the item's text colour, the mark thick enough to see."""
        pal = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        fg = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        if not option.state & QStyle.StateFlag.State_Enabled:
            fg = pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        r = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
        s = min(r.width(), r.height())
        r = QRectF(r.center().x() - s / 2, r.center().y() - s / 2, s, s)
        on = bool(option.state & QStyle.StateFlag.State_On)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(fg, max(1.2, s / 10)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        radio = pe == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if radio:
            painter.drawEllipse(r)
        elif pe != QStyle.PrimitiveElement.PE_IndicatorMenuCheckMark:
            painter.drawRect(r)
        if on:
            if radio:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fg)
                painter.drawEllipse(r.adjusted(s * 0.25, s * 0.25, -s * 0.25, -s * 0.25))
            else:
                pen = QPen(fg, max(2.0, s / 5))
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
                path = QPainterPath(QPointF(r.left() + s * 0.2, r.top() + s * 0.52))
                path.lineTo(r.left() + s * 0.42, r.top() + s * 0.74)
                path.lineTo(r.left() + s * 0.8, r.top() + s * 0.28)
                painter.drawPath(path)
        painter.restore()


def install_style(app, base):
    """Put NnvizStyle over ``base`` (a QStyle) on the application; returns it."""
    style = NnvizStyle(base)
    app.setStyle(style)
    return style


def contrast_of_icon(icon_, background, size=32, mode=QIcon.Mode.Normal):
    """WCAG contrast ratio between an icon's most opaque pixels and ``background`` (a QColor): what a
    reader sees of it on that toolbar."""
    from nnviz import colors
    img = icon_.pixmap(QSize(size, size), mode).toImage()
    best = None
    for y in range(img.height()):
        for x in range(img.width()):
            c = img.pixelColor(x, y)
            if c.alpha() > 200:
                # composite over the background, then compare
                a = c.alphaF()
                rgb = [c.red() * a + background.red() * (1 - a), c.green() * a + background.green() * (1 - a),
                       c.blue() * a + background.blue() * (1 - a)]
                r = float(colors.contrast_ratio(rgb, (background.red(), background.green(), background.blue())))
                best = r if best is None else max(best, r)
    return best or 1.0


