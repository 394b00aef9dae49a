"""Session files: round trips that continue bitwise; bad files refused with a message, nothing changed."""
import io
import json
import os
import zipfile

import numpy as np
import pytest

import core
from core import io as cio

SPEC = {"network": {"sizes": [2, 10, 3], "seed": 0},
        "data": {"name": "spiral", "seed": 1984, "test_ratio": 0.2},
        "train": {"optimizer": "adam", "lr": 0.01, "batch_size": 30, "seed": 3}}


def params(s):
    return [core.to_numpy(p).copy() for p in s.network.params]


@pytest.fixture
def saved(tmp_path):
    s = core.Session.from_spec(SPEC)
    for _ in range(17):  # mid-epoch, with Adam state
        s.step()
    path = tmp_path / "run.nnviz"
    core.save_session(s, path)
    return s, path


def test_round_trip_continues_bitwise(saved):
    s, path = saved
    t = core.load_session(path)
    assert t.iteration == 17 and t.epoch == s.epoch and t.spec == s.spec
    assert t.loss_history == s.loss_history and t.epoch_history == s.epoch_history
    assert t.optimizer.t == s.optimizer.t
    assert all(np.array_equal(a, b) for a, b in zip(params(s), params(t)))
    for _ in range(40):
        assert s.step() == t.step()
    assert all(np.array_equal(a, b) for a, b in zip(params(s), params(t)))
    assert s.epoch_history == t.epoch_history


def test_custom_data_survives(tmp_path):
    ds = core.datasets.make("xor", n=60, seed=2)
    ds = core.datasets.with_point(ds, (0.5, 0.5), 1)
    s = core.Session.from_spec({"network": {"sizes": [2, 4, 2]}, "data": {"name": "custom"}}, dataset=ds)
    core.save_session(s, tmp_path / "c.nnviz")
    t = core.load_session(tmp_path / "c.nnviz")
    np.testing.assert_array_equal(t.dataset.x, ds.x)
    np.testing.assert_array_equal(t.dataset.y, ds.y)


def test_float16_storage_is_smaller(saved, tmp_path):
    s, path = saved
    small = tmp_path / "half.nnviz"
    core.save_session(s, small, weights_dtype="float16")
    t = core.load_session(small)
    np.testing.assert_allclose(params(t)[0], params(s)[0], atol=1e-3)


def refused(path, match):
    before = path.read_bytes() if path.exists() else None
    with pytest.raises(core.FileFormatError, match=match) as e:
        core.load_session(path)
    assert "Nothing was changed" in str(e.value)
    if before is not None:
        assert path.read_bytes() == before
    return e.value


def test_truncated_file_refused(saved):
    _, path = saved
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    refused(path, "not a zip archive, or truncated|damaged")


def test_empty_and_missing_and_foreign(tmp_path):
    (tmp_path / "empty.nnviz").write_bytes(b"")
    refused(tmp_path / "empty.nnviz", "empty")
    with pytest.raises(core.FileFormatError, match="does not exist"):
        core.load_session(tmp_path / "nope.nnviz")
    (tmp_path / "text.nnviz").write_text("hello, world")
    refused(tmp_path / "text.nnviz", "not an nnviz session file")
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as z:
        z.writestr("readme.txt", "not ours")
    refused(tmp_path / "other.zip", "not an nnviz session")


def rewrite(path, meta=None, arrays=None, fix_checksum=True):
    """Rebuild a session file with changed members (a tamperer's tool)."""
    with zipfile.ZipFile(path) as z:
        m, a = z.read(cio._META), z.read(cio._ARRAYS)
        c = z.read("checksum.sha256")
    if meta is not None:
        m = json.dumps(meta).encode()
    if arrays is not None:
        buf = io.BytesIO()
        np.savez(buf, **arrays)
        a = buf.getvalue()
    if fix_checksum:
        meta_d = json.loads(m)
        meta_d["arrays_sha256"] = cio._sha(a)
        m = json.dumps(meta_d).encode()
        c = cio._sha(m + a).encode()
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(cio._META, m)
        z.writestr(cio._ARRAYS, a)
        z.writestr("checksum.sha256", c)


def test_tampered_weights_refused(saved):
    _, path = saved
    meta, arrays = cio.read_session_file(path)
    arrays["param_0"] = arrays["param_0"] + 1.0
    rewrite(path, arrays=arrays, fix_checksum=False)
    refused(path, "checksum does not match")


def test_pickle_inside_refused(saved):
    _, path = saved
    meta, arrays = cio.read_session_file(path)
    arrays["param_0"] = np.array([{"evil": "object"}], dtype=object)
    rewrite(path, arrays=arrays)
    refused(path, "pickle")


def test_newer_version_refused(saved):
    _, path = saved
    meta, _ = cio.read_session_file(path)
    meta["version"] = 99
    rewrite(path, meta=meta)
    refused(path, "newer nnviz")


def test_inconsistent_contents_refused(saved):
    _, path = saved
    meta, _ = cio.read_session_file(path)
    meta["state"]["n_params"] = 7
    rewrite(path, meta=meta)
    refused(path, "7 parameters")


def test_failed_save_keeps_the_old_file(saved, monkeypatch, tmp_path):
    s, path = saved
    before = path.read_bytes()
    s.step()

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(core.NNVizError, match="previous file, if any, is unchanged"):
        core.save_session(s, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["run.nnviz"]  # no temp file left behind


def test_explicit_targets_survive(tmp_path):
    ds = core.datasets.Dataset(x=[[0.1, 0.2]], y=[0], kind="classification", class_names=("0", "1"),
                               feature_names=("a", "b"), name="seed004")
    s = core.Session({"network": {"sizes": [2, 2, 2], "output": "sigmoid", "loss": "mse", "bias": False},
                      "data": {"name": "custom"}, "train": {"lr": 0.5, "batch_size": 1}}, dataset=ds)
    s.set_targets([[0.4, 0.6]])
    core.save_session(s, tmp_path / "t.nnviz")
    t = core.load_session(tmp_path / "t.nnviz")
    np.testing.assert_array_equal(core.to_numpy(t.t_train), [[0.4, 0.6]])
    assert s.step() == t.step()
    with pytest.raises(core.SpecError, match="one row per point"):
        s.set_targets([[0.4, 0.6, 0.1]])


def test_saved_file_gets_normal_permissions(tmp_path):
    s = core.Session.from_spec(SPEC)
    p = tmp_path / "perm.nnviz"
    old = os.umask(0o022)
    try:
        core.save_session(s, p)
    finally:
        os.umask(old)
    assert p.stat().st_mode & 0o777 == 0o644
    os.chmod(p, 0o600)
    core.save_session(s, p)  # replacing keeps the owner's choice
    assert p.stat().st_mode & 0o777 == 0o600


def test_session_copy_through_bytes_continues_bitwise_and_is_checked_like_a_file():
    import numpy as np
    import pytest

    import core
    from core.errors import FileFormatError
    from core.io import session_from_bytes, session_to_bytes

    s = core.Session.from_spec({"network": {"sizes": [2, 5, 3]}, "data": {"name": "spiral", "seed": 3}})
    for _ in range(7):
        s.step()
    copy = session_from_bytes(session_to_bytes(s))
    for _ in range(5):
        s.step()
        copy.step()
    assert copy.iteration == s.iteration
    for a, b in zip(copy.network.params, s.network.params):
        assert np.array_equal(core.to_numpy(a), core.to_numpy(b))
    data = bytearray(session_to_bytes(s))
    data[len(data) // 2] ^= 0xFF
    with pytest.raises(FileFormatError) as e:
        session_from_bytes(bytes(data), name="export copy")
    assert "export copy" in str(e.value)
