"""Moved to ``nnviz.stepthrough.graph``; this alias keeps old imports working until every caller has switched."""
import sys

from nnviz.stepthrough import graph as _moved

sys.modules[__name__] = _moved
