"""What training in a process of its own would give (issue 10's frame rate), measured. A benchmark of a
design, run by hand:  python bench/process_split.py [--seconds 4] [--fps 20]

The window's training thread shares the GIL with the GUI thread, so every millisecond a frame costs
is taken from training (bench/gui.py). Here a child process trains the default session and sends a
snapshot (nnviz.model.snapshot.make_snapshot, pickled through a pipe) ``--fps`` times a second; the
window in this process draws each one through its own frame drawer (its training thread stays paused).
Printed side by side: the child's steps/s against the same child loop sending nothing (alternating
rounds, median ratio), and the frames/s the window drew.
"""
from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"


def child(conn, seconds, fps):
    """Train for ``seconds``; every 1/fps s send a snapshot (fps 0: send nothing). Sends the steps/s last."""
    import core
    from nnviz.model.snapshot import make_snapshot
    from nnviz.worker import default_spec
    s = core.Session(default_spec())
    for _ in range(200):
        s.step()
    t0 = time.perf_counter()
    it0, seq, nxt = s.iteration, 0, t0
    period = 1.0 / fps if fps else float("inf")
    while True:
        for _ in range(32):
            s.step()
        now = time.perf_counter()
        if now - t0 >= seconds:
            break
        if now >= nxt:
            seq += 1
            conn.send(make_snapshot(s, 10_000 + seq, running=True, fast_grid=True))
            nxt = now + period
    conn.send(("done", (s.iteration - it0) / (time.perf_counter() - t0)))
    conn.close()


def run_round(window, app, seconds, fps):
    ctx = mp.get_context("spawn")
    a, b = ctx.Pipe(duplex=False)
    p = ctx.Process(target=child, args=(b, seconds, fps), daemon=True)
    p.start()
    b.close()
    drawn0 = window.frames.frames_done
    rate, t_first = None, None
    while rate is None:
        if a.poll(0.002):
            msg = a.recv()
            if isinstance(msg, tuple) and msg[0] == "done":
                rate = msg[1]
                break
            if t_first is None:
                t_first, drawn0 = time.perf_counter(), window.frames.frames_done
            window._on_snapshot(msg)   # newest wins, as from the training thread
        app.processEvents()
    span = time.perf_counter() - (t_first or time.perf_counter())
    p.join(5)
    frames = (window.frames.frames_done - drawn0) / span if span > 0 else 0.0
    return rate, frames


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=4.0)
    ap.add_argument("--fps", type=float, default=20.0)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication([sys.argv[0]])
    from nnviz.main_window import MainWindow
    w = MainWindow()
    w.resize(1366, 768)
    w.show()
    t = time.perf_counter()
    while time.perf_counter() - t < 0.5:
        app.processEvents()
    w.pause()
    ratios, fps_drawn, solo, split = [], [], [], []
    for _ in range(args.rounds):
        r0, _ = run_round(w, app, args.seconds, 0)
        r1, f1 = run_round(w, app, args.seconds, args.fps)
        solo.append(r0)
        split.append(r1)
        ratios.append(r1 / r0)
        fps_drawn.append(f1)
    print(f"nnviz process-split benchmark ({os.cpu_count()} CPUs, Qt platform "
          f"{os.environ.get('QT_QPA_PLATFORM') or 'xcb'})")
    print(f"  child training alone {statistics.median(solo):,.0f} steps/s; sending {args.fps:g} snapshots/s to the "
          f"drawing window {statistics.median(split):,.0f} steps/s -> ratio {statistics.median(ratios):.2f} "
          f"(rounds {', '.join(f'{r:.2f}' for r in ratios)}); window drew {statistics.median(fps_drawn):.1f} frames/s")
    w.shutdown(timeout=3)


if __name__ == "__main__":
    main()
