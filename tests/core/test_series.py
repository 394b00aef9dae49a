"""Loss and epoch histories stay bounded whatever the run's length, and look the same."""
import numpy as np

import core
from core.series import EpochRecords, LossSeries


def _curve(n, seed=0):
    rng = np.random.default_rng(seed)
    t = np.arange(n)
    return 0.05 + np.exp(-t / (n / 5)) + 0.02 * rng.standard_normal(n) + 0.3 * (t % (n // 4) == 0)


def test_long_loss_series_is_bounded_and_unchanged_to_the_eye():
    n = 300_000
    full = _curve(n)
    s = LossSeries()
    for v in full.tolist():
        s.append(v)
    assert len(s) == n and s[-1] == full[-1] and s[-50:] == full[-50:].tolist()   # the newest exactly
    bound = 2 * LossSeries.DENSE + LossSeries.PER_LEVEL * 12
    assert s.kept < bound, s.kept
    x, y = s.points()
    assert x[-1] == n and len(x) == s.kept
    counts = np.diff(np.concatenate(([0.0], x))).astype(int)
    assert counts.sum() == n
    # every point is the exact mean of the stretch it stands for, so the overall mean is kept
    assert abs(np.dot(y, counts) / n - full.mean()) < 1e-12
    # the curve drawn on 1,000 columns (what a plot shows) is the same within noise
    edges = np.linspace(0, n, 1001).astype(int)
    want = np.add.reduceat(full, edges[:-1]) / np.diff(edges)
    got_full = np.asarray(s)                    # the kept series read per iteration
    got = np.add.reduceat(got_full, edges[:-1]) / np.diff(edges)
    assert np.max(np.abs(got - want)) < 0.03 and np.corrcoef(got, want)[0, 1] > 0.999


def test_memory_bound_holds_at_a_million_and_beyond():
    s = LossSeries()
    s.extend(np.ones(1_000_000).tolist())
    k1 = s.kept
    s.extend(np.ones(1_000_000).tolist())
    assert k1 < 2 * LossSeries.DENSE + 10 * LossSeries.PER_LEVEL and s.kept < k1 + LossSeries.PER_LEVEL + 2 * LossSeries.DENSE


def test_truncate_and_round_trip():
    full = _curve(50_000)
    s = LossSeries(full.tolist())
    m, c = s.to_arrays()
    assert LossSeries.from_arrays(m, c) == s
    t = s.copy()
    t.truncate(49_000)                            # in the exact tail
    assert len(t) == 49_000 and t[-1] == full[48_999]
    t.truncate(10_000)                            # through a block: its mean over the part left
    assert len(t) == 10_000 and abs(np.mean(np.asarray(t)) - full[:10_000].mean()) < 0.01
    del t[5000:]
    assert len(t) == 5000
    assert len(s) == 50_000                       # the copy was independent


def test_epoch_records_are_thinned_and_keep_the_newest():
    e = EpochRecords()
    for i in range(50_000):
        e.append({"epoch": i + 1, "iteration": 10 * (i + 1)})
    assert len(e) <= EpochRecords.CAP and e.total == 50_000
    assert e[-1]["epoch"] == 50_000 and e[0]["epoch"] == 1
    newest = [r["epoch"] for r in e[-EpochRecords.DENSE // 2:]]
    assert newest == list(range(50_001 - len(newest), 50_001))
    e.truncate(30_000)
    assert e.total == 30_000 and e[-1]["epoch"] <= 30_000


def test_a_long_session_stays_bounded_and_replays():
    s = core.Session({"train": {"batch_size": 300}})   # one step an epoch: the epoch records grow fastest
    for _ in range(20_000):
        s.step()
    assert len(s.loss_history) == 20_000 and s.loss_history.kept < 2 * LossSeries.DENSE + 3 * LossSeries.PER_LEVEL
    assert len(s.epoch_history) <= EpochRecords.CAP and s.epoch_history.total == 20_000
    st = s.checkpoint()
    a = [s.step() for _ in range(5)]
    s.restore(st)
    assert len(s.loss_history) == 20_000 and s.epoch_history.total == 20_000
    assert [s.step() for _ in range(5)] == a
