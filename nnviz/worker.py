"""The training worker: the only owner of the live ``core.Session``.

``TrainingWorker`` is a QObject moved to its own QThread (no parent). The GUI
talks to it only through its public methods, which put a small command on a
thread-safe queue and return at once; the worker thread runs them between time
slices of training. What comes back is ``snapshotReady(Snapshot)``: an
immutable copy made on the worker thread (grid maps included), emitted at most
``max_fps`` times a second, newest state only - never one signal per step.

Loop, on the worker thread::

    wait for a command (blocking only while nothing is due)
    run every queued command
    if playing: train one time slice (~15 ms of steps, or the steps the speed allows)
    if the state changed and a frame is due: make a snapshot and emit it

Frame pacing (``set_pacing``, turned on by the window). Both threads share one
GIL, so every millisecond the GUI spends drawing is taken from training and a
frame drawn while the worker trains takes twice as long. So, training at full
speed, the worker waits after each snapshot until the window says it drew it
(``frame_done``, at most ACK_TIMEOUT_S), and spaces snapshots so that making and
drawing them takes at most ``frame_budget`` (12 %) of the time: cheap frames
come at 30 a second, expensive ones less often, and training keeps >= ~85 % of
its headless speed whatever the views cost.

Step-through (``nnviz.stepper.Stepper``, owned here): "Step stage" runs the current iteration's
``Session.micro_steps()`` at once on this thread, keeps its events and reveals them one snapshot at
a time (``Snapshot.events`` / ``stage_index``; the weights shown are those of that stage). Step back
walks back through them and across iterations. Training records checkpoints into a
``CheckpointRing`` (``scrub`` goes back to any iteration) and checks the breakpoints; a hit pauses
with the stage view of the iteration where it happened.
"""
from __future__ import annotations

import copy
import dataclasses
import math
import queue
import sys
import threading
import time
import traceback

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QThread, Signal

import numpy as np

import core
from core import datasets as ds_mod
from core.backend import to_numpy
from core.errors import NNVizError, NumericError
from core.history import DEFAULT_BUDGET
from nnviz.snapshot import make_snapshot
from nnviz.stepper import Stepper, hit_info

DEFAULT_MAX_FPS = 30.0
DEFAULT_SLICE_S = 0.015
# While training as fast as possible, making snapshots and drawing them may take at most this share of
# the time (both threads share one GIL): the frame rate drops below max_fps when frames are expensive.
DEFAULT_FRAME_BUDGET = 0.08  # measured: 0.12 left the window run at 0.80 of headless speed
ACK_TIMEOUT_S = 0.25   # with pacing on, wait at most this long for the window to finish a frame
GUI_SHARE_MAX = 0.5    # otherwise, drawing may keep the GUI thread busy at most half of the time
# keys of the data spec that change the generated points (the others only re-split / re-transform them)
_GENERATOR_KEYS = ("name", "seed", "noise", "classes", "n")
_LOSS_OF_OUTPUT = {"softmax": "cross_entropy", "sigmoid": "bce"}
GRADCHECK_PASS = 1e-5   # a parameter passes the gradient check when its max relative error is below this


def default_spec():
    """The window's opening state: the book's spiral, a 2-10-3 sigmoid/softmax network, SGD lr 1.0, batch 30."""
    return {"network": {"sizes": [2, 10, 3], "activation": "sigmoid", "output": "softmax",
                        "loss": "cross_entropy", "init": "book", "seed": 0},
            "data": {"name": "spiral", "seed": 1984, "noise": 0.0, "test_ratio": 0.0, "classes": 3,
                     "features": ["x1", "x2"]},
            "train": {"optimizer": "sgd", "lr": 1.0, "batch_size": 30, "seed": 0}}


def merge_spec(spec, patch):
    """A new spec: ``spec`` with each section of ``patch`` ({"network": {...}, "data": {...}, "train": {...}})
    updated key by key."""
    out = copy.deepcopy(spec)
    for section, values in (patch or {}).items():
        out.setdefault(section, {}).update(copy.deepcopy(values))
    out.get("network", {}).pop("weights", None)
    return out


def plane_data(ds):
    """True when the data are 2-D points in (x1, x2), so the feature transforms and the boundary apply."""
    return ds.x.shape[1] == 2 and tuple(ds.feature_names[:2]) == ("x1", "x2")


def fit_spec_to_data(spec, ds):
    """Adjust a spec so its network fits the data: input size = features, output size and loss = the
    problem (softmax: one output per class; one output for regression or two classes otherwise).
    Returns a new spec; what the user chose for the hidden layers is kept."""
    spec = copy.deepcopy(spec)
    d, n = spec.setdefault("data", {}), spec.setdefault("network", {})
    if plane_data(ds):
        if not d.get("features"):
            d["features"] = ["x1", "x2"]
        n_in = len(d["features"])
    else:
        d["features"] = None
        n_in = ds.x.shape[1]
    sizes = list(n.get("sizes", [2, 10, 3]))
    out = n.get("output", "softmax")
    if ds.kind == ds_mod.REGRESSION:
        if out in ("softmax", "sigmoid"):
            out = "identity"
        n_out = 1
    elif out == "softmax" or ds.num_classes != 2:
        n_out = ds.num_classes
    else:
        n_out = 1
    loss = n.get("loss", "cross_entropy")
    if out in _LOSS_OF_OUTPUT and loss != "mse":
        loss = _LOSS_OF_OUTPUT[out]
    elif out not in _LOSS_OF_OUTPUT:
        loss = "mse"
    sizes[0], sizes[-1] = n_in, max(1, n_out)
    n.update(sizes=sizes, output=out, loss=loss)
    return spec


# An error text in parts the GUI translates (error_info["parts"]): ((template, kwargs), ...); a kwarg
# may itself be a list of parts, joined by ", ". Templates are marked for the "Breakpoints" context.
_STAGE_WORDS = {"forward": QT_TRANSLATE_NOOP("Breakpoints", "forward stage"),
                "loss": QT_TRANSLATE_NOOP("Breakpoints", "loss stage"),
                "backward": QT_TRANSLATE_NOOP("Breakpoints", "backward stage"),
                "update": QT_TRANSLATE_NOOP("Breakpoints", "update stage")}
_KIND_WORDS = {"nan": QT_TRANSLATE_NOOP("Breakpoints", "Bad numbers"),
               "grad_norm": QT_TRANSLATE_NOOP("Breakpoints", "Gradient norm breakpoint"),
               "loss_rise": QT_TRANSLATE_NOOP("Breakpoints", "Loss rise breakpoint"),
               "dead_relu": QT_TRANSLATE_NOOP("Breakpoints", "Dead ReLU breakpoint"),
               "saturated": QT_TRANSLATE_NOOP("Breakpoints", "Saturation breakpoint")}
_NUMERIC_WHAT = {"update": QT_TRANSLATE_NOOP("Breakpoints", "the parameter {name} holds NaN/inf after an update"),
                 "forward": QT_TRANSLATE_NOOP("Breakpoints", "the output of layer {l} ({name}) became NaN/inf in the "
                                                             "forward pass"),
                 "loss": QT_TRANSLATE_NOOP("Breakpoints", "the loss ({name}) became NaN/inf although every layer "
                                                          "output was finite")}


def render_parts(parts, tr=lambda s: s):
    """The text of error parts, each template passed through ``tr`` before its values go in."""
    def value(v):
        return ", ".join(render_parts([p], tr) for p in v) if isinstance(v, list) else v
    return "".join(tr(t).format(**{k: value(v) for k, v in kw.items()}) if t else "" for t, kw in parts)


def _where_parts(layer, name, stage, kind=None):
    where = []
    if layer is not None:
        where.append((QT_TRANSLATE_NOOP("Breakpoints", "layer {l} ({name})"), {"l": layer + 1, "name": name})
                     if name else (QT_TRANSLATE_NOOP("Breakpoints", "layer {l}"), {"l": layer + 1}))
    if stage:
        where.append((_STAGE_WORDS.get(stage, stage + " stage"), {}))
    if kind is None:
        return [(QT_TRANSLATE_NOOP("Breakpoints", "Bad numbers at {where}. "), {"where": where})] if where else []
    k = (_KIND_WORDS.get(kind, QT_TRANSLATE_NOOP("Breakpoints", "Breakpoint")), {})
    if where:
        return [(QT_TRANSLATE_NOOP("Breakpoints", "{kind} at {where}. "), {"kind": [k], "where": where})]
    return [("{kind}. ", {"kind": [k]})]   # nothing to translate but the kind


def _lr_part(lr):
    return [(QT_TRANSLATE_NOOP("Breakpoints", " (learning rate now {lr})"), {"lr": f"{lr:g}"})] if lr is not None else []


def numeric_error_parts(e, lr=None):
    """``numeric_error_text`` as translatable parts (see ``render_parts``)."""
    import re
    body = [("{e}", {"e": str(e)})]
    m = re.fullmatch(r"Training stopped( at iteration (\d+)| in epoch (\d+))?: (.+?)\. The weights have grown too "
                     r"large or the learning rate is too high: lower the learning rate, turn on gradient clipping, "
                     r"or press Reset\.", str(e), re.DOTALL)
    what = _NUMERIC_WHAT.get(e.stage)
    if m and what and what.format(name=e.name, l=(e.layer or 0) + 1) == m.group(4):
        if m.group(2):
            start = (QT_TRANSLATE_NOOP("Breakpoints", "Training stopped at iteration {it}: "), {"it": m.group(2)})
        elif m.group(3):
            start = (QT_TRANSLATE_NOOP("Breakpoints", "Training stopped in epoch {ep}: "), {"ep": m.group(3)})
        else:
            start = (QT_TRANSLATE_NOOP("Breakpoints", "Training stopped: "), {})
        body = [start, (what, {"name": e.name, "l": (e.layer or 0) + 1}),
                (QT_TRANSLATE_NOOP("Breakpoints", ". The weights have grown too large or the learning rate is too "
                                                  "high: lower the learning rate, turn on gradient clipping, or press "
                                                  "Reset."), {})]
    return _where_parts(e.layer, e.name, e.stage) + body + _lr_part(lr)


def numeric_error_text(e, lr=None, tr=lambda s: s):
    """The message the window shows when a value turned NaN/inf: where (layer, stage) and what to try."""
    return render_parts(numeric_error_parts(e, lr), tr)


class TrainingWorker(QObject):
    """Owns a ``core.Session`` on its own thread. Every public method is thread-safe and returns at once.

    Call the command methods directly (or from a lambda/plain function connected to a signal); do not
    connect a signal straight to a bound method: Qt would queue that call to the worker thread, whose
    loop takes commands from its own queue, not from a Qt event loop."""

    snapshotReady = Signal(object)   # a nnviz.snapshot.Snapshot
    stepped = Signal(int)            # iteration after a Step / Step epoch command (not while playing)
    commandFailed = Signal(str)      # a command was refused (bad spec, bad file, ...); the session is unchanged
    saved = Signal(str)              # path of a session file written
    stopped = Signal()
    synced = Signal(int, int)        # (token of a sync() call, seq of the snapshot emitted for it)
    gradcheckDone = Signal(object)   # dict: iteration, rows, results (per parameter), passed, threshold

    def __init__(self, spec=None, dataset=None, *, max_fps=DEFAULT_MAX_FPS, slice_s=DEFAULT_SLICE_S,
                 speed=0.0, grid=True, frame_budget=DEFAULT_FRAME_BUDGET, history_budget=DEFAULT_BUDGET):
        super().__init__()
        self._spec0 = copy.deepcopy(spec) if spec is not None else default_spec()
        self._dataset0 = dataset
        self._q = queue.SimpleQueue()
        self._wake = threading.Event()   # set by every command and every frame_done()
        self._thread = None
        self.max_fps = float(max_fps)
        self.slice_s = float(slice_s)
        self.frame_budget = float(frame_budget)
        self._grid = grid
        # frame pacing: written by the GUI thread (plain attribute stores), read here
        self._pacing = False
        self._acked = 0
        self._gui_cost = 0.0
        self._snap_cost = 0.0
        self._emitted_running = 0      # seq of the newest snapshot emitted while training at full speed
        # --- state below is touched only on the worker thread once started ---
        self.session = None
        self._running = False
        self._speed = float(speed)       # steps per second; 0 = as fast as possible
        self._next_step_t = 0.0
        self._dirty = True
        self._seq = 0
        self._last_emit = -math.inf
        self._rate_t, self._rate_it, self._sps = time.monotonic(), 0, 0.0
        self._error, self._error_info, self._message = "", {}, ""
        self._on_rebuild = None          # a lesson's apply(session): its fixed weights survive Reset
        self.stepper = Stepper(history_budget)   # history, stage cursor, breakpoints (worker thread only)

    # ------------------------------------------------------------------ thread lifetime (GUI thread)
    def start(self):
        """Create the thread, move this object onto it and start the loop."""
        if self._thread is not None:
            return
        self._thread = QThread()
        self._thread.setObjectName("nnviz-training")
        self.moveToThread(self._thread)
        self._thread.started.connect(self._run)
        self._thread.start()

    def is_running(self):
        return self._thread is not None and self._thread.isRunning()

    def stop(self, timeout=2.0):
        """Ask the loop to end after the current slice and wait for the thread. True when it ended."""
        self._cmd("stop")
        th = self._thread
        if th is None:
            return True
        ok = th.wait(int(timeout * 1000))
        if not ok:
            print("nnviz: the training thread did not stop in time", file=sys.stderr)
        return ok

    # ------------------------------------------------------------------ frame pacing (GUI thread)
    def set_pacing(self, on=True):
        """With pacing on (the window turns it on), training at full speed waits after each snapshot until
        ``frame_done`` says it was drawn (at most ACK_TIMEOUT_S), so the GUI gets the GIL for its frame, and
        frames are spaced so that making and drawing them takes at most ``frame_budget`` of the time."""
        self._pacing = bool(on)
        self._wake.set()

    def frame_done(self, seq, cost):
        """The window finished drawing snapshot ``seq``; drawing it took ``cost`` seconds."""
        c = max(0.0, float(cost))
        self._gui_cost = c if self._gui_cost == 0 else 0.7 * self._gui_cost + 0.3 * c
        self._acked = max(self._acked, int(seq))
        self._wake.set()

    def frame_interval(self):
        """Seconds between snapshots now: 1/max_fps, longer when frames are expensive (training at full
        speed: making and drawing frames takes at most ``frame_budget`` of the time; otherwise drawing
        takes at most GUI_SHARE_MAX of the GUI thread, so the window stays responsive)."""
        base = 1.0 / self.max_fps
        gui = self._gui_cost if self._pacing else 0.0
        if self._running and self._speed <= 0 and self.frame_budget > 0:
            return max(base, (self._snap_cost + gui) / self.frame_budget)
        return max(base, gui / GUI_SHARE_MAX)

    # ------------------------------------------------------------------ commands (any thread)
    def _cmd(self, *c):
        self._q.put(c)
        self._wake.set()

    def play(self):
        self._cmd("play")

    def pause(self):
        self._cmd("pause")

    def toggle(self):
        self._cmd("toggle")

    def step(self):
        """One minibatch (pauses first)."""
        self._cmd("step")

    def step_epoch(self):
        """The rest of the current epoch, a whole one at its start (pauses first)."""
        self._cmd("step_epoch")

    def reset(self):
        """A fresh network from the same spec and seeds (the same initial weights), same data."""
        self._cmd("reset")

    def set_speed(self, steps_per_sec):
        """Steps per second while playing; 0 = as fast as possible."""
        self._cmd("speed", float(steps_per_sec))

    def set_train(self, **kw):
        """Live training settings: lr, batch_size, optimizer, momentum, ..., max_grad."""
        self._cmd("train", dict(kw))

    def set_regularization(self, kind, rate):
        self._cmd("reg", kind, float(rate))

    def rebuild(self, patch, reason=""):
        """A new network (and data, if the data spec changed) from the current spec updated by ``patch``;
        the training restarts and the next snapshot's message says so (with ``reason``)."""
        self._cmd("rebuild", copy.deepcopy(patch), reason)

    def set_dataset(self, dataset, reason=""):
        """Train on these data (an imported CSV): the network is fitted to them and restarts."""
        self._cmd("dataset", dataset, reason)

    def add_point(self, x, y, label):
        self._cmd("add_point", float(x), float(y), label)

    def remove_point(self, x, y, radius):
        self._cmd("remove_point", float(x), float(y), float(radius))

    def edit_weight(self, layer, i, j, value):
        self._cmd("edit_weight", int(layer), int(i), int(j), float(value))

    def load(self, path):
        self._cmd("load", str(path))

    def save(self, path):
        self._cmd("save", str(path))

    def request_snapshot(self):
        self._cmd("snapshot")

    # --- step-through
    def step_stage(self):
        """The next stage of the iteration (forward through a layer, the loss, backward, an update);
        from the normal view the next iteration is run stage by stage; after its last stage, the
        normal view again (pauses first)."""
        self._cmd("step_stage")

    def step_back(self):
        """The previous stage, across iteration boundaries (pauses first)."""
        self._cmd("step_back")

    def scrub(self, iteration):
        """Go back (or forward) to iteration k of the recorded run; training resumed from there replays it."""
        self._cmd("scrub", int(iteration))

    def trace_sample(self, row):
        """Follow training point ``row`` through the stages (None or -1: the first of the batch)."""
        self._cmd("trace", None if row is None or int(row) < 0 else int(row))

    def set_breakpoints(self, **kw):
        """nan (bool), grad_norm, loss_rise, loss_window, dead_relu, saturated (None = off)."""
        self._cmd("breakpoints", dict(kw))

    def set_history_budget(self, nbytes):
        """Bytes the checkpoint history may use (the history starts again from the current iteration)."""
        self._cmd("history_budget", int(nbytes))

    def gradient_check(self):
        """Numerical against analytic gradients on the current batch; answers with gradcheckDone."""
        self._cmd("gradcheck")

    def sync(self, token):
        """Emit a snapshot once every command sent before this one is done, then synced(token, seq)."""
        self._cmd("sync", int(token))

    def load_lesson_session(self, session, on_rebuild=None, message="lesson opened"):
        """Take over ``session`` (built on the GUI thread, never touched there again): a lesson's start.
        ``on_rebuild(session)`` runs on every later Reset/rebuild (the lesson's ``apply``: its fixed
        weights and targets survive); opening a session file or another lesson replaces it."""
        self._cmd("lesson_session", session, on_rebuild, message)

    # ------------------------------------------------------------------ the loop (worker thread)
    def _run(self):
        try:
            self._build_initial()
            self._loop()
        except Exception:  # a bug: say so rather than die silently
            traceback.print_exc()
        finally:
            self.stopped.emit()
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())  # so the object outlives its thread safely
            self._thread.quit()

    def _build_initial(self):
        try:
            spec, ds = self._spec0, self._dataset0
            if ds is not None:
                spec = fit_spec_to_data(spec, ds)
            self.session = core.Session(spec, ds)
        except NNVizError as e:
            self.session = core.Session(default_spec())
            self._message = f"could not build the requested session ({e}); opened the default one"
        self.stepper.reset(self.session)
        self._dirty = True
        self._emit()

    def _loop(self):
        q = self._q
        while True:
            wait = self._wait_time()
            if wait is None or wait > 0:
                self._wake.wait(wait)
            self._wake.clear()  # before draining: a command put after this sets it again
            while True:
                try:
                    cmd = q.get_nowait()
                except queue.Empty:
                    break
                if cmd[0] == "stop":
                    return
                if cmd[0] == "scrub":  # dragging the timeline sends many: the newest wins
                    while True:
                        try:
                            nxt = q.get_nowait()
                        except queue.Empty:
                            break
                        if nxt[0] != "scrub":
                            self._apply(cmd)
                            cmd = nxt
                            break
                        cmd = nxt
                    if cmd[0] == "stop":
                        return
                self._apply(cmd)
            if self._running and not self._gui_drawing():
                self._train_slice()
            if self._dirty and time.monotonic() - self._last_emit >= self.frame_interval():
                self._emit()

    def _gui_drawing(self):
        """True while the window is drawing the last snapshot sent during full-speed training."""
        return (self._pacing and self._speed <= 0 and self._acked < self._emitted_running
                and time.monotonic() - self._last_emit < ACK_TIMEOUT_S)

    def _wait_time(self):
        """How long the loop may block waiting for a command or an ack (None: until one comes)."""
        now = time.monotonic()
        waits = []
        if self._running:
            if self._speed <= 0:
                if not self._gui_drawing():
                    return 0.0
                waits.append(self._last_emit + ACK_TIMEOUT_S - now)
            else:
                waits.append(self._next_step_t - now)
        if self._dirty:
            waits.append(self._last_emit + self.frame_interval() - now)
        return max(0.0, min(waits)) if waits else None

    def _train_slice(self):
        s, st = self.session, self.stepper
        rec = st.record
        check = st.after_step if st.per_step_checks else None
        t0 = time.monotonic()
        end = t0 + self.slice_s
        it0 = s.iteration
        try:
            if self._speed <= 0:
                mask = st.stride - 1   # a power of two: record() would refuse the others anyway
                while True:
                    if not s.iteration & mask:
                        rec(s)
                    s.step()
                    if check is not None:
                        hit = check(s)
                        if hit is not None:
                            self._pause_on_hit(hit, s.iteration - 1)
                            return
                    if time.monotonic() >= end:
                        break
            else:
                dt = 1.0 / self._speed
                now = t0
                if self._next_step_t < now - 0.25:  # fell far behind (a long frame): do not burst
                    self._next_step_t = now
                while self._next_step_t <= now and now < end:
                    rec(s, True)
                    s.step()
                    self._next_step_t += dt
                    if check is not None:
                        hit = check(s)
                        if hit is not None:
                            self._pause_on_hit(hit, s.iteration - 1)
                            return
                    now = time.monotonic()
        except NumericError as e:
            self._on_numeric_error(e)
            return
        except Exception as e:  # noqa: BLE001 - anything else must also stop training visibly
            traceback.print_exc()
            self._running = False
            self._error = f"Training stopped: {type(e).__name__}: {e}"
            self._error_info = {"stage": None, "layer": None, "name": type(e).__name__}
            self._emit()
            return
        st.steps_done(s)
        n = s.iteration - it0
        if n and self._speed <= 0:
            st.tune_stride((time.monotonic() - t0) / n)
        if n:
            hit = st.after_slice(s)
            if hit is not None:
                self._pause_on_hit(hit, s.iteration - 1)
                return
        if self._error and s.iteration:
            self._error, self._error_info = "", {}
        self._dirty = True

    def _steps(self, count=None, epoch=False):
        """Manual steps (Step, Step epoch) with history and breakpoints. False when a breakpoint stopped them."""
        s, st = self.session, self.stepper
        check = st.after_step if st.per_step_checks else None
        start = s.epoch
        n = 0
        try:
            while (s.epoch == start) if epoch else n < count:
                st.record(s, True)
                s.step()
                n += 1
                if check is not None:
                    hit = check(s)
                    if hit is not None:
                        self._pause_on_hit(hit, s.iteration - 1)
                        return False
        except NumericError as e:
            self._on_numeric_error(e)
            return False
        st.steps_done(s)
        hit = st.after_slice(s)
        if hit is not None:
            self._pause_on_hit(hit, s.iteration - 1)
            return False
        return True

    def _on_numeric_error(self, e):
        """A value turned NaN/inf in a fast step (the session is as before it): show that iteration stage by
        stage, at the stage where it happened (a bad update shows the iteration before, where it was made)."""
        self._running = False
        s = self.session
        it = s.iteration - 1 if (e.stage == "update" and s.iteration > 0) else s.iteration
        try:
            entry = self.stepper.show_hit(s, it, None)
        except Exception:  # noqa: BLE001 - never lose the message because locating it failed
            traceback.print_exc()
            entry = None
        if entry is None or not entry.events:
            self.stepper.cursor = None
            parts = numeric_error_parts(e, s.spec["train"]["lr"])
            self._error = render_parts(parts)
            self._error_info = {"stage": e.stage, "layer": e.layer, "name": e.name, "parts": parts}
        self._force_emit()  # at once: the GUI must show it now

    def _pause_on_hit(self, hit, iteration):
        """A breakpoint held after the step of ``iteration``: pause there, on the stage view of that iteration."""
        self._running = False
        s = self.session
        self.stepper.steps_done(s)
        try:
            self.stepper.show_hit(s, iteration, hit)
        except Exception:  # noqa: BLE001
            traceback.print_exc()
            self.stepper.cursor = None
            self._error, self._error_info = hit.message, hit_info(hit, iteration)
            self._error_info["parts"] = list(hit.parts) or [("{e}", {"e": hit.message})]
        self._force_emit()

    def _force_emit(self):
        self._dirty = True
        self._emit()

    def _steps_per_sec(self, now):
        s = self.session
        dt = now - self._rate_t
        if not self._running:
            self._sps = 0.0
            self._rate_t, self._rate_it = now, s.iteration
        elif dt >= 0.25:
            rate = (s.iteration - self._rate_it) / dt
            self._sps = rate if self._sps == 0 else 0.5 * self._sps + 0.5 * rate
            self._rate_t, self._rate_it = now, s.iteration
        return self._sps

    def _emit(self):
        t0 = time.perf_counter()
        now = time.monotonic()
        self._seq += 1
        if self.stepper.notice:
            self._message = (self._message + "; " if self._message else "") + self.stepper.notice
            self.stepper.notice = ""
        snap = self._snapshot(self._steps_per_sec(now))
        c = time.perf_counter() - t0
        self._snap_cost = c if self._snap_cost == 0 else 0.8 * self._snap_cost + 0.2 * c
        self._message = ""
        self._dirty = False
        self._last_emit = time.monotonic()
        if self._running and self._speed <= 0:
            self._emitted_running = self._seq
        self.snapshotReady.emit(snap)

    def _snapshot(self, sps):
        """The snapshot of what is shown: the session, or the stage under the step-through cursor."""
        s, st = self.session, self.stepper
        entry = st.entry()
        timeline = st.timeline(s, throttle=self._running)
        if entry is None:
            snap = make_snapshot(s, self._seq, running=self._running, steps_per_sec=sps, error=self._error,
                                 error_info=self._error_info, message=self._message, grid=self._grid)
            row = st.trace_row if st.trace_row is not None and st.trace_row < s.n_train else -1
            return dataclasses.replace(snap, timeline=timeline, traced_row=row)
        it, k = st.cursor
        error, info = "", {}
        if entry.hit is not None and k >= entry.hit_index:
            error, info = self._hit_text(entry)
        net, be, dt = s.network, s.backend, s.spec["network"]["dtype"]
        saved = [np.array(to_numpy(p), copy=True) for p in net.params]
        try:  # the weights as they were at this stage (before its iteration's updates, or after them)
            for p, v in zip(net.params, st.stage_params(s, entry, k)):
                p[...] = be.asarray(v, dt)
            snap = make_snapshot(s, self._seq, running=False, steps_per_sec=0.0, error=error, error_info=info,
                                 message=self._message, grid=self._grid)
        finally:
            for p, v in zip(net.params, saved):
                p[...] = be.asarray(v, dt)
        rows = entry.rows
        row = st.trace_row if st.trace_row is not None and st.trace_row < s.n_train else (
            int(rows[0]) if len(rows) else -1)
        trace = () if row < 0 or row in rows else st.trace_events(s, entry, row)
        losses, loss_its, epochs = self._stage_history(snap, entry, k)
        return dataclasses.replace(snap, iteration=it, epoch=entry.epoch, batch_in_epoch=entry.batch,
                                   grads=st.stage_grads(s, entry, k), events=entry.events, stage_index=k,
                                   traced_row=row, batch_rows=np.array(rows, copy=True), trace=trace,
                                   timeline=timeline, loss_history=losses, loss_iterations=loss_its,
                                   epoch_history=epochs)

    def _stage_history(self, snap, entry, k):
        """The loss and epoch histories as a stage of the iteration sees them: its loss from the loss stage
        on, the record of the epoch it ends only once its last update is done (the session is past it)."""
        losses, its, epochs = snap.loss_history, snap.loss_iterations, snap.epoch_history
        if entry.failed:
            return losses, its, epochs
        loss_seen = any(ev.stage == "loss" for ev in entry.events[:k + 1])
        if not loss_seen and its is not None and len(its) and its[-1] > entry.iteration:
            keep = int(np.searchsorted(its, entry.iteration, side="right"))
            losses, its = losses[:keep], its[:keep]
        if k < len(entry.events) - 1 and len(epochs) and epochs[-1]["iteration"] > entry.iteration:
            from nnviz.snapshot import EPOCH_FIELDS, EpochHistory
            n = len(epochs) - 1
            epochs = EpochHistory({f: epochs.column(f)[:n] for f in EPOCH_FIELDS},
                                  {f: epochs.present(f)[:n] for f in EPOCH_FIELDS}, n, None, epochs.token)
        return losses, its, epochs

    def _hit_text(self, entry):
        """(error text, error_info) of the breakpoint hit in an iteration's events."""
        hit = entry.hit
        info = hit_info(hit, entry.iteration)
        names = {ev.layer: ev.name for ev in entry.events if ev.stage in ("forward", "backward")}
        n_layers = sum(1 for ev in entry.events if ev.stage == "forward")
        if hit.layer is not None:
            info["name"] = names.get(hit.layer) or (type(self.session.network.loss_layer).__name__
                                                    if hit.layer >= n_layers else "")
        parts = (_where_parts(hit.layer, info["name"], hit.stage, hit.kind)
                 + (list(hit.parts) or [("{e}", {"e": hit.message})]) + _lr_part(self.session.spec["train"]["lr"]))
        info["parts"] = parts
        return render_parts(parts), info

    # ------------------------------------------------------------------ commands, on the worker thread
    def _apply(self, cmd):
        name, args = cmd[0], cmd[1:]
        try:
            getattr(self, "_do_" + name)(*args)
        except NumericError as e:
            self._on_numeric_error(e)
        except NNVizError as e:
            self._refuse(str(e))
        except Exception as e:  # noqa: BLE001 - a refused command must never end the thread
            traceback.print_exc()
            self._refuse(f"{type(e).__name__}: {e}")
        self._dirty = True

    def _refuse(self, text):
        self._message = text
        self.commandFailed.emit(text)

    def _do_play(self):
        if not self._running:
            self.stepper.resume(self.session)
            self._error, self._error_info = "", {}
            self._running = True
            self._next_step_t = time.monotonic()
            self._rate_t, self._rate_it = time.monotonic(), self.session.iteration

    def _do_pause(self):
        self._running = False

    def _do_toggle(self):
        self._do_pause() if self._running else self._do_play()

    def _do_step(self):
        """One minibatch. On a stage view the iteration shown is already complete: the step is the next
        one (as ``LessonRunner`` finishes the iteration on screen before a step_batch)."""
        self._running = False
        self.stepper.resume(self.session)
        self._error, self._error_info = "", {}
        self._steps(1)
        self.stepped.emit(self.session.iteration)

    def _do_step_epoch(self):
        self._running = False
        self.stepper.resume(self.session)
        self._error, self._error_info = "", {}
        self._steps(epoch=True)
        self.stepped.emit(self.session.iteration)

    def _do_step_stage(self):
        self._running = False
        self._error, self._error_info = "", {}
        self.stepper.step_stage(self.session)
        self._last_emit = -math.inf   # a key press is drawn at once

    def _do_step_back(self):
        self._running = False
        self._error, self._error_info = "", {}
        self.stepper.step_back(self.session)
        self._last_emit = -math.inf

    def _do_scrub(self, k):
        self._running = False
        self._error, self._error_info = "", {}
        self.stepper.scrub(self.session, k)
        self._last_emit = -math.inf

    def _do_trace(self, row):
        self.stepper.trace_row = row
        self._last_emit = -math.inf

    def _do_breakpoints(self, kw):
        bp = self.stepper.set_breakpoints(**kw)
        on = [k for k, v in bp.items() if k != "loss_window" and v not in (None, False)]
        self._message = "breakpoints: " + (", ".join(on) if on else "none")

    def _do_history_budget(self, nbytes):
        self.stepper.set_budget(nbytes, self.session)
        self._message = f"history budget {nbytes / 2**20:g} MB (kept from iteration {self.session.iteration})"

    def _do_sync(self, token):
        self._force_emit()
        self.synced.emit(token, self._seq)

    def _do_gradcheck(self):
        s = self.session
        entry = self.stepper.entry()
        if entry is not None and entry.events:  # the batch on screen
            x = entry.events[0].x
            loss = [ev for ev in entry.events if ev.stage == "loss"]
            t = loss[0].targets if loss else to_numpy(s.t_train)[entry.rows]
            it, rows = entry.iteration, entry.rows
        elif s._perm is not None:               # the batch the next step trains on
            lo = s._batch * s.batch_size
            rows = np.array(s._perm[lo:lo + s.batch_size])
            x, t = to_numpy(s.x_train)[rows], to_numpy(s.t_train)[rows]
            it = s.iteration
        else:
            rows = np.arange(min(s.batch_size, s.n_train))
            x, t = to_numpy(s.x_train)[rows], to_numpy(s.t_train)[rows]
            it = s.iteration
        t0 = time.perf_counter()
        results = core.gradient_check(s.network, x, t)
        worst = max((r["max_rel_error"] for r in results), default=0.0)
        self.gradcheckDone.emit({"iteration": int(it), "rows": np.asarray(rows).copy(), "results": results,
                                 "passed": bool(worst < GRADCHECK_PASS), "threshold": GRADCHECK_PASS,
                                 "worst": worst, "seconds": time.perf_counter() - t0,
                                 "parameters": int(sum(np.prod(r["shape"]) for r in results))})

    def _do_speed(self, sps):
        self._speed = max(0.0, sps)
        self._next_step_t = time.monotonic()

    def _do_snapshot(self):
        self._dirty = True

    def _new_session(self, spec, ds, message):
        s = core.Session(spec, ds)  # raises before anything is replaced
        if self._on_rebuild is not None:
            self._on_rebuild(s)
        self.session = s
        self.stepper.reset(s)
        self._error, self._error_info = "", {}
        self._message = message
        self._rate_t, self._rate_it, self._sps = time.monotonic(), 0, 0.0

    def _do_reset(self):
        s = self.session
        self._new_session(merge_spec(s.spec, {}), s.dataset, "network reset: initial weights restored")

    def _do_train(self, kw):
        self.session.set_train(**kw)
        self.stepper.changed(self.session, keep_view=True)
        shown = ", ".join(f"{k} {v}" for k, v in kw.items())
        self._message = f"training setting changed live: {shown}"

    def _do_reg(self, kind, rate):
        self.session.set_regularization(kind, rate)
        self.stepper.changed(self.session, keep_view=True)
        self._message = f"regularisation {kind or 'none'}" + (f" rate {rate:g}" if kind else "") + " (live)"

    def _do_rebuild(self, patch, reason):
        s = self.session
        spec = merge_spec(s.spec, patch)
        old_d, new_d = s.spec["data"], spec["data"]
        ds = s.dataset
        if any(old_d.get(k) != new_d.get(k) for k in _GENERATOR_KEYS) and new_d.get("name") not in ("csv", "custom"):
            ds = ds_mod.make(new_d["name"], n=new_d.get("n"), noise=new_d.get("noise", 0.0),
                             seed=new_d.get("seed"), classes=new_d.get("classes", 3))
        spec = fit_spec_to_data(spec, ds)
        self._new_session(spec, ds, "network reset because " + (reason or "the network or data changed"))

    def _do_dataset(self, ds, reason):
        spec = merge_spec(self.session.spec, {"data": {"name": "csv"}})
        spec = fit_spec_to_data(spec, ds)
        what = (f"{len(ds)} points, {ds.x.shape[1]} feature(s), "
                + (f"{ds.num_classes} classes" if ds.kind == ds_mod.CLASSIFICATION else "regression"))
        self._new_session(spec, ds, "network reset because " + (reason or f"new data ({what})"))

    def _do_add_point(self, x, y, label):
        s = self.session
        if s.dataset.x.shape[1] != 2:
            raise NNVizError("points can be added by clicking only to 2-D data")
        s.set_dataset(ds_mod.with_point(s.dataset, (x, y), label))
        self.stepper.changed(s, clear=True)

    def _do_remove_point(self, x, y, radius):
        s = self.session
        new = ds_mod.without_nearest(s.dataset, (x, y), radius)
        if new is s.dataset:
            return
        if len(new) < 2:
            raise NNVizError("the data need at least two points; not removing the last ones")
        s.set_dataset(new)
        self.stepper.changed(s, clear=True)

    def _do_edit_weight(self, layer, i, j, value):
        self.session.network.set_weight(layer, i, j, value)
        self.stepper.changed(self.session)
        self._message = f"weight W{layer + 1}[{i}, {j}] set to {value:g}"

    def _do_load(self, path):
        s = core.load_session(path)
        self.session = s
        self.stepper.reset(s)
        self._on_rebuild = None
        self._running = False
        self._error, self._error_info = "", {}
        self._message = f"opened {path}"

    def _do_save(self, path):
        core.save_session(self.session, path)
        self._message = f"saved {path}"
        self.saved.emit(path)

    def _do_lesson_session(self, session, on_rebuild, message):
        self.session = session
        self.stepper.reset(session)
        self._on_rebuild = on_rebuild
        self._running = False
        self._error, self._error_info = "", {}
        self._message = message
        self._rate_t, self._rate_it, self._sps = time.monotonic(), session.iteration, 0.0
