"""The timeline under the loss plot: a slider from iteration 0 to the newest, which scrubs.

Above the slider a strip shows how densely the checkpoint history keeps each part of the run
(dark: every iteration kept; pale: thinned, those come back by replaying from the checkpoint
before them); the label says where the view is and whether that point was kept exactly or
replayed ("replayed from iteration j"), or that it is before the earliest kept point.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QRectF, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSlider, QVBoxLayout, QWidget

DRAG_INTERVAL_MS = 60


class DensityStrip(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.density = np.zeros(0)
        self.position = 0.0      # 0..1 along the run
        self.setFixedHeight(8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.retranslate_ui()

    def changeEvent(self, ev):
        if ev.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(ev)

    def retranslate_ui(self):
        self.setToolTip(self.tr("Checkpoints kept: dark = every iteration, pale = thinned (replayed on demand)"))

    def paintEvent(self, ev):
        p = QPainter(self)
        w, h = self.width(), self.height()
        p.fillRect(self.rect(), QColor(236, 236, 236))
        d = self.density
        if d.size:
            bw = w / d.size
            for k, v in enumerate(d):
                if v <= 0:
                    continue
                a = int(50 + 205 * float(v))
                p.fillRect(QRectF(k * bw, 0, bw + 0.5, h), QColor(8, 119, 189, a))
        x = self.position * (w - 1)
        p.fillRect(QRectF(x - 1, 0, 2, h), QColor(200, 60, 0))
        p.end()


class Timeline(QWidget):
    scrubRequested = Signal(int)     # the user moved to iteration k

    def __init__(self, parent=None):
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setToolTip(self.tr("Drag to go back to any earlier iteration; training resumed there "
                                       "replays deterministically"))
        self.slider.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.strip = DensityStrip()
        self.label = QLabel()
        # the status must not set the right column's minimum width (it made the window 1,800 px wide at
        # 200 %): it takes the width it gets and drops its last parts when they do not fit (see _show)
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = QLabel(self.tr("Timeline"))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(10)
        top.addWidget(self.title)
        top.addWidget(self.label, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 2, 6, 2)
        lay.setSpacing(1)
        lay.addLayout(top)
        lay.addWidget(self.strip)
        lay.addWidget(self.slider)
        self._timeline = {}
        self._dragging = False
        self._pending = None
        self._drag_timer = QTimer(self)
        self._drag_timer.setSingleShot(True)
        self._drag_timer.setInterval(DRAG_INTERVAL_MS)
        self._drag_timer.timeout.connect(self._send_pending)
        self.slider.sliderPressed.connect(self._pressed)
        self.slider.sliderReleased.connect(self._released)
        self.slider.valueChanged.connect(self._value_changed)

    def changeEvent(self, ev):
        # the Qt convention for a live language switch: the texts are made again from their sources
        if ev.type() == QEvent.Type.LanguageChange:
            self.title.setText(self.tr("Timeline"))
            self.slider.setToolTip(self.tr("Drag to go back to any earlier iteration; training resumed there "
                                           "replays deterministically"))
            self._show()
        super().changeEvent(ev)

    def sizeHint(self):
        return QSize(400, 64)

    # ------------------------------------------------------------------ public API
    def set_snapshot(self, snap):
        tl = getattr(snap, "timeline", None) or {}
        if not tl:
            return
        self._timeline = tl
        front, pos = int(tl["front"]), int(tl["position"])
        if not self._dragging:
            with QSignalBlocker(self.slider):
                self.slider.setRange(0, max(0, front))
                self.slider.setValue(pos)
        self.strip.density = np.asarray(tl.get("density", ()))
        self.strip.position = pos / front if front > 0 else 0.0
        self.strip.update()
        self._show()

    def status_text(self):
        tl = self._timeline
        if not tl:
            return ""
        pos, front = tl["position"], tl["front"]
        text = self.tr("iteration {k} of {n}").format(k=f"{pos:,}", n=f"{front:,}")
        if tl.get("before_first"):
            text += " · " + self.tr("iteration {r} is no longer kept: the earliest kept is {f}").format(
                r=f"{tl.get('requested', 0):,}", f=f"{tl['first']:,}")
        elif tl.get("replayed_from") is not None:
            text += " · " + self.tr("replayed from iteration {j} ({n} steps)").format(
                j=f"{tl['replayed_from']:,}", n=tl.get("replayed", 0))
        elif tl.get("exact"):
            text += " · " + self.tr("exact")
        text += " · " + self.tr("{k} checkpoints, {mb:.1f} of {budget:.0f} MB").format(
            k=f"{tl.get('kept', 0):,}", mb=tl.get("nbytes", 0) / 2**20, budget=tl.get("budget", 0) / 2**20)
        return text

    def _show(self):
        """The status, shortened (never cut) to the label's width: whole parts dropped from the end."""
        full = self.status_text()
        parts = full.split(" · ")
        fm, room = self.label.fontMetrics(), max(1, self.label.width() - 4)
        while len(parts) > 1 and fm.horizontalAdvance(" · ".join(parts)) > room:
            parts.pop()
        text = " · ".join(parts)
        if text != self.label.text():
            self.label.setText(text)
        self.label.setToolTip(full if text != full else "")

    def resizeEvent(self, ev):
        super().resizeEvent(ev)
        self._show()

    def scrub_to(self, k):
        """Move to iteration k (as the user would)."""
        self.scrubRequested.emit(int(k))

    # ------------------------------------------------------------------ the slider
    def _pressed(self):
        self._dragging = True

    def _released(self):
        self._dragging = False
        self._drag_timer.stop()
        self._pending = None
        self.scrubRequested.emit(int(self.slider.value()))

    def _value_changed(self, v):
        if self._dragging:  # while dragging: at most one scrub per DRAG_INTERVAL_MS
            self._pending = int(v)
            if not self._drag_timer.isActive():
                self._drag_timer.start()
            return
        self.scrubRequested.emit(int(v))  # a click on the groove, the keyboard

    def _send_pending(self):
        if self._pending is not None:
            self.scrubRequested.emit(self._pending)
            self._pending = None
