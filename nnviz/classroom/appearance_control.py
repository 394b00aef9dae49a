"""The classroom's appearance and window-layout controls (a mixin of ``Classroom``): theme, palette,
high contrast, presenter mode and its scale (which set ``window.presenter``, the factor views scale their
content with), full screen, and the window layout kept in the settings file between runs.

No translatable text here (Qt's tr context is the class's, and lupdate's the module's): the actions and
their texts are made in classroom.py.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtWidgets import QApplication

from nnviz.appearance import theme
from nnviz.classroom import settings as prefs


class AppearanceMixin:
    def apply_appearance(self, old=None):
        theme.apply_appearance(QApplication.instance(), self.window, self.appearance, old)
        for dlg in (self.start_page, self.shortcuts_dialog, self.export_dialog):
            if dlg is not None:
                theme.scale_widget_sheets(dlg, self.appearance.scale, theme.is_dark(self.appearance),
                                          self.appearance.high_contrast)

    def _set_appearance(self, **kw):
        old = self.appearance
        self.appearance = old.with_(**kw)
        if self.appearance != old:
            self.apply_appearance(old)

    def set_theme(self, name):
        if name not in theme.THEMES:
            raise ValueError(name)
        prefs.set_value("theme", name)
        self._set_appearance(theme=name)
        a = self.window.actions.get("theme_" + name)
        if a is not None and not a.isChecked():
            a.setChecked(True)

    def _system_scheme_changed(self, *_):
        if self.appearance.theme == "system":
            self.apply_appearance(self.appearance.with_(theme="light"))

    def set_palette(self, name):
        prefs.set_value("palette", name)
        self._set_appearance(palette=name)
        a = self.window.actions.get("palette_" + name)
        if a is not None and not a.isChecked():
            a.setChecked(True)

    def set_high_contrast(self, on):
        prefs.set_value("high_contrast", bool(on))
        self._set_appearance(high_contrast=bool(on))
        a = self.window.actions["high_contrast"]
        if a.isChecked() != bool(on):
            a.blockSignals(True)
            a.setChecked(bool(on))
            a.blockSignals(False)

    def set_presenter_scale(self, pct):
        """The presenter scale (100-250 %); choosing one turns presenter mode on."""
        pct = theme.clamp_scale(pct)
        self.presenter_scale = pct
        prefs.set_value("presenter_scale", pct)
        a = self.window.actions.get(f"scale_{pct}")
        if a is not None and not a.isChecked():
            a.setChecked(True)
        if self.presenting:
            self._set_appearance(scale=pct)
            self.presenter.set_state(True, pct)
            QTimer.singleShot(0, lambda: self.fit_lesson_panel(force=True))
        else:
            self.set_presenting(True)

    def set_presenting(self, on):
        on = bool(on)
        a = self.window.actions["presenter"]
        if a.isChecked() != on:
            a.blockSignals(True)
            a.setChecked(on)
            a.blockSignals(False)
        self.presenting = on
        self._set_appearance(scale=self.presenter_scale if on else 100)
        self.presenter.set_state(on, self.presenter_scale)
        # the room's layout: network and output large while presenting; the teacher's own layout after
        if on:
            self.layouts.enter_lecture()
        else:
            self.layouts.leave_lecture()
        if on and not self.window.isFullScreen():
            self._fullscreen_by_presenter = True
            self.set_fullscreen(True)
        elif not on and self._fullscreen_by_presenter:
            self._fullscreen_by_presenter = False
            self.set_fullscreen(False)

    def set_fullscreen(self, on):
        on = bool(on)
        win = self.window
        a = win.actions["fullscreen"]
        if a.isChecked() != on:
            a.blockSignals(True)
            a.setChecked(on)
            a.blockSignals(False)
        if on:
            win.showFullScreen()
        else:
            self._fullscreen_by_presenter = False
            win.showNormal()


    # ------------------------------------------------------------------ window layout
    def restore_state(self):
        """Window geometry, toolbars/docks and splitters as the teacher left them (the app calls this)."""
        s = prefs.settings()
        geo = s.value("window/geometry")
        if isinstance(geo, QByteArray) and not geo.isEmpty():
            self.window.restoreGeometry(geo)
        st = s.value("window/state")
        if isinstance(st, QByteArray) and not st.isEmpty():
            self.window.restoreState(st)
        for name in ("main_splitter", "right_splitter"):
            sp = getattr(self.window, name, None)
            v = s.value(f"window/{name}")
            if sp is not None and isinstance(v, QByteArray) and not v.isEmpty():
                sp.restoreState(v)
        self.lesson_panel.setVisible(self.controller.active)

    def save_state(self):
        s = prefs.settings()
        if self.window.isFullScreen():
            return  # keep the normal layout for next time
        s.setValue("window/geometry", self.window.saveGeometry())
        s.setValue("window/state", self.window.saveState())
        for name in ("main_splitter", "right_splitter"):
            sp = getattr(self.window, name, None)
            if sp is not None:
                s.setValue(f"window/{name}", sp.saveState())
        s.sync()
