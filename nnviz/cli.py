"""The ``nnviz`` command.

    nnviz [--lang ko]             open the window (also: python -m nnviz, nnviz-gui), in Korean or English
    nnviz train --dataset spiral --sizes 2,10,3 --epochs 300 --batch 30 --lr 1.0 --out DIR
    nnviz train --csv FILE.csv --out DIR
    nnviz screenshot OUT.png [--dataset NAME] [--train-steps N] [--size WxH]
    nnviz demo SCRIPT.json --shots DIR [--size WxH] [--show];  nnviz demo --schema
    nnviz install-launcher [--uninstall]
    nnviz --version

The global options (--lang, --timing) go before or after the command. Bad arguments print one
line saying what is wrong and exit with status 2. ``screenshot``, ``demo`` and ``train`` keep their
settings apart from the user's (nnviz.classroom.settings.isolate), so they never change them.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

from nnviz import __version__
from nnviz.headless import Progress, cmd_screenshot, cmd_train, make_session

__all__ = ["Progress", "build_parser", "gui_main", "main", "make_session"]
LANGS = ("en", "ko")  # nnviz.i18n.LANGUAGES (not imported here: --help and --version need no Qt)
HEADLESS = ("train", "screenshot", "demo")


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
    from core.errors import SpecError
    from core.spec import check_sizes

    try:
        return check_sizes(sizes, where="--sizes")  # the engine's limits (width, depth, parameters)
    except SpecError as e:
        raise argparse.ArgumentTypeError(str(e).removeprefix("--sizes: ")) from None


def _size(text):
    try:
        w, h = (int(v) for v in str(text).lower().split("x"))
        if w < 200 or h < 150 or w > 8000 or h > 8000:
            raise ValueError
    except ValueError:
        raise argparse.ArgumentTypeError(f"give WIDTHxHEIGHT in pixels, like 1400x860; got {text!r}")
    return w, h


def _dataset(text):
    from core.errors import DataError
    from nnviz.names import resolve_dataset

    try:
        return resolve_dataset(text)
    except DataError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


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


def _ranged(key):
    """A number checked against the engine's range for ``key`` (core.spec.RANGES: the one table)."""
    from core.spec import RANGES

    r = RANGES[key]
    kind = "whole number" if r.integer else "number"
    what = (f"a positive {kind} (at most {r.hi:g})" if r.lo_open and r.lo == 0 else r.describe())

    def conv(text):
        try:
            v = int(text) if r.integer else float(text)
        except ValueError:
            v = None
        if v is None or not r.contains(v):
            raise argparse.ArgumentTypeError(f"expected {what}; got {text!r}")
        return v
    return conv


def _global_options(p, default):
    """--lang and --timing: on the main parser (default None) and on every command (SUPPRESS, so a
    command's parser leaves what was given before the command in place)."""
    p.add_argument("--lang", choices=LANGS, default=default,
                   help="language of the window and the pictures: en or ko (default: as last chosen in the "
                        "window, else the system's)")
    p.add_argument("--timing", action="store_true", default=default,
                   help="print how long it took (the window: from process start to the first paint)")


def _choices_text():
    """The choices train/screenshot take, for their --help (from the engine's own tables)."""
    from core import datasets as ds_mod
    from core.layers import HIDDEN_ACTIVATIONS
    from core.optimizers import OPTIMIZERS
    from nnviz.names import typed_name

    sets = "\n".join(f"  {typed_name(n):<10} {ds_mod.DESCRIPTIONS.get(n, '')}" for n in ds_mod.DATASETS)
    return (f"data sets (--dataset; the window's labels, the older names like reg_gauss work too):\n{sets}\n"
            f"  or --csv FILE: numbers in columns, the label in the last column\n"
            f"activations (--activation): {', '.join(HIDDEN_ACTIVATIONS)}\n"
            f"optimizers (--optimizer):   {', '.join(OPTIMIZERS)}\n"
            f"outputs (--output):         {', '.join(OUTPUTS)} (softmax for classes, identity for regression)")


OUTPUTS = ("softmax", "sigmoid", "identity", "tanh")


def _wrap(text, first, rest=None):
    import textwrap

    return textwrap.fill(text, 100, initial_indent=first, subsequent_indent=first if rest is None else rest)


def _demo_help():
    """Every demo action with its arguments and an example, from the shipped JSON Schema."""
    from nnviz.demo import DemoError, actions_of_schema, schema

    try:
        sch = schema()
    except DemoError as e:
        return f"(the list of actions is not available: {e})"
    lines = ["actions (a script is a JSON list of them; add \"shot\": \"NAME\" to any to save "
             "DIR/NAME.png after it):"]
    for name, sub in actions_of_schema(sch).items():
        props = {k: v for k, v in sub.get("properties", {}).items() if k not in ("action", "shot")}
        req = set(sub.get("required", ()))
        if name == "set":
            args = "{CONTROL: VALUE, ...}"
        else:
            args = "{" + ", ".join(k if k in req else f"[{k}]" for k in props) + "}" if props else ""
        lines.append(f"  {name} {args}".rstrip())
        lines.append(_wrap(sub.get("description", ""), "      "))
        for k, v in props.items():
            if name != "set":
                lines.append(_wrap(f"{k}: {v.get('description', '')}", "      ", "        "))
        lines.append(f"      e.g. {json.dumps(sub['examples'][0], ensure_ascii=False)}")
    lines.append("controls of \"set\":")
    for k, v in sch["$defs"]["controls"]["properties"].items():
        lines.append(_wrap(f"{k:<18} {v.get('description', '')}", "  ", " " * 21))
    lines += ["example (save as demo.json, then run nnviz demo demo.json --shots shots/):",
              '  [{"action": "load_lesson", "id": "backprop_by_hand"},',
              '   {"action": "step_stage", "count": 2, "shot": "hidden"}]',
              "The whole format as a JSON Schema (for an editor): nnviz demo --schema"]
    return "\n".join(lines)


def build_parser():
    p = _Parser(prog="nnviz", description="Watch a neural network learn. With no command, opens the window.",
                epilog="Without a display, the commands train, screenshot and demo still work. "
                       "`nnviz COMMAND --help` explains each.")
    p.add_argument("--version", action="version", version=f"nnviz {__version__}")
    _global_options(p, None)
    p.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    raw = argparse.RawDescriptionHelpFormatter

    def command(name, help_text, epilog=None):
        q = sub.add_parser(name, help=help_text, description=help_text, epilog=epilog, formatter_class=raw)
        _global_options(q, argparse.SUPPRESS)
        return q

    def data_and_net(q):
        src = q.add_mutually_exclusive_group()
        src.add_argument("--dataset", type=_dataset, default="spiral", metavar="NAME",
                         help="built-in data set (default spiral; the list is below)")
        src.add_argument("--csv", metavar="FILE", default=None,
                         help="train on a CSV file instead: numbers in columns, the label in the last one "
                              "(checked as the window checks an imported file)")
        q.add_argument("--sizes", type=_sizes, default=None,
                       help="neurons per layer, inputs first, like 2,10,3 (default: 2,10,<classes>)")
        q.add_argument("--activation", default="sigmoid", metavar="NAME", help="hidden activation (default sigmoid)")
        q.add_argument("--output", default=None, choices=OUTPUTS,
                       help="output layer (default softmax; identity for regression)")
        q.add_argument("--optimizer", default="sgd", metavar="NAME", help="optimizer (default sgd)")
        q.add_argument("--lr", type=_ranged("train.lr"), default=1.0, help="learning rate (default 1.0)")
        q.add_argument("--batch", type=_ranged("train.batch_size"), default=30, help="batch size (default 30)")
        q.add_argument("--noise", type=_ranged("data.noise"), default=0.0, help="label/position noise 0..0.5")
        q.add_argument("--test-ratio", type=_ranged("data.test_ratio"), default=0.0,
                       help="share kept for testing, 0..0.9")
        q.add_argument("--classes", type=_ranged("data.classes"), default=3, help="spiral arms, 2..6 (default 3)")
        q.add_argument("--seed", type=_ranged("train.seed"), default=0,
                       help="seed of the initial weights and the shuffling")

    choices = _choices_text()
    t = command("train", "train without a window; write loss.png, boundary.png, network.png, session.nnviz",
                choices + "\nexample:\n  nnviz train --dataset bumps --sizes 2,8,8,1 --activation tanh "
                          "--optimizer adam --lr 0.03 --epochs 100 --out run/")
    data_and_net(t)
    t.add_argument("--epochs", type=_positive(int), default=300, help="epochs to train (default 300)")
    t.add_argument("--out", required=True, help="folder for the pictures and the session file")

    s = command("screenshot", "render the main window offscreen to a PNG",
                choices + "\nexample:\n  nnviz --lang ko screenshot shot.png --dataset xor --train-steps 500")
    s.add_argument("out", help="PNG file to write")
    data_and_net(s)
    s.add_argument("--train-steps", type=int, default=0, help="minibatches to train first (default 0)")
    s.add_argument("--size", type=_size, default=(1400, 860), help="window size WxH (default 1400x860)")

    d = command("demo", "run a scripted demo (a JSON list of actions) in the window, offscreen, and save a "
                        "screenshot after each action marked \"shot\"", _demo_help())
    d.add_argument("script", nargs="?", help="the demo script (JSON); its actions are listed below")
    d.add_argument("--shots", help="folder for the screenshots (NAME.png per shot)")
    d.add_argument("--size", type=_size, default=(1400, 860), help="window size WxH (default 1400x860)")
    d.add_argument("--show", action="store_true", help="show the window while it runs (default: offscreen)")
    d.add_argument("--schema", action="store_true", help="print the JSON Schema of a demo script and exit")

    la = command("install-launcher", "put nnviz into the desktop's application menu (a .desktop file and "
                                     "the icon in XDG_DATA_HOME, default ~/.local/share)",
                 "example:\n  nnviz install-launcher            # then look for nnviz in the menu\n"
                 "  nnviz install-launcher --uninstall")
    la.add_argument("--uninstall", action="store_true", help="remove the launcher and icon again")
    la.add_argument("--data-home", default=None, help=argparse.SUPPRESS)  # tests; else XDG_DATA_HOME
    return p


DEMO_USAGE = ("nnviz demo needs the script and --shots DIR, like: nnviz demo demo.json --shots shots/ "
              "(nnviz demo --help lists the actions)")


def cmd_demo(a):
    if a.schema:
        from nnviz.demo import schema

        print(json.dumps(schema(), indent=2, ensure_ascii=False))
        return 0
    from nnviz.demo import run_demo

    paths = run_demo(a.script, a.shots, size=a.size, show=a.show, out=sys.stdout)
    print(f"demo done: {len(paths)} screenshot(s) in {a.shots}")
    return 0


def cmd_install_launcher(a):
    from nnviz import launcher

    if sys.platform in ("win32", "darwin", "cygwin") and not a.data_home:
        print("nnviz install-launcher: this is for Linux desktops (freedesktop.org menus); on Windows make a "
              f"shortcut to {launcher.command()[0]}, on macOS add it to the Dock", file=sys.stderr)
        return 1
    if a.uninstall:
        removed = launcher.uninstall(a.data_home)
        print("removed " + (", ".join(map(str, removed)) if removed else "nothing (no launcher was installed)"))
        return 0
    written = launcher.install(a.data_home)
    print(f"installed the launcher {written[0]} and the icon in {len(written) - 2} sizes; "
          "nnviz is in the desktop's application menu (log out and in if it does not show yet)")
    return 0


def no_display():
    """True where the window cannot open: Linux/BSD without X or Wayland, and no Qt platform chosen."""
    if sys.platform.startswith(("win", "darwin", "cygwin")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


NO_DISPLAY = ("nnviz: no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
              "`nnviz screenshot`, `nnviz train` and `nnviz demo` work without one (see nnviz --help)")


def main(argv=None):
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser()
    try:
        a = parser.parse_args(argv)
        if a.command == "demo" and not a.schema and not (a.script and a.shots):
            raise UsageError(DEMO_USAGE)
    except UsageError as e:
        print(f"nnviz: error: {e}", file=sys.stderr)
        return 2
    lang, timing = getattr(a, "lang", None), bool(getattr(a, "timing", False))
    if a.command is None:
        if no_display():
            print(NO_DISPLAY, file=sys.stderr)
            return 1
        from nnviz.app import main_gui

        return main_gui([sys.argv[0] if sys.argv else "nnviz"], timing=timing,
                        exit_after_paint=a.exit_after_paint, lang=lang)
    if a.command == "demo" and getattr(a, "show", False) and no_display():
        print("nnviz demo: --show needs a display (neither DISPLAY nor WAYLAND_DISPLAY is set); "
              "without --show the demo runs offscreen", file=sys.stderr)
        return 1
    t0 = time.monotonic()
    isolated = a.command in HEADLESS
    if isolated:
        from nnviz.classroom import settings as prefs

        prefs.isolate()  # a screenshot or a demo neither reads nor changes the user's settings
    try:
        rc = _run(a, lang)
    finally:
        if isolated:
            prefs.end_isolation()
    if timing and rc == 0:
        print(f"nnviz {a.command}: {time.monotonic() - t0:.2f} s", file=sys.stderr)
    return rc


def _run(a, lang):
    keep = []  # the QApplication must outlive the command
    from core.errors import NNVizError

    try:
        if lang and a.command in HEADLESS and not (a.command == "demo" and a.schema):
            from nnviz import i18n, render  # the commands' pictures speak the chosen language too

            if a.command == "demo" and getattr(a, "show", False):
                from PySide6.QtWidgets import QApplication
                keep.append(QApplication.instance() or QApplication(["nnviz-demo"]))
            else:
                keep.append(render.application())
            i18n.set_language(lang)
        commands = {"train": cmd_train, "screenshot": cmd_screenshot, "demo": cmd_demo,
                    "install-launcher": cmd_install_launcher}
        return commands[a.command](a)
    except NNVizError as e:
        print(f"nnviz {a.command}: error: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"nnviz {a.command}: error: {e}", file=sys.stderr)
        return 1


def gui_main():
    """The ``nnviz-gui`` script (a GUI script: on Windows no console window opens). Where Python runs
    without a console, print() has nowhere to go, so the streams go to the null device."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w"))
    return main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
