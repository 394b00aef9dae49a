"""Moved to ``nnviz.stepthrough.stepper``; this alias keeps old imports working until every caller has switched."""
import sys

from nnviz.stepthrough import stepper as _moved

sys.modules[__name__] = _moved
