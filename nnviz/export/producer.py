"""Engine work of an animation export off the GUI thread: the frames' snapshots (a session copy trained
step by step, a stage iteration, decision grids) are made on a thread of their own and handed over
through a small queue; the GUI thread only draws them (views are widgets). No Qt here.
"""
from __future__ import annotations

import queue
import threading

_DONE = object()


class Produced:
    """Iterate over ``make()``'s items, made on a producer thread. ``close()`` (or leaving the loop early)
    stops the producer at its next item; an exception in the producer is raised in the consumer."""

    def __init__(self, make, maxsize=4, wait=None):
        self._q = queue.Queue(maxsize=maxsize)
        self._stop = threading.Event()
        self._wait = wait or (lambda: None)   # what the consumer does while it waits (keep the GUI alive)
        self.thread = threading.Thread(target=self._run, args=(make,), name="nnviz-export-frames", daemon=True)
        self.thread.start()

    def _run(self, make):
        try:
            for item in make():
                while not self._stop.is_set():
                    try:
                        self._q.put(("item", item), timeout=0.05)
                        break
                    except queue.Full:
                        continue
                if self._stop.is_set():
                    return
            self._put(("done", _DONE))
        except BaseException as e:  # noqa: BLE001 - raised on the consumer's side
            self._put(("error", e))

    def _put(self, msg):
        while not self._stop.is_set():
            try:
                self._q.put(msg, timeout=0.05)
                return
            except queue.Full:
                continue

    def __iter__(self):
        try:
            while True:
                try:
                    kind, item = self._q.get(timeout=0.02)
                except queue.Empty:
                    self._wait()
                    continue
                if kind == "done":
                    return
                if kind == "error":
                    raise item
                yield item
        finally:
            self.close()

    def close(self):
        self._stop.set()
