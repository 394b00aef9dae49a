"""Moved to ``nnviz.stepthrough.text``; this alias keeps old imports working until every caller has switched."""
import sys

from nnviz.stepthrough import text as _moved

sys.modules[__name__] = _moved
