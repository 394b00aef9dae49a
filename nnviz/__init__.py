"""nnviz: the Qt desktop app over the ``core`` engine."""
from core import __version__

__all__ = ["__version__"]
