"""The array namespace the engine computes with.

One code path serves numpy (default), CuPy (``backend="cupy"``) and
``array-api-strict`` (a CPU stand-in proving nothing numpy-only slipped in).
numpy >= 2 implements the Array API in its main namespace, so we use it
directly: the compat wrapper would cost a Python call per operation on the
tiny arrays a teaching network uses.
"""
from __future__ import annotations

import types

import numpy as np

from .errors import BackendError, SpecError

BACKENDS = ("numpy", "cupy", "array_api_strict")
TRAIN_DTYPES = ("float64", "float32")
DTYPES = ("float64", "float32", "float16")


def _fast_numpy():
    """numpy's namespace with sum/max/argmax bound straight to the ufunc reductions.

    ``np.sum`` is ``np.add.reduce`` (same pairwise summation, bitwise the same
    result) behind a Python wrapper that costs about a microsecond a call: on a
    2-10-3 network that is several percent of a training step.
    """
    ns = types.ModuleType("core.backend.numpy_fast")
    ns.__dict__.update({k: v for k, v in np.__dict__.items() if not k.startswith("__")})
    add, maximum = np.add.reduce, np.maximum.reduce

    def sum(x, /, *, axis=None, dtype=None, keepdims=False):  # noqa: A001 - the Array API name
        return add(x, axis, dtype, None, keepdims)

    def max(x, /, *, axis=None, keepdims=False):  # noqa: A001
        return maximum(x, axis, None, None, keepdims)

    def argmax(x, /, *, axis=None, keepdims=False):
        return x.argmax(axis, None, keepdims=keepdims)  # np.argmax's wrapper costs 0.7 us a call

    ns.sum, ns.max, ns.argmax = sum, max, argmax
    return ns


NUMPY = _fast_numpy()


class Backend:
    """An array namespace plus the few host<->device moves the engine needs."""

    def __init__(self, name="numpy"):
        if name not in BACKENDS:
            raise SpecError("backend.unknown", name=repr(name), choices=", ".join(BACKENDS))
        self.name = name
        if name == "numpy":
            self.xp = NUMPY
        elif name == "array_api_strict":
            try:
                import array_api_strict
            except ImportError as e:  # pragma: no cover - test extra installs it
                raise BackendError("backend.strict_missing") from e
            self.xp = array_api_strict
        else:
            self.xp = _load_cupy()

    def dtype(self, name):
        if name not in DTYPES:
            raise SpecError("backend.dtype_unknown", name=repr(name), choices=", ".join(DTYPES))
        if not hasattr(self.xp, name):
            raise SpecError("backend.dtype_missing", name=name, backend=self.name)
        return getattr(self.xp, name)

    def asarray(self, a, dtype=None):
        """Host (numpy) or backend data -> backend array of dtype (a dtype name or object)."""
        if isinstance(dtype, str):
            dtype = self.dtype(dtype)
        if self.name == "numpy":
            return np.asarray(a, dtype=dtype)
        if isinstance(a, (list, tuple)) or np.isscalar(a):
            a = np.asarray(a)
        return self.xp.asarray(a, dtype=dtype)

    def copy(self, a):
        return a.copy() if self.name == "numpy" else self.xp.asarray(a, copy=True)

    def __repr__(self):
        return f"Backend({self.name!r})"


def _load_cupy():
    try:
        import array_api_compat.cupy as cxp
        import cupy  # noqa: F401
    except ImportError as e:
        raise BackendError("backend.cupy_missing") from e
    try:
        n = cupy.cuda.runtime.getDeviceCount()
    except Exception as e:  # CUDA driver missing or broken
        raise BackendError("backend.cupy_device", error=str(e)) from e
    if n < 1:
        raise BackendError("backend.cupy_none")
    return cxp


def to_numpy(a):
    """Any backend array (or scalar) -> a host numpy array. Everything leaving the engine goes through here."""
    if a is None:
        return None
    if isinstance(a, np.ndarray):
        return a
    if isinstance(a, (float, int, np.generic)):
        return np.asarray(a)
    mod = type(a).__module__
    if mod.startswith("cupy"):
        return a.get()
    if mod.startswith("array_api_strict"):
        # the strict namespace forbids implicit conversion; DLPack is the standard way out
        return np.from_dlpack(a)
    return np.asarray(a)
