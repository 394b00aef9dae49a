"""Where the diagram puts things: column positions, node sizes, edge endpoints, the edge budget.

Pure numpy (no Qt): the numbers depend on the viewport size, the units per column and the content
scale (presenter mode) only, so they are tested without a display.

Wide layers stay readable: a column whose nodes would be smaller than NODE_MIN px is drawn as compact
dots of at least DOT_MIN px; when even those would touch (more than ~150 units in 600 px) the column
folds into staggered sub-columns (unit u in sub-column u mod f), so every neuron keeps a visible dot
in its own place and the vertical order is kept.
"""
from __future__ import annotations

import math

import numpy as np

MAX_HIDDEN_LAYERS = 6                  # what the "+ layer" button allows (a spec may hold more: up to 8 are drawn)
MAX_NEURONS = 64                       # what "+" allows in a layer (a spec may hold up to 256: drawn folded)
DEFAULT_MAX_EDGES = 2000

# in px at 100 %; the node sizes and margins grow with the content scale
TOP = 74                               # room for the per-layer buttons and the column header
BOTTOM, LEFT, RIGHT = 12, 64, 72
NODE_MAX = 44
NODE_MIN = 14                          # below this a column is drawn as compact dots, no thumbnails
NODE_GAP_SHARE = 0.42                  # of the distance between columns: the most a node takes
DOT_MIN = 3.5                          # a compact neuron is never smaller than this ...
DOT_MAX = 10.0                         # ... nor bigger
DOT_GAP = 1.5                          # px between two dots of one sub-column
MAX_LABEL = 150                        # longer input/output names are elided

FEATURE_LABELS = {"x1": "x₁", "x2": "x₂", "x1^2": "x₁²", "x2^2": "x₂²", "x1*x2": "x₁x₂",
                  "sin_x1": "sin x₁", "sin_x2": "sin x₂"}


def water_fill(counts, budget):
    """Split ``budget`` over layer pairs: small pairs keep all their edges, the rest share evenly."""
    counts = np.asarray(counts, dtype=np.int64)
    take = np.zeros_like(counts)
    left, open_ = int(budget), [int(k) for k in np.argsort(counts, kind="stable")]
    while open_:
        share, extra = divmod(left, len(open_))
        k = open_[0]
        if counts[k] <= share:
            take[k] = counts[k]
            left -= int(counts[k])
            open_.pop(0)
        else:
            for n, k in enumerate(sorted(open_)):
                take[k] = min(counts[k], share + (n < extra))  # the remainder too: exactly the budget
            break
    return take


def column_nodes(n, x, top, avail, k=1.0, gap=None):
    """One column of ``n`` units centred at ``x`` in the band [top, top + avail]: a dict with
    x, xs (per unit: folded columns stagger), ys, size, compact and folds. ``gap``: the distance to
    the nearest column; a node takes at most NODE_GAP_SHARE of it (the rest is for the value labels
    beside it: a tall, narrow diagram at 250 % grew its nodes until no label had a place)."""
    node_max, node_min = NODE_MAX * k, NODE_MIN  # a thumbnail needs NODE_MIN px, at any scale
    if gap is not None:
        node_max = max(node_min, min(node_max, NODE_GAP_SHARE * gap))
    spacing = avail / max(1, n)
    size = min(node_max, spacing * 0.8)
    compact = size < node_min
    folds = 1
    if compact:
        # dots: as big as the pitch allows, never below DOT_MIN; fold while they would touch
        folds = max(1, math.ceil((DOT_MIN + DOT_GAP) / max(spacing, 1e-9)))
        size = float(np.clip(folds * spacing * 0.8, DOT_MIN, DOT_MAX * k))
    else:
        spacing = min(spacing, node_max * 1.3)
    ys = top + avail / 2 + (np.arange(n) - (n - 1) / 2) * spacing
    xs = np.full(n, float(x))
    if folds > 1:
        xs += ((np.arange(n) % folds) - (folds - 1) / 2) * (size + 2.0)
    return {"x": float(x), "xs": xs, "ys": ys, "size": float(size), "compact": bool(compact), "folds": folds}


def column_xs(ncol, width, left, right):
    """x of each column's centre."""
    return np.linspace(left, width - right, ncol) if ncol > 1 else np.array([width / 2])


def edge_ends(columns, offsets):
    """Endpoints (x0, y0, x1, y1) of every edge, row-major per W (edge id = offset + i * out + j)."""
    ends = np.empty((int(offsets[-1]), 4))
    for k in range(len(columns) - 1):
        a, b = columns[k], columns[k + 1]
        rows_a, rows_b = a["rows"], b["rows"]
        e = ends[offsets[k]:offsets[k + 1]].reshape(len(rows_a), len(rows_b), 4)
        e[..., 0] = (a["xs"][rows_a] + a["size"] / 2)[:, None]
        e[..., 1] = a["ys"][rows_a][:, None]
        e[..., 2] = (b["xs"][rows_b] - b["size"] / 2)[None, :]
        e[..., 3] = b["ys"][rows_b][None, :]
    return ends


def node_at(columns, px, py):
    """(column, unit) of the node under (px, py), or (-1, -1). Small dots get a 3 px catch radius."""
    for c, col in enumerate(columns):
        half = max(col["size"] / 2, 3.0)
        if abs(px - col["x"]) > half + (col["folds"] - 1) * (col["size"] + 2.0):
            continue
        d = np.maximum(np.abs(col["xs"] - px), np.abs(col["ys"] - py))
        u = int(np.argmin(d))
        if d[u] <= half:
            return c, u
    return -1, -1
