"""Save and load a session as one file: a zip of JSON (spec, counters, history) and an .npz of arrays.

Written atomically (temp file in the same folder, fsync, rename), so a failed
save never damages an existing file. Loaded with ``allow_pickle=False`` and a
checksum, so a truncated, foreign or tampered file is refused with a message.
"""
from __future__ import annotations

import hashlib
import io
import json
import math
import os
import tempfile
import time
import zipfile

import numpy as np

from .errors import FileFormatError, NNVizError
from .filecheck import MAX_META, NPY_OVERHEAD, Refusal, array_budget, check_arrays, check_counters, check_meta
from .messages import Message, msg, plain
from .series import EpochRecords, LossSeries

FORMAT = "nnviz-session"
VERSION = 1
SUFFIX = ".nnviz"
_META, _ARRAYS = "session.json", "arrays.npz"
MAX_FILE = 1024 ** 3   # a session file is at most this big (a 2 M-parameter Adam session is ~50 MB)


def _sha(b):
    return hashlib.sha256(b).hexdigest()


def session_to_bytes(session, weights_dtype=None):
    st = session.checkpoint()
    arrays = {}
    for i, p in enumerate(st["params"]):
        arrays[f"param_{i}"] = p.astype(weights_dtype) if weights_dtype else p
    opt = st["optimizer"]
    slots = {}
    for i, s in opt["slots"].items():
        for k, v in s.items():
            arrays[f"opt_{i}_{k}"] = v
            slots.setdefault(str(i), []).append(k)
    if st["perm"] is not None:
        arrays["perm"] = st["perm"]
    ds = session.dataset
    arrays["data_x"], arrays["data_y"] = ds.x, ds.y
    if session.targets is not None:
        arrays["targets"] = session.targets
    losses = session.loss_history
    if isinstance(losses, LossSeries):   # stored as kept: block means and their lengths
        arrays["loss_history"], arrays["loss_counts"] = losses.to_arrays()
    else:
        arrays["loss_history"] = np.asarray(losses, dtype=np.float64)
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    npz = buf.getvalue()
    meta = {
        "format": FORMAT, "version": VERSION, "spec": session.spec,
        "state": {"iteration": st["iteration"], "epoch": st["epoch"], "batch": st["batch"],
                  "epoch_loss": st["epoch_loss"], "epoch_count": st["epoch_count"],
                  "epoch_correct": st["epoch_correct"], "pending_batch": st["pending_batch"],
                  "rng": st["rng"], "train": st["train"], "reg": list(st["reg"]),
                  "n_params": len(st["params"]), "weights_dtype": weights_dtype,
                  "epochs_total": getattr(session.epoch_history, "total", len(session.epoch_history))},
        "optimizer": {"name": opt["name"], "hyper": opt["hyper"], "t": opt["t"], "slots": slots},
        "dataset": {"name": ds.name, "kind": ds.kind, "class_names": list(ds.class_names),
                    "feature_names": list(ds.feature_names)},
        "epoch_history": list(session.epoch_history),
        "epoch_ordinals": list(getattr(session.epoch_history, "ordinals", range(len(session.epoch_history)))),
        "arrays_sha256": _sha(npz),
    }
    meta_b = json.dumps(meta, indent=1, default=_json_default).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(_META, meta_b)
        z.writestr(_ARRAYS, npz)
        z.writestr("checksum.sha256", _sha(meta_b + npz))
    return out.getvalue()


def _json_default(o):
    if isinstance(o, np.generic):
        return o.item()
    if isinstance(o, np.ndarray):
        return o.tolist()
    raise TypeError(f"cannot store {type(o).__name__} in a session file")


TEMP_SUFFIX = ".nnviz-tmp"      # our temp files: ".<name>.<random>" + TEMP_SUFFIX, in the target's folder
STALE_AFTER_S = 3600            # a temp file this old is left from an interrupted save (kill -9, power loss)


def remove_stale_temp_files(folder, now=None):
    """Delete the temp files of saves that never finished in ``folder``: only our own name pattern,
    only files older than STALE_AFTER_S (a save still running elsewhere is younger). Returns the
    names removed; a file that cannot be removed is left."""
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for e in entries:
        if not (e.name.startswith(".") and e.name.endswith(TEMP_SUFFIX)):
            continue
        try:
            if e.is_file(follow_symlinks=False) and now - e.stat(follow_symlinks=False).st_mtime > STALE_AFTER_S:
                os.unlink(e.path)
                removed.append(e.name)
        except OSError:
            pass
    return removed


def atomic_write(path, data):
    """Write bytes to path so that either the old file or the complete new one exists, never half."""
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    remove_stale_temp_files(folder)
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=TEMP_SUFFIX, dir=folder)
    try:
        # mkstemp makes the file private (0600); a saved file gets the mode a new file would get
        # (or keeps the mode of the file it replaces)
        try:
            mode = os.stat(path).st_mode & 0o7777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


def save_session(session, path, weights_dtype=None):
    """Save to path (atomically). ``weights_dtype="float16"`` halves the file (seed 001) at the cost of
    exact replay."""
    if weights_dtype not in (None, "float16", "float32", "float64"):
        raise NNVizError("io.weights_dtype", value=repr(weights_dtype))
    try:
        atomic_write(path, session_to_bytes(session, weights_dtype))
    except OSError as e:
        raise NNVizError("io.save_failed", path=os.fspath(path), error=str(e.strerror or e)) from e


def _refuse(path, why, field=None):
    """One FileFormatError naming the file (and the field), saying nothing was changed and what to try."""
    why = why if isinstance(why, Message) else plain(why)
    raise FileFormatError(msg("io.refused", path=os.fspath(path), why=why), path=os.fspath(path), field=field)


def _read_member(z, path, name, limit):
    """A zip member's bytes, refusing one that declares or decompresses to more than ``limit``."""
    info = z.getinfo(name)
    if info.file_size > limit:
        _refuse(path, msg("io.member_too_large", member=name, size=f"{info.file_size:,}", limit=f"{limit:,}"), name)
    with z.open(info) as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        _refuse(path, msg("io.member_too_large", member=name, size=f"more than {limit:,}", limit=f"{limit:,}"), name)
    return data


def read_session_file(path, data=None):
    """Validate a file's container and return (meta, arrays) without building anything.

    ``data``: the file's bytes when they are already in memory (a session copy); ``path`` then only
    names it in messages. Every failure, whatever raised it (zlib, zipfile, json, numpy, a recursion
    or memory error), becomes one FileFormatError naming the file."""
    try:
        return _read_session_file(path, data)
    except (FileFormatError, Refusal) as e:
        if isinstance(e, Refusal):
            _refuse(path, e.message, e.field)
        raise
    except Exception as e:   # noqa: BLE001 - the point: no other exception type leaves the loader
        _refuse(path, msg("io.damaged", error=f"{type(e).__name__}: {str(e)[:200]}"))


def _read_session_file(path, data=None):
    if data is not None:
        if len(data) > MAX_FILE:
            _refuse(path, msg("io.file_too_large", size=f"{len(data):,}", limit=f"{MAX_FILE:,}"))
        return _read_session_bytes(path, data)
    try:
        size = os.path.getsize(path)
        if size > MAX_FILE:
            _refuse(path, msg("io.file_too_large", size=f"{size:,}", limit=f"{MAX_FILE:,}"))
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        _refuse(path, msg("io.missing"))
    except IsADirectoryError:
        _refuse(path, msg("io.unreadable", error="it is a folder"))
    except OSError as e:
        _refuse(path, msg("io.unreadable", error=str(e.strerror or e)))
    return _read_session_bytes(path, data)


def _read_session_bytes(path, data):
    if not data:
        _refuse(path, msg("io.empty"))
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        names = set(z.namelist())
    except (zipfile.BadZipFile, ValueError, EOFError, OSError, IndexError):
        _refuse(path, msg("io.not_zip"))
    if not {_META, _ARRAYS, "checksum.sha256"} <= names:
        _refuse(path, msg("io.not_session", members=str(sorted(names)[:5])))
    meta_b = _read_member(z, path, _META, MAX_META)
    check = _read_member(z, path, "checksum.sha256", 256).decode("ascii", "replace").strip()
    try:
        meta = json.loads(meta_b.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        _refuse(path, msg("io.bad_json", member=_META, error=str(e)[:200]), _META)
    except RecursionError:
        _refuse(path, msg("io.bad_json", member=_META, error="nested too deeply"), _META)
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        _refuse(path, msg("io.format_tag"), "format")
    if isinstance(meta.get("version"), bool) or not isinstance(meta.get("version"), int) or meta["version"] > VERSION:
        _refuse(path, msg("io.newer", version=str(meta.get("version"))[:20], max=VERSION), "version")
    spec = check_meta(meta)       # the spec, before the arrays: their budget follows from it
    npz = _read_member(z, path, _ARRAYS, array_budget(spec, meta))
    if check != _sha(meta_b + npz) or meta.get("arrays_sha256") != _sha(npz):
        _refuse(path, msg("io.checksum"))
    arrays = _load_npz(path, npz)
    check_arrays(arrays, spec, meta)
    return meta, arrays


def _load_npz(path, npz):
    with zipfile.ZipFile(io.BytesIO(npz)) as inner:   # the .npy members, each bounded like the whole
        total = sum(i.file_size for i in inner.infolist())
        if total > len(npz) + NPY_OVERHEAD * len(inner.infolist()) and any(
                i.compress_type != zipfile.ZIP_STORED for i in inner.infolist()):
            _refuse(path, msg("io.member_too_large", member=_ARRAYS, size=f"{total:,}", limit=f"{len(npz):,}"),
                    _ARRAYS)
    try:
        with np.load(io.BytesIO(npz), allow_pickle=False) as f:
            arrays = {k: f[k] for k in f.files}
    except ValueError as e:
        if "pickle" in str(e):
            _refuse(path, msg("io.pickle"))
        _refuse(path, msg("io.arrays_damaged", error=str(e)[:200]), _ARRAYS)
    for k, a in arrays.items():
        if a.dtype.kind not in "fiub":
            _refuse(path, msg("file.array_type", field=k, dtype=str(a.dtype)), k)
    return arrays


def load_session(path):
    """Open a saved session; the returned Session continues exactly where the saved one stopped.

    The file is checked whole first (core.filecheck); nothing on disk is changed, and any
    failure is one FileFormatError naming the file and the field."""
    return _build_checked(path, *read_session_file(path))


def session_from_bytes(data, name="<session copy>"):
    """The Session that ``session_to_bytes`` wrote, checked exactly as a file is (``name`` is what
    messages call it). A private copy of a live session without a temporary file."""
    return _build_checked(name, *read_session_file(name, data))


def _build_checked(path, meta, arrays):
    try:
        return _build(meta, arrays)
    except Refusal as e:
        _refuse(path, e.message, e.field)
    except NNVizError as e:
        _refuse(path, msg("io.inconsistent", error=e.message))
    except Exception as e:   # noqa: BLE001 - anything the checks above missed is still the file's fault
        _refuse(path, msg("io.inconsistent", error=f"{type(e).__name__}: {str(e)[:200]}"))


def _build(meta, arrays):
    from .datasets import Dataset
    from .session import Session

    st, d = meta["state"], meta["dataset"]
    ds = Dataset(x=arrays["data_x"].astype(np.float64), y=arrays["data_y"], kind=d["kind"],
                 class_names=tuple(d["class_names"]), feature_names=tuple(d["feature_names"]), name=d["name"])
    s = Session(meta["spec"], dataset=ds)
    if "targets" in arrays:
        s.set_targets(arrays["targets"])
    check_counters(s, st)
    n = st["n_params"]
    opt = meta["optimizer"]
    slots = {int(i): {k: arrays[f"opt_{i}_{k}"] for k in ks} for i, ks in opt["slots"].items()}
    if "loss_counts" in arrays:
        history = LossSeries.from_arrays(arrays["loss_history"], arrays["loss_counts"])
    else:
        history = LossSeries(arrays["loss_history"].tolist())
    records = [_nan_to_none(r) for r in meta["epoch_history"]]
    epochs = EpochRecords(records, meta.get("epoch_ordinals"))
    if "epochs_total" in st:
        epochs.total = max(epochs.total, int(st["epochs_total"]))
    state = {"params": [arrays[f"param_{i}"].astype(np.float64) for i in range(n)],
             "optimizer": {"name": opt["name"], "hyper": opt["hyper"], "t": opt["t"], "slots": slots},
             "rng": st["rng"], "train": st["train"], "reg": tuple(st["reg"]),
             "iteration": st["iteration"], "epoch": st["epoch"], "batch": st["batch"],
             "perm": arrays.get("perm"), "epoch_loss": st["epoch_loss"], "epoch_count": st["epoch_count"],
             "epoch_correct": st["epoch_correct"], "pending_batch": st["pending_batch"],
             "history_len": len(history), "epochs_len": epochs.total}
    if state["perm"] is not None and len(state["perm"]) != s.n_train:
        raise Refusal("perm", msg("file.perm", field="perm"))
    s.loss_history[:] = history
    s.epoch_history[:] = epochs
    s.restore(state)
    return s


def _nan_to_none(rec):
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in rec.items()}
