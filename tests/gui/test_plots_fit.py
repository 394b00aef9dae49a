"""Issue 11, the output and loss plots in presenter mode (the Lecture layout at 1920x1080, 200 % and 250 %),
measured on the widgets: the output plot's title sits on the plot it names, the loss readout sits on its
plot and never breaks a number from its unit, and the epoch axis's labels never run together."""
import re

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

import core
from nnviz.model.snapshot import make_snapshot

SCREEN = (1920, 1080)
VALUE_UNIT = re.compile(r"\d+\.\d[ \u00a0]%")


@pytest.fixture(autouse=True)
def _english():
    from nnviz import i18n
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def settle(qtbot, n=3):
    for _ in range(n):
        QApplication.processEvents()
        qtbot.wait(30)       # layouts posted by a resize run on the next turns


def lesson_at(window, qtbot, wait_snap, pct, lesson, steps, epochs=0):
    """``lesson`` at step ``steps`` (trained to ``epochs`` at least), in presenter mode at ``pct`` (0: the
    default window at 1366x768)."""
    c = window.classroom
    assert window.open_lesson(lesson)
    sizes = tuple(c.controller.lesson.session_spec["network"]["sizes"])
    wait_snap(window, lambda s: tuple(s.sizes) == sizes and s.iteration == 0)
    if pct:
        c.set_presenter_scale(pct)
    window.showNormal()
    window.resize(*(SCREEN if pct else (1366, 768)))
    settle(qtbot)
    ctl = c.controller
    for _ in range(steps):
        ctl.next()
        if ctl.asking:
            ctl.next()
        qtbot.waitUntil(lambda: not ctl.busy, timeout=30_000)
    done = lambda s: s is not None and not s.running and s.epoch >= epochs   # noqa: E731
    wait_snap(window, done, timeout=60_000)
    window.worker.request_snapshot()
    qtbot.waitUntil(lambda: done(window.drawn_snapshot), timeout=10_000)
    settle(qtbot)
    return c


def rect_in(widget, ancestor):
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def tick_label_rects(axis):
    """The tick labels' rectangles as the axis would draw them now (its own coordinates)."""
    img = QImage(8, 8, QImage.Format.Format_ARGB32)
    p = QPainter(img)
    try:
        if axis.style.get("tickFont") is not None:
            p.setFont(axis.style["tickFont"])
        specs = axis.generateDrawSpecs(p)
    finally:
        p.end()
    return [] if specs is None else [(QRectF(r), t) for r, _f, t in specs[2]]


def in_widget(item, rect, plot_widget, ancestor):
    """A graphics item's rect in ``ancestor``'s coordinates (the plot widget's view is not scrolled)."""
    scene = item.mapRectToScene(rect)
    view = plot_widget.mapFromScene(scene).boundingRect()
    return view.translated(plot_widget.mapTo(ancestor, QPoint(0, 0)))


@pytest.mark.parametrize("pct,lesson", [(200, "init_and_optimizers"), (250, "spiral"), (0, "spiral")])
def test_the_output_title_sits_on_the_plot_it_names(window, qtbot, wait_snap, pct, lesson):
    """Lecture at 200 % and 250 %: the square plot was centred in its tall column, ~150-190 px under the
    title; the default window is checked too."""
    c = lesson_at(window, qtbot, wait_snap, pct, lesson, 1)
    try:
        b = window.boundary
        title = rect_in(b.title, b)
        vb = b.plot.getPlotItem().getViewBox()
        area = in_widget(vb, vb.boundingRect(), b.plot, b)
        line = b.title.fontMetrics().height()
        assert -2 <= area.top() - title.bottom() <= 0.6 * line, (pct, title.getRect(), area.getRect())
        left = b.plot.getPlotItem().getAxis("left")
        labels = [in_widget(left, r, b.plot, b) for r, _t in tick_label_rects(left)]
        assert labels
        assert not any(r.intersects(title) for r in labels), (title.getRect(), [r.getRect() for r in labels])
        assert not overlaps(tick_label_rects(b.plot.getPlotItem().getAxis("bottom")))
        # the key under the plot, not at the column's foot
        assert rect_in(b.legend, b).top() - area.bottom() <= 3 * line
    finally:
        if pct:
            c.set_presenting(False)


@pytest.mark.parametrize("pct", [200, 250])
@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_loss_readout_sits_on_its_plot_in_the_lecture_layout(window, qtbot, wait_snap, pct, lang):
    """It floated far above the plot: its height was kept for six parts at the column's width (354 px at
    250 %, the text ~3 lines, centred in it)."""
    from nnviz import i18n
    i18n.set_language(lang)
    c = lesson_at(window, qtbot, wait_snap, pct, "spiral", 2, epochs=1)
    try:
        lp = window.loss_plot
        lab = lp.readout
        assert VALUE_UNIT.search(lp.readout_text()), lp.readout_text()
        plot = rect_in(lp.loss_plot, lp)
        readout = rect_in(lab, lp)
        assert abs(plot.top() - (readout.bottom() + 1)) <= 2, (readout.getRect(), plot.getRect())
        need = text_height(lab)
        slack = lab.height() - need
        line = max(h for _s, h in text_lines(lab.text(), lab.font(), lab.contentsRect().width()))
        assert slack <= 1.5 * line, (lab.height(), need, line)
        align = lab.alignment()
        gap = 0 if align & Qt.AlignmentFlag.AlignBottom else slack if align & Qt.AlignmentFlag.AlignTop else slack / 2
        assert gap <= 4, (align, slack)
        assert not breaks_inside_a_value(lab), lab.text()
    finally:
        c.set_presenting(False)


def text_lines(text, font, width):
    """The lines a label's word wrap makes of ``text`` at ``width`` px: (start index, height) each."""
    layout = QTextLayout(text, font)
    opt = QTextOption()
    opt.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(opt)
    layout.beginLayout()
    starts = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append((line.textStart(), line.height()))   # the height of the fonts used (Korean: a fallback)
    layout.endLayout()
    return starts


def line_breaks(text, font, width):
    """Where a label's word wrap breaks ``text`` at ``width`` px: the start index of each line after the first."""
    return [start for start, _h in text_lines(text, font, width)[1:]]


def text_height(lab):
    """The height the label's text takes at its width (QLabel's heightForWidth honours a fixed height)."""
    m = lab.contentsMargins()
    lines = text_lines(lab.text(), lab.font(), lab.contentsRect().width())
    return sum(h for _s, h in lines) + m.top() + m.bottom()


def breaks_inside_a_value(lab):
    text = lab.text()
    width = lab.contentsRect().width()
    cuts = line_breaks(text, lab.font(), width)
    return [(m.group(), cut) for m in VALUE_UNIT.finditer(text) for cut in cuts if m.start() < cut < m.end()]


@pytest.mark.parametrize("k", [2.0, 2.5])
def test_the_readout_never_breaks_a_number_from_its_unit_at_any_width(qtbot, k):
    """At 200 % the readout wrapped "84.7" and "%" onto two lines."""
    from nnviz.views.loss_plot import LossPlot
    s = core.Session.from_spec({"data": {"test_ratio": 0.3}})
    s.step_epoch()
    snap = make_snapshot(s, 1, grid=False)
    p = LossPlot()
    qtbot.addWidget(p)
    f = p.font()
    f.setPointSizeF(9.0 * k)
    p.setFont(f)
    p.set_content_scale(k)
    p.resize(300, 900)
    p.show()
    qtbot.waitExposed(p)
    p.set_snapshot(snap)
    assert len(VALUE_UNIT.findall(p.readout_text())) == 2, p.readout_text()   # train and test accuracy
    bad = []
    for w in range(240, 760, 6):
        p.resize(w, 900)
        QApplication.processEvents()
        bad += [(w, hit) for hit in breaks_inside_a_value(p.readout)]
        lab = p.readout
        assert lab.height() >= text_height(lab) - 1, w       # every line shown
    assert not bad, bad[:5]


def overlaps(rects):
    return [(a[1], b[1]) for i, a in enumerate(rects) for b in rects[i + 1:] if a[0].intersects(b[0])]


@pytest.mark.parametrize("pct", [200, 250])
def test_the_epoch_labels_never_run_together_in_the_lecture_layout(window, qtbot, wait_snap, pct):
    """Spiral step 3 (300 epochs) at 250 %: the labels read "50100"; the legend and the last tick met the
    window's edge."""
    c = lesson_at(window, qtbot, wait_snap, pct, "spiral", 3, epochs=300)
    try:
        lp = window.loss_plot
        plot = lp.acc_plot if lp.acc_plot.isVisible() else lp.loss_plot
        rects = tick_label_rects(plot.getPlotItem().getAxis("bottom"))
        assert len(rects) >= 2, rects
        assert not overlaps(rects), [(r.getRect(), t) for r, t in rects]
        # the loss column as the layout makes it beside other lesson texts (287 px in the screenshot)
        right = window.right_splitter
        total = sum(right.sizes())
        for w in (260, 287, 313, 340):
            right.setSizes([total - w, w])
            settle(qtbot, 2)
            rects = tick_label_rects(plot.getPlotItem().getAxis("bottom"))
            assert rects and not overlaps(rects), (lp.width(), [(r.getRect(), t) for r, t in rects])
        # the legend is inside the loss plot's view, not cut by the window's edge
        pw = lp.loss_plot
        legend = in_widget(lp.legend, lp.legend.boundingRect(), pw, pw)
        assert QRectF(pw.rect()).contains(QRectF(legend)), (legend.getRect(), pw.rect().getRect())
        # both plots' curves start and end at the same x (the legend widened the loss plot past its view)
        a, b = (p.getPlotItem().getViewBox().sceneBoundingRect() for p in (lp.loss_plot, lp.acc_plot))
        if lp.acc_plot.isVisible():
            assert abs(a.left() - b.left()) < 1 and abs(a.width() - b.width()) < 1, (a.getRect(), b.getRect())
    finally:
        c.set_presenting(False)


@pytest.mark.parametrize("k", [1.0, 2.0, 2.5])
def test_the_epoch_labels_never_overlap_at_any_width_or_range(qtbot, k):
    from nnviz.views.loss_plot import LossPlot
    p = LossPlot()
    qtbot.addWidget(p)
    p.set_content_scale(k)
    p.resize(400, 600)
    p.show()
    qtbot.waitExposed(p)
    ax = p.loss_plot.getPlotItem().getAxis("bottom")   # the lone loss plot labels its epochs
    bad = []
    for right in (10, 100, 160, 300, 1000, 2500, 12000, 150000):
        for w in (240, 300, 380, 520):
            p.resize(w, 600)
            p.loss_plot.getViewBox().setXRange(-0.02 * right, right, padding=0)
            QApplication.processEvents()
            rects = tick_label_rects(ax)
            if overlaps(rects):
                bad.append((right, w, [t for _r, t in rects]))
    assert not bad, bad[:4]
