"""Where lessons live and how they are read and written: the shipped folder, listing, loading by id or
path (every file checked whole by ``nnviz.lessons.validate`` first), and Save as lesson. No Qt."""
from __future__ import annotations

import copy
import importlib.resources
import json
import os
import re
import warnings
from pathlib import Path

import numpy as np

from core import datasets
from core.errors import NNVizError, SpecError
from core.io import atomic_write
from nnviz.lessons.model import DEFAULT_ORDER, FORMAT, SUFFIX, VERSION, LessonInfo, Step
from nnviz.lessons.validate import check_header, lesson_from_dict, read_json, texts_of

# ---------------------------------------------------------------- where the lessons live

def _find_asset_dir(*parts):
    """A shipped asset folder: inside the installed package if it was packaged there
    (``importlib.resources``), else the repository's ``assets/...`` next to the package."""
    candidates = []
    try:
        res = importlib.resources.files("nnviz").joinpath("assets", *parts)
        if isinstance(res, Path):  # a real folder (not inside a zip)
            candidates.append(res)
    except (ModuleNotFoundError, TypeError, AttributeError):  # pragma: no cover
        pass
    candidates.append(Path(__file__).resolve().parents[2] / "assets" / Path(*parts))
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[-1]


try:  # the pack's one way to find shipped files (a wheel, an editable install, a clone)
    from nnviz import resources as _resources
    LESSON_DIR = _resources.lessons_dir()
except ImportError:  # pragma: no cover
    LESSON_DIR = _find_asset_dir("lessons")


# ---------------------------------------------------------------- listing and loading

def list_lessons(directory=None, strict=False):
    """The lessons in ``directory`` (default LESSON_DIR), sorted by order then id.

    A file that cannot be read is skipped with a warning, or raises SpecError when ``strict``."""
    folder = Path(directory) if directory is not None else LESSON_DIR
    out = []
    for p in sorted(folder.glob("*" + SUFFIX)):
        try:
            d = read_json(p)
            name = p.name
            check_header(d, name)
            order = d.get("order", DEFAULT_ORDER)
            if isinstance(order, bool) or not isinstance(order, int):
                raise SpecError(f"lesson {name}: order must be a whole number, not {order!r}")
            out.append(LessonInfo(d["id"], order, texts_of(d["title"], name, "title"), p))
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
    lesson = lesson_from_dict(read_json(path), path.name)
    lesson.path = path
    return lesson


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
