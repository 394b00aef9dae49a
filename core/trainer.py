"""The book's Trainer: ``Trainer(model, optimizer).fit(x, t, ...)`` for scripts (no plotting here)."""
from __future__ import annotations

import time

import numpy as np

from .optimizers import clip_grads


class Trainer:
    def __init__(self, model, optimizer, rng=None):
        self.model, self.optimizer = model, optimizer
        self.rng = rng if rng is not None else np.random.default_rng(0)
        self.loss_list = []
        self.eval_interval = None
        self.current_epoch = 0

    def fit(self, x, t, max_epoch=10, batch_size=32, max_grad=None, eval_interval=20, progress=None):
        """Train; every ``eval_interval`` iterations the average loss is appended to ``loss_list``.

        ``progress(epoch, iteration, avg_loss, elapsed)`` is called at each evaluation
        (the book prints there; a caller may print or draw a progress bar)."""
        model, opt = self.model, self.optimizer
        xp = model.xp
        x = model.backend.asarray(np.asarray(x), model.spec["dtype"])
        t = model.backend.asarray(np.asarray(t), model.spec["dtype"])
        data_size = x.shape[0]
        max_iters = max(1, data_size // batch_size)
        self.eval_interval = eval_interval
        total_loss, loss_count = 0.0, 0
        start = time.perf_counter()
        for _ in range(max_epoch):
            idx = model.backend.asarray(self.rng.permutation(data_size))
            x, t = xp.take(x, idx, axis=0), xp.take(t, idx, axis=0)
            for iters in range(max_iters):
                bx = x[iters * batch_size:(iters + 1) * batch_size, ...]
                bt = t[iters * batch_size:(iters + 1) * batch_size, ...]
                loss = model.forward(bx, bt)
                model.check_finite(loss, bx, epoch=self.current_epoch + 1)
                model.backward()
                if max_grad is not None:
                    clip_grads(model.grads, max_grad, xp)
                opt.update(model.params, model.grads)
                total_loss += loss
                loss_count += 1
                if eval_interval is not None and (iters + 1) % eval_interval == 0:
                    avg = total_loss / loss_count
                    self.loss_list.append(avg)
                    if progress:
                        progress(self.current_epoch + 1, iters + 1, avg, time.perf_counter() - start)
                    total_loss, loss_count = 0.0, 0
            self.current_epoch += 1
        return self.loss_list
