"""Texts the app translates at run time from a variable (``self.tr(name)``), listed here so that
``pyside6-lupdate`` extracts them into assets/i18n/*.ts. Keep in step with the places named."""
from PySide6.QtCore import QT_TRANSLATE_NOOP

# nnviz/panels/data_panel.py: SHORT_NAMES (the data set buttons)
DATASET_NAMES = (
    QT_TRANSLATE_NOOP("DataPanel", "spiral"), QT_TRANSLATE_NOOP("DataPanel", "circle"),
    QT_TRANSLATE_NOOP("DataPanel", "xor"), QT_TRANSLATE_NOOP("DataPanel", "gauss"),
    QT_TRANSLATE_NOOP("DataPanel", "2 spirals"), QT_TRANSLATE_NOOP("DataPanel", "plane"),
    QT_TRANSLATE_NOOP("DataPanel", "bumps"), QT_TRANSLATE_NOOP("DataPanel", "moons"),
)
# core/datasets.py: DESCRIPTIONS (the data set buttons' tool tips)
DATASET_DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("DataPanel", "The book's spiral: 2 to 6 interleaved arms, one class per arm."),
    QT_TRANSLATE_NOOP("DataPanel", "A disc of one class inside a ring of the other (Playground)."),
    QT_TRANSLATE_NOOP("DataPanel", "Four quadrants; opposite quadrants share a class (Playground)."),
    QT_TRANSLATE_NOOP("DataPanel", "Two Gaussian clouds around (2, 2) and (-2, -2); noise widens them (Playground)."),
    QT_TRANSLATE_NOOP("DataPanel", "Two spiral arms wound around each other (Playground)."),
    QT_TRANSLATE_NOOP("DataPanel", "Regression: the target rises linearly along x1 + x2 (Playground)."),
    QT_TRANSLATE_NOOP("DataPanel", "Regression: six positive and negative bumps (Playground)."),
    QT_TRANSLATE_NOOP("DataPanel", "The AND gate: four corner points, one line separates them."),
    QT_TRANSLATE_NOOP("DataPanel", "The OR gate: four corner points, one line separates them."),
    QT_TRANSLATE_NOOP("DataPanel", "The NAND gate: four corner points, one line separates them."),
    QT_TRANSLATE_NOOP("DataPanel", "The XOR gate: no single line separates it; it needs a hidden layer."),
    QT_TRANSLATE_NOOP("DataPanel", "Two interleaving half circles."),
)

# pyqtgraph's context menu of every plot: QCoreApplication.translate("GraphicsScene", "Export...")
PYQTGRAPH = (QT_TRANSLATE_NOOP("GraphicsScene", "Export..."),)
