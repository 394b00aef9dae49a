"""A seeded monkey: random actions through the real window; fails on any exception, a Qt warning about
threads, an error a view or the worker logged, a hang, or a dead worker (issue 9).

CI runs a few hundred actions; by hand, longer and over several seeds:

    NNVIZ_MONKEY_ACTIONS=2000 NNVIZ_MONKEY_SEEDS=1,2,3 QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python -m pytest tests/gui/test_monkey.py -q

On a failure the message names the seed and the action number, and lists the last actions, so the run
can be replayed (the same seed gives the same actions; timing may still differ).
"""
import logging
import os
import random
import sys

import pytest
from PySide6.QtCore import Qt, qInstallMessageHandler
from PySide6.QtTest import QTest

ACTIONS = int(os.environ.get("NNVIZ_MONKEY_ACTIONS", "250"))
SEEDS = [int(s) for s in os.environ.get("NNVIZ_MONKEY_SEEDS", "1").split(",") if s.strip()]
SYNC_EVERY = 25           # every this many actions: every command done and a snapshot back, or it hung
HANG_MS = 30_000
THREAD_WORDS = ("thread", "QBasicTimer", "QSocketNotifier", "moveToThread")
KEYS = (Qt.Key_Space, Qt.Key_S, Qt.Key_R, Qt.Key_E, Qt.Key_Right, Qt.Key_Left, Qt.Key_Plus, Qt.Key_Minus)
FEATURES = ("x1", "x2", "x1^2", "x2^2", "x1x2", "sin(x1)", "sin(x2)")


class Problems:
    """Everything that counts as a failure, collected while the monkey runs."""

    def __init__(self):
        self.items = []

    def excepthook(self, t, e, tb):
        import traceback
        self.items.append("exception: " + "".join(traceback.format_exception(t, e, tb)))

    def qt_message(self, mode, context, message):
        if any(w in message for w in THREAD_WORDS):
            self.items.append(f"Qt warning about threads: {message}")


class ErrorLog(logging.Handler):
    """An error the frame guard or the worker logged (a view that could not draw, a failed command)."""

    def __init__(self, problems):
        super().__init__(logging.ERROR)
        self.problems = problems

    def emit(self, record):
        self.problems.items.append(f"logged by {record.name}: {record.getMessage()}\n{record.exc_text or ''}")


def _actions(w):
    """(name, function(rng)) of what a user can do; each returns at once, as a click does."""
    d, c = w.diagram, w.classroom
    lessons = []
    try:
        from nnviz.lessons.store import list_lessons
        lessons = [i.id for i in list_lessons()]
    except Exception:  # noqa: BLE001 - no lessons: the monkey does the rest
        pass

    def trigger(key):
        return lambda rng: w.actions[key].trigger() if key in w.actions else None

    def key(rng):
        QTest.keyClick(w, rng.choice(KEYS))

    def dataset(rng):
        name = rng.choice(sorted(w.data_panel.buttons))
        w.data_panel.choose(name)

    def neurons(rng):
        sizes, _acts = d._hidden()   # the layers the diagram shows: those a user can click +/- on
        if len(sizes) > 2:
            d._change_neurons(rng.randrange(len(sizes) - 2), rng.choice((-1, 1)))

    def layer(rng):
        (d._add_layer if rng.random() < 0.5 else d._remove_layer)()

    def feature(rng):
        d.featureToggled.emit(rng.choice(FEATURES))

    def speed(rng):
        w.set_speed(rng.choice((0, 0, 5, 50, 200, 2000)))

    def lr(rng):
        combo = w.train_panel.lr_combo
        combo.setCurrentIndex(rng.randrange(combo.count()))

    def lesson(rng):
        if lessons:
            w.open_lesson(rng.choice(lessons))

    def close_lesson(rng):
        c.close_lesson()

    def theme(rng):
        c.set_theme(rng.choice(("light", "dark")))

    def language(rng):
        c.set_language(rng.choice(("en", "ko")))

    def presenter(rng):
        if rng.random() < 0.5:
            c.set_presenting(False)
        else:
            c.set_presenter_scale(rng.choice((125, 150, 200)))

    def scrub(rng):
        snap = w.last_snapshot
        if snap is not None and snap.iteration:
            w.worker.scrub(rng.randrange(snap.iteration + 1))

    def point(rng):
        b = (w.last_snapshot or w.drawn_snapshot).bounds
        x, y = rng.uniform(b[0], b[1]), rng.uniform(b[2], b[3])
        w._point_clicked(x, y, rng.choice(("add", "add_other", "remove")))

    def weight(rng):
        w.worker.edit_weight(0, rng.randrange(2), rng.randrange(2), rng.uniform(-5, 5))

    def trace(rng):
        w.worker.trace_sample(rng.randrange(-1, 40))

    def select(rng):
        snap = w.drawn_snapshot
        if snap is not None:
            col = rng.randrange(len(snap.sizes))
            w.select_node(col, rng.randrange(snap.sizes[col]))

    def wait(rng):
        QTest.qWait(rng.randrange(1, 60))

    return [("play", trigger("play")), ("step", trigger("step")), ("step_epoch", trigger("step_epoch")),
            ("reset", trigger("reset")), ("step_stage", trigger("step_stage")), ("step_back", trigger("step_back")),
            ("autoplay", trigger("autoplay_stages")), ("key", key), ("dataset", dataset), ("neurons", neurons),
            ("layer", layer), ("feature", feature), ("speed", speed), ("lr", lr), ("lesson", lesson),
            ("close_lesson", close_lesson), ("theme", theme), ("language", language), ("presenter", presenter),
            ("scrub", scrub), ("point", point), ("weight", weight), ("trace", trace), ("select", select),
            ("wait", wait), ("wait", wait), ("wait", wait)]


def _synced(qtbot, w, token):
    """Every command sent so far done and its snapshot drawn: False when that did not happen in time."""
    got = []
    w.worker.synced.connect(lambda t, seq: got.append(seq) if t == token else None)
    w.worker.sync(token)
    try:
        qtbot.waitUntil(lambda: bool(got), timeout=HANG_MS)
        qtbot.waitUntil(lambda: w.frames.frame is None or w.frames.frames_done > 0, timeout=HANG_MS)
    except Exception:  # noqa: BLE001 - pytest-qt's TimeoutError
        return False
    return True


@pytest.mark.parametrize("seed", SEEDS)
def test_monkey(window, qtbot, seed, monkeypatch):
    rng = random.Random(seed)
    problems = Problems()
    monkeypatch.setattr(sys, "excepthook", problems.excepthook)
    previous = qInstallMessageHandler(problems.qt_message)
    handler = ErrorLog(problems)
    logging.getLogger("nnviz").addHandler(handler)
    # a refused command is fine (it says why); a failure of the app's own code is not
    refused = []
    window.worker.commandFailed.connect(refused.append)
    done, recent = 0, []
    try:
        actions = _actions(window)
        for i in range(ACTIONS):
            name, fn = rng.choice(actions)
            recent = (recent + [name])[-12:]
            fn(rng)
            done = i + 1
            if rng.random() < 0.3:
                QTest.qWait(1)   # let the event loop run, as between a user's clicks
            if done % SYNC_EVERY == 0 or done == ACTIONS:
                assert window.worker.is_running(), f"seed {seed}: the worker is dead after action {done}"
                assert _synced(qtbot, window, done), (f"seed {seed}: no snapshot {HANG_MS} ms after action {done} "
                                                      f"(a hang); last actions {recent}")
            if problems.items:
                break
        bugs = [t for t in refused if "Something went wrong" in t]
        problems.items.extend(f"worker failure: {t}" for t in bugs)
        assert not problems.items, (f"seed {seed}, after {done} actions (last: {recent}):\n"
                                    + "\n".join(problems.items[:5]))
        assert window.worker.is_running() and window.watchdog.check() == "ok"
    finally:
        logging.getLogger("nnviz").removeHandler(handler)
        qInstallMessageHandler(previous)
        window.classroom.set_presenting(False)
        window.classroom.set_language("en")
        print(f"monkey seed {seed}: {done} actions, {len(refused)} refused commands, {len(problems.items)} problems")
