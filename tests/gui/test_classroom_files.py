"""Session files through the window: Save -> Open round trip (bitwise, and training continues bitwise as
a headless core.Session does), Recent files, and bad files refused with a message, nothing lost."""
import io
import os
import zipfile

import numpy as np
import pytest
from PySide6.QtWidgets import QApplication

import core
from core.io import read_session_file
from nnviz.classroom import settings as prefs
from nnviz.model.notices import english
from nnviz.worker import default_spec


@pytest.fixture(autouse=True)
def _english():
    from nnviz import i18n
    i18n.set_language("en")
    yield


def wait_saved(window, qtbot, path):
    window.classroom.save_to(str(path))
    qtbot.waitUntil(lambda: window.classroom.current_path == os.path.abspath(path), timeout=10_000)


def step_n(window, wait_snap, n):
    start = window.last_snapshot.iteration
    for _ in range(n):
        window.actions["step"].trigger()
    return wait_snap(window, lambda s: s.iteration == start + n)


def test_save_open_round_trip_is_bitwise_and_training_continues_identically(window, wait_snap, qtbot, tmp_path):
    # a headless session doing exactly what the window does
    ref = core.Session(default_spec())
    window.train_panel.set_lr(0.5)
    ref.set_train(lr=0.5)
    wait_snap(window, lambda s: s.spec["train"]["lr"] == 0.5)
    step_n(window, wait_snap, 13)
    for _ in range(13):
        ref.step()
    path = tmp_path / "run.nnviz"
    wait_saved(window, qtbot, path)
    saved = core.load_session(str(path))
    st, rt = saved.checkpoint(), ref.checkpoint()
    for a, b in zip(st["params"], rt["params"]):
        np.testing.assert_array_equal(a, b)
    assert st["rng"] == rt["rng"] and st["iteration"] == rt["iteration"] == 13
    for i, slots in rt["optimizer"]["slots"].items():
        for k, v in slots.items():
            np.testing.assert_array_equal(st["optimizer"]["slots"][i][k], v)
    assert saved.loss_history == ref.loss_history
    assert [dict(r) for r in saved.epoch_history] == [dict(r) for r in ref.epoch_history]

    # train on, then open the file: the window is back at iteration 13 with the same numbers
    step_n(window, wait_snap, 7)
    assert window.classroom.open_path(str(path))
    s = wait_snap(window, lambda s: s.iteration == 13 and english(s.message).startswith("opened"))
    for (W, b), (Wr, br) in zip(s.weights, ref.network.get_weights()):
        np.testing.assert_array_equal(W, Wr)
        np.testing.assert_array_equal(b, br)
    np.testing.assert_array_equal(np.asarray(s.loss_history)[-1], ref.loss_history[-1])
    assert window.classroom.current_path == os.path.abspath(path)
    assert prefs.recent_files()[0] == os.path.abspath(path)

    # training continued after opening == training continued without saving
    s = step_n(window, wait_snap, 25)
    for _ in range(25):
        ref.step()
    for (W, b), (Wr, br) in zip(s.weights, ref.network.get_weights()):
        np.testing.assert_array_equal(W, Wr)
        np.testing.assert_array_equal(b, br)
    # Ctrl+S now writes to the same file (no dialog): it holds iteration 38
    with qtbot.waitSignal(window.worker.saved, timeout=10_000):
        window.actions["save"].trigger()
    qtbot.waitUntil(lambda: core.load_session(str(path)).iteration == 38, timeout=10_000)


def _good_file(tmp_path, window, wait_snap, qtbot):
    step_n(window, wait_snap, 3)
    p = tmp_path / "good.nnviz"
    wait_saved(window, qtbot, p)
    return p


def _corrupt(data):
    b = bytearray(data)
    for k in range(len(b) // 3, len(b) // 3 + 64):
        b[k] ^= 0x5A
    return bytes(b)


def _tampered_with_pickle(data):
    """A session whose arrays were replaced by an .npz holding a pickled Python object, checksums redone."""
    import hashlib
    import json
    z = zipfile.ZipFile(io.BytesIO(data))
    meta = json.loads(z.read("session.json"))
    buf = io.BytesIO()
    np.savez(buf, param_0=np.array([{"evil": "code"}], dtype=object))
    npz = buf.getvalue()
    meta["arrays_sha256"] = hashlib.sha256(npz).hexdigest()
    meta_b = json.dumps(meta).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as w:
        w.writestr("session.json", meta_b)
        w.writestr("arrays.npz", npz)
        w.writestr("checksum.sha256", hashlib.sha256(meta_b + npz).hexdigest())
    return out.getvalue()


BAD = {
    "corrupt": (_corrupt, ("damaged", "not an nnviz session", "checksum", "truncated")),
    "truncated": (lambda d: d[: len(d) // 2], ("truncated", "not a zip", "damaged")),
    "foreign": (lambda d: b"PK\x03\x04 this is somebody else's file, not a session" * 4, ("not an nnviz session",
                                                                                              "truncated")),
    "foreign_zip": (None, ("not an nnviz session",)),
    "tampered_pickle": (_tampered_with_pickle, ("pickle",)),
    "empty": (lambda d: b"", ("empty",)),
}


@pytest.mark.parametrize("kind", list(BAD))
def test_bad_files_are_refused_with_a_message_and_nothing_is_lost(window, wait_snap, qtbot, tmp_path, kind):
    good = _good_file(tmp_path, window, wait_snap, qtbot)
    make, words = BAD[kind]
    bad = tmp_path / f"{kind}.nnviz"
    if make is None:
        with zipfile.ZipFile(bad, "w") as z:
            z.writestr("readme.txt", "hello")
    else:
        bad.write_bytes(make(good.read_bytes()))
    before = bad.read_bytes()
    good_before = good.read_bytes()
    s0 = window.last_snapshot
    assert not window.classroom.open_path(str(bad))
    msg = window.classroom.last_error
    assert any(w in msg for w in words), msg
    assert "Nothing was changed" in msg
    box = window.classroom.message_box
    assert box.isVisible() and box.text() == msg
    # non-blocking: the event loop runs (we are here) and the window still takes commands
    assert bad.read_bytes() == before and good.read_bytes() == good_before
    window.worker.request_snapshot()
    s = wait_snap(window, lambda s: s.seq > s0.seq)
    assert s.iteration == s0.iteration
    for (W, _), (W0, _) in zip(s.weights, s0.weights):
        np.testing.assert_array_equal(W, W0)
    # Play still trains
    window.set_speed(0)
    window.actions["play"].trigger()
    wait_snap(window, lambda s: s.iteration > s0.iteration + 20)
    window.actions["play"].trigger()
    wait_snap(window, lambda s: not s.running)
    box.close()
    QApplication.processEvents()
    with pytest.raises(core.errors.FileFormatError):
        read_session_file(str(bad))


def test_a_failed_save_says_so_and_keeps_the_old_file(window, wait_snap, qtbot, tmp_path):
    good = _good_file(tmp_path, window, wait_snap, qtbot)
    before = good.read_bytes()
    target = tmp_path / "no-such-folder" / "x.nnviz"
    window.classroom.save_to(str(target))
    qtbot.waitUntil(lambda: window.classroom.last_error != "", timeout=10_000)
    assert "could not save" in window.classroom.last_error
    assert good.read_bytes() == before and not target.exists()


def test_a_failed_save_is_explained_in_the_windows_language(window, wait_snap, qtbot, tmp_path):
    from nnviz import i18n
    i18n.set_language("ko")
    try:
        target = tmp_path / "no-such-folder" / "x.nnviz"
        window.classroom.save_to(str(target))
        qtbot.waitUntil(lambda: window.classroom.last_error != "", timeout=10_000)
        text = window.classroom.last_error
        assert "저장할 수 없습니다" in text and str(target) in text and "could not save" not in text, text
        assert window.classroom.message_box.windowTitle() == i18n.QCoreApplication.translate("SessionFiles",
                                                                                               "Cannot save")
    finally:
        i18n.set_language("en")


def test_recent_files_menu_lists_at_most_eight_and_opens_them(window, wait_snap, qtbot, tmp_path):
    paths = []
    for k in range(10):
        p = tmp_path / f"r{k}.nnviz"
        wait_saved(window, qtbot, p)
        paths.append(os.path.abspath(p))
    recent = prefs.recent_files()
    assert recent == list(reversed(paths))[:8]
    m = window.classroom.recent_menu
    window.classroom._fill_recent()
    names = [a.text() for a in m.actions() if a.text() and not a.isSeparator()]
    assert names[:8] == [os.path.basename(p) for p in recent]
    step_n(window, wait_snap, 2)
    opener = [a for a in m.actions() if a.text() == "r3.nnviz"][0]
    opener.trigger()
    assert window.classroom.current_path == paths[3]


def test_preferences_and_layout_persist_in_the_settings_file(window, qtbot, tmp_path):
    from nnviz.main_window import MainWindow
    c = window.classroom
    c.set_theme("dark")
    c.set_palette("colorblind")
    c.set_presenter_scale(150)
    c.set_presenting(False)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=5000)
    window.main_splitter.setSizes([200, 500, 0, 300])
    sizes = window.main_splitter.sizes()
    c.save_state()
    state = window.saveState()
    assert os.path.exists(os.environ["NNVIZ_SETTINGS"])
    w2 = MainWindow(start=False)
    qtbot.addWidget(w2)
    try:
        assert w2.classroom.appearance.theme == "dark" and w2.classroom.appearance.palette == "colorblind"
        assert w2.classroom.presenter_scale == 150
        w2.classroom.restore_state()
        stored = prefs.settings()
        assert stored.value("window/main_splitter") == window.main_splitter.saveState()
        assert stored.value("window/state") == state
        assert w2.restoreState(stored.value("window/state"))
        assert sizes[0] == 200 or sizes[1] > 0
        assert w2.actions["theme_dark"].isChecked() and w2.actions["scale_150"].isChecked()
    finally:
        c.set_theme("system")
        c.set_palette("playground")
        w2.shutdown()
        w2.close()


def test_a_session_file_is_read_off_the_gui_thread_and_cancel_leaves_everything(window, qtbot, tmp_path,
                                                                                monkeypatch):
    """Issue 8.6: the file is read and checked on a thread of its own; a slow read shows a progress dialog
    whose Cancel leaves the session on screen as it was."""
    import threading

    from PySide6.QtWidgets import QProgressDialog

    import core
    path = tmp_path / "a.nnviz"
    window.classroom.save_to(str(path))
    qtbot.waitUntil(lambda: path.exists(), timeout=10_000)
    real = core.load_session
    threads, release = [], threading.Event()

    def slow(p):
        threads.append(threading.current_thread())
        release.wait(10)
        return real(p)
    monkeypatch.setattr(core, "load_session", slow)
    before = window.last_snapshot.spec

    def cancel_when_shown():
        dlg = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
        if dlg:
            from PySide6.QtWidgets import QPushButton
            dlg[0].findChild(QPushButton).click()  # what the user presses
        else:
            QTimer.singleShot(50, cancel_when_shown)
    from PySide6.QtCore import QTimer
    QTimer.singleShot(50, cancel_when_shown)
    assert window.classroom.open_path(str(path)) is False   # cancelled
    release.set()
    assert threads and threads[0] is not threading.main_thread()
    assert window.last_snapshot.spec == before
    # and a quick read opens without a dialog, also off the GUI thread
    threads.clear()
    monkeypatch.setattr(core, "load_session", lambda p: (threads.append(threading.current_thread()), real(p))[1])
    assert window.classroom.open_path(str(path))
    assert threads[0] is not threading.main_thread()


def test_previous_replays_the_lesson_off_the_gui_thread(window, wait_snap, qtbot, monkeypatch):
    import threading

    from nnviz.classroom import lesson_controller as lc
    assert window.open_lesson("spiral")
    wait_snap(window, lambda s: s.iteration == 0 and s.spec["data"]["name"] == "spiral")
    c = window.classroom.controller
    c.next()
    c.next()
    seen = []
    real = lc.replay
    monkeypatch.setattr(lc, "replay", lambda *a: (seen.append(threading.current_thread()), real(*a))[1])
    c.previous()
    assert c.index == 1 and seen and seen[0] is not threading.main_thread()
    wait_snap(window, lambda s: s.iteration == 1)
