"""Moved to ``nnviz.stepthrough.overlay``; this alias keeps old imports working until every caller has switched."""
import sys

from nnviz.stepthrough import overlay as _moved

sys.modules[__name__] = _moved
