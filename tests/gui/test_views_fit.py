"""What the lecture screenshots showed cut or elided (issue 11's follow-up), each measured: the diagram's
activation menus show their whole names at 200 %, the accuracy axis label is whole in Korean, the one-input
lesson's points are drawn wholly inside the output plot, the boundary key gets the rows it wraps to, and the
loss readout names a non-finite loss once in any language."""
import dataclasses
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402
import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget  # noqa: E402

import core  # noqa: E402
from nnviz import i18n  # noqa: E402
from nnviz.model.snapshot import make_snapshot  # noqa: E402


@pytest.fixture
def korean():
    i18n.set_language("ko")
    yield
    i18n.set_language("en")


def settle(qtbot):
    QApplication.processEvents()
    qtbot.wait(20)          # layouts posted by a resize run on the next turns
    QApplication.processEvents()


# ---------------------------------------------------------------- 4: the boundary key's wrapped rows

def test_the_boundary_key_gets_the_height_its_wrapped_rows_need_when_its_entries_grow(qtbot, korean):
    from nnviz.views.legends import MarksLegend
    host = QWidget()
    qtbot.addWidget(host)
    lay = QVBoxLayout(host)
    lay.addStretch(1)
    legend = MarksLegend(host)
    lay.addWidget(legend)
    legend.set_content_scale(2.0)
    host.resize(380, 500)
    host.show()
    qtbot.waitExposed(host)
    legend.set_entries([("swatch", (230, 159, 0), "0"), ("swatch", (86, 180, 233), "1"),
                        ("train", None, "훈련 300")])
    settle(qtbot)
    # a parent that places it by its size hint, not its height for width (the window's docks and
    # splitters): the key pins the height its rows need at that width
    legend.resize(legend.width(), 20)
    settle(qtbot)
    one_row = legend.height()
    assert one_row >= legend.heightForWidth(legend.width())
    # after a run: the misclassified mark joins the key and wraps to a second row (no resize happens)
    legend.set_entries([("swatch", (230, 159, 0), "0"), ("swatch", (86, 180, 233), "1"),
                        ("swatch", (0, 158, 115), "2"), ("train", None, "훈련 300"),
                        ("wrong", None, "잘못 분류됨 12 / 300")])
    settle(qtbot)
    assert legend.heightForWidth(legend.width()) > one_row            # it does wrap here
    assert legend.height() >= legend.heightForWidth(legend.width()), (legend.height(), legend.width())


# ---------------------------------------------------------------- 1: the activation menus' whole names

def test_the_activation_menus_show_their_whole_names_at_200_percent_in_a_narrow_diagram(qtbot):
    from nnviz.views.diagram import NetworkDiagram
    from nnviz.views.diagram_widgets import combo_width
    s = core.Session.from_spec({"network": {"sizes": [2, 4, 4, 3], "activation": ["leaky_relu", "sigmoid"]}})
    d = NetworkDiagram()
    qtbot.addWidget(d)
    d.set_content_scale(2.0)
    d.resize(560, 880)   # the diagram's width in the Lecture layout of a training lesson, 1920x1080 at 200 %
    d.show()
    qtbot.waitExposed(d)
    d.set_snapshot(make_snapshot(s, 1, grid=False))
    settle(qtbot)
    combos = [c.combo for c in d._controls]
    assert [c.currentText() for c in combos] == ["leaky_relu", "sigmoid"]
    for c in combos:
        assert c.isVisible()
        assert c.width() >= combo_width(c), (c.currentText(), c.width(), combo_width(c))   # was capped: "sigmoi"
    a, b = (c.geometry() for c in combos)
    assert not a.intersects(b)                                       # neighbours never overlap
    vw = d.view.viewport().width()
    assert all(0 <= c.x() and c.x() + c.width() <= vw for c in combos)
    # the nodes start below the menus
    top = min(float(np.min(c["ys"])) - c["size"] / 2 for c in d._columns if len(c["ys"]))
    from PySide6.QtCore import QPointF
    assert d.view.mapFromScene(QPointF(0, top)).y() > max(c.geometry().bottom() for c in combos)


# ---------------------------------------------------------------- 2: the accuracy axis label

def test_the_korean_accuracy_label_is_whole_when_the_readout_wraps_to_more_lines(qtbot, korean):
    from nnviz.views.loss_plot import LossPlot
    s = core.Session.from_spec({})
    for _ in range(40):
        s.step()
    snap = make_snapshot(s, s.epoch, grid=False)
    for height in range(440, 620, 10):     # one of them fitted the long label just before the wrap
        p = LossPlot()
        qtbot.addWidget(p)
        p.set_content_scale(2.0)
        p.resize(900, height)
        p.show()
        qtbot.waitExposed(p)
        p.set_snapshot(snap)
        settle(qtbot)
        assert p.acc_plot.isVisible()
        p.resize(260, height)   # narrower, same height: the readout takes more lines, the plots get shorter
        settle(qtbot)
        for pw in (p.loss_plot, p.acc_plot):
            ax = pw.getPlotItem().getAxis("left")
            label = ax.label.boundingRect().width()     # vertical text: its width runs along the axis
            assert label <= ax.height(), (height, ax.labelText, label, ax.height())
        p.close()


# ---------------------------------------------------------------- 3: the one-input point

def test_the_one_input_lessons_point_is_drawn_wholly_inside_the_output_plot(qtbot):
    from nnviz.lessons.store import load_lesson
    from nnviz.views.boundary import BoundaryView
    lesson = load_lesson("softmax_overflow")
    s = lesson.build_session()
    v = BoundaryView()
    qtbot.addWidget(v)
    v.set_content_scale(2.0)
    v.resize(380, 380)
    v.show()
    qtbot.waitExposed(v)
    v.set_snapshot(make_snapshot(s, 1))
    settle(qtbot)
    vb = v.plot.getViewBox()
    (x0, x1), (y0, y1) = vb.viewRange()
    pts = v.train_item.points()
    assert len(pts) == 1
    for sp in pts:
        c = sp.pos()
        r = sp.size() / 2                                           # pixels
        px = vb.mapViewToScene(c)
        box = vb.sceneBoundingRect()
        assert box.left() <= px.x() - r and px.x() + r <= box.right(), (px, r, box)   # was half outside
        assert box.top() <= px.y() - r and px.y() + r <= box.bottom()


# ---------------------------------------------------------------- 5: a non-finite loss, said once

def test_the_readout_names_a_non_finite_loss_once_in_korean(qtbot, korean):
    from nnviz.views.loss_plot import LossPlot
    s = core.Session.from_spec({})
    for _ in range(60):
        s.step()
    snap = make_snapshot(s, s.epoch, grid=False)
    h = [dict(r) for r in snap.epoch_history]
    for r in h[-2:]:
        r["train_loss"] = float("nan")                             # the run blew up two epochs ago
    snap = dataclasses.replace(snap, epoch_history=tuple(h), iteration=snap.iteration + 1)
    p = LossPlot()
    qtbot.addWidget(p)
    p.resize(600, 400)
    p.show()
    p.set_snapshot(snap)
    text = p.readout_text()
    said = QApplication.translate("LossPlot", "loss is not a number")
    assert said != "loss is not a number"                          # the Korean catalogue is loaded
    assert text.count(said) == 1, text                              # was said twice in Korean
    since = QApplication.translate("LossPlot", "loss is not a number from epoch {e}").format(e=h[-2]["epoch"])
    assert since != "loss is not a number from epoch {e}".format(e=h[-2]["epoch"]) and since not in text
