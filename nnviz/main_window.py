"""The main window: toolbar, training settings, data panel, network diagram, decision boundary and loss plot.

The window never touches the live session. It sends commands to the
``TrainingWorker`` (each returns at once) and draws the newest ``Snapshot`` the
worker sends: snapshots that arrive while a frame is pending replace each other,
so a slow frame never builds a queue.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from nnviz.classroom import Classroom
from nnviz.classroom.messages import translate_message
from nnviz.frames import FrameDrawer, snapshot_is_finite  # noqa: F401 - snapshot_is_finite: old import path
from nnviz.i18n import translate
from nnviz.model import notices
from nnviz.model.messages import render_parts
from nnviz.panels import DataPanel, TrainPanel
from nnviz.stepthrough.panel import StepThrough
from nnviz.views.boundary import BoundaryView
from nnviz.views.diagram import NetworkDiagram
from nnviz.views.loss_plot import LossPlot
from nnviz.watchdog import Watchdog
from nnviz.window_bars import DEFAULT_SPEED, SPEEDS, ToolbarsMixin  # noqa: F401 - SPEEDS: old import path
from nnviz.window_health import HealthMixin
from nnviz.window_texts import WindowTextsMixin
from nnviz.worker import TrainingWorker

REMOVE_RADIUS = 0.04   # right-click removes the nearest point within this fraction of the view
MAX_MESSAGES = 200     # notices kept in window.messages


def error_text(snap):
    """The snapshot's error (bad numbers, a breakpoint hit) in the window's language: the worker keeps it in
    English, with its translatable parts in ``error_info["parts"]``."""
    parts = (snap.error_info or {}).get("parts")
    if not parts:
        return snap.error
    return render_parts(parts, lambda t: QCoreApplication.translate("Breakpoints", t), translate)


class _Remember:
    """Hands a snapshot to the diagram and remembers it: a click on the diagram refers to what it shows."""

    def __init__(self, view, window):
        self.view, self.window = view, window

    def set_snapshot(self, snap):
        self.view.set_snapshot(snap)
        self.window._diagram_snap = snap


class MainWindow(WindowTextsMixin, ToolbarsMixin, HealthMixin, QMainWindow):
    """``MainWindow()`` opens the book's spiral with a 2-10-3 network, ready for Play.

    ``start=False`` builds the window without starting the worker thread (the screenshot
    command draws a snapshot it made itself with ``show_snapshot``)."""

    firstPaint = Signal()
    snapshotDrawn = Signal()      # after show_snapshot handed a snapshot to the views

    def __init__(self, spec=None, dataset=None, *, start=True, speed=DEFAULT_SPEED, parent=None):
        super().__init__(parent)
        self.last_snapshot = None     # newest snapshot received
        self.drawn_snapshot = None    # newest snapshot handed to the views (finite numbers only)
        self.last_message = ""
        self.messages = []            # every notice the worker sent, in order (status bar history)
        self._painted = False
        self._closed = False
        self._spec_shown = None
        self._shown_running = False
        self._panel_kind = None       # what the message panel shows: None, "numeric" or "refusal"
        self.actions: dict[str, QAction] = {}
        self._tip_keys: dict = {}     # action key -> the shortcut its tool tip names

        self.worker = TrainingWorker(spec, dataset, speed=0 if speed == 0 else float(speed))
        self.worker.snapshotReady.connect(self._on_snapshot)
        self.worker.set_pacing(True)
        self.worker.commandFailed.connect(self._on_command_failed)
        self.worker.commandRefused.connect(self._on_command_refused)
        self._refusal = None          # the Message of the refusal whose commandFailed comes next
        self._diagram_snap = None     # the snapshot the diagram shows: what a click on it refers to

        self._build_views()
        self._build_actions()
        self._build_toolbar(speed)
        self._build_menus()
        self._build_status()
        self._wire()
        self.stepthrough = StepThrough(self)  # step-through: stage actions, inspector, graph, timeline (issue 4)
        self.frames = FrameDrawer(self, lambda: self.worker, self._show_chrome, self._frame_views,
                                  lambda: [("step-through", self.stepthrough, self.stepthrough_host())])
        self.watchdog = Watchdog(lambda: None if self._closed else self.worker, self)
        self.watchdog.alarm.connect(self._on_watchdog)
        self.watchdog.recovered.connect(lambda: self._panel_kind == "watchdog" and self._hide_panel())
        self.resize(1400, 860)
        self.classroom = Classroom(self)  # lessons, files, presenter mode, languages, export (nnviz/classroom)
        self._build_help_menu()
        self._adopt_stage_controls()
        self.retranslate_ui()
        presenter = getattr(self, "presenter", None)
        if presenter is not None:   # presenter mode scales the bars: refit them
            presenter.presenter_scale_changed.connect(lambda _f: self._fit_timer.start())
        if start:
            self.worker.start()
            self.watchdog.start()

    # ------------------------------------------------------------------ construction
    def _build_views(self):
        self.diagram = NetworkDiagram()
        self.boundary = BoundaryView()
        self.loss_plot = LossPlot()
        self.data_panel = DataPanel()
        self.train_panel = TrainPanel()

        # the message panel: bad numbers and refused commands, never a blocking dialog
        self.error_panel = QFrame()
        self.error_panel.setObjectName("errorPanel")
        self.error_panel.setStyleSheet("#errorPanel { background: #fdecea; border: 1px solid #d93025; border-radius: 4px; }"
                                       "#errorPanel QLabel { color: #7a1010; }")
        eh = QHBoxLayout(self.error_panel)
        eh.setContentsMargins(10, 6, 10, 6)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.SP_MessageBoxWarning).pixmap(28, 28))
        eh.addWidget(icon, 0, Qt.AlignTop)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        eh.addWidget(self.error_label, 1)
        self.error_lower_lr = QPushButton()
        self.error_reset = QPushButton()
        self.error_restart = QPushButton()
        self.error_dismiss = QPushButton()
        for b in (self.error_lower_lr, self.error_reset, self.error_restart, self.error_dismiss):
            eh.addWidget(b, 0, Qt.AlignTop)
        self.error_panel.hide()

        # right column: boundary (with its toggles) above the loss plot
        right = QSplitter(Qt.Vertical)
        bwrap = QWidget()
        bl = QVBoxLayout(bwrap)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.setSpacing(0)
        self.boundary_bar = QToolBar()
        self.boundary_bar.setIconSize(self.boundary_bar.iconSize() * 0.7)
        self.boundary_bar.setStyleSheet("QToolBar { border: 0; spacing: 6px; }")
        self.output_title = title = QLabel()
        f = QFont(title.font())
        f.setBold(True)
        title.setFont(f)
        self.boundary_bar.addWidget(title)
        bl.addWidget(self.boundary_bar)
        bl.addWidget(self.boundary, 1)
        right.addWidget(bwrap)
        lwrap = QWidget()
        ll = QVBoxLayout(lwrap)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.setSpacing(0)
        self.loss_bar = QToolBar()
        self.loss_bar.setStyleSheet("QToolBar { border: 0; spacing: 6px; }")
        self.loss_title = lt = QLabel()
        lt.setFont(f)
        self.loss_bar.addWidget(lt)
        ll.addWidget(self.loss_bar)
        ll.addWidget(self.loss_plot, 1)
        right.addWidget(lwrap)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([500, 320])  # the boundary about square, the loss plot below
        self.right_splitter = right

        left = QScrollArea()
        left.setWidget(self.data_panel)
        left.setWidgetResizable(True)
        left.setFrameShape(QFrame.NoFrame)
        left.setMinimumWidth(self.data_panel.sizeHint().width() + 18)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)

        main = QSplitter(Qt.Horizontal)
        main.addWidget(left)
        main.addWidget(self.diagram)
        main.addWidget(right)
        main.setStretchFactor(0, 0)
        main.setStretchFactor(1, 3)
        main.setStretchFactor(2, 2)
        main.setSizes([260, 640, 480])
        self.main_splitter = main

        central = QWidget()
        v = QVBoxLayout(central)
        v.setContentsMargins(4, 2, 4, 2)
        v.setSpacing(4)
        v.addWidget(self.error_panel)
        v.addWidget(main, 1)
        self.setCentralWidget(central)

    def _action(self, key, text="", slot=None, shortcut=None, icon=None, checkable=False, tip=""):
        """A window action in the registry; its texts come from its owner's ``retranslate_ui`` (through
        ``set_action_texts``), or from ``text``/``tip`` for one that is not translated (a percentage)."""
        a = QAction(self)
        if icon is not None:
            a.setIcon(self.style().standardIcon(icon))
        if shortcut:
            a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.WindowShortcut)
            self._tip_keys[key] = shortcut
        a.setCheckable(checkable)
        if slot is not None:
            (a.toggled if checkable else a.triggered).connect(slot)
        self.addAction(a)  # shortcuts work even when the action is in no visible bar
        self.actions[key] = a
        if text:
            self.set_action_texts(key, text, tip)
        return a

    def _build_actions(self):
        w = self.worker
        self._action("reset", slot=lambda: w.reset(), shortcut="R", icon=QStyle.SP_BrowserReload)
        self._action("play", slot=self.toggle_play, shortcut="Space", icon=QStyle.SP_MediaPlay)
        self._action("step", slot=lambda: w.step(), shortcut="S", icon=QStyle.SP_MediaSkipForward)
        self._action("step_epoch", slot=lambda: w.step_epoch(), shortcut="E", icon=QStyle.SP_MediaSeekForward)
        self._action("open", slot=self.open_session_dialog, shortcut=QKeySequence.Open, icon=QStyle.SP_DialogOpenButton)
        self._action("save", slot=self.save_session_dialog, shortcut=QKeySequence.Save, icon=QStyle.SP_DialogSaveButton)
        self._action("import_csv", slot=self.data_panel._choose_csv)
        self._action("quit", slot=self.close, shortcut=QKeySequence.Quit)
        self._action("show_test", slot=self.boundary.set_show_test, checkable=True)
        self._action("discretize", slot=self.boundary.set_discretize, checkable=True)
        self._action("log_scale", slot=self.loss_plot.set_log_scale, checkable=True)
        self.actions["show_test"].setChecked(True)

    def _build_menus(self):
        mb = self.menuBar()
        self.file_menu = m = mb.addMenu("")
        for k in ("open", "save", "import_csv"):
            m.addAction(self.actions[k])
        m.addSeparator()
        m.addAction(self.actions["quit"])
        self.training_menu = m = mb.addMenu("")
        for k in ("play", "step", "step_epoch", "reset"):
            m.addAction(self.actions[k])
        self.view_menu = m = mb.addMenu("")
        for k in ("show_test", "discretize", "log_scale"):
            m.addAction(self.actions[k])

    def _wire(self):
        # The worker lives on another thread and runs no Qt event loop: connecting a signal straight to
        # one of its methods would queue the call there forever. Lambdas call it here; it only enqueues.
        w, d = self.worker, self.diagram
        self.speed_slider.valueChanged.connect(self._speed_moved)
        d.weightEdited.connect(lambda layer, i, j, v: self.classroom.allowed("weights") and w.edit_weight(layer, i, j, v))
        d.featureToggled.connect(self.toggle_feature)
        d.architectureRequested.connect(self.request_architecture)
        d.nodeHovered.connect(self.boundary.show_neuron)
        self.boundary.pointClicked.connect(self._point_clicked)
        tp = self.train_panel
        tp.trainChanged.connect(lambda kw: w.set_train(**kw))
        tp.regularizationChanged.connect(lambda kind, rate: w.set_regularization(kind, rate))
        tp.rebuildRequested.connect(lambda patch, why: w.rebuild(patch, why))
        tp.problemTypeChanged.connect(self._problem_type)
        dp = self.data_panel
        dp.dataRequested.connect(lambda patch, why: w.rebuild({"data": patch}, why))
        dp.datasetImported.connect(lambda ds: w.set_dataset(ds))
        self.error_dismiss.clicked.connect(self._hide_panel)
        self.error_reset.clicked.connect(lambda: w.reset())
        self.error_lower_lr.clicked.connect(self._lower_lr_and_reset)
        self.error_restart.clicked.connect(self.restart_worker)

    # ------------------------------------------------------------------ commands
    def toggle_play(self):
        if self.stepthrough.autoplaying():  # Pause ends auto-played stages, it does not start training
            self.stepthrough.stop_autoplay()
            return
        self.worker.toggle()

    def play(self):
        self.worker.play()

    def pause(self):
        self.stepthrough.stop_autoplay()
        self.worker.pause()

    def select_node(self, column, unit):
        """Select a neuron for the inspector (column 0 = inputs, the last = outputs)."""
        self.stepthrough.select_node(column, unit)

    def set_speed(self, steps_per_sec):
        """Move the speed control to the nearest position (0 = as fast as possible)."""
        i = SPEEDS.index(0) if steps_per_sec == 0 else int(np.argmin(
            [abs(np.log(s) - np.log(steps_per_sec)) if s else 1e9 for s in SPEEDS]))
        self.speed_slider.setValue(i)
        self.worker.set_speed(SPEEDS[i] if steps_per_sec != 0 else 0)

    def _speed_moved(self, i):
        self._show_speed(i)
        self.worker.set_speed(SPEEDS[i])

    def _show_speed(self, i):
        s = SPEEDS[i]
        self.speed_label.setText(self.tr("as fast as possible") if s == 0 else self.tr("{} steps/s").format(s))

    def request_architecture(self, sizes, activations):
        """The diagram asks for a network: what the click changed against the network it showed is sent
        as an intent (one more neuron in layer h, ...), so two clicks before the next frame both count."""
        if not (self.classroom.allowed("sizes") and self.classroom.allowed("activation")):
            return  # a lesson hides these controls
        sizes, acts = list(sizes), list(activations)
        shown = self._diagram_snap or self.last_snapshot
        w = self.worker
        if shown is None:
            patch = {"sizes": sizes, "activation": acts[:len(sizes) - 2]}
            w.rebuild({"network": patch}, self.tr("the network changed"))
            return
        old_sizes, old_acts = list(shown.sizes), list(shown.activations[:-1])
        if len(sizes) == len(old_sizes) + 1 and sizes[:-2] == old_sizes[:-1]:
            w.add_layer(sizes[-2], acts[len(sizes) - 3] if len(acts) >= len(sizes) - 2 else None)
        elif len(sizes) == len(old_sizes) - 1 and sizes[:-1] == old_sizes[:-2]:
            w.remove_layer()
        elif len(sizes) == len(old_sizes) and sizes != old_sizes:
            for h, (a_, b_) in enumerate(zip(old_sizes[1:-1], sizes[1:-1])):
                if a_ != b_:
                    w.change_units(h, b_ - a_)
        elif len(sizes) == len(old_sizes) and acts[:len(sizes) - 2] != old_acts:
            for h, (a_, b_) in enumerate(zip(old_acts, acts)):
                if a_ != b_:
                    w.set_activation(h, b_)
        else:   # anything else (a lesson, a script): the network asked for, as it is
            patch = {"sizes": sizes, "activation": acts[:len(sizes) - 2]}
            if len(acts) == len(sizes) - 1:
                patch["output"] = acts[-1]
            w.rebuild({"network": patch}, self.tr("the network changed"))

    def toggle_feature(self, name):
        """Turn an input on or off: applied by the worker to the inputs in force when it runs."""
        if not self.classroom.allowed("features"):
            return
        self.worker.toggle_feature(name)

    def _problem_type(self, kind):
        snap = self.last_snapshot
        if snap is not None and snap.kind == kind:
            return
        self.data_panel.choose(self.data_panel.first_of_kind(kind))

    def _point_clicked(self, x, y, action):
        if not self.classroom.allowed("points"):
            return
        snap = self.last_snapshot
        if action == "remove":
            if snap is None:
                return
            b = snap.bounds
            r = REMOVE_RADIUS * max(b[1] - b[0], b[3] - b[2])
            self.worker.remove_point(x, y, r)
        else:
            self.worker.add_point(x, y, self.data_panel.selected_label(other=(action == "add_other")))

    def _lower_lr_and_reset(self):
        self.worker.lower_lr_and_reset(10.0)   # of the learning rate in force, not the one last drawn

    def open_session_dialog(self):
        self.classroom.open_dialog()  # sessions and lessons; a bad file is refused with a message

    def save_session_dialog(self):
        self.classroom.save()  # to the session's file, or Save As when it has none

    def open_lesson(self, lesson_id):
        """Open a lesson by id (assets/lessons) or lesson file path; True when it opened."""
        return self.classroom.open_lesson(lesson_id)

    # ------------------------------------------------------------------ snapshots
    @Slot(object)
    def _on_snapshot(self, snap):
        if self._closed:
            return
        self.last_snapshot = snap
        if snap.message:
            # the history keeps the English (logs, tests); the status bar shows the notices by id
            self.last_message = notices.english(snap.message)
            self.messages.append(self.last_message)
            del self.messages[:-MAX_MESSAGES]   # a status-bar history, not a log: bounded
            self.statusBar().showMessage(translate_message(snap.message), 10000)
        self.frames.offer(snap)  # now, or after the frame in progress (newest wins)

    def _frame_views(self):
        """(name, view, badge host) of the views a finite snapshot is drawn in, in drawing order."""
        return [("diagram", _Remember(self.diagram, self), self.diagram), ("boundary", self.boundary, self.boundary),
                ("loss plot", self.loss_plot, self.loss_plot)]

    def stepthrough_host(self):
        """Where the step-through views' failure badge goes: the inspector when there is one."""
        return getattr(self.stepthrough, "inspector", None) or self.diagram

    def show_snapshot(self, snap):
        """Draw a snapshot now, all views at once (the views only get it when all its numbers are finite)."""
        self.frames.draw_now(snap)

    def _show_chrome(self, snap):
        """Everything but the three views: status bar, epoch, Play/Pause, the message panel, the panels."""
        self._update_status(snap)
        self._set_epoch(snap.epoch, snap.iteration)
        if snap.running != self._shown_running:  # only on a change: a new icon re-lays the toolbar out
            self._shown_running = snap.running
            play = self.actions["play"]
            play.setText(self._play_text())
            play.setIcon(self.style().standardIcon(QStyle.SP_MediaPause if snap.running else QStyle.SP_MediaPlay))
        if snap.error:
            self._show_panel(lambda: error_text(snap), "numeric")
        elif self._panel_kind == "numeric" or (self._panel_kind == "refusal" and snap.running):
            self._hide_panel()  # the bad numbers are gone (reset, new settings) or training resumed
        if snap.spec != self._spec_shown:
            self._spec_shown = snap.spec
            self.train_panel.sync(snap.spec, snap.kind)
            self.data_panel.sync(snap)

    @Slot(object)
    def _on_command_refused(self, message):
        self._refusal = message

    @Slot(str)
    def _on_command_failed(self, text):
        refusal, self._refusal = self._refusal, None
        # a refusal is shown from its Message (translated by id, again after a language switch), else as it is
        shown = (lambda: translate(refusal)) if refusal is not None else (lambda: text)
        self.statusBar().showMessage(shown(), 12000)
        self._spec_shown = None  # the panels may show a choice the worker refused: show the spec in force again
        if self._panel_kind != "numeric":
            self._show_panel(lambda: self.tr("Not done: {}").format(shown()), "refusal")

    def _show_panel(self, text, kind):
        """The message panel with ``text()`` (a function: a language switch calls it again)."""
        self._panel_kind = kind
        self._panel_text = text
        self.error_label.setText(text())
        self.error_lower_lr.setVisible(kind == "numeric")
        self.error_reset.setVisible(kind == "numeric")
        self.error_restart.setVisible(kind == "watchdog")
        self.error_panel.show()

    def _hide_panel(self):
        self._panel_kind = None
        self.error_panel.hide()

    # ------------------------------------------------------------------ lifetime
    def paintEvent(self, ev):
        super().paintEvent(ev)
        if not self._painted:
            self._painted = True
            self.firstPaint.emit()

    def shutdown(self, timeout=2.0):
        """Stop the worker thread (idempotent). True when it ended in time."""
        self._closed = True
        self.watchdog.stop()
        return self.worker.stop(timeout)

    def closeEvent(self, ev):
        self.classroom.save_state()
        self.shutdown()
        super().closeEvent(ev)
