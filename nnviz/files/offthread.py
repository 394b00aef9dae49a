"""Engine work the GUI needs an answer to (read and check a file, replay a lesson to a step) run on a
thread of its own, with a progress dialog and Cancel, so the window keeps drawing meanwhile.

``run_off_thread(fn, ...)`` waits in a local event loop (as QDialog.exec does) and returns fn's result or
raises its exception; Cancel raises ``Cancelled`` (the thread finishes its work and the result is
dropped: a file read or a replay cannot be interrupted half-way, and nothing was changed yet).
"""
from __future__ import annotations

from PySide6.QtCore import QEventLoop, Qt, QThread, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

SHOW_AFTER_MS = 400   # quick work shows no dialog at all


class Cancelled(Exception):
    """The user pressed Cancel."""


class _Job(QThread):
    def __init__(self, fn, args, kwargs):
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.result = self.error = None

    def run(self):  # the job's thread: no Qt objects of the GUI are touched here
        try:
            self.result = self.fn(*self.args, **self.kwargs)
        except BaseException as e:  # noqa: BLE001 - handed to the GUI thread, raised there
            self.error = e


_running = []  # jobs whose caller gave up (Cancel): kept alive until their thread ends


def run_off_thread(fn, *args, label="", parent=None, **kwargs):
    job = _Job(fn, args, kwargs)
    loop = QEventLoop()
    state = {"cancelled": False}
    dlg = None

    def show():
        nonlocal dlg
        if job.isFinished() or state["cancelled"]:
            return
        dlg = QProgressDialog(label, QApplication.translate("OffThread", "Cancel"), 0, 0, parent)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(0)
        dlg.canceled.connect(cancel)
        dlg.show()

    def cancel():
        state["cancelled"] = True
        loop.quit()

    job.finished.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(show)
    timer.start(SHOW_AFTER_MS)
    job.start()
    if not job.isFinished():
        loop.exec()
    timer.stop()
    if dlg is not None:
        dlg.canceled.disconnect(cancel)
        dlg.close()
        dlg.deleteLater()
    if state["cancelled"] and not job.isFinished():
        _running.append(job)
        job.finished.connect(lambda: _running.remove(job) if job in _running else None)
        raise Cancelled()
    job.wait()
    if job.error is not None:
        raise job.error
    return job.result
