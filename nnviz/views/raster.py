"""The edge rasteriser: 1-px lines as Qt's aliased cosmetic pen draws them, computed with numpy.

Pure numpy (no Qt), so it is tested without a display. Dense diagrams (thousands of edges) use it:
an edge's pixels depend on the layout only, so the pixel lists are made once per layout and a frame
only recolours them (~2 ns an edge pixel against Qt's ~7 ns for drawLines).
"""
from __future__ import annotations

import numpy as np


def _line_run(u0, v0, u1, v1, stride_u, stride_v):
    """Pixels of lines stepping along u (|du| >= |dv|), as flat indices u * stride_u + v * stride_v,
    and the pixel count per line. Qt's aliased hairline rule (QCosmeticStroker): from u = round(u0)
    to round(u1) - 1, the pixel holding the line's v at u + 0.5 when v grows along u, at u otherwise."""
    back = u1 < u0
    u0, u1 = np.where(back, u1, u0), np.where(back, u0, u1)
    v0, v1 = np.where(back, v1, v0), np.where(back, v0, v1)
    du = u1 - u0
    s = np.divide(v1 - v0, du, out=np.zeros_like(du), where=du != 0)
    i0 = np.floor(u0 + 0.5)
    n = np.maximum(np.floor(u1 + 0.5) - i0, 0).astype(np.int64)
    c0 = v0 + (i0 + np.where(s > 0, 0.5, 0.0) - u0) * s  # v at the first pixel
    k = np.arange(int(n.sum()), dtype=np.int32)         # step along each line
    k -= np.repeat((np.cumsum(n) - n).astype(np.int32), n)
    v = k.astype(np.float32)
    v *= np.repeat(s.astype(np.float32), n)
    v += np.repeat(c0.astype(np.float32), n)
    pix = np.floor(v, out=v).astype(np.int32)
    del v
    if stride_v != 1:
        pix *= np.int32(stride_v)
    k += np.repeat(i0.astype(np.int32), n)
    if stride_u != 1:
        k *= np.int32(stride_u)
    pix += k
    return pix, n


def line_pixels(ends, width, height):
    """The pixels of 1-px lines as Qt's aliased cosmetic pen draws them (but for rounding, ~2 % of
    pixels a pixel off): (flat pixel indices y * width + x (int32), pixel count per line (int64),
    line index of each run). The pixels are grouped by line, the lines in the order of the third
    array (those stepping along x first). Ends are kept a pixel inside width x height."""
    e = np.array(ends, dtype=np.float64).reshape(-1, 4)
    np.clip(e[:, 0::2], 1.0, max(1.0, width - 2.0), out=e[:, 0::2])
    np.clip(e[:, 1::2], 1.0, max(1.0, height - 2.0), out=e[:, 1::2])
    x0, y0, x1, y1 = e.T
    along_x = np.abs(x1 - x0) >= np.abs(y1 - y0)
    a, b = np.flatnonzero(along_x), np.flatnonzero(~along_x)
    pa, na = _line_run(x0[a], y0[a], x1[a], y1[a], 1, int(width))
    pb, nb = _line_run(y0[b], x0[b], y1[b], x1[b], int(width), 1)
    return np.concatenate([pa, pb]), np.concatenate([na, nb]), np.concatenate([a, b])


def line_pixel_count(ends):
    """About how many pixels line_pixels() lists for these lines (at most one more a line; no pixel is made)."""
    e = np.floor(np.asarray(ends, dtype=np.float64).reshape(-1, 4))
    return int((np.maximum(np.abs(e[:, 2] - e[:, 0]), np.abs(e[:, 3] - e[:, 1])) + 1).sum())



class EdgeRaster:
    """Every edge of the layout as 1-px lines in a numpy-owned image, recoloured per frame.

    An edge's pixels depend on the layout only; a frame changes only which edges are drawn
    and in which colour. So the pixel lists are made once per layout, and a frame is one
    ``np.maximum.at`` of each edge's paint rank (0 = not drawn) over its pixels (on a pixel
    shared by several edges the highest rank wins: the strongest colour, as painting weak
    before strong does) plus a table look-up of the colours. ``argb`` is the image
    (premultiplied ARGB32, one uint32 a pixel); ``box`` (x, y, w, h) the part any edge covers."""

    def __init__(self, ends, width, height):
        self.ends = ends                  # the layout it was made for (compared by identity)
        self.width, self.height = int(width), int(height)
        self.pix, self.lens, self.order = line_pixels(ends, self.width, self.height)
        covered = np.bincount(self.pix, minlength=self.width * self.height) > 0
        self.cover = np.flatnonzero(covered).astype(np.int32)
        ys, xs = divmod(self.cover, self.width) if len(self.cover) else (np.zeros(1), np.zeros(1))
        self.box = (float(xs.min()), float(ys.min()), float(xs.max() - xs.min() + 1), float(ys.max() - ys.min() + 1))
        self._top = np.zeros(self.width * self.height, dtype=np.uint8)  # highest rank on each pixel
        self.argb = np.zeros((self.height, self.width), dtype=np.uint32)  # premultiplied ARGB32
        self._shown = None                # (ranks, colour table) the image shows

    def draw(self, ranks, table):
        """ranks: uint8 per edge (0 = not drawn, higher on top); table[rank]: premultiplied ARGB32."""
        if (self._shown is not None and np.array_equal(self._shown[1], table)
                and np.array_equal(self._shown[0], ranks)):
            return False  # no edge changed its colour: the image stands
        self._shown = (ranks.copy(), table.copy())
        top = self._top
        top.fill(0)
        np.maximum.at(top, self.pix, np.repeat(ranks[self.order], self.lens))
        self.argb.reshape(-1)[self.cover] = table[top[self.cover]]
        return True

