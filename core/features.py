"""Input feature transforms offered by TensorFlow Playground (x1, x2, x1², ...)."""
import numpy as np

from .errors import SpecError

# name -> function of the two raw coordinates; order is the order shown in the app
FEATURES = {
    "x1": lambda a, b: a,
    "x2": lambda a, b: b,
    "x1^2": lambda a, b: a * a,
    "x2^2": lambda a, b: b * b,
    "x1*x2": lambda a, b: a * b,
    "sin_x1": lambda a, b: np.sin(a),
    "sin_x2": lambda a, b: np.sin(b),
}
DEFAULT_FEATURES = ("x1", "x2")


def check_features(features):
    """Validate a list of feature names; returns it as a tuple."""
    features = tuple(features)
    if not features:
        raise SpecError("features.none")
    for f in features:
        if f not in FEATURES:
            raise SpecError("features.unknown", name=repr(f), choices=", ".join(FEATURES))
    if len(set(features)) != len(features):
        raise SpecError("features.twice", features=str(features))
    return features


def transform(x, features=DEFAULT_FEATURES):
    """Map raw 2-D points (n, 2) to the chosen features (n, len(features)), numpy float64.

    Data with other than two raw columns (a CSV) is passed through unchanged when the
    features are None.
    """
    x = np.asarray(x, dtype=np.float64)
    if features is None:
        return x
    features = check_features(features)
    if x.ndim != 2 or x.shape[1] != 2:
        raise SpecError("features.shape", got=str(x.shape))
    a, b = x[:, 0], x[:, 1]
    return np.stack([FEATURES[f](a, b) for f in features], axis=1)
