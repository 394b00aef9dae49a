"""The inspector's text, checked against seed 004's hand-worked backpropagation."""
import subprocess
import sys

import numpy as np
import pytest

import core
from core.datasets import Dataset
from nnviz.stepthrough import text as T

# seed 004 writes weights as (out, in) applied as W @ x; nnviz uses x @ W, so the transposes
W1 = np.array([[0.3, 0.25], [0.4, 0.35]])
W2 = np.array([[0.45, 0.4], [0.7, 0.6]])


@pytest.fixture
def seed004():
    """One iteration of the seed's 2-2-2 network: x = [0.1, 0.2], t = [0.4, 0.6], SGD lr 0.5."""
    spec = {"network": {"sizes": [2, 2, 2], "activation": "sigmoid", "output": "sigmoid", "loss": "mse",
                        "bias": False, "weights": [[W1.T.tolist(), None], [W2.T.tolist(), None]]},
            "train": {"optimizer": "sgd", "lr": 0.5, "batch_size": 1}}
    ds = Dataset(x=[[0.1, 0.2]], y=[0], kind="classification", class_names=("p", "q"), feature_names=("a", "b"))
    s = core.Session(spec, dataset=ds)
    # two sigmoid outputs with real-valued targets: no label encodes to [0.4, 0.6], so set them
    s.t_train = s.backend.asarray(np.array([[0.4, 0.6]]))
    events = list(s.micro_steps())
    fwd = [e for e in events if e.stage == "forward"]
    bwd = {e.layer: e for e in events if e.stage == "backward"}
    return s, events, fwd, bwd


def text(lines):
    return "\n".join(lines)


def test_forward_nodes(seed004):
    _, _, f, _ = seed004
    h1, h2 = text(T.node_forward(f[0], f[1], 0)), text(T.node_forward(f[0], f[1], 1))
    # the seeds' notation (seed 000): a = x·W + b before the activation, z = h(a) after it
    assert T.node_forward(f[0], f[1], 0) == ["a = w₁·x₁ + w₂·x₂ = 0.3×0.1 + 0.25×0.2 = 0.08",
                                             "z = sigmoid(a) = sigmoid(0.08) = 0.51998934"]
    # with the layer number (the diagram's column): superscripts, the unit as a subscript
    assert T.node_forward(f[0], f[1], 0, layer=1) == ["a₁⁽¹⁾ = w₁₁⁽¹⁾·x₁ + w₂₁⁽¹⁾·x₂ = 0.3×0.1 + 0.25×0.2 = 0.08",
                                                      "z₁⁽¹⁾ = sigmoid(a₁⁽¹⁾) = sigmoid(0.08) = 0.51998934"]
    assert "<sub>1</sub><sup>(1)</sup>" in T.node_forward(f[0], f[1], 0, layer=1)[0].html
    assert T.node_forward(f[2], f[3], 1, layer=2)[0].startswith("a₂⁽²⁾ = w₁₂⁽²⁾·z₁⁽¹⁾ + w₂₂⁽²⁾·z₂⁽¹⁾")
    assert "0.4×0.1 + 0.35×0.2 = 0.11" in h2 and h2.endswith("= 0.52747230")
    o1, o2 = text(T.node_forward(f[2], f[3], 0)), text(T.node_forward(f[2], f[3], 1))
    assert "0.45×0.51998934 + 0.4×0.52747230" in o1 and o1.endswith("= 0.60944600")
    assert "0.7×0.51998934 + 0.6×0.52747230" in o2 and o2.endswith("= 0.66384491")
    assert "0.51998934" in h1


def test_loss(seed004):
    _, events, _, _ = seed004
    lt = text(T.loss_text(next(e for e in events if e.stage == "loss")))
    assert "output y = [0.60944600, 0.66384491]" in lt
    assert "target t = [0.4, 0.6]" in lt
    assert "[0.021933815, 0.0020380862]" in lt          # the seed's 0.02193381, 0.00203809
    assert "L = 0.023971901" in lt                        # E = 0.02397190


def test_backward_nodes(seed004):
    _, _, f, b = seed004
    o1 = T.node_backward(b[3], b[2], f[2], 0)
    assert o1[0] == "dL/dz = 0.20944600"                  # o1 - t1 (batch of 1)
    assert o1[1] == "h′(a) = z(1 − z) = 0.23802157"
    assert o1[2] == "dL/da = dL/dz × h′(a) = 0.20944600 × 0.23802157 = 0.049852667"
    assert o1[3] == "dL/dw₁ = z₁ × dL/da = 0.51998934 × 0.049852667 = 0.025922856"
    h1 = text(T.node_backward(b[1], b[0], f[0], 0))
    assert "dL/dw₁ = x₁ × dL/da = 0.1 × 0.0080887538" in h1
    typeset = T.node_backward(b[3], b[2], f[2], 0, layer=2)
    assert typeset[3] == "dL/dw₁₁⁽²⁾ = z₁⁽¹⁾ × dL/da₁⁽²⁾ = 0.51998934 × 0.049852667 = 0.025922856"
    assert "border-bottom" in typeset[2].html      # dL/da typeset as a fraction
    assert "summed" not in h1 and "batch" not in h1


def test_updates_reproduce_the_seed(seed004):
    s, events, _, _ = seed004
    ups = [e for e in events if e.stage == "update"]
    assert T.param_update(ups[1], 0, 0) == [
        "W[0, 0] (input 1 → unit 1)",
        "w ← w − lr × dL/dw = 0.45 − 0.5 × 0.025922856 = 0.43703857"]
    all_text = text(T.param_update(ups[0]) + T.param_update(ups[1]))
    for v in ["0.43703857", "0.38685205", "0.69629578", "0.59624247",
              "0.29959556", "0.24919112", "0.39964496", "0.34928991"]:
        assert f"= {v}" in all_text
    np.testing.assert_allclose(s.network.get_weights()[1][0].T, [[0.43703857, 0.38685205], [0.69629578, 0.59624247]],
                               atol=1e-8)


def test_other_optimizers_show_their_formula():
    for opt in ("momentum", "adam"):
        s = core.Session({"train": {"optimizer": opt, "lr": 0.1}})
        s.step()
        up = [e for e in s.micro_steps() if e.stage == "update"][0]
        lines = T.param_update(up, 1, 2)
        assert lines[0].startswith(f"{opt}: ") and "←" in lines[0]
        assert lines[1] == "W[1, 2] (input 2 → unit 3)"
        assert f"{T.num(up.before[1, 2])} → {T.num(up.after[1, 2])}" in lines[3]
        assert ("lr_t" in lines[2]) == (opt == "adam")
        assert len(T.param_update(up)) == 1 + 3 * 8 + 1    # first 8 elements, then "… (12 more)"
        assert T.param_update(up)[-1] == "… (12 more)"


def test_layer_matrices_write_shapes_as_the_seeds():
    s = core.Session({"network": {"sizes": [2, 3, 3]}})
    ev = s.trace([0.1, 0.2])
    items = T.layer_matrices(ev[0])
    assert [(t, sh) for t, sh, _ in items] == [("x", "(1, 2)"), ("W", "(2, 3)"), ("b", "(3,)"),
                                               ("a = x·W + b", "x (1, 2) × W (2, 3) + b (3,) → (1, 3)")]
    assert items[-1][2] is ev[0].out
    assert [(t, sh) for t, sh, _ in T.layer_matrices(ev[1])] == [("a", "(1, 3)"),
                                                                 ("z = sigmoid(a)", "sigmoid(a (1, 3)) → (1, 3)")]
    batch = [e for e in core.Session({}).micro_steps() if e.stage == "forward"][0]
    assert T.layer_matrices(batch)[-1][1] == "x (30, 2) × W (2, 10) + b (10,) → (30, 10)"


def test_batches_and_wide_layers_are_summarised():
    s = core.Session({"network": {"sizes": [2, 12, 3]}})
    events = list(s.micro_steps())
    fwd = [e for e in events if e.stage == "forward"]
    bwd = {e.layer: e for e in events if e.stage == "backward"}
    out = T.node_forward(fwd[2], None, 1, sample=4)
    assert out[0].count("×") == 8 + 0 and "+ …" in out[0]
    assert out[1] == "(the 8 largest of 12 terms; a sums all of them)"
    assert out[2].startswith("a is a score")
    z = float(fwd[2].out[4, 1])
    assert out[0].endswith(f"= {T.num(z)}")
    back = T.node_backward(None, bwd[2], fwd[2], 1, sample=4)
    assert back[0].startswith("dL/da = ") and "from the loss layer" in back[0]
    assert "over the 30 samples of the batch" in back[1]
    assert f"summed over the batch: {T.num(bwd[2].grads['W'][0, 1])}" in text(back)
    assert back[-1].startswith("dL/db = dL/da")
    lt = T.loss_text(next(e for e in events if e.stage == "loss"), sample=3)
    assert lt[-1].startswith("L = mean over the 30 samples")
    assert any(line.startswith("loss = −Σ t log y = −log y") for line in lt)


def test_computation_graph_follows_the_stages():
    s = core.Session({})
    desc = s.network.describe()
    events = list(s.micro_steps())
    nodes = T.computation_graph(desc, None)
    assert T.chain_text(nodes) == "x → Affine → Sigmoid → Affine → Softmax-with-Loss ← t → L"
    assert [n.key for n in nodes] == ["x", "layer0", "layer1", "layer2", "loss", "t", "L"]
    assert nodes[4].inputs == ("layer2", "t") and nodes[6].inputs == ("loss",)
    assert not any(n.current or n.forward or n.backward for n in nodes)
    currents = []
    for k in range(1, len(events) + 1):
        nodes = T.computation_graph(desc, events[:k])
        currents.append([n.key for n in nodes if n.current])
    assert currents == [["layer0"], ["layer1"], ["layer2"], ["loss"], ["loss"], ["layer2"], ["layer1"],
                        ["layer0"], ["layer0"], ["layer0"], ["layer2"], ["layer2"]]
    after_forward = {n.key: n for n in T.computation_graph(desc, events[:4])}
    assert after_forward["layer1"].forward.startswith("(30, 10) [")
    assert after_forward["L"].forward == T.num(events[3].value)
    assert after_forward["layer1"].backward == ""
    done = {n.key: n for n in T.computation_graph(desc, events)}
    assert done["layer1"].backward == T._summary(events[5].dx)   # dL/d(sigmoid out) = Affine 2's dL/dx
    assert done["x"].backward == T._summary(events[7].dx)
    assert done["loss"].backward == "1"
    assert T.computation_graph(desc, events[2])[3].current   # a single event works too


def test_numbers():
    assert T.num(0.11000000000000001) == "0.11"
    assert T.num(0.5274723046) == "0.52747230"
    assert T.num(3.0) == "3" and T.num(-0.0259) == "-0.0259" and T.num(0) == "0"
    assert T.num(1 / 3) == "0.33333333" and T.num(12345678.9) == "12345679"
    assert T.num(1.234567891e-9) == "1.2345679e-09" and T.num(1e-7) == "1e-07"
    assert T.num(float("nan")) == "nan" and T.num(float("-inf")) == "-inf"
    assert T.vec(np.arange(10.0)) == "[0, 1, 2, 3, 4, 5, 6, 7, …]"


def test_no_qt():
    code = "import sys, nnviz.stepthrough.text; assert not [m for m in sys.modules if 'PySide' in m or 'Qt' in m]"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=str(__import__("pathlib").Path(__file__)
                                                                        .resolve().parents[2]))


def test_derivatives_are_written_with_the_units_own_a_and_z():
    s = core.Session({"network": {"sizes": [2, 3, 3], "activation": "tanh"}})
    ev = list(s.micro_steps())
    f = [e for e in ev if e.stage == "forward"]
    b = {e.layer: e for e in ev if e.stage == "backward"}
    lines = T.node_backward(b[1], b[0], f[0], 2, layer=1)
    assert lines[1].startswith("h′(a₃⁽¹⁾) = 1 − (z₃⁽¹⁾)² = ")
    z = float(f[1].out[0, 2])
    assert T.num(1 - z * z) in lines[1]
