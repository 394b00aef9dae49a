"""Languages: with --lang ko no widget, menu or action of the main window shows untranslated English;
switching live (View > Language) turns every text over in place and back; the Korean catalogue is
complete and compiled; ``nnviz --lang ko`` opens the window in Korean."""
import os
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
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
    QWidget,
)

from core.layers import HIDDEN_ACTIVATIONS
from core.optimizers import OPTIMIZERS
from nnviz import i18n
from nnviz.lessons import list_lessons
from nnviz.panels.train_panel import DTYPES, INITIALISERS

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HANGUL = re.compile(r"[\uac00-\ud7a3]")
WORD = re.compile(r"[A-Za-z][A-Za-z_]+")
# names, not words: the engine's identifiers shown as the settings' values, abbreviations, formats
ALLOWED = ({w.lower() for w in list(OPTIMIZERS) + list(HIDDEN_ACTIVATIONS) + list(INITIALISERS) + list(DTYPES)}
           | {"softmax", "sigmoid", "identity", "tanh", "ce", "bce", "mse", "and", "or", "nand", "xor", "relu",
              "sgd", "adam", "csv", "png", "svg", "gif", "mp4", "nnviz", "english", "px", "sin", "exp", "max",
              "nan", "inf", "ctrl", "shift", "alt", "space", "f1", "f5", "f11", "pip", "imageio", "ffmpeg",
              "playground", "dl", "db", "dx", "dz", "da", "ms", "leaky_relu", "elu", "float", "affine", "matmul",
              "softmaxwithloss", "sigmoidwithloss", "mseloss", "lr", "del", "esc", "pgup", "pgdown", "left", "right",
              "up", "down", "home", "end", "tab", "return", "enter", "backspace", "ins",
              "python", "pyside", "qt", "dw"})  # product names (Help > About); dW of a formula


@pytest.fixture(autouse=True)
def _back_to_english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def visible_texts(root):
    """(where, text) of every text a person can see in ``root``: widgets, menus, actions, tool tips."""
    out = []

    def add(where, t):
        if t:
            out.append((where, t))
    acts = set()
    for w in [root] + root.findChildren(QWidget):
        n = f"{type(w).__name__}:{w.objectName()}"
        add(n + " tool tip", w.toolTip())
        if w.isWindow() or isinstance(w, QDockWidget):
            add(n + " title", w.windowTitle())
        if isinstance(w, (QLabel, QAbstractButton)):
            add(n + " text", w.text())
        if isinstance(w, QGroupBox):
            add(n + " title", w.title())
        if isinstance(w, QLineEdit):
            add(n + " placeholder", w.placeholderText())
        if isinstance(w, QMenu):
            add(n + " menu", w.title())
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"{n} item {i}", w.itemText(i))
                add(f"{n} item {i} tip", w.itemData(i, Qt.ItemDataRole.ToolTipRole))
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                add(f"{n} tab {i}", w.tabText(i))
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                add(f"{n} tab {i}", w.tabText(i))
        acts.update(QWidget.actions(w))
    acts.update(root.findChildren(QAction))
    for a in acts:
        add("action text", a.text())
        add("action tip", a.toolTip())
        add("action status tip", a.statusTip())
    return out


def english_left(texts):
    bad = []
    for where, t in texts:
        if not isinstance(t, str) or HANGUL.search(t):
            continue
        plain = re.sub(r"<[^>]+>", " ", t)  # rich text tags
        words = [w for w in WORD.findall(plain) if w.lower() not in ALLOWED and not re.fullmatch(r"[xWbazhyt]\d*", w)]
        if words:
            bad.append((where, t))
    return bad


def hangul_left(texts):
    names = {"한국어"}
    return [(w, t) for w, t in texts if isinstance(t, str) and HANGUL.search(t) and t not in names]


def settle(qtbot, window):
    qtbot.waitUntil(lambda: window.drawn_snapshot is not None, timeout=10_000)
    window.worker.request_snapshot()
    qtbot.wait(150)


@pytest.fixture
def korean_window(qtbot):
    from nnviz.main_window import MainWindow
    i18n.set_language("ko")                  # what `nnviz --lang ko` does before building the window
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    settle(qtbot, w)
    yield w
    assert w.shutdown(timeout=5.0)
    w.close()


def test_korean_window_shows_no_untranslated_english(korean_window, qtbot):
    w = korean_window
    texts = visible_texts(w)
    assert len(texts) > 150
    bad = english_left(texts)
    assert not bad, "untranslated: " + "; ".join(f"{a}: {b!r}" for a, b in bad[:25])
    # it is Korean, not just empty: the menus and the main buttons
    titles = [m.title() for m in w.menuBar().findChildren(QMenu) if m.title()]
    assert "파일(&F)" in titles and "보기(&V)" in titles and "수업(&L)" in titles
    assert w.actions["play"].text() == "재생" and w.actions["reset"].text() == "초기화"
    assert w.train_panel.windowTitle() == "학습 설정"


def test_korean_lesson_panel_dialogs_and_start_page(korean_window, qtbot):
    w = korean_window
    assert w.open_lesson("forward_pass")
    qtbot.waitUntil(lambda: "입력 x" in w.classroom.lesson_panel.numbers_text(), timeout=10_000)
    panel = w.classroom.lesson_panel
    lesson = w.classroom.controller.lesson
    assert panel.title_label.text() == lesson.title["ko"]
    panel.next_button.click()
    assert panel.note_label.text() == lesson.steps[0].note["ko"]
    page = w.classroom.show_start_page()
    for info in list_lessons():
        assert page.lesson_titles()[info.id].endswith(info.title["ko"])
    keys = w.classroom.show_shortcuts().shown_keys()
    assert all(keys) and "Ctrl+O" in keys and any("Shift+" in k for k in keys)   # Qt's key names, not blanks
    w.classroom.show_export()
    w.classroom.save_lesson_dialog_open()
    for dlg in (w, page, w.classroom.shortcuts_dialog, w.classroom.export_dialog, w.classroom.save_lesson_dialog):
        bad = english_left(visible_texts(dlg))
        assert not bad, f"{type(dlg).__name__}: " + "; ".join(f"{a}: {b!r}" for a, b in bad[:20])
    for dlg in (page, w.classroom.shortcuts_dialog, w.classroom.export_dialog, w.classroom.save_lesson_dialog):
        dlg.close()


def test_switching_language_live_turns_every_text_over_and_back(window, wait_snap, qtbot):
    settle(qtbot, window)
    window.actions["step"].trigger()
    s = wait_snap(window, lambda s: s.iteration == 1)
    english = visible_texts(window)
    assert not english_left([]) and not hangul_left(english)
    window.actions["lang_ko"].trigger()
    assert i18n.current_language() == "ko"
    window.worker.request_snapshot()
    qtbot.wait(200)
    bad = english_left(visible_texts(window))
    assert not bad, "after switching: " + "; ".join(f"{a}: {b!r}" for a, b in bad[:25])
    assert window.actions["play"].text() == "재생"
    assert window.status_labels["iteration"].text() == "반복 1"
    assert window.speed_label.text().startswith("초당")
    # the training is still there
    assert window.last_snapshot.iteration == s.iteration
    window.actions["lang_en"].trigger()
    window.worker.request_snapshot()
    qtbot.wait(200)
    left = hangul_left(visible_texts(window))
    assert not left, "after switching back: " + "; ".join(f"{a}: {b!r}" for a, b in left[:25])
    assert window.actions["play"].text() == "Play"


def test_formatted_texts_are_made_again_in_the_new_language(window, qtbot):
    """What the retranslator's conversions covered, now made from their sources by retranslate_ui."""
    window.set_speed(200)
    window.classroom.set_language("ko")
    assert window.speed_label.text() == "초당 200단계"
    assert window.actions["reset"].toolTip() == "초기 가중치로 신경망을 처음부터 다시 (R)"
    window.classroom.set_language("en")
    assert window.speed_label.text() == "200 steps/s"
    assert window.actions["reset"].toolTip() == "New network with the initial weights (R)"


def test_the_korean_catalogue_is_complete_and_compiled():
    ts = os.path.join(ROOT, "assets", "i18n", "nnviz_ko.ts")
    qm = os.path.join(ROOT, "assets", "i18n", "nnviz_ko.qm")
    assert os.path.getsize(qm) > 1000
    root = ET.parse(ts).getroot()
    unfinished, wrong = [], []
    for m in root.iter("message"):
        src, tr = m.findtext("source"), m.find("translation")
        if tr is None or tr.get("type") in ("unfinished",) or not (tr.text or "").strip():
            unfinished.append(src)
            continue
        if sorted(re.findall(r"\{[^{}]*\}", src)) != sorted(re.findall(r"\{[^{}]*\}", tr.text)):
            wrong.append(src)
        if not HANGUL.search(tr.text) and english_left([("", re.sub(r"\{[^{}]*\}", " ", tr.text))]):
            wrong.append(src)
    assert not unfinished, f"{len(unfinished)} untranslated (run scripts/update-translations.sh): {unfinished[:10]}"
    assert not wrong, wrong
    assert len(list(root.iter("message"))) > 300


def test_nnviz_lang_ko_opens_the_window_in_korean(tmp_path):
    code = textwrap.dedent("""
        import sys
        from nnviz import cli, i18n
        import nnviz.main_window as mw
        seen = {}
        class Spy(mw.MainWindow):
            def __init__(self, *a, **k):
                super().__init__(*a, **k)
                seen["lang"] = i18n.current_language()
                seen["play"] = self.actions["play"].text()
        mw.MainWindow = Spy
        rc = cli.main(["--lang", "ko", "--exit-after-paint"])
        print("RESULT", rc, seen["lang"], seen["play"])
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NNVIZ_SETTINGS=str(tmp_path / "s.ini"))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env)
    assert "RESULT 0 ko 재생" in r.stdout, r.stdout + r.stderr
    r = subprocess.run([sys.executable, "-m", "nnviz", "--lang", "fr"], capture_output=True, text=True, timeout=60,
                       cwd=ROOT, env=env)
    assert r.returncode == 2 and "--lang" in r.stderr


def test_the_workers_notices_show_in_korean(korean_window, wait_snap, qtbot):
    from nnviz.classroom.messages import translate_message
    from nnviz.model.notices import notice
    w = korean_window
    w.actions["reset"].trigger()
    s = wait_snap(w, lambda s: notice("notice.reset") in s.message)   # the worker sends the notice as data...
    qtbot.waitUntil(lambda: w.statusBar().currentMessage().startswith("신경망 초기화"), timeout=5000)  # ...shown in Korean
    assert all(not isinstance(m, str) for m in s.message)
    weight = notice("notice.weight", weight="W1[0, 1]", value="0.5")
    assert translate_message(weight) == "가중치 W1[0, 1]을(를) 0.5(으)로 바꿨습니다"
    # text is shown as it is: an English notice is no longer parsed back into one
    assert translate_message("weight W1[0, 1] set to 0.5") == "weight W1[0, 1] set to 0.5"
    assert translate_message("an unknown notice") == "an unknown notice"
