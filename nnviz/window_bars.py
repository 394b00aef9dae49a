"""The main window's bars: the step-control toolbar, the speed toolbar and the status bar.

A mixin of ``MainWindow``. The step controls (Reset, Play, Step, Step epoch, and the step-through's
Step back, Step stage, Auto-play) have a toolbar of their own, ``window.toolbar``, that is never cut
into an overflow "»" menu: the speed and epoch toolbar beside it moves to a second row when the two do
not fit side by side (presenter mode, a narrow window), and if the controls alone do not fit they drop
their text and keep their icons (with tooltips).

The status bar (``StatusBar``) shows its temporary message in a label of its own, elided with "…" to the
room the readouts on the right leave (the whole text in its tool tip): Qt paints the message itself up to
the first readout and cuts it there without a mark, so it ran into them ("…optimizer sgd, le|epoch 100").
The readouts are as wide as their widest text in the font in force plus a gap, so they never run together
("정확도 100.0 %일시 정지됨").
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QLabel,
    QSizeGrip,
    QSizePolicy,
    QSlider,
    QStatusBar,
    QStyle,
    QStyleOption,
    QToolBar,
    QToolButton,
    QWidget,
)

# speed slider positions, in steps per second; 0 = as fast as possible
SPEEDS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 0)
DEFAULT_SPEED = 200
STEP_CONTROLS = ("reset", "play", "step", "step_epoch", "step_back", "step_stage", "autoplay_stages")
# status-bar readouts in the order they give up their place when the bar is short (presenter scales):
# the epoch is on the speed toolbar too, the losses and accuracy in the loss plot's readout
STATUS_DROP = ("test_loss", "iteration", "epoch", "accuracy", "train_loss")
STATUS_MESSAGE_SHARE = 0.45  # of the window's width kept for the status message (lesson notices are long)


def _gap(label):
    """The visible space kept after a status-bar text: two digits of the label's font (it grows with the
    presenter scale)."""
    return 2 * label.fontMetrics().horizontalAdvance("0")


class StatusMessage(QLabel):
    """The status bar's temporary message on one line, elided with "…" to the label's width less a gap
    before the readouts; the tool tip has the whole text when it is cut. Its width is the room the
    readouts leave (its size hint never asks for more)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("statusMessage")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(0)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""

    def full_text(self):
        return self._full

    def set_message(self, text):
        self._full = " ".join((text or "").split())   # one line: a message with a line break stays one
        self._elide()

    def elided(self):
        return self.text() != self._full

    def text_width(self):
        """How wide the shown text is drawn (tests: it ends a gap before the first readout)."""
        return self.fontMetrics().horizontalAdvance(self.text())

    def _elide(self):
        room = max(0, self.contentsRect().width() - _gap(self))
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, room) if self._full else ""
        if shown != self.text():
            self.setText(shown)
        self.setToolTip(self._full if shown != self._full else "")

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self._elide()

    def changeEvent(self, ev):
        super().changeEvent(ev)
        if ev.type() == QEvent.Type.FontChange:
            self._elide()


class StatusBar(QStatusBar):
    """The window's status bar: ``showMessage`` (and the actions' status tips) as ever, but the message is
    shown by ``message_label``, the first permanent widget, stretched over the room left of the readouts;
    Qt's own painting of the message (clipped at the first readout without a mark) is left out."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.message_label = StatusMessage()
        self.addPermanentWidget(self.message_label, 1)
        self.messageChanged.connect(self.message_label.set_message)

    def paintEvent(self, ev):
        # QStatusBar::paintEvent without the message: the panel, then a frame round each item shown
        p = QPainter(self)
        opt = QStyleOption()
        opt.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, opt, p, self)
        for w in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if isinstance(w, QSizeGrip) or not w.isVisible():
                continue
            ir = w.geometry().adjusted(-2, -1, 2, 1)
            if not ev.rect().intersects(ir):
                continue
            item = QStyleOption()
            item.rect = ir
            item.palette = self.palette()
            item.state = QStyle.StateFlag.State_None
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, item, p, w)
        p.end()


def _chrome_factor():
    """How much the theme has scaled the application font (the presenter scale of the chrome), 1.0 at 100 %."""
    from PySide6.QtWidgets import QApplication

    from nnviz.appearance.theme import base_font
    app = QApplication.instance()
    base, cur = base_font(app).pointSizeF(), app.font().pointSizeF()
    return cur / base if base > 0 and cur > 0 else 1.0


def _fix_size(label, widest_text):
    """Give a label that changes every frame a fixed size (its widest expected text), so a new text
    repaints only the label: a label whose size hint changes re-lays out, and repaints, the whole window."""
    label.setText(widest_text)
    label.setFixedSize(label.sizeHint())
    label.setText("")


def _fmt(v, digits=4):
    if v is None:
        return "—"
    return f"{v:.{digits}f}" if abs(v) < 1000 else f"{v:.3g}"


def overflowing(toolbar):
    """True when some of the toolbar's items are hidden in its "»" extension menu."""
    ext = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    return ext is not None and ext.isVisible()


class ToolbarsMixin:
    def _build_toolbar(self, speed):
        tb = QToolBar()
        tb.setObjectName("trainingToolbar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        for k in ("reset", "play", "step", "step_epoch"):
            tb.addAction(self.actions[k])
        self.addToolBar(tb)
        self.toolbar = tb   # the step-through adds Step back, Step stage, Auto-play here
        sb = QToolBar()
        sb.setObjectName("speedToolbar")
        sb.setMovable(False)
        self.speed_title = QLabel()
        sb.addWidget(self.speed_title)
        self.speed_slider = QSlider(Qt.Horizontal)
        self.speed_slider.setRange(0, len(SPEEDS) - 1)
        self.speed_slider.setFixedWidth(160)
        self.speed_label = QLabel()
        self.speed_label.setMinimumWidth(90)
        sb.addWidget(self.speed_slider)
        sb.addWidget(self.speed_label)
        sb.addSeparator()
        self.epoch_label = QLabel()
        self.epoch_label.setStyleSheet("font-size: 18px; padding: 0 12px;")
        sb.addWidget(self.epoch_label)
        self.addToolBar(sb)
        self.speed_bar = sb
        self._speed_bar_wrapped = False
        self.addToolBarBreak()
        self.addToolBar(self.train_panel)
        self.speed_slider.setValue(SPEEDS.index(speed) if speed in SPEEDS else SPEEDS.index(DEFAULT_SPEED))
        self.boundary_bar.addAction(self.actions["show_test"])
        self.boundary_bar.addAction(self.actions["discretize"])
        self.loss_bar.addAction(self.actions["log_scale"])
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_toolbars)

    def _adopt_stage_controls(self):
        """The step-through put its stage-speed slider on the controls toolbar: it belongs with the speed."""
        st = getattr(self, "stepthrough", None)
        for w in (getattr(st, "stage_speed", None), getattr(st, "stage_speed_label", None)):
            if w is None:
                continue
            for a in self.toolbar.actions():
                if self.toolbar.widgetForAction(a) is w:
                    self.toolbar.removeAction(a)
                    if w is st.stage_speed:
                        self.speed_bar.addSeparator()
                        self.stage_title = QLabel()
                        self.speed_bar.addWidget(self.stage_title)
                    self.speed_bar.addWidget(w).setVisible(True)
                    QTimer.singleShot(0, w.show)   # after the toolbar's own relayout, which keeps it hidden
                    break
        self.fit_toolbars()

    def fit_toolbars(self):
        """Keep every step control visible: the speed toolbar on a second row when both do not fit, the
        controls as icons only when even they alone do not fit."""
        tb, sb = self.toolbar, self.speed_bar
        room = max(1, self.width() - 16)
        style = Qt.ToolButtonTextBesideIcon
        tb.setToolButtonStyle(style)
        if tb.sizeHint().width() > room:
            style = Qt.ToolButtonIconOnly   # the compact presenter toolbar: icons, tooltips say what
            tb.setToolButtonStyle(style)
        wrap = tb.sizeHint().width() + sb.sizeHint().width() + 12 > room
        if wrap != self._speed_bar_wrapped:
            self._speed_bar_wrapped = wrap
            if wrap:
                self.insertToolBarBreak(sb)
            else:
                self.removeToolBarBreak(sb)
        self._fit_status()

    def _size_readouts(self):
        """Each status readout as wide as the widest of its texts in the language and font in force, plus a
        gap (two digits of the font): a fixed size, so a new text repaints only the label (a label whose
        size hint changes re-lays out, and repaints, the whole window), and the readouts never run together.
        Measured here, after every font change (the presenter scale), not scaled from an old measure."""
        k = _chrome_factor()
        for key, lab in self.status_labels.items():
            fm = lab.fontMetrics()
            texts = self._status_widest.get(key, ())
            width = max((fm.horizontalAdvance(t) for t in texts), default=0) + _gap(lab)
            # the line's height with the fonts the text falls back on (Hangul's is taller than Latin's)
            height = max([fm.height()] + [fm.boundingRect(QRect(0, 0, 100_000, 1000), 0, t).height() for t in texts])
            m = lab.contentsMargins()
            size = (width + m.left() + m.right() + 2 * max(0, lab.margin()),
                    height + m.top() + m.bottom() + 2 * max(0, lab.margin()))
            if (lab.minimumWidth(), lab.minimumHeight()) != size or lab.maximumSize() != lab.minimumSize():
                lab.setFixedSize(*size)
            # the theme scales fixed-size labels from their size at 100 % (theme.scale_fixed_sizes) before
            # this runs again: give it that size, or the bar would be briefly (and the window) far too wide
            lab.setProperty("nnviz_base_fixed", (round(size[0] / k), round(size[1] / k)))

    def _fit_status(self):
        """The status readouts have fixed widths (a new text repaints only them); those that do not fit
        beside the message hide, or the window could not be narrower than their sum (1,436 px at 200 %).
        The message has the rest, elided to it."""
        labels = getattr(self, "status_labels", None)
        if not labels:
            return
        self._size_readouts()
        room = int(self.width() * (1 - STATUS_MESSAGE_SHARE))
        gap = self.statusBar().layout().spacing() + 8
        need = sum(lab.minimumWidth() + gap for lab in labels.values())
        drop = set()
        for k in STATUS_DROP:
            if need <= room:
                break
            drop.add(k)
            need -= labels[k].minimumWidth() + gap
        for k, lab in labels.items():
            if lab.isHidden() != (k in drop):
                lab.setVisible(k not in drop)

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self._fit_timer.start()

    def changeEvent(self, ev):
        super().changeEvent(ev)
        if hasattr(self, "_fit_timer"):   # fonts, style, language: the bars' widths change
            self._fit_timer.start()

    def _build_status(self):
        sb = StatusBar(self)
        self.setStatusBar(sb)
        self.status_message = sb.message_label
        self._status_widest = {}   # readout -> its widest texts in the language in force (retranslate_bars)
        self.status_labels = {}
        for key in ("epoch", "iteration", "train_loss", "test_loss", "accuracy", "sps"):
            lab = QLabel()
            sb.addPermanentWidget(lab)
            self.status_labels[key] = lab

    def retranslate_bars(self):
        """The toolbars' and the status bar's texts in the language in force (the window's retranslate_ui)."""
        self.toolbar.setWindowTitle(self.tr("Training"))
        self.speed_bar.setWindowTitle(self.tr("Speed"))
        self.speed_title.setText(self.tr(" Speed "))
        if getattr(self, "stage_title", None) is not None:
            self.stage_title.setText(self.tr(" Stage "))
        self.speed_slider.setToolTip(self.tr("Steps per second, up to as fast as possible"))
        self._show_speed(self.speed_slider.value())
        _fix_size(self.epoch_label, self.tr("Epoch <b>0 000 000</b>"))
        accuracy = self.tr("{} accuracy {}")
        for key, tip, widest in (
                ("epoch", self.tr("epoch"), (self.tr("epoch 0000000"),)),
                ("iteration", self.tr("iteration"), (self.tr("iteration 000000000"),)),
                ("train_loss", self.tr("training loss"), (self.tr("train loss 0.00000"),)),
                ("test_loss", self.tr("test loss"), (self.tr("test loss 0.00000"),)),
                # "test" is the wider word in Korean (테스트 / 훈련), "train" in English
                ("accuracy", self.tr("accuracy"), (self.tr("train accuracy 100.0 %"),
                                                   accuracy.format(self.tr("train"), "100.0 %"),
                                                   accuracy.format(self.tr("test"), "100.0 %"))),
                ("sps", self.tr("steps per second"),
                 (self.tr("000,000 steps/s"), self.tr("auto-playing stages"), self.tr("paused")))):
            self.status_labels[key].setToolTip(tip)
            self._status_widest[key] = widest   # the widest texts of this language
        self._size_readouts()
        snap = getattr(self, "last_snapshot", None)
        self._update_status(snap)
        self._set_epoch(snap.epoch if snap is not None else 0, snap.iteration if snap is not None else 0)
        self._fit_timer.start()   # the bars' widths change with the language

    def _set_epoch(self, epoch, iteration):
        self.epoch_label.setText(self.tr("Epoch <b>{:,}</b>").format(epoch).replace(",", "\u2009"))

    def _update_status(self, snap):
        L = self.status_labels
        if snap is None:
            for k, lab in L.items():
                lab.setText({"epoch": self.tr("epoch 0"), "iteration": self.tr("iteration 0")}.get(k, ""))
            return
        rec = snap.epoch_history[-1] if snap.epoch_history else {}
        L["epoch"].setText(self.tr("epoch {}").format(snap.epoch))
        L["iteration"].setText(self.tr("iteration {}").format(snap.iteration))
        L["train_loss"].setText(self.tr("train loss {}").format(_fmt(rec.get("train_loss"))))
        L["test_loss"].setText(self.tr("test loss {}").format(_fmt(rec.get("test_loss"))))
        acc = rec.get("test_acc") if rec.get("test_acc") is not None else rec.get("train_acc")
        which = self.tr("test") if rec.get("test_acc") is not None else self.tr("train")
        L["accuracy"].setText(self.tr("{} accuracy {}").format(which, "—" if acc is None else f"{100 * acc:.1f} %")
                              if snap.kind == "classification" else "")
        st = getattr(self, "stepthrough", None)
        if snap.running:
            text = self.tr("{:,.0f} steps/s").format(snap.steps_per_sec)
        elif st is not None and st.autoplaying():
            text = self.tr("auto-playing stages")   # training is paused, but the window is not
        else:
            text = self.tr("paused")
        L["sps"].setText(text)
