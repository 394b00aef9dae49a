"""Exceptions the engine raises. Every message says what was wrong, where, and what to try."""


class NNVizError(Exception):
    """Base class for all errors nnviz reports to a person."""


class SpecError(NNVizError, ValueError):
    """A network, data or training spec that cannot be built."""


class DataError(NNVizError, ValueError):
    """Input data that cannot be used (a CSV cell, a shape, a label)."""


class FileFormatError(NNVizError, ValueError):
    """A saved session file that cannot be read; nothing on disk is changed."""


class NumericError(NNVizError, FloatingPointError):
    """A value turned NaN or infinite during training.

    ``stage`` is "forward", "loss", "backward" or "update"; ``layer`` the index of
    the layer (or parameter owner) where it first appeared; ``name`` its name.
    """

    def __init__(self, message, stage=None, layer=None, name=None):
        super().__init__(message)
        self.stage = stage
        self.layer = layer
        self.name = name


class BackendError(NNVizError, RuntimeError):
    """An array backend that was asked for but cannot be used here."""
