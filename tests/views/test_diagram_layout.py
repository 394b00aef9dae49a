"""nnviz.views.diagram_layout: where columns, nodes and edges go (no Qt)."""
import numpy as np
import pytest

from nnviz.views import diagram_layout as L


def test_water_fill_keeps_small_pairs_whole_and_spends_the_budget():
    take = L.water_fill([20, 100_000, 2_560], 2000)
    assert take[0] == 20 and take.sum() == 2000 and take[2] <= 2560


def test_small_columns_get_full_nodes_that_grow_with_the_content_scale():
    one = L.column_nodes(3, 100.0, 80.0, 500.0, 1.0)
    two = L.column_nodes(3, 100.0, 80.0, 500.0, 2.0)
    assert not one["compact"] and one["size"] == L.NODE_MAX
    assert two["size"] == pytest.approx(2 * one["size"])


@pytest.mark.parametrize("n, avail", [(64, 560.0), (128, 560.0), (256, 560.0), (256, 400.0)])
def test_wide_columns_keep_every_node_visible_and_apart(n, avail):
    col = L.column_nodes(n, 300.0, 80.0, avail, 1.0)
    assert col["compact"] and col["size"] >= L.DOT_MIN
    assert np.all(np.diff(col["ys"]) > 0)                 # the order of the units is kept
    # no two dots overlap: centres at least a dot apart in x or in y
    xs, ys, s = col["xs"], col["ys"], col["size"]
    dx = np.abs(xs[:, None] - xs[None, :])
    dy = np.abs(ys[:, None] - ys[None, :])
    apart = (dx >= s) | (dy >= s)
    np.fill_diagonal(apart, True)
    assert apart.all()
    assert ys.min() >= 80.0 and ys.max() <= 80.0 + avail


def test_node_at_finds_every_dot_of_a_folded_column():
    cols = [L.column_nodes(256, 300.0, 80.0, 500.0, 1.0)]
    assert cols[0]["folds"] >= 2
    for u in (0, 1, 2, 127, 255):
        assert L.node_at(cols, cols[0]["xs"][u], cols[0]["ys"][u]) == (0, u)
    assert L.node_at(cols, 10.0, 10.0) == (-1, -1)


def test_edge_ends_leave_and_reach_the_node_sides():
    a = dict(L.column_nodes(2, 100.0, 80.0, 400.0), rows=[0, 1])
    b = dict(L.column_nodes(3, 400.0, 80.0, 400.0), rows=[0, 1, 2])
    ends = L.edge_ends([a, b], np.array([0, 6]))
    e = ends.reshape(2, 3, 4)
    assert np.allclose(e[..., 0], 100.0 + a["size"] / 2) and np.allclose(e[..., 2], 400.0 - b["size"] / 2)
    assert np.allclose(e[1, 2, [1, 3]], [a["ys"][1], b["ys"][2]])


def test_a_node_leaves_the_gap_to_its_neighbour_column_for_the_labels():
    free = L.column_nodes(2, 100.0, 0.0, 400.0, 2.5)                 # tall band: the node at its largest
    near = L.column_nodes(2, 100.0, 0.0, 400.0, 2.5, gap=120.0)     # columns 120 px apart
    assert free["size"] == L.NODE_MAX * 2.5
    assert near["size"] <= L.NODE_GAP_SHARE * 120.0 < free["size"]
    assert not near["compact"]
    tight = L.column_nodes(2, 100.0, 0.0, 400.0, 1.0, gap=10.0)     # never below a thumbnail's size
    assert tight["size"] >= L.NODE_MIN and not tight["compact"]
