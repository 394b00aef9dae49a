"""The diagram's widgets: the graphics view that passes the mouse on, the per-layer "-"/"+" and
activation controls floating over a column, and the inline weight editor."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QComboBox, QGraphicsView, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from core.layers import HIDDEN_ACTIVATIONS


class _View(QGraphicsView):
    """Passes mouse and resize events to the diagram; scene units are viewport pixels."""

    def __init__(self, scene, owner):
        super().__init__(scene)
        self._owner = owner
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # one item covers the whole scene, so computing minimal update regions only costs time
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing, True)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self.setBackgroundBrush(QBrush(QColor(255, 255, 255)))
        self.viewport().setMouseTracking(True)

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self._owner._on_resize()

    def mouseMoveEvent(self, ev):
        self._owner.hover_at(self.mapToScene(ev.position().toPoint()), ev.position().toPoint())

    def mousePressEvent(self, ev):
        if ev.button() == Qt.MouseButton.LeftButton:
            self._owner.click_at(self.mapToScene(ev.position().toPoint()))

    def mouseReleaseEvent(self, ev):
        pass

    def leaveEvent(self, ev):
        self._owner.hover_at(None)
        super().leaveEvent(ev)


class _LayerControls(QWidget):
    """"-"/"+" and the activation of one hidden layer, floating over its column."""

    def __init__(self, parent, diagram, h):
        super().__init__(parent)
        self.h = h
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(2)
        self.minus = QToolButton(self)
        self.minus.setText("−")
        self.plus = QToolButton(self)
        self.plus.setText("+")
        row.addStretch(1)
        row.addWidget(self.minus)
        row.addWidget(self.plus)
        row.addStretch(1)
        lay.addLayout(row)
        self.combo = QComboBox(self)
        for a in HIDDEN_ACTIVATIONS:
            self.combo.addItem(a, a)
        self._diagram = diagram
        self.retranslate_ui()
        f = self.combo.font()
        f.setPointSizeF(max(7.0, f.pointSizeF() * 0.9))
        self.combo.setFont(f)
        lay.addWidget(self.combo)
        self.minus.clicked.connect(lambda: diagram._change_neurons(self.h, -1))
        self.plus.clicked.connect(lambda: diagram._change_neurons(self.h, +1))
        self.combo.currentIndexChanged.connect(lambda _i: diagram._change_activation(self.h, self.combo.currentData()))
        self.adjustSize()

    def changeEvent(self, ev):
        if ev.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(ev)

    def retranslate_ui(self):
        diagram = self._diagram
        self.minus.setToolTip(diagram.tr("one neuron fewer"))
        self.plus.setToolTip(diagram.tr("one neuron more"))
        self.combo.setToolTip(diagram.tr("activation function of this layer"))


class _WeightEditor(QLineEdit):
    """The inline editor; Escape closes it without a change."""

    def __init__(self, parent, diagram):
        super().__init__(parent)
        self._diagram = diagram

    def keyPressEvent(self, ev):
        if ev.key() == Qt.Key.Key_Escape:
            self._diagram.cancel_edit()
            return
        super().keyPressEvent(ev)

