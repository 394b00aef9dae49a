"""Built-in data sets: the book's spiral, TensorFlow Playground's six, logic gates, moons.

Everything is host-side numpy with float64 inputs. The Playground generators follow
shared/reference/playground_datasets.md so the pictures match what teachers know from
playground.tensorflow.org; the spiral reproduces "Deep Learning from Scratch 2" bit for bit.
"""
import dataclasses
import math
from dataclasses import dataclass

import numpy as np

from .errors import DataError

CLASSIFICATION = "classification"
REGRESSION = "regression"
KINDS = (CLASSIFICATION, REGRESSION)

# Upper limit on generated points: same as the CSV row limit, so the GUI never has to
# cope with a built-in set larger than a file it would accept.
MAX_POINTS = 100_000
MAX_NOISE = 0.5  # Playground's slider goes 0..50 %; the engine takes the fraction


@dataclass(frozen=True, eq=False)  # eq=False: arrays have no truth value, so compare by identity
class Dataset:
    x: np.ndarray  # (n, d) float64 raw inputs
    y: np.ndarray  # classification: (n,) int64 class index; regression: (n,) float64 target
    kind: str  # "classification" | "regression"
    class_names: tuple = ()  # () for regression
    feature_names: tuple = ()
    name: str = ""
    notes: tuple = ()  # core.messages.Message: what a loader noticed and fixed (e.g. a trailing comma)

    def __post_init__(self):
        # Coerce once here so every consumer can rely on dtypes and shapes.
        if self.kind not in KINDS:
            raise DataError("data.kind", kind=repr(self.kind))
        x = np.asarray(self.x, dtype=np.float64)
        if x.ndim != 2:
            raise DataError("data.x_shape", got=str(x.shape))
        y = np.asarray(self.y)
        if y.shape != (x.shape[0],):
            raise DataError("data.labels_count", n=x.shape[0], got=str(y.shape))
        class_names = tuple(str(c) for c in self.class_names)
        if self.kind == CLASSIFICATION:
            if y.size and not np.all(np.equal(np.mod(y, 1), 0)):
                raise DataError("data.labels_whole")
            y = y.astype(np.int64)
            if y.size and (y.min() < 0 or y.max() >= len(class_names)):
                raise DataError("data.labels_range", last=len(class_names) - 1, names=str(class_names),
                                lo=int(y.min()), hi=int(y.max()))
        else:
            y = y.astype(np.float64)
            class_names = ()
        feature_names = tuple(str(f) for f in self.feature_names) or tuple(
            f"x{i + 1}" for i in range(x.shape[1]))
        if len(feature_names) != x.shape[1]:
            raise DataError("data.feature_names", n=len(feature_names), k=x.shape[1])
        for field, value in (("x", x), ("y", y), ("class_names", class_names),
                             ("feature_names", feature_names)):
            object.__setattr__(self, field, value)

    @property
    def num_classes(self) -> int:
        return len(self.class_names) if self.kind == CLASSIFICATION else 0

    def __len__(self):
        return self.x.shape[0]


# ---------------------------------------------------------------- the book's spiral

def spiral(seed=1984, n_per_class=100, classes=3):
    """The book's dataset/spiral.py load_data(), bit for bit: returns (x, t) with t one-hot.

    Deliberately the book's own scalar loop (not vectorised) so every float operation,
    and the order of the draws from the legacy RandomState, is exactly the book's.
    """
    classes = _int_in("classes", classes, 2, 6)
    n = _int_in("n_per_class", n_per_class, 1, MAX_POINTS // classes)
    rs = np.random.RandomState(seed)  # the book calls np.random.seed(seed): same stream
    x = np.zeros((n * classes, 2))
    t = np.zeros((n * classes, classes), dtype=np.int64)
    for j in range(classes):
        for i in range(n):
            rate = i / n
            radius = 1.0 * rate
            theta = j * 4.0 + 4.0 * rate + rs.randn() * 0.2
            ix = n * j + i
            x[ix] = np.array([radius * np.sin(theta), radius * np.cos(theta)]).flatten()
            t[ix, j] = 1
    return x, t


# ---------------------------------------------------------------- Playground generators
# Each takes (rng, n, noise) and returns (points (n, 2), labels). Classification labels
# are Playground's +1/-1; make() maps them to classes 1/0.

def _circle(rng, n, noise):
    radius = 5.0
    n_in = n - n // 2
    r = np.concatenate([rng.uniform(0, 0.5 * radius, n_in),            # positives inside
                        rng.uniform(0.7 * radius, radius, n - n_in)])  # negatives in a ring
    angle = rng.uniform(0, 2 * math.pi, n)
    x, y = r * np.sin(angle), r * np.cos(angle)
    # Noise does not move the points: it jitters the position used for the label, so
    # points near the edge get flipped labels.
    nx, ny = rng.uniform(-radius, radius, (2, n)) * noise
    label = np.where(np.hypot(x + nx, y + ny) < 0.5 * radius, 1, -1)
    return np.stack([x, y], axis=1), label


def _xor(rng, n, noise):
    p = rng.uniform(-5, 5, (n, 2))
    p += np.where(p > 0, 0.3, -0.3)  # push away from the axes (Playground's padding)
    offsets = rng.uniform(-5, 5, (n, 2)) * noise
    q = p + offsets
    return p, np.where(q[:, 0] * q[:, 1] >= 0, 1, -1)


def _gauss(rng, n, noise):
    variance = 0.5 + (4.0 - 0.5) * noise / MAX_NOISE  # linear 0.5 -> 4 over noise 0 -> 0.5
    n_pos = n - n // 2
    centre = np.where(np.arange(n)[:, None] < n_pos, 2.0, -2.0)
    p = rng.normal(centre, math.sqrt(variance), (n, 2))
    return p, np.where(np.arange(n) < n_pos, 1, -1)


def _two_arm_spiral(rng, n, noise):
    points, labels = [], []
    for m, delta, label in ((n - n // 2, 0.0, 1), (n // 2, math.pi, -1)):
        i = np.arange(m)
        r = 5.0 * i / m
        t = 1.75 * 2 * math.pi * i / m + delta
        # here noise does move the points
        p = np.stack([r * np.sin(t), r * np.cos(t)], axis=1) + rng.uniform(-1, 1, (m, 2)) * noise
        points.append(p)
        labels.append(np.full(m, label))
    return np.concatenate(points), np.concatenate(labels)


def _reg_plane(rng, n, noise):
    radius = 6.0
    p = rng.uniform(-radius, radius, (n, 2))
    q = p + rng.uniform(-radius, radius, (n, 2)) * noise
    # Playground's linear scale maps the domain [-10, 10] to [-1, 1] without clamping, so
    # the corners of the [-6, 6] square reach +-1.2 (more with noise), as in Playground.
    return p, (q[:, 0] + q[:, 1]) / 10.0


_BUMPS = np.array([(-4, 2.5, 1), (0, 2.5, -1), (4, 2.5, 1),
                   (-4, -2.5, -1), (0, -2.5, 1), (4, -2.5, -1)], dtype=np.float64)


def _reg_gauss(rng, n, noise):
    radius = 6.0
    p = rng.uniform(-radius, radius, (n, 2))
    q = p + rng.uniform(-radius, radius, (n, 2)) * noise
    d = np.hypot(q[:, None, 0] - _BUMPS[:, 0], q[:, None, 1] - _BUMPS[:, 1])  # (n, 6)
    values = _BUMPS[:, 2] * np.clip(1.0 - d / 2.0, 0.0, 1.0)
    # the bump of largest magnitude wins; argmax keeps the first on ties, as Playground's
    # strict ">" loop does
    pick = np.argmax(np.abs(values), axis=1)
    return p, values[np.arange(n), pick]


def _moons(rng, n, noise):
    """Two interleaving half circles, as sklearn.datasets.make_moons (noise = jitter std)."""
    n_out = n // 2
    n_in = n - n_out
    a_out, a_in = np.linspace(0, math.pi, n_out), np.linspace(0, math.pi, n_in)
    p = np.concatenate([np.stack([np.cos(a_out), np.sin(a_out)], axis=1),
                        np.stack([1 - np.cos(a_in), 1 - np.sin(a_in) - 0.5], axis=1)])
    if noise > 0:
        p = p + rng.normal(0.0, noise, p.shape)
    return p, np.concatenate([np.zeros(n_out, np.int64), np.ones(n_in, np.int64)])


_GATE_X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=np.float64)
_GATES = {"gate_and": (0, 0, 0, 1), "gate_or": (0, 1, 1, 1),
          "gate_nand": (1, 1, 1, 0), "gate_xor": (0, 1, 1, 0)}

DATASETS = ("spiral", "circle", "xor", "gauss", "two_arm_spiral", "reg_plane", "reg_gauss",
            "gate_and", "gate_or", "gate_nand", "gate_xor", "moons")

DESCRIPTIONS = {
    "spiral": "The book's spiral: 2 to 6 interleaved arms, one class per arm.",
    "circle": "A disc of one class inside a ring of the other (Playground).",
    "xor": "Four quadrants; opposite quadrants share a class (Playground).",
    "gauss": "Two Gaussian clouds around (2, 2) and (-2, -2); noise widens them (Playground).",
    "two_arm_spiral": "Two spiral arms wound around each other (Playground).",
    "reg_plane": "Regression: the target rises linearly along x1 + x2 (Playground).",
    "reg_gauss": "Regression: six positive and negative bumps (Playground).",
    "gate_and": "The AND gate: four corner points, one line separates them.",
    "gate_or": "The OR gate: four corner points, one line separates them.",
    "gate_nand": "The NAND gate: four corner points, one line separates them.",
    "gate_xor": "The XOR gate: no single line separates it; it needs a hidden layer.",
    "moons": "Two interleaving half circles.",
}

# name -> (generator, default n, kind)
_PLAYGROUND = {
    "circle": (_circle, 500, CLASSIFICATION),
    "xor": (_xor, 500, CLASSIFICATION),
    "gauss": (_gauss, 500, CLASSIFICATION),
    "two_arm_spiral": (_two_arm_spiral, 500, CLASSIFICATION),
    "reg_plane": (_reg_plane, 1200, REGRESSION),
    "reg_gauss": (_reg_gauss, 1200, REGRESSION),
    "moons": (_moons, 200, CLASSIFICATION),
}


def make(name, n=None, noise=0.0, seed=None, classes=3) -> Dataset:
    """Build a built-in data set by name (see DATASETS).

    seed=None means the set's default: 1984 for the book's spiral (so make("spiral") is
    the book's data), 0 for everything else.
    """
    if name not in DATASETS:
        raise DataError("data.unknown", name=repr(name), choices=", ".join(DATASETS))
    try:
        noise = float(noise)
    except (TypeError, ValueError):
        raise DataError("data.noise_type", max=MAX_NOISE, value=repr(noise)) from None
    if not 0.0 <= noise <= MAX_NOISE:  # also refuses NaN
        raise DataError("data.noise_range", max=MAX_NOISE, value=noise)

    if name == "spiral":
        classes = _int_in("classes", classes, 2, 6)
        total = 300 if n is None else _int_in("n", n, classes, MAX_POINTS)
        x, t = spiral(seed=1984 if seed is None else seed, n_per_class=total // classes,
                      classes=classes)
        return Dataset(x, t.argmax(axis=1), CLASSIFICATION, _class_names(classes),
                       ("x1", "x2"), name)

    if name in _GATES:  # the truth table itself: n and noise do not apply
        return Dataset(_GATE_X.copy(), np.array(_GATES[name], np.int64), CLASSIFICATION,
                       _class_names(2), ("x1", "x2"), name)

    gen, default_n, kind = _PLAYGROUND[name]
    n = default_n if n is None else _int_in("n", n, 2, MAX_POINTS)
    rng = np.random.default_rng(0 if seed is None else seed)
    x, labels = gen(rng, n, noise)
    order = rng.permutation(n)  # Playground shuffles its points
    x, labels = x[order], labels[order]
    if kind == REGRESSION:
        return Dataset(x, labels, REGRESSION, (), ("x1", "x2"), name)
    y = (labels > 0).astype(np.int64)  # +1 -> class 1, -1 (or moons' 0) -> class 0
    return Dataset(x, y, CLASSIFICATION, _class_names(2), ("x1", "x2"), name)


# ---------------------------------------------------------------- helpers for the app

def split(x, y, test_ratio, seed=0):
    """Shuffle with default_rng(seed) and split into (x_train, y_train, x_test, y_test)."""
    x, y = np.asarray(x), np.asarray(y)
    if len(x) != len(y):
        raise DataError("data.labels_count", n=len(x), got=f"{len(y)} labels")
    try:
        ratio = float(test_ratio)
    except (TypeError, ValueError):
        raise DataError("data.test_ratio_type", value=repr(test_ratio)) from None
    if not 0.0 <= ratio <= 0.9:
        raise DataError("data.test_ratio_range", value=test_ratio)
    n = len(x)
    n_test = int(round(n * ratio))
    if n - n_test < 1:
        raise DataError("data.no_training", ratio=ratio, n=n)
    order = np.random.default_rng(seed).permutation(n)
    test, train = order[:n_test], order[n_test:]
    return x[train], y[train], x[test], y[test]  # empty index keeps the trailing shape


def with_point(ds, point, label) -> Dataset:
    """A new Dataset with one point appended (click-to-add); `label` is a class index or a target."""
    point = np.asarray(point, dtype=np.float64).reshape(-1)
    if point.shape != (ds.x.shape[1],) or not np.all(np.isfinite(point)):
        raise DataError("data.point_coords", n=ds.x.shape[1], got=str(point.tolist()))
    try:
        value = float(label)
    except (TypeError, ValueError):
        value = math.nan
    if ds.kind == CLASSIFICATION:
        if isinstance(label, bool) or not value.is_integer() or not 0 <= value < ds.num_classes:
            raise DataError("data.point_class", last=ds.num_classes - 1, value=repr(label))
        label = int(value)
    elif not math.isfinite(value):
        raise DataError("data.point_target", value=repr(label))
    else:
        label = value
    return dataclasses.replace(ds, x=np.vstack([ds.x, point]),
                               y=np.append(ds.y, np.asarray(label, dtype=ds.y.dtype)))


def without_nearest(ds, point, radius) -> Dataset:
    """Remove the point nearest to `point` (in the plotted first two columns) if within radius."""
    if len(ds) == 0:
        return ds
    point = np.asarray(point, dtype=np.float64).reshape(-1)[:2]
    d = np.hypot(*(ds.x[:, :2] - point).T) if ds.x.shape[1] >= 2 else np.abs(ds.x[:, 0] - point[0])
    i = int(np.argmin(d))
    if not d[i] <= radius:
        return ds
    keep = np.arange(len(ds)) != i
    return dataclasses.replace(ds, x=ds.x[keep], y=ds.y[keep])


def bounds(x, margin=0.1):
    """(xmin, xmax, ymin, ymax) of the first two columns, padded by margin * range.

    Never zero-width: a column with a single value (or no points) gets a unit span, so a
    plot of it still has an extent.
    """
    x = np.asarray(x, dtype=np.float64)
    out = []
    for c in range(2):
        col = x[:, c] if x.ndim == 2 and x.shape[1] > c and x.shape[0] else np.zeros(1)
        lo, hi = float(np.min(col)), float(np.max(col))
        if hi - lo <= 0:
            lo, hi = lo - 0.5, hi + 0.5
        pad = margin * (hi - lo)
        out += [lo - pad, hi + pad]
    return tuple(out)


def _class_names(k):
    return tuple(str(i) for i in range(k))


def _int_in(what, value, lo, hi):
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or not lo <= value <= hi:
        raise DataError("data.int_range", what=what, lo=lo, hi=hi, value=repr(value))
    return int(value)
