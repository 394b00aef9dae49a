"""The diagram's widgets: the graphics view that passes the mouse on, the per-layer "-"/"+" and
activation controls floating over a column, and the inline weight editor."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsView,
    QHBoxLayout,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

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
    """"-"/"+" and the activation of one hidden layer, floating over its column. The activation menu
    is a sibling in the same viewport, placed on its own (place_layer_controls): as wide as its longest
    name needs, neighbours' menus in two staggered rows when the columns are closer than that."""

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
        self.combo = QComboBox(parent)
        self.destroyed.connect(self.combo.deleteLater)   # goes with its layer's buttons
        for a in HIDDEN_ACTIVATIONS:
            self.combo.addItem(a, a)
        self._diagram = diagram
        self.retranslate_ui()
        f = self.combo.font()
        f.setPointSizeF(max(7.0, f.pointSizeF() * 0.9))
        self.combo.setFont(f)
        self.minus.clicked.connect(lambda: diagram._change_neurons(self.h, -1))
        self.plus.clicked.connect(lambda: diagram._change_neurons(self.h, +1))
        self.combo.currentIndexChanged.connect(lambda _i: diagram._change_activation(self.h, self.combo.currentData()))
        self.adjustSize()

    def buttons_shown(self):
        """False when a lesson hid both buttons: the row then takes no height (the menu moves up)."""
        return not (self.minus.isHidden() and self.plus.isHidden())

    def setVisible(self, visible):
        super().setVisible(visible)
        self.combo.setVisible(visible)   # shown and hidden with its buttons (a lesson may hide it alone)

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



def combo_width(combo):
    """The width a menu needs to show its longest item whole: the text, the arrow and the frame."""
    fm = combo.fontMetrics()
    text = max((fm.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt, QSize(int(text) + 4, fm.height()),
                                          combo)
    return size.width()


def combo_rows(controls, xs):
    """(rows, width) for the hidden layers' menus over columns at ``xs``: one row while the longest name
    fits between neighbouring columns, else two staggered rows (a menu's neighbours are then two
    columns away)."""
    if not controls:
        return 1, 0
    need = max(combo_width(c.combo) for c in controls)
    gap = min((b - a for a, b in zip(xs, xs[1:])), default=float("inf"))
    if need <= gap - 6:
        return 1, need
    return 2, int(max(36, min(need, 2 * gap - 6)))


def place_layer_controls(controls, xs, rows, width, view_width):
    """Each layer's buttons over its column in one row; its menu under them, in row ``h % rows``."""
    top = 2
    for h, w in enumerate(controls):
        w.adjustSize()
        w.move(int(xs[h] - w.width() / 2), top)
    below = top + max((w.height() for w in controls if w.buttons_shown()), default=-2) + 2
    for h, w in enumerate(controls):
        c = w.combo
        c.setFixedWidth(width)
        c.adjustSize()
        x = min(max(0, int(xs[h] - width / 2)), max(0, int(view_width) - width))
        c.move(x, below + (h % rows) * (c.height() + 2))
        c.raise_()


def controls_height(controls, rows):
    """The height the buttons and the menus' rows take over the columns (none for what a lesson hid:
    at 250 % an empty button row cost the short Lecture diagram 56 px, and its labels their places)."""
    if not controls:
        return 0
    buttons = max((w.sizeHint().height() + 2 for w in controls if w.buttons_shown()), default=0)
    menu = max((w.combo.sizeHint().height() for w in controls if not w.combo.isHidden()), default=None)
    return 2 + buttons + (rows * (menu + 2) if menu is not None else 0)
