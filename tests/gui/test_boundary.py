"""BoundaryView: the image is the network's answer in data units; clicks come back in data units."""
import dataclasses
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402

import core  # noqa: E402
from nnviz import colors  # noqa: E402
from nnviz.model.snapshot import make_snapshot  # noqa: E402
from nnviz.views.boundary import BoundaryView  # noqa: E402


def trained(spec=None, steps=200):
    s = core.Session.from_spec(spec or {"data": {"test_ratio": 0.3}})
    for _ in range(steps):
        s.step()
    return make_snapshot(s, steps)


@pytest.fixture(scope="module")
def snap():
    return trained()


@pytest.fixture
def view(qtbot, snap):
    v = BoundaryView()
    qtbot.addWidget(v)
    v.resize(500, 500)
    v.show()
    qtbot.waitExposed(v)
    v.set_snapshot(snap)
    return v


def widget_pos(view, x, y):
    """Viewport position of the data point (x, y)."""
    sp = view.plot.getViewBox().mapViewToScene(QPointF(x, y))
    return view.plot.mapFromScene(sp)


def test_image_is_the_blended_output_with_row0_at_ymin(view, snap):
    img = view.image_rgba()
    # the regions are light tints of the probability-weighted blend (issue 10.1)
    expected = colors.tint(colors.blend_probabilities(colors.output_probabilities(snap.grid_output, "softmax"),
                                                      colors.class_colors(3)))
    assert np.array_equal(img, expected)
    # image row 0 / column 0 sits at the first grid point (bottom-left), in data units
    p = view.image.mapToView(QPointF(0.5, 0.5))
    assert p.x() == pytest.approx(snap.grid_xs[0], abs=1e-9)
    assert p.y() == pytest.approx(snap.grid_ys[0], abs=1e-9)
    q = view.image.mapToView(QPointF(99.5, 99.5))
    assert q.x() == pytest.approx(snap.grid_xs[-1], abs=1e-9)
    assert q.y() == pytest.approx(snap.grid_ys[-1], abs=1e-9)


def test_screen_pixels_show_the_output_at_that_data_point(view, snap):
    """Orientation end to end: the colour on screen at (x, y) is the grid's colour at [iy, ix]."""
    view.train_item.setVisible(False)
    view.test_item.setVisible(False)
    view.wrong_item.setVisible(False)
    expected = view.image_rgba()
    shot = view.plot.viewport().grab().toImage()
    rng = np.random.default_rng(1)
    for iy, ix in rng.integers(2, 98, size=(40, 2)):
        # the screen pixel may fall a fraction of a grid cell off: accept the 3x3 neighbourhood's range
        patch = expected[iy - 1:iy + 2, ix - 1:ix + 2, :3].reshape(-1, 3).astype(int)
        p = widget_pos(view, snap.grid_xs[ix], snap.grid_ys[iy])
        c = shot.pixelColor(p.x(), p.y())
        got = np.array([c.red(), c.green(), c.blue()])
        assert np.all(got >= patch.min(0) - 3) and np.all(got <= patch.max(0) + 3), (ix, iy, got, expected[iy, ix])
    # and the picture is not symmetric, so a flipped or transposed image would have failed
    assert not np.array_equal(expected, expected[::-1]) and not np.array_equal(expected, expected.transpose(1, 0, 2))


def test_axes_ranges_equal_the_snapshot_bounds(view, snap):
    (x0, x1), (y0, y1) = view.plot.getViewBox().viewRange()
    assert (x0, x1, y0, y1) == pytest.approx(snap.bounds, abs=1e-9)


def test_different_networks_give_different_pixels(view, snap):
    before = view.image_rgba().copy()
    other = trained({"network": {"seed": 7}, "data": {"test_ratio": 0.3}}, steps=5)
    view.set_snapshot(other)
    after = view.image_rgba()
    assert after.shape == before.shape
    assert np.mean(np.any(after != before, axis=-1)) > 0.2


def test_items_are_reused_between_frames(view, snap):
    items = (view.image, view.train_item, view.test_item, view.wrong_item)
    view.set_snapshot(trained(steps=3))
    assert (view.image, view.train_item, view.test_item, view.wrong_item) == items
    assert len(view.plot.getPlotItem().items) == 4


def test_points_train_filled_test_outlined_and_toggle(view, snap):
    assert len(view.train_item.data) == len(snap.x_train)
    assert len(view.test_item.data) == len(snap.x_test) > 0
    b_train = view.train_item.data["brush"][0]
    b_test = view.test_item.data["brush"][0]
    assert b_train.style() != Qt.BrushStyle.NoBrush and b_test.style() == Qt.BrushStyle.NoBrush
    view.set_show_test(False)
    assert not view.test_item.isVisible()
    view.set_show_test(True)
    assert view.test_item.isVisible()


def test_discretize_uses_only_class_colours(view, snap):
    view.set_discretize(True)
    px = {tuple(p) for p in view.image_rgba()[..., :3].reshape(-1, 3)}
    tints = colors.tint(np.column_stack([colors.class_colors(3), np.full(3, 255)]).astype(np.uint8))[:, :3]
    assert px <= {tuple(c) for c in tints}
    assert len(px) >= 2
    view.set_discretize(False)
    assert len({tuple(p) for p in view.image_rgba()[..., :3].reshape(-1, 3)}) > 20


def test_show_neuron_and_back(view, snap):
    out = view.image_rgba().copy()
    view.show_neuron(1, 3)
    n = view.image_rgba()
    assert n.shape == out.shape and not np.array_equal(n, out)
    assert "neuron 4 of hidden layer 1" in view.title.text()
    # hidden maps are sigmoid: 2v-1 on the weight scale; the corner pixel is the thumbnail's corner value
    v = snap.grid_hidden[0][0, 0, 3]
    assert tuple(n[0, 0]) == tuple(colors.weight_rgba(np.array([2 * v - 1]), 1.0)[0])
    view.show_neuron(2, 1)  # the output neuron of class 1
    assert "class 1" in view.title.text()
    view.show_neuron(-1, -1)
    assert np.array_equal(view.image_rgba(), out)


def test_nan_output_shows_a_message_not_a_picture(view, snap):
    bad = snap.grid_output.copy()
    bad[10, 20, 0] = np.nan
    view.set_snapshot(dataclasses.replace(snap, grid_output=bad))
    assert view.is_not_a_number()
    assert not view.image.isVisible()
    assert view.nan_label.text() == "network output is not a number"
    view.set_snapshot(snap)
    assert not view.is_not_a_number() and view.image.isVisible()


def test_clicks_come_back_in_data_units(qtbot, view, snap):
    x0, x1, y0, y1 = snap.bounds
    x, y = x0 + 0.3 * (x1 - x0), y0 + 0.7 * (y1 - y0)
    pos = widget_pos(view, x, y)
    tol = 2 * (x1 - x0) / view.plot.width()
    vp = view.plot.viewport()
    for button, mods, action in [(Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, "add"),
                                 (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, "add_other"),
                                 (Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, "remove")]:
        with qtbot.waitSignal(view.pointClicked, timeout=1000) as sig:
            qtbot.mouseClick(vp, button, mods, pos)
        cx, cy, a = sig.args
        assert a == action
        assert cx == pytest.approx(x, abs=tol) and cy == pytest.approx(y, abs=tol)


def test_ctrl_click_or_trace_mode_traces_the_nearest_point(qtbot, view, snap):
    x0, x1, y0, y1 = snap.bounds
    tol = 2 * (x1 - x0) / view.plot.width()  # a click lands within about a pixel
    vp = view.plot.viewport()
    for k, mods, trace_mode in [(17, Qt.KeyboardModifier.ControlModifier, False),
                                (3, Qt.KeyboardModifier.NoModifier, True)]:
        view.set_trace_mode(trace_mode)
        with qtbot.waitSignal(view.pointTraced, timeout=1000) as sig:
            with qtbot.assertNotEmitted(view.pointClicked):
                qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, mods, widget_pos(view, *snap.x_train[k]))
        got = sig.args[0]
        assert got == k or np.hypot(*(snap.x_train[got] - snap.x_train[k])) < tol


def test_regression_uses_the_diverging_scale(qtbot):
    s = core.Session.from_spec({"network": {"sizes": [2, 4, 1], "activation": "tanh", "output": "identity",
                                            "loss": "mse"},
                                "data": {"name": "reg_plane"}, "train": {"lr": 0.03, "batch_size": 10}})
    for _ in range(100):
        s.step()
    snap = make_snapshot(s, 1)
    v = BoundaryView()
    qtbot.addWidget(v)
    v.set_snapshot(snap)
    scale = colors.auto_scale(np.concatenate([snap.y_train, snap.y_test]))
    assert np.array_equal(v.image_rgba(), colors.diverging_image(snap.grid_output[:, :, 0], scale))


def test_render_to_image(qtbot, snap):
    v = BoundaryView()
    qtbot.addWidget(v)
    v.set_snapshot(snap)
    img = v.render_to_image(400, 300)
    assert (img.width(), img.height()) == (400, 300)
    px = [img.pixelColor(x, y) for x in range(0, 400, 9) for y in range(0, 300, 9)]
    assert len({c.name() for c in px}) > 10


# ---------------------------------------------------------------- readable from the back of the room (issue 10.1)

def _shot_rgb(view):
    img = view.plot.viewport().grab().toImage()
    return lambda p: np.array([img.pixelColor(p.x(), p.y()).red(), img.pixelColor(p.x(), p.y()).green(),
                               img.pixelColor(p.x(), p.y()).blue()])


def test_a_correct_point_stands_out_from_its_own_region(qtbot, snap):
    v = BoundaryView()
    qtbot.addWidget(v)
    v.resize(700, 700)
    v.show()
    qtbot.waitExposed(v)
    v.set_snapshot(snap)
    pred = v._predicted(snap, snap.x_train)
    ok = np.flatnonzero(pred == snap.y_train)
    assert len(ok) > 20
    at = _shot_rgb(v)
    size = v.train_item.opts["size"]
    checked = 0
    for i in ok:
        x, y = snap.x_train[i]
        others = np.delete(np.vstack([snap.x_train, snap.x_test]), i, axis=0)
        c = widget_pos(v, x, y)
        # a point standing alone, so the region around it is its own background
        d = np.min(np.hypot(others[:, 0] - x, others[:, 1] - y))
        x0, x1, _y0, _y1 = snap.bounds
        if d * v.plot.getViewBox().width() / (x1 - x0) < 3 * size:
            continue
        fill = at(c)
        region = at(c + type(c)(int(size * 1.4), 0))
        ring = [at(c + type(c)(dx, 0)) for dx in range(int(size / 2) - 2, int(size / 2) + 3)]
        best_ring = max(float(colors.contrast_ratio(r, region)) for r in ring)
        assert best_ring >= 3.0, (i, fill, region, ring)                  # the outline: WCAG non-text 3:1
        assert np.linalg.norm(fill.astype(float) - region) >= 60, (i, fill, region)   # the fill: its full colour
        checked += 1
    assert checked >= 5


def test_test_and_train_markers_differ_in_shape(qtbot, snap):
    """As drawn: a circle reaches as far along its diagonal as along its axis, a diamond ~0.71 as far."""
    one = dataclasses.replace(snap, x_train=np.array([[-0.5, 0.0]]), y_train=np.array([0]),
                              x_test=np.array([[0.5, 0.0]]), y_test=np.array([0]))
    v = BoundaryView()
    qtbot.addWidget(v)
    v.resize(600, 600)
    v.show()
    qtbot.waitExposed(v)
    v.set_snapshot(one)
    v.set_content_scale(3.0)  # big markers: the shape is not lost in pixel rounding
    assert v.train_item.opts["symbol"] == "o" and v.test_item.opts["symbol"] == "d"
    v.image.setVisible(False)
    v.wrong_item.setVisible(False)
    img = v.plot.viewport().grab().toImage()

    def reach(x, y):
        c = widget_pos(v, x, y)
        def inked(dx, dy):
            q = img.pixelColor(c.x() + dx, c.y() + dy)
            return q.red() + q.green() + q.blue() < 3 * 200
        axis = max(k for k in range(0, 40) if inked(k, 0) or inked(-k, 0) or inked(0, k) or inked(0, -k))
        diag = max(k for k in range(0, 40) if inked(k, k) or inked(-k, -k) or inked(k, -k) or inked(-k, k))
        return diag * np.sqrt(2) / axis

    circle, diamond = reach(-0.5, 0.0), reach(0.5, 0.0)
    assert circle > 0.9 and diamond < 0.85, (circle, diamond)


def test_misclassified_points_are_ringed_and_counted(view, snap):
    pred_t = view._predicted(snap, snap.x_train)
    pred_e = view._predicted(snap, snap.x_test)
    wt, we = int(np.sum(pred_t != snap.y_train)), int(np.sum(pred_e != snap.y_test))
    assert view.misclassified() == (wt, len(snap.x_train), we, len(snap.x_test))
    assert len(view.wrong_item.data) == wt + we
    assert f"misclassified: {wt} of {len(snap.x_train)} train, {we} of {len(snap.x_test)} test" in view.legend_text()
    # a barely trained net gets many more wrong than this one
    early = trained(steps=2)
    view.set_snapshot(early)
    assert view.misclassified()[0] > wt


def test_legend_names_the_classes_from_the_data(view, snap):
    view.set_snapshot(dataclasses.replace(snap, seq=snap.seq + 1, class_names=("cat", "dog", "bird")))
    kinds = [k for k, _c, _t in view.legend.entries()]
    texts = [t for _k, _c, t in view.legend.entries()]
    assert texts[:3] == ["cat", "dog", "bird"] and kinds[:3] == ["class"] * 3
    assert any(t.startswith("train") for t in texts) and any(t.startswith("test") for t in texts)
    assert [tuple(c) for _k, c, _t in view.legend.entries()[:3]] == [tuple(int(v) for v in c)
                                                                     for c in colors.class_colors(3)]


def test_palette_switch_changes_point_colours(view, snap):
    before = [view.train_item.data["brush"][i].color().name() for i in range(5)]
    try:
        colors.set_palette("colorblind")
        view.set_snapshot(dataclasses.replace(snap, seq=snap.seq + 1))
        after = [view.train_item.data["brush"][i].color().name() for i in range(5)]
        want = [QColor(*map(int, colors.class_colors(3)[int(y)])).name() for y in snap.y_train[:5]]
        assert after == want and after != before
        # the legend swatches follow too
        assert tuple(view.legend.entries()[0][1]) == tuple(int(v) for v in colors.class_colors(3)[0])
    finally:
        colors.set_palette("playground")


def test_one_data_unit_is_as_long_on_x_as_on_y(qtbot, snap):
    v = BoundaryView()
    qtbot.addWidget(v)
    for w, h in ((900, 400), (400, 900), (600, 600)):
        v.resize(w, h)
        v.show()
        qtbot.waitExposed(v)
        v.set_snapshot(snap)
        qtbot.wait(10)
        vb = v.plot.getViewBox()
        (x0, x1), (y0, y1) = vb.viewRange()
        px_per_x = vb.width() / (x1 - x0)
        px_per_y = vb.height() / (y1 - y0)
        assert px_per_x == pytest.approx(px_per_y, rel=0.03), (w, h)


def test_regression_map_has_a_colour_bar_with_its_range(qtbot):
    s = core.Session.from_spec({"network": {"sizes": [2, 4, 1], "activation": "tanh", "output": "identity",
                                            "loss": "mse"},
                                "data": {"name": "reg_plane"}, "train": {"lr": 0.03, "batch_size": 10}})
    s.step()
    snap = make_snapshot(s, 1)
    v = BoundaryView()
    qtbot.addWidget(v)
    v.set_snapshot(snap)
    assert not v.colorbar.isHidden()
    scale = colors.auto_scale(np.concatenate([snap.y_train, snap.y_test]))
    _t, lo, mid, hi = v.colorbar.texts()
    assert hi == f"{scale:.3g}" and lo == f"−{scale:.3g}" and mid == "0"


def test_markers_grow_with_the_presenter_factor_but_never_cover_a_small_plot(qtbot, snap):
    v = BoundaryView()
    qtbot.addWidget(v)
    v.resize(820, 860)
    v.show()
    qtbot.waitExposed(v)
    v.set_snapshot(snap)
    s1 = v.train_item.opts["size"]
    v.set_content_scale(2.0)
    assert v.train_item.opts["size"] == pytest.approx(2 * s1)
    assert v.test_item.opts["size"] > v.train_item.opts["size"]
    v.resize(260, 260)
    qtbot.wait(10)
    side = min(v.plot.width(), v.plot.height())
    assert v.train_item.opts["size"] <= max(side / 40.0, 0.6 * s1) + 1e-9
