"""Old path of ``nnviz.export.session_copy`` (moved out of classroom/): the same module object, so that
monkeypatching either name patches both. Callers: import ``nnviz.export.session_copy``."""
import sys

from nnviz.export import session_copy as _moved

sys.modules[__name__] = _moved
