"""What a presenter needs beyond a bigger font: a blank screen (B) and window layouts for the room.

- ``BlankScreen``: a black cover over the whole window (B or '.', as a clicker's "blank" key sends);
  any key or click takes it away. Training goes on underneath.
- ``Layouts``: View > Layout presets that put the splitters and docks where each use wants them:
  Explore (every panel), Step-through (the inspector large under the diagram), Lecture (for a
  projector: the data column and the hyper-parameter toolbar folded away; a top row of diagram, lesson
  panel, and the output plot beside the loss plot; the inspector a full-width panel under them, its
  formulas at least ``LECTURE_INSPECTOR_CHARS`` characters wide, or hidden while the lesson open only
  trains: the top row then has the full height), and a switch for the hyper-parameter toolbar. Presenter mode picks Lecture and keeps it fitted to the window (full screen comes after).

Why the Lecture inspector is at the bottom: at 200 % on 1920x1080 a side panel wide enough for its
prose (~45 characters of 31 px formulas, ~650 px) left the diagram ~390 px wide; under the top row it
gets the whole width and the top row keeps both the diagram and a square output plot.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QActionGroup, QColor, QPainter
from PySide6.QtWidgets import QDockWidget, QWidget

PRESETS = ("explore", "stepthrough", "lecture")
LECTURE_INSPECTOR_SHARE = 0.36   # of the window's height: the inspector under the top row in Lecture
LECTURE_IDLE_INSPECTOR_SHARE = 0.22   # ... after a lesson step that shows no stage (it says "press Step stage")
IDLE_STAGE_ACTIONS = ("step_stage", "select_node")   # lesson steps after which the inspector shows a stage
INSPECTOR_LESSON_SHARE = 0.32    # of the window's height: the inspector at least, a step-through lesson open
LECTURE_INSPECTOR_CHARS = 50     # the node formulas' column is at least this many average characters wide
LECTURE_LESSON_SHARE = 0.26      # of the width: the lesson panel in Lecture (its text is what the room reads)
LECTURE_INTRO_SHARE = 0.22       # of the lesson panel's height: the lesson's long text (the step note gets the rest)
LECTURE_STAGES_LESSON_SHARE = {2.0: 0.30, 2.5: 0.38}   # step-through lessons: the panel under a short top row
LECTURE_STAGES_DIAGRAM_SHARE = {2: 0.42, 3: 0.50}   # step-through lessons, by the diagram's columns (else 0.55)
LECTURE_DIAGRAM_MAX_SHARE = 0.6    # of the row: the most the diagram takes for its layers' controls
LECTURE_OUTPUT_ASPECT = 1.35     # the output column's width for a square plot with its axis and key, of the row's height


class BlankScreen(QWidget):
    """The black cover. Shown over the window's central area and docks (a child, so it follows resizes)."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("blankScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hide()
        window.installEventFilter(self)

    def eventFilter(self, obj, ev):
        if obj is self.parent() and ev.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(self.parent().rect())
        return False

    def toggle(self):
        self.set_blank(not self.isVisible())

    def set_blank(self, on):
        if on:
            self.setGeometry(self.parent().rect())
            self.show()
            self.raise_()
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.hide()

    def paintEvent(self, ev):
        QPainter(self).fillRect(self.rect(), QColor("black"))

    def event(self, ev):
        if ev.type() == QEvent.Type.ShortcutOverride:
            ev.accept()  # while blank every key comes here (and only brings the screen back), none is a shortcut
            return True
        return super().event(ev)

    def keyPressEvent(self, ev):
        self.hide()  # any key, B included, brings the screen back

    def mousePressEvent(self, ev):
        self.hide()


class Layouts(QObject):
    """The layout presets and the toolbar switch, as checkable actions in the window's registry."""

    def __init__(self, classroom):
        super().__init__(classroom)
        self.classroom = classroom
        self.window = classroom.window
        self.current = "explore"
        self._saved = None  # the layout before presenter mode, restored after it
        self._quiet = False
        self._fit_columns = None   # the diagram's column count Lecture's sizes were chosen for
        self._fit_need = None      # the diagram width last refitted for (asked once, not every frame)
        self._fit_idle = False     # whether the inspector had no stage to show when Lecture was fitted
        win = self.window
        A = win._action
        self.menu = None
        self.group = QActionGroup(self)
        for key in PRESETS:   # texts: retranslate_ui
            a = A("layout_" + key, "", lambda on=False, k=key: on and not self._quiet and self.apply(k), checkable=True)
            self.group.addAction(a)
            if key == self.current:  # the window's own (restored) layout stays until a preset is chosen
                self._tick(key)
        self.toolbar_action = A("show_settings_bar", "", self.show_settings_bar, checkable=True)
        self.toolbar_action.blockSignals(True)
        self.toolbar_action.setChecked(True)
        self.toolbar_action.blockSignals(False)
        # in presenter mode Lecture follows the window's size (full screen arrives after the preset)
        self._refit_timer = QTimer(self)
        self._refit_timer.setSingleShot(True)
        self._refit_timer.setInterval(0)
        self._refit_timer.timeout.connect(self._refit_presenting)
        self.window.installEventFilter(self)
        self.window.snapshotDrawn.connect(self._check_diagram_room)
        ctl = getattr(classroom, "controller", None)
        if ctl is not None:
            ctl.changed.connect(self._check_inspector_room)

    def _diagram_need(self):
        """The width the diagram needs: its own bar (+/- layer, "n hidden layers", "k edges"; the diagram's
        fixed minimum lets a splitter squeeze it below that, and its texts then run into each other) and
        its layers' buttons and activation menus whole, the latter at most LECTURE_DIAGRAM_MAX_SHARE of
        the row (a deep network's menus may elide rather than squeeze the lesson and the plots away)."""
        diagram = self.window.diagram
        lay = diagram.layout()
        bar = lay.minimumSize().width() + 8 if lay is not None else 0
        row = max(1, sum(self.window.main_splitter.sizes()))
        return max(bar, min(diagram.controls_need(), int(row * LECTURE_DIAGRAM_MAX_SHARE)))

    def _check_diagram_room(self):
        # the bar's texts and the layers' controls change with the network shown (a lesson's snapshot
        # comes after the preset); a need the splitter could not meet is not asked for again every frame
        if self._saved is None or self.current != "lecture":
            return
        need = self._diagram_need()
        short = self.window.diagram.width() + 2 < need and need != self._fit_need
        if short or self._fit_columns != self._diagram_columns():   # or a lesson changed the network
            self._fit_need = need
            self._refit_timer.start()

    def _inspector_idle(self):
        """True after a lesson step that shows no stage (backprop_by_hand's last runs a whole iteration):
        the inspector then holds two lines of hints and gives the top row (the note) its height."""
        ctl = self.classroom.controller
        step = ctl.current_step() if ctl.active else None
        return step is not None and step.action not in IDLE_STAGE_ACTIONS

    def _inspector_share(self):
        return LECTURE_IDLE_INSPECTOR_SHARE if self._inspector_idle() else LECTURE_INSPECTOR_SHARE

    def _check_inspector_room(self):
        # a step changes what the inspector has to show: the split follows (only when that changes)
        if self._saved is not None and self.current == "lecture" and self._inspector_idle() != self._fit_idle:
            self._refit_timer.start()

    def eventFilter(self, obj, ev):
        if obj is self.window and ev.type() == QEvent.Type.Resize and self._saved is not None:
            self._refit_timer.start()
        return False

    def _refit_presenting(self):
        if self._saved is not None and self.current == "lecture":
            self.refit()

    def _tick(self, key):
        """Tick a preset without applying it (not blockSignals: the exclusive group must hear it)."""
        a = self.window.actions.get("layout_" + key)
        if a is not None:
            self._quiet = True
            try:
                a.setChecked(True)
            finally:
                self._quiet = False

    def retranslate_ui(self):
        """The presets' and the toolbar switch's texts in the language in force (the classroom's retranslate_ui)."""
        set_texts = self.window.set_action_texts
        for key, text, tip in (
                ("explore", self.tr("Explore"), self.tr("Every panel: data, network, output and loss")),
                ("stepthrough", self.tr("Step-through"), self.tr("The inspector large under the network")),
                ("lecture", self.tr("Lecture"), self.tr("Network and output large, for a projector"))):
            set_texts("layout_" + key, text, tip)
        set_texts("show_settings_bar", self.tr("Show the settings toolbar"),
                  self.tr("The hyper-parameter toolbar (hide it to give the class room)"))
        if self.menu is not None:
            self.menu.setTitle(self.tr("Layout"))

    def add_menu(self, view_menu):
        m = view_menu.addMenu("")
        for key in PRESETS:
            m.addAction(self.window.actions["layout_" + key])
        m.addSeparator()
        m.addAction(self.toolbar_action)
        self.menu = m
        return m

    def enter_lecture(self):
        """Presenter mode on: remember the layout in force, then the Lecture preset."""
        if self._saved is None:
            win = self.window
            self._saved = (win.saveState(), win.main_splitter.saveState(), win.right_splitter.saveState(),
                           self.current, self.toolbar_action.isChecked())
        self.apply("lecture")

    def leave_lecture(self):
        """Presenter mode off: the layout from before it, exactly."""
        if self._saved is None:
            return
        state, main, right, current, bar = self._saved
        self._saved = None
        win = self.window
        win.restoreState(state)
        self._lecture_chrome(current == "lecture")
        win.main_splitter.restoreState(main)
        win.right_splitter.restoreState(right)   # its orientation too (Lecture lays it sideways)
        self.show_settings_bar(bar)
        self.current = current
        self._tick(current)

    def _docks(self):
        return {d.objectName().removesuffix("Dock"): d for d in self.window.findChildren(QDockWidget)}

    def settings_bar(self):
        return getattr(self.window, "train_panel", None)

    def show_settings_bar(self, on):
        bar = self.settings_bar()
        if bar is not None:
            bar.setVisible(bool(on))
        if self.toolbar_action.isChecked() != bool(on):
            self.toolbar_action.setChecked(bool(on))

    def apply(self, key, keep_bar=False):
        """Put splitters and docks where preset ``key`` wants them (sizes from the window's size now);
        ``keep_bar``: leave the hyper-parameter toolbar as the teacher set it."""
        if key not in PRESETS:
            raise ValueError(key)
        self.current = key
        a = self.window.actions.get("layout_" + key)
        if a is not None and not a.isChecked():
            a.setChecked(True)
        win = self.window
        main, right = win.main_splitter, win.right_splitter
        total = max(1, sum(main.sizes()))
        lesson_on = self.classroom.lesson_panel.isVisible()
        lesson_w = int(total * (0.30 if key == "lecture" else 0.24)) if lesson_on else 0
        rest = total - lesson_w
        docks = self._docks()
        inspector = docks.get("inspector")
        if key == "explore":
            left = max(main.widget(0).minimumSizeHint().width(), int(total * 0.18))
            diagram = int((rest - left) * 0.55)
            sizes = [left, diagram, lesson_w, rest - left - diagram]
            right.setSizes([600, 400])
            if not keep_bar:
                self.show_settings_bar(True)
            if inspector is not None:
                self._dock_to(inspector, Qt.DockWidgetArea.BottomDockWidgetArea, int(win.height() * 0.22))
        elif key == "stepthrough":
            left = int(total * 0.12)
            diagram = int((rest - left) * 0.6)
            sizes = [left, diagram, lesson_w, rest - left - diagram]
            right.setSizes([650, 350])
            if inspector is not None:
                self._dock_to(inspector, Qt.DockWidgetArea.BottomDockWidgetArea, int(win.height() * 0.40))
        else:  # lecture: a top row (diagram, lesson, output | loss) and the inspector under it, full width
            stages = inspector is not None and self._stages_in_use()
            self._fit_columns = self._diagram_columns()
            self._fit_idle = self._inspector_idle()
            if lesson_on:   # under the inspector the panel is short: wider, its notes take fewer lines
                share = self._stages_lesson_share() if stages else LECTURE_LESSON_SHARE
                lesson_w = max(self.classroom.lesson_panel.minimumSizeHint().width(), int(total * share))
                rest = total - lesson_w
            # a lesson that steps through stages trains no epoch: its loss plot folds away and the diagram,
            # short under the inspector, gets the width (its columns and activation menus need it)
            share = (self._stages_diagram_share() if stages else 0.40) if lesson_on else 0.50
            diagram = max(int(rest * share), self._diagram_need())
            if stages and lesson_on:   # the output plot is square in the short top row: the width it
                # cannot use goes to the lesson's note (Korean notes at 250 % needed it)
                spare = (rest - diagram) - int(LECTURE_OUTPUT_ASPECT * self._top_row_height())
                if spare > 0:
                    lesson_w, rest = lesson_w + spare, rest - spare
            sizes = [0, diagram, lesson_w, rest - diagram]
            # the output beside the loss plot: under a short top row both keep an aspect (and at the full
            # height the loss plot's readout, which wraps, leaves it more room than under the output)
            right.setOrientation(Qt.Orientation.Horizontal)
            out = rest - diagram if stages and lesson_on else int((rest - diagram) * 0.56)
            right.setSizes([out, rest - diagram - out])
            if not keep_bar:   # the hyper-parameter toolbar folds away (View > Layout brings it back)
                self.show_settings_bar(False)
            if stages:
                self._show_docks(True)
                self._dock_to(inspector, Qt.DockWidgetArea.BottomDockWidgetArea,
                              int(win.height() * self._inspector_share()))
                self._widen_formulas(inspector)
            elif inspector is not None:   # a lesson that only trains: the room gets the whole height
                self._dock_to(inspector, Qt.DockWidgetArea.BottomDockWidgetArea, int(win.height() * 0.2))
                self._show_docks(False)   # View > Inspector brings them back
            if lesson_on:   # after the layout pass that gives the panel its new height
                QTimer.singleShot(0, self._share_lesson_text)
        if key != "lecture":
            right.setOrientation(Qt.Orientation.Vertical)
            self._show_docks(True)
        self._lecture_chrome(key == "lecture")
        main.setSizes(sizes)
        return sizes

    def _diagram_columns(self):
        snap = getattr(self.window, "drawn_snapshot", None)
        return len(snap.sizes) if snap is not None else 0

    def _stages_diagram_share(self):
        """A small network needs less of the row than 0.55: softmax_overflow's two columns left a third of
        the diagram empty while the Korean note beside it shrank to 18 px at 200 %."""
        return LECTURE_STAGES_DIAGRAM_SHARE.get(self._fit_columns, 0.55)

    def _top_row_height(self):
        """The top row's height under the Lecture inspector: the window less its bars and the inspector."""
        win = self.window
        central = win.centralWidget()
        bars = win.height() - (central.height() if central is not None else win.height())
        docks = self._docks()
        ins = docks.get("inspector")
        below = ins.height() if ins is not None and ins.isVisible() else 0
        bars = max(0, bars - below)
        return max(200, win.height() - bars - int(win.height() * self._inspector_share()))

    def _stages_lesson_share(self):
        """The lesson panel's share of the width above the inspector: at 250 % the top row is ~440 px
        high and the step note of 30 % of 1920 px needed 3x the lines it had; the output plot beside it,
        square in that height, keeps its size with less width."""
        k = float(getattr(getattr(self.window, "presenter", None), "factor", 1.0) or 1.0)
        (k0, s0), (k1, s1) = sorted(LECTURE_STAGES_LESSON_SHARE.items())
        return s0 + (s1 - s0) * min(1.0, max(0.0, (k - k0) / (k1 - k0)))

    def _lecture_chrome(self, on):
        """Lecture folds away what the room does not read: the data column (hidden, not only folded: a
        folded column's minimum width still counts), the plots' title bars (their toggles are in the View
        menu; in the narrow columns they overflowed), the timeline (a click on the loss curve scrubs) and
        the debugger's tools beside the inspector's caption (Gradient check and Breakpoints stay in the
        Training menu; at 250 % the caption wrapped to two lines beside them)."""
        win = self.window
        win.main_splitter.widget(0).setVisible(not on)
        for name in ("boundary_bar", "loss_bar"):
            bar = getattr(win, name, None)
            if bar is not None:
                bar.setVisible(not on)
        st = getattr(win, "stepthrough", None)
        for bar in (getattr(st, "timeline", None), getattr(st, "tools_bar", None)):
            if bar is not None:
                bar.setVisible(not on)

    def _show_docks(self, on):
        """The step-through's docks (inspector, graph, histograms) shown or hidden together."""
        docks = getattr(getattr(self.window, "stepthrough", None), "docks", {})
        for d in docks.values():
            if d.isHidden() == bool(on):
                d.setVisible(bool(on))
        if on and "inspector" in docks:
            docks["inspector"].raise_()

    def _share_lesson_text(self):
        sp = self.classroom.lesson_panel.splitter
        total = sum(sp.sizes())
        if self.current == "lecture" and total > 50:
            sp.setSizes([int(total * LECTURE_INTRO_SHARE), total - int(total * LECTURE_INTRO_SHARE)])

    def inspector_room(self):
        """A lesson that steps through stages trains no epoch: its loss plot folds away (as in Lecture;
        shown again for any other lesson and when it closes), and out of Lecture the inspector gets at
        least ``INSPECTOR_LESSON_SHARE`` of the window's height. At 1366x768 the loss column's minimum
        left the inspector ~90 px: its caption, the neuron's title and no formula line."""
        stages = self.classroom.controller.active and self._stages_in_use()
        loss = self.window.right_splitter.widget(1)
        if loss is not None and loss.isHidden() != bool(stages):
            loss.setVisible(not stages)
        if stages and self.current != "lecture":
            QTimer.singleShot(0, self._size_inspector)   # after the layout lost the column's minimum

    def _size_inspector(self):
        dock = self._docks().get("inspector")
        if self.current == "lecture" or dock is None or not dock.isVisible():
            return
        if self.window.dockWidgetArea(dock) not in (Qt.DockWidgetArea.BottomDockWidgetArea,
                                                    Qt.DockWidgetArea.TopDockWidgetArea):
            return   # the teacher put it at a side: its height is theirs
        want = int(self.window.height() * INSPECTOR_LESSON_SHARE)
        if dock.height() < want:
            self.window.resizeDocks([dock], [want], Qt.Orientation.Vertical)
            # the main window's layout takes the column's lost minimum a turn later (in Korean the first
            # resize found it still there): once more then
            QTimer.singleShot(0, lambda: dock.height() < want and
                              self.window.resizeDocks([dock], [want], Qt.Orientation.Vertical))

    def _stages_in_use(self):
        """Whether the inspector has something to show the room: the lesson open steps through stages,
        or no lesson is open (the teacher may). A lesson that only trains gives the height to the
        diagram, the lesson text and the plots (the panel can still be dragged taller)."""
        ctl = self.classroom.controller
        if not ctl.active:
            return True
        return any(st.action == "step_stage" for st in ctl.lesson.steps)

    def _widen_formulas(self, dock):
        """The inspector's node formulas get at least LECTURE_INSPECTOR_CHARS characters (prose that wraps
        word by word cannot be read), the matrices the rest."""
        ins = getattr(self.window.stepthrough, "inspector", None) if hasattr(self.window, "stepthrough") else None
        if ins is None:
            return
        width = max(1, self.window.width() - 24)
        node = ins.node_text
        want = node.fontMetrics().averageCharWidth() * LECTURE_INSPECTOR_CHARS + 40
        first = min(max(want, width // 2), int(width * 0.7))
        ins.splitter.setSizes([first, width - first])

    def refit(self):
        """The preset in force again, for the window's size now (presenter mode: after full screen, a
        new scale, a lesson opened); the toolbar switch stays as it is."""
        self.apply(self.current, keep_bar=True)

    def _dock_to(self, dock, area, size):
        """``dock`` (and the docks tabbed with it: graph, histograms) into ``area``, ``size`` px deep."""
        win = self.window
        if win.dockWidgetArea(dock) != area:
            mates = [d for d in win.tabifiedDockWidgets(dock)]
            win.addDockWidget(area, dock)
            for d in mates:
                win.addDockWidget(area, d)
                win.tabifyDockWidget(dock, d)
            dock.raise_()
        vertical = area in (Qt.DockWidgetArea.BottomDockWidgetArea, Qt.DockWidgetArea.TopDockWidgetArea)
        orient = Qt.Orientation.Vertical if vertical else Qt.Orientation.Horizontal
        win.resizeDocks([dock], [max(80, size)], orient)
        # a dock just moved is laid out on the next pass: size it again then (else it keeps its old width)
        QTimer.singleShot(0, lambda: win.resizeDocks([dock], [max(80, size)], orient))
