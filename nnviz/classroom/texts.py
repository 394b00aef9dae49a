"""The classroom's action texts and menu titles in the language in force: a mixin of ``Classroom``.

The window's ``retranslate_ui`` calls ``retranslate_ui`` here once when built and on every language
change (Qt's LanguageChange convention); the dialogs the classroom opens retranslate themselves.
"""
from __future__ import annotations


class ClassroomTexts:
    def retranslate_ui(self):
        """The classroom's action texts and menu titles in the language in force (the window's
        retranslate_ui calls it; dialogs it opened retranslate themselves)."""
        set_texts = self.window.set_action_texts
        for key, text, tip in (
                ("save", self.tr("Save session"),
                 self.tr("Save the session (network, optimizer, data, history) to its file")),
                ("open", self.tr("Open…"), self.tr("Open a saved session or a lesson file")),
                ("save_as", self.tr("Save session as…"), self.tr("Save the session to a new file")),
                ("save_lesson", self.tr("Save as lesson…"),
                 self.tr("Save this state as a lesson, choosing which controls students see")),
                ("export", self.tr("Export…"), self.tr("Save a picture, a drawing or an animation")),
                ("start_page", self.tr("Start page…"), self.tr("The lessons, to pick one")),
                ("close_lesson", self.tr("Close lesson"), self.tr("Leave the lesson and show every control")),
                ("lesson_next", self.tr("Next lesson step"), self.tr("Run the lesson's next step")),
                ("lesson_previous", self.tr("Previous lesson step"), self.tr("Back to the lesson's step before")),
                ("presenter", self.tr("Presenter mode"), self.tr("Large type and controls, full screen")),
                ("fullscreen", self.tr("Full screen"), self.tr("Fill the screen")),
                ("high_contrast", self.tr("High contrast"),
                 self.tr("Black and white with strong borders, for a washed-out projector")),
                ("faster", self.tr("Faster"), self.tr("Train faster")),
                ("slower", self.tr("Slower"), self.tr("Train slower")),
                ("shortcuts", self.tr("Keyboard shortcuts"), self.tr("Every key, in a list")),
                ("about", self.tr("About nnviz"), ""),
                ("blank", self.tr("Blank screen"),
                 self.tr("A black screen while you talk; any key brings the window back")),
                ("theme_system", self.tr("Follow the system"), ""),
                ("theme_light", self.tr("Light"), ""),
                ("theme_dark", self.tr("Dark"), ""),
                ("palette_playground", self.tr("Orange and blue (Playground)"), ""),
                ("palette_colorblind", self.tr("Colour-blind safe (blue and red)"), ""),
                ("palette_high_contrast", self.tr("Strong (dark blue and vermillion)"), "")):
            if key in self.window.actions:
                set_texts(key, text, tip)
        self.recent_menu.setTitle(self.tr("Recent files"))
        self.scale_menu.setTitle(self.tr("Presenter scale"))
        self.theme_menu.setTitle(self.tr("Theme"))
        self.palette_menu.setTitle(self.tr("Colours"))
        self.language_menu.setTitle(self.tr("Language"))
        self.lessons_menu.setTitle(self.tr("&Lessons"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.layouts.retranslate_ui()
        self._translate_plot_menus()
        self._fill_lessons_menu()
        self._fill_recent()

    def _translate_plot_menus(self):
        """pyqtgraph's own context-menu "Export..." entry, in the window's language: found by its place
        (pyqtgraph's GraphicsScene makes it first in ``contextMenu``), never by its text."""
        try:
            import pyqtgraph as pg
        except ImportError:  # pragma: no cover
            return
        for pw in self.window.findChildren(pg.PlotWidget):
            for a in (getattr(pw.scene(), "contextMenu", None) or [])[:1]:
                a.setText(self.tr("Export…"))
