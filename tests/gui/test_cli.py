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
