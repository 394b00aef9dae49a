"""Scripted demos: ``nnviz demo SCRIPT.json --shots DIR`` drives the real window and takes screenshots.

A script is a JSON list of actions (or ``{"actions": [...]}``); each is an object with ``"action"``,
its arguments, and optionally ``"shot": "name"`` to save ``DIR/name.png`` after it::

    [{"action": "load_lesson", "id": "backprop_by_hand"},
     {"action": "select_node", "column": 1, "unit": 0},
     {"action": "step_stage", "count": 2, "shot": "hidden_activation"},
     {"action": "set", "lr": 0.1, "stage_ms": 300},
     {"action": "play_ms", "ms": 500},
     {"action": "scrub", "iteration": 3, "shot": "back_in_time"}]

Actions: ``load_lesson`` {id}, ``load_dataset`` {name}, ``set`` {control: value, ...},
``play_ms`` {ms}, ``pause``, ``step_stage`` / ``step_batch`` / ``step_epoch`` / ``step_back``
{count (default 1)}, ``select_node`` {column, unit} (column 0 = the inputs), ``trace_sample``
{index} (a training point), ``scrub`` {iteration}, ``gradient_check``. The controls ``set`` knows
are listed in ``CONTROLS``. A string ``"pause"`` is short for ``{"action": "pause"}``.

The script is checked as a whole before anything runs; a bad one is refused with the index of
the action and what is wrong. The window runs offscreen unless asked otherwise; every action
waits for the worker to confirm it (``TrainingWorker.sync``) and for the window to draw the
result (signals, never sleeps: only ``play_ms`` waits on a timer, for its N milliseconds). Before
a shot the stage animation is finished, so the same state gives the same picture.
"""
from __future__ import annotations

import json
import math
import os
import re

from core import datasets as ds_mod
from core.errors import NNVizError

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,80}$")


class DemoError(NNVizError):
    """A demo script that cannot run: the message names the action and what is wrong."""


def _int(v, lo=None):
    return isinstance(v, int) and not isinstance(v, bool) and (lo is None or v >= lo)


def _num(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


# controls of ``set``: name -> (section or handler, checker, what it takes)
_TRAIN = {"lr": (_num, "a positive number"), "batch_size": (lambda v: _int(v, 1), "a positive whole number"),
          "optimizer": (lambda v: isinstance(v, str), "an optimizer name"), "momentum": (_num, "a number"),
          "beta1": (_num, "a number"), "beta2": (_num, "a number"), "decay_rate": (_num, "a number"),
          "max_grad": (lambda v: v is None or _num(v), "a positive number or null"),
          "train_seed": (lambda v: _int(v), "a whole number")}
_NETWORK = {"sizes": (lambda v: isinstance(v, list) and len(v) >= 2 and all(_int(n, 1) for n in v),
                      "a list of at least two positive whole numbers"),
            "activation": (lambda v: isinstance(v, (str, list)), "an activation name (or a list per layer)"),
            "output": (lambda v: isinstance(v, str), "an output activation"),
            "loss": (lambda v: isinstance(v, str), "a loss name"), "init": (lambda v: isinstance(v, str), "an initialiser"),
            "bias": (lambda v: isinstance(v, bool), "true or false"),
            "init_seed": (lambda v: _int(v), "a whole number")}
_DATA = {"dataset": (lambda v: v in ds_mod.DATASETS, "one of " + ", ".join(ds_mod.DATASETS)),
         "noise": (lambda v: _num(v) and 0 <= v <= 0.5, "a number from 0 to 0.5"),
         "test_ratio": (lambda v: _num(v) and 0 <= v <= 0.9, "a number from 0 to 0.9"),
         "classes": (lambda v: _int(v, 2), "a whole number of at least 2"),
         "features": (lambda v: isinstance(v, list) and v and all(isinstance(f, str) for f in v), "a list of feature names"),
         "data_seed": (lambda v: _int(v), "a whole number")}
_REG = {"regularization": (lambda v: v in (None, "none", "l1", "l2"), "none, l1 or l2"),
        "reg_rate": (lambda v: _num(v) and v >= 0, "a number >= 0")}
_WINDOW = {"speed": (lambda v: _num(v) and v >= 0, "steps per second (0 = as fast as possible)"),
           "stage_ms": (lambda v: _num(v) and 100 <= v <= 3000, "milliseconds per stage, 100 to 3000"),
           "history_mb": (lambda v: _num(v) and v > 0, "megabytes (a positive number)"),
           "break_nan": (lambda v: isinstance(v, bool), "true or false"),
           "break_grad_norm": (lambda v: v is None or (_num(v) and v > 0), "a positive number or null"),
           "break_loss_rise": (lambda v: v is None or (_num(v) and v > 1), "a factor above 1 or null"),
           "break_loss_window": (lambda v: _int(v, 1), "a positive whole number"),
           "break_dead_relu": (lambda v: v is None or (_num(v) and 0 <= v <= 1), "a fraction 0..1 or null"),
           "break_saturated": (lambda v: v is None or (_num(v) and 0 <= v <= 1), "a fraction 0..1 or null")}
CONTROLS = {**{k: "train" for k in _TRAIN}, **{k: "network" for k in _NETWORK}, **{k: "data" for k in _DATA},
            **{k: "reg" for k in _REG}, **{k: "window" for k in _WINDOW}}
_CHECK = {**_TRAIN, **_NETWORK, **_DATA, **_REG, **_WINDOW}

# action -> {argument: (required, checker, what it takes)}
_COUNT = {"count": (False, lambda v: _int(v, 1), "a positive whole number")}
ACTIONS = {
    "load_lesson": {"id": (True, lambda v: isinstance(v, str) and v != "", "a lesson id or file")},
    "load_dataset": {"name": (True, lambda v: v in ds_mod.DATASETS, "one of " + ", ".join(ds_mod.DATASETS))},
    "set": None,  # any of CONTROLS
    "play_ms": {"ms": (True, lambda v: _int(v, 1) and v <= 600_000, "a whole number of milliseconds, 1 to 600000")},
    "pause": {},
    "step_stage": _COUNT, "step_batch": _COUNT, "step_epoch": _COUNT, "step_back": _COUNT,
    "select_node": {"column": (True, lambda v: _int(v, 0), "a whole number >= 0 (0 = the inputs)"),
                    "unit": (True, lambda v: _int(v, 0), "a whole number >= 0")},
    "trace_sample": {"index": (True, lambda v: _int(v, 0), "a whole number >= 0 (a training point)")},
    "scrub": {"iteration": (True, lambda v: _int(v, 0), "a whole number >= 0")},
    "gradient_check": {},
}


def parse_script(data):
    """Check a script (the parsed JSON) and return its actions as dicts; DemoError says what is wrong."""
    if isinstance(data, dict) and set(data) == {"actions"}:
        data = data["actions"]
    if not isinstance(data, list):
        raise DemoError("a demo script is a JSON list of actions (or {\"actions\": [...]}); "
                        f"got {type(data).__name__}")
    if not data:
        raise DemoError("the demo script has no actions")
    out, shots = [], set()
    for i, a in enumerate(data):
        where = f"action {i}"
        if isinstance(a, str):
            a = {"action": a}
        if not isinstance(a, dict):
            raise DemoError(f"{where}: an action is an object like {{\"action\": \"step_stage\"}}; got {a!r}")
        name = a.get("action")
        if name not in ACTIONS:
            raise DemoError(f"{where}: unknown action {name!r}; known: {', '.join(ACTIONS)}")
        where = f"action {i} ({name})"
        shot = a.get("shot")
        if shot is not None:
            if not isinstance(shot, str) or not _NAME.match(shot):
                raise DemoError(f"{where}: \"shot\" must be a file name of letters, digits, '_', '-' or '.'; "
                                f"got {shot!r}")
            if shot in shots:
                raise DemoError(f"{where}: the shot name {shot!r} is used twice")
            shots.add(shot)
        args = {k: v for k, v in a.items() if k not in ("action", "shot")}
        if name == "set":
            if set(args) == {"values"} and isinstance(args["values"], dict):
                args = dict(args["values"])
            if not args:
                raise DemoError(f"{where}: give at least one control, like {{\"action\": \"set\", \"lr\": 0.1}}")
            for k, v in args.items():
                if k not in _CHECK:
                    raise DemoError(f"{where}: unknown control {k!r}; known: {', '.join(sorted(_CHECK))}")
                ok, what = _CHECK[k]
                if not ok(v):
                    raise DemoError(f"{where}: {k} must be {what}; got {v!r}")
        else:
            spec = ACTIONS[name]
            for k in args:
                if k not in spec:
                    known = ", ".join(spec) or "none"
                    raise DemoError(f"{where}: unknown argument {k!r}; it takes: {known}")
            for k, (required, ok, what) in spec.items():
                if k not in args:
                    if required:
                        raise DemoError(f"{where}: missing {k!r} ({what})")
                    continue
                if not ok(args[k]):
                    raise DemoError(f"{where}: {k!r} must be {what}; got {args[k]!r}")
            if name == "load_lesson":
                from nnviz.lessons import load_lesson
                try:
                    load_lesson(args["id"])
                except NNVizError as e:
                    raise DemoError(f"{where}: {e}") from None
        out.append({"action": name, "args": args, "shot": shot, "index": i})
    return out


def load_script(path):
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as e:
        raise DemoError(f"cannot read the demo script {path}: {e.strerror or e}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise DemoError(f"{path} is not valid JSON: {e.msg} at line {e.lineno}, column {e.colno}") from None
    return parse_script(data)


def _relay_class():
    from PySide6.QtCore import QObject, Signal, Slot

    class Relay(QObject):
        """Lives on the GUI thread: the worker's synced signal arrives here queued, as the window's do."""
        arrived = Signal()

        def __init__(self):
            super().__init__()
            self.synced = {}

        @Slot(int, int)
        def on_synced(self, token, seq):
            self.synced[token] = seq
            self.arrived.emit()

    return Relay


class DemoRunner:
    """Runs checked actions on a MainWindow (whose worker is started) and saves the shots.
    ``settle()`` is also what the tests use to wait for a command's result."""

    def __init__(self, window, shots_dir=None, timeout_s=120.0):
        self.window = window
        self.shots_dir = shots_dir
        self.timeout_s = float(timeout_s)
        self._token = 0
        self._relay = _relay_class()()
        self._synced = self._relay.synced
        self.shots = []          # paths written
        window.worker.synced.connect(self._relay.on_synced)

    # ------------------------------------------------------------------ waiting on signals

    def _wait(self, pred, what, signals=()):
        from PySide6.QtCore import QEventLoop, QTimer

        if pred():
            return
        loop = QEventLoop()
        check = (lambda *a: loop.quit() if pred() else None)
        conns = [(s, s.connect(check)) for s in signals]
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(int(self.timeout_s * 1000))
        try:
            while not pred() and timer.isActive():
                loop.exec()
        finally:
            timer.stop()
            for s, _c in conns:
                try:
                    s.disconnect(check)
                except (RuntimeError, TypeError):
                    pass
        if not pred():
            raise DemoError(f"timed out after {self.timeout_s:g} s waiting for {what}")

    def settle(self, what="the window"):
        """Wait until the worker has done every command sent so far and the window has drawn the result."""
        w = self.window
        self._token += 1
        token = self._token
        w.worker.sync(token)
        self._wait(lambda: token in self._synced, what + " (the worker)", (self._relay.arrived,))
        seq = self._synced.pop(token)
        st = w.stepthrough
        self._wait(lambda: st.shown_seq >= seq, what + " (drawing)", (st.frameShown,))
        return st.shown_snapshot

    def _sleep_ms(self, ms):
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(int(ms), loop.quit)
        loop.exec()

    # ------------------------------------------------------------------ actions
    def run(self, actions):
        for a in actions:
            try:
                self.run_one(a)
            except DemoError as e:
                raise DemoError(f"action {a['index']} ({a['action']}): {e}") from None
            if a["shot"]:
                self.shot(a["shot"])
        return self.shots

    def run_one(self, a):
        w, name, args = self.window, a["action"], a["args"]
        worker = w.worker
        what = f"action {a['index']} ({name})"
        if name == "load_lesson":
            opener = getattr(w, "open_lesson", None)
            from nnviz.lessons import load_lesson
            if opener is not None:
                if not opener(args["id"]):
                    raise DemoError(f"the lesson {args['id']!r} could not be opened")
            else:
                lesson = load_lesson(args["id"])
                worker.load_lesson_session(lesson.build_session(), lesson.apply, f"lesson {lesson.id} opened")
        elif name == "load_dataset":
            w.data_panel.choose(args["name"])
        elif name == "set":
            self._set(args)
        elif name == "play_ms":
            worker.play()
            self.settle(what)
            self._sleep_ms(args["ms"])
            w.pause()
        elif name == "pause":
            w.pause()
        elif name in ("step_stage", "step_batch", "step_epoch", "step_back"):
            key = {"step_batch": "step"}.get(name, name)
            for _ in range(args.get("count", 1)):
                w.actions[key].trigger()
        elif name == "select_node":
            snap = w.last_snapshot
            if snap is not None:
                if args["column"] >= len(snap.sizes):
                    raise DemoError(f"column {args['column']} is not in the network ({len(snap.sizes)} columns)")
                if args["column"] > 0 and args["unit"] >= snap.sizes[args["column"]]:
                    raise DemoError(f"column {args['column']} has {snap.sizes[args['column']]} neurons; "
                                    f"unit {args['unit']} is not one of them")
            w.select_node(args["column"], args["unit"])
        elif name == "trace_sample":
            snap = w.last_snapshot
            if snap is not None and args["index"] >= len(snap.x_train):
                raise DemoError(f"there are {len(snap.x_train)} training points; index {args['index']} is not one")
            worker.trace_sample(args["index"])
        elif name == "scrub":
            worker.scrub(args["iteration"])
        elif name == "gradient_check":
            dlg = w.stepthrough.gradcheck_dialog
            w.stepthrough.run_gradient_check()
            self._wait(lambda: dlg.result is not None, what, (dlg.resultShown,))
        self.settle(what)

    def _set(self, args):
        w = self.window
        worker = w.worker
        train, net, data, reg, bp = {}, {}, {}, {}, {}
        for k, v in args.items():
            kind = CONTROLS[k]
            if kind == "train":
                train["seed" if k == "train_seed" else k] = v
            elif kind == "network":
                net["seed" if k == "init_seed" else k] = v
            elif kind == "data":
                data[{"dataset": "name", "data_seed": "seed"}.get(k, k)] = v
            elif kind == "reg":
                reg[k] = v
            elif k == "speed":
                w.set_speed(v)
            elif k == "stage_ms":
                w.stepthrough.set_stage_ms(v)
            elif k == "history_mb":
                worker.set_history_budget(int(v * 2**20))
            else:
                bp[k[len("break_"):]] = v
        if net or data:
            worker.rebuild({k: v for k, v in (("network", net), ("data", data), ("train", train)) if v},
                           "the demo script changed " + ", ".join(args))
        elif train:
            worker.set_train(**train)
        if reg:
            snap = w.last_snapshot
            n = snap.spec["network"] if snap is not None else {}
            kind = reg.get("regularization", n.get("regularization"))
            worker.set_regularization(None if kind == "none" else kind, reg.get("reg_rate", n.get("reg_rate", 0.0)))
        if bp:
            worker.set_breakpoints(**bp)

    def shot(self, name):
        from PySide6.QtCore import QEvent
        from PySide6.QtWidgets import QApplication

        w = self.window
        w.stepthrough.overlay.finish_animation()
        for _ in range(3):  # layouts settle (a table shown or hidden re-lays its dock out over a few turns)
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            QApplication.processEvents()
        os.makedirs(self.shots_dir, exist_ok=True)
        path = os.path.join(self.shots_dir, name + ".png")
        img = w.grab().toImage()
        tmp = path + ".tmp.png"
        if not img.save(tmp, "PNG"):
            raise DemoError(f"could not write {path}")
        os.replace(tmp, path)
        self.shots.append(path)
        return path


def run_demo(script_path, shots_dir, size=(1400, 860), show=False, timeout_s=120.0, out=None):
    """Run a demo script in a new window; returns the screenshot paths. Raises DemoError for a bad script."""
    actions = load_script(script_path)
    if not show:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["nnviz-demo"])  # noqa: F841 - kept alive while it runs
    from nnviz.main_window import MainWindow

    w = MainWindow()
    w.resize(*size)
    w.show()
    runner = DemoRunner(w, shots_dir, timeout_s)
    try:
        runner._wait(lambda: w.drawn_snapshot is not None, "the first frame", (w.snapshotDrawn,))
        runner.settle("the window")
        paths = runner.run(actions)
    finally:
        w.shutdown(timeout=5.0)
        w.close()
    if out is not None:
        for p in paths:
            print(f"wrote {p}", file=out)
    return paths
