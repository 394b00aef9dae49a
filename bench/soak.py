"""Soak: memory of one long run stays bounded (issue 9.5). A benchmark, not a test.

Engine:  python bench/soak.py [--steps 1000000]
Window:  python bench/soak.py --window [--minutes 30] [--every 60] [--budget-mb 256]
         full-speed training in the real window (offscreen unless $DISPLAY is set); prints the RSS
         when the checkpoint history budget is full, at the end, the growth between them in %, the
         steps done and the minutes (bench/soak_window.py, which also runs on its own).

Engine:
Trains the default spiral session (10 steps an epoch, so the epoch records grow fast too),
prints the resident set size (RSS) once the bounded histories are full (their size no
longer grows: the loss series at its fold cycle, the epoch records thinned) and at the end,
and the growth between the two in %. Before core.series the histories took ~78 MB per
million steps.
"""
import argparse
import os
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import core  # noqa: E402
from core.series import EpochRecords, LossSeries  # noqa: E402


def rss_mb():
    """Current resident set size (Linux /proc; the peak from getrusage elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main():
    if "--window" in sys.argv[1:]:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import soak_window
        soak_window.main([a for a in sys.argv[1:] if a != "--window"])
        return
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=1_000_000)
    ap.add_argument("--window", action="store_true", help="the window soak instead (see above)")
    args = ap.parse_args()
    print(f"core from {core.__file__}")
    s = core.Session({})
    # full: the epoch records have thinned at least once and the loss series has folded many times
    fill = max(20 * LossSeries.DENSE, 2 * EpochRecords.CAP * s.iters_per_epoch)
    t0 = time.perf_counter()
    step = s.step
    rss_full = None
    for i in range(1, args.steps + 1):
        step()
        if i == fill:
            rss_full = rss_mb()
            print(f"after {i:>9,} steps (histories full): RSS {rss_full:7.1f} MB  "
                  f"loss numbers kept {s.loss_history.kept:,}  epoch records {len(s.epoch_history):,}")
    rss_end = rss_mb()
    dt = time.perf_counter() - t0
    print(f"after {args.steps:>9,} steps (end):            RSS {rss_end:7.1f} MB  "
          f"loss numbers kept {s.loss_history.kept:,}  epoch records {len(s.epoch_history):,}")
    if rss_full:
        print(f"growth after the histories were full: {100 * (rss_end - rss_full) / rss_full:+.2f} %  "
              f"({args.steps / dt:,.0f} steps/s)")


if __name__ == "__main__":
    main()
