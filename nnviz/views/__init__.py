"""The views: each draws a Snapshot (plus what the user selected) and never asks the engine anything.

Imported lazily, so ``nnviz.views.diagram`` (plain Qt) does not pull in pyqtgraph.
"""
import importlib

_WHERE = {"BoundaryView": ".boundary", "LossPlot": ".loss_plot", "NetworkDiagram": ".diagram"}

__all__ = sorted(_WHERE)


def __getattr__(name):
    if name in _WHERE:
        return getattr(importlib.import_module(_WHERE[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
