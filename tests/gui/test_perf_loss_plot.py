"""LossPlot stays cheap on long runs: bounded curves, one paint per frame, a fixed readout.

Structural checks only (no timing): how many points the curves hold, that they still show
every extreme and every epoch, how often the plots paint, and what stops the ranges following.
"""
import dataclasses
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import core  # noqa: E402
from nnviz.model.snapshot import EPOCH_FIELDS, EpochHistory, make_snapshot  # noqa: E402
from nnviz.views.loss_plot import DASH_PX, LossPlot  # noqa: E402

N = 200_000


@pytest.fixture(scope="module")
def base():
    s = core.Session.from_spec({"data": {"test_ratio": 0.3}})
    s.step_epoch()
    return make_snapshot(s, 1, grid=False)


@pytest.fixture(scope="module")
def columns():
    rng = np.random.default_rng(0)
    e = np.arange(1, N + 1, dtype=np.float64)
    cols = {"epoch": e, "iteration": 10 * e,
            "train_loss": 0.05 + 1 / e + rng.normal(0, 0.01, N) ** 2,
            "test_loss": 0.06 + 1 / e + rng.normal(0, 0.01, N) ** 2,
            "train_acc": np.clip(0.9 + rng.normal(0, 0.02, N), 0, 1),
            "test_acc": np.clip(0.88 + rng.normal(0, 0.02, N), 0, 1)}
    cols["train_loss"][123_456] = 3.5     # one spike: the envelope must keep it
    return cols


def history(cols, n, token):
    return EpochHistory({k: cols[k][:n] for k in EPOCH_FIELDS},
                        {k: np.ones(n, dtype=bool) for k in EPOCH_FIELDS}, n, token=token)


def long_snapshot(base, cols, n, token, seq=2):
    h = history(cols, n, token)
    losses = np.full(2000, 0.1)
    its = np.linspace(1, 10 * n, 2000)
    return dataclasses.replace(base, seq=seq, iteration=10 * n, epoch=n, epoch_history=h, loss_history=losses,
                               loss_iterations=its, iters_per_epoch=10)


@pytest.fixture
def plot(qtbot):
    p = LossPlot()
    qtbot.addWidget(p)
    p.resize(480, 330)
    p.show()
    qtbot.waitExposed(p)
    return p


class Paints(QObject):
    def __init__(self, *widgets):
        super().__init__()
        self.n = {w: 0 for w in widgets}
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Type.Paint and obj in self.n:
            self.n[obj] += 1
        return False


def test_long_history_draws_a_bounded_envelope(plot, base, columns):
    plot.set_snapshot(long_snapshot(base, columns, N, object()))
    width = plot.loss_plot.getViewBox().width()
    x, y = plot.train_curve.getData()
    assert len(x) <= 2 * max(200, width) + 2  # ~ a (min, max) pair per pixel column, not 200 000 points
    assert y.max() == pytest.approx(3.5) and y.min() == pytest.approx(columns["train_loss"].min())
    assert x[-1] == pytest.approx(N, abs=1)
    tx, ty = plot.test_curve.getData()  # dashed: block means, a point per few pixels
    assert len(tx) <= width / DASH_PX + 3
    assert ty.min() >= columns["test_loss"].min() and ty.max() <= columns["test_loss"].max()
    # every epoch is still there for the readout
    assert plot.readout_at(123_457).startswith("epoch 123457 · train loss 3.5000")


def test_growing_history_extends_the_same_curves(plot, base, columns):
    token = object()
    for n in (50_000, 120_000, 170_001, N):
        plot.set_snapshot(long_snapshot(base, columns, n, token, seq=n))
    grown = [c.getData() for c in (plot.train_curve, plot.test_curve, plot.train_acc)]
    fresh = LossPlot()
    fresh.resize(480, 330)
    fresh.show()
    QApplication.processEvents()
    fresh.set_snapshot(long_snapshot(base, columns, N, object()))
    for (x, y), c in zip(grown, (fresh.train_curve, fresh.test_curve, fresh.train_acc)):
        fx, fy = c.getData()
        assert np.allclose(x, fx) and np.allclose(y, fy)
    fresh.close()   # a window left open catches the next tests' mouse events
    fresh.deleteLater()


def test_each_plot_paints_once_per_frame(qtbot, plot):
    s = core.Session.from_spec({"data": {"test_ratio": 0.3}})
    s.step_epoch()
    plot.set_snapshot(make_snapshot(s, 0, grid=False))  # the first one lays the plots out (test legend, labels)
    QApplication.processEvents()
    paints = Paints(plot.loss_plot.viewport(), plot.acc_plot.viewport())
    for k in range(1, 7):
        s.step_epoch()  # few epochs: the x range changes every frame
        plot.set_snapshot(make_snapshot(s, k, grid=False))
        for w in paints.n:
            paints.n[w] = 0
        QApplication.processEvents()
        QApplication.processEvents()
        assert list(paints.n.values()) == [1, 1], f"frame {k}: {list(paints.n.values())} paints"


def test_readout_keeps_its_height_and_short_numbers(plot, base):
    h = [dict(r) for r in base.epoch_history]
    plot.set_snapshot(base)
    height = plot.readout.height()
    h[-1]["train_loss"] = 1e30
    plot.set_snapshot(dataclasses.replace(base, epoch_history=tuple(h), iteration=base.iteration + 1))
    QApplication.processEvents()
    assert "train loss 1e+30" in plot.readout_text()
    assert plot.readout.height() == height


def test_no_test_legend_entry_without_test_data(qtbot):
    def names(p):
        return [label.text for _, label in p.legend.items]

    s = core.Session.from_spec({"data": {"test_ratio": 0.0}})
    s.step_epoch()
    p = LossPlot()
    qtbot.addWidget(p)
    p.set_snapshot(make_snapshot(s, 1, grid=False))
    assert names(p) == ["per batch", "train"]
    s = core.Session.from_spec({"data": {"test_ratio": 0.3}})
    s.step_epoch()
    p.set_snapshot(make_snapshot(s, 2, grid=False))
    assert names(p) == ["per batch", "train", "test"]


def test_zoomed_in_the_view_stays_and_shows_every_epoch(plot, base, columns):
    token = object()
    plot.set_snapshot(long_snapshot(base, columns, N - 1000, token))
    vb = plot.loss_plot.getViewBox()
    vb.setXRange(50_000, 50_100, padding=0)
    vb.sigRangeChangedManually.emit(vb.state["mouseEnabled"])  # as a drag or the wheel does
    plot.set_snapshot(long_snapshot(base, columns, N, token, seq=3))
    (x0, x1), _ = vb.viewRange()
    assert (x0, x1) == pytest.approx((50_000, 50_100))
    x, y = plot.train_curve.getData()
    assert np.array_equal(x, np.arange(49_999, 50_102))  # every epoch in view, one beyond each side
    assert np.allclose(y, columns["train_loss"][49_998:50_101])
    plot.follow()  # a double-click: follow the run again
    (x0, x1), _ = vb.viewRange()
    assert x0 <= 1 and x1 >= N
