"""The step-through debugger in the main window: its docks, actions, shortcuts and wiring.

``StepThrough(window)`` adds to a ``MainWindow``:

- actions (in ``window.actions``): ``step_stage`` (Right), ``step_back`` (Left), ``autoplay_stages``
  (auto-play stages in slow motion until paused), ``gradient_check`` and ``breakpoints``; Step gets
  Shift+Right and Step epoch Ctrl+Right as second shortcuts;
- a "Step-through" toolbar with those and the stage speed (100 ms to 3 s a stage);
- docks, tabbed at the bottom: the inspector, the computation graph, the histograms; the timeline
  under the loss plot; the stage overlay on the diagram;
- wiring: clicking a neuron selects it in the inspector; clicking a data point while a stage is
  shown traces it (Ctrl+click always does); clicking the loss curve or moving the timeline scrubs.

The window hands every drawn snapshot to ``set_snapshot`` (one more view of its frame).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSlider,
    QSpinBox,
    QStyle,
    QToolBar,
    QVBoxLayout,
)

from nnviz.stepthrough.gradcheck import GradCheckDialog
from nnviz.stepthrough.graph import ComputationGraphView
from nnviz.stepthrough.histograms import HistogramsView
from nnviz.stepthrough.inspector import Inspector
from nnviz.stepthrough.overlay import StageOverlay
from nnviz.stepthrough.stage import plane_point
from nnviz.views.timeline import Timeline

STAGE_SPEEDS_MS = (100, 200, 300, 500, 800, 1200, 2000, 3000)
DEFAULT_STAGE_MS = 800


class BreakpointsDialog(QDialog):
    """Toggles and thresholds of the breakpoints; every change goes to the worker at once."""

    changed = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setModal(False)
        g = QGridLayout()
        self.nan = QCheckBox()
        self.nan.setChecked(True)
        self.grad = QCheckBox()
        self.grad_value = QDoubleSpinBox()
        self.grad_value.setRange(1e-6, 1e12)
        self.grad_value.setDecimals(3)
        self.grad_value.setValue(100.0)
        self.rise = QCheckBox()
        self.rise_value = QDoubleSpinBox()
        self.rise_value.setRange(1.01, 1e6)
        self.rise_value.setValue(2.0)
        self.rise_window = QSpinBox()
        self.rise_window.setRange(1, 100000)
        self.rise_window.setValue(50)
        self.dead = QCheckBox()
        self.dead_value = QDoubleSpinBox()
        self.dead_value.setRange(0.0, 100.0)
        self.dead_value.setValue(50.0)
        self.sat = QCheckBox()
        self.sat_value = QDoubleSpinBox()
        self.sat_value.setRange(0.0, 100.0)
        self.sat_value.setValue(50.0)
        g.addWidget(self.nan, 0, 0, 1, 3)
        g.addWidget(self.grad, 1, 0)
        g.addWidget(self.grad_value, 1, 1)
        g.addWidget(self.rise, 2, 0)
        g.addWidget(self.rise_value, 2, 1)
        self.window_label, self.iterations_label = QLabel(), QLabel()
        g.addWidget(self.window_label, 3, 0, Qt.AlignmentFlag.AlignRight)
        g.addWidget(self.rise_window, 3, 1)
        g.addWidget(self.iterations_label, 3, 2)
        g.addWidget(self.dead, 4, 0)
        g.addWidget(self.dead_value, 4, 1)
        g.addWidget(self.sat, 5, 0)
        g.addWidget(self.sat_value, 5, 1)
        self.note = note = QLabel()
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        lay = QVBoxLayout(self)
        lay.addLayout(g)
        lay.addWidget(note)
        lay.addWidget(buttons)
        for w in (self.nan, self.grad, self.rise, self.dead, self.sat):
            w.toggled.connect(self._emit)
        for w in (self.grad_value, self.rise_value, self.rise_window, self.dead_value, self.sat_value):
            w.valueChanged.connect(self._emit)
        self.retranslate_ui()

    def changeEvent(self, ev):
        if ev.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(ev)

    def retranslate_ui(self):
        self.setWindowTitle(self.tr("Breakpoints"))
        self.nan.setText(self.tr("a value turns NaN or infinite (pause on that stage)"))
        self.grad.setText(self.tr("the gradient norm exceeds"))
        self.rise.setText(self.tr("the mean loss rises by a factor of"))
        self.dead.setText(self.tr("more than this % of a ReLU layer is dead"))
        self.sat.setText(self.tr("more than this % of a sigmoid/tanh layer is saturated"))
        self.window_label.setText(self.tr("over a window of"))
        self.iterations_label.setText(self.tr("iterations"))
        self.note.setText(self.tr("Training pauses on the stage where the condition first holds and the message "
                             "says where and why. Each condition other than NaN stops once when it starts."))

    def settings(self):
        """The breakpoints as core.breakpoints.Breakpoints fields (fractions for the percentages)."""
        return {"nan": self.nan.isChecked(),
                "grad_norm": self.grad_value.value() if self.grad.isChecked() else None,
                "loss_rise": self.rise_value.value() if self.rise.isChecked() else None,
                "loss_window": int(self.rise_window.value()),
                "dead_relu": self.dead_value.value() / 100.0 if self.dead.isChecked() else None,
                "saturated": self.sat_value.value() / 100.0 if self.sat.isChecked() else None}

    def _emit(self, *_):
        self.changed.emit(self.settings())


class StepThrough(QObject):
    frameShown = Signal(int)         # seq of the snapshot the step-through views just showed (each frame)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.shown_seq = -1
        self.shown_snapshot = None
        self.inspector = Inspector()
        self.inspector.set_diagram(window.diagram)
        self.graph = ComputationGraphView()
        self.histograms = HistogramsView()
        self.timeline = Timeline()
        self.overlay = StageOverlay(window.diagram)
        self.overlay.set_stage_ms(DEFAULT_STAGE_MS)
        self.gradcheck_dialog = GradCheckDialog(window, run=lambda: self.window.worker.gradient_check())
        self.breakpoints_dialog = BreakpointsDialog(window)
        self._snap = None
        self._autoplay = False
        self._auto_timer = QTimer(self)
        self._auto_timer.setSingleShot(True)
        self._auto_timer.timeout.connect(self._auto_next)
        self._build_actions()
        self._build_toolbar()
        self._build_docks()
        self._build_trace_marker()
        self._wire()
        self._presenter = None
        self.retranslate_ui()
        self._connect_presenter()
        if self._presenter is None:          # the classroom makes the presenter after the step-through
            QTimer.singleShot(0, self._connect_presenter)

    def _connect_presenter(self):
        """Inspector formulas, matrices and the diagram's stage labels follow the presenter factor."""
        p = getattr(self.window, "presenter", None) or getattr(getattr(self.window, "classroom", None),
                                                                "presenter", None)
        if p is None or p is self._presenter:
            return
        self._presenter = p
        p.presenter_scale_changed.connect(self.set_presenter_factor)
        self.set_presenter_factor(p.factor)

    def set_presenter_factor(self, factor):
        self.inspector.set_presenter_factor(factor)
        self.overlay.set_presenter_factor(factor)
        self.graph.set_presenter_factor(factor)
        self.histograms.set_presenter_factor(factor)

    # ------------------------------------------------------------------ construction
    def _build_actions(self):
        win, w = self.window, self.window.worker
        win._action("step_back", "", lambda: w.step_back(), "Left", QStyle.SP_ArrowBack)
        win._action("step_stage", "", lambda: w.step_stage(), "Right", QStyle.SP_ArrowForward)
        win._action("autoplay_stages", "", self.set_autoplay, None, QStyle.SP_MediaPlay, checkable=True)
        win._action("gradient_check", "", self.run_gradient_check)
        win._action("breakpoints", "", self.show_breakpoints)
        # Shift+Right = step batch, Ctrl+Right = step epoch, next to their own keys
        for key, extra in (("step", "Shift+Right"), ("step_epoch", "Ctrl+Right")):
            a = win.actions.get(key)
            if a is not None:
                seqs = [s for s in a.shortcuts() if not s.isEmpty()] + [QKeySequence(extra)]
                a.setShortcuts(seqs)
        self.actions = {k: win.actions[k] for k in ("step_back", "step_stage", "autoplay_stages",
                                                    "gradient_check", "breakpoints")}

    def _build_toolbar(self):
        """The stage controls go on the window's training toolbar, after its own."""
        win = self.window
        tb = getattr(win, "toolbar", None)
        self._own_toolbar = tb is None
        if tb is None:
            tb = QToolBar()
            tb.setObjectName("stepThroughToolbar")
            win.addToolBar(Qt.ToolBarArea.TopToolBarArea, tb)
        tb.addSeparator()
        for k in ("step_back", "step_stage", "autoplay_stages"):
            tb.addAction(win.actions[k])
        self.stage_speed = QSlider(Qt.Orientation.Horizontal)
        self.stage_speed.setRange(0, len(STAGE_SPEEDS_MS) - 1)
        self.stage_speed.setFixedWidth(90)
        self.stage_speed.setValue(STAGE_SPEEDS_MS.index(DEFAULT_STAGE_MS))
        self.stage_speed_label = QLabel()
        self.stage_speed_label.setMinimumWidth(44)
        tb.addWidget(self.stage_speed)
        tb.addWidget(self.stage_speed_label)
        self.toolbar = tb
        self.stage_speed.valueChanged.connect(lambda i: self.set_stage_ms(STAGE_SPEEDS_MS[i]))
        self._show_stage_ms(DEFAULT_STAGE_MS)
        menu = self._training_menu()
        if menu is not None:
            menu.addSeparator()
            for k in ("step_stage", "step_back", "autoplay_stages", "gradient_check", "breakpoints"):
                menu.addAction(win.actions[k])

    def _training_menu(self):
        return getattr(self.window, "training_menu", None)   # the window's own, never found by its text

    def retranslate_ui(self):
        """The step-through's action texts, dock titles and tool tips in the language in force (the window's
        retranslate_ui calls it; its dialogs and views retranslate themselves on LanguageChange)."""
        win = self.window
        for key, text, tip in (
                ("step_back", self.tr("Step back"), self.tr("Back one stage (across iterations too)")),
                ("step_stage", self.tr("Step stage"),
                 self.tr("One stage: forward through a layer, the loss, backward, an update")),
                ("autoplay_stages", self.tr("Auto-play stages"), self.tr("Run the stages in slow motion until paused")),
                ("gradient_check", self.tr("Gradient check"),
                 self.tr("Numerical against backprop gradients on the current batch")),
                ("breakpoints", self.tr("Breakpoints…"),
                 self.tr("When to pause: NaN/inf, gradient norm, loss rise, dead or saturated units"))):
            win.set_action_texts(key, text, tip)
        win.actions["autoplay_stages"].setIconText(self.tr("Auto-play"))
        if self._own_toolbar:
            self.toolbar.setWindowTitle(self.tr("Step-through"))
        self.stage_speed.setToolTip(self.tr("Time per stage in the animation and auto-play (100 ms to 3 s)"))
        for key, title in (("inspector", self.tr("Inspector")), ("graph", self.tr("Computation graph")),
                           ("histograms", self.tr("Histograms"))):
            self.docks[key].setWindowTitle(title)
        for dlg in (self.breakpoints_dialog, self.gradcheck_dialog, self.histograms):
            dlg.retranslate_ui()

    def _build_docks(self):
        win = self.window
        self.docks = {}
        first = None
        # the debugger's tools sit at the right of the inspector's caption
        tools = QToolBar()
        tools.setObjectName("debuggerTools")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tools.setStyleSheet("QToolBar { border: 0; spacing: 6px; }")
        tools.addAction(win.actions["gradient_check"])
        tools.addAction(win.actions["breakpoints"])
        self.inspector.add_header_widget(tools)   # on the caption's row: the dock's height goes to formulas
        self.tools_bar = tools
        for key, widget in (("inspector", self.inspector), ("graph", self.graph), ("histograms", self.histograms)):
            dock = QDockWidget(win)   # its title: retranslate_ui
            dock.setObjectName(f"{key}Dock")
            scroll = QScrollArea()  # a squeezed dock scrolls: the window keeps a small minimum height
            scroll.setWidget(widget)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setMinimumHeight(60)
            dock.setWidget(scroll)
            dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
                                 | Qt.DockWidgetArea.LeftDockWidgetArea)
            win.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            if first is None:
                first = dock
            else:
                win.tabifyDockWidget(first, dock)
            self.docks[key] = dock
        first.raise_()
        win.resizeDocks([first], [250], Qt.Orientation.Vertical)
        # the timeline goes under the loss plot
        holder = win.loss_plot.parentWidget()
        if holder is not None and holder.layout() is not None:
            holder.layout().addWidget(self.timeline)
        view_menu = getattr(win, "view_menu", None)   # the window's own, never found by its text
        if view_menu is not None:
            view_menu.addSeparator()
            for dock in self.docks.values():
                view_menu.addAction(dock.toggleViewAction())

    def _build_trace_marker(self):
        self.trace_marker = pg.ScatterPlotItem(size=18, pxMode=True, pen=pg.mkPen(20, 20, 20, width=2.5),
                                               brush=pg.mkBrush(None), symbol="o")
        self.trace_marker.setZValue(20)
        self.window.boundary.plot.addItem(self.trace_marker)

    def _wire(self):
        win, w = self.window, self.window.worker
        win.diagram.nodeClicked.connect(self.select_node)
        win.boundary.pointTraced.connect(lambda row: w.trace_sample(row))
        win.loss_plot.epochClicked.connect(lambda _epoch, iteration: w.scrub(iteration))
        self.timeline.scrubRequested.connect(lambda k: w.scrub(k))
        w.gradcheckDone.connect(self.gradcheck_dialog.show_result)
        self.breakpoints_dialog.changed.connect(lambda kw: w.set_breakpoints(**kw))
        # a matrix cell clicked in the inspector is shown in the diagram: its edge, or its neuron
        self.inspector.edgePicked.connect(self.overlay.set_picked_edge)
        self.inspector.nodePicked.connect(self.overlay.set_picked_node)

    # ------------------------------------------------------------------ commands
    def select_node(self, column, unit):
        """Select a neuron (diagram numbering: column 0 = inputs) in the inspector and on the diagram."""
        self.inspector.select_node(column, unit)
        self.overlay.set_selected(column, unit)
        if column is not None and column >= 0:
            self.docks["inspector"].raise_()

    def trace_sample(self, row):
        self.window.worker.trace_sample(row)

    def set_stage_ms(self, ms):
        ms = int(min(3000, max(100, ms)))
        self.overlay.set_stage_ms(ms)
        self._show_stage_ms(ms)
        i = int(np.argmin([abs(s - ms) for s in STAGE_SPEEDS_MS]))
        if self.stage_speed.value() != i:
            self.stage_speed.blockSignals(True)
            self.stage_speed.setValue(i)
            self.stage_speed.blockSignals(False)

    def stage_ms(self):
        return self.overlay.stage_ms()

    def _show_stage_ms(self, ms):
        self.stage_speed_label.setText(f"{ms / 1000:g} s" if ms >= 1000 else f"{ms} ms")

    def set_autoplay(self, on):
        on = bool(on)
        a = self.window.actions["autoplay_stages"]
        if a.isChecked() != on:
            a.blockSignals(True)
            a.setChecked(on)
            a.blockSignals(False)
        self._autoplay = on
        if on:
            self.window.worker.pause()
            self.window.worker.step_stage()
        else:
            self._auto_timer.stop()

    def autoplaying(self):
        return self._autoplay

    def stop_autoplay(self):
        self.set_autoplay(False)

    def _auto_next(self):
        if self._autoplay:
            self.window.worker.step_stage()

    def run_gradient_check(self):
        self.gradcheck_dialog.show()
        self.gradcheck_dialog.raise_()
        self.gradcheck_dialog.start()

    def show_breakpoints(self):
        self.breakpoints_dialog.show()
        self.breakpoints_dialog.raise_()

    # ------------------------------------------------------------------ drawing
    def set_snapshot(self, snap):
        """One snapshot drawn: the stage overlay, inspector, graph, histograms and timeline follow it."""
        self._snap = snap
        stage = bool(snap.events) and snap.stage_index >= 0
        self.overlay.set_snapshot(snap)
        self.inspector.set_snapshot(snap)
        self.graph.set_snapshot(snap)
        self.histograms.set_snapshot(snap)
        self.timeline.set_snapshot(snap)
        self.window.boundary.set_trace_mode(stage)
        self._update_trace_marker(snap, stage)
        if self._autoplay:
            if snap.error or snap.running:
                self.stop_autoplay()
            else:
                self._auto_timer.start(self.overlay.stage_ms())
        self.shown_seq = snap.seq
        self.shown_snapshot = snap
        self.frameShown.emit(snap.seq)

    def _update_trace_marker(self, snap, stage):
        row = snap.traced_row
        if not stage or row is None or row < 0 or row >= len(snap.x_train):
            self.trace_marker.setData([], [])
            return
        x, y = plane_point(snap.x_train[row])
        self.trace_marker.setData([x], [y])
