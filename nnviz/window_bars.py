"""The main window's bars: the step-control toolbar, the speed toolbar and the status bar.

A mixin of ``MainWindow``. The step controls (Reset, Play, Step, Step epoch, and the step-through's
Step back, Step stage, Auto-play) have a toolbar of their own, ``window.toolbar``, that is never cut
into an overflow "»" menu: the speed and epoch toolbar beside it moves to a second row when the two do
not fit side by side (presenter mode, a narrow window), and if the controls alone do not fit they drop
their text and keep their icons (with tooltips).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QSlider, QToolBar, QToolButton

# speed slider positions, in steps per second; 0 = as fast as possible
SPEEDS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 0)
DEFAULT_SPEED = 200
STEP_CONTROLS = ("reset", "play", "step", "step_epoch", "step_back", "step_stage", "autoplay_stages")
# status-bar readouts in the order they give up their place when the bar is short (presenter scales):
# the epoch is on the speed toolbar too, the losses and accuracy in the loss plot's readout
STATUS_DROP = ("test_loss", "iteration", "epoch", "accuracy", "train_loss")
STATUS_MESSAGE_SHARE = 0.45  # of the window's width kept for the status message (lesson notices are long)


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

    def _fit_status(self):
        """The status readouts have fixed widths (a new text repaints only them); those that do not fit
        beside the message hide, or the window could not be narrower than their sum (1,436 px at 200 %)."""
        labels = getattr(self, "status_labels", None)
        if not labels:
            return
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
        sb = self.statusBar()
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
        for key, tip, widest in (
                ("epoch", self.tr("epoch"), self.tr("epoch 0000000")),
                ("iteration", self.tr("iteration"), self.tr("iteration 000000000")),
                ("train_loss", self.tr("training loss"), self.tr("train loss 0.00000")),
                ("test_loss", self.tr("test loss"), self.tr("test loss 0.00000")),
                ("accuracy", self.tr("accuracy"), self.tr("train accuracy 100.0 %")),
                ("sps", self.tr("steps per second"),
                 max(self.tr("000,000 steps/s"), self.tr("auto-playing stages"), key=len))):
            lab = self.status_labels[key]
            lab.setToolTip(tip)
            _fix_size(lab, widest)   # the widest text of this language
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
