"""When the training thread makes the next snapshot, and how long it may block: a pure object with a clock.

Both threads share one GIL, so every millisecond the GUI spends drawing is taken from training, and a
frame drawn while the worker trains takes twice as long. So, training at full speed, the worker waits
after each snapshot until the window says it drew it (``frame_done``, at most ``ack_timeout``), and
spaces snapshots so that making and drawing them takes at most ``frame_budget`` of the time: cheap
frames come at ``max_fps``, expensive ones less often, and training keeps most of its headless speed
whatever the views cost. Newest wins: a snapshot is made from the state at the time it is due, never
queued, so a slow frame never builds a backlog.

``Pacing`` holds no thread and no Qt: ``clock`` is any callable returning seconds (tests pass a fake).
The GUI thread writes only ``frame_done`` (plain attribute stores, atomic under the GIL).
"""
from __future__ import annotations

import math
import time

DEFAULT_MAX_FPS = 30.0
# While training as fast as possible, making snapshots and drawing them may take at most this share of
# the time: the frame rate drops below max_fps when frames are expensive.
# measured (bench/gui.py --budget, medians; 2026-12-02 after the snapshot's thinned-history fix, snapshot
# ~4 ms, GUI frame ~13.6 ms while training): 0.09 -> 4.6 frames/s at 0.89 of headless speed, 0.12 -> 6.3 at
# 0.82-0.85, 0.15 -> at 0.81. Both threads share one GIL, so this budget only serves full speed on the thread
# (per-step breakpoints, a non-numpy backend, NNVIZ_TRAIN_PROCESS=0); otherwise a training process trains
# (nnviz.worker.trainproc) and frames come at max_fps, drawing at most GUI_SHARE_MAX of the GUI thread.
DEFAULT_FRAME_BUDGET = 0.09
ACK_TIMEOUT_S = 0.25   # with pacing on, wait at most this long for the window to finish a frame
GUI_SHARE_MAX = 0.5    # otherwise, drawing may keep the GUI thread busy at most half of the time
MAX_INTERVAL_S = 0.5   # whatever frames cost, at least 2 a second: a window that looks frozen is worse
OUTLIER = 3.0          # a frame costing more than this many times the estimate counts as this many times it


class Pacing:
    """The frame-pacing policy. ``full_speed`` is True while training as fast as possible."""

    def __init__(self, max_fps=DEFAULT_MAX_FPS, frame_budget=DEFAULT_FRAME_BUDGET, ack_timeout=ACK_TIMEOUT_S,
                 clock=time.monotonic):
        self.max_fps = float(max_fps)
        self.frame_budget = float(frame_budget)
        self.ack_timeout = float(ack_timeout)
        self.clock = clock
        self.enabled = False        # the window turns it on: it acknowledges frames
        self.gui_cost = 0.0         # smoothed seconds the window took to draw a frame
        self.snap_cost = 0.0        # smoothed seconds making a snapshot took
        self.acked = 0              # seq of the newest snapshot the window drew
        self.emitted_running = 0    # seq of the newest snapshot emitted while training at full speed
        self.last_emit = -math.inf  # clock time of the last snapshot
        self.force = False          # the next snapshot is due at once (a key press is drawn now)

    # ---------------------------------------------------------------- what the two threads report
    def frame_done(self, seq, cost):
        """The window finished drawing snapshot ``seq``; drawing it took ``cost`` seconds of the GUI
        thread's time. One slow frame (the first layout, a garbage collection) is clipped, so it cannot
        space the next frames seconds apart while the estimate slowly recovers."""
        self.gui_cost = _smooth(self.gui_cost, cost, 0.3)
        self.acked = max(self.acked, int(seq))

    def emitted(self, seq, cost, full_speed):
        """A snapshot ``seq`` was made (taking ``cost`` seconds) and sent."""
        self.snap_cost = _smooth(self.snap_cost, cost, 0.2)
        self.last_emit = self.clock()
        self.force = False
        if full_speed:
            self.emitted_running = int(seq)

    def due_now(self):
        """The next snapshot goes out as soon as the state changed, whatever the frame rate."""
        self.force = True

    # ---------------------------------------------------------------- decisions
    def frame_interval(self, running, full_speed):
        """Seconds between snapshots: 1/max_fps, longer when frames are expensive (at full speed, making and
        drawing frames takes at most ``frame_budget`` of the time; otherwise drawing takes at most
        GUI_SHARE_MAX of the GUI thread, so the window stays responsive)."""
        base = 1.0 / self.max_fps
        gui = self.gui_cost if self.enabled else 0.0
        if running and full_speed and self.frame_budget > 0:
            return min(max(base, (self.snap_cost + gui) / self.frame_budget), max(base, MAX_INTERVAL_S))
        return min(max(base, gui / GUI_SHARE_MAX), max(base, MAX_INTERVAL_S))

    def snapshot_due(self, dirty, running, full_speed):
        if not dirty:
            return False
        if self.force:
            return True
        return self.clock() - self.last_emit >= self.frame_interval(running, full_speed)

    def gui_drawing(self, full_speed):
        """True while the window is drawing the last snapshot sent during full-speed training: the worker
        leaves it the GIL (at most ``ack_timeout``)."""
        return (self.enabled and full_speed and self.acked < self.emitted_running
                and self.clock() - self.last_emit < self.ack_timeout)

    def wait_time(self, running, full_speed, next_step_t, dirty):
        """How long the loop may block waiting for a command or an ack (None: until one comes)."""
        now = self.clock()
        waits = []
        if running:
            if full_speed:
                if not self.gui_drawing(full_speed):
                    return 0.0
                waits.append(self.last_emit + self.ack_timeout - now)
            else:
                waits.append(next_step_t - now)
        if dirty:
            if self.force:
                return 0.0
            waits.append(self.last_emit + self.frame_interval(running, full_speed) - now)
        return max(0.0, min(waits)) if waits else None


def _smooth(estimate, sample, weight):
    """An exponential average of costs, the first sample taken as it is, outliers clipped."""
    c = max(0.0, float(sample))
    if estimate == 0:
        return c
    return (1 - weight) * estimate + weight * min(c, OUTLIER * estimate)
