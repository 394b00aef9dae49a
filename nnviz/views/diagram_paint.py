"""What the diagram paints besides its edges: the neurons (Playground's thumbnails: each feature, hidden
neuron and output over the input plane), the canvas and edge colours of the theme, the colour bar's
meaning, and the text on the canvas (layer headers, input and output names) at the content scale.
A mixin of NetworkDiagram."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from core.features import FEATURES
from nnviz import colors
from nnviz.appearance import scale as appearance_scale
from nnviz.views.diagram_items import N_BUCKETS, _color, _qimage
from nnviz.views.diagram_layout import FEATURE_LABELS, MAX_LABEL


class DiagramPaint:
    """Nodes, canvas colours, colour bar and labels (mixed into NetworkDiagram)."""

    # ------------------------------------------------------------------ canvas and colour bar
    def set_canvas(self, background, foreground=None):
        """The drawing's background (RGB; the theme's plot background) and the colour of its text: edge
        colours fade into the canvas at zero, labels and node borders read on it."""
        bg = tuple(int(v) for v in background[:3])
        self._canvas = bg
        self.view.setBackgroundBrush(QColor(*bg))
        dark = colors.relative_luminance(bg) < 0.5
        border = QColor(150, 150, 150) if dark else QColor(90, 90, 90)
        self.nodes._border.setColor(border)
        self.nodes.dot_outline.setColor(QColor(220, 220, 220) if dark else QColor(40, 40, 40))
        self.colorbar.set_background(bg)
        pen = QPen(QColor(*(foreground or ((235, 235, 235) if dark else (20, 20, 20)))), 2)
        pen.setCosmetic(True)
        self._hi_edge.setPen(pen)
        self._hi_node.setPen(pen)
        self.refresh_colors()

    def canvas(self):
        return self._canvas

    def refresh_colors(self):
        """Edge pens from the palette and canvas in force (after a palette or theme switch)."""
        self.edges.set_colors(colors.edge_bucket_colors(N_BUCKETS, background=self._canvas))
        if self._snap is not None and self._arch:
            self._place_texts()
            self._update_frame()
        self.colorbar.update()

    def set_scale_legend(self, kind=None, scale=None):
        """What the colour bar explains: "weights" (the default, at the frame's weight scale),
        "gradients" or "updates" at ``scale`` (the step-through overlay's backward and update stages);
        None: back to the default (or what the snapshot's stage says)."""
        self._legend_override = None if kind is None else (kind, float(scale or 1.0))
        if self._snap is not None:
            self._update_legend(self._snap, self._frame_scale)

    def legend_texts(self):
        """(title, low, middle, high) of the colour bar."""
        return self.colorbar.texts()

    def _update_legend(self, snap, scale):
        kind, s = "weights", scale
        if self._legend_override is not None:
            kind, s = self._legend_override
        elif 0 <= getattr(snap, "stage_index", -1) < len(getattr(snap, "events", ())):
            ev = snap.events[snap.stage_index]
            name = type(ev).__name__
            if name == "BackwardLayer" and getattr(ev, "grads", None):
                kind, s = "gradients", colors.auto_scale(ev.grads.get("W", 0.0))
            elif name == "Update" and getattr(ev, "delta", None) is not None:
                kind, s = "updates", colors.auto_scale(ev.delta)
        titles = {"weights": self.tr("weight w"), "gradients": self.tr("gradient ∂E/∂w"),
                  "updates": self.tr("update Δw")}
        self.colorbar.set_kind("weights" if kind == "weights" else "gradients", titles[kind])
        self.colorbar.set_range(-s, s)

    # ------------------------------------------------------------------ labels
    def _label_font(self):
        return appearance_scale.content_font(self.font(), 0.9, self._content_scale)

    def label_font(self):
        """The font of the column headers and input/output names (grows with the content scale)."""
        return self._label_font()

    def value_font(self):
        """The font for numbers written on the diagram (the step-through value labels): the content
        scale times 0.85 of the 100 % application font."""
        return appearance_scale.content_font(self.font(), 0.85, self._content_scale)

    def content_scale(self):
        return self._content_scale

    def set_content_scale(self, factor):
        """Presenter mode: nodes, labels and margins drawn ``factor`` times their 100 % size."""
        factor = float(factor)
        if factor == self._content_scale:
            return
        self._content_scale = factor
        self.colorbar.set_content_scale(factor)
        if self._snap is not None and self._arch:
            self._build_controls()
            self._layout()
            self._update_frame()

    @staticmethod
    def _label(col, name):
        return FEATURE_LABELS.get(name, str(name)) if col["kind"] == "input" else str(name)

    def _place_texts(self):
        for t in self._texts:
            self.scene.removeItem(t)
        self._texts = []
        small = self._label_font()
        fm = QFontMetricsF(small)

        def text(s, x, y, align="center", color=None, width=None, font=small):
            if color is None:  # dark on the light canvas, light on a dark one (whatever the theme)
                bg = self.view.backgroundBrush().color() if self.view.backgroundBrush().style() != Qt.BrushStyle.NoBrush \
                    else self.palette().color(self.backgroundRole())
                color = QColor(50, 50, 50) if bg.lightness() > 128 else QColor(225, 225, 225)
            s = QFontMetricsF(font).elidedText(s, Qt.TextElideMode.ElideMiddle, MAX_LABEL * self._content_scale
                                               if width is None else max(8.0, width))
            it = QGraphicsSimpleTextItem(s)
            it.setFont(font)
            it.setBrush(color)
            br = it.boundingRect()
            dx = {"center": -br.width() / 2, "right": -br.width(), "left": 0}[align]
            it.setPos(x + dx, y - br.height() / 2)
            it.setZValue(4)
            self.scene.addItem(it)
            self._texts.append(it)

        last = len(self._columns) - 1
        headers = self._headers(fm)
        for c, col in enumerate(self._columns):
            label, room = headers[c]
            text(label, col["x"], self._top() - fm.height() / 2 - 4, width=room)
            if col["compact"]:
                continue
            names = self._names_font(small, col["ys"])
            if col["kind"] == "input":
                for u, name in enumerate(col["units"]):
                    text(self._label(col, name), col["x"] - col["size"] / 2 - 6, col["ys"][u], "right", font=names)
            elif c == last:
                for u, name in enumerate(col["units"]):
                    text(str(name), col["x"] + col["size"] / 2 + 6, col["ys"][u], "left", font=names)

    @staticmethod
    def _names_font(font, ys):
        """The input / output names' font: the labels' own, smaller where the nodes stand closer than a
        line (a short diagram at 250 % drew "x₁² x₂² x₁x₂ sin x₁" over each other), never under 8 px."""
        pitch = float(np.min(np.diff(ys))) if len(ys) > 1 else float("inf")
        line = QFontMetricsF(font).height()
        if line <= pitch:
            return font
        f = QFont(font)
        f.setPixelSize(max(8, int(QFontInfo(font).pixelSize() * pitch / line)))
        return f

    def _header_forms(self, c, col):
        """A column's headers [full, what, k · short, short]: "layer k · what it holds" (diagram column k
        is the lessons' layer k: the inputs are layer 0), then shorter forms for columns that stand close."""
        n = len(col["units"])
        if col["kind"] == "input":
            what = (self.tr("{n} inputs").format(n=n) if n != 1 else self.tr("1 input")) if not self._arch[2] \
                else self.tr("features")
            short = str(n) if not self._arch[2] else what
        elif col["kind"] == "hidden":
            what = self.tr("{n} neurons").format(n=n) if n != 1 else self.tr("1 neuron")
            short = str(n)
        else:
            what = short = self.tr("output")
        return [self.tr("layer {k} · {what}").format(k=c, what=what), what, f"{c} · {short}", short]

    def _headers(self, fm):
        """[(text, room)] per column, each header centred over its column and inside the view, ``apart``
        from its neighbours. The hidden columns take one form together, the longest that fits ("3 neurons"
        beside "2 · 2" read as two kinds of column); the inputs and the output take "layer k · ..." where
        it fits (the lessons count columns from them), else the hidden columns' form, else their name
        alone. Half the gap each elided "features" to "fe…es" at 250 % beside a "1 · 3" that needed little."""
        cols = self._columns
        n = len(cols)
        xs = [col["x"] for col in cols]
        vw = self.view.viewport().width()
        apart = max(6.0, 0.4 * fm.height())   # between two headers: 6 px read "layer 0 · features 1 · 3" as one
        forms = [self._header_forms(c, col) for c, col in enumerate(cols)]   # [full, what, k · short, short]
        hidden = [c for c, col in enumerate(cols) if col["kind"] == "hidden"]
        ends = [c for c in range(n) if c not in hidden]
        pick = [3] * n
        widths = [fm.horizontalAdvance(f[3]) for f in forms]

        def half(c, w):
            h = min(xs[c], vw - xs[c]) - 2
            if c > 0:
                h = min(h, xs[c] - xs[c - 1] - w[c - 1] / 2 - apart)
            if c < n - 1:
                h = min(h, xs[c + 1] - xs[c] - w[c + 1] / 2 - apart)
            return h

        level = 3
        for L in (0, 1, 2):   # without hidden columns the first is taken (all of none fit)
            trial = list(widths)
            for c in hidden:
                trial[c] = fm.horizontalAdvance(forms[c][L])
            if all(trial[c] / 2 <= half(c, trial) for c in hidden):
                widths, level = trial, L
                break
        for c in hidden:
            pick[c] = level
        for L in dict.fromkeys((0, level, 1)):   # the full "layer k · ..." first: the room counts from it
            trial = list(widths)
            for c in ends:
                trial[c] = fm.horizontalAdvance(forms[c][L])
            if L < 3 and all(trial[c] / 2 <= half(c, trial) for c in ends):   # both ends alike
                widths = trial
                for c in ends:
                    pick[c] = L
                break
        return [(forms[c][pick[c]], max(8.0, 2 * half(c, widths))) for c in range(n)]

    # ------------------------------------------------------------------ nodes
    def _feature_images(self, snap):
        """Playground's input thumbnails: each feature over the plane (depends on the bounds only)."""
        key = snap.bounds
        if self._feature_imgs is None or self._feature_imgs[0] != key:
            x0, x1, y0, y1 = snap.bounds
            r = snap.grid_hidden[0].shape[0] if snap.grid_hidden else 25
            gx, gy = np.meshgrid(np.linspace(x0, x1, r), np.linspace(y0, y1, r))
            imgs = {name: _qimage(colors.diverging_image(f(gx, gy))) for name, f in FEATURES.items()}
            self._feature_imgs = (key, imgs)
        return self._feature_imgs[1]

    def _update_nodes(self, snap, scale):
        full, dots, index = [], [], {}
        has_plane = snap.grid_output is not None
        last = len(self._columns) - 1
        for c, col in enumerate(self._columns):
            n = len(col["units"])
            imgs, fills, biases = [None] * n, [QColor(200, 200, 200)] * n, [None] * n
            if c > 0:
                b = snap.weights[c - 1][1]
                if b is not None:
                    biases = [_color(x) for x in colors.weight_rgba(b, scale)]
            if c == last and snap.kind == "classification" and n > 1:
                fills = [_color(x) for x in colors.class_colors(n)]  # ties each output to the boundary
            if col["compact"]:
                half = col["size"] / 2
                rects = np.empty((n, 4))
                rects[:, 0] = col["xs"] - half
                rects[:, 1] = col["ys"] - half
                rects[:, 2] = rects[:, 3] = col["size"]
                if c == 0 or biases[0] is None:
                    dots.append((rects, QColor(110, 110, 110)))
                else:
                    dots.append((rects, biases))
                continue
            if has_plane:
                if col["kind"] == "input" and self._arch[2]:
                    fi = self._feature_images(snap)
                    imgs = [fi[name] for name in col["units"]]
                elif col["kind"] == "hidden" and col["layer"] < len(snap.grid_hidden):
                    imgs = self._hidden_images(snap, col["layer"])
                elif c == last:
                    imgs = self._output_images(snap)
            for u in range(n):
                s = col["size"]
                rect = QRectF(col["xs"][u] - s / 2, col["ys"][u] - s / 2, s, s)
                dimmed = col["kind"] == "input" and not col["selected"][u]
                full.append((rect, imgs[u], fills[u], biases[u], dimmed))
                index[(c, u)] = len(full) - 1
        self.nodes.full, self.nodes.dots = full, dots
        self._node_index = index
        self.nodes.update()

    def _hidden_images(self, snap, h):
        v = np.asarray(snap.grid_hidden[h], dtype=np.float64)
        act = snap.activations[h]
        # bounded activations use their own range, so a saturated neuron looks saturated
        if act == "sigmoid":
            v, scale = 2.0 * v - 1.0, 1.0
        elif act == "tanh":
            scale = 1.0
        else:
            scale = colors.auto_scale(v)
        rgba = colors.weight_rgba(v, scale)
        return [_qimage(rgba[:, :, u]) for u in range(v.shape[2])]

    def _output_images(self, snap):
        out = snap.grid_output[::4, ::4]  # the thumbnail needs no more than the hidden maps have
        if snap.kind != "classification":
            t = np.concatenate([snap.y_train, snap.y_test]) if len(snap.y_test) else snap.y_train
            return [_qimage(colors.diverging_image(out[:, :, j], colors.auto_scale(t))) for j in range(out.shape[2])]
        p = colors.output_probabilities(out, snap.activations[-1])
        k = p.shape[2]
        if k == 1:
            return [_qimage(colors.blend_probabilities(p, colors.class_colors(2)))]
        cc = colors.class_colors(k)
        return [_qimage(colors.ramp_image(p[:, :, j], cc[j])) for j in range(k)]
