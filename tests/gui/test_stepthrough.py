"""The step-through debugger in the real window: stages, step back, the inspector's numbers, the timeline,
breakpoints and the gradient check. Every wait is on a signal (the worker's sync, the views' frame)."""
import re

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QTableWidget

import core
from nnviz.demo import DemoRunner
from nnviz.worker import default_spec, merge_spec

STAGES_2_10_3 = ["forward"] * 3 + ["loss"] + ["backward"] * 4 + ["update"] * 4


@pytest.fixture
def run(window):
    """run(action, ...) triggers window actions, then waits until the worker did them and the views drew
    the result; returns the snapshot the step-through views show."""
    runner = DemoRunner(window, timeout_s=30)
    runner.settle()

    def go(*keys, count=1):
        for _ in range(count):
            for k in keys:
                window.actions[k].trigger()
        return runner.settle()
    go.settle = runner.settle
    return go


def weights_equal(snap_weights, net_weights):
    return all(np.array_equal(W, W2) and (b is None and b2 is None or np.array_equal(b, b2))
               for (W, b), (W2, b2) in zip(snap_weights, net_weights))


def headless(steps, spec=None):
    s = core.Session(spec or default_spec())
    for _ in range(steps):
        s.step()
    return s


def widget_texts(widget):
    """Every text the widget shows: its labels and the cells of its tables (read from the widgets)."""
    # a typeset label's plain text is its accessible description (the HTML is its text())
    out = [lab.accessibleDescription() or lab.text() for lab in widget.findChildren(QLabel) if not lab.isHidden()]
    for t in widget.findChildren(QTableWidget):
        if t.isHidden() or t.parentWidget().isHidden():
            continue
        out += [t.item(i, j).text() for i in range(t.rowCount()) for j in range(t.columnCount()) if t.item(i, j)]
    return "\n".join(out)


def numbers_in(text):
    return [float(m) for m in re.findall(r"-?\d+\.\d+(?:e-?\d+)?", text)]


def shows(text, value, tol=5e-9):
    return any(abs(v - value) <= tol for v in numbers_in(text))


# ---------------------------------------------------------------- stages against the engine

def test_stepping_one_iteration_stage_by_stage_leaves_the_weights_of_one_batch_step(window, run):
    start = headless(0)
    one = headless(1)
    stages = []
    for k in range(12):
        snap = run("step_stage")
        assert snap.stage_index == k and snap.iteration == 0 and len(snap.events) == 12
        stages.append(snap.events[k].stage)
        if k < 8:  # before the update stages the weights shown are the "before" values
            assert weights_equal(snap.weights, start.network.get_weights())
    assert stages == STAGES_2_10_3
    assert weights_equal(snap.weights, one.network.get_weights())   # after the last update stage
    snap = run("step_stage")                                          # then the normal view again
    assert snap.stage_index == -1 and snap.iteration == 1
    assert weights_equal(snap.weights, one.network.get_weights())
    # the events are the engine's own: the same as micro_steps on a headless session, bitwise
    ref = list(headless(0).micro_steps())
    snap = run("step_back")
    assert snap.stage_index == 11 and snap.iteration == 0
    for a, b in zip(snap.events, ref):
        assert type(a) is type(b) and a.stage == b.stage
        for f in ("x", "out", "dout", "dx", "before", "after", "grad"):
            if hasattr(a, f) and getattr(a, f) is not None:
                assert np.array_equal(getattr(a, f), getattr(b, f))


def test_step_back_n_stages_then_forward_n_shows_the_same_event_and_state(window, run):
    run("step_stage", count=16)                    # 12 stages, the normal view, then iteration 1's third stage
    before = run.settle()
    assert (before.iteration, before.stage_index) == (1, 2)
    seen = []
    for _ in range(14):                            # back across the normal view into iteration 0
        s = run("step_back")
        seen.append((s.iteration, s.stage_index))
    assert seen[2] == (1, -1) and seen[3] == (0, 11) and seen[-1] == (0, 1)
    for _ in range(14):
        after = run("step_stage")
    assert (after.iteration, after.stage_index) == (1, 2)
    a, b = before.events[before.stage_index], after.events[after.stage_index]
    assert type(a) is type(b) and a.layer == b.layer and np.array_equal(a.out, b.out) and np.array_equal(a.x, b.x)
    assert weights_equal(after.weights, before.weights)
    assert all(np.array_equal(g1, g2) for (g1, _), (g2, _) in zip(after.grads, before.grads))
    assert np.array_equal(after.loss_history, before.loss_history)
    assert window.stepthrough.overlay.focus() == {"kind": "forward", "dense": 1, "columns": (1, 2), "direction": 1}


def test_stepping_back_into_an_iteration_run_at_full_speed_replays_its_events(window, run):
    run("step", count=5)                           # five batch steps: no events kept for them
    snap = run("step_back")
    assert (snap.iteration, snap.stage_index) == (4, 11)
    s = headless(4)
    ref = list(s.micro_steps())
    assert all(np.array_equal(a.after, b.after) for a, b in zip(snap.events[8:], ref[8:]))
    assert weights_equal(snap.weights, s.network.get_weights())
    snap = run("step_back", count=12)              # the normal view at the start of iteration 4
    assert (snap.iteration, snap.stage_index) == (4, -1)
    assert weights_equal(snap.weights, headless(4).network.get_weights())


def test_the_right_and_left_keys_step_stages(window, run, qtbot):
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_Right)
    QTest.keyClick(window, Qt.Key.Key_Right)
    assert run.settle().stage_index == 1
    QTest.keyClick(window, Qt.Key.Key_Left)
    assert run.settle().stage_index == 0
    QTest.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # step batch
    snap = run.settle()
    assert snap.stage_index == -1 and snap.iteration == 2   # iteration 0 finished, then one batch
    QTest.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)  # the rest of the epoch
    assert run.settle().iteration == 10


# ---------------------------------------------------------------- seed 004 in the inspector

def test_the_inspector_shows_seed_004s_numbers(window, run):
    """The seed-004 network (2-2-2 sigmoid, no bias, MSE, lr 0.5, x = [0.1, 0.2], t = [0.4, 0.6] via
    Session.set_targets) from its lesson; every number is read from the inspector's widgets."""
    assert window.open_lesson("backprop_by_hand")
    snap = run.settle()
    assert snap.sizes == (2, 2, 2) and snap.spec["train"]["lr"] == 0.5
    window.select_node(1, 0)                       # a click on the first hidden neuron
    insp = window.stepthrough.inspector
    texts = []
    for k in range(12):
        snap = run("step_stage")
        assert snap.stage_index == k
        texts.append(widget_texts(insp))
    h, o = (0.51998934, 0.52747230), (0.60944600, 0.66384491)
    assert all(shows(texts[1], v) for v in h)          # forward through the hidden sigmoid
    assert "z₁⁽¹⁾ = sigmoid(a₁⁽¹⁾) = sigmoid(0.08) = 0.51998934" in texts[1]   # the selected node's formula
    assert all(shows(texts[3], v) for v in o)          # forward through the output sigmoid
    loss = texts[4]                                    # the loss stage: the errors and E
    assert all(shows(loss, v) for v in (0.02193381, 0.00203809, 0.02397190))
    w1 = (0.29959556, 0.24919112, 0.39964496, 0.34928991)
    w2 = (0.43703857, 0.38685205, 0.69629578, 0.59624247)
    assert snap.events[10].name == "W" and snap.events[10].layer == 0
    assert all(shows(texts[10], v) for v in w1)        # update of W1
    assert all(shows(texts[11], v) for v in w2)        # update of W2
    assert not any(shows(texts[9], v) for v in w1)     # not before its update stage
    # the diagram's labels show the traced sample's values too
    run("step_back", count=8)
    assert "z 0.52" in window.stepthrough.overlay.label_texts()     # z = h(a), the seeds' notation


# ---------------------------------------------------------------- the timeline

def test_scrubbing_to_iteration_k_and_stepping_gives_the_original_runs_next_parameters(window, run):
    run("step_epoch", count=3)
    assert run.settle().iteration == 30
    window.stepthrough.timeline.scrub_to(13)
    snap = run.settle()
    assert snap.iteration == 13 and weights_equal(snap.weights, headless(13).network.get_weights())
    assert snap.timeline["exact"] and "exact" in window.stepthrough.timeline.status_text()
    assert snap.timeline["front"] == 30                # the run's end is still reachable...
    snap = run("step")
    assert snap.iteration == 14 and weights_equal(snap.weights, headless(14).network.get_weights())
    assert snap.timeline["front"] == 14                # ...until training resumes from the earlier point
    # clicking the loss curve scrubs too
    window.loss_plot.epochClicked.emit(1, 10)
    snap = run.settle()
    assert snap.iteration == 10 and weights_equal(snap.weights, headless(10).network.get_weights())


def test_a_point_the_thinned_history_no_longer_keeps_is_replayed_and_the_ui_says_so(window, run):
    window.worker.set_history_budget(40_000)         # a few checkpoints only: the ring thins
    run("step_epoch", count=20)
    snap = run.settle()
    assert snap.iteration == 200 and snap.timeline["kept"] < 200
    kept_density = snap.timeline["density"]
    assert kept_density.min() < 1.0                  # the strip shows the thinned part
    window.worker.scrub(57)
    snap = run.settle()
    assert snap.iteration == 57 and weights_equal(snap.weights, headless(57).network.get_weights())
    if not snap.timeline["exact"]:
        j = snap.timeline["replayed_from"]
        assert 0 <= j < 57 and f"replayed from iteration {j}" in window.stepthrough.timeline.status_text()
    odd = [k for k in range(1, 200) if k % 2]
    missing = next(k for k in odd[::-1] if k < 190)
    window.worker.scrub(missing)
    snap = run.settle()
    assert snap.iteration == missing
    assert not snap.timeline["exact"] and "replayed from iteration" in window.stepthrough.timeline.status_text()
    assert weights_equal(snap.weights, headless(missing).network.get_weights())


def test_before_the_earliest_kept_point_the_timeline_says_so(window, run):
    run("step", count=12)
    window.worker.set_history_budget(2**20)          # the history starts again at iteration 12
    run.settle()
    window.worker.scrub(3)
    snap = run.settle()
    assert snap.iteration == 12 and snap.timeline["before_first"]
    assert "no longer kept" in window.stepthrough.timeline.status_text()
    assert "no longer kept" in window.last_message


# ---------------------------------------------------------------- breakpoints

def test_the_nan_breakpoint_pauses_on_the_loss_stage_with_the_culprit_highlighted(window, run, qtbot):
    """The default softmax spiral never produces NaN (its gradients are bounded), so this uses the spiral
    with an identity output and MSE at learning rate 1000: the squared error overflows at iteration 52."""
    spec = merge_spec(default_spec(), {"network": {"output": "identity", "loss": "mse"}})
    window.worker.rebuild({"network": spec["network"]}, "test")
    window.worker.set_train(lr=1000.0)
    window.set_speed(0)
    run.settle()
    st = window.stepthrough
    with qtbot.waitSignal(st.frameShown, timeout=30_000,
                          check_params_cb=lambda _seq: bool(st.shown_snapshot.error)):
        window.play()
    snap = run.settle()
    assert snap.error and not snap.running
    info = snap.error_info
    assert info["breakpoint"] == "nan" and info["stage"] == "loss" and info["layer"] == 3
    assert info["name"] == "MSELoss" and snap.iteration == 52
    assert snap.stage_index == 2 and snap.events[-1].stage == "forward"   # the engine stopped before the loss
    ov = window.stepthrough.overlay
    assert ov.highlighted_layer() == 3 and ov.highlighted_column() == 2   # the loss, at the output column
    assert "loss: NaN/inf" in ov.label_texts()
    assert "MSELoss" in snap.error and "learning rate" in snap.error and "loss stage" in snap.error
    # "layer k" is the diagram's column k (stepthrough.stage.layer_number): the loss is the output column's
    assert window.error_panel.isVisible() and "layer 2 (MSELoss)" in window.error_label.text()
    ref = headless(52, merge_spec(spec, {"train": {"lr": 1000.0}}))
    assert weights_equal(snap.weights, ref.network.get_weights())        # the weights it failed with
    snap = run("step_stage")                                                # it cannot go on
    assert snap.error and snap.stage_index == 2


def test_a_gradient_norm_breakpoint_pauses_on_the_backward_stage(window, run):
    window.worker.set_breakpoints(grad_norm=1e-6)
    snap = run("step")
    assert snap.error_info["breakpoint"] == "grad_norm" and snap.events[snap.stage_index].stage == "backward"
    assert "gradient norm" in snap.error and snap.iteration == 0 and not snap.running


# ---------------------------------------------------------------- the gradient check

def _gradient_check(window, qtbot):
    dlg = window.stepthrough.gradcheck_dialog
    with qtbot.waitSignal(dlg.resultShown, timeout=30_000):
        window.actions["gradient_check"].trigger()
    return dlg.result, dlg.verdict_text()


def test_the_gradient_check_passes_on_the_default_network(window, run, qtbot):
    run("step", count=3)
    res, text = _gradient_check(window, qtbot)
    assert res["passed"] and len(res["results"]) == 4 and res["worst"] < 1e-6
    assert text.startswith("PASSED")


def test_the_gradient_check_fails_when_a_backward_is_broken(window, run, qtbot, monkeypatch):
    from core.layers import Sigmoid
    monkeypatch.setattr(Sigmoid, "backward", lambda self, dout: dout * self.out)   # f'(z) is a(1 - a), not a
    res, text = _gradient_check(window, qtbot)
    assert not res["passed"] and text.startswith("FAILED")
    bad = {(r["layer"], r["name"]) for r in res["results"] if r["max_rel_error"] > 1e-3}
    assert (0, "W") in bad and (2, "W") not in bad    # only what lies behind the sigmoid is wrong


# ---------------------------------------------------------------- selection, tracing, animation

def test_clicking_a_node_selects_it_and_a_data_point_is_traced(window, run):
    run("step_stage", count=2)
    d = window.diagram
    d.click_at(d.node_center(1, 3))
    assert window.stepthrough.inspector.selected() == (1, 3)
    assert "Neuron 4 of hidden layer 1" in widget_texts(window.stepthrough.inspector)
    snap = run.settle()
    rows = list(snap.batch_rows)
    outside = next(i for i in range(len(snap.x_train)) if i not in rows)
    window.boundary.pointTraced.emit(outside)
    snap = run.settle()
    assert snap.traced_row == outside and len(snap.trace) == 3
    assert np.allclose(snap.trace[0].x[0], snap.x_train[outside])
    assert "not in this batch" in widget_texts(window.stepthrough.inspector)
    x = window.stepthrough.trace_marker.getData()
    assert np.allclose([x[0][0], x[1][0]], snap.x_train[outside])


def test_forward_pulses_run_left_to_right_and_backward_ones_right_to_left(window, run, qtbot):
    ov = window.stepthrough.overlay
    window.stepthrough.set_stage_ms(100)
    run("step_stage")
    assert ov.pulse_count() == 20 and ov.focus()["direction"] == 1
    assert np.all(ov._pulse_b[:, 0] > ov._pulse_a[:, 0])
    qtbot.waitUntil(lambda: not ov.is_animating(), timeout=5000)
    run("step_stage", count=5)                      # backward through the second Affine
    assert ov.focus()["kind"] == "backward" and ov.pulse_count() == 30
    assert np.all(ov._pulse_b[:, 0] < ov._pulse_a[:, 0])


def test_auto_play_runs_stages_until_paused(window, run, qtbot):
    st = window.stepthrough
    st.set_stage_ms(100)
    window.actions["autoplay_stages"].trigger()
    qtbot.waitUntil(lambda: st.shown_snapshot is not None and st.shown_snapshot.stage_index >= 3, timeout=10_000)
    window.toggle_play()                            # Space: stops the stages, does not start training
    assert not st.autoplaying() and not window.actions["autoplay_stages"].isChecked()
    snap = run.settle()
    assert not snap.running and snap.stage_index >= 3


def test_the_graph_view_draws_the_seed_001_chain_with_the_current_stage(window, run):
    g = window.stepthrough.graph
    run("step_stage", count=4)               # the loss stage
    assert g.chain_text() == "x → Affine → Sigmoid → Affine → Softmax-with-Loss ← t → L"
    assert g.current_key() == "loss"
    nodes = {n.key: n for n in g.nodes()}
    assert nodes["layer2"].forward.startswith("(30, 3)") and nodes["L"].forward
    assert nodes["layer2"].backward == ""            # no gradient yet
    run("step_stage", count=2)                       # backward through the last Affine
    nodes = {n.key: n for n in g.nodes()}
    assert nodes["layer2"].backward.startswith("(30, 3)") and g.current_key() == "layer2"


def test_the_histograms_follow_the_stage(window, run):
    hv = window.stepthrough.histograms
    window.stepthrough.docks["histograms"].raise_()
    run("step_stage")
    edges, counts = hv.counts[(0, "gradients")]
    assert counts.sum() == 30 and np.allclose(edges[[0, -1]], [-0.5, 0.5])   # no gradient yet: all zero
    run("step_stage", count=7)                        # backward through the first Affine
    edges, counts = hv.counts[(0, "gradients")]
    assert counts.sum() == 30 and edges[-1] - edges[0] < 1.0 and edges[0] != -0.5


# ---------------------------------------------------------------- frames that always finish (issue 9.1)

def test_the_one_input_softmax_lesson_draws_every_stage_with_the_traced_point_on_y_0(window, run):
    """'Softmax and overflow' has one input feature: its first Next / → used to stop all drawing."""
    assert window.open_lesson("softmax_overflow")
    snap = run.settle()
    assert snap.sizes[0] == 1
    for k in range(len(STAGES_2_10_3)):
        snap = run("step_stage")
        assert window.stepthrough.shown_seq == snap.seq     # the frame finished
        if snap.stage_index == len(snap.events) - 1:
            break
    x, y = window.stepthrough.trace_marker.getData()
    assert snap.traced_row >= 0 and list(y) == [0.0]
    assert x[0] == pytest.approx(float(snap.x_train[snap.traced_row][0]))


@pytest.mark.parametrize("values", [np.full((2, 3), 1e300), np.array([[-1e308, 1e308, 0.0]]),
                                    np.array([[np.nan, np.inf, -np.inf]]), np.full((2, 3), 7.5),
                                    np.zeros((0, 3))], ids=["1e300", "-1e308..1e308", "nonfinite", "equal", "empty"])
def test_the_histograms_draw_weights_of_any_size(window, run, values):
    import dataclasses

    hv = window.stepthrough.histograms
    window.stepthrough.docks["histograms"].raise_()
    snap = run.settle()
    W = np.asarray(values, dtype=np.float64)
    weird = dataclasses.replace(snap, seq=snap.seq + 10_000, weights=((W, None),), grads=((W, None),))
    hv.set_snapshot(weird)
    edges, counts = hv.counts[(0, "weights")]
    finite = W[np.isfinite(W)]
    assert counts.sum() == finite.size and np.all(np.diff(edges) >= 0) and np.all(np.isfinite(edges))
    if finite.size:
        assert edges[0] <= finite.min() and finite.max() <= edges[-1]
    assert hv.nonfinite[(0, "weights")] == W.size - finite.size


# ---------------------------------------------------------------- lecture-ready inspector (issue 11)

def test_inspector_formulas_and_stage_labels_grow_with_the_presenter_factor(window, run):
    st = window.stepthrough
    run("step_stage")
    window.select_node(1, 0)
    px100 = st.inspector.formula_pixel_size()
    label100 = st.overlay.label_font().pointSizeF()
    table100 = st.inspector.tables[0].table.font().pixelSize()
    window.presenter.set_state(True, 200)                 # presenter mode at 200 %, as the scale menu does
    run.settle()
    assert st.inspector.formula_pixel_size() >= 1.8 * px100
    assert st.overlay.label_font().pointSizeF() >= 1.8 * label100
    assert st.inspector.tables[0].table.font().pixelSize() >= 1.8 * table100
    window.presenter.set_state(False, 200)
    assert st.inspector.formula_pixel_size() == px100


def test_formulas_are_typeset_with_sub_and_superscripts_and_fractions(window, run):
    st = window.stepthrough
    run("step_stage", count=7)                            # backward through the hidden sigmoid
    window.select_node(1, 0)
    html = st.inspector.node_text.text()
    assert "<sub>1</sub><sup>(1)</sup>" in html and "border-bottom" in html     # a₁⁽¹⁾ and dL/da as a fraction
    plain = st.inspector.node_text.accessibleDescription()
    assert "a₁⁽¹⁾ = " in plain and "dL/da₁⁽¹⁾ = dL/dz₁⁽¹⁾ × h′(a₁⁽¹⁾)" in plain
    assert "layer 1" in st.inspector.header.text() and "Sigmoid" in st.inspector.header.text()


def test_a_small_weight_matrix_shows_every_column_and_a_picked_cell_lights_its_edge(window, run, qtbot):
    st = window.stepthrough
    run("step_stage")                                     # forward through the first Affine: x, W (2, 10), b, a
    w_table = next(t for t in st.inspector.tables if not t.isHidden() and t.role == ("W", 0))
    t = w_table.table
    assert t.columnCount() == 10
    assert t.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert t.width() >= sum(t.columnWidth(j) for j in range(10))     # every column drawn, none cut off
    with qtbot.waitSignal(st.inspector.edgePicked) as sig:
        t.cellClicked.emit(1, 7)
    assert sig.args == [0, 1, 7]
    line, _rect = st.overlay.picked_geometry()
    x0, y0, x1, y1 = window.diagram.edge_lines(0)[1, 7]
    assert line is not None and (line.x1(), line.y1(), line.x2(), line.y2()) == pytest.approx((x0, y0, x1, y1))
    assert t.item(1, 7).background().color() == QColor(120, 170, 255)


def test_a_wide_matrix_scrolls_instead_of_being_cut(window, run):
    st = window.stepthrough
    window.worker.rebuild({"network": {"sizes": [2, 40, 3]}}, "a wide hidden layer")
    run.settle()
    run("step_stage")
    w_table = next(t for t in st.inspector.tables if not t.isHidden() and t.role == ("W", 0))
    assert w_table.table.columnCount() == 40
    assert w_table.table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded


def test_update_labels_sit_on_their_edges_with_leaders_and_never_overlap(window, run):
    st = window.stepthrough
    run("step_stage", count=11)                           # the update of W2 (10 x 3): the 12 largest Δ
    snap = run.settle()
    assert snap.events[snap.stage_index].stage == "update" and snap.events[snap.stage_index].name == "W"
    labels = st.overlay.edge_labels()
    assert 6 <= len(labels) <= 12
    boxes = [b for b, _a, _l, _t in labels]
    for i, a in enumerate(boxes):
        assert not any(a.intersects(b) for b in boxes[i + 1:])
    for box, anchor, leader, _text in labels:
        assert leader or box.contains(anchor)


def test_the_graph_and_histograms_scroll_rather_than_clip_at_200_percent(window, run):
    from PySide6.QtGui import QFontMetricsF

    st = window.stepthrough
    run("step_stage", count=4)
    h100, w100 = st.graph.minimumHeight(), st.graph.minimumWidth()
    window.presenter.set_state(True, 200)
    run.settle()
    small, bold = st.graph._fonts()
    # the graph asks for the room its 200 % boxes and two-line values need; the dock's scroll area gives it
    assert st.graph.minimumHeight() >= 1.6 * h100 and st.graph.minimumWidth() > w100
    assert st.graph.minimumHeight() >= 2 * (QFontMetricsF(bold).height() + 14) + 4 * QFontMetricsF(small).height()
    assert all(pw.minimumHeight() >= 120 for _lab, a, b in st.histograms._rows for pw, _c in (a, b))


def test_the_selected_neurons_weights_are_highlighted_in_the_matrix(window, run):
    st = window.stepthrough
    run("step_stage")
    window.select_node(1, 4)                               # hidden neuron 5: column 4 of W1 (2, 10)
    w_table = next(t for t in st.inspector.tables if not t.isHidden() and t.role == ("W", 0)).table
    tinted = {j for j in range(w_table.columnCount())
              if all(w_table.item(i, j).background().color() == QColor(206, 222, 255) for i in range(2))}
    assert tinted == {4}
