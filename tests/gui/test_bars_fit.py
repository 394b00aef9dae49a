"""Issue 11, "lecture-ready": the status bar and the panels as the room reads them, measured.

- The status bar's message is elided with "…" to the room the readouts leave (the whole text in its tool
  tip), and no text runs into the next one: a band of one digit's width before each readout is bare on
  the rendered bar, at 100, 200 and 250 % in English and Korean, with a long message and every readout at
  its widest text ("…optimizer sgd, le|epoch 100", "정확도 100.0 %일시 정지됨" on the old bar).
- Korean shows the initialisers and the data summary in Korean ("book", "spiral: ..." were left in
  English), and the data summary is whole at 1366x768, also at a presenter scale (the data column was
  narrower than the panel there and cut it at the right).
"""
import re

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QScrollArea

from nnviz import i18n

LONG = {
    "en": "network reset because the lesson changed initialisation xavier, optimizer sgd, learning rate 0.1, "
          "batch size 30, activation tanh, layer sizes 2 10 10 3, data spiral with three arms",
    "ko": "신경망을 새로 만들었습니다: 수업에서 바꾼 설정: 초기화 방법 xavier, 옵티마이저 sgd, 학습률 0.1, "
          "배치 크기 30, 활성화 함수 tanh, 층 크기 2 10 10 3, 나선 데이터 팔 세 개",
}
WORD = re.compile(r"[A-Za-z][A-Za-z_]+")
NAMES = {"xavier", "he", "xor", "and", "or", "nand", "sgd", "adam", "momentum", "tanh", "relu", "sigmoid"}


@pytest.fixture
def language(request):
    """The language in force before the window is built (the test's parameter)."""
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("en")


def settle(qtbot, ms=50):
    QApplication.processEvents()
    qtbot.wait(ms)            # the bars refit on the next turn after a resize or a font change
    QApplication.processEvents()


def pixels(widget):
    img = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    a = np.frombuffer(img.constBits(), np.uint8).reshape(img.height(), img.bytesPerLine())
    return a[:, :4 * img.width()].reshape(img.height(), img.width(), 4)[..., :3].astype(int)


def background(a):
    packed = (a[..., 0] << 16) | (a[..., 1] << 8) | a[..., 2]
    values, counts = np.unique(packed, return_counts=True)
    v = int(values[np.argmax(counts)])
    return np.array([v >> 16, (v >> 8) & 255, v & 255])


def ink(a, bg, x0, x1, y0, y1):
    """How many pixels of the band [x0, x1) x [y0, y1) differ visibly from the bar's background (text)."""
    band = a[max(0, y0):y1, max(0, x0):max(0, x1)]
    return int((np.abs(band - bg).sum(axis=-1) > 90).sum())


def widest_texts(window):
    """Each readout's widest texts, as the window formats them (nnviz/window_bars.py _update_status)."""
    tr = window.tr
    acc = tr("{} accuracy {}")
    return {"epoch": [tr("epoch {}").format(9999999)],
            "iteration": [tr("iteration {}").format(999999999)],
            "train_loss": [tr("train loss {}").format("0.0000")],
            "test_loss": [tr("test loss {}").format("0.0000")],
            "accuracy": [acc.format(tr("train"), "100.0 %"), acc.format(tr("test"), "100.0 %")],
            "sps": [tr("{:,.0f} steps/s").format(99999), tr("auto-playing stages"), tr("paused")]}


@pytest.mark.parametrize("language", ["en", "ko"], indirect=True)
def test_the_status_message_is_elided_before_the_readouts_and_no_readout_runs_into_the_next(
        language, window, qtbot):
    c = window.classroom
    sb = window.statusBar()
    try:
        for pct in (100, 200, 250):
            c.set_presenter_scale(pct)
            window.showNormal()
            window.resize(1920, 1080)
            settle(qtbot)
            window.fit_toolbars()
            settle(qtbot)
            full = " · ".join([LONG[language]] * 3)   # longer than any room it gets
            sb.showMessage(full)
            settle(qtbot, 20)
            shown = [lab for lab in window.status_labels.values() if lab.isVisible()]
            assert shown and window.status_labels["sps"].isVisible(), pct
            shown.sort(key=lambda lab: lab.x())
            first = shown[0]
            g = first.fontMetrics().horizontalAdvance("0")   # one digit of the bar's font
            y0, y1 = first.y(), first.y() + first.height()
            a = pixels(sb)
            bg = background(a)
            assert ink(a, bg, 4, first.x() // 2, y0, y1) > 0, "the message is shown"
            assert ink(a, bg, first.x() - g, first.x() - 2, y0, y1) == 0, \
                f"{language} {pct} %: the message runs into the readouts"
            # the message's own label: elided, the whole text in its tool tip, left of the readouts
            msg = sb.message_label
            assert msg.text().endswith("…") and msg.toolTip() == full, (pct, msg.text())
            right = msg.mapTo(sb, QPoint(msg.contentsRect().left(), 0)).x() + msg.text_width()
            assert right <= first.x() - g, (pct, right, first.x())
            for r in shown:
                assert not msg.geometry().intersects(r.geometry())
            # every readout at each of its widest texts: whole in its label, a bare digit before the next
            texts = widest_texts(window)
            for lab, nxt in zip(shown, shown[1:] + [None]):
                key = next(k for k, v in window.status_labels.items() if v is lab)
                keep = lab.text()
                for t in texts[key]:
                    lab.setText(t)
                    assert lab.fontMetrics().horizontalAdvance(t) <= lab.contentsRect().width(), (pct, key, t)
                    if nxt is not None:
                        a = pixels(sb)
                        assert ink(a, bg, nxt.x() - g, nxt.x() - 2, y0, y1) == 0, \
                            f"{language} {pct} %: {t!r} runs into the next readout"
                lab.setText(keep)
            sb.clearMessage()
            settle(qtbot, 10)
            assert msg.text() == "" and msg.toolTip() == ""
    finally:
        c.set_presenting(False)


@pytest.mark.parametrize("language", ["ko"], indirect=True)
def test_korean_names_the_initialisers_in_korean(language, window):
    combo = window.train_panel.init_combo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert not [t for t in items if "book" in t.lower()], items
    english = [w for t in items for w in WORD.findall(t) if w.lower() not in NAMES]
    assert not english, items
    assert combo.findData("book") >= 0 and combo.itemText(combo.findData("book")) == "책의 초기화"


def test_the_initialiser_combo_sends_the_engines_name_in_any_language(window, wait_snap, qtbot):
    tp = window.train_panel
    window.classroom.set_language("ko")
    try:
        qtbot.waitUntil(lambda: tp.init_combo.itemText(0) == "책의 초기화", timeout=5000)
        i = tp.init_combo.findData("uniform")
        tp.init_combo.setCurrentIndex(i)
        tp.init_combo.textActivated.emit(tp.init_combo.itemText(i))
        wait_snap(window, lambda s: s.spec["network"]["init"] == "uniform")
        window.worker.rebuild({"network": {"init": "book"}}, "x")
        qtbot.waitUntil(lambda: tp.init_combo.currentData() == "book", timeout=10_000)
        assert tp.init_combo.currentText() == "책의 초기화"
    finally:
        window.classroom.set_language("en")
    qtbot.waitUntil(lambda: tp.init_combo.currentText() == "book", timeout=5000)


@pytest.mark.parametrize("pct", [0, 150])
@pytest.mark.parametrize("language", ["ko"], indirect=True)
def test_the_korean_data_summary_is_korean_and_whole_at_1366x768(language, window, qtbot, wait_snap, pct):
    c = window.classroom
    try:
        if pct:
            c.set_presenter_scale(pct)
            c.layouts.apply("explore")     # a layout that keeps the data column
        window.showNormal()
        window.resize(1366, 768)
        settle(qtbot)
        for lesson in ("spiral", "gates", "backprop_by_hand"):
            assert window.open_lesson(lesson)
            ctl = c.controller
            d = ctl.lesson.session_spec["data"]
            wait_snap(window, lambda s: s.spec["data"].get("name") == d.get("name", "custom") or
                      (d.get("name") is None and s.spec["data"].get("name") == "custom"))
            settle(qtbot, 80)
            info = window.data_panel.info_label
            text = info.text()
            english = [w for w in WORD.findall(text) if w.lower() not in NAMES]
            assert not english, (lesson, text)
            area = info.parentWidget()
            while not isinstance(area, QScrollArea):
                area = area.parentWidget()
            view = area.viewport()
            r = QRect(info.mapTo(view, QPoint(0, 0)), info.size())
            assert r.left() >= 0 and r.right() <= view.width() - 1, (lesson, pct, r.getRect(), view.width())
            assert info.height() >= info.heightForWidth(info.width()), (lesson, pct)   # every wrapped line
            c.close_lesson()
            settle(qtbot, 20)
    finally:
        if c.presenting:
            c.set_presenting(False)
