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
import zipfile

import numpy as np

from .errors import FileFormatError, NNVizError

FORMAT = "nnviz-session"
VERSION = 1
SUFFIX = ".nnviz"
_META, _ARRAYS = "session.json", "arrays.npz"
MAX_MEMBER = 2 * 1024 ** 3  # refuse zip bombs before reading them


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
    arrays["loss_history"] = np.asarray(session.loss_history, dtype=np.float64)
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    npz = buf.getvalue()
    meta = {
        "format": FORMAT, "version": VERSION, "spec": session.spec,
        "state": {"iteration": st["iteration"], "epoch": st["epoch"], "batch": st["batch"],
                  "epoch_loss": st["epoch_loss"], "epoch_count": st["epoch_count"],
                  "epoch_correct": st["epoch_correct"], "pending_batch": st["pending_batch"],
                  "rng": st["rng"], "train": st["train"], "reg": list(st["reg"]),
                  "n_params": len(st["params"]), "weights_dtype": weights_dtype},
        "optimizer": {"name": opt["name"], "hyper": opt["hyper"], "t": opt["t"], "slots": slots},
        "dataset": {"name": ds.name, "kind": ds.kind, "class_names": list(ds.class_names),
                    "feature_names": list(ds.feature_names)},
        "epoch_history": session.epoch_history,
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


def atomic_write(path, data):
    """Write bytes to path so that either the old file or the complete new one exists, never half."""
    path = os.fspath(path)
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=folder)
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
        raise NNVizError(f"weights_dtype must be float16, float32 or float64, not {weights_dtype!r}")
    try:
        atomic_write(path, session_to_bytes(session, weights_dtype))
    except OSError as e:
        raise NNVizError(f"could not save {path}: {e.strerror or e}. The previous file, if any, is unchanged; "
                         "choose another folder or free some space.") from e


def _refuse(path, why):
    raise FileFormatError(f"cannot open {path}: {why}. Nothing was changed.")


def read_session_file(path):
    """Validate a file and return (meta, arrays) without building anything."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except FileNotFoundError:
        _refuse(path, "the file does not exist")
    except OSError as e:
        _refuse(path, f"it could not be read ({e.strerror or e})")
    if not data:
        _refuse(path, "the file is empty")
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        names = set(z.namelist())
    except zipfile.BadZipFile:
        _refuse(path, "it is not an nnviz session file (not a zip archive, or truncated)")
    if not {_META, _ARRAYS, "checksum.sha256"} <= names:
        _refuse(path, f"it is a zip archive but not an nnviz session (members: {sorted(names)[:5]})")
    for info in z.infolist():
        if info.file_size > MAX_MEMBER:
            _refuse(path, f"member {info.filename} is implausibly large ({info.file_size} bytes)")
    try:
        meta_b, npz, check = z.read(_META), z.read(_ARRAYS), z.read("checksum.sha256").decode("ascii").strip()
    except (zipfile.BadZipFile, EOFError, OSError, UnicodeDecodeError, ValueError) as e:
        _refuse(path, f"the archive is damaged ({e})")
    try:
        meta = json.loads(meta_b.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        _refuse(path, f"its {_META} is not valid JSON ({e})")
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        _refuse(path, "it is not an nnviz session file (wrong format tag)")
    if not isinstance(meta.get("version"), int) or meta["version"] > VERSION:
        _refuse(path, f"it was written by a newer nnviz (format version {meta.get('version')}; this one "
                      f"reads up to {VERSION}): update nnviz")
    if check != _sha(meta_b + npz) or meta.get("arrays_sha256") != _sha(npz):
        _refuse(path, "its checksum does not match: the file was modified or damaged after it was saved")
    try:
        with np.load(io.BytesIO(npz), allow_pickle=False) as f:
            arrays = {k: f[k] for k in f.files}
    except ValueError as e:
        if "pickle" in str(e):
            _refuse(path, "it contains Python objects (pickle), which nnviz never loads because they could run code")
        _refuse(path, f"its arrays are damaged ({e})")
    except (OSError, EOFError, zipfile.BadZipFile) as e:
        _refuse(path, f"its arrays are damaged ({e})")
    for k, a in arrays.items():
        if a.dtype.kind not in "fiub":
            _refuse(path, f"array {k} has type {a.dtype}, not numbers")
    return meta, arrays


def load_session(path):
    """Open a saved session; the returned Session continues exactly where the saved one stopped."""
    from .datasets import Dataset
    from .session import Session

    meta, arrays = read_session_file(path)
    try:
        st = meta["state"]
        d = meta["dataset"]
        ds = Dataset(x=arrays["data_x"].astype(np.float64), y=arrays["data_y"], kind=d["kind"],
                     class_names=tuple(d["class_names"]), feature_names=tuple(d["feature_names"]), name=d["name"])
        s = Session(meta["spec"], dataset=ds)
        if "targets" in arrays:
            s.set_targets(arrays["targets"])
        n = st["n_params"]
        if n != len(s.network.params):
            _refuse(path, f"it stores {n} parameters but its network has {len(s.network.params)}")
        opt = meta["optimizer"]
        slots = {int(i): {k: arrays[f"opt_{i}_{k}"] for k in ks} for i, ks in opt["slots"].items()}
        history = arrays["loss_history"]
        state = {"params": [arrays[f"param_{i}"].astype(np.float64) for i in range(n)],
                 "optimizer": {"name": opt["name"], "hyper": opt["hyper"], "t": opt["t"], "slots": slots},
                 "rng": st["rng"], "train": st["train"], "reg": tuple(st["reg"]),
                 "iteration": st["iteration"], "epoch": st["epoch"], "batch": st["batch"],
                 "perm": arrays.get("perm"), "epoch_loss": st["epoch_loss"], "epoch_count": st["epoch_count"],
                 "epoch_correct": st["epoch_correct"], "pending_batch": st["pending_batch"],
                 "history_len": len(history), "epochs_len": len(meta["epoch_history"])}
        s.loss_history[:] = [float(v) for v in history]
        s.epoch_history[:] = [_nan_to_none(r) for r in meta["epoch_history"]]
        s.restore(state)
    except FileFormatError:
        raise
    except (KeyError, TypeError, ValueError, IndexError) as e:
        _refuse(path, f"its contents are inconsistent ({type(e).__name__}: {e})")
    return s


def _nan_to_none(rec):
    return {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in rec.items()}
