"""The loss plot's axes: a log loss axis that labels 1-2-5 only, an accuracy axis in % whose tick step
fits its height."""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF


class LossAxis(pg.AxisItem):
    """On a log axis pyqtgraph labels every minor tick (0.05 0.06 0.07 ...) and the labels
    run into each other; here the minor ticks at 2 and 5 form their own level, so only
    1-2-5 get labels (maxTextLevel 1) while 3, 4, 6-9 stay unlabelled grid lines."""

    def __init__(self, **kw):
        super().__init__(**kw)
        self.setStyle(maxTextLevel=1)

    def logTickValues(self, minVal, maxVal, size, stdTicks):
        ticks = [(sp, t) for sp, t in stdTicks if sp >= 1.0]
        if len(ticks) >= 3:
            return ticks
        v1, v2 = int(math.floor(minVal)), int(math.ceil(maxVal))
        decades = np.arange(v1, v2)
        two_five = (decades[:, None] + np.log10([2, 5])).ravel()
        rest = (decades[:, None] + np.log10([3, 4, 6, 7, 8, 9])).ravel()
        inside = lambda v: [float(x) for x in v if minVal < x < maxVal]
        if not ticks:  # less than a decade visible: decades as the top level
            ticks = [(None, inside(decades))]
        labelled = sum(len(t) for _, t in ticks) + len(inside(two_five))
        if labelled < 2:  # a narrow range (0.25..0.45): label 3, 4, ... too, as pyqtgraph would
            return ticks + [(None, inside(np.concatenate([two_five, rest])))]
        return ticks + [(None, inside(two_five)), (None, inside(rest))]


class PercentAxis(pg.AxisItem):
    """Accuracy (0-1 in the data) labelled in %, with one tick step for the whole axis chosen so that
    the labels stand at least two text lines apart, however short the plot is."""

    STEPS = (0.05, 0.1, 0.2, 0.25, 0.5, 1.0)

    def __init__(self, **kw):
        super().__init__(**kw)
        self.setStyle(maxTextLevel=0)
        self.enableAutoSIPrefix(False)

    def tickValues(self, minVal, maxVal, size):
        span = maxVal - minVal
        if span <= 0 or size <= 0:
            return []
        line = QFontMetricsF(self.style["tickFont"] or self.font()).height() if self.style.get("tickFont") \
            else QFontMetricsF(self.font()).height()
        step = next((s for s in self.STEPS if s / span * size >= 2.0 * line), 1.0)
        first = math.ceil(minVal / step - 1e-9) * step
        return [(step, [round(v, 6) for v in np.arange(first, maxVal + 1e-9, step)])]

    def tickStrings(self, values, scale, spacing):
        return [f"{100 * v:.0f}" for v in values]
