"""Moved to ``nnviz.model.snapshot``; this alias keeps old imports working until every caller has switched."""
import sys

from nnviz.model import snapshot as _moved

sys.modules[__name__] = _moved
