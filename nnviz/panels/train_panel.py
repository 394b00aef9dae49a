"""Training controls: learning rate, batch size, optimizer, initialiser, regularisation, problem type,
output/loss, gradient clipping.

The panel never talks to the worker. It emits what the user asked for; the main window forwards it:

- ``trainChanged(dict)``: settings the maths lets change live (lr, batch_size, optimizer, momentum, max_grad)
- ``regularizationChanged(object kind, float rate)``: live too
- ``rebuildRequested(dict patch, str reason)``: settings that need a new network (initialiser, dtype,
  output/loss, activation)
- ``problemTypeChanged(str)``: "classification" | "regression" (the window picks a data set of that kind)

``sync(spec, kind)`` shows a snapshot's settings without emitting anything.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.layers import HIDDEN_ACTIVATIONS
from core.optimizers import OPTIMIZERS
from core.spec import RANGES, default_spec, normalize_session

# TensorFlow Playground's learning rates (1 is the book's), and its regularisation rates
LEARNING_RATES = ("0.00001", "0.0001", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1.0", "3", "10")
REG_RATES = ("0", "0.001", "0.003", "0.01", "0.03", "0.1", "0.3", "1", "3", "10")
INITIALISERS = ("book", "xavier", "he", "uniform")
DTYPES = ("float64", "float32")
# (output, loss) pairs offered, with the kinds of problem they make sense for
OUTPUT_LOSS = (("softmax", "cross_entropy", ("classification",)),
               ("sigmoid", "bce", ("classification",)),
               ("sigmoid", "mse", ("classification",)),
               ("identity", "mse", ("classification", "regression")),
               ("tanh", "mse", ("classification", "regression")))


def parse_rate(text):
    """A positive finite float from free text ("0.03", "1e-3", "1,5"), else None."""
    try:
        v = float(str(text).strip().replace(",", "."))
    except ValueError:
        return None
    return v if math.isfinite(v) and v > 0 else None


class TrainPanel(QToolBar):
    """A toolbar of labelled controls: on a narrow window the ones that do not fit move into the
    toolbar's » menu instead of forcing the window wider."""

    trainChanged = Signal(dict)
    regularizationChanged = Signal(object, float)
    rebuildRequested = Signal(dict, str)
    problemTypeChanged = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("trainPanel")
        self.setMovable(False)
        self.setStyleSheet("QToolBar#trainPanel { spacing: 8px; }")
        self.last_error = ""
        self.labels = {}   # control -> the label above it (texts: retranslate_ui)

        def add(w):
            field = QWidget()
            v = QVBoxLayout(field)
            v.setContentsMargins(2, 0, 2, 0)
            v.setSpacing(1)
            lab = QLabel()
            lab.setStyleSheet("color: #555; font-size: 11px;")
            v.addWidget(lab)
            v.addWidget(w)
            self.labels[w] = lab
            self.addWidget(field)
            return w

        self.lr_combo = QComboBox()
        self.lr_combo.setEditable(True)
        self.lr_combo.addItems(LEARNING_RATES)
        self.lr_combo.setInsertPolicy(QComboBox.NoInsert)
        v = QDoubleValidator(0.0, 1e6, 10, self)
        v.setNotation(QDoubleValidator.ScientificNotation)
        self.lr_combo.lineEdit().setValidator(v)
        self.lr_combo.setMinimumContentsLength(7)
        add(self.lr_combo)

        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(int(RANGES["train.batch_size"].lo), int(RANGES["train.batch_size"].hi))
        add(self.batch_spin)

        self.opt_combo = QComboBox()
        self.opt_combo.addItems(list(OPTIMIZERS))
        add(self.opt_combo)

        self.momentum_spin = QDoubleSpinBox()
        self.momentum_spin.setRange(0.0, 0.999)
        self.momentum_spin.setSingleStep(0.05)
        self.momentum_spin.setDecimals(3)
        add(self.momentum_spin)

        self.act_combo = QComboBox()
        self.act_combo.addItems(list(HIDDEN_ACTIVATIONS))
        add(self.act_combo)

        self.init_combo = QComboBox()
        for name in INITIALISERS:
            self.init_combo.addItem(name, name)   # the engine's name as data; the text: retranslate_ui
        add(self.init_combo)

        self.reg_combo = QComboBox()
        self.reg_combo.addItem("", None)   # "None", in the language in force
        self.reg_combo.addItem("L1", "l1")
        self.reg_combo.addItem("L2", "l2")
        add(self.reg_combo)

        self.reg_rate_combo = QComboBox()
        self.reg_rate_combo.setEditable(True)
        self.reg_rate_combo.addItems(REG_RATES)
        self.reg_rate_combo.setInsertPolicy(QComboBox.NoInsert)
        self.reg_rate_combo.setMinimumContentsLength(5)
        add(self.reg_rate_combo)

        self.problem_combo = QComboBox()
        self.problem_combo.addItem("", "classification")
        self.problem_combo.addItem("", "regression")
        add(self.problem_combo)

        self.output_combo = QComboBox()
        for out, loss, _ in OUTPUT_LOSS:
            self.output_combo.addItem("", (out, loss))
        add(self.output_combo)

        self.dtype_combo = QComboBox()
        self.dtype_combo.addItems(list(DTYPES))
        add(self.dtype_combo)

        self.clip_check = QCheckBox()
        self.clip_spin = QDoubleSpinBox()
        self.clip_spin.setRange(0.01, 1000.0)
        self.clip_spin.setValue(5.0)
        self.clip_spin.setEnabled(False)
        clip = QWidget()
        h = QHBoxLayout(clip)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.clip_check)
        h.addWidget(self.clip_spin)
        add(clip)
        self.retranslate_ui()

        self.sync(normalize_session(default_spec()), "classification")   # the one default spec (core.spec)

        self.lr_combo.lineEdit().editingFinished.connect(self._lr_entered)
        self.lr_combo.textActivated.connect(self._lr_entered)
        self.batch_spin.editingFinished.connect(lambda: self._emit_train(batch_size=self.batch_spin.value()))
        self.opt_combo.currentTextChanged.connect(self._optimizer_changed)
        self.momentum_spin.valueChanged.connect(lambda v: self._emit_train(momentum=float(v)))
        self.act_combo.textActivated.connect(self._activation_chosen)
        self.init_combo.textActivated.connect(self._init_chosen)
        self.dtype_combo.textActivated.connect(
            lambda t: self.rebuildRequested.emit({"network": {"dtype": t}}, self.tr("the precision changed to {}").format(t)))
        self.reg_combo.activated.connect(lambda _i: self._emit_reg())
        self.reg_rate_combo.textActivated.connect(lambda _t: self._emit_reg())
        self.reg_rate_combo.lineEdit().editingFinished.connect(self._emit_reg)
        self.problem_combo.activated.connect(lambda _i: self.problemTypeChanged.emit(self.problem_combo.currentData()))
        self.output_combo.activated.connect(self._output_chosen)
        self.clip_check.toggled.connect(self._clip_changed)
        self.clip_spin.editingFinished.connect(self._clip_changed)

    # ------------------------------------------------------------------ language
    def changeEvent(self, ev):
        if ev.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(ev)

    def retranslate_ui(self):
        """Every label, tool tip and translated combo item in the language in force; the items keep their
        data and the current choice (setItemText)."""
        self.setWindowTitle(self.tr("Training settings"))
        for w, label, tip in (
                (self.lr_combo, self.tr("Learning rate"),
                 self.tr("Step size of each update. Pick one or type any positive number (live).")),
                (self.batch_spin, self.tr("Batch size"),
                 self.tr("Points per minibatch (live; takes effect at the next epoch).")),
                (self.opt_combo, self.tr("Optimizer"), self.tr("How gradients become updates (live).")),
                (self.momentum_spin, self.tr("Momentum"), self.tr("For momentum and nesterov (live).")),
                (self.act_combo, self.tr("Activation"),
                 self.tr("Activation of every hidden layer (resets the network). Per layer: in the diagram.")),
                (self.init_combo, self.tr("Initialiser"), self.tr("Initial weights (resets the network).")),
                (self.reg_combo, self.tr("Regularization"), self.tr("Penalty on the weights (live).")),
                (self.reg_rate_combo, self.tr("Reg. rate"), ""),
                (self.problem_combo, self.tr("Problem type"), ""),
                (self.output_combo, self.tr("Output + loss"), self.tr("Output layer and loss (resets the network).")),
                (self.dtype_combo, self.tr("Precision"), self.tr("Number type of the weights (resets the network).")),
                (self.clip_check.parentWidget(), self.tr("Gradient clipping"),
                 self.tr("Scale the gradients down when their total norm exceeds this (live)."))):
            lab = self.labels[w]
            lab.setText(label)
            if tip:
                w.setToolTip(tip)
                lab.setToolTip(tip)
        names = self.init_names()
        for i in range(self.init_combo.count()):
            self.init_combo.setItemText(i, names.get(self.init_combo.itemData(i), self.init_combo.itemData(i)))
        self.init_combo.setItemData(INITIALISERS.index("book"), self.tr("0.01 × N(0, 1), as in the book"),
                                    Qt.ToolTipRole)
        self.reg_combo.setItemText(0, self.tr("None"))
        self.problem_combo.setItemText(0, self.tr("Classification"))
        self.problem_combo.setItemText(1, self.tr("Regression"))
        names = {"cross_entropy": (self.tr("CE"), self.tr("cross-entropy")),
                 "bce": (self.tr("BCE"), self.tr("binary cross-entropy")),
                 "mse": (self.tr("MSE"), self.tr("mean squared error"))}
        for i, (out, loss, _) in enumerate(OUTPUT_LOSS):
            self.output_combo.setItemText(i, f"{out} + {names[loss][0]}")
            self.output_combo.setItemData(i, self.tr("{} output, {} loss").format(out, names[loss][1]), Qt.ToolTipRole)
        self.clip_check.setText(self.tr("Clip"))

    # ------------------------------------------------------------------ user actions
    def _emit_train(self, **kw):
        self.trainChanged.emit(kw)

    def set_lr(self, value):
        """Set the learning rate as if typed (tests, menus)."""
        self.lr_combo.setEditText(str(value))
        self._lr_entered()

    def _lr_entered(self, *_):
        v = parse_rate(self.lr_combo.currentText())
        if v is None:
            self.last_error = self.tr("The learning rate must be a positive number, e.g. 0.03")
            self.lr_combo.setStyleSheet("QComboBox { border: 1px solid #d33; }")
            self.lr_combo.setToolTip(self.last_error)
            return
        self.lr_combo.setStyleSheet("")
        if v != self._lr:
            self._lr = v
            self._emit_train(lr=v)

    def _optimizer_changed(self, name):
        self.momentum_spin.setEnabled(name in ("momentum", "nesterov"))
        self._emit_train(optimizer=name)

    def init_names(self):
        """The initialisers as the combo shows them: the book's is a word (translated), the others names."""
        return {"book": self.tr("book"), "xavier": "xavier", "he": "he", "uniform": self.tr("uniform")}

    def _init_chosen(self, text):
        i = self.init_combo.findText(text)
        name = self.init_combo.itemData(i) if i >= 0 else text
        self.rebuildRequested.emit({"network": {"init": name}},
                                   self.tr("the initialiser changed to {}").format(self.init_names().get(name, name)))

    def _activation_chosen(self, name):
        self.rebuildRequested.emit({"network": {"activation": name}},
                                   self.tr("the hidden activation changed to {}").format(name))

    def _emit_reg(self):
        kind = self.reg_combo.currentData()
        rate = parse_rate(self.reg_rate_combo.currentText())
        if rate is None:
            rate = 0.0
        self.regularizationChanged.emit(kind, float(rate))

    def _output_chosen(self, _i):
        out, loss = self.output_combo.currentData()
        self.rebuildRequested.emit({"network": {"output": out, "loss": loss}},
                                   self.tr("the output changed to {} + {}").format(out, loss))

    def _clip_changed(self, *_):
        on = self.clip_check.isChecked()
        self.clip_spin.setEnabled(on)
        self._emit_train(max_grad=float(self.clip_spin.value()) if on else None)

    # ------------------------------------------------------------------ showing the state
    def sync(self, spec, kind):
        """Show ``spec`` (a session spec) for data of ``kind`` without emitting."""
        net, tr = spec.get("network", {}), spec.get("train", {})
        widgets = (self.lr_combo, self.batch_spin, self.opt_combo, self.momentum_spin, self.act_combo,
                   self.init_combo, self.reg_combo, self.reg_rate_combo, self.problem_combo, self.output_combo,
                   self.dtype_combo, self.clip_check, self.clip_spin)
        blockers = [QSignalBlocker(w) for w in widgets]
        try:
            self._lr = float(tr.get("lr", 1.0))
            if not self.lr_combo.lineEdit().hasFocus():
                shown = [t for t in LEARNING_RATES if float(t) == self._lr]
                self.lr_combo.setEditText(shown[0] if shown else f"{self._lr:g}")
            if not self.batch_spin.hasFocus():
                self.batch_spin.setValue(int(tr.get("batch_size", 30)))
            self.opt_combo.setCurrentText(tr.get("optimizer", "sgd"))
            self.momentum_spin.setValue(float(tr.get("momentum", 0.9)))
            self.momentum_spin.setEnabled(self.opt_combo.currentText() in ("momentum", "nesterov"))
            acts = net.get("activation", "sigmoid")
            names = [a["name"] if isinstance(a, dict) else a for a in ([acts] if isinstance(acts, (str, dict)) else acts)]
            if names and all(n == names[0] for n in names):
                self.act_combo.setCurrentText(names[0])
            else:
                self.act_combo.setCurrentIndex(-1)
            self.init_combo.setCurrentIndex(max(0, self.init_combo.findData(net.get("init", "book"))))
            self.dtype_combo.setCurrentText(net.get("dtype", "float64"))
            self.reg_combo.setCurrentIndex(max(0, self.reg_combo.findData(net.get("regularization"))))
            if not self.reg_rate_combo.lineEdit().hasFocus():
                self.reg_rate_combo.setEditText(f"{float(net.get('reg_rate', 0.0)):g}")
            self.problem_combo.setCurrentIndex(max(0, self.problem_combo.findData(kind)))
            pair = (net.get("output", "softmax"), net.get("loss", "cross_entropy"))
            model = self.output_combo.model()
            for i, (out, loss, kinds) in enumerate(OUTPUT_LOSS):
                model.item(i).setEnabled(kind in kinds)
                if (out, loss) == pair:
                    self.output_combo.setCurrentIndex(i)
            mg = tr.get("max_grad")
            self.clip_check.setChecked(mg is not None)
            self.clip_spin.setEnabled(mg is not None)
            if mg is not None and not self.clip_spin.hasFocus():
                self.clip_spin.setValue(float(mg))
        finally:
            del blockers
