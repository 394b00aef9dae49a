"""GUI tests run offscreen; the ``window`` fixture opens the main window and closes it cleanly."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _own_settings(tmp_path, monkeypatch):
    """Every test keeps the app's QSettings in its own temporary file, never the user's."""
    monkeypatch.setenv("NNVIZ_SETTINGS", str(tmp_path / "nnviz-settings.ini"))
    monkeypatch.setenv("NNVIZ_LOG_DIR", str(tmp_path / "logs"))   # the crash log too (nnviz.crashlog)


@pytest.fixture
def window(qtbot):
    """The main window, shown offscreen, with its first snapshot drawn; closed (worker stopped) afterwards."""
    from nnviz.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.drawn_snapshot is not None, timeout=10_000)
    yield w
    assert w.shutdown(timeout=5.0), "the training thread did not stop"
    w.close()


@pytest.fixture
def wait_snap(qtbot):
    """wait_snap(window, pred): wait until the window's newest snapshot satisfies pred; return it."""
    def wait(window, pred, timeout=20_000):
        qtbot.waitUntil(lambda: window.last_snapshot is not None and bool(pred(window.last_snapshot)),
                        timeout=timeout)
        return window.last_snapshot
    return wait


@pytest.fixture
def settled(qtbot):
    """settled(window): wait until the window has drawn the snapshot made after every command sent so far
    (the worker's sync() answers with its seq; a newer seq alone could be a snapshot on the way there)."""
    tokens = iter(range(1, 1 << 30))

    def settle(window, timeout=20_000):
        token = next(tokens)
        with qtbot.waitSignal(window.worker.synced, timeout=timeout,
                              check_params_cb=lambda t, seq: t == token) as blocker:
            window.worker.sync(token)
        seq = blocker.args[1]
        qtbot.waitUntil(lambda: window.drawn_snapshot is not None and window.drawn_snapshot.seq >= seq,
                        timeout=timeout)
        return window.drawn_snapshot
    return settle
