"""The names people type for the built-in data sets: the window's button labels, with the engine's
ids (``core.datasets.DATASETS``) kept as aliases. Qt-free; the data panel, the command line and
demo scripts all use these, so a name that works in one works in all.
"""
from __future__ import annotations

from core import datasets as ds_mod
from core.errors import DataError

# engine id -> the label on the window's data set button (English; the window translates it)
DATASET_LABELS = {"spiral": "spiral", "circle": "circle", "xor": "xor", "gauss": "gauss",
                  "two_arm_spiral": "2 spirals", "reg_plane": "plane", "reg_gauss": "bumps",
                  "gate_and": "AND", "gate_or": "OR", "gate_nand": "NAND", "gate_xor": "XOR", "moons": "moons"}


def typed_name(dataset_id: str) -> str:
    """How to type a data set on the command line: its label with '-' for spaces ("2-spirals")."""
    return DATASET_LABELS.get(dataset_id, dataset_id).replace(" ", "-")


def names() -> list[str]:
    """Every accepted name: the typed labels first, then the engine ids that differ from them."""
    labels = [typed_name(i) for i in ds_mod.DATASETS]
    spaced = [DATASET_LABELS[i] for i in ds_mod.DATASETS if DATASET_LABELS.get(i, i) not in labels]
    return labels + [i for i in ds_mod.DATASETS if i not in labels] + spaced


def resolve_dataset(text: str) -> str:
    """The engine id of a data set named by its label ("bumps", "2 spirals", "AND") or its id
    ("reg_gauss"). Case matters only where two labels differ by case alone ("xor" is the Playground
    quadrants, "XOR" the logic gate). DataError says which names exist."""
    t = str(text).strip()
    if t in ds_mod.DATASETS:
        return t
    by_label = {typed_name(i): i for i in ds_mod.DATASETS}
    t = t.replace(" ", "-").replace("_", "-")
    if t in by_label:
        return by_label[t]
    folded = [i for n, i in by_label.items() if n.lower() == t.lower()]
    if len(folded) == 1:
        return folded[0]
    raise DataError(f"unknown dataset {text!r}; choose one of {', '.join(typed_name(i) for i in ds_mod.DATASETS)}"
                    " (the engine's names, like reg_gauss, work too)")
