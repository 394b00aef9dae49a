"""The window's watchdog over the training worker: notices a dead or stuck loop and offers a restart.

The worker's loop bumps ``worker.heartbeat`` every turn (at least every ``HEARTBEAT_S`` while idle)
and sets ``worker.busy_since`` while a turn runs. Every ``CHECK_MS`` the watchdog looks: a thread
that ended while the window is open is dead; a turn busy for more than ``stuck_s`` seconds with no
heartbeat is stuck (a step of a very large net, or a bug in a loop). It then emits ``alarm(kind,
seconds)`` once; the window says so and offers "Restart training" from the last good state it drew.
When the heartbeat comes back by itself, ``recovered`` is emitted.
"""
from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

CHECK_MS = 1000
STUCK_S = 20.0   # a turn that takes this long is "not answering" (a normal turn takes ~15 ms)


class Watchdog(QObject):
    alarm = Signal(str, float)     # ("dead" | "stuck", seconds since the last heartbeat)
    recovered = Signal()

    def __init__(self, worker_of, parent=None, *, stuck_s=STUCK_S, check_ms=CHECK_MS, clock=time.monotonic):
        super().__init__(parent)
        self._worker_of = worker_of
        self.stuck_s = float(stuck_s)
        self.clock = clock
        self.state = "ok"          # "ok", "dead", "stuck"
        self._beat = None
        self._beat_t = clock()
        self.enabled = True
        self.timer = QTimer(self)
        self.timer.setInterval(int(check_ms))
        self.timer.timeout.connect(self.check)

    def start(self):
        self._beat, self._beat_t = None, self.clock()
        self.state = "ok"
        self.timer.start()

    def stop(self):
        self.timer.stop()

    def check(self):
        """One look at the worker (the timer calls it; tests may call it directly)."""
        w = self._worker_of()
        if w is None or not self.enabled or w.loop_thread() is None:
            return self.state
        now = self.clock()
        beat = w.heartbeat
        if beat != self._beat:
            self._beat, self._beat_t = beat, now
        if not w.is_running():
            new = "dead"
        elif w.busy_since is not None and now - w.busy_since > self.stuck_s and now - self._beat_t > self.stuck_s:
            new = "stuck"
        else:
            new = "ok"
        if new != self.state:
            self.state = new
            if new == "ok":
                self.recovered.emit()
            else:
                self.alarm.emit(new, now - self._beat_t)
        return self.state
