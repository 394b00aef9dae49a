"""A loss plot's curve points, cheap per frame: every epoch while few, else (min, max) blocks per pixel
column (the envelope: every spike stays), kept incrementally while a run grows; block means for the
dashed test curves (Qt strokes a dashed zigzag ~50x slower than a solid line). Pure numpy."""
from __future__ import annotations

import math

import numpy as np

RAW_POINTS = 3000                  # up to this many epochs in view, every epoch is a point of the curve
MAX_BLOCKS = 1000                  # beyond, at most this many (min, max) blocks, ~2 per pixel column


def _finite_xy(x, y, positive=False):
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    ok = np.isfinite(y) & np.isfinite(x)
    if positive:
        ok &= y > 0  # log axes cannot show <= 0
    return x[ok], y[ok]


# where the loss plot's x range ends: each change redraws four axes (~1 ms apiece), and a young run at full
# speed that grew the range by 8 % at a time redrew them every frame
X_STEPS = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0)


def nice_ceil(v):
    """The smallest X_STEPS[i] x 10^k that is >= v (v > 0)."""
    e = 10.0 ** math.floor(math.log10(v))
    for m in X_STEPS:
        if m * e >= v * (1 - 1e-12):
            return m * e
    return 10.0 * e


def _num(v):
    """A loss for the readout: 4 decimals, a huge one in 3 significant digits (not 40 digits)."""
    if v is None:
        return "—"
    return f"{v:.4f}" if abs(v) < 1000 else f"{v:.3g}"


def _valid(y, positive):
    y = np.array(y, dtype=np.float64)
    bad = ~np.isfinite(y)
    if positive:
        bad |= y <= 0
    y[bad] = np.nan
    return y


def _blocks(x, y, k):
    """Per block of k rows of (x, y), y holding NaN where invalid: x mid, min, max, sum and count of
    the valid values (min and max NaN where none is)."""
    m = len(y) // k * k
    yb, xb = y[:m].reshape(-1, k), x[:m].reshape(-1, k)
    ok = ~np.isnan(yb)
    return ((xb[:, 0] + xb[:, -1]) / 2, np.fmin.reduce(yb, axis=1), np.fmax.reduce(yb, axis=1),
            np.where(ok, yb, 0.0).sum(axis=1), ok.sum(axis=1).astype(np.float64))


def _merge(b, max_blocks):
    """Blocks b merged in groups so that at most max_blocks remain (the last group may be short)."""
    g = math.ceil(len(b[0]) / max(1, max_blocks))
    if g <= 1:
        return b
    m = len(b[0]) // g * g
    out = []
    for a, how in zip(b, ("mean", "min", "max", "sum", "sum")):
        f = {"mean": np.mean, "min": np.fmin.reduce, "max": np.fmax.reduce, "sum": np.sum}[how]
        head = f(a[:m].reshape(-1, g), axis=1)
        out.append(np.append(head, f(a[m:], axis=0)) if m < len(a) else head)
    return tuple(out)


def _blocks_xy(b, dashed, max_points):
    """Curve points of blocks b = (x mid, min, max, sum, count): the envelope, (x, min) and (x, max)
    per block, so every spike stays, at most max_points blocks (one per pixel column is as fine as the
    eye sees); for a dashed curve the block means, at most max_points (Qt strokes a dashed zigzag ~50x
    slower than a solid line: ~60 ms for 3000 noisy points)."""
    xm, lo, hi, sm, cnt = _merge(b, max_points)
    if dashed:
        ok = cnt > 0
        return xm[ok], sm[ok] / cnt[ok]
    ok = ~np.isnan(lo)
    xm, lo, hi = xm[ok], lo[ok], hi[ok]
    return np.repeat(xm, 2), np.column_stack([lo, hi]).ravel()


def _points(x, y, positive, dashed, max_points):
    """Curve points of rows: every valid one, or blocks (see _blocks_xy) when there are more than
    max_points rows (a solid curve: twice that, as its blocks draw two points)."""
    if len(y) > (max_points if dashed else 2 * max_points):
        k = math.ceil(len(y) / max_points)
        b = _blocks(x, _valid(y, positive), k)
        bx, by = _blocks_xy(b, dashed, max_points)
        tail = len(b[0]) * k
        tx, ty = _tail(x[tail:], y[tail:], positive, dashed)
        return np.concatenate([bx, tx]), np.concatenate([by, ty])
    return _finite_xy(x, y, positive)


def _tail(x, y, positive, dashed):
    """The rows after the last full block: one mean point for a dashed curve; for a solid one its
    min and max, then the newest row (the curve reaches the current epoch, a spike stays)."""
    tx, ty = _finite_xy(x, y, positive)
    if dashed and len(ty):
        return tx[-1:], ty.mean(keepdims=True)
    if len(ty) > 3:
        lo, hi = int(np.argmin(ty)), int(np.argmax(ty))
        keep = sorted({lo, hi, len(ty) - 1})
        return tx[keep], ty[keep]
    return tx, ty


class _Envelope:
    """Blocks of one column over a growing history (see _blocks), extended by the new rows only;
    at most MAX_BLOCKS blocks (pairs merge as the history grows)."""

    def __init__(self):
        self.token = None

    def points(self, hist, key, positive, dashed, max_points):
        n = len(hist)
        if self.token is not hist.token or self.positive != positive or self.done > n:
            self.token, self.positive = hist.token, positive
            self.k = 1 << max(0, math.ceil(math.log2(max(1.0, n / MAX_BLOCKS))))
            self.done, self.b = 0, tuple(np.zeros(0) for _ in range(5))
        x, col = hist.column("epoch"), hist.column(key)
        while True:
            full = (n - self.done) // self.k * self.k
            if full:
                sl = slice(self.done, self.done + full)
                new = _blocks(x[sl], _valid(col[sl], positive), self.k)
                self.b = tuple(np.concatenate([a, c]) for a, c in zip(self.b, new))
                self.done += full
            if len(self.b[0]) <= MAX_BLOCKS:
                break
            p = len(self.b[0]) // 2  # merge pairs; an odd last block is redone at the new size
            xm, lo, hi, sm, cnt = (a[:2 * p].reshape(p, 2) for a in self.b)
            self.b = (xm.mean(axis=1), np.fmin.reduce(lo, axis=1), np.fmax.reduce(hi, axis=1),
                      sm.sum(axis=1), cnt.sum(axis=1))
            self.done = 2 * p * self.k
            self.k *= 2
        bx, by = _blocks_xy(self.b, dashed, max_points)
        tx, ty = _tail(x[self.done:n], col[self.done:n], positive, dashed)  # the unfinished block
        return np.concatenate([bx, tx]), np.concatenate([by, ty])
