"""Built-in data sets: the book's spiral bit for bit, Playground's generators by their
defining properties, gates, split and the click-to-edit helpers."""
import numpy as np
import pytest

from core import datasets as D
from core.errors import DataError


def book_spiral(seed=1984):
    """The book's dataset/spiral.py load_data(), written out independently."""
    rs = np.random.RandomState(seed)  # the book's np.random.seed(seed): the same stream
    N, DIM, CLS_NUM = 100, 2, 3
    x = np.zeros((N * CLS_NUM, DIM))
    t = np.zeros((N * CLS_NUM, CLS_NUM), dtype=int)
    for j in range(CLS_NUM):
        for i in range(N):
            rate = i / N
            radius = 1.0 * rate
            theta = j * 4.0 + 4.0 * rate + rs.randn() * 0.2
            ix = N * j + i
            x[ix] = np.array([radius * np.sin(theta), radius * np.cos(theta)]).flatten()
            t[ix, j] = 1
    return x, t


# ---------------------------------------------------------------- book spiral

def test_spiral_matches_the_book_bit_for_bit():
    x, t = D.spiral()
    bx, bt = book_spiral()
    assert x.shape == (300, 2) and x.dtype == np.float64
    assert t.shape == (300, 3) and np.issubdtype(t.dtype, np.integer)
    assert np.array_equal(x, bx)  # exact, not approximate
    assert np.array_equal(t, bt)
    assert np.all(t.sum(axis=1) == 1) and set(np.unique(t)) == {0, 1}
    assert np.array_equal(t.argmax(axis=1), np.repeat(np.arange(3), 100))


def test_spiral_pinned_values():
    x, _ = D.spiral()
    np.testing.assert_allclose(x[0], [0.0, 0.0], atol=1e-12)  # radius 0 at i = 0
    np.testing.assert_allclose(x[1], [-0.00097698643152699, 0.009952160444476976], rtol=0, atol=1e-12)
    np.testing.assert_allclose(x[150], [-0.13912045724684738, 0.48025565938927584], rtol=0, atol=1e-12)


def test_spiral_classes_and_seed():
    x, t = D.spiral(classes=5, n_per_class=20)
    assert x.shape == (100, 2) and t.shape == (100, 5)
    assert not np.array_equal(D.spiral(seed=1)[0], D.spiral()[0])
    for bad in (1, 7, 2.5):
        with pytest.raises(DataError, match="classes"):
            D.spiral(classes=bad)


def test_make_spiral_is_the_book_data():
    ds = D.make("spiral")
    bx, bt = book_spiral()
    assert ds.kind == "classification" and ds.num_classes == 3
    assert np.array_equal(ds.x, bx) and np.array_equal(ds.y, bt.argmax(axis=1))
    assert ds.y.dtype == np.int64 and ds.class_names == ("0", "1", "2")
    ds4 = D.make("spiral", n=200, classes=4)
    assert ds4.x.shape == (200, 2) and np.array_equal(np.bincount(ds4.y), [50] * 4)
    with pytest.raises(DataError):
        D.make("spiral", classes=7)


# ---------------------------------------------------------------- Playground sets

PLAYGROUND_CLS = ("circle", "xor", "gauss", "two_arm_spiral")


def test_catalogue():
    assert D.DATASETS == ("spiral", "circle", "xor", "gauss", "two_arm_spiral", "reg_plane",
                          "reg_gauss", "gate_and", "gate_or", "gate_nand", "gate_xor", "moons")
    assert set(D.DESCRIPTIONS) == set(D.DATASETS)
    assert all(isinstance(s, str) and s for s in D.DESCRIPTIONS.values())
    with pytest.raises(DataError, match="circle"):  # lists the valid names
        D.make("nope")


@pytest.mark.parametrize("name", PLAYGROUND_CLS)
def test_playground_classification_shape_and_seeds(name):
    ds = D.make(name, noise=0.2, seed=3)
    assert ds.x.shape == (500, 2) and ds.x.dtype == np.float64
    assert ds.y.shape == (500,) and ds.y.dtype == np.int64
    assert ds.kind == "classification" and ds.num_classes == 2
    assert ds.feature_names == ("x1", "x2")
    again = D.make(name, noise=0.2, seed=3)
    assert np.array_equal(ds.x, again.x) and np.array_equal(ds.y, again.y)
    assert not np.array_equal(ds.x, D.make(name, noise=0.2, seed=4).x)
    assert D.make(name, n=37).x.shape == (37, 2)


@pytest.mark.parametrize("name", ("circle", "gauss", "two_arm_spiral"))
def test_half_and_half_sets_are_balanced_and_shuffled(name):
    y = D.make(name).y
    assert np.bincount(y).tolist() == [250, 250]
    # shuffled: the classes are not in two blocks
    assert np.count_nonzero(np.diff(y)) > 50


def test_circle_geometry_and_noise_free_labels():
    ds = D.make("circle", noise=0.0)
    r = np.sqrt((ds.x ** 2).sum(axis=1))
    assert r.max() <= 5.0
    assert np.array_equal(ds.y, (r < 2.5).astype(np.int64))
    # the points lie in the disc r < 2.5 or the ring 3.5 <= r <= 5, nothing between
    assert not np.any((r >= 2.5) & (r < 3.5))
    noisy = D.make("circle", noise=0.5)
    rn = np.sqrt((noisy.x ** 2).sum(axis=1))
    assert rn.max() <= 5.0  # noise flips labels, it does not move the points
    assert not np.array_equal(noisy.y, (rn < 2.5).astype(np.int64))


def test_xor_padding_and_labels():
    ds = D.make("xor", noise=0.0)
    assert np.all(np.abs(ds.x) >= 0.3) and np.all(np.abs(ds.x) <= 5.3)
    assert np.array_equal(ds.y, (ds.x[:, 0] * ds.x[:, 1] >= 0).astype(np.int64))
    assert 150 < ds.y.sum() < 350
    noisy = D.make("xor", noise=0.5)
    assert not np.array_equal(noisy.y, (noisy.x[:, 0] * noisy.x[:, 1] >= 0).astype(np.int64))


def test_gauss_means_and_variance_grows_with_noise():
    ds = D.make("gauss", n=4000, noise=0.0, seed=1)
    np.testing.assert_allclose(ds.x[ds.y == 1].mean(axis=0), [2, 2], atol=0.1)
    np.testing.assert_allclose(ds.x[ds.y == 0].mean(axis=0), [-2, -2], atol=0.1)
    np.testing.assert_allclose(ds.x[ds.y == 1].var(axis=0), [0.5, 0.5], rtol=0.1)
    wide = D.make("gauss", n=4000, noise=0.5, seed=1)
    np.testing.assert_allclose(wide.x[wide.y == 0].var(axis=0), [4.0, 4.0], rtol=0.1)


def test_two_arm_spiral_radius_and_arms():
    ds = D.make("two_arm_spiral", noise=0.0)
    r = np.sqrt((ds.x ** 2).sum(axis=1))
    assert r.min() == 0.0 and r.max() < 5.0
    # the negative arm is the positive arm rotated by pi: same radii
    assert np.allclose(np.sort(r[ds.y == 1]), np.sort(r[ds.y == 0]))
    # Playground's arm: t = 1.75 * 2 pi * i/n with r = 5 i/n, so t = 1.75 * 2 pi * r / 5
    for cls, delta in ((1, 0.0), (0, np.pi)):
        p = ds.x[ds.y == cls]
        rr = np.hypot(p[:, 0], p[:, 1])
        t = 1.75 * 2 * np.pi * rr / 5 + delta
        np.testing.assert_allclose(p, np.stack([rr * np.sin(t), rr * np.cos(t)], axis=1), atol=1e-9)
    noisy = D.make("two_arm_spiral", noise=0.5)
    assert noisy.x.max() > ds.x.max() - 1.0 and not np.allclose(noisy.x, ds.x)


def test_regression_sets():
    for name in ("reg_plane", "reg_gauss"):
        ds = D.make(name, seed=2)
        assert ds.x.shape == (1200, 2) and ds.y.shape == (1200,) and ds.y.dtype == np.float64
        assert ds.kind == "regression" and ds.num_classes == 0 and ds.class_names == ()
        assert np.all(np.abs(ds.x) <= 6.0)
        assert np.array_equal(ds.y, D.make(name, seed=2).y)
        assert not np.array_equal(ds.y, D.make(name, seed=3).y)
    plane = D.make("reg_plane")
    np.testing.assert_allclose(plane.y, plane.x.sum(axis=1) / 10, rtol=0, atol=1e-15)
    assert np.all(np.abs(plane.y) <= 1.2)  # Playground's unclamped (x + y) / 10 on [-6, 6]^2
    bumps = D.make("reg_gauss", noise=0.3).y
    assert np.all(np.abs(bumps) <= 1.0) and bumps.min() < -0.5 and bumps.max() > 0.5


def test_reg_gauss_matches_the_reference_rule():
    bumps = [(-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1), (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)]
    ds = D.make("reg_gauss", n=300, noise=0.0, seed=9)
    for (px, py), got in zip(ds.x, ds.y):
        label = 0.0
        for cx, cy, sign in bumps:  # Playground's loop: the largest magnitude wins
            v = sign * min(max(1 - np.hypot(px - cx, py - cy) / 2, 0.0), 1.0)
            if abs(v) > abs(label):
                label = v
        assert got == pytest.approx(label, abs=1e-12)


def test_reg_gauss_bump_values():
    ds = D.make("reg_gauss", n=5000)
    near = np.hypot(ds.x[:, 0] - 4, ds.x[:, 1] - 2.5) < 0.1  # a + bump at (4, 2.5)
    assert near.any() and np.all(ds.y[near] > 0.9)
    near = np.hypot(ds.x[:, 0], ds.x[:, 1] + 2.5) < 0.1  # a + bump at (0, -2.5)
    assert near.any() and np.all(ds.y[near] > 0.9)
    near = np.hypot(ds.x[:, 0], ds.x[:, 1] - 2.5) < 0.1  # a - bump at (0, 2.5)
    assert near.any() and np.all(ds.y[near] < -0.9)


def test_moons():
    ds = D.make("moons", noise=0.0)
    assert ds.x.shape == (200, 2) and np.bincount(ds.y).tolist() == [100, 100]
    top, bottom = ds.x[ds.y == 0], ds.x[ds.y == 1]
    np.testing.assert_allclose(np.hypot(*top.T), 1.0)
    np.testing.assert_allclose(np.hypot(bottom[:, 0] - 1, bottom[:, 1] - 0.5), 1.0)
    assert not np.allclose(D.make("moons", noise=0.1).x, ds.x)


@pytest.mark.parametrize("noise", (-0.01, 0.51, 25, float("nan"), "lots"))
def test_noise_out_of_range_is_refused(noise):
    with pytest.raises(DataError, match="0.5"):
        D.make("circle", noise=noise)


@pytest.mark.parametrize("n", (0, 1, -5, 2.5, True, 10**6))
def test_bad_sizes_are_refused(n):
    with pytest.raises(DataError, match="n must"):
        D.make("xor", n=n)


# ---------------------------------------------------------------- gates

@pytest.mark.parametrize("name,table", [
    ("gate_and", lambda a, b: a & b), ("gate_or", lambda a, b: a | b),
    ("gate_nand", lambda a, b: 1 - (a & b)), ("gate_xor", lambda a, b: a ^ b)])
def test_gate_truth_tables(name, table):
    ds = D.make(name, n=999, noise=0.3)  # n and noise do not apply
    assert ds.x.shape == (4, 2) and ds.num_classes == 2
    assert sorted(map(tuple, ds.x.tolist())) == [(0, 0), (0, 1), (1, 0), (1, 1)]
    for (a, b), y in zip(ds.x.astype(int), ds.y):
        assert y == table(a, b)


# ---------------------------------------------------------------- split

def test_split_sizes_disjoint_and_reproducible():
    x = np.arange(200, dtype=np.float64).reshape(100, 2)
    y = np.arange(100)
    xtr, ytr, xte, yte = D.split(x, y, 0.3, seed=5)
    assert xtr.shape == (70, 2) and xte.shape == (30, 2) and len(ytr) == 70 and len(yte) == 30
    assert set(ytr).isdisjoint(yte) and set(ytr) | set(yte) == set(range(100))
    assert np.array_equal(xtr[:, 0], 2 * ytr)  # rows stay paired with their labels
    assert np.array_equal(D.split(x, y, 0.3, seed=5)[1], ytr)
    assert not np.array_equal(D.split(x, y, 0.3, seed=6)[1], ytr)
    assert not np.array_equal(ytr, np.sort(ytr))  # shuffled


def test_split_zero_and_limits():
    x, y = np.ones((10, 3)), np.zeros(10)
    xtr, ytr, xte, yte = D.split(x, y, 0)
    assert xtr.shape == (10, 3) and xte.shape == (0, 3) and yte.shape == (0,)
    for bad in (-0.1, 0.95, 1.0):
        with pytest.raises(DataError, match="0.9"):
            D.split(x, y, bad)
    with pytest.raises(DataError, match="no training point"):
        D.split(np.ones((1, 2)), np.zeros(1), 0.9)


# ---------------------------------------------------------------- editing and bounds

def test_with_point():
    ds = D.make("gate_xor")
    more = D.with_point(ds, (0.5, 0.5), 1)
    assert len(more) == 5 and len(ds) == 4  # the original is untouched
    assert np.array_equal(more.x[-1], [0.5, 0.5]) and more.y[-1] == 1 and more.y.dtype == np.int64
    assert more.class_names == ds.class_names and more.name == ds.name
    for bad in (2, -1, 0.5, "a"):
        with pytest.raises(DataError, match="class"):
            D.with_point(ds, (0, 0), bad)
    with pytest.raises(DataError):
        D.with_point(ds, (0, 0, 0), 1)
    reg = D.with_point(D.make("reg_plane", n=10), (1.0, 2.0), 0.25)
    assert len(reg) == 11 and reg.y[-1] == 0.25


def test_without_nearest():
    ds = D.make("gate_and")
    fewer = D.without_nearest(ds, (0.9, 0.95), radius=0.2)
    assert len(fewer) == 3 and [1.0, 1.0] not in fewer.x.tolist()
    assert fewer.y.tolist() == [0, 0, 0]  # the (1, 1) point was the only class 1
    assert D.without_nearest(ds, (0.5, 0.5), radius=0.2) is ds  # nothing close enough
    empty = ds
    for _ in range(4):
        empty = D.without_nearest(empty, (0.5, 0.5), radius=1.0)
    assert len(empty) == 0 and D.without_nearest(empty, (0, 0), 1.0) is empty


def test_bounds():
    x = np.array([[0.0, -1.0, 99.0], [10.0, 1.0, -99.0]])
    assert D.bounds(x) == pytest.approx((-1.0, 11.0, -1.2, 1.2))
    assert D.bounds(x, margin=0) == pytest.approx((0.0, 10.0, -1.0, 1.0))
    lo, hi, ylo, yhi = D.bounds(np.array([[3.0, 3.0]]), margin=0)
    assert lo < 3 < hi and ylo < 3 < yhi  # never zero width


def test_dataset_checks_labels():
    with pytest.raises(DataError):
        D.Dataset(np.zeros((3, 2)), np.array([0, 1, 2]), "classification", ("a", "b"), ("x1", "x2"), "t")
    with pytest.raises(DataError):
        D.Dataset(np.zeros((3, 2)), np.zeros(2), "regression", (), ("x1", "x2"), "t")
    with pytest.raises(DataError):
        D.Dataset(np.zeros((3, 2)), np.zeros(3), "clustering", (), ("x1", "x2"), "t")
