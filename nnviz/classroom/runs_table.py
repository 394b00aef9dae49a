"""The lesson panel's "Runs side by side" table: each finished run's frozen settings and result, the run
in progress under them, and their loss curves. A mixin of ``LessonPanel`` (its box and label are made there)."""
from __future__ import annotations

import html

import numpy as np


class RunsTable:
    """The runs table and plot (mixed into LessonPanel)."""

    @property
    def RUNS_PAD(self):
        """The table's cell padding (px): a sixth of a line's height (3 px at 100 %:
        at 250 % the numbers ran into each other)."""
        return max(3, self.runs_label.fontMetrics().height() // 6)

    def _runs_room(self):
        """The width the table is laid out in: the scrolled column less the box's frame and margins."""
        box = self.runs_box
        m = box.layout().contentsMargins()
        return self.scroll.viewport().width() - m.left() - m.right() - 2 * box.frameWidth()

    def _runs_one_line(self, cells, heads):
        """For each row whether its name and numbers fit on one line of the table at the width it has:
        the names of the one-line rows make the first column (the widest of them), the numbers the
        other three, each as wide as its widest cell."""
        from PySide6.QtGui import QFont, QFontMetrics
        font = QFont(self.runs_label.font())
        bold = QFont(font)
        bold.setBold(True)
        fm, fb = QFontMetrics(font), QFontMetrics(bold)
        pad = 2 * self.RUNS_PAD + 2
        nums = sum(max([fb.horizontalAdvance(heads[k + 1])] + [fm.horizontalAdvance(c[k + 2]) for c in cells]) + pad
                   for k in range(3))
        room = self._runs_room() - 16   # the rich-text table's own borders and rounding
        first = fb.horizontalAdvance(heads[0]) + pad
        out = [max(first, fb.horizontalAdvance(plain) + pad) + nums <= room for _label, plain, *_n in cells]
        # the header on one row where "run" and the numbers' titles fit side by side (at 250 % in a
        # panel of 495 px the accuracy column was cut at the right), else "run" on a row of its own
        self._runs_head_one_line = first + nums <= room
        return out

    def _show_runs(self):
        c = self.controller
        runs = list(c.runs)
        cur = c.current_run()
        if not runs:
            self.runs_box.hide()
            return
        # each finished run keeps the name and result it was recorded with; only the "(now)" row changes
        rows = runs + ([dict(cur, current=True)] if cur else [])
        # tr() outside the f-strings: lupdate does not look inside them (that left the headers in English)
        t_run, t_epochs, t_loss, t_acc = self.tr("run"), self.tr("epochs"), self.tr("loss"), self.tr("accuracy")
        t_now = self.tr("now")
        cells = []
        for r in rows:
            loss = "—" if r.get("loss") is None else f"{r['loss']:.4f}"
            acc = "—" if r.get("acc") is None else f"{100 * r['acc']:.1f} %"
            name = self.run_name(r)
            label = html.escape(name) + (f" <i>({html.escape(t_now)})</i>" if r.get("current") else "")
            plain = name + (f" ({t_now})" if r.get("current") else "")
            cells.append((label, plain, str(r["epoch"]), loss, acc))
        # a run whose name and numbers fit on one line has them on one line; a longer name goes across
        # the table with its numbers under it (four columns side by side were wider than the panel at
        # presenter scales and cut the accuracy off at the right; two lines for every run cut the
        # table's last runs off at 200 % and 250 %)
        one_line = self._runs_one_line(cells, (t_run, t_epochs, t_loss, t_acc))
        head = [f"<th align='right'>{html.escape(t)}</th>" for t in (t_epochs, t_loss, t_acc)]
        if self._runs_head_one_line:
            body = [f"<tr><th align='left'>{html.escape(t_run)}</th>{''.join(head)}</tr>"]
        else:
            body = [f"<tr><th align='left' colspan='4'>{html.escape(t_run)}</th></tr><tr><td></td>{''.join(head)}</tr>"]
        for (label, _plain, epochs, loss, acc), one in zip(cells, one_line):
            nums = (f"<td align='right'>{epochs}</td><td align='right'>{loss}</td>"
                    f"<td align='right'>{acc}</td>")
            if one:
                body.append(f"<tr><td><b>{label}</b></td>{nums}</tr>")
            else:
                body.append(f"<tr><td colspan='4'><b>{label}</b></td></tr><tr><td></td>{nums}</tr>")
        self.runs_label.setText(f"<table cellspacing='0' cellpadding='{self.RUNS_PAD}'>{''.join(body)}</table>")
        self._plot_runs(rows)
        self.runs_box.show()

    def run_name(self, run):
        """A run's frozen settings, in the current language: numbers with what they are, names as they are."""
        named = {"lr": self.tr("lr"), "momentum": self.tr("momentum"), "reg_rate": self.tr("regularisation"),
                 "batch_size": self.tr("batch"), "sizes": self.tr("sizes")}
        out = []
        for k, v in run.get("parts", ()):
            if k == "name":
                v = self.tr(v) if v in ("spiral", "circle", "xor", "gauss", "moons") else v
            elif k == "init" and v == "book":
                v = self.tr("book's init")  # 0.01 × N(0, 1), the book's: a word, not a name
            out.append(f"{named[k]} {v}" if k in named else v)
        return " · ".join(out) or run.get("label", "")

    def runs_rows(self):
        """The table as shown: [(name, epochs, loss text, accuracy text)] (tests read it)."""
        rows = list(self.controller.runs)
        cur = self.controller.current_run()
        rows += [dict(cur, current=True)] if cur else []
        return [(self.run_name(r) + (" (now)" if r.get("current") else ""), r["epoch"],
                 "—" if r.get("loss") is None else f"{r['loss']:.4f}") for r in rows]

    def _plot_runs(self, rows):
        import pyqtgraph as pg

        from nnviz import colors
        if self.runs_plot is None:
            self.runs_plot = pg.PlotWidget(background=self.palette().color(self.backgroundRole()))
            self.runs_plot.setMenuEnabled(False)
            self.runs_plot.hideButtons()
            self.runs_plot.setMinimumHeight(140)
            self.runs_plot.setLabel("left", self.tr("loss"))
            self.runs_plot.setLabel("bottom", self.tr("epoch"))
            self.runs_box.layout().addWidget(self.runs_plot)
        self.runs_plot.clear()
        pal = colors.class_colors(max(3, len(rows)))
        for k, r in enumerate(rows):
            pts = [(e, v) for e, v in r["history"] if v is not None and np.isfinite(v)]
            if not pts:
                continue
            e, v = zip(*pts)
            c = pal[k % len(pal)]
            self.runs_plot.plot(e, v, pen=pg.mkPen((int(c[0]), int(c[1]), int(c[2])), width=3 if r.get("current") else 2))
