"""nnviz.views.raster: the numpy edge rasteriser (no Qt, no display)."""
import numpy as np

from nnviz.views.raster import EdgeRaster, line_pixel_count, line_pixels


def pixels_of(ends, w, h):
    pix, n, order = line_pixels(ends, w, h)
    starts = np.concatenate([[0], np.cumsum(n)])
    return {int(e): set(pix[starts[r]:starts[r + 1]].tolist()) for r, e in enumerate(order)}


def test_axis_parallel_lines_are_exact():
    seg = pixels_of(np.array([[2.0, 3.0, 12.0, 3.0], [5.0, 1.0, 5.0, 40.0], [12.0, 8.0, 2.0, 8.0]]), 60, 60)
    assert seg[0] == {3 * 60 + x for x in range(2, 12)}          # the last pixel is left out, as Qt does
    assert seg[1] == {y * 60 + 5 for y in range(1, 40)}
    assert seg[2] == {8 * 60 + x for x in range(2, 12)}          # drawn backwards: the same pixels


def test_diagonal_has_one_pixel_per_step_along_its_long_axis():
    seg = pixels_of(np.array([[0.0, 0.0, 40.0, 20.0]]), 60, 60)[0]   # clipped to a pixel inside: from (1, 1)
    xs = sorted(p % 60 for p in seg)
    assert xs == list(range(1, 40)) and len(seg) == 39
    ys = [p // 60 for p in sorted(seg, key=lambda p: p % 60)]
    assert all(0 <= b - a <= 1 for a, b in zip(ys, ys[1:]))       # connected: y never jumps


def test_ends_outside_the_image_are_kept_inside():
    pix, n, _ = line_pixels(np.array([[-50.0, -50.0, 500.0, 500.0]]), 40, 30)
    assert n.sum() == len(pix) > 0 and pix.min() >= 0 and pix.max() < 40 * 30


def test_pixel_count_bounds_the_lists():
    rng = np.random.default_rng(3)
    ends = rng.uniform(2, 98, (300, 4))
    pix, n, _ = line_pixels(ends, 100, 100)
    est = line_pixel_count(ends)
    assert len(pix) <= est <= len(pix) + 2 * len(ends)


def test_raster_colours_by_rank_and_the_highest_wins():
    ends = np.array([[2.0, 10.0, 30.0, 10.0], [10.0, 2.0, 10.0, 30.0]])   # a cross, one shared pixel
    r = EdgeRaster(ends, 40, 40)
    table = np.array([0, 0xFF0000FF, 0xFFFF0000], dtype=np.uint32)        # rank 1 blue, rank 2 red
    assert r.draw(np.array([1, 2], dtype=np.uint8), table)
    img = r.argb
    assert img[10, 20] == 0xFF0000FF and img[20, 10] == 0xFFFF0000
    assert img[10, 10] == 0xFFFF0000                                      # the higher rank is on top
    assert not r.draw(np.array([1, 2], dtype=np.uint8), table)           # nothing changed: no redraw
    assert r.draw(np.array([0, 2], dtype=np.uint8), table)               # rank 0: not drawn
    assert img[10, 20] == 0 and img[10, 10] == 0xFFFF0000
    x, y, w, h = r.box
    covered = np.argwhere(np.isin(np.arange(40 * 40), r.cover).reshape(40, 40))
    assert (covered[:, 1].min(), covered[:, 0].min()) == (x, y)
    assert (covered[:, 1].max() - x + 1, covered[:, 0].max() - y + 1) == (w, h)
