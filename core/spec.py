"""The one definition of a session spec: defaults, value ranges, limits, validation, merging,
fitting a spec to data, and which changes make new data.

A session spec is ``{"network": {...}, "data": {...}, "train": {...}}``. Everything that
builds one (the engine, the window's worker and panels, lessons, demo scripts, the CLI, a
session file being loaded) checks it here, with the same ranges (``RANGES``) and limits.

Limits (issue 9.4), measured on the 2-core development machine (numpy, float64, spiral,
batch 30): a network is at most ``MAX_WIDTH`` = 1024 units
in any layer, ``MAX_PARAMS`` = 2,000,000 weights and biases in all and ``MAX_HIDDEN`` = 16
hidden layers. Step times: default 2-10-3 0.04 ms; 8 hidden layers of 256 (0.46 M
parameters) 2.4 ms; 2-1024-1024-3 (1.06 M) 4.1 ms; 2-1024-1024-512-3 (1.58 M) 6.1 ms; so at
the limit a step takes ~8 ms (over 100 steps/s, and a checkpoint of 16 MB still fits the
256 MB history ring 16 times). The refusal comes before anything is allocated:
``[2, 100000000, 3]`` used to take 12 s and 3.9 GB before a raw MemoryError.

Initial weights (issue 10.6): the book's presets (its spiral, the logic gates, a bare
``Network``) keep the book's 0.01·N(0, 1). TensorFlow Playground's data sets start as
Playground does (shared/reference/playground_datasets.md: U(-0.5, 0.5), biases 0.1) while
the net is Playground-sized (no layer wider than 8), and with Xavier (sigmoid/tanh) or He
(ReLU-like) beyond, where a fixed U(-0.5, 0.5) would saturate. Measured with Playground's
settings (tanh 4-2, lr 0.03, batch 10, 100 epochs, seeds 0-7): U(-0.5, 0.5) learns XOR to
>= 0.98 at every seed, Xavier stalls at 0.76 at seed 0; the book's init stalls at 0.5 on
both. An init the user chose is never replaced: ``merge_spec`` only moves an init that was
the previous default (``default_init``).
"""
from __future__ import annotations

import copy
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import features as feats
from . import init as initialisers
from .backend import DTYPES, TRAIN_DTYPES
from .errors import SpecError
from .layers import HIDDEN_ACTIVATIONS
from .losses import LOSSES

# ---------------------------------------------------------------- limits

MAX_WIDTH = 1024            # units in any one layer (inputs and outputs included)
MAX_PARAMS = 2_000_000      # weights + biases of the whole network
MAX_HIDDEN = 16             # hidden layers
MAX_POINTS = 100_000        # data points (the CSV loader's row limit, the generators' n)
MAX_CLASSES = 64

# ---------------------------------------------------------------- defaults (the only copy)

OUTPUTS = ("softmax", "sigmoid", "identity", "tanh")
REGULARIZATIONS = (None, "l1", "l2")
NETWORK_DEFAULTS: dict[str, Any] = {
    "sizes": [2, 10, 3], "activation": "sigmoid", "output": "softmax", "loss": "cross_entropy",
    "init": "book", "bias": True, "seed": 0, "dtype": "float64", "backend": "numpy",
    "regularization": None, "reg_rate": 0.0}
DATA_DEFAULTS: dict[str, Any] = {
    "name": "spiral", "seed": 1984, "noise": 0.0, "test_ratio": 0.0, "n": None, "classes": 3,
    "features": ["x1", "x2"], "split_seed": 0}
TRAIN_DEFAULTS: dict[str, Any] = {
    "optimizer": "sgd", "lr": 1.0, "batch_size": 30, "seed": 0, "max_grad": None, "momentum": 0.9,
    "beta1": 0.9, "beta2": 0.999, "decay_rate": 0.99, "eval_every": 1}
SECTIONS = {"network": NETWORK_DEFAULTS, "data": DATA_DEFAULTS, "train": TRAIN_DEFAULTS}
# which train settings each optimizer takes
OPT_KEYS = {"sgd": ("lr",), "adagrad": ("lr",), "momentum": ("lr", "momentum"),
            "nesterov": ("lr", "momentum"), "rmsprop": ("lr", "decay_rate"), "adam": ("lr", "beta1", "beta2")}
# keys of the data spec that change the generated points (the others only re-split / re-transform them)
GENERATOR_KEYS = ("name", "seed", "noise", "classes", "n")
NO_GENERATOR = ("csv", "custom")     # data that came from a file or the user's clicks
BOOK_DATA = ("spiral", "gate_and", "gate_or", "gate_nand", "gate_xor")
RELU_LIKE = ("relu", "leaky_relu", "elu")
PLAYGROUND_WIDTH = 8   # Playground's widest layer
LOSS_OF_OUTPUT = {"softmax": "cross_entropy", "sigmoid": "bce"}


def default_spec() -> dict:
    """The window's opening state: the book's spiral, a 2-10-3 sigmoid/softmax network, SGD lr 1.0,
    batch 30 (complete and valid)."""
    return {name: copy.deepcopy(d) for name, d in SECTIONS.items()}


def default_init(data_name: str | None, activation: Any = "sigmoid", sizes=None) -> str:
    """The initialiser a new network gets on this data: the book's for its presets; on Playground's
    data sets Playground's own U(-0.5, 0.5) while no layer is wider than Playground's 8 units
    (fan-in <= PLAYGROUND_WIDTH), else Xavier (sigmoid/tanh) or He (ReLU-like), which scale with it."""
    if data_name is None or data_name in BOOK_DATA or data_name in NO_GENERATOR:
        return "book"
    if sizes is not None and max(sizes[:-1], default=0) <= PLAYGROUND_WIDTH:
        return "uniform"
    first = activation[0] if isinstance(activation, (list, tuple)) and activation else activation
    name = first.get("name") if isinstance(first, dict) else first
    return "he" if name in RELU_LIKE else "xavier"


# ---------------------------------------------------------------- ranges (every range in one table)

@dataclass(frozen=True)
class Range:
    lo: float
    hi: float
    integer: bool = False
    lo_open: bool = False      # lo itself is refused
    hi_open: bool = False
    none: bool = False         # None is accepted (means "not set")

    def contains(self, v: Any) -> bool:
        if v is None:
            return self.none
        if isinstance(v, bool) or not isinstance(v, (int, float, np.integer, np.floating)):
            return False
        if self.integer and not isinstance(v, (int, np.integer)):
            return False
        if not math.isfinite(float(v)):
            return False
        above = v > self.lo if self.lo_open else v >= self.lo
        below = v < self.hi if self.hi_open else v <= self.hi
        return bool(above and below)

    def describe(self):
        kind = "whole number" if self.integer else "number"
        if self.lo_open or self.hi_open:
            left = f"above {self.lo:g}" if self.lo_open else f"at least {self.lo:g}"
            right = f"below {self.hi:g}" if self.hi_open else f"at most {self.hi:g}"
            text = f"a {kind} {left} and {right}"
        else:
            text = f"a {kind} from {self.lo:g} to {self.hi:g}"
        return text + (" (or none)" if self.none else "")


_SEED = Range(0, 2**63 - 1, integer=True)
RANGES: dict[str, Range] = {
    "network.seed": _SEED,
    "network.reg_rate": Range(0, 10),                     # Playground offers 0 to 10
    "network.sizes[]": Range(1, MAX_WIDTH, integer=True),
    "data.seed": Range(0, 2**63 - 1, integer=True, none=True),
    "data.split_seed": _SEED,
    "data.noise": Range(0, 0.5),                          # Playground's slider 0-50 %
    "data.test_ratio": Range(0, 0.9),
    "data.n": Range(2, MAX_POINTS, integer=True, none=True),
    "data.classes": Range(2, 6, integer=True),            # spiral arms
    "train.lr": Range(0, 1e6, lo_open=True),
    "train.batch_size": Range(1, MAX_POINTS, integer=True),
    "train.seed": _SEED,
    "train.max_grad": Range(0, 1e12, lo_open=True, none=True),
    "train.momentum": Range(0, 1, hi_open=True),
    "train.beta1": Range(0, 1, hi_open=True),
    "train.beta2": Range(0, 1, hi_open=True),
    "train.decay_rate": Range(0, 1, hi_open=True),
    "train.eval_every": Range(0, 10**9, integer=True),
}


# what a person calls a setting, for messages ("the learning rate (train.lr) must be ...")
LABELS = {"network.reg_rate": "the regularisation rate", "train.lr": "the learning rate",
          "train.batch_size": "the batch size", "train.max_grad": "the gradient clipping norm",
          "data.noise": "the noise", "data.test_ratio": "the test share", "data.n": "the number of points",
          "data.classes": "the number of classes", "train.eval_every": "the test evaluation interval"}


def field_name(key: str) -> str:
    label = LABELS.get(key)
    return f"{label} ({key})" if label else key


def check_range(key: str, value: Any, where: str | None = None) -> Any:
    """``value`` if it lies in ``RANGES[key]`` (ints as int), else SpecError naming the setting."""
    r = RANGES[key]
    if not r.contains(value):
        raise SpecError("spec.range", field=where or field_name(key), range=r.describe(), value=_short(value))
    if value is None:
        return None
    return int(value) if r.integer else float(value) if isinstance(value, (np.floating, np.integer)) else value


# ---------------------------------------------------------------- sizes

def param_count(sizes, bias: bool = True) -> int:
    return sum(int(a) * int(b) + (int(b) if bias else 0) for a, b in zip(sizes[:-1], sizes[1:]))


def check_sizes(sizes, bias: bool = True, where: str = "network.sizes") -> list[int]:
    """Layer sizes as ints, within MAX_WIDTH, MAX_HIDDEN and MAX_PARAMS (checked before anything is built)."""
    if (not isinstance(sizes, (list, tuple)) or len(sizes) < 2
            or not all(isinstance(n, (int, np.integer)) and not isinstance(n, bool) and n >= 1 for n in sizes)):
        raise SpecError("spec.sizes", field=where, sizes=_short(sizes))
    if len(sizes) - 2 > MAX_HIDDEN:
        raise SpecError("spec.too_deep", field=where, n=len(sizes) - 2, limit=MAX_HIDDEN)
    for i, n in enumerate(sizes):
        if n > MAX_WIDTH:
            raise SpecError("spec.too_wide", field=f"{where}[{i}]", n=int(n), limit=MAX_WIDTH)
    total = param_count(sizes, bias)
    if total > MAX_PARAMS:
        raise SpecError("spec.too_many_params", field=where, n=f"{total:,}", limit=f"{MAX_PARAMS:,}")
    return [int(n) for n in sizes]


def _short(v, limit=80):
    t = repr(v)
    return t if len(t) <= limit else t[:limit] + "…"


# ---------------------------------------------------------------- normalise / validate

def _section(spec, name, known, extra=()):
    if not isinstance(spec, dict):
        raise SpecError("spec.not_dict", field=name, type=type(spec).__name__)
    unknown = set(spec) - set(known) - set(extra)
    if unknown:
        raise SpecError("spec.unknown_keys", field=name, keys=str(sorted(map(str, unknown))),
                        known=", ".join(sorted(known)))
    out = copy.deepcopy(known)
    out.update(copy.deepcopy(spec))
    return out


def _choice(value, choices, field):
    if value not in choices:
        raise SpecError("spec.choice", field=field, what=field.split(".")[-1], value=_short(value),
                        choices=", ".join("none" if c is None else str(c) for c in choices))
    return value


def normalize_network(spec, inference: bool = False) -> dict:
    """Fill defaults and validate a network spec; returns a new dict (what a saved file stores).

    ``inference`` admits float16, which stores and predicts well but cannot train (seed 001)."""
    s = _section(spec, "network", NETWORK_DEFAULTS, extra=("weights",))
    if not isinstance(s["bias"], bool):
        raise SpecError("spec.bool", field="network.bias", value=_short(s["bias"]))
    s["sizes"] = check_sizes(s["sizes"], s["bias"])
    n_hidden = len(s["sizes"]) - 2
    act = s["activation"]
    acts = list(act) if isinstance(act, (list, tuple)) else [act] * n_hidden
    if len(acts) != n_hidden:
        raise SpecError("spec.activation_count", field="network.activation", n=len(acts), hidden=n_hidden)
    for i, a in enumerate(acts):
        name = a.get("name") if isinstance(a, dict) else a
        if name not in HIDDEN_ACTIVATIONS:
            raise SpecError("spec.activation", field="network.activation", i=i + 1, value=_short(name),
                            choices=", ".join(HIDDEN_ACTIVATIONS))
    s["activation"] = act if isinstance(act, str) else acts
    _choice(s["output"], OUTPUTS, "network.output")
    _choice(s["loss"], tuple(LOSSES), "network.loss")
    if s["loss"] == "cross_entropy" and s["output"] != "softmax":
        raise SpecError("spec.ce_needs_softmax", field="network.loss", output=repr(s["output"]))
    if s["loss"] == "bce" and s["output"] != "sigmoid":
        raise SpecError("spec.bce_needs_sigmoid", field="network.loss", output=repr(s["output"]))
    if s["dtype"] not in (DTYPES if inference else TRAIN_DTYPES):
        raise SpecError("spec.dtype", field="network.dtype", dtype=_short(s["dtype"]))
    if not isinstance(s["backend"], str):   # which names exist is core.backend's to say
        raise SpecError("spec.not_name", field="network.backend", value=_short(s["backend"]))
    _choice(s["regularization"], REGULARIZATIONS, "network.regularization")
    s["reg_rate"] = check_range("network.reg_rate", s["reg_rate"])
    s["seed"] = check_range("network.seed", s["seed"])
    if not isinstance(s["init"], str):
        raise SpecError("spec.init_name", field="network.init")
    initialisers.get(s["init"])
    return s


def normalize_data(spec) -> dict:
    s = _section(spec, "data", DATA_DEFAULTS)
    if not isinstance(s["name"], str):
        raise SpecError("spec.not_name", field="data.name", value=_short(s["name"]))
    for key in ("seed", "split_seed", "noise", "test_ratio", "n", "classes"):
        s[key] = check_range(f"data.{key}", s[key])
    if s["features"] is not None:
        if not isinstance(s["features"], (list, tuple)):
            raise SpecError("spec.features", field="data.features", value=_short(s["features"]))
        s["features"] = list(feats.check_features(s["features"]))
    return s


def normalize_train(spec) -> dict:
    s = _section(spec, "train", TRAIN_DEFAULTS)
    _choice(s["optimizer"], tuple(OPT_KEYS), "train.optimizer")
    for key in ("lr", "batch_size", "seed", "max_grad", "momentum", "beta1", "beta2", "decay_rate", "eval_every"):
        s[key] = check_range(f"train.{key}", s[key])
    return s


def normalize_session(spec) -> dict:
    """A complete, valid session spec from a partial one. A network without an explicit init
    gets the data's default (see ``default_init``)."""
    if not isinstance(spec, dict):
        raise SpecError("spec.not_dict", field="session", type=type(spec).__name__)
    unknown = set(spec) - set(SECTIONS)
    if unknown:
        raise SpecError("spec.unknown_sections", keys=str(sorted(map(str, unknown))))
    data = normalize_data(spec.get("data", {}))
    net_in = spec.get("network", {})
    if isinstance(net_in, dict) and "init" not in net_in:
        net_in = dict(net_in, init=_init_for(data, net_in))
    return {"network": normalize_network(net_in), "data": data, "train": normalize_train(spec.get("train", {}))}


validate_spec = normalize_session


# ---------------------------------------------------------------- changing a spec

def merge_spec(spec: dict, patch: dict | None) -> dict:
    """A new spec: ``spec`` with each section of ``patch`` updated key by key.

    Explicit weights are dropped (they belong to the old shape). When the data set or the
    activation changes and the patch names no init, an init that was the old default
    follows to the new default (book's data: book; Playground's: Xavier/He)."""
    out = copy.deepcopy(spec)
    for section, values in (patch or {}).items():
        if not isinstance(values, dict):
            raise SpecError("spec.not_dict", field=str(section), type=type(values).__name__)
        out.setdefault(section, {}).update(copy.deepcopy(values))
    net = out.get("network", {})
    net.pop("weights", None)
    pnet = (patch or {}).get("network", {})
    if "init" not in pnet and _INIT_INPUTS & (set(pnet) | {"data." + k for k in (patch or {}).get("data", {})}):
        old_net = spec.get("network", {})
        if old_net.get("init", "book") == _init_for(spec.get("data", {}), old_net):
            net["init"] = _init_for(out.get("data", {}), net)
            out["network"] = net
    return out


_INIT_INPUTS = {"activation", "sizes", "data.name"}   # what default_init depends on


def _init_for(data, net):
    return default_init(data.get("name", DATA_DEFAULTS["name"]), net.get("activation", NETWORK_DEFAULTS["activation"]),
                        net.get("sizes", NETWORK_DEFAULTS["sizes"]))


def regenerates_data(patch: dict | None, spec: dict | None = None) -> bool:
    """Whether applying ``patch`` to ``spec`` needs new data points (a generator setting changed).

    Without ``spec``, whether the patch touches a generator setting at all. Data from a file
    or the user's clicks ("csv", "custom") is never regenerated."""
    new = (patch or {}).get("data", {})
    old = (spec or {}).get("data", {})
    name = new.get("name", old.get("name", DATA_DEFAULTS["name"]))
    if name in NO_GENERATOR:
        return False
    if spec is None:
        return any(k in new for k in GENERATOR_KEYS)
    return any(k in new and new[k] != old.get(k, DATA_DEFAULTS[k]) for k in GENERATOR_KEYS)


def make_dataset(data: dict):
    """The data points a data spec generates (``core.datasets.make``)."""
    from . import datasets
    d = dict(DATA_DEFAULTS, **data)
    if d["name"] in NO_GENERATOR:
        raise SpecError("spec.no_generator", name=repr(d["name"]))
    return datasets.make(d["name"], n=d["n"], noise=d["noise"], seed=d["seed"], classes=d["classes"])


def plane_data(ds) -> bool:
    """True when the data are 2-D points in (x1, x2), so the feature transforms and the boundary apply."""
    return ds.x.shape[1] == 2 and tuple(ds.feature_names[:2]) == ("x1", "x2")


def fit_spec_to_data(spec: dict, ds) -> dict:
    """Adjust a spec so its network fits the data: input size = features, output size and loss = the
    problem (softmax: one output per class; one output for regression or two classes otherwise).
    Returns a new spec; what the user chose for the hidden layers is kept."""
    from .datasets import REGRESSION
    spec = copy.deepcopy(spec)
    d, n = spec.setdefault("data", {}), spec.setdefault("network", {})
    if plane_data(ds):
        if not d.get("features"):
            d["features"] = ["x1", "x2"]
        n_in = len(d["features"])
    else:
        d["features"] = None
        n_in = ds.x.shape[1]
    sizes = list(n.get("sizes", NETWORK_DEFAULTS["sizes"]))
    out = n.get("output", "softmax")
    if ds.kind == REGRESSION:
        if out in ("softmax", "sigmoid"):
            out = "identity"
        n_out = 1
    elif out == "softmax" or ds.num_classes != 2:
        n_out = ds.num_classes
    else:
        n_out = 1
    loss = n.get("loss", "cross_entropy")
    if out in LOSS_OF_OUTPUT and loss != "mse":
        loss = LOSS_OF_OUTPUT[out]
    elif out not in LOSS_OF_OUTPUT:
        loss = "mse"
    sizes[0], sizes[-1] = n_in, max(1, n_out)
    n.update(sizes=sizes, output=out, loss=loss)
    return spec
