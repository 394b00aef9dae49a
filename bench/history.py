"""Memory of recording a checkpoint every iteration into a CheckpointRing.

Run by hand: python bench/history.py [--iterations 100000] [--budget-mb 256] [--optimizer sgd]
Prints the process RSS at the start, every 10k iterations and at the end, next to the
ring's own accounting (nbytes), how many checkpoints it keeps and its dense width.
"""
import argparse
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import core  # noqa: E402
from core.history import CheckpointRing  # noqa: E402

MB = 2**20


def rss():
    """Resident set size now (ru_maxrss would only give the peak)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--iterations", type=int, default=100_000)
    ap.add_argument("--budget-mb", type=float, default=256)
    ap.add_argument("--optimizer", default="sgd")
    a = ap.parse_args()
    s = core.Session({"train": {"optimizer": a.optimizer}})  # the default spiral 2-10-3
    ring = CheckpointRing(int(a.budget_mb * MB))
    start = rss()
    print(f"{'iteration':>9} {'RSS MB':>8} {'growth MB':>9} {'ring MB':>8} {'kept':>7} {'dense':>6} {'us/step':>8}")

    def row(it, dt):
        print(f"{it:>9} {rss() / MB:>8.1f} {(rss() - start) / MB:>9.1f} {ring.nbytes / MB:>8.1f} {len(ring):>7} "
              f"{ring._dense or '-':>6} {dt:>8.1f}")

    row(0, 0.0)
    t = time.perf_counter()
    for it in range(a.iterations):
        if ring.should_record(s.iteration):
            ring.add(s.checkpoint())
        s.step()
        if (it + 1) % 10_000 == 0:
            row(it + 1, (time.perf_counter() - t) / 10_000 * 1e6)
            t = time.perf_counter()
    ring.add(s.checkpoint())
    print(f"end: RSS {rss() / MB:.1f} MB (+{(rss() - start) / MB:.1f} MB), ring nbytes {ring.nbytes / MB:.1f} MB "
          f"of {ring.budget / MB:.0f} MB, {len(ring)} checkpoints from {ring.kept()[0]} to {ring.kept()[-1]}")


if __name__ == "__main__":
    main()
