"""The array namespace the engine computes with.

One code path serves numpy (default), CuPy (``backend="cupy"``) and
``array-api-strict`` (a CPU stand-in proving nothing numpy-only slipped in).
numpy >= 2 implements the Array API in its main namespace, so we use it
directly: the compat wrapper would cost a Python call per operation on the
tiny arrays a teaching network uses.
"""
from __future__ import annotations

import numpy as np

from .errors import BackendError, SpecError

BACKENDS = ("numpy", "cupy", "array_api_strict")
TRAIN_DTYPES = ("float64", "float32")
DTYPES = ("float64", "float32", "float16")


class Backend:
    """An array namespace plus the few host<->device moves the engine needs."""

    def __init__(self, name="numpy"):
        if name not in BACKENDS:
            raise SpecError(f"unknown backend {name!r}; choose one of {', '.join(BACKENDS)}")
        self.name = name
        if name == "numpy":
            self.xp = np
        elif name == "array_api_strict":
            try:
                import array_api_strict
            except ImportError as e:  # pragma: no cover - test extra installs it
                raise BackendError("backend 'array_api_strict' needs the package array-api-strict "
                                   "(pip install array-api-strict)") from e
            self.xp = array_api_strict
        else:
            self.xp = _load_cupy()

    def dtype(self, name):
        if name not in DTYPES:
            raise SpecError(f"unknown dtype {name!r}; choose one of {', '.join(DTYPES)}")
        if not hasattr(self.xp, name):
            raise SpecError(f"dtype {name} is not available on backend {self.name}")
        return getattr(self.xp, name)

    def asarray(self, a, dtype=None):
        """Host (numpy) or backend data -> backend array of dtype (a dtype name or object)."""
        if isinstance(dtype, str):
            dtype = self.dtype(dtype)
        if self.xp is np:
            return np.asarray(a, dtype=dtype)
        if isinstance(a, (list, tuple)) or np.isscalar(a):
            a = np.asarray(a)
        return self.xp.asarray(a, dtype=dtype)

    def copy(self, a):
        return self.xp.asarray(a, copy=True) if self.xp is not np else a.copy()

    def __repr__(self):
        return f"Backend({self.name!r})"


def _load_cupy():
    try:
        import cupy  # noqa: F401
        import array_api_compat.cupy as cxp
    except ImportError as e:
        raise BackendError("backend 'cupy' needs CuPy: pip install 'nnviz[gpu]' (cupy-cuda12x) "
                           "on a machine with an NVIDIA GPU and CUDA 12") from e
    try:
        n = cupy.cuda.runtime.getDeviceCount()
    except Exception as e:  # CUDA driver missing or broken
        raise BackendError(f"backend 'cupy' found no usable CUDA device ({e}); "
                           "use backend='numpy'") from e
    if n < 1:
        raise BackendError("backend 'cupy' found no CUDA device; use backend='numpy'")
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
