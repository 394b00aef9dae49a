"""A corpus of malformed session files, made from a valid one: each is refused with one FileFormatError
that names the file and the field, leaves the file as it was, and costs little memory."""
import io
import json
import tracemalloc
import zipfile

import numpy as np
import pytest

import core
from core import io as cio

SPEC = {"network": {"sizes": [2, 6, 3]}, "data": {"name": "spiral", "test_ratio": 0.2},
        "train": {"optimizer": "adam", "lr": 0.01, "batch_size": 30}}


@pytest.fixture(scope="module")
def valid(tmp_path_factory):
    s = core.Session(SPEC)
    for _ in range(25):
        s.step()
    path = tmp_path_factory.mktemp("valid") / "good.nnviz"
    core.save_session(s, path)
    return path.read_bytes()


def members(blob):
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        meta = json.loads(z.read(cio._META))
        with np.load(io.BytesIO(z.read(cio._ARRAYS))) as f:
            arrays = {k: f[k] for k in f.files}
    return meta, arrays


def pack(meta, arrays, meta_bytes=None):
    """A session file with a correct checksum (so the checks behind it are what refuses it)."""
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    npz = buf.getvalue()
    meta = dict(meta, arrays_sha256=cio._sha(npz)) if isinstance(meta, dict) else meta
    m = meta_bytes if meta_bytes is not None else json.dumps(meta).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(cio._META, m)
        z.writestr(cio._ARRAYS, npz)
        z.writestr("checksum.sha256", cio._sha(m + npz))
    return out.getvalue()


def meta_edit(fn):
    def make(blob):
        meta, arrays = members(blob)
        fn(meta)
        return pack(meta, arrays)
    return make


def array_edit(fn):
    def make(blob):
        meta, arrays = members(blob)
        fn(arrays)
        return pack(meta, arrays)
    return make


def _set(path, value):
    def fn(meta):
        d = meta
        keys = path.split(".")
        for k in keys[:-1]:
            d = d[int(k)] if isinstance(d, list) else d[k]
        d[keys[-1]] = value
    return fn


def _flip_compressed_byte(blob):
    b = bytearray(blob)
    with zipfile.ZipFile(io.BytesIO(blob)) as z:
        info = z.getinfo(cio._META)
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    b[start + info.compress_size // 2] ^= 0xFF
    return bytes(b)


def _padded(member, mb):
    def make(blob):
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(blob)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for info in src.infolist():
                if info.filename != member:
                    z.writestr(info.filename, src.read(info))
                    continue
                with z.open(member, "w", force_zip64=True) as f:
                    f.write(src.read(info))
                    chunk = b" " * 2**20
                    for _ in range(mb):
                        f.write(chunk)
        return out.getvalue()
    return make


def _nested(blob):
    meta, arrays = members(blob)
    return pack(None, arrays, meta_bytes=b"[" * 100_000 + b"]" * 100_000)


def _pickle(arrays):
    arrays["param_0"] = np.array([{"evil": 1}], dtype=object)


CASES = [
    # (name, make(valid bytes) -> bytes, what the message must name)
    ("negative_iteration", meta_edit(_set("state.iteration", -5)), "state.iteration"),
    ("iteration_many", meta_edit(_set("state.iteration", "many")), "state.iteration"),
    ("batch_huge", meta_edit(_set("state.batch", 10**6)), "state.batch"),
    ("epoch_count_huge", meta_edit(_set("state.epoch_count", 10**6)), "state.epoch_count"),
    ("epoch_loss_text", meta_edit(_set("state.epoch_loss", "x")), "state.epoch_loss"),
    ("pending_batch_zero", meta_edit(_set("state.pending_batch", 0)), "state.pending_batch"),
    ("weights_dtype_int8", meta_edit(_set("state.weights_dtype", "int8")), "state.weights_dtype"),
    ("reg_text", meta_edit(_set("state.reg", "l2")), "state.reg"),
    ("reg_negative", meta_edit(_set("state.reg", ["l2", -1.0])), "state.reg[1]"),
    ("rng_generator", meta_edit(_set("state.rng.bit_generator", "Lottery")), "state.rng.bit_generator"),
    ("rng_state_text", meta_edit(_set("state.rng.state.state", "x")), "state.rng.state.state"),
    ("state_train_optimizer", meta_edit(_set("state.train.optimizer", "lbfgs")), "state.train"),
    ("state_missing", meta_edit(lambda m: m.pop("state")), "state is missing"),
    ("n_params", meta_edit(_set("state.n_params", 7)), "state.n_params"),
    ("slots_list", meta_edit(_set("optimizer.slots", [["m", "v"]])), "optimizer.slots"),
    ("slot_index", meta_edit(_set("optimizer.slots", {"99": ["m"]})), "optimizer.slots.99"),
    ("slot_name", meta_edit(_set("optimizer.slots", {"0": ["zz"]})), "optimizer.slots.0"),
    ("optimizer_name", meta_edit(_set("optimizer.name", "lbfgs")), "optimizer.name"),
    ("optimizer_t", meta_edit(_set("optimizer.t", -1)), "optimizer.t"),
    ("epoch_history_ints", meta_edit(_set("epoch_history", [1, 2, 3])), "epoch_history[0]"),
    ("epoch_record_text", meta_edit(lambda m: m["epoch_history"][0].update(epoch="one")), "epoch_history[0].epoch"),
    ("epoch_ordinals_back", meta_edit(lambda m: m.update(epoch_ordinals=[0] * len(m["epoch_history"]))),
     "epoch_ordinals[1]"),
    ("dataset_kind", meta_edit(_set("dataset.kind", "cluster")), "dataset.kind"),
    ("class_names_text", meta_edit(_set("dataset.class_names", "abc")), "dataset.class_names"),
    ("feature_names_count", meta_edit(_set("dataset.feature_names", ["x1"])), "data_x"),
    ("sizes_too_wide", meta_edit(_set("spec.network.sizes", [2, 100_000_000, 3])), "network.sizes[1]"),
    ("sizes_too_many_params", meta_edit(_set("spec.network.sizes", [2, 1000, 1000, 1000, 3])), "network.sizes"),
    ("spec_lr_negative", meta_edit(_set("spec.train.lr", -1)), "train.lr"),
    ("spec_unknown_key", meta_edit(_set("spec.network.colour", 1)), "colour"),
    ("spec_batch_huge", meta_edit(_set("spec.train.batch_size", 10**6)), "train.batch_size"),
    ("format_tag", meta_edit(_set("format", "other")), "format tag"),
    ("newer_version", meta_edit(_set("version", 99)), "newer nnviz"),
    ("param_shape", array_edit(lambda a: a.update(param_0=np.zeros((3, 3)))), "param_0"),
    ("param_inf", array_edit(lambda a: a["param_2"].__setitem__((1, 1), np.inf)), "param_2"),
    ("slot_missing", array_edit(lambda a: a.pop("opt_0_m")), "opt_0_m"),
    ("slot_shape", array_edit(lambda a: a.update(opt_1_v=np.zeros(2))), "opt_1_v"),
    ("nan_in_data", array_edit(lambda a: a["data_x"].__setitem__((5, 0), np.nan)), "data_x"),
    ("data_x_text", array_edit(lambda a: a.update(data_x=np.array([["a", "b"]] * 300))), "data_x"),
    ("labels_range", array_edit(lambda a: a["data_y"].__setitem__(0, 9)), "data_y"),
    ("perm_repeats", array_edit(lambda a: a.update(perm=np.zeros_like(a["perm"]))), "perm"),
    ("loss_2d", array_edit(lambda a: a.update(loss_history=np.zeros((2, 2)))), "loss_history"),
    ("loss_nan", array_edit(lambda a: a["loss_history"].__setitem__(0, np.nan)), "loss_history"),
    ("targets_shape", array_edit(lambda a: a.update(targets=np.zeros((1, 1)))), "targets"),
    ("pickle", array_edit(_pickle), "pickle"),
    ("flipped_byte", _flip_compressed_byte, "damaged"),
    ("nested_json", _nested, "session.json"),
    ("padded_meta", _padded(cio._META, 64), "session.json"),
    ("padded_arrays", _padded(cio._ARRAYS, 64), "arrays.npz"),
    ("truncated", lambda b: b[: len(b) // 2], "not a zip archive"),
    ("empty", lambda b: b"", "empty"),
    ("text", lambda b: b"hello, world", "not a zip archive"),
    ("foreign_zip", lambda b: pack_foreign(), "not an nnviz session"),
    ("bad_checksum", lambda b: _replace_member(b, "checksum.sha256", b"0" * 64), "checksum"),
]


def pack_foreign():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("readme.txt", "not ours")
    return out.getvalue()


def _replace_member(blob, name, data):
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(blob)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, data if info.filename == name else src.read(info))
    return out.getvalue()


def test_corpus_is_large_enough():
    assert len(CASES) >= 30 and len({c[0] for c in CASES}) == len(CASES)


@pytest.mark.parametrize("name, make, names", CASES, ids=[c[0] for c in CASES])
def test_malformed_session_refused(valid, tmp_path, name, make, names):
    path = tmp_path / f"{name}.nnviz"
    blob = make(valid)
    path.write_bytes(blob)
    tracemalloc.start()
    try:
        with pytest.raises(core.FileFormatError) as e:
            core.load_session(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    text = str(e.value)
    assert f"{name}.nnviz" in text and "Nothing was changed" in text, text
    assert names in text, text
    assert e.value.path == str(path) and e.value.message.id == "io.refused"
    assert path.read_bytes() == blob           # nothing on disk changed
    assert peak < 64 * 2**20, f"{name}: {peak / 2**20:.0f} MB"   # padded members are refused unread


def test_valid_file_still_loads(valid, tmp_path):
    path = tmp_path / "good.nnviz"
    path.write_bytes(valid)
    s = core.load_session(path)
    assert s.iteration == 25


def test_stale_temp_files_removed_on_the_next_save(tmp_path):
    import os
    import time
    s = core.Session({})
    stale = tmp_path / (".run.nnviz.abc123" + cio.TEMP_SUFFIX)    # left by a save killed with -9
    fresh = tmp_path / (".other.nnviz.def456" + cio.TEMP_SUFFIX)  # a save running right now elsewhere
    foreign = tmp_path / ".notes.tmp"                              # not ours
    for p in (stale, fresh, foreign):
        p.write_bytes(b"partial")
    old = time.time() - 2 * cio.STALE_AFTER_S
    os.utime(stale, (old, old))
    os.utime(foreign, (old, old))
    core.save_session(s, tmp_path / "run.nnviz")
    assert not stale.exists() and fresh.exists() and foreign.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([fresh.name, foreign.name, "run.nnviz"])
