"""One training run: network + optimizer + data split + RNG + counters + history.

``step()`` runs one minibatch at full speed; ``micro_steps()`` runs the same
iteration with the same layer code and yields an event per stage.
``checkpoint()``/``restore()`` capture everything needed to replay exactly.
"""
from __future__ import annotations

import copy
import math

import numpy as np

from . import datasets
from . import features as feats
from . import optimizers as optim
from .backend import NUMPY, to_numpy
from .errors import SpecError
from .events import BackwardLayer, ForwardLayer, Loss, Update, frozen_copy
from .layers import Activation
from .network import Network
from .series import EpochRecords, LossSeries
from .spec import (  # noqa: F401
    DATA_DEFAULTS,
    OPT_KEYS,
    TRAIN_DEFAULTS,
    make_dataset,
    normalize_data,
    normalize_session,
    normalize_train,
)

# the spec's rules live in core.spec; these names stay importable from here
DEFAULT_DATA, DEFAULT_TRAIN, _OPT_KEYS = DATA_DEFAULTS, TRAIN_DEFAULTS, OPT_KEYS


def encode_targets(y, kind, output, out_size, num_classes):
    """Labels (n,) -> float targets shaped like the network's output."""
    y = np.asarray(y)
    if kind == "regression":
        if out_size != 1:
            raise SpecError("session.regression_outputs", n=out_size)
        return y.astype(np.float64).reshape(-1, 1)
    if out_size == 1:
        if num_classes != 2:
            raise SpecError("session.one_output", k=num_classes)
        t = y.astype(np.float64).reshape(-1, 1)
        return t if output in ("sigmoid", "softmax") else 2.0 * t - 1.0
    if out_size != num_classes:
        raise SpecError("session.class_outputs", k=num_classes, n=out_size)
    t = np.zeros((len(y), num_classes))
    t[np.arange(len(y)), y.astype(np.int64)] = 1.0
    return t if output != "tanh" else 2.0 * t - 1.0


class Session:
    def __init__(self, spec, dataset=None):
        self.spec = normalize_session(spec)
        self.network = Network.from_spec(self.spec["network"])
        self.spec["network"] = self.network.spec
        self.network.need_dx = False
        self.backend, self.xp = self.network.backend, self.network.xp
        self.optimizer = self._make_optimizer()
        self.rng = np.random.default_rng(self.spec["train"]["seed"])
        self.set_dataset(dataset if dataset is not None else self._load_data(), reset_counters=True)

    @classmethod
    def from_spec(cls, spec, dataset=None):
        return cls(spec, dataset)

    # --- data ---
    def _load_data(self):
        return make_dataset(self.spec["data"])

    def set_dataset(self, ds, reset_counters=False):
        """Use a (new) dataset: split, transform features, encode targets. Starts a new epoch."""
        d, net = self.spec["data"], self.spec["network"]
        self.dataset = ds
        feats_ = d["features"] if ds.x.shape[1] == 2 and ds.feature_names[:2] == ("x1", "x2") else None
        if feats_ is None:
            d["features"] = None
        n_in = ds.x.shape[1] if feats_ is None else len(feats_)
        if net["sizes"][0] != n_in:
            raise SpecError("session.inputs", n=net["sizes"][0], k=n_in)
        xr, yr, xe, ye = datasets.split(ds.x, ds.y, d["test_ratio"], seed=d["split_seed"])
        self.raw_train, self.raw_test, self.y_train, self.y_test = xr, xe, yr, ye
        enc = lambda y: encode_targets(y, ds.kind, net["output"], net["sizes"][-1], ds.num_classes)
        dt = net["dtype"]
        self.x_train = self.backend.asarray(feats.transform(xr, feats_), dt)
        self.x_test = self.backend.asarray(feats.transform(xe, feats_), dt)
        self.t_train = self.backend.asarray(enc(yr), dt)
        self.t_test = self.backend.asarray(enc(ye), dt)
        self.features = feats_
        self.targets = None  # explicit target rows (set_targets) instead of encoded labels
        self.l_train = self.backend.asarray(np.asarray(yr, dtype=np.int64) if ds.kind == "classification"
                                            else np.zeros(len(yr), dtype=np.int64))
        self._derive()
        if reset_counters:
            self.iteration = self.epoch = 0
            # bounded whatever the run's length (core.series)
            self.loss_history, self.epoch_history = LossSeries(), EpochRecords()
        self._batch = 0
        self._perm = None
        self._epoch_loss, self._epoch_count, self._epoch_correct = 0.0, 0, 0
        self._epoch_scores = []

    def set_targets(self, targets):
        """Train on explicit target rows, one per data point, shaped like the network's output
        (seed 004's t = [0.4, 0.6] is neither a class nor one regression value)."""
        T = np.asarray(targets, dtype=np.float64)
        if T.ndim != 2 or T.shape != (len(self.dataset.x), self.spec["network"]["sizes"][-1]):
            raise SpecError("session.targets_shape", n=len(self.dataset.x), k=self.spec["network"]["sizes"][-1],
                            got=str(T.shape))
        if not np.all(np.isfinite(T)):
            raise SpecError("session.targets_finite")
        d, dt = self.spec["data"], self.spec["network"]["dtype"]
        _, t_train, _, t_test = datasets.split(self.dataset.x, T, d["test_ratio"], seed=d["split_seed"])
        self.t_train = self.backend.asarray(t_train, dt)
        self.t_test = self.backend.asarray(t_test, dt)
        self.targets = T
        if self._perm is not None:
            self._cut()

    @property
    def n_train(self):
        return int(self.x_train.shape[0])

    # --- read-only views of the position in the epoch, for code outside Session
    @property
    def batch_in_epoch(self):
        """How many batches of the current epoch are done (0: the next step starts an epoch)."""
        return self._batch

    @property
    def shuffle_order(self):
        """The current epoch's order of the training rows (read-only), or None before the first step."""
        if self._perm is None:
            return None
        view = np.asarray(self._perm).view()
        view.flags.writeable = False
        return view

    def next_batch_rows(self):
        """The training rows (indices into the train split) that the next step trains on, exactly,
        drawing nothing: at the start of an epoch the shuffle it will draw is computed on a copy of
        the random generator."""
        bs = self.batch_size
        if self._batch == 0:
            twin = np.random.Generator(type(self.rng.bit_generator)())
            twin.bit_generator.state = self.rng.bit_generator.state
            perm = twin.permutation(self.n_train)
        else:
            perm = np.asarray(self._perm)
        lo = self._batch * bs
        return np.array(perm[lo:lo + bs], dtype=np.int64)

    def _derive(self):
        """Cache what step() needs every time (properties would cost a call per step)."""
        self.batch_size = max(1, min(self.spec["train"]["batch_size"], self.n_train))
        self.iters_per_epoch = max(1, self.n_train // self.batch_size)
        self._max_grad = self.spec["train"]["max_grad"]
        out, size = self.spec["network"]["output"], self.spec["network"]["sizes"][-1]
        self._count_correct = None
        if self.dataset.kind == "classification":
            xp = self.xp
            if size > 1:
                self._count_correct = lambda score, lab: xp.count_nonzero(xp.argmax(score, axis=1) == lab)
            else:
                # score is a logit for bce, a probability for sigmoid+mse, else in [-1, 1]
                thr = 0.5 if (out == "sigmoid" and self.spec["network"]["loss"] == "mse") else 0.0
                self._count_correct = lambda score, lab: xp.count_nonzero((score[:, 0] > thr) == (lab > 0))

    # --- training settings that change without a restart ---
    def _make_optimizer(self):
        t = self.spec["train"]
        return optim.make(t["optimizer"], **{k: t[k] for k in _OPT_KEYS[t["optimizer"]]})

    def set_train(self, **kw):
        """Change training settings live. A new optimizer starts with empty state; a new
        batch size takes effect at the next epoch. Returns the settings now in force."""
        new = normalize_train(dict(self.spec["train"], **kw))
        old = self.spec["train"]
        self.spec["train"] = new
        if new["optimizer"] != old["optimizer"]:
            self.optimizer = self._make_optimizer()
        else:
            self.optimizer.set_hyperparams(**{k: new[k] for k in _OPT_KEYS[new["optimizer"]]})
        if new["batch_size"] != old["batch_size"] and self._batch:
            # a new batch size reslices the epoch: finish this one first
            self._pending_batch = new["batch_size"]
            new["batch_size"] = old["batch_size"]
        self._derive()
        return dict(self.spec["train"])

    def set_regularization(self, kind, rate):
        self.network.set_regularization(kind, rate)

    # --- the fast path ---
    def _shuffle(self):
        """Shuffle once per epoch and cut the epoch's batches in order, as the book does."""
        # kept so a step that fails on a bad number can take its shuffle back (per epoch: cheap)
        self._unshuffle = (self.rng.bit_generator.state, self._perm)
        self._perm = self.rng.permutation(self.n_train)
        self._cut()

    def _undo_shuffle(self):
        state, perm = self._unshuffle
        self.rng.bit_generator.state = state
        self._perm = perm
        if perm is not None:
            self._cut()

    def _cut(self):
        xp, bs, k = self.xp, self.batch_size, self.iters_per_epoch
        idx = self.backend.asarray(self._perm)
        if xp is NUMPY:
            self._cut_numpy(idx, bs, k)
            return
        self._xs = xp.take(self.x_train, idx, axis=0)
        self._ts = xp.take(self.t_train, idx, axis=0)
        self._ls = xp.take(self.l_train, idx, axis=0)
        self._batches = [(self._xs[i * bs:(i + 1) * bs, ...], self._ts[i * bs:(i + 1) * bs, ...])
                         for i in range(k)]

    def _cut_numpy(self, idx, bs, k):
        """Each epoch's rows go into the same two buffers, so the batch views are made once per shape
        (at 2-10-3 allocating and slicing per epoch cost 1 us of a 30 us step). Nothing outside the
        session holds the buffers: views and snapshots copy what they keep."""
        x, t = self.x_train, self.t_train
        xs, batches = getattr(self, "_xs", None), getattr(self, "_batches", None)
        if (xs is None or xs.shape != x.shape or xs.dtype != x.dtype or self._ts.shape != t.shape
                or self._ts.dtype != t.dtype or len(batches) != k or batches[0][0].shape[0] != bs):
            self._xs, self._ts = np.empty_like(x), np.empty_like(t)
            self._batches = list(zip(self._xs[:k * bs].reshape(k, bs, -1), self._ts[:k * bs].reshape(k, bs, -1)))
        # mode="clip": with mode="raise" numpy buffers out= through a temporary (a permutation never clips)
        np.take(x, idx, axis=0, out=self._xs, mode="clip")
        np.take(t, idx, axis=0, out=self._ts, mode="clip")
        self._ls = self.l_train[idx]  # numpy's own indexing of a 1-D array: 3x cheaper than take()

    def _next_batch(self):
        if self._batch == 0:
            self._shuffle()
        return self._batches[self._batch]

    def step(self):
        """One minibatch: forward, backward, (clip), update. Returns the loss.

        Raises NumericError (nothing updated) when the loss is NaN/inf."""
        net = self.network
        if self._batch == 0:
            self._shuffle()
        xb, tb = self._batches[self._batch]
        loss = net.forward(xb, tb)
        if not math.isfinite(loss):
            self._fail(loss, xb)
        # keep (not copy: each forward makes a new array) the scores; the running training
        # accuracy is counted once per epoch from them, not per step
        self._epoch_scores.append(net.layers[-1].out)
        net.backward()
        if self._max_grad is not None:
            optim.clip_grads(net.grads, self._max_grad, self.xp)
        self.optimizer.update(net.params, net.grads)
        self._finish_step(loss)
        return loss

    def _fail(self, loss, xb):
        """Raise NumericError leaving the session exactly as before this step (shuffle included)."""
        try:
            self.network.check_finite(loss, xb, iteration=self.iteration)
        finally:
            if self._batch == 0:
                self._undo_shuffle()

    def _finish_step(self, loss):
        self.loss_history.append(loss)
        self._epoch_loss += loss
        self._epoch_count += 1
        self.iteration += 1
        self._batch += 1
        if self._batch >= self.iters_per_epoch:
            self._end_epoch()

    def _end_epoch(self):
        self._count_scores()
        self._batch = 0
        self.epoch += 1
        n = self._epoch_count
        rec = {"epoch": self.epoch, "iteration": self.iteration,
               "train_loss": self._epoch_loss / n,
               "train_acc": (float(self._epoch_correct) / (n * self.batch_size)
                             if self._count_correct is not None else None),
               "test_loss": None, "test_acc": None}
        self._epoch_loss, self._epoch_count, self._epoch_correct = 0.0, 0, 0
        ev = self.spec["train"]["eval_every"]
        if self.x_test.shape[0] and ev and self.epoch % ev == 0:
            rec["test_loss"], rec["test_acc"] = self.evaluate("test")
        self.epoch_history.append(rec)
        pending = getattr(self, "_pending_batch", None)
        if pending is not None:
            self.spec["train"]["batch_size"] = pending
            self._pending_batch = None
            self._derive()

    def step_epoch(self):
        """Run the rest of the current epoch (a whole one when at its start). Returns the losses."""
        start = self.epoch
        out = []
        while self.epoch == start:
            out.append(self.step())
        return out

    def _count_scores(self):
        """Fold the kept batch scores into the epoch's count of correct answers."""
        if self._epoch_scores and self._count_correct is not None:
            xp, k = self.xp, len(self._epoch_scores)
            lo = (self._batch - k) * self.batch_size
            scores = xp.concat(self._epoch_scores, axis=0)
            self._epoch_correct += int(self._count_correct(scores, self._ls[lo:lo + k * self.batch_size]))
        self._epoch_scores = []

    # --- evaluation ---
    def evaluate(self, which="train"):
        """(loss without regularisation, accuracy or None for regression) on the train or test split."""
        x, t = (self.x_train, self.t_train) if which == "train" else (self.x_test, self.t_test)
        if x.shape[0] == 0:
            return None, None
        net = self.network
        score = net.predict(x)
        loss = net.loss_layer.forward(score, t)
        if self.dataset.kind == "regression":
            return loss, None
        return loss, self._accuracy(score, self.y_train if which == "train" else self.y_test)

    def _accuracy(self, score, y):
        out = to_numpy(self.network.loss_layer.output(score))
        if out.shape[1] == 1:
            thr = 0.5 if self.spec["network"]["output"] in ("sigmoid", "softmax") else 0.0
            pred = (out[:, 0] > thr).astype(np.int64)
        else:
            pred = np.argmax(out, axis=1)
        return float(np.mean(pred == np.asarray(y)))

    # --- the step-through path: the same layer code, observed ---
    def micro_steps(self):
        """Run one iteration and yield one immutable event per stage.

        Leaves bitwise the same state as ``step()``. If the consumer stops early the
        iteration is undone, so a half-seen iteration never leaves a trace."""
        start = self.checkpoint()
        self._micro_complete = False
        try:
            yield from self._micro_steps()
        finally:
            if not self._micro_complete:
                self.restore(start)

    def _micro_steps(self):
        net, it, opt = self.network, self.iteration, self.optimizer
        xb, tb = self._next_batch()
        lo = self._batch * self.batch_size
        rows = np.asarray(self._perm[lo:lo + self.batch_size]).copy()
        k = 0
        h = xb
        for li, layer in enumerate(net.layers):
            x_in = h
            h = layer.forward(h)
            yield from self._hold(ForwardLayer(it, k, li, type(layer).__name__, frozen_copy(x_in), frozen_copy(h),
                               {n: frozen_copy(p) for n, p in zip(layer.names, layer.params)},
                               getattr(layer, "formula", "")))
            k += 1
        scores = h
        loss = net.loss_layer.forward(h, tb)
        if net.reg and net.reg_rate:
            loss = loss + net.penalty()
        if not math.isfinite(loss):
            net.check_finite(loss, xb, iteration=it)  # micro_steps' finally restores all
        yield from self._hold(Loss(it, k, type(net.loss_layer).__name__, loss, frozen_copy(h),
                                   frozen_copy(net.loss_layer.output(h)), frozen_copy(tb), rows,
                                   net.loss_layer.formula))
        k += 1
        dout = net.loss_layer.backward(1.0)
        yield from self._hold(BackwardLayer(it, k, len(net.layers), type(net.loss_layer).__name__, None,
                                            frozen_copy(dout), {}))
        k += 1
        for li in range(len(net.layers) - 1, -1, -1):
            layer = net.layers[li]
            up = dout
            dout = layer.backward(dout)
            if net.reg and net.reg_rate:
                net.add_penalty_grads(only=li)
            der = frozen_copy(layer.derivative()) if isinstance(layer, Activation) else None
            yield from self._hold(BackwardLayer(it, k, li, type(layer).__name__, frozen_copy(up), frozen_copy(dout),
                                                {n: frozen_copy(g) for n, g in zip(layer.names, layer.grads)}, der))
            k += 1
        mg = self.spec["train"]["max_grad"]
        if mg is not None:
            optim.clip_grads(net.grads, mg, self.xp)
        opt.begin_step()
        lr = opt.step_size() if hasattr(opt, "step_size") else opt.lr
        last = len(net.params) - 1
        for i, (p, g) in enumerate(zip(net.params, net.grads)):
            before = frozen_copy(p)
            opt.update_param(i, p, g)
            li, name = net.owners[i]
            ev = Update(it, k, li, i, name, before, frozen_copy(p), frozen_copy(g), opt.name, lr, opt.formula)
            if i == last:
                # the iteration is complete once its last event is seen, even if nobody asks for more
                self._epoch_scores.append(scores)
                self._finish_step(loss)
                self._micro_complete = True
            yield from self._hold(ev)
            k += 1

    def _hold(self, ev):
        """Yield one event so that whatever runs while the consumer holds it (evaluate, predict,
        trace, checkpoint, a snapshot) cannot change the iteration: the layers' cached inputs
        and outputs, which the backward pass still needs, are put back before it resumes.
        (Layers assign new arrays to their caches, never write into them, so a shallow copy of
        their attributes is enough; gradients live in buffers nothing here writes to.)"""
        net = self.network
        held = [(obj, dict(obj.__dict__)) for obj in (*net.layers, net.loss_layer)]
        yield ev
        for obj, attrs in held:
            obj.__dict__.update(attrs)

    def trace(self, x_row):
        """Forward events for one input row (host, raw 2-D point or feature row), changing nothing."""
        x = np.asarray(x_row, dtype=np.float64).reshape(1, -1)
        if self.features is not None and x.shape[1] == 2:
            x = feats.transform(x, self.features)
        h = self.backend.asarray(x, self.spec["network"]["dtype"])
        out = []
        for li, layer in enumerate(self.network.layers):
            x_in, h = h, layer.forward(h)
            out.append(ForwardLayer(self.iteration, li, li, type(layer).__name__, frozen_copy(x_in),
                                    frozen_copy(h), {n: frozen_copy(p) for n, p in zip(layer.names, layer.params)},
                                    getattr(layer, "formula", "")))
        return out

    # --- checkpoints ---
    def checkpoint(self):
        """Everything needed to continue exactly from here, as host data (no references into the engine)."""
        self._count_scores()
        return {"params": [to_numpy(p).copy() for p in self.network.params],
                "optimizer": self.optimizer.state_dict(),
                "rng": copy.deepcopy(self.rng.bit_generator.state),
                "train": dict(self.spec["train"]),
                "reg": (self.network.reg, self.network.reg_rate),
                "iteration": self.iteration, "epoch": self.epoch, "batch": self._batch,
                "perm": None if self._perm is None else np.array(self._perm, copy=True),
                "epoch_loss": self._epoch_loss, "epoch_count": self._epoch_count,
                "epoch_correct": int(self._epoch_correct), "pending_batch": getattr(self, "_pending_batch", None),
                "history_len": len(self.loss_history), "epochs_len": self.epoch_history.total}

    def restore(self, state):
        dt = self.backend.dtype(self.spec["network"]["dtype"])
        if len(state["params"]) != len(self.network.params):
            raise SpecError("session.checkpoint_shape")
        for p, v in zip(self.network.params, state["params"]):
            if tuple(p.shape) != tuple(v.shape):
                raise SpecError("session.checkpoint_param", got=str(tuple(v.shape)), want=str(tuple(p.shape)))
            p[...] = self.backend.asarray(v, dt)
        self.spec["train"] = normalize_train(state["train"])
        self.optimizer = self._make_optimizer()
        # copy: training writes into the optimizer's slots, and the checkpoint must stay as it was
        self.optimizer.load_state_dict(state["optimizer"],
                                       lambda a: self.backend.copy(self.backend.asarray(a, dt)))
        self.network.set_regularization(*state["reg"])
        self.rng.bit_generator.state = copy.deepcopy(state["rng"])
        self.iteration, self.epoch, self._batch = state["iteration"], state["epoch"], state["batch"]
        self._epoch_loss, self._epoch_count = state["epoch_loss"], state["epoch_count"]
        self._epoch_correct = state.get("epoch_correct", 0)
        self._epoch_scores = []
        self._pending_batch = state.get("pending_batch")
        self._derive()
        self._perm = None if state["perm"] is None else np.array(state["perm"], copy=True)
        if self._perm is not None:
            self._cut()
        elif self._batch:
            raise SpecError("session.checkpoint_perm")
        self.loss_history.truncate(state["history_len"])
        self.epoch_history.truncate(state["epochs_len"])

    def __repr__(self):
        return f"Session({self.network!r}, iteration={self.iteration}, epoch={self.epoch})"
