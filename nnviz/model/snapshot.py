"""What the GUI thread sees of a training run: an immutable copy, made on the worker thread.

Views are functions of a Snapshot (plus what the user selected); they never
touch the live session. Every array here is a host numpy array the session
does not own, so the worker may keep training while the GUI draws it.

The two histories grow without bound while training runs (the spiral at full
speed adds 20 000 losses and 2 000 epoch records a second), so a snapshot must
not copy them whole: its cost would grow with the length of the run. Per
session, a small cache on the worker side extends them incrementally:

- ``loss_history`` is the per-iteration loss as at most ``MAX_LOSS_POINTS``
  block means (all of it while the run is shorter), ``loss_iterations`` the
  iteration each point ends at. Blocks double in size as the run grows.
- ``epoch_history`` is an ``EpochHistory``: every epoch record, as read-only
  numpy columns (indexing it gives the record dicts). Snapshots share the
  column buffers: rows a snapshot can see are never written again (a history
  cut short by a restore gets new buffers), so sharing is safe.
"""
from __future__ import annotations

import copy
import math
import threading
import time
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from core import datasets as ds_mod
from core import decision_grid
from nnviz.model.notices import as_notices

GRID_RESOLUTION = 100     # Playground's output heatmap
THUMB_RESOLUTION = 24     # per-neuron thumbnails (Playground draws 10x10; a little finer reads better)
MAX_LOSS_POINTS = 2000    # per-iteration loss: at most this many block means (plus the partial last block)
EXACT_TAIL = 16384        # the engine keeps at least this many newest losses exactly (core.series.LossSeries.DENSE)

EPOCH_FIELDS = ("epoch", "iteration", "train_loss", "train_acc", "test_loss", "test_acc")
_INT_FIELDS = ("epoch", "iteration")


class EpochHistory(Sequence):
    """Every epoch record of a run, as read-only numpy columns.

    ``h[i]`` is the record dict ``{"epoch", "iteration", "train_loss", "train_acc",
    "test_loss", "test_acc"}`` (None where the session recorded None), ``h[-1]`` the
    latest; ``column(key)`` is a float64 column (NaN where None), ``present(key)``
    says where a value was recorded. ``token`` is the same object for every
    history grown from the same buffers: a view that has seen the first n rows
    of a history with this token may assume they are unchanged."""

    __slots__ = ("_cols", "_has", "_n", "_extra", "token")

    def __init__(self, cols, has, n, extra=None, token=None):
        self._cols, self._has, self._n = cols, has, int(n)
        self._extra = extra or {}
        self.token = token if token is not None else object()

    @classmethod
    def from_records(cls, records):
        """An EpochHistory holding a copy of ``records`` (dicts, as core.Session keeps them)."""
        if isinstance(records, EpochHistory):
            return records
        records = list(records)
        n = len(records)
        cols = {k: np.empty(n) for k in EPOCH_FIELDS}
        has = {k: np.zeros(n, dtype=bool) for k in EPOCH_FIELDS}
        extra = {}
        _fill(records, cols, has, extra, 0)
        for d in (cols, has):
            for a in d.values():
                a.flags.writeable = False
        return cls(cols, has, n, extra)

    def __len__(self):
        return self._n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._n))]
        i = int(i)
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError("epoch history index out of range")
        rec = {}
        for k in EPOCH_FIELDS:
            if self._has[k][i]:
                v = float(self._cols[k][i])
                rec[k] = int(v) if k in _INT_FIELDS else v
            else:
                rec[k] = None
        if i in self._extra:
            rec.update(self._extra[i])
        return rec

    def __iter__(self):
        # the columns as Python lists once: ~10x quicker than a record at a time through __getitem__
        n = self._n
        cols = [(k, self._cols[k][:n].tolist(), self._has[k][:n].tolist(), k in _INT_FIELDS) for k in EPOCH_FIELDS]
        extra = self._extra
        for i in range(n):
            rec = {k: ((int(v[i]) if is_int else v[i]) if h[i] else None) for k, v, h, is_int in cols}
            if extra and i in extra:
                rec.update(extra[i])
            yield rec

    def __eq__(self, other):
        if isinstance(other, (EpochHistory, Sequence)) and not isinstance(other, (str, bytes)):
            return len(self) == len(other) and all(_same_record(a, b) for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable-looking: never a dict key

    def __repr__(self):
        return f"EpochHistory({self._n} epochs)"

    def column(self, key):
        """Read-only float64 column of ``key`` (NaN where the record had None)."""
        return self._cols[key][:self._n]

    def present(self, key):
        """Read-only bool column: True where the record had a value for ``key``."""
        return self._has[key][:self._n]


def _same_record(a, b):
    if set(a) != set(b):
        return False
    for k, v in a.items():
        w = b[k]
        if v is None or w is None:
            if v is not w:
                return False
        elif isinstance(v, float) and isinstance(w, float) and math.isnan(v) and math.isnan(w):
            continue
        elif v != w:
            return False
    return True


def _fill(records, cols, has, extra, start):
    """Write ``records`` into rows start.. of the column buffers: a field at a time over all the
    records (at full speed a snapshot brings a few thousand new records; per-item numpy stores cost
    ~10x more)."""
    end = start + len(records)
    for k in EPOCH_FIELDS:
        vals = [rec.get(k) for rec in records]
        present = [v is not None for v in vals]
        has[k][start:end] = present
        cols[k][start:end] = [v if h else np.nan for v, h in zip(vals, present)]
    nf = len(EPOCH_FIELDS)
    for r, rec in enumerate(records, start):
        if len(rec) != nf or rec.keys() != _FIELD_SET:
            more = {k: copy.deepcopy(v) for k, v in rec.items() if k not in _FIELD_SET}
            if more:
                extra[r] = more


_FIELD_SET = frozenset(EPOCH_FIELDS)


class _EpochCache:
    """The epoch history of one session as growing column buffers (see the module docstring).

    The engine thins long histories (``core.series.EpochRecords``: of the older records every 2**k-th
    stays). A thinned history keeps a subset of the rows seen so far plus new ones, so those rows are
    taken from the buffers by their ordinals instead of converting every record again (at full speed
    the spiral thins several times a second: a full conversion took ~10 ms of the worker's time)."""

    def __init__(self):
        self._reset(0)

    def _reset(self, cap):
        self.cols = {k: np.empty(cap) for k in EPOCH_FIELDS}
        self.has = {k: np.zeros(cap, dtype=bool) for k in EPOCH_FIELDS}
        self.ords = np.empty(cap, dtype=np.int64)   # the engine's ordinal of each row (-1: none known)
        self.extra = {}
        self.n = 0
        self.last = None          # the record object at row n-1, and a copy to see it unchanged
        self.last_copy = None
        self.token = object()

    def _same_last(self, rec):
        return rec is self.last and _same_record(rec, self.last_copy)

    def _rethin(self, records):
        """Rows kept from the buffers when ``records`` is our history thinned and grown; the number of
        records they cover (0: it is not, start again)."""
        ords = getattr(records, "ordinals", None)
        n = self.n
        if ords is None or len(ords) != len(records) or not n or self.ords[n - 1] < 0:
            return 0
        last = int(self.ords[n - 1])
        j = int(np.searchsorted(np.asarray(ords, dtype=np.int64), last))
        if j >= len(records) or ords[j] != last or not self._same_last(records[j]):
            return 0
        want = np.asarray(ords[:j + 1], dtype=np.int64)
        idx = np.searchsorted(self.ords[:n], want)
        if np.any(idx >= n) or np.any(self.ords[:n][np.minimum(idx, n - 1)] != want):
            return 0
        cap = max(256, 2 * len(records))
        cols = {k: np.empty(cap) for k in EPOCH_FIELDS}
        has = {k: np.zeros(cap, dtype=bool) for k in EPOCH_FIELDS}
        for k in EPOCH_FIELDS:
            cols[k][:j + 1] = self.cols[k][idx]
            has[k][:j + 1] = self.has[k][idx]
        new_ords = np.empty(cap, dtype=np.int64)
        new_ords[:j + 1] = want
        row_of = {int(r): i for i, r in enumerate(idx)} if self.extra else {}
        extra = {row_of[r]: v for r, v in self.extra.items() if r in row_of}
        self.cols, self.has, self.ords, self.extra = cols, has, new_ords, extra
        self.n = j + 1
        self.token = object()     # rows changed: a view must not assume the rows it saw
        return j + 1

    def update(self, records):
        m = len(records)
        n = self.n
        if n and not (n <= m and self._same_last(records[n - 1])):
            n = self._rethin(records)
            if not n:
                self._reset(0)  # cut short or replaced: new buffers, the old ones stay as snapshots saw them
        if m > n:
            cap = len(self.cols["epoch"])
            if m > cap:
                cap = max(256, 2 * cap, m)
                cols = {k: np.empty(cap) for k in EPOCH_FIELDS}
                has = {k: np.zeros(cap, dtype=bool) for k in EPOCH_FIELDS}
                ords = np.empty(cap, dtype=np.int64)
                for k in EPOCH_FIELDS:
                    cols[k][:n] = self.cols[k][:n]
                    has[k][:n] = self.has[k][:n]
                ords[:n] = self.ords[:n]
                self.cols, self.has, self.ords = cols, has, ords
            _fill(records[n:m], self.cols, self.has, self.extra, n)
            known = getattr(records, "ordinals", None)
            self.ords[n:m] = known[n:m] if known is not None and len(known) == m else -1
            self.n = m
            self.last = records[m - 1]
            self.last_copy = dict(self.last)
        cols = {k: _frozen(a[:m]) for k, a in self.cols.items()}
        has = {k: _frozen(a[:m]) for k, a in self.has.items()}
        extra = {r: v for r, v in self.extra.items() if r < m} if self.extra else {}
        return EpochHistory(cols, has, m, extra, self.token)


class _LossCache:
    """The per-iteration loss of one session as block sums; blocks double when there are too many."""

    def __init__(self):
        self._reset()

    def _reset(self):
        self.k = 1                     # block size
        self.sums = np.empty(0)        # one sum per complete block (capacity grows)
        self.nb = 0                    # complete blocks
        self.done = 0                  # losses summed into complete blocks (= nb * k)
        self.last = None               # the loss at index done-1, to see the history unchanged

    def _unchanged(self, losses, m):
        """The losses summed so far are still the session's: not cut short below them, and the last of them
        the same (checked where the history keeps values exactly: the engine folds older ones into block
        means - ``core.series.LossSeries`` - and only ever cuts a history short, never rewrites its past)."""
        if m < self.done:
            return False
        if m - self.done >= EXACT_TAIL and hasattr(losses, "points"):
            return True
        return _same_value(losses[self.done - 1], self.last)

    def _seed(self, losses, m):
        """Start from a long folded history without expanding it: its points re-binned into blocks of k (a
        power of two at least as large as its largest block, so block edges fall on the history's own)."""
        ends, means = losses.points()
        spans = np.diff(np.concatenate(([0.0], ends)))
        k = 1
        while m // k > MAX_LOSS_POINTS or k < spans.max():
            k *= 2
        with np.errstate(over="ignore", invalid="ignore"):
            cum = np.concatenate(([0.0], np.cumsum(means * spans)))
        nb = m // k
        edges = np.arange(nb + 1, dtype=np.float64) * k
        sums = np.diff(np.interp(edges, np.concatenate(([0.0], ends)), cum))
        self.k, self.nb, self.done = k, nb, nb * k
        self.sums = np.empty(max(2 * MAX_LOSS_POINTS + 2, nb))
        self.sums[:nb] = sums

    def update(self, losses):
        m = len(losses)
        if self.done and not self._unchanged(losses, m):
            self._reset()
        if not self.done and hasattr(losses, "points") and m > 2 * EXACT_TAIL:
            self._seed(losses, m)
        while True:
            k = self.k
            full = (m - self.done) // k * k
            if full:
                chunk = np.asarray(losses[self.done:self.done + full], dtype=np.float64)
                with np.errstate(over="ignore", invalid="ignore"):
                    s = chunk.reshape(-1, k).sum(axis=1) if k > 1 else chunk
                self._append(s)
                self.done += full
            if self.nb <= MAX_LOSS_POINTS:
                break
            pairs = self.nb // 2
            with np.errstate(over="ignore", invalid="ignore"):
                merged = self.sums[:2 * pairs].reshape(pairs, 2).sum(axis=1)
            self.sums = np.empty(max(2 * MAX_LOSS_POINTS + 2, pairs))
            self.sums[:pairs] = merged
            self.nb = pairs
            self.done = 2 * pairs * k  # an odd last block is summed again at the new size
            self.k = 2 * k
        if self.done:
            self.last = losses[self.done - 1]
        k = self.k
        with np.errstate(over="ignore", invalid="ignore"):
            y = self.sums[:self.nb] / k
        x = np.arange(1, self.nb + 1, dtype=np.float64) * k
        if m > self.done:  # the partial last block (k > 1 only), so the newest losses show at once
            tail = np.asarray(losses[self.done:m], dtype=np.float64)
            with np.errstate(over="ignore", invalid="ignore"):
                y = np.append(y, tail.mean())
            x = np.append(x, float(m))
        return _frozen(y), _frozen(x)

    def _append(self, s):
        need = self.nb + len(s)
        if need > len(self.sums):
            grown = np.empty(max(need, 2 * len(self.sums), 256))
            grown[:self.nb] = self.sums[:self.nb]
            self.sums = grown
        self.sums[self.nb:need] = s
        self.nb = need


def _same_value(a, b):
    a, b = float(a), float(b)
    return a == b or (math.isnan(a) and math.isnan(b))


def _frozen(a):
    a = a.view()
    a.flags.writeable = False
    return a


class _HistoryCache:
    def __init__(self):
        self.lock = threading.Lock()
        self.epochs = _EpochCache()
        self.losses = _LossCache()


_caches: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()   # session -> _HistoryCache
_caches_lock = threading.Lock()


def history_of(session):
    """(loss means, their iterations, EpochHistory) of a session, extended from the last call's."""
    with _caches_lock:
        c = _caches.get(session)
        if c is None:
            c = _caches[session] = _HistoryCache()
    with c.lock:
        y, x = c.losses.update(session.loss_history)
        return y, x, c.epochs.update(session.epoch_history)


@dataclass(frozen=True)
class Snapshot:
    seq: int                       # increases with every snapshot the worker emits
    time: float                    # time.monotonic() when taken
    iteration: int
    epoch: int
    batch_in_epoch: int
    iters_per_epoch: int
    spec: dict                     # the session spec (deep copy)
    sizes: tuple                   # neurons per dense layer, inputs first
    activations: tuple             # activation name per hidden layer, then the output's
    feature_names: tuple           # names of the input neurons ("x1", "x2", "x1^2", ...)
    weights: tuple                 # ((W (in, out), b or None), ...) per dense layer
    grads: tuple                   # same structure; zeros before the first step
    loss_history: np.ndarray       # loss per iteration (float64); block means past MAX_LOSS_POINTS
    epoch_history: EpochHistory    # every epoch's record (dicts: epoch, iteration, train_loss, train_acc,
                                   # test_loss, test_acc), as read-only numpy columns
    kind: str                      # "classification" | "regression"
    class_names: tuple
    x_train: np.ndarray            # raw 2-D points (n, 2) (or first two columns of CSV data)
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    bounds: tuple                  # (xmin, xmax, ymin, ymax) of the boundary view, data units
    grid_xs: np.ndarray | None = None     # (R,) grid coordinates
    grid_ys: np.ndarray | None = None
    grid_output: np.ndarray | None = None  # (R, R, n_out) network answer over the plane, [iy, ix]
    grid_hidden: tuple = ()        # per hidden layer (r, r, units) activations at THUMB_RESOLUTION
    running: bool = False          # playing
    steps_per_sec: float = 0.0
    error: str = ""                # a NumericError message when training stopped on a bad number
    error_info: dict = field(default_factory=dict)  # {"stage", "layer", "name"} of that error
    message: tuple = ()            # notices for the status bar: Messages of nnviz.model.notices (or text)
    loss_iterations: np.ndarray | None = None  # iteration (1-based count) each loss_history point ends at
    # --- step-through (nnviz.stepthrough.stepper): set by the worker on a stage view, defaults = the normal view
    events: tuple = ()             # the events of the iteration shown stage by stage (core.events)
    stage_index: int = -1          # index into events of the stage shown; -1 = the normal view
    traced_row: int = -1           # training point followed through the stages (-1: none)
    batch_rows: np.ndarray | None = None  # the iteration's batch, as indices into the training set
    trace: tuple = ()              # forward events of the traced point when it is not in the batch
    timeline: dict = field(default_factory=dict)  # position, front, kept-checkpoint density, exactness

    @property
    def train_loss(self):
        return self.epoch_history[-1]["train_loss"] if self.epoch_history else None


_twins: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()   # live Network -> (key, float32 twin)


def _float32_twin(net):
    """A float32 copy of ``net`` holding its current weights, for the decision map while training at full
    speed: the grid is most of a snapshot's cost (10 000 points through the net), float32 makes it ~1.6x
    quicker, and the map differs by < 1e-6 - invisible. Built once per network, refilled per snapshot."""
    from core.network import Network
    if net.spec.get("dtype") != "float64" or net.backend.name != "numpy":
        return net
    key = tuple((tuple(p.shape)) for p in net.params)
    hit = _twins.get(net)
    if hit is None or hit[0] != key:
        twin = Network.from_spec({k: v for k, v in net.spec.items() if k != "weights"} | {"dtype": "float32"},
                                 inference=True)
        hit = _twins[net] = (key, twin)
    twin = hit[1]
    for a, p in zip(twin.params, net.params):
        a[...] = p
    return twin


def make_snapshot(session, seq, running=False, steps_per_sec=0.0, error="", error_info=None,
                  message=(), grid=True, fast_grid=False):
    """Copy what the views need out of a live session. Call it on the thread that owns the session.
    ``fast_grid``: compute the decision map in float32 (training at full speed; see ``_float32_twin``)."""
    net = session.network
    spec = copy.deepcopy(session.spec)
    nspec = spec["network"]
    acts = nspec["activation"]
    hidden = [acts] * (len(nspec["sizes"]) - 2) if isinstance(acts, str) else list(acts)
    hidden = [a["name"] if isinstance(a, dict) else a for a in hidden]
    x_all = session.dataset.x
    b = ds_mod.bounds(x_all[:, :2]) if x_all.shape[1] >= 2 else (-1.0, 1.0, -1.0, 1.0)
    out, thumbs, gx, gy = None, (), None, None
    if grid and session.features is not None:
        g = decision_grid(_float32_twin(net) if fast_grid else net, b, GRID_RESOLUTION, session.features)
        out, gx, gy = np.asarray(g["output"], dtype=np.float64), g["xs"], g["ys"]
        # thumbnails: subsample the same grid (no second pass through the network)
        step = max(1, GRID_RESOLUTION // THUMB_RESOLUTION)
        thumbs = tuple(np.ascontiguousarray(h[::step, ::step], dtype=np.float64) for h in g["hidden"])
    losses, loss_its, epochs = history_of(session)
    names = tuple(session.features) if session.features is not None else tuple(session.dataset.feature_names)
    return Snapshot(
        seq=seq, time=time.monotonic(), iteration=session.iteration, epoch=session.epoch,
        batch_in_epoch=session.batch_in_epoch, iters_per_epoch=session.iters_per_epoch, spec=spec,
        sizes=tuple(nspec["sizes"]), activations=tuple(hidden) + (nspec["output"],), feature_names=names,
        weights=tuple(net.get_weights()), grads=tuple(net.get_grads()),
        loss_history=losses, loss_iterations=loss_its, epoch_history=epochs,
        kind=session.dataset.kind, class_names=tuple(session.dataset.class_names),
        x_train=np.array(session.raw_train[:, :2], copy=True), y_train=np.array(session.y_train, copy=True),
        x_test=np.array(session.raw_test[:, :2], copy=True), y_test=np.array(session.y_test, copy=True),
        bounds=tuple(float(v) for v in b), grid_xs=gx, grid_ys=gy, grid_output=out, grid_hidden=thumbs,
        running=running, steps_per_sec=float(steps_per_sec), error=error, error_info=dict(error_info or {}),
        message=as_notices(message))
