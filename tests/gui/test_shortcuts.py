"""Every keyboard shortcut of the window, pressed with qtbot: each triggers exactly its action, and the
classroom keys do what they say. The shortcuts dialog (? or F1) lists them all."""
import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from nnviz.appearance import theme
from nnviz.classroom.shortcuts import shortcut_rows
from nnviz.model.notices import english


@pytest.fixture(autouse=True)
def _clean_app(monkeypatch, tmp_path):
    from nnviz import i18n
    i18n.set_language("en")
    # the file dialogs answer at once (a real one would wait for a person)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "saved-by-key.nnviz"), "")))
    yield
    theme.apply_appearance(QApplication.instance(), None, theme.Appearance())


def press(qtbot, window, seq):
    comb = QKeySequence(seq)[0]
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.setFocus()
    qtbot.keyClick(window, comb.key(), comb.keyboardModifiers())


def close_popups(window):
    for w in QApplication.topLevelWidgets():
        if w is not window and w.isVisible() and w.isWindow():
            w.close()
    QApplication.processEvents()


def test_every_shortcut_in_the_registry_triggers_its_own_action_once(window, qtbot):
    skip = {"quit"}  # would close the window under the test (its key is checked below)
    seen = {}
    for key, a in window.actions.items():
        for s in a.shortcuts():
            if s.isEmpty():
                continue
            text = s.toString()
            assert text not in seen, f"{text} is the shortcut of both {seen[text]} and {key}"
            seen[text] = key
    assert window.actions["quit"].shortcut().matches(QKeySequence(QKeySequence.StandardKey.Quit))
    for key, a in list(window.actions.items()):
        if key in skip or not a.isEnabled() or not a.isVisible():
            continue
        for s in a.shortcuts():
            if s.isEmpty():
                continue
            fired = []

            def fire(*_, k=key):
                fired.append(k)
            a.triggered.connect(fire)
            try:
                press(qtbot, window, s)
                qtbot.waitUntil(lambda: bool(fired), timeout=2000)
            finally:
                a.triggered.disconnect(fire)
            assert fired == [key], f"{s.toString()} gave {fired}, expected {key}"
            # undo what toggled, close what opened
            if a.isCheckable() and a.isChecked() and key in ("presenter", "fullscreen", "high_contrast"):
                a.trigger()
            close_popups(window)
            window.pause()
    assert {"play", "reset", "step", "step_epoch", "faster", "slower", "fullscreen", "presenter", "save", "open",
            "export", "shortcuts"} <= set(seen.values())


def test_space_plays_and_pauses_r_resets_s_steps_e_steps_an_epoch(window, wait_snap, qtbot):
    press(qtbot, window, "S")
    wait_snap(window, lambda s: s.iteration == 1)
    press(qtbot, window, "E")
    wait_snap(window, lambda s: s.epoch == 1)
    window.set_speed(0)
    press(qtbot, window, "Space")
    wait_snap(window, lambda s: s.running and s.iteration > 30)
    press(qtbot, window, "Space")
    wait_snap(window, lambda s: not s.running)
    press(qtbot, window, "R")
    wait_snap(window, lambda s: s.iteration == 0)


def test_plus_and_minus_change_the_speed(window, qtbot):
    s = window.speed_slider
    s.setValue(5)
    press(qtbot, window, "+")
    assert s.value() == 6
    press(qtbot, window, "=")
    assert s.value() == 7
    press(qtbot, window, "-")
    press(qtbot, window, "-")
    press(qtbot, window, "-")
    assert s.value() == 4
    from nnviz.main_window import SPEEDS
    assert window.speed_label.text() == f"{SPEEDS[4]} steps/s"


def test_f11_full_screen_and_f5_presenter_mode(window, qtbot):
    press(qtbot, window, "F11")
    qtbot.waitUntil(window.isFullScreen, timeout=3000)
    press(qtbot, window, "F11")
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=3000)
    base = QApplication.font().pointSizeF()
    window.classroom.set_presenter_scale(200)
    window.classroom.set_presenting(False)
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    press(qtbot, window, "F5")
    assert window.classroom.presenting and window.actions["presenter"].isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(2 * base)
    qtbot.waitUntil(window.isFullScreen, timeout=3000)
    press(qtbot, window, "F5")
    assert not window.classroom.presenting
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=3000)


def test_ctrl_s_saves_ctrl_o_opens_ctrl_e_exports(window, wait_snap, qtbot, tmp_path, monkeypatch):
    press(qtbot, window, "S")
    wait_snap(window, lambda s: s.iteration == 1)
    press(qtbot, window, "Ctrl+S")
    target = tmp_path / "saved-by-key.nnviz"
    qtbot.waitUntil(lambda: window.classroom.current_path == str(target), timeout=10_000)
    assert target.exists()
    press(qtbot, window, "S")
    wait_snap(window, lambda s: s.iteration == 2)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    press(qtbot, window, "Ctrl+O")
    wait_snap(window, lambda s: s.iteration == 1 and english(s.message).startswith("opened"))
    press(qtbot, window, "Ctrl+E")
    dlg = window.classroom.export_dialog
    assert dlg is not None and dlg.isVisible()
    dlg.close()


@pytest.mark.parametrize("key", ["F1", "?"])
def test_question_mark_and_f1_list_every_shortcut(window, qtbot, key):
    press(qtbot, window, key)
    dlg = window.classroom.shortcuts_dialog
    qtbot.waitUntil(lambda: dlg is not None and dlg.isVisible(), timeout=3000)
    shown = dlg.shown_keys()
    rows = shortcut_rows(window.actions)
    assert len(shown) == len(rows) >= 12
    for needed in ("Space", "R", "F11", "F5", "Ctrl+S", "Ctrl+O", "Ctrl+E", "F1, ?", "+, =, +"):
        assert any(k.startswith(needed.split(",")[0]) for k in shown), needed
    texts = [dlg.table.item(r, 1).text() for r in range(dlg.table.rowCount())]
    assert "Play" in texts and "Reset" in texts and "Export…" in texts
    dlg.close()


def test_lesson_keys_run_the_next_and_the_previous_step(window, wait_snap, qtbot):
    assert not window.actions["lesson_next"].isEnabled()      # no lesson open: nothing to step
    assert window.open_lesson("spiral")
    wait_snap(window, lambda s: s.spec["data"]["name"] == "spiral" and s.iteration == 0)
    c = window.classroom.controller
    assert window.actions["lesson_next"].isEnabled()
    press(qtbot, window, "Ctrl+.")
    assert c.index == 1
    wait_snap(window, lambda s: s.iteration == 1)
    press(qtbot, window, "Ctrl+,")
    assert c.index == 0
    wait_snap(window, lambda s: s.iteration == 0)
