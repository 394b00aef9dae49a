"""The keyboard shortcuts dialog (``?`` or F1), generated from the window's actions registry."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from nnviz.classroom.retranslate import Retranslates


def shortcut_rows(actions):
    """[(key, action text, shortcut texts, tip)] for every action of the registry that has a shortcut,
    in the registry's order."""
    rows = []
    for key, a in actions.items():
        seqs = [s for s in a.shortcuts() if not s.isEmpty()]
        if not seqs:
            continue
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in seqs)
        text = a.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        tip = a.statusTip() or ""
        rows.append((key, text, keys, tip))
    return rows


class ShortcutsDialog(Retranslates, QDialog):
    def __init__(self, window, parent=None):
        super().__init__(parent or window)
        self.setObjectName("shortcutsDialog")
        self.window_ = window
        self.retranslate_ui = self._retranslate
        self.setModal(False)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        buttons.accepted.connect(self.close)
        self.buttons = buttons
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(680, 560)
        self._retranslate()

    def _retranslate(self):
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.intro.setText(self.tr("Every key works anywhere in the main window."))
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Action"), self.tr("What it does")])
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Close"))
        self.refresh()

    def refresh(self):
        rows = shortcut_rows(self.window_.actions)
        self.table.setRowCount(len(rows))
        for r, (_key, text, keys, tip) in enumerate(rows):
            k = QTableWidgetItem(keys)
            f = k.font()
            f.setBold(True)
            k.setFont(f)
            k.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(r, 0, k)
            self.table.setItem(r, 1, QTableWidgetItem(text))
            self.table.setItem(r, 2, QTableWidgetItem(tip))
        self.table.resizeRowsToContents()

    def shown_keys(self):
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]

    def showEvent(self, ev):
        self.refresh()
        super().showEvent(ev)
