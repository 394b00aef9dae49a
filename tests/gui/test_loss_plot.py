"""LossPlot: curves per epoch, the readout's numbers, NaN named not drawn, click-to-jump."""
import dataclasses
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QPointF, Qt  # noqa: E402
from PySide6.QtGui import QFontMetricsF, QImage, QPainter  # noqa: E402

import core  # noqa: E402
from nnviz.model.snapshot import make_snapshot  # noqa: E402
from nnviz.views.loss_plot import LossPlot  # noqa: E402


def trained(epochs=8, test_ratio=0.3, **data):
    s = core.Session.from_spec({"data": dict(test_ratio=test_ratio, **data)})
    for _ in range(epochs):
        s.step_epoch()
    return make_snapshot(s, epochs, grid=False)


@pytest.fixture(scope="module")
def snap():
    return trained()


@pytest.fixture
def plot(qtbot, snap):
    p = LossPlot()
    qtbot.addWidget(p)
    p.resize(600, 400)
    p.show()
    qtbot.waitExposed(p)
    p.set_snapshot(snap)
    return p


def test_readout_numbers(plot, snap):
    r = snap.epoch_history[2]
    assert r["epoch"] == 3
    text = plot.readout_at(3)
    assert text.startswith("epoch 3 · ")
    assert f"train loss {r['train_loss']:.4f}" in text
    assert f"test loss {r['test_loss']:.4f}" in text
    assert f"train accuracy {100 * r['train_acc']:.1f} %" in text
    assert f"test accuracy {100 * r['test_acc']:.1f} %" in text
    assert plot.readout_at(3.4) == text  # the nearest recorded epoch
    assert plot.readout_text() == plot.readout_at(snap.epoch_history[-1]["epoch"])  # latest by default


def test_curves_hold_the_history(plot, snap):
    x, y = plot.train_curve.getData()
    assert list(x) == [r["epoch"] for r in snap.epoch_history]
    assert np.allclose(y, [r["train_loss"] for r in snap.epoch_history])
    x, y = plot.test_curve.getData()
    assert np.allclose(y, [r["test_loss"] for r in snap.epoch_history])
    x, y = plot.train_acc.getData()
    assert np.allclose(y, [r["train_acc"] for r in snap.epoch_history])
    assert len(plot.batch_curve.getData()[1]) == len(snap.loss_history)


def test_history_grows_and_restarts(qtbot):
    s = core.Session.from_spec({"data": {"test_ratio": 0.3}})
    p = LossPlot()
    qtbot.addWidget(p)
    for _ in range(3):
        s.step_epoch()
        p.set_snapshot(make_snapshot(s, s.epoch, grid=False))
    assert list(p.train_curve.getData()[0]) == [1, 2, 3]
    ck = s.checkpoint()
    s.step_epoch()
    p.set_snapshot(make_snapshot(s, 9, grid=False))
    assert list(p.train_curve.getData()[0]) == [1, 2, 3, 4]
    # back to epoch 3, retrained with another learning rate: same epochs, other losses
    s.restore(ck)
    s.set_train(lr=0.1)
    s.step_epoch()
    snap = make_snapshot(s, 10, grid=False)
    p.set_snapshot(snap)
    assert np.allclose(p.train_curve.getData()[1], [r["train_loss"] for r in snap.epoch_history])
    p.set_snapshot(make_snapshot(core.Session.from_spec({}), 11, grid=False))  # a new run: nothing yet
    x, _ = p.train_curve.getData()
    assert x is None or len(x) == 0
    assert p.readout_text() == "no epoch finished yet"


def test_no_test_split_means_no_test_numbers(qtbot):
    p = LossPlot()
    qtbot.addWidget(p)
    p.set_snapshot(trained(epochs=3, test_ratio=0.0))
    assert "test loss" not in p.readout_at(2) and "train loss" in p.readout_at(2)
    assert not p.test_curve.isVisible()


def test_nan_is_named_and_never_drawn(qtbot, snap):
    h = [dict(r) for r in snap.epoch_history]
    h[4]["train_loss"] = float("nan")
    h[5]["test_loss"] = float("inf")
    bad = dataclasses.replace(snap, epoch_history=tuple(h), iteration=snap.iteration + 1)
    plot = LossPlot()
    qtbot.addWidget(plot)
    plot.set_snapshot(bad)
    assert "loss is not a number" in plot.readout_at(5)
    assert "loss is not a number" in plot.readout_at(6)
    assert "loss is not a number from epoch 5" in plot.readout_text()
    for curve in (plot.train_curve, plot.test_curve):
        x, y = curve.getData()
        assert np.all(np.isfinite(y))
    assert 5 not in list(plot.train_curve.getData()[0])
    assert 6 not in list(plot.test_curve.getData()[0])


def test_log_scale(plot, snap):
    plot.set_log_scale(True)
    assert plot.loss_plot.getPlotItem().getAxis("left").logMode
    x, y = plot.train_curve.getData()  # what is drawn: log10 of the loss
    assert np.allclose(y, np.log10([r["train_loss"] for r in snap.epoch_history]))
    plot.set_log_scale(False)
    assert not plot.loss_plot.getPlotItem().getAxis("left").logMode


def _pos(plot, widget, epoch):
    vb = widget.getViewBox()
    (_, _), (y0, y1) = vb.viewRange()
    return widget.mapFromScene(vb.mapViewToScene(QPointF(epoch, (y0 + y1) / 2)))


def test_click_emits_epoch_and_iteration(qtbot, plot, snap):
    r = snap.epoch_history[3]
    with qtbot.waitSignal(plot.epochClicked, timeout=1000) as sig:
        qtbot.mouseClick(plot.loss_plot.viewport(), Qt.MouseButton.LeftButton, pos=_pos(plot, plot.loss_plot, 4))
    assert sig.args == [r["epoch"], r["iteration"]]


def test_hover_shows_the_readout(qtbot, plot, snap):
    qtbot.mouseMove(plot.loss_plot.viewport(), _pos(plot, plot.loss_plot, 2))
    qtbot.waitUntil(lambda: plot.readout_text().startswith("epoch 2 · "), timeout=1000)
    assert plot.readout_text() == plot.readout_at(2)


def test_regression_has_no_accuracy_panel(qtbot):
    s = core.Session.from_spec({"network": {"sizes": [2, 4, 1], "activation": "tanh", "output": "identity",
                                            "loss": "mse"},
                                "data": {"name": "reg_plane"}, "train": {"lr": 0.03, "batch_size": 10}})
    s.step_epoch()
    p = LossPlot()
    qtbot.addWidget(p)
    p.show()
    p.set_snapshot(make_snapshot(s, 1, grid=False))
    assert p.acc_plot.isHidden()
    assert "accuracy" not in p.readout_at(1)


def test_render_to_image(qtbot, snap):
    p = LossPlot()
    qtbot.addWidget(p)
    p.set_snapshot(snap)
    img = p.render_to_image(500, 300)
    assert (img.width(), img.height()) == (500, 300)
    px = [img.pixelColor(x, y) for x in range(0, 500, 3) for y in range(0, 300, 3)]
    assert any(c.blue() > 150 and c.red() < 60 for c in px)  # the blue train curve is there


# ---------------------------------------------------------------- legible at 1366x768 and in presenter mode (10.2)

def tick_rects(axis):
    """The tick labels an axis draws, as scene rectangles (pyqtgraph's own draw specs)."""
    img = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(img)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    if specs is None:
        return []
    _axis, _ticks, texts = specs
    return [(axis.mapRectToScene(r), t) for r, _flags, t in texts]


def overlapping(rects):
    return [(a[1], b[1]) for i, a in enumerate(rects) for b in rects[i + 1:] if a[0].intersects(b[0])]


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_no_tick_labels_overlap_and_no_axis_label_is_cut_in_the_window(window, wait_snap, qtbot, size):
    window.resize(*size)
    window.actions["step_epoch"].trigger()
    wait_snap(window, lambda s: len(s.epoch_history) >= 1)
    for _ in range(5):
        window.actions["step_epoch"].trigger()
    wait_snap(window, lambda s: len(s.epoch_history) >= 6)
    qtbot.wait(50)
    lp = window.loss_plot
    for pw in (lp.loss_plot, lp.acc_plot):
        pi = pw.getPlotItem()
        for name in ("left", "bottom"):
            ax = pi.getAxis(name)
            rects = tick_rects(ax)
            if ax.style["showValues"]:  # (the upper plot's epoch axis is read off the lower one)
                assert len(rects) >= 2, (name, [t for _r, t in rects])
            assert not overlapping(rects), (name, overlapping(rects))
            assert all("e" not in t and "x" not in t for _r, t in rects)  # no SI/scientific rescaling
            if ax.labelText:
                m = ax.label.document().documentMargin()  # the text item's empty margin around its text
                lab = ax.label.mapRectToScene(ax.label.boundingRect().adjusted(m, m, -m, -m))
                inside = pw.sceneRect() if hasattr(pw, "sceneRect") else pw.scene().sceneRect()
                assert inside.contains(lab), (name, ax.labelText, lab, inside)  # shown whole, not cut
    assert lp.acc_plot.getPlotItem().getAxis("left").labelText in ("accuracy (%)", "acc. (%)", "%")


def test_no_si_prefix_on_any_axis(qtbot, snap):
    p = LossPlot()
    qtbot.addWidget(p)
    p.resize(600, 400)
    p.show()
    qtbot.waitExposed(p)
    big = dataclasses.replace(snap, epoch_history=tuple(dict(r, epoch=r["epoch"] * 1000, train_loss=0.0007)
                                                        for r in snap.epoch_history))
    p.set_snapshot(big)
    for pw in (p.loss_plot, p.acc_plot):
        for name in ("left", "bottom"):
            ax = pw.getPlotItem().getAxis(name)
            assert not ax.autoSIPrefix and ax.autoSIPrefixScale == 1.0
            assert "x0.001" not in ax.labelString() and "(x" not in ax.labelString()


def test_accuracy_reads_in_percent_with_ticks_apart_even_when_short(qtbot, snap):
    p = LossPlot()
    qtbot.addWidget(p)
    p.resize(420, 260)
    p.show()
    qtbot.waitExposed(p)
    p.set_snapshot(snap)
    ax = p.acc_plot.getPlotItem().getAxis("left")
    rects = tick_rects(ax)
    labels = [t for _r, t in rects]
    assert labels and all(t.isdigit() and 0 <= int(t) <= 100 for t in labels)
    assert not overlapping(rects)
    assert p.acc_plot.height() >= p.acc_plot.minimumHeight() > 0


def test_legend_sits_outside_the_curves(plot):
    lg = plot.legend
    vb = plot.loss_plot.getViewBox()
    assert not lg.sceneBoundingRect().intersects(vb.sceneBoundingRect())
    assert [label.text for _s, label in lg.items] == ["per batch", "train", "test"]


def test_presenter_scale_grows_fonts_and_lines(qtbot, snap):
    p = LossPlot()
    qtbot.addWidget(p)
    p.resize(900, 600)
    p.set_snapshot(snap)
    ax = p.loss_plot.getPlotItem().getAxis("left")
    f1 = QFontMetricsF(ax.style["tickFont"]).height()
    w1 = p.train_curve.opts["pen"].widthF()
    p.set_content_scale(2.0)
    assert QFontMetricsF(ax.style["tickFont"]).height() >= 1.8 * f1
    assert p.train_curve.opts["pen"].widthF() == pytest.approx(2 * w1)
