"""Window soak: full-speed training in the real window for N minutes; does the memory stay bounded?

Run by hand:  nice python bench/soak.py --window [--minutes 30] [--every 60] [--budget-mb 256]
(the same as python bench/soak_window.py ...). A benchmark, not a test. Offscreen unless $DISPLAY is set.

Prints every ``--every`` seconds the RSS (the window's process and its training process together; the child's
alone in the last column) with the iteration, the checkpoint ring's bytes, its
spare buffers, the frames drawn and glibc's heap (bytes handed out / held free: growth outside the
heap is Python's own allocator, Qt or libraries). Then the RSS when the history budget is full (the
ring reached its budget and thinned for the first time: from there on its size only cycles between
7/8 and all of the budget, and nothing should grow), the RSS at the end, the growth between them in
%, the steps done and the minutes. For comparison it also gives the figure from the first time the
ring held 95 % of its budget (the criterion before: the ring still grows by 5 % of its budget after).
Target (issue 9.5): growth under 5 % over 30 minutes with the default 256 MB budget.
"""
from __future__ import annotations

import argparse
import ctypes
import gc
import os
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("NNVIZ_SETTINGS", os.path.join(tempfile.mkdtemp(prefix="nnviz-soak-"), "settings.ini"))

MB = 2**20


def rss():
    """Resident set size now (ru_maxrss would only give the peak)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def child_rss(w):
    """RSS of the window's training process (nnviz.worker.trainproc), 0 while there is none."""
    split = getattr(w.worker.controller, "split", None)
    proc = getattr(split, "_proc", None)
    try:
        with open(f"/proc/{proc.pid}/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, OSError):
        return 0


class _Mallinfo2(ctypes.Structure):
    _fields_ = [(n, ctypes.c_size_t) for n in ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks",
                                                "fsmblks", "uordblks", "fordblks", "keepcost")]


def _mallinfo2():
    try:
        f = ctypes.CDLL("libc.so.6").mallinfo2
    except (OSError, AttributeError):   # not glibc (or older than 2.33)
        return None
    f.restype = _Mallinfo2
    return f


MALLINFO2 = _mallinfo2()


def heap():
    """(bytes glibc's malloc has handed out, bytes it holds free) over all arenas; (0, 0) elsewhere."""
    if MALLINFO2 is None:
        return 0, 0
    m = MALLINFO2()
    return m.uordblks + m.hblkhd, m.fordblks


def run_loop(seconds):
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def growth_line(label, at, start_rss, end_rss, t_end):
    return (f"RSS growth after {label} ({(t_end - at) / 60:.1f} min): {start_rss / MB:.1f} -> {end_rss / MB:.1f} MB"
            f" = {100.0 * (end_rss - start_rss) / start_rss:+.1f} %")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=30.0)
    ap.add_argument("--every", type=float, default=60.0, help="seconds between RSS lines")
    ap.add_argument("--budget-mb", type=float, default=None, help="checkpoint history budget (default: the app's)")
    a = ap.parse_args(argv)

    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([sys.argv[0]])  # noqa: F841 - kept alive for the run
    import core
    from nnviz.main_window import MainWindow
    print(f"core from {os.path.dirname(core.__file__)}", flush=True)

    w = MainWindow()
    w.resize(1400, 860)
    w.show()
    run_loop(0.5)
    if a.budget_mb is not None:
        w.worker.set_history_budget(int(a.budget_mb * MB))
        run_loop(0.5)
    drawn = {"n": 0}
    w.snapshotDrawn.connect(lambda: drawn.__setitem__("n", drawn["n"] + 1))
    w.set_speed(0)
    def total():   # the window's process and its training process together
        return rss() + child_rss(w)

    start_it = w.last_snapshot.iteration
    w.play()
    t0 = time.monotonic()
    end = t0 + a.minutes * 60
    near = full = None      # (time, RSS, iteration) at 95 % of the budget / at the first thinning
    next_line = t0
    print(f"{'min':>6} {'RSS MB':>8} {'iteration':>11} {'ring MB':>8} {'spare MB':>8} {'budget MB':>9}"
          f" {'frames':>7} {'heap used':>9} {'heap free':>9} {'child MB':>8}", flush=True)
    while time.monotonic() < end:
        run_loop(1.0)
        snap = w.last_snapshot
        ring = w.worker.controller.stepper.ring    # read across threads: numbers for a benchmark only
        nb, budget = ring.nbytes, ring.budget
        if near is None and nb >= 0.95 * budget:
            gc.collect()
            near = (time.monotonic(), total(), snap.iteration)
        if full is None and ring.full:
            gc.collect()
            full = (time.monotonic(), total(), snap.iteration)
            print(f"history budget full after {(full[0] - t0) / 60:.1f} min at iteration {snap.iteration}: "
                  f"RSS {full[1] / MB:.1f} MB", flush=True)
        if time.monotonic() >= next_line:
            next_line += a.every
            used, free = heap()
            print(f"{(time.monotonic() - t0) / 60:>6.1f} {total() / MB:>8.1f} {snap.iteration:>11} {nb / MB:>8.1f} "
                  f"{ring.spare_nbytes / MB:>8.1f} {budget / MB:>9.0f} {drawn['n']:>7} {used / MB:>9.1f} "
                  f"{free / MB:>9.1f} {child_rss(w) / MB:>8.1f}", flush=True)
    gc.collect()
    last, t_end = total(), time.monotonic()
    snap = w.last_snapshot
    print(f"end after {(t_end - t0) / 60:.1f} min: iteration {snap.iteration} ({snap.iteration - start_it:,} steps), "
          f"{drawn['n']} frames, RSS {last / MB:.1f} MB", flush=True)
    if full is None:
        print("the history budget never filled: no growth figure (run longer or pass --budget-mb)")
    else:
        print(f"history budget full: RSS {full[1] / MB:.1f} MB at {(full[0] - t0) / 60:.1f} min, iteration {full[2]}; "
              f"at the end RSS {last / MB:.1f} MB at {(t_end - t0) / 60:.1f} min, iteration {snap.iteration}; "
              f"{snap.iteration - full[2]:,} steps after full, {snap.iteration - start_it:,} in all", flush=True)
        print(growth_line("the history budget filled", full[0], full[1], last, t_end) + " (target < 5 %)", flush=True)
        print(growth_line("the ring first held 95 % of its budget", near[0], near[1], last, t_end)
              + " (the criterion before)", flush=True)
    w.shutdown()
    w.close()


if __name__ == "__main__":
    main()
