"""``nnviz demo SCRIPT.json --shots DIR``: scripted actions on the real window, screenshots after each shot."""
import json

import numpy as np
import pytest
from PySide6.QtGui import QImage

from nnviz import cli
from nnviz.demo import DemoError, DemoRunner, parse_script


def pixels(path):
    img = QImage(str(path)).convertToFormat(QImage.Format.Format_RGBA8888)
    assert not img.isNull(), f"{path} is not a PNG"
    ptr = img.constBits()
    a = np.frombuffer(ptr, np.uint8, img.sizeInBytes()).reshape(img.height(), img.bytesPerLine())
    return a[:, :img.width() * 4].reshape(img.height(), img.width(), 4).copy()  # a copy: the image's memory goes


def test_a_script_makes_screenshots_that_differ_where_the_state_differs(window, tmp_path):
    actions = parse_script([
        {"action": "load_lesson", "id": "backprop_by_hand"},
        {"action": "select_node", "column": 1, "unit": 0},
        {"action": "step_stage", "count": 2, "shot": "hidden"},      # forward through the hidden sigmoid
        {"action": "step_stage", "shot": "next"},                    # forward through the second layer
        {"action": "step_back", "shot": "back"},                     # the same stage as "hidden"
        {"action": "step_stage", "count": 11, "shot": "after"},      # the normal view after the update
    ])
    runner = DemoRunner(window, tmp_path / "shots", timeout_s=30)
    runner.settle()
    paths = runner.run(actions)
    assert [p.rsplit("/", 1)[-1] for p in map(str, paths)] == ["hidden.png", "next.png", "back.png", "after.png"]
    hidden, nxt, back, after = (pixels(p) for p in paths)
    assert hidden.shape == nxt.shape == back.shape
    assert np.array_equal(hidden, back), "the same stage must look the same"
    diff = np.any(hidden != nxt, axis=2)
    assert diff.sum() > 500, "another stage must look different"
    assert not np.array_equal(hidden, after)
    snap = window.stepthrough.shown_snapshot
    assert snap.iteration == 1 and snap.stage_index == -1


def test_the_demo_command_runs_a_script_and_writes_the_shots(tmp_path, capsys, monkeypatch, qapp):
    script = tmp_path / "demo.json"
    script.write_text(json.dumps([
        {"action": "set", "lr": 0.3, "stage_ms": 200, "break_grad_norm": None},
        {"action": "step_batch", "count": 3, "shot": "three"},
        "step_stage",
        {"action": "trace_sample", "index": 5, "shot": "traced"},
        {"action": "scrub", "iteration": 1, "shot": "scrubbed"},
        {"action": "play_ms", "ms": 150},
        "pause",
    ]))
    shots = tmp_path / "shots"
    rc = cli.main(["demo", str(script), "--shots", str(shots), "--size", "1200x800"])
    out = capsys.readouterr()
    assert rc == 0, out.err
    assert sorted(p.name for p in shots.iterdir()) == ["scrubbed.png", "three.png", "traced.png"]
    a, b, c = (pixels(shots / n) for n in ("three.png", "traced.png", "scrubbed.png"))
    assert a.shape[:2] == (800, 1200)
    assert not np.array_equal(a, b) and not np.array_equal(b, c)
    assert "demo done: 3 screenshot(s)" in out.out


@pytest.mark.parametrize("script, message", [
    ({"steps": []}, "a JSON list of actions"),
    ([], "no actions"),
    (["step_stage", {"action": "jump"}], "action 1: unknown action 'jump'"),
    ([{"action": "play_ms"}], "action 0 (play_ms): missing 'ms'"),
    ([{"action": "play_ms", "ms": -5}], "action 0 (play_ms): 'ms' must be a whole number of milliseconds"),
    ([{"action": "select_node", "column": 1}], "action 0 (select_node): missing 'unit'"),
    ([{"action": "step_stage", "times": 2}], "action 0 (step_stage): unknown argument 'times'"),
    (["pause", {"action": "set", "colour": "red"}], "action 1 (set): unknown control 'colour'"),
    ([{"action": "set", "lr": "fast"}], "action 0 (set): lr must be a positive number"),
    ([{"action": "load_dataset", "name": "mnist"}], "action 0 (load_dataset): 'name' must be one of"),
    ([{"action": "load_lesson", "id": "no_such_lesson"}], "action 0 (load_lesson)"),
    ([{"action": "pause", "shot": "a"}, {"action": "pause", "shot": "a"}], "action 1 (pause): the shot name 'a'"),
    ([{"action": "pause", "shot": "../up"}], "action 0 (pause): \"shot\" must be a file name"),
    ([42], "action 0: an action is an object"),
    ({"$schema": 3, "actions": ["pause"]}, "the script's '$schema' must be a string"),
])
def test_bad_scripts_are_refused_with_the_action_and_what_is_wrong(script, message):
    with pytest.raises(DemoError) as e:
        parse_script(script)
    assert message in str(e.value)


def test_the_demo_command_refuses_a_bad_script_before_it_opens_a_window(tmp_path, capsys):
    script = tmp_path / "bad.json"
    script.write_text('[{"action": "step_stage"}, {"action": "scrub", "iteration": -1}]')
    rc = cli.main(["demo", str(script), "--shots", str(tmp_path / "shots")])
    err = capsys.readouterr().err
    assert rc == 2 and "action 1 (scrub): 'iteration' must be a whole number >= 0" in err
    assert not (tmp_path / "shots").exists()
    script.write_text("[{not json")
    assert cli.main(["demo", str(script), "--shots", str(tmp_path / "shots")]) == 2
    assert "is not valid JSON" in capsys.readouterr().err
    assert cli.main(["demo", str(tmp_path / "missing.json"), "--shots", str(tmp_path)]) == 2
    assert "cannot read the demo script" in capsys.readouterr().err


def test_a_runtime_error_names_the_action(window, tmp_path):
    runner = DemoRunner(window, tmp_path, timeout_s=30)
    runner.settle()
    with pytest.raises(DemoError, match=r"action 1 \(select_node\): column 7 is not in the network"):
        runner.run(parse_script(["pause", {"action": "select_node", "column": 7, "unit": 0}]))


# ---------------------------------------------------------------- the published JSON Schema (issue 8.8)

def test_the_schema_and_the_runner_know_the_same_actions_and_controls():
    import jsonschema

    from nnviz.demo import CONTROLS, actions_of_schema, schema

    s = schema()
    jsonschema.Draft202012Validator.check_schema(s)
    assert list(actions_of_schema()) == ["load_lesson", "load_dataset", "set", "play_ms", "pause", "step_stage",
                                         "step_batch", "step_epoch", "step_back", "select_node", "trace_sample",
                                         "scrub", "gradient_check"]  # each has a branch in DemoRunner.run_one
    assert set(s["$defs"]["controls"]["properties"]) == set(CONTROLS)


def test_every_example_in_the_schema_is_a_valid_script():
    from nnviz.demo import actions_of_schema, schema

    for name, sub in actions_of_schema().items():
        for example in sub["examples"]:
            (a,) = parse_script([example])
            assert a["action"] == name
    assert len(parse_script(schema()["examples"][0])) == 2


@pytest.mark.parametrize("name, engine_id", [("bumps", "reg_gauss"), ("reg_gauss", "reg_gauss"),
                                             ("2-spirals", "two_arm_spiral"), ("XOR", "gate_xor"), ("xor", "xor")])
def test_data_sets_are_named_as_on_the_window_with_the_old_names_kept(name, engine_id):
    (a, b) = parse_script([{"action": "load_dataset", "name": name}, {"action": "set", "values": {"dataset": name}}])
    assert a["args"] == {"name": engine_id} and b["args"] == {"dataset": engine_id}


def test_the_schemas_number_ranges_are_the_engines():
    """core.spec.RANGES is the one table of ranges; the published schema must say the same."""
    from core.spec import MAX_HIDDEN, RANGES
    from nnviz.demo import schema

    controls = schema()["$defs"]["controls"]["properties"]
    spec_key = {"lr": "train.lr", "batch_size": "train.batch_size", "momentum": "train.momentum",
                "beta1": "train.beta1", "beta2": "train.beta2", "decay_rate": "train.decay_rate",
                "max_grad": "train.max_grad", "train_seed": "train.seed", "init_seed": "network.seed",
                "noise": "data.noise", "test_ratio": "data.test_ratio", "classes": "data.classes",
                "data_seed": "data.seed", "reg_rate": "network.reg_rate"}
    for control, key in spec_key.items():
        r, prop = RANGES[key], controls[control]
        branches = prop.get("anyOf", [prop])
        assert ({"type": "null"} in branches) == r.none, control
        (b,) = [b for b in branches if b.get("type") != "null"]
        assert b["type"] == ("integer" if r.integer else "number"), control
        assert b["exclusiveMinimum" if r.lo_open else "minimum"] == r.lo, control
        assert b["exclusiveMaximum" if r.hi_open else "maximum"] == r.hi, control
    items = controls["sizes"]["items"]
    assert (items["minimum"], items["maximum"]) == (RANGES["network.sizes[]"].lo, RANGES["network.sizes[]"].hi)
    assert controls["sizes"]["maxItems"] == MAX_HIDDEN + 2


def test_a_script_may_name_its_schema_for_an_editor():
    assert parse_script({"$schema": "./demo.schema.json", "actions": ["pause"]})[0]["action"] == "pause"
