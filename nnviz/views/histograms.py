"""Moved to ``nnviz.stepthrough.histograms``; this alias keeps old imports working until every caller has switched."""
import sys

from nnviz.stepthrough import histograms as _moved

sys.modules[__name__] = _moved
