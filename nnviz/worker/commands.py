"""The commands the window sends the training worker: small frozen dataclasses, one per intent.

A command says what the user asked for ("turn input x1^2 on", "one more neuron in hidden layer 2"),
never a state computed from the last snapshot the window drew: the controller applies it to the spec
in force when it runs, so two quick clicks with no frame drawn in between do two things.
``nnviz.model.controller.Controller.apply`` dispatches on the type.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Stop:
    """End the loop (the thread finishes)."""


@dataclass(frozen=True)
class Play:
    pass


@dataclass(frozen=True)
class Pause:
    pass


@dataclass(frozen=True)
class TogglePlay:
    pass


@dataclass(frozen=True)
class Step:
    """One minibatch (pauses first)."""


@dataclass(frozen=True)
class StepEpoch:
    """The rest of the current epoch (pauses first)."""


@dataclass(frozen=True)
class StepStage:
    pass


@dataclass(frozen=True)
class StepBack:
    pass


@dataclass(frozen=True)
class Scrub:
    iteration: int


@dataclass(frozen=True)
class Trace:
    row: int | None


@dataclass(frozen=True)
class Reset:
    """A fresh network from the spec in force (the same initial weights), same data."""


@dataclass(frozen=True)
class LowerLrAndReset:
    """Divide the learning rate in force by ``factor``, then Reset."""
    factor: float = 10.0


@dataclass(frozen=True)
class SetSpeed:
    steps_per_sec: float   # 0 = as fast as possible


@dataclass(frozen=True)
class SetTrain:
    settings: dict = field(default_factory=dict)   # lr, batch_size, optimizer, momentum, ...


@dataclass(frozen=True)
class SetRegularization:
    kind: str | None
    rate: float


@dataclass(frozen=True)
class Rebuild:
    """The spec in force updated by ``patch`` ({"network": {...}, "data": {...}, "train": {...}})."""
    patch: dict
    reason: str = ""


@dataclass(frozen=True)
class ToggleFeature:
    """Turn input feature ``name`` on or off in the spec in force (at least one stays on)."""
    name: str


@dataclass(frozen=True)
class ChangeUnits:
    """Add (delta > 0) or remove neurons of hidden layer ``hidden`` (0 = the first hidden layer)."""
    hidden: int
    delta: int


@dataclass(frozen=True)
class AddLayer:
    """One more hidden layer before the output (as wide as the last hidden one, same activation)."""
    units: int | None = None
    activation: str | None = None


@dataclass(frozen=True)
class RemoveLayer:
    """Remove the last hidden layer."""


@dataclass(frozen=True)
class SetActivation:
    hidden: int
    name: str


@dataclass(frozen=True)
class SetDataset:
    dataset: Any
    reason: str = ""


@dataclass(frozen=True)
class AddPoint:
    x: float
    y: float
    label: Any


@dataclass(frozen=True)
class RemovePoint:
    x: float
    y: float
    radius: float


@dataclass(frozen=True)
class EditWeight:
    layer: int
    i: int
    j: int
    value: float


@dataclass(frozen=True)
class Load:
    path: str


@dataclass(frozen=True)
class Save:
    path: str


@dataclass(frozen=True)
class CopySession:
    """The live session as the bytes of a session file (core.io), for a private copy (export,
    save as lesson); answered with ``copied(token, data)``."""
    token: int


@dataclass(frozen=True)
class RequestSnapshot:
    pass


@dataclass(frozen=True)
class SetBreakpoints:
    settings: dict = field(default_factory=dict)


@dataclass(frozen=True)
class SetHistoryBudget:
    nbytes: int


@dataclass(frozen=True)
class GradientCheck:
    pass


@dataclass(frozen=True)
class Sync:
    token: int


@dataclass(frozen=True)
class LessonSession:
    session: Any
    on_rebuild: Any = None
    message: Any = ()   # the notices to show (nnviz.model.notices); none given: "lesson opened"
