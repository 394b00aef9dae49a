"""Training as fast as possible in a process of its own (Qt-free).

The training thread and the GUI thread share one GIL: every millisecond a frame costs the GUI is taken
from training, so in one process the window drew ~4.6 frames/s at 0.89 of headless speed, and 20
frames/s would have left training ~0.65 (bench/gui.py). A child process has its own interpreter and
its own core: bench/process_split.py measured 20 frames/s at 0.93 of its solo speed.

While the window plays at full speed, the controller hands the live session's state to the child
(``start``), which trains it with the same ``core.Session.step`` and keeps checkpoints at the ring's
stride. Each frame the controller asks for a snapshot (``snapshot``); the answer carries the
checkpoints taken since, for the checkpoint ring (going back in time). Anything else (a command,
Pause, a breakpoint or NaN the child ran into) first brings the state back (``collect``): the
session on the training thread continues exactly where the child stopped, bitwise the run it would
have made itself. A child that dies or stops answering is dropped and training goes on in the
thread, from the state at the last frame.
"""
from __future__ import annotations

import copy
import logging
import os
import socket
import subprocess
import sys
import time
from multiprocessing.connection import Connection

log = logging.getLogger("nnviz.worker")

ANSWER_TIMEOUT_S = 5.0   # a child that has not answered a snapshot or collect request by then is dropped
STEPS_PER_POLL = 32      # steps between looks at the pipe (a look costs ~2 us; a step of the default net ~33)
MIN_STRIDE = 64          # the child's checkpoints: at most one every this many steps (the ring thins anyway)


def enabled():
    """``NNVIZ_TRAIN_PROCESS=0`` keeps full-speed training on the thread (for debugging, and for tests
    that read the live session while it plays)."""
    return os.environ.get("NNVIZ_TRAIN_PROCESS", "1").strip() not in ("0", "false", "no", "off")


def session_payload(session):
    """What a child needs to continue ``session`` exactly (host data only; picklable)."""
    return {"spec": copy.deepcopy(session.spec), "dataset": session.dataset,
            "targets": session.targets,
            "state": session.checkpoint(), "losses": session.loss_history.copy(),
            # a list subclass with attributes does not unpickle whole: its records and ordinals apart
            "epochs": (list(session.epoch_history), list(session.epoch_history.ordinals))}


def _epochs(payload):
    from core.series import EpochRecords
    records, ordinals = payload["epochs"]
    return EpochRecords(records, ordinals)


def rebuild(payload):
    """A Session equal to the one ``session_payload`` was taken from."""
    import core
    spec = copy.deepcopy(payload["spec"])
    s = core.Session(spec, dataset=payload["dataset"])
    if payload["targets"] is not None:
        s.set_targets(payload["targets"])
    s.restore(payload["state"])
    s.loss_history[:] = payload["losses"]
    s.epoch_history[:] = _epochs(payload)
    return s


def take_back(session, payload):
    """Make ``session`` (the training thread's) the child's final state, in place."""
    session.restore(payload["state"])
    session.loss_history[:] = payload["losses"]
    session.epoch_history[:] = _epochs(payload)


def child_main(fd):
    """The child process: ``fd`` is its end of the socket pair."""
    conn = Connection(fd)
    try:
        _child_loop(conn)
    except (EOFError, BrokenPipeError, ConnectionResetError):
        pass   # the window went away: so does this process


def _child_loop(conn):
    """Waits for a run, trains it until told to stop, answers snapshot requests."""
    from core.breakpoints import Breakpoints, check_session
    from core.errors import NumericError
    from nnviz.model.snapshot import make_snapshot
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg[0] != "start":
            return
        _, payload, stride, grid, nan_check = msg
        s = rebuild(payload)
        every = max(stride, MIN_STRIDE)
        pending, halted = [], None
        t_rate, it_rate, sps = time.perf_counter(), s.iteration, 0.0
        step = s.step
        while True:
            if halted is not None or conn.poll():
                m = conn.recv()
                if m[0] == "snap":
                    now = time.perf_counter()
                    if now - t_rate > 0.05:
                        rate = (s.iteration - it_rate) / (now - t_rate)
                        sps = rate if sps == 0 else 0.5 * sps + 0.5 * rate
                        t_rate, it_rate = now, s.iteration
                    if halted is None and nan_check and check_session(s, Breakpoints(nan=True, loss_rise=None)):
                        halted = "nan"
                    if halted is not None:
                        conn.send(("halted", halted, pending))
                    else:
                        conn.send(("snap", make_snapshot(s, 0, running=True, steps_per_sec=sps, grid=grid,
                                                         fast_grid=True), pending))
                    pending = []
                    continue
                conn.send(("state", session_payload(s), pending))
                break
            try:
                for _ in range(STEPS_PER_POLL):
                    if not s.iteration % every:
                        pending.append(s.checkpoint())
                    step()
            except NumericError:
                halted = "numeric"   # the session is as before the failed step: the thread redoes it


class ProcessTrainer:
    """The parent's end: one child process, started when first needed and kept for the next runs."""

    def __init__(self):
        self._proc = self._conn = None
        self.active = False   # a run is in the child: the thread's session is behind it

    def _ensure(self):
        if self._proc is not None and self._proc.poll() is None:
            return
        self.close()
        # a plain interpreter (not multiprocessing's spawn, which re-imports the main module, nor fork,
        # which would copy a process running Qt), finding nnviz and core where this process found them
        import core
        import nnviz
        roots = [os.path.dirname(os.path.dirname(os.path.abspath(m.__file__))) for m in (nnviz, core)]
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(roots + [p for p in env.get("PYTHONPATH", "").split(
            os.pathsep) if p]))
        ours, theirs = socket.socketpair()
        try:
            self._proc = subprocess.Popen(
                [sys.executable, "-c", "import sys; from nnviz.worker.trainproc import child_main; "
                 "child_main(int(sys.argv[1]))", str(theirs.fileno())],
                pass_fds=(theirs.fileno(),), env=env, stdin=subprocess.DEVNULL)
        finally:
            theirs.close()
        self._conn = Connection(ours.detach())

    def start(self, session, stride, grid, nan_check):
        """Hand the session's state to the child, which trains from there."""
        self._ensure()
        self._conn.send(("start", session_payload(session), int(stride), bool(grid), bool(nan_check)))
        self.active = True

    def _ask(self, what):
        self._conn.send((what,))
        if not self._conn.poll(ANSWER_TIMEOUT_S):
            raise TimeoutError(f"the training process did not answer in {ANSWER_TIMEOUT_S:g} s")
        return self._conn.recv()

    def snapshot(self):
        """("snap", Snapshot, checkpoints) or ("halted", reason, checkpoints)."""
        return self._ask("snap")

    def collect(self):
        """End the run: (the child's final session payload, checkpoints since the last snapshot)."""
        self.active = False
        kind, payload, pending = self._ask("stop")
        if kind != "state":
            raise RuntimeError(f"the training process answered {kind!r} to stop")
        return payload, pending

    def drop(self):
        """Forget a child that failed (its run is lost; the thread's session is as at the last frame)."""
        self.active = False
        self.close()

    def close(self):
        proc, conn = self._proc, self._conn
        self._proc = self._conn = None
        if conn is not None:
            try:
                conn.send(("quit",))
            except (OSError, ValueError):
                pass
            conn.close()
        if proc is not None:
            try:
                proc.wait(1.0)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(1.0)
