"""Window soak: full-speed training in the real window for N minutes; does the memory stay bounded?

Run by hand:  nice python bench/soak_window.py [--minutes 30] [--every 60] [--budget-mb 256]

Prints the process RSS every ``--every`` seconds with the iteration, the checkpoint ring's bytes and
the frames drawn; then the RSS when the history budget first is full (the ring at >= 95 % of its
budget: from there on nothing should grow) and at the end, and the growth between them in %.
Target (issue 9.5): under 5 % over 30 minutes. Offscreen unless $DISPLAY is set. A benchmark, not a test.
"""
from __future__ import annotations

import argparse
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


def run_loop(seconds):
    from PySide6.QtCore import QEventLoop, QTimer
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=30.0)
    ap.add_argument("--every", type=float, default=60.0, help="seconds between RSS lines")
    ap.add_argument("--budget-mb", type=float, default=None, help="checkpoint history budget (default: the app's)")
    a = ap.parse_args()

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
    drawn = {"n": 0}
    w.snapshotDrawn.connect(lambda: drawn.__setitem__("n", drawn["n"] + 1))
    w.set_speed(0)
    w.play()
    t0 = time.monotonic()
    end = t0 + a.minutes * 60
    full_at = full_rss = None
    next_line = t0
    print(f"{'min':>6} {'RSS MB':>8} {'iteration':>11} {'ring MB':>8} {'budget MB':>9} {'frames':>7}", flush=True)
    while time.monotonic() < end:
        run_loop(1.0)
        snap = w.last_snapshot
        tl = snap.timeline or {}
        nb, budget = tl.get("nbytes", 0), tl.get("budget", 1)
        if full_at is None and budget and nb >= 0.95 * budget:
            gc.collect()
            full_at, full_rss = time.monotonic(), rss()
            print(f"history budget full after {(full_at - t0) / 60:.1f} min at iteration {snap.iteration}: "
                  f"RSS {full_rss / MB:.1f} MB", flush=True)
        if time.monotonic() >= next_line:
            next_line += a.every
            print(f"{(time.monotonic() - t0) / 60:>6.1f} {rss() / MB:>8.1f} {snap.iteration:>11} {nb / MB:>8.1f} "
                  f"{budget / MB:>9.0f} {drawn['n']:>7}", flush=True)
    gc.collect()
    last = rss()
    snap = w.last_snapshot
    print(f"end after {a.minutes:g} min: iteration {snap.iteration}, {drawn['n']} frames, RSS {last / MB:.1f} MB",
          flush=True)
    if full_rss is None:
        print("the history budget never filled: no growth figure (run longer or pass --budget-mb)")
    else:
        growth = 100.0 * (last - full_rss) / full_rss
        print(f"RSS growth after the history budget filled ({(time.monotonic() - full_at) / 60:.1f} min): "
              f"{full_rss / MB:.1f} -> {last / MB:.1f} MB = {growth:+.1f} % (target < 5 %)", flush=True)
    w.shutdown()
    w.close()


if __name__ == "__main__":
    main()
