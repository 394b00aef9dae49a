"""Messages for people as data: an id and its arguments, rendered from one catalogue of templates.

Engine errors (``core.errors``) and breakpoint reasons (``core.breakpoints``) carry a
``Message``; their English text is ``render(msg)``. The app translates by id: every
template is marked with ``QT_TRANSLATE_NOOP(<id>, <template>)`` (the id doubles as the
Qt context, so lupdate files each message under its own id and a reworded English
template still finds its translation by context), then ``render(msg, tr)`` formats the
translated template with the arguments. Nothing ever parses a rendered text back.

An argument may itself be a ``Message`` (rendered with the same ``tr``) or a list of
them (joined by ", "); everything else is formatted as it is.
The templates live in ``core.catalogue`` (one place); this module is the mechanism.
"""
from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

# (context, template) -> translated template; the GUI passes QCoreApplication.translate
Translate = Callable[[str, str], str]

PLAIN = "plain"   # the id of a text that is not translated (a name, a number, an OS error)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks a template for the GUI's translation files; returns it unchanged (core has no Qt)."""
    return text


@dataclass(frozen=True)
class Message:
    """One message: ``id`` names its template in the catalogue, ``args`` fill its placeholders."""
    id: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return render(self)


def msg(msg_id: str, **args: Any) -> Message:
    """A Message, refusing an id the catalogue does not know (a typo would otherwise show as an id)."""
    if msg_id != PLAIN and msg_id not in catalogue():
        raise KeyError(f"no message template {msg_id!r} in core.catalogue")
    return Message(msg_id, args)


def plain(text: str) -> Message:
    return Message(PLAIN, {"text": str(text)})


def catalogue() -> dict[str, str]:
    from .catalogue import CATALOGUE
    return CATALOGUE


_MORE: dict[str, str] = {}   # templates of other catalogues (the app's notices), by id


def register_templates(templates: dict[str, str]) -> None:
    """Another catalogue's templates by id (the app's status notices): rendered, and translated by id,
    exactly as the engine's are. The engine's own ids cannot be replaced."""
    clash = set(templates) & set(catalogue())
    if clash:
        raise KeyError(f"message ids already in core.catalogue: {sorted(clash)}")
    _MORE.update(templates)


def template(msg_id: str) -> str:
    if msg_id == PLAIN:
        return "{text}"
    found = catalogue().get(msg_id)
    return found if found is not None else _MORE[msg_id]


def fields(tmpl: str) -> set[str]:
    """The placeholder names of a str.format template."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(tmpl) if name}


def render(m: Message | str | Any, tr: Translate | None = None) -> str:
    """The text of a message, each template passed through ``tr(id, template)`` first.

    A translation that asks for a placeholder the message does not have (a stale
    translation of a reworded template) is not used: the English is shown instead."""
    if not isinstance(m, Message):
        return "" if m is None else str(m)
    args = {k: _value(v, tr) for k, v in m.args.items()}
    eng = template(m.id)
    if tr is not None and m.id != PLAIN:
        local = tr(m.id, eng)
        if local and local != eng and fields(local) <= set(args):
            try:
                return local.format(**args)
            except (ValueError, IndexError, KeyError):  # a malformed translation: fall back to English
                pass
    return eng.format(**args)


def render_all(parts, tr: Translate | None = None) -> str:
    """The messages of a sequence, concatenated (a breakpoint reason is a sentence of parts)."""
    return "".join(render(p, tr) for p in parts)


def _value(v, tr):
    if isinstance(v, Message):
        return render(v, tr)
    if isinstance(v, (list, tuple)) and v and all(isinstance(p, Message) for p in v):
        return ", ".join(render(p, tr) for p in v)
    return v
