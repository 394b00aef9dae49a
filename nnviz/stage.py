"""Moved to ``nnviz.stepthrough.stage``; this alias keeps old imports working until every caller has switched."""
import sys

from nnviz.stepthrough import stage as _moved

sys.modules[__name__] = _moved
