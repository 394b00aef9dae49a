"""The lesson model: what a lesson holds once its file has been checked (no Qt, no file access).

A lesson is a network, its data and a script of steps, each text in several languages. The file format
is described (and checked) by ``assets/schema/lesson.schema.json``; see ``nnviz.lessons`` for a summary.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core import datasets
from core.session import Session

FORMAT = "nnviz-lesson"
VERSION = 1
SUFFIX = ".json"
DEFAULT_ORDER = 1000

ACTIONS = ("step_stage", "step_batch", "step_epoch", "play", "pause", "reset", "select_node", "set")
# the args each action accepts (the schema says the same; this is what the runner dispatches on)
ACTION_ARGS = {"step_stage": ("count",), "step_batch": ("count",), "step_epoch": ("count",),
               "play": ("epochs", "speed"), "pause": (), "reset": (), "select_node": ("layer", "node"),
               "set": ("network", "data", "train")}
# the controls a lesson may hide from students (named after the spec settings they change)
CONTROLS = ("dataset", "noise", "classes", "test_ratio", "features", "points",
            "sizes", "activation", "output", "loss", "init", "bias", "seed", "dtype", "weights",
            "optimizer", "lr", "batch_size", "momentum", "regularization", "reg_rate", "clip",
            "speed", "step", "play", "reset", "save", "open")
# what expect["checks"] can measure (see LessonRunner.measure)
METRICS = ("loss", "accuracy", "epoch", "iteration", "first_loss", "last_loss", "dead_neurons")


@dataclass(frozen=True)
class LessonInfo:
    id: str
    order: int
    title: dict
    path: Path


@dataclass(frozen=True)
class Step:
    action: str
    args: dict = field(default_factory=dict)
    note: dict = field(default_factory=dict)
    predict: dict | None = None  # {"question": {lang: text}, "answer": {lang: text}}

    def to_json(self):
        d = {"action": self.action, "args": copy.deepcopy(self.args), "note": dict(self.note)}
        if self.predict is not None:
            d["predict"] = copy.deepcopy(self.predict)
        return d


@dataclass
class Lesson:
    id: str
    title: dict
    text: dict
    session_spec: dict
    weights: list | None            # [(W (in, out) float64, b float64 or None), ...] or None
    dataset: datasets.Dataset | None  # explicit points, or None for the spec's generator
    hidden_controls: list
    steps: list                     # [Step, ...]
    expect: dict
    order: int = DEFAULT_ORDER
    targets: np.ndarray | None = None  # explicit encoded targets (n, outputs), one row per point
    path: Path | None = None
    version: int = VERSION

    def build_session(self):
        """A new core.Session for this lesson: its spec, its data, its fixed weights and targets."""
        s = Session(copy.deepcopy(self.session_spec), dataset=self.dataset)
        self.apply(s)
        return s

    def apply(self, session):
        """Put the lesson's fixed weights (when the network still has the lesson's shape) and explicit
        targets (when the session still uses the lesson's points) into a freshly built session.

        The app calls this after it rebuilds the session (Reset, a changed setting), so the lesson's
        weights act as its initial weights. Returns the names of what was applied."""
        done = []
        if self.weights is not None and _fits(session.network, self.weights):
            session.network.set_weights(self.weights)
            done.append("weights")
        if self.targets is not None and self.dataset is not None and session.dataset is self.dataset:
            _set_targets(session, self.targets)
            done.append("targets")
        return done

    def info(self):
        return LessonInfo(self.id, self.order, dict(self.title), self.path)


def text_for(lesson, lang, what="text"):
    """The lesson's text (or ``what="title"``) in ``lang`` ("ko", "ko_KR", ...), falling back to English."""
    return localized(getattr(lesson, what), lang)


def title_for(lesson, lang):
    return localized(lesson.title, lang)


def localized(texts, lang):
    """Pick ``lang`` from a {lang: text} dict; fall back to its base language, then English, then any."""
    if not texts:
        return ""
    if isinstance(texts, str):
        return texts
    lang = (lang or "en").replace("-", "_")
    for key in (lang, lang.split("_")[0].lower(), "en"):
        if texts.get(key):
            return texts[key]
    return next(iter(texts.values()))


def _set_targets(session, targets):
    """Use explicit encoded targets (one row per point of session.dataset) instead of encoded labels."""
    session.set_targets(np.asarray(targets, dtype=np.float64))


def _fits(network, weights):
    for (li, _), (W, b) in zip(network.dense, weights):
        layer = network.layers[li]
        if tuple(layer.params[0].shape) != W.shape or (len(layer.params) > 1) != (b is not None):
            return False
    return len(network.dense) == len(weights)


