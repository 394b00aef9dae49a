"""What a presenter needs beyond a bigger font: a blank screen (B) and window layouts for the room.

- ``BlankScreen``: a black cover over the whole window (B or '.', as a clicker's "blank" key sends);
  any key or click takes it away. Training goes on underneath.
- ``Layouts``: View > Layout presets that put the splitters and docks where each use wants them:
  Explore (every panel), Step-through (the inspector large under the diagram), Lecture (diagram and
  boundary large at the full height, the data column folded away, the inspector a tall side panel on the
  right), and a switch for
  the hyper-parameter toolbar. Presenter mode picks Lecture.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QActionGroup, QColor, QPainter
from PySide6.QtWidgets import QDockWidget, QWidget

PRESETS = ("explore", "stepthrough", "lecture")


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
        win.main_splitter.restoreState(main)
        win.right_splitter.restoreState(right)
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

    def apply(self, key):
        """Put splitters and docks where preset ``key`` wants them (sizes from the window's size now)."""
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
        else:  # lecture: no data column, diagram and boundary large, inspector at the side
            diagram = int(rest * (0.48 if lesson_on else 0.56))
            sizes = [0, diagram, lesson_w, rest - diagram]
            right.setSizes([780, 220])
            if inspector is not None:  # a tall side panel: the network and the output keep the full height
                self._dock_to(inspector, Qt.DockWidgetArea.RightDockWidgetArea, int(win.width() * 0.27))
        if key != "lecture" and main.sizes()[0] == 0:
            main.widget(0).show()
        main.setSizes(sizes)
        return sizes

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
