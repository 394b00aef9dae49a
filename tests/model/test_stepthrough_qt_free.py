"""The step-through model (stepper, stage, text, binning) imports no Qt: run headless, tested without a display."""
import subprocess
import sys

import pytest

QT_FREE = ["nnviz.stepthrough.stepper", "nnviz.stepthrough.stage", "nnviz.stepthrough.text", "nnviz.stepthrough.formula",
           "nnviz.stepthrough.placement",
           "nnviz.stepthrough.binning", "nnviz.stepthrough.assemble", "nnviz.worker.trainproc"]

# a meta-path finder that refuses Qt, so an import anywhere below the module fails loudly
BLOCKER = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6'):
            raise ImportError('Qt imported by a Qt-free module: ' + name)
        return None
sys.meta_path.insert(0, Block())
import importlib
importlib.import_module(sys.argv[1])
"""


@pytest.mark.parametrize("module", QT_FREE)
def test_the_module_imports_without_qt(module):
    r = subprocess.run([sys.executable, "-c", BLOCKER, module], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr[-2000:]


def test_the_blocker_would_notice_a_widget_module():
    r = subprocess.run([sys.executable, "-c", BLOCKER, "nnviz.stepthrough.histograms"], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode != 0 and "Qt imported by a Qt-free module" in r.stderr
