"""A run's loss and epoch histories in bounded memory, whatever the run's length (issue 9.5).

Kept like the checkpoint ring (core/history.py): the newest part exactly, the older past
ever more coarsely. ``LossSeries`` keeps the newest 16,384-32,768 losses as they are and
folds older ones into block means whose size doubles with age (at most ``PER_LEVEL``
blocks of each size), so the curve's shape and every stretch's mean stay as they were
while memory grows only with the logarithm of the run (and stops at ``MAX_LEVELS``):
1e6 steps keep under 36,000 numbers (0.3 MB), 1e9 under 38,000. ``EpochRecords`` keeps the newest epoch
records and every 2**k-th older one, thinning again when it holds more than ``CAP``.

Both behave like the lists they replace where callers used lists (``append``, ``len``,
``[-1]``, slices, ``del h[n:]``, ``h[:] = values``); a LossSeries is indexed by iteration
(an index inside a folded block gives the block's mean).
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np


class LossSeries:
    # the newest values kept exactly: between DENSE and 2 * DENSE of them. Generous (256 KB at most) so a
    # reader that follows the run incrementally (the window's plot cache) always finds its last index exact
    DENSE = 16384
    BASE = 16           # values in the smallest block
    PER_LEVEL = 256     # blocks of one size before the two oldest merge into one of twice the size
    MAX_LEVELS = 24     # the oldest level merges into itself: the bound whatever the length

    __slots__ = ("_tail", "_off", "_levels")

    def __init__(self, values: Iterable[float] = ()) -> None:
        self._tail: list[float] = []
        self._off = 0                                   # values folded into blocks (= index of _tail[0])
        self._levels: list[deque] = []                  # level k: deque of [sum, count], oldest first
        self.extend(values)

    # --- growing
    def append(self, v: float) -> None:
        tail = self._tail
        tail.append(v)
        if len(tail) >= 2 * self.DENSE:
            self._fold()

    def extend(self, values: Iterable[float]) -> None:
        for v in values:
            self.append(float(v))

    def _fold(self) -> None:
        d, b = self.DENSE, self.BASE
        chunk = np.asarray(self._tail[:d], dtype=np.float64)
        del self._tail[:d]
        self._off += d
        with np.errstate(over="ignore", invalid="ignore"):
            sums = chunk.reshape(-1, b).sum(axis=1)
        if not self._levels:
            self._levels.append(deque())
        self._levels[0].extend([float(s), b] for s in sums)
        k = 0
        while k < len(self._levels):
            level = self._levels[k]
            if len(level) <= self.PER_LEVEL:
                k += 1
                continue
            a, c = level.popleft(), level.popleft()
            merged = [a[0] + c[0], a[1] + c[1]]
            if k + 1 == self.MAX_LEVELS:
                level.appendleft(merged)   # the top level coarsens in place: it holds the oldest past
                continue
            if k + 1 == len(self._levels):
                self._levels.append(deque())
            self._levels[k + 1].append(merged)   # newer than everything already there

    # --- reading
    def __len__(self) -> int:
        return self._off + len(self._tail)

    def blocks(self) -> list[tuple[float, int]]:
        """(sum, count) of the folded blocks, oldest first."""
        return [(s, c) for level in reversed(self._levels) for s, c in level]

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """(iteration each point ends at, 1-based; the mean loss up to it since the previous point):
        one point per block, then one per exact value. What a loss plot draws."""
        bl = self.blocks()
        counts = np.array([c for _, c in bl] + [1] * len(self._tail), dtype=np.float64)
        with np.errstate(over="ignore", invalid="ignore"):
            means = np.array([s / c for s, c in bl] + self._tail, dtype=np.float64)
        return np.cumsum(counts), means

    def to_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """(means, counts) to store; ``from_arrays`` rebuilds the same series."""
        x, y = self.points()
        counts = np.diff(np.concatenate(([0.0], x))).astype(np.int64)
        return y, counts

    @classmethod
    def from_arrays(cls, means, counts) -> LossSeries:
        s = cls()
        means, counts = np.asarray(means, dtype=np.float64), np.asarray(counts, dtype=np.int64)
        folded = np.nonzero(counts > 1)[0]
        cut = int(folded[-1]) + 1 if folded.size else 0   # blocks first, then the exact values
        if cut:
            s._levels = [deque([float(m * c), int(c)] for m, c in zip(means[:cut], counts[:cut]))]
            s._off = int(counts[:cut].sum())
        s.extend(means[cut:].tolist())
        return s

    def __getitem__(self, i: Any) -> Any:
        n = len(self)
        if isinstance(i, slice):
            start, stop, step = i.indices(n)
            if start >= self._off and step == 1:
                return self._tail[start - self._off:stop - self._off]
            return self._expanded(start, stop)[::step].tolist() if stop > start else []
        i = int(i)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("loss history index out of range")
        if i >= self._off:
            return self._tail[i - self._off]
        pos = 0
        for s, c in self.blocks():
            if i < pos + c:
                return s / c
            pos += c
        raise IndexError(i)  # pragma: no cover - counts add up to _off

    def _expanded(self, start: int, stop: int) -> np.ndarray:
        """Values start..stop as floats, folded ones as their block's mean (only that stretch is built)."""
        parts, pos = [], 0
        for s, c in self.blocks():
            lo, hi = max(start, pos), min(stop, pos + c)
            if lo < hi:
                with np.errstate(over="ignore", invalid="ignore"):
                    parts.append(np.full(hi - lo, s / c))
            pos += c
            if pos >= stop:
                break
        if stop > self._off:
            parts.append(np.asarray(self._tail[max(0, start - self._off):stop - self._off], dtype=np.float64))
        return np.concatenate(parts) if parts else np.empty(0)

    def __iter__(self) -> Iterator[float]:
        yield from self._expanded(0, self._off).tolist()
        yield from self._tail

    def __array__(self, dtype=None, copy=None):
        return self._expanded(0, len(self)).astype(dtype or np.float64)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LossSeries):
            return self._off == other._off and self._tail == other._tail and self.blocks() == other.blocks()
        if isinstance(other, (list, tuple)):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"LossSeries({len(self)} losses in {len(self.blocks()) + len(self._tail)} numbers)"

    @property
    def kept(self) -> int:
        """How many numbers are held (blocks + exact values): the memory bound."""
        return sum(len(level) for level in self._levels) + len(self._tail)

    # --- cutting back (Session.restore) and replacing
    def truncate(self, n: int) -> None:
        """Keep the first n values (a block cut through keeps its mean over the part left)."""
        n = max(0, int(n))
        if n >= len(self):
            return
        if n >= self._off:
            del self._tail[n - self._off:]
            return
        self._tail = []
        pos, keep = 0, []
        for k in range(len(self._levels) - 1, -1, -1):
            for blk in self._levels[k]:
                if pos >= n:
                    break
                s, c = blk
                if pos + c > n:
                    part = n - pos
                    keep.append((k, [s * part / c, part]))
                else:
                    keep.append((k, [s, c]))
                pos += min(c, n - pos)
        self._levels = [deque() for _ in self._levels]
        for k, blk in keep:
            self._levels[k].append(blk)
        self._off = n

    def __delitem__(self, i: Any) -> None:
        if isinstance(i, slice) and i.stop is None and (i.step in (None, 1)):
            self.truncate(i.indices(len(self))[0])
            return
        raise TypeError("a loss history can only be cut back at its end (del h[n:])")

    def __setitem__(self, i: Any, values: Iterable[float]) -> None:
        if isinstance(i, slice) and i == slice(None):
            if isinstance(values, LossSeries):
                self._assign(values)
                return
            values = list(values)
            self.clear()
            self.extend(values)
            return
        raise TypeError("a loss history is replaced whole (h[:] = values) or grown by append")

    def _assign(self, other: LossSeries) -> None:
        self._tail = list(other._tail)
        self._off = other._off
        self._levels = [deque([s, c] for s, c in level) for level in other._levels]

    def clear(self) -> None:
        self._tail, self._off, self._levels = [], 0, []

    def copy(self) -> LossSeries:
        out = LossSeries()
        out._assign(self)
        return out


class EpochRecords(list):
    """The epoch records of a run (dicts), thinned when more than ``CAP`` are held: the newest
    ``DENSE`` stay, of the older every 2**k-th (k growing with age, as in the checkpoint ring).

    A list (indexing gives records, ``[-1]`` the latest); ``total`` counts every record ever
    appended, ``ordinals`` says which of them each kept record is (0-based)."""

    CAP = 4096
    DENSE = 1024

    def __init__(self, records: Iterable[dict] = (), ordinals: Iterable[int] | None = None) -> None:
        super().__init__(records)
        self.ordinals = list(range(len(self))) if ordinals is None else [int(o) for o in ordinals]
        if len(self.ordinals) != len(self):
            raise ValueError("one ordinal per record")
        self.total = self.ordinals[-1] + 1 if self.ordinals else 0
        self._base = 0

    def append(self, rec: dict) -> None:
        super().append(rec)
        self.ordinals.append(self.total)
        self.total += 1
        if len(self) > self.CAP:
            self._thin()

    def _thin(self) -> None:
        low = self.CAP * 7 // 8
        while len(self) > low:
            newest, d = self.total - 1, self.DENSE
            keep = [i for i, o in enumerate(self.ordinals)
                    if o == 0 or o == newest
                    or o % (1 << (self._base + (0 if newest - o < d else ((newest - o) // d).bit_length()))) == 0]
            if len(keep) > low:
                self._base += 1
            recs, ords = [self[i] for i in keep], [self.ordinals[i] for i in keep]
            super().__init__(recs)
            self.ordinals = ords

    def extend(self, records: Iterable[dict]) -> None:
        for rec in records:
            self.append(rec)

    def truncate(self, total: int) -> None:
        """Forget the records from the ``total``-th appended on (Session.restore)."""
        total = max(0, int(total))
        cut = sum(1 for o in self.ordinals if o < total)
        super().__delitem__(slice(cut, None))
        del self.ordinals[cut:]
        self.total = min(self.total, total)

    def __delitem__(self, i: Any) -> None:
        if isinstance(i, slice) and i.stop is None and i.step in (None, 1):
            cut = i.indices(len(self))[0]
            self.truncate(self.ordinals[cut] if cut < len(self) else self.total)
            return
        raise TypeError("epoch records can only be cut back at their end (del h[n:])")

    def __setitem__(self, i: Any, values: Any) -> None:
        if isinstance(i, slice) and i == slice(None):
            ords = getattr(values, "ordinals", None)
            values = list(values)
            super().__init__(values)
            self.ordinals = list(ords) if ords is not None else list(range(len(values)))
            self.total = self.ordinals[-1] + 1 if self.ordinals else 0
            return
        raise TypeError("epoch records are replaced whole (h[:] = records) or grown by append")

    def replace(self, other: EpochRecords) -> None:
        """Become a copy of ``other`` (records shared, lists copied)."""
        super().__init__(other)
        self.ordinals, self.total, self._base = list(other.ordinals), other.total, other._base

    def copy(self) -> EpochRecords:
        out = EpochRecords()
        out.replace(self)
        return out
