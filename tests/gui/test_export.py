"""Export writes real files: a decodable PNG at the chosen scale, an SVG, a GIF with every frame."""
import os

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QLabel

from core.errors import NNVizError
from nnviz import export


@pytest.fixture
def label(qtbot):
    w = QLabel("nnviz 신경망")
    w.setStyleSheet("background: #0877bd; color: white; font-size: 20px")
    w.resize(200, 80)
    qtbot.addWidget(w)
    return w


def test_png_at_scale(label, tmp_path):
    p = tmp_path / "view.png"
    export.export_png(label, p, scale=2.0)
    img = QImage(str(p))
    assert (img.width(), img.height()) == (400, 160)
    assert img.pixelColor(5, 5) == QColor("#0877bd")


def test_svg_is_vector(label, tmp_path):
    p = tmp_path / "view.svg"
    export.export_svg(label, p)
    text = p.read_text()
    assert text.startswith("<?xml") and "<svg" in text and "</svg>" in text


def frames(n):
    for i in range(n):
        img = QImage(64, 48, QImage.Format.Format_RGB32)
        img.fill(QColor(i * 20, 100, 255 - i * 20))
        yield img


def test_gif_has_every_frame(tmp_path):
    import imageio.v3 as iio
    p = tmp_path / "walk.gif"
    seen = []
    n = export.export_animation(frames(7), p, fps=5, total=7, progress=lambda d, t: seen.append(d))
    assert n == 7 and seen == list(range(1, 8))
    arr = iio.imread(p, index=None)
    assert arr.shape[0] == 7 and arr.shape[1:3] == (48, 64)
    assert not np.array_equal(arr[0], arr[6])


def test_cancel_leaves_existing_file(tmp_path):
    p = tmp_path / "walk.gif"
    p.write_bytes(b"old")
    with pytest.raises(export.ExportCancelled):
        export.export_animation(frames(10), p, fps=5, progress=lambda d, t: d < 3)
    assert p.read_bytes() == b"old"
    assert sorted(os.listdir(tmp_path)) == ["walk.gif"]


def test_mp4_when_encoder_installed(tmp_path):
    p = tmp_path / "walk.mp4"
    if not export.mp4_available():
        with pytest.raises(NNVizError, match="imageio-ffmpeg"):
            export.export_animation(frames(3), p)
        return
    assert export.export_animation(frames(6), p, fps=6) == 6
    assert p.stat().st_size > 0


def test_bad_requests_are_explained(label, tmp_path):
    with pytest.raises(NNVizError, match="choose .gif or .mp4"):
        export.export_animation(frames(2), tmp_path / "x.avi")
    with pytest.raises(NNVizError, match="nothing to export"):
        export.export_animation(iter(()), tmp_path / "x.gif")
    with pytest.raises(NNVizError, match="scale"):
        export.export_png(label, tmp_path / "x.png", scale=10)
