"""Where the update stage's Δ labels go (no Qt): on their edge, apart from each other and the nodes.

Each label belongs to an edge (a segment). Candidates are tried in order — points along the edge
(70 % of the way first, where edges of one layer fan apart), the box centred on the edge, then
shifted off it on either side — and the first box that overlaps no label placed before it (labels
come largest Δ first) and no node is taken. A label set off its edge gets a leader line from the
box to its point on the edge. A label with no free place is left out rather than drawn on another.
"""
from __future__ import annotations

from dataclasses import dataclass

ALONG = (0.7, 0.6, 0.8, 0.5, 0.4, 0.85, 0.3)   # where on the edge, from its left end
SHIFTS = (0.0, 1.15, -1.15, 2.3, -2.3, 3.45, -3.45, 4.6, -4.6)   # offsets across the edge, in box heights
GAP = 2.0                                        # pixels kept free around a box


@dataclass(frozen=True)
class Placed:
    index: int            # which label (its position in the input)
    box: tuple            # (left, top, width, height)
    anchor: tuple         # (x, y): its point on the edge
    leader: bool          # the box is off the edge: draw a line from the box to the anchor


def _overlaps(a, b, gap=GAP):
    return not (a[0] + a[2] + gap <= b[0] or b[0] + b[2] + gap <= a[0]
                or a[1] + a[3] + gap <= b[1] or b[1] + b[3] + gap <= a[1])


def _inside(box, bounds):
    if bounds is None:
        return True
    x, y, w, h = bounds
    return box[0] >= x and box[1] >= y and box[0] + box[2] <= x + w and box[1] + box[3] <= y + h


def place_labels(segments, sizes, obstacles=(), bounds=None):
    """segments: [(x0, y0, x1, y1)] one per label (its edge); sizes: [(w, h)]; obstacles: boxes to keep
    clear (the nodes); bounds: the box labels must stay inside, or None. Returns [Placed] in order of
    the input, leaving out the labels that found no free place."""
    placed, taken = [], list(obstacles)
    for k, ((x0, y0, x1, y1), (w, h)) in enumerate(zip(segments, sizes)):
        dx, dy = x1 - x0, y1 - y0
        length = (dx * dx + dy * dy) ** 0.5 or 1.0
        nx, ny = -dy / length, dx / length           # unit normal of the edge
        choice = None
        for shift in SHIFTS:
            for t in ALONG:
                ax, ay = x0 + t * dx, y0 + t * dy
                cx, cy = ax + nx * shift * h, ay + ny * shift * h
                box = (cx - w / 2, cy - h / 2, w, h)
                if _inside(box, bounds) and not any(_overlaps(box, o) for o in taken):
                    choice = Placed(k, box, (ax, ay), shift != 0.0)
                    break
            if choice is not None:
                break
        if choice is not None:
            placed.append(choice)
            taken.append(choice.box)
    return placed


def leader_end(box, anchor):
    """The point of ``box`` nearest to ``anchor``: where its leader line starts."""
    x, y, w, h = box
    return (min(max(anchor[0], x), x + w), min(max(anchor[1], y), y + h))
