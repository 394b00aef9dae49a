"""Help > About nnviz: the version (one source: core.__version__), the licence with its full text,
the versions it runs on, and where its files and settings are."""
from __future__ import annotations

import importlib.metadata
import platform
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

LICENSE = "MIT"
URL = "https://example.invalid/nnviz"  # placeholder until the project has a public home (pyproject.toml)


def tr(text):
    return QCoreApplication.translate("About", text)


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
        return tr("The MIT licence (the LICENSE file is not installed).")


def about_text() -> str:
    from PySide6 import __version__ as pyside_version

    from nnviz import __version__, resources
    from nnviz.classroom import settings as prefs

    return (f"<h3>nnviz {__version__}</h3>"
            f"<p>{tr('Watch a neural network learn: the forward and backward pass, the loss and the decision boundary.')}</p>"
            f"<p>{tr('Licence: {} (the full text is under Show Details).').format(LICENSE)}</p>"
            f"<p>{tr('Python {}, PySide6 (Qt) {}').format(platform.python_version(), pyside_version)}<br>"
            f"{tr('Files: {}').format(resources.root())}<br>"
            f"{tr('Settings: {}').format(prefs.settings().fileName())}<br>"
            f"{URL}</p>")


def show_about(parent=None) -> QMessageBox:
    """Open the About box (non-blocking); returns it."""
    box = QMessageBox(parent)
    box.setObjectName("about_nnviz")
    box.setWindowTitle(tr("About nnviz"))
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
