"""Histogram bins for any values a network can hold (no Qt): finite, ±inf, nan, 1e300, all equal, none.

``np.histogram`` refuses a range whose bins cannot be told apart ("Too many bins for data range":
all values equal to 1e300, where ±0.5 is lost in rounding) or whose width overflows (−1e308 … 1e308).
Binning is done on the values divided by their largest magnitude, where every range is ordinary,
and the edges are scaled back; the non-finite values are counted apart so the view can say so.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

BINS = 30
_RESOLVABLE = 1e-9     # a range narrower than this (relative to the largest magnitude) is "all equal"


@dataclass(frozen=True)
class Bins:
    edges: np.ndarray      # (bins + 1,) increasing, in the values' units (may round together near 1e-308)
    counts: np.ndarray     # (bins,) int64, finite values only
    nan: int = 0
    posinf: int = 0
    neginf: int = 0

    @property
    def nonfinite(self):
        return self.nan + self.posinf + self.neginf


def histogram(arrays, bins=BINS):
    """Bins of the values of ``arrays`` (arrays or None, any shape and float dtype) taken together."""
    parts = [np.ravel(np.asarray(a, dtype=np.float64)) for a in arrays if a is not None]
    vals = np.concatenate(parts) if parts else np.zeros(0)
    finite = np.isfinite(vals)
    nan = int(np.count_nonzero(np.isnan(vals)))
    posinf = int(np.count_nonzero(vals == np.inf))
    neginf = int(np.count_nonzero(vals == -np.inf))
    vals = vals[finite]
    if vals.size == 0:
        return Bins(np.linspace(0.0, 1.0, bins + 1), np.zeros(bins, dtype=np.int64), nan, posinf, neginf)
    lo, hi = float(vals.min()), float(vals.max())
    scale = max(abs(lo), abs(hi))
    # the smallest normal float keeps 1/scale finite; an all-zero array keeps the unit range
    scale = 1.0 if scale == 0.0 else max(scale, float(np.finfo(np.float64).tiny))
    v = vals / scale
    slo, shi = lo / scale, hi / scale                       # within [-1, 1]
    if shi - slo < _RESOLVABLE:
        mid = 0.5 * (slo + shi)
        slo, shi = mid - 0.5, mid + 0.5                      # one visible bar in the middle
    counts, edges = np.histogram(v, bins=bins, range=(slo, shi))
    return Bins(edges * scale, counts.astype(np.int64), nan, posinf, neginf)
