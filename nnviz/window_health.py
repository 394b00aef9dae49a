"""The main window's care of the training worker: the watchdog's message and the restart, the log folder.

A mixin of ``MainWindow`` (uses its worker, frames, watchdog, message panel and actions).
"""
from __future__ import annotations

import logging

import numpy as np

from nnviz import crashlog
from nnviz.model.notices import notice

log = logging.getLogger("nnviz.window")


class HealthMixin:
    def _on_watchdog(self, kind, seconds):
        def text():   # in the language in force, also after a switch
            if kind == "dead":
                return self.tr("The training thread has stopped. Training and the views are frozen; "
                               "Restart training starts it again from the last state shown.")
            return self.tr("The training thread has not answered for {:.0f} s (a very large network, or a "
                           "problem). Wait, or Restart training from the last state shown.").format(seconds)
        log.error("watchdog: the training worker is %s (%.1f s since its last heartbeat)", kind, seconds)
        self._show_panel(text, "watchdog")

    def restart_worker(self):
        """A new training thread from the last state drawn (its spec and weights, the same data)."""
        snap = self.drawn_snapshot or self.last_snapshot
        old = self.worker.controller.session
        dataset = getattr(old, "dataset", None)
        if snap is None:
            spec, msg = None, notice("notice.restarted_default")
        else:
            spec = {k: dict(v) for k, v in snap.spec.items()}
            spec["network"]["weights"] = [(np.array(W), None if b is None else np.array(b)) for W, b in snap.weights]
            msg = notice("notice.restarted", it=snap.iteration)
        self._hide_panel()
        self.frames.frame = None
        self.worker.restart(spec, dataset, msg)
        self.watchdog.start()

    def _build_help_menu(self):
        m = getattr(self.classroom, "help_menu", None) or self.menuBar().addMenu(self.tr("&Help"))
        a = self._action("open_log_folder", slot=self._open_log_folder)
        about = self.actions.get("about")
        if about is not None and about in m.actions():
            m.insertAction(about, a)   # before "About"
        else:
            m.addAction(a)

    def retranslate_help(self):
        self.set_action_texts("open_log_folder", self.tr("Open log folder"),
                              self.tr("The folder of nnviz's log files (for a problem report)"))

    def _open_log_folder(self):
        if not crashlog.open_log_folder():
            self.statusBar().showMessage(self.tr("Could not open {}").format(crashlog.log_dir()), 10000)

