"""Error and breakpoint texts the worker reports, as translatable parts.

An error text is a tuple of parts the GUI translates (``Snapshot.error_info["parts"]``):
((template, kwargs), ...); a kwarg may itself be a list of parts, joined by ", ". Templates are
marked for the "Breakpoints" translation context; ``render_parts`` gives the English (or, with a
``tr``, the translated) text.
"""
from __future__ import annotations

from core.messages import Message
from nnviz.stepthrough.stage import layer_number


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 - the name pyside6-lupdate looks for; no Qt import here
    return text


_STAGE_WORDS = {"forward": QT_TRANSLATE_NOOP("Breakpoints", "forward stage"),
                "loss": QT_TRANSLATE_NOOP("Breakpoints", "loss stage"),
                "backward": QT_TRANSLATE_NOOP("Breakpoints", "backward stage"),
                "update": QT_TRANSLATE_NOOP("Breakpoints", "update stage")}
_KIND_WORDS = {"nan": QT_TRANSLATE_NOOP("Breakpoints", "Bad numbers"),
               "grad_norm": QT_TRANSLATE_NOOP("Breakpoints", "Gradient norm breakpoint"),
               "loss_rise": QT_TRANSLATE_NOOP("Breakpoints", "Loss rise breakpoint"),
               "dead_relu": QT_TRANSLATE_NOOP("Breakpoints", "Dead ReLU breakpoint"),
               "saturated": QT_TRANSLATE_NOOP("Breakpoints", "Saturation breakpoint")}
def render_parts(parts, tr=lambda s: s, message=str):
    """The text of error parts, each template passed through ``tr`` before its values go in. A value may
    be a ``core.messages.Message`` (an engine error or breakpoint reason, translated by its id):
    ``message`` renders it (``str``: English; the window passes ``nnviz.i18n.translate``)."""
    def value(v):
        if isinstance(v, list):
            return ", ".join(render_parts([p], tr, message) for p in v)
        return message(v) if isinstance(v, Message) else v
    return "".join(tr(t).format(**{k: value(v) for k, v in kw.items()}) if t else "" for t, kw in parts)


def layer_names(network):
    """The engine layers' names of ``network`` (Affine, Sigmoid, ...), for ``layer_number``."""
    return [type(layer).__name__ for layer in network.layers]


def where_parts(layer, name, stage, kind=None, names=()):
    """Where it happened. "layer k" is the diagram's column k (``layer_number`` over the engine layers'
    ``names``: an Affine and the activation after it are one layer), as the step-through counts."""
    where = []
    if layer is not None:
        k = layer_number(names, layer)
        where.append((QT_TRANSLATE_NOOP("Breakpoints", "layer {l} ({name})"), {"l": k, "name": name})
                     if name else (QT_TRANSLATE_NOOP("Breakpoints", "layer {l}"), {"l": k}))
    if stage:
        where.append((_STAGE_WORDS.get(stage, stage + " stage"), {}))
    if kind is None:
        return [(QT_TRANSLATE_NOOP("Breakpoints", "Bad numbers at {where}. "), {"where": where})] if where else []
    k = (_KIND_WORDS.get(kind, QT_TRANSLATE_NOOP("Breakpoints", "Breakpoint")), {})
    if where:
        return [(QT_TRANSLATE_NOOP("Breakpoints", "{kind} at {where}. "), {"kind": [k], "where": where})]
    return [("{kind}. ", {"kind": [k]})]   # nothing to translate but the kind


def lr_part(lr):
    return [(QT_TRANSLATE_NOOP("Breakpoints", " (learning rate now {lr})"), {"lr": f"{lr:g}"})] if lr is not None else []


def numeric_error_parts(e, lr=None, names=()):
    """``numeric_error_text`` as translatable parts (see ``render_parts``): where (layer, stage), then the
    engine's own message (``e.message``, translated by its id: nothing parses its text), then the
    learning rate in force."""
    body = [("{e}", {"e": getattr(e, "message", None) or str(e)})]
    return where_parts(e.layer, e.name, e.stage, names=names) + body + lr_part(lr)


def numeric_error_text(e, lr=None, tr=lambda s: s, names=()):
    """The message the window shows when a value turned NaN/inf: where (layer, stage) and what to try.
    ``names``: the engine layers' names (``layer_names(network)``), so the layer is numbered as drawn."""
    return render_parts(numeric_error_parts(e, lr, names), tr)


def reason_parts(hit):
    """What a breakpoint saw, as parts: its messages (translated by id), else its English text."""
    msgs = tuple(getattr(hit, "messages", ()) or ())
    if msgs:
        return [("{e}", {"e": m}) for m in msgs]
    return [("{e}", {"e": hit.message})]


def hit_parts(hit, name, lr, names=()):
    """The parts of a breakpoint hit: where, what, and the learning rate in force."""
    return where_parts(hit.layer, name, hit.stage, hit.kind, names) + reason_parts(hit) + lr_part(lr)


# the part of the worker's loop that failed, for ``failure_parts``
LOOP_PARTS = {"command": QT_TRANSLATE_NOOP("Breakpoints", "carrying out a command"),
              "training": QT_TRANSLATE_NOOP("Breakpoints", "training"),
              "snapshot": QT_TRANSLATE_NOOP("Breakpoints", "preparing the picture"),
              "stage": QT_TRANSLATE_NOOP("Breakpoints", "preparing the stage view"),
              "start": QT_TRANSLATE_NOOP("Breakpoints", "starting the session")}


def failure_parts(where, exc):
    """A failure of the app itself (a bug) in part ``where`` of the worker's loop: the loop goes on."""
    return [(QT_TRANSLATE_NOOP("Breakpoints", "Something went wrong while {where} ({error}). Training is paused "
                                              "and the window keeps working; the details are in the log "
                                              "(Help > Open log folder)."),
             {"where": [(LOOP_PARTS.get(where, where), {})], "error": f"{type(exc).__name__}: {exc}"})]
