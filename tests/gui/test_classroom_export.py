"""Export from the window: PNG of the window or one view at a scale, SVG of the diagram, GIF/MP4 of a
range of iterations or of one iteration stage by stage (frame count, size), Cancel writes nothing."""
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage

from nnviz import export
from nnviz.export.dialog import picture_targets, stages_per_iteration


@pytest.fixture(autouse=True)
def _english():
    from nnviz import i18n
    i18n.set_language("en")


def run_export(window, qtbot, path, **kw):
    ex = window.classroom.exporter
    with qtbot.waitSignals([ex.finished], timeout=60_000, raising=False) as blocker:
        ex.export_animation(str(path), progress=kw.pop("progress", False), **kw)
    assert blocker.signal_triggered, ex.last_error
    return ex.last_frames


def gif_frames(path):
    import imageio.v2 as imageio
    r = imageio.get_reader(str(path))
    frames = [np.asarray(f) for f in r]
    r.close()
    return frames


@pytest.mark.parametrize("target", ["window", "diagram", "boundary", "loss"])
def test_png_of_the_window_or_one_view_at_a_scale(window, qtbot, tmp_path, target):
    widget = picture_targets(window)[target][1]
    p = tmp_path / f"{target}.png"
    window.classroom.exporter.export_png(str(p), target, 2.0)
    assert p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    img = QImage(str(p))
    assert not img.isNull()
    assert (img.width(), img.height()) == (round(widget.width() * 2), round(widget.height() * 2))
    # not a blank picture
    arr = export.qimage_to_rgb(img)
    assert arr.std() > 5


def test_svg_of_the_diagram_is_a_vector_drawing(window, tmp_path):
    p = tmp_path / "net.svg"
    window.classroom.exporter.export_svg(str(p))
    root = ET.parse(p).getroot()
    assert root.tag.endswith("svg")
    drawn = [e for e in root.iter() if e.tag.split("}")[-1] in ("path", "polyline", "line", "rect", "image")]
    assert len(drawn) > 10


def test_gif_of_a_range_of_iterations_has_the_expected_frames(window, qtbot, tmp_path):
    p = tmp_path / "run.gif"
    n = run_export(window, qtbot, p, source="iterations", first=0, last=40, every=10, view="diagram",
                   size=(320, 240), fps=5)
    assert n == 5
    frames = gif_frames(p)
    assert len(frames) == 5 and frames[0].shape[:2] == (240, 320)
    assert not np.array_equal(frames[0], frames[-1])   # the network changed while it trained


def test_gif_of_one_iteration_stage_by_stage(window, wait_snap, qtbot, tmp_path):
    p = tmp_path / "stages.gif"
    n = run_export(window, qtbot, p, source="stages", view="boundary", size=(200, 200), fps=4)
    snap = window.last_snapshot
    import core
    expected = stages_per_iteration(core.Session(snap.spec))
    assert n == expected == 12     # 2-10-3: 3 forward, loss, 4 backward, 4 updates
    assert len(gif_frames(p)) == expected
    assert window.last_snapshot.iteration == 0   # the live session was not touched


def test_whole_window_animation(window, qtbot, tmp_path):
    p = tmp_path / "window.gif"
    n = run_export(window, qtbot, p, source="iterations", first=0, last=2, every=1, view="window",
                   size=(400, 300), fps=2)
    assert n == 3 and len(gif_frames(p)) == 3


@pytest.mark.skipif(not export.mp4_available(), reason="imageio-ffmpeg is not installed")
def test_mp4_when_the_encoder_is_installed(window, qtbot, tmp_path):
    import imageio.v2 as imageio
    p = tmp_path / "run.mp4"
    n = run_export(window, qtbot, p, source="iterations", first=0, last=9, every=1, view="loss",
                   size=(320, 240), fps=10)
    assert n == 10
    r = imageio.get_reader(str(p), format="FFMPEG")
    assert r.count_frames() == 10
    r.close()


def test_cancel_writes_nothing_and_keeps_an_older_file(window, qtbot, tmp_path):
    p = tmp_path / "old.gif"
    p.write_bytes(b"GIF89a old")
    ex = window.classroom.exporter
    QTimer.singleShot(0, lambda: None)

    def cancel_when_shown():
        if ex.progress is not None:
            ex.progress.cancel()
        else:
            QTimer.singleShot(5, cancel_when_shown)
    QTimer.singleShot(5, cancel_when_shown)
    with qtbot.waitSignal(ex.failed, timeout=60_000) as blocker:
        ex.export_animation(str(p), source="iterations", first=0, last=400, every=1, view="diagram",
                            size=(320, 240), fps=10, progress=True)
    assert "cancelled" in blocker.args[0]
    assert p.read_bytes() == b"GIF89a old"
    assert not [f for f in tmp_path.iterdir() if f.name.startswith(".nnviz-export")]


def test_the_dialog_exports_what_it_is_set_to(window, qtbot, tmp_path):
    window.actions["export"].trigger()
    dlg = window.classroom.export_dialog
    assert dlg.isVisible()
    dlg.kind_png.setChecked(True)
    dlg.target_combo.setCurrentIndex(dlg.target_combo.findData("boundary"))
    dlg.scale_spin.setValue(1.5)
    assert dlg.export_to(str(tmp_path / "b.png"))
    img = QImage(str(tmp_path / "b.png"))
    assert img.width() == round(window.boundary.width() * 1.5)
    window.actions["export"].trigger()
    dlg.kind_gif.setChecked(True)
    dlg.source_combo.setCurrentIndex(dlg.source_combo.findData("iterations"))
    dlg.first_spin.setValue(0)
    dlg.last_spin.setValue(6)
    dlg.every_spin.setValue(3)
    dlg.width_spin.setValue(240)
    dlg.height_spin.setValue(180)
    assert not dlg.pic_box.isEnabled() and dlg.anim_box.isEnabled()
    with qtbot.waitSignal(window.classroom.exporter.finished, timeout=60_000):
        dlg.export_to(str(tmp_path / "d.gif"))
    frames = gif_frames(tmp_path / "d.gif")
    assert len(frames) == 3 and frames[0].shape[:2] == (180, 240)


@pytest.mark.parametrize("source", ["iterations", "stages"])
def test_animation_trains_its_copy_off_the_gui_thread(window, qtbot, tmp_path, monkeypatch, source):
    """Issue 8.6: the frames' engine work (stepping the session copy, the stages) runs on a thread of its
    own; the GUI thread only draws the frames."""
    import threading

    from nnviz.export import dialog
    threads = []
    name = "iteration_frames" if source == "iterations" else "stage_frames"
    real = getattr(dialog, name)

    def spy(*a, **k):
        for item in real(*a, **k):
            threads.append(threading.current_thread())
            yield item
    monkeypatch.setattr(dialog, name, spy)
    path = tmp_path / "a.gif"
    kw = dict(first=0, last=4, every=1) if source == "iterations" else {}
    n = run_export(window, qtbot, path, source=source, **kw)
    assert n > 0 and len(threads) == n
    assert all(t is not threading.main_thread() for t in threads)
