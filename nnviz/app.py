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


def app_icon():
    """nnviz's icon (the PNG sizes from assets/icons, 16 to 512 pixels, drawn from its SVG; a pixmap
    icon, since Qt's SVG icon engine lists no sizes to a window manager); null when none is there."""
    from PySide6.QtGui import QIcon

    from nnviz import resources

    icon = QIcon()
    for n in resources.ICON_SIZES:
        png = resources.icon_path(n)
        if png.is_file():
            icon.addFile(str(png))
    return icon


def identify(app):
    """Name, application id and icon, so the desktop shows "nnviz" with its icon (not "python3") and
    matches the window to the installed launcher (nnviz.desktop)."""
    from nnviz import resources

    app.setApplicationName("nnviz")
    app.setOrganizationName("nnviz")
    app.setDesktopFileName(resources.APP_ID)
    from nnviz import __version__

    app.setApplicationVersion(__version__)
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)


def warn_missing_files(win, problems):
    """Say in the window (and on stderr) which shipped files are missing or damaged; non-blocking."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    for p in problems:
        print(f"nnviz: {p}", file=sys.stderr)
    title = QCoreApplication.translate("App", "Some of nnviz's files are missing")
    intro = QCoreApplication.translate("App", "nnviz works, but without these:")
    box = QMessageBox(QMessageBox.Icon.Warning, title, intro + "\n\n" + "\n\n".join(problems),
                      QMessageBox.StandardButton.Ok, win)
    box.setObjectName("missing_files")
    box.open()
    win._missing_files_box = box  # kept alive while it is open
    return box


def main_gui(argv=None, timing=False, exit_after_paint=False, lang=None):
    """Open the main window and run the event loop; returns the exit status.

    ``lang`` ("en", "ko"): the UI language; None = the one last chosen in View > Language, else the system's."""
    argv = list(sys.argv if argv is None else argv)
    age0, t0 = process_age(), time.monotonic()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(argv)
    identify(app)
    from nnviz import crashlog

    crashlog.install(app)  # the log file, and a dialog (not a silent exit) for an error nothing caught
    from nnviz import i18n, resources
    from nnviz.classroom import settings as prefs
    from nnviz.main_window import MainWindow

    problems = resources.problems(tuple(k for k in i18n.LANGUAGES if k != "en"))
    chosen = lang or prefs.value("language", None, str) or i18n.system_language()
    try:
        i18n.set_language(chosen if chosen in i18n.LANGUAGES else "en")
    except (OSError, ValueError, SyntaxError) as e:  # missing, unreadable or damaged (a .ts that is not
        i18n.set_language("en")                      # XML raises ParseError, a SyntaxError): in English
        problems.append(f"The {i18n.LANGUAGES.get(chosen, chosen)} translation could not be loaded ({e}); "
                        "the window stays in English. To fix it, reinstall nnviz.")
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
    if problems:
        warn_missing_files(win, problems)
    if not (timing or exit_after_paint):
        win.classroom.first_launch()
    rc = app.exec()
    win.shutdown()
    return rc
