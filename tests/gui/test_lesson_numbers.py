"""Every number a lesson's text quotes matches what is on screen at that step (issue 11.5).

The test walks every step of every lesson in the window and, after each, collects what the screen shows:
the numbers box, the inspector, the stage on the diagram (the events of the iteration shown stage by
stage), the loss plot's points and the runs table. Each computed number the step's note quotes (a decimal
with five or more significant digits, or scientific notation: the values, not the settings like 0.5 or
100 epochs) must be among them, to the precision it is quoted with.
"""
import math
import re

import numpy as np
import pytest

from nnviz.lessons import list_lessons

LESSON_IDS = [i.id for i in list_lessons()]
NUMBER = re.compile(r"(?<![\w.])[-−]?\d+\.\d+(?:e[-+]?\d+)?|(?<![\w.])\d+(?:\.\d+)?e[-+]\d+")


@pytest.fixture(autouse=True)
def _english():
    from nnviz import i18n
    i18n.set_language("en")
    yield


def quoted(text):
    """The computed numbers a text quotes, with the number of decimals each is quoted to."""
    out = []
    for m in NUMBER.finditer(text):
        s = m.group(0).replace("−", "-")
        mant = s.split("e")[0]
        digits = len(mant.replace("-", "").replace(".", "").lstrip("0"))
        if "e" in s or digits >= 5:
            out.append((float(s), s))
    return out


def screen_values(window):
    """Every number the window shows now (as floats)."""
    vals = []
    panel = window.classroom.lesson_panel
    texts = [panel.numbers_text(), panel.runs_label.text()]
    st = getattr(window, "stepthrough", None)
    if st is not None and hasattr(st, "inspector"):
        texts.extend(st.inspector.all_texts())
    for t in texts:
        for m in re.finditer(r"[-−]?\d+(?:\.\d+)?(?:e[-+]?\d+)?", t or ""):
            vals.append(float(m.group(0).replace("−", "-")))
    snap = window.drawn_snapshot
    if snap is not None:
        vals.extend(np.asarray(snap.loss_history, dtype=float).ravel().tolist())
        for rec in snap.epoch_history:
            vals.extend(v for v in (rec.get("train_loss"), rec.get("train_acc")) if v is not None)
        shown = snap.events[:snap.stage_index + 1] if snap.stage_index >= 0 else ()
        for ev in shown:
            for name in ("out", "grad", "value", "probs", "before", "after", "targets", "x"):
                v = getattr(ev, name, None)
                if v is not None:
                    try:
                        vals.extend(np.asarray(v, dtype=float).ravel().tolist())
                    except (TypeError, ValueError):
                        pass
        for W, b in snap.weights:
            vals.extend(np.asarray(W, dtype=float).ravel().tolist())
            if b is not None:
                vals.extend(np.asarray(b, dtype=float).ravel().tolist())
        for G in snap.grads:
            for g in (G if isinstance(G, tuple) else (G,)):
                if g is not None:
                    vals.extend(np.asarray(g, dtype=float).ravel().tolist())
    return np.asarray([v for v in vals if math.isfinite(v)], dtype=float)


def shown(value, text, pool):
    mant = text.split("e")[0]
    decimals = len(mant.split(".")[1]) if "." in mant else 0
    tol = 0.5 * 10 ** (-decimals) * (10 ** int(text.split("e")[1]) if "e" in text else 1) * 1.0001
    return bool(pool.size) and bool(np.any(np.abs(pool - value) <= tol))


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_every_number_a_step_quotes_is_on_screen(window, wait_snap, qtbot, settled, lesson_id):
    assert window.open_lesson(lesson_id)
    c = window.classroom.controller
    lesson = c.lesson
    sizes = tuple(lesson.session_spec["network"]["sizes"])
    wait_snap(window, lambda s: tuple(s.sizes) == sizes and s.iteration == 0)
    missing, answers, seen = [], [], [np.zeros(0)]
    while c.index < len(lesson.steps):
        c.next()
        if c.asking:
            c.next()
        qtbot.waitUntil(lambda: not c.busy, timeout=120_000)
        settled(window)
        step = lesson.steps[c.index - 1]
        pool = screen_values(window)
        seen.append(pool)
        for v, s in quoted(step.note["en"]):
            if not shown(v, s, pool):
                missing.append(f"step {c.index} ({step.action}): {s}")
        if step.predict:  # the answer explains ahead: its numbers are on screen by the end of the lesson
            answers += [(c.index, v, s) for v, s in quoted(step.predict["answer"]["en"])]
    everything = np.concatenate(seen)
    missing += [f"step {k} answer: {s}" for k, v, s in answers if not shown(v, s, everything)]
    assert not missing, "quoted but not on screen:\n" + "\n".join(missing)
