"""Histogram bins of any values (issue 9.1): np.histogram alone raises on several of these."""
import numpy as np
import pytest

from nnviz.stepthrough.binning import BINS, histogram

CASES = {
    "all 1e300": [np.full(5, 1e300)],
    "all equal 1e20": [np.full(4, 1e20)],
    "overflowing width": [np.array([-1e308, 1e308])],
    "subnormal": [np.array([5e-324, 5e-324, 1e-310])],
    "float32 max": [np.array([3.4e38, 3.4e38], dtype=np.float32)],
    "zeros": [np.zeros(7)],
    "empty": [np.zeros(0)],
    "nothing": [],
    "W and no b": [np.arange(6.0).reshape(2, 3), None],
    "mixed": [np.array([np.nan, np.inf, -np.inf, 1.0, 2.0, np.nan])],
}


@pytest.mark.parametrize("arrays", CASES.values(), ids=CASES.keys())
def test_every_finite_value_lands_in_a_bin_and_the_rest_are_counted(arrays):
    b = histogram(arrays)
    vals = np.concatenate([np.ravel(np.asarray(a, np.float64)) for a in arrays if a is not None] or [np.zeros(0)])
    fin = vals[np.isfinite(vals)]
    assert b.edges.shape == (BINS + 1,) and b.counts.shape == (BINS,)
    assert np.all(np.isfinite(b.edges)) and np.all(np.diff(b.edges) >= 0)
    assert b.counts.sum() == fin.size
    assert b.nonfinite == vals.size - fin.size
    if fin.size:
        assert b.edges[0] <= fin.min() and fin.max() <= b.edges[-1]


def test_nan_and_infinities_are_counted_apart():
    b = histogram([np.array([np.nan, np.nan, np.inf, -np.inf, 3.0])])
    assert (b.nan, b.posinf, b.neginf) == (2, 1, 1) and b.counts.sum() == 1


def test_all_equal_values_make_one_centred_bar():
    b = histogram([np.full(4, 1e300)])
    assert b.counts.max() == 4 and b.edges[0] < 1e300 < b.edges[-1]
    centre = 0.5 * (b.edges[0] + b.edges[-1])
    assert centre == pytest.approx(1e300)


def test_ordinary_values_bin_as_numpy_does():
    v = np.random.default_rng(0).normal(size=200)
    b = histogram([v])
    counts, edges = np.histogram(v, bins=BINS)
    assert np.array_equal(b.counts, counts) and np.allclose(b.edges, edges)
