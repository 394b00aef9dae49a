"""The worker's brain without the thread: applies commands to the live session, trains, makes snapshots.

``Controller`` owns a ``core.Session`` and a ``Stepper``; ``nnviz.worker.TrainingWorker`` runs it on
its own thread and turns what it reports (``out(kind, *args)``) into Qt signals. Nothing here imports
Qt, so a test drives it directly: ``c.apply(Play()); c.train_slice(); c.snapshot()``.

Every failure is reported, none ends the loop: a refused command (an ``NNVizError``) says why and
leaves the session as it was; a NaN/inf shows the stage where it happened; anything else (a bug) is
logged with its traceback, pauses training and shows a message (``report_failure``).
"""
from __future__ import annotations

import copy
import dataclasses
import logging
import time
import types

import numpy as np

import core
from core.backend import to_numpy
from core.errors import NNVizError, NumericError
from core.history import DEFAULT_BUDGET
from core.spec import default_spec, fit_spec_to_data, make_dataset, merge_spec, regenerates_data
from nnviz.model import intents
from nnviz.model.messages import failure_parts, hit_parts, layer_names, numeric_error_parts, reason_parts, render_parts
from nnviz.model.notices import as_notices, notice, setting_name
from nnviz.model.snapshot import make_snapshot
from nnviz.stepthrough.assemble import stage_snapshot
from nnviz.stepthrough.stepper import Stepper, hit_info
from nnviz.worker import commands as C
from nnviz.worker import trainproc

log = logging.getLogger("nnviz.worker")
DEFAULT_SLICE_S = 0.015
GRADCHECK_PASS = 1e-5   # a parameter passes the gradient check when its max relative error is below this
_CHANGED = "the network or data changed"   # a rebuild's reason when the sender gave none


class Controller:
    """The live session and everything the worker does with it. Call from one thread only."""

    def __init__(self, spec=None, dataset=None, *, speed=0.0, grid=True, slice_s=DEFAULT_SLICE_S,
                 history_budget=DEFAULT_BUDGET, out=None, clock=time.monotonic, split=False):
        self.spec0 = copy.deepcopy(spec) if spec is not None else default_spec()
        self.dataset0 = dataset
        self.out = out or (lambda kind, *args: None)   # "stepped", "failed", "saved", "copied", "synced", "gradcheck"
        self.clock = clock
        self.grid = grid
        self.slice_s = float(slice_s)
        self.session = None
        self.running = False
        self.speed = max(0.0, float(speed))   # steps per second; 0 = as fast as possible
        self.next_step_t = 0.0
        self.dirty = True
        self.seq = 0
        self.urgent = False                   # the next snapshot is due at once (a key press)
        self.error, self.error_info = "", {}
        self.message = ()                     # the notices for the next snapshot (nnviz.model.notices)
        self.on_rebuild = None                # a lesson's apply(session): its fixed weights survive Reset
        self.stepper = Stepper(history_budget)
        self._rate_t, self._rate_it, self._sps = clock(), 0, 0.0
        self._failures = set()                # (where, exception text) already logged with a traceback
        # full speed in a process of its own (nnviz.worker.trainproc); None: always on this thread
        self.split = trainproc.ProcessTrainer() if split and trainproc.enabled() else None
        self._split_hold = False              # the next slice runs here (the child stopped on a failure)

    @property
    def full_speed(self):
        return self.speed <= 0

    # ------------------------------------------------------------------ start
    def build_initial(self):
        try:
            spec, ds = self.spec0, self.dataset0
            if ds is not None:
                spec = fit_spec_to_data(spec, ds)
            self.session = core.Session(spec, ds)
        except NNVizError as e:
            self.session = core.Session(default_spec())
            self.message = (notice("notice.fallback", error=e.message),)
        self.stepper.reset(self.session)
        self.dirty = True

    # ------------------------------------------------------------------ failures
    def report_failure(self, where, exc):
        """A bug in part ``where`` of the loop: log it (the traceback once per distinct failure), pause,
        and show what happened; the loop and the window go on."""
        key = (where, f"{type(exc).__name__}: {exc}")
        if key not in self._failures:
            self._failures.add(key)
            log.error("the training worker failed while %s", where, exc_info=exc)
        self.running = False
        self.stepper.cursor = None if where == "stage" else self.stepper.cursor
        parts = failure_parts(where, exc)
        self.error = render_parts(parts)
        self.error_info = {"stage": None, "layer": None, "name": type(exc).__name__, "parts": parts,
                           "failure": where}
        self.dirty = True
        self.out("failed", self.error)

    def _refuse(self, e):
        self.message = (e.message,)   # the engine's own Message: translated by its id
        self.out("failed", str(e), e.message)   # the English (logs) and the Message (shown translated)

    # ------------------------------------------------------------------ commands
    def apply(self, cmd):
        """Run one command; whatever it raises is reported and the session stays usable."""
        handler = _HANDLERS.get(type(cmd))
        self.collect_split()   # every command acts on the session as the training process left it
        try:
            if handler is None:
                raise TypeError(f"unknown worker command {cmd!r}")
            handler(self, cmd)
        except NumericError as e:
            self._on_numeric_error(e)
        except NNVizError as e:
            self._refuse(e)
        except Exception as e:  # noqa: BLE001 - a failing command must never end the loop
            self.report_failure("command", e)
        self.dirty = True

    def _clear_error(self):
        self.error, self.error_info = "", {}

    def _play(self, cmd=None):
        if not self.running:
            self.stepper.resume(self.session)
            self._clear_error()
            self.running = True
            self.next_step_t = self.clock()
            self._rate_t, self._rate_it = self.clock(), self.session.iteration

    def _pause(self, cmd=None):
        self.collect_split()
        self.running = False

    def _toggle(self, cmd):
        self._pause() if self.running else self._play()

    def _step(self, cmd):
        """One minibatch. On a stage view the iteration shown is already complete: the step is the next
        one (as ``LessonRunner`` finishes the iteration on screen before a step_batch)."""
        self.running = False
        self.stepper.resume(self.session)
        self._clear_error()
        self.steps(1)
        self.out("stepped", self.session.iteration)

    def _step_epoch(self, cmd):
        self.running = False
        self.stepper.resume(self.session)
        self._clear_error()
        self.steps(epoch=True)
        self.out("stepped", self.session.iteration)

    def _stage_move(self, move):
        self.running = False
        self._clear_error()
        move()
        self.urgent = True   # a key press is drawn at once

    def _step_stage(self, cmd):
        self._stage_move(lambda: self.stepper.step_stage(self.session))

    def _step_back(self, cmd):
        self._stage_move(lambda: self.stepper.step_back(self.session))

    def _scrub(self, cmd):
        self._stage_move(lambda: self.stepper.scrub(self.session, cmd.iteration))

    def _trace(self, cmd):
        self.stepper.trace_row = cmd.row
        self.urgent = True

    def _breakpoints(self, cmd):
        bp = self.stepper.set_breakpoints(**cmd.settings)
        on = [k for k, v in bp.items() if k != "loss_window" and v not in (None, False)]
        self.message = (notice("notice.breakpoints", which=", ".join(on)) if on else notice("notice.breakpoints_none"),)

    def _history_budget(self, cmd):
        self.stepper.set_budget(cmd.nbytes, self.session)
        self.message = (notice("notice.history_budget", mb=f"{cmd.nbytes / 2**20:g}", it=self.session.iteration),)

    def _sync(self, cmd):
        self.urgent = True
        self.out("synced", cmd.token)   # the worker emits the snapshot first, then synced(token, seq)

    def _gradcheck(self, cmd):
        s = self.session
        entry = self.stepper.entry()
        if entry is not None and entry.events:  # the batch on screen
            x = entry.events[0].x
            loss = [ev for ev in entry.events if ev.stage == "loss"]
            rows = entry.rows
            t = loss[0].targets if loss else to_numpy(s.t_train)[rows]
            it = entry.iteration
        else:                                   # the batch the next step trains on
            rows = np.array(s.next_batch_rows(), copy=True)
            x, t = to_numpy(s.x_train)[rows], to_numpy(s.t_train)[rows]
            it = s.iteration
        t0 = time.perf_counter()
        results = core.gradient_check(s.network, x, t)
        worst = max((r["max_rel_error"] for r in results), default=0.0)
        self.out("gradcheck", {"iteration": int(it), "rows": np.asarray(rows).copy(), "results": results,
                               "passed": bool(worst < GRADCHECK_PASS), "threshold": GRADCHECK_PASS,
                               "worst": worst, "seconds": time.perf_counter() - t0,
                               "parameters": int(sum(np.prod(r["shape"]) for r in results))})

    def _speed(self, cmd):
        self.speed = max(0.0, float(cmd.steps_per_sec))
        self.next_step_t = self.clock()

    def _snapshot(self, cmd):
        self.dirty = True

    def _new_session(self, spec, ds, message):
        s = core.Session(spec, ds)  # raises before anything is replaced
        if self.on_rebuild is not None:
            self.on_rebuild(s)
        self.session = s
        self.stepper.reset(s)
        self._clear_error()
        self.message = as_notices(message)
        self._rate_t, self._rate_it, self._sps = self.clock(), 0, 0.0

    def _reset(self, cmd=None):
        s = self.session
        self._new_session(merge_spec(s.spec, {}), s.dataset, notice("notice.reset"))

    def _lower_lr_and_reset(self, cmd):
        lr = intents.lowered_lr(self.session.spec, cmd.factor)
        self.session.set_train(lr=lr)   # refused (nothing changed) when out of range
        self._reset()
        self.message = (notice("notice.lr_lowered", lr=f"{lr:g}"),)

    def _train(self, cmd):
        self.session.set_train(**cmd.settings)
        self.stepper.changed(self.session, keep_view=True)
        shown = [notice("notice.setting", name=setting_name(k), value=v) for k, v in cmd.settings.items()]
        self.message = (notice("notice.train", what=shown),)

    def _reg(self, cmd):
        self.session.set_regularization(cmd.kind, cmd.rate)
        self.stepper.changed(self.session, keep_view=True)
        kind, rate = cmd.kind, cmd.rate
        self.message = (notice("notice.reg", what=notice("notice.reg_rate", kind=kind, rate=f"{rate:g}")) if kind
                        else notice("notice.reg_none"),)

    def rebuild(self, patch, reason):
        s = self.session
        spec = merge_spec(s.spec, patch)
        ds = make_dataset(spec["data"]) if regenerates_data(patch, s.spec) else s.dataset
        spec = fit_spec_to_data(spec, ds)
        self._new_session(spec, ds, notice("notice.rebuilt", reason=reason or _CHANGED))

    def _rebuild(self, cmd):
        self.rebuild(cmd.patch, cmd.reason)

    def _intent(self, patch_reason):
        patch, reason = patch_reason
        if patch is not None:
            self.rebuild(patch, reason)

    def _toggle_feature(self, cmd):
        self._intent(intents.toggle_feature(self.session.spec, cmd.name))

    def _change_units(self, cmd):
        self._intent(intents.change_units(self.session.spec, cmd.hidden, cmd.delta))

    def _add_layer(self, cmd):
        self._intent(intents.add_layer(self.session.spec, cmd.units, cmd.activation))

    def _remove_layer(self, cmd):
        self._intent(intents.remove_layer(self.session.spec))

    def _set_activation(self, cmd):
        self._intent(intents.set_activation(self.session.spec, cmd.hidden, cmd.name))

    def _dataset(self, cmd):
        ds = cmd.dataset
        spec = fit_spec_to_data(merge_spec(self.session.spec, {"data": {"name": "csv"}}), ds)
        what = (f"{len(ds)} points, {ds.x.shape[1]} feature(s), "
                + (f"{ds.num_classes} classes" if ds.kind == "classification" else "regression"))
        self._new_session(spec, ds, notice("notice.rebuilt", reason=cmd.reason or notice("notice.new_data", what=what)))

    def _add_point(self, cmd):
        from core import datasets as ds_mod
        s = self.session
        if s.dataset.x.shape[1] != 2:
            raise NNVizError("points can be added by clicking only to 2-D data")
        s.set_dataset(ds_mod.with_point(s.dataset, (cmd.x, cmd.y), cmd.label))
        self.stepper.changed(s, clear=True)

    def _remove_point(self, cmd):
        from core import datasets as ds_mod
        s = self.session
        new = ds_mod.without_nearest(s.dataset, (cmd.x, cmd.y), cmd.radius)
        if new is s.dataset:
            return
        if len(new) < 2:
            raise NNVizError("the data need at least two points; not removing the last ones")
        s.set_dataset(new)
        self.stepper.changed(s, clear=True)

    def _edit_weight(self, cmd):
        self.session.network.set_weight(cmd.layer, cmd.i, cmd.j, cmd.value)
        self.stepper.changed(self.session)
        self.message = (notice("notice.weight", weight=f"W{cmd.layer + 1}[{cmd.i}, {cmd.j}]", value=f"{cmd.value:g}"),)

    def _take_over(self, session, on_rebuild, message):
        self.session = session
        self.stepper.reset(session)
        self.on_rebuild = on_rebuild
        self.running = False
        self._clear_error()
        self.message = as_notices(message)
        self._rate_t, self._rate_it, self._sps = self.clock(), session.iteration, 0.0

    def _load(self, cmd):
        self._take_over(core.load_session(cmd.path), None, notice("notice.opened", path=cmd.path))

    def _save(self, cmd):
        core.save_session(self.session, cmd.path)
        self.message = (notice("notice.saved", path=cmd.path),)
        self.out("saved", cmd.path)

    def _copy_session(self, cmd):
        self.out("copied", cmd.token, core.io.session_to_bytes(self.session))

    def _lesson_session(self, cmd):
        self._take_over(cmd.session, cmd.on_rebuild, cmd.message or notice("notice.lesson_session"))

    # ------------------------------------------------------------------ training
    # ------------------------------------------------------------------ the training process
    @property
    def split_active(self):
        """True while the training process holds the run (this thread's session is behind it)."""
        return self.split is not None and self.split.active

    def _split_ok(self):
        st = self.stepper
        return (self.split is not None and not self._split_hold and self.running and self.full_speed
                and self.session.backend.name == "numpy" and not st.per_step_checks and st.cursor is None)

    def _start_split(self):
        st = self.stepper
        try:
            st.record(self.session)
            self.split.start(self.session, st.stride, self.grid, st.bp.nan)
        except Exception as e:  # noqa: BLE001 - training goes on here
            self._split_failed("start", e)

    def collect_split(self):
        """Bring the run back from the training process (before a command, a pause, a failure)."""
        if not self.split_active:
            return
        try:
            payload, pending = self.split.collect()
            trainproc.take_back(self.session, payload)
            self.stepper.take_checkpoints(pending)
            self.stepper.steps_done(self.session)
        except Exception as e:  # noqa: BLE001
            self._split_failed("collect", e)

    def _split_failed(self, where, e):
        """The training process failed: training stays on this thread from now on (this session is as the
        run last came back, or as it was handed over)."""
        log.warning("the training process failed (%s); training goes on in the training thread", where,
                    exc_info=e)
        split, self.split = self.split, None
        split.drop()

    def close(self):
        """End the training process (the worker stops)."""
        if self.split is not None:
            self.collect_split()
            if self.split is not None:
                self.split.close()

    def _split_snapshot(self):
        """The frame's snapshot from the training process, or None (then from this thread's session)."""
        try:
            kind, snap, pending = self.split.snapshot()
        except Exception as e:  # noqa: BLE001
            self._split_failed("snapshot", e)
            return None
        self.stepper.take_checkpoints(pending)
        if kind != "snap":   # it stopped at a bad number: this thread takes over and meets it itself
            self.collect_split()
            self._split_hold = True
            return None
        return snap

    def train_slice(self):
        """Train one time slice (``slice_s`` of steps, or the steps the speed allows now)."""
        if self.split is not None:
            if not self._split_hold and self.split_active:
                self.dirty = True   # the training process trains: the next frame asks it
                return
            if self._split_ok():
                self._start_split()
                if self.split_active:
                    self.dirty = True
                    return
        self._split_hold = False
        s, st = self.session, self.stepper
        rec = st.record
        check = st.after_step if st.per_step_checks else None
        t0 = self.clock()
        end = t0 + self.slice_s
        it0 = s.iteration
        try:
            if self.full_speed:
                mask = st.stride - 1   # a power of two: record() would refuse the others anyway
                while True:
                    if not s.iteration & mask:
                        rec(s)
                    s.step()
                    if check is not None and self._check(check, s):
                        return
                    if self.clock() >= end:
                        break
            else:
                dt = 1.0 / self.speed
                now = t0
                if self.next_step_t < now - 0.25:  # fell far behind (a long frame): do not burst
                    self.next_step_t = now
                while self.next_step_t <= now and now < end:
                    rec(s, True)
                    s.step()
                    self.next_step_t += dt
                    if check is not None and self._check(check, s):
                        return
                    now = self.clock()
        except NumericError as e:
            self._on_numeric_error(e)
            return
        st.steps_done(s)
        n = s.iteration - it0
        if n and self.full_speed:
            st.tune_stride((self.clock() - t0) / n)
        if n:
            hit = st.after_slice(s)
            if hit is not None:
                self._pause_on_hit(hit, s.iteration - 1)
                return
        if self.error and s.iteration and not self.error_info.get("failure"):
            self._clear_error()
        self.dirty = True

    def _check(self, check, s):
        hit = check(s)
        if hit is None:
            return False
        self._pause_on_hit(hit, s.iteration - 1)
        return True

    def steps(self, count=None, epoch=False):
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
                if check is not None and self._check(check, s):
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
        self.running = False
        s = self.session
        it = s.iteration - 1 if (e.stage == "update" and s.iteration > 0) else s.iteration
        try:
            entry = self.stepper.show_hit(s, it, None)
        except Exception as exc:  # noqa: BLE001 - never lose the message because locating it failed
            log.warning("could not show the stage of a NaN/inf", exc_info=exc)
            entry = None
        if entry is None or not entry.events:
            self.stepper.cursor = None
            parts = numeric_error_parts(e, s.spec["train"]["lr"], layer_names(s.network))
            self.error = render_parts(parts)
            self.error_info = {"stage": e.stage, "layer": e.layer, "name": e.name, "parts": parts}
        self.dirty = self.urgent = True  # at once: the GUI must show it now

    def _pause_on_hit(self, hit, iteration):
        """A breakpoint held after the step of ``iteration``: pause there, on the stage view of that iteration."""
        self.running = False
        s = self.session
        self.stepper.steps_done(s)
        try:
            self.stepper.show_hit(s, iteration, hit)
        except Exception as exc:  # noqa: BLE001
            log.warning("could not show the stage of a breakpoint", exc_info=exc)
            self.stepper.cursor = None
            self.error, self.error_info = hit.message, hit_info(hit, iteration)
            self.error_info["parts"] = reason_parts(hit)
        self.dirty = self.urgent = True

    # ------------------------------------------------------------------ snapshots
    def steps_per_sec(self):
        s, now = self.session, self.clock()
        dt = now - self._rate_t
        if not self.running:
            self._sps = 0.0
            self._rate_t, self._rate_it = now, s.iteration
        elif dt >= 0.25:
            rate = (s.iteration - self._rate_it) / dt
            self._sps = rate if self._sps == 0 else 0.5 * self._sps + 0.5 * rate
            self._rate_t, self._rate_it = now, s.iteration
        return self._sps

    def snapshot(self):
        """The next snapshot of what is shown (the session, or the stage under the step-through cursor).
        Clears the message and the dirty flag; raises only on a bug (the worker reports it)."""
        self.seq += 1
        st = self.stepper
        if st.notice:
            self.message = as_notices(self.message) + as_notices(st.notice)
            st.notice = ""
        s = self.session
        entry = st.entry()
        child = self._split_snapshot() if self.split_active else None
        if child is not None:
            here = types.SimpleNamespace(iteration=child.iteration)   # where the run is, for the timeline
            snap = dataclasses.replace(child, seq=self.seq, error=self.error, error_info=dict(self.error_info),
                                       message=as_notices(self.message), timeline=st.timeline(here, throttle=True),
                                       traced_row=self._traced_row())
            self.message = ()
            self.dirty = self.urgent = False
            return snap
        timeline = st.timeline(s, throttle=self.running)
        if entry is None:
            snap = make_snapshot(s, self.seq, running=self.running, steps_per_sec=self.steps_per_sec(),
                                 error=self.error, error_info=self.error_info, message=self.message, grid=self.grid,
                                 fast_grid=self.running and self.full_speed)
            snap = dataclasses.replace(snap, timeline=timeline, traced_row=self._traced_row())
        else:
            error, info = self.error, self.error_info
            if entry.hit is not None and st.cursor[1] >= entry.hit_index:
                error, info = self.hit_text(entry)
            snap = stage_snapshot(s, st, make_snapshot, timeline=timeline, seq=self.seq, error=error,
                                  error_info=info, message=self.message, grid=self.grid)
        self.message = ()
        self.dirty = self.urgent = False
        return snap

    def _traced_row(self):
        """The training point followed through the stages, or -1."""
        row = self.stepper.trace_row
        return row if row is not None and row < self.session.n_train else -1

    def hit_text(self, entry):
        """(error text, error_info) of the breakpoint hit in an iteration's events."""
        hit = entry.hit
        info = hit_info(hit, entry.iteration)
        names = {ev.layer: ev.name for ev in entry.events if ev.stage in ("forward", "backward")}
        n_layers = sum(1 for ev in entry.events if ev.stage == "forward")
        if hit.layer is not None:
            info["name"] = names.get(hit.layer) or (type(self.session.network.loss_layer).__name__
                                                    if hit.layer >= n_layers else "")
        parts = hit_parts(hit, info["name"], self.session.spec["train"]["lr"], layer_names(self.session.network))
        info["parts"] = parts
        return render_parts(parts), info


_HANDLERS = {
    C.Play: Controller._play, C.Pause: Controller._pause, C.TogglePlay: Controller._toggle,
    C.Step: Controller._step, C.StepEpoch: Controller._step_epoch, C.StepStage: Controller._step_stage,
    C.StepBack: Controller._step_back, C.Scrub: Controller._scrub, C.Trace: Controller._trace,
    C.Reset: Controller._reset, C.LowerLrAndReset: Controller._lower_lr_and_reset, C.SetSpeed: Controller._speed,
    C.SetTrain: Controller._train, C.SetRegularization: Controller._reg, C.Rebuild: Controller._rebuild,
    C.ToggleFeature: Controller._toggle_feature, C.ChangeUnits: Controller._change_units,
    C.AddLayer: Controller._add_layer, C.RemoveLayer: Controller._remove_layer,
    C.SetActivation: Controller._set_activation, C.SetDataset: Controller._dataset,
    C.AddPoint: Controller._add_point, C.RemovePoint: Controller._remove_point,
    C.EditWeight: Controller._edit_weight, C.Load: Controller._load, C.Save: Controller._save,
    C.CopySession: Controller._copy_session,
    C.RequestSnapshot: Controller._snapshot, C.SetBreakpoints: Controller._breakpoints,
    C.SetHistoryBudget: Controller._history_budget, C.GradientCheck: Controller._gradcheck,
    C.Sync: Controller._sync, C.LessonSession: Controller._lesson_session,
}
