"""Dense nets: edges rasterised with numpy (EdgeRaster) look like Qt's hairlines and behave the same.

Structural checks only (no timing): when the raster is used, that its pixels are the lines'
pixels in the right colours, that it is redrawn only when a colour changed, and that painting
anything but plain pixels (SVG, a scaled export) still gets real lines.
"""
import dataclasses
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QPointF, QRectF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPicture  # noqa: E402

import core  # noqa: E402
from nnviz import colors  # noqa: E402
from nnviz.model.snapshot import make_snapshot  # noqa: E402
from nnviz.views import diagram as diagram_mod  # noqa: E402
from nnviz.views.diagram import N_BUCKETS, EdgeRaster, NetworkDiagram, _plain_raster, line_pixels  # noqa: E402


@pytest.fixture(scope="module")
def dense_snap():
    s = core.Session.from_spec({"network": {"sizes": [2, 80, 80, 3], "activation": "tanh", "init": "xavier"},
                                "data": {"name": "spiral", "classes": 3}})
    s.step()
    return make_snapshot(s, 1)


@pytest.fixture
def dense(qtbot, dense_snap):
    d = NetworkDiagram()
    qtbot.addWidget(d)
    d.set_max_edges(10 ** 6)
    d.resize(1000, 700)
    d.show()
    qtbot.waitExposed(d)
    d.set_snapshot(dense_snap)
    return d


def edges_image(d):
    """The viewport drawn with the edges only (nodes and labels hidden), as RGB32."""
    hidden = [it for it in d.scene.items() if it is not d.edges and it.isVisible()]
    for it in hidden:
        it.hide()
    img = QImage(d.view.viewport().size(), QImage.Format.Format_RGB32)
    img.fill(QColor(255, 255, 255))
    p = QPainter(img)
    d.scene.render(p, QRectF(img.rect()), d.scene.sceneRect())
    p.end()
    for it in hidden:
        it.show()
    return img


def rgb(img):
    ptr = img.constBits()
    a = np.frombuffer(ptr, dtype=np.uint8, count=img.sizeInBytes()).reshape(img.height(), img.bytesPerLine())
    return a[:, :4 * img.width()].reshape(img.height(), img.width(), 4)[:, :, [2, 1, 0]].astype(int)


def test_line_pixels_are_qt_hairline_pixels():
    from PySide6.QtCore import QLineF, Qt
    from PySide6.QtGui import QPen

    rng = np.random.default_rng(0)
    ends = np.vstack([rng.uniform(2, 58, (150, 4)), np.round(rng.uniform(2, 58, (50, 4)) * 2) / 2,
                      [[2.0, 3.0, 12.0, 3.0], [5.0, 1.0, 5.0, 40.0], [7.2, 7.3, 7.4, 7.2]]])
    pix, n, order = line_pixels(ends, 60, 60)
    assert sorted(order) == list(range(len(ends))) and n.sum() == len(pix)
    starts = np.concatenate([[0], np.cumsum(n)])
    seg = {int(e): set(pix[starts[r]:starts[r + 1]].tolist()) for r, e in enumerate(order)}
    assert seg[200] == {3 * 60 + x for x in range(2, 12)}  # horizontal: one row, the last pixel left out
    assert seg[201] == {y * 60 + 5 for y in range(1, 40)}
    assert seg[202] == set()  # shorter than a pixel: nothing, as Qt
    wrong = total = 0
    for k, e in enumerate(ends):
        img = QImage(60, 60, QImage.Format.Format_RGB32)
        img.fill(QColor(255, 255, 255))
        p = QPainter(img)
        pen = QPen(QColor(0, 0, 0), 0)
        pen.setCosmetic(True)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        p.setPen(pen)
        p.drawLine(QLineF(*e))
        p.end()
        qt = set(np.flatnonzero(rgb(img)[:, :, 0].reshape(-1) == 0).tolist())
        wrong += len(qt ^ seg[k])
        total += len(qt)
    assert wrong / total < 0.05  # the same pixels but for rounding (Qt steps in fixed point)


def test_dense_nets_use_the_raster_and_small_ones_do_not(dense, qtbot):
    assert dense.total_edges() > diagram_mod.DENSE_EDGES and dense.edges.use_raster
    small = NetworkDiagram()
    qtbot.addWidget(small)
    s = core.Session.from_spec({})
    s.step()
    small.set_snapshot(make_snapshot(s, 1))
    assert not small.edges.use_raster


def test_raster_looks_like_qt_hairlines(dense, dense_snap, monkeypatch):
    ours = rgb(edges_image(dense))
    monkeypatch.setattr(diagram_mod, "RASTER_EDGES", False)
    dense.set_snapshot(dataclasses.replace(dense_snap, seq=2))
    assert not dense.edges.use_raster
    qt = rgb(edges_image(dense))
    white = np.array([255, 255, 255])
    drawn_ours, drawn_qt = np.any(ours != white, axis=2), np.any(qt != white, axis=2)
    assert drawn_qt.sum() > 10_000
    # the same pixels are covered (a line may land a pixel off at a rounding) ...
    assert np.sum(drawn_ours != drawn_qt) < 0.05 * drawn_qt.sum()
    # ... in the same colours, but for pixels where two lines of the same strength cross
    both = drawn_ours & drawn_qt
    assert np.mean(np.all(ours[both] == qt[both], axis=1)) > 0.8


def test_strongest_colour_wins_where_edges_share_pixels(dense, dense_snap):
    # one NaN weight: its edge is magenta and on top of all others, along its whole length
    ws = [(W.copy(), b) for W, b in dense_snap.weights]
    ws[1][0][5, 7] = np.nan
    dense.set_snapshot(dataclasses.replace(dense_snap, seq=3, weights=tuple(ws)))
    assert dense.edges.use_raster
    r = dense.edges.raster
    e = dense._edge_id(1, 5, 7)
    row = int(np.flatnonzero(r.order == e)[0])
    start = int(np.sum(r.lens[:row]))
    pixels = r.pix[start:start + r.lens[row]]
    assert len(pixels) > 50
    magenta = int(dense.edges.bucket_argb()[N_BUCKETS])
    assert np.all(r.argb.reshape(-1)[pixels] == magenta)
    assert colors.bucketize(np.array([np.nan]), N_BUCKETS)[0] == N_BUCKETS


def test_raster_is_redrawn_only_when_a_colour_changed(dense, dense_snap):
    r = dense.edges.raster
    ranks = dense._raster_ranks.copy()
    table = np.zeros(N_BUCKETS + 2, dtype=np.uint32)
    table[1:] = dense.edges.bucket_argb()[0]
    assert r.draw(ranks, table) is True
    assert r.draw(ranks, table) is False  # nothing changed: the image stands
    ranks[0] = 0 if ranks[0] else 1
    assert r.draw(ranks, table) is True


def test_hover_and_click_find_edges_in_the_raster(dense, qtbot):
    layer, i, j = 1, 3, 4
    w = float(dense._snap.weights[layer][0][i, j])
    dense.set_weight_scale(abs(w) * 0.5)  # this edge in the strongest bucket: surely drawn
    assert dense.edge_bucket(layer, i, j) is not None
    p = dense.edge_midpoint(layer, i, j)
    dense.hover_at(p, dense.view.mapFromScene(p))
    assert dense.hover_text().splitlines()[0].startswith("w[")
    dense.click_at(p)
    assert dense.editor.isVisible()


def test_only_plain_pixels_get_the_raster():
    img = QImage(40, 40, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(img)
    assert _plain_raster(p)
    p.translate(3, 4)
    assert _plain_raster(p)
    p.scale(2, 2)  # a scaled export: real lines, not a magnified raster
    assert not _plain_raster(p)
    p.end()
    pic = QPicture()
    p = QPainter(pic)  # SVG, printing and pictures record lines
    assert not _plain_raster(p)
    p.end()


def test_scaled_export_draws_lines(dense):
    img = QImage(2000, 1400, QImage.Format.Format_RGB32)
    img.fill(QColor(255, 255, 255))
    p = QPainter(img)
    p.scale(2, 2)
    dense.edges.paint(p, None)
    p.end()
    a = rgb(img)
    assert np.any(a != 255, axis=2).mean() > 0.05  # the lines are there, drawn at the export's scale


def test_a_new_layout_gets_a_new_raster(dense):
    r = dense.edges.raster
    dense.resize(900, 650)
    dense._on_resize()
    assert dense.edges.raster is not r and dense.edges.raster.ends is dense._ends
    assert isinstance(dense.edges.raster, EdgeRaster)
    assert (dense.edges.raster.width, dense.edges.raster.height) == (int(dense.scene.sceneRect().width()),
                                                                   int(dense.scene.sceneRect().height()))


def test_edge_midpoint_pixel_is_drawn(dense):
    r = dense.edges.raster
    ids = dense.edges.edge_ids
    assert len(ids)
    # every drawn edge lights its pixels: no drawn edge's midpoint is left transparent
    mids = dense._ends[ids]
    x = np.floor((mids[:, 0] + mids[:, 2]) / 2).astype(int)
    y = np.floor((mids[:, 1] + mids[:, 3]) / 2).astype(int)
    near = np.zeros(len(ids), dtype=bool)
    a = r.argb
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            near |= a[np.clip(y + dy, 0, r.height - 1), np.clip(x + dx, 0, r.width - 1)] != 0
    assert near.all()
    assert isinstance(QPointF(0, 0), QPointF)
