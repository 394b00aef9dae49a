"""The worker's one-line notices (status bar) in the window's language, translated by id.

A notice is a ``core.messages.Message`` of the ids below (``notice(id, **args)``); the English is
the template here, the Korean comes from Qt's translation files under the id as context (see
core.messages), so rewording the English never loses a translation. ``translate_message`` takes a
Message, a tuple of them (several notices at once), or text.

Text: the worker still sends some notices as English strings while it is switched over to
Messages (app room). Such a string is looked up whole among the templates (literal parts in
order, no regular expression); a string that is no known notice is shown as it is.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from core.messages import Message, render

NOTICES = {
    "notice.reset": QT_TRANSLATE_NOOP("notice.reset", "network reset: initial weights restored"),
    "notice.rebuilt": QT_TRANSLATE_NOOP("notice.rebuilt", "network reset because {reason}"),
    "notice.train": QT_TRANSLATE_NOOP("notice.train", "training setting changed live: {what}"),
    "notice.reg": QT_TRANSLATE_NOOP("notice.reg", "regularisation {what} (live)"),
    "notice.weight": QT_TRANSLATE_NOOP("notice.weight", "weight {weight} set to {value}"),
    "notice.opened": QT_TRANSLATE_NOOP("notice.opened", "opened {path}"),
    "notice.saved": QT_TRANSLATE_NOOP("notice.saved", "saved {path}"),
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
}
# a text notice is matched against these in this order (the most specific first)
_ORDER = ("notice.reset", "notice.breakpoints_none", "notice.start_of_training", "notice.cannot_go_on",
          "notice.fallback", "notice.rebuilt", "notice.train", "notice.reg", "notice.weight", "notice.lesson_step",
          "notice.lesson_opened", "notice.opened", "notice.saved", "notice.stopped", "notice.breakpoints",
          "notice.iteration")


def notice(notice_id: str, **args) -> Message:
    """A notice for the status bar (made on the worker thread: a frozen, Qt-free value)."""
    if notice_id not in NOTICES:
        raise KeyError(f"no notice {notice_id!r} in nnviz.classroom.messages.NOTICES")
    return Message(notice_id, args)


def _tr(context, template):
    return QCoreApplication.translate(context, template)


def render_notice(m: Message) -> str:
    """One notice (or an engine message) in the current language."""
    if m.id in NOTICES:
        tmpl = NOTICES[m.id]
        local = _tr(m.id, tmpl)
        args = {k: render(v, _tr) if isinstance(v, Message) else v for k, v in m.args.items()}
        try:
            return (local or tmpl).format(**args)
        except (KeyError, IndexError, ValueError):   # a stale translation: the English
            return tmpl.format(**args)
    return render(m, _tr)


def translate_message(message):
    """``message`` (a Message, a tuple of them, or text: one notice or several joined by "; ") in the
    current language."""
    if isinstance(message, Message):
        return render_notice(message)
    if isinstance(message, (tuple, list)):
        return "; ".join(translate_message(m) for m in message)
    if not message:
        return message
    return "; ".join(_text(part) for part in message.split("; "))


def _text(part):
    """A notice that arrived as English text: as a Message when it is one of ours, else as it is."""
    from nnviz.i18n import _match, _split
    for notice_id in _ORDER:
        parts, keys = _split(NOTICES[notice_id])
        values = _match(parts, part, numeric=False) if keys else ([] if part == parts[0] else None)
        if values is not None:
            return render_notice(Message(notice_id, dict(zip(keys, values))))
    return part
