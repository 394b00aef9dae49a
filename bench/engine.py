"""Engine speed against a hand-fused numpy loop, measured side by side (A B A B, median of rounds).

Run by hand: python bench/engine.py [--rounds 7]
Prints steps/s and the ratio fused_time / our_time (1.0 = as fast as no layers at all).
"""
import argparse
import os
import statistics
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from fused import mlp_fused, spiral_fused  # noqa: E402

import core  # noqa: E402

SPIRAL = {"network": {"sizes": [2, 10, 3], "activation": "sigmoid", "output": "softmax",
                      "loss": "cross_entropy", "init": "book", "seed": 0},
          "data": {"name": "spiral", "seed": 1984, "test_ratio": 0.0},
          "train": {"optimizer": "sgd", "lr": 1.0, "batch_size": 30, "seed": 0}}


def timed(fn):
    """Seconds spent in the steps only: fn may prepare (build a session) and return the loop to time."""
    loop = fn()
    t = time.perf_counter()
    loop()
    return time.perf_counter() - t


def spiral_inputs(steps):
    s = core.Session.from_spec(SPIRAL)
    (W1, b1), (W2, b2) = s.network.get_weights()
    rng = np.random.default_rng(SPIRAL["train"]["seed"])
    perms = [rng.permutation(s.n_train) for _ in range(steps // s.iters_per_epoch + 1)]
    return s, np.asarray(s.x_train), np.asarray(s.t_train), (W1, b1, W2, b2), perms


def bench_spiral(rounds, steps=3000):
    _, x, t, w, perms = spiral_inputs(steps)
    x_raw, t_raw = core.datasets.spiral(seed=1984)
    t_raw = t_raw.astype(np.float64)

    def fused():
        return lambda: spiral_fused(x, t, *w, perms, steps, 30, 1.0)

    def session():
        s = core.Session.from_spec(SPIRAL)

        def loop():
            for _ in range(steps):
                s.step()
        return loop

    def session_lists():
        # the histories as the unbounded lists they were before core.series: what bounding costs
        s = core.Session.from_spec(SPIRAL)
        s.loss_history, s.epoch_history = [], []

        def loop():
            for _ in range(steps):
                s.step()
        return loop

    def network():
        net = core.Network.from_spec(SPIRAL["network"])
        opt = core.optimizers.SGD(lr=1.0)
        it = 300 // 30

        def loop():
            for k in range(steps):
                i = k % it
                if i == 0:
                    p = perms[k // it]
                    xs, ts = x[p], t[p]
                net.forward(xs[i * 30:(i + 1) * 30], ts[i * 30:(i + 1) * 30])
                net.backward()
                opt.update(net.params, net.grads)
        return loop

    # same maths: the session ends where the fused loop ends
    (W1, b1, W2, b2), _ = spiral_fused(x, t, *w, perms, steps, 30, 1.0)
    s = core.Session.from_spec(SPIRAL)
    for _ in range(steps):
        s.step()
    got = s.network.get_weights()
    assert np.allclose(got[0][0], W1) and np.allclose(got[1][0], W2), "fused loop and engine disagree"

    times = {"fused": [], "network": [], "session": [], "lists": []}
    for _ in range(rounds):
        for name, fn in (("fused", fused), ("network", network), ("session", session), ("lists", session_lists)):
            times[name].append(timed(fn))
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"(a) spiral 2-10-3, batch 30, SGD, {steps} steps, median of {rounds} rounds")
    for k in ("fused", "network", "session", "lists"):
        print(f"    {k:8s} {steps / med[k]:9.0f} steps/s  {med[k] / steps * 1e6:6.1f} us/step"
              f"  ratio fused/ours {med['fused'] / med[k]:.3f}")
    print(f"    (lists: Session.step with unbounded list histories; bounded/lists {med['lists'] / med['session']:.3f})")
    return med


def bench_mlp(rounds, steps=60):
    spec = {"network": {"sizes": [784, 256, 256, 10], "activation": "relu", "init": "he",
                        "dtype": "float32", "seed": 0},
            "train": {"optimizer": "sgd", "lr": 0.1, "batch_size": 128, "seed": 0}}
    rng = np.random.default_rng(0)
    n = 128 * 20
    xr = rng.standard_normal((n, 784))
    y = rng.integers(0, 10, n)
    ds = core.datasets.Dataset(x=xr, y=y, kind="classification", class_names=tuple("0123456789"),
                               feature_names=tuple(f"p{i}" for i in range(784)), name="random-784")
    s0 = core.Session(spec, dataset=ds)
    x, t = np.asarray(s0.x_train), np.asarray(s0.t_train)
    Ws = [w for w, _ in s0.network.get_weights()]
    bs = [b for _, b in s0.network.get_weights()]
    Ws = [w.astype(np.float32) for w in Ws]
    bs = [b.astype(np.float32) for b in bs]
    prng = np.random.default_rng(0)
    perms = [prng.permutation(n) for _ in range(steps // 20 + 1)]

    def fused():
        return lambda: mlp_fused(x, t, Ws, bs, perms, steps, 128, np.float32(0.1))

    def session():
        s = core.Session(spec, dataset=ds)

        def loop():
            for _ in range(steps):
                s.step()
        return loop

    times = {"fused": [], "session": []}
    for _ in range(rounds):
        for name, fn in (("fused", fused), ("session", session)):
            times[name].append(timed(fn))
    med = {k: statistics.median(v) for k, v in times.items()}
    print(f"(b) MLP 784-256-256-10 float32 ReLU, batch 128, {steps} steps, median of {rounds} rounds")
    for k in ("fused", "session"):
        print(f"    {k:8s} {steps / med[k]:9.1f} steps/s  {med[k] / steps * 1e3:6.2f} ms/step"
              f"  ratio fused/ours {med['fused'] / med[k]:.3f}")


def bench_torch(rounds, steps=3000):
    try:
        import torch
    except ImportError:
        print("(c) PyTorch not importable: skipped")
        return
    torch.set_num_threads(1)
    x_np, t_np = core.datasets.spiral(seed=1984)
    x = torch.tensor(x_np)
    y = torch.tensor(t_np.argmax(1))

    def run():
        model = torch.nn.Sequential(torch.nn.Linear(2, 10), torch.nn.Sigmoid(), torch.nn.Linear(10, 3)).double()
        opt = torch.optim.SGD(model.parameters(), lr=1.0)
        lossf = torch.nn.CrossEntropyLoss()
        g = torch.Generator().manual_seed(0)
        for k in range(steps):
            i = k % 10
            if i == 0:
                p = torch.randperm(300, generator=g)
                xs, ys = x[p], y[p]
            opt.zero_grad()
            loss = lossf(model(xs[i * 30:(i + 1) * 30]), ys[i * 30:(i + 1) * 30])
            loss.backward()
            opt.step()

    ts = [timed(lambda: run) for _ in range(rounds)]
    med = statistics.median(ts)
    print(f"(c) PyTorch CPU nn.Module spiral: {steps / med:.0f} steps/s")


def main():
    print(f"core from {core.__file__}")
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    a = ap.parse_args()
    bench_spiral(a.rounds)
    bench_mlp(max(3, a.rounds // 2))
    bench_torch(3)


if __name__ == "__main__":
    main()
