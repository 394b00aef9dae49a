"""The worker's one-line notices (English, made on the worker thread) in the window's language.

The worker keeps its messages in English (they are also what the tests and the log read); the status
bar shows them through ``translate_message``, which knows their fixed forms. A notice it does not know
is shown as it is."""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# (pattern, template): the groups of the pattern fill the template's {} in order
_FORMS = (
    (r"network reset: initial weights restored", QT_TRANSLATE_NOOP("Messages", "network reset: initial weights restored")),
    (r"network reset because (.+)", QT_TRANSLATE_NOOP("Messages", "network reset because {}")),
    (r"training setting changed live: (.+)", QT_TRANSLATE_NOOP("Messages", "training setting changed live: {}")),
    (r"regularisation (.+) \(live\)", QT_TRANSLATE_NOOP("Messages", "regularisation {} (live)")),
    (r"weight (W\d+\[\d+, \d+\]) set to (\S+)", QT_TRANSLATE_NOOP("Messages", "weight {} set to {}")),
    (r"opened (.+)", QT_TRANSLATE_NOOP("Messages", "opened {}")),
    (r"saved (.+)", QT_TRANSLATE_NOOP("Messages", "saved {}")),
    (r"lesson (\S+) opened", QT_TRANSLATE_NOOP("Messages", "lesson {} opened")),
    (r"lesson (\S+): step (\d+)", QT_TRANSLATE_NOOP("Messages", "lesson {}: step {}")),
    (r"could not build the requested session \((.+)\); opened the default one",
     QT_TRANSLATE_NOOP("Messages", "could not build the requested session ({}); opened the default one")),
    (r"Training stopped: (.+)", QT_TRANSLATE_NOOP("Messages", "Training stopped: {}")),
    (r"breakpoints: none", QT_TRANSLATE_NOOP("Messages", "breakpoints: none")),
    (r"breakpoints: (.+)", QT_TRANSLATE_NOOP("Messages", "breakpoints: {}")),
    (r"this is the start of training: there is no earlier stage",
     QT_TRANSLATE_NOOP("Messages", "this is the start of training: there is no earlier stage")),
    (r"this iteration cannot go on: a value became NaN/inf; lower the learning rate, step back, or Reset",
     QT_TRANSLATE_NOOP("Messages", "this iteration cannot go on: a value became NaN/inf; lower the learning rate, "
                                   "step back, or Reset")),
    (r"iteration (\d+)", QT_TRANSLATE_NOOP("Messages", "iteration {}")),
)
_COMPILED = [(re.compile(p, re.DOTALL), t) for p, t in _FORMS]


def translate_message(text):
    """``text`` (one notice, or several joined by "; ") in the current language."""
    if not text:
        return text
    return "; ".join(_one(part) for part in text.split("; "))


def _one(part):
    for rx, template in _COMPILED:
        m = rx.fullmatch(part)
        if m:
            return QCoreApplication.translate("Messages", template).format(*m.groups())
    return part
