"""The real install: build the sdist and, from it, the wheel; install the wheel into a fresh venv; from a
folder outside the repository run a Korean screenshot, a lesson demo and install-launcher.

Slow (a minute or two: a venv and PySide6 from pip's cache), marked ``slow``, and run in CI all the
same (.ci/run runs the whole suite). Needs PyPI or pip's cache for the build requirements."""
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import numpy as np
import pytest
from install_checks import desktop_file_errors, image_array  # tests/install/install_checks.py

ROOT = Path(__file__).resolve().parents[2]
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]


def run(cmd, cwd, env=None, timeout=600):
    r = subprocess.run([str(c) for c in cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert r.returncode == 0, f"{' '.join(map(str, cmd))} failed ({r.returncode}):\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    return r


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(sdist, wheel): python -m build makes the sdist, then the wheel from the unpacked sdist, so the
    wheel proves the sdist is complete enough to build."""
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--outdir", out, ROOT], cwd=ROOT, timeout=900)
    (sdist,) = out.glob("nnviz-*.tar.gz")
    (wheel,) = out.glob("nnviz-*.whl")
    return sdist, wheel


@pytest.fixture(scope="module")
def installed(built, tmp_path_factory):
    """A fresh venv (no system site-packages) with the wheel installed; returns (bin dir, seconds)."""
    venv = tmp_path_factory.mktemp("venv") / "v"
    run([sys.executable, "-m", "venv", venv], cwd=venv.parent)
    t0 = time.monotonic()
    run([venv / "bin" / "pip", "install", "-q", built[1]], cwd=venv.parent, timeout=900)
    return venv / "bin", time.monotonic() - t0


def outside_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", NNVIZ_SETTINGS=str(tmp_path / "settings.ini"),
               XDG_DATA_HOME=str(tmp_path / "share"), NNVIZ_LOG_DIR=str(tmp_path / "logs"))
    return env


def test_the_wheel_carries_the_assets_and_the_licence(built):
    names = zipfile.ZipFile(built[1]).namelist()
    lessons = sorted(p.name for p in (ROOT / "assets" / "lessons").glob("*.json"))
    assert sorted(n.rsplit("/", 1)[1] for n in names if n.startswith("nnviz/assets/lessons/")) == lessons
    for needed in ("nnviz/assets/i18n/nnviz_ko.qm", "nnviz/assets/i18n/nnviz_ko.ts",
                   "nnviz/assets/schema/demo.schema.json", "nnviz/assets/desktop/nnviz.desktop",
                   "nnviz/assets/desktop/nnviz.metainfo.xml", "nnviz/assets/icons/hicolor/scalable/apps/nnviz.svg",
                   "nnviz/assets/icons/hicolor/256x256/apps/nnviz.png", "nnviz/resources.py", "core/session.py"):
        assert needed in names, needed
    assert (ROOT / "assets" / "schema" / "lesson.schema.json").is_file() <= ("nnviz/assets/schema/lesson.schema.json" in names)
    assert not [n for n in names if n.startswith(("assets/", "tests/"))], "no top-level assets/tests in site-packages"
    dist = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    assert f"{dist}/licenses/LICENSE" in names
    meta = zipfile.ZipFile(built[1]).read(f"{dist}/METADATA").decode()
    assert "License-Expression: MIT" in meta and "Requires-Dist: jsonschema" in meta
    entry = zipfile.ZipFile(built[1]).read(f"{dist}/entry_points.txt").decode()
    assert "[console_scripts]\nnnviz = nnviz.cli:main" in entry and "[gui_scripts]\nnnviz-gui = nnviz.cli:gui_main" in entry


def test_the_sdist_has_the_tests_assets_and_licence(built):
    names = tarfile.open(built[0]).getnames()
    top = names[0].split("/")[0]
    for needed in ("LICENSE", "README.md", "pyproject.toml", "setup.py", "MANIFEST.in",
                   "assets/i18n/nnviz_ko.qm", "assets/lessons/spiral.json", "tests/gui/test_cli.py",
                   "tests/install/test_wheel.py", "scripts/install-system-deps.sh", ".ci/run"):
        assert f"{top}/{needed}" in names, needed


def test_the_installed_app_works_from_outside_the_repository(installed, tmp_path):
    bindir, pip_s = installed
    env = outside_env(tmp_path)
    where = run([bindir / "python", "-c", "import nnviz, core, nnviz.resources as r; print(nnviz.__file__); "
                 "print(core.__file__); print(r.root())"], cwd=tmp_path, env=env).stdout.split()
    assert all(str(bindir.parent) in w for w in where), where  # the wheel's files, not the repository's

    # a Korean screenshot (differs from the English one), not blank
    run([bindir / "nnviz", "--lang", "ko", "screenshot", "ko.png", "--train-steps", "200"], cwd=tmp_path, env=env)
    run([bindir / "nnviz", "screenshot", "en.png", "--train-steps", "200", "--lang", "en"], cwd=tmp_path, env=env)
    ko, en = image_array(tmp_path / "ko.png"), image_array(tmp_path / "en.png")
    assert ko[..., :3].std() > 20 and ko.shape[0] >= 800
    assert ko.shape != en.shape or not np.array_equal(ko, en)

    # a lesson demo: the lesson is found inside the installed package
    (tmp_path / "demo.json").write_text('[{"action": "load_lesson", "id": "backprop_by_hand"},'
                                        ' {"action": "step_stage", "count": 2, "shot": "hidden"}]')
    r = run([bindir / "nnviz", "demo", "demo.json", "--shots", "shots", "--lang", "ko"], cwd=tmp_path, env=env)
    assert "demo done: 1 screenshot(s)" in r.stdout
    assert image_array(tmp_path / "shots" / "hidden.png")[..., :3].std() > 20

    # the launcher, into the temporary XDG_DATA_HOME, pointing at this venv's nnviz-gui
    run([bindir / "nnviz", "install-launcher"], cwd=tmp_path, env=env)
    desktop = tmp_path / "share" / "applications" / "nnviz.desktop"
    assert desktop_file_errors(desktop) == ""
    assert f"Exec={bindir / 'nnviz-gui'}\n" in desktop.read_text()
    assert (bindir / "nnviz-gui").is_file()
    icon = tmp_path / "share" / "icons" / "hicolor" / "48x48" / "apps" / "nnviz.png"
    assert image_array(icon)[..., :3].std() > 20
    if shutil.which("appstreamcli"):
        run(["appstreamcli", "validate", "--no-net", "--override=cid-desktopapp-is-not-rdns=info",
             tmp_path / "share" / "metainfo" / "nnviz.metainfo.xml"], cwd=tmp_path, env=env)

    # full speed trains in a process of its own, which finds the installed package from outside the repository
    code = ("import time; from nnviz.model.controller import Controller; from nnviz.worker import commands as C; "
            "c = Controller(split=True); c.build_initial(); c.apply(C.SetSpeed(0.0)); c.apply(C.Play()); "
            "c.train_slice(); assert c.split_active; time.sleep(1.5); s = c.snapshot(); c.apply(C.Pause()); "
            "print(c.split is not None, s.iteration, c.session.iteration); c.close()")
    ok, seen, back = run([bindir / "python", "-c", code], cwd=tmp_path, env=env).stdout.split()
    assert ok == "True" and int(back) >= int(seen) > 1000, (ok, seen, back)

    # the window opens (offscreen) and paints; the teacher's settings file is never written by the above
    t0 = time.monotonic()
    r = run([bindir / "nnviz-gui", "--timing", "--exit-after-paint", "--lang", "ko"], cwd=tmp_path, env=env)
    window_s = time.monotonic() - t0
    assert "first paint" in r.stdout and "Traceback" not in r.stderr
    assert (tmp_path / "logs" / "nnviz.log").is_file()  # the crash log is where NNVIZ_LOG_DIR says
    print(f"\npip install of the wheel: {pip_s:.1f} s; first window: {window_s:.1f} s ({r.stdout.strip()})")
