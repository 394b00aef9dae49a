"""Snapshots stay cheap however long the run: the histories are extended, never copied whole.

Structural checks only (no timing): what a snapshot holds, that it reads only the new
records of a session's histories, and that snapshots sharing buffers never see them change.
"""
import dataclasses
import math
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402

import core  # noqa: E402
from nnviz.model import snapshot as snapshot_mod  # noqa: E402
from nnviz.model.snapshot import MAX_LOSS_POINTS, EpochHistory, history_of, make_snapshot  # noqa: E402


class Reads(list):
    """A list that records the index ranges read from it (slices, and single items)."""

    def __init__(self, *a):
        super().__init__(*a)
        self.reads = []

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, _ = i.indices(len(self))
            self.reads.append((start, stop))
        else:
            k = i if i >= 0 else len(self) + i
            self.reads.append((k, k + 1))
        return super().__getitem__(i)


@dataclasses.dataclass(eq=False)
class FakeSession:
    loss_history: list
    epoch_history: list


def record(e, loss=None, acc=None, test=None):
    return {"epoch": e, "iteration": 10 * e, "train_loss": loss if loss is not None else 1.0 / e,
            "train_acc": acc, "test_loss": test, "test_acc": None}


def test_short_runs_send_every_loss():
    s = core.Session.from_spec({"data": {"test_ratio": 0.3}})
    for _ in range(3):
        s.step_epoch()
    snap = make_snapshot(s, 1, grid=False)
    assert np.array_equal(snap.loss_history, s.loss_history)
    assert np.array_equal(snap.loss_iterations, np.arange(1, len(s.loss_history) + 1))
    assert isinstance(snap.epoch_history, EpochHistory)
    assert snap.epoch_history == s.epoch_history and list(snap.epoch_history) == s.epoch_history
    assert snap.epoch_history[-1] == s.epoch_history[-1] and snap.train_loss == s.epoch_history[-1]["train_loss"]


def test_long_runs_send_block_means_and_read_only_what_is_new():
    rng = np.random.default_rng(0)
    f = FakeSession(Reads(), Reads())
    for step in range(60):
        f.loss_history.extend(rng.random(int(rng.integers(0, 2500))).tolist())
        done = len(f.loss_history)
        f.loss_history.reads.clear()
        y, x, _ = history_of(f)
        n = len(f.loss_history)
        assert len(y) <= MAX_LOSS_POINTS + 1 and len(x) == len(y)
        k = snapshot_mod._caches[f].losses.k
        nb = n // k
        ref = np.asarray(list(f.loss_history)[:nb * k]).reshape(-1, k).mean(axis=1) if nb else np.zeros(0)
        assert np.allclose(y[:nb], ref)
        assert np.array_equal(x[:nb], np.arange(1, nb + 1) * k)  # the iteration each block ends at
        if n > nb * k:  # the unfinished block, so the newest losses show at once
            assert math.isclose(y[-1], np.mean(list(f.loss_history)[nb * k:])) and x[-1] == n
        del done
    assert snapshot_mod._caches[f].losses.k > 1  # the blocks grew with the run
    # the next snapshot reads the losses of the last unfinished block and the new ones only
    before = len(f.loss_history)
    f.loss_history.extend([0.5] * 100)
    f.loss_history.reads.clear()
    history_of(f)
    k = snapshot_mod._caches[f].losses.k
    assert all(stop - start <= k + 100 for start, stop in f.loss_history.reads)
    assert min(start for start, _ in f.loss_history.reads) >= before - k


def test_epoch_records_are_appended_not_copied():
    f = FakeSession([], Reads(record(e) for e in range(1, 1001)))
    a = history_of(f)[2]
    f.epoch_history.extend(record(e) for e in range(1001, 1011))
    f.epoch_history.reads.clear()
    b = history_of(f)[2]
    assert max(stop - start for start, stop in f.epoch_history.reads) <= 11  # the new ten (and the last one seen)
    assert b.token is a.token  # the same buffers, grown
    assert len(a) == 1000 and len(b) == 1010 and b == list(f.epoch_history)
    assert a[-1]["epoch"] == 1000  # an earlier snapshot never sees the rows added after it


class ReadsRecords(core.series.EpochRecords):
    """The engine's thinned epoch records, counting the records read."""

    def __init__(self, *a):
        super().__init__(*a)
        self.reads = 0

    def __getitem__(self, i):
        got = super().__getitem__(i)
        self.reads += len(got) if isinstance(i, slice) else 1
        return got


def test_a_thinned_history_takes_its_kept_rows_from_the_buffers():
    recs = ReadsRecords()
    f = FakeSession([], recs)
    cap = core.series.EpochRecords.CAP
    e = 0
    before = None
    for _ in range(12):              # past CAP several times: the engine thins the older records
        for _ in range(700):
            e += 1
            recs.append(record(e, acc=0.5 if e % 3 else None))
        recs.reads = 0
        h = history_of(f)[2]
        assert h == list(recs)                                   # the same records as converting them all
        assert np.array_equal(h.column("epoch"), [r["epoch"] for r in recs])
        assert recs.reads <= 700 + 2, recs.reads                 # only the new ones converted (was all ~3,600)
        if before is not None:
            assert before[0] == before[1]                        # an earlier snapshot is as it was
        before = (list(h), h)
    assert recs.total > 2 * cap and len(recs) < cap              # it did thin
    # an unrelated list of the same length is not mistaken for a thinned one
    f.epoch_history = core.series.EpochRecords(record(k, loss=0.25) for k in range(1, len(recs) + 1))
    h = history_of(f)[2]
    assert h == list(f.epoch_history)


def test_history_cut_short_gets_new_buffers():
    s = core.Session.from_spec({"data": {"test_ratio": 0.3}})
    for _ in range(5):
        s.step_epoch()
    a = make_snapshot(s, 1, grid=False)
    ck = s.checkpoint()
    for _ in range(3):
        s.step_epoch()
    b = make_snapshot(s, 2, grid=False)
    assert b.epoch_history.token is a.epoch_history.token
    s.restore(ck)
    s.set_train(lr=0.1)
    for _ in range(4):
        s.step_epoch()
    c = make_snapshot(s, 3, grid=False)
    assert c.epoch_history.token is not a.epoch_history.token
    assert c.epoch_history == s.epoch_history
    assert len(b.epoch_history) == 8 and b.epoch_history[7]["epoch"] == 8  # b is as it was
    assert np.array_equal(c.loss_history, s.loss_history)


def test_columns_keep_none_and_nan_apart():
    h = [record(1, acc=0.5), record(2, loss=float("nan")), record(3, test=0.25)]
    f = FakeSession([], h)
    e = history_of(f)[2]
    assert e[0]["test_loss"] is None and e[0]["train_acc"] == 0.5 and e[1]["train_acc"] is None
    assert math.isnan(e[1]["train_loss"]) and e[2]["test_loss"] == 0.25
    assert list(e.present("test_loss")) == [False, False, True]
    assert np.isnan(e.column("test_loss")[0]) and e.column("epoch").tolist() == [1.0, 2.0, 3.0]
    assert isinstance(e[0]["epoch"], int) and isinstance(e[0]["iteration"], int)
    with pytest.raises(ValueError):
        e.column("epoch")[0] = 5.0  # read-only: snapshots share these buffers
    # a NaN record does not make every later snapshot start over
    f.epoch_history.append(record(4))
    assert history_of(f)[2].token is e.token


def test_from_records_accepts_plain_dicts():
    h = EpochHistory.from_records([record(1), record(2, test=0.5)])
    assert len(h) == 2 and h[1]["test_loss"] == 0.5 and h[-1] == h[1]
    assert EpochHistory.from_records(h) is h
    assert [r["epoch"] for r in h[0:2]] == [1, 2]
    assert not EpochHistory.from_records([])
