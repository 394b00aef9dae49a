"""The commands that need no window: ``nnviz train`` and ``nnviz screenshot`` (``nnviz demo`` is
nnviz/demo.py). They build the session the arguments ask for, train it, and write pictures with the
app's own view classes (nnviz/render.py); a terminal gets a progress bar.
"""
from __future__ import annotations

import os
import sys
import time

import numpy as np


def load_data(a):
    """The data set the arguments name: a CSV file (``--csv``, checked as the window checks it, with
    its messages: file, line, column) or a built-in set (``--dataset``)."""
    from core import datasets as ds_mod

    if getattr(a, "csv", None):
        from core.csvdata import load_csv

        return load_csv(a.csv)
    return ds_mod.make(a.dataset, noise=a.noise, classes=a.classes)


def make_session(a):
    """The session the arguments ask for. Without --sizes the network is 2-10-k, fitted to the data
    as the window fits it; explicit sizes are taken as given (a mismatch is an error that says so)."""
    import core
    from core import datasets as ds_mod
    from core.spec import fit_spec_to_data

    ds = load_data(a)
    out = a.output or ("identity" if ds.kind == ds_mod.REGRESSION else "softmax")
    if getattr(a, "csv", None):  # named "csv", as the window names an imported set
        data = {"name": "csv", "test_ratio": a.test_ratio, "seed": None}
    else:
        data = {"name": a.dataset, "noise": a.noise, "test_ratio": a.test_ratio, "classes": a.classes,
                "seed": None}
    spec = {"network": {"sizes": a.sizes or [2, 10, 1], "activation": a.activation, "output": out,
                        "loss": {"softmax": "cross_entropy", "sigmoid": "bce"}.get(out, "mse"),
                        "init": "book", "seed": a.seed},
            "data": data,
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
            bits.append(f"loss {loss_text(loss)}")
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


def loss_text(v):
    """A loss for a terminal line: 4 decimals, or 4 significant digits once it has blown up (1.963e+231,
    not 230 digits)."""
    return f"{v:.4f}" if abs(v) < 1e5 else f"{v:.4g}"


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
    # the engine finds NaN/inf itself and says where and what to try (below): numpy's own overflow
    # warnings on the way there would only be noise above that message
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        try:
            while s.epoch < a.epochs:
                s.step_epoch()
                rec = s.epoch_history[-1] if s.epoch_history else {}
                bar.update(s.epoch, rec.get("train_loss"), rec.get("train_acc"))
        except core.NumericError as e:
            from nnviz.model.messages import layer_names, numeric_error_text
            error = numeric_error_text(e, s.spec["train"]["lr"], names=layer_names(s.network))
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
        summary += f": train loss {loss_text(rec['train_loss'])}"
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
        from nnviz.model.messages import layer_names, numeric_error_text
        error = numeric_error_text(e, s.spec["train"]["lr"], names=layer_names(s.network))
    snap = render.snapshot_of(s, error=error)
    path = render.save_window(snap, a.out, *a.size)
    print(f"wrote {path} ({a.size[0]}x{a.size[1]}, after {s.iteration} steps)")
    return 0
