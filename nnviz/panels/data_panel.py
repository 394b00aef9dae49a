"""The data panel: built-in data sets with thumbnails, noise, train/test ratio, classes, regenerate,
CSV import and the class that a click on the boundary view adds.

Like every panel it only emits what the user asked for:

- ``dataRequested(dict patch, str reason)``: a change of the data spec (the window rebuilds the session)
- ``datasetImported(object)``: a ``core.datasets.Dataset`` read from a CSV file

``sync(snapshot)`` shows a snapshot's data settings without emitting anything.
"""
from __future__ import annotations

import os

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core import datasets as ds_mod
from core.csvdata import load_csv
from core.errors import DataError
from nnviz import colors

THUMB = 44          # 3 rows of 4 data sets: the whole panel fits a 1366x768 window unscrolled
from nnviz.names import DATASET_LABELS as SHORT_NAMES  # noqa: E402 - one list for the CLI, demo, window

REGRESSION_VALUES = (1.0, 0.5, 0.0, -0.5, -1.0)


def thumbnail(ds, size=THUMB):
    """The points of a data set drawn into a small QImage (class colours, or the weight scale for regression)."""
    img = QImage(size, size, QImage.Format_RGB32)
    img.fill(QColor(*colors.NEUTRAL))
    x = ds.x[:, :2]
    b = ds_mod.bounds(x, margin=0.08)
    sx = (size - 1) / (b[1] - b[0])
    sy = (size - 1) / (b[3] - b[2])
    if ds.kind == ds_mod.CLASSIFICATION:
        rgb = colors.class_colors(ds.num_classes)[ds.y]
    else:
        rgb = colors.weight_rgba(ds.y)[:, :3]
    p = QPainter(img)
    p.setRenderHint(QPainter.Antialiasing)
    p.setPen(Qt.NoPen)
    r = 2.2 if len(ds) > 20 else 4.0
    for (px, py), c in zip(x, rgb):
        p.setBrush(QColor(int(c[0]), int(c[1]), int(c[2])))
        p.drawEllipse(QPointF((px - b[0]) * sx, (b[3] - py) * sy), r, r)
    p.end()
    return img


class DataPanel(QWidget):
    dataRequested = Signal(dict, str)
    datasetImported = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.last_error = ""
        self.error_box = None
        self.kinds = {}            # data set name -> "classification" | "regression"
        self._current = "spiral"
        self._num_classes = 3
        self._kind = "classification"
        self._class_names = ("0", "1", "2")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)

        self.data_box = box = QGroupBox()
        g = QGridLayout(box)
        g.setSpacing(2)
        g.setContentsMargins(4, 2, 4, 4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons = {}
        for k, name in enumerate(ds_mod.DATASETS):
            ds = ds_mod.make(name, n=240 if name == "spiral" else None)
            self.kinds[name] = ds.kind
            b = QToolButton()
            b.setCheckable(True)
            b.setIcon(QIcon(QPixmap.fromImage(thumbnail(ds))))
            b.setIconSize(QSize(THUMB, THUMB))
            b.setToolButtonStyle(Qt.ToolButtonTextUnderIcon)
            b.setAutoRaise(True)
            b.setStyleSheet("QToolButton { font-size: 10px; padding: 1px; } "
                            "QToolButton:checked { background: #cfe3f5; color: #1e1e1e; border: 1px solid #0877bd; }")
            self.group.addButton(b, k)
            self.buttons[name] = b
            g.addWidget(b, k // 4, k % 4)
        self.buttons["spiral"].setChecked(True)
        self.group.idClicked.connect(lambda i: self._choose(ds_mod.DATASETS[i]))
        lay.addWidget(box)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignLeft)
        self.noise_slider = QSlider(Qt.Horizontal)
        self.noise_slider.setRange(0, 50)
        self.noise_label = QLabel()
        self.noise_title = QLabel()
        form.addRow(self._with_value(self.noise_title, self.noise_label), self.noise_slider)
        self.test_slider = QSlider(Qt.Horizontal)
        self.test_slider.setRange(0, 90)
        self.test_slider.setSingleStep(5)
        self.test_slider.setPageStep(10)
        self.test_label = QLabel()
        self.test_title = QLabel()
        form.addRow(self._with_value(self.test_title, self.test_label), self.test_slider)
        self.classes_spin = QSpinBox()
        self.classes_spin.setRange(2, 6)
        self.classes_spin.setValue(3)
        self.classes_title = QLabel()
        form.addRow(self.classes_title, self.classes_spin)
        lay.addLayout(form)
        self._update_labels()

        row = QHBoxLayout()
        self.regen_button = QPushButton()
        self.csv_button = QPushButton()
        row.addWidget(self.regen_button)
        row.addWidget(self.csv_button)
        lay.addLayout(row)

        self.points_box = cls = QGroupBox()
        v = QVBoxLayout(cls)
        self.class_combo = QComboBox()
        v.addWidget(self.class_combo)
        self.hint_label = hint = QLabel()
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666; font-size: 10px;")
        v.setContentsMargins(6, 2, 6, 4)
        v.setSpacing(2)
        v.addWidget(hint)
        lay.addWidget(cls)
        self.info_label = QLabel()
        self.info_label.setWordWrap(True)
        self.info_label.setStyleSheet("color: #444; font-size: 11px;")
        lay.addWidget(self.info_label)
        lay.addStretch(1)
        self._area_floor = None
        self._fit_timer = QTimer(self)   # fit_scroll_area once the layout has its new sizes
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_scroll_area)
        self.retranslate_ui()

        # sliders ask for new data when the user stops moving them for a moment
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._emit_sliders)
        self.noise_slider.valueChanged.connect(self._slider_moved)
        self.test_slider.valueChanged.connect(self._slider_moved)
        self.classes_spin.valueChanged.connect(
            lambda n: self.dataRequested.emit({"classes": int(n)}, self.tr("the spiral now has {} arms").format(n)))
        self.regen_button.clicked.connect(self.regenerate)
        self.csv_button.clicked.connect(self._choose_csv)

    def retranslate_ui(self):
        """Every text in the language in force: titles, the data sets' names and descriptions, buttons,
        the class list (its current choice kept) and the info line."""
        self.data_box.setTitle(self.tr("Data"))
        for name, b in self.buttons.items():
            b.setText(self.tr(SHORT_NAMES.get(name, name)))
            b.setToolTip(self.tr(ds_mod.DESCRIPTIONS.get(name, name)))
        self.noise_title.setText(self.tr("Noise"))
        self.test_title.setText(self.tr("Test data"))
        self.classes_title.setText(self.tr("Classes"))
        self.classes_spin.setToolTip(self.tr("Number of spiral arms (classes)"))
        self.regen_button.setText(self.tr("Regenerate"))
        self.regen_button.setToolTip(self.tr("New random points (a new seed)"))
        self.csv_button.setText(self.tr("Import CSV…"))
        self.csv_button.setToolTip(self.tr("Numbers in columns, the label in the last column"))
        self.points_box.setTitle(self.tr("Click to add points"))
        self.hint_label.setText(self.tr("click: add · shift-click: another class · right-click: remove"))
        self._fill_classes()
        if getattr(self, "_last_snap", None) is not None:
            self._show_info(self._last_snap)

    @staticmethod
    def _with_value(title_label, value_label):
        w = QWidget()
        h = QHBoxLayout(w)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(title_label)
        h.addWidget(value_label)
        return w

    def _update_labels(self):
        self.noise_label.setText(f"{self.noise_slider.value()} %")
        self.test_label.setText(f"{self.test_slider.value()} %")

    # ------------------------------------------------------------------ user actions
    def _choose(self, name):
        self.dataRequested.emit({"name": name}, self.tr("the data set changed to {}").format(name))

    def choose(self, name):
        """Select a built-in data set (as a click on its thumbnail)."""
        self.buttons[name].setChecked(True)
        self._choose(name)

    def first_of_kind(self, kind):
        return next(n for n in ds_mod.DATASETS if self.kinds[n] == kind)

    def _slider_moved(self, _v):
        self._update_labels()
        self._debounce.start()

    def _emit_sliders(self):
        self.dataRequested.emit({"noise": self.noise_slider.value() / 100.0,
                                 "test_ratio": self.test_slider.value() / 100.0},
                                self.tr("noise is {} %, test data {} %").format(self.noise_slider.value(),
                                                                              self.test_slider.value()))

    def regenerate(self):
        seed = int(np.random.default_rng().integers(1, 2**31 - 1))
        self.dataRequested.emit({"seed": seed}, self.tr("new points were generated"))

    def _choose_csv(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import CSV"), os.getcwd(),
                                              self.tr("CSV files (*.csv *.tsv *.txt);;All files (*)"))
        if path:
            self.import_csv(path)

    def import_csv(self, path):
        """Read a CSV and emit it; on a refusal show the engine's message (line and column) in a
        non-blocking dialog and keep it in ``last_error``. Returns the Dataset or None."""
        try:
            ds = load_csv(path)
        except DataError as e:
            self.last_error = str(e)
            self._show_error(self.tr("This file cannot be used"), self.last_error)
            return None
        self.last_error = ""
        self.datasetImported.emit(ds)
        return ds

    def _show_error(self, title, text):
        if self.error_box is not None:
            self.error_box.close()
        box = QMessageBox(QMessageBox.Warning, title, text, QMessageBox.Ok, self)
        box.setAttribute(Qt.WA_DeleteOnClose, False)
        box.setWindowModality(Qt.WindowModal)
        box.open()  # not exec(): the event loop (and training) keep running
        self.error_box = box

    def selected_label(self, other=False):
        """Label of a clicked point: the selected class (or, with ``other``, the next one); a target value
        for regression."""
        i = max(0, self.class_combo.currentIndex())
        if self._kind == ds_mod.REGRESSION:
            v = REGRESSION_VALUES[i] if i < len(REGRESSION_VALUES) else 1.0
            return -v if other else v
        return (i + 1) % self._num_classes if other else i

    # ------------------------------------------------------------------ showing the state
    def _fill_classes(self):
        b = QSignalBlocker(self.class_combo)
        keep = self.class_combo.currentIndex()
        self.class_combo.clear()
        if self._kind == ds_mod.REGRESSION:
            rgba = colors.weight_rgba(np.array(REGRESSION_VALUES), 1.0)
            items = [(self.tr("value {:+g}").format(v), c) for v, c in zip(REGRESSION_VALUES, rgba)]
        else:
            rgb = colors.class_colors(self._num_classes)
            items = [(self.tr("class {}").format(n), c) for n, c in zip(self._class_names, rgb)]
        for text, c in items:
            pm = QPixmap(12, 12)
            pm.fill(QColor(int(c[0]), int(c[1]), int(c[2])))
            self.class_combo.addItem(QIcon(pm), text)
        self.class_combo.setCurrentIndex(min(max(keep, 0), self.class_combo.count() - 1))
        del b

    def changeEvent(self, ev):
        # Qt's convention: on a new language the texts are set again from their sources
        if ev.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(ev)
        if ev.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange, QEvent.Type.StyleChange) and \
                hasattr(self, "_fit_timer"):
            self._fit_timer.start()   # the panel's least width changes with the language and the scale

    def showEvent(self, ev):
        super().showEvent(ev)
        self._fit_timer.start()

    def fit_scroll_area(self):
        """The scroll area the panel sits in (the window's data column, no horizontal scroll bar) at least as
        wide as the panel's least width in the font and language in force, with room for its vertical scroll
        bar: narrower, the panel was cut at the right, its summary line with it ("spiral: 훈련 점" at a
        presenter scale; the column's width was measured once, at 100 % and in the first language)."""
        area = self.parentWidget().parentWidget() if self.parentWidget() is not None else None
        if not isinstance(area, QScrollArea) or area.widget() is not self:
            return
        if self._area_floor is None:
            self._area_floor = area.minimumWidth()   # the window's choice at 100 %: never less
        bar = area.verticalScrollBar().sizeHint().width()
        need = max(self._area_floor, self.minimumSizeHint().width() + bar + 2 * area.frameWidth() + 2)
        if area.minimumWidth() != need:
            area.setMinimumWidth(need)

    def sync(self, snap):
        """Show the data settings of a snapshot without emitting."""
        d = snap.spec.get("data", {})
        name = d.get("name", "")
        blockers = [QSignalBlocker(w) for w in (self.noise_slider, self.test_slider, self.classes_spin)]
        try:
            if name in self.buttons:
                self.buttons[name].setChecked(True)
            else:  # an imported file: no thumbnail is selected
                self.group.setExclusive(False)
                for b in self.buttons.values():
                    b.setChecked(False)
                self.group.setExclusive(True)
            if not self._debounce.isActive():
                self.noise_slider.setValue(int(round(100 * float(d.get("noise", 0.0) or 0.0))))
                self.test_slider.setValue(int(round(100 * float(d.get("test_ratio", 0.0) or 0.0))))
            self.classes_spin.setValue(int(d.get("classes", 3) or 3))
            builtin = name in self.buttons
            self.classes_spin.setEnabled(name == "spiral")
            self.noise_slider.setEnabled(builtin and not name.startswith("gate_") and name != "spiral")
            self.regen_button.setEnabled(builtin and not name.startswith("gate_"))
            self._update_labels()
        finally:
            del blockers
        if (snap.kind, len(snap.class_names), tuple(snap.class_names)) != (
                self._kind, self._num_classes, self._class_names):
            self._kind, self._num_classes, self._class_names = snap.kind, len(snap.class_names), tuple(snap.class_names)
            self._fill_classes()
        self._last_snap = snap
        self._show_info(snap)

    def data_name(self, name):
        """A data set as people read it: the built-in ones by their button's name, points that came from
        clicks or a lesson and from a file by what they are, in the language in force."""
        if name in SHORT_NAMES:
            return self.tr(SHORT_NAMES[name])
        return {"": self.tr("data"), "custom": self.tr("custom"), "csv": self.tr("csv")}.get(name, name)

    def _show_info(self, snap):
        name = snap.spec.get("data", {}).get("name", "")
        n_tr, n_te = len(snap.y_train), len(snap.y_test)
        what = (self.tr("{} classes").format(len(snap.class_names)) if snap.kind == ds_mod.CLASSIFICATION
                else self.tr("regression"))
        self.info_label.setText(self.tr("{}: {} training + {} test points, {}").format(
            self.data_name(name), n_tr, n_te, what))
