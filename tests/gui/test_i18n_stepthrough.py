"""The step-through inspector, the stage overlay, the graph view and the red error panel in Korean: the
prose of ``nnviz.stepthrough.text`` and of the worker's / breakpoints' error texts is translated at display
time; only formula symbols, layer class names and numbers stay as they are."""
import re

import pytest
from test_i18n import ALLOWED, HANGUL, WORD, korean_window, settle  # noqa: F401 - fixtures

from nnviz import i18n
from nnviz.demo import DemoRunner

# symbols of the formulas (core's layer / loss / optimizer formulas included), not English words
FORMULA = {"dw", "dl", "ds", "lr_t", "log", "exp", "sum", "sum_n", "sum_k", "sum_j", "y_nk", "t_nk", "a_k", "z_k", "z_j",
           "if", "else", "max", "max_grad", "momentum", "adam", "sgd", "nan", "inf"}
# ("Softmax-with-Loss", "MSE-Loss" are the seed's names of the loss layers; "loss" alone must be translated)
LAYER_LABEL = re.compile(r"(Softmax|Sigmoid)-with-Loss|MSE-Loss")
PHRASES = ("from the loss", "the scores", "target t", "for sample", "samples of the batch", "summed over",
           "Forward", "Backward", "Update", "Iteration", "stage", "through layer", "output y", "probabilities",
           "regularisation", "more incoming", "before", "after", "not reached", "learning rate", "Bad numbers",
           "loss =", "loss:", "(unit", "(input", "largest")


@pytest.fixture(autouse=True)
def _back_to_english():
    i18n.set_language("en")
    yield
    i18n.set_language("en")


def english_lines(texts):
    """Lines with an English word outside the formulas' symbols and the layer names."""
    bad = []
    for t in texts:
        for line in str(t).splitlines():
            plain = LAYER_LABEL.sub(" ", line)
            words = [w for w in WORD.findall(plain)
                     if w.lower() not in ALLOWED | FORMULA and not re.fullmatch(r"[xWbazhyt]\d*", w)]
            if words:
                bad.append((line, words))
    return bad


def test_korean_step_through_shows_korean_prose(korean_window):  # noqa: F811 - the fixture imported above
    w = korean_window
    runner = DemoRunner(w, timeout_s=30)
    runner.settle()
    insp, ov, graph = w.stepthrough.inspector, w.stepthrough.overlay, w.stepthrough.graph
    stages, texts = set(), []
    for k in range(12):                       # forward x3, loss, backward x4, update x4 of the 2-10-3 spiral
        w.actions["step_stage"].trigger()
        snap = runner.settle()
        assert snap.stage_index == k
        stages.add(snap.events[k].stage)
        for node in ((1, 0), (2, 1)):         # a hidden neuron, then an output neuron (the loss, dL/dz from it)
            w.select_node(*node)
            shown = insp.all_texts() + list(ov.label_texts()) + list(graph.texts())
            texts.append(shown)
            assert HANGUL.search(insp.header.text()), insp.header.text()
            bad = english_lines(shown)
            assert not bad, f"stage {k}: untranslated {bad[:5]}"
            joined = "\n".join(map(str, shown))
            left = [p for p in PHRASES if p in LAYER_LABEL.sub(" ", joined)]
            assert not left, f"stage {k}: untranslated {left}"
    assert stages == {"forward", "loss", "backward", "update"}
    joined = "\n".join("\n".join(map(str, t)) for t in texts)
    for ko in ("순전파", "역전파", "갱신", "손실", "표본", "배치", "정답 t", "층"):
        assert ko in joined, ko
    # the formulas are the same in every language (the seeds' notation: a = x·W + b, z = h(a))
    for formula in ("a₁⁽¹⁾ = w₁₁⁽¹⁾·x₁", "z₁⁽¹⁾ = sigmoid(a₁⁽¹⁾)", "dL/da₁⁽¹⁾ = dL/dz₁⁽¹⁾ × h′(a₁⁽¹⁾)",
                    "w ← w − lr × dL/dw"):
        assert formula in joined, formula


def test_korean_nan_error_panel(korean_window, wait_snap):  # noqa: F811
    w = korean_window
    w.train_panel.output_combo.setCurrentIndex(3)  # identity + MSE: lr 10 overflows
    w.train_panel.output_combo.activated.emit(3)
    wait_snap(w, lambda s: s.activations[-1] == "identity")
    w.train_panel.set_lr(10)
    wait_snap(w, lambda s: s.spec["train"]["lr"] == 10)
    w.set_speed(0)
    w.play()
    s = wait_snap(w, lambda s: bool(s.error), timeout=30_000)
    assert "learning rate" in s.error                       # the worker keeps English...
    wait_snap(w, lambda s: w.error_panel.isVisible())
    text = w.error_label.text()                             # ...the panel shows Korean
    from nnviz.model.messages import layer_names
    from nnviz.stepthrough.stage import layer_number  # "layer k" = the diagram's column k
    k = layer_number(layer_names(w.worker.session.network), s.error_info["layer"])
    assert HANGUL.search(text) and f"층 {k}" in text and "학습률" in text, text
    left = [p for p in ("Bad numbers", "learning rate", "Iteration", "stage", "became", "Try:", "Reset") if p in text]
    assert not left, f"untranslated {left}: {text}"
    assert not english_lines([text]), english_lines([text])
