"""Where nnviz's data files are: the one place that knows (lessons, translations, icons, schemas).

The repository keeps them in ``assets/`` at its top; the build installs that folder as the package
``nnviz.assets`` (setup.py maps it), so ``importlib.resources`` finds it the same way in a wheel, an
editable install (setuptools' finder maps the package to the repository's folder) and a clone run
from its source tree without installing (then the folder beside the package is used).

A file that is missing or unreadable raises ``AssetError`` (an NNVizError: its text says which file and
what to do); ``problems()`` lists what is wrong for the window to show at start-up.
"""
from __future__ import annotations

import atexit
import contextlib
import importlib.resources
import json
from pathlib import Path

from core.errors import NNVizError

PACKAGE = "nnviz.assets"
APP_ID = "nnviz"  # desktop file name, icon name and AppStream id stem
_REINSTALL = "reinstall nnviz (pip install --force-reinstall nnviz, or pipx reinstall nnviz)"


class AssetError(NNVizError):
    """A data file nnviz ships is missing or damaged."""


_root_cache: list[Path] = []
_extracted = contextlib.ExitStack()  # only for a zipped install: files copied out for the process
atexit.register(_extracted.close)


def root() -> Path:
    """The folder holding nnviz's data files (a real folder on disk)."""
    if _root_cache:
        return _root_cache[0]
    try:
        res = importlib.resources.files(PACKAGE)
    except ModuleNotFoundError:  # a clone run from source without installing: assets/ beside nnviz/
        res = Path(__file__).resolve().parent.parent / "assets"
    if not isinstance(res, Path):  # inside a zip: Qt and the lesson loader need real files
        res = _extracted.enter_context(importlib.resources.as_file(res))
    _root_cache.append(Path(res))
    return _root_cache[0]


def path(*parts: str) -> Path:
    """The path of a shipped file or folder (it may not exist: check, or use ``require``)."""
    return root().joinpath(*parts)


def require(*parts: str) -> Path:
    """The path of a shipped file or folder that must be there; AssetError says which is missing."""
    p = path(*parts)
    if not p.exists():
        raise AssetError(f"nnviz's file {'/'.join(parts)} is missing (looked in {root()}); {_REINSTALL}")
    return p


def lessons_dir() -> Path:
    return path("lessons")


def i18n_dir() -> Path:
    return path("i18n")


def schema_path(name: str) -> Path:
    """The JSON Schema of a file type nnviz reads ("demo", "lesson"): assets/schema/NAME.schema.json."""
    return path("schema", f"{name}.schema.json")


def icon_path(size: int | None = None) -> Path:
    """The application icon: the SVG, or the PNG of ``size`` pixels (16..512) where one is shipped."""
    if size is None:
        return path("icons", "hicolor", "scalable", "apps", f"{APP_ID}.svg")
    return path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")


ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_file() -> Path:
    return path("desktop", f"{APP_ID}.desktop")


def metainfo_file() -> Path:
    return path("desktop", f"{APP_ID}.metainfo.xml")


def read_text(*parts: str) -> str:
    p = require(*parts)
    try:
        return p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise AssetError(f"nnviz's file {'/'.join(parts)} cannot be read ({e}); {_REINSTALL}") from None


_schemas: dict[str, dict] = {}


def load_schema(name: str) -> dict:
    """The parsed JSON Schema ``name`` (cached); AssetError when it is missing or not valid JSON."""
    if name not in _schemas:
        rel = ("schema", f"{name}.schema.json")
        text = read_text(*rel)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as e:
            raise AssetError(f"nnviz's file {'/'.join(rel)} is damaged (not valid JSON: {e.msg} at line "
                             f"{e.lineno}, column {e.colno}); {_REINSTALL}") from None
        if not isinstance(data, dict):
            raise AssetError(f"nnviz's file {'/'.join(rel)} is damaged (not a JSON Schema); {_REINSTALL}")
        _schemas[name] = data
    return _schemas[name]


def problems(languages=("ko",)) -> list[str]:
    """What is wrong with the shipped files, one sentence each ([] when all is well): the window
    shows these at start-up instead of failing later in a less clear way."""
    out = []
    if not lessons_dir().is_dir() or not any(lessons_dir().glob("*.json")):
        out.append(f"The lessons are missing (looked in {lessons_dir()}); the start page will be empty. "
                   f"To fix it, {_REINSTALL}.")
    for lang in languages:
        qm = i18n_dir() / f"nnviz_{lang}.qm"
        if not qm.is_file() or qm.stat().st_size < 16:
            out.append(f"The translation file {qm.name} is missing or empty (looked in {i18n_dir()}); "
                       f"the window stays in English. To fix it, {_REINSTALL}.")
    if not icon_path().is_file():
        out.append(f"The application icon is missing (looked for {icon_path()}). To fix it, {_REINSTALL}.")
    return out
