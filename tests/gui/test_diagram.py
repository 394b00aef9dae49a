"""NetworkDiagram: what is drawn, that it follows the weights, and what the mouse does."""
import dataclasses
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QPoint, QPointF, Qt  # noqa: E402

import core  # noqa: E402
from core.datasets import Dataset  # noqa: E402
from nnviz import colors  # noqa: E402
from nnviz.model.snapshot import make_snapshot  # noqa: E402
from nnviz.views.diagram import N_BUCKETS, NetworkDiagram  # noqa: E402


@pytest.fixture(scope="module")
def snap():
    s = core.Session.from_spec({})  # 2-10-3 sigmoid/softmax on the spiral
    for _ in range(30):
        s.step()
    return make_snapshot(s, 1)


@pytest.fixture
def diagram(qtbot, snap):
    d = NetworkDiagram()
    qtbot.addWidget(d)
    d.resize(1000, 700)
    d.show()
    qtbot.waitExposed(d)
    d.set_snapshot(snap)
    return d


def with_weight(snap, layer, i, j, value):
    ws = [(W.copy(), None if b is None else b.copy()) for W, b in snap.weights]
    ws[layer][0][i, j] = value
    return dataclasses.replace(snap, seq=snap.seq + 1, weights=tuple(ws))


def lone_point(d, layer, i, j):
    """A viewport point on edge (layer, i, j) at least 6 px from every other drawn edge."""
    e = d._edge_id(layer, i, j)
    x0, y0, x1, y1 = d._ends[e]
    others = d._ends[np.setdiff1d(d.edges.edge_ids, [e])]
    for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8):
        px, py = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
        ax, ay = others[:, 0], others[:, 1]
        dx, dy = others[:, 2] - ax, others[:, 3] - ay
        u = np.clip(((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy), 0, 1)
        dist = np.hypot(ax + u * dx - px, ay + u * dy - py)
        if dist.min() > 6:
            return d.view.mapFromScene(QPointF(px, py))
    pytest.skip("no point of this edge stands clear of the others")


def wide_snapshot():
    rng = np.random.default_rng(0)
    ds = Dataset(x=rng.normal(size=(40, 784)), y=rng.integers(0, 10, 40), kind="classification",
                 class_names=[str(k) for k in range(10)])
    s = core.Session({"network": {"sizes": [784, 256, 10], "init": "he"}, "data": {"name": "csv"}}, dataset=ds)
    return make_snapshot(s, 1)


# ---------------------------------------------------------------- what is drawn

def test_counts_for_the_default_2_10_3_net(diagram):
    # all seven Playground features are shown (x1, x2 selected), then 10 hidden and 3 outputs
    assert diagram.node_count() == 7 + 10 + 3
    assert diagram.edge_count() == diagram.total_edges() == 2 * 10 + 10 * 3
    assert "50 edges" in diagram.info_text()
    assert [c["selected"] for c in diagram._columns[:1]][0] == [True, True] + [False] * 5


def test_wide_net_draws_only_the_strongest_edges(qtbot):
    snap = wide_snapshot()
    d = NetworkDiagram()
    qtbot.addWidget(d)
    d.resize(1000, 700)
    d.set_snapshot(snap)
    total = 784 * 256 + 256 * 10
    assert d.node_count() == 784 + 256 + 10
    assert d.total_edges() == total
    assert d.edge_count() == 2000
    assert f"showing the 2,000 strongest of {total:,} edges" in d.info_text()
    # in each layer pair, every drawn edge is at least as strong as every edge left out
    for layer, (W, _b) in enumerate(snap.weights):
        lo, hi = d._offsets[layer], d._offsets[layer + 1]
        ids = d.edges.edge_ids
        drawn = ids[(ids >= lo) & (ids < hi)] - lo
        mask = np.zeros(W.size, bool)
        mask[drawn] = True
        a = np.abs(W.ravel())
        assert 0 < mask.sum() < W.size
        assert a[mask].min() >= a[~mask].max()
    d.set_max_edges(500)
    assert d.edge_count() == 500
    assert "showing the 500 strongest" in d.info_text()


def test_edge_colour_buckets_follow_the_weights(diagram, snap):
    scale = diagram.weight_scale()
    before = diagram.edge_bucket(0, 1, 2)
    assert before == colors.bucketize(np.array([snap.weights[0][0][1, 2]]), N_BUCKETS, scale)[0]
    big = 10 * scale
    diagram.set_snapshot(with_weight(snap, 0, 1, 2, -big))
    assert diagram.edge_bucket(0, 1, 2) == 0                  # full orange
    diagram.set_snapshot(with_weight(snap, 0, 1, 2, big))
    assert diagram.edge_bucket(0, 1, 2) == N_BUCKETS - 1      # full blue
    diagram.set_snapshot(with_weight(snap, 0, 1, 2, np.nan))
    assert diagram.edge_bucket(0, 1, 2) == N_BUCKETS          # the magenta "bad" bucket


def test_edge_pixels_change_colour_with_the_sign(qtbot, snap):
    d = NetworkDiagram()
    qtbot.addWidget(d)
    d.resize(900, 600)
    d.show()
    qtbot.waitExposed(d)
    zero = tuple((np.zeros_like(W), None if b is None else np.zeros_like(b)) for W, b in snap.weights)
    base = dataclasses.replace(snap, weights=zero)
    d.set_weight_scale(1.0)
    d.set_snapshot(with_weight(base, 1, 4, 1, -1.0))
    p = d.edge_midpoint(1, 4, 1)
    orange = d.view.viewport().grab().toImage().pixelColor(int(p.x()), int(p.y()))
    d.set_snapshot(with_weight(base, 1, 4, 1, 1.0))
    blue = d.view.viewport().grab().toImage().pixelColor(int(p.x()), int(p.y()))
    assert orange.red() > orange.blue() + 100, orange.name()
    assert blue.blue() > blue.red() + 100, blue.name()


def test_thumbnails_show_each_neuron_upright(diagram, snap):
    """A node's image is its own activation map, largest y at the top (as the boundary view)."""
    h = snap.grid_hidden[0]
    r = h.shape[0]
    for u in (0, 3, 9):
        img = diagram.node_image(1, u)
        assert (img.width(), img.height()) == (r, r)
        for (row, col), (iy, ix) in {(0, 0): (r - 1, 0), (r - 1, 0): (0, 0), (0, r - 1): (r - 1, r - 1),
                                     (5, 17): (r - 6, 17)}.items():
            want = colors.weight_rgba(np.array([2 * h[iy, ix, u] - 1]), 1.0)[0]  # sigmoid: 2v-1
            c = img.pixelColor(col, row)
            assert (c.red(), c.green(), c.blue()) == tuple(int(v) for v in want[:3]), (u, row, col)
    assert not np.allclose(h[0, :, 0], h[-1, :, 0])  # the map is not symmetric top/bottom
    # inputs show the feature over the plane: x2 grows upward, so its top row is the bluest
    x2 = diagram.node_image(0, 1)
    assert x2.pixelColor(r // 2, 0).blue() > x2.pixelColor(r // 2, r - 1).blue() + 100
    assert diagram.node_image(2, 0) is not None and diagram.node_image(9, 0) is None


def test_layout_is_rebuilt_only_when_the_architecture_changes(diagram, snap):
    cols = diagram._columns
    texts = list(diagram._texts)
    diagram.set_snapshot(with_weight(snap, 0, 0, 0, 0.123))
    assert diagram._columns is cols and diagram._texts == texts
    s = core.Session.from_spec({"network": {"sizes": [2, 5, 4, 3], "activation": ["tanh", "relu"]}})
    diagram.set_snapshot(make_snapshot(s, 2))
    assert diagram._columns is not cols
    assert diagram.node_count() == 7 + 5 + 4 + 3
    assert diagram.edge_count() == 2 * 5 + 5 * 4 + 4 * 3
    assert [w.combo.currentData() for w in diagram._controls] == ["tanh", "relu"]


def test_render_to_image(qtbot, snap):
    d = NetworkDiagram()  # never shown: the command line renders it like this
    qtbot.addWidget(d)
    d.set_snapshot(snap)
    img = d.render_to_image(640, 480)
    assert (img.width(), img.height()) == (640, 480)
    px = [img.pixelColor(x, y) for x in range(0, 640, 7) for y in range(0, 480, 7)]
    assert any(c.blue() > c.red() + 80 for c in px) and any(c.red() > c.blue() + 80 for c in px)


# ---------------------------------------------------------------- mouse

def test_hover_an_edge_reads_its_weight_live(qtbot, diagram, snap):
    diagram.set_snapshot(with_weight(snap, 0, 1, 2, -0.4213))
    pos = lone_point(diagram, 0, 1, 2)
    # from elsewhere first: a move to where an earlier test left the cursor sends no event
    qtbot.mouseMove(diagram.view.viewport(), QPoint(2, 2))
    qtbot.mouseMove(diagram.view.viewport(), pos)
    assert diagram.hover_text().splitlines()[0] == "w[1][2→3] = -0.4213"
    diagram.set_snapshot(with_weight(snap, 0, 1, 2, 1.5))  # a new frame arrives under the mouse
    assert diagram.hover_text().splitlines()[0] == "w[1][2→3] = 1.5000"
    diagram.set_snapshot(with_weight(snap, 0, 1, 2, np.nan))
    assert "not a number" in diagram.hover_text().splitlines()[0]


def test_hover_a_node_emits_nodeHovered(qtbot, diagram):
    c = diagram.node_center(1, 4)
    with qtbot.waitSignal(diagram.nodeHovered, timeout=1000) as sig:
        qtbot.mouseMove(diagram.view.viewport(), diagram.view.mapFromScene(c))
    assert sig.args == [1, 4]
    assert "neuron 5 of hidden layer 1" in diagram.hover_text()
    with qtbot.waitSignal(diagram.nodeHovered, timeout=1000) as sig:
        qtbot.mouseMove(diagram.view.viewport(), QPoint(3, diagram.view.viewport().height() - 3))
    assert sig.args == [-1, -1]


def test_click_an_input_toggles_that_feature(qtbot, diagram):
    c = diagram.view.mapFromScene(diagram.node_center(0, 2))  # x1^2, not selected
    with qtbot.waitSignal(diagram.featureToggled, timeout=1000) as sig:
        qtbot.mouseClick(diagram.view.viewport(), Qt.MouseButton.LeftButton, pos=c)
    assert sig.args == ["x1^2"]


def test_click_edit_emits_the_typed_weight(qtbot, diagram):
    pos = lone_point(diagram, 1, 7, 2)
    qtbot.mouseClick(diagram.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert not diagram.editor.isHidden()
    diagram.editor.selectAll()
    with qtbot.waitSignal(diagram.weightEdited, timeout=1000) as sig:
        qtbot.keyClicks(diagram.editor, "-0.75")
        qtbot.keyClick(diagram.editor, Qt.Key.Key_Return)
    assert sig.args == [1, 7, 2, -0.75]
    assert diagram.editor.isHidden()


def test_edit_rejects_text_that_is_not_a_number(qtbot, diagram):
    diagram.edit_edge(0, 1, 9)
    with qtbot.assertNotEmitted(diagram.weightEdited):
        assert diagram.commit_edit("abc") is False
        assert diagram.commit_edit("nan") is False
    assert "not a number" in diagram.editor_error()
    assert not diagram.editor.isHidden()
    with qtbot.waitSignal(diagram.weightEdited, timeout=1000) as sig:
        assert diagram.commit_edit(" 2.5 ") is True
    assert sig.args == [0, 1, 9, 2.5]
    assert diagram.editor_error() == ""
    with pytest.raises(IndexError):
        diagram.edit_edge(0, 2, 0)  # W[0] has 2 rows


# ---------------------------------------------------------------- architecture controls

def test_architecture_buttons_emit_the_new_sizes(qtbot, diagram):
    ctl = diagram._controls[0]
    cases = [(ctl.plus.click, [2, 11, 3], ["sigmoid"]),
             (ctl.minus.click, [2, 9, 3], ["sigmoid"]),
             (lambda: ctl.combo.setCurrentIndex(ctl.combo.findData("relu")), [2, 10, 3], ["relu"]),
             (diagram.add_layer_btn.click, [2, 10, 10, 3], ["sigmoid", "sigmoid"]),
             (diagram.remove_layer_btn.click, [2, 3], [])]
    for act, sizes, acts in cases:
        with qtbot.waitSignal(diagram.architectureRequested, timeout=1000) as sig:
            act()
        assert sig.args == [sizes, acts]


def test_architecture_limits(qtbot, diagram):
    s = core.Session.from_spec({"network": {"sizes": [2, 64, 1, 3, 3, 3, 3, 3], "activation": "tanh"}})
    diagram.set_snapshot(make_snapshot(s, 3))
    assert len(diagram._controls) == 6
    assert not diagram._controls[0].plus.isEnabled() and diagram._controls[0].minus.isEnabled()
    assert not diagram._controls[1].minus.isEnabled() and diagram._controls[1].plus.isEnabled()
    assert not diagram.add_layer_btn.isEnabled() and diagram.remove_layer_btn.isEnabled()
    with qtbot.assertNotEmitted(diagram.architectureRequested):
        diagram._add_layer()
        diagram._change_neurons(0, +1)
        diagram._change_neurons(1, -1)
    s0 = core.Session.from_spec({"network": {"sizes": [2, 3], "activation": [], "output": "softmax"}})
    diagram.set_snapshot(make_snapshot(s0, 4))
    assert diagram._controls == [] and not diagram.remove_layer_btn.isEnabled()
    with qtbot.waitSignal(diagram.architectureRequested, timeout=1000) as sig:
        diagram.add_layer_btn.click()
    assert sig.args == [[2, 4, 3], ["tanh"]]


# ---------------------------------------------------------------- notation, wide and deep nets (10.5, 11.4)

def test_labels_use_the_seeds_notation_and_the_lessons_layer_numbers(qtbot, diagram):
    heads = [t.text() for t in diagram._texts if t.text().startswith("layer")]
    assert heads == ["layer 0 · features", "layer 1 · 10 neurons", "layer 2 · output"]
    qtbot.mouseMove(diagram.view.viewport(), QPoint(2, 2))
    qtbot.mouseMove(diagram.view.viewport(), diagram.view.mapFromScene(diagram.node_center(1, 4)))
    assert "a₁ = x·W₁ + b₁,  z₁ = sigmoid(a₁)" in diagram.hover_text()
    qtbot.mouseMove(diagram.view.viewport(), diagram.view.mapFromScene(diagram.node_center(2, 0)))
    assert "a₂ = z₁·W₂ + b₂,  y = softmax(a₂)" in diagram.hover_text()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_wide_and_deep_nets_keep_every_node_visible_and_labels_apart(qtbot, size):
    s = core.Session.from_spec({"network": {"sizes": [2] + [256] + [32] * 7 + [3], "activation": "tanh",
                                            "init": "xavier"}})
    snap = make_snapshot(s, 1)
    d = NetworkDiagram()
    qtbot.addWidget(d)
    d.resize(size[0] // 2, size[1] - 300)   # the diagram's share of the window
    d.show()
    qtbot.waitExposed(d)
    d.set_snapshot(snap)
    assert len(d._columns) == 10
    for c in range(1, 10):
        x, ys, s_, compact, _rows = d.column_geometry(c)
        assert s_ >= 3.0                                            # every neuron a visible dot
        xs = d._columns[c]["xs"]
        apart = (np.abs(xs[:, None] - xs[None, :]) >= s_) | (np.abs(ys[:, None] - ys[None, :]) >= s_)
        np.fill_diagonal(apart, True)
        assert apart.all(), c                                       # none hidden under another
        assert ys.min() >= 0 and ys.max() <= d.view.viewport().height()
    rects = [t.sceneBoundingRect() for t in d._texts]
    clashes = [(a.text(), b.text()) for i, a in enumerate(d._texts) for b in d._texts[i + 1:]
               if a.sceneBoundingRect().intersects(b.sceneBoundingRect())]
    assert not clashes and rects
    assert "strongest" in d.info_text()                             # the k strongest edges, said so
    assert d.edge_count() <= 2000


def test_colour_bar_explains_weights_and_in_the_backward_stage_gradients(diagram, snap):
    from core.events import BackwardLayer, Update
    from nnviz.views.legends import fmt
    title, lo, mid, hi = diagram.legend_texts()
    s = diagram.weight_scale()
    assert title == "weight w" and (lo, mid, hi) == (fmt(-s), "0", fmt(s))
    sess = core.Session.from_spec({})
    events = tuple(sess.micro_steps())
    k = next(i for i, e in enumerate(events) if isinstance(e, BackwardLayer) and e.grads.get("W") is not None)
    diagram.set_snapshot(dataclasses.replace(snap, seq=snap.seq + 1, events=events, stage_index=k))
    g = colors.auto_scale(events[k].grads["W"])
    assert diagram.legend_texts() == ("gradient ∂E/∂w", fmt(-g), "0", fmt(g))
    assert diagram.colorbar.kind == "gradients"
    u = next(i for i, e in enumerate(events) if isinstance(e, Update))
    diagram.set_snapshot(dataclasses.replace(snap, seq=snap.seq + 2, events=events, stage_index=u))
    assert diagram.legend_texts()[0] == "update Δw"
    diagram.set_scale_legend("gradients", 0.25)   # what the step-through overlay colours by wins
    assert diagram.legend_texts() == ("gradient ∂E/∂w", "−0.25", "0", "0.25")
    diagram.set_scale_legend(None)
    diagram.set_snapshot(dataclasses.replace(snap, seq=snap.seq + 3))
    assert diagram.legend_texts()[0] == "weight w"


def test_palette_switch_changes_the_colour_bar_and_edges(diagram):
    before = diagram.colorbar.ramp().copy()
    pens = [p.color().name() for p in diagram.edges.pens]
    try:
        colors.set_palette("colorblind")
        diagram.refresh_colors()
        assert not np.array_equal(diagram.colorbar.ramp(), before)
        assert tuple(diagram.colorbar.ramp()[-1][:3]) == colors.PALETTES["colorblind"]["weight_pos"]
        assert [p.color().name() for p in diagram.edges.pens] != pens
    finally:
        colors.set_palette("playground")
        diagram.refresh_colors()
