"""nnviz's engine: layers, losses, optimizers, sessions and data, with no Qt.

The public API a script uses::

    import core
    net = core.Network.from_spec({"sizes": [2, 10, 3], ...})
    s = core.Session.from_spec({"network": {...}, "data": {...}, "train": {...}})

Specs, their defaults, ranges and limits: ``core.spec``; messages for people: ``core.messages``
(templates in ``core.catalogue``); bounded histories: ``core.series``.
"""
from . import (
    backend,
    catalogue,
    datasets,
    errors,
    events,
    features,
    gradcheck,
    init,
    io,
    layers,
    losses,
    messages,
    optimizers,
    series,
    spec,
)
from .backend import Backend, to_numpy
from .errors import BackendError, DataError, FileFormatError, NNVizError, NumericError, SpecError
from .gradcheck import gradient_check
from .grid import decision_grid
from .io import load_session, save_session
from .network import Network
from .session import Session
from .trainer import Trainer

__version__ = "0.1.0"

__all__ = ["Backend", "BackendError", "DataError", "FileFormatError", "NNVizError", "Network", "NumericError",
           "Session", "SpecError", "Trainer", "backend", "datasets", "decision_grid", "errors", "events",
           "features", "gradcheck", "gradient_check", "init", "io", "layers", "load_session", "losses",
           "catalogue", "messages", "optimizers", "save_session", "series", "spec", "to_numpy", "__version__"]
