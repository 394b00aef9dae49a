"""The main window's texts in the language in force: a mixin of ``MainWindow``.

Qt's convention for a live language switch: on ``LanguageChange`` every owner sets its texts again from
their sources (``retranslate_ui``); the window's calls its own, then its parts' (bars, panels, the
classroom's and the step-through's menus and actions). Nothing on screen is read back or converted.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence


class WindowTextsMixin:
    def set_action_texts(self, key, text, tip=""):
        """Action ``key``'s text, tool tip (naming its key) and status tip, in the language in force."""
        a = self.actions[key]
        a.setText(text)
        if tip:
            keys = self._tip_keys.get(key)
            if keys is not None and not isinstance(keys, str):   # a standard key: its name on this desktop
                keys = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            a.setToolTip(f"{tip} ({keys})" if keys else tip)
            a.setStatusTip(tip)

    def changeEvent(self, ev):
        # Qt's convention: on a new language every owner sets its texts again (nothing is read back)
        if ev.type() == QEvent.Type.LanguageChange and hasattr(self, "classroom"):
            self.retranslate_ui()
        super().changeEvent(ev)

    def retranslate_ui(self):
        """Every text of the window in the language in force: its own, then its parts' (the classroom's
        and the step-through's menus and actions, the panels, the bars). Called once when built and on
        every language change."""
        self.setWindowTitle(self.tr("nnviz — watch a neural network learn"))
        self.error_lower_lr.setText(self.tr("Lower learning rate ÷10 and reset"))
        self.error_reset.setText(self.tr("Reset"))
        self.error_restart.setText(self.tr("Restart training"))
        self.error_restart.setToolTip(self.tr("A new training thread, from the last state the window showed"))
        self.error_dismiss.setText(self.tr("Dismiss"))
        self.output_title.setText(self.tr("  Output"))
        self.loss_title.setText(self.tr("  Loss and accuracy"))
        for key, text, tip in (
                ("reset", self.tr("Reset"), self.tr("New network with the initial weights")),
                ("play", self._play_text(), self.tr("Play / pause training")),
                ("step", self.tr("Step"), self.tr("One minibatch")),
                ("step_epoch", self.tr("Step epoch"), self.tr("One epoch")),
                ("import_csv", self.tr("Import CSV…"), ""),
                ("quit", self.tr("Quit"), ""),
                ("show_test", self.tr("Show test data"), self.tr("Draw the test points (outlined) on the boundary")),
                ("discretize", self.tr("Discretize output"), self.tr("Paint each region in its winning class only")),
                ("log_scale", self.tr("Log scale"), self.tr("Loss on a logarithmic axis"))):
            self.set_action_texts(key, text, tip)
        self.file_menu.setTitle(self.tr("&File"))
        self.training_menu.setTitle(self.tr("&Training"))
        self.view_menu.setTitle(self.tr("&View"))
        self.retranslate_bars()
        self.retranslate_help()
        self.train_panel.retranslate_ui()
        self.data_panel.retranslate_ui()
        self.classroom.retranslate_ui()
        self.stepthrough.retranslate_ui()
        if self._panel_kind is not None:
            self.error_label.setText(self._panel_text())   # made again from its source

    def _play_text(self):
        return self.tr("Pause") if self._shown_running else self.tr("Play")
