"""The computation graph as seed 001 draws it: x → Affine → Sigmoid → Affine → Softmax-with-Loss ← t → L.

Boxes in a row joined by arrows; the stage being shown is filled; the value each arrow carries in
the forward pass is written above it and its gradient (dL/d of that value) below it, in the
gradient colour. The nodes come from ``inspector_text.computation_graph``; this widget only paints.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from nnviz.appearance import scale as appearance_scale
from nnviz.stepthrough import text as it
from nnviz.stepthrough.stage import StageView

BOX_H = 34
FORWARD_TEXT = QColor(20, 20, 20)
BACKWARD_TEXT = QColor(118, 42, 131)
CURRENT_FILL = QColor(255, 214, 102)
BOX_FILL = QColor(244, 246, 248)
LOSS_FILL = QColor(253, 236, 234)


class ComputationGraphView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._nodes = []
        self._sv = None
        self._factor = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._update_minimum()

    def sizeHint(self):
        return QSize(max(900, self.minimumWidth()), max(190, self.minimumHeight()))

    # ------------------------------------------------------------------ presenter scale
    def set_presenter_factor(self, factor):
        self._factor = max(0.5, float(factor))
        self._update_minimum()
        self.update()

    def _fonts(self):
        font = appearance_scale.content_font(self.font(), 1.0, self._factor)
        small = QFont(font)
        small.setPointSizeF(max(7.0, font.pointSizeF() * 0.82))
        bold = QFont(font)
        bold.setBold(True)
        return small, bold

    def _box_h(self, fm):
        return max(BOX_H * self._factor, fm.height() + 14)

    @staticmethod
    def _shown(node):
        """A box's text: a layer's name in the window's language (Korean glosses it), others as the seed."""
        if node.kind == "layer":
            return it.layer_name(node.label, lambda t: QCoreApplication.translate(it.CONTEXT, t))
        return node.label

    def _update_minimum(self):
        """Room for the boxes, two lines of values above and below each arrow and the target below: the
        dock's scroll area scrolls instead of cutting the graph off (big presenter fonts, long chains)."""
        small, bold = self._fonts()
        fm, fs = QFontMetricsF(bold), QFontMetricsF(small)
        bh = self._box_h(fm)
        self.setMinimumHeight(int(2 * bh + 5 * fs.height() + 24))
        main = [n for n in self._nodes if n.kind in ("input", "layer", "loss", "output")]
        boxes = sum(max(34.0, fm.horizontalAdvance(self._shown(n)) + 18) for n in main)
        arrow = max(60.0, fs.horizontalAdvance("(30, 10)") + 12)
        self.setMinimumWidth(int(boxes + arrow * max(1, len(main) - 1) + 60))

    # ------------------------------------------------------------------ public API
    def set_snapshot(self, snap):
        sv = StageView(snap)
        self._sv = sv
        names = list(sv.layer_names) + [sv.loss_name]
        if sv.n_layers == 0 and snap is not None:
            names = self._names_from_spec(snap) + [sv.loss_name]
        sample = sv.sample if sv.sample is not None else 0
        self._nodes = it.computation_graph(names, list(sv.revealed) if sv.active else None, sample)
        self._update_minimum()
        self.update()

    def nodes(self):
        """The GraphNodes drawn (inspector_text.GraphNode)."""
        return list(self._nodes)

    def chain_text(self):
        return it.chain_text(self._nodes) if self._nodes else ""

    def current_key(self):
        return next((n.key for n in self._nodes if n.current), None)

    def texts(self):
        """Every label drawn: box names, the values above the arrows and the gradients below."""
        out = []
        for n in self._nodes:
            out += [self._shown(n), n.forward, n.backward]
        return [t for t in out if t]

    @staticmethod
    def _names_from_spec(snap):
        from core.layers import ACTIVATIONS

        net = snap.spec.get("network", {})
        sizes = list(snap.sizes)
        lin = "Affine" if net.get("bias", True) else "MatMul"
        acts = list(snap.activations)
        names = []
        for k in range(len(sizes) - 1):
            names.append(lin)
            a = acts[k] if k < len(acts) else None
            last = k == len(sizes) - 2
            if not last and a in ACTIVATIONS:
                names.append(ACTIVATIONS[a].__name__)
            elif last and net.get("loss") == "mse" and a in ACTIVATIONS and a != "identity":
                names.append(ACTIVATIONS[a].__name__)
        return names

    # ------------------------------------------------------------------ painting
    def paintEvent(self, ev):
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        bg = self.palette().color(self.backgroundRole())
        p.fillRect(self.rect(), bg)
        dark = bg.lightness() < 128       # the dark theme: values and arrows drawn light on the background
        fwd_text = QColor(235, 235, 235) if dark else FORWARD_TEXT
        back_text = QColor(215, 160, 235) if dark else BACKWARD_TEXT
        nodes = self._nodes
        if not nodes:
            return
        main = [n for n in nodes if n.kind in ("input", "layer", "loss")]
        t = next(n for n in nodes if n.kind == "target")
        L = next(n for n in nodes if n.kind == "output")
        small, bold = self._fonts()
        fm, fs = QFontMetricsF(bold), QFontMetricsF(small)
        box_h = self._box_h(fm)
        W, H = self.width(), self.height()
        widths = [max(34.0, fm.horizontalAdvance(self._shown(n)) + 18) for n in main + [L]]
        total_box = sum(widths)
        gaps = len(main)          # arrows between the main boxes, and loss -> L
        # L's value is written centred under it: keep half of it as a margin on the right
        room = W - max(50.0, fs.horizontalAdvance(L.forward or "") / 2 + 24)
        gap = max(40.0, (room - total_box) / max(1, gaps))
        scale = min(1.0, room / (total_box + gap * gaps))
        gap *= scale
        widths = [w * scale for w in widths]
        y = H * 0.38
        x = 8.0
        rects = {}
        for n, w in zip(main + [L], widths):
            rects[n.key] = QRectF(x, y - box_h / 2, w, box_h)
            x += w + gap
        loss_r = rects["loss"]
        tw = max(36.0, fm.horizontalAdvance("t") + 22)
        rects["t"] = QRectF(loss_r.center().x() - tw / 2, H - box_h - 6, tw, box_h - 6)
        # arrows
        arrow_pen = QPen(QColor(190, 190, 190) if dark else QColor(70, 70, 70), 1.6)
        seq = main + [L]
        for a, b in zip(seq, seq[1:]):
            ra, rb = rects[a.key], rects[b.key]
            src = a
            self._arrow(p, arrow_pen, QPointF(ra.right(), y), QPointF(rb.left(), y))
            span = QRectF(ra.right() + 2, y - 2 * fs.height() - 4, rb.left() - ra.right() - 4, 2 * fs.height())
            below = QRectF(ra.right() + 2, y + 4, rb.left() - ra.right() - 4, 2 * fs.height())
            p.setFont(small)
            if src.forward:
                p.setPen(fwd_text)
                self._text2(p, span, src.forward, fs, Qt.AlignmentFlag.AlignBottom)
            if src.backward:
                p.setPen(back_text)
                self._text2(p, below, src.backward, fs, Qt.AlignmentFlag.AlignTop)
        rt = rects["t"]
        self._arrow(p, arrow_pen, QPointF(rt.center().x(), rt.top()), QPointF(loss_r.center().x(), loss_r.bottom()))
        if t.forward:
            p.setFont(small)
            p.setPen(fwd_text)
            lab = QRectF(rt.right() + 6, rt.top() - 4, max(60.0, W - rt.right() - 10), fs.height() * 2)
            self._text2(p, lab, t.forward, fs, Qt.AlignmentFlag.AlignVCenter, Qt.AlignmentFlag.AlignLeft)
        # boxes
        p.setFont(bold)
        for n in nodes:
            r = rects[n.key]
            fill = CURRENT_FILL if n.current else (LOSS_FILL if n.kind == "loss" else BOX_FILL)
            p.setPen(QPen(QColor(200, 120, 0) if n.current else QColor(90, 90, 90), 2.2 if n.current else 1.2))
            p.setBrush(fill)
            if n.kind in ("input", "target", "output"):
                p.drawEllipse(r)
            else:
                p.drawRoundedRect(r, 5, 5)
            p.setPen(QColor(20, 20, 20))
            p.drawText(r, Qt.AlignmentFlag.AlignCenter, fm.elidedText(self._shown(n), Qt.TextElideMode.ElideRight,
                                                                      r.width() - 4))
        # L's value
        if L.forward:
            p.setFont(small)
            p.setPen(fwd_text)
            rl = rects["L"]
            tw = fs.horizontalAdvance(L.forward) + 8
            p.drawText(QRectF(rl.center().x() - tw / 2, rl.bottom() + 2, tw, fs.height() + 2),
                       Qt.AlignmentFlag.AlignCenter, L.forward)
        p.end()

    @staticmethod
    def _text2(p, rect, text, fm, valign, halign=Qt.AlignmentFlag.AlignHCenter):
        """A value text "(30, 10) [0.1, 0.2, …]" on up to two lines: the shape, then the numbers."""
        if ") [" in text:
            shape, rest = text.split(") [", 1)
            lines = [shape + ")", "[" + rest]
        else:
            lines = [text]
        lines = [fm.elidedText(s, Qt.TextElideMode.ElideRight, rect.width()) for s in lines]
        p.drawText(rect, halign | valign, "\n".join(lines))

    @staticmethod
    def _arrow(p, pen, a, b):
        p.setPen(pen)
        p.drawLine(a, b)
        d = b - a
        length = max(1e-6, (d.x() ** 2 + d.y() ** 2) ** 0.5)
        ux, uy = d.x() / length, d.y() / length
        head = QPainterPath()
        head.moveTo(b)
        head.lineTo(b - QPointF(ux * 8 - uy * 4, uy * 8 + ux * 4))
        head.lineTo(b - QPointF(ux * 8 + uy * 4, uy * 8 - ux * 4))
        head.closeSubpath()
        p.setBrush(pen.color())
        p.drawPath(head)
