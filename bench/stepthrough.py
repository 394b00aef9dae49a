"""Step-through benchmarks, run by hand: python bench/stepthrough.py [--presses 50] [--iterations 100000]

1. Key press -> stage drawn: the real MainWindow (offscreen unless DISPLAY is set) on the default
   2-10-3 spiral; QTest.keyClick(Right), then the time until the diagram's viewport has painted the
   new stage (the step-through views have shown it and a Paint event reached the viewport after
   that). Median and 90th percentile over the presses; target: median <= 50 ms.
2. A stage snapshot assembled from the events on a scratch network against writing the stage's
   weights into the live network (the way before issue 8.1), in the same run.
3. The history at full speed: the worker's fast path (Stepper.record before each step with its
   adaptive stride, the NaN check after each slice) against plain Session.step(), and the RSS of the
   checkpoint ring over N iterations next to its own accounting and its budget.
"""
import argparse
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

MB = 2**20


def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def key_latency(presses):
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])  # kept alive for the window
    from nnviz.main_window import MainWindow

    w = MainWindow()
    w.show()
    st = w.stepthrough
    st.set_stage_ms(100)
    vp = w.diagram.view.viewport()

    class Paints(QObject):
        def __init__(self):
            super().__init__()
            self.last = 0.0

        def eventFilter(self, obj, ev):
            if ev.type() == QEvent.Type.Paint:
                self.last = time.perf_counter()
            return False

    paints = Paints()
    vp.installEventFilter(paints)

    def wait(pred, timeout=10.0):
        """Run the event loop until pred() holds (checked every millisecond; a zero timer would starve
        the X11 event dispatcher of the worker's queued signals)."""
        if pred():
            return
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: loop.quit() if pred() else None)
        timer.start(1)
        QTimer.singleShot(int(timeout * 1000), loop.quit)
        loop.exec()
        timer.stop()
        if not pred():
            raise RuntimeError("timed out")

    wait(lambda: w.drawn_snapshot is not None)
    w.raise_()
    w.activateWindow()   # the arrow keys are window shortcuts: the window must be the active one
    QTest.qWaitForWindowActive(w, 5000)
    shown = {"t": 0.0, "seq": -1}
    st.frameShown.connect(lambda seq: shown.update(t=time.perf_counter(), seq=seq))
    lat = []
    for k in range(presses + 3):
        seq0 = st.shown_seq
        st.overlay.finish_animation()
        t0 = time.perf_counter()
        QTest.keyClick(w, Qt.Key.Key_Right)
        wait(lambda: st.shown_seq > seq0)
        wait(lambda: paints.last > shown["t"])
        if k >= 3:  # the first presses build the docks' tables
            lat.append((paints.last - t0) * 1000)
    w.shutdown()
    w.close()
    return lat


def history(iterations, budget_mb):
    import core
    from core.breakpoints import Breakpoints, check_session
    from nnviz.stepthrough.stepper import Stepper
    from nnviz.worker import default_spec

    # full-speed cost: plain steps against the worker's fast path (record + per-slice NaN check)
    def plain(n):
        s = core.Session(default_spec())
        t = time.perf_counter()
        for _ in range(n):
            s.step()
        return (time.perf_counter() - t) / n

    def worker_path(n, slice_steps=400):
        s = core.Session(default_spec())
        st = Stepper(int(budget_mb * MB))
        st.reset(s)
        done = -slice_steps  # the first slice records every step until the stride is tuned (a one-off ~25 ms)
        t = None
        while done < n:
            if done == 0:
                t = time.perf_counter()
            t0 = time.perf_counter()
            mask = st.stride - 1
            for _ in range(slice_steps):  # as TrainingWorker._train_slice
                if not s.iteration & mask:
                    st.record(s)
                s.step()
            done += slice_steps
            st.steps_done(s)
            st.tune_stride((time.perf_counter() - t0) / slice_steps)
            check_session(s, Breakpoints())
        return (time.perf_counter() - t) / done, st.stride

    n = 20_000
    runs_plain, runs_worker = [], []
    for _ in range(3):  # alternated, best of three: the machine's noise is larger than the effect
        runs_plain.append(plain(n))
        runs_worker.append(worker_path(n))
    base = min(runs_plain)
    w1, stride = min(runs_worker)
    print(f"full speed, default 2-10-3 spiral: plain step {base * 1e6:.1f} us, with history + breakpoints "
          f"{w1 * 1e6:.1f} us ({100 * (w1 / base - 1):+.1f} %, recording every {stride} iterations; steady state "
          f"after the first slice)")

    # memory of the ring over many iterations, recording every iteration (the densest the ring gets)
    s = core.Session(default_spec())
    st = Stepper(int(budget_mb * MB))
    st.reset(s)
    start = rss()
    t = time.perf_counter()
    print(f"{'iteration':>9} {'RSS MB':>8} {'growth MB':>9} {'ring MB':>8} {'kept':>7}")
    for it in range(iterations):
        st.record(s)
        s.step()
        if (it + 1) % max(1, iterations // 10) == 0:
            print(f"{it + 1:>9} {rss() / MB:>8.1f} {(rss() - start) / MB:>9.1f} {st.ring.nbytes / MB:>8.1f} "
                  f"{len(st.ring):>7}")
    dt = time.perf_counter() - t
    growth = (rss() - start) / MB
    print(f"ring after {iterations} iterations: {st.ring.nbytes / MB:.1f} MB of {budget_mb:g} MB, {len(st.ring)} "
          f"checkpoints; process RSS grew {growth:.1f} MB (includes the loss history); {dt:.1f} s")
    return growth


def stage_assembly(rounds=300):
    """A stage snapshot assembled from the events on the scratch network (stage_snapshot) against the old
    way, writing the stage's weights into the live network, snapshotting and restoring (same run)."""
    import core
    from nnviz.stepthrough.assemble import stage_snapshot
    from nnviz.stepthrough.stepper import Stepper
    try:
        from nnviz.model.snapshot import make_snapshot
    except ImportError:
        from nnviz.model.snapshot import make_snapshot
    from nnviz.worker import default_spec

    s = core.Session(default_spec())
    st = Stepper()
    st.reset(s)
    for _ in range(3):
        st.step_stage(s)

    def old():
        net, entry, k = s.network, st.entry(), st.cursor[1]
        saved = [p.copy() for p in net.params]
        try:
            for p, v in zip(net.params, st.stage_params(s, entry, k)):
                p[...] = v
            return make_snapshot(s, 1)
        finally:
            for p, v in zip(net.params, saved):
                p[...] = v

    def new():
        return stage_snapshot(s, st, make_snapshot, seq=1)

    times = {}
    for name, fn in (("old", old), ("new", new), ("old", old), ("new", new)):
        fn()
        t0 = time.perf_counter()
        for _ in range(rounds):
            fn()
        times.setdefault(name, []).append((time.perf_counter() - t0) / rounds)
    o, n = min(times["old"]), min(times["new"])
    print(f"stage snapshot (default net, with the boundary grid): write-into-live {o * 1e3:.2f} ms, from the events "
          f"on a scratch network {n * 1e3:.2f} ms (ratio new/old {n / o:.2f})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--presses", type=int, default=50)
    ap.add_argument("--iterations", type=int, default=100_000)
    ap.add_argument("--budget-mb", type=float, default=256)
    ap.add_argument("--skip-keys", action="store_true")
    ap.add_argument("--skip-history", action="store_true")
    a = ap.parse_args()
    stage_assembly()
    if not a.skip_keys:
        lat = key_latency(a.presses)
        q = statistics.quantiles(lat, n=10)
        print(f"key press -> stage drawn ({len(lat)} presses, default net): median {statistics.median(lat):.1f} ms, "
              f"90th percentile {q[-1]:.1f} ms, max {max(lat):.1f} ms (target: median <= 50 ms)")
    if not a.skip_history:
        history(a.iterations, a.budget_mb)


if __name__ == "__main__":
    main()
