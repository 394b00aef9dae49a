"""The diagram's two graphics items: every edge in one EdgeBatchItem, every neuron in one NodesItem.

Performance shapes this module. All edges live in ONE EdgeBatchItem whose paint() issues one
QPainter.drawLines call per (colour bucket, width class); the endpoints sit in a numpy buffer that Qt
reads in place (QLineF is four doubles), so a frame allocates no Qt line objects. Dense nets are drawn
from an EdgeRaster (nnviz.views.raster) with one drawImage.
"""
from __future__ import annotations

import numpy as np
import shiboken6
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPaintEngine, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem

from nnviz import colors

N_BUCKETS = 17                         # odd: zero weights get their own grey bucket
WIDTHS = (0.0, 2.0, 3.0, 4.5)          # px; 0 = Qt's cosmetic hairline, the fastest line there is
BIAS_MARK = 8
_LINE_BYTES = 32                       # sizeof(QLineF): four qreal (double) fields


def _qimage(rgba):
    """(h, w, 4) uint8 with row 0 = smallest y -> QImage (row 0 at the top), owning its pixels."""
    a = np.ascontiguousarray(rgba[::-1])
    h, w = a.shape[:2]
    return QImage(a.data, w, h, 4 * w, QImage.Format.Format_RGBA8888).copy()


def _color(rgba):
    return QColor(int(rgba[0]), int(rgba[1]), int(rgba[2]), int(rgba[3]) if len(rgba) > 3 else 255)


def _line_ptr(buf, row):
    """A QLineF* into row ``row`` of a C-contiguous (n, 4) float64 buffer (Qt reads it in place)."""
    return shiboken6.wrapInstance(buf.ctypes.data + row * _LINE_BYTES, QLineF)



def raster_image(raster):
    """A QImage over an EdgeRaster's numpy pixels (no copy), made once per raster."""
    img = getattr(raster, "_qimage", None)
    if img is None:
        img = raster._qimage = QImage(raster.argb.data, raster.width, raster.height, 4 * raster.width,
                                      QImage.Format.Format_ARGB32_Premultiplied)
    return img


def _plain_raster(painter):
    """True when painting 1:1 onto pixels (a widget, a grab, a cache pixmap); False for SVG,
    printing or a scaled export, which get real lines."""
    eng = painter.paintEngine()
    return (eng is not None and eng.type() == QPaintEngine.Type.Raster
            and painter.deviceTransform().type().value <= QTransform.TransformationType.TxTranslate.value)


class EdgeBatchItem(QGraphicsItem):
    """Every drawn edge, painted with one drawLines call per (colour bucket, width class),
    or, for dense nets, as one image made by an EdgeRaster.

    ``lines`` (n, 4) holds the endpoints sorted so each group is a contiguous run;
    ``edge_ids[r]`` names the edge of row r and ``buckets[r]`` its colour bucket."""

    def __init__(self):
        super().__init__()
        # Cached as a pixmap: hover highlights and the readout repaint the viewport without
        # re-rasterising thousands of edges; a new frame calls update() and refills it.
        # (Not while a raster draws: its image is as quick to draw as the cache.)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._rect = QRectF()
        self.lines = np.zeros((0, 4))
        self.edge_ids = np.zeros(0, dtype=np.int64)
        self.buckets = np.zeros(0, dtype=np.int64)
        self.groups = []                  # (pen, first row, row count), weakest first
        self.antialias = False
        self.raster = None                # EdgeRaster of the layout (dense nets), or None
        self.use_raster = False           # this frame is in the raster (else: drawLines)
        cols = colors.bucket_colors(N_BUCKETS)
        self.pens = []                    # index: width class * (N_BUCKETS + 1) + colour bucket
        for w in WIDTHS:
            for c in cols:
                pen = QPen(_color(c), w)
                pen.setCosmetic(True)
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                self.pens.append(pen)

    def set_colors(self, rgba):
        """New bucket colours ((N_BUCKETS + 1, 4) uint8) for every pen (a palette or canvas change)."""
        nb = N_BUCKETS + 1
        for idx, pen in enumerate(self.pens):
            c = rgba[idx % nb]
            pen.setColor(QColor(int(c[0]), int(c[1]), int(c[2]), int(c[3])))
        self.update()

    def bucket_argb(self):
        """The hairline pens' colours as premultiplied ARGB32, by colour bucket (for the raster; read
        from the pens each time, so new pens, another palette, show at once)."""
        argb = []
        for pen in self.pens[:N_BUCKETS + 1]:
            c = pen.color()
            a = c.alpha()
            argb.append((a << 24) | (c.red() * a // 255 << 16) | (c.green() * a // 255 << 8) | (c.blue() * a // 255))
        return np.array(argb, dtype=np.uint32)

    def set_rect(self, rect):
        self.prepareGeometryChange()
        self._rect = QRectF(rect)

    def boundingRect(self):
        return self._rect

    def set_raster_mode(self, on):
        on = bool(on)
        if on != self.use_raster:
            self.use_raster = on
            self.setCacheMode(QGraphicsItem.CacheMode.NoCache if on
                              else QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def paint(self, painter, option, widget=None):
        n = len(self.edge_ids)
        if not n:
            return
        if self.use_raster and self.raster is not None and _plain_raster(painter):
            r = self.raster
            box = QRectF(*r.box)
            painter.drawImage(box, raster_image(r), box)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, self.antialias)
        buf = self.lines
        for pen, first, count in self.groups:
            painter.setPen(pen)
            painter.drawLines(_line_ptr(buf, first), count)


class NodesItem(QGraphicsItem):
    """All neurons: thumbnails with a bias mark for roomy columns, plain dots for wide ones."""

    def __init__(self):
        super().__init__()
        self._rect = QRectF()
        self.full = []       # per node: (QRectF, QImage or None, fill QColor, bias QColor or None, dimmed)
        self.dots = []       # per compact column: (rect buffer (n, 4) float64, QColor per node or one QColor)
        self._border = QPen(QColor(90, 90, 90), 1)
        self._border.setCosmetic(True)
        self.dot_outline = QPen(QColor(40, 40, 40), 1)   # round compact dots (light on a dark canvas)
        self.dot_outline.setCosmetic(True)

    def set_rect(self, rect):
        self.prepareGeometryChange()
        self._rect = QRectF(rect)

    def boundingRect(self):
        return self._rect

    def paint(self, painter, option, widget=None):
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        # images first, then every border in one drawRects per opacity and the bias marks as fills:
        # one drawRect per node with its own pen and brush state cost ~0.1 ms each
        marks, rects = [], {True: [], False: []}
        opacity = None
        for rect, img, fill, bias, dimmed in self.full:
            if opacity != dimmed:
                opacity = dimmed
                painter.setOpacity(0.28 if dimmed else 1.0)
            if img is not None:
                painter.drawImage(rect, img)
            else:
                painter.fillRect(rect, fill)
            rects[dimmed].append(rect)
            if bias is not None:
                marks.append((QRectF(rect.left() - BIAS_MARK / 2, rect.bottom() - BIAS_MARK / 2, BIAS_MARK, BIAS_MARK),
                              bias))
        painter.setPen(self._border)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for dimmed, rs in rects.items():
            if rs:
                painter.setOpacity(0.28 if dimmed else 1.0)
                painter.drawRects(rs)
        painter.setOpacity(1.0)
        for mark, bias in marks:
            painter.fillRect(mark, bias)
        if marks:
            painter.drawRects([m for m, _b in marks])
        # compact neurons: filled dots with an outline in the canvas's text colour, so they stand out
        # from the edges around them (which share their hues)
        for rects, fills in self.dots:
            ptr = shiboken6.wrapInstance(rects.ctypes.data, QRectF)
            if isinstance(fills, QColor):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(fills)
                painter.drawRects(ptr, len(rects))
            else:
                for r, c in zip(rects, fills):
                    painter.fillRect(QRectF(*r), c)
            painter.setPen(self.dot_outline)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRects(ptr, len(rects))

