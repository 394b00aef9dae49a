"""Start the desktop app: ``main_gui(argv)``.

``--timing`` prints how long it took from process start to the first painted window
(and to the first drawn training snapshot); ``--exit-after-paint`` quits right after,
which is what ``bench/gui.py`` runs.
"""
from __future__ import annotations

import os
import signal
import sys
import time

_T_IMPORT = time.monotonic()


def process_age():
    """Seconds since this process started (Linux: from /proc; elsewhere: since this module was imported)."""
    try:
        with open("/proc/self/stat") as f:
            stat = f.read()
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as f:
            uptime = float(f.read().split()[0])
        return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
    except (OSError, ValueError, IndexError):
        return time.monotonic() - _T_IMPORT


def main_gui(argv=None, timing=False, exit_after_paint=False, lang=None):
    """Open the main window and run the event loop; returns the exit status.

    ``lang`` ("en", "ko"): the UI language; None = the one last chosen in View > Language, else the system's."""
    argv = list(sys.argv if argv is None else argv)
    age0, t0 = process_age(), time.monotonic()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("nnviz")
    app.setOrganizationName("nnviz")
    from nnviz import i18n
    from nnviz.classroom import settings as prefs
    from nnviz.main_window import MainWindow

    chosen = lang or prefs.value("language", None, str) or i18n.system_language()
    try:
        i18n.set_language(chosen if chosen in i18n.LANGUAGES else "en")
    except FileNotFoundError as e:  # a missing .qm: say so, carry on in English
        print(f"nnviz: {e}", file=sys.stderr)
    win = MainWindow()
    win.classroom.restore_state()
    screen = app.primaryScreen()
    if screen is not None:  # fit a small laptop screen
        avail = screen.availableGeometry()
        win.resize(min(win.width(), int(avail.width() * 0.96)), min(win.height(), int(avail.height() * 0.94)))
    # Ctrl+C in the terminal closes the window cleanly: Python runs signal handlers only when it gets
    # control, so a slow timer gives it a chance while the event loop idles in C++
    signal.signal(signal.SIGINT, lambda *_: win.close())
    ticker = QTimer(win)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)
    since_start = lambda: age0 + (time.monotonic() - t0)  # noqa: E731

    if timing or exit_after_paint:
        state = {"paint": None, "snap": None}

        def report():
            if state["paint"] is not None and state["snap"] is not None:
                if timing:
                    print(f"nnviz: first paint {1000 * state['paint']:.0f} ms after process start; "
                          f"first training snapshot drawn {1000 * state['snap']:.0f} ms", flush=True)
                if exit_after_paint:
                    QTimer.singleShot(0, win.close)

        def painted():
            state["paint"] = since_start()
            report()

        def snap_drawn():
            if state["snap"] is None:
                state["snap"] = since_start()
                report()

        win.firstPaint.connect(painted)
        win.snapshotDrawn.connect(snap_drawn)
    win.show()
    if not (timing or exit_after_paint):
        win.classroom.first_launch()
    rc = app.exec()
    win.shutdown()
    return rc
