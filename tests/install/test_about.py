"""Help > About nnviz: the version (one source), the licence and its full text."""
from PySide6.QtWidgets import QMessageBox

from nnviz import __version__


def test_help_about_shows_the_version_and_the_licence(qtbot):
    import importlib.metadata

    from nnviz.main_window import MainWindow

    w = MainWindow(start=False)
    qtbot.addWidget(w)
    w.show()
    w.actions["about"].trigger()
    box = w.findChild(QMessageBox, "about_nnviz")
    assert box is not None and box.isVisible()
    assert f"nnviz {__version__}" in box.text() and "MIT" in box.text()
    assert "Permission is hereby granted" in box.detailedText()
    assert importlib.metadata.version("nnviz") == __version__  # the package's version is core.__version__
    box.close()
