"""Presenter mode and the look: the scale reaches fonts, paddings, icons, pixel-sized labels and the
diagram's labels; dark and light themes reach the palette and the plots; the OS scheme is followed;
high contrast; the colour-blind-safe palette reaches the weights, the classes and the diagram's edges."""
import numpy as np
import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from nnviz import colors
from nnviz.classroom import theme


@pytest.fixture(autouse=True)
def _reset_look():
    from nnviz import i18n
    i18n.set_language("en")
    yield
    theme.apply_appearance(QApplication.instance(), None, theme.Appearance())
    colors.set_palette("playground")


def test_presenter_scale_reaches_fonts_controls_and_diagram_labels(window, qtbot):
    from PySide6.QtWidgets import QWidget
    c = window.classroom
    base = QApplication.font().pointSizeF()
    fonts = {id(w): (w, w.font().pointSizeF(), w.font().bold()) for w in window.findChildren(QWidget)}
    label = window.train_panel.findChildren(type(window.speed_label))[0]  # a caption with "font-size: 11px"
    assert "11px" in label.styleSheet()
    icon = window.toolbar.iconSize().width()
    d = window.diagram
    qtbot.waitUntil(lambda: bool(d._texts), timeout=5000)
    h0 = max(t.boundingRect().height() for t in d._texts)
    c.set_presenter_scale(200)
    assert c.presenting and window.actions["scale_200"].isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(2 * base)
    assert "22px" in label.styleSheet()
    assert window.toolbar.iconSize().width() == 2 * icon
    assert "padding" in QApplication.instance().styleSheet()
    h1 = max(t.boundingRect().height() for t in d._texts)
    assert h1 > 1.6 * h0
    for pct in (125, 250):
        c.set_presenter_scale(pct)
        assert QApplication.font().pointSizeF() == pytest.approx(base * pct / 100)
    c.set_presenting(False)
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert "11px" in label.styleSheet() and QApplication.instance().styleSheet() == ""
    assert window.toolbar.iconSize().width() == icon
    assert theme.clamp_scale(400) == 250 and theme.clamp_scale(10) == 100
    # back at 100 %, every widget has the font it started with (none keeps a presenter size)
    stuck = [(type(w).__name__, f, w.font().pointSizeF()) for w, f, bold in fonts.values()
             if abs(w.font().pointSizeF() - f) > 0.01 or w.font().bold() != bold]
    assert not stuck


def test_dark_theme_reaches_the_palette_and_the_plots(window):
    import pyqtgraph as pg
    c = window.classroom
    c.set_theme("dark")
    pal = QApplication.palette()
    assert pal.color(QPalette.ColorRole.Window).lightness() < 60
    assert pal.color(QPalette.ColorRole.WindowText).lightness() > 200
    for pw in window.findChildren(pg.PlotWidget):
        assert pw.backgroundBrush().color().lightness() < 60
    d = window.diagram
    if d._texts:
        assert d.palette().color(d.foregroundRole()).lightness() > 150
    c.set_theme("light")
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 200
    for pw in window.findChildren(pg.PlotWidget):
        assert pw.backgroundBrush().color().lightness() > 240


def test_following_the_os_scheme(window, monkeypatch):
    c = window.classroom
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    c.set_theme("system")
    c.apply_appearance(c.appearance.with_(theme="light"))
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 60
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    c._system_scheme_changed()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_high_contrast(window):
    c = window.classroom
    window.actions["high_contrast"].trigger()
    assert c.appearance.high_contrast
    pal = QApplication.palette()
    assert pal.color(QPalette.ColorRole.Window).name() == "#ffffff"
    assert pal.color(QPalette.ColorRole.WindowText).name() == "#000000"
    assert "border: 2px solid" in QApplication.instance().styleSheet()
    c.set_theme("dark")
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == "#000000"
    window.actions["high_contrast"].trigger()
    assert not c.appearance.high_contrast


def test_colour_blind_safe_palette_reaches_weights_classes_and_edges(window, qtbot):
    d = window.diagram
    qtbot.waitUntil(lambda: d.edge_count() > 0, timeout=5000)
    before = [p.color().name() for p in d.edges.pens]
    window.actions["palette_colorblind"].trigger()
    assert colors.palette_name() == "colorblind"
    np.testing.assert_array_equal(colors.weight_rgba([1.0])[0, :3], colors.PALETTES["colorblind"]["weight_pos"])
    np.testing.assert_array_equal(colors.class_colors(3)[0], colors.PALETTES["colorblind"]["classes"][0])
    after = [p.color().name() for p in d.edges.pens]
    assert after != before
    assert "#2166ac" in after and "#b2182b" in after
    window.actions["palette_playground"].trigger()
    assert [p.color().name() for p in d.edges.pens] == before
