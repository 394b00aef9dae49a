"""Numerical (central differences) against analytic (backprop) gradients."""
from __future__ import annotations

import numpy as np

from .backend import to_numpy


def gradient_check(net, x, t, eps=1e-5):
    """Per parameter: {"layer", "name", "shape", "max_rel_error", "max_abs_error"}.

    The relative error of one entry is |a - n| / max(|a| + |n|, 1e-8). The
    parameters are left exactly as they were."""
    xp, be = net.xp, net.backend
    dt = net.spec["dtype"]
    x = be.asarray(np.asarray(to_numpy(x)), dt)
    t = be.asarray(np.asarray(to_numpy(t)), dt)
    net.forward(x, t)
    net.backward()
    analytic = [to_numpy(g).copy() for g in net.grads]
    out = []
    for i, p in enumerate(net.params):
        host = to_numpy(p).copy()
        num = np.zeros_like(host)
        it = np.nditer(host, flags=["multi_index"])
        for _ in it:
            idx = it.multi_index
            orig = host[idx]
            for sign in (+1, -1):
                host[idx] = orig + sign * eps
                p[...] = be.asarray(host, dt)
                f = net.forward(x, t)
                num[idx] += sign * f
            host[idx] = orig
            num[idx] /= 2 * eps
        p[...] = be.asarray(host, dt)
        a = analytic[i]
        abs_err = np.abs(a - num)
        rel = abs_err / np.maximum(np.abs(a) + np.abs(num), 1e-8)
        li, name = net.owners[i]
        out.append({"layer": li, "name": name, "shape": host.shape,
                    "max_rel_error": float(rel.max()), "max_abs_error": float(abs_err.max())})
    # leave the gradients as backprop computed them
    net.forward(x, t)
    net.backward()
    return out
