"""A titled matrix table for the inspector, and the inspector's rich-text formula blocks.

A small matrix (up to ``SMALL`` x ``SMALL``) shows every cell at full size with no scroll bar (the
inspector's own area scrolls when narrow); a bigger one scrolls inside its table. Its font follows
the presenter factor (``set_pixel_size``); the traced sample's row and a picked cell are highlighted.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nnviz.stepthrough import text as it
from nnviz.stepthrough.formula import html_of

MAX_ROWS = 256           # beyond these a matrix shows its first rows / columns (and says so)
MAX_COLS = 128
SMALL = 16               # a matrix up to SMALL x SMALL shows every cell without scrolling
FORMULA_SCALE = 1.15     # formulas (with sub- and superscripts) a little larger than the interface text
MATRIX_SCALE = 1.05
TRACED = QColor(255, 236, 179)
PICKED = QColor(120, 170, 255)
INK = QColor(20, 20, 20)
SELECTED_COL = QColor(206, 222, 255)   # the selected neuron's column


def formula_html(lines, heads=()):
    """The lines as rich text: one block per line, section heads (``heads``) in bold, empty lines as gaps."""
    out = []
    for ln in lines:
        if ln == "":
            out.append('<div style="margin-top: 0.4em"></div>')
        elif ln in heads:
            out.append(f'<div style="margin-top: 0.2em"><b>{html_of(ln)}</b></div>')
        elif "<table" in html_of(ln):
            out.append(html_of(ln))
        else:
            out.append(f"<div>{html_of(ln)}</div>")
    return "".join(out)


class MatrixTable(QWidget):
    """A titled matrix: "W (2, 3)" above a table of its numbers. A small matrix shows every cell at its
    full size; a big one scrolls inside its table. ``cellPicked(role, i, j)`` when a cell is clicked."""

    cellPicked = Signal(object, int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.role = None           # what the cells are: ("W", dense), ("units", column) or None
        self._px = 13
        self.title = QLabel()
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        f = QFont(self.title.font())
        f.setBold(True)
        self.title.setFont(f)
        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setDefaultSectionSize(84)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.verticalHeader().setDefaultSectionSize(20)
        self.table.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.cellClicked.connect(lambda i, j: self.cellPicked.emit(self.role, i, j))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.table)
        lay.addStretch(1)             # the table sits right under its title

    def set_pixel_size(self, px):
        """The numbers' size (follows the presenter factor)."""
        self._px = int(px)
        for w in (self.table, self.title):
            f = QFont(w.font())
            f.setPixelSize(self._px)
            w.setFont(f)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.table.horizontalHeader().setFont(self.table.font())
        self.table.verticalHeader().setFont(self.table.font())

    def set_matrix(self, title, shape_text, a, highlight_row=None, role=None, picked=None, highlight_col=None):
        """highlight_row: the traced sample's row; highlight_col: the selected neuron's column (its
        incoming weights in W, its values in a layer's output); picked: the clicked cell."""
        self.role = role
        a = np.asarray(a)
        if a.ndim == 0:
            a = a.reshape(1, 1)
        elif a.ndim == 1:
            a = a.reshape(1, -1)
        rows, cols = a.shape
        r, c = min(rows, MAX_ROWS), min(cols, MAX_COLS)
        more = []
        if rows > r:
            more.append(f"first {r} of {rows} rows")
        if cols > c:
            more.append(f"first {c} of {cols} columns")
        self.title.setText(f"{title}   {shape_text}" + (f"   ({', '.join(more)})" if more else ""))
        t = self.table
        t.setRowCount(r)
        t.setColumnCount(c)
        t.setHorizontalHeaderLabels([str(j) for j in range(c)])
        t.setVerticalHeaderLabels([str(i) for i in range(r)])
        for i in range(r):
            for j in range(c):
                item = QTableWidgetItem(it.num(a[i, j]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if picked is not None and (i, j) == tuple(picked):
                    item.setBackground(QBrush(PICKED))
                    item.setForeground(QBrush(INK))
                elif highlight_row is not None and i == highlight_row:
                    item.setBackground(QBrush(TRACED))
                    item.setForeground(QBrush(INK))     # dark text on the light highlight, in any theme
                elif highlight_col is not None and j == highlight_col:
                    item.setBackground(QBrush(SELECTED_COL))
                    item.setForeground(QBrush(INK))
                t.setItem(i, j, item)
        row_h = int(self._px * 1.6)
        t.verticalHeader().setDefaultSectionSize(row_h)
        t.horizontalHeader().setDefaultSectionSize(int(self._px * 6))
        if r * c <= 4096:  # every number whole (8 significant digits)
            t.resizeColumnsToContents()
        frame = 2 * t.frameWidth()
        full_w = t.verticalHeader().width() + sum(t.columnWidth(j) for j in range(c)) + frame + 2
        full_h = t.horizontalHeader().height() + r * row_h + frame + 2
        if r <= SMALL and c <= SMALL:
            # small layers: all columns and rows, no scroll bar (the inspector's own area scrolls if narrow)
            t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            t.setFixedSize(full_w, full_h)
        else:
            # big ones scroll inside the table, shown at most SMALL columns/rows at a time
            t.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            t.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
            bar = t.style().pixelMetric(t.style().PixelMetric.PM_ScrollBarExtent)
            w = min(full_w, t.verticalHeader().width() + SMALL * max(t.columnWidth(0), 1) + frame + bar)
            h = min(full_h, t.horizontalHeader().height() + SMALL * row_h + frame + bar)
            t.setMinimumSize(0, 0)
            t.setMaximumSize(16777215, 16777215)
            t.setFixedSize(max(w, 120), max(h, 3 * row_h))

    def texts(self):
        """The title and every cell's text."""
        t = self.table
        out = [self.title.text()]
        for i in range(t.rowCount()):
            for j in range(t.columnCount()):
                item = t.item(i, j)
                if item is not None:
                    out.append(item.text())
        return out
