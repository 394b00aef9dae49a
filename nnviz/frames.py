"""Drawing snapshots in the window: a frame always finishes, whatever one view does.

The window hands each snapshot to ``FrameDrawer.offer``. A frame is spread over turns of the event
loop (chrome and diagram, then the boundary, then the loss plot, then the step-through views; views
that are cheap enough share a turn, see TURN_BUDGET_S), so timers and input are served between the
views' paints; snapshots that arrive meanwhile replace each
other (newest wins). Each view draws inside a guard: an exception is logged once with its traceback,
the view shows a small "this view could not draw" badge, and every other view and every later frame
go on. When the frame is done the worker hears how much of the GUI thread's time it took (its pacing).
"""
from __future__ import annotations

import logging
import time

import numpy as np
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

log = logging.getLogger("nnviz.views")

# GUI-thread seconds one turn of the event loop may spend drawing views before the frame's next view waits
# for the next turn (timers and input are served in between)
TURN_BUDGET_S = 0.008


def snapshot_is_finite(snap):
    """True when every number a view would draw is finite (weights, biases, grid maps)."""
    for W, b in snap.weights:
        if not np.all(np.isfinite(W)) or (b is not None and not np.all(np.isfinite(b))):
            return False
    if snap.grid_output is not None and not np.all(np.isfinite(snap.grid_output)):
        return False
    return all(np.all(np.isfinite(h)) for h in snap.grid_hidden)


class FailureBadge(QLabel):
    """A small one-line note in a view's top-left corner: "This view could not draw: …" (the tooltip has it all).
    It does not take the mouse, so the view under it stays usable."""

    def __init__(self, host):
        super().__init__(host)
        self.setObjectName("viewFailureBadge")
        self.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.setStyleSheet("#viewFailureBadge { background: rgba(255, 243, 205, 230); color: #5c4400;"
                           " border: 1px solid #d4a100; border-radius: 3px; padding: 2px 6px; }")
        self.hide()
        self._full = ""
        host.installEventFilter(self)

    def say(self, error):
        tr = lambda t: QCoreApplication.translate("FrameDrawer", t)  # noqa: E731
        self.error = error
        text = tr("This view could not draw: {error}").format(error=f"{type(error).__name__}: {error}")
        if self.isVisible() and text == self._full:
            return   # the same failure again: no relayout, no repaint of the view under it
        self._full = text
        self.setToolTip(text + "\n" + tr("The other views go on. The details are in the log "
                                          "(Help > Open log folder)."))
        self._place()
        self.show()
        self.raise_()

    def _place(self):
        """One line in the view's top-left corner, elided to its width (the tooltip has it all), in a
        smaller font than the view's own text: it says something is wrong without hiding the view."""
        host = self.parentWidget()
        f = self.font()
        f.setPointSizeF(max(6.0, host.font().pointSizeF() * 0.85))
        self.setFont(f)
        room = max(80, host.width() - 24)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.ElideRight, room))
        self.adjustSize()
        self.move(6, 4)

    def eventFilter(self, obj, ev):
        if ev.type() == QEvent.Resize and self.isVisible():
            self._place()
        return False


class FrameDrawer(QObject):
    """Draws the window's snapshots stage by stage with every view guarded (see the module docstring).

    ``views()`` returns the (name, view, badge host widget) to draw a finite snapshot with, in order;
    ``stage_views()`` those that also draw a snapshot with bad numbers (the step-through views);
    ``chrome(snap)`` updates everything else first."""

    def __init__(self, window, worker_of, chrome, views, stage_views):
        super().__init__(window)
        self.window = window
        self._worker_of, self._chrome, self._views, self._stage_views = worker_of, chrome, views, stage_views
        self.frame = None           # (snapshot, GUI thread time at its start) of the frame being drawn
        self.stage = 0
        self.frames_done = 0
        self.failures = {}          # view name -> the exception of its last failed draw
        self._logged = set()
        self._badges = {}
        self._ack = QTimer(self)    # fires once the event loop handled what the frame posted (layouts, paints)
        self._ack.setSingleShot(True)
        self._ack.setInterval(0)
        self._ack.timeout.connect(self._finished)

    # ---------------------------------------------------------------- guard
    def draw(self, name, view, host, snap):
        """``view.set_snapshot(snap)`` inside the guard. True when it drew."""
        try:
            view.set_snapshot(snap)
        except Exception as e:  # noqa: BLE001 - one view's error must never stop the others
            self._failed(name, host, e)
            return False
        if name in self.failures:
            del self.failures[name]
            badge = self._badges.get(name)
            if badge is not None:
                badge.hide()
        return True

    def _failed(self, name, host, e):
        self.failures[name] = e
        key = (name, type(e).__name__, str(e))
        if key not in self._logged:   # once per distinct error: a broken view would log every frame
            self._logged.add(key)
            log.error("the %s view could not draw", name, exc_info=e)
        if isinstance(host, QWidget):
            badge = self._badges.get(name)
            if badge is None:
                badge = self._badges[name] = FailureBadge(host)
            badge.say(e)

    def badge(self, name):
        """The badge of view ``name`` (None when it never failed)."""
        return self._badges.get(name)

    # ---------------------------------------------------------------- frames
    def offer(self, snap):
        """A new snapshot: draw it now, or after the frame in progress (newest wins)."""
        if self.frame is None:
            self.frame = (snap, time.thread_time())
            self.stage = 0
            QTimer.singleShot(0, self, self._draw_stage)

    def _draw_stage(self):
        if self.frame is None or getattr(self.window, "_closed", False):
            return
        snap, _t0 = self.frame
        stage = self.stage
        try:
            finite = snapshot_is_finite(snap)
        except Exception as e:  # noqa: BLE001
            self._failed("window", None, e)
            finite = False
        views = (self._views() if finite else []) + self._stage_views()
        turn0 = time.thread_time()
        try:
            if stage == 0:
                try:
                    self._chrome(snap)
                except Exception as e:  # noqa: BLE001
                    self._failed("window", None, e)
            while True:
                if stage < len(views):
                    self.draw(*views[stage], snap)
                # cheap views share one turn of the event loop, so their paints go out in one pass (each
                # pass repaints the window's dirty region and flushes it: ~1 ms apiece); a turn that took
                # TURN_BUDGET_S already hands the rest to the next turn, so input is still served between
                if stage + 1 >= len(views) or time.thread_time() - turn0 >= TURN_BUDGET_S:
                    break
                stage += 1
                self.stage = stage
        finally:
            if stage + 1 < len(views):   # the frame always goes on to its next stage, and ends
                self.stage = stage + 1
                QTimer.singleShot(0, self, self._draw_stage)
            else:
                self.stage = 0
                if finite:
                    self.window.drawn_snapshot = snap
                    self.window.snapshotDrawn.emit()
                self._ack.start()  # after the paints this frame posted

    def _finished(self):
        if self.frame is None:
            return
        snap, t0 = self.frame
        self.frame = None
        self.frames_done += 1
        worker = self._worker_of()
        if worker is not None:
            # the GUI thread's own time, not the wall clock: on a busy machine a frame waits for the CPU,
            # and that wait must not make the worker space frames seconds apart (its pacing)
            worker.frame_done(snap.seq, time.thread_time() - t0)
        newest = self.window.last_snapshot
        if newest is not None and newest.seq > snap.seq and not getattr(self.window, "_closed", False):
            self.offer(newest)

    def draw_now(self, snap):
        """Every view at once (the screenshot command), each guarded."""
        self._chrome(snap)
        finite = snapshot_is_finite(snap)
        for v in (self._views() if finite else []) + self._stage_views():
            self.draw(*v, snap)
        if finite:
            self.window.drawn_snapshot = snap
            self.window.snapshotDrawn.emit()
