"""Moved to ``nnviz.appearance.theme``; this alias keeps old imports working until every caller has switched
(it is the same module object, so monkeypatching either name patches both)."""
import sys

from nnviz.appearance import theme as _moved

sys.modules[__name__] = _moved
