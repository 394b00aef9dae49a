"""A corpus of malformed lessons (issue 9.3): each is refused whole, with a message that names the file
and the field, quickly and without a RecursionError or a huge allocation. And the published schema
describes every shipped lesson. No Qt."""
import json
import time

import pytest

from core.errors import SpecError
from nnviz import lessons as L
from nnviz.lessons import validate as V


def base():
    return json.loads((L.LESSON_DIR / "forward_pass.json").read_text(encoding="utf-8"))


def setk(path, value):
    def f(d):
        o = d
        for k in path[:-1]:
            o = o[k]
        o[path[-1]] = value
    return f


def step(action, args=None, note=None):
    def f(d):
        d["steps"].insert(0, {"action": action, "args": args or {}, "note": note or {"en": "x", "ko": "가"}})
    return f


CORPUS = [
    ("count zero", setk(["steps", 0, "args"], {"count": 0}), "steps[0].args.count must be a whole number >= 1, not 0"),
    ("count text", setk(["steps", 0, "args"], {"count": "3"}), "steps[0].args.count must be a whole number >= 1, not '3'"),
    ("count huge", step("step_epoch", {"count": 10 ** 9}), "steps[0].args.count is 1000000000; at most 1000000"),
    ("speed negative", step("play", {"speed": -1}), "steps[0].args.speed must be a positive number of steps per second"),
    ("layer text", setk(["steps", 5, "args"], {"layer": "1", "node": 0}), "steps[5].args.layer must be a whole number >= 0"),
    ("node missing", setk(["steps", 5, "args"], {"layer": 1}), "steps[5].args: missing key 'node'"),
    ("set empty", step("set", {}), "steps[0].args: 'set' needs at least one of 'network', 'data', 'train'"),
    ("set weights", step("set", {"network": {"weights": []}}), "steps[0].args.network.weights: a step cannot set weights"),
    ("set train bad", step("set", {"train": {"optimizer": "adamw9"}}), "steps[0].args.train:"),
    ("too many weights", setk(["session", "network", "sizes"], [2] + [4000] * 4 + [2]), "at most"),
    ("title string", setk(["title"], "Forward"), "title must be an object of texts by language"),
    ("text empty", setk(["text"], {}), "text must be an object of texts by language"),
    ("language code", setk(["title"], {"English": "Forward"}), "title.English is not a language code"),
    ("id spaces", setk(["id"], "my lesson"), "id 'my lesson' must be 1-64 letters, digits"),
    ("order text", setk(["order"], "first"), "order must be a whole number, not a string"),
    ("predict half", setk(["steps", 0, "predict"], {"question": {"en": "?"}}), "steps[0].predict: missing key 'answer'"),
    ("step string", setk(["steps", 0], "step_stage"), "steps[0] must be an object, not a string"),
    ("steps object", setk(["steps"], {"0": {}}), "steps must be a list, not an object"),
    ("unknown step key", setk(["steps", 0, "wait"], 2), "steps[0].wait is not a step key"),
    ("points kind", setk(["points", "kind"], "clusters"), "points.kind 'clusters' is not one of classification"),
    ("points unknown key", setk(["points", "labels"], [0]), "points.labels is not a points key"),
    ("b strings", setk(["weights", 0, 1], ["0.1", "0.2", "0.3"]), "weights[0][1] (b of layer 1)"),
    ("weight overflow", setk(["weights", 0, 0, 0, 0], "__1e400__"), "weights[0][0] (W of layer 1) holds a number too large"),
    ("check no bound", setk(["expect", "checks"], [{"after_step": 0, "metric": "loss"}]),
     "expect.checks[0] needs 'min', 'max' or 'value'"),
    ("check metric", setk(["expect", "checks"], [{"after_step": 0, "metric": "speed", "max": 1}]),
     "expect.checks[0].metric 'speed' is not one of loss"),
    ("weights in spec", setk(["session", "network", "weights"], []), "session.network.weights: give fixed weights"),
    ("session section", setk(["session", "model"], {}), "session.model is not a session section"),
    ("version zero", setk(["version"], 0), "version must be a whole number >= 1, not 0"),
    ("no format", lambda d: d.pop("format"), "missing key 'format'"),
    ("controls string", setk(["hidden_controls"], "optimizer"), "hidden_controls must be a list, not a string"),
    ("sizes zero", setk(["session", "network", "sizes"], [2, 0, 2]), "session.network"),
    ("sizes huge", setk(["session", "network", "sizes"], [2, 100000000, 2]),
     "session.network.sizes[1] is 100000000: a layer may have at most"),
    ("deep layers", setk(["session", "network", "sizes"], [2] + [3] * 200 + [2]),
     "session.network.sizes has 202 layers; at most 18"),
]


def _write(tmp_path, d, name="bad.json"):
    p = tmp_path / name
    p.write_text(json.dumps(d, ensure_ascii=False).replace('"__1e400__"', "1e400"), encoding="utf-8")
    return p


def test_the_corpus_is_large_and_every_case_distinct():
    assert len(CORPUS) >= 20
    assert len({c[0] for c in CORPUS}) == len(CORPUS)


@pytest.mark.parametrize("what,mutate,message", CORPUS, ids=[c[0] for c in CORPUS])
def test_malformed_lesson_is_refused_with_its_message(tmp_path, what, mutate, message):
    d = base()
    mutate(d)
    p = _write(tmp_path, d)
    t0 = time.perf_counter()
    with pytest.raises(SpecError) as e:
        L.load_lesson(p)
    assert time.perf_counter() - t0 < 20  # a refusal, not a build of a huge network (generous: noisy machine)
    msg = str(e.value)
    assert msg.startswith("lesson bad.json: "), msg
    assert message in msg, msg


def test_a_lesson_nested_100000_levels_deep_is_a_clear_refusal(tmp_path):
    p = tmp_path / "deep.json"
    p.write_text('{"format": "nnviz-lesson", "version": 1, "id": "deep", "title": {"en": "t"}, "x": '
                 + "[" * 100000 + "]" * 100000 + "}", encoding="utf-8")
    with pytest.raises(SpecError, match=r"^lesson deep\.json: nested more than 32 levels deep"):
        L.load_lesson(p)
    with pytest.raises(SpecError, match="nested more than"):
        L.list_lessons(tmp_path, strict=True)


def test_brackets_inside_strings_do_not_count_as_nesting():
    assert V.json_depth('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\\"[[["}') == 1
    assert V.json_depth("[[[]]]") == 3


def test_a_file_over_the_size_bound_is_refused_before_it_is_read(tmp_path, monkeypatch):
    p = _write(tmp_path, base())
    monkeypatch.setattr(V, "MAX_BYTES", 1000)
    with pytest.raises(SpecError, match=r"^lesson bad\.json: the file is .* a lesson file may be at most"):
        L.load_lesson(p)


def test_the_published_schema_is_valid_and_describes_every_shipped_lesson():
    import jsonschema
    schema = json.loads((L.LESSON_DIR.parent / "schema" / "lesson.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema)
    for info in L.list_lessons(strict=True):
        d = json.loads(info.path.read_text(encoding="utf-8"))
        errors = [e.message for e in v.iter_errors(d)]
        assert not errors, (info.id, errors[:3])
    # and it is the one the loader uses
    assert L.schema() == schema


def test_the_schema_refuses_what_the_loader_refuses(tmp_path):
    """An editor using the schema alone sees the structural mistakes too."""
    import jsonschema
    v = jsonschema.Draft202012Validator(L.schema())
    for what, mutate, _ in CORPUS[:20]:
        d = base()
        mutate(d)
        if what in ("set train bad", "set weights", "weight overflow", "too many weights"):
            continue  # the engine's rules and float range: the loader's third layer
        assert list(v.iter_errors(d)), what


def test_the_schema_states_the_engines_size_limits():
    from core import spec
    sizes = L.schema()["$defs"]["network"]["properties"]["sizes"]
    assert sizes["items"]["maximum"] == spec.MAX_WIDTH
    assert sizes["maxItems"] == spec.MAX_HIDDEN + 2
    assert f"{spec.MAX_PARAMS:,}" in sizes["description"]
