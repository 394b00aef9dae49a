"""Moved to ``nnviz.stepthrough.inspector``; this alias keeps old imports working until every caller has switched."""
import sys

from nnviz.stepthrough import inspector as _moved

sys.modules[__name__] = _moved
