"""Classroom lessons: a network, its data and a script of steps, in English and Korean.

A lesson is one JSON file in ``assets/lessons`` (format "nnviz-lesson", version 1)::

    {"format": "nnviz-lesson", "version": 1, "id": "forward_pass", "order": 1,
     "title": {"en": "...", "ko": "..."}, "text": {"en": "...", "ko": "..."},
     "session": {"network": {...}, "data": {...}, "train": {...}},     # a core.Session spec
     "weights": [[W, b], ...],          # optional fixed weights, x @ W convention, W (in, out); b may be null
     "points": {"x": [[...]], "y": [...], "kind": "classification", "class_names": [...],
                "feature_names": [...], "targets": [[...]]},           # optional explicit data
     "hidden_controls": ["optimizer", ...],                             # optional
     "steps": [{"action": "step_stage", "args": {}, "note": {"en": "...", "ko": "..."},
                "predict": {"question": {...}, "answer": {...}}}],     # predict is optional
     "expect": {"description": "...", "checks": [...]}}                # optional, used by the tests

``points.targets`` (optional, an extension of the brief's format) gives the encoded targets
directly, one row per point shaped like the network's output, for examples whose targets are
not a class or a single number (seed 004's t = [0.4, 0.6]). ``y`` may then be left out: it
defaults to the index of each row's largest target.

Step actions and their ``args``:

- ``step_stage`` {count}: the next stage(s) of the iteration (a forward layer, the loss, a
  backward layer, an update), as ``Session.micro_steps()`` yields them;
- ``step_batch`` {count} / ``step_epoch`` {count}: whole minibatches / epochs;
- ``play`` {epochs, speed}: train; with ``epochs`` it pauses by itself after that many more
  epochs; ``speed`` is a hint in steps per second;
- ``pause`` {}; ``reset`` {}: new weights from the spec's initialiser and seed (the lesson's
  fixed weights when the network still has the lesson's shape);
- ``select_node`` {layer, node}: highlight a neuron; ``layer`` counts the diagram's columns,
  0 = the input layer, ``len(sizes) - 1`` = the output layer;
- ``set`` {network, data, train}: change settings, each section patched key by key as the app's
  panels do. Training settings change live; network or data settings rebuild the session.

No Qt here: the app loads this module, and so do the engine tests.
"""
from __future__ import annotations

import copy
import importlib.resources
import json
import math
import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from core import datasets
from core.backend import to_numpy
from core.errors import NNVizError, SpecError
from core.io import atomic_write
from core.network import normalize_spec
from core.session import Session, normalize_data, normalize_train

FORMAT = "nnviz-lesson"
VERSION = 1
SUFFIX = ".json"

ACTIONS = ("step_stage", "step_batch", "step_epoch", "play", "pause", "reset", "select_node", "set")
# the args each action accepts
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

_TOP_KEYS = ("format", "version", "id", "order", "title", "text", "session", "weights", "points",
             "hidden_controls", "steps", "expect")
_REQUIRED = ("format", "version", "id", "title", "text", "session", "steps")
_POINT_KEYS = ("x", "y", "kind", "class_names", "feature_names", "targets", "name")
_STEP_KEYS = ("action", "args", "note", "predict")
_CHECK_KEYS = ("after_step", "metric", "min", "max", "value", "tol")
_ID = re.compile(r"^[A-Za-z0-9_\-]{1,64}$")
_LANG = re.compile(r"^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})?$")
DEFAULT_ORDER = 1000


# ---------------------------------------------------------------- where the lessons live

def _find_lesson_dir():
    """The shipped lessons: inside the installed package if they were packaged there
    (``importlib.resources``), else the repository's ``assets/lessons`` next to the package."""
    candidates = []
    try:
        res = importlib.resources.files("nnviz").joinpath("assets", "lessons")
        if isinstance(res, Path):  # a real folder (not inside a zip)
            candidates.append(res)
    except (ModuleNotFoundError, TypeError, AttributeError):  # pragma: no cover
        pass
    candidates.append(Path(__file__).resolve().parent.parent / "assets" / "lessons")
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[-1]


LESSON_DIR = _find_lesson_dir()


# ---------------------------------------------------------------- data classes

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


# ---------------------------------------------------------------- listing and loading

def list_lessons(directory=None, strict=False):
    """The lessons in ``directory`` (default LESSON_DIR), sorted by order then id.

    A file that cannot be read is skipped with a warning, or raises SpecError when ``strict``."""
    folder = Path(directory) if directory is not None else LESSON_DIR
    out = []
    for p in sorted(folder.glob("*" + SUFFIX)):
        try:
            d = _read_json(p)
            name = p.name
            _check_header(d, name)
            order = _order(d, name)
            title = _texts(d["title"], name, "title")
            out.append(LessonInfo(d["id"], order, title, p))
        except SpecError as e:
            if strict:
                raise
            warnings.warn(str(e), stacklevel=2)
    out.sort(key=lambda i: (i.order, i.id))
    return out


def load_lesson(path_or_id, directory=None):
    """Load and validate a lesson from a file path or a lesson id (looked up in LESSON_DIR).

    Every problem raises core.errors.SpecError naming the file and the key."""
    path = _resolve(path_or_id, directory)
    name = path.name
    d = _read_json(path)
    lesson = lesson_from_dict(d, name)
    lesson.path = path
    return lesson


def lesson_from_dict(d, name="<lesson>"):
    """Validate a lesson dict (as read from JSON) and build the Lesson; ``name`` is used in messages."""
    def err(msg):
        return SpecError(f"lesson {name}: {msg}")

    _check_header(d, name)
    unknown = [k for k in d if k not in _TOP_KEYS]
    if unknown:
        raise err(f"unknown key {unknown[0]!r}; a lesson has {', '.join(_TOP_KEYS)}")
    for k in _REQUIRED:
        if k not in d:
            raise err(f"missing key {k!r}")
    order = _order(d, name)
    title = _texts(d["title"], name, "title")
    text = _texts(d["text"], name, "text")

    # --- the session spec
    sess = d["session"]
    if not isinstance(sess, dict):
        raise err(f"session must be an object with 'network', 'data' and 'train', not {_tname(sess)}")
    extra = [k for k in sess if k not in ("network", "data", "train")]
    if extra:
        raise err(f"session.{extra[0]} is not a session section; use 'network', 'data' and 'train'")
    spec = {}
    for section, norm in (("network", normalize_spec), ("data", normalize_data), ("train", normalize_train)):
        value = sess.get(section, {})
        if not isinstance(value, dict):
            raise err(f"session.{section} must be an object, not {_tname(value)}")
        if section == "network" and "weights" in value:
            raise err("session.network.weights: give fixed weights as the top-level key 'weights'")
        try:
            spec[section] = norm(copy.deepcopy(value))
        except (SpecError, datasets.DataError, TypeError, ValueError) as e:
            raise err(f"session.{section}: {e}") from None
    net = spec["network"]
    sizes = net["sizes"]

    # --- explicit points
    dataset = targets = None
    if d.get("points") is not None:
        dataset, targets = _points(d["points"], name, sizes)
        dname = spec["data"]["name"]
        if "name" not in sess.get("data", {}):
            spec["data"]["name"] = "custom"
        elif dname not in ("custom", "csv"):
            raise err(f"session.data.name {dname!r} names a generator but the lesson gives explicit "
                      "'points'; use \"custom\"")
        feats = spec["data"]["features"]
        plane = dataset.x.shape[1] == 2 and dataset.feature_names[:2] == ("x1", "x2") and feats is not None
        n_in = len(feats) if plane else dataset.x.shape[1]
        if n_in != sizes[0]:
            raise err(f"points.x gives {n_in} input(s) per point but session.network.sizes[0] is {sizes[0]}")
    elif spec["data"]["name"] not in datasets.DATASETS:
        raise err(f"session.data.name {spec['data']['name']!r} is not one of {', '.join(datasets.DATASETS)}"
                  " (or give explicit 'points')")

    # --- fixed weights
    weights = None
    if d.get("weights") is not None:
        weights = _weights(d["weights"], name, sizes, net["bias"])

    # --- hidden controls
    hidden = d.get("hidden_controls", [])
    if not isinstance(hidden, list):
        raise err(f"hidden_controls must be a list of control names, not {_tname(hidden)}")
    for i, c in enumerate(hidden):
        if c not in CONTROLS:
            raise err(f"hidden_controls[{i}] {c!r} is not one of {', '.join(CONTROLS)}")

    # --- steps
    steps = _steps(d["steps"], name, spec, dataset is not None)

    # --- expect
    expect = d.get("expect", {})
    if not isinstance(expect, dict):
        raise err(f"expect must be an object, not {_tname(expect)}")
    _checks(expect, name, len(steps))

    lesson = Lesson(id=d["id"], title=title, text=text, session_spec=spec, weights=weights, dataset=dataset,
                    hidden_controls=list(hidden), steps=steps, expect=copy.deepcopy(expect), order=order,
                    targets=targets, version=d["version"])
    # the last word: the engine itself must accept it
    try:
        lesson.build_session()
    except (NNVizError, ValueError, TypeError) as e:
        raise err(f"the session cannot be built: {e}") from None
    return lesson


# ---------------------------------------------------------------- saving

def save_lesson(path, session, title, text, hidden_controls=(), steps=(), *, lesson_id=None, order=None,
                expect=None, lang="en"):
    """Write a lesson that starts from ``session``'s current state: its spec, its current weights
    (exactly: JSON floats round-trip) and, unless a generator reproduces them, its data points.

    ``title``/``text`` are {lang: text} dicts or strings (stored under ``lang``). Written atomically;
    the result is validated first, so what is written always loads. Returns the path."""
    path = Path(path)
    lesson_id = lesson_id or re.sub(r"[^A-Za-z0-9_\-]", "_", path.stem)[:64] or "lesson"
    spec = copy.deepcopy(session.spec)
    spec["network"].pop("weights", None)
    spec["network"].pop("backend", None)  # a lesson opens on any machine
    d = {"format": FORMAT, "version": VERSION, "id": lesson_id,
         "order": DEFAULT_ORDER if order is None else order,
         "title": _as_texts(title, lang), "text": _as_texts(text, lang)}
    ds = session.dataset
    points = None
    if not _generated(spec["data"], ds):
        spec["data"]["name"] = "custom"
        points = {"x": ds.x.tolist(), "y": ds.y.tolist(), "kind": ds.kind,
                  "class_names": list(ds.class_names), "feature_names": list(ds.feature_names)}
        if ds.name:
            points["name"] = ds.name
        if session.targets is not None:
            points["targets"] = np.asarray(session.targets, dtype=np.float64).tolist()
    d["session"] = spec
    d["weights"] = [[W.astype(np.float64).tolist(), None if b is None else b.astype(np.float64).tolist()]
                    for W, b in session.network.get_weights()]
    if points is not None:
        d["points"] = points
    d["hidden_controls"] = list(hidden_controls)
    d["steps"] = [s.to_json() if isinstance(s, Step) else copy.deepcopy(s) for s in steps]
    d["expect"] = copy.deepcopy(expect) if expect is not None else {
        "description": "saved from the app; no expected numbers"}
    try:
        data = dumps(d).encode("utf-8")
    except ValueError as e:  # NaN or inf weights
        raise SpecError(f"lesson {path.name}: cannot be saved: {e} (the weights hold NaN or infinity: "
                        "reset the network first)") from None
    lesson_from_dict(json.loads(data), path.name)  # never write a lesson that would not load
    try:
        atomic_write(path, data)
    except OSError as e:
        raise NNVizError(f"could not save the lesson {path}: {e.strerror or e}. The previous file, if any, "
                         "is unchanged.") from e
    return path


def dumps(d):
    """JSON text of a lesson: indented, but each list of numbers (a weight row) on one line."""
    def enc(o, ind):
        pad, pad1 = " " * ind, " " * (ind + 1)
        if isinstance(o, dict):
            if not o:
                return "{}"
            items = [f"{pad1}{json.dumps(k, ensure_ascii=False)}: {enc(v, ind + 1)}" for k, v in o.items()]
            return "{\n" + ",\n".join(items) + "\n" + pad + "}"
        if isinstance(o, (list, tuple)):
            if not o:
                return "[]"
            if all(not isinstance(v, (dict, list, tuple)) for v in o):
                return "[" + ", ".join(json.dumps(v, ensure_ascii=False, allow_nan=False) for v in o) + "]"
            if all(isinstance(v, (list, tuple)) and all(not isinstance(w, (dict, list, tuple)) for w in v)
                   for v in o) and sum(len(v) for v in o) <= 24:
                return "[" + ", ".join(enc(v, ind + 1) for v in o) + "]"
            return "[\n" + ",\n".join(pad1 + enc(v, ind + 1) for v in o) + "\n" + pad + "]"
        return json.dumps(o, ensure_ascii=False, allow_nan=False)
    return enc(d, 0) + "\n"


# ---------------------------------------------------------------- running a lesson without the app

class LessonRunner:
    """Runs a lesson's steps on a core.Session, headless: what the app does, minus the drawing.

    ``play`` trains its ``epochs`` at once (an open-ended play trains ``open_play_epochs``);
    ``select_node`` and ``pause`` only record. The app has its own worker; this serves the tests,
    scripts and a future "check this lesson" command."""

    def __init__(self, lesson, open_play_epochs=1):
        self.lesson = lesson
        self.open_play_epochs = open_play_epochs
        self.session = lesson.build_session()
        self.events = []          # events of the last step_stage
        self.selected = None      # (layer, node) of the last select_node
        self.index = 0            # the next step
        self._micro = None

    def run_all(self, on_step=None):
        while self.index < len(self.lesson.steps):
            i = self.index
            self.next()
            if on_step is not None:
                on_step(i, self)
        self._finish_micro()
        return self.session

    def next(self):
        step = self.lesson.steps[self.index]
        self.index += 1
        return self.run(step)

    def run(self, step):
        a, args = step.action, step.args
        self.events = []
        if a == "step_stage":
            for _ in range(args.get("count", 1)):
                self.events.append(self._stage())
        elif a == "step_batch":
            self._finish_micro()
            for _ in range(args.get("count", 1)):
                self.session.step()
        elif a == "step_epoch":
            self._finish_micro()
            for _ in range(args.get("count", 1)):
                self.session.step_epoch()
        elif a == "play":
            self._finish_micro()
            for _ in range(args.get("epochs", self.open_play_epochs)):
                self.session.step_epoch()
        elif a == "pause":
            self._finish_micro()
        elif a == "reset":
            self._drop_micro()
            self._rebuild(self.session.spec, self.session.dataset)
        elif a == "select_node":
            self.selected = (args["layer"], args["node"])
        elif a == "set":
            self._set(args)
        else:  # pragma: no cover - validated at load
            raise SpecError(f"unknown lesson action {a!r}")
        return self.events

    # --- stages: one micro_steps() generator at a time, always finished or closed
    def _stage(self):
        if self._micro is None:
            self._micro = self.session.micro_steps()
        try:
            return next(self._micro)
        except StopIteration:
            self._micro = self.session.micro_steps()
            return next(self._micro)

    def _finish_micro(self):
        """Finish the iteration being shown (as the app does before any other action)."""
        if self._micro is not None:
            for _ in self._micro:
                pass
            self._micro = None

    def _drop_micro(self):
        if self._micro is not None:
            self._micro.close()
            self._micro = None

    def _rebuild(self, spec, ds):
        spec = copy.deepcopy(spec)
        spec["network"].pop("weights", None)
        s = Session(spec, dataset=ds)
        self.lesson.apply(s)
        self.session = s

    def _set(self, args):
        s = self.session
        net_patch, data_patch = dict(args.get("network", {})), dict(args.get("data", {}))
        live_reg = {k: net_patch.pop(k) for k in ("regularization", "reg_rate") if k in net_patch}
        if net_patch or data_patch:
            self._drop_micro()
            spec = _merge(s.spec, {"network": dict(net_patch, **live_reg), "data": data_patch,
                                   "train": args.get("train", {})})
            ds = s.dataset
            d_old, d_new = s.spec["data"], spec["data"]
            if (any(d_old.get(k) != d_new.get(k) for k in ("name", "seed", "noise", "classes", "n"))
                    and d_new["name"] not in ("custom", "csv")):
                ds = datasets.make(d_new["name"], n=d_new.get("n"), noise=d_new.get("noise", 0.0),
                                   seed=d_new.get("seed"), classes=d_new.get("classes", 3))
            elif d_new["name"] == "custom" and self.lesson.dataset is not None:
                ds = self.lesson.dataset
            self._rebuild(spec, ds)
            return
        self._finish_micro()
        if args.get("train"):
            s.set_train(**args["train"])
        if live_reg:
            s.set_regularization(live_reg.get("regularization", s.network.reg),
                                 live_reg.get("reg_rate", s.network.reg_rate))

    # --- what expect["checks"] measure
    def measure(self, metric):
        s = self.session
        if metric == "loss":
            return s.evaluate("train")[0]
        if metric == "accuracy":
            return s.evaluate("train")[1]
        if metric == "epoch":
            return s.epoch
        if metric == "iteration":
            return s.iteration
        if metric == "first_loss":
            return s.loss_history[0] if s.loss_history else None
        if metric == "last_loss":
            return s.loss_history[-1] if s.loss_history else None
        if metric == "dead_neurons":
            return dead_neurons(s)
        raise SpecError(f"unknown metric {metric!r}; choose one of {', '.join(METRICS)}")

    def check(self, step_index):
        """[(check, measured value, passed)] for the expect checks after step ``step_index``."""
        out = []
        for c in self.lesson.expect.get("checks", []):
            if c["after_step"] != step_index:
                continue
            v = self.measure(c["metric"])
            ok = v is not None and (math.isfinite(v) if isinstance(v, float) else True)
            if ok and "min" in c:
                ok = v >= c["min"]
            if ok and "max" in c:
                ok = v <= c["max"]
            if ok and "value" in c:
                ok = abs(v - c["value"]) <= c.get("tol", 0.0)
            out.append((c, v, ok))
        return out


def dead_neurons(session):
    """Hidden neurons whose activation is exactly 0 for every training point (dead ReLUs)."""
    net = session.network
    h = session.x_train
    dead = 0
    last = len(net.layers) - 1
    for li, layer in enumerate(net.layers):
        h = layer.forward(h)
        if li != last and li not in {d[0] for d in net.dense}:
            dead += int(np.sum(np.all(to_numpy(h) == 0.0, axis=0)))
    return dead


# ---------------------------------------------------------------- helpers

def _set_targets(session, targets):
    """Use explicit encoded targets (one row per point of session.dataset) instead of encoded labels."""
    session.set_targets(np.asarray(targets, dtype=np.float64))


def _fits(network, weights):
    for (li, _), (W, b) in zip(network.dense, weights):
        layer = network.layers[li]
        if tuple(layer.params[0].shape) != W.shape or (len(layer.params) > 1) != (b is not None):
            return False
    return len(network.dense) == len(weights)


def _merge(spec, patch):
    out = copy.deepcopy(spec)
    for section, values in patch.items():
        out.setdefault(section, {}).update(copy.deepcopy(values))
    out["network"].pop("weights", None)
    return out


def _generated(data_spec, ds):
    """True when the spec's generator makes exactly these points."""
    if data_spec.get("name") not in datasets.DATASETS or ds.name != data_spec["name"]:
        return False
    try:
        g = datasets.make(data_spec["name"], n=data_spec.get("n"), noise=data_spec.get("noise", 0.0),
                          seed=data_spec.get("seed"), classes=data_spec.get("classes", 3))
    except NNVizError:
        return False
    return (g.kind == ds.kind and g.x.shape == ds.x.shape and np.array_equal(g.x, ds.x)
            and np.array_equal(g.y, ds.y) and g.class_names == ds.class_names
            and g.feature_names == ds.feature_names)


def _as_texts(value, lang):
    if isinstance(value, str):
        return {lang: value}
    return dict(value)


def _resolve(path_or_id, directory):
    folder = Path(directory) if directory is not None else LESSON_DIR
    p = Path(path_or_id)
    looks_like_path = isinstance(path_or_id, Path) or p.suffix == SUFFIX or os.sep in str(path_or_id) or (
        os.altsep and os.altsep in str(path_or_id))
    if looks_like_path:
        if not p.is_file():
            raise SpecError(f"lesson {p.name}: the file {p} does not exist")
        return p
    candidate = folder / f"{path_or_id}{SUFFIX}"
    if candidate.is_file():
        return candidate
    infos = list_lessons(folder)
    for info in infos:
        if info.id == path_or_id:
            return info.path
    raise SpecError(f"no lesson {path_or_id!r} in {folder}; available: {', '.join(i.id for i in infos) or 'none'}")


def _reject_constant(c):
    raise ValueError(f"{c} is not a number JSON allows")


def _read_json(path):
    name = Path(path).name
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise SpecError(f"lesson {name}: the file {path} does not exist") from None
    except OSError as e:
        raise SpecError(f"lesson {name}: the file could not be read ({e.strerror or e})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise SpecError(f"lesson {name}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        raise SpecError(f"lesson {name}: not valid JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
    except ValueError as e:
        raise SpecError(f"lesson {name}: not valid JSON ({e})") from None


def _tname(v):
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null",
            int: "a number", float: "a number"}.get(type(v), type(v).__name__)


def _check_header(d, name):
    if not isinstance(d, dict):
        raise SpecError(f"lesson {name}: the file must hold one JSON object, not {_tname(d)}")
    if d.get("format") != FORMAT:
        if "format" not in d:
            raise SpecError(f"lesson {name}: missing key 'format' (expected \"{FORMAT}\")")
        raise SpecError(f"lesson {name}: format {d['format']!r} is not {FORMAT!r}: not an nnviz lesson")
    v = d.get("version")
    if "version" not in d:
        raise SpecError(f"lesson {name}: missing key 'version'")
    if isinstance(v, bool) or not isinstance(v, int) or v < 1:
        raise SpecError(f"lesson {name}: version must be a whole number >= 1, not {v!r}")
    if v > VERSION:
        raise SpecError(f"lesson {name}: version {v} was written by a newer nnviz (this one reads up to "
                        f"{VERSION}): update nnviz")
    if "id" not in d:
        raise SpecError(f"lesson {name}: missing key 'id'")
    if not isinstance(d["id"], str) or not _ID.match(d["id"]):
        raise SpecError(f"lesson {name}: id {d['id']!r} must be 1-64 letters, digits, '_' or '-'")
    if "title" not in d:
        raise SpecError(f"lesson {name}: missing key 'title'")


def _order(d, name):
    o = d.get("order", DEFAULT_ORDER)
    if isinstance(o, bool) or not isinstance(o, int):
        raise SpecError(f"lesson {name}: order must be a whole number, not {o!r}")
    return o


def _texts(value, name, key):
    if not isinstance(value, dict) or not value:
        raise SpecError(f"lesson {name}: {key} must be an object of texts by language, e.g. "
                        f"{{\"en\": \"...\", \"ko\": \"...\"}}; got {_tname(value)}")
    for lang, t in value.items():
        if not _LANG.match(lang):
            raise SpecError(f"lesson {name}: {key}.{lang} is not a language code like 'en' or 'ko'")
        if not isinstance(t, str) or not t.strip():
            raise SpecError(f"lesson {name}: {key}.{lang} must be a non-empty string")
    return dict(value)


def _number_array(value, name, key, ndim):
    """A finite float64 array of ``ndim`` dimensions from nested JSON lists."""
    def bad(why):
        return SpecError(f"lesson {name}: {key} {why}")

    def walk(v, depth, where):
        if depth == ndim:
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise bad(f"holds {_tname(v)} at {where or 'top'}; expected a number")
            if not math.isfinite(v):
                raise bad(f"holds {v!r} at {where}; numbers must be finite")
            return
        if not isinstance(v, list):
            raise bad(f"must be a {ndim}-D list of numbers; found {_tname(v)} at {where or 'top'}")
        for i, w in enumerate(v):
            walk(w, depth + 1, f"{where}[{i}]")
    walk(value, 0, "")
    try:
        a = np.asarray(value, dtype=np.float64)
    except ValueError:
        raise bad("is ragged: its rows have different lengths") from None
    if a.ndim != ndim:
        raise bad(f"is ragged or has the wrong depth: expected a {ndim}-D list")
    return a


def _weights(value, name, sizes, bias):
    n = len(sizes) - 1
    if not isinstance(value, list):
        raise SpecError(f"lesson {name}: weights must be a list of [W, b] pairs, one per layer; got {_tname(value)}")
    if len(value) != n:
        raise SpecError(f"lesson {name}: weights has {len(value)} layer(s) but the network "
                        f"{sizes} has {n}")
    out = []
    for k, pair in enumerate(value):
        if not isinstance(pair, list) or len(pair) != 2:
            raise SpecError(f"lesson {name}: weights[{k}] must be a pair [W, b] (b may be null)")
        W = _number_array(pair[0], name, f"weights[{k}][0] (W of layer {k + 1})", 2)
        want = (sizes[k], sizes[k + 1])
        if W.shape != want:
            raise SpecError(f"lesson {name}: weights[{k}][0] (W of layer {k + 1}) has shape {W.shape}; expected "
                            f"{want} = (inputs, outputs) in the x @ W convention (transpose (out, in) matrices)")
        b = pair[1]
        if bias:
            if b is None:
                raise SpecError(f"lesson {name}: weights[{k}][1] (b of layer {k + 1}) is null but the network has "
                                "biases; give them or set session.network.bias to false")
            b = _number_array(b, name, f"weights[{k}][1] (b of layer {k + 1})", 1)
            if b.shape != (sizes[k + 1],):
                raise SpecError(f"lesson {name}: weights[{k}][1] (b of layer {k + 1}) has shape {b.shape}; "
                                f"expected ({sizes[k + 1]},)")
        elif b is not None:
            raise SpecError(f"lesson {name}: weights[{k}][1] (b of layer {k + 1}) must be null: "
                            "session.network.bias is false")
        out.append((W, b))
    return out


def _points(p, name, sizes):
    def err(msg):
        return SpecError(f"lesson {name}: points.{msg}")
    if not isinstance(p, dict):
        raise SpecError(f"lesson {name}: points must be an object with 'x' and 'y', not {_tname(p)}")
    unknown = [k for k in p if k not in _POINT_KEYS]
    if unknown:
        raise err(f"{unknown[0]} is not a points key; known: {', '.join(_POINT_KEYS)}")
    if "x" not in p:
        raise SpecError(f"lesson {name}: missing key 'points.x'")
    x = _number_array(p["x"], name, "points.x", 2)
    targets = None
    if p.get("targets") is not None:
        targets = _number_array(p["targets"], name, "points.targets", 2)
        if targets.shape != (x.shape[0], sizes[-1]):
            raise err(f"targets has shape {targets.shape}; expected ({x.shape[0]}, {sizes[-1]}): one row per "
                      "point, one column per output neuron")
    kind = p.get("kind", datasets.CLASSIFICATION)
    if kind not in datasets.KINDS:
        raise err(f"kind {kind!r} is not one of {', '.join(datasets.KINDS)}")
    if "y" in p:
        y = _number_array(p["y"], name, "points.y", 1)
    elif targets is not None:
        y = np.argmax(targets, axis=1).astype(np.float64)
    else:
        raise SpecError(f"lesson {name}: missing key 'points.y' (one label per point)")
    if kind == datasets.CLASSIFICATION:
        default_names = [str(i) for i in range(max(int(y.max()) + 1 if y.size else 0,
                                                   sizes[-1] if sizes[-1] > 1 else 2))]
    else:
        default_names = []
    class_names = p.get("class_names", default_names)
    feature_names = p.get("feature_names", [])
    for key, v in (("class_names", class_names), ("feature_names", feature_names)):
        if not isinstance(v, list) or not all(isinstance(s, str) for s in v):
            raise err(f"{key} must be a list of strings")
    dname = p.get("name", "custom")
    if not isinstance(dname, str):
        raise err("name must be a string")
    try:
        ds = datasets.Dataset(x, y, kind, tuple(class_names), tuple(feature_names), dname)
    except datasets.DataError as e:
        raise SpecError(f"lesson {name}: points: {e}") from None
    return ds, targets


def _steps(value, name, spec, has_points):
    if not isinstance(value, list):
        raise SpecError(f"lesson {name}: steps must be a list, not {_tname(value)}")
    running = copy.deepcopy(spec)
    out = []
    for i, s in enumerate(value):
        where = f"steps[{i}]"

        def err(msg, where=where):
            return SpecError(f"lesson {name}: {where}{msg}")
        if not isinstance(s, dict):
            raise err(f" must be an object with 'action' and 'note', not {_tname(s)}")
        unknown = [k for k in s if k not in _STEP_KEYS]
        if unknown:
            raise err(f".{unknown[0]} is not a step key; known: {', '.join(_STEP_KEYS)}")
        if "action" not in s:
            raise err(": missing key 'action'")
        a = s["action"]
        if a not in ACTIONS:
            raise err(f".action {a!r} is not one of {', '.join(ACTIONS)}")
        args = s.get("args", {})
        if args is None:
            args = {}
        if not isinstance(args, dict):
            raise err(f".args must be an object, not {_tname(args)}")
        for k in args:
            if k not in ACTION_ARGS[a]:
                allowed = ", ".join(ACTION_ARGS[a]) or "none"
                raise err(f".args.{k} is not an argument of {a!r} (it takes: {allowed})")
        for k in ("count", "epochs"):
            if k in args and (isinstance(args[k], bool) or not isinstance(args[k], int) or args[k] < 1):
                raise err(f".args.{k} must be a whole number >= 1, not {args[k]!r}")
        if "speed" in args and (isinstance(args["speed"], bool) or not isinstance(args["speed"], (int, float))
                                or not args["speed"] > 0):
            raise err(f".args.speed must be a positive number of steps per second, not {args['speed']!r}")
        if a == "select_node":
            sizes = running["network"]["sizes"]
            for k in ("layer", "node"):
                if k not in args:
                    raise err(f".args: missing key '{k}'")
                v = args[k]
                if isinstance(v, bool) or not isinstance(v, int) or v < 0:
                    raise err(f".args.{k} must be a whole number >= 0, not {v!r}")
            if args["layer"] >= len(sizes):
                raise err(f".args.layer {args['layer']} is outside the network {sizes} "
                          f"(0 = input ... {len(sizes) - 1} = output)")
            if args["node"] >= sizes[args["layer"]]:
                raise err(f".args.node {args['node']} is outside layer {args['layer']}, which has "
                          f"{sizes[args['layer']]} neuron(s)")
        if a == "set":
            if not args:
                raise err(".args: 'set' needs at least one of 'network', 'data', 'train'")
            patch = {}
            for section, norm in (("network", normalize_spec), ("data", normalize_data),
                                  ("train", normalize_train)):
                if section not in args:
                    continue
                v = args[section]
                if not isinstance(v, dict) or not v:
                    raise err(f".args.{section} must be a non-empty object of settings")
                if section == "network" and "weights" in v:
                    raise err(".args.network.weights: a step cannot set weights")
                patch[section] = v
                merged = dict(running[section], **copy.deepcopy(v))
                try:
                    running[section] = norm(merged)
                except (SpecError, datasets.DataError, TypeError, ValueError) as e:
                    raise err(f".args.{section}: {e}") from None
            dn = running["data"]["name"]
            if not (dn in datasets.DATASETS or (dn == "custom" and has_points)):
                raise err(f".args.data.name {dn!r} is not one of {', '.join(datasets.DATASETS)}")
        note = s.get("note")
        if note is None:
            raise err(": missing key 'note'")
        note = _texts(note, name, f"{where}.note")
        predict = s.get("predict")
        if predict is not None:
            if not isinstance(predict, dict) or set(predict) != {"question", "answer"}:
                raise err(".predict must be an object with exactly 'question' and 'answer'")
            predict = {k: _texts(predict[k], name, f"{where}.predict.{k}") for k in ("question", "answer")}
        out.append(Step(a, copy.deepcopy(args), note, predict))
    return out


def _checks(expect, name, n_steps):
    checks = expect.get("checks", [])
    if not isinstance(checks, list):
        raise SpecError(f"lesson {name}: expect.checks must be a list")
    for i, c in enumerate(checks):
        where = f"expect.checks[{i}]"
        if not isinstance(c, dict):
            raise SpecError(f"lesson {name}: {where} must be an object")
        unknown = [k for k in c if k not in _CHECK_KEYS]
        if unknown:
            raise SpecError(f"lesson {name}: {where}.{unknown[0]} is not a check key; known: {', '.join(_CHECK_KEYS)}")
        s = c.get("after_step")
        if isinstance(s, bool) or not isinstance(s, int) or not 0 <= s < n_steps:
            raise SpecError(f"lesson {name}: {where}.after_step must index a step (0..{n_steps - 1}), not {s!r}")
        if c.get("metric") not in METRICS:
            raise SpecError(f"lesson {name}: {where}.metric {c.get('metric')!r} is not one of {', '.join(METRICS)}")
        if not any(k in c for k in ("min", "max", "value")):
            raise SpecError(f"lesson {name}: {where} needs 'min', 'max' or 'value'")
        for k in ("min", "max", "value", "tol"):
            if k in c and (isinstance(c[k], bool) or not isinstance(c[k], (int, float))):
                raise SpecError(f"lesson {name}: {where}.{k} must be a number")


__all__ = ["ACTIONS", "CONTROLS", "FORMAT", "LESSON_DIR", "METRICS", "VERSION", "Lesson", "LessonInfo",
           "LessonRunner", "Step", "dead_neurons", "dumps", "lesson_from_dict", "list_lessons", "load_lesson",
           "localized", "save_lesson", "text_for", "title_for"]
