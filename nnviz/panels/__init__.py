"""Control panels of the main window. Panels only emit what the user asked for; the window forwards it."""
from nnviz.panels.data_panel import DataPanel
from nnviz.panels.train_panel import TrainPanel

__all__ = ["DataPanel", "TrainPanel"]
