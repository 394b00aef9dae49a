"""The update stage's Δ labels: on their edge, never on each other or on a node, a leader line when set off."""
import numpy as np

from nnviz.stepthrough.placement import leader_end, place_labels


def fan(n_in=3, n_out=4, x0=100.0, x1=300.0):
    """Every edge between two columns of a dense layer, as the diagram draws them."""
    ys_in, ys_out = np.linspace(60, 260, n_in), np.linspace(40, 280, n_out)
    return [(x0, float(a), x1, float(b)) for a in ys_in for b in ys_out]


def overlap(a, b):
    return not (a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0] or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1])


def test_twelve_labels_of_one_layer_never_overlap_and_sit_by_their_edges():
    segs = fan()
    nodes = [(x - 9, y - 9, 18, 18) for x, ys in ((100, np.linspace(60, 260, 3)), (300, np.linspace(40, 280, 4)))
             for y in ys]
    placed = place_labels(segs, [(78, 16)] * len(segs), obstacles=nodes, bounds=(0, 0, 420, 320))
    assert len(placed) >= 9                       # most find a place; none is drawn on another
    boxes = [p.box for p in placed]
    for i, a in enumerate(boxes):
        assert not any(overlap(a, n) for n in nodes)
        for b in boxes[i + 1:]:
            assert not overlap(a, b)
    for p in placed:
        x0, y0, x1, y1 = segs[p.index]
        t = (p.anchor[0] - x0) / (x1 - x0)
        assert 0.0 < t < 1.0 and abs(y0 + t * (y1 - y0) - p.anchor[1]) < 1e-9     # the anchor is on the edge
        ex, ey = leader_end(p.box, p.anchor)
        inside = p.box[0] <= p.anchor[0] <= p.box[0] + p.box[2] and p.box[1] <= p.anchor[1] <= p.box[1] + p.box[3]
        assert p.leader or inside                 # off its edge: a leader line joins them
        assert np.hypot(ex - p.anchor[0], ey - p.anchor[1]) < 5 * 16 + 1


def test_a_lone_label_sits_on_its_edge_without_a_leader():
    (p,) = place_labels([(0.0, 0.0, 100.0, 0.0)], [(40, 12)])
    assert not p.leader and p.anchor == (70.0, 0.0) and p.box == (50.0, -6.0, 40, 12)


def test_labels_with_no_free_place_are_left_out():
    segs = [(10.0, 15.0, 50.0, 15.0)] * 30
    placed = place_labels(segs, [(40, 12)] * 30, bounds=(0, 0, 60, 30))
    assert 0 < len(placed) < 30
    boxes = [p.box for p in placed]
    assert all(not overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
