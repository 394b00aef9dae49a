"""Checks a session file's contents whole before anything is built from them (issue 9.3).

The same rules as when a session is built in the app (``core.spec`` for the spec and its
ranges and limits), plus what only a file can get wrong: types of every state field, the
shapes every array must have for the declared network and data, finiteness, and byte
budgets computed from the declared shapes (so a padded or bomb member is refused before it
is read). Every failure raises ``Refusal(field, message)``; core.io turns it into one
FileFormatError naming the file and the field.
"""
from __future__ import annotations

import math
from typing import Any

import numpy as np

from . import spec as S
from .messages import Message, msg
from .series import LossSeries

MAX_META = 32 * 2**20      # session.json: the spec, counters and at most EpochRecords.CAP records
NPY_OVERHEAD = 4096        # per stored array: .npy header and zip entry
_SLOTS = {"sgd": (), "momentum": ("v",), "nesterov": ("v",), "adagrad": ("h",), "rmsprop": ("h",),
          "adam": ("m", "v")}
_BIT_GENERATORS = ("PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64")
EPOCH_FIELDS = ("epoch", "iteration", "train_loss", "train_acc", "test_loss", "test_acc")


class Refusal(Exception):
    """What is wrong with one field of a session file (a Message) — never shown without the file name."""

    def __init__(self, field: str, message: Message) -> None:
        super().__init__(str(message))
        self.field, self.message = field, message


def refuse(field: str, msg_id: str, **args: Any) -> None:
    raise Refusal(field, msg(msg_id, field=field, **args))


def _kind(v: Any) -> str:
    return "null" if v is None else type(v).__name__


# ---------------------------------------------------------------- plain JSON values

def want_dict(v: Any, field: str) -> dict:
    if not isinstance(v, dict):
        refuse(field, "file.want_type", kind="an object ({...})", got=_kind(v))
    return v


def want_int(v: Any, field: str, lo: int = 0, hi: int = 2**62) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        refuse(field, "file.want_type", kind="a whole number", got=_kind(v))
    if not lo <= v <= hi:
        refuse(field, "file.want_range", range=f"from {lo} to {hi}", value=str(v))
    return v


def want_float(v: Any, field: str, none: bool = False) -> float | None:
    if v is None and none:
        return None
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        refuse(field, "file.want_type", kind="a number", got=_kind(v))
    if not math.isfinite(v):
        refuse(field, "file.want_finite", value=str(v))
    return float(v)


def want_str(v: Any, field: str, choices: tuple | None = None) -> str:
    if not isinstance(v, str):
        refuse(field, "file.want_type", kind="a text", got=_kind(v))
    if choices is not None and v not in choices:
        refuse(field, "file.want_choice", value=repr(v)[:60], choices=", ".join(choices))
    return v


def want_list(v: Any, field: str, max_len: int) -> list:
    if not isinstance(v, list):
        refuse(field, "file.want_type", kind="a list ([...])", got=_kind(v))
    if len(v) > max_len:
        refuse(field, "file.want_range", range=f"at most {max_len} entries", value=f"{len(v)} entries")
    return v


# ---------------------------------------------------------------- the metadata

def check_meta(meta: dict) -> dict:
    """The validated spec (normalised) of a parsed session.json; refuses any field that is off."""
    for key in ("spec", "state", "optimizer", "dataset", "epoch_history"):
        if key not in meta:
            refuse(key, "file.missing")
    try:
        spec = S.normalize_session(want_dict(meta["spec"], "spec"))
    except Refusal:
        raise
    except Exception as e:   # a SpecError (with its own message) or anything a strange value raised
        raise Refusal("spec", msg("file.bad_spec", field="spec", error=getattr(e, "message", None) or str(e))) from None
    st = want_dict(meta["state"], "state")
    for key in ("iteration", "epoch", "batch", "epoch_count", "epoch_correct", "n_params"):
        if key not in st:
            refuse(f"state.{key}", "file.missing")
        want_int(st[key], f"state.{key}")
    want_float(st.get("epoch_loss"), "state.epoch_loss")
    if "epochs_total" in st:
        want_int(st["epochs_total"], "state.epochs_total")
    if st.get("pending_batch") is not None:
        S.check_range("train.batch_size", st["pending_batch"], "state.pending_batch")
    want_str(st.get("weights_dtype") or "float64", "state.weights_dtype", ("float16", "float32", "float64"))
    try:
        S.normalize_train(want_dict(st.get("train"), "state.train"))
    except Refusal:
        raise
    except Exception as e:
        raise Refusal("state.train", msg("file.bad_spec", field="state.train",
                                         error=getattr(e, "message", None) or str(e))) from None
    reg = want_list(st.get("reg"), "state.reg", 2)
    if len(reg) != 2:
        refuse("state.reg", "file.want_type", kind="[kind, rate]", got=f"{len(reg)} entries")
    if reg[0] not in S.REGULARIZATIONS:
        refuse("state.reg[0]", "file.want_choice", value=repr(reg[0])[:60], choices="null, l1, l2")
    want_float(reg[1], "state.reg[1]")
    S.check_range("network.reg_rate", reg[1], "state.reg[1]")
    _check_rng(st.get("rng"))
    opt = want_dict(meta["optimizer"], "optimizer")
    name = want_str(opt.get("name"), "optimizer.name", tuple(_SLOTS))
    hyper = want_dict(opt.get("hyper"), "optimizer.hyper")
    for k, v in hyper.items():
        want_float(v, f"optimizer.hyper.{k}")
    want_int(opt.get("t"), "optimizer.t")
    slots = want_dict(opt.get("slots"), "optimizer.slots")
    n_params = st["n_params"]
    for i, names in slots.items():
        if not (isinstance(i, str) and i.isdigit() and int(i) < n_params):
            refuse(f"optimizer.slots.{i}", "file.want_range", range=f"a parameter index below {n_params}",
                   value=repr(i)[:40])
        for k in want_list(names, f"optimizer.slots.{i}", 4):
            want_str(k, f"optimizer.slots.{i}", _SLOTS[name])
    d = want_dict(meta["dataset"], "dataset")
    want_str(d.get("kind"), "dataset.kind", ("classification", "regression"))
    want_str(d.get("name", ""), "dataset.name")
    for key in ("class_names", "feature_names"):
        for j, v in enumerate(want_list(d.get(key), f"dataset.{key}", S.MAX_WIDTH * 64)):
            want_str(v, f"dataset.{key}[{j}]")
    if d["kind"] == "classification" and len(d["class_names"]) < 1:
        refuse("dataset.class_names", "file.missing")
    _check_epochs(meta["epoch_history"], meta.get("epoch_ordinals"))
    return spec


def _check_rng(rng: Any) -> None:
    rng = want_dict(rng, "state.rng")
    want_str(rng.get("bit_generator"), "state.rng.bit_generator", _BIT_GENERATORS)
    want_dict(rng.get("state"), "state.rng.state")
    for k, v in rng["state"].items():
        if isinstance(v, bool) or not isinstance(v, (int, list, dict)):
            refuse(f"state.rng.state.{k}", "file.want_type", kind="a whole number", got=_kind(v))


def _check_epochs(records: Any, ordinals: Any) -> None:
    from .series import EpochRecords
    records = want_list(records, "epoch_history", EpochRecords.CAP + 1)
    for r, rec in enumerate(records):
        want_dict(rec, f"epoch_history[{r}]")
        for k in EPOCH_FIELDS:
            v = rec.get(k)
            if k in ("epoch", "iteration"):
                want_int(v, f"epoch_history[{r}].{k}")
            elif v is not None and not (isinstance(v, float) and math.isnan(v)):   # NaN: not measured
                want_float(v, f"epoch_history[{r}].{k}")
    if ordinals is not None:
        ordinals = want_list(ordinals, "epoch_ordinals", EpochRecords.CAP + 1)
        if len(ordinals) != len(records):
            refuse("epoch_ordinals", "file.want_range", range=f"{len(records)} entries (one per record)",
                   value=f"{len(ordinals)} entries")
        last = -1
        for j, o in enumerate(ordinals):
            want_int(o, f"epoch_ordinals[{j}]", lo=last + 1)
            last = o


# ---------------------------------------------------------------- the arrays

def array_budget(spec: dict, meta: dict) -> int:
    """The most bytes arrays.npz can need for the declared network and data: anything larger is padding."""
    net = spec["network"]
    params = S.param_count(net["sizes"], net["bias"])
    n_slots = max((len(v) for v in meta["optimizer"]["slots"].values()), default=0) if meta["optimizer"]["slots"] \
        else 0
    n_arrays = 2 * len(net["sizes"]) + sum(len(v) for v in meta["optimizer"]["slots"].values()) + 8
    raw_in = 2 if spec["data"]["features"] is not None else net["sizes"][0]
    per_point = raw_in + 1 + 1 + net["sizes"][-1]          # x, y, the shuffle order, explicit targets
    losses = 2 * (2 * LossSeries.DENSE + LossSeries.PER_LEVEL * LossSeries.MAX_LEVELS)   # means + counts
    return 8 * (params * (1 + n_slots) + S.MAX_POINTS * per_point + losses) + NPY_OVERHEAD * n_arrays


def param_shapes(spec: dict) -> list[tuple]:
    net = spec["network"]
    out: list[tuple[int, ...]] = []
    for a, b in zip(net["sizes"][:-1], net["sizes"][1:]):
        out.append((a, b))
        if net["bias"]:
            out.append((b,))
    return out


def check_arrays(arrays: dict, spec: dict, meta: dict) -> None:
    """Shapes, types and finiteness of every array against the declared network and data."""
    st, d = meta["state"], meta["dataset"]
    shapes = param_shapes(spec)
    if st["n_params"] != len(shapes):
        refuse("state.n_params", "file.n_params", n=st["n_params"], want=len(shapes))
    for i, shape in enumerate(shapes):
        a = _array(arrays, f"param_{i}", "f")
        _shape(a, f"param_{i}", shape)
        _finite(a, f"param_{i}")
    for i, names in meta["optimizer"]["slots"].items():
        for k in names:
            a = _array(arrays, f"opt_{i}_{k}", "f")
            _shape(a, f"opt_{i}_{k}", shapes[int(i)])
            _finite(a, f"opt_{i}_{k}")
    x = _array(arrays, "data_x", "fiu")
    if x.ndim != 2 or not 1 <= x.shape[0] <= S.MAX_POINTS:
        refuse("data_x", "file.want_shape", got=str(x.shape), want=f"(points, features) with 1 to {S.MAX_POINTS} points")
    if x.shape[1] != len(d["feature_names"]):
        refuse("data_x", "file.want_shape", got=str(x.shape), want=f"{len(d['feature_names'])} columns (one per "
                                                                       "feature name)")
    _finite(x, "data_x")
    n = x.shape[0]
    y = _array(arrays, "data_y", "fiu")
    _shape(y, "data_y", (n,))
    _finite(y, "data_y")
    if d["kind"] == "classification":
        k = len(d["class_names"])
        if y.size and (not np.all(np.mod(y, 1) == 0) or y.min() < 0 or y.max() >= k):
            refuse("data_y", "file.labels", k=k)
    if "targets" in arrays:
        t = _array(arrays, "targets", "f")
        _shape(t, "targets", (n, spec["network"]["sizes"][-1]))
        _finite(t, "targets")
    lh = _array(arrays, "loss_history", "f")
    if lh.ndim != 1:
        refuse("loss_history", "file.want_shape", got=str(lh.shape), want="one column of numbers")
    _finite(lh, "loss_history")
    if "loss_counts" in arrays:
        c = _array(arrays, "loss_counts", "iu")
        _shape(c, "loss_counts", lh.shape)
        if c.size and c.min() < 1:
            refuse("loss_counts", "file.want_range", range="1 or more", value=str(int(c.min())))
    if "perm" in arrays:
        p = _array(arrays, "perm", "iu")
        if p.ndim != 1 or p.size > n or not np.array_equal(np.sort(p), np.arange(p.size)):
            refuse("perm", "file.perm")


def _array(arrays, key, kinds):
    if key not in arrays:
        refuse(key, "file.missing")
    a = arrays[key]
    if a.dtype.kind not in kinds:
        refuse(key, "file.array_type", dtype=str(a.dtype))
    return a


def _shape(a, key, shape):
    if tuple(a.shape) != tuple(shape):
        refuse(key, "file.want_shape", got=str(tuple(a.shape)), want=str(tuple(shape)))


def _finite(a, key):
    if a.dtype.kind == "f":
        bad = ~np.isfinite(a)
        if bad.any():
            where = tuple(int(i) for i in np.argwhere(bad)[0])
            refuse(key, "file.nonfinite", at=str(list(where)))


def check_counters(s: Any, st: dict) -> None:
    """Counters against the session built from the file (its epoch length depends on the data)."""
    if st["batch"] >= s.iters_per_epoch:
        refuse("state.batch", "file.want_range", range=f"below {s.iters_per_epoch} (batches per epoch)",
               value=str(st["batch"]))
    if st["epoch_count"] > s.iters_per_epoch:
        refuse("state.epoch_count", "file.want_range", range=f"at most {s.iters_per_epoch}", value=str(st["epoch_count"]))
    if st["epoch_correct"] > s.iters_per_epoch * s.batch_size:
        refuse("state.epoch_correct", "file.want_range", range=f"at most {s.iters_per_epoch * s.batch_size}",
               value=str(st["epoch_correct"]))
