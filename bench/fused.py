"""Hand-fused numpy training loops with no layer objects: the reference our engine is measured against."""
import numpy as np


def spiral_fused(x, t, W1, b1, W2, b2, perms, steps, batch, lr):
    """2-10-3 sigmoid/softmax, SGD; the same data, initial weights and shuffles as the Session."""
    W1, b1, W2, b2 = W1.copy(), b1.copy(), W2.copy(), b2.copy()
    n = x.shape[0]
    iters = n // batch
    losses = np.empty(steps)
    for k in range(steps):
        i = k % iters
        if i == 0:
            p = perms[k // iters]
            xs, ts = x[p], t[p]
        xb, tb = xs[i * batch:(i + 1) * batch], ts[i * batch:(i + 1) * batch]
        a = 0.5 * (np.tanh(0.5 * (xb @ W1 + b1)) + 1.0)
        s = a @ W2 + b2
        z = s - s.max(axis=1, keepdims=True)
        e = np.exp(z)
        se = e.sum(axis=1, keepdims=True)
        y = e / se
        losses[k] = -(tb * (z - np.log(se))).sum() / batch
        dy = (y - tb) / batch
        dW2 = a.T @ dy
        db2 = dy.sum(axis=0)
        dh = (dy @ W2.T) * (1.0 - a) * a
        dW1 = xb.T @ dh
        db1 = dh.sum(axis=0)
        W1 -= lr * dW1
        b1 -= lr * db1
        W2 -= lr * dW2
        b2 -= lr * db2
    return (W1, b1, W2, b2), losses


def mlp_fused(x, t, Ws, bs, perms, steps, batch, lr):
    """784-256-256-10 ReLU/softmax, SGD, float32."""
    Ws = [w.copy() for w in Ws]
    bs = [b.copy() for b in bs]
    n = x.shape[0]
    iters = n // batch
    for k in range(steps):
        i = k % iters
        if i == 0:
            p = perms[k // iters]
            xs, ts = x[p], t[p]
        xb, tb = xs[i * batch:(i + 1) * batch], ts[i * batch:(i + 1) * batch]
        h1 = xb @ Ws[0] + bs[0]
        m1 = h1 > 0
        a1 = np.where(m1, h1, 0)
        h2 = a1 @ Ws[1] + bs[1]
        m2 = h2 > 0
        a2 = np.where(m2, h2, 0)
        s = a2 @ Ws[2] + bs[2]
        z = s - s.max(axis=1, keepdims=True)
        e = np.exp(z)
        se = e.sum(axis=1, keepdims=True)
        y = e / se
        _ = -float((tb * (z - np.log(se))).sum()) / batch
        dy = (y - tb) * (1.0 / batch)
        g2 = a2.T @ dy
        gb2 = dy.sum(axis=0)
        d2 = np.where(m2, dy @ Ws[2].T, 0)
        g1 = a1.T @ d2
        gb1 = d2.sum(axis=0)
        d1 = np.where(m1, d2 @ Ws[1].T, 0)
        g0 = xb.T @ d1
        gb0 = d1.sum(axis=0)
        for W, g in ((Ws[0], g0), (bs[0], gb0), (Ws[1], g1), (bs[1], gb1), (Ws[2], g2), (bs[2], gb2)):
            W -= lr * g
    return Ws, bs
