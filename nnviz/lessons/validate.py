"""Checking a lesson file whole before anything uses it (no Qt).

Three layers, each refusing with one message that names the file and the field (``steps[3].args.node``):

1. the bytes: size bound, UTF-8, nesting depth bounded (so a file nested 100 000 levels deep is a clear
   refusal, not a RecursionError), JSON without NaN/Infinity;
2. the published JSON Schema ``assets/schema/lesson.schema.json`` (types, keys, enums, ranges), the same
   file a teacher's editor can use;
3. what a schema cannot say: the session spec by the engine's own rules (core.spec normalisers and its
   size limits, checked before anything is allocated),
   weight shapes against the layer sizes, ``select_node`` inside the network as it is at that step,
   ``set`` patches, check indices; finally the engine must build the session.
"""
from __future__ import annotations

import copy
import json
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from core import datasets
from core.errors import NNVizError, SpecError
from core.network import normalize_spec
from core.session import normalize_data, normalize_train
from nnviz.lessons.model import DEFAULT_ORDER, FORMAT, VERSION, Lesson, Step

MAX_BYTES = 32 * 1024 * 1024   # far above any lesson (the largest shipped one is ~20 KB)
MAX_DEPTH = 32                 # the format needs 6 levels (weights: [[W, b]] with W rows)
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "assets" / "schema" / "lesson.schema.json"
_TOP_KEYS = ("format", "version", "id", "order", "title", "text", "session", "weights", "points",
             "hidden_controls", "steps", "expect")


def _find_schema():
    try:  # the pack helper's one way to find shipped files (works from a wheel too)
        from nnviz import resources
        p = resources.schema_path("lesson")
    except ImportError:  # pragma: no cover
        p = SCHEMA_PATH
    return p if p.is_file() else SCHEMA_PATH


@lru_cache(maxsize=1)
def _validator():
    import jsonschema
    schema = json.loads(_find_schema().read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def schema():
    """The lesson JSON Schema as a dict (what assets/schema/lesson.schema.json holds)."""
    return copy.deepcopy(_validator().schema)


# ---------------------------------------------------------------- 1. the bytes

def _reject_constant(c):
    raise ValueError(f"{c} is not a number JSON allows")


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)


def json_depth(text):
    """The deepest nesting of [ and { in JSON ``text``, outside strings (no recursion, numpy-fast)."""
    b = np.frombuffer(_STRING.sub('""', text).encode("utf-8"), dtype=np.uint8)
    if b.size == 0:
        return 0
    step = ((b == 0x5B) | (b == 0x7B)).astype(np.int32) - ((b == 0x5D) | (b == 0x7D)).astype(np.int32)
    return int(np.cumsum(step).max(initial=0))


def read_json(path):
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            raise SpecError(f"lesson {name}: the file is {size / 2**20:.0f} MB; a lesson file may be at most "
                            f"{MAX_BYTES // 2**20} MB")
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise SpecError(f"lesson {name}: the file {path} does not exist") from None
    except OSError as e:
        raise SpecError(f"lesson {name}: the file could not be read ({e.strerror or e})") from None
    return parse_json(raw, name)


def parse_json(raw, name="<lesson>"):
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise SpecError(f"lesson {name}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    # json.loads recurses once per level: bound the depth first
    if json_depth(text) > MAX_DEPTH:
        raise SpecError(f"lesson {name}: nested more than {MAX_DEPTH} levels deep; a lesson needs at most 6. "
                        "The file is not a lesson (or is damaged)")
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        raise SpecError(f"lesson {name}: not valid JSON ({e.msg} at line {e.lineno} column {e.colno})") from None
    except (ValueError, RecursionError) as e:
        raise SpecError(f"lesson {name}: not valid JSON ({e})") from None


def _tname(v):
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false", type(None): "null",
            int: "a number", float: "a number"}.get(type(v), type(v).__name__)


# ---------------------------------------------------------------- 2. the schema

def check_header(d, name):
    """format, version and id first: a file that is not a lesson (or a newer one) gets one plain message,
    not the dozen schema errors another format would raise."""
    if not isinstance(d, dict):
        raise SpecError(f"lesson {name}: the file must hold one JSON object, not {_tname(d)}")
    if d.get("format") != FORMAT:
        if "format" not in d:
            raise SpecError(f"lesson {name}: missing key 'format' (expected \"{FORMAT}\")")
        raise SpecError(f"lesson {name}: format {d['format']!r} is not {FORMAT!r}: not an nnviz lesson")
    if "version" not in d:
        raise SpecError(f"lesson {name}: missing key 'version'")
    v = d["version"]
    if isinstance(v, bool) or not isinstance(v, int) or v < 1:
        raise SpecError(f"lesson {name}: version must be a whole number >= 1, not {v!r}")
    if v > VERSION:
        raise SpecError(f"lesson {name}: version {v} was written by a newer nnviz (this one reads up to "
                        f"{VERSION}): update nnviz")
    for key in ("id", "title"):
        if key not in d:
            raise SpecError(f"lesson {name}: missing key '{key}'")
    _check_schema(d, name, only=("id", "title"))


def texts_of(value, name, key):
    return dict(value)


def _where(path):
    out = ""
    for p in path:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out


def _layer_label(path):
    """weights[k][0] (W of layer k+1): the name the loader has always used for a weight matrix."""
    if len(path) >= 2 and path[0] == "weights" and isinstance(path[1], int):
        if len(path) >= 3 and path[2] in (0, 1):
            return (f"weights[{path[1]}][{path[2]}] ({'W' if path[2] == 0 else 'b'} of layer {path[1] + 1})",
                    path[3:])
    return None


def _message(e, doc):
    """A person's sentence for one jsonschema error, naming the field."""
    path = list(e.absolute_path)
    where = _where(path)
    v, val = e.validator, e.instance
    lab = _layer_label(path)
    if lab is not None and v == "type":
        head, rest = lab
        return f"{head} holds {_tname(val)} at {''.join(f'[{i}]' for i in rest) or 'top'}; expected a number"
    if lab is not None and v in ("maxItems", "minItems") and len(path) >= 3:
        return f"{lab[0]} has too many or too few entries"
    if v == "required":
        missing = [k for k in e.validator_value if isinstance(val, dict) and k not in val]
        key = missing[0] if missing else e.validator_value[0]
        if where == "":
            return f"missing key {key!r}"
        if where == "points":
            return f"missing key 'points.{key}'"
        if len(path) == 3 and path[0] == "steps" and path[2] == "args":
            return f"{where}: missing key '{key}'"
        return f"{where}: missing key {key!r}"
    if v == "additionalProperties":
        extra = [k for k in val if k not in (e.schema.get("properties") or {})]
        k = extra[0] if extra else "?"
        if where == "":
            return f"unknown key {k!r}; a lesson has {', '.join(_TOP_KEYS)}"
        if len(path) == 3 and path[0] == "steps" and path[2] == "args":
            action = doc["steps"][path[1]].get("action")
            allowed = ", ".join(e.schema.get("properties") or {}) or "none"
            return f"{where}.{k} is not an argument of {action!r} (it takes: {allowed})"
        if len(path) == 2 and path[0] == "steps":
            return f"{where}.{k} is not a step key; known: action, args, note, predict"
        if where == "session":
            return f"session.{k} is not a session section; use 'network', 'data' and 'train'"
        if where == "points":
            return f"points.{k} is not a points key; known: {', '.join(e.schema.get('properties'))}"
        if where.startswith("expect.checks"):
            return f"{where}.{k} is not a check key; known: {', '.join(e.schema.get('properties'))}"
        if where.endswith("predict"):
            return f"{where} must be an object with exactly 'question' and 'answer'"
        return f"{where}.{k} is not allowed here"
    if v in ("enum", "const"):
        options = e.validator_value if v == "enum" else [e.validator_value]
        return f"{where} {val!r} is not one of {', '.join(map(str, options))}"
    if v == "pattern" and "propertyNames" in e.schema_path:
        return f"{where}.{val} is not a language code like 'en' or 'ko'"
    if v == "pattern":
        if where == "id":
            return f"id {val!r} must be 1-64 letters, digits, '_' or '-'"
        if isinstance(val, str) and not val.strip():
            return f"{where} must be a non-empty string"
        return f"{where} {val!r} does not have the expected form"
    if v == "propertyNames":
        bad = next((k for k in val if not isinstance(k, str) or len(k) > 16 or not k[:1].isalpha()), None)
        return f"{where}.{bad if bad is not None else '?'} is not a language code like 'en' or 'ko'"
    if v == "type":
        want = e.validator_value
        want = want if isinstance(want, list) else [want]
        names = {"object": "an object", "array": "a list", "string": "a string", "integer": "a whole number",
                 "number": "a number", "null": "null", "boolean": "true/false"}
        wanted = " or ".join(names.get(w, w) for w in want)
        if path and path[-1] in ("count", "epochs") or (where.endswith(("layer", "node"))):
            return f"{where} must be a whole number >= {0 if where.endswith(('layer', 'node')) else 1}, not {val!r}"
        if where in ("title", "text") or where.endswith(("note", "question", "answer")):
            return (f"{where} must be an object of texts by language, e.g. {{\"en\": \"...\", \"ko\": \"...\"}}; "
                    f"got {_tname(val)}")
        return f"{where} must be {wanted}, not {_tname(val)}"
    if v in ("minimum", "exclusiveMinimum"):
        if path and path[-1] in ("count", "epochs"):
            return f"{where} must be a whole number >= 1, not {val!r}"
        if path and path[-1] == "speed":
            return f"{where} must be a positive number of steps per second, not {val!r}"
        return f"{where} must be at least {e.validator_value}, not {val!r}"
    if v in ("maximum", "exclusiveMaximum") and len(path) == 4 and path[:3] == ["session", "network", "sizes"]:
        return f"{where} is {val}: a layer may have at most {e.validator_value} neurons"
    if v in ("maximum", "exclusiveMaximum"):
        return f"{where} is {val!r}; at most {e.validator_value} is allowed"
    if v == "minProperties":
        if where.endswith("args"):
            return f"{where}: 'set' needs at least one of 'network', 'data', 'train'"
        if isinstance(val, dict) and where.split(".")[-1] in ("network", "data", "train"):
            return f"{where} must be a non-empty object of settings"
        return (f"{where} must be an object of texts by language, e.g. {{\"en\": \"...\", \"ko\": \"...\"}}; "
                "got an empty object")
    if v == "maxItems" and where == "session.network.sizes":
        return f"session.network.sizes has {len(val)} layers; at most {e.validator_value} are allowed"
    if v in ("maxItems", "maxProperties", "maxLength"):
        return f"{where} is too large (at most {e.validator_value} {'characters' if v == 'maxLength' else 'entries'})"
    if v == "minItems":
        return f"{where} must have at least {e.validator_value} entries"
    if v == "anyOf" and where.startswith("expect.checks"):
        return f"{where} needs 'min', 'max' or 'value'"
    if v == "anyOf" and lab is not None:
        return f"{lab[0]} must be a list of numbers or null"
    return f"{where or 'the file'}: {e.message}"


def _depth_key(e):
    # the deepest, then the first in document order: the error nearest to what the author typed
    return (-len(e.absolute_path), [str(p) for p in e.absolute_path])


def _check_schema(d, name, only=None):
    v = _validator()
    doc = {k: d[k] for k in only if k in d} if only else d
    errors = list(v.iter_errors(doc))
    if only:
        errors = [e for e in errors if e.validator != "required"]
    if not errors:
        return
    # a oneOf/anyOf/allOf error wraps the real ones: unwrap to the most specific
    flat = []
    for e in errors:
        stack = [e]
        while stack:
            x = stack.pop()
            if x.context and x.validator in ("allOf", "if", "then"):
                stack.extend(x.context)
            else:
                flat.append(x)
    top = sorted(flat, key=lambda e: (len(e.absolute_path) > 0, [str(p) for p in e.absolute_path]))
    first = top[0]
    # among errors at the same first path, the deepest explains best
    same = [e for e in flat if list(e.absolute_path)[:len(first.absolute_path)] == list(first.absolute_path)]
    best = sorted(same, key=_depth_key)[0] if first.absolute_path else first
    raise SpecError(f"lesson {name}: {_message(best, d)}")


# ---------------------------------------------------------------- 3. what the schema cannot say

def lesson_from_dict(d, name="<lesson>"):
    """Validate a lesson dict (as read from JSON) and build the Lesson; ``name`` is used in messages."""
    def err(msg):
        return SpecError(f"lesson {name}: {msg}")

    check_header(d, name)
    _check_schema(d, name)
    order = d.get("order", DEFAULT_ORDER)

    # --- the session spec, by the engine's own rules
    sess = d["session"]
    spec = {}
    for section, norm in (("network", normalize_spec), ("data", normalize_data), ("train", normalize_train)):
        value = sess.get(section, {})
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

    weights = None
    if d.get("weights") is not None:
        weights = _weights(d["weights"], name, sizes, net["bias"])

    steps = _steps(d["steps"], name, spec, dataset is not None)
    expect = d.get("expect", {})
    for i, c in enumerate(expect.get("checks", [])):
        if c["after_step"] >= len(steps):
            raise err(f"expect.checks[{i}].after_step must index a step (0..{len(steps) - 1}), not {c['after_step']!r}")

    lesson = Lesson(id=d["id"], title=dict(d["title"]), text=dict(d["text"]), session_spec=spec, weights=weights,
                    dataset=dataset, hidden_controls=list(d.get("hidden_controls", [])), steps=steps,
                    expect=copy.deepcopy(expect), order=order, targets=targets, version=d["version"])
    # the last word: the engine itself must accept it
    try:
        lesson.build_session()
    except (NNVizError, ValueError, TypeError, MemoryError) as e:
        raise err(f"the session cannot be built: {e}") from None
    return lesson


def _number_array(value, name, key, ndim):
    """A finite float64 array from nested JSON lists (the schema checked types; this checks the shape)."""
    try:
        a = np.asarray(value, dtype=np.float64)
    except (ValueError, TypeError):
        raise SpecError(f"lesson {name}: {key} is ragged: its rows have different lengths") from None
    if a.ndim != ndim:
        raise SpecError(f"lesson {name}: {key} is ragged or has the wrong depth: expected a {ndim}-D list")
    if not np.all(np.isfinite(a)):
        raise SpecError(f"lesson {name}: {key} holds a number too large for a float; numbers must be finite")
    return a


def _weights(value, name, sizes, bias):
    n = len(sizes) - 1
    if len(value) != n:
        raise SpecError(f"lesson {name}: weights has {len(value)} layer(s) but the network "
                        f"{sizes} has {n}")
    out = []
    for k, pair in enumerate(value):
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
    x = _number_array(p["x"], name, "points.x", 2)
    targets = None
    if p.get("targets") is not None:
        targets = _number_array(p["targets"], name, "points.targets", 2)
        if targets.shape != (x.shape[0], sizes[-1]):
            raise err(f"targets has shape {targets.shape}; expected ({x.shape[0]}, {sizes[-1]}): one row per "
                      "point, one column per output neuron")
    kind = p.get("kind", datasets.CLASSIFICATION)
    if "y" in p:
        y = _number_array(p["y"], name, "points.y", 1)
    elif targets is not None:
        y = np.argmax(targets, axis=1).astype(np.float64)
    else:
        raise SpecError(f"lesson {name}: missing key 'points.y' (one label per point)")
    if kind == datasets.CLASSIFICATION:
        default_names = [str(i) for i in range(max(int(y.max()) + 1 if y.size and y.max() < 1e6 else 0,
                                                   sizes[-1] if sizes[-1] > 1 else 2))]
    else:
        default_names = []
    class_names = p.get("class_names", default_names)
    feature_names = p.get("feature_names", [])
    try:
        ds = datasets.Dataset(x, y, kind, tuple(class_names), tuple(feature_names), p.get("name", "custom"))
    except datasets.DataError as e:
        raise SpecError(f"lesson {name}: points: {e}") from None
    return ds, targets


def _steps(value, name, spec, has_points):
    running = copy.deepcopy(spec)
    out = []
    for i, s in enumerate(value):
        where = f"steps[{i}]"

        def err(msg, where=where):
            return SpecError(f"lesson {name}: {where}{msg}")
        a = s["action"]
        args = dict(s.get("args") or {})
        for k in ("count", "epochs", "layer", "node"):
            if k in args:
                args[k] = int(args[k])  # the schema admits 2.0 as an integer; the runner counts with ints
        if a == "select_node":
            sizes = running["network"]["sizes"]
            if args["layer"] >= len(sizes):
                raise err(f".args.layer {args['layer']} is outside the network {sizes} "
                          f"(0 = input ... {len(sizes) - 1} = output)")
            if args["node"] >= sizes[args["layer"]]:
                raise err(f".args.node {args['node']} is outside layer {args['layer']}, which has "
                          f"{sizes[args['layer']]} neuron(s)")
        if a == "set":
            for section, norm in (("network", normalize_spec), ("data", normalize_data),
                                  ("train", normalize_train)):
                if section not in args:
                    continue
                v = args[section]
                if section == "network" and "weights" in v:
                    raise err(".args.network.weights: a step cannot set weights")
                merged = dict(running[section], **copy.deepcopy(v))
                try:
                    running[section] = norm(merged)
                except (SpecError, datasets.DataError, TypeError, ValueError) as e:
                    raise err(f".args.{section}: {e}") from None
            dn = running["data"]["name"]
            if not (dn in datasets.DATASETS or (dn == "custom" and has_points)):
                raise err(f".args.data.name {dn!r} is not one of {', '.join(datasets.DATASETS)}")
        note = dict(s["note"])
        predict = s.get("predict")
        if predict is not None:
            predict = {k: dict(predict[k]) for k in ("question", "answer")}
        out.append(Step(a, copy.deepcopy(args), note, predict))
    return out


__all__ = ["MAX_DEPTH", "check_header", "json_depth", "lesson_from_dict", "parse_json", "read_json", "schema"]
