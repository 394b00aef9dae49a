"""The shipped files: found through nnviz.resources, the icon on the window, a missing file said in the
window, the launcher installed into (and removed from) an XDG data folder."""
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from install_checks import desktop_file_errors, image_array  # tests/install/install_checks.py

from nnviz import resources

ROOT = Path(__file__).resolve().parents[2]


def test_every_asset_is_found_through_resources():
    assert resources.problems() == []
    assert sorted(p.stem for p in resources.lessons_dir().glob("*.json"))  # the shipped lessons
    assert (resources.i18n_dir() / "nnviz_ko.qm").is_file() and (resources.i18n_dir() / "nnviz_ko.ts").is_file()
    assert resources.schema_path("demo").is_file() and resources.load_schema("demo")["title"]
    from nnviz import i18n

    assert i18n.I18N_DIR == resources.i18n_dir()


def test_a_clone_run_from_source_finds_the_assets_beside_the_package(monkeypatch):
    def files(name):  # what importlib.resources says when nnviz was never installed
        raise ModuleNotFoundError(f"No module named {name!r}")

    monkeypatch.setattr(resources, "_root_cache", [])
    monkeypatch.setattr(resources.importlib.resources, "files", files)
    assert resources.root() == ROOT / "assets" and resources.problems() == []


def test_a_damaged_schema_is_an_asset_error_that_says_what_to_do(tmp_path, monkeypatch):
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "demo.schema.json").write_text("{not json")
    monkeypatch.setattr(resources, "_root_cache", [tmp_path])
    monkeypatch.setattr(resources, "_schemas", {})
    with pytest.raises(resources.AssetError, match=r"schema/demo.schema.json is damaged .*reinstall nnviz"):
        resources.load_schema("demo")
    with pytest.raises(resources.AssetError, match=r"missing"):
        resources.load_schema("lesson")


def icon_script():
    import importlib.util

    spec = importlib.util.spec_from_file_location("render_icons", ROOT / "scripts" / "render-icons.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("size", resources.ICON_SIZES)
def test_the_icon_pngs_are_drawn_and_match_the_svg(size, qapp):
    png = image_array(resources.icon_path(size))
    assert png.shape[:2] == (size, size)
    assert png[..., 3].mean() > 100 and png[..., :3].std() > 20, "the icon must not be blank"
    script = icon_script()
    assert script.SIZES == resources.ICON_SIZES
    diff = np.abs(image_array(script.render(size)).astype(int) - png.astype(int)).mean()
    assert diff < 2, "the PNG is out of date: run scripts/render-icons.py"


def test_the_window_has_nnvizs_icon_and_application_id(qapp, qtbot):
    from PySide6.QtWidgets import QApplication

    from nnviz.app import identify
    from nnviz.main_window import MainWindow

    identify(qapp)
    assert QApplication.desktopFileName() == "nnviz" and QApplication.applicationName() == "nnviz"
    icon = QApplication.windowIcon()
    assert not icon.isNull()
    assert {s.width() for s in icon.availableSizes()} >= {16, 32, 48, 256}
    w = MainWindow(start=False)
    qtbot.addWidget(w)
    assert not w.windowIcon().isNull()
    assert image_array(w.windowIcon().pixmap(64, 64).toImage())[..., :3].std() > 20


def test_missing_files_are_said_in_the_window(tmp_path, monkeypatch, qapp, qtbot, capsys):
    from PySide6.QtWidgets import QMessageBox, QWidget

    from nnviz.app import warn_missing_files

    monkeypatch.setattr(resources, "_root_cache", [tmp_path])  # an install without its data files
    problems = resources.problems()
    assert len(problems) == 3 and "lessons are missing" in problems[0] and "nnviz_ko.qm" in problems[1]
    win = QWidget()
    qtbot.addWidget(win)
    win.show()
    box = warn_missing_files(win, problems)
    assert isinstance(box, QMessageBox) and box.isVisible() and box.parent() is win
    assert "nnviz_ko.qm" in box.text() and "reinstall nnviz" in box.text()
    assert "lessons are missing" in capsys.readouterr().err


@pytest.mark.parametrize("damage", ["missing", "damaged"])
def test_the_window_starts_in_english_when_the_korean_translation_is_missing_or_damaged(damage, tmp_path):
    """A damaged install: no traceback, the window opens and says what is wrong."""
    assets = tmp_path / "assets"
    if damage == "damaged":
        shutil.copytree(resources.root(), assets, ignore=shutil.ignore_patterns("*.qm", "__pycache__"))
        (assets / "i18n" / "nnviz_ko.ts").write_text("<TS><context>", encoding="utf-8")
    code = ("import sys, pathlib, nnviz.resources as r; r._root_cache.append(pathlib.Path(sys.argv[1])); "
            "import nnviz.i18n as i; i.I18N_DIR = r.i18n_dir(); "
            "from nnviz.app import main_gui; rc = main_gui(['nnviz'], exit_after_paint=True, lang='ko'); "
            "print('language', i.current_language()); sys.exit(rc)")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NNVIZ_SETTINGS=str(tmp_path / "s.ini"))
    r = subprocess.run([sys.executable, "-c", code, str(assets)], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and "nnviz_ko.qm" in r.stderr and "language en" in r.stdout
    if damage == "missing":
        assert "lessons are missing" in r.stderr
    else:
        assert "translation could not be loaded" in r.stderr and "lessons are missing" not in r.stderr


def test_the_shipped_launcher_files_are_valid():
    assert desktop_file_errors(resources.desktop_file()) == ""
    exe = shutil.which("appstreamcli")
    if exe:
        r = subprocess.run([exe, "validate", "--no-net", "--override=cid-desktopapp-is-not-rdns=info",
                            str(resources.metainfo_file())], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0, r.stdout + r.stderr


def test_install_launcher_puts_the_launcher_and_icons_into_xdg_data_home(tmp_path, monkeypatch, capsys):
    from nnviz.cli import main

    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    assert main(["install-launcher"]) == 0
    assert "installed the launcher" in capsys.readouterr().out
    desktop = home / "applications" / "nnviz.desktop"
    assert desktop_file_errors(desktop) == ""
    text = desktop.read_text(encoding="utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    target = exec_line[len("Exec="):].strip('"')
    assert os.path.isabs(target.split(" ")[0]), exec_line  # works without nnviz on the desktop's PATH
    for n in resources.ICON_SIZES:
        assert (home / "icons" / "hicolor" / f"{n}x{n}" / "apps" / "nnviz.png").read_bytes() == \
            resources.icon_path(n).read_bytes()
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / "nnviz.svg").is_file()
    assert (home / "metainfo" / "nnviz.metainfo.xml").is_file()
    mine = {p for p in home.rglob("*") if p.is_file() and "nnviz" in p.name}
    assert main(["install-launcher", "--uninstall"]) == 0
    assert "removed" in capsys.readouterr().out
    assert not any(p.exists() for p in mine)
    assert main(["install-launcher", "--uninstall"]) == 0
    assert "nothing" in capsys.readouterr().out


def test_the_launcher_quotes_a_path_with_spaces():
    from nnviz import launcher

    text = launcher.desktop_entry(["/opt/my apps/bin/nnviz-gui"])
    assert 'Exec="/opt/my apps/bin/nnviz-gui"\n' in text and "TryExec=/opt/my apps/bin/nnviz-gui" in text


def test_the_metainfo_names_this_version_as_its_newest_release():
    import xml.etree.ElementTree as ET

    from nnviz import __version__

    root = ET.parse(resources.metainfo_file()).getroot()
    assert root.findtext("id") == "nnviz" and root.find("launchable").text == "nnviz.desktop"
    assert root.find("releases/release").get("version") == __version__  # bump both when releasing
