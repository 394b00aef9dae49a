"""The classroom lessons (assets/lessons/*.json) and their loader, nnviz/lessons/. No Qt."""
import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import core
from core.datasets import with_point
from core.errors import SpecError
from core.layers import naive_softmax, softmax
from nnviz import lessons as L

HANGUL = re.compile(r"[\uac00-\ud7a3]")
REQUIRED = ["forward_pass", "softmax_overflow", "backprop_by_hand", "gates", "spiral", "activations",
            "init_and_optimizers"]
INFOS = L.list_lessons(strict=True)
IDS = [i.id for i in INFOS]


def lesson_json(lesson_id):
    return json.loads((L.LESSON_DIR / f"{lesson_id}.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- every lesson

def test_the_seven_lessons_ship_in_order():
    assert L.LESSON_DIR.is_dir() and L.LESSON_DIR == Path(L.__file__).resolve().parents[2] / "assets" / "lessons"
    assert [i for i in IDS if i in REQUIRED] == REQUIRED
    orders = [i.order for i in INFOS]
    assert orders == sorted(orders) and len(set(orders)) == len(orders)
    for info in INFOS:
        assert info.path.stem == info.id


def _check_texts(d, where):
    assert set(d) >= {"en", "ko"}, f"{where} lacks en or ko"
    assert d["en"].strip() and not HANGUL.search(d["en"]), f"{where}.en"
    assert HANGUL.search(d["ko"]), f"{where}.ko has no Hangul"


@pytest.mark.parametrize("lesson_id", IDS)
def test_lesson_loads_is_bilingual_and_runs_a_few_steps(lesson_id):
    lesson = L.load_lesson(lesson_id)
    assert lesson.id == lesson_id and lesson.version == L.VERSION
    _check_texts(lesson.title, "title")
    _check_texts(lesson.text, "text")
    assert len(lesson.text["en"]) > 300 and len(lesson.text["ko"]) > 150
    assert lesson.steps, "a lesson without steps"
    for i, step in enumerate(lesson.steps):
        assert step.action in L.ACTIONS
        _check_texts(step.note, f"steps[{i}].note")
        if step.predict is not None:
            _check_texts(step.predict["question"], f"steps[{i}].predict.question")
            _check_texts(step.predict["answer"], f"steps[{i}].predict.answer")
    assert isinstance(lesson.expect.get("description"), str) and lesson.expect["description"]
    s = lesson.build_session()
    assert isinstance(s, core.Session) and s.iteration == 0
    runner = L.LessonRunner(lesson)
    for i in range(min(3, len(lesson.steps))):
        runner.next()
        for c, v, ok in runner.check(i):
            assert ok, (c, v)


@pytest.mark.parametrize("lesson_id", IDS)
def test_lesson_expectations_hold_when_its_steps_run(lesson_id):
    lesson = L.load_lesson(lesson_id)
    results = []
    L.LessonRunner(lesson).run_all(on_step=lambda i, r: results.extend(r.check(i)))
    assert len(results) == len(lesson.expect.get("checks", []))
    failed = [(c, v) for c, v, ok in results if not ok]
    assert not failed


def test_text_for_falls_back_to_english():
    lesson = L.load_lesson("forward_pass")
    assert L.text_for(lesson, "ko") == lesson.text["ko"]
    assert L.text_for(lesson, "ko_KR") == lesson.text["ko"]
    assert L.text_for(lesson, "fr") == lesson.text["en"]
    assert L.text_for(lesson, None) == lesson.text["en"]
    assert L.title_for(lesson, "ko") == lesson.title["ko"]
    assert L.localized({"ko": "역전파"}, "en") == "역전파"  # nothing in English: whatever there is


def test_lessons_module_does_not_import_qt():
    code = ("import sys, nnviz.lessons as l; l.load_lesson('forward_pass'); "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken'))]; "
            "assert not bad, bad")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       cwd=Path(L.__file__).resolve().parents[2])
    assert r.returncode == 0, r.stderr


def test_load_by_path_and_unknown_id():
    a = L.load_lesson(L.LESSON_DIR / "spiral.json")
    b = L.load_lesson(str(L.LESSON_DIR / "spiral.json"))
    assert a.id == b.id == "spiral" and a.path == L.LESSON_DIR / "spiral.json"
    with pytest.raises(SpecError, match="no lesson 'no_such_lesson'.*available: forward_pass"):
        L.load_lesson("no_such_lesson")


# ---------------------------------------------------------------- the seed numbers

def test_forward_pass_lesson_reproduces_seed_000():
    lesson = L.load_lesson("forward_pass")
    s = lesson.build_session()
    x = np.asarray(lesson.dataset.x)
    np.testing.assert_array_equal(x, [[1.0, 0.5]])
    y = core.to_numpy(s.network.predict(x))
    np.testing.assert_allclose(y, [[0.31682708, 0.69627909]], atol=1e-8, rtol=0)
    np.testing.assert_allclose(y[0], lesson.expect["output"], atol=1e-8, rtol=0)
    # the stage-by-stage view shows the same numbers: the fifth forward stage is y
    events = L.LessonRunner(lesson)
    outs = [events.run(st)[0].out for st in lesson.steps if st.action == "step_stage"]
    assert len(outs) == 5
    np.testing.assert_allclose(outs[0], [[0.3, 0.7, 1.1]], atol=1e-12)
    np.testing.assert_allclose(outs[-1], [[0.31682708, 0.69627909]], atol=1e-8, rtol=0)
    # fixed weights as in the seed (x @ W), biases included
    (W1, b1), (W2, b2), (W3, b3) = s.network.get_weights()
    np.testing.assert_array_equal(W1, [[0.1, 0.3, 0.5], [0.2, 0.4, 0.6]])
    np.testing.assert_array_equal(b3, [0.1, 0.2])


def test_softmax_lesson_scores_overflow_naively_and_not_stably():
    lesson = L.load_lesson("softmax_overflow")
    s = lesson.build_session()
    scores = core.to_numpy(s.network.predict(np.array([[1.0]])))
    np.testing.assert_array_equal(scores, [[1010.0, 1000.0, 990.0]])
    ref = [9.99954600e-01, 4.53978686e-05, 2.06106005e-09]
    probs = core.to_numpy(s.network.output(np.array([[1.0]])))
    np.testing.assert_allclose(probs[0], ref, atol=1e-8, rtol=1e-8)
    np.testing.assert_allclose(softmax(scores)[0], ref, atol=1e-8, rtol=1e-8)
    np.testing.assert_allclose(probs[0], lesson.expect["stable_softmax"], rtol=1e-8)
    with np.errstate(over="ignore", invalid="ignore"):
        naive = naive_softmax(scores)
    assert np.all(np.isnan(naive))
    assert lesson.expect["naive_softmax"] == ["nan"] * 3
    # the loss stage shows the stable probabilities and a finite loss
    events = [e for e in s.micro_steps()]
    loss = next(e for e in events if e.stage == "loss")
    np.testing.assert_allclose(loss.probs[0], ref, atol=1e-8, rtol=1e-8)
    assert np.isfinite(loss.value) and loss.value == pytest.approx(4.5400960e-05, rel=1e-6)


SEED004 = {"h": [0.51998934, 0.52747230], "o": [0.60944600, 0.66384491], "errors": [0.02193381, 0.00203809],
           "E": 0.02397190, "w1": [[0.29959556, 0.24919112], [0.39964496, 0.34928991]],
           "w2": [[0.43703857, 0.38685205], [0.69629578, 0.59624247]], "o_after": [0.60617688, 0.66295848],
           "E_after": 0.02323634}


def test_backprop_lesson_one_micro_iteration_is_seed_004():
    lesson = L.load_lesson("backprop_by_hand")
    for k in ("h", "o", "errors", "E", "o_after", "E_after"):
        assert lesson.expect[k] == SEED004[k]
    assert lesson.expect["w1_after"] == SEED004["w1"] and lesson.expect["w2_after"] == SEED004["w2"]
    s = lesson.build_session()
    # the seed's (out, in) matrices, transposed into x @ W
    (W1, b1), (W2, b2) = s.network.get_weights()
    assert b1 is None and b2 is None
    np.testing.assert_array_equal(W1.T, [[0.3, 0.25], [0.4, 0.35]])
    np.testing.assert_array_equal(W2.T, [[0.45, 0.4], [0.7, 0.6]])
    events = list(s.micro_steps())
    fwd = [e for e in events if e.stage == "forward"]
    assert [e.name for e in fwd] == ["MatMul", "Sigmoid", "MatMul", "Sigmoid"]
    np.testing.assert_allclose(fwd[1].out, [SEED004["h"]], atol=1e-8, rtol=0)
    np.testing.assert_allclose(fwd[3].out, [SEED004["o"]], atol=1e-8, rtol=0)
    loss = next(e for e in events if e.stage == "loss")
    np.testing.assert_array_equal(loss.targets, [[0.4, 0.6]])
    np.testing.assert_allclose(0.5 * (loss.targets - fwd[3].out) ** 2, [SEED004["errors"]], atol=1e-8, rtol=0)
    assert loss.value == pytest.approx(SEED004["E"], abs=1e-8)
    upd = [e for e in events if e.stage == "update"]
    assert len(upd) == 2 and len(events) == 12
    np.testing.assert_allclose(upd[0].after.T, SEED004["w1"], atol=1e-8, rtol=0)
    np.testing.assert_allclose(upd[1].after.T, SEED004["w2"], atol=1e-8, rtol=0)
    assert s.iteration == 1
    np.testing.assert_allclose(core.to_numpy(s.network.output(np.array([[0.1, 0.2]]))), [SEED004["o_after"]],
                               atol=1e-8, rtol=0)
    assert s.evaluate()[0] == pytest.approx(SEED004["E_after"], abs=1e-8)


def test_backprop_lesson_asks_to_predict_before_the_first_backward_stage():
    lesson = L.load_lesson("backprop_by_hand")
    runner = L.LessonRunner(lesson)
    first_backward = None
    for i, step in enumerate(lesson.steps):
        events = runner.run(step)
        if first_backward is None and any(e.stage == "backward" for e in events):
            first_backward = i
    assert first_backward is not None
    assert lesson.steps[first_backward].predict is not None
    assert all(st.predict is None for st in lesson.steps[:first_backward])
    stages = [st for st in lesson.steps if st.action == "step_stage"]
    assert len(stages) == 12  # the whole iteration, stage by stage


def test_spiral_lesson_is_the_book_run():
    lesson = L.load_lesson("spiral")
    s = lesson.build_session()
    x, t = core.datasets.spiral()
    assert lesson.dataset is None  # from the generator, not stored points
    np.testing.assert_array_equal(s.dataset.x, x)
    np.testing.assert_array_equal(s.dataset.y, t.argmax(axis=1))
    net, train = s.spec["network"], s.spec["train"]
    assert net["sizes"] == [2, 10, 3] and net["activation"] == "sigmoid" and net["init"] == "book"
    assert net["output"] == "softmax" and net["loss"] == "cross_entropy"
    assert train["optimizer"] == "sgd" and train["lr"] == 1.0 and train["batch_size"] == 30
    assert s.n_train == 300 and s.iters_per_epoch == 10
    epochs = sum(st.args.get("epochs", 0) for st in lesson.steps if st.action == "play")
    epochs += sum(1 for st in lesson.steps if st.action == "step_epoch")
    assert epochs == 300


def test_gates_lesson_sets_every_gate():
    lesson = L.load_lesson("gates")
    assert lesson.session_spec["data"]["name"] == "gate_xor"
    names = [st.args["data"]["name"] for st in lesson.steps if st.action == "set" and "data" in st.args]
    assert names == ["gate_and", "gate_or", "gate_nand", "gate_xor"]


def test_reset_restores_the_lessons_fixed_weights():
    lesson = L.load_lesson("backprop_by_hand")
    runner = L.LessonRunner(lesson)
    runner.run(L.Step("step_batch"))
    runner.run(L.Step("step_batch"))
    assert runner.session.iteration == 2
    runner.run(L.Step("reset"))
    (W1, _), (W2, _) = runner.session.network.get_weights()
    np.testing.assert_array_equal(W1, lesson.weights[0][0])
    np.testing.assert_array_equal(W2, lesson.weights[1][0])
    np.testing.assert_array_equal(runner.session.t_train, [[0.4, 0.6]])  # the explicit targets too
    assert runner.session.step() == pytest.approx(SEED004["E"], abs=1e-8)


# ---------------------------------------------------------------- malformed lessons

def _mutations():
    def drop(key):
        def f(d):
            del d[key]
        return f

    def setk(path, value):
        def f(d):
            o = d
            for k in path[:-1]:
                o = o[k]
            o[path[-1]] = value
        return f

    return [
        ("missing session", drop("session"), "missing key 'session'"),
        ("missing steps", drop("steps"), "missing key 'steps'"),
        ("bad action", setk(["steps", 2, "action"], "jump"), "steps[2].action 'jump' is not one of"),
        ("W shape", setk(["weights", 0, 0], [[0.1, 0.3], [0.2, 0.4]]), "weights[0][0] (W of layer 1) has shape (2, 2)"),
        ("b shape", setk(["weights", 1, 1], [0.1, 0.2, 0.3]), "weights[1][1] (b of layer 2) has shape (3,)"),
        ("b missing", setk(["weights", 2, 1], None), "weights[2][1] (b of layer 3) is null"),
        ("too few layers", lambda d: d["weights"].pop(), "weights has 2 layer(s)"),
        ("string weight", setk(["weights", 0, 0, 1, 2], "0.6"), "weights[0][0] (W of layer 1) holds a string"),
        ("unknown key", setk(["wieghts"], []), "unknown key 'wieghts'"),
        ("wrong format", setk(["format"], "nnviz-session"), "format 'nnviz-session'"),
        ("newer version", setk(["version"], 99), "version 99 was written by a newer nnviz"),
        ("missing note", lambda d: d["steps"][1].pop("note"), "steps[1]: missing key 'note'"),
        ("unknown arg", setk(["steps", 0, "args"], {"speed": 2}), "steps[0].args.speed is not an argument"),
        ("node outside", setk(["steps", 5, "args"], {"layer": 3, "node": 7}), "steps[5].args.node 7"),
        ("bad set", lambda d: d["steps"].append({"action": "set", "args": {"network": {"activaton": "relu"}},
                                                  "note": {"en": "x"}}), "steps[6].args.network: unknown network"),
        ("bad spec", setk(["session", "network", "output"], "relu"), "session.network: unknown output 'relu'"),
        ("bad control", setk(["hidden_controls"], ["optimiser"]), "hidden_controls[0] 'optimiser'"),
        ("no title", setk(["title"], {"en": ""}), "title.en must be a non-empty string"),
        ("points width", lambda d: d["points"].update(x=[[1.0, 0.5, 2.0]], feature_names=["a", "b", "c"]),
         "points.x gives 3 input(s) per point but session.network.sizes[0] is 2"),
        ("points names", setk(["points", "x"], [[1.0, 0.5, 2.0]]), "points: 2 feature names for 3 input columns"),
        ("points label", setk(["points", "y"], [5]), "points: class indices must lie in 0..1"),
        ("points ragged", setk(["points", "x"], [[1.0, 0.5], [1.0]]), "points.x is ragged"),
        ("bad check", setk(["expect", "checks"], [{"after_step": 99, "metric": "loss", "max": 1}]),
         "expect.checks[0].after_step"),
        ("generator and points", setk(["session", "data", "name"], "spiral"), "session.data.name 'spiral'"),
    ]


@pytest.mark.parametrize("what,mutate,message", _mutations(), ids=[m[0] for m in _mutations()])
def test_malformed_lesson_is_refused_naming_file_and_key(tmp_path, what, mutate, message):
    d = lesson_json("forward_pass")
    L.load_lesson(_write(tmp_path, "bad.json", d))  # the unmutated copy loads
    mutate(d)
    path = _write(tmp_path, "bad.json", d)
    with pytest.raises(SpecError) as e:
        L.load_lesson(path)
    msg = str(e.value)
    assert msg.startswith("lesson bad.json: "), msg
    assert message in msg, msg


def _write(folder, name, d):
    p = folder / name
    p.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return p


@pytest.mark.parametrize("content,message", [
    (b"{\"format\": \"nnviz-lesson\", \"version\": 1,", "not valid JSON"),
    (b"", "not valid JSON"),
    (b"\xff\xfe garbage", "not UTF-8"),
    (b"[1, 2, 3]", "one JSON object"),
    (b"{\"format\": \"nnviz-lesson\", \"version\": 1, \"id\": \"x\", \"title\": {\"en\": \"t\"}, \"w\": NaN}",
     "not valid JSON"),
])
def test_not_a_lesson_file_is_refused(tmp_path, content, message):
    p = tmp_path / "broken.json"
    p.write_bytes(content)
    with pytest.raises(SpecError, match=r"^lesson broken\.json: .*" + re.escape(message)):
        L.load_lesson(p)


def test_missing_file_and_targets_shape(tmp_path):
    with pytest.raises(SpecError, match=r"^lesson gone\.json: .*does not exist"):
        L.load_lesson(tmp_path / "gone.json")
    d = lesson_json("backprop_by_hand")
    d["points"]["targets"] = [[0.4, 0.6, 0.1]]
    with pytest.raises(SpecError, match=r"^lesson t\.json: points\.targets has shape \(1, 3\)"):
        L.load_lesson(_write(tmp_path, "t.json", d))


def test_list_lessons_skips_or_refuses_a_broken_file(tmp_path):
    _write(tmp_path, "a.json", lesson_json("spiral"))
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    with pytest.warns(UserWarning, match="lesson b.json"):
        infos = L.list_lessons(tmp_path)
    assert [i.id for i in infos] == ["spiral"]
    with pytest.raises(SpecError, match="lesson b.json"):
        L.list_lessons(tmp_path, strict=True)


# ---------------------------------------------------------------- saving

def _spec_without(spec):
    spec = copy.deepcopy(spec)
    spec["network"].pop("weights", None)
    spec["network"].pop("backend", None)
    return spec


@pytest.mark.parametrize("lesson_id,steps", [("forward_pass", 3), ("backprop_by_hand", 2), ("spiral", 25),
                                              ("gates", 7), ("softmax_overflow", 1)])
def test_save_then_load_gives_identical_weights_and_spec(tmp_path, lesson_id, steps):
    s = L.load_lesson(lesson_id).build_session()
    for _ in range(steps):
        s.step()  # weights with full-precision digits, not the file's short ones
    path = L.save_lesson(tmp_path / "saved.json", s, {"en": "Saved", "ko": "저장한 수업"},
                         {"en": "From the app.", "ko": "앱에서 저장했습니다."}, ["optimizer"],
                         steps=[L.Step("play", {"epochs": 2}, {"en": "Go", "ko": "학습"})])
    back = L.load_lesson(path)
    assert back.id == "saved" and back.hidden_controls == ["optimizer"] and back.title["ko"] == "저장한 수업"
    for (W, b), (W2, b2) in zip(s.network.get_weights(), back.weights):
        assert np.array_equal(W, W2) and W2.dtype == np.float64
        assert (b is None and b2 is None) or np.array_equal(b, b2)
    assert _spec_without(back.session_spec) == _spec_without(s.spec)
    s2 = back.build_session()
    assert _spec_without(s2.spec) == _spec_without(s.spec)
    np.testing.assert_array_equal(s2.dataset.x, s.dataset.x)
    np.testing.assert_array_equal(s2.dataset.y, s.dataset.y)
    np.testing.assert_array_equal(core.to_numpy(s2.t_train), core.to_numpy(s.t_train))
    for p, q in zip(s.network.params, s2.network.params):
        assert np.array_equal(core.to_numpy(p), core.to_numpy(q))
    # generator data stay a generator; explicit points stay points
    assert (back.dataset is None) == (lesson_id in ("spiral", "gates"))
    # the same start trains the same way
    assert s2.step() == pytest.approx(L.load_lesson(path).build_session().step(), abs=0)


def test_save_keeps_edited_points_and_a_korean_only_title(tmp_path):
    s = L.load_lesson("spiral").build_session()
    s.set_dataset(with_point(s.dataset, (0.5, 0.5), 2))
    path = L.save_lesson(tmp_path / "edited.json", s, "나선형", "점 하나를 더했습니다.", lang="ko")
    back = L.load_lesson(path)
    assert back.dataset is not None and len(back.dataset) == 301
    np.testing.assert_array_equal(back.dataset.x, s.dataset.x)
    assert back.session_spec["data"]["name"] == "custom"
    assert L.text_for(back, "en") == "점 하나를 더했습니다."  # no English: the only text there is
    raw = path.read_text(encoding="utf-8")
    assert "나선형" in raw  # UTF-8, not \u escapes


def test_save_refuses_nonfinite_weights_and_keeps_the_old_file(tmp_path):
    s = L.load_lesson("forward_pass").build_session()
    path = L.save_lesson(tmp_path / "x.json", s, "x", "y")
    before = path.read_bytes()
    s.network.set_weight(0, 0, 0, 1.0)
    s.network.params[0][0, 0] = np.inf
    with pytest.raises(SpecError, match="x.json.*NaN or infinity"):
        L.save_lesson(path, s, "x", "y")
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]  # no temp file left behind
