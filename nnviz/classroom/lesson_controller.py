"""Runs a lesson in the window: its steps become worker commands, one press of Next at a time.

The controller never touches the live session. Opening a lesson builds the lesson's session on
the GUI thread (``Lesson.build_session``) and hands it to the worker (``load_lesson_session``,
with ``Lesson.apply`` so its fixed weights survive Reset). Each step then sends the commands the
toolbar would send:

- ``step_stage``: the window's "Step stage" action when the step-through views are there; without
  them the stages are counted and the iteration is run when its last stage is reached;
- ``step_batch`` / ``step_epoch``: Step / Step epoch;
- ``play`` {epochs}: epochs sent a few at a time, each group drawn before the next is sent, so the
  class watches it train and the result is exactly that of ``LessonRunner`` (no timing in it);
- ``pause``, ``reset``, ``set`` (live settings, or a rebuild), ``select_node``.

Previous replays the steps before it headlessly (``LessonRunner`` on a fresh session) and hands
that session to the worker: a deterministic way back that needs no history.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QObject, QTimer, Signal

from nnviz.files.offthread import Cancelled, run_off_thread
from nnviz.lessons import LessonRunner
from nnviz.model.notices import notice

STAGE_ACTION_KEYS = ("step_stage", "stage", "step_forward")
PLAY_FRAMES = 90      # a lesson's "play N epochs" is shown in about this many drawn frames


def replay(lesson, target):
    """The lesson after its first ``target`` steps, rebuilt headlessly from the start (no Qt: it runs on a
    thread of its own). Returns (session, finished runs, trained since the last run, stages per iteration,
    stages of the iteration on screen still to show)."""
    runner = LessonRunner(lesson)
    pending = 0
    per = stages_per_iteration(runner.session)
    runs = []
    trained = False
    keys = label_keys(lesson)
    for step in lesson.steps[:target]:
        a = step.action
        if a in TRAINS:
            trained = True
        if a == "step_stage":
            pending += step.args.get("count", 1)
            while pending >= per:
                runner.session.step()
                pending -= per
            continue
        if a in ("reset", "set"):
            if trained:
                rec = _run_record(runner.session, run_parts(runner.session.spec, keys))
                if rec is not None:
                    runs.append(rec)
                trained = False
            if a == "reset" or rebuilds(step):
                pending = 0
        if pending:
            runner.session.step()  # what is shown finishes its iteration first
            pending = 0
        runner.run(step)
        per = stages_per_iteration(runner.session)
    return runner.session, runs, trained, per, pending


def rebuilds(step):
    """Whether a "set" step builds a new network or new data (a live training setting does not)."""
    args = step.args
    net = {k: v for k, v in args.get("network", {}).items() if k not in ("regularization", "reg_rate")}
    return bool(net or args.get("data"))


def stages_per_iteration(lesson_session):
    """How many events one iteration of this session yields (forward, loss, backward, updates)."""
    net = lesson_session.network
    return len(net.layers) + 1 + 1 + len(net.layers) + len(net.params)


class LessonController(QObject):
    changed = Signal()          # index, asking, busy or the runs changed: the panel redraws
    finished = Signal()         # the last step was performed

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.lesson = None
        self.index = 0            # steps performed
        self.asking = False       # the next step's "predict" question is shown, its answer hidden
        self.revealed = False     # the step just performed had a prediction, now revealed
        self.pending_stages = 0   # stages of the current iteration already shown (fallback counting)
        self._stages_per_iter = 0
        self._play_left = 0       # epochs of a scripted play still to send
        self._play_wait = 0       # stepped signals still expected for the group in flight
        self._play_chunk = 1
        self._play_end_it = None  # a scripted play is done once a snapshot at this iteration is drawn
        self._queued_next = False # Next pressed during a scripted play: runs when the play is shown done
        self.runs = []            # [{"label", "parts", "loss", "acc", "epoch", "history"}] finished runs, frozen
        self._trained = False     # the session on screen has trained since the last run was recorded
        self._showing_neuron = False  # a select_node step put one neuron's map on the output plot
        self._label_keys = ()     # the settings the lesson's "set" steps change: what names a run
        self.last_snapshot = None
        self.window.worker.snapshotReady.connect(self._on_snapshot)
        self.window.worker.stepped.connect(self._on_stepped)

    # ------------------------------------------------------------------ state
    @property
    def active(self):
        return self.lesson is not None

    @property
    def busy(self):
        return self._play_left > 0 or self._play_wait > 0 or self._play_end_it is not None

    def step_count(self):
        return len(self.lesson.steps) if self.lesson else 0

    def current_step(self):
        """The step whose note is shown (the last performed), or None before the first."""
        if not self.lesson or self.index == 0:
            return None
        return self.lesson.steps[self.index - 1]

    def next_step(self):
        if not self.lesson or self.index >= len(self.lesson.steps):
            return None
        return self.lesson.steps[self.index]

    # ------------------------------------------------------------------ opening
    def open(self, lesson, message="", session=None):
        """Start ``lesson`` from its first step (the worker gets the lesson's session, built here unless
        the caller built it off the GUI thread)."""
        self.lesson = lesson
        self.index = 0
        self.asking = self.revealed = False
        self.runs = []
        self._trained = False
        self._label_keys = label_keys(lesson)
        self._reset_counters()
        session = lesson.build_session() if session is None else session
        self._stages_per_iter = stages_per_iteration(session)
        self._unselect()
        select = getattr(self.window, "select_node", None)
        if select is not None:   # a neuron picked in the lesson before is not this lesson's ("hidden layer 3")
            select(-1, -1)
        self.window.worker.load_lesson_session(session, lesson.apply,
                                               message or notice("notice.lesson_opened", lesson=lesson.id))
        self.changed.emit()

    def close(self):
        self.lesson = None
        self.index = 0
        self.asking = self.revealed = False
        self._reset_counters()
        self.runs = []
        self._trained = False
        self.changed.emit()

    def _reset_counters(self):
        self.pending_stages = 0
        self._play_left = self._play_wait = 0
        self._play_end_it = None
        self._queued_next = False

    # ------------------------------------------------------------------ the buttons
    def next(self):
        """Show the next step's prediction question, or perform the next step and show its note."""
        step = self.next_step()
        if step is None:
            return False
        if self.busy:
            # the rest of the scripted play at once; this step runs when its end is on screen, so what the
            # next step compares (a run's final loss) is the state the lesson means
            self._fast_forward()
            self._queued_next = True
            return True
        if step.predict is not None and not self.asking:
            self.asking = True
            self.revealed = False
            self.changed.emit()
            return True
        self.asking = False
        self.revealed = step.predict is not None
        self.index += 1
        self._perform(step)
        self.changed.emit()
        if self.index == len(self.lesson.steps):
            self.finished.emit()
        return True

    def reveal(self):
        """Show the answer of the question on screen (and perform its step)."""
        if self.asking:
            return self.next()
        return False

    def previous(self):
        """Go back one step: the state after the step before it (replayed headlessly)."""
        if not self.lesson:
            return False
        if self.asking:
            self.asking = False
            self.changed.emit()
            return True
        if self.index == 0:
            return False
        self.go_to(self.index - 1)
        return True

    def restart(self):
        if self.lesson:
            self.go_to(0)

    def go_to(self, target):
        """The lesson after its first ``target`` steps, rebuilt from the start."""
        lesson = self.lesson
        target = max(0, min(int(target), len(lesson.steps)))
        self._reset_counters()
        try:  # the replay is engine work: on a thread of its own, the window keeps drawing
            session, runs, trained, per, pending = run_off_thread(
                replay, lesson, target, label=self.tr("Going to step {}…").format(target), parent=self.window)
        except Cancelled:
            self.changed.emit()
            return
        self.index = target
        self.asking = False
        self.revealed = bool(target and lesson.steps[target - 1].predict is not None)
        self.runs = runs
        self._trained = trained
        self._stages_per_iter = per
        self.window.worker.load_lesson_session(session, lesson.apply,
                                               notice("notice.lesson_step", lesson=lesson.id, step=target))
        for _ in range(pending):
            self._stage()
        self._unselect()
        step = self.current_step()
        if step is not None and step.action == "select_node":
            self._select(step.args["layer"], step.args["node"])
        self.changed.emit()

    # ------------------------------------------------------------------ performing a step
    def _unselect(self):
        if self._showing_neuron:
            self._showing_neuron = False
            boundary = getattr(self.window, "boundary", None)
            if boundary is not None and hasattr(boundary, "show_neuron"):
                boundary.show_neuron(-1, -1)  # the network's output again

    def _perform(self, step):
        a, args = step.action, step.args
        w = self.window.worker
        if a != "select_node":
            self._unselect()
        if a == "step_stage":
            for _ in range(args.get("count", 1)):
                self._stage()
            return
        if a in TRAINS:
            self._trained = True
        if a in ("reset", "set") and self._trained:
            # the run on screen is finished: it keeps the settings it trained with and its result, frozen
            self._record_run()
            self._trained = False
        if a in ("reset", "set") and (a == "reset" or self._rebuilds(step)):
            self.pending_stages = 0
        elif self.pending_stages:
            self._finish_iteration()
        if a == "step_batch":
            for _ in range(args.get("count", 1)):
                w.step()
        elif a == "step_epoch":
            for _ in range(args.get("count", 1)):
                w.step_epoch()
        elif a == "play":
            epochs = args.get("epochs")
            if epochs is None:
                if args.get("speed"):
                    self.window.set_speed(args["speed"])
                w.play()
            else:
                w.pause()
                self._play_left = int(epochs)
                self._play_chunk = max(1, math.ceil(epochs / PLAY_FRAMES))
                self._send_play_group()
        elif a == "pause":
            w.pause()
        elif a == "reset":
            w.pause()
            w.reset()
        elif a == "select_node":
            self._select(args["layer"], args["node"])
        elif a == "set":
            self._set(args)

    def _rebuilds(self, step):
        return rebuilds(step)

    def _set(self, args):
        w = self.window.worker
        net = dict(args.get("network", {}))
        live_reg = {k: net.pop(k) for k in ("regularization", "reg_rate") if k in net}
        data, train = dict(args.get("data", {})), dict(args.get("train", {}))
        if net or data:
            patch = {"network": dict(net, **live_reg), "data": data, "train": train}
            w.pause()
            w.rebuild({k: v for k, v in patch.items() if v}, self._reason(args))
            return
        if train:
            w.set_train(**train)
        if live_reg:
            snap = self.last_snapshot
            net_spec = snap.spec["network"] if snap else {}
            w.set_regularization(live_reg.get("regularization", net_spec.get("regularization")),
                                 live_reg.get("reg_rate", net_spec.get("reg_rate", 0.0)))

    def _reason(self, args):
        names = {("data", "name"): self.tr("data"), ("network", "sizes"): self.tr("layer sizes"),
                 ("network", "activation"): self.tr("activation"), ("network", "init"): self.tr("initialisation"),
                 ("train", "optimizer"): self.tr("optimizer"), ("train", "lr"): self.tr("learning rate"),
                 ("train", "momentum"): self.tr("momentum"), ("network", "reg_rate"): self.tr("regularisation")}
        parts = []
        for section in ("network", "data", "train"):
            for k, v in args.get(section, {}).items():
                if k == "sizes":
                    v = "-".join(str(n) for n in v)
                elif k == "name" and isinstance(v, str) and v.startswith("gate_"):
                    v = v[5:].upper()
                parts.append(f"{names.get((section, k), k)} {v}")
        return self.tr("the lesson changed {}").format(", ".join(parts))

    def stage_action(self):
        acts = getattr(self.window, "actions", {})
        for k in STAGE_ACTION_KEYS:
            if k in acts:
                return acts[k]
        return None

    def _stage(self):
        act = self.stage_action()
        if act is not None:
            act.trigger()
            return
        self.pending_stages += 1
        if self.pending_stages >= max(1, self._stages_per_iter):
            self.pending_stages = 0
            self.window.worker.step()

    def _finish_iteration(self):
        """A batch/epoch/play after some stages: the iteration on screen is finished first."""
        if self.stage_action() is None and self.pending_stages:
            self.pending_stages = 0
            self.window.worker.step()

    def _select(self, layer, node):
        """What "select a neuron" means in a lesson: the inspector shows it and the output plot draws that
        neuron's own map (a hidden neuron's line in the gates lesson), until the next step."""
        win = self.window
        boundary = getattr(win, "boundary", None)
        if boundary is not None and hasattr(boundary, "show_neuron"):
            boundary.show_neuron(layer, node)
            self._showing_neuron = True
        if hasattr(win, "select_node"):
            win.select_node(layer, node)
            return
        d = win.diagram
        try:
            d._set_hover_node(layer, node)
            d._show_node_readout(layer, node)
        except (AttributeError, IndexError, KeyError, TypeError):
            pass

    # ------------------------------------------------------------------ a scripted play, paced by frames
    def _send_play_group(self):
        if self._play_left <= 0:
            return
        k = min(self._play_chunk, self._play_left)
        self._play_left -= k
        self._play_wait += k
        for _ in range(k):
            self.window.worker.step_epoch()
        self.changed.emit()

    def _on_stepped(self, iteration):
        if self._play_wait > 0:
            self._play_wait -= 1
            if self._play_wait == 0:
                if self._play_left > 0:
                    QTimer.singleShot(15, self._send_play_group)  # a frame is drawn in between
                else:
                    self._play_end_it = iteration
                    self._check_play_done()

    def _fast_forward(self):
        """Next during a scripted play: the rest of its epochs at once (the same end state)."""
        if self._play_left > 0:
            k = self._play_left
            self._play_left = 0
            self._play_wait += k
            for _ in range(k):
                self.window.worker.step_epoch()

    # ------------------------------------------------------------------ runs side by side
    def _on_snapshot(self, snap):
        self.last_snapshot = snap
        self._check_play_done()

    def _check_play_done(self):
        snap = self.last_snapshot
        if self._play_end_it is None or snap is None or snap.iteration < self._play_end_it:
            return
        self._play_end_it = None
        self.changed.emit()
        if self._queued_next:
            self._queued_next = False
            QTimer.singleShot(0, self.next)

    def _record_run(self):
        snap = self.last_snapshot
        if snap is None or not snap.epoch_history:
            return
        self.runs.append(_freeze(_snap_record(snap, run_parts(snap.spec, self._label_keys))))

    def current_run(self):
        snap = self.last_snapshot
        if snap is None or not snap.epoch_history or not self._trained:
            return None  # nothing trained since the last run was recorded: no "(now)" row
        return _snap_record(snap, run_parts(snap.spec, self._label_keys))


TRAINS = ("step_stage", "step_batch", "step_epoch", "play")
# what names a run when the lesson changes nothing (a lesson without "set" steps)
DEFAULT_LABEL_KEYS = (("network", "activation"), ("network", "init"), ("train", "optimizer"), ("train", "lr"))


def label_keys(lesson):
    """The settings a lesson's "set" steps change, in the order they first appear: what tells its runs apart."""
    keys = []
    for st in lesson.steps:
        if st.action != "set":
            continue
        for section in ("data", "network", "train"):
            for k in st.args.get(section, {}):
                if (section, k) not in keys:
                    keys.append((section, k))
    return tuple(keys) or DEFAULT_LABEL_KEYS


def run_parts(spec, keys):
    """(key, value text) of each naming setting, as the run had it: stored frozen with the run."""
    out = []
    for section, k in keys:
        v = spec.get(section, {}).get(k)
        if k == "activation":
            if isinstance(v, (list, tuple)):
                names = [a["name"] if isinstance(a, dict) else a for a in v]
                v = names[0] if names and all(x == names[0] for x in names) else "/".join(names)
            elif isinstance(v, dict):
                v = v.get("name", "")
        elif k == "sizes":
            v = "-".join(str(s) for s in v or [])
        elif section == "data" and k == "name" and isinstance(v, str) and v.startswith("gate_"):
            v = v[5:].upper()
        out.append((k, "" if v is None else str(v)))
    return tuple(out)


def _freeze(rec):
    rec["history"] = tuple(rec["history"])
    return rec


def _snap_record(snap, parts):
    rec = snap.epoch_history[-1]
    return {"parts": parts, "label": " · ".join(v for _, v in parts), "loss": rec.get("train_loss"),
            "acc": rec.get("train_acc"), "epoch": snap.epoch,
            "history": [(r["epoch"], r.get("train_loss")) for r in snap.epoch_history]}


def _run_record(session, parts):
    if not session.epoch_history:
        return None
    rec = session.epoch_history[-1]
    return _freeze({"parts": parts, "label": " · ".join(v for _, v in parts), "loss": rec.get("train_loss"),
                    "acc": rec.get("train_acc"), "epoch": session.epoch,
                    "history": [(r["epoch"], r.get("train_loss")) for r in session.epoch_history]})


