"""A live language switch (View > Language) re-sets every text through the widgets' own ``retranslate_ui``
(Qt's LanguageChange convention): after en -> ko the window shows, widget by widget, what a window built
in Korean shows, and after ko -> en what a window built in English shows; combo selections stay; a
refused click shown after a switch is in Korean; nothing reverse-translates on-screen text any more."""
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QTabWidget,
    QToolBar,
    QWidget,
)

from nnviz import i18n

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _back_to_english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def _path(w, root):
    """A widget's place in the tree (class and index among its siblings of that class), the same in two
    windows built alike."""
    parts = []
    while w is not None and w is not root:
        p = w.parentWidget()
        sibs = [c for c in (p.children() if p is not None else []) if type(c) is type(w)]
        parts.append(f"{type(w).__name__}{sibs.index(w) if w in sibs else ''}:{w.objectName()}")
        w = p
    return "/".join(reversed(parts))


def texts(root):
    """{where: text} of what a person can read in ``root``: widgets, menus, actions, tool tips, combo items,
    tabs, dock titles, placeholders, plot axis labels and legends."""
    out = {}

    def add(where, t):
        if t:
            out[where] = t
    from PySide6.QtGui import QAction
    menus = {a.menu() for a in root.findChildren(QAction) if a.menu() is not None}
    menus |= {a.menu() for m in root.findChildren(QMenu) for a in m.actions() if a.menu() is not None}
    menus |= {a.menu() for a in root.menuBar().actions() if a.menu() is not None} if hasattr(root, "menuBar") else set()
    bar = root.menuBar() if hasattr(root, "menuBar") else None
    for w in [root] + root.findChildren(QWidget):
        if isinstance(w, QMenu) and (w not in menus or (bar is not None and w.parentWidget() is bar
                                                       and w not in {a.menu() for a in bar.actions()})):
            continue   # a menu bar's or toolbar's overflow popup: its items depend on the width
        n = _path(w, root)
        add(n + " tip", w.toolTip())
        add(n + " status tip", w.statusTip())
        if w.isWindow() or isinstance(w, (QDockWidget, QToolBar)):
            add(n + " title", w.windowTitle())
        if isinstance(w, (QLabel, QAbstractButton)):
            add(n + " text", w.text())
        if isinstance(w, QGroupBox):
            add(n + " title", w.title())
        if isinstance(w, QLineEdit):
            add(n + " placeholder", w.placeholderText())
        if isinstance(w, QMenu):
            add(n + " menu", w.title())
            for i, a in enumerate(w.actions()):
                add(f"{n} menu action {i}", a.text())
                add(f"{n} menu action {i} tip", a.toolTip())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{n} item {i}", w.itemText(i))
                add(f"{n} item {i} tip", w.itemData(i, Qt.ItemDataRole.ToolTipRole))
        if isinstance(w, (QTabWidget, QTabBar)):
            for i in range(w.count()):
                add(f"{n} tab {i}", w.tabText(i))
                add(f"{n} tab {i} tip", w.tabToolTip(i))
    for key, a in getattr(root, "actions", {}).items():
        add(f"action {key} text", a.text())
        add(f"action {key} icon text", a.iconText())
        add(f"action {key} tip", a.toolTip())
        add(f"action {key} status tip", a.statusTip())
    try:
        import pyqtgraph as pg
        for k, pw in enumerate(root.findChildren(pg.PlotWidget)):
            pi = pw.getPlotItem()
            for name in ("left", "bottom"):
                add(f"plot {k} axis {name}", getattr(pi.getAxis(name), "labelText", ""))
            if pi.legend is not None:
                for j, (_s, label) in enumerate(pi.legend.items):
                    add(f"plot {k} legend {j}", label.text)
            if pi.menuEnabled():   # pyqtgraph's own "Export..." entry, where a right-click shows it
                for j, a in enumerate(getattr(pw.scene(), "contextMenu", []) or []):
                    add(f"plot {k} context menu {j}", a.text())
    except ImportError:  # pragma: no cover
        pass
    return out


def differences(live, fresh):
    a, b = texts(live), texts(fresh)
    return [(k, a.get(k), b.get(k)) for k in sorted(set(a) | set(b)) if a.get(k) != b.get(k)]


def _window(qtbot, settled, dialogs=False):
    from nnviz.main_window import MainWindow
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.drawn_snapshot is not None, timeout=10_000)
    settled(w)
    if dialogs:   # the dialogs are the window's children: compared with it
        c = w.classroom
        for show in (c.show_start_page, c.show_shortcuts, c.show_export, c.save_lesson_dialog_open,
                     w.stepthrough.show_breakpoints):
            show()
        settled(w)
    return w


def _close(w):
    for dlg in (w.classroom.start_page, w.classroom.shortcuts_dialog, w.classroom.export_dialog,
                w.classroom.save_lesson_dialog, w.stepthrough.breakpoints_dialog):
        if dlg is not None:
            dlg.close()
    assert w.shutdown(timeout=5.0)
    w.close()


def _switch(window, lang, qtbot, settled):
    window.classroom.set_language(lang)
    assert i18n.current_language() == lang
    qtbot.wait(50)      # Qt's own LanguageChange events (posted) come round as well
    settled(window)


def test_a_live_switch_shows_what_a_window_built_in_that_language_shows(qtbot, settled):
    live = _window(qtbot, settled, dialogs=True)
    english = texts(live)
    try:
        _switch(live, "ko", qtbot, settled)
        fresh_ko = _window(qtbot, settled, dialogs=True)
        try:
            diff = differences(live, fresh_ko)
            assert not diff, "en -> ko differs from a Korean window:\n" + "\n".join(map(repr, diff[:40]))
            # a sample, to be sure it is Korean and not English in both
            ko = texts(live)
            assert live.actions["play"].text() == "재생" and live.train_panel.windowTitle() == "학습 설정"
            assert live.stepthrough.docks["inspector"].windowTitle() != "Inspector"
            assert ko != english
        finally:
            _close(fresh_ko)
        i18n.set_language("ko")
        _switch(live, "en", qtbot, settled)
        fresh_en = _window(qtbot, settled, dialogs=True)
        try:
            diff = differences(live, fresh_en)
            assert not diff, "ko -> en differs from an English window:\n" + "\n".join(map(repr, diff[:40]))
        finally:
            _close(fresh_en)
        assert texts(live) == english
    finally:
        _close(live)


def test_qts_language_change_event_alone_retranslates_the_window(window, qtbot, settled):
    """The Qt convention: installing a translator is enough (each widget's changeEvent), no call from the
    classroom needed."""
    i18n.set_language("ko")
    qtbot.waitUntil(lambda: window.actions["play"].text() == "재생", timeout=5000)
    assert window.training_menu.title() == "학습(&T)"
    assert window.train_panel.labels[window.train_panel.lr_combo].text() == "학습률"
    assert window.stepthrough.docks["inspector"].windowTitle() == "검사기"
    window.worker.request_snapshot()
    settled(window)
    fresh = _window(qtbot, settled)
    try:
        diff = differences(window, fresh)
        assert not diff, "LanguageChange alone differs from a Korean window:\n" + "\n".join(map(repr, diff[:40]))
    finally:
        _close(fresh)
    i18n.set_language("en")
    qtbot.waitUntil(lambda: window.actions["play"].text() == "Play", timeout=5000)
    assert window.training_menu.title() == "&Training"
    assert window.stepthrough.docks["inspector"].windowTitle() == "Inspector"


def test_a_switch_keeps_every_combo_choice(window, qtbot, settled):
    tp, dp = window.train_panel, window.data_panel
    for combo, i in ((tp.opt_combo, tp.opt_combo.findText("adam")), (tp.reg_combo, 2), (tp.init_combo, 1),
                     (tp.dtype_combo, 1), (tp.output_combo, 1), (tp.act_combo, tp.act_combo.findText("relu"))):
        combo.setCurrentIndex(i)
        combo.activated.emit(i)
    settled(window)
    dp.class_combo.setCurrentIndex(2)
    combos = (tp.opt_combo, tp.reg_combo, tp.init_combo, tp.dtype_combo, tp.output_combo, tp.act_combo,
              tp.problem_combo, tp.lr_combo, tp.reg_rate_combo, dp.class_combo)
    before = [(c.currentIndex(), c.currentData(), c.currentText() if c.isEditable() else None) for c in combos]
    english = [c.currentText() for c in combos]
    window.classroom.set_language("ko")
    settled(window)
    assert [(c.currentIndex(), c.currentData(), c.currentText() if c.isEditable() else None) for c in combos] == before
    assert tp.reg_combo.itemText(0) == "없음" and tp.problem_combo.currentText() == "분류"
    assert dp.class_combo.currentText() == "클래스 2"
    assert tp.output_combo.itemData(1, Qt.ItemDataRole.ToolTipRole) == "출력층 sigmoid, 손실 함수 이진 교차 엔트로피"
    window.classroom.set_language("en")
    settled(window)
    assert [(c.currentIndex(), c.currentData(), c.currentText() if c.isEditable() else None) for c in combos] == before
    assert [c.currentText() for c in combos] == english


def test_a_refused_click_after_a_switch_is_shown_in_korean(window, qtbot, settled):
    window.classroom.set_language("ko")
    window.worker.change_units(5, +1)    # there is no hidden layer 6: refused by nnviz.model.intents
    want = "신경망에 은닉층 6이(가) 없습니다"
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == want, timeout=10_000)
    assert window.error_panel.isVisible() and want in window.error_label.text()
    assert "the network has no hidden layer 6" in window.messages[-1]     # the history keeps the English
    settled(window)
    assert window.statusBar().currentMessage() == want                    # the snapshot's notice agrees
    window.classroom.set_language("en")          # the panel still up is made again from the refusal's id
    assert window.error_label.text() == "Not done: the network has no hidden layer 6"
    window.worker.remove_layer()
    window.worker.remove_layer()          # the second finds no hidden layer to remove
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "the network has no hidden layer to remove",
                    timeout=10_000)


def test_nothing_reverse_translates_on_screen_text():
    assert not hasattr(i18n, "retranslate_tree") and not hasattr(i18n, "convert_text")
    assert not hasattr(i18n, "Retranslator")
    out = subprocess.run(["grep", "-rnE", r"retranslate_tree|convert_text|Retranslator\b", str(ROOT / "nnviz")],
                         capture_output=True, text=True)
    assert out.stdout == "", out.stdout
