"""The training worker: the thread that owns the live ``core.Session``, and nothing else.

``TrainingWorker`` is a QObject moved to its own QThread (no parent). The GUI talks to it only through
its public methods, which put a command (``nnviz.worker.commands``) on a thread-safe queue and return at
once; the loop hands each to the Qt-free ``nnviz.model.controller.Controller``. What comes back is
``snapshotReady(Snapshot)``: an immutable copy made on this thread (grid maps included), newest state
only, paced by ``nnviz.worker.pacing.Pacing`` - never one signal per step.

Loop, on the worker thread::

    wait for a command or an ack (blocking only while nothing is due)
    run every queued command (scrubs: the newest wins)
    if playing and the window is not drawing: train one time slice
    if the state changed and a frame is due: make a snapshot and emit it

Playing as fast as possible, ``train_slice`` hands the run to a training process of its own
(``nnviz.worker.trainproc``, via the controller) and this loop only asks it for each frame's snapshot.

The loop cannot die: whatever any part of it raises (a command, a step, a snapshot, a stage view,
the signal itself) is logged and reported to the window (``commandFailed`` and the snapshot's error),
and the loop goes on. ``heartbeat`` (a counter the loop bumps every turn and at least every
``HEARTBEAT_S`` while idle) lets the window's watchdog tell a stuck or dead worker from a quiet one.
"""
from __future__ import annotations

import copy
import logging
import queue
import threading
import time

from PySide6.QtCore import QObject, QThread, Signal

from core.history import DEFAULT_BUDGET
from nnviz.allocator import settle_heap
from nnviz.model.controller import DEFAULT_SLICE_S, Controller
from nnviz.model.notices import as_notices
from nnviz.worker import commands as C
from nnviz.worker.pacing import ACK_TIMEOUT_S, DEFAULT_FRAME_BUDGET, DEFAULT_MAX_FPS, GUI_SHARE_MAX, Pacing  # noqa: F401

log = logging.getLogger("nnviz.worker")
HEARTBEAT_S = 0.5   # an idle loop still beats this often
_ABANDONED = []     # (QThread, runner) of stuck loops a restart replaced, kept alive until they end


class TrainingWorker(QObject):
    """Owns a ``core.Session`` on its own thread. Every public method is thread-safe and returns at once.

    Call the command methods directly (or from a lambda/plain function connected to a signal); do not
    connect a signal straight to a bound method: Qt would queue that call to the worker thread, whose
    loop takes commands from its own queue, not from a Qt event loop."""

    snapshotReady = Signal(object)   # a nnviz.model.snapshot.Snapshot
    stepped = Signal(int)            # iteration after a Step / Step epoch command (not while playing)
    commandFailed = Signal(str)      # a command was refused or a part of the loop failed; the loop goes on
    commandRefused = Signal(object)  # a refused command's Message (the window translates it), before commandFailed
    saved = Signal(str)              # path of a session file written
    copied = Signal(int, bytes)      # (token of a copy_session() call, the session file's bytes)
    stopped = Signal()
    synced = Signal(int, int)        # (token of a sync() call, seq of the snapshot emitted for it)
    gradcheckDone = Signal(object)   # dict: iteration, rows, results (per parameter), passed, threshold

    def __init__(self, spec=None, dataset=None, *, max_fps=DEFAULT_MAX_FPS, slice_s=DEFAULT_SLICE_S,
                 speed=0.0, grid=True, frame_budget=DEFAULT_FRAME_BUDGET, history_budget=DEFAULT_BUDGET,
                 split=True):
        super().__init__()
        settle_heap()   # a long run's large transient blocks must not fragment the heap (nnviz.allocator)
        self._q = queue.SimpleQueue()
        self._wake = threading.Event()   # set by every command and every frame_done()
        self._thread = self._runner = None
        self._gen = 0                    # a restart starts generation + 1; an older loop ends, unheard
        # split: full speed trains in a process of its own (nnviz.worker.trainproc; NNVIZ_TRAIN_PROCESS=0: here)
        self._options = dict(grid=grid, slice_s=slice_s, history_budget=history_budget, split=split)
        self.pacing = Pacing(max_fps, frame_budget)
        self.controller = self._controller(spec, dataset, speed)
        self.heartbeat = 0               # bumped by the loop (read by the window's watchdog)
        self.busy_since = None           # time.monotonic() when the current turn began (None: idle wait)

    def _controller(self, spec, dataset, speed):
        gen = self._gen
        return Controller(spec, dataset, speed=speed, out=lambda kind, *a: self._out(gen, kind, *a),
                          **self._options)

    # the controller's state, for code that reads it (tests, the lesson runner)
    @property
    def session(self):
        return self.controller.session

    @property
    def stepper(self):
        return self.controller.stepper

    @property
    def max_fps(self):
        return self.pacing.max_fps

    @max_fps.setter
    def max_fps(self, v):
        self.pacing.max_fps = float(v)

    @property
    def frame_budget(self):
        return self.pacing.frame_budget

    @frame_budget.setter
    def frame_budget(self, v):
        self.pacing.frame_budget = float(v)

    @property
    def slice_s(self):
        return self.controller.slice_s

    @slice_s.setter
    def slice_s(self, v):
        self.controller.slice_s = float(v)

    # ------------------------------------------------------------------ thread lifetime (GUI thread)
    def start(self):
        """Create the thread and start the loop on it. This object stays on the thread it was made on
        (it has no slots; its signals reach the window queued), so a restart can start a new loop."""
        if self._thread is not None:
            return
        gen, q, c = self._gen, self._q, self.controller
        self._thread = th = QThread()
        th.setObjectName("nnviz-training")
        self._runner = _Runner(lambda: self._run(gen, q, c, th))
        self._runner.moveToThread(th)
        th.started.connect(self._runner.run)
        th.start()

    def loop_thread(self):
        """The QThread the loop (and so the live session) runs on; None before ``start``."""
        return self._thread

    def is_running(self):
        return self._thread is not None and self._thread.isRunning()

    def stop(self, timeout=2.0):
        """Ask the loop to end after the current slice and wait for the thread. True when it ended."""
        self._send(C.Stop())
        th = self._thread
        if th is None:
            return True
        ok = th.wait(int(timeout * 1000))
        if not ok:
            log.warning("the training thread did not stop in time")
        for old, _runner in list(_ABANDONED):   # loops a restart replaced: give them a moment too
            if old.wait(100):
                _ABANDONED.remove((old, _runner))
        return ok

    def restart(self, spec, dataset=None, message=""):
        """A new loop on a new thread with a new session from ``spec`` (and ``dataset``), keeping the
        speed and pacing: the watchdog's way out of a dead or stuck loop. A stuck old loop is left to
        end by itself; nothing it does later reaches the window."""
        old = self.controller
        self._gen += 1
        self._q.put(C.Stop())
        self._q = queue.SimpleQueue()
        self._wake.set()
        self._wake = threading.Event()
        self.controller = self._controller(spec, dataset, old.speed)
        self.controller.message = as_notices(message)
        self.controller.seq = old.seq   # snapshot numbers keep rising: the window draws the newest
        # a QThread destroyed while it runs aborts the process: keep the old one until it has ended
        _ABANDONED[:] = [(t, r) for t, r in _ABANDONED if t.isRunning()]
        if self._thread is not None and self._thread.isRunning():
            _ABANDONED.append((self._thread, self._runner))
        self._thread = self._runner = None
        self.busy_since = None
        self.start()

    # ------------------------------------------------------------------ frame pacing (GUI thread)
    def set_pacing(self, on=True):
        """With pacing on (the window turns it on), training at full speed waits after each snapshot until
        ``frame_done`` says it was drawn (at most ACK_TIMEOUT_S), and frames are spaced so that making and
        drawing them takes at most ``frame_budget`` of the time."""
        self.pacing.enabled = bool(on)
        self._wake.set()

    def frame_done(self, seq, cost):
        """The window finished drawing snapshot ``seq``; drawing it took ``cost`` seconds."""
        self.pacing.frame_done(seq, cost)
        self._wake.set()

    def frame_interval(self):
        c = self.controller
        return self.pacing.frame_interval(c.running, c.full_speed)

    # ------------------------------------------------------------------ commands (any thread)
    def send(self, cmd):
        """Queue a command (``nnviz.worker.commands``); it runs on the worker thread."""
        self._q.put(cmd)
        self._wake.set()

    _send = send

    def play(self):
        self.send(C.Play())

    def pause(self):
        self.send(C.Pause())

    def toggle(self):
        self.send(C.TogglePlay())

    def step(self):
        """One minibatch (pauses first)."""
        self.send(C.Step())

    def step_epoch(self):
        """The rest of the current epoch, a whole one at its start (pauses first)."""
        self.send(C.StepEpoch())

    def reset(self):
        """A fresh network from the same spec and seeds (the same initial weights), same data."""
        self.send(C.Reset())

    def lower_lr_and_reset(self, factor=10.0):
        """The learning rate in force divided by ``factor``, then Reset."""
        self.send(C.LowerLrAndReset(float(factor)))

    def set_speed(self, steps_per_sec):
        """Steps per second while playing; 0 = as fast as possible."""
        self.send(C.SetSpeed(float(steps_per_sec)))

    def set_train(self, **kw):
        """Live training settings: lr, batch_size, optimizer, momentum, ..., max_grad."""
        self.send(C.SetTrain(dict(kw)))

    def set_regularization(self, kind, rate):
        self.send(C.SetRegularization(kind, float(rate)))

    def rebuild(self, patch, reason=""):
        """A new network (and data, if the data spec changed) from the current spec updated by ``patch``;
        the training restarts and the next snapshot's message says so (with ``reason``)."""
        self.send(C.Rebuild(copy.deepcopy(patch), reason))

    def toggle_feature(self, name):
        """Turn an input feature on or off in the spec in force when the command runs."""
        self.send(C.ToggleFeature(str(name)))

    def change_units(self, hidden, delta):
        self.send(C.ChangeUnits(int(hidden), int(delta)))

    def add_layer(self, units=None, activation=None):
        self.send(C.AddLayer(units, activation))

    def remove_layer(self):
        self.send(C.RemoveLayer())

    def set_activation(self, hidden, name):
        self.send(C.SetActivation(int(hidden), str(name)))

    def set_dataset(self, dataset, reason=""):
        """Train on these data (an imported CSV): the network is fitted to them and restarts."""
        self.send(C.SetDataset(dataset, reason))

    def add_point(self, x, y, label):
        self.send(C.AddPoint(float(x), float(y), label))

    def remove_point(self, x, y, radius):
        self.send(C.RemovePoint(float(x), float(y), float(radius)))

    def edit_weight(self, layer, i, j, value):
        self.send(C.EditWeight(int(layer), int(i), int(j), float(value)))

    def load(self, path):
        self.send(C.Load(str(path)))

    def save(self, path):
        self.send(C.Save(str(path)))

    def copy_session(self, token):
        """Ask for the live session's bytes; ``copied(token, data)`` answers (or commandFailed)."""
        self.send(C.CopySession(int(token)))

    def request_snapshot(self):
        self.send(C.RequestSnapshot())

    # --- step-through
    def step_stage(self):
        """The next stage of the iteration (forward through a layer, the loss, backward, an update);
        from the normal view the next iteration is run stage by stage; after its last stage, the
        normal view again (pauses first)."""
        self.send(C.StepStage())

    def step_back(self):
        """The previous stage, across iteration boundaries (pauses first)."""
        self.send(C.StepBack())

    def scrub(self, iteration):
        """Go back (or forward) to iteration k of the recorded run; training resumed from there replays it."""
        self.send(C.Scrub(int(iteration)))

    def trace_sample(self, row):
        """Follow training point ``row`` through the stages (None or -1: the first of the batch)."""
        self.send(C.Trace(None if row is None or int(row) < 0 else int(row)))

    def set_breakpoints(self, **kw):
        """nan (bool), grad_norm, loss_rise, loss_window, dead_relu, saturated (None = off)."""
        self.send(C.SetBreakpoints(dict(kw)))

    def set_history_budget(self, nbytes):
        """Bytes the checkpoint history may use (the history starts again from the current iteration)."""
        self.send(C.SetHistoryBudget(int(nbytes)))

    def gradient_check(self):
        """Numerical against analytic gradients on the current batch; answers with gradcheckDone."""
        self.send(C.GradientCheck())

    def sync(self, token):
        """Emit a snapshot once every command sent before this one is done, then synced(token, seq)."""
        self.send(C.Sync(int(token)))

    def load_lesson_session(self, session, on_rebuild=None, message=""):
        """Take over ``session`` (built on the GUI thread, never touched there again): a lesson's start.
        ``on_rebuild(session)`` runs on every later Reset/rebuild (the lesson's ``apply``: its fixed
        weights and targets survive); opening a session file or another lesson replaces it."""
        self.send(C.LessonSession(session, on_rebuild, message))

    # ------------------------------------------------------------------ the loop (worker thread)
    def _out(self, gen, kind, *args):
        """What the controller reports, as signals (nothing from a loop that a restart replaced)."""
        if gen != self._gen:
            return
        if kind == "failed":
            if len(args) > 1:
                self.commandRefused.emit(args[1])
            self.commandFailed.emit(args[0])
        elif kind == "stepped":
            self.stepped.emit(args[0])
        elif kind == "saved":
            self.saved.emit(args[0])
        elif kind == "copied":
            self.copied.emit(args[0], args[1])
        elif kind == "gradcheck":
            self.gradcheckDone.emit(args[0])
        elif kind == "synced":
            self._emit(gen)
            self.synced.emit(args[0], self.controller.seq)

    def _run(self, gen, q, c, th):
        try:
            self._guarded(c, "start", c.build_initial)
            if c.session is not None:
                self._emit(gen, c)
                self._loop(gen, q, c)
        finally:
            self._guarded(c, "stop", c.close)   # the training process ends with the loop
            if gen == self._gen:
                self.busy_since = None
                self.stopped.emit()
            th.quit()

    def _guarded(self, c, where, fn, *args):
        """Run one part of the loop; a bug in it is reported (never raised). True when it ran through."""
        try:
            fn(*args)
            return True
        except Exception as e:  # noqa: BLE001 - the loop must survive everything
            try:
                c.report_failure(where, e)
            except Exception:  # noqa: BLE001 - even reporting failed: log and go on
                log.exception("the training worker could not report a failure")
            return False

    def _loop(self, gen, q, c):
        p, wake = self.pacing, self._wake
        while gen == self._gen:
            self.heartbeat += 1
            self.busy_since = None
            # while the training process trains, this thread only waits for the next frame (training here
            # would take the GIL from the GUI)
            wait = p.wait_time(c.running and not c.split_active, c.full_speed, c.next_step_t, c.dirty or c.urgent)
            wake.wait(HEARTBEAT_S if wait is None else min(wait, HEARTBEAT_S))
            wake.clear()  # before draining: a command put after this sets it again
            if gen != self._gen:
                return
            self.busy_since = time.monotonic()
            while True:
                try:
                    cmd = q.get_nowait()
                except queue.Empty:
                    break
                if isinstance(cmd, C.Scrub):  # dragging the timeline sends many: the newest wins
                    while True:
                        try:
                            nxt = q.get_nowait()
                        except queue.Empty:
                            break
                        if not isinstance(nxt, C.Scrub):
                            self._guarded(c, "command", c.apply, cmd)
                            cmd = nxt
                            break
                        cmd = nxt
                if isinstance(cmd, C.Stop):
                    return
                self._guarded(c, "command", c.apply, cmd)
            if c.running and not p.gui_drawing(c.full_speed):
                self._guarded(c, "training", c.train_slice)
            if c.urgent:
                p.due_now()
            if p.snapshot_due(c.dirty, c.running and not c.split_active, c.full_speed):
                self._emit(gen, c)

    def _emit(self, gen=None, c=None):
        """Make the snapshot of what is shown and send it; a failure is reported, then a plain snapshot
        (without the part that failed) is tried so the window still hears of it."""
        gen = self._gen if gen is None else gen
        c = c or self.controller
        if gen != self._gen:
            return
        t0 = time.perf_counter()
        try:
            snap = c.snapshot()
        except Exception as e:  # noqa: BLE001
            where = "stage" if c.stepper.cursor is not None else "snapshot"
            self._guarded(c, where, _raise, e)
            c.stepper.cursor = None
            try:
                snap = c.snapshot()
            except Exception as e2:  # noqa: BLE001 - the message already went out through commandFailed
                log.debug("no snapshot after a failure either: %s", e2)
                c.dirty = c.urgent = False
                p = self.pacing
                p.emitted(p.emitted_running, 0.0, False)   # wait a frame interval before trying again
                return
        self.pacing.emitted(snap.seq, time.perf_counter() - t0, c.running and c.full_speed and not c.split_active)
        try:
            self.snapshotReady.emit(snap)
        except Exception as e:  # noqa: BLE001
            self._guarded(c, "snapshot", _raise, e)


def _raise(e):
    raise e


class _Runner(QObject):
    """Lives on the training thread so that QThread.started runs ``fn`` there."""

    def __init__(self, fn):
        super().__init__()
        self._fn = fn

    def run(self):
        self._fn()
