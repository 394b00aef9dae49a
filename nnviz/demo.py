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
import os

from core.errors import NNVizError
from nnviz import resources
from nnviz.names import resolve_dataset


class DemoError(NNVizError):
    """A demo script that cannot run: the message names the action and what is wrong."""


def schema():
    """The JSON Schema of a demo script (assets/schema/demo.schema.json, shipped with nnviz)."""
    try:
        return resources.load_schema("demo")
    except resources.AssetError as e:
        raise DemoError(str(e)) from None


def actions_of_schema(s=None):
    """{action name: its sub-schema} in the schema's order (the help text and the runner use these)."""
    s = s or schema()
    return {k[len("action_"):]: v for k, v in s["$defs"].items() if k.startswith("action_")}


# how ``set`` applies each control (which part of the spec, or which window handler); the controls
# and what values they take are the schema's; tests/gui/test_demo.py checks the two lists agree
_SECTIONS = {
    "train": ("lr", "batch_size", "optimizer", "momentum", "beta1", "beta2", "decay_rate", "max_grad",
              "train_seed"),
    "network": ("sizes", "activation", "output", "loss", "init", "bias", "init_seed"),
    "data": ("dataset", "noise", "test_ratio", "classes", "features", "data_seed"),
    "reg": ("regularization", "reg_rate"),
    "window": ("speed", "stage_ms", "history_mb", "break_nan", "break_grad_norm", "break_loss_rise",
               "break_loss_window", "break_dead_relu", "break_saturated"),
}
CONTROLS = {k: section for section, keys in _SECTIONS.items() for k in keys}


def _validator():
    import jsonschema

    return jsonschema.Draft202012Validator(schema())


def _where(i, data):
    a = data[i] if isinstance(data, list) and isinstance(i, int) and i < len(data) else None
    name = a if isinstance(a, str) else a.get("action") if isinstance(a, dict) else None
    known = isinstance(name, str) and name in actions_of_schema()
    return f"action {i} ({name})" if known else f"action {i}"


_RANK = {"type": 0, "enum": 1, "additionalProperties": 2, "required": 3}


def _message(err, actions):
    """One sentence for a schema error: which action, which field, what it takes, what it got."""
    path = list(err.absolute_path)
    if path[:1] == ["actions"]:
        path = path[1:]
    if not path:
        if err.validator == "minItems":
            return "the demo script has no actions"
        got = type(err.instance).__name__ if not isinstance(err.instance, dict) else \
            "an object with " + (", ".join(map(repr, err.instance)) or "no keys")
        return f"a demo script is a JSON list of actions (or {{\"actions\": [...]}}); got {got}"
    if not isinstance(path[0], int):  # a key of the {"actions": [...]} form, like "$schema"
        what = schema().get("properties", {}).get(path[0], {}).get("description", "valid")
        return f"the script's {path[0]!r} must be a string ({what}); got {err.instance!r}"
    i, rest = path[0], path[1:]
    where = _where(i, actions)
    if not rest:
        inst = err.instance
        if isinstance(inst, str):
            sub = actions_of_schema().get(inst)
            if sub is not None:  # an action that needs arguments, given by name alone
                need = ", ".join(repr(k) for k in sub.get("required", ()))
                return f"{where}: missing {need}; write it as an object, like {json.dumps(sub['examples'][0])}"
            return f"action {i}: unknown action {inst!r}; known: {', '.join(actions_of_schema())}"
        if err.validator == "type":
            return f"action {i}: an action is an object like {{\"action\": \"step_stage\"}}; got {inst!r}"
        if err.validator == "required":
            missing = [k for k in err.validator_value if k not in inst]
            if missing == ["action"]:
                return f"action {i}: an action needs \"action\": its name, one of {', '.join(actions_of_schema())}"
            k = missing[0]
            what = err.schema.get("properties", {}).get(k, {}).get("description", "")
            return f"{where}: missing {k!r}" + (f" ({what})" if what else "")
        if err.validator == "additionalProperties":
            allowed = [k for k in err.schema.get("properties", {}) if k not in ("action", "shot")]
            extra = next((k for k in inst if k not in err.schema.get("properties", {})), "?")
            if inst.get("action") == "set":
                known = ", ".join(sorted(CONTROLS))
                return f"{where}: unknown control {extra!r}; known: {known}"
            return f"{where}: unknown argument {extra!r}; it takes: {', '.join(allowed) or 'none'}"
        if err.validator == "minProperties":
            return f"{where}: give at least one control, like {{\"action\": \"set\", \"lr\": 0.1}}"
        return f"{where}: {err.message}"
    field = rest[0]
    if field == "action":
        return f"action {i}: unknown action {err.instance!r}; known: {', '.join(actions_of_schema())}"
    if field == "shot":
        return (f"{where}: \"shot\" must be a file name of letters, digits, '_', '-' or '.'; "
                f"got {err.instance!r}")
    a = actions[i] if isinstance(actions, list) else {}
    if field == "values" and len(rest) == 1 and err.validator == "additionalProperties":
        extra = next((k for k in err.instance if k not in CONTROLS), "?")
        return f"{where}: unknown control {extra!r}; known: {', '.join(sorted(CONTROLS))}"
    if field == "values" and len(rest) > 1:
        field = rest[1]
    what = _description(a.get("action") if isinstance(a, dict) else None, field)
    if isinstance(a, dict) and isinstance(a.get("values"), dict) and field in a["values"]:
        value = a["values"][field]
    else:
        value = a.get(field, err.instance) if isinstance(a, dict) else err.instance
    if isinstance(a, dict) and a.get("action") == "set":
        return f"{where}: {field} must be {what}; got {value!r}"
    return f"{where}: {field!r} must be {what}; got {value!r}"


def _description(action, field):
    """The "what it takes" phrase of a field (the schema's description of it)."""
    sch = schema()
    if action == "set":
        prop = sch["$defs"]["controls"]["properties"].get(field, {})
    else:
        prop = actions_of_schema(sch).get(action, {}).get("properties", {}).get(field, {})
    return prop.get("description", "valid") if isinstance(prop, dict) else "valid"


def _first_error(data):
    errors = list(_validator().iter_errors(data))
    if not errors:
        return None

    def key(e):
        p = list(e.absolute_path)
        if p[:1] == ["actions"]:
            p = p[1:]
        index = p[0] if p and isinstance(p[0], int) else -1
        return (index, len(p) > 1, _RANK.get(e.validator, 9), len(p))
    # the deepest specific error inside anyOf/allOf/then is the one that names the field
    best = min(errors, key=key)
    while best.context:
        best = min(best.context, key=key)
    return best


def parse_script(data):
    """Check a script (the parsed JSON) against the demo schema, then what a schema cannot say (shot
    names used once, the lesson exists); return its actions as dicts. DemoError says what is wrong."""
    err = _first_error(data)
    if err is not None:
        raise DemoError(_message(err, data["actions"] if isinstance(data, dict) and "actions" in data else data))
    if isinstance(data, dict):
        data = data["actions"]
    out, shots = [], set()
    for i, a in enumerate(data):
        if isinstance(a, str):
            a = {"action": a}
        name = a["action"]
        where = f"action {i} ({name})"
        shot = a.get("shot")
        if shot is not None:
            if shot in shots:
                raise DemoError(f"{where}: the shot name {shot!r} is used twice")
            shots.add(shot)
        args = {k: v for k, v in a.items() if k not in ("action", "shot")}
        if name == "set":
            if "values" in args:
                args = {**{k: v for k, v in args.items() if k != "values"}, **args["values"]}
            if not args:
                raise DemoError(f"{where}: give at least one control, like {{\"action\": \"set\", \"lr\": 0.1}}")
            if "dataset" in args:
                args["dataset"] = resolve_dataset(args["dataset"])
            if "sizes" in args:  # what a schema cannot count: the parameters the network would have
                from core.spec import check_sizes
                try:
                    check_sizes(args["sizes"], where="sizes")
                except NNVizError as e:
                    raise DemoError(f"{where}: {e}") from None
        elif name == "load_dataset":
            args["name"] = resolve_dataset(args["name"])
        elif name == "load_lesson":
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
            from nnviz.model.notices import notice
            if opener is not None:
                if not opener(args["id"]):
                    raise DemoError(f"the lesson {args['id']!r} could not be opened")
            else:
                lesson = load_lesson(args["id"])
                worker.load_lesson_session(lesson.build_session(), lesson.apply,
                                           notice("notice.lesson_opened", lesson=lesson.id))
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

    app = QApplication.instance() or QApplication(["nnviz-demo"])  # kept alive while it runs
    from nnviz.app import identify

    identify(app)  # name, icon and application id, as the window has them (seen with --show)
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
