"""Export (Ctrl+E): a PNG of the window or of one view at a chosen scale, an SVG of the diagram, a GIF
or MP4 of a range of iterations or of one iteration stage by stage.

Animations never touch the live session. The worker writes the session to a temporary file (its
``save`` command) and the exporter loads that copy; a range of iterations is trained again from the
start (the same initial weights as Reset, a lesson's fixed weights included), a walk-through runs the
copy's next iteration with ``micro_steps()``. Each frame is a snapshot drawn by a fresh, offscreen
instance of the real view (NetworkDiagram, BoundaryView, LossPlot, or a whole MainWindow), so a
frame looks exactly like the window. The frames are written by ``nnviz.export.export_animation``
(atomic, cancellable) under a QProgressDialog whose Cancel stops it; the event loop keeps running.
"""
from __future__ import annotations

import copy
import dataclasses

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
)

import core
from core.errors import NNVizError
from nnviz.classroom.retranslate import Retranslates
from nnviz.export import writers as export
from nnviz.export.producer import Produced
from nnviz.export.session_copy import SessionCopy

VIEWS = ("window", "diagram", "boundary", "loss")
MAX_FRAMES = 2000


def view_label(key):
    tr = lambda s: QApplication.translate("ExportDialog", s)  # noqa: E731
    return {"window": tr("Whole window"), "diagram": tr("Network diagram"), "boundary": tr("Decision boundary"),
            "loss": tr("Loss and accuracy"), "lesson": tr("Lesson panel")}.get(key, key)


def picture_targets(window):
    """{key: (label, widget)} of what a PNG can show: the window, each view, the lesson panel, every dock."""
    out = {"window": (view_label("window"), window), "diagram": (view_label("diagram"), window.diagram),
           "boundary": (view_label("boundary"), window.boundary), "loss": (view_label("loss"), window.loss_plot)}
    cls = getattr(window, "classroom", None)
    if cls is not None and cls.lesson_panel.isVisible():
        out["lesson"] = (view_label("lesson"), cls.lesson_panel)
    for dock in window.findChildren(QDockWidget):
        if dock.isVisible() and dock.widget() is not None:
            out["dock:" + (dock.objectName() or dock.windowTitle())] = (dock.windowTitle(), dock.widget())
    return out


# ---------------------------------------------------------------- frames

class FrameRenderer:
    """Draws snapshots with an offscreen instance of a real view, at a fixed size."""

    def __init__(self, view="diagram", size=(800, 600), window_like=None):
        from nnviz.views.boundary import BoundaryView
        from nnviz.views.diagram import NetworkDiagram
        from nnviz.views.loss_plot import LossPlot

        self.kind = view
        self.size = (int(size[0]), int(size[1]))
        if view == "window":
            # a window of the live window's own class: no import of nnviz.main_window here, which would
            # close the circle main_window -> classroom -> export -> main_window
            if window_like is None:
                raise ValueError("a 'window' frame needs the live window to copy (window_like)")
            w = type(window_like)(start=False)
            w.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            w.resize(*self.size)
            w.show()
        else:
            w = {"diagram": NetworkDiagram, "boundary": BoundaryView, "loss": LossPlot}[view]()
            w.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
            w.resize(*self.size)
            w.show()
        self.widget = w
        if window_like is not None:  # the live window's theme for the plots
            from nnviz.appearance import theme
            cls = getattr(window_like, "classroom", None)
            if cls is not None:
                app = cls.appearance
                theme.style_plots(w, theme.is_dark(app), app.high_contrast, 100)
        QApplication.processEvents()

    def render(self, snap, caption=""):
        w = self.widget
        if self.kind == "window":
            w.show_snapshot(snap)
            QApplication.processEvents()
            img = w.grab().toImage()
        else:
            w.set_snapshot(snap)
            img = w.render_to_image(*self.size)
        if img.width() != self.size[0] or img.height() != self.size[1]:
            img = img.scaled(self.size[0], self.size[1], Qt.AspectRatioMode.IgnoreAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
        if caption:
            img = with_caption(img, caption)
        return img

    def close(self):
        w = self.widget
        if hasattr(w, "shutdown"):
            w.shutdown()
        w.close()
        w.deleteLater()


def with_caption(img, text):
    """The frame with a band of text along its bottom (what stage it shows)."""
    out = img.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(out)
    f = QFont(QApplication.font())
    f.setPointSizeF(max(9.0, out.height() / 40.0))
    f.setBold(True)
    p.setFont(f)
    h = p.fontMetrics().height() * 1.6
    rect = QRectF(0, out.height() - h, out.width(), h)
    p.fillRect(rect, QColor(255, 255, 255, 225))
    p.setPen(QColor(20, 20, 20))
    p.drawText(rect.adjusted(10, 0, -10, 0), Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
    p.end()
    return out


def restart_copy(session, lesson=None):
    """A new session from ``session``'s spec and data: the initial weights Reset would give (a lesson's
    fixed weights and explicit targets included)."""
    spec = copy.deepcopy(session.spec)
    spec["network"].pop("weights", None)
    s = core.Session(spec, session.dataset)
    if lesson is not None:
        lesson.apply(s)
    if session.targets is not None and s.targets is None:
        try:
            s.set_targets(session.targets)
        except NNVizError:
            pass
    return s


def check_range(first, last, every):
    if first < 0 or last < first or every < 1:
        raise NNVizError("choose a range of iterations with 0 <= from <= to and a step of at least 1")
    n = (last - first) // every + 1
    if n > MAX_FRAMES:
        raise NNVizError(f"that range makes {n} frames; at most {MAX_FRAMES}: choose a larger step")


def iteration_frames(session, first, last, every=1):
    """Snapshots of ``session`` (trained in place) at iterations first, first+every, ... <= last."""
    from nnviz.model.snapshot import make_snapshot

    check_range(first, last, every)
    while session.iteration < first:
        session.step()
    seq = 0
    while True:
        seq += 1
        yield make_snapshot(session, seq), session.iteration
        if session.iteration + every > last:
            return
        for _ in range(every):
            session.step()


def stage_frames(session):
    """(snapshot, event) for each stage of ``session``'s next iteration, then the state after it."""
    from core.grid import decision_grid
    from core.network import Network
    from nnviz.model import snapshot as snapmod

    seq = 0
    for ev in session.micro_steps():
        seq += 1
        snap = snapmod.make_snapshot(session, seq, grid=False)  # the layers' caches must stay for backward
        try:
            spec = {k: v for k, v in session.spec["network"].items() if k != "weights"}
            spec["backend"] = "numpy"
            net = Network.from_spec(spec, weights=session.network.get_weights())
            if session.features is not None:
                g = decision_grid(net, snap.bounds, snapmod.GRID_RESOLUTION, session.features)
                step = max(1, snapmod.GRID_RESOLUTION // snapmod.THUMB_RESOLUTION)
                snap = dataclasses.replace(snap, grid_output=g["output"], grid_xs=g["xs"], grid_ys=g["ys"],
                                           grid_hidden=tuple(h[::step, ::step].copy() for h in g["hidden"]))
        except Exception:  # noqa: BLE001 - a frame without thumbnails is still a frame
            pass
        yield snap, ev


def stage_caption(ev, tr=lambda s: s):
    stage = getattr(ev, "stage", "")
    name = getattr(ev, "name", "")
    it = getattr(ev, "iteration", 0) + 1
    if stage == "forward":
        return tr("Iteration {i} · forward: {name} (layer {k})").format(i=it, name=name, k=ev.layer + 1)
    if stage == "loss":
        return tr("Iteration {i} · loss {v}").format(i=it, v=f"{ev.value:.6g}")
    if stage == "backward":
        return tr("Iteration {i} · backward: {name}").format(i=it, name=name)
    if stage == "update":
        return tr("Iteration {i} · update {p} of layer {k}").format(i=it, p=name, k=ev.layer + 1)
    return tr("Iteration {i}").format(i=it)


# ---------------------------------------------------------------- the exporter

class Exporter(QObject):
    """Writes pictures and animations of a window. ``finished(path, frames)`` / ``failed(message)``."""

    finished = Signal(str, int)
    failed = Signal(str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_error = ""
        self.last_frames = 0
        self.progress = None
        self._copy = None

    # --- pictures
    def export_png(self, path, target="window", scale=1.0):
        widget = picture_targets(self.window)[target][1]
        export.export_png(widget, path, scale)
        return path

    def export_svg(self, path):
        export.export_svg(self.window.diagram, path, title="nnviz")
        return path

    # --- animations
    def export_animation(self, path, source="iterations", first=0, last=30, every=1, view="diagram",
                         size=(800, 600), fps=10, progress=True):
        """Start an animation export; ``finished``/``failed`` say how it ended (asynchronous: the
        worker first writes a copy of the session)."""
        job = dict(path=path, source=source, first=int(first), last=int(last), every=int(every),
                   view=view, size=size, fps=int(fps), progress=progress)
        self._copy = SessionCopy(self.window.worker, lambda session: self.run_animation(session, **job),
                                 self._fail, self)
        self._copy.start()

    def run_animation(self, session, path, source="iterations", first=0, last=30, every=1, view="diagram",
                      size=(800, 600), fps=10, progress=True):
        """Render and write the frames of ``session`` (a copy, trained here). Returns the frame count."""
        tr = self.tr
        renderer = None
        pd = None
        made = None
        try:
            # the snapshots (training the copy, the grids) are made on a thread of their own; here they
            # are only drawn. The range is checked first, so a refusal comes before any work.
            if source == "stages":
                total = stages_per_iteration(session)
                made = Produced(lambda: stage_frames(session), wait=QApplication.processEvents)
                items = ((snap, stage_caption(ev, tr)) for snap, ev in made)
            else:
                lesson = getattr(getattr(self.window, "classroom", None), "controller", None)
                lesson = getattr(lesson, "lesson", None)
                s = restart_copy(session, lesson)
                check_range(int(first), int(last), int(every))
                total = (int(last) - int(first)) // max(1, int(every)) + 1
                made = Produced(lambda: iteration_frames(s, int(first), int(last), int(every)),
                                wait=QApplication.processEvents)
                items = ((snap, tr("Iteration {i}").format(i=it)) for snap, it in made)
            renderer = FrameRenderer(view, size, self.window)
            if progress:
                pd = QProgressDialog(tr("Writing the animation…"), tr("Cancel"), 0, total, self.window)
                pd.setWindowTitle(tr("Export"))
                pd.setWindowModality(Qt.WindowModality.WindowModal)
                pd.setMinimumDuration(0)
                pd.setValue(0)
                self.progress = pd

            def frames():
                for snap, caption in items:
                    yield renderer.render(snap, caption)

            def on_progress(done, n):
                if pd is not None:
                    pd.setMaximum(max(n or 0, done))
                    pd.setValue(done)
                    pd.setLabelText(tr("Frame {k} of {n}").format(k=done, n=n))
                QApplication.processEvents()
                return not (pd is not None and pd.wasCanceled())

            n = export.export_animation(frames(), path, fps=fps, size=tuple(size), total=total, progress=on_progress)
        except export.ExportCancelled:
            self._fail(tr("Export cancelled; nothing was written."))
            return 0
        except (NNVizError, OSError, ValueError) as e:
            self._fail(str(e))
            return 0
        finally:
            if made is not None:
                made.close()  # the producer stops at its next frame (cancel, a failure)
            if pd is not None:
                pd.reset()
                pd.deleteLater()
                self.progress = None
            if renderer is not None:
                renderer.close()
        self.last_frames = n
        self.finished.emit(str(path), n)
        return n

    def _fail(self, text):
        self.last_error = text
        self.failed.emit(text)


def stages_per_iteration(session):
    net = session.network
    return len(net.layers) * 2 + 2 + len(net.params)




# ---------------------------------------------------------------- the dialog

class ExportDialog(Retranslates, QDialog):
    def __init__(self, window, exporter, parent=None):
        super().__init__(parent or window)
        self.setObjectName("exportDialog")
        self.window_ = window
        self.exporter = exporter
        self.retranslate_ui = self._retranslate
        self.kind_png = QRadioButton()
        self.kind_svg = QRadioButton()
        self.kind_gif = QRadioButton()
        self.kind_mp4 = QRadioButton()
        self.kind_png.setChecked(True)
        self.kind_box = QGroupBox()
        kv = QVBoxLayout(self.kind_box)
        for b in (self.kind_png, self.kind_svg, self.kind_gif, self.kind_mp4):
            kv.addWidget(b)
            b.toggled.connect(self._update_enabled)
        self.mp4_note = QLabel()
        self.mp4_note.setWordWrap(True)
        kv.addWidget(self.mp4_note)

        self.pic_box = QGroupBox()
        pf = QFormLayout(self.pic_box)
        self.target_combo = QComboBox()
        self.scale_spin = QDoubleSpinBox()
        self.scale_spin.setRange(0.5, 4.0)
        self.scale_spin.setSingleStep(0.5)
        self.scale_spin.setValue(2.0)
        self.scale_spin.setSuffix(" ×")
        self.target_caption, self.scale_caption = QLabel(), QLabel()
        pf.addRow(self.target_caption, self.target_combo)
        pf.addRow(self.scale_caption, self.scale_spin)

        self.anim_box = QGroupBox()
        af = QFormLayout(self.anim_box)
        self.source_combo = QComboBox()
        self.first_spin = QSpinBox()
        self.first_spin.setRange(0, 10_000_000)
        self.last_spin = QSpinBox()
        self.last_spin.setRange(0, 10_000_000)
        self.last_spin.setValue(100)
        self.every_spin = QSpinBox()
        self.every_spin.setRange(1, 100_000)
        self.every_spin.setValue(5)
        self.view_combo = QComboBox()
        self.width_spin = QSpinBox()
        self.width_spin.setRange(160, 3840)
        self.width_spin.setValue(800)
        self.height_spin = QSpinBox()
        self.height_spin.setRange(120, 2160)
        self.height_spin.setValue(600)
        self.fps_spin = QSpinBox()
        self.fps_spin.setRange(1, 60)
        self.fps_spin.setValue(10)
        self.captions = [QLabel() for _ in range(7)]
        for cap, w in zip(self.captions, (self.source_combo, self.first_spin, self.last_spin, self.every_spin,
                                          self.view_combo, self.width_spin, self.fps_spin)):
            af.addRow(cap, w)
        af.insertRow(6, QLabel(), self.height_spin)
        self.height_caption = af.itemAt(6, QFormLayout.ItemRole.LabelRole).widget()
        self.source_combo.currentIndexChanged.connect(self._update_enabled)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.choose_file)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.kind_box)
        lay.addWidget(self.pic_box)
        lay.addWidget(self.anim_box)
        lay.addWidget(self.buttons)
        self.message_box = None
        self._retranslate()

    def _retranslate(self):
        self.setWindowTitle(self.tr("Export"))
        self.kind_box.setTitle(self.tr("What to write"))
        self.kind_png.setText(self.tr("Picture (PNG)"))
        self.kind_svg.setText(self.tr("Vector drawing of the network diagram (SVG)"))
        self.kind_gif.setText(self.tr("Animation (GIF)"))
        self.kind_mp4.setText(self.tr("Video (MP4)"))
        self.mp4_note.setText("" if export.mp4_available() else
                              self.tr("MP4 needs the video encoder: pip install imageio-ffmpeg"))
        self.pic_box.setTitle(self.tr("Picture"))
        self.target_caption.setText(self.tr("Show"))
        self.scale_caption.setText(self.tr("Scale"))
        self.anim_box.setTitle(self.tr("Animation"))
        for cap, text in zip(self.captions, (self.tr("Frames of"), self.tr("From iteration"), self.tr("To iteration"),
                                             self.tr("Every"), self.tr("View"), self.tr("Width (px)"),
                                             self.tr("Frames per second"))):
            cap.setText(text)
        self.height_caption.setText(self.tr("Height (px)"))
        self.every_spin.setSuffix(self.tr(" iterations"))
        keep = self.source_combo.currentIndex()
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("a range of iterations, trained again from the start"), "iterations")
        self.source_combo.addItem(self.tr("the next iteration, stage by stage"), "stages")
        self.source_combo.setCurrentIndex(max(0, keep))
        self._fill_targets()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Export…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._update_enabled()

    def _fill_targets(self):
        keep = self.target_combo.currentData()
        self.target_combo.clear()
        for key, (label, _w) in picture_targets(self.window_).items():
            self.target_combo.addItem(label, key)
        i = self.target_combo.findData(keep)
        self.target_combo.setCurrentIndex(max(0, i))
        keep = self.view_combo.currentData()
        self.view_combo.clear()
        for key in VIEWS:
            self.view_combo.addItem(view_label(key), key)
        i = self.view_combo.findData(keep if keep else "diagram")
        self.view_combo.setCurrentIndex(max(0, i))

    def showEvent(self, ev):
        self._fill_targets()
        snap = self.window_.last_snapshot
        if snap is not None and self.last_spin.value() == 100 and snap.iteration > 0:
            self.last_spin.setValue(min(snap.iteration, 10_000_000))
        super().showEvent(ev)

    def _update_enabled(self, *_):
        self.kind_mp4.setEnabled(export.mp4_available())
        pic = self.kind_png.isChecked()
        anim = self.kind_gif.isChecked() or self.kind_mp4.isChecked()
        self.pic_box.setEnabled(pic)
        self.anim_box.setEnabled(anim)
        ranged = self.source_combo.currentData() != "stages"
        for w in (self.first_spin, self.last_spin, self.every_spin):
            w.setEnabled(anim and ranged)

    def kind(self):
        return ("png" if self.kind_png.isChecked() else "svg" if self.kind_svg.isChecked()
                else "gif" if self.kind_gif.isChecked() else "mp4")

    def choose_file(self):
        kind = self.kind()
        filters = {"png": self.tr("PNG pictures (*.png)"), "svg": self.tr("SVG drawings (*.svg)"),
                   "gif": self.tr("GIF animations (*.gif)"), "mp4": self.tr("MP4 videos (*.mp4)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), "nnviz." + kind, filters[kind])
        if path:
            if not path.lower().endswith("." + kind):
                path += "." + kind
            self.export_to(path)

    def export_to(self, path):
        """Write what the dialog is set to into ``path`` (animations finish asynchronously)."""
        kind = self.kind()
        try:
            if kind == "png":
                self.exporter.export_png(path, self.target_combo.currentData(), self.scale_spin.value())
            elif kind == "svg":
                self.exporter.export_svg(path)
            else:
                self.exporter.export_animation(
                    path, source=self.source_combo.currentData(), first=self.first_spin.value(),
                    last=self.last_spin.value(), every=self.every_spin.value(), view=self.view_combo.currentData(),
                    size=(self.width_spin.value(), self.height_spin.value()), fps=self.fps_spin.value())
        except (NNVizError, OSError, KeyError) as e:
            self.show_error(str(e))
            return False
        self.accept()
        return True

    def show_error(self, text):
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Export failed"), text, QMessageBox.StandardButton.Ok,
                          self.window_)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.message_box = box
