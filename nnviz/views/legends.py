"""Colour legends: a colour bar with its numeric range (weights, gradients, a regression map) and a
key of the boundary view's marks (classes, train/test markers, misclassified points).

Both are drawn from nnviz.colors at paint time, so a palette switch changes them with the views, and
their text takes the widget palette's colour, so they read in every theme.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnviz import colors
from nnviz.appearance import scale as appearance_scale

RAMP_STEPS = 65


def weight_ramp():
    return colors.weight_rgba(np.linspace(-1.0, 1.0, RAMP_STEPS), 1.0)


def gradient_ramp():
    return colors.gradient_rgba(np.linspace(-1.0, 1.0, RAMP_STEPS), 1.0)


def fmt(v):
    """A bar's end value: 3 significant digits, a real minus sign."""
    s = f"{v:.3g}"
    return s.replace("-", "−")


class ColorBar(QWidget):
    """A horizontal colour bar: the title, the ramp, its low, middle and high values under it.

    ``kind`` "weights" | "gradients" | "map" picks the ramp from nnviz.colors when painting (so the
    palette in force is always the one shown); set_range(lo, hi) sets the numbers."""

    def __init__(self, kind="weights", title="", parent=None):
        super().__init__(parent)
        self.kind = kind
        self._title = title
        self._lo, self._hi = -1.0, 1.0
        self._scale = appearance_scale.content_scale()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_kind(self, kind, title=None):
        if kind != self.kind or (title is not None and title != self._title):
            self.kind = kind
            if title is not None:
                self._title = title
            self.update()

    def set_title(self, title):
        if title != self._title:
            self._title = title
            self.update()

    def set_range(self, lo, hi):
        lo, hi = float(lo), float(hi)
        if (lo, hi) != (self._lo, self._hi):
            self._lo, self._hi = lo, hi
            self.update()

    def set_content_scale(self, k):
        self._scale = float(k)
        self.updateGeometry()
        self.update()

    def texts(self):
        """(title, low, middle, high) as shown."""
        return self._title, fmt(self._lo), fmt((self._lo + self._hi) / 2), fmt(self._hi)

    def set_background(self, rgb):
        """The canvas the colours are drawn on (the diagram's edges fade into a dark one at zero)."""
        self._background = None if rgb is None else tuple(int(v) for v in rgb[:3])
        self.update()

    def ramp(self):
        bg = getattr(self, "_background", None)
        if bg is not None:
            return colors.edge_bucket_colors(RAMP_STEPS, self.kind == "gradients", bg)[:RAMP_STEPS]
        return gradient_ramp() if self.kind == "gradients" else weight_ramp()

    def _font(self):
        return appearance_scale.content_font(self.font(), 0.85, self._scale)

    def sizeHint(self):
        fm = QFontMetricsF(self._font())
        return QSize(int(fm.horizontalAdvance(self._title) + 260 * self._scale), int(fm.height() * 2 + 4))

    def minimumSizeHint(self):
        return QSize(120, self.sizeHint().height())

    def paintEvent(self, ev):
        p = QPainter(self)
        f = self._font()
        p.setFont(f)
        fm = QFontMetricsF(f)
        fg = self.palette().color(self.foregroundRole())
        h = self.height()
        title, lo, mid, hi = self.texts()
        tw = fm.horizontalAdvance(title) + 8 if title else 0
        p.setPen(fg)
        p.drawText(QRectF(2, 0, tw, fm.height()), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        lw = max(fm.horizontalAdvance(lo), fm.horizontalAdvance(hi)) / 2 + 2
        bar = QRectF(2 + tw + lw, 2, max(20.0, self.width() - tw - 2 * lw - 6), max(6.0, fm.height() - 4))
        rgba = np.ascontiguousarray(self.ramp()[None, :, :])
        img = QImage(rgba.data, rgba.shape[1], 1, 4 * rgba.shape[1], QImage.Format.Format_RGBA8888)
        p.drawImage(bar, img)
        p.setPen(QPen(fg, 1))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(bar)
        y = bar.bottom() + 1
        for t, x in ((lo, bar.left()), (mid, bar.center().x()), (hi, bar.right())):
            w = fm.horizontalAdvance(t)
            p.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 2))
            p.drawText(QRectF(x - w / 2 - 1, y, w + 2, min(fm.height(), h - y)), Qt.AlignmentFlag.AlignCenter, t)
        p.end()


def _marker_path(symbol, s):
    """A marker as the boundary view draws it: "o" circle, "d" diamond, "x" cross (size s, centred)."""
    path = QPainterPath()
    if symbol == "o":
        path.addEllipse(QPointF(0, 0), s / 2, s / 2)
    elif symbol == "d":
        path.addPolygon(QPolygonF([QPointF(0, -s / 2), QPointF(s / 2, 0), QPointF(0, s / 2), QPointF(-s / 2, 0),
                                   QPointF(0, -s / 2)]))
    else:
        path.moveTo(-s / 2, -s / 2)
        path.lineTo(s / 2, s / 2)
        path.moveTo(-s / 2, s / 2)
        path.lineTo(s / 2, -s / 2)
    return path


class MarksLegend(QWidget):
    """The boundary view's key: one swatch per class (its name), the train and test markers and the
    misclassified mark with their counts. Wraps onto more rows when narrow."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries = []   # (kind, colour (r, g, b) or None, text)
        self._scale = appearance_scale.content_scale()
        self._rows_h = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_entries(self, entries):
        entries = [(k, None if c is None else tuple(int(v) for v in c[:3]), str(t)) for k, c, t in entries]
        if entries != self._entries:
            self._entries = entries
            self._fit_height()
            self.update()

    def entries(self):
        return list(self._entries)

    def text(self):
        return "  ".join(t for _k, _c, t in self._entries)

    def set_content_scale(self, k):
        self._scale = float(k)
        self._fit_height()
        self.update()

    def _fit_height(self):
        """Pin the height the wrapped rows need at the current width. Pinned, because the docks and
        splitters above place the view by size hints, not height for width; pinned again whenever the
        entries, the scale or the width change (a height pinned for fewer rows would cut the last one)."""
        h = self.heightForWidth(self.width())
        if h != self.minimumHeight() or h != self.maximumHeight():
            self.setFixedHeight(h)
        self.updateGeometry()

    def _font(self):
        return appearance_scale.content_font(self.font(), 0.9, self._scale)

    def _layout(self, width):
        """Rectangles (x, y) of each entry, wrapped at ``width``; and the total height."""
        fm = QFontMetricsF(self._font())
        m = fm.height()
        x = y = 4.0
        pos = []
        for _k, _c, t in self._entries:
            w = m + 4 + fm.horizontalAdvance(t) + m * 0.8
            if x > 4 and x + w > width:
                x, y = 4.0, y + m + 2
            pos.append((x, y))
            x += w
        return pos, y + m + 4

    def hasHeightForWidth(self):
        return True

    def heightForWidth(self, w):
        return int(self._layout(max(60, w))[1])

    def sizeHint(self):
        return QSize(300, self.heightForWidth(max(300, self.width())))

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        if ev.size().width() != ev.oldSize().width() or self.height() != self.heightForWidth(self.width()):
            self._fit_height()

    def changeEvent(self, ev):
        if ev.type() == QEvent.Type.FontChange:   # a theme or presenter font: other row heights
            self._fit_height()
        super().changeEvent(ev)

    def paintEvent(self, ev):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        f = self._font()
        p.setFont(f)
        fm = QFontMetricsF(f)
        m = fm.height()
        fg = self.palette().color(self.foregroundRole())
        pos, _h = self._layout(self.width())
        for (kind, c, t), (x, y) in zip(self._entries, pos):
            cx, cy, s = x + m / 2, y + m / 2, m * 0.7
            p.save()
            p.translate(cx, cy)
            if kind == "class":
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(*colors.tint(np.array([[*c, 255]], np.uint8))[0, :3]))
                p.drawRect(QRectF(-m / 2, -m / 2, m, m))  # the region tint ...
                p.setPen(QPen(QColor(*colors.outline_for(c)), 1.2))
                p.setBrush(QColor(*c))
                p.drawPath(_marker_path("o", s))          # ... and the point in full colour
            elif kind == "train":
                p.setPen(QPen(fg, 1.2))
                p.setBrush(fg)
                p.drawPath(_marker_path("o", s))
            elif kind == "test":
                p.setPen(QPen(fg, 2))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPath(_marker_path("d", s * 1.15))
            else:  # misclassified: the ring the plot puts around such a point
                p.setPen(QPen(fg, 1.2))
                p.setBrush(fg)
                p.drawPath(_marker_path("o", s * 0.55))
                p.setPen(QPen(QColor(*c) if c and fg.lightness() < 128 else fg, 1.8))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawPath(_marker_path("o", m * 0.95))
            p.restore()
            p.setPen(fg)
            p.drawText(QRectF(x + m + 4, y, fm.horizontalAdvance(t) + 2, m),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, t)
        p.end()

