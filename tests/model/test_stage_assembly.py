"""A stage snapshot is assembled from the iteration's event copies; the live network is never written
(issue 8.1). Qt-free: the worker's stage view is built here without a display."""
import numpy as np
import pytest

import core
from nnviz.stepthrough.assemble import stage_snapshot
from nnviz.stepthrough.stepper import Stepper

try:
    from nnviz.model.snapshot import make_snapshot
except ImportError:  # before the app's model room landed
    from nnviz.model.snapshot import make_snapshot

try:
    from core.spec import default_spec
except ImportError:
    from nnviz.worker import default_spec


def session_and_stepper(steps=3, spec=None):
    s = core.Session(spec or default_spec())
    st = Stepper()
    st.reset(s)
    for _ in range(steps):
        st.record(s, every=True)
        s.step()
        st.after_step(s)
    return s, st


def live_state(s):
    net = s.network
    return ([np.array(core.backend.to_numpy(p), copy=True) for p in net.params],
            [getattr(layer, "x", None) for layer in net.layers])


def frozen(s):
    """Make the live parameters read-only: any write into them raises."""
    for p in s.network.params:
        p.flags.writeable = False


def old_way(s, st):
    """What the worker did before: write the stage's weights into the live network, snapshot, restore."""
    it, k = st.cursor
    entry = st.entry()
    net = s.network
    saved = [np.array(p, copy=True) for p in net.params]
    try:
        for p, v in zip(net.params, st.stage_params(s, entry, k)):
            p[...] = v
        return make_snapshot(s, 1, running=False)
    finally:
        for p, v in zip(net.params, saved):
            p[...] = v


@pytest.mark.parametrize("k", [0, 3, 7, 11])   # forward, loss, backward, the last update (2-10-3 net)
def test_a_stage_snapshot_never_writes_the_live_network(k):
    s, st = session_and_stepper()
    for _ in range(k + 1):
        st.step_stage(s)
    assert st.cursor[1] == k
    params, cached = live_state(s)
    frozen(s)
    snap = stage_snapshot(s, st, make_snapshot, seq=1)
    after, cached_after = live_state(s)
    assert all(np.array_equal(a, b) for a, b in zip(params, after))
    assert all(a is b for a, b in zip(cached, cached_after))      # the layers' cached inputs too
    assert snap.stage_index == k and snap.events == st.entry().events


@pytest.mark.parametrize("k", [0, 5, 8, 11])
def test_the_stage_snapshot_shows_the_same_weights_and_boundary_as_writing_them_in(k):
    s, st = session_and_stepper()
    for _ in range(k + 1):
        st.step_stage(s)
    new = stage_snapshot(s, st, make_snapshot, seq=1)
    old = old_way(s, st)
    for (W, b), (W2, b2) in zip(new.weights, old.weights):
        assert np.array_equal(W, W2) and np.array_equal(b, b2)
    assert np.array_equal(new.grid_output, old.grid_output)
    assert all(np.array_equal(a, b) for a, b in zip(new.grid_hidden, old.grid_hidden))
    # the weights before the iteration's updates differ from the session's (it is past the iteration)
    live = s.network.get_weights()
    if k < 8:
        assert not np.array_equal(new.weights[0][0], live[0][0])
    if k == 11:       # after the last update the stage shows the session's weights
        assert all(np.array_equal(W, W2) for (W, _), (W2, _) in zip(new.weights, live))


def test_a_traced_point_outside_the_batch_runs_through_the_scratch_network():
    s, st = session_and_stepper()
    st.step_stage(s)
    entry = st.entry()
    outside = next(i for i in range(s.n_train) if i not in entry.rows)
    st.trace_row = outside
    params, cached = live_state(s)
    frozen(s)
    snap = stage_snapshot(s, st, make_snapshot, seq=1)
    assert len(snap.trace) == 3 and snap.traced_row == outside
    assert np.allclose(snap.trace[0].x[0], s.raw_train[outside])
    # the trace used the weights of the iteration's forward pass: the same first activation as by hand
    W, b = entry.events[0].params["W"], entry.events[0].params["b"]
    assert np.allclose(snap.trace[0].out[0], snap.trace[0].x[0] @ W + b)
    assert all(a is c for a, c in zip(cached, live_state(s)[1]))


def test_the_scratch_network_follows_an_architecture_change():
    spec = default_spec()
    s, st = session_and_stepper(1, spec)
    st.step_stage(s)
    a = stage_snapshot(s, st, make_snapshot, seq=1)
    spec2 = dict(spec, network=dict(spec["network"], sizes=[2, 4, 3]))
    s2, st2 = session_and_stepper(1, spec2)
    st2.scratch = st.scratch                  # the same scratch cache, another shape
    st2.step_stage(s2)
    b = stage_snapshot(s2, st2, make_snapshot, seq=2)
    assert a.weights[0][0].shape == (2, 10) and b.weights[0][0].shape == (2, 4)
    assert b.grid_output.shape == a.grid_output.shape


def test_layers_are_numbered_as_the_diagrams_columns():
    from nnviz.stepthrough.stage import StageView, layer_number

    names = ["Affine", "Sigmoid", "Affine", "Sigmoid"]          # seed 004's 2-2-2 network
    assert [layer_number(names, k) for k in range(5)] == [1, 1, 2, 2, 2]   # 4: the loss layer
    s, st = session_and_stepper(1)
    st.step_stage(s)
    snap = stage_snapshot(s, st, make_snapshot, seq=1)
    sv = StageView(snap)
    assert [sv.layer_number(k) for k in range(3)] == [sv.column_of(k) for k in range(3)] == [1, 1, 2]
    assert sv.describe_current() == "forward through layer 1 (Affine)"


def test_the_entry_keeps_the_rows_its_iteration_trained_on():
    s, st = session_and_stepper(12)                 # past an epoch boundary (300 points, batch 30)
    for _ in range(3):
        st.step_stage(s)
        entry = st.entry()
        loss = next(e for e in entry.events if e.stage == "loss")
        assert np.array_equal(entry.rows, loss.rows)
        while st.cursor is not None:
            st.step_stage(s)
