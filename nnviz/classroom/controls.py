"""Hiding controls from students: each name of ``nnviz.lessons.CONTROLS`` -> the widgets and actions
of the main window that change that setting. A lesson (or a file saved with "Save as lesson")
lists the ones to hide; the window also refuses their effect when they are hidden (a click on the
diagram or the boundary that would change a hidden setting does nothing)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QToolBar, QWidget

from nnviz.lessons import CONTROLS


def control_label(name):
    """What the "Save as lesson" dialog calls each control."""
    tr = lambda s: QCoreApplication.translate("Controls", s)  # noqa: E731
    return {
        "dataset": tr("Data set"), "noise": tr("Noise"), "classes": tr("Classes"), "test_ratio": tr("Test data"),
        "features": tr("Input features"), "points": tr("Adding points"), "sizes": tr("Layers and neurons"),
        "activation": tr("Activation"), "output": tr("Output layer"), "loss": tr("Loss function"),
        "init": tr("Initialiser"), "bias": tr("Biases"), "seed": tr("New random points"), "dtype": tr("Precision"),
        "weights": tr("Editing weights"), "optimizer": tr("Optimizer"), "lr": tr("Learning rate"),
        "batch_size": tr("Batch size"), "momentum": tr("Momentum"), "regularization": tr("Regularization"),
        "reg_rate": tr("Reg. rate"), "clip": tr("Gradient clipping"), "speed": tr("Speed"),
        "step": tr("Step buttons"), "play": tr("Play"), "reset": tr("Reset"), "save": tr("Saving"),
        "open": tr("Opening files"),
    }.get(name, name)


GROUPS = (("data", ("dataset", "noise", "classes", "test_ratio", "features", "points", "seed")),
          ("network", ("sizes", "activation", "output", "loss", "init", "bias", "dtype", "weights")),
          ("training", ("optimizer", "lr", "batch_size", "momentum", "regularization", "reg_rate", "clip")),
          ("buttons", ("speed", "step", "play", "reset", "save", "open")))


def group_label(name):
    tr = lambda s: QCoreApplication.translate("Controls", s)  # noqa: E731
    return {"data": tr("Data"), "network": tr("Network"), "training": tr("Training"),
            "buttons": tr("Buttons")}.get(name, name)


def _toolbar_item(widget):
    """(toolbar, action) holding ``widget`` (or the field around it) in a QToolBar, else (None, None)."""
    w = widget
    while w is not None:
        parent = w.parentWidget()
        if isinstance(parent, QToolBar):
            for act in parent.actions():
                if parent.widgetForAction(act) is w:
                    return parent, act
            return parent, None
        w = parent
    return None, None


def _set_widget_visible(widget, visible):
    tb, act = _toolbar_item(widget)
    if act is not None:
        act.setVisible(visible)
        return
    # a row of a form layout: hide its label too
    p = widget.parentWidget()
    if p is not None:
        for form in p.findChildren(QFormLayout):
            if form.indexOf(widget) >= 0:
                form.setRowVisible(widget, visible)
                return
    widget.setVisible(visible)


def widgets_for(window, name):
    """The widgets that change setting ``name`` (those that exist in this window)."""
    tp, dp, d = window.train_panel, window.data_panel, window.diagram
    out = []

    def add(*ws):
        out.extend(w for w in ws if isinstance(w, QWidget))

    if name == "dataset":
        box = dp.buttons["spiral"].parentWidget() if getattr(dp, "buttons", None) else None
        add(box, getattr(dp, "csv_button", None))
    elif name == "noise":
        add(getattr(dp, "noise_slider", None))
    elif name == "classes":
        add(getattr(dp, "classes_spin", None))
    elif name == "test_ratio":
        add(getattr(dp, "test_slider", None))
    elif name == "points":
        combo = getattr(dp, "class_combo", None)
        add(combo.parentWidget() if combo is not None else None)
    elif name == "seed":
        add(getattr(dp, "regen_button", None))
    elif name == "sizes":
        add(getattr(d, "add_layer_btn", None), getattr(d, "remove_layer_btn", None))
        for c in getattr(d, "_controls", []):
            add(getattr(c, "minus", None), getattr(c, "plus", None))
    elif name == "activation":
        add(getattr(tp, "act_combo", None))
        for c in getattr(d, "_controls", []):
            add(getattr(c, "combo", None))
    elif name in ("output", "loss"):
        add(getattr(tp, "output_combo", None), getattr(tp, "problem_combo", None))
    elif name == "init":
        add(getattr(tp, "init_combo", None))
    elif name == "dtype":
        add(getattr(tp, "dtype_combo", None))
    elif name == "optimizer":
        add(getattr(tp, "opt_combo", None))
    elif name == "lr":
        add(getattr(tp, "lr_combo", None))
    elif name == "batch_size":
        add(getattr(tp, "batch_spin", None))
    elif name == "momentum":
        add(getattr(tp, "momentum_spin", None))
    elif name == "regularization":
        add(getattr(tp, "reg_combo", None))
    elif name == "reg_rate":
        add(getattr(tp, "reg_rate_combo", None))
    elif name == "clip":
        add(getattr(tp, "clip_check", None))
    elif name == "speed":
        add(getattr(window, "speed_slider", None), getattr(window, "speed_label", None))
    return out


ACTIONS_FOR = {"dataset": ("import_csv",), "step": ("step", "step_epoch", "step_stage", "step_back", "step_batch"),
               "play": ("play",), "reset": ("reset",), "save": ("save", "save_as", "save_lesson"),
               "open": ("open", "open_lesson_file"), "speed": ("faster", "slower")}


def apply_hidden(window, hidden):
    """Show every control, then hide those named in ``hidden``. Returns the set now hidden."""
    hidden = {h for h in (hidden or ()) if h in CONTROLS}
    for name in CONTROLS:
        vis = name not in hidden
        for w in widgets_for(window, name):
            _set_widget_visible(w, vis)
        for key in ACTIONS_FOR.get(name, ()):
            a = window.actions.get(key)
            if a is not None:
                a.setVisible(vis)
                a.setEnabled(vis)
    # the speed slider's caption sits in its own toolbar item, just before the slider
    slider = getattr(window, "speed_slider", None)
    tb, act = _toolbar_item(slider) if slider is not None else (None, None)
    if act is not None:
        acts = tb.actions()
        k = acts.index(act)
        if k > 0 and type(tb.widgetForAction(acts[k - 1])).__name__ == "QLabel":
            acts[k - 1].setVisible("speed" not in hidden)
    return hidden
