"""The crash log and the crash dialog: what went wrong is written down, shown, and the app goes on.

``install()`` (called once by the app at start, never by tests of single widgets) sets up:

- a rotating log file ``nnviz.log`` (``logging.handlers.RotatingFileHandler``, 1 MB x 5) in the
  platform's state directory (``QStandardPaths.GenericStateLocation``/nnviz/logs, e.g.
  ~/.local/state/nnviz/logs; ``$NNVIZ_LOG_DIR`` overrides it, which the tests use so they never write
  to the user's folders);
- ``faulthandler`` writing a hard crash (segfault, abort) with every thread's stack to ``crash.log``;
- ``sys.excepthook`` and ``threading.excepthook``: an exception nothing caught is logged with its
  traceback and, on the GUI thread, shown in a non-blocking dialog with "Copy details";
- a Qt message handler: Qt's warnings and errors go to the same log.

The dialog appears at most once per distinct error (the same bug in a paint event would otherwise
open one per frame); the app keeps running.
"""
from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import sys
import threading
import traceback
from pathlib import Path

LOG_NAME = "nnviz.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"

log = logging.getLogger("nnviz")
_state = {"installed": False, "handler": None, "fault_file": None, "prev_hooks": None, "shown": set(),
          "dialogs": [], "qt_handler": None}


def log_dir() -> Path:
    """Where the logs go: $NNVIZ_LOG_DIR, else the platform's application state directory + /logs."""
    env = os.environ.get("NNVIZ_LOG_DIR")
    if env:
        return Path(env)
    base = ""
    try:  # the per-user state folder (~/.local/state, %LOCALAPPDATA%, ~/Library/Preferences), not app-named
        from PySide6.QtCore import QStandardPaths
        where = getattr(QStandardPaths, "GenericStateLocation", QStandardPaths.GenericDataLocation)
        base = QStandardPaths.writableLocation(where)
    except Exception:  # noqa: BLE001 - no Qt: the XDG default
        pass
    if not base:
        base = os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(base) / "nnviz" / "logs"


def log_path() -> Path:
    return log_dir() / LOG_NAME


def install(app=None):
    """Start logging to the rotating file and catch what nothing else catches. Idempotent.
    Returns the log file's path (None when the folder cannot be written: logging then goes to stderr)."""
    if _state["installed"]:
        return log_path() if _state["handler"] else None
    _state["installed"] = True
    path = None
    try:
        d = log_dir()
        d.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(d / LOG_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS,
                                                       encoding="utf-8")
        path = d / LOG_NAME
        _state["fault_file"] = open(d / CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115 - open for the process
        faulthandler.enable(_state["fault_file"], all_threads=True)
    except OSError as e:
        handler = logging.StreamHandler(sys.stderr)
        print(f"nnviz: cannot write the log in {log_dir()} ({e}); logging to the terminal", file=sys.stderr)
        faulthandler.enable(sys.stderr, all_threads=True)
    handler.setFormatter(logging.Formatter(FORMAT))
    _state["handler"] = handler if path else None
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    _state["prev_hooks"] = (sys.excepthook, threading.excepthook)
    sys.excepthook = excepthook
    threading.excepthook = _thread_excepthook
    _install_qt_handler()
    log.info("nnviz started (Python %s, %s)", platform.python_version(), platform.platform())
    return path


def uninstall():
    """Undo ``install`` (tests)."""
    if not _state["installed"]:
        return
    if _state["prev_hooks"]:
        sys.excepthook, threading.excepthook = _state["prev_hooks"]
    if _state["handler"] is not None:
        log.removeHandler(_state["handler"])
        _state["handler"].close()
    if _state["qt_handler"] is not None:
        from PySide6.QtCore import qInstallMessageHandler
        qInstallMessageHandler(None)
    if _state["fault_file"] is not None:
        faulthandler.disable()
        _state["fault_file"].close()
    _state.update(installed=False, handler=None, fault_file=None, prev_hooks=None, qt_handler=None)
    _state["shown"].clear()


def details(exc_type, exc, tb) -> str:
    """The text "Copy details" copies: versions, then the traceback."""
    try:
        from PySide6 import __version__ as pyside
    except Exception:  # noqa: BLE001
        pyside = "?"
    import numpy
    head = (f"nnviz on Python {platform.python_version()}, PySide6 {pyside}, numpy {numpy.__version__}, "
            f"{platform.platform()}\n")
    return head + "".join(traceback.format_exception(exc_type, exc, tb))


def excepthook(exc_type, exc, tb):
    """An exception nothing caught: log it; on the GUI thread show the crash dialog. The app goes on."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    try:
        show_dialog(exc_type, exc, tb)
    except Exception:  # noqa: BLE001 - the dialog itself must never raise from the hook
        log.exception("could not show the crash dialog")


def _thread_excepthook(args):
    log.error("unexpected error in thread %s", getattr(args.thread, "name", "?"),
              exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


def show_dialog(exc_type, exc, tb, parent=None):
    """A non-blocking dialog: what happened, the log's place, "Copy details". Once per distinct error;
    only on the GUI thread (elsewhere the log has it). Returns the dialog, or None."""
    from PySide6.QtCore import QCoreApplication, QThread
    from PySide6.QtWidgets import QApplication, QMessageBox
    app = QApplication.instance()
    if app is None or QThread.currentThread() is not app.thread():
        return None
    key = (exc_type.__name__, str(exc), _last_frame(tb))
    if key in _state["shown"]:
        return None
    _state["shown"].add(key)
    tr = lambda t: QCoreApplication.translate("CrashDialog", t)  # noqa: E731
    text = details(exc_type, exc, tb)
    box = QMessageBox(parent or app.activeWindow())
    box.setObjectName("crashDialog")
    box.setIcon(QMessageBox.Warning)
    box.setWindowTitle(tr("nnviz: something went wrong"))
    box.setText(tr("Something went wrong: {error}").format(error=f"{exc_type.__name__}: {exc}"))
    where = log_path() if _state["handler"] else None
    box.setInformativeText(
        tr("nnviz keeps running, but what you just did may not have finished. The details are in the log "
           "file {path}; please include them when you report the problem.").format(path=where)
        if where else tr("nnviz keeps running, but what you just did may not have finished."))
    box.setDetailedText(text)
    copy = box.addButton(tr("Copy details"), QMessageBox.ActionRole)
    copy.clicked.disconnect()   # an action button closes the box by default; copying should not
    copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
    box.addButton(QMessageBox.Close)
    box.setModal(False)
    box.finished.connect(lambda _r, b=box: _state["dialogs"].remove(b) if b in _state["dialogs"] else None)
    _state["dialogs"].append(box)
    box.show()
    return box


def _last_frame(tb):
    frames = traceback.extract_tb(tb) if tb is not None else []
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""


_QT_LEVELS = {}


def _install_qt_handler():
    try:
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    except Exception:  # noqa: BLE001
        return
    _QT_LEVELS.update({QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
                       QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
                       QtMsgType.QtFatalMsg: logging.CRITICAL})
    qt_log = logging.getLogger("nnviz.qt")

    def handler(mode, context, message):
        where = f" ({context.file}:{context.line})" if context is not None and context.file else ""
        qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s%s", message, where)
        if mode in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            print(f"Qt: {message}", file=sys.stderr)   # as Qt itself would, for a terminal start

    _state["qt_handler"] = handler
    qInstallMessageHandler(handler)


def open_log_folder():
    """Open the log folder in the platform's file manager. False when it could not be opened."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices
    d = log_dir()
    d.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(d)))
