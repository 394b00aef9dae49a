"""The classroom features of the main window, in one object the window creates (``window.classroom``):

- lessons: a start page, a Lessons menu, the lesson panel beside the diagram, Save as lesson;
- session files: File > Open (Ctrl+O), Save (Ctrl+S), Save As, Recent files; refusals in a message;
- presenter mode (F5), full screen (F11), scale 100-250 %, high contrast, light/dark/system theme,
  colour palettes; speed +/-; Export (Ctrl+E); the shortcuts dialog (? or F1);
- languages: View > Language switches live; preferences and the window layout persist (QSettings).

Everything is added to the window's actions registry (``window.actions``) through ``window._action``,
so the shortcuts dialog lists it and the tests can trigger it.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from core import io as core_io
from core.errors import NNVizError
from nnviz import i18n
from nnviz.appearance import theme
from nnviz.classroom import controls as ctl
from nnviz.classroom import settings as prefs
from nnviz.classroom.appearance_control import AppearanceMixin
from nnviz.classroom.lesson_controller import LessonController
from nnviz.classroom.lesson_panel import LessonPanel
from nnviz.classroom.presenting import BlankScreen, Layouts
from nnviz.classroom.texts import ClassroomTexts
from nnviz.files.offthread import Cancelled, run_off_thread
from nnviz.files.session_files import SessionFiles
from nnviz.lessons import LESSON_DIR, list_lessons, load_lesson, localized
from nnviz.presenter import Presenter

SESSION_SUFFIX = core_io.SUFFIX


def _load_and_build(lesson_id_or_path):
    """A lesson and its session (no Qt: runs on a thread of its own)."""
    lesson = load_lesson(lesson_id_or_path)
    return lesson, lesson.build_session()


class Classroom(ClassroomTexts, AppearanceMixin, QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.hidden = set()               # controls hidden now (a lesson's)
        self.last_error = ""              # the text of the last refusal shown
        self.message_box = None
        self.start_page = None
        self.shortcuts_dialog = None
        self.export_dialog = None
        self.save_lesson_dialog = None
        self._quiet = False
        self._fullscreen_by_presenter = False
        self._controls_seen = None
        self.appearance = theme.Appearance(
            theme=prefs.value("theme", "system", str) if prefs.value("theme", "system", str) in theme.THEMES
            else "system",
            high_contrast=prefs.value("high_contrast", False, bool),
            scale=100,
            palette=prefs.value("palette", "playground", str))
        self.presenter_scale = theme.clamp_scale(prefs.value("presenter_scale", theme.DEFAULT_PRESENTER_SCALE, int))
        self.presenting = False
        # the content factor views scale with (nnviz/presenter.py; published in the coord notes)
        self.presenter = Presenter(self)
        window.presenter = self.presenter

        self.controller = LessonController(window)
        self.lesson_panel = LessonPanel(self.controller, window)
        self.lesson_panel.closeRequested.connect(self.close_lesson)
        self.lesson_panel.hide()
        window.main_splitter.insertWidget(2, self.lesson_panel)
        window.main_splitter.setStretchFactor(2, 2)

        from nnviz.export.dialog import Exporter
        self.exporter = Exporter(window)
        self.exporter.finished.connect(self._export_finished)
        self.exporter.failed.connect(self._export_failed)

        self.files = SessionFiles(self)   # File > Open / Save / Recent (nnviz/files)
        self.blank = BlankScreen(window)
        self._build_actions()
        self.layouts = Layouts(self)
        self._build_menus()
        window.snapshotDrawn.connect(self._snapshot_drawn)
        # a new presenter scale rebuilds the layers' buttons with no snapshot to follow (stages paused)
        layout_changed = getattr(getattr(window, "diagram", None), "layoutChanged", None)
        if layout_changed is not None:
            layout_changed.connect(self._snapshot_drawn)
        hints = QApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._system_scheme_changed)
        # always once at start: the theme's icons and style reach an OS-dark "system" theme too
        self.apply_appearance()

    # ------------------------------------------------------------------ actions and menus
    def _build_actions(self):
        win = self.window
        A = win._action
        # the window's own "open" and "save" get the classroom's texts (retranslate_ui) and slots
        A("save_as", "", self.save_as, "Ctrl+Shift+S")
        A("save_lesson", "", self.save_lesson_dialog_open)
        A("export", "", self.show_export, "Ctrl+E")
        A("start_page", "", self.show_start_page)
        A("close_lesson", "", self.close_lesson)
        A("lesson_next", "", lambda: self.controller.next(), "Ctrl+.")
        A("lesson_previous", "", lambda: self.controller.previous(), "Ctrl+,")
        A("presenter", "", self.set_presenting, "F5", checkable=True)
        A("fullscreen", "", self.set_fullscreen, "F11", checkable=True)
        A("high_contrast", "", self.set_high_contrast, checkable=True)
        A("faster", "", lambda: self.change_speed(+1), "+")
        A("slower", "", lambda: self.change_speed(-1), "-")
        A("shortcuts", "", self.show_shortcuts, "F1")
        A("about", "", self.show_about)
        acts = win.actions
        acts["faster"].setShortcuts([QKeySequence("+"), QKeySequence("="), QKeySequence(Qt.Key.Key_Plus | Qt.KeyboardModifier.KeypadModifier)])
        acts["slower"].setShortcuts([QKeySequence("-"), QKeySequence(Qt.Key.Key_Minus | Qt.KeyboardModifier.KeypadModifier)])
        acts["shortcuts"].setShortcuts([QKeySequence("F1"), QKeySequence("?")])
        acts["presenter"].setChecked(False)
        # a presenter's clicker sends PageDown / PageUp (some → / ←: those step stages unless the lesson
        # panel has the focus, see LessonPanel.eventFilter) and B or '.' for a blank screen
        acts["lesson_next"].setShortcuts([QKeySequence("Ctrl+."), QKeySequence(Qt.Key.Key_PageDown)])
        acts["lesson_previous"].setShortcuts([QKeySequence("Ctrl+,"), QKeySequence(Qt.Key.Key_PageUp)])
        A("blank", "", lambda: self.blank.toggle(), "B")
        acts["blank"].setShortcuts([QKeySequence("B"), QKeySequence(".")])
        acts["high_contrast"].blockSignals(True)
        acts["high_contrast"].setChecked(self.appearance.high_contrast)
        acts["high_contrast"].blockSignals(False)

        # groups: theme, palette, scale, language
        self.theme_group = QActionGroup(self)
        for key in ("system", "light", "dark"):
            a = A("theme_" + key, "", lambda on=False, k=key: on and not self._quiet and self.set_theme(k), checkable=True)
            self.theme_group.addAction(a)
            self._check_quietly(a, key == self.appearance.theme)
        self.palette_group = QActionGroup(self)
        for key in ("playground", "colorblind", "high_contrast"):
            a = A("palette_" + key, "", lambda on=False, k=key: on and not self._quiet and self.set_palette(k), checkable=True)
            self.palette_group.addAction(a)
            self._check_quietly(a, key == self.appearance.palette)
        self.scale_group = QActionGroup(self)
        # one checked scale at a time (an exclusive group; its slots ignore the untick of the old one)
        self.scale_group.setExclusive(True)
        for pct in theme.SCALES:
            a = A(f"scale_{pct}", f"{pct} %", lambda on=False, p=pct: on and not self._quiet and self.set_presenter_scale(p), checkable=True)
            self.scale_group.addAction(a)
            self._check_quietly(a, pct == self.presenter_scale)
        self.language_group = QActionGroup(self)
        for lang, name in i18n.LANGUAGES.items():
            a = A("lang_" + lang, name, lambda on=False, lg=lang: on and not self._quiet and self.set_language(lg), checkable=True)
            self.language_group.addAction(a)
            self._check_quietly(a, lang == i18n.current_language())

    def _check_quietly(self, action, on):
        """Tick an action of an exclusive group without running its slot. Not blockSignals: the group
        itself listens to the action's signal, and a tick it never heard of stays beside the next one
        (the scale menu showed two ticks)."""
        self._quiet = True
        try:
            action.setChecked(bool(on))
        finally:
            self._quiet = False

    def _build_menus(self):
        win = self.window
        mb = win.menuBar()
        file_menu = self._menu_with(win.actions.get("open"))
        acts = win.actions
        if file_menu is not None:
            file_menu.clear()
            file_menu.addAction(acts["open"])
            self.files.attach_recent_menu(file_menu.addMenu(""))
            file_menu.addSeparator()
            file_menu.addAction(acts["save"])
            file_menu.addAction(acts["save_as"])
            file_menu.addAction(acts["save_lesson"])
            file_menu.addSeparator()
            if "import_csv" in acts:
                file_menu.addAction(acts["import_csv"])
            file_menu.addAction(acts["export"])
            file_menu.addSeparator()
            if "quit" in acts:
                file_menu.addAction(acts["quit"])
        training = self._menu_with(acts.get("play"))
        if training is not None:
            training.addSeparator()
            training.addAction(acts["faster"])
            training.addAction(acts["slower"])
        view = self._menu_with(acts.get("log_scale")) or mb.addMenu("")
        view.addSeparator()
        view.addAction(acts["presenter"])
        self.scale_menu = view.addMenu("")
        for pct in theme.SCALES:
            self.scale_menu.addAction(acts[f"scale_{pct}"])
        view.addAction(acts["fullscreen"])
        view.addAction(acts["blank"])
        self.layouts.add_menu(view)
        view.addAction(acts["high_contrast"])
        self.theme_menu = view.addMenu("")
        for k in ("system", "light", "dark"):
            self.theme_menu.addAction(acts["theme_" + k])
        self.palette_menu = view.addMenu("")
        for k in ("playground", "colorblind", "high_contrast"):
            self.palette_menu.addAction(acts["palette_" + k])
        self.language_menu = view.addMenu("")
        for lang in i18n.LANGUAGES:
            self.language_menu.addAction(acts["lang_" + lang])
        # Lessons, before Help
        self.lessons_menu = mb.addMenu("")
        self.lessons_menu.aboutToShow.connect(self._fill_lessons_menu)
        self._fill_lessons_menu()
        self.help_menu = mb.addMenu("")
        self.help_menu.addAction(acts["shortcuts"])
        self.help_menu.addAction(acts["start_page"])
        self.help_menu.addSeparator()
        self.help_menu.addAction(acts["about"])

    def _menu_with(self, action):
        if action is None:
            return None
        for w in action.associatedObjects():
            if type(w).__name__ == "QMenu":
                return w
        return None

    def _fill_lessons_menu(self):
        m = self.lessons_menu
        m.clear()
        m.addAction(self.window.actions["start_page"])
        m.addSeparator()
        lang = i18n.current_language()
        self.lesson_actions = {}
        try:
            infos = list_lessons()
        except Exception:  # noqa: BLE001
            infos = []
        for n, info in enumerate(infos, start=1):
            a = m.addAction(f"{n}. {localized(info.title, lang)}")
            a.setData(info.id)
            a.triggered.connect(lambda _=False, i=info.id: self.open_lesson(i))
            self.lesson_actions[info.id] = a
        m.addSeparator()
        m.addAction(self.window.actions["lesson_next"])
        m.addAction(self.window.actions["lesson_previous"])
        m.addAction(self.window.actions["close_lesson"])
        m.addSeparator()
        m.addAction(self.window.actions["save_lesson"])
        self.window.actions["close_lesson"].setEnabled(self.controller.active)
        self.window.actions["lesson_next"].setEnabled(self.controller.active)
        self.window.actions["lesson_previous"].setEnabled(self.controller.active)

    # ------------------------------------------------------------------ lessons
    def open_lesson(self, lesson_id_or_path):
        """Open a lesson by id (assets/lessons) or from a lesson file. True when it opened; a lesson
        that cannot be read is refused with a message and nothing changes."""
        try:  # read, checked and built off the GUI thread
            lesson, session = run_off_thread(_load_and_build, lesson_id_or_path,
                                             label=self.tr("Opening the lesson…"), parent=self.window)
        except Cancelled:
            return False
        except NNVizError as e:
            self.refuse(self.tr("Cannot open this lesson"), str(e))
            return False
        self.window.pause()
        self.controller.open(lesson, self.tr("lesson opened: {}").format(localized(lesson.title, i18n.current_language())),
                             session=session)
        self.set_hidden(lesson.hidden_controls)
        self.current_path = None
        self.lesson_panel.show()
        if self.presenting:  # the room's layout with the lesson in it (its text large, beside the network)
            self.layouts.apply("lecture", keep_bar=True)
        else:
            self.fit_lesson_panel()
        self.layouts.inspector_room()
        self._fill_lessons_menu()
        if self.start_page is not None:
            self.start_page.close()
        if lesson.path is not None and os.path.dirname(os.path.abspath(lesson.path)) != os.path.abspath(LESSON_DIR):
            prefs.add_recent_file(lesson.path)
        return True

    def fit_lesson_panel(self, force=False):
        """Room for the lesson panel beside the diagram (the data column gives it up first)."""
        sp = self.window.main_splitter
        sizes = sp.sizes()
        if not self.lesson_panel.isVisible() or len(sizes) < 4:
            return
        if self.layouts.current == "lecture":   # Lecture sizes the lesson panel itself
            self.layouts.refit()
            return
        k = self.appearance.scale / 100.0
        want = int(300 * k)
        if sizes[2] >= want and not force:
            return
        total = sum(sizes)
        left = max(sp.widget(0).minimumSizeHint().width(), sp.widget(0).minimumWidth(), int(total * 0.12))
        rest = total - left
        lesson = min(want, int(rest * 0.34))
        diagram = int((rest - lesson) * 0.55)
        sp.setSizes([left, diagram, lesson, rest - lesson - diagram])

    def close_lesson(self):
        self.controller.close()
        self.set_hidden(())
        self.lesson_panel.hide()
        self.layouts.inspector_room()   # the loss plot back
        self._fill_lessons_menu()

    def set_hidden(self, hidden):
        self.hidden = ctl.apply_hidden(self.window, hidden)
        self._controls_seen = list(getattr(self.window.diagram, "_controls", []))
        changed = getattr(self.window.diagram, "controls_changed", None)
        if changed is not None:
            changed()

    def allowed(self, name):
        """False while a lesson hides control ``name`` (the window then ignores what would change it)."""
        return name not in self.hidden

    def _snapshot_drawn(self):
        # the diagram rebuilds its per-layer buttons when the architecture or the scale changes: hide them again
        if self.hidden:
            now = list(getattr(self.window.diagram, "_controls", []))
            if now != self._controls_seen:
                self.set_hidden(self.hidden)

    def show_start_page(self):
        from nnviz.classroom.start_page import StartPage
        if self.start_page is None:
            self.start_page = StartPage(self.window, prefs.value("show_start_page", True, bool))
            self.start_page.lessonChosen.connect(self.open_lesson)
            self.start_page.show_check.toggled.connect(lambda on: prefs.set_value("show_start_page", bool(on)))
        self.start_page.show()
        self.start_page.raise_()
        return self.start_page

    def first_launch(self):
        """Called by the app after the window is shown: the start page, unless the teacher turned it off."""
        if prefs.value("show_start_page", True, bool):
            QTimer.singleShot(0, self.show_start_page)

    def save_lesson_dialog_open(self):
        from nnviz.classroom.save_lesson import SaveLessonDialog
        self.save_lesson_dialog = SaveLessonDialog(self.window, self)
        self.save_lesson_dialog.open()
        return self.save_lesson_dialog

    # ------------------------------------------------------------------ session files
    # ------------------------------------------------------------------ session files (nnviz/files)
    # the file actions' slots and what tests and the window read, kept here as the classroom's own names
    def open_dialog(self):
        self.files.open_dialog()

    def open_path(self, path):
        return self.files.open_path(path)

    def save(self):
        self.files.save()

    def save_as(self):
        self.files.save_as()

    def save_to(self, path):
        self.files.save_to(path)

    @property
    def current_path(self):
        return self.files.current_path

    @current_path.setter
    def current_path(self, value):
        self.files.current_path = value

    @property
    def recent_menu(self):
        return self.files.recent_menu

    def _fill_recent(self):
        self.files.fill_recent()

    def refuse(self, title, text):
        """A message that does not block: the window (and training) keep running behind it."""
        self.last_error = text
        if self.message_box is not None:
            self.message_box.close()
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.message_box = box
        self.window.statusBar().showMessage(text, 12000)

    def change_speed(self, delta):
        if not self.allowed("speed"):
            return
        s = self.window.speed_slider
        s.setValue(max(s.minimum(), min(s.maximum(), s.value() + int(delta))))

    # ------------------------------------------------------------------ language
    def set_language(self, lang):
        """Switch the whole UI to ``lang`` now: the training, the lesson and the layout stay."""
        old = i18n.current_language()
        if lang == old:
            return
        try:
            i18n.set_language(lang)
        except (OSError, ValueError) as e:  # a damaged install: a message, never a traceback from a slot
            self.refuse(self.tr("Cannot switch the language"), str(e))
            return
        # now, not when Qt's (posted) LanguageChange events come round: every owner sets its texts again
        for own in (self.lesson_panel, self.start_page, self.shortcuts_dialog, self.export_dialog,
                    self.save_lesson_dialog):
            if own is not None:
                own.retranslate_ui()
        self.window.retranslate_ui()   # its menus, actions, bars, panels, step-through, this classroom's
        prefs.set_value("language", lang)
        a = self.window.actions.get("lang_" + lang)
        if a is not None and not a.isChecked():
            a.setChecked(True)
        theme.relayout_diagram(self.window)
        win = self.window
        if hasattr(win, "_spec_shown"):
            win._spec_shown = None       # the panels re-show the spec (their texts too)
        if hasattr(win, "_shown_running"):
            win._shown_running = None    # Play/Pause text again
        if hasattr(win, "_show_speed"):
            win._show_speed(win.speed_slider.value())
        win.worker.request_snapshot()

    # ------------------------------------------------------------------ dialogs
    def show_shortcuts(self):
        from nnviz.classroom.shortcuts import ShortcutsDialog
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = ShortcutsDialog(self.window)
            theme.scale_widget_sheets(self.shortcuts_dialog, self.appearance.scale, theme.is_dark(self.appearance),
                                      self.appearance.high_contrast)
        self.shortcuts_dialog.show()
        self.shortcuts_dialog.raise_()
        return self.shortcuts_dialog

    def show_export(self):
        from nnviz.export.dialog import ExportDialog
        if self.export_dialog is None:
            self.export_dialog = ExportDialog(self.window, self.exporter)
        self.export_dialog.show()
        self.export_dialog.raise_()
        return self.export_dialog

    def _export_finished(self, path, frames):
        self.window.statusBar().showMessage(self.tr("Exported {} ({} frames)").format(path, frames), 10000)

    def _export_failed(self, text):
        self.refuse(self.tr("Export failed"), text)

    def show_about(self):
        from nnviz.about import show_about  # version, licence, Python/Qt, where the files are (pack's)
        self.message_box = show_about(self.window)
