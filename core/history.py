"""Going back in time: a memory-bounded ring of Session checkpoints.

Training is deterministic given a ``Session.checkpoint()``, so any earlier iteration
can be rebuilt bitwise by restoring a checkpoint at or before it and replaying
``step()``. The ring therefore need not keep every iteration: it keeps the newest
part densely and the older past ever more sparsely (exponential thinning), so a
whole run stays reachable within a fixed budget and ``seek`` replays the gap.

Thinning rule: with ``D`` the dense width and ``s`` a base level (normally 0), an
entry ``d`` iterations older than the newest is kept when its iteration is a
multiple of ``2**level`` where ``level = s`` for ``d < D`` and ``s + k`` for
``D*2**(k-1) <= d < D*2**k``: every entry in the newest ``D``, then every 2nd over
the next ``D``, every 4th over the next ``2D``, ... Multiples of ``2**(k+1)`` are
multiples of ``2**k``, so an entry the rule drops is never needed again as the run
grows or ``D`` shrinks. The first entry (iteration 0), the newest and anchors
(points replay cannot cross, below) are never dropped.
"""
from __future__ import annotations

import bisect
import copy
import sys

import numpy as np

from .series import EpochRecords, LossSeries

DEFAULT_BUDGET = 256 * 2**20
# Python objects around the data: per entry (its dicts, lists, numbers) and per stored
# array (header, slot dicts). Fitted with tracemalloc on the default spiral session
# (SGD: 2.4 KB per entry, Adam: 5.4 KB, beyond the array data) and rounded up so
# nbytes does not flatter the ring.
ENTRY_OVERHEAD = 1280
ARRAY_OVERHEAD = 320
# Thinning never narrows the dense part below this many iterations (stepping back a
# few iterations should never need a replay); beyond it the base level rises instead.
MIN_DENSE = 64
# Values that stay the same for many iterations in a row (the shuffle order and the
# RNG change once an epoch, the settings rarely): an entry shares them with the
# previous one instead of holding its own copy. On a 100 000-row data set the shuffle
# order alone is 800 KB per checkpoint.
_SHARED = ("perm", "rng", "train")
# Thinning frees an eighth of the budget or more at once, and the next adds need as much again.
# Rather than freeing the dropped entries' arrays and dicts and allocating new ones of the same
# sizes (on a small net tens of thousands of small blocks scattered among the kept entries: glibc's
# heap grew by ~1/8 of the budget more in the window, bench/soak_window.py), the ring keeps them as
# spares and copies new checkpoints into them. The ring and its spares together stay within the budget.
# sys.getrefcount of a dropped entry's state / array that only the ring holds, counted in _drop:
_SOLE_STATE_REFS = 2   # _drop's local + getrefcount's own argument
_SOLE_ARRAY_REFS = 3   # (the state emptied) _drop's list + the loop variable + the argument
# A change to one of these between two checkpoints cannot be replayed from the
# older one, so the newer one becomes an anchor.
_SETTINGS = ("train", "reg", "pending_batch")


def _arrays(state):
    """The numpy arrays a checkpoint holds: parameters, optimizer slots, shuffle order.
    (Named, not found by walking the dict: add() runs every step and a walk costs 20 us.)"""
    out = list(state["params"])
    for slots in state["optimizer"]["slots"].values():
        out.extend(slots.values())
    if state.get("perm") is not None:
        out.append(state["perm"])
    return out


def _same(a, b):
    if a is b:
        return True
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return (isinstance(a, np.ndarray) and isinstance(b, np.ndarray)
                and a.shape == b.shape and bool((a == b).all()))
    return a == b


def restorable(state):
    """A copy of a stored checkpoint that is safe to hand to ``Session.restore``.

    The optimizer's slot arrays are copied: restore() adopts them as the live optimizer
    state (numpy's asarray does not copy), and training would then write into the ring.
    """
    out = dict(state)
    # its own list: whoever holds the copy then holds the arrays, and the ring never recycles them
    out["params"] = list(state["params"])
    out["optimizer"] = copy.deepcopy(state["optimizer"])
    for slots in out["optimizer"]["slots"].values():
        for a in slots.values():
            a.flags.writeable = True
    return out


def _total(records):
    return getattr(records, "total", len(records))


def _copy_series(values, kind):
    """A copy of a session's history as the bounded series it normally is (a plain list, as a test
    or an older caller may have put there, is converted)."""
    if isinstance(values, kind):
        return values.copy()
    return kind(values)


class CheckpointRing:
    """Checkpoints keyed by iteration, kept within ``budget_bytes``.

    ``add`` takes ownership of the checkpoint (its arrays are made read-only; a
    stored state is shared, never copied, between the entries that hold it).
    ``nbytes`` counts each stored array once (data + ``ARRAY_OVERHEAD``) plus
    ``ENTRY_OVERHEAD`` per entry. The arrays and dicts of dropped entries are kept as spares
    (``spare_nbytes``; ``nbytes + spare_nbytes <= budget``) and refilled by later adds, so a full
    ring stops allocating: the same buffers cycle instead of the allocator's heap fragmenting.
    An array or state still held outside the ring (a ``nearest`` result, say) is never recycled.
    """

    def __init__(self, budget_bytes=DEFAULT_BUDGET):
        if budget_bytes <= 0:
            raise ValueError(f"the checkpoint budget must be positive; got {budget_bytes!r}")
        self.budget = int(budget_bytes)
        self.clear()

    def clear(self):
        """Forget everything (e.g. after a new data set or a reset: old states no longer replay)."""
        self._its = []          # kept iterations, ascending
        self._states = {}       # iteration -> stored state
        self._anchors = set()
        self._refs = {}         # id(array) -> number of entries holding it (shared arrays count once)
        self.nbytes = 0
        self._dense = None      # D; None until the first thinning (everything kept)
        self._base = 0          # s
        # The run's loss and epoch histories as far as they are known: restore() cuts the
        # session's lists back, so after a seek backwards only these can refill them on a
        # seek forwards again (the replay itself only covers the gap after a checkpoint).
        self._losses, self._epochs = LossSeries(), EpochRecords()
        self._spare = {}        # (shape, dtype) -> arrays of dropped entries, to be refilled
        self._spare_states = [] # dicts of dropped entries
        self.spare_nbytes = 0

    # --- recording ---
    def should_record(self, iteration):
        """Whether a checkpoint taken at this iteration would be kept past the next add.

        True every step unless the budget is so tight that even the dense part keeps
        only every 2**s-th iteration; then recording the others is wasted copying."""
        return iteration % (1 << self._base) == 0

    def add(self, state, anchor=False):
        """Store ``Session.checkpoint()`` (keyed by ``state["iteration"]``); thin if over budget.

        ``anchor=True`` keeps it for good: pass it after any change that replay from an
        older checkpoint would not repeat (a weight edit, new settings). Settings that
        differ from the previous entry's make an anchor automatically.
        Iterations must grow: call ``truncate_after`` before recording a new future (for
        an edit made at the newest recorded iteration k: truncate_after(k - 1), then add)."""
        it = int(state["iteration"])
        prev = self._states[self._its[-1]] if self._its else None
        if prev is not None and it <= self._its[-1]:
            raise ValueError(f"iteration {it} is not after the newest checkpoint ({self._its[-1]}); "
                             f"call truncate_after({it - 1}) when training resumes from an earlier point")
        state = self._state_dict(state)
        if prev is not None:
            for key in _SHARED:
                if key in state and key in prev and _same(state[key], prev[key]):
                    state[key] = prev[key]
            if any(not _same(state.get(k), prev.get(k)) for k in _SETTINGS):
                anchor = True
        if self._spare:
            self._refill(state)
        refs = self._refs
        for a in _arrays(state):
            n = refs.get(id(a), 0)
            if n == 0:
                a.flags.writeable = False
                self.nbytes += a.nbytes + ARRAY_OVERHEAD
            refs[id(a)] = n + 1     # the stored state keeps the array, so its id stays unique
        self.nbytes += ENTRY_OVERHEAD
        self._its.append(it)
        self._states[it] = state
        if anchor:
            self._anchors.add(it)
        if self.nbytes > self.budget:
            self._thin()
        elif self.spare_nbytes and self.nbytes + self.spare_nbytes > self.budget:
            self._trim_spares()

    def _drop(self, it):
        refs = self._refs
        state = self._states.pop(it)
        arrays = _arrays(state)
        # only what nothing outside the ring holds is recycled: the state (then emptied, keeping its
        # keys, so it holds nothing) and, after that, arrays only the dropped entry held
        sole = sys.getrefcount(state) <= _SOLE_STATE_REFS
        if sole:
            for k in state:
                state[k] = None
        for a in arrays:
            n = refs[id(a)] - 1
            if n:
                refs[id(a)] = n
            else:
                del refs[id(a)]
                self.nbytes -= a.nbytes + ARRAY_OVERHEAD
                if sole and sys.getrefcount(a) <= _SOLE_ARRAY_REFS:
                    self._keep_spare(a)
        self.nbytes -= ENTRY_OVERHEAD
        self._anchors.discard(it)
        if sole and self._room(ENTRY_OVERHEAD):
            self._spare_states.append(state)
            self.spare_nbytes += ENTRY_OVERHEAD

    # --- spares: buffers of dropped entries, refilled by later adds
    def _room(self, n):
        return self.nbytes + self.spare_nbytes + n <= self.budget

    def _trim_spares(self):
        """Free spares until the ring and its spares fit the budget (fresh arrays were added: none fitted)."""
        pools = self._spare
        while pools and self.nbytes + self.spare_nbytes > self.budget:
            key = next(iter(pools))
            pool = pools[key]
            a = pool.pop()
            if not pool:
                del pools[key]
            self.spare_nbytes -= a.nbytes + ARRAY_OVERHEAD
        while self._spare_states and self.nbytes + self.spare_nbytes > self.budget:
            self._spare_states.pop()
            self.spare_nbytes -= ENTRY_OVERHEAD

    def _keep_spare(self, a):
        if a.base is not None or not a.flags.c_contiguous or not self._room(a.nbytes + ARRAY_OVERHEAD):
            return
        self._spare.setdefault((a.shape, a.dtype.str), []).append(a)
        self.spare_nbytes += a.nbytes + ARRAY_OVERHEAD

    def _reuse(self, a):
        """``a`` copied into a spare of its shape and dtype (``a`` itself when there is none)."""
        if not isinstance(a, np.ndarray) or id(a) in self._refs:   # already stored: shared, not copied
            return a
        pool = self._spare.get((a.shape, a.dtype.str))
        if not pool:
            return a
        b = pool.pop()
        if not pool:
            del self._spare[(a.shape, a.dtype.str)]
        self.spare_nbytes -= b.nbytes + ARRAY_OVERHEAD
        b.flags.writeable = True
        np.copyto(b, a, casting="no")
        return b

    def _refill(self, state):
        reuse = self._reuse
        state["params"] = [reuse(a) for a in state["params"]]
        opt = state["optimizer"]
        if opt["slots"]:
            state["optimizer"] = dict(opt, slots={i: {k: reuse(v) for k, v in sl.items()}
                                                  for i, sl in opt["slots"].items()})
        if state.get("perm") is not None:
            state["perm"] = reuse(state["perm"])

    def _state_dict(self, state):
        """The ring's own dict for an added state: a spare one with the same keys refilled, or a copy."""
        spares = self._spare_states
        if spares:
            d = spares.pop()
            self.spare_nbytes -= ENTRY_OVERHEAD
            if d.keys() == state.keys():
                d.update(state)     # the same keys: values replaced in place, the dict's table reused
                return d
        return dict(state)

    def _apply_rule(self):
        its, newest, first = self._its, self._its[-1], self._its[0]
        D, s = self._dense, self._base
        keep = []
        for it in its:
            d = newest - it
            level = s if d < D else s + (d // D).bit_length()
            if it % (1 << level) == 0 or it == first or it == newest or it in self._anchors:
                keep.append(it)
            else:
                self._drop(it)
        self._its = keep

    def _thin(self):
        # Thinning walks every entry, so free an eighth of the budget at once: the next
        # walk is then many adds away (amortised O(1) per add). D only narrows while the
        # fully thinned ring still fills more than 7/8; churn alone never narrows it.
        if self._dense is None:
            self._dense = max(MIN_DENSE, self._its[-1] - self._its[0] + 1)
        low = self.budget * 7 // 8
        self._apply_rule()
        while self.nbytes > low and len(self._its) > len(self._anchors | {self._its[0], self._its[-1]}):
            if self._dense > MIN_DENSE:
                self._dense = max(MIN_DENSE, self._dense * 7 // 8)
            else:
                self._base += 1
            self._apply_rule()
        # CPython never shrinks a dict, and one that only sees inserts and deletes grows its table at
        # its first resize to 3x the entries it holds: _refs (an entry per stored array) jumped by
        # ~10 MB some minutes after a 256 MB ring filled. A copy after each thinning keeps the tables
        # at the size plain inserts give them (the next thinning comes long before they fill up).
        self._refs = dict(self._refs)
        self._states = dict(self._states)

    def truncate_after(self, k):
        """Discard every checkpoint after iteration k (training resumed from k: that future is gone)."""
        cut = bisect.bisect_right(self._its, k)
        if self._its:  # losses are numbered like iterations, up to the offset of a resumed file
            st = self._states[self._its[0]]
            self._losses.truncate(max(0, k - st["iteration"] + st["history_len"]))
        later = [o for e, o in zip(self._epochs, self._epochs.ordinals) if e.get("iteration", 0) > k]
        if later:
            self._epochs.truncate(later[0])
        for it in self._its[cut:]:
            self._drop(it)
        del self._its[cut:]

    # --- looking up ---
    def kept(self):
        return list(self._its)

    @property
    def full(self):
        """Whether the budget has been reached (the ring thinned) since the last clear."""
        return self._dense is not None

    def __len__(self):
        return len(self._its)

    def has_exact(self, k):
        return k in self._states

    def nearest(self, k):
        """(iteration, state) of the latest kept checkpoint at or before k; the state is
        safe to pass to ``Session.restore``. KeyError when k is before the first."""
        i = bisect.bisect_right(self._its, k)
        if i == 0:
            raise KeyError(f"no checkpoint at or before iteration {k}"
                           + (f"; the first is {self._its[0]}" if self._its else "; the ring is empty"))
        it = self._its[i - 1]
        return it, restorable(self._states[it])

    def seek(self, session, k):
        """Bring ``session`` to exactly iteration k: restore the nearest checkpoint <= k and
        replay ``step()`` up to k. Returns (k, number of steps replayed).

        Replay is bitwise (the same arithmetic on the same batches), so a thinned-out
        iteration comes back exactly as it was. The session's loss and epoch histories
        are set to the run's up to k, even after an earlier seek backwards cut them short."""
        if len(session.loss_history) > len(self._losses):
            self._losses = _copy_series(session.loss_history, LossSeries)
        if _total(session.epoch_history) > self._epochs.total:
            self._epochs = _copy_series(session.epoch_history, EpochRecords)
        it, state = self.nearest(k)
        session.restore(state)
        if len(self._losses) >= state["history_len"]:  # in place: a view may hold these objects
            losses = self._losses.copy()
            losses.truncate(state["history_len"])
            session.loss_history[:] = losses
        if self._epochs.total >= state["epochs_len"]:
            epochs = self._epochs.copy()
            epochs.truncate(state["epochs_len"])
            session.epoch_history[:] = epochs
        for _ in range(k - it):
            session.step()
        return k, k - it
