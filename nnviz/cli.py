"""The ``nnviz`` command.

    nnviz [--lang ko]             open the window (also: python -m nnviz), in Korean or English
    nnviz train --dataset spiral --sizes 2,10,3 --epochs 300 --batch 30 --lr 1.0 --out DIR
    nnviz screenshot OUT.png [--dataset NAME] [--train-steps N] [--size WxH]
    nnviz demo SCRIPT.json --shots DIR [--size WxH] [--show]
    nnviz --version

Bad arguments print one line saying what is wrong and exit with status 2.
"""
from __future__ import annotations

import argparse
import os
import sys
import time

from nnviz import __version__


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one clear line, exit 2 (argparse prints the whole usage otherwise)
        raise UsageError(message)


def _sizes(text):
    try:
        sizes = [int(t) for t in str(text).replace(" ", "").split(",") if t != ""]
    except ValueError:
        sizes = []
    if len(sizes) < 2 or any(n < 1 for n in sizes):
        raise argparse.ArgumentTypeError(
            f"give at least two positive whole numbers separated by commas, like 2,10,3; got {text!r}")
    return sizes


def _size(text):
    try:
        w, h = (int(v) for v in str(text).lower().split("x"))
        if w < 200 or h < 150 or w > 8000 or h > 8000:
            raise ValueError
    except ValueError:
        raise argparse.ArgumentTypeError(f"give WIDTHxHEIGHT in pixels, like 1400x860; got {text!r}")
    return w, h


def _dataset(text):
    from core.datasets import DATASETS

    if text not in DATASETS:
        raise argparse.ArgumentTypeError(f"unknown dataset {text!r}; choose one of {', '.join(DATASETS)}")
    return text


def _positive(kind):
    def conv(text):
        try:
            v = kind(text)
        except ValueError:
            v = None
        if v is None or not v > 0:
            raise argparse.ArgumentTypeError(f"expected a positive {'whole ' if kind is int else ''}number; got {text!r}")
        return v
    return conv


def _fraction(lo, hi):
    def conv(text):
        try:
            v = float(text)
        except ValueError:
            v = None
        if v is None or not lo <= v <= hi:
            raise argparse.ArgumentTypeError(f"expected a number from {lo} to {hi}; got {text!r}")
        return v
    return conv


def build_parser():
    p = _Parser(prog="nnviz", description="Watch a neural network learn. With no command, opens the window.")
    p.add_argument("--version", action="version", version=f"nnviz {__version__}")
    p.add_argument("--timing", action="store_true", help="print the time from process start to the first paint")
    p.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--lang", choices=("en", "ko"), default=None,
                   help="language of the window: en or ko (default: as last chosen, else the system's)")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    def data_and_net(q):
        q.add_argument("--dataset", type=_dataset, default="spiral", help="built-in data set (default spiral)")
        q.add_argument("--sizes", type=_sizes, default=None,
                       help="neurons per layer, inputs first, like 2,10,3 (default: 2,10,<classes>)")
        q.add_argument("--activation", default="sigmoid", help="hidden activation (default sigmoid)")
        q.add_argument("--output", default=None, choices=("softmax", "sigmoid", "identity", "tanh"),
                       help="output layer (default softmax; identity for regression)")
        q.add_argument("--optimizer", default="sgd", help="sgd, momentum, nesterov, adagrad, rmsprop, adam")
        q.add_argument("--lr", type=_positive(float), default=1.0, help="learning rate (default 1.0)")
        q.add_argument("--batch", type=_positive(int), default=30, help="batch size (default 30)")
        q.add_argument("--noise", type=_fraction(0, 0.5), default=0.0, help="label/position noise 0..0.5")
        q.add_argument("--test-ratio", type=_fraction(0, 0.9), default=0.0, help="share kept for testing, 0..0.9")
        q.add_argument("--classes", type=int, default=3, help="spiral arms, 2..6 (default 3)")
        q.add_argument("--seed", type=int, default=0, help="seed of the initial weights and the shuffling")

    t = sub.add_parser("train", help="train without a window; write loss.png, boundary.png, network.png, "
                                     "session.nnviz")
    data_and_net(t)
    t.add_argument("--epochs", type=_positive(int), default=300, help="epochs to train (default 300)")
    t.add_argument("--out", required=True, help="folder for the pictures and the session file")

    s = sub.add_parser("screenshot", help="render the main window offscreen to a PNG")
    s.add_argument("out", help="PNG file to write")
    data_and_net(s)
    s.add_argument("--train-steps", type=int, default=0, help="minibatches to train first (default 0)")
    s.add_argument("--size", type=_size, default=(1400, 860), help="window size WxH (default 1400x860)")

    d = sub.add_parser("demo", help="run a scripted demo (a JSON list of actions) in the window, offscreen, "
                                    "and save a screenshot after each action marked \"shot\"")
    d.add_argument("script", help="the demo script (JSON); see nnviz/demo.py for its actions")
    d.add_argument("--shots", required=True, help="folder for the screenshots (NAME.png per shot)")
    d.add_argument("--size", type=_size, default=(1400, 860), help="window size WxH (default 1400x860)")
    d.add_argument("--show", action="store_true", help="show the window while it runs (default: offscreen)")
    return p


def cmd_demo(a):
    from nnviz.demo import run_demo

    paths = run_demo(a.script, a.shots, size=a.size, show=a.show, out=sys.stdout)
    print(f"demo done: {len(paths)} screenshot(s) in {a.shots}")
    return 0


def make_session(a):
    """The session the arguments ask for. Without --sizes the network is 2-10-k, fitted to the data
    as the window fits it; explicit sizes are taken as given (a mismatch is an error that says so)."""
    import core
    from core import datasets as ds_mod
    from nnviz.worker import fit_spec_to_data

    ds = ds_mod.make(a.dataset, noise=a.noise, classes=a.classes)
    out = a.output or ("identity" if ds.kind == ds_mod.REGRESSION else "softmax")
    spec = {"network": {"sizes": a.sizes or [2, 10, 1], "activation": a.activation, "output": out,
                        "loss": {"softmax": "cross_entropy", "sigmoid": "bce"}.get(out, "mse"),
                        "init": "book", "seed": a.seed},
            "data": {"name": a.dataset, "noise": a.noise, "test_ratio": a.test_ratio, "classes": a.classes,
                     "seed": None},
            "train": {"optimizer": a.optimizer, "lr": a.lr, "batch_size": a.batch, "seed": a.seed}}
    if a.sizes is None:
        spec = fit_spec_to_data(spec, ds)
    return core.Session(spec, ds)


class Progress:
    """A terminal progress bar: one \\r-updated line on a terminal, a plain line every 10 % otherwise."""

    def __init__(self, total, stream=None, width=28):
        self.total, self.width = max(1, total), width
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.t0 = time.monotonic()
        self._last_draw, self._last_tenth = 0.0, -1

    def _line(self, done, loss, acc):
        frac = min(1.0, done / self.total)
        el = time.monotonic() - self.t0
        eta = el / frac - el if frac > 0 else 0.0
        bits = [f"epoch {done}/{self.total}"]
        if loss is not None:
            bits.append(f"loss {loss:.4f}")
        if acc is not None:
            bits.append(f"acc {100 * acc:.1f} %")
        bits.append(f"ETA {_duration(eta)}" if frac < 1 else f"{_duration(el)}")
        fill = int(round(frac * self.width))
        return f"[{'#' * fill}{'.' * (self.width - fill)}] {100 * frac:3.0f} %  " + "  ".join(bits)

    def update(self, done, loss=None, acc=None):
        now = time.monotonic()
        if self.tty:
            if now - self._last_draw >= 0.05 or done >= self.total:
                self._last_draw = now
                self.stream.write("\r" + self._line(done, loss, acc) + "\x1b[K")
                self.stream.flush()
        else:
            tenth = int(10 * min(1.0, done / self.total))
            if tenth > self._last_tenth:
                self._last_tenth = tenth
                self.stream.write(self._line(done, loss, acc) + "\n")
                self.stream.flush()

    def finish(self):
        if self.tty:
            self.stream.write("\n")
            self.stream.flush()


def _duration(s):
    s = int(round(s))
    return f"{s // 60}:{s % 60:02d}" if s >= 60 else f"{s}s"


def cmd_train(a):
    import core
    from nnviz import render

    s = make_session(a)
    os.makedirs(a.out, exist_ok=True)
    bar = Progress(a.epochs)
    error = ""
    t0 = time.monotonic()
    try:
        while s.epoch < a.epochs:
            s.step_epoch()
            rec = s.epoch_history[-1] if s.epoch_history else {}
            bar.update(s.epoch, rec.get("train_loss"), rec.get("train_acc"))
    except core.NumericError as e:
        from nnviz.worker import numeric_error_text
        error = numeric_error_text(e, s.spec["train"]["lr"])
    finally:
        bar.finish()
    dt = time.monotonic() - t0
    snap = render.snapshot_of(s, error=error)
    paths = render.render_views(snap, a.out)
    paths["session"] = os.path.join(a.out, "session" + core.io.SUFFIX)
    core.save_session(s, paths["session"])
    rec = s.epoch_history[-1] if s.epoch_history else {}
    summary = f"trained {s.epoch} epochs ({s.iteration} iterations) in {dt:.1f} s"
    if rec.get("train_loss") is not None:
        summary += f": train loss {rec['train_loss']:.4f}"
    if rec.get("train_acc") is not None:
        summary += f", train accuracy {100 * rec['train_acc']:.1f} %"
    if rec.get("test_acc") is not None:
        summary += f", test accuracy {100 * rec['test_acc']:.1f} %"
    print(summary)
    print("wrote " + ", ".join(paths[k] for k in ("loss", "boundary", "network", "session")))
    if error:
        print(f"nnviz train: {error}", file=sys.stderr)
        return 1
    return 0


def cmd_screenshot(a):
    import core
    from nnviz import render

    s = make_session(a)
    error = ""
    try:
        for _ in range(max(0, a.train_steps)):
            s.step()
    except core.NumericError as e:
        from nnviz.worker import numeric_error_text
        error = numeric_error_text(e, s.spec["train"]["lr"])
    snap = render.snapshot_of(s, error=error)
    path = render.save_window(snap, a.out, *a.size)
    print(f"wrote {path} ({a.size[0]}x{a.size[1]}, after {s.iteration} steps)")
    return 0


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    try:
        a = parser.parse_args(argv)
    except UsageError as e:
        print(f"nnviz: error: {e}", file=sys.stderr)
        return 2
    if a.command is None:
        from nnviz.app import main_gui

        return main_gui([sys.argv[0] if sys.argv else "nnviz"], timing=a.timing,
                        exit_after_paint=a.exit_after_paint, lang=a.lang)
    app = None  # noqa: F841 - the QApplication must outlive the command
    if a.lang:  # the subcommands' pictures speak the chosen language too
        from nnviz import i18n, render

        if a.command == "demo" and getattr(a, "show", False):
            from PySide6.QtWidgets import QApplication
            app = QApplication.instance() or QApplication(["nnviz-demo"])
        else:
            app = render.application()
        i18n.set_language(a.lang)
    try:
        from core.errors import NNVizError

        return {"train": cmd_train, "screenshot": cmd_screenshot, "demo": cmd_demo}[a.command](a)
    except NNVizError as e:
        print(f"nnviz {a.command}: error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"nnviz {a.command}: error: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
