"""Korean complete (issue 11.7): every step of every lesson rendered in Korean shows no English word in the
lesson panel, the training settings' choices, the data summary or the status bar, outside an allow-list of symbols, formulas and names the Korean seed notes
themselves keep in Latin letters (SGD, ReLU, softmax, Xavier, ...); one word for spiral."""
import re

import pytest

from nnviz import i18n
from nnviz.lessons import list_lessons

LESSON_IDS = [i.id for i in list_lessons()]
WORD = re.compile(r"[A-Za-z][A-Za-z_]+")
# names, not words: what the Korean seeds write in Latin letters too
NAMES = {
    # activation, loss and layer names, optimizers and initialisers (the engine's identifiers)
    "sigmoid", "softmax", "tanh", "relu", "leakyrelu", "leaky_relu", "elu", "identity", "affine", "matmul",
    "sgd", "momentum", "adam", "adagrad", "xavier", "he", "mse", "bce", "ce",
    "and", "or", "nand", "xor", "twolayernet", "nnviz", "playground", "reset",
    # maths: functions, constants and number formats
    "exp", "log", "ln", "max", "min", "sin", "cos", "nan", "inf", "float", "np",
}
# a gloss: the English term in parentheses right after the Korean one, 은닉층(hidden layer), as the seeds do
GLOSS = re.compile(r"(?<=[\uac00-\ud7a3])\([^()]*\)")


def formula(word):
    """Symbols of the lesson formulas: x, W1, b2, a3, z1, h, y, t, o, E, w5, dE, ..."""
    return bool(re.fullmatch(r"[xWbazhyotEwNvLCcnik]\d*|[a-zA-Z]\d+|[a-zA-Z]_[a-z0-9]+|d[EWLxyz]|dx|dW", word))


def english_words(text):
    plain = re.sub(r"<[^>]+>", " ", text or "")
    plain = re.sub(r"&\w+;", " ", plain)
    plain = GLOSS.sub(" ", plain)
    return [w for w in WORD.findall(plain) if w.lower() not in NAMES and not formula(w)]


def panel_texts(window):
    p = window.classroom.lesson_panel
    out = {"title": p.title_label.text(), "progress": p.progress_label.text(), "text": p.text_view.toPlainText(),
           "step title": p.step_title.text(), "note": p.note_label.text(), "numbers": p.numbers_text(),
           "runs": p.runs_label.text(), "status": window.statusBar().currentMessage(),
           "next": p.next_button.text(), "previous": p.prev_button.text(), "restart": p.restart_button.text(),
           "numbers title": p.numbers_title.text(), "runs title": p.runs_title.text()}
    # the panels and the status bar beside the lesson: the combos' choices, the data summary, the readouts
    # ("book" and "spiral: ..." were left in English there)
    tp, dp = window.train_panel, window.data_panel
    for name in ("opt_combo", "act_combo", "init_combo", "reg_combo", "problem_combo", "output_combo", "dtype_combo"):
        combo = getattr(tp, name)
        if combo.isVisibleTo(window):
            out[name] = combo.currentText()
    out["data summary"] = dp.info_label.text()
    for k, lab in window.status_labels.items():
        out[f"status {k}"] = lab.text()
    if p.predict_box.isVisibleTo(p):
        out.update(question=p.question_label.text(), answer=p.answer_label.text() if p.answer_label.isVisibleTo(p)
                   else "", reveal=p.reveal_button.text())
    return out


@pytest.fixture
def korean(qtbot):
    i18n.set_language("ko")
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("lesson_id", LESSON_IDS)
def test_every_lesson_step_in_korean_has_no_english_left(korean, window, wait_snap, qtbot, settled, lesson_id):
    assert window.open_lesson(lesson_id)
    c = window.classroom.controller
    sizes = tuple(c.lesson.session_spec["network"]["sizes"])
    wait_snap(window, lambda s: tuple(s.sizes) == sizes and s.iteration == 0)
    bad = []

    def look(where):
        for k, t in panel_texts(window).items():
            words = english_words(t)
            if words:
                bad.append(f"{where} {k}: {sorted(set(words))} in {t[:80]!r}")
    look("opened")
    while c.index < len(c.lesson.steps):
        c.next()
        if c.asking:
            look(f"step {c.index + 1} question")
            c.next()
        qtbot.waitUntil(lambda: not c.busy, timeout=120_000)
        settled(window)
        look(f"step {c.index}")
    assert not bad, "\n".join(dict.fromkeys(bad))


def test_one_korean_word_for_spiral():
    texts = []
    for info in list_lessons():
        texts.append(info.path.read_text(encoding="utf-8"))
    from pathlib import Path
    texts.append((Path(__file__).resolve().parents[2] / "scripts" / "translations_ko.py").read_text(encoding="utf-8"))
    assert not any("스파이럴" in t for t in texts), "spiral is 나선 everywhere"
    assert any("나선" in t for t in texts)
