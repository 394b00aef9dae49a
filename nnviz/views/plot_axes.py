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


class SpacedAxis(pg.AxisItem):
    """A horizontal axis whose tick labels never touch: pyqtgraph always labels its major level, and with
    presenter fonts on a narrow plot those ran together ("50100150"). The major step grows (1-2-5) until
    the widest label and a gap fit between two ticks; a finer level's label that would touch one already
    placed is left out. ``set_overhang``: how far a label may reach past either end (the plot keeps that
    margin), so the first and last ticks keep theirs."""

    _overhang = 0.0

    def set_overhang(self, px):
        if px != self._overhang:
            self.prepareGeometryChange()
            self._overhang = float(px)
            self.picture = None
            self.update()

    def boundingRect(self):
        r = super().boundingRect()
        return r.adjusted(-self._overhang, 0, self._overhang, 0) if self.orientation in ("bottom", "top") else r

    def _gap(self):
        return 0.6 * QFontMetricsF(self.style.get("tickFont") or self.font()).horizontalAdvance("0")

    def _fits(self, spacing, lo, hi, px_per_unit):
        first = math.ceil(lo / spacing - 1e-9) * spacing
        values = [first + i * spacing for i in range(int((hi - first) / spacing + 1e-9) + 1)]
        if len(values) < 2:
            return True
        fm = QFontMetricsF(self.style.get("tickFont") or self.font())
        widest = max(fm.horizontalAdvance(s) for s in self.tickStrings(values, self.scale, spacing))
        return spacing * px_per_unit >= widest + self._gap()

    def tickSpacing(self, minVal, maxVal, size):
        levels = super().tickSpacing(minVal, maxVal, size)
        if not levels or self._tickSpacing is not None or size <= 0 or self.orientation not in ("bottom", "top"):
            return levels
        lo, hi = sorted((minVal, maxVal))
        px = size / (hi - lo)
        major = levels[0][0]
        for _ in range(12):     # 1-2-5: at most four decades coarser
            if self._fits(major, lo, hi, px):
                break
            m = major / 10 ** math.floor(math.log10(major) + 1e-9)
            major *= 2.5 if 1.9 < m < 2.1 else 2.0
        if major == levels[0][0]:
            return levels
        # finer levels that still divide the major step keep their grid lines
        finer = [(s, o) for s, o in levels[1:] if s < major and abs(major / s - round(major / s)) < 1e-6]
        return [(major, 0.0)] + finer

    def generateDrawSpecs(self, p):
        specs = super().generateDrawSpecs(p)
        if specs is None or self.orientation not in ("bottom", "top"):
            return specs
        axis, ticks, texts = specs
        gap, kept = self._gap(), []
        for spec in texts:   # the major level comes first
            r = spec[0].adjusted(-gap / 2, 0, gap / 2, 0)
            if not any(r.intersects(k[0].adjusted(-gap / 2, 0, gap / 2, 0)) for k in kept):
                kept.append(spec)
        return axis, ticks, kept
