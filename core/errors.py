"""Exceptions the engine raises. Every message says what was wrong, where, and what to try.

An error is made from a message id and its arguments (``SpecError("spec.sizes", sizes=...)``,
templates in ``core.catalogue``): ``err.message`` is that ``core.messages.Message``, which the
app translates by id; ``str(err)`` is its English text. An error made from plain text (an
older call site, a wrapped OS error) has ``err.message`` of id ``core.messages.PLAIN``.
"""
from __future__ import annotations

from typing import Any

from .messages import PLAIN, Message, catalogue, plain, render


class NNVizError(Exception):
    """Base class for all errors nnviz reports to a person."""

    def __init__(self, message: str | Message = "", /, **args: Any) -> None:
        if isinstance(message, Message):
            m = message
        elif message in catalogue():
            m = Message(message, args)
        else:
            if args:  # a typo in an id must not pass silently as plain text
                raise KeyError(f"no message template {message!r} in core.catalogue")
            m = plain(message)
        self.message = m
        super().__init__(render(m))

    @property
    def msg_id(self) -> str:
        return self.message.id

    @property
    def msg_args(self) -> dict:
        return dict(self.message.args)

    def text(self, tr=None) -> str:
        """The message in the language of ``tr(context, template)`` (see core.messages.render)."""
        return render(self.message, tr)

    @property
    def structured(self) -> bool:
        return self.message.id != PLAIN


class SpecError(NNVizError, ValueError):
    """A network, data or training spec that cannot be built."""


class DataError(NNVizError, ValueError):
    """Input data that cannot be used (a CSV cell, a shape, a label)."""


class FileFormatError(NNVizError, ValueError):
    """A saved session file that cannot be read; nothing on disk is changed.

    ``path`` is the file and ``field`` the part of it that is wrong (e.g. "state.iteration"),
    when known."""

    def __init__(self, message: str | Message = "", /, path: str | None = None, field: str | None = None,
                 **args: Any) -> None:
        super().__init__(message, **args)
        self.path, self.field = path, field


class NumericError(NNVizError, FloatingPointError):
    """A value turned NaN or infinite during training.

    ``stage`` is "forward", "loss", "backward" or "update"; ``layer`` the index of
    the layer (or parameter owner) where it first appeared; ``name`` its name;
    ``iteration`` / ``epoch`` when the message says where in training (else None).
    ``message`` is ``numeric.stopped`` with its ``what`` (a ``numeric.what.<stage>`` message).
    """

    def __init__(self, message: str | Message = "", /, stage: str | None = None, layer: int | None = None,
                 name: str | None = None, iteration: int | None = None, epoch: int | None = None,
                 **args: Any) -> None:
        super().__init__(message, **args)
        self.stage, self.layer, self.name = stage, layer, name
        self.iteration, self.epoch = iteration, epoch


class BackendError(NNVizError, RuntimeError):
    """An array backend that was asked for but cannot be used here."""
