"""Help > About nnviz: the version (one source: core.__version__), the licence with its full text,
the versions it runs on, and where its files and settings are."""
from __future__ import annotations

import html
import importlib.metadata
import platform
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

LICENSE = "MIT"


def license_text() -> str:
    """The LICENSE file: from the installed distribution's metadata, else the repository's."""
    try:
        dist = importlib.metadata.distribution("nnviz")
        for name in ("licenses/LICENSE", "LICENSE"):
            text = dist.read_text(name)
            if text:
                return text
    except importlib.metadata.PackageNotFoundError:
        pass
    repo = Path(__file__).resolve().parent.parent / "LICENSE"
    try:
        return repo.read_text(encoding="utf-8")
    except OSError:
        return QCoreApplication.translate("About", "The MIT licence (the LICENSE file is not installed).")


def about_text() -> str:
    from PySide6 import __version__ as pyside_version

    from nnviz import __version__, resources
    from nnviz.classroom import settings as prefs

    what = QCoreApplication.translate(
        "About", "Watch a neural network learn: the forward and backward pass, the loss and the decision boundary.")
    licence = QCoreApplication.translate("About", "Licence: {} (the full text is under Show Details).")
    files = QCoreApplication.translate("About", "Files: {}")
    settings = QCoreApplication.translate("About", "Settings: {}")
    lines = [
        f"<h3>nnviz {__version__}</h3>",
        f"<p>{what}</p>",
        f"<p>{licence.format(LICENSE)}</p>",
        f"<p>Python {platform.python_version()}, PySide6 (Qt) {pyside_version}",  # names: not translated
        f"<br>{files.format(html.escape(str(resources.root())))}",
        f"<br>{settings.format(html.escape(prefs.settings().fileName()))}</p>",
    ]
    return "".join(lines)


def show_about(parent=None) -> QMessageBox:
    """Open the About box (non-blocking); returns it."""
    box = QMessageBox(parent)
    box.setObjectName("about_nnviz")
    box.setWindowTitle(QCoreApplication.translate("About", "About nnviz"))
    icon = parent.windowIcon() if parent is not None else None
    if icon is not None and not icon.isNull():
        box.setIconPixmap(icon.pixmap(96, 96))
    else:
        box.setIcon(QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text())
    box.setDetailedText(license_text())
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.open()
    return box
