"""Moved to ``nnviz.stepthrough.gradcheck``; this alias keeps old imports working until every caller has switched."""
import sys

from nnviz.stepthrough import gradcheck as _moved

sys.modules[__name__] = _moved
