"""Moved to ``nnviz.stepthrough.panel``; this alias keeps old imports working until every caller has switched."""
import sys

from nnviz.stepthrough import panel as _moved

sys.modules[__name__] = _moved
