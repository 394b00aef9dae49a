"""Numerical (central differences) against analytic (backprop) gradients."""
from __future__ import annotations

import numpy as np

from .backend import to_numpy

# fourth-order central differences: f'(x) ~ (-f(x+2h) + 8f(x+h) - 8f(x-h) + f(x-2h)) / 12h.
# Its truncation error (~h^4) lets h be 1e-4, where rounding stays ~1e-12, so even
# gradients of 1e-5 are checked to a relative 1e-7 (the 2-point formula manages ~1e-5 there).
_STENCIL = ((2, -1.0), (1, 8.0), (-1, -8.0), (-2, 1.0))


def gradient_check(net, x, t, eps=1e-4):
    """Per parameter: {"layer", "name", "shape", "max_rel_error", "max_abs_error"}.

    The relative error of one entry is |a - n| / max(|a| + |n|, 1e-5 * max(1, |L|)): each loss
    evaluation is rounded at ~1e-16 |L|, which leaves ~1e-12 |L| of noise in a difference
    quotient, so an entry whose true gradient is ~0 (a dead unit) must not read as an error.
    The parameters are left exactly as they were."""
    be = net.backend
    dt = net.spec["dtype"]
    x = be.asarray(np.asarray(to_numpy(x)), dt)
    t = be.asarray(np.asarray(to_numpy(t)), dt)
    floor = 1e-5 * max(1.0, abs(net.forward(x, t)))
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
            for step, weight in _STENCIL:
                host[idx] = orig + step * eps
                p[...] = be.asarray(host, dt)
                num[idx] += weight * net.forward(x, t)
            host[idx] = orig
            num[idx] /= 12 * eps
        p[...] = be.asarray(host, dt)
        a = analytic[i]
        abs_err = np.abs(a - num)
        rel = abs_err / np.maximum(np.abs(a) + np.abs(num), floor)
        li, name = net.owners[i]
        out.append({"layer": li, "name": name, "shape": host.shape,
                    "max_rel_error": float(rel.max()), "max_abs_error": float(abs_err.max())})
    # leave the gradients as backprop computed them
    net.forward(x, t)
    net.backward()
    return out
