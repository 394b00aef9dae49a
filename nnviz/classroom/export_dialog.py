"""Old path of ``nnviz.export.dialog`` (moved out of classroom/): the same module object, so that
monkeypatching either name patches both. Callers: import ``nnviz.export.dialog``."""
import sys

from nnviz.export import dialog as _moved

sys.modules[__name__] = _moved
