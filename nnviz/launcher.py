"""``nnviz install-launcher``: put nnviz into the desktop's application menu (freedesktop.org/XDG).

Writes, under the user's data folder (``$XDG_DATA_HOME``, default ``~/.local/share``):
``applications/nnviz.desktop`` (the shipped file, with ``Exec`` pointing at this installation's
``nnviz-gui``, so it works from a venv or pipx that is not on the desktop's PATH),
``icons/hicolor/<size>/apps/nnviz.{svg,png}`` and ``metainfo/nnviz.metainfo.xml``. ``--uninstall``
removes exactly those files. Every file is written to a temporary name and renamed into place.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from nnviz import resources


def data_home(override=None) -> Path:
    if override:
        return Path(override)
    env = os.environ.get("XDG_DATA_HOME", "")
    # the spec: an unset, empty or relative XDG_DATA_HOME means the default
    return Path(env) if env and os.path.isabs(env) else Path.home() / ".local" / "share"


def command() -> list[str]:
    """How the launcher starts this installation: its ``nnviz-gui`` script beside the interpreter
    (venv, pipx), else ``python -m nnviz`` with this interpreter."""
    bindir = Path(sys.executable).parent
    for name in ("nnviz-gui", "nnviz"):
        p = bindir / name
        if p.is_file() and os.access(p, os.X_OK):
            return [str(p)]
    return [sys.executable, "-m", "nnviz"]


def _quote(arg: str) -> str:
    """A desktop-entry Exec argument: quoted when it has a reserved character (Desktop Entry spec)."""
    if not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    return '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg) + '"'


def desktop_entry(cmd=None) -> str:
    """The shipped .desktop file with Exec/TryExec pointing at ``cmd`` (default: this installation)."""
    cmd = cmd or command()
    out = []
    for line in resources.read_text("desktop", f"{resources.APP_ID}.desktop").splitlines():
        if line.startswith("Exec="):
            line = "Exec=" + " ".join(_quote(c) for c in cmd)
        elif line.startswith("TryExec="):
            line = "TryExec=" + cmd[0]
        out.append(line)
    return "\n".join(out) + "\n"


def _targets(home: Path) -> list[tuple[Path, Path | None]]:
    """(destination, shipped source or None for the generated .desktop file)."""
    app = resources.APP_ID
    t: list[tuple[Path, Path | None]] = [(home / "applications" / f"{app}.desktop", None)]
    t.append((home / "icons" / "hicolor" / "scalable" / "apps" / f"{app}.svg", resources.icon_path()))
    for n in resources.ICON_SIZES:
        t.append((home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{app}.png", resources.icon_path(n)))
    t.append((home / "metainfo" / f"{app}.metainfo.xml", resources.metainfo_file()))
    return t


def _write(dest: Path, data: bytes):
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    tmp.write_bytes(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, dest)


def install(override=None) -> list[Path]:
    """Install the launcher, icons and metainfo; returns the files written (the .desktop file first)."""
    home = data_home(override)
    written = []
    for dest, src in _targets(home):
        if src is None:
            data = desktop_entry().encode("utf-8")
        else:
            data = resources.require(*src.relative_to(resources.root()).parts).read_bytes()
        _write(dest, data)
        written.append(dest)
    _refresh(home)
    return written


def uninstall(override=None) -> list[Path]:
    """Remove what ``install`` wrote; returns the files removed."""
    home = data_home(override)
    removed = []
    for dest, _src in _targets(home):
        if dest.exists():
            dest.unlink()
            removed.append(dest)
    _refresh(home)
    return removed


def _refresh(home: Path):
    """Tell the desktop about the change where its tools are installed (optional: menus also rescan)."""
    for tool, args in (("update-desktop-database", ["-q", str(home / "applications")]),
                       ("gtk-update-icon-cache", ["-q", "-t", "-f", str(home / "icons" / "hicolor")])):
        exe = shutil.which(tool)
        if exe and (home / args[-1]).exists():
            try:
                subprocess.run([exe, *args], capture_output=True, timeout=30, check=False)
            except (OSError, subprocess.SubprocessError):
                pass  # a cache that is not refreshed only delays the menu entry
