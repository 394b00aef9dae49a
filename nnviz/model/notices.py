"""The worker's one-line notices (status bar) as data: a ``core.messages.Message`` of the ids below.

The controller makes them on the worker thread (``notice(id, **args)``: a frozen, Qt-free value) and
puts them in ``Snapshot.message`` (a tuple of them); the window renders them in its language by id
(``nnviz.classroom.messages.translate_message``). The English is the template here; every template is
marked ``QT_TRANSLATE_NOOP(<id>, <template>)`` so lupdate files it under its own id, and a reworded
English template keeps its Korean. Nothing ever parses a rendered notice back.

An argument may be a Message itself (a setting's name, an engine error), a list of them (joined by
", "), or a value shown as it is (a path, a number).
"""
from __future__ import annotations

from core.messages import Message, register_templates
from core.messages import render as render_engine


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pyside6-lupdate looks for; no Qt import here
    return text


NOTICES = {
    "notice.reset": QT_TRANSLATE_NOOP("notice.reset", "network reset: initial weights restored"),
    "notice.rebuilt": QT_TRANSLATE_NOOP("notice.rebuilt", "network reset because {reason}"),
    "notice.new_data": QT_TRANSLATE_NOOP("notice.new_data", "new data ({what})"),
    "notice.lr_lowered": QT_TRANSLATE_NOOP("notice.lr_lowered",
                                           "learning rate lowered to {lr}; network reset: initial weights restored"),
    "notice.train": QT_TRANSLATE_NOOP("notice.train", "training setting changed live: {what}"),
    "notice.setting": "{name} {value}",   # a layout with no words: not for the translation files
    "notice.reg": QT_TRANSLATE_NOOP("notice.reg", "regularisation {what} (live)"),
    "notice.reg_none": QT_TRANSLATE_NOOP("notice.reg_none", "regularisation none (live)"),
    "notice.reg_rate": QT_TRANSLATE_NOOP("notice.reg_rate", "{kind} rate {rate}"),
    "notice.weight": QT_TRANSLATE_NOOP("notice.weight", "weight {weight} set to {value}"),
    "notice.history_budget": QT_TRANSLATE_NOOP("notice.history_budget",
                                               "history budget {mb} MB (kept from iteration {it})"),
    "notice.opened": QT_TRANSLATE_NOOP("notice.opened", "opened {path}"),
    "notice.saved": QT_TRANSLATE_NOOP("notice.saved", "saved {path}"),
    "notice.lesson_session": QT_TRANSLATE_NOOP("notice.lesson_session", "lesson opened"),
    "notice.lesson_opened": QT_TRANSLATE_NOOP("notice.lesson_opened", "lesson {lesson} opened"),
    "notice.lesson_step": QT_TRANSLATE_NOOP("notice.lesson_step", "lesson {lesson}: step {step}"),
    "notice.fallback": QT_TRANSLATE_NOOP("notice.fallback",
                                         "could not build the requested session ({error}); opened the default one"),
    "notice.stopped": QT_TRANSLATE_NOOP("notice.stopped", "Training stopped: {why}"),
    "notice.breakpoints_none": QT_TRANSLATE_NOOP("notice.breakpoints_none", "breakpoints: none"),
    "notice.breakpoints": QT_TRANSLATE_NOOP("notice.breakpoints", "breakpoints: {which}"),
    "notice.start_of_training": QT_TRANSLATE_NOOP("notice.start_of_training",
                                                  "this is the start of training: there is no earlier stage"),
    "notice.cannot_go_on": QT_TRANSLATE_NOOP("notice.cannot_go_on",
                                             "this iteration cannot go on: a value became NaN/inf; lower the learning "
                                             "rate, step back, or Reset"),
    "notice.iteration": QT_TRANSLATE_NOOP("notice.iteration", "iteration {it}"),
    # the watchdog's way out of a dead or stuck worker (nnviz/window_health.py)
    "notice.restarted_default": QT_TRANSLATE_NOOP("notice.restarted_default",
                                                  "training restarted with the default session"),
    "notice.restarted": QT_TRANSLATE_NOOP("notice.restarted", "training restarted from the weights of iteration {it}"),
    # why a click on the diagram rebuilt the network (``notice.rebuilt``'s reason; nnviz.model.intents)
    "notice.why.feature_off": QT_TRANSLATE_NOOP("notice.why.feature_off", "the input {name} was turned off"),
    "notice.why.feature_on": QT_TRANSLATE_NOOP("notice.why.feature_on", "the input {name} was turned on"),
    "notice.why.units": QT_TRANSLATE_NOOP("notice.why.units", "the number of neurons changed ({arrow})"),
    "notice.why.layers": QT_TRANSLATE_NOOP("notice.why.layers", "the number of hidden layers changed ({arrow})"),
    "notice.why.activation": QT_TRANSLATE_NOOP("notice.why.activation",
                                               "the activation of hidden layer {l} changed to {name}"),
    # a click on the diagram that cannot apply to the spec in force (nnviz.model.intents.IntentRefused)
    "intent.last_feature": QT_TRANSLATE_NOOP("intent.last_feature", "at least one input feature must stay on"),
    "intent.no_feature": QT_TRANSLATE_NOOP("intent.no_feature",
                                           "there is no input feature '{name}'; the features are {features}"),
    "intent.no_layer": QT_TRANSLATE_NOOP("intent.no_layer", "the network has no hidden layer {layer}"),
    "intent.no_neuron": QT_TRANSLATE_NOOP("intent.no_neuron", "hidden layer {layer} needs at least one neuron"),
    "intent.nothing_to_remove": QT_TRANSLATE_NOOP("intent.nothing_to_remove",
                                                  "the network has no hidden layer to remove"),
    "notice.could_not_run": QT_TRANSLATE_NOOP("notice.could_not_run", "the iteration could not run: {error}"),
    "notice.before_checkpoint": QT_TRANSLATE_NOOP("notice.before_checkpoint",
                                                  "iteration {it} is before the earliest kept checkpoint (iteration "
                                                  "{first}): its stages cannot be shown"),
    "notice.not_kept": QT_TRANSLATE_NOOP("notice.not_kept",
                                         "iteration {want} is no longer kept: the earliest kept point is iteration "
                                         "{first}; showing iteration {first}"),
    "notice.replayed": QT_TRANSLATE_NOOP("notice.replayed",
                                         "iteration {it} was not kept exactly: replayed from iteration {start} "
                                         "({steps} steps)"),
}

# the names of the live training settings (``notice.setting``), each translated by its own id
SETTING_NAMES = {
    "lr": QT_TRANSLATE_NOOP("setting.lr", "lr"),
    "optimizer": QT_TRANSLATE_NOOP("setting.optimizer", "optimizer"),
    "batch_size": QT_TRANSLATE_NOOP("setting.batch_size", "batch size"),
    "momentum": QT_TRANSLATE_NOOP("setting.momentum", "momentum"),
    "decay_rate": QT_TRANSLATE_NOOP("setting.decay_rate", "decay rate"),
    "beta1": QT_TRANSLATE_NOOP("setting.beta1", "beta1"),
    "beta2": QT_TRANSLATE_NOOP("setting.beta2", "beta2"),
    "max_grad": QT_TRANSLATE_NOOP("setting.max_grad", "gradient clipping norm"),
    "eval_every": QT_TRANSLATE_NOOP("setting.eval_every", "test evaluation interval"),
    "epochs": QT_TRANSLATE_NOOP("setting.epochs", "epochs"),
    "loss": QT_TRANSLATE_NOOP("setting.loss", "loss"),
}
NOTICES.update({"setting." + k: v for k, v in SETTING_NAMES.items()})
register_templates(NOTICES)  # rendered and translated by id like the engine's messages


def notice(notice_id: str, **args) -> Message:
    """A notice for the status bar, refusing an id this catalogue does not know (a typo would show as an id)."""
    if notice_id not in NOTICES:
        raise KeyError(f"no notice {notice_id!r} in nnviz.model.notices.NOTICES")
    return Message(notice_id, args)


def setting_name(key: str):
    """The name of training setting ``key`` as a Message (translated by its id); an unknown key as it is."""
    return Message("setting." + key, {}) if key in SETTING_NAMES else key


def as_notices(message) -> tuple:
    """``message`` (nothing, a Message, text, or a sequence of them) as the tuple a snapshot carries."""
    if not message:
        return ()
    if isinstance(message, (tuple, list)):
        return tuple(m for m in message if m)
    return (message,)


def render(message, tr=None) -> str:
    """The text of a notice (a Message of this catalogue or of core's, a tuple of them joined by "; ", or
    text, shown as it is), each template passed through ``tr(id, template)`` first (None: English).
    One renderer for both catalogues: core.messages (this one is registered with it below)."""
    if isinstance(message, (tuple, list)):
        return "; ".join(render(m, tr) for m in message)
    return render_engine(message, tr)


def english(message) -> str:
    """The English of a notice (logs, the window's notice history, tests)."""
    return render(message)
