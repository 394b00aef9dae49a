"""The step-through debugger's state, kept on the worker thread next to the live session (no Qt).

``Stepper`` owns the history of a run and the stage cursor:

- a ``CheckpointRing`` recorded while training (every iteration, or every ``stride``-th at full
  speed when a checkpoint would cost more than ``RECORD_SHARE`` of a step), cleared on a new
  session or new data, truncated when training resumes from an earlier point;
- the events of recent iterations (``IterationEvents``): stepping stage by stage runs the
  iteration's ``Session.micro_steps()`` at once and keeps its events; the cursor then walks
  through them. Older iterations come back from the ring (``seek``) and a re-run of
  ``micro_steps``, which replays them bitwise;
- the breakpoints (``core.breakpoints``): checked per iteration of events on the stage path
  and after steps on the fast path; a hit turns into the stage view of the iteration and the
  stage where it happened.

The session always matches the cursor: with the cursor on a stage of iteration ``it`` the
session is at the end of ``it`` (``session.iteration == it + 1``; an iteration that failed on a
NaN leaves it at ``it``); with no cursor (the normal view) the session is where it is shown.
"""
from __future__ import annotations

import math
import time
from collections import OrderedDict
from dataclasses import dataclass, field

import numpy as np

from core.breakpoints import Breakpoints, Watch, check_events, check_session, hit_from_error
from core.errors import NumericError
from core.history import DEFAULT_BUDGET, CheckpointRing, restorable
from nnviz.model.notices import notice
from nnviz.stepthrough import assemble

KEEP_ITERATIONS = 16      # iterations whose events are kept (stepping back across them needs no replay)
RECORD_SHARE = 0.02       # at full speed, recording checkpoints may take this share of the time
MAX_STRIDE = 256          # replaying a gap of up to 255 steps takes ~10 ms on the default net
DENSITY_BINS = 160        # resolution of the kept-checkpoint density the timeline draws


@dataclass
class IterationEvents:
    """One iteration run stage by stage: its events and what is needed to show and revisit it."""
    iteration: int
    events: tuple                 # ForwardLayer..., Loss, BackwardLayer..., Update... (fewer on a failure)
    pre: dict                     # Session.checkpoint() from before the iteration
    rows: np.ndarray              # the batch: indices into the training set
    epoch: int                    # counters before the iteration
    batch: int
    error: NumericError | None = None   # the iteration stopped on a bad number (events end before it)
    hit: object = None            # core.breakpoints.Hit found in these events, or None
    hit_index: int = -1           # the stage (event index) the hit is shown at
    traces: dict = field(default_factory=dict)   # row -> forward events of a traced point not in the batch

    @property
    def failed(self):
        return self.error is not None


def hit_stage_index(events, hit):
    """The event at which a breakpoint hit is shown: where its value went bad (or its condition holds)."""
    if not events:
        return -1
    last = len(events) - 1
    if hit is None:
        return -1
    if hit.stage == "update":
        for ev in events:
            if ev.stage == "update" and not np.all(np.isfinite(ev.after)):
                return ev.index
        for ev in events:
            if ev.stage == "update" and (hit.layer is None or ev.layer == hit.layer):
                return ev.index
    if hit.stage == "loss":
        for ev in events:
            if ev.stage == "loss":
                return ev.index
        return last           # the loss overflowed: the engine stops before yielding it
    if hit.stage == "backward" and hit.layer is None:   # the gradient norm: once every gradient is there
        back = [ev.index for ev in events if ev.stage == "backward"]
        if back:
            return back[-1]
    if hit.stage in ("forward", "backward"):
        for ev in events:
            if ev.stage == hit.stage and (hit.layer is None or ev.layer == hit.layer):
                return ev.index
    return last


def hit_info(hit, iteration):
    """The snapshot's ``error_info`` for a breakpoint hit."""
    return {"breakpoint": hit.kind, "stage": hit.stage, "layer": hit.layer, "unit": hit.unit,
            "edge": None if hit.edge is None else tuple(int(v) for v in hit.edge), "value": hit.value,
            "name": None, "iteration": int(iteration)}


class Stepper:
    def __init__(self, budget=DEFAULT_BUDGET):
        self.ring = CheckpointRing(budget)
        self.bp = Breakpoints()
        self.watch = Watch(self.bp)
        self.cache = OrderedDict()        # iteration -> IterationEvents (most recently used last)
        self.cursor = None                # (iteration, event index), or None: the normal view
        self.front = 0                    # the newest iteration the recorded run reached
        self.trace_row = None             # traced training point; None = the first of the batch
        self.stride = 1
        self.notice = ""                  # a one-line notice for the next snapshot (text or a Message)
        self.position_note = {}           # how the position shown was reached (scrub: exact / replayed)
        self._newest = -1                 # newest iteration in the ring
        self._rec_cost = 0.0              # seconds per recorded checkpoint (moving average)
        self._density = None              # (key, array) cache of the timeline's density strip
        self._density_t = -math.inf
        self.scratch = assemble.ScratchNetwork()   # stage weights are loaded here, never into the live net

    # ------------------------------------------------------------------ settings
    def set_breakpoints(self, **kw):
        """Toggle/threshold the breakpoints (fields of core.breakpoints.Breakpoints). Returns them."""
        known = set(Breakpoints.__dataclass_fields__)
        bad = set(kw) - known
        if bad:
            raise ValueError(f"unknown breakpoint setting(s) {sorted(bad)}; known: {sorted(known)}")
        for k, v in kw.items():
            setattr(self.bp, k, v)
        self.watch = Watch(self.bp)
        return dict(vars(self.bp))

    def set_budget(self, budget, session):
        """A new history budget: the history starts again from here (a smaller ring cannot keep it all)."""
        self.ring = CheckpointRing(int(budget))
        self._newest = -1
        self.cache.clear()
        self.cursor = None
        self.front = session.iteration
        self._record(session, anchor=True)

    @property
    def per_step_checks(self):
        """True when a breakpoint must be checked after every fast step (NaN needs no per-step check:
        step() raises on a bad loss, and a slice's end checks the parameters)."""
        b = self.bp
        return any(v is not None for v in (b.grad_norm, b.loss_rise, b.dead_relu, b.saturated))

    # ------------------------------------------------------------------ a new run, changes
    def reset(self, session):
        """A new session (reset, rebuild, new data, opened file or lesson): forget the history."""
        self.ring.clear()
        self._newest = -1
        self.cache.clear()
        self.cursor = None
        self.front = session.iteration
        self.watch = Watch(self.bp)
        self.position_note = {}
        self._record(session, anchor=True)

    def changed(self, session, clear=False, keep_view=False):
        """Something the recorded future does not contain changed the session now (a setting, a weight,
        the points): the future is gone, and this state is kept as an anchor replay cannot cross.
        ``keep_view``: a training setting leaves the stage on screen (it applies from the next step)."""
        it = session.iteration
        if not keep_view:
            self.cursor = None
        if clear:
            self.ring.clear()
            self._newest = -1
            self.cache.clear()
        else:
            self.ring.truncate_after(it - 1)
            self._newest = self.ring.kept()[-1] if len(self.ring) else -1
            for k in [k for k in self.cache if k >= it]:
                del self.cache[k]
            if self.cursor is not None and self.cursor[0] >= it:   # a failed iteration on screen: it would
                self.cursor = None                                  # run differently now
        self.front = it
        self.position_note = {}
        self._record(session, anchor=True)

    def resume(self, session):
        """Training goes on from what is shown (Play, Step, Step epoch): leave the stage view; from an
        earlier point the recorded future is dropped (replay would redo it, and the ring only grows)."""
        self.cursor = None
        self.position_note = {}
        if session.iteration < self.front:
            self.ring.truncate_after(session.iteration)
            self._newest = self.ring.kept()[-1] if len(self.ring) else -1
            self.front = session.iteration

    # ------------------------------------------------------------------ recording (fast path)
    def _record(self, session, anchor=False):
        it = session.iteration
        if self._newest >= it:
            self.ring.truncate_after(it - 1)
        t0 = time.perf_counter()
        self.ring.add(session.checkpoint(), anchor=anchor)
        c = time.perf_counter() - t0
        self._rec_cost = c if self._rec_cost == 0 else 0.9 * self._rec_cost + 0.1 * c
        self._newest = it

    def record(self, session, every=False):
        """Before a step: keep a checkpoint of the state it starts from when due (at full speed every
        ``stride``-th iteration; ``every``: each one, for steps at a set speed or by hand)."""
        it = session.iteration
        if it < self.front or (not every and it % self.stride) or not self.ring.should_record(it):
            return
        self._record(session)

    def take_checkpoints(self, states):
        """Checkpoints taken elsewhere (the training process, nnviz.worker.trainproc), oldest first: kept
        as ``record`` would have kept them."""
        for state in states:
            it = int(state["iteration"])
            if it > self._newest and it >= self.front and self.ring.should_record(it):
                self.ring.add(state)
                self._newest = it

    def tune_stride(self, step_cost):
        """Record every stride-th iteration so checkpoints take at most RECORD_SHARE of the time
        (``step_cost``: seconds per step measured over a slice)."""
        if step_cost <= 0 or self._rec_cost <= 0:
            return
        want = self._rec_cost / (RECORD_SHARE * step_cost)
        s = 1
        while s < want and s < MAX_STRIDE:
            s *= 2
        self.stride = s

    def after_step(self, session):
        """A breakpoint condition after a fast step (thresholds only), or None."""
        return self.watch.after_step(session)

    def after_slice(self, session):
        """After a slice of fast steps: did a gradient or an update overflow (the loss was finite)?"""
        if not self.bp.nan:
            return None
        return check_session(session, Breakpoints(nan=True, loss_rise=None))

    def steps_done(self, session):
        self.front = max(self.front, session.iteration)

    # ------------------------------------------------------------------ running an iteration stage by stage
    def _run_iteration(self, session):
        """Run iteration ``session.iteration`` with micro_steps, keep its events; the session ends at its
        end (or stays at its start when a value turned NaN/inf)."""
        s = session
        it = s.iteration
        at_front = it >= self.front
        if at_front:
            self._record(s)
        pre = s.checkpoint()
        epoch, batch = s.epoch, s.batch_in_epoch
        rows = s.next_batch_rows()   # exactly the rows micro_steps will train on (public: no private reads)
        events, error = [], None
        try:
            for ev in s.micro_steps():
                events.append(ev)
        except NumericError as e:
            error = e
        events = tuple(events)
        if at_front:
            hit = self.watch.after_events(events, error)
            self.front = max(self.front, s.iteration)
        else:
            hit = check_events(events, self.bp, error)
        if hit is None and error is not None:
            hit = hit_from_error(error, events)   # NaN breakpoints off: the bad number still stops here
        entry = IterationEvents(it, events, pre, rows, epoch, batch, error, hit, hit_stage_index(events, hit))
        self._keep(entry)
        return entry

    def _keep(self, entry):
        self.cache[entry.iteration] = entry
        self.cache.move_to_end(entry.iteration)
        while len(self.cache) > KEEP_ITERATIONS:
            self.cache.popitem(last=False)

    def entry(self):
        """The IterationEvents under the cursor, or None in the normal view."""
        if self.cursor is None:
            return None
        return self.cache[self.cursor[0]]

    def step_stage(self, session):
        """Show the next stage: the first of the next iteration from the normal view, the normal view
        after the last. Returns the IterationEvents shown (None: normal view)."""
        self.position_note = {}
        if self.cursor is None:
            entry = self._run_iteration(session)
            if not entry.events:
                self.notice = notice("notice.could_not_run", error=getattr(entry.error, "message", None)
                                     or str(entry.error))
                return None
            self.cursor = (entry.iteration, 0)
            return entry
        it, k = self.cursor
        entry = self.cache[it]
        self.cache.move_to_end(it)
        if k + 1 < len(entry.events):
            self.cursor = (it, k + 1)
            return entry
        if entry.failed:
            self.notice = notice("notice.cannot_go_on")
            return entry
        self.cursor = None            # the session is already at the end of the iteration
        return None

    def step_back(self, session):
        """Show the previous stage, across iteration boundaries. Returns False at the start of what is kept."""
        self.position_note = {}
        if self.cursor is not None:
            it, k = self.cursor
            if k > 0:
                self.cursor = (it, k - 1)
                return True
            entry = self.cache[it]
            if not entry.failed:
                session.restore(restorable(entry.pre))
            self.cursor = None
            return True
        it = session.iteration - 1
        if it < 0:
            self.notice = notice("notice.start_of_training")
            return False
        entry = self.cache.get(it)
        if entry is None or entry.failed:
            try:
                self.ring.seek(session, it)
            except KeyError:
                first = self.ring.kept()[0] if len(self.ring) else session.iteration
                self.notice = notice("notice.before_checkpoint", it=it, first=first)
                return False
            entry = self._run_iteration(session)
        self.cache.move_to_end(it)
        self.cursor = (it, len(entry.events) - 1)
        return True

    def show_hit(self, session, iteration, hit=None):
        """After a fast step hit a breakpoint (``hit``; None for a bad number the engine raised): show
        iteration ``iteration`` stage by stage, at the hit. The session is brought back to the start of
        that iteration first (the ring replays it); it ends at the end of the iteration, as a stage view."""
        self.position_note = {}
        if session.iteration != iteration:
            self.ring.seek(session, iteration)
        entry = self._run_iteration(session)
        if hit is not None and (entry.hit is None or entry.hit.kind != hit.kind):
            # the fast path's view of it (a loss rise is not in the events; a Watch reports a kind once)
            entry.hit, entry.hit_index = hit, hit_stage_index(entry.events, hit)
        if not entry.events:
            self.cursor = None
            return entry
        self.cursor = (iteration, entry.hit_index if entry.hit_index >= 0 else len(entry.events) - 1)
        return entry

    # ------------------------------------------------------------------ the timeline
    def scrub(self, session, k):
        """Bring the session to iteration k (0..front) and show it. Returns the iteration shown."""
        self.cursor = None
        want = int(k)
        k = max(0, min(want, self.front))
        first = self.ring.kept()[0] if len(self.ring) else session.iteration
        note = {"requested": want, "iteration": k, "exact": True, "replayed_from": None, "replayed": 0,
                "before_first": False, "first": first}
        if k < first:
            note["before_first"] = True
            k = first
            note["iteration"] = k
        if k != session.iteration:
            k, replayed = self.ring.seek(session, k)
            note.update(exact=replayed == 0, replayed=replayed, replayed_from=k - replayed if replayed else None)
        self.position_note = note
        if note["before_first"]:
            self.notice = notice("notice.not_kept", want=want, first=first)
        elif note["replayed"]:
            self.notice = notice("notice.replayed", it=k, start=note["replayed_from"], steps=note["replayed"])
        else:
            self.notice = notice("notice.iteration", it=k)
        return k

    def timeline(self, session, throttle=False):
        """What the timeline draws: the position, the run's end, what the ring keeps. ``throttle``
        (while training runs): the kept-checkpoint density is recomputed at most twice a second."""
        pos = self.cursor[0] if self.cursor is not None else session.iteration
        front = max(self.front, session.iteration)
        now = time.monotonic()
        key = (len(self.ring), front, self._newest)
        if self._density is None or (self._density[0] != key and (not throttle or now - self._density_t > 0.5)):
            its = np.asarray(self.ring.kept(), dtype=np.float64)
            n = front + 1
            bins = min(DENSITY_BINS, n)
            edges = np.linspace(0.0, float(n), bins + 1)
            kept_in, _ = np.histogram(its, bins=edges)
            per_bin = np.maximum(1.0, np.diff(np.ceil(edges)))   # whole iterations in each bin
            dens = np.minimum(1.0, kept_in / per_bin)           # share of them kept exactly
            self._density = (key, dens, int(its[0]) if its.size else pos, len(its))
            self._density_t = now
        _, dens, first, kept = self._density
        note = dict(self.position_note) if self.position_note.get("iteration") == pos else {}
        exact = note.get("exact", True) if note else (self.cursor is not None or self.ring.has_exact(pos)
                                                      or pos == session.iteration)
        return {"position": int(pos), "front": int(front), "first": int(first), "kept": int(kept),
                "density": dens, "exact": bool(exact), "replayed_from": note.get("replayed_from"),
                "replayed": int(note.get("replayed", 0)), "before_first": bool(note.get("before_first", False)),
                "requested": note.get("requested"), "budget": self.ring.budget, "nbytes": self.ring.nbytes,
                "stride": self.stride}

    # ------------------------------------------------------------------ what a stage shows
    @staticmethod
    def stage_params(session, entry, k):
        """The parameters as they were at stage k (host arrays, Network.params order): the values the
        forward pass used, replaced by the updated ones whose update stage is at or before k."""
        net = session.network
        fwd = {ev.layer: ev for ev in entry.events if ev.stage == "forward"}
        out = []
        for i, (li, name) in enumerate(net.owners):
            out.append(np.asarray(fwd[li].params[name]))
        for ev in entry.events[:k + 1]:
            if ev.stage == "update":
                out[ev.param] = np.asarray(ev.after)
        return out

    @staticmethod
    def stage_grads(session, entry, k):
        """Per dense layer (dL/dW, dL/db or None) as revealed by stage k; zeros before its backward stage."""
        net = session.network
        back = {ev.layer: ev for ev in entry.events[:k + 1] if ev.stage == "backward"}
        fwd = {ev.layer: ev for ev in entry.events if ev.stage == "forward"}
        out = []
        for li, _act in net.dense:
            p = fwd[li].params
            ev = back.get(li)
            gW = np.array(ev.grads["W"]) if ev is not None else np.zeros_like(np.asarray(p["W"]))
            if "b" in p:
                gb = np.array(ev.grads["b"]) if ev is not None else np.zeros_like(np.asarray(p["b"]))
            else:
                gb = None
            out.append((gW, gb))
        return tuple(out)

    def trace_events(self, session, entry, row):
        """Forward events for training point ``row`` with the weights the iteration's forward pass used
        (for a traced point that is not in the batch), run on a scratch network; the session is untouched."""
        return assemble.trace_events(session, self, entry, row)
