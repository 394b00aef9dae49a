"""The nnviz command: headless training writes non-blank pictures and a loadable session; bad arguments
give one clear line and exit status 2."""
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

import core
from nnviz import __version__
from nnviz.cli import Progress, main

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def distinct_colours(path, step=3):
    img = QImage(str(path))
    assert not img.isNull(), f"{path} is not an image"
    seen = set()
    for y in range(0, img.height(), step):
        for x in range(0, img.width(), step):
            seen.add(img.pixel(x, y))
    return img, len(seen)


def test_train_writes_three_pictures_and_a_session(tmp_path, capsys):
    out = tmp_path / "run"
    rc = main(["train", "--dataset", "spiral", "--sizes", "2,10,3", "--epochs", "40", "--batch", "30",
               "--lr", "1.0", "--out", str(out)])
    assert rc == 0
    text = capsys.readouterr()
    assert "trained 40 epochs (400 iterations)" in text.out
    assert "epoch 40/40" in text.err  # the progress bar (plain lines when not a terminal)
    for name, min_colours in (("loss", 8), ("boundary", 50), ("network", 20)):
        img, n = distinct_colours(out / f"{name}.png")
        assert img.width() >= 300 and img.height() >= 300
        assert n > min_colours, f"{name}.png looks blank: {n} colours"
    s = core.load_session(str(out / "session.nnviz"))
    assert (s.epoch, s.iteration) == (40, 400) and s.spec["network"]["sizes"] == [2, 10, 3]


def test_screenshot_renders_the_window(tmp_path):
    out = tmp_path / "shot.png"
    assert main(["screenshot", str(out), "--dataset", "xor", "--sizes", "2,8,2", "--train-steps", "50",
                 "--size", "1200x800"]) == 0
    img, n = distinct_colours(out, step=4)
    assert (img.width(), img.height()) == (1200, 800)
    assert n > 100


@pytest.mark.parametrize("args, words", [
    (["train", "--sizes", "2,x,3", "--out", "d"], "2,10,3"),
    (["train", "--dataset", "nope", "--out", "d"], "unknown dataset 'nope'"),
    (["train", "--dataset", "circle", "--sizes", "2,10,3", "--out", "d"], "2 classes"),
    (["train", "--optimizer", "sdg", "--out", "d"], "unknown optimizer"),
    (["train", "--lr", "-1", "--out", "d"], "positive"),
])
def test_bad_arguments_give_one_line_and_exit_2(args, words, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(args) == 2
    err = capsys.readouterr().err.strip()
    assert words in err and "\n" not in err and err.startswith("nnviz")


def test_version_and_module_entry_point():
    r = subprocess.run([sys.executable, "-m", "nnviz", "--version"], cwd=ROOT, capture_output=True, text=True,
                       timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == f"nnviz {__version__}"
    r = subprocess.run([sys.executable, "-m", "nnviz", "train", "--sizes", "1", "--out", "x"], cwd=ROOT,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1


def test_progress_bar_on_a_terminal_redraws_one_line():
    class Tty:
        def __init__(self):
            self.text = ""

        def isatty(self):
            return True

        def write(self, s):
            self.text += s

        def flush(self):
            pass

    t = Tty()
    p = Progress(100, t)
    for e in range(1, 101):
        p.update(e, 1.0 / e, 0.5)
    p.finish()
    assert t.text.count("\n") == 1 and "\r" in t.text
    assert "100 %" in t.text and "epoch 100/100" in t.text and "loss 0.0100" in t.text


def test_the_window_opens_and_reports_its_first_paint():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "-m", "nnviz", "--timing", "--exit-after-paint"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "first paint" in r.stdout and "first training snapshot drawn" in r.stdout
    assert "Destroyed while thread" not in r.stderr


# ---------------------------------------------------------------- issue 12: the command line explains itself

def help_of(capsys, *args):
    with pytest.raises(SystemExit) as e:
        main([*args, "--help"])
    assert e.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("argv", [["--lang", "ko", "--timing", "screenshot", "x.png"],
                                  ["screenshot", "x.png", "--lang", "ko", "--timing"],
                                  ["screenshot", "--timing", "x.png", "--lang=ko"]])
def test_global_options_go_before_or_after_the_command(argv):
    from nnviz.cli import build_parser

    a = build_parser().parse_args(argv)
    assert (a.command, a.out, a.lang, a.timing) == ("screenshot", "x.png", "ko", True)


def test_lang_after_the_subcommand_makes_a_korean_picture(tmp_path, capsys):
    from nnviz import i18n

    en, ko = tmp_path / "en.png", tmp_path / "ko.png"
    try:
        assert main(["screenshot", str(en), "--dataset", "xor", "--size", "1400x860", "--lang", "en"]) == 0
        assert main(["screenshot", str(ko), "--dataset", "xor", "--size", "1400x860", "--lang", "ko"]) == 0
        assert i18n.current_language() == "ko"
        assert i18n.tr("MainWindow", "&File") != "&File" or i18n.tr("DataPanel", "Data") != "Data"
    finally:
        i18n.set_language("en")
    a, b = QImage(str(en)), QImage(str(ko))
    assert not a.isNull() and a != b, "the Korean screenshot must differ from the English one"


def test_demo_help_lists_every_action_with_its_arguments_and_an_example(capsys):
    import json

    from nnviz.demo import actions_of_schema, schema

    text = help_of(capsys, "demo")
    assert "nnviz/demo.py" not in text  # an installed user has no such file to read
    for name, sub in actions_of_schema().items():
        assert f"  {name}" in text, name
        for arg in sub.get("properties", {}):
            if arg not in ("action", "shot") and name != "set":
                assert f"{arg}: " in text, (name, arg)
        assert json.dumps(sub["examples"][0], ensure_ascii=False) in text, name
    for control in schema()["$defs"]["controls"]["properties"]:
        assert f"  {control} " in text, control
    assert '"load_lesson", "id": "backprop_by_hand"}' in text and "nnviz demo --schema" in text


def test_demo_schema_prints_the_shipped_json_schema(capsys):
    import json

    import jsonschema

    from nnviz import resources

    assert main(["demo", "--schema"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads(resources.schema_path("demo").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(printed)


def test_train_help_lists_data_sets_activations_optimizers_and_outputs(capsys):
    from core import datasets as ds_mod
    from core.layers import HIDDEN_ACTIVATIONS
    from core.optimizers import OPTIMIZERS
    from nnviz.names import typed_name

    text = help_of(capsys, "train")
    for name in ds_mod.DATASETS:
        assert f"  {typed_name(name)} " in text, name
    for word in (*HIDDEN_ACTIVATIONS, *OPTIMIZERS, "softmax", "identity", "--csv"):
        assert word in text, word
    assert "bumps" in text and "2-spirals" in text


@pytest.mark.parametrize("name", ["bumps", "reg_gauss"])
def test_data_set_names_are_the_window_labels_and_the_old_names_still_work(name, tmp_path, capsys):
    out = tmp_path / "run"
    assert main(["train", "--dataset", name, "--epochs", "2", "--out", str(out)]) == 0
    s = core.load_session(str(out / "session.nnviz"))
    assert s.spec["data"]["name"] == "reg_gauss" and s.dataset.kind == "regression"


def test_train_on_a_csv_file(tmp_path, capsys):
    import numpy as np

    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, size=(120, 2))
    lines = ["x,y,label"] + [f"{a:.4f},{b:.4f},{int(a * b > 0)}" for a, b in x]
    csv = tmp_path / "quadrants.csv"
    csv.write_text("\n".join(lines) + "\n")
    out = tmp_path / "run"
    assert main(["train", "--csv", str(csv), "--sizes", "2,8,2", "--epochs", "30", "--lr", "0.5",
                 "--out", str(out)]) == 0
    assert "trained 30 epochs" in capsys.readouterr().out
    s = core.load_session(str(out / "session.nnviz"))
    assert s.spec["data"]["name"] == "csv" and len(s.dataset) == 120 and s.dataset.num_classes == 2
    _img, n = distinct_colours(out / "boundary.png")
    assert n > 50


def test_a_bad_csv_gives_the_windows_message_with_line_and_column(tmp_path, capsys):
    from core.csvdata import load_csv
    from core.errors import DataError

    bad = tmp_path / "bad.csv"
    bad.write_text("x,y,label\n0.1,0.2,0\n0.3,oops,1\n")
    with pytest.raises(DataError) as e:
        load_csv(str(bad))  # what the data panel shows for this file
    assert main(["train", "--csv", str(bad), "--out", str(tmp_path / "run")]) == 2
    err = capsys.readouterr().err.strip()
    assert str(e.value) in err and "\n" not in err and "line 3" in err
    assert not (tmp_path / "run").exists()
    assert main(["train", "--csv", str(bad), "--dataset", "xor", "--out", "d"]) == 2  # one data source
    assert "not allowed with" in capsys.readouterr().err


def test_screenshot_demo_and_train_leave_the_users_settings_as_they_were(tmp_path, capsys):
    import json
    import os

    from nnviz.classroom import settings as prefs

    prefs.set_value("language", "en")
    prefs.set_value("window/marker", "the teacher's")
    path = os.environ["NNVIZ_SETTINGS"]
    before = open(path, "rb").read()
    script = tmp_path / "demo.json"
    script.write_text(json.dumps([{"action": "step_batch", "count": 2, "shot": "a"}]))
    assert main(["screenshot", str(tmp_path / "s.png"), "--size", "900x600"]) == 0
    assert main(["demo", str(script), "--shots", str(tmp_path / "shots"), "--size", "900x600"]) == 0
    assert main(["train", "--epochs", "2", "--out", str(tmp_path / "run")]) == 0
    assert open(path, "rb").read() == before
    assert prefs.value("window/marker") == "the teacher's"  # the window reads the user's file again


def no_display_env():
    return {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}


@pytest.mark.parametrize("argv", [[], ["--lang", "ko"]])
def test_without_a_display_the_window_says_so_in_one_line(argv):
    r = subprocess.run([sys.executable, "-m", "nnviz", *argv], cwd=ROOT, env=no_display_env(),
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1, r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "Traceback" not in r.stderr
    assert all(f"nnviz {c}" in lines[0] for c in ("screenshot", "train", "demo"))


def test_without_a_display_the_commands_work_and_demo_show_says_what_to_do(tmp_path):
    env = dict(no_display_env(), NNVIZ_SETTINGS=str(tmp_path / "s.ini"))
    r = subprocess.run([sys.executable, "-m", "nnviz", "screenshot", str(tmp_path / "s.png"), "--size", "900x600"],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and (tmp_path / "s.png").is_file(), r.stderr
    (tmp_path / "d.json").write_text('["pause"]')
    r = subprocess.run([sys.executable, "-m", "nnviz", "demo", str(tmp_path / "d.json"), "--shots", str(tmp_path),
                        "--show"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "--show needs a display" in r.stderr and "Traceback" not in r.stderr


def test_the_demo_command_without_a_script_says_what_to_give(capsys):
    assert main(["demo"]) == 2
    err = capsys.readouterr().err
    assert "--shots" in err and "nnviz demo --help" in err


def test_sizes_beyond_the_engines_limits_are_refused_before_anything_is_built(capsys):
    from core.spec import MAX_PARAMS

    assert main(["train", "--sizes", "2,1024,1024,1024,3", "--out", "d"]) == 2
    err = capsys.readouterr().err
    assert f"{MAX_PARAMS:,}" in err and "\n" not in err.strip()


def test_train_that_blows_up_says_where_and_what_to_try_and_still_writes_the_pictures(tmp_path, capsys):
    out = tmp_path / "run"
    rc = main(["train", "--dataset", "bumps", "--activation", "identity", "--lr", "100000", "--epochs", "20",
               "--out", str(out)])
    err = capsys.readouterr().err
    assert rc == 1 and "lower the learning rate" in err and "Traceback" not in err
    assert all((out / f"{n}.png").is_file() for n in ("loss", "boundary", "network"))


def test_a_blown_up_regression_prints_our_message_not_numpys_warnings_nor_a_230_digit_loss(tmp_path, capsys):
    import warnings
    with warnings.catch_warnings(record=True) as seen:   # (pytest would hide them from stderr)
        warnings.simplefilter("always")
        rc = main(["train", "--dataset", "plane", "--output", "identity", "--lr", "10", "--epochs", "30",
                   "--out", str(tmp_path / "run")])
    out, err = capsys.readouterr()
    assert rc == 1 and "lower the learning rate" in err
    assert not [w for w in seen if issubclass(w.category, RuntimeWarning)], [str(w.message) for w in seen]
    summary = next(line for line in out.splitlines() if line.startswith("trained "))
    loss = summary.split("train loss ")[1].split(",")[0]
    assert len(loss) <= 12 and float(loss) > 1e5, summary
