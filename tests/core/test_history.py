"""The checkpoint ring: bounded memory, exponential thinning, bitwise seek by replay."""
import tracemalloc

import numpy as np
import pytest

import core
from core.history import ARRAY_OVERHEAD, ENTRY_OVERHEAD, MIN_DENSE, CheckpointRing


def params(s):
    return [core.to_numpy(p).copy() for p in s.network.params]


def same(a, b):
    return all(np.array_equal(x, y) for x, y in zip(a, b))


def level(ring, d):
    """The rule of core/history.py, written out: every 2**level-th iteration is kept at age d."""
    D, s = ring._dense, ring._base
    return s if D is None or d < D else s + (d // D).bit_length()


def recount(ring):
    """nbytes from scratch: every distinct array once, plus the overheads."""
    arrays = {}
    for it in ring.kept():
        st = ring._states[it]
        for a in list(st["params"]) + [a for sl in st["optimizer"]["slots"].values() for a in sl.values()] \
                + ([st["perm"]] if st["perm"] is not None else []):
            arrays[id(a)] = a
    return sum(a.nbytes + ARRAY_OVERHEAD for a in arrays.values()) + ENTRY_OVERHEAD * len(ring)


def test_budget_holds_over_100k_adds_and_thinning_follows_the_rule():
    base = core.Session({}).checkpoint()
    ring = CheckpointRing(2 * 2**20)
    peak = 0
    n = 100_000
    for it in range(n):
        ring.add(dict(base, iteration=it, params=[p.copy() for p in base["params"]]))
        peak = max(peak, ring.nbytes)
        assert ring.nbytes <= ring.budget
    assert peak > 0.8 * ring.budget            # the budget is used, not wasted
    assert ring.nbytes == recount(ring)
    kept = ring.kept()
    assert kept[0] == 0 and kept[-1] == n - 1
    assert kept == sorted(kept) and kept == sorted(set(kept))
    newest = n - 1
    expected = [k for k in range(n) if k % (1 << level(ring, newest - k)) == 0]
    assert set(expected) <= set(kept)          # everything the rule promises is there
    assert kept[-MIN_DENSE:] == list(range(n - MIN_DENSE, n))   # the newest part is dense
    # every iteration is reachable with a replay no longer than its own resolution
    for k in range(0, n, 7):
        it, _ = ring.nearest(k)
        assert 0 <= k - it < 2 ** (level(ring, newest - k) + 1)
    # far back it is coarse: the oldest half holds far fewer entries than the newest thousand
    assert sum(k < n // 2 for k in kept) < sum(k >= n - 1000 for k in kept)


def test_accounting_does_not_flatter_the_ring():
    for opt in ("sgd", "adam"):
        s = core.Session({"train": {"optimizer": opt}})
        ring = CheckpointRing(10**9)
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        for _ in range(1500):
            ring.add(s.checkpoint())
            s.step()
        traced = tracemalloc.get_traced_memory()[0] - before
        tracemalloc.stop()
        assert ring.nbytes == recount(ring)
        assert traced <= ring.nbytes, (opt, traced, ring.nbytes)
        assert traced > 0.7 * ring.nbytes, (opt, traced, ring.nbytes)


def test_shared_shuffle_order_counted_once():
    s = core.Session({})
    ring = CheckpointRing()
    for _ in range(25):
        ring.add(s.checkpoint())
        s.step()
    perms = {id(ring._states[k]["perm"]) for k in ring.kept() if ring._states[k]["perm"] is not None}
    assert len(perms) == 3                      # one per epoch (10 iterations each), not one per entry
    assert ring.nbytes == recount(ring)


def run_recorded(spec, n, budget, change_at=None):
    s = core.Session(spec)
    ring = CheckpointRing(budget)
    ref, losses = [params(s)], []
    for it in range(n):
        if it == change_at:
            s.set_train(lr=0.3)
            ring.add(s.checkpoint())            # a change replay cannot repeat: recorded right away
        elif ring.should_record(s.iteration):
            ring.add(s.checkpoint())
        losses.append(s.step())
        ref.append(params(s))
    ring.add(s.checkpoint())
    return s, ring, ref, losses


@pytest.mark.parametrize("opt", ["sgd", "adam"])
def test_seek_replays_bitwise(opt):
    spec = {"train": {"optimizer": opt, "lr": 0.05 if opt == "adam" else 1.0}}
    n = 3000
    s, ring, ref, losses = run_recorded(spec, n, 600_000)
    kept = ring.kept()
    assert len(kept) < n // 4                    # thinned
    epochs = list(s.epoch_history)
    thinned = [k for k in range(n) if k not in kept]
    for k in [0, 1, 17, thinned[0], thinned[len(thinned) // 2], thinned[-1], kept[len(kept) // 3], n - 1, n]:
        got, replayed = ring.seek(s, k)
        assert got == k and s.iteration == k
        assert replayed == k - ring.nearest(k)[0]
        assert same(params(s), ref[k])
        assert s.loss_history == losses[:k]
        assert s.epoch_history == epochs[:k // s.iters_per_epoch]
        if k < n:
            s.step()
            assert same(params(s), ref[k + 1])
    # seeking to the same point twice gives the same thing (the stored states are never written)
    k = thinned[len(thinned) // 2]
    ring.seek(s, k)
    for _ in range(5):
        s.step()
    a = params(s)
    ring.seek(s, k)
    for _ in range(5):
        s.step()
    assert same(a, params(s))


def test_a_settings_change_is_an_anchor_and_replays_across():
    n, change = 2500, 700
    s, ring, ref, _ = run_recorded({}, n, 400_000, change_at=change)
    assert ring.has_exact(change)                 # kept through all the thinning
    assert not ring.has_exact(change + 1)
    for k in (change - 3, change, change + 5, change + 301):
        ring.seek(s, k)
        assert same(params(s), ref[k])
        assert s.spec["train"]["lr"] == (1.0 if k < change else 0.3)


def test_truncate_after_and_resume():
    s = core.Session({})
    ring = CheckpointRing()
    for _ in range(50):
        ring.add(s.checkpoint())
        s.step()
    ring.truncate_after(20)
    assert ring.kept() == list(range(21))
    assert ring.nbytes == recount(ring)
    with pytest.raises(ValueError, match="truncate_after"):
        ring.add(s.checkpoint() | {"iteration": 20})
    ring.seek(s, 20)
    assert s.iteration == 20 and len(s.loss_history) == 20
    s.set_train(lr=0.5)                            # a new future from 20
    ring.truncate_after(19)
    ring.add(s.checkpoint())
    assert ring.kept()[-1] == 20
    ring.truncate_after(-1)
    assert len(ring) == 0 and ring.nbytes == 0


def test_lookup():
    s = core.Session({})
    ring = CheckpointRing()
    with pytest.raises(KeyError):
        ring.nearest(0)
    for _ in range(5):
        s.step()
    ring.add(s.checkpoint())
    for _ in range(5):
        s.step()
    ring.add(s.checkpoint())
    assert ring.kept() == [5, 10]
    assert ring.has_exact(5) and not ring.has_exact(7)
    assert ring.nearest(7)[0] == 5 and ring.nearest(10)[0] == 10 and ring.nearest(99)[0] == 10
    with pytest.raises(KeyError, match="the first is 5"):
        ring.nearest(4)


def test_should_record_grows_sparse_only_when_the_budget_is_tight():
    base = core.Session({}).checkpoint()
    roomy, tight = CheckpointRing(), CheckpointRing(150_000)
    for it in range(5000):
        for ring in (roomy, tight):
            if ring.should_record(it):
                ring.add(dict(base, iteration=it, params=[p.copy() for p in base["params"]]))
        assert tight.nbytes <= tight.budget
    assert all(roomy.should_record(it) for it in range(100))
    assert tight._base > 0
    assert [tight.should_record(it) for it in range(4)] == [it % (1 << tight._base) == 0 for it in range(4)]
    assert tight.kept()[0] == 0 and tight.kept()[-1] >= 4999 - (1 << tight._base)


def _stored_arrays(ring):
    out = []
    for it in ring.kept():
        st = ring._states[it]
        out += list(st["params"]) + [a for sl in st["optimizer"]["slots"].values() for a in sl.values()]
        if st["perm"] is not None:
            out.append(st["perm"])
    return out


@pytest.mark.parametrize("opt", ["sgd", "adam"])
def test_a_full_ring_refills_its_own_buffers_instead_of_allocating(opt):
    # issue 9.5: a ring that freed the arrays it thinned and allocated new ones of the same sizes kept
    # glibc's heap churning; a full ring copies new checkpoints into the arrays it dropped
    import weakref
    s = core.Session({"train": {"optimizer": opt}})
    ring = CheckpointRing(2**20)
    while not ring.full:
        ring.add(s.checkpoint())
        for _ in range(4):
            s.step()
    for _ in range(4000):                       # several thinnings: the spares are in use
        if s.iteration % 4 == 0:
            ring.add(s.checkpoint())
        s.step()
    known = {id(a): weakref.ref(a) for a in _stored_arrays(ring)}
    known.update((id(a), weakref.ref(a)) for pool in ring._spare.values() for a in pool)
    stored = fresh = 0
    for _ in range(2000):
        if s.iteration % 4 == 0:
            ring.add(s.checkpoint())
            for a in _stored_arrays(ring)[-12:]:
                stored += 1
                fresh += not (id(a) in known and known[id(a)]() is a)
                known[id(a)] = weakref.ref(a)
        s.step()
    assert ring.full and ring.nbytes <= ring.budget
    assert ring.nbytes + ring.spare_nbytes <= ring.budget     # the spares count against the budget
    assert ring.nbytes == recount(ring)
    assert fresh < 0.05 * stored, (fresh, stored)


def test_recycling_never_touches_a_state_held_outside_the_ring():
    s = core.Session({"train": {"optimizer": "adam"}})
    ring = CheckpointRing(2**19)
    ring.add(s.checkpoint())
    for _ in range(50):
        s.step()
        ring.add(s.checkpoint())
    _, held = ring.nearest(25)                  # thinned away below, while someone holds it
    raw = ring._states[30]
    held_copy = [p.copy() for p in held["params"]]
    raw_params = list(raw["params"])
    raw_copy = [p.copy() for p in raw_params]
    for _ in range(6000):
        s.step()
        ring.add(s.checkpoint())
    assert not ring.has_exact(25) and not ring.has_exact(30) and ring.spare_nbytes > 0
    assert same(held["params"], held_copy)      # a nearest() result stays as it was
    assert same(raw_params, raw_copy)           # and so does an array someone took from the ring
    assert raw["iteration"] == 30 and raw["params"] is not None   # a state dict held outside is not emptied


def test_the_rings_tables_do_not_grow_after_it_is_full():
    # CPython grows a churned dict's table to 3x its entries at the first resize; the ring's tables
    # (one entry per stored array, one per checkpoint) jumped by ~10 MB in the window after filling
    import sys
    s = core.Session({})
    ring = CheckpointRing(4 * 2**20)
    while not ring.full:
        ring.add(s.checkpoint())
        for _ in range(4):
            s.step()
    at_full = sys.getsizeof(ring._refs), sys.getsizeof(ring._states)
    for _ in range(60_000):
        if s.iteration % 4 == 0:
            ring.add(s.checkpoint())
        s.step()
    assert sys.getsizeof(ring._refs) <= at_full[0] and sys.getsizeof(ring._states) <= at_full[1]
