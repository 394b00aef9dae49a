"""Weight initialisers. Each returns host numpy (W, b) for a layer of shape (fan_in, fan_out).

Drawn with a ``numpy.random.Generator`` on the host (the Array API has no RNG)
and moved to the backend by the network.
"""
from __future__ import annotations

import numpy as np

from .errors import SpecError


def book(rng, fan_in, fan_out):
    """The seeds': 0.01 * N(0, 1) weights, zero biases."""
    return 0.01 * rng.standard_normal((fan_in, fan_out)), np.zeros(fan_out)


def xavier(rng, fan_in, fan_out):
    """N(0, 1) / sqrt(fan_in): keeps sigmoid/tanh activations spread out."""
    return rng.standard_normal((fan_in, fan_out)) / np.sqrt(fan_in), np.zeros(fan_out)


def he(rng, fan_in, fan_out):
    """N(0, 1) * sqrt(2 / fan_in): the ReLU counterpart of Xavier."""
    return rng.standard_normal((fan_in, fan_out)) * np.sqrt(2.0 / fan_in), np.zeros(fan_out)


def uniform(rng, fan_in, fan_out):
    """TensorFlow Playground's: U(-0.5, 0.5) weights, biases 0.1."""
    return rng.uniform(-0.5, 0.5, (fan_in, fan_out)), np.full(fan_out, 0.1)


INITIALISERS = {"book": book, "xavier": xavier, "he": he, "uniform": uniform}


def get(name):
    f = INITIALISERS.get(name)
    if f is None:
        raise SpecError("spec.init", field="network.init", value=repr(name), choices=", ".join(INITIALISERS))
    return f
