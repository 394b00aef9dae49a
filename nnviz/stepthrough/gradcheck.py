"""The gradient check's answer: numerical against analytic gradients, per parameter, pass or fail.

Non-blocking: the check runs on the worker thread (``TrainingWorker.gradient_check``); the dialog
says "checking…" until ``gradcheckDone`` brings the results.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

PASS = QColor(200, 240, 200)
FAIL = QColor(250, 200, 200)


class GradCheckDialog(QDialog):
    resultShown = Signal()

    def __init__(self, parent=None, run=None):
        super().__init__(parent)
        self.setModal(False)
        self._run = run
        self.result = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        f = self.verdict.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.2)
        self.verdict.setFont(f)
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.again = QPushButton()
        self.again.clicked.connect(self.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.intro)
        lay.addWidget(self.verdict)
        lay.addWidget(self.table, 1)
        lay.addWidget(buttons)
        self.resize(620, 360)
        self.retranslate_ui()

    def changeEvent(self, ev):
        if ev.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(ev)

    def retranslate_ui(self):
        """Every text in the language in force; a result shown is shown again (its verdict and table)."""
        self.setWindowTitle(self.tr("Gradient check"))
        self.intro.setText(self.tr(
            "Each parameter's gradient from backpropagation is compared with a numerical one (central "
            "differences of the loss on the current batch). A relative error below the threshold passes: "
            "backprop is computing the true gradient."))
        self.again.setText(self.tr("Check again"))
        if self.result is not None:
            self._show(self.result)
        elif not self.again.isEnabled():
            self.verdict.setText(self.tr("checking…"))

    def start(self):
        """Ask for a check (the answer comes in show_result)."""
        self.result = None
        self.verdict.setText(self.tr("checking…"))
        self.verdict.setStyleSheet("")
        self.table.setRowCount(0)
        self.again.setEnabled(False)
        if self._run is not None:
            self._run()

    def show_result(self, res):
        self.result = res
        self.again.setEnabled(True)
        self._show(res)
        self.resultShown.emit()

    def _show(self, res):
        rows = res["results"]
        thr = res["threshold"]
        self.table.setHorizontalHeaderLabels([self.tr("layer"), self.tr("parameter"), self.tr("shape"),
                                              self.tr("max relative error"), self.tr("max absolute error"),
                                              self.tr("result")])
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            ok = row["max_rel_error"] < thr
            cells = [str(row["layer"] + 1), row["name"], str(tuple(row["shape"])), f"{row['max_rel_error']:.3g}",
                     f"{row['max_abs_error']:.3g}", self.tr("pass") if ok else self.tr("FAIL")]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if c == 5:
                    item.setBackground(PASS if ok else FAIL)
                self.table.setItem(r, c, item)
        head = (self.tr("PASSED: backprop matches the numerical gradients") if res["passed"]
                else self.tr("FAILED: backprop's gradients differ from the numerical ones"))
        self.verdict.setText(self.tr("{head} (worst relative error {w:.2g}, threshold {t:g}; {p} parameters, "
                                     "batch of {n} at iteration {it}, {s:.2f} s)").format(
            head=head, w=res["worst"], t=thr, p=res["parameters"], n=len(res["rows"]), it=res["iteration"],
            s=res["seconds"]))
        self.verdict.setStyleSheet("color: #1b7837;" if res["passed"] else "color: #b00000;")

    def verdict_text(self):
        return self.verdict.text()
