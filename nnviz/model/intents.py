"""What a click on the diagram means for the spec in force: "turn input X on", "one more neuron".

Each function takes the spec the session runs now and returns ``(patch, reason)`` for a rebuild, or
raises ``IntentRefused`` (a message id of nnviz.model.notices and its arguments, translated by id like
every notice) when the click cannot apply. The reason is a notice
Message (nnviz.model.notices), so the status bar shows it in the window's language. The worker calls them
when the command runs, so two clicks made before the next frame both count.
"""
from __future__ import annotations

from core.errors import NNVizError
from core.features import FEATURES
from nnviz.model.notices import notice

NEW_LAYER_UNITS = 4      # a first hidden layer added to a net without any
# widths and layer counts are checked where every spec is: core.spec (MAX_WIDTH, MAX_HIDDEN)


class IntentRefused(NNVizError):
    """A click that cannot apply to the spec in force (the session stays as it is)."""


def _arrow(a, b):
    return "-".join(map(str, a)) + " → " + "-".join(map(str, b))


def hidden_activations(net):
    """The activation name of each hidden layer (a spec may say one name for all)."""
    acts = net.get("activation", "sigmoid")
    n = len(net["sizes"]) - 2
    acts = [acts] * n if isinstance(acts, (str, dict)) else list(acts)[:n]
    return [a["name"] if isinstance(a, dict) else a for a in acts]


def toggle_feature(spec, name):
    feats = list(spec.get("data", {}).get("features") or ["x1", "x2"])
    if name in feats:
        if len(feats) == 1:
            raise IntentRefused(notice("intent.last_feature"))
        feats.remove(name)
        why = notice("notice.why.feature_off", name=name)
    else:
        if name not in FEATURES:
            raise IntentRefused(notice("intent.no_feature", name=str(name), features=", ".join(FEATURES)))
        feats = [f for f in FEATURES if f in feats or f == name]
        why = notice("notice.why.feature_on", name=name)
    return {"data": {"features": feats}}, why


def change_units(spec, hidden, delta):
    net = spec["network"]
    sizes = list(net["sizes"])
    if not 0 <= hidden < len(sizes) - 2:
        raise IntentRefused(notice("intent.no_layer", layer=hidden + 1))
    n = sizes[hidden + 1] + int(delta)
    if n < 1:
        raise IntentRefused(notice("intent.no_neuron", layer=hidden + 1))
    new = sizes[:hidden + 1] + [n] + sizes[hidden + 2:]
    return ({"network": {"sizes": new, "activation": hidden_activations(net)}},
            notice("notice.why.units", arrow=_arrow(sizes, new)))


def add_layer(spec, units=None, activation=None):
    net = spec["network"]
    sizes, acts = list(net["sizes"]), hidden_activations(net)
    n = units or (sizes[-2] if acts else NEW_LAYER_UNITS)
    acts.append(activation or (acts[-1] if acts else "tanh"))
    new = sizes[:-1] + [n] + sizes[-1:]
    return ({"network": {"sizes": new, "activation": acts}},
            notice("notice.why.layers", arrow=_arrow(sizes, new)))


def remove_layer(spec):
    net = spec["network"]
    sizes, acts = list(net["sizes"]), hidden_activations(net)
    if len(sizes) <= 2:
        raise IntentRefused(notice("intent.nothing_to_remove"))
    new = sizes[:-2] + sizes[-1:]
    return ({"network": {"sizes": new, "activation": acts[:-1]}},
            notice("notice.why.layers", arrow=_arrow(sizes, new)))


def set_activation(spec, hidden, name):
    net = spec["network"]
    acts = hidden_activations(net)
    if not 0 <= hidden < len(acts):
        raise IntentRefused(notice("intent.no_layer", layer=hidden + 1))
    if acts[hidden] == name:
        return None, ""
    acts[hidden] = name
    return ({"network": {"sizes": list(net["sizes"]), "activation": acts}},
            notice("notice.why.activation", l=hidden + 1, name=name))


def lowered_lr(spec, factor):
    return spec["train"]["lr"] / float(factor)
