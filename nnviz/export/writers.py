"""Pictures and animations out of the app: PNG at any scale, SVG of a view, GIF/MP4 of frames.

Every file is written atomically (core.io.atomic_write): a cancelled or failed
export never leaves a half-written file or damages one already there.
"""
from __future__ import annotations

import os
import tempfile

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from core.errors import NNVizError
from core.io import atomic_write


class ExportCancelled(Exception):
    """The user pressed Cancel; nothing was written."""


def grab_image(widget, scale=1.0):
    """Render a widget into a QImage at ``scale`` times its size (sharp, not upscaled pixels)."""
    size = widget.size()
    img = QImage(QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale))),
                 QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.white)
    painter = QPainter(img)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    widget.render(painter, QPoint(0, 0))
    painter.end()
    return img


def image_bytes(img, fmt="PNG"):
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.save(buf, fmt):
        raise NNVizError(f"could not encode the picture as {fmt}")
    buf.close()
    return bytes(ba.data())


def export_png(widget, path, scale=1.0):
    """Save a widget as PNG at a chosen scale (1-4x)."""
    if not 0.25 <= scale <= 4:
        raise NNVizError(f"scale must be between 0.25 and 4, not {scale}")
    _write(path, image_bytes(grab_image(widget, scale)))


def export_svg(widget, path, title="nnviz"):
    """Save a widget's drawing as SVG (vector: the diagram stays sharp on any projector)."""
    ba = QByteArray()
    buf = QBuffer(ba)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(widget.size())
    gen.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    gen.setTitle(title)
    painter = QPainter(gen)
    widget.render(painter, QPoint(0, 0))
    painter.end()
    buf.close()
    _write(path, bytes(ba.data()))


def qimage_to_rgb(img, size=None):
    """QImage -> (h, w, 3) uint8, optionally scaled to ``size`` (w, h)."""
    if size is not None and (img.width(), img.height()) != tuple(size):
        img = img.scaled(size[0], size[1], Qt.AspectRatioMode.IgnoreAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    img = img.convertToFormat(QImage.Format.Format_RGB888)
    w, h = img.width(), img.height()
    arr = np.frombuffer(img.constBits(), dtype=np.uint8, count=img.bytesPerLine() * h)
    return arr.reshape(h, img.bytesPerLine())[:, : w * 3].reshape(h, w, 3).copy()


def mp4_available():
    try:
        import imageio_ffmpeg  # noqa: F401
        return True
    except ImportError:
        return False


def export_animation(frames, path, fps=10, size=None, total=None, progress=None):
    """Encode frames (QImages or (h, w, 3) arrays, from an iterable) as GIF or MP4 by the suffix.

    ``progress(done, total)`` is called after each frame; returning False cancels
    (ExportCancelled is raised and nothing is written). Returns the frame count."""
    import imageio.v2 as imageio

    ext = os.path.splitext(os.fspath(path))[1].lower()
    if ext not in (".gif", ".mp4"):
        raise NNVizError(f"cannot write {ext or 'a file without suffix'}: choose .gif or .mp4")
    if ext == ".mp4" and not mp4_available():
        raise NNVizError("MP4 needs the video encoder: pip install imageio-ffmpeg (or choose GIF)")
    if not 1 <= fps <= 60:
        raise NNVizError(f"frame rate must be 1-60 per second, not {fps}")
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(suffix=ext, dir=folder, prefix=".nnviz-export-")
    os.close(fd)
    n = 0
    try:
        if ext == ".gif":
            writer = imageio.get_writer(tmp, format="GIF", mode="I", duration=1000.0 / fps, loop=0)
        else:
            writer = imageio.get_writer(tmp, format="FFMPEG", mode="I", fps=fps, macro_block_size=1)
        with writer:
            for frame in frames:
                rgb = qimage_to_rgb(frame, size) if isinstance(frame, QImage) else np.asarray(frame, np.uint8)
                if size is None:
                    size = (rgb.shape[1], rgb.shape[0])
                writer.append_data(rgb)
                n += 1
                if progress is not None and progress(n, total) is False:
                    raise ExportCancelled()
        if n == 0:
            raise NNVizError("there was nothing to export (no frames in the chosen range)")
        with open(tmp, "rb") as f:
            data = f.read()
        _write(path, data)
        return n
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _write(path, data):
    try:
        atomic_write(path, data)
    except OSError as e:
        raise NNVizError(f"could not write {path}: {e.strerror or e}. Any earlier file there is unchanged.") from e
