"""The training worker: a thread that owns the live session, and the commands the window sends it.

- ``thread``: ``TrainingWorker``, the QThread loop (thin senders for the GUI, signals back).
- ``commands``: the commands, one frozen dataclass per intent (Qt-free).
- ``pacing``: when to make the next snapshot (a pure policy object with a clock; Qt-free).
The session work itself is ``nnviz.model.controller.Controller`` (Qt-free).

Names are loaded on first use, so ``nnviz.worker.commands`` and ``pacing`` import without Qt; the old
names (``TrainingWorker``, ``default_spec``, ``render_parts``, ...) stay importable from here.
"""
import importlib

_LAZY = {
    "TrainingWorker": "nnviz.worker.thread", "HEARTBEAT_S": "nnviz.worker.thread",
    "default_spec": "core.spec", "fit_spec_to_data": "core.spec", "merge_spec": "core.spec",
    "plane_data": "core.spec",
    "GRADCHECK_PASS": "nnviz.model.controller", "DEFAULT_SLICE_S": "nnviz.model.controller",
    "numeric_error_parts": "nnviz.model.messages", "numeric_error_text": "nnviz.model.messages",
    "render_parts": "nnviz.model.messages",
    "ACK_TIMEOUT_S": "nnviz.worker.pacing", "DEFAULT_FRAME_BUDGET": "nnviz.worker.pacing",
    "DEFAULT_MAX_FPS": "nnviz.worker.pacing", "GUI_SHARE_MAX": "nnviz.worker.pacing",
}


def __getattr__(name):
    mod = _LAZY.get(name)
    if mod is None:
        raise AttributeError(f"module 'nnviz.worker' has no attribute {name!r}")
    return getattr(importlib.import_module(mod), name)


__all__ = sorted(_LAZY)
