"""glibc's heap, settled for a long run in the window (issue 9.5). No Qt; a no-op off glibc.

glibc serves a large block (>= 128 KB) with its own mmap and, once such a block is freed, raises that
threshold to its size (up to 32 MB). In the window the large blocks come and go many times a second
(decision grids, snapshot arrays, the checkpoint ring's tables and lists), so after the first few they
are carved from the heap instead, between the ring's long-lived small blocks, and every thinning cycle
leaves holes that the next large block of another size does not fit: the heap crept (bench/soak_window.py
at a 64 MB budget: +6 MB in five minutes, flat with the threshold fixed). Fixing the threshold at glibc's
default keeps large blocks out of the heap (mmapped and returned to the system when freed) and also fixes
the trim threshold, so free memory at the top of the heap goes back too.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os

log = logging.getLogger("nnviz.allocator")

MMAP_THRESHOLD = 128 * 1024     # glibc's own default, no longer raised by what the run frees
_M_MMAP_THRESHOLD = -3          # mallopt's parameter number (malloc.h)
_done: list[bool] = []


def settle_heap() -> bool:
    """Fix glibc's mmap threshold (once per process). False where there is nothing to do: not glibc,
    or the user chose a threshold with MALLOC_MMAP_THRESHOLD_ / GLIBC_TUNABLES."""
    if _done:
        return _done[0]
    ok = False
    if not any(k in os.environ for k in ("MALLOC_MMAP_THRESHOLD_", "GLIBC_TUNABLES")):
        try:
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
            libc.gnu_get_libc_version      # only glibc has it (musl, macOS and Windows do not)
            ok = bool(libc.mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD))
        except (OSError, AttributeError, TypeError):
            ok = False
    log.debug("glibc mmap threshold fixed: %s", ok)
    _done.append(ok)
    return ok
