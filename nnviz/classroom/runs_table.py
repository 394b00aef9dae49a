"""The lesson panel's "Runs side by side" table: each finished run's frozen settings and result, the run
in progress under them, and their loss curves. A mixin of ``LessonPanel`` (its box and label are made there)."""
from __future__ import annotations

import html

import numpy as np


class RunsTable:
    """The runs table and plot (mixed into LessonPanel)."""

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
        # each run on two rows, its name across the table, its numbers under it: four columns side by side
        # were wider than the panel at presenter scales and the accuracy was cut off at the right
        head = (f"<tr><th align='left' colspan='3'>{html.escape(t_run)}</th></tr>"
                f"<tr><th align='right'>{html.escape(t_epochs)}</th>"
                f"<th align='right'>{html.escape(t_loss)}</th>"
                f"<th align='right'>{html.escape(t_acc)}</th></tr>")
        body = []
        for r in rows:
            loss = "—" if r.get("loss") is None else f"{r['loss']:.4f}"
            acc = "—" if r.get("acc") is None else f"{100 * r['acc']:.1f} %"
            label = html.escape(self.run_name(r)) + (
                f" <i>({html.escape(t_now)})</i>" if r.get("current") else "")
            body.append(f"<tr><td colspan='3'><b>{label}</b></td></tr><tr><td align='right'>{r['epoch']}</td>"
                        f"<td align='right'>{loss}</td><td align='right'>{acc}</td></tr>")
        self.runs_label.setText(f"<table cellspacing='0' cellpadding='3'>{head}{''.join(body)}</table>")
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
