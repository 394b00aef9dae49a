"""What the boundary view paints behind the points: the network's output over the plane (tinted class
regions, or a regression's diverging map), one neuron's map, and the colour bar that gives such a map
its numbers. A mixin of BoundaryView."""
from __future__ import annotations

import numpy as np

from core.features import FEATURES
from nnviz import colors
from nnviz.views.diagram_layout import FEATURE_LABELS as _FEATURE_LABELS


def _upsample(thumb, txs, tys, xs, ys):
    """Bilinear: a (r, r) map sampled at (tys, txs) -> values at (ys, xs)."""
    rows = np.stack([np.interp(xs, txs, row) for row in thumb])          # (r, R): along x
    return np.stack([np.interp(ys, tys, col) for col in rows.T], axis=1)  # (R, R): along y


class BoundaryMaps:
    """The maps and their colour bar (mixed into BoundaryView)."""

    def _target_scale(self, snap):
        t = np.concatenate([snap.y_train, snap.y_test]) if len(snap.y_test) else snap.y_train
        return colors.auto_scale(t)

    def _update_colorbar(self, snap, bad):
        """A colour bar with its numbers for maps on the diverging scale (a regression output, one
        neuron); classes are explained by the key instead."""
        bar = None
        c, u = self._neuron
        n_hidden = len(snap.grid_hidden)
        if 1 <= c <= n_hidden and self._neuron_image(snap, c, u)[0] is not None:
            act = snap.activations[c - 1]
            if act == "sigmoid":
                bar = (0.0, 1.0)
            elif act == "tanh":
                bar = (-1.0, 1.0)
            else:
                r = snap.grid_hidden[c - 1].shape[0]
                m = colors.auto_scale(snap.grid_hidden[c - 1][:, :, u]) if u < snap.grid_hidden[c - 1].shape[2] else 1
                bar = (-m, m) if r else None
            title = self.tr("activation")
        elif c == 0 and self._neuron_image(snap, c, u)[0] is not None:
            gx, gy = np.meshgrid(snap.grid_xs, snap.grid_ys)
            m = colors.auto_scale(FEATURES[list(FEATURES)[u]](gx, gy))
            bar, title = (-m, m), self.tr("feature value")
        elif snap.kind != "classification":
            m = self._target_scale(snap)
            bar, title = (-m, m), self.tr("output")
        if bar is None or bad:
            self.colorbar.hide()
            return
        self.colorbar.set_kind("map", title)
        self.colorbar.set_range(*bar)
        self.colorbar.show()

    def _output_image(self, snap):
        out = snap.grid_output
        if snap.kind != "classification":
            return colors.diverging_image(out[:, :, 0], self._target_scale(snap))
        p = colors.output_probabilities(out, snap.activations[-1])
        k = max(2, p.shape[2])
        return colors.tint(colors.blend_probabilities(p, colors.class_colors(k), discretize=self._discretize))

    def _neuron_image(self, snap, column, unit):
        """(rgba, title) for one neuron, or (None, None) when it has no map."""
        n_hidden = len(snap.grid_hidden)
        xs, ys = snap.grid_xs, snap.grid_ys
        if column == 0:
            names = list(FEATURES) if snap.spec.get("data", {}).get("features") is not None else []
            if not 0 <= unit < len(names):
                return None, None
            gx, gy = np.meshgrid(xs, ys)
            v = FEATURES[names[unit]](gx, gy)
            return colors.diverging_image(v), self.tr("input {name}").format(name=_FEATURE_LABELS[names[unit]])
        if 1 <= column <= n_hidden:
            h = snap.grid_hidden[column - 1]
            if not 0 <= unit < h.shape[2]:
                return None, None
            r = h.shape[0]
            step = max(1, len(xs) // r)
            txs, tys = xs[::step][:r], ys[::step][:r]
            v = _upsample(np.asarray(h[:, :, unit], dtype=np.float64), txs, tys, xs, ys)
            act = snap.activations[column - 1]
            if act == "sigmoid":
                v, scale = 2 * v - 1, 1.0
            elif act == "tanh":
                scale = 1.0
            else:
                scale = colors.auto_scale(v)
            title = self.tr("neuron {u} of hidden layer {h} ({act})").format(u=unit + 1, h=column, act=act)
            return colors.diverging_image(v, scale), title
        if column == n_hidden + 1:
            out = snap.grid_output
            if not 0 <= unit < out.shape[2]:
                return None, None
            title = self.tr("output neuron {u}").format(u=unit + 1)
            if snap.kind != "classification":
                return colors.diverging_image(out[:, :, unit], self._target_scale(snap)), title
            p = colors.output_probabilities(out, snap.activations[-1])
            if p.shape[2] == 1:
                return colors.blend_probabilities(p, colors.class_colors(2)), title
            name = snap.class_names[unit] if unit < len(snap.class_names) else str(unit)
            title = self.tr("output neuron {u}: probability of class {c}").format(u=unit + 1, c=name)
            return colors.ramp_image(p[:, :, unit], colors.class_colors(p.shape[2])[unit]), title
        return None, None
