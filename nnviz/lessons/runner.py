"""Running a lesson's steps on a core.Session without the app (tests, scripts, "check this lesson").

No Qt here."""
from __future__ import annotations

import copy
import math

import numpy as np

from core.backend import to_numpy
from core.errors import SpecError
from core.session import Session
from core.spec import make_dataset, merge_spec, regenerates_data
from nnviz.lessons.model import METRICS


class LessonRunner:
    """Runs a lesson's steps on a core.Session, headless: what the app does, minus the drawing.

    ``play`` trains its ``epochs`` at once (an open-ended play trains ``open_play_epochs``);
    ``select_node`` and ``pause`` only record. The app has its own worker; this serves the tests,
    scripts and a future "check this lesson" command."""

    def __init__(self, lesson, open_play_epochs=1):
        self.lesson = lesson
        self.open_play_epochs = open_play_epochs
        self.session = lesson.build_session()
        self.events = []          # events of the last step_stage
        self.selected = None      # (layer, node) of the last select_node
        self.index = 0            # the next step
        self._micro = None

    def run_all(self, on_step=None):
        while self.index < len(self.lesson.steps):
            i = self.index
            self.next()
            if on_step is not None:
                on_step(i, self)
        self._finish_micro()
        return self.session

    def next(self):
        step = self.lesson.steps[self.index]
        self.index += 1
        return self.run(step)

    def run(self, step):
        a, args = step.action, step.args
        self.events = []
        if a == "step_stage":
            for _ in range(args.get("count", 1)):
                self.events.append(self._stage())
        elif a == "step_batch":
            self._finish_micro()
            for _ in range(args.get("count", 1)):
                self.session.step()
        elif a == "step_epoch":
            self._finish_micro()
            for _ in range(args.get("count", 1)):
                self.session.step_epoch()
        elif a == "play":
            self._finish_micro()
            for _ in range(args.get("epochs", self.open_play_epochs)):
                self.session.step_epoch()
        elif a == "pause":
            self._finish_micro()
        elif a == "reset":
            self._drop_micro()
            self._rebuild(self.session.spec, self.session.dataset)
        elif a == "select_node":
            self.selected = (args["layer"], args["node"])
        elif a == "set":
            self._set(args)
        else:  # pragma: no cover - validated at load
            raise SpecError(f"unknown lesson action {a!r}")
        return self.events

    # --- stages: one micro_steps() generator at a time, always finished or closed
    def _stage(self):
        if self._micro is None:
            self._micro = self.session.micro_steps()
        try:
            return next(self._micro)
        except StopIteration:
            self._micro = self.session.micro_steps()
            return next(self._micro)

    def _finish_micro(self):
        """Finish the iteration being shown (as the app does before any other action)."""
        if self._micro is not None:
            for _ in self._micro:
                pass
            self._micro = None

    def _drop_micro(self):
        if self._micro is not None:
            self._micro.close()
            self._micro = None

    def _rebuild(self, spec, ds):
        spec = copy.deepcopy(spec)
        spec["network"].pop("weights", None)
        s = Session(spec, dataset=ds)
        self.lesson.apply(s)
        self.session = s

    def _set(self, args):
        s = self.session
        net_patch, data_patch = dict(args.get("network", {})), dict(args.get("data", {}))
        live_reg = {k: net_patch.pop(k) for k in ("regularization", "reg_rate") if k in net_patch}
        if net_patch or data_patch:
            self._drop_micro()
            # the engine's own rules (core.spec), as the window's worker applies them
            patch = {"network": dict(net_patch, **live_reg), "data": data_patch, "train": args.get("train", {})}
            spec = merge_spec(s.spec, patch)
            ds = s.dataset
            d_new = spec["data"]
            if regenerates_data(patch, s.spec):
                ds = make_dataset(d_new)
            elif d_new["name"] == "custom" and self.lesson.dataset is not None:
                ds = self.lesson.dataset
            self._rebuild(spec, ds)
            return
        self._finish_micro()
        if args.get("train"):
            s.set_train(**args["train"])
        if live_reg:
            s.set_regularization(live_reg.get("regularization", s.network.reg),
                                 live_reg.get("reg_rate", s.network.reg_rate))

    # --- what expect["checks"] measure
    def measure(self, metric):
        s = self.session
        if metric == "loss":
            return s.evaluate("train")[0]
        if metric == "accuracy":
            return s.evaluate("train")[1]
        if metric == "epoch":
            return s.epoch
        if metric == "iteration":
            return s.iteration
        if metric == "first_loss":
            return s.loss_history[0] if s.loss_history else None
        if metric == "last_loss":
            return s.loss_history[-1] if s.loss_history else None
        if metric == "dead_neurons":
            return dead_neurons(s)
        raise SpecError(f"unknown metric {metric!r}; choose one of {', '.join(METRICS)}")

    def check(self, step_index):
        """[(check, measured value, passed)] for the expect checks after step ``step_index``."""
        out = []
        for c in self.lesson.expect.get("checks", []):
            if c["after_step"] != step_index:
                continue
            v = self.measure(c["metric"])
            ok = v is not None and (math.isfinite(v) if isinstance(v, float) else True)
            if ok and "min" in c:
                ok = v >= c["min"]
            if ok and "max" in c:
                ok = v <= c["max"]
            if ok and "value" in c:
                ok = abs(v - c["value"]) <= c.get("tol", 0.0)
            out.append((c, v, ok))
        return out


def dead_neurons(session):
    """Hidden neurons whose activation is exactly 0 for every training point (dead ReLUs)."""
    net = session.network
    h = session.x_train
    dead = 0
    last = len(net.layers) - 1
    for li, layer in enumerate(net.layers):
        h = layer.forward(h)
        if li != last and li not in {d[0] for d in net.dense}:
            dead += int(np.sum(np.all(to_numpy(h) == 0.0, axis=0)))
    return dead
