"""Checks the install tests share: an image as an array, the problems of a .desktop file."""
import configparser
import shutil
import subprocess

import numpy as np


def image_array(path_or_image):
    from PySide6.QtGui import QImage

    img = path_or_image if isinstance(path_or_image, QImage) else QImage(str(path_or_image))
    assert not img.isNull(), f"{path_or_image} is not an image"
    img = img.convertToFormat(QImage.Format.Format_RGBA8888)
    a = np.frombuffer(img.constBits(), np.uint8, img.sizeInBytes()).reshape(img.height(), img.bytesPerLine())
    return a[:, :img.width() * 4].reshape(img.height(), img.width(), 4).copy()


def desktop_file_errors(path):
    exe = shutil.which("desktop-file-validate")
    if exe is None:  # parse it ourselves: the keys a menu needs
        cp = configparser.ConfigParser(interpolation=None, strict=True)
        cp.optionxform = str
        cp.read(path, encoding="utf-8")
        e = cp["Desktop Entry"]
        missing = [k for k in ("Type", "Name", "Exec", "Icon") if k not in e]
        return ", ".join(missing)
    r = subprocess.run([exe, str(path)], capture_output=True, text=True, timeout=60)
    return (r.stdout + r.stderr).strip() if r.returncode else ""
