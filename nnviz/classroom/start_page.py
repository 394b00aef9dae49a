"""The start page: the lessons, titles in the current language, one click to open one."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nnviz import i18n
from nnviz.classroom.retranslate import Retranslates
from nnviz.lessons import list_lessons, localized
from nnviz.lessons.validate import read_json


def _first_sentence(text, limit=160):
    first = text.split("\n")[0]
    for end in (". ", "다. ", "요. "):
        k = first.find(end)
        if 0 < k < limit:
            return first[:k + len(end)].strip()
    return first if len(first) <= limit else first[:limit].rsplit(" ", 1)[0] + " …"


class StartPage(Retranslates, QDialog):
    """Non-modal: the window behind stays usable. ``lessonChosen(id)`` when a lesson is picked."""

    lessonChosen = Signal(str)
    exploreChosen = Signal()

    def __init__(self, parent=None, show_at_start=True):
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setModal(False)
        self.retranslate_ui = self._retranslate
        self.heading = QLabel()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.list_widget = QWidget()
        self.list_layout = QVBoxLayout(self.list_widget)
        self.list_layout.setSpacing(3)
        scroll = QScrollArea()
        scroll.setWidget(self.list_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.explore_button = QPushButton()
        self.explore_button.clicked.connect(self._explore)
        self.show_check = QCheckBox()
        self.show_check.setChecked(bool(show_at_start))
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(self.show_check)
        bottom.addStretch(1)
        bottom.addWidget(self.explore_button)
        bottom.addWidget(self.close_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.heading)
        lay.addWidget(self.intro)
        lay.addWidget(scroll, 1)
        lay.addLayout(bottom)
        self.scroll = scroll
        self.buttons = {}
        self.resize(720, 620)
        self._retranslate()

    # the whole list without scrolling on a 1366x768 screen (it scrolls only on a smaller one, or at a
    # presenter scale that makes it taller than the screen)
    SMALL_SCREEN_HEIGHT = 768 - 28  # a 1366x768 screen less a panel

    def showEvent(self, ev):
        super().showEvent(ev)
        self.fit_to_screen()

    def needed_height(self, width):
        m = self.layout().contentsMargins()
        inner = width - m.left() - m.right()
        lay = self.list_layout
        lst = lay.heightForWidth(inner) if lay.hasHeightForWidth() else lay.sizeHint().height()
        head = self.heading.sizeHint().height() + self.intro.heightForWidth(inner)
        bottom = max(self.close_button.sizeHint().height(), self.show_check.sizeHint().height())
        return m.top() + m.bottom() + head + lst + bottom + 3 * self.layout().spacing() + 4

    def fit_to_screen(self):
        scr = self.screen() or QApplication.primaryScreen()
        avail = scr.availableGeometry().height() - 40 if scr is not None else 700
        self.resize(self.width(), max(300, min(avail, self.needed_height(self.width()))))

    def changeEvent(self, ev):
        if ev.type() == QEvent.Type.FontChange:
            self._fonts()
        super().changeEvent(ev)

    def _fonts(self):
        """Sizes relative to the application font, so the presenter scale reaches them."""
        f = QFont(self.font())
        f.setPointSizeF(self.font().pointSizeF() * 1.6)
        f.setBold(True)
        self.heading.setFont(f)
        for b in self.buttons.values():
            bf = QFont(self.font())
            bf.setPointSizeF(self.font().pointSizeF() * 1.15)
            bf.setBold(True)
            b.setFont(bf)

    def _retranslate(self):
        self.setWindowTitle(self.tr("nnviz — lessons"))
        self.heading.setText(self.tr("Lessons"))
        self.intro.setText(self.tr("Each lesson sets up a network, its data and its weights, and walks through "
                                   "it step by step. Pick one, or explore freely."))
        self.explore_button.setText(self.tr("Explore freely"))
        self.explore_button.setToolTip(self.tr("Close this page and train the spiral as it is"))
        self.show_check.setText(self.tr("Show this page at start"))
        self.close_button.setText(self.tr("Close"))
        self._fill()

    def _fill(self):
        while self.list_layout.count():
            item = self.list_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons = {}
        lang = i18n.current_language()
        for n, info in enumerate(list_lessons(), start=1):
            try:  # the text only: no need to check and build the whole lesson to list it
                blurb = _first_sentence(localized(read_json(info.path).get("text") or {}, lang))
            except Exception:  # noqa: BLE001 - a broken lesson file is listed without its blurb
                blurb = ""
            b = QPushButton()
            b.setObjectName(f"lesson_{info.id}")
            b.setText(f"{n}.  {localized(info.title, lang)}")
            b.setToolTip(blurb)
            b.setStyleSheet("QPushButton { text-align: left; padding: 5px 10px; }")
            b.clicked.connect(lambda _=False, i=info.id: self._choose(i))
            sub = QLabel(blurb)
            sub.setWordWrap(True)
            sub.setIndent(18)
            self.list_layout.addWidget(b)
            self.list_layout.addWidget(sub)
            self.buttons[info.id] = b
        self.list_layout.addStretch(1)
        self._fonts()

    def lesson_titles(self):
        return {i: b.text() for i, b in self.buttons.items()}

    def _choose(self, lesson_id):
        self.lessonChosen.emit(lesson_id)
        self.close()

    def _explore(self):
        self.exploreChosen.emit()
        self.close()
