"""Install tests run offscreen with their own settings file, like the GUI tests."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _own_settings(tmp_path, monkeypatch):
    monkeypatch.setenv("NNVIZ_SETTINGS", str(tmp_path / "nnviz-settings.ini"))
    monkeypatch.setenv("NNVIZ_LOG_DIR", str(tmp_path / "logs"))  # the crash log, never the user's
